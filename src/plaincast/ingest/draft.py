"""The shared half of every reader: blocks into sections, the byline, the finished Article.

A reader walks its format and calls `Draft.heading / paragraph / items /
quote` in document order; `finish` turns the draft into the frozen model, so
every format ends up with the same sectioning, sentence splitting, byline
handling and numbering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from plaincast import datafiles
from plaincast.errors import InputError
from plaincast.ingest.normalize import collapse
from plaincast.model import Article, ArticleMeta, Block, Link, ListItem, Section, Sentence, number_sentences
from plaincast.sentences import split_sentences


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A project word list from ingest/data (one entry a line, '#' comments)."""
    return frozenset(row[0].lower() for row in datafiles.data_table("plaincast.ingest", name))


def sentences_of(text: str) -> tuple[Sentence, ...]:
    # In an ingest Article a sentence's original is itself (see model.Sentence).
    return tuple(Sentence(text=s, original=s) for s in split_sentences(collapse(text)))


# A "heading" longer than this is a paragraph marked up wrongly.
MAX_HEADING_WORDS = 20
MAX_TITLE_WORDS = 40


@dataclass
class Draft:
    """Mutable while a reader fills it; `finish` freezes it into an Article."""

    title: str = ""
    author: str = ""
    date: str = ""
    summary: str = ""
    language: str = ""
    guid: str = ""
    links: list[Link] = field(default_factory=list)
    _sections: list[Section] = field(default_factory=list)
    _heading: str = ""
    _level: int = 1
    _blocks: list[Block] = field(default_factory=list)
    _open: bool = False  # a headed section has been started

    def heading(self, text: str, level: int) -> None:
        text = collapse(text)
        if not text:
            return
        if len(text.split()) > MAX_HEADING_WORDS:
            # Markup made body text a heading; read as a heading it would be a
            # chapter title, and dropped when no sentence follows it.
            self.paragraph(text)
            return
        self._flush()
        self._heading, self._level, self._open = text, max(1, min(level, 2)), True

    def paragraph(self, text: str) -> None:
        sentences = sentences_of(text)
        if sentences:
            self._blocks.append(Block(kind="paragraph", sentences=sentences))

    def quote(self, text: str) -> None:
        sentences = sentences_of(text)
        if sentences:
            self._blocks.append(Block(kind="quote", sentences=sentences))

    def items(self, texts: list[str], ordered: bool = False) -> None:
        items = tuple(ListItem(s) for s in (sentences_of(t) for t in texts) if s)
        if items:
            self._blocks.append(Block(kind="list", items=items, ordered=ordered))

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A table: each body row is kept as cells for the page and narrated as one sentence."""
        header = [collapse(cell) for cell in header]
        rows = [[collapse(cell) for cell in row] for row in rows]
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        items = tuple(ListItem((Sentence(text=t, original=t),)) for t in (row_text(header, row) for row in rows))
        self._blocks.append(Block(kind="table", items=items, header=tuple(header),
                                  rows=tuple(tuple(row) for row in rows)))

    def add_link(self, text: str, url: str) -> None:
        link = Link(collapse(text), url.strip())
        if link.url and link not in self.links:
            self.links.append(link)

    def sections(self) -> list[Section]:
        self._flush()
        return list(self._sections)

    def _flush(self) -> None:
        # The introduction (text before the first heading) exists only if it has text;
        # a headed section is kept even when empty, since its sub-sections follow it.
        if self._open or self._blocks:
            heading = self._heading if self._open else ""
            level = self._level if self._open else 1
            self._sections.append(Section(heading=heading, level=level, blocks=tuple(self._blocks)))
        self._heading, self._level, self._blocks, self._open = "", 1, [], False


def row_text(header: list[str], row: list[str]) -> str:
    """One table row as a listener needs it: the row's name, then each value with its header.

    The first cell names the row, so its column header ("Time") is left out;
    with one value that is all: "Before meals: 80 to 130 mg/dL". With more,
    each value follows its column header: "Before meals, common goal: 80 to
    130 mg/dL; older adults: 90 to 150 mg/dL". Empty cells are skipped.
    """
    label = row[0] if row else ""
    values = [(header[i] if i < len(header) else "", cell) for i, cell in enumerate(row) if i and cell]
    if not values:
        return label
    if len(values) == 1 and label:
        return f"{label}: {values[0][1]}"
    pairs = [f"{_mid_sentence(name)}: {cell}" if name else cell for name, cell in values]
    if not label:
        return "; ".join(pairs)
    joiner = ", " if values[0][0] else ": "
    return label + joiner + "; ".join(pairs)


def _mid_sentence(name: str) -> str:
    # "Common goal" reads "common goal" inside the sentence; "A1C" and "LDL" stay as written
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


_PRONOUNS = {"he", "she", "they", "it", "this", "that", "we", "i"}
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|bin|al)){0,4})"
_CREDENTIALS = r"(?:,\s*[A-Z][\w.]*)*,?"
_BYLINE_START = re.compile(_NAME + _CREDENTIALS + r"\s+(?:is|was|has\s+been)\s+(?:a|an|the|our)\b(?P<rest>.*)", re.S)
_WRITES = re.compile(_NAME + _CREDENTIALS + r"\s+(?:writes|has\s+written|covers)\b")


def byline_author(text: str) -> str | None:
    """The author's name if `text` is an author note ("X is a ... writer at ..."), "" if the
    note names no one ("She is a writer ..."), None if it is not an author note."""
    first = split_sentences(text)[:1]
    if not first:
        return None
    sentence = first[0]
    match = _BYLINE_START.match(sentence)
    if match:
        roles = word_list("byline_roles.txt")
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", match.group("rest"))}
        if not words & roles:
            return None
    else:
        match = _WRITES.match(sentence)
        if not match:
            return None
    name = match.group("name").strip()
    if name.lower() in _PRONOUNS:
        return ""
    # A person's name has at least two words; "Diabetes is a ..." is not a byline.
    return name if len(name.split()) >= 2 else None


def take_byline(sections: list[Section]) -> tuple[list[Section], str, str]:
    """Move a closing author paragraph out of the narration: (sections, byline, author)."""
    if not sections or not sections[-1].blocks:
        return sections, "", ""
    last = sections[-1]
    block = last.blocks[-1]
    if block.kind != "paragraph":
        return sections, "", ""
    author = byline_author(block.text)
    if author is None:
        return sections, "", ""
    rest = replace(last, blocks=last.blocks[:-1])
    # A section that held only the author note ("About the Author") goes with it.
    kept = sections[:-1] + ([rest] if rest.blocks else [])
    return kept, block.text, author


def finish(draft: Draft, *, path: Path, slug: str, source_format: str, encoding: str, fallback_title: str) -> Article:
    sections = draft.sections()
    sections, byline, byline_name = take_byline(sections)
    if not any(True for s in sections for _ in s.all_sentences()):
        if draft.title or byline:
            raise InputError(path, "has a title but no body text to narrate")
        raise InputError(path, "no readable text found (after removing markup, scripts and menus)")
    title = collapse(draft.title)
    if len(title.split()) > MAX_TITLE_WORDS or len(title) > 20 * MAX_TITLE_WORDS:
        # The title is spoken whole and heads the feed item; this is body text.
        raise InputError(path, f"title is {len(title.split()):,} words long "
                               f"({len(title):,} characters); keep it under {MAX_TITLE_WORDS} words")
    meta = ArticleMeta(
        author=draft.author or byline_name,
        date=draft.date,
        summary=collapse(draft.summary),
        byline=byline,
        language=draft.language or "en",
        guid=draft.guid,
        source_format=source_format,
        encoding=encoding,
        links=tuple(draft.links),
    )
    return Article(
        slug=slug,
        title=title or fallback_title,
        meta=meta,
        sections=number_sentences(tuple(sections)),
        source_path=path,
    )
