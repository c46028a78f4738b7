"""Sentence splitting: NLTK Punkt with the project's abbreviations, plus line structure.

Punkt's trained models need NLTK data that cannot be downloaded here (nor on a
clinic's offline machine), so the tokenizer runs untrained, from
PunktParameters holding the abbreviations health text uses. NLTK is imported on
first use, not at start-up: importing it costs most of a second.
Before splitting, the text's lines are read for structure Punkt cannot see:
bullet and numbered items, short heading lines and lead-in lines ending in ":"
each stand alone. After it runs, an abbreviation that can also end a sentence
("a.m.", "etc.") is split when the next word is a usual sentence opener, and so is a
letter named by the word before it ("vitamin D.") when a capitalised word follows.
Accuracy is measured on the boundary set in tests/data/sentence_boundaries.txt.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "jr", "sr", "st", "vs", "etc", "e.g", "i.e", "no", "nos",
    "u.s", "u.k", "a.m", "p.m", "approx", "fig", "figs", "inc", "ltd", "mt", "prof",
    "ph.d", "m.d", "r.n", "b.s", "m.s", "dept", "est", "min", "max", "hr", "hrs", "sec",
    "cm", "mm", "kg", "mg", "mcg", "ml", "oz", "lb", "lbs", "tsp", "tbsp", "wk", "wks",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "al", "ca", "cf", "ed", "eds", "vol", "pp", "p", "ave", "blvd", "rd",
}
UNIT_END = re.compile(r"\d\s*(?:mg|mcg|kg|ml|mL|cm|mm|oz|lb|lbs|g)\.\s+([A-Z][\w'’]*)")
# abbreviations that often end a sentence too: split after them before a usual opener
SENTENCE_END_ABBREVIATIONS = ("a.m.", "p.m.", "etc.", "U.S.", "U.K.")
OPENERS = frozenset(
    "I You He She It We They This That These Those There The A An My Your Our Their His Her "
    "Both Each Every Most Many Some All If When Call Ask Take Do Don't Talk Tell Keep "
    "But And So Then Also".split()
)
# after a time of day a capital starts a sentence ("between 10 a.m. and 2 p.m. Try to ..."),
# unless it names the day, the month or the time zone ("9 a.m. Monday", "5 p.m. ET")
TIMES_OF_DAY = ("a.m.", "p.m.")
TIME_FOLLOWERS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Eastern Central Mountain Pacific "
    "Atlantic Alaska Hawaii Greenwich Universal Local Standard Daylight".split()
)
BULLET = re.compile(r"^\s*(?:[-*•‣◦–—]|\d{1,2}[.)]|[a-z][.)])\s+")
# a line ending in one of these words runs on into the next line: not a heading
CONTINUING = frozenset(
    "a an the and or but of to in on at by for with from as that which who your my our their "
    "is are was were be can may will".split()
)
TERMINAL = ".!?:;\"'”’)"


def _import_punkt():
    """nltk's Punkt module, imported without scipy.

    Importing anything from nltk runs its package __init__, which loads
    scipy.stats and scipy.sparse for a collocation statistic and a parser that
    Punkt never uses: 0.7 s of a 1-second import, paid by every build. nltk
    falls back by itself where scipy is missing, and a None in sys.modules
    makes it missing for this one import (unless either is loaded already).
    """
    hide = "nltk" not in sys.modules and "scipy" not in sys.modules
    if hide:
        sys.modules["scipy"] = None  # type: ignore[assignment]
    try:
        from nltk.tokenize import punkt
    finally:
        if hide and sys.modules.get("scipy", False) is None:
            del sys.modules["scipy"]
    return punkt


@lru_cache(maxsize=1)
def _punkt():
    punkt = _import_punkt()
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params)


# Untrained Punkt has no statistics for initials, so it ends a sentence at
# "O. J." or "J. Smith"; a lone capital with a period joins the next piece.
INITIAL_END = re.compile(r"(?:^|[\s\"'“‘(])[A-Z]\.[\"'”’)]*$")
# Punkt reads any lone capital with a period as an initial; one named by the lower-case word
# before it ends the sentence when a capitalised word follows: "Very few foods contain
# vitamin D. Fatty fish ..." (an initial follows a name: "John F. Kennedy")
NAMED_LETTER = re.compile(r"\b[a-z]+\s+[A-Z]\.\s+(?=[A-Z][a-z])")


def _split_chunk(chunk: str) -> list[str]:
    pieces: list[str] = []
    for piece in _punkt().tokenize(chunk):
        piece = piece.strip()
        if pieces and INITIAL_END.search(pieces[-1]) and piece[:1].isalpha():
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece:
            pieces.append(piece)
    return pieces


def _chunks(text: str) -> list[str]:
    """Break text at its own line structure: items, headings, lead-ins, blank lines."""
    chunks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            chunks.append(" ".join(current))
            current.clear()

    lines = text.splitlines()
    in_item = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            flush()
            in_item = False
            continue
        bullet = BULLET.match(line)
        if bullet:
            flush()
            current.append(line[bullet.end():])
            in_item = True
            continue
        if in_item and line[:1].isupper():
            flush()  # a capital after an item starts new text; a wrapped item goes on in lower case
        in_item = False
        is_last = index == len(lines) - 1
        following = lines[index + 1].strip() if not is_last else ""
        heading_like = (not is_last and line[-1] not in TERMINAL + "," and
                        len(line.split()) <= 10 and line[:1].isupper() and
                        (following[:1].isupper() or BULLET.match(following) is not None) and
                        line.split()[-1].lower() not in CONTINUING)
        if heading_like and not current:
            chunks.append(line)
            continue
        current.append(line)
        if line.endswith(":"):
            flush()
    flush()
    return chunks


def _starts_a_sentence(word: str) -> bool:
    """A capitalised word after a time of day that names no day, month or zone ("ET")."""
    bare = word.rstrip(".,;:")
    return bare[:1].isupper() and bare.isalpha() and not bare.isupper() \
        and bare not in TIME_FOLLOWERS


def _split_at_known_ends(sentence: str) -> list[str]:
    """The sentence split where Punkt missed an end: after a named letter ("vitamin D.")
    and after an abbreviation that can end a sentence ("a.m.", "etc.")."""
    pieces, start = [], 0
    for m in NAMED_LETTER.finditer(sentence):
        pieces.append(sentence[start:m.end()].strip())
        start = m.end()
    pieces.append(sentence[start:].strip())
    # a unit after a number takes no stop of its own, so "receive 100 mg. Ideally, ..." ends
    # a sentence (Punkt keeps "mg" as an abbreviation for "mg. per day" and names)
    out = []
    for piece in pieces:
        start = 0
        for m in UNIT_END.finditer(piece):
            if _starts_a_sentence(m.group(1)):
                out.append(piece[start:m.start(1)].strip())
                start = m.start(1)
        out.append(piece[start:].strip())
    pieces = [p for p in out if p]
    for abbrev in SENTENCE_END_ABBREVIATIONS:
        out = []
        for piece in pieces:
            start = 0
            for m in re.finditer(re.escape(abbrev) + r"\s+(\S+)", piece):
                word = m.group(1).strip("\"“‘'")
                if word in OPENERS or abbrev in TIMES_OF_DAY and _starts_a_sentence(word):
                    out.append(piece[start:m.start(1)].strip())
                    start = m.start(1)
            out.append(piece[start:].strip())
        pieces = [p for p in out if p]
    return pieces


# A sentence is never sent to the voice whole past these sizes: Piper's memory
# grows with the square of an utterance's length (10,000 numbers in a row
# asked onnxruntime for 3 TB). Real sentences stay far below them.
# a long agency sentence stays whole (66 words; an 82-word news lead of 467 characters was cut
# at 80 words into a fragment "and the family members ..., to make sure ..."); the characters
# bound the voice
MAX_SENTENCE_WORDS = 120
# (a 66-word news-release lead runs to 430 characters: cut at 400 it lost its last words to a
# "sentence" of their own, "Street and Pruitt Avenue, causing ...")
MAX_SENTENCE_CHARS = 600
DECORATION = re.compile(r"(?<!\S)[^\w\s]{4,}(?!\S)")
MAX_WORD_CHARS = 80


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; whitespace-only pieces are dropped."""
    sentences: list[str] = []
    for chunk in _chunks(text):
        chunk = " ".join(chunk.split())
        if not chunk:
            continue
        for sentence in _split_chunk(chunk):
            for piece in _split_at_known_ends(sentence.strip()):
                sentences.extend(_bounded(_without_decoration(piece)))
    return [s for s in sentences if s]


def _without_decoration(sentence: str) -> str:
    """The sentence without runs of four or more symbols ("****", "====", "&&&&&&").

    They are decoration or debris, not words: the voice would read each
    symbol aloud ("asterisk asterisk ..."), for half an hour in one trial.
    """
    if not DECORATION.search(sentence):
        return sentence
    return " ".join(w for w in sentence.split() if not DECORATION.fullmatch(w))


def _bounded(sentence: str) -> list[str]:
    """The sentence in pieces of at most MAX_SENTENCE_WORDS words and MAX_SENTENCE_CHARS characters.

    Cut after a comma when one comes past the middle; a "word" longer than
    MAX_WORD_CHARS (a run of digits or symbols) is cut too.
    """
    words = sentence.split()
    if len(words) <= MAX_SENTENCE_WORDS and len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    tokens = [w[i:i + MAX_WORD_CHARS] for w in words for i in range(0, len(w), MAX_WORD_CHARS)]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for token in tokens:
        current.append(token)
        size += len(token) + 1
        if len(current) >= MAX_SENTENCE_WORDS or size >= MAX_SENTENCE_CHARS - MAX_WORD_CHARS or (
                len(current) >= MAX_SENTENCE_WORDS // 2 and token.endswith((",", ";", ":"))):
            pieces.append(" ".join(current))
            current, size = [], 0
    if current:
        pieces.append(" ".join(current))
    return pieces
