"""What the plain stage keeps in the user's cache directory: word tables, joined model
weights, and the language model's rewrites.

The drug and condition dictionaries are bz2 pickles of about 180,000 names and
CMUdict is a 135,000-line text file: reading them takes seconds, which every
`plaincast` run would pay. Each table is built once into a plain text file under
the user's cache directory (platformdirs; PLAINCAST_CACHE_DIR overrides it) and
read back in a few milliseconds afterwards. The file name carries a key made from
the package's version and the data file's size and modification time, so an
upgraded package builds a fresh table; a cache that cannot be written (read-only
home) only costs the build time again.

The language model's answers are cached too, one small JSON file per request under
`rewrites/`, keyed by (model sha256, prompt version, sentence, context): an
unchanged article is rebuilt without loading the model at all. The joined model
weights live in the user's cache under `models/` (PLAINCAST_MODEL_DIR overrides it),
beside `prefixes/`: llama.cpp's state after reading the fixed few-shot prompt, so a
build that asks the model anything starts without reading that prompt again (about
630 tokens, 8-13 s on two cores), keyed by (model sha256, prompt version, llama.cpp
binding version), since the state's layout is llama.cpp's own.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Callable

from ..files import write_atomic

FORMAT = "2"  # bump when a table's layout or content rules change


def cache_dir() -> Path:
    override = os.environ.get("PLAINCAST_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("plaincast", appauthor=False))


def models_dir() -> Path:
    """Where joined model weights live: the user's cache, even when PLAINCAST_CACHE_DIR
    points the small tables elsewhere (a gigabyte is joined once per machine)."""
    override = os.environ.get("PLAINCAST_MODEL_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("plaincast", appauthor=False)) / "models"


REWRITES_FORMAT = "1"  # bump when the stored answer's layout changes


def rewrite_key(model_sha256: str, prompt_version: str, sentence: str, context: str) -> str:
    raw = json.dumps([REWRITES_FORMAT, model_sha256, prompt_version, sentence, context])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _rewrite_path(key: str) -> Path:
    return cache_dir() / "rewrites" / key[:2] / f"{key}.json"


def cached_rewrite(key: str) -> str | None:
    """The model's stored answer for this request, or None."""
    try:
        return json.loads(_rewrite_path(key).read_text(encoding="utf-8"))["answer"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_rewrite(key: str, answer: str) -> None:
    try:
        write_atomic(_rewrite_path(key), json.dumps({"answer": answer}, ensure_ascii=False),
                     durable=False)
    except OSError:
        pass  # no writable cache: the next build asks the model again


def prefix_state_path(model_sha256: str, prompt_version: str, binding_version: str) -> Path:
    """Where llama.cpp's state after the fixed prompt is kept: named by the model first,
    so that a new prompt or binding version can drop the model's older states."""
    raw = json.dumps([model_sha256, prompt_version, binding_version])
    digest = hashlib.sha256(raw.encode()).hexdigest()[:24]
    return models_dir() / "prefixes" / f"{model_sha256[:12]}-{digest}.bin"


def drop_older_prefix_states(current: Path) -> None:
    """Remove the same model's states for other prompt or binding versions (about 19 MB
    each for the packaged model), and states named before the model led the name."""
    model = current.name.split("-", 1)[0]
    for state in current.parent.glob("*.bin"):
        if state != current and (state.name.startswith(model + "-") or "-" not in state.name):
            state.unlink(missing_ok=True)


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package
    (importing drug_named_entity_recognition alone loads its whole dictionary)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


@lru_cache(maxsize=None)
def _version(distribution: str, source: Path) -> str:
    """The installed version, read from the .dist-info folder's name beside the package
    (a directory listing: importlib.metadata scans every distribution, a tenth of a second)."""
    normalised = re.sub(r"[-_.]+", "_", distribution).lower()
    folder = source.parent
    while folder.parent != folder and folder.name not in ("site-packages", "dist-packages"):
        folder = folder.parent
    for info in folder.glob("*.dist-info"):
        name, _, rest = info.name[:-len(".dist-info")].partition("-")
        if re.sub(r"[-_.]+", "_", name).lower() == normalised:
            return rest
    return "unknown"


def table_key(distribution: str, source: Path) -> str:
    stat = source.stat()
    raw = f"{FORMAT}|{distribution}|{_version(distribution, source)}|{source}|{stat.st_size}|{stat.st_mtime_ns}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def cached_table(name: str, distribution: str, source: Path, build: Callable[[], str]) -> str:
    """The text of table `name` built from `source`: from the cache, or built and cached."""
    path = cache_dir() / f"{name}-{table_key(distribution, source)}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    text = build()
    try:
        write_atomic(path, text)
        for stale in path.parent.glob(f"{name}-*.txt"):  # tables of older package versions
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # no writable cache: still correct, only slower next time
    return text
