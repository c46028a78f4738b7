"""Executors: where the speak phase's clips are spoken.

Speaking is an idempotent map from clip keys to audio (the clip cache is
content-addressed), so any executor may speak any clip anywhere. Every
executor has the same small interface:

    executor.start()                     get workers ready (load voices) without waiting
    executor.speak(batches) -> iterator  ClipResults as they finish, in any order
    executor.close()

    serial  this process, one voice (onnxruntime on every core)
    local   a pool of processes on this machine, each one voice with one thread
    dask    Dask distributed: an existing cluster (--scheduler) or a LocalCluster

A batch is a few clips spoken by one worker in one task (fewer round trips).
A clip whose worker fails or dies comes back as a ClipResult with an error;
the speak phase retries it once and then reports it against its articles.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator, Protocol

from ..errors import ConfigError
from ..model import VoiceSettings
from .work import ClipResult, ClipTask

EXECUTORS = ("serial", "local", "dask")


class Executor(Protocol):
    name: str
    workers: int

    def start(self) -> None: ...
    def speak(self, batches: Iterable[tuple[ClipTask, ...]]) -> Iterator[ClipResult]: ...
    def close(self) -> None: ...


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def get_executor(name: str, voice: VoiceSettings, engine_id: str, clip_cache: str, *,
                 jobs: int = 0, scheduler: str = "", shared_cache: bool = False) -> Executor:
    """The executor `name`, not started. `clip_cache`: the build's clip cache folder, where
    this machine's workers store clips themselves; Dask's workers do too with
    `shared_cache` (a folder every worker sees: audio then stays off the network)."""
    jobs = jobs or default_jobs()
    if name == "serial":
        from .serial import SerialExecutor
        return SerialExecutor(voice, engine_id)
    if name == "local":
        from .local import LocalExecutor
        return LocalExecutor(voice, engine_id, jobs, clip_cache)
    if name == "dask":
        from .dask import DaskExecutor
        return DaskExecutor(voice, engine_id, jobs, scheduler, clip_cache if shared_cache else "")
    raise ConfigError(f"unknown executor '{name}' (choose {', '.join(EXECUTORS)})")


__all__ = ["EXECUTORS", "ClipResult", "ClipTask", "Executor", "default_jobs", "get_executor"]
