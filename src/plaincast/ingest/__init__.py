"""ingest: article files (plain text, Markdown, HTML) into one Article model.

    read_article(path) -> Article        raises plaincast.errors.InputError
    SUPPORTED_SUFFIXES                   the file suffixes read_article accepts

Every reader fills the same Draft (draft.py); decoding.py reads the bytes and
detects the encoding; normalize.py cleans whitespace and Unicode.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plaincast.errors import InputError
from plaincast.ingest.decoding import MAX_BYTES, decode_bytes, read_source
from plaincast.ingest.draft import Draft, finish
from plaincast.ingest.html import parse_html
from plaincast.ingest.markdown import parse_markdown
from plaincast.ingest.normalize import normalize_text
from plaincast.ingest.slug import slug_for, title_from_slug
from plaincast.ingest.text import parse_text
from plaincast.model import Article

_FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)

_READERS: dict[str, Callable[[str, Draft, Path], None]] = {
    "text": lambda text, draft, path: parse_text(text, draft),
    "markdown": parse_markdown,
    "html": parse_html,
}


def read_article(path: Path | str) -> Article:
    """Read one article file into the model, with sentences numbered s1..sN.

    Raises InputError, naming the file and one problem, for anything that is
    not a readable article: missing, a folder, unsupported type, too large,
    empty, blank, binary, undecodable, or without text once markup is removed.
    """
    path = Path(path)
    source_format = _FORMATS.get(path.suffix.lower())
    if source_format is None and path.is_file():
        raise InputError(path, _unsupported(path))
    data = read_source(path)  # missing file / folder / size / empty, before the suffix
    if source_format is None:
        raise InputError(path, _unsupported(path))
    decoded = decode_bytes(data, path, html=source_format == "html")
    text = normalize_text(decoded.text)
    if not text.strip():
        raise InputError(path, "file is empty (it has only blank space)")
    draft = Draft()
    _READERS[source_format](text, draft, path)
    slug = slug_for(path)
    return finish(
        draft,
        path=path,
        slug=slug,
        source_format=source_format,
        encoding=decoded.encoding,
        fallback_title=title_from_slug(slug),
    )


def _unsupported(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "with no suffix"
    return f"unsupported file type {kind} (use .txt, .md or .html)"


__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "read_article"]
