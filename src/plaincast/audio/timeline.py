"""Joining clips and pauses, and knowing where every sentence and section starts.

Clips are laid end to end with the script's pauses as digital silence, by
sample count: no crossfade, no estimate. Cue and chapter times come from the
same sample offsets, so the transcript and the chapters match the sound.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Chapter, Clip, Cue, Script
from .captions import MIN_CUE_MS, phrases

OUTPUT_RATE = 44100


@dataclass(frozen=True)
class Timeline:
    samples: np.ndarray  # float32 mono at `sample_rate` (the clips' rate)
    sample_rate: int
    cues: tuple[Cue, ...]
    chapters: tuple[Chapter, ...]
    # (start, end) sample offsets of each clip, for tests and callers
    spans: tuple[tuple[int, int], ...]

    @property
    def duration_ms(self) -> int:
        return round(1000 * len(self.samples) / self.sample_rate)


def _to_float(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def resample_clip(samples: np.ndarray, source: int, target: int) -> np.ndarray:
    """One clip brought to another rate by FFT (band-limited; clips are short).

    Only for the rare build whose clips differ in rate: the whole episode is
    resampled by ffmpeg as it is encoded.
    """
    if source == target or not len(samples):
        return samples
    length = round(len(samples) * target / source)
    spectrum = np.fft.rfft(samples)
    return (np.fft.irfft(spectrum, length) * (length / len(samples))).astype(np.float32)


def _ms(samples: int, rate: int) -> int:
    return round(1000 * samples / rate)


def assemble(script: Script, clips: list[Clip], output_rate: int = OUTPUT_RATE) -> Timeline:
    """One mono signal with cues and chapters in milliseconds.

    The signal stays at the clips' own rate when they share one (Piper: 22050
    Hz) so levelling works on half the samples; the encoder brings it to
    `output_rate` once, at the end. Mixed rates are brought to `output_rate`.
    """
    if len(clips) != len(script.utterances):
        raise ValueError("one clip per utterance is needed")
    rates = {clip.sample_rate for clip in clips}
    work_rate = rates.pop() if len(rates) == 1 else output_rate
    parts: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    last = len(clips) - 1
    for index, clip in enumerate(clips):
        audio = resample_clip(_to_float(clip.pcm), clip.sample_rate, work_rate)
        parts.append(audio)
        spans.append((offset, offset + len(audio)))
        offset += len(audio)
        pause_ms = clip.utterance.pause_after_ms if index < last else 0
        silence = round(work_rate * pause_ms / 1000)
        if silence:
            parts.append(np.zeros(silence, dtype=np.float32))
            offset += silence
    signal = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    del parts

    cues: list[Cue] = []
    for index, (clip, (start, end)) in enumerate(zip(clips, spans)):
        # a sentence owns its clip and the pause after it, up to the next clip
        free_until = spans[index + 1][0] if index + 1 < len(spans) else end
        cues.extend(_sentence_cues(clip, start, end, free_until, work_rate))
    duration_ms = _ms(len(signal), work_rate)
    chapters = _chapters(script, clips, spans, work_rate, duration_ms)
    return Timeline(signal, work_rate, tuple(cues), chapters, tuple(spans))


def _sentence_cues(clip: Clip, start: int, end: int, free_until: int, rate: int) -> list[Cue]:
    """The sentence's caption phrases, each inside the sentence's own time.

    A cue shorter than a second (a short heading, "Yes.") stays on into the
    pause after its sentence, up to a second, never past the next sentence.
    """
    utterance = clip.utterance
    length = end - start
    pieces = phrases(utterance.text, 1000 * length / rate)
    cues = []
    for position, piece in enumerate(pieces):
        piece_start = start + round(length * piece.start)
        piece_end = end if position == len(pieces) - 1 else start + round(length * piece.end)
        if position == len(pieces) - 1:
            piece_end = max(piece_end, min(free_until, piece_start + round(rate * MIN_CUE_MS / 1000)))
        cues.append(Cue(
            start_ms=_ms(piece_start, rate), end_ms=_ms(piece_end, rate), text=piece.text,
            sentence_id=utterance.sentence_id, section_index=utterance.section_index,
        ))
    return cues


def _chapters(script: Script, clips: list[Clip], spans, rate: int, duration_ms: int) -> tuple[Chapter, ...]:
    """One chapter per section, starting where its announcement starts; the first at 0."""
    starts: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for clip, (start, _) in zip(clips, spans):
        index = clip.utterance.section_index
        if index < 0 or index in seen:
            continue
        seen.add(index)
        title = script.section_titles[index] if index < len(script.section_titles) else script.title
        starts.append((_ms(start, rate), title, f"sec-{index + 1}"))
    if not starts or starts[0][0] > 0:
        if starts and clips[0].utterance.kind == "title" and _first_section_is_intro(clips):
            # the introduction has no heading: its chapter takes in the title
            starts[0] = (0, starts[0][1], starts[0][2])
        else:
            starts.insert(0, (0, script.title, ""))
    chapters = []
    for position, (start, title, section_id) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else duration_ms
        chapters.append(Chapter(start_ms=start, end_ms=end, title=title, section_id=section_id))
    return tuple(chapters)


def _first_section_is_intro(clips: list[Clip]) -> bool:
    for clip in clips:
        if clip.utterance.section_index >= 0:
            return clip.utterance.kind != "heading"
    return False


__all__ = ["OUTPUT_RATE", "Timeline", "assemble", "resample_clip"]
