"""Runs the build's phases over a content folder: plan, speak, master, publish.

The pipeline holds no stage logic and knows no output file name: it asks
ingest.sources which articles may be built (name and guid clashes, links and
sizes are found there, before any file is written), runs each phase (plaincast.phases) over all of them, isolates
failures per article, and hands every good episode to publishing. An article
that fails now but was published before is republished from its build record,
so a bad edit never takes an episode away from listeners.
"""

from __future__ import annotations

import os
import time
import traceback
from pathlib import Path
from typing import Callable, TypeVar

from . import ingest, narrate
from .accounting import account_words
from .config import PREVIEW_URL, Settings
from .errors import EngineError, PlaincastError
from .executors import get_executor
from .files import remove_stale_temp
from .ingest.sources import plan_sources
from .manifest import load_published
from .narrate.cache import ClipCache
from .outputs.tree import PublishedTree
from .phases.master import clips_of, master_article
from .phases.plan import PlannedArticle, plan_article, rewrite_ahead
from .phases.publish import Publication, add_episode
from .phases.report import ArticleResult, BuildReport, Progress, QuietProgress
from .phases.speak import Speaking, speak

T = TypeVar("T")


def _attempt(result: ArticleResult, step: Callable[[], T]) -> T | None:
    """Run one phase's step for one article; a failure becomes that article's error line."""
    started = time.perf_counter()
    try:
        return step()
    except EngineError:
        # The voice cannot run at all: every other article would fail the same
        # way, so stop with that one line. Published files are untouched.
        raise
    except PlaincastError as exc:
        result.error = str(exc)
        result.detail = traceback.format_exc()
    except Exception as exc:  # a bug must not stop the other articles
        result.error = f"{result.path.name}: internal error ({type(exc).__name__}: {exc})"
        result.detail = traceback.format_exc()
    finally:
        result.seconds += time.perf_counter() - started
    return None


def build(content_dir: Path, output_dir: Path, settings: Settings, cache_dir: Path,
          progress: Progress | None = None) -> BuildReport:
    """Build every article of `content_dir` into `output_dir`, phase by phase.

    The phases overlap where that keeps the workers busy: articles are planned
    while the first clips are spoken, and an article is mastered as soon as its
    last clip is in the cache. Publishing waits for every article.
    """
    progress = progress or QuietProgress()
    started = time.perf_counter()
    output_dir = Path(os.path.abspath(output_dir))  # not resolve(): output/ is a link to a version
    # Every source is looked at before any file is written (name and guid clashes, links, size).
    sources = plan_sources(content_dir, output_dir, settings)
    from . import site
    # Checked once before any article is built: a bad cover or state file is one line, not N.
    site.load_feed_state(settings)
    cover = site.cover_image(settings)
    if not settings.show.base_url.strip():
        progress.notice(f"no base_url is set, so feed.xml points at the preview address {PREVIEW_URL}: "
                        "fine for `plaincast serve`, but a podcast app cannot use it until you set "
                        "[show] base_url in plaincast.toml or pass --base-url")
    for notice in sources.notices:
        progress.notice(notice)
    engine = narrate.get_engine(settings.voice)  # names the clips; workers hold their own voice
    if engine.notice:
        progress.notice(engine.notice)
    cache = ClipCache(Path(os.path.abspath(cache_dir)))
    tree = PublishedTree(output_dir)
    report = BuildReport()
    with tree.lock():
        # what killed builds left in the cache and beside the feed state
        remove_stale_temp(cache.root, recursive=True)
        remove_stale_temp(settings.root, site.STATE_NAME)
        options = settings.build
        # gTTS: Google rate-limits bursts, so its clips are asked for one at a time
        name = "serial" if engine.online else options.executor
        executor = get_executor(name, settings.voice, engine.cache_id, str(cache.root),
                                jobs=options.jobs, scheduler=options.scheduler,
                                shared_cache=options.shared_cache)
        if cache.is_empty():
            # a first build speaks every clip: the workers load their voices while the
            # first article is read (else they start once it turns out to need a clip)
            executor.start()
        speaking = Speaking(cache)
        results: dict[Path, ArticleResult] = {}
        publication = Publication(settings, output_dir, cache=cache.root)

        def master_ready() -> None:
            for item in speaking.ready():
                _master(results[item.path], item, speaking, settings, publication, cover, progress)

        def on_clip() -> None:
            progress.clips(len(speaking.spoken), len(speaking.tasks))
            master_ready()

        for refusal in sources.refused:
            for path, slug, message in refusal.per_episode():
                report.results.append(ArticleResult(path=path, slug=slug, error=message))
        rewriter = _rewriter(settings, progress)
        try:
            if rewriter is not None:
                progress.stage("plain", "rewrite")
                rewrite_ahead(sources.articles, settings, rewriter)
                rewriter.release()  # the voices need the cores and the memory now
            tasks = _plan(sources.articles, settings, engine.cache_id, speaking, executor, report, results,
                          progress, master_ready, rewriter)
            speak(speaking, tasks, executor, on_clip)
            executor.close()  # before mastering what is left: workers' memory goes back
            master_ready()
            for item in speaking.unfinished():  # a clip failed twice: the article's error line
                _master(results[item.path], item, speaking, settings, publication, cover, progress)
            report.spoken = len(speaking.spoken)
            for result in report.results:
                if result.error:
                    _keep_previous(result, output_dir, publication)
            if publication.entries:
                progress.stage("site", "publish")
                publication.finish()
            else:
                publication.abandon()
        except BaseException:
            executor.close()
            publication.abandon()
            raise
        finally:
            if rewriter is not None:
                rewriter.release()
        for result in report.results:
            progress.finished(result)
    report.seconds = time.perf_counter() - started
    return report


def _plan(articles: list[Path], settings: Settings, engine_id: str, speaking: Speaking, executor,
          report: BuildReport, results: dict[Path, ArticleResult], progress: Progress,
          master_ready: Callable[[], None], rewriter=None):
    """Plan each article in turn, yielding the clips it needs that nobody asked for yet.

    An article whose clips are all cached is mastered at once (master_ready),
    so an unchanged library is never held in memory whole.
    """
    for path in articles:  # no two share a name: plan_sources refused those
        result = ArticleResult(path=path, slug=ingest.slug_for(path))
        report.results.append(result)
        progress.stage(result.slug, "read")
        item = _attempt(result, lambda: plan_article(path, settings, engine_id, rewriter))
        if item is None:
            continue
        words = account_words(item.article, item.plain, item.script)
        if words.lost:
            progress.notice(words.message(path.name))
        results[item.path] = result
        new = speaking.add(item)
        if new:
            executor.start()  # workers load their voices while this article's clips are queued
        else:
            master_ready()
        yield from new


def _rewriter(settings: Settings, progress: Progress):
    """The build's language model (loaded on its first uncached sentence), or None for rules only."""
    if not settings.plain.enabled or settings.plain.rewriter != "model":
        return None
    from .plain.llm import ModelRewriter

    return ModelRewriter(settings, notice=progress.notice)


def _master(result: ArticleResult, item: PlannedArticle, speaking: Speaking, settings: Settings,
            publication: Publication, cover: bytes, progress: Progress) -> None:
    """Master one article and add it to the publication (its pages rendered now)."""
    result.synthesised = sum(key in speaking.spoken for key in item.keys)
    result.cached = len(item.keys) - result.synthesised
    tree = publication.tree

    def step():
        from . import site

        clips = clips_of(item, speaking.cache, speaking.failed)
        # the MP3's tags say what the feed says: the same date, author and cover
        record = site.record_episode(publication.state, settings, item.article, item.plain)
        tags = {"cover": cover, "date": record.published.strftime("%Y-%m-%d"),
                "author": site.episode_author(item.plain, settings)}
        published = master_article(item, clips, settings, tree.output, tree.staging, tags,
                                   on_master=lambda slug: progress.stage(slug, "master"),
                                   cache=publication.cache)
        return add_episode(publication, published)

    result.published = _attempt(result, step)


def _keep_previous(result: ArticleResult, output_dir: Path, publication: Publication) -> None:
    """A failed article published before stays published, exactly as it was."""
    previous = load_published(output_dir, result.slug)
    if previous is not None and result.slug not in publication.entries:
        error = result.error
        result.published = _attempt(result, lambda: add_episode(publication, previous))
        result.error, result.kept_previous = error, result.published is not None
