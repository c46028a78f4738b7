"""A JSON build record of each published episode, kept beside the published version.

When an article that was published before fails to build now (say its file
got truncated), the site must not drop or damage the episode listeners already
have: the pipeline reloads the last good record and publishes it again
unchanged. Records live outside output/ (see outputs.tree), are committed with
the version they describe, and hold file names only, never a path of the
build machine. JSON rather than pickle, so a tampered record cannot run code.
"""

from __future__ import annotations

import dataclasses
import json
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .model import Published

MANIFEST_VERSION = 1


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Path):
        return value.name  # where a file is depends on the build machine; records keep names
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


def record_name(slug: str) -> str:
    return f"{slug}.json"


def encode_record(published: Published) -> bytes:
    record = {"version": MANIFEST_VERSION, "published": _encode(published)}
    return json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")


def decode_record(data: bytes, output_dir: Path) -> Published | None:
    """The record's episode with its files in output_dir/<slug>/; None when unreadable or its MP3 is gone."""
    try:
        record = json.loads(data.decode("utf-8"))
        if record.get("version") != MANIFEST_VERSION:
            return None
        published = _decode(Published, record["published"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    episode = published.episode
    folder = Path(output_dir) / episode.slug
    anchored = {name: folder / Path(getattr(episode, name)).name
                for name in ("mp3_path", "vtt_path", "srt_path", "chapters_json_path",
                             "transcript_txt_path") if getattr(episode, name) is not None}
    published = dataclasses.replace(published, episode=dataclasses.replace(episode, **anchored))
    if not published.episode.mp3_path.is_file():
        return None
    return published


def load_published(output_dir: Path, slug: str) -> Published | None:
    """The record of `slug` as published now in `output_dir`, or None."""
    from .outputs.tree import PublishedTree

    records = PublishedTree(output_dir).records()
    if records is None:
        return None
    try:
        data = (records / record_name(slug)).read_bytes()
    except OSError:
        return None
    return decode_record(data, output_dir)


__all__ = ["decode_record", "encode_record", "load_published", "record_name"]
