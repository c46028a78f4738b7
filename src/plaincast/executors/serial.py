"""Serial: every clip in this process, one after another (the build before executors)."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..model import VoiceSettings
from .work import ClipResult, ClipTask, speak_batch, worker_engine


class SerialExecutor:
    name = "serial"
    workers = 1

    def __init__(self, voice: VoiceSettings, engine_id: str):
        self.voice, self.engine_id = voice, engine_id

    def start(self) -> None:
        worker_engine(self.voice, None).prepare()  # loads on another thread meanwhile

    def speak(self, batches: Iterable[tuple[ClipTask, ...]]) -> Iterator[ClipResult]:
        for batch in batches:
            yield from speak_batch(self.voice, self.engine_id, batch, threads=None)

    def close(self) -> None:
        # the voice's memory is not needed while mastering
        worker_engine(self.voice, None).release()
