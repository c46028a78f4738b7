"""Readability figures: Flesch-Kincaid grade, SMOG, Flesch reading ease.

Formulas (Kincaid et al. 1975; McLaughlin 1969; Flesch 1948):
  FK grade     = 0.39 * words/sentences + 11.8 * syllables/words - 15.59
  SMOG         = 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291
  reading ease = 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
List items count as sentences; headings are left out (callers pass sentences only).
"""

from __future__ import annotations

import math
import re

from ..model import Readability, Section
from .syllables import syllables

WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")


def words_of(sentence: str) -> list[str]:
    return WORD.findall(sentence)


def sentence_grade(sentence: str) -> float:
    words = words_of(sentence)
    if not words:
        return 0.0
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) + 11.8 * syl / len(words) - 15.59


def readability(sentences: list[str]) -> Readability:
    """Figures for a list of sentences (empty sentences ignored)."""
    counted = [words_of(s) for s in sentences]
    counted = [w for w in counted if w]
    n_sent = len(counted)
    n_words = sum(len(w) for w in counted)
    if not n_sent or not n_words:
        return Readability(0.0, 0.0, 0.0, 0.0, 0.0, 0, 0)
    syl_counts = [[syllables(w) for w in ws] for ws in counted]
    n_syl = sum(sum(s) for s in syl_counts)
    poly = sum(1 for s in syl_counts for c in s if c >= 3)
    wps = n_words / n_sent
    spw = n_syl / n_words
    fk = 0.39 * wps + 11.8 * spw - 15.59
    smog = 1.0430 * math.sqrt(poly * 30 / n_sent) + 3.1291
    ease = 206.835 - 1.015 * wps - 84.6 * spw
    easy = sum(
        1 for ws, ss in zip(counted, syl_counts)
        if 0.39 * len(ws) + 11.8 * sum(ss) / len(ws) - 15.59 <= 6.0
    )
    return Readability(
        fk_grade=round(fk, 2), smog=round(smog, 2), reading_ease=round(ease, 2),
        words_per_sentence=round(wps, 2), share_at_grade6=round(easy / n_sent, 3),
        sentences=n_sent, words=n_words,
    )


def section_readability(section: Section) -> Readability:
    return readability([s.text for s in section.all_sentences()])


def article_readability(sections) -> Readability:
    return readability([s.text for section in sections for s in section.all_sentences()])
