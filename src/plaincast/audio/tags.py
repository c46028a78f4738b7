"""ID3v2 tags and chapters (id3v2-chapters-1.0) written with mutagen.

One CHAP frame per chapter, each with a TIT2 title, all listed in order by a
top-level CTOC. gPodder and many apps show chapters only from these frames.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from mutagen.id3 import (APIC, CHAP, CTOC, ID3, TALB, TDRC, TIT2, TLAN, TPE1, TCON,
                         CTOCFlags)

from ..model import Chapter

_NO_OFFSET = 0xFFFFFFFF  # CHAP byte offsets unused: times are authoritative


@lru_cache(maxsize=1)
def _iso639_2() -> dict[str, str]:
    table = {}
    text = files("plaincast.audio").joinpath("data", "iso639.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            two, three = line.split("\t")
            table[two] = three
    return table


def id3_language(language: str) -> str:
    """'en-us' -> 'eng' (TLAN takes ISO 639-2 codes)."""
    base = language.lower().split("-")[0].split("_")[0]
    if len(base) == 3:
        return base
    return _iso639_2().get(base, "und")


def _image_mime(data: bytes) -> str:
    return "image/jpeg" if data.startswith(b"\xff\xd8") else "image/png"


def write_tags(mp3: Path, *, title: str, artist: str, album: str, date: str, language: str,
               chapters: tuple[Chapter, ...], cover: bytes | None = None, genre: str = "Podcast") -> None:
    tags = ID3()
    tags.add(TIT2(encoding=3, text=title))
    tags.add(TPE1(encoding=3, text=artist))
    tags.add(TALB(encoding=3, text=album))
    tags.add(TCON(encoding=3, text=genre))
    if date:
        tags.add(TDRC(encoding=3, text=date))
    tags.add(TLAN(encoding=3, text=id3_language(language)))
    if cover:
        # type 3: the front cover, which players show beside the episode
        tags.add(APIC(encoding=3, mime=_image_mime(cover), type=3, desc="Cover", data=cover))
    ids = [f"chp{number}" for number in range(len(chapters))]
    tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                  child_element_ids=ids, sub_frames=[TIT2(encoding=3, text="Chapters")]))
    for element_id, chapter in zip(ids, chapters):
        tags.add(CHAP(element_id=element_id, start_time=chapter.start_ms, end_time=chapter.end_ms,
                      start_offset=_NO_OFFSET, end_offset=_NO_OFFSET,
                      sub_frames=[TIT2(encoding=3, text=chapter.title)]))
    # v2.3 is what most podcast apps read best
    tags.save(str(mp3), v2_version=3)


__all__ = ["id3_language", "write_tags"]
