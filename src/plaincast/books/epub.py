"""EPUB 3 talking books: the plain text and the MP3 in one file, with a media overlay per article.

Written with the standard library's zipfile and the project's Jinja templates
(site/templates/epub/). No EPUB library on PyPI writes media overlays (ebooklib
has no SMIL support and would need patching), and the format is a handful of
small XML files: templates keep them readable and EPUBCheck judges them.

Layout inside the zip:
    mimetype                  first, stored (OCF 3.3)
    META-INF/container.xml
    EPUB/package.opf          metadata (Accessibility 1.1), manifest, spine
    EPUB/nav.xhtml            table of contents (no page list: the text has no print pages)
    EPUB/cover.xhtml          the cover image with its alt text
    EPUB/text/<slug>.xhtml    one content document per article
    EPUB/smil/<slug>.smil     its media overlay: one <par> per spoken element
    EPUB/audio/<slug>.mp3     the episode's MP3, unchanged
    EPUB/css/book.css         reading styles and the active-sentence highlight
    EPUB/images/cover.*

An article's book is rendered from its plain text and episode; the library's
is bound from the articles' own books (BoundChapter: their content documents,
overlays and MP3s copied whole), so no article's text has to be kept for it.
The zip's comment holds a hash of every input, so a rebuild with the same
inputs leaves the file alone without writing it again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from ..files import replace_atomic, sha256_of
from ..model import Episode, PlainArticle
from ..site.pages import section_views
from ..site.render import environment
from .reuse import reuse_or_make
from .overlay import CLOSING_ID, TITLE_ID, OverlayClip, clock_ms, overlay_clips, smil_clock

# bump when the same inputs would give a different EPUB
EPUB_VERSION = "1"
KEY_PREFIX = b"plaincast-inputs:"
# Readium's and Thorium's default name for the highlight; declared in the
# package and defined in book.css (EPUBCheck 5 wants the stylesheet linked).
ACTIVE_CLASS = "-epub-media-overlay-active"
ROOT = "EPUB"
_NS = {"opf": "http://www.idpf.org/2007/opf", "x": "http://www.w3.org/1999/xhtml"}


@dataclass(frozen=True)
class BookChapter:
    """One article of a talking book: its content document, overlay and audio."""

    slug: str
    title: str
    language: str
    plain: PlainArticle
    episode: Episode

    @property
    def clips(self) -> tuple[OverlayClip, ...]:
        return overlay_clips(self.plain, self.episode)


@dataclass(frozen=True)
class BoundChapter:
    """An article taken whole from its own talking book: how the library's book is bound.

    Its content document, overlay and MP3 are copied as they are; the
    package and navigation read its length and sections from that book.
    The library never needs every article's text in memory at once.
    """

    slug: str
    title: str
    language: str
    source: Path  # the article's EPUB


@dataclass(frozen=True)
class BookCover:
    name: str  # "cover.png" or "cover.jpg"
    data: bytes
    alt: str

    @property
    def media_type(self) -> str:
        return "image/png" if self.name.endswith(".png") else "image/jpeg"


@dataclass(frozen=True)
class TalkingBook:
    identifier: str  # urn:uuid:...; stable across rebuilds
    title: str
    language: str  # the book's main language; each chapter keeps its own
    author: str
    publisher: str
    rights: str
    description: str
    narrator: str
    modified: datetime  # UTC; from the feed's dates, so rebuilds give the same bytes
    chapters: tuple[BookChapter | BoundChapter, ...]
    cover: BookCover
    closing: str = ""


def _spoken_sections(chapter: BookChapter, spoken: set[str]) -> list[dict]:
    """The page's section views, keeping only what was read aloud (dropped sentences are not)."""
    sections = []
    for view in section_views(chapter.plain, {}):
        blocks = []
        for block in view["blocks"]:
            sentences = [s for s in block["sentences"] if s["id"] in spoken]
            items = [kept for kept in ([s for s in item if s["id"] in spoken] for item in block["items"]) if kept]
            if sentences or items:
                blocks.append({**block, "sentences": sentences, "items": items})
        if blocks:
            sections.append({**view, "blocks": blocks})
    return sections


def _chapter_view(chapter: BookChapter) -> dict:
    clips = chapter.clips
    spoken = {clip.target for clip in clips}
    duration_ms = sum(c.duration_ms for c in clips)
    return {
        "slug": chapter.slug,
        "title": chapter.title,
        "lang": chapter.language,
        "sections": _spoken_sections(chapter, spoken),
        "has_closing": CLOSING_ID in spoken,
        "byline": chapter.plain.meta.byline,
        "clips": [{"target": c.target, "begin": smil_clock(c.begin_ms), "end": smil_clock(c.end_ms)}
                  for c in clips],
        "duration": smil_clock(duration_ms),
        "duration_ms": duration_ms,
    }


def _bound_view(chapter: BoundChapter) -> dict:
    """What the package and nav need of an article's own book: its length and sections."""
    with zipfile.ZipFile(chapter.source) as archive:
        package = etree.fromstring(archive.read(f"{ROOT}/package.opf"))
        nav = etree.fromstring(archive.read(f"{ROOT}/nav.xhtml"))
    duration = package.xpath("//opf:meta[@property='media:duration'][not(@refines)]/text()",
                             namespaces=_NS)[0]
    links = nav.xpath("//x:nav[@id='toc']/x:ol/x:li/x:ol/x:li/x:a", namespaces=_NS)
    return {
        "slug": chapter.slug, "title": chapter.title, "lang": chapter.language,
        "sections": [{"id": a.get("href").partition("#")[2], "heading": a.text} for a in links],
        "duration": duration, "duration_ms": clock_ms(duration),
    }


def _utc(when: datetime) -> datetime:
    return when.astimezone(timezone.utc) if when.tzinfo else when


def render_parts(book: TalkingBook) -> dict[str, str]:
    """Every text file of the book, by its path inside the zip."""
    env = environment()
    chapters = [_chapter_view(c) if isinstance(c, BookChapter) else _bound_view(c)
                for c in book.chapters]
    languages = list(dict.fromkeys([book.language] + [c["lang"] for c in chapters]))
    context = dict(book=book, chapters=chapters, languages=languages, title_id=TITLE_ID,
                   closing_id=CLOSING_ID, active_class=ACTIVE_CLASS,
                   total_duration=smil_clock(sum(c["duration_ms"] for c in chapters)),
                   modified=_utc(book.modified).strftime("%Y-%m-%dT%H:%M:%SZ"))
    parts = {
        "META-INF/container.xml": env.get_template("epub/container.xml").render(root=ROOT),
        f"{ROOT}/package.opf": env.get_template("epub/package.opf").render(**context),
        f"{ROOT}/nav.xhtml": env.get_template("epub/nav.xhtml").render(**context),
        f"{ROOT}/cover.xhtml": env.get_template("epub/cover.xhtml").render(**context),
        f"{ROOT}/css/book.css": env.get_template("epub/book.css").render(active_class=ACTIVE_CLASS),
    }
    for chapter in chapters:
        if "clips" not in chapter:
            continue  # a bound chapter's files are copied from its own book
        parts[f"{ROOT}/text/{chapter['slug']}.xhtml"] = env.get_template("epub/content.xhtml").render(
            chapter=chapter, **context)
        parts[f"{ROOT}/smil/{chapter['slug']}.smil"] = env.get_template("epub/overlay.smil").render(
            chapter=chapter, **context)
    return parts


def inputs_key(book: TalkingBook, parts: dict[str, str]) -> str:
    """A hash of everything that goes into the zip: same key, same bytes."""
    digest = hashlib.sha256(EPUB_VERSION.encode())
    for name in sorted(parts):
        digest.update(name.encode() + b"\0" + parts[name].encode("utf-8") + b"\0")
    for chapter in book.chapters:
        if isinstance(chapter, BookChapter):
            digest.update(sha256_of(chapter.episode.mp3_path).encode("ascii"))
        else:
            digest.update(stored_key(chapter.source).encode("ascii"))
    digest.update(hashlib.sha256(book.cover.data).digest())
    return digest.hexdigest()


def stored_key(path: Path) -> str:
    """The inputs key a previous build wrote into the EPUB's zip comment, or ''."""
    try:
        with zipfile.ZipFile(path) as archive:
            comment = archive.comment
    except (OSError, zipfile.BadZipFile):
        return ""
    return comment[len(KEY_PREFIX):].decode("ascii", "replace") if comment.startswith(KEY_PREFIX) else ""


def _entry(name: str, when: datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(max(when.year, 1980), when.month, when.day,
                                            when.hour, when.minute, when.second))
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def _write_zip(book: TalkingBook, parts: dict[str, str], key: str, destination: Path) -> None:
    """The book, streamed into `destination` (MP3s are copied in pieces, never held whole)."""
    when = _utc(book.modified)
    with zipfile.ZipFile(destination, "w") as archive:
        # OCF: the mimetype file first, stored, with no extra field
        archive.writestr(_entry("mimetype", when, zipfile.ZIP_STORED), b"application/epub+zip")
        for name, text in parts.items():
            archive.writestr(_entry(name, when, zipfile.ZIP_DEFLATED), text.encode("utf-8"))
        # MP3 and images are compressed already: store them
        archive.writestr(_entry(f"{ROOT}/images/{book.cover.name}", when, zipfile.ZIP_STORED),
                         book.cover.data)
        for chapter in book.chapters:
            if isinstance(chapter, BookChapter):
                name = f"{ROOT}/audio/{chapter.slug}.mp3"
                with open(chapter.episode.mp3_path, "rb") as source, \
                        archive.open(_entry(name, when, zipfile.ZIP_STORED), "w") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                continue
            with zipfile.ZipFile(chapter.source) as bound:
                for name in (f"{ROOT}/text/{chapter.slug}.xhtml", f"{ROOT}/smil/{chapter.slug}.smil",
                             f"{ROOT}/audio/{chapter.slug}.mp3"):
                    info = bound.getinfo(name)
                    with bound.open(info) as source, \
                            archive.open(_entry(name, when, info.compress_type), "w") as target:
                        shutil.copyfileobj(source, target, 1 << 20)
        archive.comment = KEY_PREFIX + key.encode("ascii")


def _write_atomic_zip(book: TalkingBook, parts: dict[str, str], key: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        _write_zip(book, parts, key, tmp)
        with open(tmp, "rb") as handle:  # durable before the site points at it
            os.fsync(handle.fileno())
        replace_atomic(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_epub(book: TalkingBook, target: Path, previous: Path | None = None) -> bool:
    """Put the book at `target`, reusing `previous` (or `target`) when made from the same inputs.

    Returns True when the book had to be written.
    """
    parts = render_parts(book)
    key = inputs_key(book, parts)
    return reuse_or_make(target, previous, key, stored_key,
                         lambda path: _write_atomic_zip(book, parts, key, path))


__all__ = ["ACTIVE_CLASS", "BookChapter", "BookCover", "BoundChapter", "TalkingBook",
           "inputs_key", "render_parts", "stored_key", "write_epub"]
