"""Clip cache: each utterance is synthesised once.

A clip is stored as a small WAV file named by the sha256 of everything that
decides its sound: the spoken text, the engine and its voice file, and the
voice settings. A second build of an unchanged article synthesises nothing,
a changed sentence re-synthesises only itself, and because Piper adds random
noise (durations differ run to run) the cache is also what keeps rebuilds
byte-identical.
"""

from __future__ import annotations

import hashlib
import io
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..files import write_atomic
from ..model import Clip, Script

# bump when the stored audio format or synthesis details change
CACHE_VERSION = "1"


def clip_key(spoken: str, engine_id: str) -> str:
    """engine_id is the engine's cache_id: its voice file and every setting that changes the sound."""
    material = "\0".join([CACHE_VERSION, engine_id, spoken])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ClipCache:
    root: Path

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def get(self, key: str) -> tuple[bytes, int] | None:
        path = self.path(key)
        try:
            with wave.open(str(path), "rb") as reader:
                if reader.getnchannels() != 1 or reader.getsampwidth() != 2:
                    return None
                frames = reader.getnframes()
                pcm = reader.readframes(frames)
                if len(pcm) != 2 * frames:
                    return None  # cut short (a crash mid-write): synthesise again
                return pcm, reader.getframerate()
        except (FileNotFoundError, wave.Error, EOFError):
            return None  # missing or torn: synthesise again

    def has(self, key: str) -> bool:
        """True when a whole clip is stored under `key` (reads the header only)."""
        path = self.path(key)
        try:
            with wave.open(str(path), "rb") as reader:
                return path.stat().st_size >= 44 + 2 * reader.getnframes()
        except (FileNotFoundError, wave.Error, EOFError):
            return False

    def is_empty(self) -> bool:
        """True when no clip is stored at all (a first build: every clip is to be spoken)."""
        return next(self.root.glob("??/*.wav"), None) is None

    def put(self, key: str, pcm: bytes, sample_rate: int) -> None:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as writer:
            writer.setnchannels(1)
            writer.setsampwidth(2)
            writer.setframerate(sample_rate)
            writer.writeframes(pcm)
        # No fsync: the cache is not published, a clip lost in a crash is only
        # made again, and a cut-short file fails the length check in get().
        # (An fsync per clip cost about a second per article.)
        write_atomic(self.path(key), buffer.getvalue(), durable=False)


@dataclass(frozen=True)
class SpeakResult:
    clips: list[Clip]
    synthesised: int
    cached: int


def speak(script: Script, engine, cache_dir: Path,
          on_clip: Callable[[int], None] | None = None) -> SpeakResult:
    """One clip per utterance, from the cache when it has it.

    on_clip(done) is called after each clip with the number of clips done so
    far, for progress display.
    """
    cache = ClipCache(Path(cache_dir))
    clips: list[Clip] = []
    synthesised = cached = 0
    for utterance in script.utterances:
        key = clip_key(utterance.spoken, engine.cache_id)
        stored = cache.get(key)
        if stored is None:
            pcm, sample_rate = engine.synthesize(utterance.spoken)
            pcm = pcm[: len(pcm) // 2 * 2]  # whole int16 samples only
            cache.put(key, pcm, sample_rate)
            synthesised += 1
        else:
            pcm, sample_rate = stored
            cached += 1
        clips.append(Clip(utterance=utterance, pcm=pcm, sample_rate=sample_rate))
        if on_clip is not None:
            on_clip(len(clips))
    return SpeakResult(clips=clips, synthesised=synthesised, cached=cached)


__all__ = ["ClipCache", "SpeakResult", "clip_key", "speak"]
