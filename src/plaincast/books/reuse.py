"""Making a book file only when its inputs changed.

Each file carries a hash of its inputs (the EPUB in its zip comment, the M4B
in a tag). When the published version already holds a file with the same
hash, it is hard-linked into this build instead of being made again: the
same inode, the same date, nothing re-encoded or rewritten.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable


def link_into(source: Path, target: Path) -> None:
    """`target` becomes the same file as `source` (a copy where links cannot cross file systems)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.link.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)


def reuse_or_make(target: Path, previous: Path | None, key: str,
                  stored_key: Callable[[Path], str], make: Callable[[Path], None]) -> bool:
    """Put at `target` the file made from the inputs `key`; True when it had to be made."""
    for candidate in (target, previous):
        if candidate is not None and candidate.is_file() and stored_key(candidate) == key:
            if candidate != target:
                link_into(candidate, target)
            return False
    make(target)
    return True


__all__ = ["link_into", "reuse_or_make"]
