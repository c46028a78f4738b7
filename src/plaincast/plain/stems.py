"""Word stems for comparing a sentence with its rewrite, with the word list's plain
words: the shared ground of the model checks (model_checks.py, answer_facts.py)."""

from __future__ import annotations

import re
from typing import Callable

PlainOf = Callable[[str], str]  # a word's plain words from the word list ("" if none)


STOPWORDS = frozenset(
    "a an the of to in on for and or but with at by from is are was were be been it its "
    "you your this that these those as if then than so not no do does did can may might "
    "will would should could have has had there their they them he she his her we our "
    "which who what when how all any some more most very also just only about into out".split())


def content_words(text: str) -> dict[str, str]:
    """Content words by crude stem: "fracture" / "fractures" / "fractured" and "bone" /
    "bones" share one."""
    found: dict[str, str] = {}
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"  # "diaries" and "diary", "babies" and "baby"
        # "need", "feed", "bleed" end in "ed" but are no past forms
        short_eed = len(word) <= 5 and word.endswith("eed")
        stem = re.sub(r"(ing|ed|s)$", "", word) if len(word) > 3 and not short_eed else word
        found.setdefault((stem.rstrip("e") or stem)[:5], word)
    return found


def content_stems(text: str) -> set[str]:
    return set(content_words(text))


def stems_with_plain(word: str, plain_of: PlainOf | None) -> set[str]:
    """A word's stems and its plain words' ("recommended" with "advised"); a verb's base
    form may be kept off the word list for its noun ("fresh produce") while its -s form
    is on it ("produces" -> "makes")."""
    plain = f"{plain_of(word)} {plain_of(word + 's')}" if plain_of else ""
    return content_stems(word) | content_stems(plain)


def sentence_stems(text: str, plain_of: PlainOf | None) -> set[str]:
    """The stems of a sentence's words and of their plain words."""
    return set().union(content_stems(text),
                       *(stems_with_plain(w, plain_of) for w in re.findall(r"[a-z]+", text.lower())))
