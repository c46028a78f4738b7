"""Talking books: an EPUB 3 with media overlays per article and for the library, and an M4B audiobook.

Registered as outputs in plaincast.outputs.books, they publish, as settings allow:
    output/<slug>/<slug>.epub   one article: its plain text, its MP3, the overlay joining them
    output/library.epub         every episode as a chapter, in the library's order
    output/library.m4b          every episode in one AAC file, chapters per episode and section
Each is made in the build's scratch folder and carries a hash of its inputs:
when the published one has the same hash it is linked in, not made again.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from ..config import Settings
from ..site.cover import cover_image
from ..site.pages import EpisodeEntry, article_lang, show_lang
from .epub import BookChapter, BookCover, BoundChapter, TalkingBook, write_epub
from .m4b import Audiobook, AudiobookParts, BookPart, write_m4b

LIBRARY_EPUB = "library.epub"
LIBRARY_M4B = "library.m4b"
NARRATORS = {"piper": "Piper, a synthetic voice", "espeak": "eSpeak NG, a synthetic voice",
             "gtts": "Google Text-to-Speech, a synthetic voice"}


def article_epub_name(slug: str) -> str:
    """Where an article's EPUB is published, relative to output/."""
    return f"{slug}/{slug}.epub"


def scratch_epub(folder: Path, slug: str) -> Path:
    """Where this build puts an article's EPUB in its scratch folder (the page links it)."""
    return folder / f"{slug}.epub"


def scratch_library_files(folder: Path | None, settings: Settings) -> tuple[Path | None, Path | None]:
    """The library's EPUB and M4B in this build's scratch folder, as settings turn them on."""
    if folder is None:
        return None, None
    epub = folder / LIBRARY_EPUB if settings.epub.enabled and settings.epub.library else None
    m4b = folder / LIBRARY_M4B if settings.audiobook.enabled else None
    return epub, m4b


def book_cover(settings: Settings, cover_name: str) -> BookCover:
    title = settings.show.title
    # a generated cover is known; a clinic's own image is not, so its alt text stays general
    alt = (f"Cover of {title}: the title in large white letters on dark blue, over a yellow line."
           if not settings.show.cover else f"Cover art of {title}.")
    return BookCover(name=cover_name, data=cover_image(settings), alt=alt)


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


def library_book(entries: list[EpisodeEntry], settings: Settings, cover: BookCover,
                 folder: Path) -> TalkingBook:
    """Every episode as a chapter, bound from the articles' own books in `folder` (the site's
    scratch folder, where each episode's output put them)."""
    book = _book(settings.show.url + LIBRARY_EPUB, settings.show.title, entries, settings, cover,
                 settings.show.description)
    return replace(book, chapters=tuple(
        BoundChapter(slug=e.slug, title=e.title, language=article_lang(e, settings),
                     source=scratch_epub(folder / e.slug, e.slug)) for e in entries))


def audiobook(entries: list[EpisodeEntry], settings: Settings, cover: BookCover) -> Audiobook:
    show = settings.show
    parts = tuple(BookPart(
        title=e.title, mp3_path=e.item.episode.mp3_path, duration_ms=e.item.episode.duration_ms,
        chapters=tuple((c.start_ms, c.title) for c in e.item.episode.chapters),
        master_key=e.item.episode.master_key,
    ) for e in entries)
    return Audiobook(title=show.title, author=show.author, album=show.title,
                     year=str(max(e.published for e in entries).year), parts=parts,
                     cover=cover.data, cover_is_png=cover.media_type == "image/png")


def make_article_epub(entry: EpisodeEntry, settings: Settings, cover_name: str,
                      folder: Path, published: Path | None) -> Path:
    """The article's EPUB in `folder` (this build's scratch): made, or linked from `published`."""
    target = scratch_epub(folder, entry.slug)
    previous = published / article_epub_name(entry.slug) if published else None
    write_epub(article_book(entry, settings, book_cover(settings, cover_name)), target, previous)
    return target


def make_library_epub(entries: list[EpisodeEntry], settings: Settings, cover_name: str,
                      folder: Path, published: Path | None) -> Path:
    target = folder / LIBRARY_EPUB
    write_epub(library_book(entries, settings, book_cover(settings, cover_name), folder), target,
               published / LIBRARY_EPUB if published else None)
    return target


def audiobook_parts(cache: Path | None) -> AudiobookParts | None:
    """The cache of episodes' AAC parts inside the build's cache folder (None: no cache)."""
    return AudiobookParts(cache / "audiobook") if cache is not None else None


def make_audiobook(entries: list[EpisodeEntry], settings: Settings, cover_name: str,
                   folder: Path, published: Path | None, cache: Path | None = None) -> Path:
    """The library's M4B in `folder`, joined from the AAC parts in the build's `cache` folder."""
    target = folder / LIBRARY_M4B
    write_m4b(audiobook(entries, settings, book_cover(settings, cover_name)), target,
              published / LIBRARY_M4B if published else None, audiobook_parts(cache))
    return target


__all__ = ["LIBRARY_EPUB", "LIBRARY_M4B", "article_book", "article_epub_name", "audiobook", "audiobook_parts",
           "book_cover", "library_book", "make_article_epub", "make_audiobook", "make_library_epub",
           "scratch_epub", "scratch_library_files"]
