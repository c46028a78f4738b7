"""The clinic's overrides: a small TOML file beside the article.

For an article `content/back-pain.md` the file is `content/back-pain.review.toml`:

    [[sentence]]
    original = "The exact original sentence, as the review page shows it."
    keep = true                  # publish the original sentence unchanged

    [[sentence]]
    original = "Another original sentence."
    text = "The clinic's own wording. It may be two sentences."

    [[sentence]]
    original = "A sentence the language model rewrote."
    approve = "The model's wording, exactly as the review page shows it."

`approve` matters with `[plain] require_review = true`: the model's rewrite is
published only when it is exactly the approved wording (a different model or prompt
that words it otherwise needs approving again); until then the rules' wording is used.

Entries are keyed by the original sentence text (spaces normalised), so they
survive edits elsewhere in the article; an entry whose sentence is gone is ignored.
The review page prints the exact entry to paste for every sentence.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

SUFFIX = ".review.toml"


@dataclass(frozen=True)
class Override:
    original: str
    keep: bool = False
    text: str = ""
    approve: str = ""  # the model rewrite the clinic approved


def key(sentence: str) -> str:
    return " ".join(sentence.split())


def overrides_path(source_path: Path | None) -> Path | None:
    if source_path is None:
        return None
    source_path = Path(source_path)
    return source_path.with_name(source_path.stem + SUFFIX)


def load_overrides(source_path: Path | None) -> dict[str, Override]:
    path = overrides_path(source_path)
    try:
        present = path is not None and path.is_file()
    except OSError:  # an article name near the file system's limit: no sidecar name fits
        present = False
    if not present:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path.name}: not valid TOML ({exc})") from None
    table = data.get("sentence", [])
    if not isinstance(table, list):
        raise ConfigError(f"{path.name}: use [[sentence]] entries")
    found: dict[str, Override] = {}
    for number, entry in enumerate(table, start=1):
        original = entry.get("original") if isinstance(entry, dict) else None
        if not isinstance(original, str) or not original.strip():
            raise ConfigError(f"{path.name}: sentence entry {number} needs original = \"...\"")
        keep = entry.get("keep", False)
        text = entry.get("text", "")
        approve = entry.get("approve", "")
        if not isinstance(keep, bool) or not isinstance(text, str) or not isinstance(approve, str):
            raise ConfigError(f"{path.name}: sentence entry {number}: keep is true/false, "
                              "text and approve are strings")
        if not keep and not text.strip() and not approve.strip():
            raise ConfigError(f"{path.name}: sentence entry {number} needs keep = true, "
                              "text = \"...\" or approve = \"...\"")
        found[key(original)] = Override(key(original), keep, key(text), key(approve))
    return found


def toml_string(text: str) -> str:
    # a JSON string with non-ASCII left as is is also a valid TOML basic string
    return json.dumps(text, ensure_ascii=False)


def snippet(original: str, wording: str | None = None, field: str = "text") -> str:
    """The entry a clinic pastes into the overrides file for one sentence
    (field "approve" approves a model rewrite as it stands)."""
    lines = ["[[sentence]]", f"original = {toml_string(key(original))}"]
    if wording is None:
        lines.append("keep = true")
    else:
        lines.append(f"{field} = {toml_string(wording)}")
    return "\n".join(lines) + "\n"
