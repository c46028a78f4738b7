"""Dask distributed: speak on a cluster (`--scheduler tcp://host:8786`) or on a
LocalCluster of this machine's cores when no scheduler is given.

Each task sends a batch's spoken text and the voice settings; the worker
speaks with the voice it holds (loaded once per worker process) and returns
the audio, or stores it in the shared clip cache when `[build] shared_cache`
names a folder every worker sees. Dask reschedules a task whose worker dies;
a task that fails anyway comes back as failed clips, as with the other
executors.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..errors import ConfigError, EngineError
from ..model import VoiceSettings
from .work import ClipResult, ClipTask, speak_batch

IN_FLIGHT_PER_WORKER = 4


class DaskExecutor:
    name = "dask"

    def __init__(self, voice: VoiceSettings, engine_id: str, jobs: int, scheduler: str = "",
                 shared_cache: str = ""):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise ConfigError("the dask executor needs Dask: pip install 'plaincast[dask]'") from None
        self.voice, self.engine_id, self.workers = voice, engine_id, max(1, jobs)
        self.scheduler, self.shared_cache = scheduler, shared_cache
        self._client = self._cluster = None

    def start(self) -> None:
        if self._client is not None:
            return
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout="20s")
            else:
                # one thread per worker process: each holds one single-threaded voice
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                             processes=True, dashboard_address=None,
                                             silence_logs=40)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler {self.scheduler or '(local)'}: {exc}") from None
        info = self._client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def speak(self, batches: Iterable[tuple[ClipTask, ...]]) -> Iterator[ClipResult]:
        from distributed import as_completed

        pending = iter(batches)
        first = next(pending, None)
        if first is None:
            return  # nothing to speak: no cluster is started
        self.start()
        running = as_completed()
        queued: dict = {}

        def submit(batch) -> bool:
            if batch is None:
                return False
            # pure=False: Piper's audio is not a pure function of the text; each
            # clip is spoken once per build anyway (the cache holds it after)
            future = self._client.submit(speak_batch, self.voice, self.engine_id, batch, 1,
                                         self.shared_cache, pure=False)
            queued[future] = batch
            running.add(future)
            return True

        submit(first)
        while len(queued) < self.workers * IN_FLIGHT_PER_WORKER and submit(next(pending, None)):
            pass
        for future in running:
            batch = queued.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # the task failed on every worker Dask tried
                results = [ClipResult(t.key, error=f"Dask worker failed ({type(exc).__name__})")
                           for t in batch]
            future.release()
            yield from results
            submit(next(pending, None))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None
