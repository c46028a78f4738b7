"""Large-print HTML pages: one episode page per article and the library page.

Pages are plain HTML that works without JavaScript (all text, a native
<audio controls> with captions); static/player.js adds the large player
buttons, chapter seeking and the read-along highlight on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..config import Settings
from ..model import Block, Episode, PlainArticle, Published, Sentence
from .render import environment, spoken_length

SUMMARY_CHARS = 300  # a feed/library summary taken from the text stops near here


@dataclass(frozen=True)
class EpisodeEntry:
    """One published episode with what the library and the feed show about it."""

    item: Published
    guid: str
    published: datetime
    summary: str
    mp3_size: int
    number: int = 0  # itunes:episode, kept in the feed state like the GUID
    author: str = ""  # the article's author, else the show's


    @property
    def slug(self) -> str:
        return self.item.episode.slug

    @property
    def title(self) -> str:
        return self.item.plain.title or self.item.article.title

    @property
    def grade(self) -> float | None:
        after = self.item.plain.after
        return round(after.fk_grade, 1) if after is not None else None

    @property
    def date_text(self) -> str:
        return f"{self.published.day} {self.published:%B %Y}"


def show_lang(settings: Settings) -> str:
    """The site's own language (its buttons, headings and help text are in it)."""
    return (settings.show.language or "en").split("-")[0]


def article_lang(entry: "EpisodeEntry", settings: Settings) -> str:
    return entry.item.plain.meta.language or show_lang(settings)


def text_lang(entry: "EpisodeEntry", settings: Settings) -> str | None:
    """A `lang` for the article's own words where they differ from the site's, else None.

    The page chrome stays in the show's language: marking a whole page Spanish
    because the article is would make a screen reader read "Play" and
    "Downloads" with Spanish pronunciation (WCAG 3.1.1 and 3.1.2).
    """
    lang = article_lang(entry, settings)
    return lang if lang.lower().split("-")[0] != show_lang(settings).lower() else None


def summary_of(plain: PlainArticle, limit: int = SUMMARY_CHARS) -> str:
    """The front-matter summary, else the first whole sentences of the plain text."""
    if plain.meta.summary.strip():
        return " ".join(plain.meta.summary.split())
    words: list[str] = []
    length = 0
    for sentence in plain.all_sentences():
        text = " ".join(sentence.text.split())
        if words and length + len(text) + 1 > limit:
            break
        words.append(text)
        length += len(text) + 1
    return " ".join(words)


def sentence_times(episode: Episode) -> dict[str, tuple[float, float]]:
    """sentence id -> (start s, end s), from the same cues as the VTT transcript."""
    times: dict[str, tuple[float, float]] = {}
    for cue in episode.cues:
        if not cue.sentence_id:
            continue
        start, end = cue.start_ms / 1000, cue.end_ms / 1000
        if cue.sentence_id in times:  # a long sentence split over several cues
            old_start, old_end = times[cue.sentence_id]
            start, end = min(start, old_start), max(end, old_end)
        times[cue.sentence_id] = (start, end)
    return times


def _sentence_view(sentence: Sentence, times: dict[str, tuple[float, float]]) -> dict:
    start, end = times.get(sentence.id, (None, None))
    return {
        "id": sentence.id,
        "text": sentence.text,
        "start": None if start is None else f"{start:.3f}",
        "end": None if end is None else f"{end:.3f}",
    }


def _block_view(block: Block, times: dict[str, tuple[float, float]]) -> dict:
    return {
        "kind": block.kind,
        "ordered": block.ordered,
        "sentences": [_sentence_view(s, times) for s in block.sentences],
        "items": [[_sentence_view(s, times) for s in item.sentences] for item in block.items],
        # tables: the header cells, and each body row's cells beside the sentence that reads it
        "header": list(block.header),
        "rows": [{"cells": list(cells), "sentence": _sentence_view(item.sentences[0], times)}
                 for cells, item in zip(block.rows, block.items)],
    }


def section_views(plain: PlainArticle, times: dict[str, tuple[float, float]]) -> list[dict]:
    """Sections with the heading level they render at.

    h1 is the title; section level 1 -> h2, level 2 -> h3, but never deeper
    than one below the previous heading, so headings stay in order (WCAG
    1.3.1) even when an article starts with a sub-heading.
    """
    views = []
    previous = 1
    for section in plain.sections:
        level = previous
        if section.heading:
            level = min(section.level + 1, previous + 1, 6)
            previous = level
        views.append({
            "id": section.id,
            "heading": section.heading,
            "level": level,
            "blocks": [_block_view(b, times) for b in section.blocks],
        })
    return views


def _download(path: Path | None, label: str, kind: str) -> dict | None:
    if path is None:
        return None
    size = path.stat().st_size if path.exists() else None
    return {"href": path.name, "label": label, "kind": kind, "size": size}


def render_episode_page(entry: EpisodeEntry, settings: Settings, talking_book: Path | None = None) -> str:
    """The episode's page; `talking_book` is its EPUB when one is published beside it."""
    item = entry.item
    episode, plain = item.episode, item.plain
    times = sentence_times(episode)
    chapters = [
        {"title": c.title, "start": f"{c.start_ms / 1000:.3f}", "start_ms": c.start_ms,
         "section_id": c.section_id}
        for c in episode.chapters
    ]
    downloads = [d for d in (
        _download(episode.mp3_path, "The audio", "MP3"),
        _download(episode.transcript_txt_path, "The transcript as plain text", "TXT"),
        _download(episode.vtt_path, "Captions with timings", "VTT"),
        _download(episode.srt_path, "Subtitles with timings", "SRT"),
        _download(talking_book, "The talking book: the text and the audio together", "EPUB"),
    ) if d is not None]
    template = environment().get_template("episode.html")
    return template.render(
        root="../",
        lang=show_lang(settings),
        # captions and the article text are in the article's language
        srclang=article_lang(entry, settings),
        text_lang=text_lang(entry, settings),
        show=settings.show,
        entry=entry,
        title=entry.title,
        byline=plain.meta.byline,
        # Only a written summary: the fallback is the article's own first
        # sentences, which the page already shows (and a screen reader would read twice).
        page_summary=" ".join(plain.meta.summary.split()),
        author=plain.meta.author,
        length=spoken_length(episode.duration_ms),
        duration_ms=episode.duration_ms,
        sections=section_views(plain, times),
        chapters=chapters,
        downloads=downloads,
        mp3=episode.mp3_path.name,
        vtt=episode.vtt_path.name if episode.vtt_path else None,
        closing=settings.narration.closing,
    )


def render_library_page(entries: list[EpisodeEntry], settings: Settings, cover_name: str,
                        books: tuple[Path | None, Path | None] = (None, None)) -> str:
    """The library; `books` are the library's EPUB and M4B when they are published."""
    library_epub, audiobook = books
    template = environment().get_template("library.html")
    return template.render(
        root="",
        lang=show_lang(settings),
        show=settings.show,
        entries=entries,
        text_lang={e.slug: text_lang(e, settings) for e in entries},
        feed_url=settings.show.url + "feed.xml",
        cover=cover_name,
        closing=settings.narration.closing,
        library_epub=_download(library_epub, "Every episode as one talking book", "EPUB"),
        audiobook=_download(audiobook, "Every episode as one audiobook", "M4B"),
    )
