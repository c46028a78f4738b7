"""Pronunciation lexicon: medical words the voices get wrong.

File format (TSV, UTF-8, '#' starts a comment line):

    word<TAB>IPA<TAB>respelling

The script stays engine-neutral: the entry is data, and each engine is given
it its own way (see pronounce.py): Piper the IPA through its ``[[ phonemes ]]``
input, espeak-ng the same sounds in its own ``[[ ]]`` phoneme mnemonics, gTTS
the respelling. The project ships two files: data/lexicon-cmudict.tsv, grown
from CMUdict by scripts/grow_lexicon.py, and data/lexicon.tsv, curated (drug
names CMUdict lacks), which wins. A clinic adds its own file through
``[narration] lexicon = ["my-words.tsv"]``; later files override earlier ones
word by word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..datafiles import data_text
from ..errors import ConfigError
from .pronounce import ipa_to_espeak

BUNDLED = ("lexicon-cmudict.tsv", "lexicon.tsv")  # later files win


@dataclass(frozen=True)
class Entry:
    word: str
    ipa: str
    respelling: str


@dataclass(frozen=True)
class Lexicon:
    entries: dict[str, Entry]
    _compiled: list = field(default_factory=list, compare=False, repr=False)

    def apply(self, text: str, engine: str) -> str:
        """Replace lexicon words in `text` with what `engine` should be given."""
        if not self.entries:
            return text
        return self._pattern().sub(lambda m: self._replace(m, engine), text)

    def _pattern(self) -> re.Pattern:
        if not self._compiled:  # built once per lexicon: hundreds of words
            words = sorted(self.entries, key=len, reverse=True)
            # Trailing punctuation is captured so it can move inside the phoneme
            # block: Piper drops punctuation (and the pause) right after "]]".
            self._compiled.append(re.compile(
                r"(?<![\w\[-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])([,.;:!?]*)",
                re.IGNORECASE,
            ))
        return self._compiled[0]

    def _replace(self, match: re.Match, engine: str) -> str:
        entry = self.entries[match.group(1).lower()]
        punctuation = match.group(2)
        if engine == "piper" and entry.ipa:
            return f"[[ {entry.ipa}{punctuation} ]]"
        if engine in ("espeak", "espeak-ng") and entry.ipa:
            # espeak-ng reads [[ ]] as its own phoneme mnemonics; punctuation stays outside
            return f"[[{ipa_to_espeak(entry.ipa)}]]{punctuation}"
        # gTTS takes only text: the respelling, in lower case so no syllable is read as letters
        return (entry.respelling.lower() or match.group(1)) + punctuation


def parse_lexicon(text: str, source: str) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 2 or not parts[0] or not (parts[1] or (len(parts) > 2 and parts[2])):
            raise ConfigError(f"{source}:{number}: expected word<TAB>IPA<TAB>respelling")
        if "[" in parts[1] or "]" in parts[1]:
            raise ConfigError(f"{source}:{number}: IPA must not contain brackets")
        respelling = parts[2] if len(parts) > 2 else ""
        entries[parts[0].lower()] = Entry(parts[0], parts[1], respelling)
    return entries


@lru_cache(maxsize=1)
def _bundled() -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for name in BUNDLED:
        entries.update(parse_lexicon(data_text("plaincast.narrate", name), name))
    return entries


def load_lexicon(extra: tuple[Path, ...] = ()) -> Lexicon:
    """The project lexicon plus any clinic files, later files winning."""
    entries = dict(_bundled())
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{Path(path).name}: lexicon file not found") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{Path(path).name}: lexicon file is not UTF-8") from None
        entries.update(parse_lexicon(text, Path(path).name))
    return Lexicon(entries)


__all__ = ["Entry", "Lexicon", "load_lexicon", "parse_lexicon"]
