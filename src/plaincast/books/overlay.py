"""Media overlay clips: which element of the content document each stretch of the MP3 reads.

The episode's cues already carry each sentence's exact start and end (from
sample offsets, see audio.timeline). Here they become one clip per spoken
element - the title, each heading, each sentence (list items included), the
closing - laid back to back from 0 to the end of the MP3, so a reading app
that follows the overlay never falls into a gap and the clips add up to the
episode's duration exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Episode, PlainArticle

TITLE_ID = "title"
CLOSING_ID = "closing"


@dataclass(frozen=True)
class OverlayClip:
    target: str  # id of the element in the content document
    begin_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.begin_ms


def _target(cue_sentence_id: str, section_index: int, seen_section: bool, plain: PlainArticle) -> str:
    if cue_sentence_id:
        return cue_sentence_id
    if 0 <= section_index < len(plain.sections):
        return plain.sections[section_index].id  # the heading carries the section's id
    # the title comes before every section; the closing after them
    return CLOSING_ID if seen_section else TITLE_ID


def overlay_clips(plain: PlainArticle, episode: Episode) -> tuple[OverlayClip, ...]:
    """Clips in document order; each begins where the previous one ends, the last ends with the MP3."""
    starts: list[tuple[str, int]] = []
    seen_section = False
    for cue in episode.cues:
        target = _target(cue.sentence_id, cue.section_index, seen_section, plain)
        seen_section = seen_section or cue.section_index >= 0
        if starts and starts[-1][0] == target:
            continue  # a long sentence split over several cues is one clip
        starts.append((target, cue.start_ms))
    clips = []
    for position, (target, start) in enumerate(starts):
        begin = 0 if position == 0 else start
        end = starts[position + 1][1] if position + 1 < len(starts) else episode.duration_ms
        clips.append(OverlayClip(target, begin, end))
    return tuple(clips)


def smil_clock(ms: int) -> str:
    """A SMIL full clock value, 'h:mm:ss.mmm' (EPUB Media Overlays 3.3 clock values)."""
    hours, rest = divmod(int(ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def clock_ms(clock: str) -> int:
    """smil_clock's value back in milliseconds."""
    hours, minutes, seconds = clock.split(":")
    return (int(hours) * 60 + int(minutes)) * 60_000 + round(float(seconds) * 1000)


__all__ = ["CLOSING_ID", "TITLE_ID", "OverlayClip", "clock_ms", "overlay_clips", "smil_clock"]
