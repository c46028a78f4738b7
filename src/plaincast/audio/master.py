"""Mastering: clips -> a podcast-ready MP3 with tags, chapters and transcripts.

Steps: join clips and pauses by sample count at the clips' rate, plan the
gain to -16 LUFS with a look-ahead limiter, have ffmpeg resample to 44.1 kHz
and encode CBR mono MP3 (LAME) as the levelled samples stream in (other
encodings of the same samples, such as the audiobook's AAC part, in ffmpegs
of their own beside it), measure the encoded file, correct once if needed,
tag it, and write the VTT/SRT/chapters/text transcripts. Every published file is moved
into place only when complete.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from ..config import Settings
from ..errors import EngineError
from ..files import replace_atomic, write_atomic
from ..model import Clip, Episode, Script
from .ffmpeg import find_ffmpeg
from .loudness import (CEILING_DBFS, MAX_TRUE_PEAK_DBTP, TARGET_LUFS, LevelPlan, Measurement,
                       Summary, meter_command, parse_meter_report)
from .tags import write_tags
from .timeline import OUTPUT_RATE, assemble
from .transcripts import render_chapters_json, render_srt, render_text, render_vtt

# bump when mastering would write different files from the same inputs
MASTER_VERSION = "4"
BITRATE = "64k"  # spoken word, mono: 64 kbps is plenty
# LAME's algorithm quality: 7 is about twice as fast as the default 5 and
# indistinguishable for speech at this bitrate
LAME_QUALITY = "7"
LOUDNESS_TOLERANCE = 0.5  # correct when further than this from the target
# What LAME and ffmpeg's MP3 decoder give back is 0.4 dB quieter than what they
# were given (a 1 kHz tone and speech alike, at 64 to 128 kbps), so the plan
# aims that much higher and the first encoding lands on the target instead of
# needing the correcting second one.
ENCODER_GAIN_DB = -0.4


def encode_mp3(samples: np.ndarray, sample_rate: int, destination: Path, plan: LevelPlan,
               side_outputs: Sequence[list[str]] = ()) -> Measurement:
    """Float mono samples, levelled by `plan` -> 44.1 kHz CBR MP3 at `destination`,
    measured as it is encoded.

    ffmpeg resamples (its swresample, in C, where numpy would take a second);
    the samples are levelled a piece at a time as they are written, so no
    levelled copy of the episode is ever held.

    ffmpeg's tee muxer writes the file (seekable, so it gets the LAME/Xing
    header that lets decoders trim the encoder delay and padding exactly) and
    the same MP3 frames to a pipe, where a second ffmpeg decodes them through
    the loudness meter: the measurement is of the encoded audio, and it runs
    on the other core while the encoder works.

    `side_outputs`: ffmpeg output options (ending in a file) for other
    encodings of the same levelled samples, such as the audiobook's AAC part;
    each runs in an ffmpeg of its own, fed as the encoder is.
    """
    slave = "[f=mp3:id3v2_version=0:write_id3v1=0]"
    source = [find_ffmpeg(), "-hide_banner", "-loglevel", "error", "-y",
              "-f", "f32le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0"]
    encoder_command = [
        *source, "-map", "0:a",
        "-ar", str(OUTPUT_RATE), "-c:a", "libmp3lame", "-b:a", BITRATE, "-compression_level", LAME_QUALITY,
        "-map_metadata", "-1", "-f", "tee", f"{slave}{_tee_escape(str(destination))}|{slave}pipe:1",
    ]
    with contextlib.ExitStack() as stack:
        encoder_errors, meter_report = stack.enter_context(tempfile.TemporaryFile()), \
            stack.enter_context(tempfile.TemporaryFile())
        encoder = subprocess.Popen(encoder_command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=encoder_errors)
        meter = subprocess.Popen(meter_command("pipe:0", "mp3"), stdin=encoder.stdout,
                                 stdout=subprocess.DEVNULL, stderr=meter_report)
        encoder.stdout.close()  # the meter holds the read end now
        sides = []
        for options in side_outputs:
            side_errors = stack.enter_context(tempfile.TemporaryFile())
            sides.append((subprocess.Popen([*source, *options], stdin=subprocess.PIPE, stderr=side_errors),
                          side_errors, options))
        feeds = [encoder] + [side for side, _, _ in sides]
        try:
            # fed in pieces: one bytes copy of a ten-minute episode would be 100 MB
            piece = (1 << 18) - (1 << 18) % plan.block
            for start in range(0, len(samples), piece):
                levelled = plan.apply(samples[start:start + piece], start)
                data = levelled.astype("<f4", copy=False).tobytes()
                for process in feeds:
                    process.stdin.write(data)
        except BrokenPipeError:
            pass  # ffmpeg stopped early; its message says why
        finally:
            for process in feeds:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass
        encoder_code, meter_code = encoder.wait(), meter.wait()
        for side, side_errors, options in sides:
            if side.wait() != 0:
                side_errors.seek(0)
                lines = side_errors.read().decode("utf-8", "replace").strip().splitlines()
                raise EngineError(f"ffmpeg could not write {Path(options[-1]).name}: "
                                  f"{lines[-1] if lines else 'unknown error'}")
        encoder_errors.seek(0)
        meter_report.seek(0)
        errors = encoder_errors.read().decode("utf-8", "replace").strip().splitlines()
        report = meter_report.read().decode("utf-8", "replace")
    if encoder_code != 0:
        raise EngineError(f"ffmpeg could not encode MP3: {errors[-1] if errors else 'unknown error'}")
    if meter_code != 0:
        raise EngineError(f"{destination.name}: cannot measure loudness with ffmpeg")
    return parse_meter_report(report, destination.name)


def _tee_escape(path: str) -> str:
    # the tee muxer splits on | and treats [ ] : \ specially
    return "".join("\\" + c if c in "|[]\\:" else c for c in path)


def master_key(script: Script, clips: list[Clip], settings: Settings,
               cover: bytes | None = None, date: str = "", author: str = "") -> str:
    """A hash of every input `master` reads: same key, same files."""
    digest = hashlib.sha256()
    show = settings.show
    digest.update(json.dumps([
        MASTER_VERSION, BITRATE, LAME_QUALITY, script.slug, script.title,
        [dataclasses.astuple(u) for u in script.utterances],
        show.title, author or show.author, show.language, date, dataclasses.astuple(settings.narration),
    ], ensure_ascii=False).encode("utf-8"))
    for clip in clips:
        digest.update(clip.sample_rate.to_bytes(4, "little"))
        digest.update(len(clip.pcm).to_bytes(8, "little"))
        digest.update(clip.pcm)
    if cover:
        digest.update(cover)
    return digest.hexdigest()


def master(script: Script, clips: list[Clip], out_dir: Path, settings: Settings,
           cover: bytes | None = None, date: str = "", author: str = "",
           side_outputs: Sequence[list[str]] = ()) -> Episode:
    """Write out_dir/<slug>.mp3, .vtt, .srt, .chapters.json and .txt; return the Episode.

    `cover` (PNG or JPEG bytes) goes into an APIC frame, `date` (ISO, the
    episode's date in the feed) into TDRC, `author` (else the show's) into TPE1.
    `side_outputs`: other encodings of the same levelled audio (see encode_mp3).
    """
    if not clips:
        raise EngineError(f"{script.slug}: nothing to narrate")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    timeline = assemble(script, clips)

    if not np.any(timeline.samples):
        raise EngineError(f"{script.slug}: the narration is silent")
    target = TARGET_LUFS - ENCODER_GAIN_DB
    ceiling = CEILING_DBFS

    mp3 = out_dir / f"{script.slug}.mp3"
    fd, tmp_name = tempfile.mkstemp(dir=out_dir, prefix=f".{mp3.name}.", suffix=".tmp.mp3")
    os.close(fd)
    tmp = Path(tmp_name)
    summary = Summary.of(timeline.samples, timeline.sample_rate)

    def encode() -> Measurement:
        return encode_mp3(timeline.samples, timeline.sample_rate, tmp, summary.plan(target, ceiling),
                          side_outputs)

    try:
        measured = encode()
        off_target = abs(measured.integrated_lufs - TARGET_LUFS) > LOUDNESS_TOLERANCE
        too_hot = measured.true_peak_dbtp > MAX_TRUE_PEAK_DBTP - 0.1
        if off_target or too_hot:
            # resampling and the encoder moved the levels more than the margin
            # allows: aim off by the error and encode once more
            target += TARGET_LUFS - measured.integrated_lufs
            if too_hot:
                ceiling -= measured.true_peak_dbtp - (MAX_TRUE_PEAK_DBTP - 0.3)
            measured = encode()
        show = settings.show
        write_tags(tmp, title=script.title, artist=author or show.author, album=show.title, date=date,
                   language=show.language, chapters=timeline.chapters, cover=cover)
        replace_atomic(tmp, mp3)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

    base = out_dir / script.slug
    vtt = write_atomic(base.with_name(f"{script.slug}.vtt"), render_vtt(timeline.cues))
    srt = write_atomic(base.with_name(f"{script.slug}.srt"), render_srt(timeline.cues))
    chapters_json = write_atomic(base.with_name(f"{script.slug}.chapters.json"),
                                 render_chapters_json(timeline.chapters))
    text = write_atomic(base.with_name(f"{script.slug}.txt"),
                        render_text(script, settings.narration))
    return Episode(
        slug=script.slug, title=script.title, mp3_path=mp3,
        duration_ms=timeline.duration_ms, size_bytes=mp3.stat().st_size,
        cues=timeline.cues, chapters=timeline.chapters,
        vtt_path=vtt, srt_path=srt, chapters_json_path=chapters_json, transcript_txt_path=text,
        loudness_lufs=round(measured.integrated_lufs, 1),
        true_peak_dbtp=round(measured.true_peak_dbtp, 1),
    )


__all__ = ["BITRATE", "encode_mp3", "master", "master_key"]
