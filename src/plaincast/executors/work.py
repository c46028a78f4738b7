"""What a worker does, wherever it runs: speak a batch of clips with the voice it holds.

Only the spoken text and the voice settings go to a worker, and audio (or,
when the worker can reach the build's clip cache and stores the clips there,
only their keys) comes back. A worker keeps one engine per
process and checks that its engine is the client's: a worker whose voice
file differs (another version of the voice package) would otherwise fill the
cache with another voice under the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import EngineError
from ..model import VoiceSettings


@dataclass(frozen=True)
class ClipTask:
    key: str  # the clip cache key
    spoken: str  # what the voice says


@dataclass(frozen=True)
class ClipResult:
    key: str
    pcm: bytes | None = None  # int16 mono; None when the worker stored it in a shared cache, or failed
    sample_rate: int = 0
    error: str = ""
    fatal: bool = False  # the engine cannot run at all (no voice): the build stops with `error`


_ENGINES: dict = {}


def worker_engine(voice: VoiceSettings, threads: int | None):
    """This process's engine for `voice`, made once."""
    from ..narrate import get_engine

    key = (voice, threads)
    if key not in _ENGINES:
        _ENGINES[key] = get_engine(voice, threads=threads)
    return _ENGINES[key]


def warm(voice: VoiceSettings, threads: int | None) -> None:
    """Load the voice now, so the first clips do not wait for it.

    A voice that cannot load is reported by the first clip, not here (a pool
    whose start-up raised would only say that a worker stopped).
    """
    try:
        worker_engine(voice, threads).prepare()
    except Exception:
        pass


def speak_batch(voice: VoiceSettings, engine_id: str, batch: tuple[ClipTask, ...],
                threads: int | None = 1, cache_dir: str = "") -> list[ClipResult]:
    """Speak every clip of `batch`; a clip that fails gets its error, the others still speak."""
    try:
        engine = worker_engine(voice, threads)
        if engine.cache_id != engine_id:
            raise RuntimeError("this worker's voice is not the client's (install the same voice "
                               "package version on every worker)")
    except Exception as exc:  # an engine that cannot run fails every clip of the batch
        return [ClipResult(task.key, error=_one_line(exc), fatal=True) for task in batch]
    cache = None
    if cache_dir:
        from ..narrate.cache import ClipCache
        cache = ClipCache(Path(cache_dir))
    results = []
    for task in batch:
        try:
            pcm, rate = engine.synthesize(task.spoken)
        except EngineError as exc:  # the voice cannot run (will not load, not installed)
            return results + [ClipResult(t.key, error=_one_line(exc), fatal=True)
                              for t in batch[len(results):]]
        except Exception as exc:
            results.append(ClipResult(task.key, error=_one_line(exc)))
            continue
        pcm = pcm[: len(pcm) // 2 * 2]  # whole int16 samples only
        if cache is not None:
            cache.put(task.key, pcm, rate)
            pcm = None
        results.append(ClipResult(task.key, pcm, rate))
    return results


ERROR_CHARS = 200  # an error line, cut short: a batch's results stay one small message


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= ERROR_CHARS else line[: ERROR_CHARS - 1] + "…"


__all__ = ["ClipResult", "ClipTask", "speak_batch", "warm", "worker_engine"]
