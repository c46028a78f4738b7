"""Talking books: an EPUB 3 with media overlays per article and for the library, and an M4B audiobook.

publish_books(entries, settings, output_dir, cover_name) writes, as settings allow:
    output/<slug>/<slug>.epub   one article: its plain text, its MP3, the overlay joining them
    output/library.epub         every episode as a chapter, in the library's order
    output/library.m4b          every episode in one AAC file, chapters per episode and section
Each file carries a hash of its inputs and is written only when that changes.
It reads the episodes' MP3s and the published cover, so it runs after both.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..site.pages import EpisodeEntry, article_lang, show_lang
from .epub import BookChapter, BookCover, TalkingBook, write_epub
from .m4b import Audiobook, BookPart, write_m4b

LIBRARY_EPUB = "library.epub"
LIBRARY_M4B = "library.m4b"
NARRATORS = {"piper": "Piper, a synthetic voice", "espeak": "eSpeak NG, a synthetic voice",
             "gtts": "Google Text-to-Speech, a synthetic voice"}


@dataclass(frozen=True)
class BookFiles:
    """What was published, for the pages to link: episode slug -> its EPUB, and the library's files."""

    article_epubs: dict[str, Path] = field(default_factory=dict)
    library_epub: Path | None = None
    library_m4b: Path | None = None
    written: tuple[Path, ...] = ()


def epub_path(output_dir: Path, slug: str) -> Path:
    return output_dir / slug / f"{slug}.epub"


def _cover(settings: Settings, output_dir: Path, cover_name: str) -> BookCover:
    title = settings.show.title
    alt = (f"Cover of {title}: the title in large white letters on dark blue, over a yellow line."
           if not settings.show.cover else f"Cover art of {title}.")
    return BookCover(name=cover_name, data=(output_dir / cover_name).read_bytes(), alt=alt)


def _chapter(entry: EpisodeEntry, settings: Settings) -> BookChapter:
    return BookChapter(slug=entry.slug, title=entry.title, language=article_lang(entry, settings),
                       plain=entry.item.plain, episode=entry.item.episode)


def _book(identifier_seed: str, title: str, entries: list[EpisodeEntry], settings: Settings,
          cover: BookCover, description: str) -> TalkingBook:
    show = settings.show
    return TalkingBook(
        identifier=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, identifier_seed)}",
        title=title, language=show_lang(settings), author=show.author, publisher=show.author,
        rights=show.copyright, description=description,
        narrator=NARRATORS.get(settings.voice.engine, "a synthetic voice"),
        # the newest episode's first-seen date: stable across rebuilds, so the bytes are too
        modified=max(e.published for e in entries),
        chapters=tuple(_chapter(e, settings) for e in entries),
        cover=cover, closing=settings.narration.closing.strip(),
    )


def article_book(entry: EpisodeEntry, settings: Settings, cover: BookCover) -> TalkingBook:
    return _book(entry.guid, entry.title, [entry], settings, cover, entry.summary or entry.title)


def library_book(entries: list[EpisodeEntry], settings: Settings, cover: BookCover) -> TalkingBook:
    return _book(settings.show.url + LIBRARY_EPUB, settings.show.title, entries, settings, cover,
                 settings.show.description)


def audiobook(entries: list[EpisodeEntry], settings: Settings, cover: BookCover) -> Audiobook:
    show = settings.show
    parts = tuple(BookPart(
        title=e.title, mp3_path=e.item.episode.mp3_path, duration_ms=e.item.episode.duration_ms,
        chapters=tuple((c.start_ms, c.title) for c in e.item.episode.chapters),
    ) for e in entries)
    return Audiobook(title=show.title, author=show.author, album=show.title,
                     year=str(max(e.published for e in entries).year), parts=parts,
                     cover=cover.data, cover_is_png=cover.media_type == "image/png")


def publish_books(entries: list[EpisodeEntry], settings: Settings, output_dir: Path,
                  cover_name: str) -> BookFiles:
    if not entries or not (settings.epub.enabled or settings.audiobook.enabled):
        return BookFiles()
    cover = _cover(settings, output_dir, cover_name)
    written: list[Path] = []
    article_epubs: dict[str, Path] = {}
    library_epub = library_m4b = None
    if settings.epub.enabled:
        for entry in entries:
            path = epub_path(output_dir, entry.slug)
            if write_epub(article_book(entry, settings, cover), path):
                written.append(path)
            article_epubs[entry.slug] = path
        if settings.epub.library:
            library_epub = output_dir / LIBRARY_EPUB
            if write_epub(library_book(entries, settings, cover), library_epub):
                written.append(library_epub)
    if settings.audiobook.enabled:
        library_m4b = output_dir / LIBRARY_M4B
        if write_m4b(audiobook(entries, settings, cover), library_m4b):
            written.append(library_m4b)
    return BookFiles(article_epubs, library_epub, library_m4b, tuple(written))


__all__ = ["LIBRARY_EPUB", "LIBRARY_M4B", "BookFiles", "article_book", "audiobook", "epub_path",
           "library_book", "publish_books"]
