"""Caption cues that follow phrases, timed inside their sentence.

The rules are the common broadcast ones (BBC subtitle guidelines, Netflix
timed-text style, see SPECS.md): at most 2 lines of 42 characters, about 17
characters a second (20 at most), no cue under 1 second, no cue of one orphan
word; break at punctuation first, then before a conjunction or a preposition,
never between an article (or adjective) and its noun; the two lines balanced,
the bottom one longer when they differ.

A sentence is cut where the sum of those costs is lowest (dynamic programming
over the word boundaries), so a cue ends at a clause or phrase boundary rather
than wherever 84 characters run out.

Timing inside a sentence: Piper gives one clip per sentence, so a cue's share
of it is estimated. The proxy is syllables of the spoken form (numbers,
units and acronyms as said: "130/80" is six syllables, "CDC" three), plus one
syllable's time for each comma-like pause. Syllables track speaking time far
better than characters do: "mg/dL" is 5 characters and 8 syllables, "through"
7 characters and one syllable. Counts come from CMUdict (plain.syllables).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_table

LINE_CHARS = 42
MAX_LINES = 2
MIN_CUE_MS = 1000
TARGET_CPS = 17.0
MAX_CPS = 20.0

_CLAUSE_END = re.compile(r"[.;:!?\u2014][\"'\u2019\u201d)\]]*$")
_COMMA_END = re.compile(r"[,)][\"'\u2019\u201d)\]]*$")
_EDGE = re.compile(r"^[^\w$]+|[^\w%]+$")
_HAS_DIGIT = re.compile(r"\d")
_STEP_NUMBER = re.compile(r"\d+\.$")
_ADJECTIVE = re.compile(r"\w{3,}(?:al|ous|ive|ful|less|ic|able|ible|ary|ent|ant|ish)$")
_ORPHAN = 1000.0  # a cost no good cut pays: a cue under 1 s, or of one word
_PER_CUE = 4.0  # fewer cues read more easily, all else equal
_SHORT_CUE_S = 1.8  # shorter cues than this cost a little more the shorter they are
_FAST_CUE_CAP = 40.0  # the most a cue over the reading speed costs


@lru_cache(maxsize=1)
def _word_kinds() -> dict[str, str]:
    return {row[0]: row[1] for row in data_table("plaincast.audio", "caption_breaks.tsv")}


def _bare(word: str) -> str:
    return _EDGE.sub("", word).lower().replace("\u2019", "'")


def break_cost(words: list[str], index: int) -> float:
    """How bad a break is between words[index - 1] and words[index] (0 is best)."""
    before, after = words[index - 1], words[index]
    if index == 1 and _STEP_NUMBER.match(before):
        return 50.0  # "1. | Wash your hands": a step's number stays with the step
    if _CLAUSE_END.search(before):
        return 0.0
    if _COMMA_END.search(before):
        return 1.0
    kinds = _word_kinds()
    left, right = _bare(before), _bare(after)
    left_kind = kinds.get(left)
    if left_kind == "determiner":
        return 50.0  # "the | doctor": never
    if left_kind in ("preposition", "conjunction"):
        return 30.0  # "about | the goals", "goals that | are": it belongs to what follows
    if _HAS_DIGIT.search(left):
        return 25.0  # "80 | mg", "2 | to 3": a quantity stays whole
    if left_kind in ("auxiliary", "adverb"):
        return 15.0  # "can | help", "usually | fade"
    if _ADJECTIVE.match(left) and right not in kinds:
        return 12.0  # probably an adjective before its noun ("regular | checkups")
    right_kind = kinds.get(right)
    if right_kind == "conjunction":
        return 2.0
    if right_kind == "preposition":
        return 4.0
    return 10.0


@lru_cache(maxsize=4096)
def _layout(text: str) -> tuple[float, str] | None:
    """The best two-line layout of `text` and its cost; None when it cannot fit."""
    if len(text) <= LINE_CHARS:
        return 0.0, text
    words = text.split(" ")
    best: tuple[float, str] | None = None
    for index in range(1, len(words)):
        top, bottom = " ".join(words[:index]), " ".join(words[index:])
        if len(top) > LINE_CHARS or len(bottom) > LINE_CHARS:
            continue
        # balanced lines; the bottom one longer when they differ
        imbalance = abs(len(bottom) - len(top)) / 4 + (2 if len(top) > len(bottom) else 0)
        cost = break_cost(words, index) + imbalance
        if best is None or cost < best[0]:
            best = (cost, top + "\n" + bottom)
    return best


def cue_lines(text: str) -> str:
    """Cue text as at most two balanced lines (bottom line longer when uneven)."""
    text = " ".join(text.split())
    layout = _layout(text)
    if layout is None:  # a cue that cannot take two lines (an overlong word): plain wrapping
        return "\n".join(textwrap.wrap(text, LINE_CHARS)) or text
    return layout[1]


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """Speaking time of one written word, in syllables of its spoken form."""
    from ..narrate.spoken import to_spoken, unit_words
    from ..plain.syllables import syllables

    spoken = unit_words(_EDGE.sub("", word)) or to_spoken(word)
    count = sum(syllables(w) for w in re.findall(r"[A-Za-z']+", spoken))
    pause = 1.0 if (_CLAUSE_END.search(word) or _COMMA_END.search(word)) else 0.0
    return max(count, 1) + pause


@dataclass(frozen=True)
class Phrase:
    text: str
    start: float  # share of the sentence's time, 0..1
    end: float


def phrases(text: str, duration_ms: float) -> list[Phrase]:
    """The sentence `text`, spoken over `duration_ms`, cut into caption phrases."""
    words = text.split()
    if not words:
        return []
    weights = [word_weight(w) for w in words]
    total = sum(weights)
    offsets = [0.0]
    for weight in weights:
        offsets.append(offsets[-1] + weight / total)
    count = len(words)

    def piece_cost(first: int, stop: int) -> float:
        piece = " ".join(words[first:stop])
        layout = _layout(piece)
        if layout is None and stop - first > 1:
            return float("inf")  # (one overlong word cannot be cut: it stands alone)
        seconds = duration_ms * (offsets[stop] - offsets[first]) / 1000
        # a line break inside a cue matters less than a cut between cues: both lines are seen at once
        cost = _PER_CUE + (layout[0] / 2 if layout else 0.0)
        if stop - first == 1 and count > 1:
            cost += _ORPHAN
        if seconds < MIN_CUE_MS / 1000 and stop - first < count:
            cost += _ORPHAN
        elif stop - first < count:
            cost += 8 * max(0.0, _SHORT_CUE_S - seconds)  # a flash of a cue is hard to read
        cps = len(piece) / max(seconds, 1e-3)
        if cps > MAX_CPS:
            # (capped: once a cue is too fast to read whole, a cut inside a phrase costs the reader more
            # than a little more speed; uncapped, a few milliseconds of Piper's varying timing moved
            # "... at first | and usually fade ..." to "... and usually | fade ...")
            cost += min(20 * (cps - MAX_CPS), _FAST_CUE_CAP)
        elif cps > TARGET_CPS:
            cost += 2 * (cps - TARGET_CPS)
        if stop < count:
            cost += break_cost(words, stop)
        return cost

    best = [0.0] + [float("inf")] * count
    back = [0] * (count + 1)
    limit = MAX_LINES * (LINE_CHARS + 1)
    for stop in range(1, count + 1):
        length = -1
        for first in range(stop - 1, -1, -1):
            length += len(words[first]) + 1
            if length > limit and first < stop - 1:
                break
            cost = best[first] + piece_cost(first, stop)
            if cost < best[stop]:
                best[stop], back[stop] = cost, first
    cuts = []
    stop = count
    while stop > 0:
        cuts.append((back[stop], stop))
        stop = back[stop]
    return [Phrase(" ".join(words[first:stop]), offsets[first], offsets[stop])
            for first, stop in reversed(cuts)]


__all__ = ["LINE_CHARS", "MIN_CUE_MS", "Phrase", "break_cost", "cue_lines", "phrases", "word_weight"]
