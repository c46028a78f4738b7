"""Master: one episode from the cache's clips, into the build's staging folder.

An episode published before from the very same inputs (the same master key)
is reused as it is: mastering it again would write the same bytes, so this
only saves time and keeps the files' dates.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .. import audio
from ..books import audiobook_parts
from ..books.m4b import aac_output
from ..config import Settings
from ..errors import InputError
from ..manifest import load_published
from ..model import Clip, Episode, Published
from ..narrate.cache import ClipCache
from .plan import PlannedArticle


def clips_of(planned: PlannedArticle, cache: ClipCache, failed: dict[str, str]) -> list[Clip]:
    """The article's clips from the cache; InputError naming what could not be spoken."""
    missing = [key for key in planned.keys if key in failed or not cache.has(key)]
    if missing:
        why = failed.get(missing[0], "its audio is not in the clip cache")
        raise InputError(planned.path, f"{len(missing)} of {len(planned.keys)} sentences could "
                                       f"not be spoken ({why})")
    clips = []
    for key, utterance in zip(planned.keys, planned.script.utterances):
        stored = cache.get(key)
        if stored is None:
            raise InputError(planned.path, "a spoken sentence was damaged in the clip cache; build again")
        clips.append(Clip(utterance=utterance, pcm=stored[0], sample_rate=stored[1]))
    return clips


def master_article(planned: PlannedArticle, clips: list[Clip], settings: Settings,
                   output_dir: Path, staging: Path, tags: dict,
                   on_master=lambda slug: None, cache: Path | None = None) -> Published:
    """`tags`: the MP3's cover (bytes), date (ISO) and author, as audio.master takes them.

    `cache`: the build's cache folder, where the episode's audiobook part is
    kept when the audiobook is on (encoded beside the MP3, from the same
    levelled samples, so the audiobook is only joined at the end)."""
    key = audio.master_key(planned.script, clips, settings, **tags)
    episode = unchanged_episode(output_dir, planned.slug, key)
    if episode is None:
        on_master(planned.slug)
        parts = audiobook_parts(cache) if settings.audiobook.enabled else None
        # made already (the same key) when only the published files were lost
        part = parts.staging(key) if parts is not None and parts.get(key) is None else None
        try:
            mastered = audio.master(planned.script, clips, staging / planned.slug, settings, **tags,
                                    side_outputs=[aac_output(part)] if part else [])
            if part is not None:
                parts.keep(part, key)
        finally:
            if part is not None:
                part.unlink(missing_ok=True)
        episode = replace(mastered, master_key=key)
    return Published(article=planned.article, plain=planned.plain, episode=episode)


def unchanged_episode(output_dir: Path, slug: str, key: str) -> Episode | None:
    """The episode published now from the very same inputs, if its files are all there."""
    previous = load_published(output_dir, slug)
    if previous is None or previous.episode.master_key != key:
        return None
    if not all(path.is_file() for path in previous.episode.files):
        return None
    return previous.episode
