"""What the talking books add to a build: the EPUB and M4B outputs' time as a share of a cold build.

Builds the example articles in content/ from nothing (fresh clip cache, empty
output folder, the default Piper voice), timing the registered book outputs
("epub", "library-epub", "audiobook") inside that same build; then rebuilds
with nothing changed and times them again (they should only hash and link).
The figure is the outputs' share of the cold build: the target is under 5 %.

    .venv/bin/python benchmarks/bench_books.py [--engine espeak]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from plaincast import outputs
from plaincast.config import Settings, replace
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="piper")
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    timed_outputs(spent)
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        settings = Settings(voice=VoiceSettings(engine=args.engine), root=work_dir)
        runs = []
        for label in ("cold build", "unchanged rebuild"):
            spent.clear()
            started = time.perf_counter()
            report = build(ROOT / "content", work_dir / "output", settings, work_dir / "cache")
            total = time.perf_counter() - started
            if report.failed:
                print(f"{label}: {len(report.failed)} article(s) failed", file=sys.stderr)
                return 1
            books = sum(spent.values())
            runs.append((label, total, dict(spent), books))
        for label, total, parts, books in runs:
            detail = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in parts.items())
            print(f"{label}: {total:.1f} s; talking books {books:.2f} s "
                  f"({100 * books / total:.1f} % of the build: {detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
