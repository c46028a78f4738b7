"""A JSON record of each published episode, kept in output/.plaincast/.

When an article that was published before fails to build now (say its file
got truncated), the site must not drop or damage the episode listeners already
have: the pipeline reloads the last good record from here and publishes it
again unchanged. JSON rather than pickle, so a tampered output folder cannot
run code.
"""

from __future__ import annotations

import dataclasses
import json
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .files import write_if_changed
from .model import Published

MANIFEST_VERSION = 1


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    return value


def _decode(kind: Any, value: Any) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(kind) if a is not type(None)]
        if value is None:
            return None
        return _decode(options[0], value)
    if origin is Literal:
        return value
    if origin is tuple:
        (inner, *_rest) = get_args(kind)
        return tuple(_decode(inner, v) for v in value)
    if kind is Path:
        return Path(value)
    if dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        return kind(**{
            f.name: _decode(hints[f.name], value[f.name])
            for f in dataclasses.fields(kind) if f.name in value
        })
    if kind is float and isinstance(value, int):
        return float(value)
    return value


def manifest_path(output_dir: Path, slug: str) -> Path:
    return output_dir / ".plaincast" / f"{slug}.json"


def save_published(published: Published, output_dir: Path) -> Path:
    record = {"version": MANIFEST_VERSION, "published": _encode(published)}
    return write_if_changed(manifest_path(output_dir, published.article.slug),
                        json.dumps(record, ensure_ascii=False, indent=1))


def load_published(output_dir: Path, slug: str) -> Published | None:
    """The last good record for `slug`, or None if absent, unreadable or its MP3 is gone."""
    path = manifest_path(output_dir, slug)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("version") != MANIFEST_VERSION:
            return None
        published = _decode(Published, record["published"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not published.episode.mp3_path.is_file():
        return None
    return published


__all__ = ["load_published", "manifest_path", "save_published"]
