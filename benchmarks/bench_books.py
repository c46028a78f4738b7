"""What the talking books add to a build: the EPUB and M4B work as a share of a cold build.

Builds the example articles in content/ from nothing (fresh clip cache, empty
output folder, the default Piper voice) and times it: the cold build. Then
the books' own cost, all of it: each episode's AAC part is encoded while the
episode is mastered (a side output of the MP3 encoder), so timing the book
outputs alone would miss it. The benchmark builds again from the warm clip
cache into fresh output folders, in pairs, with the books on and off (and
no AAC parts cached), and takes the median difference in wall time and in
CPU time (this process and every ffmpeg it waited for; CPU is the fair
figure on a busy machine). The share is that difference over the cold
build: the target is under 5 %. Last, an unchanged rebuild with the books
on, whose book outputs should only hash and link.

That difference from warm clips is the books' cost with nothing to hide
behind. In a real cold build most of it runs while the workers speak the
next articles, so `--cold-pairs N` also measures what the issue asks
directly: N pairs of cold builds (each from an empty clip cache) with the
books on and off, the order alternating from pair to pair so a drifting
machine favours neither, and the median of the pairs' differences.

    .venv/bin/python benchmarks/bench_books.py [--engine espeak] [--pairs N] [--cold-pairs N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from plaincast import outputs
from plaincast.config import AudiobookSettings, EpubSettings, Settings, replace
from plaincast.model import VoiceSettings
from plaincast.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
BOOK_OUTPUTS = ("epub", "library-epub", "audiobook")


def timed_outputs(spent: dict[str, float]) -> None:
    """Wrap the book outputs' render functions so their time (generator included) is summed."""
    outputs.registered()  # load the built-in outputs
    for name in BOOK_OUTPUTS:
        output = outputs._REGISTRY[name]

        def render(view, _render=output.render, _name=name):
            started = time.perf_counter()
            files = list(_render(view))
            spent[_name] += time.perf_counter() - started
            return files

        outputs._REGISTRY[name] = replace(output, render=render)


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(content: Path, output: Path, settings: Settings, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one build."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    report = build(content, output, settings, cache)
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    if report.failed:
        raise SystemExit(f"{len(report.failed)} article(s) failed")
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="piper")
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--cold-pairs", type=int, default=0)
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    timed_outputs(spent)
    content = ROOT / "content"
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        settings = Settings(voice=VoiceSettings(engine=args.engine), root=work_dir)
        without = replace(settings, epub=EpubSettings(enabled=False), audiobook=AudiobookSettings(enabled=False))
        cache = work_dir / "cache"
        cold, cold_cpu = run(content, work_dir / "output", settings, cache)
        outputs_cold = dict(spent)
        spent.clear()
        rebuild, _ = run(content, work_dir / "output", settings, cache)
        outputs_rebuild = dict(spent)
        walls, cpus = [], []
        for pair in range(args.pairs):
            shutil.rmtree(cache / "audiobook", ignore_errors=True)
            on = run(content, work_dir / f"on-{pair}", settings, cache)
            off = run(content, work_dir / f"off-{pair}", without, cache)
            walls.append(on[0] - off[0])
            cpus.append(on[1] - off[1])
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"command: {' '.join(sys.argv)}")
        print(f"cold build: {cold:.1f} s wall, {cold_cpu:.1f} s CPU in this process and its ffmpeg "
              f"(the voices' workers not counted); book outputs in it: "
              + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in outputs_cold.items()))
        print(f"talking books, all of it (AAC parts at mastering included), median of {args.pairs} pairs "
              f"on/off from warm clips: {wall:.2f} s wall ({100 * wall / cold:.1f} % of the cold build), "
              f"{cpu:.2f} s CPU ({100 * cpu / cold:.1f} % of the cold build's wall); "
              f"pairs {', '.join(f'{w:.2f}/{c:.2f}' for w, c in zip(walls, cpus))} (wall/CPU)")
        print(f"unchanged rebuild: {rebuild:.1f} s; book outputs "
              + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in outputs_rebuild.items()))
        if args.cold_pairs:
            cold_pairs(content, work_dir, settings, without, args.cold_pairs)
    return 0


def cold_pairs(content: Path, work_dir: Path, settings: Settings, without: Settings, pairs: int) -> None:
    """Cold builds with the books on and off, in pairs; prints the median difference."""
    ons, differences = [], []
    for pair in range(pairs):
        timed = {}
        order = [("on", settings), ("off", without)]
        for name, chosen in order if pair % 2 == 0 else reversed(order):
            cache = work_dir / f"cold-{pair}-{name}"
            timed[name] = run(content, work_dir / f"cold-out-{pair}-{name}", chosen, cache)[0]
            shutil.rmtree(cache)
        ons.append(timed["on"])
        differences.append(timed["on"] - timed["off"])
    on, added = statistics.median(ons), statistics.median(differences)
    print(f"cold builds, books on minus off, median of {pairs} pairs: {added:.2f} s of a {on:.1f} s "
          f"cold build ({100 * added / on:.1f} %); pairs "
          + ", ".join(f"{difference:+.2f}" for difference in differences))


if __name__ == "__main__":
    sys.exit(main())
