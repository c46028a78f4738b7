"""Wires the stages for every article in a content folder.

The pipeline holds no stage logic: it asks ingest.sources which articles may
be built (clashes, links and sizes are found there, before any file is
written), runs ingest -> plain -> narrate -> speak -> master for each,
isolates failures per article, and hands every good episode to the site stage. An article that fails
now but was published before is republished from its last good manifest, so a
bad edit never takes an episode away from listeners.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from . import ingest, plain
from .accounting import account_words
from .config import PREVIEW_URL, Settings
from .errors import EngineError, PlaincastError
from .files import write_if_changed
from .ingest.sources import plan_sources
from .manifest import load_published, save_published
from .model import Episode, Published

class Progress(Protocol):
    def stage(self, slug: str, name: str) -> None: ...
    def clips(self, slug: str, done: int, total: int) -> None: ...
    def finished(self, result: "ArticleResult") -> None: ...
    def notice(self, message: str) -> None: ...


class QuietProgress:
    def stage(self, slug: str, name: str) -> None: pass
    def clips(self, slug: str, done: int, total: int) -> None: pass
    def finished(self, result: "ArticleResult") -> None: pass
    def notice(self, message: str) -> None: pass


@dataclass
class ArticleResult:
    path: Path
    slug: str = ""
    published: Published | None = None
    error: str = ""
    detail: str = ""  # traceback, shown only with --debug
    seconds: float = 0.0
    synthesised: int = 0
    cached: int = 0
    kept_previous: bool = False  # failed now; the last good episode stays published

    @property
    def ok(self) -> bool:
        return self.published is not None and not self.error


@dataclass
class BuildReport:
    results: list[ArticleResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results if not r.ok]

    @property
    def published(self) -> list[Published]:
        return [r.published for r in self.results if r.published is not None]


@dataclass
class Builder:
    settings: Settings
    output_dir: Path
    cache_dir: Path
    progress: Progress = field(default_factory=QuietProgress)
    cover: bytes | None = None
    state: object = None  # site.FeedState: each episode's date, for the MP3's date tag
    _engine: object = None

    def engine(self):
        from . import narrate

        if self._engine is None:
            self._engine = narrate.get_engine(self.settings.voice)
            if self._engine.notice:
                self.progress.notice(self._engine.notice)
        return self._engine

    def build_article(self, path: Path) -> tuple[Published, int, int]:
        """Build one article; returns it with the counts of clips synthesised and taken from cache."""
        from . import audio, narrate, site

        # Piper loads its voice on another thread while this one reads and rewrites
        engine = self.engine()
        engine.prepare()
        article = ingest.read_article(path)
        slug = article.slug
        self.progress.stage(slug, "simplify")
        plain_article = plain.simplify(article, self.settings)
        self.progress.stage(slug, "script")
        script = narrate.build_script(plain_article, self.settings)
        words = account_words(article, plain_article, script)
        if words.lost:
            self.progress.notice(words.message(path.name))
        self.progress.stage(slug, "speak")
        total = len(script.utterances)
        spoken = narrate.speak(
            script, engine, self.cache_dir,
            on_clip=lambda done: self.progress.clips(slug, done, total),
        )
        engine.release()  # the voice's memory is not needed while mastering, nor for cached clips
        # The same date the feed gives the episode (front matter, else first seen).
        date = site.record_episode(self.state, self.settings, article, plain_article).published
        tags = {"cover": self.cover, "date": date.strftime("%Y-%m-%d"),
                "author": site.episode_author(plain_article, self.settings)}
        key = audio.master_key(script, spoken.clips, self.settings, **tags)
        episode = self.unchanged_episode(slug, key)
        if episode is None:
            self.progress.stage(slug, "master")
            episode = replace(audio.master(script, spoken.clips, self.output_dir / slug,
                                           self.settings, **tags),
                              master_key=key)
        write_if_changed(self.output_dir / slug / "review.html",
                     plain.render_review_page(plain_article, self.settings))
        published = Published(article=article, plain=plain_article, episode=episode)
        save_published(published, self.output_dir)
        return published, spoken.synthesised, spoken.cached

    def unchanged_episode(self, slug: str, key: str) -> Episode | None:
        """The episode published before from the very same inputs, if its files are all there.

        Mastering the same clips again would write the same bytes, so this
        only saves time (and keeps the files' dates, which podcast apps and
        HTTP caches see).
        """
        previous = load_published(self.output_dir, slug)
        if previous is None or previous.episode.master_key != key:
            return None
        if not all(path.is_file() for path in previous.episode.files):
            return None
        return previous.episode



def _keep_previous(result: ArticleResult, output_dir: Path) -> None:
    """A failed article's last good episode stays published: a bad edit never takes it away."""
    previous = load_published(output_dir, result.slug)
    if previous is not None:
        result.published = previous
        result.kept_previous = True


def build(content_dir: Path, output_dir: Path, settings: Settings, cache_dir: Path,
          progress: Progress | None = None) -> BuildReport:
    from . import site

    progress = progress or QuietProgress()
    started = time.perf_counter()
    output_dir = output_dir.resolve()
    # Every source is looked at before any file is written (name and guid clashes, links, size).
    sources = plan_sources(content_dir, output_dir, settings)
    # Checked once before any article is built: a bad cover or state file is one line, not N.
    state = site.load_feed_state(settings)
    _, cover = site.cover_image(settings)
    builder = Builder(settings, output_dir, cache_dir.resolve(), progress, cover, state)
    report = BuildReport()
    if not settings.show.base_url.strip():
        progress.notice(f"no base_url is set, so feed.xml points at the preview address {PREVIEW_URL}: "
                        "fine for `plaincast serve`, but a podcast app cannot use it until you set "
                        "[show] base_url in plaincast.toml or pass --base-url")
    for notice in sources.notices:
        progress.notice(notice)
    for refusal in sources.refused:
        for path, slug, message in refusal.per_episode():
            result = ArticleResult(path=path, slug=slug, error=message)
            _keep_previous(result, output_dir)
            report.results.append(result)
            progress.finished(result)
    for path in sources.articles:
        result = ArticleResult(path=path, slug=ingest.slug_for(path))
        t0 = time.perf_counter()
        progress.stage(result.slug, "read")
        try:
            result.published, result.synthesised, result.cached = builder.build_article(path)
        except EngineError:
            # The voice cannot run at all: every other article would fail the same
            # way, so stop with that one line. Published files are untouched.
            raise
        except PlaincastError as exc:
            result.error = str(exc)
            result.detail = traceback.format_exc()
        except Exception as exc:  # a bug must not stop the other articles
            result.error = f"{path.name}: internal error ({type(exc).__name__}: {exc})"
            result.detail = traceback.format_exc()
        if result.error:
            _keep_previous(result, output_dir)
        result.seconds = time.perf_counter() - t0
        report.results.append(result)
        progress.finished(result)
    state.save()  # the dates just given to new episodes, before anything published uses them
    if report.published:
        progress.stage("site", "publish")
        site.publish(report.published, settings, output_dir)
    report.seconds = time.perf_counter() - started
    return report

