"""Checks of a published folder that any build, finished or killed, must pass."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import feedparser
from bs4 import BeautifulSoup
from mutagen.mp3 import MP3

MARK = re.compile(r"Version (\d+) of this page")


def marks(text: str) -> set[str]:
    return set(MARK.findall(text))


def check_published(output: Path, base_url: str) -> dict[str, str]:
    """Assert the feed lists only files that exist with their true lengths and durations,
    and that each episode's page, transcripts and feed item are of one build.

    Returns slug -> the version mark its files carry ("" when the article has none).
    """
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    versions = {}
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        assert enclosure.href.startswith(base_url)
        mp3 = output / unquote(enclosure.href[len(base_url):])
        assert mp3.is_file(), f"the feed lists {mp3.name}, which is not there"
        assert int(enclosure.length) == mp3.stat().st_size, f"{mp3.name}: feed length is not the file's"
        seconds = MP3(mp3).info.length
        assert abs(int(entry.itunes_duration) - seconds) <= 1.5, (mp3.name, entry.itunes_duration, seconds)
        slug = mp3.parent.name
        folder = mp3.parent
        page = BeautifulSoup((folder / "index.html").read_text("utf-8"), "lxml").get_text(" ")
        found = [marks(page), marks((folder / f"{slug}.txt").read_text("utf-8")),
                 marks((folder / f"{slug}.vtt").read_text("utf-8")), marks(entry.get("summary", ""))]
        assert all(f == found[0] for f in found), f"{slug}: page, transcripts and feed item of different builds: {found}"
        vtt_end = max(_seconds(t) for t in re.findall(r"--> (\d+:\d+:\d+\.\d+)",
                                                      (folder / f"{slug}.vtt").read_text("utf-8")))
        assert vtt_end <= seconds + 0.1, f"{slug}: captions run past the MP3 beside them"
        versions[slug] = "".join(sorted(found[0]))
    return versions


def _seconds(clock: str) -> float:
    hours, minutes, seconds = clock.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def build_place(output: Path) -> Path:
    return output.parent / f".{output.name}.plaincast"


def leftovers(output: Path, *folders: Path) -> list[str]:
    """What a finished build should not have left: temp files (in the published tree and
    `folders`), staging, versions beyond two."""
    place = build_place(output)
    names = sorted(p.name for p in place.iterdir())
    extra = [n for n in names if n != "lock" and not re.fullmatch(r"site-\d+(\.records)?", n)]
    versions = [n for n in names if re.fullmatch(r"site-\d+", n)]
    temp = [str(p) for folder in (output.resolve(), *folders) for p in folder.rglob("*")
            if ".tmp" in p.name]
    return extra + temp + (versions if len(versions) > 2 else [])
