"""`plaincast outline`: an article's section tree, for people and for programs.

render_outline(article) -> str   the tree with word counts, lists and the byline
article_to_dict(article) -> dict the whole model as JSON-safe values (for --json)

Both take an Article or a PlainArticle (same shape).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from plaincast.model import Article, PlainArticle, Section

INDENT = "  "


def render_outline(article: Article | PlainArticle) -> str:
    """A readable tree: title, facts, then each section indented by its level.

        Effective Relief From Compression Fractures Back Pain
        text, utf-8 · 1467 words · 113 sentences · 16 sections · 6 lists (25 items)
        by Camellia Wulansari

          (introduction)  (101 words)
          What Exactly Is a Compression Fracture?  (105 words)
            Common Symptoms You Shouldn’t Ignore  (56 words; 1 list, 5 items)
    """
    meta = article.meta
    sections = article.sections
    lists = [b for s in sections for b in s.blocks if b.kind == "list"]
    sentences = sum(1 for _ in article.all_sentences())
    facts = [
        ", ".join(p for p in (meta.source_format, meta.encoding) if p),
        _count(article.word_count, "word"),
        _count(sentences, "sentence"),
        _count(len(sections), "section"),
        f"{_count(len(lists), 'list')} ({_count(sum(len(b.items) for b in lists), 'item')})",
    ]
    lines = [article.title, " · ".join(f for f in facts if f)]
    if meta.author:
        lines.append(f"by {meta.author}" + (f", {meta.date}" if meta.date else ""))
    elif meta.date:
        lines.append(meta.date)
    if meta.summary:
        lines.append(f"summary: {meta.summary}")
    lines.append("")
    for section in sections:
        lines.append(_section_line(section))
    if meta.byline:
        lines.extend(["", f"byline (not narrated): {_shorten(meta.byline, 100)}"])
    if meta.links:
        lines.append(f"links: {len(meta.links)} (kept as metadata, not read aloud)")
    return "\n".join(lines) + "\n"


def _section_line(section: Section) -> str:
    heading = section.heading or "(introduction)"
    details = [_count(section.word_count, "word")]
    lists = [b for b in section.blocks if b.kind == "list"]
    if lists:
        details.append(f"{_count(len(lists), 'list')}, {_count(sum(len(b.items) for b in lists), 'item')}")
    quotes = sum(1 for b in section.blocks if b.kind == "quote")
    if quotes:
        details.append(_count(quotes, "quote"))
    tables = [b for b in section.blocks if b.kind == "table"]
    if tables:
        details.append(f"{_count(len(tables), 'table')}, {_count(sum(len(b.rows) for b in tables), 'row')}")
    return f"{INDENT * section.level}{heading}  ({'; '.join(details)})"


def article_to_dict(article: Article | PlainArticle) -> dict[str, Any]:
    """Every field of the model as JSON-safe values (lists, strings, numbers), plus word counts."""
    data = _jsonable(article)
    data["word_count"] = article.word_count
    for section, section_data in zip(article.sections, data["sections"]):
        section_data["word_count"] = section.word_count
    return data


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
