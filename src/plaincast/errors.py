"""Errors a user can act on. Each carries one line that names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class PlaincastError(Exception):
    """An error shown to the user as one line, without a traceback."""


class InputError(PlaincastError):
    """An article that cannot be read (empty, binary, undecodable, unsupported, too large)."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class EngineError(PlaincastError):
    """A voice engine that cannot run (not installed, offline, bad voice file)."""


class ConfigError(PlaincastError):
    """plaincast.toml or an option has a value that cannot work."""


class ModelError(ConfigError):
    """A language model that must not or cannot be used (hash mismatch, unloadable file).
    It would fail every article the same way, so it stops the build with one line."""
