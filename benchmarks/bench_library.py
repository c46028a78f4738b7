"""A generated library: time per article with 1, 2 and 4 workers, Dask against local,
peak memory of the client and the workers, and an unchanged rebuild against the cold one.

The library (default 200 articles) is made here from the example articles'
sentences, each given a number of its own ("..., note 4711.") so that no clip
of one article can come from another's cache. Every build is a fresh
`plaincast build` process with a cold clip cache:

    local, --jobs 1, 2, 4      the process pool
    dask,  --jobs 1, 2, 4      a LocalCluster of that many single-threaded workers

then the local build with the machine's cores is run again unchanged. It
prints seconds per article, the overhead of Dask against local at each worker
count (target: under 10 %), peak memory (largest RSS seen, sampled every
0.1 s) of the client process and of the largest worker (target: client under
600 MB), and the unchanged rebuild as a share of the cold build (target:
under 5 %).

    PLAINCAST_REWRITER=rules python benchmarks/bench_library.py [--articles N] [--sentences N]
        [--workers 1,2,4]

(The builds inherit the environment: with the language model installed and no
PLAINCAST_REWRITER=rules, every generated article would also go through the model,
which is issue 9's benchmark, not this one.)
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def sentence_pool() -> tuple[list[str], list[str]]:
    from plaincast.ingest import read_article

    sentences, headings = [], []
    for path in sorted((REPO / "content").iterdir()):
        article = read_article(path)
        headings.extend(s.heading for s in article.sections if s.heading)
        sentences.extend(s.text for s in article.all_sentences()
                         if 6 <= len(s.text.split()) <= 30 and s.text.endswith("."))
    return sentences, headings


def make_library(folder: Path, count: int, per_article: int) -> None:
    sentences, headings = sentence_pool()
    rng = random.Random(1234)
    folder.mkdir()
    note = 1000
    for number in range(count):
        lines = [f"# Health Note {number + 1}", ""]
        for section in range(3):
            lines += [f"## {rng.choice(headings)}", ""]
            picked = []
            for sentence in rng.sample(sentences, per_article // 3):
                note += 1
                picked.append(f"{sentence[:-1]}, note {note}.")
            lines += [" ".join(picked), ""]
        (folder / f"note-{number + 1:04d}.md").write_text("\n".join(lines), encoding="utf-8")


def run(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, and peak RSS (MB) of the client process and of its largest worker."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    client = psutil.Process(process.pid)
    client_peak = worker_peak = 0
    while process.poll() is None:
        try:
            client_peak = max(client_peak, client.memory_info().rss)
            for child in client.children(recursive=True):
                if child.name().startswith("python"):
                    worker_peak = max(worker_peak, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"build failed: {process.stderr.read().decode()[-400:]}")
    return seconds, client_peak / 2**20, worker_peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=12, help="per article")
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    plaincast = str(Path(sys.executable).parent / "plaincast")
    print(f"command: {' '.join(sys.argv)}", flush=True)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        make_library(work / "content", args.articles, args.sentences)
        results = {}
        for executor in ("local", "dask"):
            for jobs in counts:
                tag = f"{executor}-{jobs}"
                command = [plaincast, "build", "content", "-o", f"out-{tag}", "--cache-dir",
                           f"cache-{tag}", "--executor", executor, "--jobs", str(jobs)]
                results[tag] = run(command, work)
                seconds, client, worker = results[tag]
                print(f"{tag:8s} {seconds:7.1f} s, {seconds / args.articles:6.2f} s per article; "
                      f"peak client {client:4.0f} MB, largest worker {worker:4.0f} MB", flush=True)
                if tag == f"local-{counts[-1]}":
                    again = run(command, work)
                    print(f"{tag:8s} unchanged rebuild {again[0]:.1f} s = "
                          f"{100 * again[0] / seconds:.1f} % of the cold build (target < 5 %); "
                          f"peak client {again[1]:.0f} MB", flush=True)
        for jobs in counts:
            local, dask = results[f"local-{jobs}"][0], results[f"dask-{jobs}"][0]
            print(f"dask overhead against local with {jobs} worker(s): {100 * (dask / local - 1):+.1f} % "
                  f"(target < 10 %)")
        base = results[f"local-{counts[0]}"][0]
        print("speed-up over 1 worker: " + ", ".join(
            f"{e} x{j}: {base / results[f'{e}-{j}'][0]:.2f}" for e in ("local", "dask") for j in counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
