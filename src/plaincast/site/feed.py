"""feed.xml: RSS 2.0 with the itunes and podcast namespaces (see templates/feed.xml)."""

from __future__ import annotations

from email.utils import format_datetime
from urllib.parse import quote

from ..config import Settings
from .pages import EpisodeEntry
from .render import clock, environment
from .state import podcast_guid

DESCRIPTION_MAX_BYTES = 4000  # Apple's limit for the channel description


def absolute_url(settings: Settings, *parts: str) -> str:
    """show.url + path parts, each percent-encoded, so an enclosure URL is always absolute and valid."""
    return settings.show.url + "/".join(quote(part) for part in parts)


def feed_url(settings: Settings) -> str:
    return settings.show.url + "feed.xml"


def _clip_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    cut = encoded[: limit - 3].decode("utf-8", errors="ignore").rsplit(" ", 1)[0]
    return cut + "..."


def _psc_time(ms: int) -> str:
    """Podlove normal play time: HH:MM:SS.mmm."""
    seconds, millis = divmod(max(0, int(ms)), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def show_notes(entry: EpisodeEntry, page_url: str, transcript_url: str | None) -> str:
    """content:encoded: the summary, the chapters with their times, links to the page and transcript."""
    chapters = [{"at": clock(c.start_ms), "title": c.title} for c in entry.item.episode.chapters]
    return environment().get_template("show-notes.html").render(
        summary=entry.summary, chapters=chapters, page_url=page_url, transcript_url=transcript_url,
    ).strip()


def _item(entry: EpisodeEntry, settings: Settings) -> dict:
    episode = entry.item.episode
    slug = entry.slug

    def url(path) -> str | None:
        return absolute_url(settings, slug, path.name) if path is not None else None

    page_url = absolute_url(settings, slug) + "/"
    return {
        "title": entry.title,
        "number": entry.number,
        "author": entry.author,
        "page_url": page_url,
        "show_notes": show_notes(entry, page_url, url(episode.transcript_txt_path)),
        "summary": entry.summary,
        "guid": entry.guid,
        # RFC 2822 with a numeric zone ("+0000"): every client parses this form.
        "pub_date": format_datetime(entry.published),
        "mp3_url": url(episode.mp3_path),
        "mp3_size": entry.mp3_size,
        "seconds": max(1, round(episode.duration_ms / 1000)),
        "vtt_url": url(episode.vtt_path),
        "srt_url": url(episode.srt_path),
        "chapters_url": url(episode.chapters_json_path),
        "chapters": [{"start": _psc_time(c.start_ms), "title": c.title} for c in episode.chapters],
        "language": entry.item.plain.meta.language or settings.show.language,
    }


def render_feed(entries: list[EpisodeEntry], settings: Settings, cover_name: str) -> str:
    """The feed for `entries`, newest first; no build timestamps, so equal input gives equal bytes."""
    template = environment().get_template("feed.xml")
    return template.render(
        show=settings.show,
        description=_clip_bytes(settings.show.description, DESCRIPTION_MAX_BYTES),
        feed_url=feed_url(settings),
        cover_url=absolute_url(settings, cover_name),
        show_guid=podcast_guid(feed_url(settings)),
        # [show] locked: "yes" asks podcast platforms not to import the feed
        # without the owner's consent. Read defensively until config.py has it.
        locked=bool(getattr(settings.show, "locked", False)),
        entries=[_item(e, settings) for e in entries],
    )
