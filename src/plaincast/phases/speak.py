"""Speak: every clip the planned articles need and the cache lacks, each once, on an executor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..errors import EngineError
from ..executors import ClipTask, Executor
from ..narrate.cache import ClipCache
from .plan import PlannedArticle

BATCH = 4  # clips per task: fewer round trips, and still spread over the workers
RETRIES = 1


@dataclass
class Speaking:
    """The clips a build must speak, and what became of them."""

    tasks: dict[str, str] = field(default_factory=dict)  # key -> spoken text, in article order
    spoken: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)  # key -> why

    def add(self, planned: PlannedArticle, cache: ClipCache) -> bool:
        """Note `planned`'s missing clips; True when it has any."""
        missing = False
        for key, utterance in zip(planned.keys, planned.script.utterances):
            if key not in self.tasks and not cache.has(key):
                self.tasks[key] = utterance.spoken
                missing = True
        return missing


def _batches(tasks: dict[str, str]) -> Iterator[tuple[ClipTask, ...]]:
    items = [ClipTask(key, spoken) for key, spoken in tasks.items()]
    for start in range(0, len(items), BATCH):
        yield tuple(items[start:start + BATCH])


def speak(speaking: Speaking, cache: ClipCache, executor: Executor,
          on_progress: Callable[[int, int], None]) -> Speaking:
    """Speak `speaking.tasks` into the cache; a failed clip is tried once more, then noted as failed."""
    total = len(speaking.tasks)
    todo = dict(speaking.tasks)
    for attempt in range(RETRIES + 1):
        errors: dict[str, str] = {}
        for result in executor.speak(_batches(todo)):
            if result.fatal:
                # the voice cannot run anywhere: one line for the whole build, as before
                raise EngineError(result.error)
            if result.error:
                errors[result.key] = result.error
                continue
            if result.pcm is not None:
                cache.put(result.key, result.pcm, result.sample_rate)
            speaking.spoken.add(result.key)
            on_progress(len(speaking.spoken), total)
        todo = {key: todo[key] for key in errors}
        if not todo:
            break
    speaking.failed = errors if todo else {}
    return speaking
