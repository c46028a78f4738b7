"""Publishing files safely: a reader never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes | str, durable: bool = True) -> Path:
    """Write `data` to a temp file beside `path`, fsync it, then rename it over `path`.

    The rename is atomic on POSIX, so a crash leaves either the old file or the
    new one, never a torn file that a feed could point at. `durable=False`
    skips the fsync, for caches whose files can always be made again.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def replace_atomic(tmp: Path, path: Path) -> Path:
    """Move a finished temp file (written by another tool, e.g. ffmpeg) into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    return path
