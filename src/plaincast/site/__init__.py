"""The site stage: large-print episode pages, the library page, the podcast feed, cover art.

publish(items, settings, output_dir) writes, for the items given (the pipeline
passes every article that built in this run):
    output/<slug>/index.html    episode page (read-along player)
    output/index.html           library, newest first
    output/feed.xml             RSS 2.0 + itunes + podcast namespaces
    output/waiting-room.html    every episode in a loop with large captions, for clinic TVs
    output/cover.png            generated unless [show] cover is set
    output/static/*             CSS, JS and the favicon
    output/favicon.ico          the favicon where browsers look unasked
The media files in output/<slug>/ are the audio stage's; this stage only links
them. GUIDs and first-seen dates live in settings.root/.plaincast-state.json.
"""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from pathlib import Path

from ..config import Settings
from ..errors import InputError
from ..files import write_if_changed
from ..model import Article, PlainArticle, Published
from .cover import cover_image, publish_cover
from .feed import feed_url, render_feed
from .pages import EpisodeEntry, render_episode_page, render_library_page, summary_of
from .serve import make_server, serve
from .state import EpisodeRecord, FeedState, podcast_guid, state_path
from .waiting_room import render_waiting_room

STATIC_FILES = ("site.css", "settings.js", "site.js", "player.js", "waiting-room.css", "waiting-room.js",
                "favicon.svg")


def record_episode(state: FeedState, settings: Settings, article: Article, plain: PlainArticle,
                   now: datetime | None = None) -> EpisodeRecord:
    """The episode's GUID and date from the feed state (the MP3's date tag and the feed share it)."""
    meta = plain.meta
    return state.record(article.slug, podcast_guid(feed_url(settings)),
                        meta_guid=meta.guid or article.meta.guid,
                        meta_date=meta.date or article.meta.date, now=now)


def episode_author(plain: PlainArticle, settings: Settings) -> str:
    """Who wrote it, for the feed and the MP3's artist tag."""
    return settings.show.episode_author(plain.meta.author or plain.original.meta.author)


def _entries(items: list[Published], settings: Settings, state: FeedState,
             now: datetime | None) -> list[EpisodeEntry]:
    records: list[tuple[Published, EpisodeRecord]] = []
    seen: set[str] = set()
    for item in items:
        episode = item.episode
        if episode.slug in seen:
            raise InputError(episode.slug, "two articles share this name; rename one")
        seen.add(episode.slug)
        if not episode.mp3_path.is_file():
            raise InputError(episode.mp3_path, "episode audio is missing; build it before publishing")
        records.append((item, record_episode(state, settings, item.article, item.plain, now)))
    numbers = state.numbers([(item.episode.slug, record.published) for item, record in records])
    entries = [EpisodeEntry(
        item=item,
        guid=record.guid,
        published=record.published,
        summary=summary_of(item.plain),
        # The enclosure length must be the file's exact size on disk.
        mp3_size=item.episode.mp3_path.stat().st_size,
        number=numbers[item.episode.slug],
        author=episode_author(item.plain, settings),
    ) for item, record in records]
    # Newest first; the slug breaks ties so the order never depends on input order.
    entries.sort(key=lambda e: e.slug)
    entries.sort(key=lambda e: e.published, reverse=True)
    return entries


def load_feed_state(settings: Settings) -> FeedState:
    """The feed state; ConfigError now if its file is damaged, before minutes of narration are spent."""
    return FeedState.load(state_path(settings))


def publish(items: list[Published], settings: Settings, output_dir: Path,
            *, now: datetime | None = None) -> None:
    """Write pages, feed, cover and static files for `items` into `output_dir`.

    `now` (tests only) is the time recorded for an episode seen for the first time.
    """
    output_dir = Path(output_dir)
    state = FeedState.load(state_path(settings))
    entries = _entries(list(items), settings, state, now)
    # Record new GUIDs/dates before anything points at them.
    state.save()
    static = resources.files("plaincast.site") / "static"
    for name in STATIC_FILES:
        write_if_changed(output_dir / "static" / name, (static / name).read_bytes())
    # Browsers ask for /favicon.ico by themselves wherever no page names an icon
    # (an MP3 or the feed opened on its own): answer with the same icon, never a 404.
    write_if_changed(output_dir / "favicon.ico", (static / "favicon.ico").read_bytes())
    cover_name = publish_cover(settings, output_dir)
    for entry in entries:
        write_if_changed(output_dir / entry.slug / "index.html", render_episode_page(entry, settings))
    write_if_changed(output_dir / "waiting-room.html", render_waiting_room(entries, settings))
    write_if_changed(output_dir / "index.html", render_library_page(entries, settings, cover_name))
    # The feed goes last: it only ever points at pages and media already in place.
    write_if_changed(output_dir / "feed.xml", render_feed(entries, settings, cover_name))


__all__ = ["cover_image", "episode_author", "load_feed_state", "make_server", "publish", "record_episode", "serve"]
