"""Narration benchmark: the whole build against bare Piper synthesis, in one run.

On ../shared/articles/compression-fractures.txt (relative to this repository)
it measures, alternating, `--repeat` times (default 3):

1. bare: Piper, already loaded, synthesising the article's plain text (title,
   headings, sentences and list items, as one text, the same speaking rate)
   and nothing else;
2. build: the whole `plaincast build` of that article from a cold clip cache,
   in a fresh process (start-up, voice loading, plain rewriting, spoken form,
   synthesis, mastering, pages and feed all included).

It prints the ratio (target: at most 1.25), the peak memory of the build
process (max RSS of it and its children, read with wait4 for that process
alone; target under 600 MB), then a breakdown of one in-process narration
(speak, master) for orientation.

The machine's speed drifts by 10 % and more over minutes (it shares its
host), so each build runs right beside a bare synthesis and the figure
reported against the target is the median of those paired ratios, which the
drift cancels out of; the ratio of the two medians is printed beside it.

    python benchmarks/bench_narration.py [article] [--repeat N]
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
DEFAULT_ARTICLE = REPO.parent / "shared" / "articles" / "compression-fractures.txt"


def run_build(article: Path, work: Path) -> tuple[float, float]:
    """Seconds and peak MB of one cold `plaincast build` in a fresh process."""
    content = work / "content"
    content.mkdir()
    shutil.copy(article, content / article.name)
    command = [str(Path(sys.executable).parent / "plaincast"), "build", str(content),
               "--output", str(work / "site"), "--cache-dir", str(work / "cache")]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=work, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    # wait4 gives this child's own rusage (with its waited-for children, such
    # as ffmpeg), not the whole benchmark's
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    errors = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"plaincast build failed ({process.returncode}): {errors.strip()[-300:]}")
    return seconds, usage.ru_maxrss / 1024


def plain_text(plain) -> str:
    lines = [plain.title]
    for section in plain.sections:
        if section.heading:
            lines.append(section.heading)
        lines.extend(s.text for s in section.all_sentences())
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.article.is_file():
        print(f"article not found: {args.article}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as first:
        # The first build runs before this process loads anything. Its memory
        # figure is the one reported: a child forked later from this process
        # is charged for the pages it shared with us before exec.
        seconds, build_peak = run_build(args.article, Path(first))
        build_times = [seconds]

    from piper import SynthesisConfig

    from plaincast.audio import master
    from plaincast.config import Settings
    from plaincast.ingest import read_article
    from plaincast.narrate import build_script, get_engine, speak
    from plaincast.plain import simplify

    settings = Settings(root=REPO)
    plain = simplify(read_article(args.article), settings)
    text = plain_text(plain)
    engine = get_engine(settings.voice)
    voice = engine.voice
    config = SynthesisConfig(length_scale=settings.voice.length_scale)
    list(voice.synthesize("Warm up.", syn_config=config))  # onnxruntime's first run is slow

    bare_times = []
    bare_audio = 0.0
    for round_ in range(args.repeat):
        # each build is followed at once by its bare synthesis: the two form a pair
        if round_:
            with tempfile.TemporaryDirectory() as work:
                build_times.append(run_build(args.article, Path(work))[0])
        started = time.perf_counter()
        samples = sum(len(chunk.audio_int16_bytes) // 2
                      for chunk in voice.synthesize(text, syn_config=config))
        bare_times.append(time.perf_counter() - started)
        bare_audio = samples / voice.config.sample_rate

    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        script = build_script(plain, settings)
        started = time.perf_counter()
        spoken = speak(script, engine, work_dir / "cache")
        t_speak = time.perf_counter() - started
        started = time.perf_counter()
        episode = master(script, spoken.clips, work_dir / "out", settings)
        t_master = time.perf_counter() - started

    bare, build = statistics.median(bare_times), statistics.median(build_times)
    paired = statistics.median(b / a for a, b in zip(bare_times, build_times))
    print(f"article: {args.article.name}, {len(script.utterances)} utterances, "
          f"{len(text.split())} words of plain text")
    print(f"audio: episode {episode.duration_ms / 1000:.1f} s with pauses; "
          f"bare synthesis {bare_audio:.1f} s of speech")
    print(f"loudness: {episode.loudness_lufs} LUFS, true peak {episode.true_peak_dbtp} dBTP, "
          f"mp3 {episode.size_bytes / 1e6:.1f} MB")
    print(f"bare Piper synthesis:   median {bare:6.2f} s  of {', '.join(f'{t:.2f}' for t in bare_times)}")
    print(f"plaincast build (cold): median {build:6.2f} s  of {', '.join(f'{t:.2f}' for t in build_times)}")
    print(f"ratio build / bare: {paired:.3f}  (target <= 1.25; median of the paired runs' ratios "
          f"{', '.join(f'{b / a:.2f}' for a, b in zip(bare_times, build_times))}; "
          f"ratio of the medians {build / bare:.3f})")
    print(f"peak memory of the build: {build_peak:.0f} MB  (target < 600 MB)")
    print(f"in-process breakdown: speak {t_speak:.2f} s, master {t_master:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
