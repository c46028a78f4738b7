"""The site stage: large-print episode pages, the library page, the podcast feed, cover art.

publish(items, settings, output_dir) publishes, through the output registry
(plaincast.outputs), for the items given (the pipeline passes every article
that built in this run, or was published before and failed now):
    output/<slug>/index.html    episode page (read-along player)
    output/index.html           library, newest first
    output/feed.xml             RSS 2.0 + itunes + podcast namespaces
    output/waiting-room.html    every episode in a loop with large captions, for clinic TVs
    output/cover.png            generated unless [show] cover is set
    output/static/*             CSS, JS and the favicon
    output/favicon.ico          the favicon where browsers look unasked
    output/<slug>/<slug>.mp3 ...  the audio stage's media, linked in
    output/<slug>/<slug>.epub, output/library.epub, output/library.m4b
                                the talking books and the audiobook (plaincast.books)
all at once as a new version of the site (plaincast.outputs.tree). GUIDs, first-seen
dates and episode numbers live in settings.root/.plaincast-state.json.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ..config import Settings
from ..errors import InputError
from ..model import Article, PlainArticle, Published
from ..outputs import EpisodeView, SiteView, registered
from ..outputs.tree import PublishedTree
from .cover import cover_image, cover_name
from .feed import feed_url, render_feed
from .pages import EpisodeEntry, render_episode_page, render_library_page, summary_of
from .serve import make_server, serve
from .state import STATE_NAME, EpisodeRecord, FeedState, podcast_guid, state_path
from .waiting_room import render_waiting_room


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


def _entry(item: Published, settings: Settings, state: FeedState,
           now: datetime | None) -> EpisodeEntry:
    episode = item.episode
    if not episode.mp3_path.is_file():
        raise InputError(episode.mp3_path, "episode audio is missing; build it before publishing")
    record = record_episode(state, settings, item.article, item.plain, now)
    return EpisodeEntry(
        item=item,
        guid=record.guid,
        published=record.published,
        summary=summary_of(item.plain),
        # The enclosure length must be the file's exact size on disk.
        mp3_size=episode.mp3_path.stat().st_size,
        author=episode_author(item.plain, settings),
    )


def _slim(item: Published) -> Published:
    """What the site's own pages and the feed need of an episode already published:
    its titles, metadata, grades and timings, without the article's text."""
    article = replace(item.article, sections=())
    return Published(article=article, episode=item.episode,
                     plain=replace(item.plain, sections=(), rewrites=(), original=article))


def load_feed_state(settings: Settings) -> FeedState:
    """The feed state; ConfigError now if its file is damaged, before minutes of narration are spent."""
    return FeedState.load(state_path(settings))


class Publication:
    """One new version of the site, filled episode by episode, then published whole.

    add() renders an episode's outputs (media, page, review, any registered
    one) and places them at once; only a slim entry is kept for the site's
    own pages and the feed, so a library of any size is never all in memory.
    finish() renders the site outputs, the feed last, and switches output/ to
    the new version in one step (see plaincast.outputs.tree). Use it inside
    the tree's lock(), as publish() does.
    """

    def __init__(self, settings: Settings, output_dir: Path, *, now: datetime | None = None,
                 scratch: Path | None = None, cache: Path | None = None):
        self.settings, self.now, self.cache = settings, now, cache
        self.tree = PublishedTree(Path(output_dir))
        self.state = FeedState.load(state_path(settings))
        self.show_guid = podcast_guid(feed_url(settings))
        self.scratch = scratch or self.tree.staging
        # the version output/ shows now: outputs reuse a file made there from the same inputs
        self.published = self.tree.current()
        self.entries: dict[str, EpisodeEntry] = {}
        self.version = self.tree.begin()

    def add(self, item: Published, record: bytes | None = None) -> None:
        slug = item.episode.slug
        if slug in self.entries:
            raise InputError(slug, "two articles share this name; rename one")
        entry = _entry(item, self.settings, self.state, self.now)
        view = EpisodeView(entry, self.settings, self.scratch / slug, self.published)
        # rendered whole before any file is placed: a failing output adds nothing
        files = [f for output in registered("episode") for f in output.render(view)]
        for file in files:
            self.version.place(file)
        if record is not None:
            self.version.record(f"{slug}.json", record)
        self.entries[slug] = replace(entry, item=_slim(item))

    def finish(self) -> bool:
        """Publish; False when everything was published exactly so already."""
        # Newest first; the slug breaks ties so the order never depends on input order.
        entries = sorted(self.entries.values(), key=lambda e: e.slug)
        entries.sort(key=lambda e: e.published, reverse=True)
        # itunes:episode numbers: kept once given; new episodes numbered oldest first
        numbers = self.state.numbers([(e.slug, e.published) for e in entries])
        entries = [replace(e, number=numbers[e.slug]) for e in entries]
        # Record new GUIDs/dates before anything points at them.
        self.state.save()
        site = SiteView(entries, self.settings, cover_name(self.settings), self.scratch, self.published,
                        self.cache)
        try:
            for output in registered("site"):
                for file in output.render(site):
                    self.version.place(file)
        except BaseException:
            self.version.abandon()
            raise
        return self.version.finish()

    def abandon(self) -> None:
        self.version.abandon()


def publish(items: list[Published], settings: Settings, output_dir: Path,
            *, now: datetime | None = None) -> bool:
    """Publish every registered output for `items` as one new version of `output_dir`.

    `now` (tests only) is the time recorded for an episode seen for the first
    time. Returns False when everything was already published exactly so.
    """
    tree = PublishedTree(Path(output_dir))
    with tree.lock():
        publication = Publication(settings, output_dir, now=now)
        try:
            for item in items:
                publication.add(item)
        except BaseException:
            publication.abandon()
            raise
        return publication.finish()


__all__ = ["STATE_NAME", "Publication", "cover_image", "episode_author", "load_feed_state", "make_server",
           "publish", "record_episode", "serve"]
