"""Local: a pool of worker processes on this machine, each holding one voice
with one onnxruntime thread (two single-threaded voices speak about a quarter
faster than one voice on both cores).

The workers store their clips in the build's clip cache themselves and send
back only the keys. Audio sent back through the pool's result pipe could hang
the build: a worker killed (out of memory, by a user) while writing a large
result leaves half a message in the pipe, and ProcessPoolExecutor's manager
thread then waits forever for the rest (seen on CPython 3.11, about one kill
in forty with results of 2 MB). A message under the pipe's atomic write size
(PIPE_BUF) is written whole or not at all.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator

from ..model import VoiceSettings
from .work import ClipResult, ClipTask, speak_batch, warm

IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: busy, yet little lost when one dies


def _context():
    # forkserver: workers start from a clean process, not a copy of this one
    # with its threads; spawn where there is no forkserver
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class LocalExecutor:
    name = "local"

    def __init__(self, voice: VoiceSettings, engine_id: str, jobs: int, clip_cache: str):
        self.voice, self.engine_id, self.workers = voice, engine_id, max(1, jobs)
        self.clip_cache = clip_cache
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=_context(),
                                             initializer=warm, initargs=(self.voice, 1))
            for _ in range(self.workers):  # start every worker (each loads its voice) now
                self._pool.submit(int)

    def speak(self, batches: Iterable[tuple[ClipTask, ...]]) -> Iterator[ClipResult]:
        pending = iter(batches)
        running: dict[Future, tuple[ClipTask, ...]] = {}
        while True:
            while len(running) < self.workers * IN_FLIGHT_PER_WORKER:
                batch = next(pending, None)
                if batch is None:
                    break
                self.start()  # only when there is something to speak
                try:
                    future = self._pool.submit(speak_batch, self.voice, self.engine_id, batch, 1,
                                               self.clip_cache)
                except BrokenProcessPool:
                    yield from self._lost(running | {None: batch})
                    running = {}
                    continue
                running[future] = batch
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                batch = running.pop(future)
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    yield from self._lost({future: batch, **running})
                    running = {}
                    break

    def _lost(self, running: dict) -> Iterator[ClipResult]:
        """A worker died (killed, out of memory): its pool is gone with every batch in it.
        Those clips come back failed (the speak phase retries them) and a new pool starts."""
        self.close()
        for batch in running.values():
            for task in batch:
                yield ClipResult(task.key, error="a speaking worker stopped")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
