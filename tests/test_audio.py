"""Mastering: decode the MP3 and check its length, chapters, loudness, tags and transcripts."""

import json
import re
import subprocess
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from scipy.signal import resample_poly

from plaincast.audio import find_ffmpeg, master
from plaincast.audio.loudness import LevelPlan, Summary
from plaincast.audio.timeline import resample_clip
from plaincast.config import Settings, ShowSettings
from plaincast.model import (Article, ArticleMeta, Block, ListItem, PlainArticle, Section, Sentence,
                             VoiceSettings, number_sentences)
from plaincast.narrate import build_script, get_engine, speak

LONG = ("If your back pain is sudden and severe, or if you notice numbness, weakness or "
        "trouble walking, call your doctor the same day.")


def small_plain() -> PlainArticle:
    sections = number_sentences((
        Section("", 1, (Block("paragraph", (Sentence("Strong bones help you stay active."),)),)),
        Section("Treatment", 1, (
            Block("paragraph", (Sentence("Rest for 1-2 weeks."), Sentence(LONG))),
        )),
        Section("What you can do", 1, (
            Block("paragraph", (Sentence("Try these:"),)),
            Block("list", items=(ListItem((Sentence("Walk daily."),)), ListItem((Sentence("Eat well & rest."),)))),
        )),
    ))
    article = Article("bones", "Strong bones", ArticleMeta(), sections)
    return PlainArticle("bones", "Strong bones", ArticleMeta(), sections, article)


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    root = tmp_path_factory.mktemp("master")
    cover = root / "cover.png"
    from PIL import Image

    Image.new("RGB", (64, 64), (10, 80, 160)).save(cover)
    settings = Settings(root=root, show=ShowSettings(title="Bone Talk", author="Clinic Team", language="en-us"))
    script = build_script(small_plain(), settings)
    engine = get_engine(VoiceSettings())
    spoken = speak(script, engine, root / "cache")
    result = master(script, spoken.clips, root / "out", settings, cover=cover.read_bytes(), date="2026-01-15")
    return result, script, settings


def decode(path: Path) -> np.ndarray:
    raw = subprocess.run([find_ffmpeg(), "-v", "error", "-i", str(path), "-f", "f32le", "-"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype="<f4")


def test_duration_matches_last_cue(episode):
    ep, _, _ = episode
    samples = decode(ep.mp3_path)
    decoded_ms = 1000 * len(samples) / 44100
    assert abs(decoded_ms - ep.cues[-1].end_ms) <= 100
    assert abs(decoded_ms - ep.duration_ms) <= 100
    assert ep.size_bytes == ep.mp3_path.stat().st_size


def test_mp3_format(episode):
    ep, _, _ = episode
    info = MP3(ep.mp3_path).info
    assert info.sample_rate == 44100 and info.channels == 1
    assert 64000 <= info.bitrate <= 96000
    from mutagen.mp3 import BitrateMode

    assert info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)  # LAME CBR


def test_loudness_and_true_peak_measured_on_the_decoded_file(episode):
    ep, _, _ = episode
    samples = decode(ep.mp3_path).astype(np.float64)
    loudness = pyloudnorm.Meter(44100).integrated_loudness(samples)
    assert -17.0 <= loudness <= -15.0
    # BS.1770 true peak: 4x oversampling
    true_peak = 20 * np.log10(np.abs(resample_poly(samples, 4, 1)).max())
    assert true_peak <= -1.0
    assert ep.loudness_lufs == pytest.approx(loudness, abs=0.3)
    assert ep.true_peak_dbtp <= -1.0


def test_id3_tags_and_chapters(episode):
    ep, script, settings = episode
    tags = ID3(ep.mp3_path)
    assert str(tags["TIT2"]) == "Strong bones"
    assert str(tags["TPE1"]) == "Clinic Team"
    assert str(tags["TALB"]) == "Bone Talk"
    assert str(tags["TDRC"]).startswith("2026")
    assert str(tags["TLAN"]) == "eng"
    assert tags.getall("APIC")[0].data[:4] == b"\x89PNG"
    toc = tags.getall("CTOC")[0]
    chapters = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert list(toc.child_element_ids) == [c.element_id for c in chapters]
    assert toc.flags & 0x03 == 0x03  # TOP_LEVEL | ORDERED
    titles = [c.sub_frames["TIT2"].text[0] for c in chapters]
    assert titles == ["Strong bones", "Treatment", "What you can do"]
    assert chapters[0].start_time == 0
    # each chapter starts within 50 ms of its section's first cue (the heading)
    for chapter in chapters[1:]:
        section_index = titles.index(chapter.sub_frames["TIT2"].text[0])
        first_cue = next(c for c in ep.cues if c.section_index == section_index)
        assert abs(chapter.start_time - first_cue.start_ms) <= 50
    assert chapters[-1].end_time == pytest.approx(ep.duration_ms, abs=50)


def test_cues_follow_sentences(episode):
    ep, script, _ = episode
    ids = [c.sentence_id for c in ep.cues if c.sentence_id]
    assert ids[:3] == ["s1", "s2", "s3"] and "s6" in ids
    starts = [c.start_ms for c in ep.cues]
    assert starts == sorted(starts)
    assert all(c.end_ms > c.start_ms for c in ep.cues)
    long_cues = [c for c in ep.cues if c.sentence_id == "s3"]
    assert len(long_cues) >= 2  # a long sentence is split into cues of at most two lines
    assert long_cues[0].end_ms == long_cues[1].start_ms


VTT_TIME = r"\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}"


def test_vtt_is_strict(episode):
    ep, _, _ = episode
    text = ep.vtt_path.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT\n\n")
    blocks = text.strip().split("\n\n")[1:]
    assert len(blocks) == len(ep.cues)
    for block in blocks:
        lines = block.split("\n")
        assert re.fullmatch(r"[\w-]+", lines[0])  # cue id: the sentence id
        assert re.fullmatch(VTT_TIME, lines[1])
        assert 1 <= len(lines[2:]) <= 2 and all(len(line) <= 50 for line in lines[2:])
        assert "-->" not in " ".join(lines[2:])
    assert "Eat well &amp; rest." in text


def test_srt_and_chapters_json_and_text(episode):
    ep, _, _ = episode
    srt = ep.srt_path.read_text(encoding="utf-8").strip().split("\n\n")
    assert len(srt) == len(ep.cues)
    first = srt[0].split("\n")
    assert first[0] == "1" and re.fullmatch(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}", first[1])
    chapters = json.loads(ep.chapters_json_path.read_text(encoding="utf-8"))
    assert chapters["version"] == "1.2.0"
    assert [c["title"] for c in chapters["chapters"]] == ["Strong bones", "Treatment", "What you can do"]
    assert chapters["chapters"][0]["startTime"] == 0
    assert [c["startTime"] for c in chapters["chapters"]] == [c.start_ms / 1000 for c in ep.chapters]
    transcript = ep.transcript_txt_path.read_text(encoding="utf-8")
    assert "Treatment\n\nRest for 1-2 weeks." in transcript
    assert "- Walk daily.\n- Eat well & rest." in transcript


def test_no_temp_files_left(episode):
    ep, _, _ = episode
    names = sorted(p.name for p in ep.mp3_path.parent.iterdir())
    assert names == ["bones.chapters.json", "bones.mp3", "bones.srt", "bones.txt", "bones.vtt"]


def bs1770(signal: np.ndarray, rate: int) -> float:
    """pyloudnorm's meter with libebur128's filters ("DeMan"), which ffmpeg's meter uses too."""
    return pyloudnorm.Meter(rate, filter_class="DeMan").integrated_loudness(signal.astype(np.float64))


def test_loudness_matches_pyloudnorm_with_the_bs1770_filters():
    rng = np.random.default_rng(7)
    for rate, seconds in ((22050, 3.3), (44100, 7.0), (24000, 0.5), (16000, 12.0)):
        n = int(rate * seconds)
        envelope = np.repeat(rng.random(n // 1000 + 1), 1000)[:n]
        signal = (rng.standard_normal(n) * envelope * 0.2).astype(np.float32)
        assert Summary.of(signal, rate).loudness() == pytest.approx(bs1770(signal, rate), abs=0.01)
    assert Summary.of(np.zeros(5000, np.float32), 22050).loudness() == float("-inf")


def test_planned_level_lands_on_the_target():
    rng = np.random.default_rng(3)
    rate = 22050
    n = rate * 20
    # speech-like: bursts with peaks at full scale over a quiet body
    envelope = np.repeat(rng.random(n // 2000 + 1) ** 3, 2000)[:n]
    signal = (np.clip(rng.standard_normal(n) * envelope * 0.3, -1, 1)).astype(np.float32)
    signal[rate:rate + 40] = 0.99
    summary = Summary.of(signal, rate)
    plan = summary.plan(-16.0, -2.0)
    levelled = np.concatenate([plan.apply(signal[i:i + 4410], i) for i in range(0, n, 4410)])
    assert len(levelled) == n
    assert bs1770(levelled, rate) == pytest.approx(-16.0, abs=0.2)
    assert np.abs(levelled).max() <= 10 ** (-2 / 20) + 1e-6


def test_peaks_between_samples_are_seen():
    # a quarter-rate sine at 45 degrees: every sample is at 0.707 of the true peak
    rate = 22050
    t = np.arange(rate) / rate
    signal = (0.5 * np.sin(2 * np.pi * rate / 4 * t + np.pi / 4)).astype(np.float32)
    assert np.abs(signal).max() == pytest.approx(0.3536, abs=1e-3)
    assert Summary.of(signal, rate).peaks[10:-10].min() == pytest.approx(0.5, abs=0.005)


def test_limiter_holds_the_ceiling_without_touching_quiet_parts():
    rate = 44100
    t = np.arange(rate) / rate
    signal = (0.1 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)
    signal[20000:20050] = 0.99
    summary = Summary.of(signal, rate)
    ceiling = 10 ** (-3 / 20)
    # the limiter alone: no gain
    limited = LevelPlan(summary.block, summary.envelope(0.0, ceiling), 0.0, ceiling).apply(signal, 0)
    assert np.abs(limited).max() <= 10 ** (-3 / 20) + 1e-6
    assert np.allclose(limited[:15000], signal[:15000])


def test_clips_of_another_rate_keep_their_length_and_pitch():
    rate, seconds = 24000, 1.5
    t = np.arange(int(rate * seconds)) / rate
    tone = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    resampled = resample_clip(tone, rate, 44100)
    assert len(resampled) == int(44100 * seconds)
    spectrum = np.abs(np.fft.rfft(resampled))
    assert np.argmax(spectrum) * 44100 / len(resampled) == pytest.approx(440, abs=1)
    assert np.abs(resampled).max() == pytest.approx(0.5, abs=0.02)


@pytest.mark.parametrize("size", [1, 3, 11])
def test_running_filters_match_scipy(size):
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    from plaincast.audio.loudness import _running_mean, _running_min

    values = np.random.default_rng(size).random(500).astype(np.float32)
    assert np.array_equal(_running_min(values, size), minimum_filter1d(values, size, mode="nearest"))
    assert np.allclose(_running_mean(values, size), uniform_filter1d(values, size, mode="nearest"), atol=1e-6)
