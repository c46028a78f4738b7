"""plaincast's tests; helpers shared by several test modules live here."""

import subprocess
import sys


def fresh_python(code: str) -> list[str]:
    """The lines `code` prints in a new interpreter: for what importing loads, which a test process has loaded long ago."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.splitlines()
