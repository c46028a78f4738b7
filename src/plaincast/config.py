"""Settings from plaincast.toml, with defaults so that no file is needed.

plaincast.toml (all keys optional):

    [show]
    title = "Plain Health"
    author = "..."
    email = "..."
    base_url = "https://example.org/plaincast/"
    language = "en-us"
    category = "Health & Fitness"
    subcategory = "Medicine"
    copyright = "..."
    description = "..."
    explicit = false
    locked = false               # podcast:locked: true stops other hosts importing the feed
    cover = "cover.png"          # optional; generated when absent

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
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import VoiceSettings

CONFIG_NAME = "plaincast.toml"


@dataclass(frozen=True)
class ShowSettings:
    title: str = "Plain Health"
    author: str = "plaincast"
    email: str = "podcast@example.org"
    base_url: str = "http://127.0.0.1:8000/"
    language: str = "en-us"
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

    @property
    def url(self) -> str:
        return self.base_url if self.base_url.endswith("/") else self.base_url + "/"


@dataclass(frozen=True)
class NarrationSettings:
    sentence_pause_ms: int = 350
    paragraph_pause_ms: int = 700
    section_pause_ms: int = 1200
    item_pause_ms: int = 450
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
    rewriter: str = field(default_factory=_default_rewriter)  # one of REWRITERS
    model: str = ""  # "" = the packaged default, "small", or a path to a .gguf file
    threads: int = 0  # 0 = the machine's cores
    require_review: bool = False

    def __post_init__(self) -> None:
        if self.rewriter not in REWRITERS:
            raise ConfigError(f"{CONFIG_NAME}: [plain] rewriter must be one of "
                              f"{', '.join(REWRITERS)}, not {self.rewriter!r}")
        if self.threads < 0:
            raise ConfigError(f"{CONFIG_NAME}: [plain] threads must be 0 (all cores) or more")


@dataclass(frozen=True)
class Settings:
    show: ShowSettings = field(default_factory=ShowSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    narration: NarrationSettings = field(default_factory=NarrationSettings)
    plain: PlainSettings = field(default_factory=PlainSettings)
    # where the config file was found; relative paths in it are relative to this
    root: Path = field(default_factory=Path.cwd)

    def resolve(self, path: str) -> Path:
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.root / p


def _section(cls: type, table: dict[str, Any], name: str):
    known = {f.name: f for f in fields(cls)}
    values = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{CONFIG_NAME}: unknown key [{name}] {key}")
        default = getattr(cls(), key)
        if isinstance(default, tuple):
            if isinstance(value, str):
                value = (value,)
            value = tuple(value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"{CONFIG_NAME}: [{name}] {key} must be true or false")
        elif isinstance(default, (int, float)) and not isinstance(value, (int, float)):
            raise ConfigError(f"{CONFIG_NAME}: [{name}] {key} must be a number")
        elif isinstance(default, int) and not isinstance(default, bool):
            value = int(value)
        values[key] = value
    return cls(**values)


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
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{Path(path).name}: not valid TOML ({exc})") from None
    unknown = set(data) - {"show", "voice", "narration", "plain"}
    if unknown:
        raise ConfigError(f"{CONFIG_NAME}: unknown table [{sorted(unknown)[0]}]")
    return Settings(
        show=_section(ShowSettings, data.get("show", {}), "show"),
        voice=_section(VoiceSettings, data.get("voice", {}), "voice"),
        narration=_section(NarrationSettings, data.get("narration", {}), "narration"),
        plain=_section(PlainSettings, data.get("plain", {}), "plain"),
        root=Path(path).resolve().parent,
    )


__all__ = [
    "CONFIG_NAME", "NarrationSettings", "PlainSettings", "Settings", "ShowSettings",
    "load_settings", "replace",
]
