"""What a build tells its user: one result per article, and the whole report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..model import Published


@dataclass
class ArticleResult:
    path: Path
    slug: str = ""
    published: Published | None = None
    error: str = ""
    detail: str = ""  # traceback, shown only with --debug
    seconds: float = 0.0  # this article's own work: planning and mastering
    synthesised: int = 0
    cached: int = 0
    kept_previous: bool = False  # failed now; the last good episode stays published

    @property
    def ok(self) -> bool:
        return self.published is not None and not self.error


@dataclass
class BuildReport:
    results: list[ArticleResult] = field(default_factory=list)
    seconds: float = 0.0
    spoken: int = 0  # clips spoken in this build, across all articles

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results if not r.ok]

    @property
    def published(self) -> list[Published]:
        return [r.published for r in self.results if r.published is not None]


class Progress(Protocol):
    def stage(self, slug: str, name: str) -> None: ...
    def clips(self, done: int, total: int) -> None: ...
    def finished(self, result: ArticleResult) -> None: ...
    def notice(self, message: str) -> None: ...


class QuietProgress:
    def stage(self, slug: str, name: str) -> None: pass
    def clips(self, done: int, total: int) -> None: pass
    def finished(self, result: ArticleResult) -> None: pass
    def notice(self, message: str) -> None: pass
