"""Settings from plaincast.toml, with defaults so that no file is needed.

plaincast.toml (all keys optional):

    [show]
    title = "Plain Health"
    author = "..."
    email = "..."
    base_url = "https://example.org/plaincast/"   # unset: the feed points at the preview address
    language = "en-us"
    category = "Health & Fitness"
    subcategory = "Medicine"
    copyright = "..."
    description = "..."
    explicit = false
    locked = false               # podcast:locked: true stops other hosts importing the feed
    cover = "cover.png"          # optional; generated when absent
    license = "CC-BY-4.0"        # optional; podcast:license on every episode (an SPDX id or a name)
    license_url = ""             # optional; where the licence text is

    [voice]
    engine = "piper"             # piper | espeak | gtts
    voice = ""                   # piper .onnx path, espeak voice, or gtts language
    length_scale = 1.1

    [narration]
    sentence_pause_ms = 350
    paragraph_pause_ms = 700
    section_pause_ms = 1200
    item_pause_ms = 450
    closing = "This is general health information, not medical advice. ..."
    lexicon = ["my-words.tsv"]   # extra pronunciation lexicons

    [plain]
    glossary = ["clinic-glossary.tsv"]   # extra lay-term glossaries
    enabled = true
    rewriter = "model"           # model | rules: the language model after the rules, or rules only
    model = ""                   # "" (Qwen2.5-Coder-1.5B from plaincast[model]), "small", or a .gguf path
    threads = 0                  # model threads; 0 = the machine's cores
    require_review = false       # publish a model rewrite only once approved in the overrides file
    lists = true                 # a sentence ending in a long series becomes its lead-in and a list

    [build]
    executor = "local"           # serial | local | dask: where clips are spoken
    jobs = 0                     # local/LocalCluster workers; 0 = this machine's cores
    scheduler = ""               # dask: tcp://host:8786 of a running cluster; "" = LocalCluster
    shared_cache = false         # dask: workers store clips in cache_dir themselves (shared storage)
    max_words = 20000            # a longer article is refused with one line

    [epub]
    enabled = true               # a talking book (EPUB 3, media overlays) per article
    library = true               # and output/library.epub with every episode

    [audiobook]
    enabled = true               # output/library.m4b: every episode in one file, with chapters
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError
from .model import VoiceSettings
from .schema import check_table, limits

CONFIG_NAME = "plaincast.toml"
# Where `plaincast serve` answers by default: the feed's address until [show] base_url is set.
PREVIEW_URL = "http://127.0.0.1:8000/"


@dataclass(frozen=True)
class ShowSettings:
    title: str = "Plain Health"
    author: str = "plaincast"
    email: str = "podcast@example.org"
    # empty: the feed points at the local preview address (PREVIEW_URL) and the build says so
    base_url: str = field(default="", metadata=limits(web_url=True))
    language: str = field(default="en-us", metadata=limits(
        pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", meaning="a language tag such as en or en-us"))
    category: str = "Health & Fitness"
    subcategory: str = "Medicine"
    copyright: str = "Example articles written for plaincast. CC BY 4.0."
    description: str = (
        "Health articles rewritten in plain language and read aloud, "
        "for listeners with low vision and for clinic waiting rooms."
    )
    explicit: bool = False
    locked: bool = False
    cover: str = ""
    license: str = ""
    license_url: str = ""

    @property
    def url(self) -> str:
        base = self.base_url.strip() or PREVIEW_URL
        return base if base.endswith("/") else base + "/"

    def episode_author(self, article_author: str) -> str:
        """The article's own author (front matter or byline), else the show's."""
        return " ".join(article_author.split()) or self.author


# A pause longer than five seconds sounds like the episode has stopped.
_PAUSE = limits(low=0, high=5000)


@dataclass(frozen=True)
class NarrationSettings:
    sentence_pause_ms: int = field(default=350, metadata=_PAUSE)
    paragraph_pause_ms: int = field(default=700, metadata=_PAUSE)
    section_pause_ms: int = field(default=1200, metadata=_PAUSE)
    item_pause_ms: int = field(default=450, metadata=_PAUSE)
    closing: str = (
        "This is general health information, not medical advice. "
        "Talk to your doctor or nurse about your own care."
    )
    lexicon: tuple[str, ...] = ()


REWRITERS = ("model", "rules")


def _default_rewriter() -> str:
    # PLAINCAST_REWRITER only changes the default (the test suite sets "rules" so that
    # article builds never start the model); plaincast.toml still wins
    return os.environ.get("PLAINCAST_REWRITER") or "model"


@dataclass(frozen=True)
class PlainSettings:
    enabled: bool = True
    glossary: tuple[str, ...] = ()
    rewriter: str = field(default_factory=_default_rewriter, metadata=limits(choices=REWRITERS))
    model: str = ""  # "" = the packaged default, "small", or a path to a .gguf file
    threads: int = field(default=0, metadata=limits(low=0, high=256))  # 0 = the machine's cores
    require_review: bool = False
    lists: bool = True  # a sentence that ends in a long series is published as a list

    def __post_init__(self) -> None:
        # the schema checks plaincast.toml; this also catches PLAINCAST_REWRITER and --rewriter
        if self.rewriter not in REWRITERS:
            raise ConfigError(f"{CONFIG_NAME}: [plain] rewriter must be one of "
                              f"{', '.join(REWRITERS)}, not {self.rewriter!r}")


@dataclass(frozen=True)
class BuildSettings:
    executor: str = field(default="local", metadata=limits(choices=("serial", "local", "dask")))
    jobs: int = field(default=0, metadata=limits(low=0, high=1024))
    scheduler: str = ""
    shared_cache: bool = False
    # An article this long would hold the voice for hours while the others
    # wait; 20,000 words is about two hours of audio.
    max_words: int = field(default=20_000, metadata=limits(low=1, high=1_000_000))


@dataclass(frozen=True)
class EpubSettings:
    enabled: bool = True
    library: bool = True


@dataclass(frozen=True)
class AudiobookSettings:
    enabled: bool = True


@dataclass(frozen=True)
class Settings:
    show: ShowSettings = field(default_factory=ShowSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    narration: NarrationSettings = field(default_factory=NarrationSettings)
    plain: PlainSettings = field(default_factory=PlainSettings)
    build: BuildSettings = field(default_factory=BuildSettings)
    epub: EpubSettings = field(default_factory=EpubSettings)
    audiobook: AudiobookSettings = field(default_factory=AudiobookSettings)
    # where the config file was found; relative paths in it are relative to this
    root: Path = field(default_factory=Path.cwd)

    def resolve(self, path: str) -> Path:
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.root / p


def load_settings(path: Path | None = None, search_dir: Path | None = None) -> Settings:
    """Read plaincast.toml from `path`, else from `search_dir` (or cwd) if present, else defaults."""
    if path is None:
        candidate = (search_dir or Path.cwd()) / CONFIG_NAME
        path = candidate if candidate.is_file() else None
    if path is None:
        return Settings(root=(search_dir or Path.cwd()).resolve())
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: config file cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{Path(path).name}: not valid TOML ({exc})") from None
    # Every table is a dataclass field of Settings; the schema checks each value.
    tables = {f.name: f.default_factory for f in fields(Settings) if f.name != "root"}
    unknown = set(data) - set(tables)
    if unknown:
        raise ConfigError(f"{CONFIG_NAME}: unknown table [{sorted(unknown)[0]}]")
    return Settings(
        **{name: cls(**check_table(cls, data.get(name, {}), name, CONFIG_NAME))
           for name, cls in tables.items()},
        root=Path(path).resolve().parent,
    )


__all__ = [
    "AudiobookSettings", "BuildSettings", "CONFIG_NAME", "EpubSettings", "NarrationSettings",
    "PREVIEW_URL", "PlainSettings", "Settings", "ShowSettings",
    "load_settings", "replace",
]
