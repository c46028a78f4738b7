"""Timed transcripts from the same sample-exact timings: WebVTT, SRT,
chapters JSON (Podcasting 2.0, version 1.2.0) and plain text."""

from __future__ import annotations

import json
import re

from ..model import Chapter, Cue, Script
from .captions import cue_lines


_NUMBERED = re.compile(r"\d+\. ")


def _clock(ms: int, separator: str) -> str:
    hours, rest = divmod(int(ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _cue_ids(cues: tuple[Cue, ...]) -> list[str]:
    """Cue ids name the page sentence ("s12"; a long sentence's later pieces "s12-2")."""
    ids, counts = [], {}
    for number, cue in enumerate(cues, start=1):
        base = cue.sentence_id or f"c{number}"
        counts[base] = counts.get(base, 0) + 1
        ids.append(base if counts[base] == 1 else f"{base}-{counts[base]}")
    return ids


def _vtt_text(text: str) -> str:
    # WebVTT cue text: & and < start markup; "-->" may not appear at all
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_vtt(cues: tuple[Cue, ...]) -> str:
    blocks = ["WEBVTT"]
    for cue_id, cue in zip(_cue_ids(cues), cues):
        blocks.append(f"{cue_id}\n{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}\n"
                      f"{_vtt_text(cue_lines(cue.text))}")
    return "\n\n".join(blocks) + "\n"


def render_srt(cues: tuple[Cue, ...]) -> str:
    blocks = []
    for number, cue in enumerate(cues, start=1):
        text = cue_lines(cue.text.replace("-->", "->"))
        blocks.append(f"{number}\n{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}\n{text}")
    return "\n\n".join(blocks) + "\n"


def render_chapters_json(chapters: tuple[Chapter, ...]) -> str:
    document = {
        "version": "1.2.0",
        "chapters": [
            {"startTime": round(chapter.start_ms / 1000, 3), "title": chapter.title}
            for chapter in chapters
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_text(script: Script, narration) -> str:
    """What is said, as plain paragraphs: title, headings, sentences, list items.

    Paragraph and item ends are read from the pauses the script gives them.
    """
    paragraph_pause_ms = narration.paragraph_pause_ms
    item_pause_ms = narration.item_pause_ms
    lines: list[str] = []
    paragraph: list[str] = []
    item_open = False

    def flush():
        if paragraph:
            lines.append(" ".join(paragraph))
            lines.append("")
            paragraph.clear()

    for utterance in script.utterances:
        item_open = False if utterance.kind != "item" else item_open
        if utterance.kind in ("title", "heading", "closing"):
            flush()
            lines.extend([utterance.text, ""])
        elif utterance.kind == "item":
            flush()
            if item_open:
                lines[-1] += " " + utterance.text
            else:
                # numbered items carry their number in their text ("1. Wash ...")
                lines.append(utterance.text if _NUMBERED.match(utterance.text) else f"- {utterance.text}")
            item_open = utterance.pause_after_ms < min(item_pause_ms, paragraph_pause_ms)
            if utterance.pause_after_ms >= paragraph_pause_ms:
                lines.append("")
            continue
        else:
            paragraph.append(utterance.text)
            if utterance.pause_after_ms >= paragraph_pause_ms or utterance.kind == "lead_in":
                flush()
    flush()
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


__all__ = ["render_chapters_json", "render_srt", "render_text", "render_vtt"]
