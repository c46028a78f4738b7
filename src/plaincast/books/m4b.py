"""An M4B audiobook of the library: every episode in one AAC file, with chapters and cover art.

For listeners whose players expect one audiobook file. ffmpeg decodes each
episode's MP3 (gapless: the encoder's delay and padding are trimmed, so every
episode lasts exactly its duration), joins them with its concat filter, and
encodes AAC once; the chapters come from an ffmetadata file (one per episode,
one per section, at the same millisecond offsets as the episodes' own
chapters). mutagen then adds the cover and the inputs key, which lets a
rebuild with the same inputs skip the encoding entirely.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mutagen import MutagenError
from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm

from ..audio.ffmpeg import find_ffmpeg
from ..errors import EngineError
from ..files import replace_atomic
from .reuse import reuse_or_make

# bump when the same inputs would give a different audiobook
M4B_VERSION = "1"
BITRATE = "64k"  # mono speech; the same rate as the episodes' MP3s
# ffmpeg's "fast" AAC coder: about twice the speed of the default "twoloop",
# and speech at 64 kbps mono sounds the same
AAC_CODER = "fast"
KEY_TAG = "----:org.plaincast:inputs"


@dataclass(frozen=True)
class BookPart:
    """One episode in the audiobook: its MP3, its length and its chapters (offsets within it)."""

    title: str
    mp3_path: Path
    duration_ms: int
    chapters: tuple[tuple[int, str], ...]  # (start ms within the episode, title)


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

    def chapters(self) -> tuple[AudiobookChapter, ...]:
        """One chapter per episode (its title) and per section after the first, end to end."""
        starts: list[tuple[int, str]] = []
        offset = 0
        for part in self.parts:
            sections = part.chapters or ((0, part.title),)
            for position, (start, title) in enumerate(sections):
                starts.append((offset + (0 if position == 0 else start),
                               part.title if position == 0 else title))
            offset += part.duration_ms
        return tuple(AudiobookChapter(start, starts[i + 1][0] if i + 1 < len(starts) else offset, title)
                     for i, (start, title) in enumerate(starts))


def _ffmetadata_escape(text: str) -> str:
    # ffmetadata: '=', ';', '#', '\' and newlines are escaped with a backslash
    for char in "\\=;#\n":
        text = text.replace(char, "\\" + char)
    return text


def render_ffmetadata(book: Audiobook) -> str:
    lines = [";FFMETADATA1",
             f"title={_ffmetadata_escape(book.title)}",
             f"artist={_ffmetadata_escape(book.author)}",
             f"album={_ffmetadata_escape(book.album)}",
             f"date={_ffmetadata_escape(book.year)}",
             "genre=Audiobook"]
    for chapter in book.chapters():
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={chapter.start_ms}",
                  f"END={chapter.end_ms}", f"title={_ffmetadata_escape(chapter.title)}"]
    return "\n".join(lines) + "\n"


def inputs_key(book: Audiobook) -> str:
    digest = hashlib.sha256(json.dumps([M4B_VERSION, BITRATE, AAC_CODER, render_ffmetadata(book)],
                                       ensure_ascii=False).encode("utf-8"))
    for part in book.parts:
        digest.update(hashlib.sha256(part.mp3_path.read_bytes()).digest())
    digest.update(hashlib.sha256(book.cover).digest())
    return digest.hexdigest()


def stored_key(path: Path) -> str:
    try:
        tags = MP4(path).tags
    except (MutagenError, OSError):
        return ""
    values = tags.get(KEY_TAG, []) if tags is not None else []
    return bytes(values[0]).decode("ascii", "replace") if values else ""


def encode_m4b(book: Audiobook, destination: Path, key: str) -> None:
    """Decode, join and encode every part into `destination`, tagged; moved into place when complete."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.",
                                    suffix=".tmp.m4b")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as metadata:
            metadata.write(render_ffmetadata(book))
            metadata.flush()
            inputs: list[str] = []
            for part in book.parts:
                inputs += ["-i", str(part.mp3_path)]
            count = len(book.parts)
            joined = "".join(f"[{i}:a]" for i in range(count)) + f"concat=n={count}:v=0:a=1[book]"
            command = [find_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *inputs,
                       "-f", "ffmetadata", "-i", metadata.name,
                       "-filter_complex", joined, "-map", "[book]",
                       "-map_metadata", str(count), "-map_chapters", str(count),
                       "-c:a", "aac", "-aac_coder", AAC_CODER, "-b:a", BITRATE, "-ac", "1",
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


def write_m4b(book: Audiobook, target: Path, previous: Path | None = None) -> bool:
    """Put the audiobook at `target`, reusing `previous` (or `target`) when made from the same
    inputs; True when it had to be encoded."""
    key = inputs_key(book)
    return reuse_or_make(target, previous, key, stored_key, lambda path: encode_m4b(book, path, key))


__all__ = ["Audiobook", "AudiobookChapter", "BookPart", "encode_m4b", "inputs_key",
           "render_ffmetadata", "stored_key", "write_m4b"]
