"""Wires the stages for every article in a content folder.

The pipeline holds no stage logic: it finds articles, runs ingest -> plain for
every article first (the plain phase: a language model, when used, is loaded at
most once and freed before any voice speaks), then narrate -> speak -> master
for each, isolates failures per article, and hands every good episode to the
site stage. An article that fails now but was published before is republished from its last good manifest, so a
bad edit never takes an episode away from listeners.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from . import ingest, plain
from .config import Settings
from .errors import ConfigError, EngineError, InputError, ModelError, PlaincastError
from .files import write_if_changed
from .manifest import load_published, save_published
from .model import Episode, PlainArticle, Published

# Files in content/ that are settings or sidecars, not articles.
SIDECAR_SUFFIXES = frozenset({".toml", ".json", ".yaml", ".yml"})


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


def find_articles(content_dir: Path) -> list[Path]:
    """Every file in content_dir that is not hidden or a settings sidecar, sorted by name.

    Files with a suffix no reader supports are included on purpose: the reader
    turns them into a clear error line instead of silently skipping them.
    """
    if not content_dir.is_dir():
        raise InputError(content_dir, "content folder not found")
    return sorted(
        p for p in content_dir.iterdir()
        if not p.name.startswith((".", "_", "~")) and not p.name.endswith("~")
        and p.suffix.lower() not in SIDECAR_SUFFIXES
        and not p.is_dir()  # follows links: a linked folder is a folder
    )


def find_subfolders(content_dir: Path) -> list[str]:
    """Names of the visible sub-folders, which a build does not read (they get one notice)."""
    return sorted(p.name for p in content_dir.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")))


@dataclass
class Builder:
    settings: Settings
    output_dir: Path
    cache_dir: Path
    progress: Progress = field(default_factory=QuietProgress)
    cover: Path | None = None
    _engine: object = None
    _rewriter: object = None

    def engine(self):
        from . import narrate

        if self._engine is None:
            self._engine = narrate.get_engine(self.settings.voice)
            if self._engine.notice:
                self.progress.notice(self._engine.notice)
        return self._engine

    def rewriter(self):
        """The language model for the whole build (loaded on its first uncached sentence)."""
        if self._rewriter is None and self.settings.plain.rewriter == "model":
            from .plain.llm import ModelRewriter

            self._rewriter = ModelRewriter(self.settings, notice=self.progress.notice)
        return self._rewriter

    def plan(self, path: Path) -> PlainArticle:
        """Read one article and rewrite it in plain language."""
        article = ingest.read_article(path)
        self.progress.stage(article.slug, "simplify")
        return plain.simplify(article, self.settings, self.rewriter())

    def release_rewriter(self) -> None:
        if self._rewriter is not None:
            self._rewriter.release()

    def build_article(self, path: Path, planned: PlainArticle | Exception | None = None
                      ) -> tuple[Published, int, int]:
        """Build one article (from its plain phase's result, when given); returns it with the
        counts of clips synthesised and taken from cache."""
        from . import audio, narrate

        if isinstance(planned, Exception):
            raise planned  # its plain phase failed: reported like any failure of this article
        # Piper loads its voice on another thread while this one writes the script
        engine = self.engine()
        engine.prepare()
        plain_article = planned or self.plan(path)
        article = plain_article.original
        slug = article.slug
        self.progress.stage(slug, "script")
        script = narrate.build_script(plain_article, self.settings)
        self.progress.stage(slug, "speak")
        total = len(script.utterances)
        spoken = narrate.speak(
            script, engine, self.cache_dir,
            on_clip=lambda done: self.progress.clips(slug, done, total),
        )
        engine.release()  # the voice's memory is not needed while mastering, nor for cached clips
        cover, date = self.cover, plain_article.meta.date
        key = audio.master_key(script, spoken.clips, self.settings, cover, date)
        episode = self.unchanged_episode(slug, key)
        if episode is None:
            self.progress.stage(slug, "master")
            episode = replace(audio.master(script, spoken.clips, self.output_dir / slug,
                                           self.settings, cover=cover, date=date),
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



def show_cover(settings: Settings) -> Path | None:
    """The cover image from [show] cover, checked once before any article is built."""
    if not settings.show.cover:
        return None
    cover = settings.resolve(settings.show.cover)
    if not cover.is_file():
        raise ConfigError(f"[show] cover: {cover.name} not found")
    return cover


def build(content_dir: Path, output_dir: Path, settings: Settings, cache_dir: Path,
          progress: Progress | None = None) -> BuildReport:
    from . import site

    progress = progress or QuietProgress()
    started = time.perf_counter()
    output_dir = output_dir.resolve()
    builder = Builder(settings, output_dir, cache_dir.resolve(), progress, show_cover(settings))
    report = BuildReport()
    seen: dict[str, Path] = {}
    articles = find_articles(content_dir)
    site.check_feed_state(settings)
    subfolders = find_subfolders(content_dir)
    if subfolders:
        progress.notice(f"articles in sub-folders are not built ({', '.join(subfolders)}); "
                        f"move them into {content_dir.name}/ itself")
    planned: dict[Path, PlainArticle | Exception] = {}
    try:
        for path in articles:
            try:
                planned[path] = builder.plan(path)
            except ModelError:
                raise  # every article would fail the same way: one line, nothing published
            except Exception as exc:  # this article fails: reported in the loop below
                planned[path] = exc
    finally:
        builder.release_rewriter()  # the model's memory is not needed to speak
    for path in articles:
        result = ArticleResult(path=path, slug=ingest.slug_for(path))
        t0 = time.perf_counter()
        progress.stage(result.slug, "read")
        try:
            if result.slug in seen:
                raise InputError(path, f"has the same name as {seen[result.slug].name}; rename one")
            seen[result.slug] = path
            result.published, result.synthesised, result.cached = builder.build_article(
                path, planned.get(path))
        except EngineError:
            # The voice cannot run at all: every other article would fail the same
            # way, so stop with that one line. Published files are untouched.
            raise
        except PlaincastError as exc:
            result.error = str(exc)
            result.detail = "".join(traceback.format_exception(exc))
        except Exception as exc:  # a bug must not stop the other articles
            result.error = f"{path.name}: internal error ({type(exc).__name__}: {exc})"
            result.detail = "".join(traceback.format_exception(exc))
        if result.error:
            previous = load_published(output_dir, result.slug)
            if previous is not None:
                result.published = previous
                result.kept_previous = True
        result.seconds = time.perf_counter() - t0
        report.results.append(result)
        progress.finished(result)
    if report.published:
        progress.stage("site", "publish")
        site.publish(report.published, settings, output_dir)
    report.seconds = time.perf_counter() - started
    return report

