"""Speak: every clip the planned articles need and the cache lacks, each once, on an executor.

Articles are handed in as they are planned and clips come back as they are
spoken, so the pipeline can plan the next article and master a finished one
while the workers speak: `ready()` names the articles whose clips are all in
the cache.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import EngineError
from ..executors import ClipTask, Executor
from ..narrate.cache import ClipCache
from .plan import PlannedArticle

BATCH = 4  # clips per task: fewer round trips, and still spread over the workers
RETRIES = 1


@dataclass
class Speaking:
    """The clips a build speaks and what became of them."""

    cache: ClipCache
    tasks: dict[str, str] = field(default_factory=dict)  # key -> spoken text, in article order
    spoken: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)  # key -> why, after the retry
    _waiting: dict[str, list[PlannedArticle]] = field(default_factory=dict)
    _missing: dict[Path, int] = field(default_factory=dict)  # article -> clips it waits for
    _ready: deque = field(default_factory=deque)

    def add(self, planned: PlannedArticle) -> list[ClipTask]:
        """Note `planned`'s clips; returns the ones nobody has asked for yet."""
        new = []
        missing = 0
        for key, utterance in zip(planned.keys, planned.script.utterances):
            if key in self.spoken or (key not in self.tasks and self.cache.has(key)):
                continue
            if key not in self.tasks:
                self.tasks[key] = utterance.spoken
                new.append(ClipTask(key, utterance.spoken))
            if not any(p is planned for p in self._waiting.setdefault(key, [])):
                self._waiting[key].append(planned)
                missing += 1
        self._missing[planned.path] = missing
        if not missing:
            self._ready.append(planned)
        return new

    def done(self, key: str) -> None:
        self.spoken.add(key)
        for planned in self._waiting.pop(key, []):
            self._missing[planned.path] -= 1
            if not self._missing[planned.path]:
                self._ready.append(planned)

    def ready(self) -> Iterator[PlannedArticle]:
        """Articles whose clips are all spoken (or were cached), each once."""
        while self._ready:
            yield self._ready.popleft()

    def unfinished(self) -> list[PlannedArticle]:
        """Articles still waiting for a clip (one failed): they are reported, not mastered."""
        seen: dict[Path, PlannedArticle] = {}
        for articles in self._waiting.values():
            for planned in articles:
                seen[planned.path] = planned
        return list(seen.values())


def batches(tasks: Iterable[ClipTask]) -> Iterator[tuple[ClipTask, ...]]:
    batch: list[ClipTask] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == BATCH:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def speak(speaking: Speaking, tasks: Iterable[ClipTask], executor: Executor,
          on_clip: Callable[[], None]) -> None:
    """Speak `tasks` (produced lazily, as articles are planned) into the cache.

    A clip that fails is tried once more when the rest are spoken, then
    noted in `speaking.failed`. on_clip() runs after every clip that arrives.
    """
    for attempt in range(RETRIES + 1):
        errors: dict[str, str] = {}
        for result in executor.speak(batches(tasks)):
            if result.fatal:
                # the voice cannot run anywhere: one line for the whole build, as before
                raise EngineError(result.error)
            if result.error:
                errors[result.key] = result.error
                continue
            if result.pcm is not None:
                speaking.cache.put(result.key, result.pcm, result.sample_rate)
            speaking.done(result.key)
            on_clip()
        if not errors:
            return
        tasks = [ClipTask(key, speaking.tasks[key]) for key in errors]
    speaking.failed = errors
