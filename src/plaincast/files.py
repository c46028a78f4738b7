"""Publishing files safely: a reader never sees a half-written file."""

from __future__ import annotations

import hashlib
import os
import socket
import tempfile
import time
from pathlib import Path

# A temp file older than this is a killed writer's: no live write takes so long.
STALE_TEMP_S = 120
_HOST = socket.gethostname().replace(".", "_")
_WRITER = f"{_HOST}-{os.getpid()}"


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file's bytes, read in 1 MiB blocks (model weights are 1 GB)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomic(path: Path, data: bytes | str, durable: bool = True) -> Path:
    """Write `data` to a temp file beside `path`, fsync it, then rename it over `path`.

    The rename is atomic on POSIX, so a crash leaves either the old file or the
    new one, never a torn file that a feed could point at. `durable=False`
    skips the fsync, for caches whose files can always be made again.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    # the writer in the name, so a later build can tell a killed writer's file
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{_WRITER}.", suffix=".tmp")
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


def temp_beside(path: Path) -> Path:
    """An empty temp file beside `path`, named as write_atomic names its own (so
    remove_stale_temp knows it), for another tool (ffmpeg) to write into."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{_WRITER}.", suffix=".tmp")
    os.close(fd)
    return Path(tmp)


def replace_atomic(tmp: Path, path: Path) -> Path:
    """Move a finished temp file (written by another tool, e.g. ffmpeg) into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    return path


def remove_stale_temp(folder: Path, name: str = "*", recursive: bool = False) -> int:
    """Delete the temp files write_atomic left for `name` in `folder` when its process died.

    A temp file is stale when its writer (named in it) was a process of this
    machine that is gone, or when it is older than any write takes: a cache
    on shared storage may hold the live temp files of other machines' workers.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    pattern = f".{name}.*.tmp"
    removed = 0
    for path in (folder.rglob(pattern) if recursive else folder.glob(pattern)):
        try:
            if _writer_gone(path.name) or time.time() - path.stat().st_mtime > STALE_TEMP_S:
                path.unlink()
                removed += 1
        except OSError:
            pass  # gone already, or not ours to remove
    return removed


def _writer_gone(temp_name: str) -> bool:
    host, _, pid = temp_name.rsplit(".", 3)[-3].rpartition("-")
    if host != _HOST or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
