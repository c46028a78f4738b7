"""An M4B audiobook of the library: every episode in one AAC file, with chapters and cover art.

For listeners whose players expect one audiobook file. Each episode's AAC
is encoded once, while the episode is mastered (a second output of the same
ffmpeg that writes its MP3, at the voice's own 22.05 kHz, mono), and kept in
the build's cache under the episode's master key (AudiobookParts): a cold
build encodes it while the voices still speak, and a rebuild or a new
library order encodes nothing. An episode whose part is not in the cache
(published before the cache was emptied) has it made from its MP3.

The library is then joined without encoding: the parts are ADTS streams,
and their AAC frames are laid end to end, each part's encoder priming frame
left out, so the book lasts the sum of its episodes to within half a frame
(23 ms; the frames kept per part are chosen so the drift never adds up).
ffmpeg copies the joined stream into an MP4 with the chapters (one per
episode, one per section, at the offsets where each part really starts),
and mutagen adds the cover and the inputs key, which lets a rebuild with the
same inputs skip even the joining. Hand-written because no library joins
AAC without re-encoding: ffmpeg's concat demuxer keeps every part's priming
and padding (about 80 ms of silence per episode, which adds up).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mutagen import MutagenError
from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm

from ..audio.ffmpeg import find_ffmpeg
from ..errors import EngineError
from ..files import replace_atomic, sha256_of, temp_beside
from .reuse import reuse_or_make

# bump when the same inputs would give a different audiobook
M4B_VERSION = "2"
# bump when the same episode would give a different AAC part (the cache's key)
PARTS_VERSION = "1"
AAC_RATE = 22050  # Piper's own rate: nothing above 11 kHz to keep, half the frames to encode
FRAME = 1024  # samples per AAC-LC frame; ffmpeg's encoder primes with one frame
BITRATE = "48k"  # mono speech at 22.05 kHz
# ffmpeg's "fast" AAC coder: about twice the speed of the default "twoloop",
# and speech sounds the same
AAC_CODER = "fast"
KEY_TAG = "----:org.plaincast:inputs"


def aac_output(destination: Path) -> list[str]:
    """ffmpeg output options that write an episode's audiobook part (ADTS) to `destination`;
    mastering adds them to its encoder, and a part made from an MP3 uses the same."""
    return ["-map", "0:a", "-ar", str(AAC_RATE), "-ac", "1", "-c:a", "aac", "-aac_coder", AAC_CODER,
            "-b:a", BITRATE, "-map_metadata", "-1", "-f", "adts", str(destination)]


@dataclass(frozen=True)
class AudiobookParts:
    """The cache of episodes' AAC parts: <root>/<key[:2]>/<key>.aac, key from the episode's
    master key (the same key, the same MP3, the same part)."""

    root: Path

    @staticmethod
    def key(master_key: str) -> str:
        material = json.dumps([PARTS_VERSION, AAC_RATE, BITRATE, AAC_CODER, master_key])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def path(self, master_key: str) -> Path:
        key = self.key(master_key)
        return self.root / key[:2] / f"{key}.aac"

    def staging(self, master_key: str) -> Path:
        """Where an encoder writes a part before `keep` moves it into the cache."""
        return temp_beside(self.path(master_key))

    def keep(self, staged: Path, master_key: str) -> Path:
        return replace_atomic(staged, self.path(master_key))

    def get(self, master_key: str) -> list[bytes] | None:
        """The part's AAC frames (the encoder's priming frame first), or None if it has none."""
        try:
            frames = adts_frames(self.path(master_key).read_bytes())
        except (OSError, ValueError):
            return None  # missing, torn or damaged: made again
        return frames if len(frames) > 1 else None


@dataclass(frozen=True)
class BookPart:
    """One episode in the audiobook: its MP3, its length and its chapters (offsets within it)."""

    title: str
    mp3_path: Path
    duration_ms: int
    chapters: tuple[tuple[int, str], ...]  # (start ms within the episode, title)
    master_key: str = ""  # the episode's (audio.master_key): names its AAC part in the cache

    @property
    def samples(self) -> int:
        return round(self.duration_ms * AAC_RATE / 1000)


@dataclass(frozen=True)
class AudiobookChapter:
    start_ms: int
    end_ms: int
    title: str


@dataclass(frozen=True)
class Audiobook:
    title: str
    author: str
    album: str
    year: str
    parts: tuple[BookPart, ...]
    cover: bytes
    cover_is_png: bool

    @property
    def duration_ms(self) -> int:
        return sum(part.duration_ms for part in self.parts)

    def chapters(self, starts_ms: list[int] | None = None) -> tuple[AudiobookChapter, ...]:
        """One chapter per episode (its title) and per section after the first, end to end.

        `starts_ms`: where each part really starts in the joined audio (else the
        sum of the durations before it)."""
        if starts_ms is None:
            starts_ms = [sum(p.duration_ms for p in self.parts[:i]) for i in range(len(self.parts))]
        starts: list[tuple[int, str]] = []
        for part, offset in zip(self.parts, starts_ms):
            sections = part.chapters or ((0, part.title),)
            for position, (start, title) in enumerate(sections):
                starts.append((offset + (0 if position == 0 else start),
                               part.title if position == 0 else title))
        end = (starts_ms[-1] + self.parts[-1].duration_ms) if self.parts else 0
        return tuple(AudiobookChapter(start, starts[i + 1][0] if i + 1 < len(starts) else end, title)
                     for i, (start, title) in enumerate(starts))


def _ffmetadata_escape(text: str) -> str:
    # ffmetadata: '=', ';', '#', '\' and newlines are escaped with a backslash
    for char in "\\=;#\n":
        text = text.replace(char, "\\" + char)
    return text


def render_ffmetadata(book: Audiobook, starts_ms: list[int] | None = None) -> str:
    lines = [";FFMETADATA1",
             f"title={_ffmetadata_escape(book.title)}",
             f"artist={_ffmetadata_escape(book.author)}",
             f"album={_ffmetadata_escape(book.album)}",
             f"date={_ffmetadata_escape(book.year)}",
             "genre=Audiobook"]
    for chapter in book.chapters(starts_ms):
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={chapter.start_ms}",
                  f"END={chapter.end_ms}", f"title={_ffmetadata_escape(chapter.title)}"]
    return "\n".join(lines) + "\n"


def inputs_key(book: Audiobook) -> str:
    digest = hashlib.sha256(json.dumps([M4B_VERSION, PARTS_VERSION, AAC_RATE, BITRATE, AAC_CODER,
                                        render_ffmetadata(book)], ensure_ascii=False).encode("utf-8"))
    for part in book.parts:
        digest.update(bytes.fromhex(sha256_of(part.mp3_path)))
    digest.update(hashlib.sha256(book.cover).digest())
    return digest.hexdigest()


def stored_key(path: Path) -> str:
    try:
        tags = MP4(path).tags
    except (MutagenError, OSError):
        return ""
    values = tags.get(KEY_TAG, []) if tags is not None else []
    return bytes(values[0]).decode("ascii", "replace") if values else ""


# --- parts and joining -------------------------------------------------------------

def adts_frames(data: bytes) -> list[bytes]:
    """The AAC frames of an ADTS stream, each with its 7- or 9-byte header; ValueError if torn."""
    frames, position = [], 0
    while position < len(data):
        header = data[position:position + 7]
        if len(header) < 7 or header[0] != 0xFF or header[1] & 0xF6 != 0xF0:
            raise ValueError("not an ADTS frame")
        if header[6] & 0x03:
            raise ValueError("several raw blocks in one ADTS frame")  # ffmpeg writes one
        length = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5)
        if length < 7 or position + length > len(data):
            raise ValueError("ADTS frame cut short")
        frames.append(data[position:position + length])
        position += length
    return frames


def part_from_mp3(part: BookPart, destination: Path) -> None:
    """An episode's AAC part made from its published MP3 (when the cache has none)."""
    command = [find_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
               "-i", str(part.mp3_path), *aac_output(destination)]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        lines = run.stderr.strip().splitlines()
        raise EngineError(f"ffmpeg could not encode {part.mp3_path.name} as AAC: "
                          f"{lines[-1] if lines else 'unknown error'}")


def part_frames(part: BookPart, parts: AudiobookParts) -> list[bytes]:
    """The part's AAC frames from the cache, made (and cached) from its MP3 when missing."""
    master_key = part.master_key or f"mp3:{sha256_of(part.mp3_path)}"
    frames = parts.get(master_key)
    if frames is None:
        staged = parts.staging(master_key)
        try:
            part_from_mp3(part, staged)
            parts.keep(staged, master_key)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        frames = parts.get(master_key)
        if frames is None:
            raise EngineError(f"ffmpeg wrote no AAC for {part.mp3_path.name}")
    return frames


def join_parts(book: Audiobook, parts: AudiobookParts, sink: BinaryIO) -> list[int]:
    """Write the parts' frames end to end to `sink` (one ADTS stream), one part in memory at a
    time; returns the sample where each part starts.

    Each part's first frame is the encoder's priming (its sound starts one
    frame in), so it is left out; its last frame is kept or left out (it
    holds the trailing pause and padding) so that the book's running length
    stays within half a frame of the sum of the episodes' lengths.
    """
    starts: list[int] = []
    position = target = 0
    for part in book.parts:
        frames = part_frames(part, parts)[1:]
        starts.append(position)
        target += part.samples
        keep = len(frames)
        while keep > 1 and abs(position + (keep - 1) * FRAME - target) <= abs(position + keep * FRAME - target):
            keep -= 1
        sink.write(b"".join(frames[:keep]))
        position += keep * FRAME
    return starts


def encode_m4b(book: Audiobook, destination: Path, key: str, parts: AudiobookParts) -> None:
    """Join every part into `destination`, with chapters and tags; moved into place when complete."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.",
                                    suffix=".tmp.m4b")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # beside the book, not in /tmp (often memory): a large library's stream is hundreds of MB
        with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".m4b-") as work:
            joined, metadata = Path(work) / "book.aac", Path(work) / "chapters.txt"
            with open(joined, "wb") as sink:
                starts = join_parts(book, parts, sink)
            metadata.write_text(render_ffmetadata(book, [round(1000 * s / AAC_RATE) for s in starts]),
                                encoding="utf-8")
            command = [find_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                       "-f", "aac", "-i", str(joined), "-f", "ffmetadata", "-i", str(metadata),
                       "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c:a", "copy",
                       "-movflags", "+faststart", "-f", "ipod", str(tmp)]
            run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            lines = run.stderr.strip().splitlines()
            raise EngineError(f"ffmpeg could not make {destination.name}: "
                              f"{lines[-1] if lines else 'unknown error'}")
        audiobook = MP4(tmp)
        audiobook.tags["covr"] = [MP4Cover(book.cover, imageformat=MP4Cover.FORMAT_PNG
                                           if book.cover_is_png else MP4Cover.FORMAT_JPEG)]
        audiobook.tags["stik"] = [2]  # media kind: audiobook
        audiobook.tags[KEY_TAG] = [MP4FreeForm(key.encode("ascii"))]
        audiobook.save()
        replace_atomic(tmp, destination)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_m4b(book: Audiobook, target: Path, previous: Path | None = None,
              parts: AudiobookParts | None = None) -> bool:
    """Put the audiobook at `target`, reusing `previous` (or `target`) when made from the same
    inputs; True when it had to be made. `parts`: the build's cache of AAC parts (none given:
    every part is made from its MP3, in a folder of its own)."""
    key = inputs_key(book)

    def make(path: Path) -> None:
        if parts is not None:
            encode_m4b(book, path, key, parts)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".m4b-parts-") as scratch:
            encode_m4b(book, path, key, AudiobookParts(Path(scratch)))

    return reuse_or_make(target, previous, key, stored_key, make)


__all__ = ["AAC_RATE", "Audiobook", "AudiobookChapter", "AudiobookParts", "BookPart", "aac_output",
           "adts_frames", "encode_m4b", "inputs_key", "join_parts", "render_ffmetadata", "stored_key",
           "write_m4b"]
