"""Run every benchmark in this folder, one after another, in fresh processes.

Each benchmark measures its own baseline in the same run and prints ratios
against it; none of them is a test, and none of them asserts a time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    status = 0
    for bench in sorted(HERE.glob("bench_*.py")):
        print(f"== {bench.name}", flush=True)
        status |= subprocess.run([sys.executable, str(bench), *sys.argv[1:]]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
