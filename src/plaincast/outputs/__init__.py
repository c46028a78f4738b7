"""The output registry: every file under output/ comes from one registered output.

An output is a function that turns what the build made into files. It never
writes: it returns `OutputFile`s (bytes, or a finished file to link in), and
the publisher (`outputs.tree`) puts all of them into a new version of the
site at once, so a reader or a podcast app sees the old site or the new one,
never a mix (see tree.py).

Adding an output format is one module and one line:

1. Write `src/plaincast/outputs/epub.py`::

       from . import EpisodeView, OutputFile, register_output

       @register_output("epub", scope="episode")
       def epub(view: EpisodeView):
           slug = view.slug
           yield OutputFile(f"{slug}/{slug}.epub", data=make_epub(view.entry, view.settings))

   An "episode" output is called once per published episode, as soon as it
   is mastered, with an `EpisodeView` (the episode's entry: article, plain
   article, Episode with its media files, GUID and date; the settings; a
   scratch folder for big files made by other tools, handed back as
   `OutputFile(path, source=file)`). It sees that episode alone: the build
   lets go of the article's text once its files are placed.
   A "site" output is called once per build with a `SiteView` (every entry,
   newest first, with titles, metadata and timings but not the articles'
   text). `order` sorts outputs; the feed has the highest (it is rendered
   last, and names only files the others made).

   Files are compared with what is published: an output that makes the same
   bytes again changes nothing (so make them reproducibly: no timestamps).

2. Add its module name to `BUILT_IN` below.

Datasette's `register_output_renderer` and Pelican's writers are the models:
renderers return content, one writer owns the disk.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Literal

from ..config import Settings

Scope = Literal["episode", "site"]

# Output modules in this package, imported (and so registered) on first use.
BUILT_IN = ("media", "pages", "site", "books", "feed")


@dataclass(frozen=True)
class OutputFile:
    """One published file: `path` is relative to output/ with "/" separators.

    Give `data` for content made in memory, or `source` for a finished file
    on disk (an MP3 from mastering); the publisher links or copies it in.
    """

    path: str
    data: bytes | None = None
    source: Path | None = None

    def __post_init__(self) -> None:
        if (self.data is None) == (self.source is None):
            raise ValueError(f"{self.path}: give data or source, not both or neither")
        if self.path.startswith("/") or ".." in self.path.split("/"):
            raise ValueError(f"{self.path}: an output path stays inside output/")

    @classmethod
    def text(cls, path: str, text: str) -> "OutputFile":
        return cls(path, data=text.encode("utf-8"))


@dataclass(frozen=True)
class EpisodeView:
    """What an episode output sees: one published episode."""

    entry: object  # site.pages.EpisodeEntry (item, guid, published, summary, mp3_size)
    settings: Settings
    scratch: Path  # a folder of this build's for big files made by other tools
    # the version output/ shows now, if any: an output whose inputs did not
    # change hands back its file from there instead of making it again
    published: Path | None = None

    @property
    def slug(self) -> str:
        return self.entry.slug


@dataclass(frozen=True)
class SiteView:
    """What a site output sees: every published episode, newest first."""

    entries: list
    settings: Settings
    cover_name: str  # "cover.png" or "cover.jpg", as the cover output writes it
    scratch: Path | None = None  # as EpisodeView's, for the site's big files
    published: Path | None = None  # as EpisodeView's
    # the build's cache folder: what outputs keep between builds, keyed by their
    # inputs (the audiobook's AAC parts, encoded when each episode is mastered)
    cache: Path | None = None


@dataclass(frozen=True)
class Output:
    name: str
    scope: Scope
    render: Callable[..., Iterable[OutputFile]]
    order: int = 50


_REGISTRY: dict[str, Output] = {}
_loaded = False


def register_output(name: str, *, scope: Scope = "episode", order: int = 50):
    """Decorator: register `render(view) -> Iterable[OutputFile]` under `name`."""
    def decorate(render: Callable[..., Iterable[OutputFile]]):
        _REGISTRY[name] = Output(name=name, scope=scope, render=render, order=order)
        return render
    return decorate


def registered(scope: Scope | None = None) -> list[Output]:
    """The registered outputs (of `scope`), lowest order first."""
    global _loaded
    if not _loaded:
        for module in BUILT_IN:
            importlib.import_module(f"{__name__}.{module}")
        _loaded = True
    return sorted((o for o in _REGISTRY.values() if scope is None or o.scope == scope),
                  key=lambda o: (o.order, o.name))


__all__ = ["BUILT_IN", "EpisodeView", "Output", "OutputFile", "SiteView", "register_output",
           "registered"]
