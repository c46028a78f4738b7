"""The audiobook's AAC parts: encoded while each episode is mastered, kept in the cache under
its master key, joined into library.m4b without encoding. Checked on decoded audio: the
book's length, where each episode's sound really is, and the chapters read back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from plaincast.audio import find_ffmpeg
from plaincast.books.m4b import (AAC_RATE, Audiobook, AudiobookParts, BookPart, aac_output, adts_frames,
                                 join_parts)
from plaincast.cli import cli
from plaincast.manifest import load_published

from .conftest import SMALL_ARTICLE
from .test_build import make_runner

SECOND_ARTICLE = SMALL_ARTICLE.replace("Keeping Your Bones Strong", "Walking for Health").replace(
    "date: 2026-01-15", "date: 2026-02-01").replace("Strong bones help you stay active.",
                                                    "A short walk each day lifts your mood.")


def decode(path: Path, rate: int = AAC_RATE) -> np.ndarray:
    raw = subprocess.run([find_ffmpeg(), "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1",
                          "-ar", str(rate), "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype="<f4")


WINDOW = 441  # samples: 20 ms at 22.05 kHz


def envelope(samples: np.ndarray, window: int = WINDOW) -> np.ndarray:
    """RMS per 20 ms."""
    count = len(samples) // window
    return np.sqrt(np.mean(np.square(samples[:count * window].reshape(count, window)), axis=1))


def chapters(path: Path) -> list[tuple[float, str]]:
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
                           capture_output=True, text=True, check=True).stdout
    return [(1000 * float(c["start_time"]), c["tags"]["title"]) for c in json.loads(probe)["chapters"]]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("audiobook")
    content = root / "content"
    content.mkdir()
    (content / "strong-bones.md").write_text(SMALL_ARTICLE, encoding="utf-8")
    (content / "walking.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    output, cache = root / "output", root / "cache"
    args = ["build", str(content), "-o", str(output), "--cache-dir", str(cache)]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        first = make_runner().invoke(cli, args)
        assert first.exit_code == 0, first.output
        parts = sorted((cache / "audiobook").rglob("*.aac"))
        before = {p: p.stat().st_mtime_ns for p in parts}
        m4b = (output / "library.m4b").resolve()
        m4b_before = (m4b.stat().st_ino, m4b.stat().st_mtime_ns)
        second = make_runner().invoke(cli, args)
        assert second.exit_code == 0, second.output
    # newest first, as the library lists them
    episodes = [load_published(output, slug).episode for slug in ("walking", "strong-bones")]
    return {"output": output, "cache": cache, "episodes": episodes, "parts_before": before,
            "m4b_before": m4b_before}


def test_each_episode_part_is_cached_under_its_master_key(library):
    parts = AudiobookParts(library["cache"] / "audiobook")
    for episode in library["episodes"]:
        frames = adts_frames(parts.path(episode.master_key).read_bytes())
        samples = round(episode.duration_ms * AAC_RATE / 1000)
        # the encoder's priming frame, then the episode, padded to whole frames
        assert len(frames) == -(-samples // 1024) + 1


def test_the_book_holds_each_episode_where_its_chapters_say(library):
    episodes = library["episodes"]
    m4b = library["output"] / "library.m4b"
    book = decode(m4b)
    total = sum(e.duration_ms for e in episodes)
    assert abs(1000 * len(book) / AAC_RATE - total) <= 100
    expected, offset = [], 0
    for episode in episodes:
        for position, chapter in enumerate(episode.chapters):
            expected.append((offset + chapter.start_ms, episode.title if position == 0 else chapter.title))
        offset += episode.duration_ms
    found = chapters(m4b)
    assert [t for _, t in found] == [t for _, t in expected]
    assert all(abs(a - b) <= 50 for (a, _), (b, _) in zip(found, expected))
    # the sound: each episode's MP3, decoded, lines up with the book at its chapter's start
    starts = [found[[t for _, t in found].index(e.title)][0] for e in episodes]
    for episode, start_ms in zip(episodes, starts):
        own = envelope(decode(episode.mp3_path))
        at = round(start_ms * AAC_RATE / 1000)
        lags = range(-1100, 1101, 110)  # samples: 5 ms steps, 50 ms either way
        padded = np.concatenate([np.zeros(1100, np.float32), book, np.zeros(len(own) * WINDOW, np.float32)])
        scores = [np.corrcoef(own, envelope(padded[at + 1100 + lag:at + 1100 + lag + len(own) * WINDOW]))[0, 1]
                  for lag in lags]
        assert max(scores) > 0.98, (episode.slug, scores)
        assert abs(lags[int(np.argmax(scores))]) <= 552  # the sound is where the chapter is, within 25 ms


def test_an_unchanged_rebuild_encodes_nothing(library):
    parts = {p: p.stat().st_mtime_ns for p in (library["cache"] / "audiobook").rglob("*.aac")}
    assert parts == library["parts_before"] and len(parts) == 2
    m4b = (library["output"] / "library.m4b").resolve()
    assert (m4b.stat().st_ino, m4b.stat().st_mtime_ns) == library["m4b_before"]


def _part(parts: AudiobookParts, name: str, samples: np.ndarray) -> BookPart:
    """A part encoded from `samples` into the cache, as mastering encodes one."""
    staged = parts.staging(name)
    subprocess.run([find_ffmpeg(), "-v", "error", "-y", "-f", "f32le", "-ar", str(AAC_RATE), "-ac", "1",
                    "-i", "pipe:0", *aac_output(staged)], input=samples.astype("<f4").tobytes(), check=True)
    parts.keep(staged, name)
    return BookPart(title=name, mp3_path=Path(f"{name}.mp3"), duration_ms=round(1000 * len(samples) / AAC_RATE),
                    chapters=((0, name),), master_key=name)


def test_joining_never_lets_the_drift_add_up(tmp_path):
    """Eight parts of awkward lengths, each a tone burst after 0.2 s: every burst is heard
    within half a frame of where the parts' lengths put it, and the book is as long as they are."""
    parts = AudiobookParts(tmp_path)
    rng = np.random.default_rng(7)
    book_parts, onsets, offset = [], [], 0
    tone = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(int(0.3 * AAC_RATE)) / AAC_RATE)
    for index in range(8):
        length = int(AAC_RATE * 1.0) + int(rng.integers(0, 1024))
        samples = np.zeros(length, np.float32)
        start = int(0.2 * AAC_RATE)
        samples[start:start + len(tone)] = tone
        book_parts.append(_part(parts, f"part-{index}", samples))
        onsets.append(offset + start)
        offset += length
    book = Audiobook("t", "a", "t", "2026", tuple(book_parts), b"", True)
    joined = tmp_path / "book.aac"
    with open(joined, "wb") as sink:
        starts = join_parts(book, parts, sink)
    decoded = decode(joined)
    expected_ms = sum(p.duration_ms for p in book_parts)
    assert abs(1000 * len(decoded) / AAC_RATE - expected_ms) <= 1000 * 512 / AAC_RATE + 1
    loud = np.flatnonzero(np.abs(decoded) > 0.25)
    heard = [loud[np.argmax(loud >= onset - 2048)] for onset in onsets]
    assert all(abs(h - o) <= 512 + 64 for h, o in zip(heard, onsets)), list(zip(heard, onsets))
    assert all(abs(s - sum(len_ for len_ in [round(p.duration_ms * AAC_RATE / 1000) for p in book_parts[:i]]))
               <= 512 for i, s in enumerate(starts))


def test_a_damaged_part_is_made_again_from_the_episode_mp3(library, tmp_path):
    from plaincast.books.m4b import write_m4b

    parts = AudiobookParts(library["cache"] / "audiobook")
    episodes = library["episodes"]
    damaged = parts.path(episodes[1].master_key)
    damaged.write_bytes(damaged.read_bytes()[:5000])  # cut mid-frame, as a killed write would leave it
    book = Audiobook("Library", "Clinic", "Library", "2026", tuple(
        BookPart(title=e.title, mp3_path=e.mp3_path, duration_ms=e.duration_ms,
                 chapters=tuple((c.start_ms, c.title) for c in e.chapters), master_key=e.master_key)
        for e in episodes), b"\x89PNG\r\n\x1a\n", True)
    target = tmp_path / "library.m4b"
    assert write_m4b(book, target, parts=parts) is True
    assert parts.get(episodes[1].master_key) is not None  # whole again, in the cache
    decoded_ms = 1000 * len(decode(target)) / AAC_RATE
    assert abs(decoded_ms - sum(e.duration_ms for e in episodes)) <= 100
    starts = [start for start, title in chapters(target) if title in {e.title for e in episodes}]
    assert abs(starts[1] - episodes[0].duration_ms) <= 50
