"""Caption cues, numbered lists and tables as a listener and a caption reader meet them.

A small Markdown article is read, scripted and spoken by the real Piper voice;
the VTT and SRT written from its timings are read back by real parsers
(webvtt-py, srt) and held to the broadcast caption rules in SPECS.md.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import srt
import webvtt

from plaincast.audio.captions import LINE_CHARS, break_cost, cue_lines, phrases
from plaincast.audio.timeline import assemble
from plaincast.audio.transcripts import render_srt, render_text, render_vtt
from plaincast.config import PlainSettings, Settings
from plaincast.ingest import read_article
from plaincast.model import VoiceSettings
from plaincast.narrate import build_script, get_engine, speak
from plaincast.plain import simplify

ARTICLE = """\
# Starting metformin

Upset stomach and loose stools are common at first and usually fade within a few weeks.

## Checking your blood sugar

Before you check:

1. Wash and dry your hands.
2. Prick the side of a finger.

## Targets

| Time | Goal |
| --- | --- |
| Before meals | 80 to 130 mg/dL |
| Two hours after a meal | below 180 mg/dL |

## Talk to us

Never stop a diabetes medicine or change your dose without talking to your care team.
"""

DETERMINERS = {"a", "an", "the", "your", "their", "this", "these", "my", "our"}


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory):
    root = tmp_path_factory.mktemp("captions")
    source = root / "metformin.md"
    source.write_text(ARTICLE, encoding="utf-8")
    settings = Settings(root=root, plain=PlainSettings(enabled=False))
    script = build_script(simplify(read_article(source), settings), settings)
    clips = speak(script, get_engine(VoiceSettings()), root / "cache").clips
    timeline = assemble(script, clips)
    files = {}
    for suffix, text in (("vtt", render_vtt(timeline.cues)), ("srt", render_srt(timeline.cues)),
                         ("txt", render_text(script, settings.narration))):
        files[suffix] = root / f"metformin.{suffix}"
        files[suffix].write_text(text, encoding="utf-8")
    # each utterance owns its clip and the pause after it, up to the next clip
    spans = [(1000 * start / timeline.sample_rate,
              1000 * (timeline.spans[i + 1][0] if i + 1 < len(timeline.spans) else end) / timeline.sample_rate)
             for i, (start, end) in enumerate(timeline.spans)]
    return script, spans, files


def test_every_cue_follows_the_caption_rules(transcripts):
    script, spans, files = transcripts
    cues = list(webvtt.read(str(files["vtt"])))
    subtitles = list(srt.parse(files["srt"].read_text(encoding="utf-8")))
    assert [c.text for c in cues] == [s.content for s in subtitles]
    texts = {u.text for u in script.utterances}
    for cue, subtitle in zip(cues, subtitles):
        lines = cue.text.split("\n")
        seconds = (subtitle.end - subtitle.start) / timedelta(milliseconds=1) / 1000
        assert len(lines) <= 2 and all(len(line) <= LINE_CHARS for line in lines), cue.text
        assert seconds >= 1.0, (cue.text, seconds)
        words = cue.text.split()
        assert len(words) > 1 or cue.text in texts, f"orphan word cue {cue.text!r}"
        assert words[-1].lower().strip(",") not in DETERMINERS, cue.text
        for line in lines[:-1]:
            assert line.split()[-1].lower() not in DETERMINERS, cue.text
        if len(lines) == 2 and len(cue.text) > LINE_CHARS:
            assert abs(len(lines[1]) - len(lines[0])) <= 24, cue.text  # balanced


def test_a_long_sentence_is_cut_at_a_phrase_and_stays_inside_its_own_time(transcripts):
    script, spans, files = transcripts
    sentence = "Upset stomach and loose stools are common at first and usually fade within a few weeks."
    position = next(i for i, u in enumerate(script.utterances) if u.text == sentence)
    start_ms, end_ms = spans[position]
    pieces = [s for s in srt.parse(files["srt"].read_text(encoding="utf-8"))
              if start_ms - 1 <= s.start.total_seconds() * 1000 < end_ms - 1]
    texts = [" ".join(p.content.split()) for p in pieces]
    assert len(texts) == 2 and " ".join(texts) == sentence
    # cut before a conjunction or a preposition ("... at first | and usually fade ..."), whatever the few
    # milliseconds Piper's timing varies by; never inside a phrase ("and usually | fade")
    words = sentence.split()
    assert break_cost(words, len(texts[0].split())) <= 4.0, texts
    assert texts[1].split()[0] in {"and", "at", "within"}, texts
    for piece in pieces:
        assert start_ms - 1 <= piece.start.total_seconds() * 1000
        assert piece.end.total_seconds() * 1000 <= end_ms + 1


def test_numbered_steps_keep_their_numbers_as_the_voice_says_them(transcripts):
    script, _, files = transcripts
    said = [u for u in script.utterances if u.kind == "item"][:2]
    assert [u.spoken.split(".")[0] for u in said] == ["One", "Two"]
    vtt_text = [" ".join(c.text.split()) for c in webvtt.read(str(files["vtt"]))]
    srt_text = [" ".join(s.content.split()) for s in srt.parse(files["srt"].read_text(encoding="utf-8"))]
    for expected in ("1. Wash and dry your hands.", "2. Prick the side of a finger."):
        assert expected in vtt_text and expected in srt_text
    lines = files["txt"].read_text(encoding="utf-8").splitlines()
    assert "1. Wash and dry your hands." in lines and "2. Prick the side of a finger." in lines


def test_table_rows_are_narrated_one_by_one_with_their_headers(transcripts):
    script, _, files = transcripts
    rows = [u for u in script.utterances if u.text.startswith(("Before meals", "Two hours"))]
    assert [u.text for u in rows] == ["Before meals: 80 to 130 mg/dL", "Two hours after a meal: below 180 mg/dL"]
    assert rows[0].spoken == "Before meals: eighty to one hundred thirty milligrams per deciliter."
    lines = files["txt"].read_text(encoding="utf-8").splitlines()
    assert "- Before meals: 80 to 130 mg/dL" in lines
    assert any(" ".join(c.text.split()) == "Before meals: 80 to 130 mg/dL" for c in webvtt.read(str(files["vtt"])))


def test_phrases_never_strand_a_word_or_split_a_noun_phrase():
    sentence = ("If you need a scan with contrast dye or surgery, tell the staff you take metformin, "
                "because it may need to be paused for a short time.")
    pieces = phrases(sentence, 1000 * len(sentence) / 14)  # Piper speaks about 14 characters a second
    assert " ".join(p.text for p in pieces) == sentence
    assert pieces[0].text.endswith("surgery,") and pieces[-1].text.startswith("because")
    for piece in pieces:
        assert len(piece.text.split()) > 1
        assert (piece.end - piece.start) * len(sentence) / 14 >= 1.0
    assert phrases("Yes.", 400)[0].text == "Yes."


def test_two_lines_are_balanced_and_break_at_a_phrase():
    text = "Talk with your health care team about the goals that are right for you."
    top, bottom = cue_lines(text).split("\n")
    assert len(bottom) >= len(top) - 4 and top.split()[-1] not in DETERMINERS
    assert break_cost("the doctor".split(), 1) > break_cost("said, the".split(), 1)
    assert break_cost("1. Wash".split(), 1) > break_cost("hands. Then".split(), 1)
