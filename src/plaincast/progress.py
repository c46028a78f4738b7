"""Build progress for people: a live line on a terminal, plain lines elsewhere."""

from __future__ import annotations

import sys
from typing import TextIO

import click

from .phases.report import ArticleResult

STAGE_WORDS = {
    "read": "reading",
    "simplify": "rewriting in plain language",
    "script": "writing the narration script",
    "speak": "speaking",
    "master": "mastering audio",
    "publish": "writing pages and feed",
}


BAR_WIDTH = 30


def format_duration(ms: float) -> str:
    seconds = int(round(ms / 1000))
    return f"{seconds // 60}:{seconds % 60:02d}"


class TerminalProgress:
    """Rewrites one status line on a terminal; prints one line per stage otherwise.

    A log file or CI capture should read as a sequence of plain lines, never
    carriage-return spinners.
    """

    def __init__(self, stream: TextIO | None = None, debug: bool = False):
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.debug = debug
        self._line = ""

    def _show(self, text: str) -> None:
        if self.live:
            pad = max(0, len(self._line) - len(text))
            self.stream.write("\r" + text + " " * pad)
            self.stream.flush()
            self._line = text
        else:
            click.echo(text, file=self.stream)

    def _end_line(self) -> None:
        if self.live and self._line:
            self.stream.write("\r" + " " * len(self._line) + "\r")
            self._line = ""

    def stage(self, slug: str, name: str) -> None:
        self._show(f"{slug}: {STAGE_WORDS.get(name, name)}")

    def clips(self, done: int, total: int) -> None:
        """One bar for the whole build's speaking, across every article and worker.

        Off a terminal: a plain line at each tenth, so a log shows it moving.
        """
        if self.live:
            filled = BAR_WIDTH * done // max(total, 1)
            self._show(f"speaking [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} clips")
        elif done == total or done * 10 // max(total, 1) != (done - 1) * 10 // max(total, 1):
            click.echo(f"speaking: {done} of {total} clips", file=self.stream)

    def notice(self, message: str) -> None:
        self._end_line()
        click.echo(f"note: {message}", file=self.stream)

    def finished(self, result: ArticleResult) -> None:
        self._end_line()
        if result.ok:
            ep = result.published.episode
            click.echo(
                f"{result.slug}: published, {format_duration(ep.duration_ms)} of audio "
                f"({result.synthesised} clips spoken, {result.cached} from cache)",
                file=self.stream,
            )
        else:
            click.echo(f"error: {result.error}", file=sys.stderr)
            if result.kept_previous:
                click.echo(f"{result.slug}: kept the episode published before", file=self.stream)
            if self.debug and result.detail:
                click.echo(result.detail, file=sys.stderr)
