"""Whitespace and Unicode clean-up shared by every reader.

Curly quotes, apostrophes and dashes are kept as they are: they are part of
the text a reader sees, and the narration stage decides how to speak them.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that break words for the sentence splitter and the
# voice: soft hyphen, zero-width space/joiners, word joiner, BOM, Mongolian
# vowel separator.
# Also the bidirectional embeddings, overrides and isolates: they reorder what
# the page shows without changing what the voice says ("\u202eyadot" shows
# "today" but is read "yadot").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
# C0/C1 control characters other than tab and newline carry no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalize_text(text: str) -> str:
    """Unify line endings, compose Unicode (NFC), drop invisible and control characters.

    Line structure is kept, because the plain-text reader reads headings and
    levels from it; use `collapse` for the text inside one block.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\x0c", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_INVISIBLE)
    return _CONTROL.sub("", text)


def collapse(text: str) -> str:
    """One block's text on one line: every run of whitespace (including no-break spaces) becomes one space."""
    return " ".join(normalize_text(text).split())
