"""The published folder as whole versions, switched in one rename.

A feed names each MP3 with its length, and a page shows the text its MP3
says: a build that replaced those files one by one would leave them
disagreeing if it were killed half-way (SIGKILL, a full disk, a power cut).
So `output` is a symbolic link to a complete version of the site:

    output -> .output.plaincast/site-7          (relative link)
    .output.plaincast/
        lock                 advisory lock: one build at a time
        site-7/              the published files (what `output/` shows)
        site-7.records/      build records of that version (never published)
        site-6/, ...         the version before, for downloads still running
        staging/             this build's mastered media, until published

A build writes a new version beside the current one, hard-linking every
file that did not change (same inode, same date: an unchanged rebuild
rewrites nothing and makes no new version), fsyncs what it wrote, then
points `output` at it with one atomic rename. Whatever moment a build is
killed at, `output/` is the old site or the new one, whole; what a killed
build left in `.output.plaincast/` is removed by the next one.

The build records (the article data and timings of each published episode,
which a rebuild reuses) live beside each version, outside the published
tree, so neither `plaincast serve` nor a copy of `output/` to a web server
publishes them.

Files in `output/` that no output made (a CNAME, an .htaccess a user put
there) are carried into every new version; files an earlier build made and
this one does not (a deleted article's page) are not.
"""

from __future__ import annotations

import ctypes
import errno
import filecmp
import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import PlaincastError
from . import OutputFile

OWNED_LIST = "files.json"  # in a version's records: the files its outputs made
LEGACY_RECORDS = ".plaincast"  # where build records were kept inside output/ before
KEEP_VERSIONS = 2  # the current one and the one before
_HELD: set[Path] = set()  # places whose lock this process holds


class BuildLocked(PlaincastError):
    """Another build holds the output folder's lock."""


def _absolute(path: Path) -> Path:
    # abspath, not resolve(): `output` itself is a link that must stay a link
    return Path(os.path.abspath(path))


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class PublishedTree:
    """One output folder and its versions; see the module docstring."""

    def __init__(self, output_dir: Path):
        self.output = _absolute(output_dir)
        self.place = self.output.parent / f".{self.output.name}.plaincast"

    # --- where things are -----------------------------------------------------

    @property
    def staging(self) -> Path:
        return self.place / "staging"

    def current(self) -> Path | None:
        """The folder `output/` shows now (a version, or a plain folder from before), if any."""
        if self.output.is_symlink():
            target = self.output.parent / os.readlink(self.output)
            return target if target.is_dir() else None
        return self.output if self.output.is_dir() else None

    def records(self) -> Path | None:
        """The build records of the published version, if it has any."""
        current = self.current()
        if current is None:
            return None
        if current == self.output:  # a folder from before versions: records inside it
            return current / LEGACY_RECORDS
        return current.with_name(current.name + ".records")

    def _versions(self) -> list[int]:
        numbers = []
        if self.place.is_dir():
            for path in self.place.iterdir():
                name = path.name
                if name.startswith("site-") and name[5:].isdigit():
                    numbers.append(int(name[5:]))
        return sorted(numbers)

    # --- one build at a time ----------------------------------------------------

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the output folder's advisory lock; BuildLocked if another build has it.

        Re-entrant within a process (the build holds it, and publishing inside
        the build asks again). The kernel drops it when the process dies, so a
        killed build never leaves the folder locked.
        """
        if self.place in _HELD:
            yield
            return
        try:
            self.place.mkdir(parents=True, exist_ok=True)
            handle = open(self.place / "lock", "a+")
        except OSError as exc:
            raise PlaincastError(f"cannot write beside {self.output.name}/ "
                                 f"({exc.strerror}: {self.place.name})") from None
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip()
                raise BuildLocked(
                    f"another plaincast build{f' (process {holder})' if holder else ''} is "
                    f"writing {self.output.name}/; wait for it to finish, then build again") from None
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            _HELD.add(self.place)
            try:
                self.clean()
                yield
                # a build that changed nothing switches nothing, so nothing else
                # removes the scratch files its outputs left in staging
                self.clean()
            finally:
                _HELD.discard(self.place)
        finally:
            handle.close()

    def clean(self) -> None:
        """Remove what killed or finished builds left: staging, unfinished and old versions."""
        if not self.place.is_dir():
            return
        current = self.current()
        keep = {"lock"}
        if current is not None and current.parent == self.place:
            number = int(current.name[5:])
            kept = [n for n in self._versions() if n <= number][-KEEP_VERSIONS:]
            keep |= {f"site-{n}{end}" for n in kept for end in ("", ".records")}
        for path in self.place.iterdir():
            if path.name not in keep:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)

    # --- publishing ------------------------------------------------------------------

    def owned(self) -> set[str]:
        """The files the published version's outputs made (the rest are a user's)."""
        records = self.records()
        try:
            return set(json.loads((records / OWNED_LIST).read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return set()

    def begin(self) -> "Version":
        """A new version to fill, file by file, and then finish() (or abandon())."""
        try:
            return Version(self)
        except OSError as exc:
            raise _publish_error(self, exc) from None

    @staticmethod
    def carry_user_files(current: Path, version: Path, owned: set[str]) -> None:
        for path in current.rglob("*"):
            relative = path.relative_to(current).as_posix()
            if (relative in owned or not path.is_file() or path.is_symlink()
                    or relative.split("/")[0] == LEGACY_RECORDS or path.name.endswith(".tmp")
                    or ".tmp." in path.name):
                continue  # made by a build (or left by a killed one): not a user's
            target = version / relative
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, target)

    def switch_to(self, version: Path) -> None:
        link = self.place / "next-link"
        link.unlink(missing_ok=True)
        os.symlink(os.path.relpath(version, self.output.parent), link)
        _fsync_dir(version)
        if self.output.is_dir() and not self.output.is_symlink():
            # a plain folder from an earlier plaincast: swap it for the link in one step
            if not _exchange(link, self.output):
                old = self.place / "old-folder"
                os.rename(self.output, old)
                os.rename(link, self.output)
            shutil.rmtree(link if link.is_dir() and not link.is_symlink() else self.place / "old-folder",
                          ignore_errors=True)
        else:
            os.replace(link, self.output)  # the one atomic step
        _fsync_dir(self.output.parent)
        self.clean()


class Version:
    """A version of the site being made beside the published one.

    Each file placed is linked from the published version when it holds the
    same bytes, else written; finish() switches `output` to it when anything
    differs (and fsyncs what was written first), or removes it when nothing
    does. A failure part-way leaves the published site as it was, whole.
    """

    def __init__(self, tree: PublishedTree):
        self.tree = tree
        self.current = tree.current()
        self.previous_records = tree.records()
        number = (tree._versions() or [0])[-1] + 1
        self.folder = tree.place / f"site-{number}"
        self.records = tree.place / f"site-{number}.records"
        for folder in (self.folder, self.records):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
        # the first version, or the first after a folder from before versions, is a change
        self.changed = self.current is None or self.current == tree.output
        self.made: set[str] = set()
        self.written: list[Path] = []

    def place(self, item: OutputFile) -> None:
        if item.path in self.made:
            raise PlaincastError(f"two outputs both make {item.path}; rename one")
        self.made.add(item.path)
        old = self.current / item.path if self.current is not None else None
        self._put(item, self.folder / item.path, old)

    def record(self, name: str, data: bytes) -> None:
        old = self.previous_records / name if self.previous_records is not None else None
        self._put(OutputFile(name, data=data), self.records / name, old)

    def _put(self, item: OutputFile, destination: Path, old: Path | None) -> None:
        try:
            if not _place_file(item, destination, old, self.written):
                self.changed = True
        except OSError as exc:
            self.abandon()
            raise _publish_error(self.tree, exc) from None

    def finish(self) -> bool:
        """Publish this version in one step; False (and nothing changed) when it is the published one."""
        tree = self.tree
        try:
            if self.current is not None:
                owned = tree.owned()
                if any((self.current / path).exists() for path in owned - self.made):
                    self.changed = True  # a file of the published version is not made any more
                PublishedTree.carry_user_files(self.current, self.folder, self.made | owned)
            if not self.changed:
                self.abandon()
                return False
            (self.records / OWNED_LIST).write_text(json.dumps(sorted(self.made)), "utf-8")
            for path in self.written:  # durable before anything points at them
                with open(path, "rb") as handle:
                    os.fsync(handle.fileno())
            tree.switch_to(self.folder)
        except OSError as exc:
            self.abandon()
            raise _publish_error(tree, exc) from None
        return True

    def abandon(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        shutil.rmtree(self.records, ignore_errors=True)


def _publish_error(tree: PublishedTree, exc: OSError) -> PlaincastError:
    return PlaincastError(f"cannot publish into {tree.output.name}/ ({exc.strerror}: "
                          f"{Path(exc.filename or '').name}); the site published before is unchanged")


def _place_file(item: OutputFile, destination: Path, old: Path | None, written: list[Path]) -> bool:
    """Put `item` at `destination`, linking `old` when it already holds these bytes.

    True when the old file was reused unchanged.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    if old is not None and old.is_file():
        same = (item.data == old.read_bytes() if item.data is not None
                else _same_file(item.source, old))
        if same:
            os.link(old, destination)
            return True
    if item.data is not None:
        destination.write_bytes(item.data)
    else:
        try:
            os.link(item.source, destination)  # staged media, on this file system
        except OSError:
            shutil.copyfile(item.source, destination)
    written.append(destination)
    os.chmod(destination, 0o644)
    return False


def _same_file(source: Path, old: Path) -> bool:
    try:
        return os.path.samefile(source, old) or filecmp.cmp(source, old, shallow=False)
    except OSError:
        return False


__all__ = ["BuildLocked", "PublishedTree", "Version"]
