"""The site stage: large-print episode pages, the library page, the podcast feed, cover art.

publish(items, settings, output_dir) publishes, through the output registry
(plaincast.outputs), for the items given (the pipeline passes every article
that built in this run, or was published before and failed now):
    output/<slug>/index.html    episode page (read-along player)
    output/index.html           library, newest first
    output/feed.xml             RSS 2.0 + itunes + podcast namespaces
    output/waiting-room.html    every episode in a loop with large captions, for clinic TVs
    output/cover.png            generated unless [show] cover is set
    output/static/*             CSS and JS
    output/<slug>/<slug>.mp3 ...  the audio stage's media, linked in
all at once as a new version of the site (plaincast.outputs.tree). GUIDs and first-seen dates live in settings.root/.plaincast-state.json.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..config import Settings
from ..errors import InputError
from ..model import Published
from ..outputs import EpisodeView, SiteView, render_all
from ..outputs.tree import PublishedTree
from .cover import cover_name
from .feed import feed_url, render_feed
from .pages import EpisodeEntry, render_episode_page, render_library_page, summary_of
from .serve import make_server, serve
from .state import FeedState, podcast_guid, state_path
from .waiting_room import render_waiting_room


def _entries(items: list[Published], settings: Settings, state: FeedState,
             now: datetime | None) -> list[EpisodeEntry]:
    show_guid = podcast_guid(feed_url(settings))
    entries = []
    seen: set[str] = set()
    for item in items:
        episode = item.episode
        if episode.slug in seen:
            raise InputError(episode.slug, "two articles share this name; rename one")
        seen.add(episode.slug)
        if not episode.mp3_path.is_file():
            raise InputError(episode.mp3_path, "episode audio is missing; build it before publishing")
        meta = item.plain.meta
        record = state.record(episode.slug, show_guid, meta_guid=meta.guid or item.article.meta.guid,
                              meta_date=meta.date or item.article.meta.date, now=now)
        entries.append(EpisodeEntry(
            item=item,
            guid=record.guid,
            published=record.published,
            summary=summary_of(item.plain),
            # The enclosure length must be the file's exact size on disk.
            mp3_size=episode.mp3_path.stat().st_size,
        ))
    # Newest first; the slug breaks ties so the order never depends on input order.
    entries.sort(key=lambda e: e.slug)
    entries.sort(key=lambda e: e.published, reverse=True)
    return entries


def check_feed_state(settings: Settings) -> None:
    """ConfigError now if the feed state file is damaged, before minutes of narration are spent."""
    FeedState.load(state_path(settings))


def publish(items: list[Published], settings: Settings, output_dir: Path,
            *, now: datetime | None = None, records: dict[str, bytes] | None = None,
            scratch: Path | None = None) -> bool:
    """Publish every registered output for `items` as one new version of `output_dir`.

    `records` are the build records to keep beside that version (never
    published); `scratch` a folder for outputs' big intermediate files; `now`
    (tests only) the time recorded for an episode seen for the first time.
    Returns False when everything was already published exactly so.
    """
    tree = PublishedTree(Path(output_dir))
    with tree.lock():
        state = FeedState.load(state_path(settings))
        entries = _entries(list(items), settings, state, now)
        # Record new GUIDs/dates before anything points at them.
        state.save()
        scratch = scratch or tree.staging
        published = tree.current()
        episodes = [EpisodeView(entry, settings, scratch / entry.slug, published) for entry in entries]
        site = SiteView(entries, settings, cover_name(settings), scratch, published)
        return tree.commit(render_all(episodes, site), records or {})


__all__ = ["check_feed_state", "make_server", "publish", "serve"]
