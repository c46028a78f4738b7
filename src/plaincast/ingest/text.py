"""Plain-text articles: structure read from the shape of the lines.

The conventions are those of articles pasted out of a web page or a word
processor (see tests/fixtures/ingest/shapes.txt):

- the first line is the title;
- a heading is a short line of its own without closing punctuation (or ending
  in "?" or ":") followed by body text; a blank line after it makes it a
  top-level heading (level 1), no blank line a sub-heading (level 2);
- "- ", "* ", "• " and "1." / "1)" lines are list items;
- a line ending in ":" right before a list is the list's lead-in sentence,
  unless it is in Title Case ("Top Non-Surgical Options:" is a heading,
  "Other risk factors include:" is body text);
- everything else is a paragraph: one line each, or, in hard-wrapped files
  (lines broken at a fixed width), the lines up to the next blank line.

The closing author note is moved to the byline by the shared `finish`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plaincast.ingest.draft import Draft, word_list

MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
MAX_TITLE_CHARS = 200

_ITEM = re.compile(r"^\s*(?:(?P<bullet>[-*•‣◦▪–])|(?P<number>\d{1,3})[.)])\s+(?P<text>\S.*)$")
# Closing quotes and brackets are looked through: 'He said "stop."' ends in a period.
_TRAILING_CLOSERS = "\"'”’»)]"
_CLOSING_PUNCTUATION = ".!,;…"
# A sentence break inside the line ("The good news? Not every ...") means body text.
_INNER_BREAK = re.compile(r"[a-z]{2,}[.!?]\s+\S")
_DECORATION = re.compile(r"^[\W_]+$")  # "-----", "* * *", "====": separators, not text
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class _Line:
    text: str  # stripped
    blank: bool
    indent: int  # columns of leading white space, tabs as 4
    item: re.Match[str] | None


def parse_text(text: str, draft: Draft) -> None:
    lines = [_line(raw) for raw in text.split("\n")]
    index = _first_content(lines, 0)
    if index is None:
        return
    if len(lines[index].text) <= MAX_TITLE_CHARS and not lines[index].item:
        draft.title = lines[index].text
        index += 1
    wrapped = _is_hard_wrapped(lines[index:])
    # In a wrapped file a line near the wrap width that runs on into the next
    # line is a paragraph's first line, however much it looks like a heading.
    width = max((len(line.text) for line in lines[index:] if not line.blank), default=0) if wrapped else 0

    list_items: list[str] = []
    list_ordered = False

    def flush_list() -> None:
        nonlocal list_items
        if list_items:
            draft.items(list_items, ordered=list_ordered)
            list_items = []

    count = len(lines)
    while index < count:
        line = lines[index]
        if line.blank:
            index += 1
            continue
        if line.item:
            ordered = line.item.group("number") is not None
            if list_items and ordered != list_ordered:
                flush_list()
            list_ordered = ordered
            parts = [line.item.group("text")]
            index += 1
            # Continuation lines of a wrapped item: indented past the item's marker, or
            # (in wrapped files) the next line when this one ran to the wrap width
            # mid-sentence. A line at the marker's own indent is the text after a
            # nested list ("   - difficulty sleeping" / "   Mild AMS often gets better").
            while index < count and not lines[index].blank and not lines[index].item and (
                lines[index].indent > line.indent
                or (width and len(lines[index - 1].text) >= 0.6 * width and not _ends_sentence(parts[-1]))
            ):
                parts.append(lines[index].text)
                index += 1
            list_items.append(" ".join(parts))
            continue

        run_end = _lead_in_run(lines, index)
        if run_end > index and not (width and all(len(x.text) >= 0.6 * width for x in lines[index:run_end - 1])):
            flush_list()
            list_ordered = False
            list_items.extend(x.text for x in lines[index:run_end])
            index = run_end
            continue

        flush_list()
        following = _first_content(lines, index + 1)
        previous = lines[index - 1] if index > 0 else None
        if _is_heading(lines, index, following, previous, width):
            blank_after = following is not None and following > index + 1
            draft.heading(_heading_text(line.text), 1 if blank_after else 2)
            index += 1
            continue

        parts = [line.text]
        index += 1
        if wrapped:
            while index < count and not lines[index].blank and not lines[index].item:
                nxt = _first_content(lines, index + 1)
                if _ends_sentence(parts[-1]) and _is_heading(lines, index, nxt, lines[index - 1], width):
                    break
                parts.append(lines[index].text)
                index += 1
        draft.paragraph(" ".join(parts))
    flush_list()


def _line(raw: str) -> _Line:
    text = raw.strip()
    blank = not text or bool(_DECORATION.match(text))
    item = None if blank else _ITEM.match(raw)
    indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
    return _Line(text=text, blank=blank, indent=indent, item=item)


def _first_content(lines: list[_Line], start: int) -> int | None:
    for index in range(start, len(lines)):
        if not lines[index].blank:
            return index
    return None


def _is_heading(
    lines: list[_Line], index: int, following: int | None, previous: _Line | None, width: int, chain: bool = True
) -> bool:
    """`width` is the wrap width of a hard-wrapped file, 0 when lines are paragraphs."""
    line = lines[index]
    if not _heading_shape(line.text):
        return False
    if following is None:
        return False  # "followed by body text": a short last line is not a heading
    nxt = lines[following]
    if width:
        # A short line inside a wrapped paragraph is its last line, not a heading.
        if previous is not None and not previous.blank and not previous.item and not _ends_sentence(previous.text):
            return False
        if following == index + 1 and not nxt.item and len(line.text) >= 0.6 * width:
            return False
    if nxt.item or not _heading_shape(nxt.text):
        return True
    # A top heading (blank line after it) straight before a sub-heading
    # ("Everyday Changes" then "Eat Less Salt" then body) is a heading too;
    # runs of short lines without blank lines (addresses, sign-offs) are not.
    if not chain or following == index + 1:
        return False
    after = _first_content(lines, following + 1)
    return after is not None and _is_heading(lines, following, after, line, width, chain=False)


def _heading_shape(text: str) -> bool:
    """Short, starts like a heading, and ends like one (no closing punctuation, or "?" / Title Case ":")."""
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    start = text.lstrip("\"'“‘([")
    if not start or not (start[0].isupper() or start[0].isdigit()):
        return False
    if _INNER_BREAK.search(text):
        return False
    end = text.rstrip(_TRAILING_CLOSERS) or text
    last = end[-1]
    if last == ":":
        return is_title_case(end[:-1])
    if last == "?":
        return True
    return last not in _CLOSING_PUNCTUATION


def is_title_case(text: str) -> bool:
    """Every word but the small ones starts with a capital: "Top Non-Surgical Options"."""
    small = word_list("title_case_small_words.txt")
    words = _WORD.findall(text)
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in small]
    return bool(significant) and all(w[0].isupper() for w in significant)


def _heading_text(text: str) -> str:
    # The colon of "Top Non-Surgical Options:" is punctuation of the layout, not of the heading.
    return text[:-1].rstrip() if text.endswith(":") else text


def _lead_in_run(lines: list[_Line], index: int) -> int:
    """The end of a list whose items have no bullets, as pasted from a web page: two or more
    lines with no blank between them, right after a lead-in that ends in ":" ("tell your
    doctor if you:" then "have liver or kidney problems" ...), none but the last closing a
    sentence. `index` itself when the lines there are no such list."""
    if lines[index].blank or lines[index].item:
        return index
    before = index - 1
    while before >= max(0, index - 3) and lines[before].blank:  # a blank line or two after the lead-in
        before -= 1
    if before < 0 or lines[before].blank or lines[before].item or not lines[before].text.endswith(":") or \
            is_title_case(lines[before].text[:-1]):
        return index
    end = index
    while end < len(lines) and not lines[end].blank and not lines[end].item:
        end += 1
    run = lines[index:end]
    if end - index < 2 or any(_ends_sentence(x.text) for x in run[:-1]):
        return index
    # items start in lower case ("have liver problems") or none closes a sentence ("UPC: ...");
    # a capitalised line, then a line of sentences, is a heading and its paragraph
    if all(x.text[:1].islower() for x in run) or \
            not any(_ends_sentence(x.text) or _INNER_BREAK.search(x.text) for x in run):
        return end
    return index


def _ends_sentence(text: str) -> bool:
    end = text.rstrip(_TRAILING_CLOSERS) or text
    return end[-1:] in {".", "!", "?", ":", "…"}


def _is_hard_wrapped(lines: list[_Line]) -> bool:
    """True when paragraphs are broken over several lines at a fixed width.

    Long text lines that end mid-sentence and run straight into another text
    line are the sign; in one-paragraph-per-line files every long line ends
    its sentence.
    """
    long_lines = 0
    broken = 0
    # (lines of an unbulleted list run into each other without closing a sentence too)
    run_end = 0
    for i, (line, nxt) in enumerate(zip(lines, lines[1:])):
        if i >= run_end:
            run_end = _lead_in_run(lines, i)
        if line.blank or line.item or len(line.text) < 40 or i < run_end:
            continue
        long_lines += 1
        if not nxt.blank and not nxt.item and not _ends_sentence(line.text):
            broken += 1
    return broken >= 2 and broken >= 0.25 * long_lines
