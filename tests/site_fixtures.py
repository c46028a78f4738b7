"""Small, real fixtures for the site tests: model objects plus a real MP3 and its transcripts.

Every sentence gets one second of audio after a one-second title, so sentence
s<N> starts at N seconds: easy to reason about in read-along tests.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from plaincast.config import Settings, ShowSettings
from plaincast.model import (
    Article, ArticleMeta, Block, Chapter, Cue, Episode, ListItem, PlainArticle, Published,
    Readability, Section, Sentence, number_sentences,
)

FIRST_SEEN = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
BASE_URL = "https://podcasts.example.org/plain-health/"


def ffmpeg_exe() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def make_mp3(path: Path, seconds: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", f"sine=frequency=330:sample_rate=44100:duration={seconds}",
         "-ac", "1", "-b:a", "64k", "-map_metadata", "-1", "-fflags", "+bitexact",
         "-flags:a", "+bitexact", str(path)],
        check=True,
    )


def settings_for(root: Path, **show) -> Settings:
    values = dict(title="Plain Health & You", author="Clinic <Team>", email="pod@example.org",
                  base_url=BASE_URL, language="en-us",
                  copyright="© 2025 Example Clinic", description="Health articles in plain words, read aloud.")
    values.update(show)
    return Settings(show=ShowSettings(**values), root=root)


def _s(text: str) -> Sentence:
    return Sentence(text=text, original=text)


def _para(*texts: str) -> Block:
    return Block(kind="paragraph", sentences=tuple(_s(t) for t in texts))


def blood_pressure_sections() -> tuple[Section, ...]:
    return number_sentences((
        Section(heading="", level=1, blocks=(
            _para("High blood pressure often has no signs.", "A simple test can find it."),
        )),
        Section(heading="What is blood pressure?", level=1, blocks=(
            _para("Blood pressure is the push of blood on your artery walls.",
                  "A reading of 120/80 mmHg is normal for most adults."),
            Block(kind="list", ordered=False, items=(
                ListItem((_s("Eat less salt."),)),
                ListItem((_s("Walk for 30 minutes a day."),)),
                ListItem((_s("Do not smoke."),)),
            )),
        )),
        Section(heading="Signs & symptoms <when to call>", level=2, blocks=(
            Block(kind="quote", sentences=(_s("Call 911 if you have chest pain & a bad headache."),)),
        )),
        Section(heading="Your medicines", level=1, blocks=(
            _para("Take your pills at the same time each day.", "Never stop a medicine on your own."),
        )),
    ))


def sleep_sections() -> tuple[Section, ...]:
    return number_sentences((
        Section(heading="", level=1, blocks=(
            _para("Good sleep helps your heart.", "Most adults need seven to nine hours.",
                  "Keep your bedroom dark and cool."),
        )),
        Section(heading="When to see a doctor", level=1, blocks=(
            _para("Talk to your doctor if you snore loudly."),
        )),
    ))


def build_item(output: Path, slug: str, title: str, sections: tuple[Section, ...],
               meta: ArticleMeta, grade: float | None = 5.4) -> Published:
    """A Published item whose media files really exist in output/<slug>/."""
    folder = output / slug
    folder.mkdir(parents=True, exist_ok=True)
    article = Article(slug=slug, title=title, meta=meta, sections=sections,
                      source_path=Path(f"{slug}.md"))
    after = None if grade is None else Readability(
        fk_grade=grade, smog=7.9, reading_ease=80.2, words_per_sentence=9.5,
        share_at_grade6=0.8, sentences=10, words=95)
    plain = PlainArticle(slug=slug, title=title, meta=meta, sections=sections, original=article,
                         before=after, after=after)

    cues = [Cue(0, 1000, title, "", -1)]
    chapters = []
    t = 1000
    for index, section in enumerate(sections):
        chapter_start = t
        for sentence in section.all_sentences():
            cues.append(Cue(t, t + 900, sentence.text, sentence.id, index))
            t += 1000
        chapters.append(Chapter(chapter_start if index else 0, t, section.heading or title, section.id))
    duration_ms = t + 1000

    mp3 = folder / f"{slug}.mp3"
    make_mp3(mp3, duration_ms / 1000)

    def stamp(ms: int, sep: str) -> str:
        h, rest = divmod(ms, 3_600_000)
        m, rest = divmod(rest, 60_000)
        s, milli = divmod(rest, 1000)
        return f"{h:02d}:{m:02d}:{s:02d}{sep}{milli:03d}"

    vtt = folder / f"{slug}.vtt"
    vtt.write_text("WEBVTT\n\n" + "".join(
        f"{c.sentence_id or 'title'}\n{stamp(c.start_ms, '.')} --> {stamp(c.end_ms, '.')}\n{c.text}\n\n"
        for c in cues), encoding="utf-8")
    srt = folder / f"{slug}.srt"
    srt.write_text("".join(
        f"{i}\n{stamp(c.start_ms, ',')} --> {stamp(c.end_ms, ',')}\n{c.text}\n\n"
        for i, c in enumerate(cues, start=1)), encoding="utf-8")
    chapters_json = folder / f"{slug}.chapters.json"
    chapters_json.write_text(json.dumps({"version": "1.2.0", "chapters": [
        {"startTime": c.start_ms / 1000, "title": c.title} for c in chapters]}), encoding="utf-8")
    txt = folder / f"{slug}.txt"
    txt.write_text("\n".join(c.text for c in cues) + "\n", encoding="utf-8")

    episode = Episode(slug=slug, title=title, mp3_path=mp3, duration_ms=duration_ms,
                      size_bytes=mp3.stat().st_size, cues=tuple(cues), chapters=tuple(chapters),
                      vtt_path=vtt, srt_path=srt, chapters_json_path=chapters_json,
                      transcript_txt_path=txt, loudness_lufs=-16.0, true_peak_dbtp=-1.5)
    return Published(article=article, plain=plain, episode=episode)


def build_items(output: Path) -> list[Published]:
    """Two episodes: one dated with a summary, one undated with a front-matter GUID."""
    blood = build_item(output, "blood-pressure", "Blood pressure: what the numbers mean",
                       blood_pressure_sections(),
                       ArticleMeta(author="Dr. Lee", date="2024-03-12",
                                   summary="What blood pressure is, and 3 ways to lower it.",
                                   byline="Written by Dr. Lee, family doctor.", language="en"))
    sleep = build_item(output, "sleep-well", "Sleep well", sleep_sections(),
                       ArticleMeta(language="en", guid="urn:example:sleep-well-1"), grade=None)
    return [blood, sleep]


REVIEWED_ARTICLE = """# Pain medicines

You should utilize acetaminophen prior to commencing exercise in order to reduce discomfort.

In the event of chest pain, terminate the activity and call 911 immediately.

## Doses

Do not take more than 3,000 mg of acetaminophen in a 24-hour period.
"""


def with_review_page(item: Published, output: Path) -> None:
    """A real review page (the plain stage's, with changed sentences and their code snippets),
    written where the pipeline puts it."""
    from plaincast import ingest, plain

    source = output.parent / "reviewed" / "pain-medicines.md"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(REVIEWED_ARTICLE, encoding="utf-8")
    settings = Settings(root=source.parent)
    simplified = plain.simplify(ingest.read_article(source), settings)
    (output / item.episode.slug / "review.html").write_text(
        plain.render_review_page(simplified, settings), encoding="utf-8")


__all__ = ["BASE_URL", "FIRST_SEEN", "build_item", "build_items", "make_mp3", "replace",
           "settings_for", "with_review_page"]
