"""End to end: `plaincast build` on a small article, with the real Piper voice.

The MP3 is decoded back and measured, the feed is read back by feedparser,
and the page is parsed. One build per module keeps the suite fast.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from plaincast import narrate, plain
from plaincast.audio import find_ffmpeg
from plaincast.cli import cli
from plaincast.config import load_settings
from plaincast.ingest import read_article

from .conftest import SMALL_ARTICLE

BASE_URL = "https://clinic.example.org/listen/"


def make_runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


def decoded_ms(mp3: Path) -> float:
    """Decode the whole MP3 with ffmpeg and count the samples."""
    pcm = subprocess.run(
        [find_ffmpeg(), "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"],
        check=True, capture_output=True,
    ).stdout
    return 1000.0 * (len(pcm) // 2) / 44100


def file_times(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    # settings.root is the working folder: keep the feed state file in the test's folder
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        yield _build(root)


def _build(root: Path) -> dict:
    content = root / "content"
    content.mkdir()
    (content / "strong-bones.md").write_text(SMALL_ARTICLE, encoding="utf-8")
    output, cache = root / "output", root / "cache"
    args = ["build", str(content), "-o", str(output), "--base-url", BASE_URL,
            "--cache-dir", str(cache)]
    first = make_runner().invoke(cli, args)
    times_after_first = file_times(output)
    feed_after_first = (output / "feed.xml").read_bytes() if (output / "feed.xml").exists() else b""
    second = make_runner().invoke(cli, args)
    return {"root": root, "content": content, "output": output, "cache": cache,
            "first": first, "second": second, "args": args, "feed_after_first": feed_after_first,
            "times_after_first": times_after_first}


def test_build_succeeds_and_reports(built):
    first = built["first"]
    assert first.exit_code == 0, first.stderr + first.output
    assert "Built 1 of 1 articles" in first.output
    assert "Traceback" not in first.stderr


def test_mp3_duration_is_the_sum_of_clips_and_pauses(built):
    mp3 = built["output"] / "strong-bones" / "strong-bones.mp3"
    settings = load_settings(search_dir=built["root"])
    script = narrate.build_script(plain.simplify(read_article(built["content"] / "strong-bones.md"),
                                                 settings), settings)
    engine = narrate.get_engine(settings.voice)
    spoken = narrate.speak(script, engine, built["cache"])
    assert spoken.synthesised == 0, "every clip should come from the build's cache"
    expected = sum(clip.duration_ms for clip in spoken.clips)
    expected += sum(u.pause_after_ms for u in script.utterances[:-1])
    assert decoded_ms(mp3) == pytest.approx(expected, abs=100)


def test_feed_enclosure_matches_the_file(built):
    feed = feedparser.parse((built["output"] / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.title == "Keeping Your Bones Strong"
    enclosure = entry.enclosures[0]
    mp3 = built["output"] / "strong-bones" / "strong-bones.mp3"
    assert enclosure.href == BASE_URL + "strong-bones/strong-bones.mp3"
    assert int(enclosure.length) == mp3.stat().st_size
    assert enclosure.type == "audio/mpeg"


def test_page_has_headings_and_player(built):
    page = BeautifulSoup((built["output"] / "strong-bones" / "index.html").read_text("utf-8"), "lxml")
    assert page.html["lang"].startswith("en")
    assert [h.get_text(strip=True) for h in page.find_all("h1")] == ["Keeping Your Bones Strong"]
    headings = [h.get_text(" ", strip=True) for h in page.find_all("h2")]
    assert any("Eat for your bones" in h for h in headings)
    assert any("Move every day" in h for h in headings)
    audio = page.find("audio")
    assert audio is not None and audio.has_attr("controls") and not audio.has_attr("autoplay")
    sources = [audio.get("src")] + [s.get("src") for s in audio.find_all("source")]
    assert any(src and src.endswith("strong-bones.mp3") for src in sources)


def test_index_lists_the_article(built):
    index = BeautifulSoup((built["output"] / "index.html").read_text("utf-8"), "lxml")
    links = {a.get("href", "") for a in index.find_all("a")}
    assert any(href.startswith("strong-bones/") for href in links)
    assert "Keeping Your Bones Strong" in index.get_text()


def test_second_build_synthesises_nothing_and_feed_is_identical(built):
    second = built["second"]
    assert second.exit_code == 0, second.stderr
    assert "0 clips spoken" in second.stderr
    assert built["feed_after_first"] == (built["output"] / "feed.xml").read_bytes()
    # nothing changed, so nothing was mastered or written again: same files, same dates
    assert "mastering" not in second.stderr
    assert len(built["times_after_first"]) > 10
    assert file_times(built["output"]) == built["times_after_first"]


def test_a_changed_setting_masters_again(built, tmp_path):
    config = tmp_path / "plaincast.toml"
    config.write_text('[narration]\nclosing = "Thanks for listening."\n', encoding="utf-8")
    result = make_runner().invoke(cli, ["--config", str(config), *built["args"]])
    assert result.exit_code == 0, result.stderr
    assert "mastering" in result.stderr
    text = (built["output"] / "strong-bones" / "strong-bones.txt").read_text("utf-8")
    assert "Thanks for listening." in text


def test_bad_articles_fail_alone_and_published_work_survives(built, tmp_path):
    output = built["output"]
    mp3 = output / "strong-bones" / "strong-bones.mp3"
    before = hashlib.sha256(mp3.read_bytes()).hexdigest()
    feed_before = (output / "feed.xml").read_bytes()

    bad = tmp_path / "content"
    bad.mkdir()
    # the published article is now broken (truncated to nothing) ...
    (bad / "strong-bones.md").write_text("", encoding="utf-8")
    # ... and new bad files arrive beside a new good one
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "notes.docx").write_bytes(b"PK\x03\x04 not really a document")
    (bad / "good news.txt").write_text("Good News\n\nWalking is good for you. It is free.\n",
                                      encoding="utf-8")
    args = ["build", str(bad), "-o", str(output), "--base-url", BASE_URL,
            "--cache-dir", str(built["cache"])]
    result = make_runner().invoke(cli, args)

    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, result.stderr
    for name in ("strong-bones.md", "binary.txt", "notes.docx"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "Traceback" not in result.stderr + result.output

    # nothing published was damaged, and the episode stays in the feed
    assert hashlib.sha256(mp3.read_bytes()).hexdigest() == before
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    titles = {e.title for e in feed.entries}
    assert "Keeping Your Bones Strong" in titles
    assert len(feed.entries) == 2
    assert (output / "good-news" / "good-news.mp3").is_file()
    assert feed_before != (output / "feed.xml").read_bytes()


def test_mp3_names_the_articles_author_and_carries_the_cover_and_date(built):
    from mutagen.id3 import ID3

    output = built["output"]
    tags = ID3(output / "strong-bones" / "strong-bones.mp3")
    assert str(tags["TPE1"]) == "Test Writer"  # front matter author, not the show's
    (cover,) = tags.getall("APIC")
    assert cover.type == 3 and cover.mime == "image/png"
    assert cover.data == (output / "cover.png").read_bytes()
    assert str(tags["TDRC"]) == "2026-01-15"
    feed = feedparser.parse(built["feed_after_first"])
    assert feed.entries[0].author == "Test Writer"
    # a build given its address says nothing about a missing one
    assert "base_url" not in built["first"].stderr
