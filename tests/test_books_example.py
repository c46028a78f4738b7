"""The example articles built for real (espeak-ng: the voice does not matter here), then every
talking book judged: EPUBCheck 5, DAISY Ace, each overlay against its real MP3, the M4B against
the episodes, the pages' links, and a rebuild with nothing changed that touches none of them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from plaincast.cli import cli
from plaincast.manifest import load_published

from .book_checks import ROOT, Book, ace_violations, check_overlays, epubcheck, ffprobe_ms


def book_files(output: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(output)): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in output.rglob("*") if p.suffix in (".epub", ".m4b")}


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    root = tmp_path_factory.mktemp("example")
    output, cache = root / "output", root / "cache"
    args = ["build", str(ROOT / "content"), "-o", str(output), "--engine", "espeak",
            "--cache-dir", str(cache)]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)  # the feed state file goes beside the build
        first = CliRunner().invoke(cli, args)
        before = book_files(output)
        second = CliRunner().invoke(cli, args)
        after = book_files(output)
        published = [load_published(output, p.stem) for p in sorted((ROOT / "content").iterdir())]
    return {"root": root, "output": output, "first": first, "second": second,
            "before": before, "after": after, "published": published}


def epubs(output: Path) -> list[Path]:
    return sorted(output.glob("*/*.epub")) + [output / "library.epub"]


def test_build_makes_a_talking_book_per_article_the_library_book_and_the_audiobook(example):
    assert example["first"].exit_code == 0, example["first"].output
    output = example["output"]
    names = {str(p.relative_to(output)) for p in epubs(output)}
    assert names == {"high-blood-pressure/high-blood-pressure.epub", "pain-relievers/pain-relievers.epub",
                     "type-2-diabetes/type-2-diabetes.epub", "library.epub"}
    assert (output / "library.m4b").is_file()


def test_epubcheck_finds_no_error_and_no_warning(example):
    for path in epubs(example["output"]):
        report = epubcheck(path)
        checker = report["checker"]
        messages = [(m["severity"], m["ID"], m["message"]) for m in report["messages"]]
        assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), (path.name, messages)
        assert checker["checkerVersion"].startswith("5.")


def test_ace_finds_no_serious_or_critical_violation(example, tmp_path):
    # the library's book holds every article's content document; one article's own
    # book stands for the others' package and navigation (the same templates)
    output = example["output"]
    for path in (output / "library.epub", output / "pain-relievers" / "pain-relievers.epub"):
        found = ace_violations(path, tmp_path / path.stem)
        assert not [v for v in found if v[0] in ("serious", "critical")], (path.name, found)


def test_every_overlay_reads_the_real_audio_and_speaks_the_headings(example, tmp_path):
    published = {p.article.slug: p for p in example["published"]}
    for path in epubs(example["output"]):
        for overlay in check_overlays(Book(path), tmp_path):
            item = published[Path(overlay.content).stem]
            targets = [fragment for fragment, _, _ in overlay.clips]
            headed = [s.id for s in item.plain.sections if s.heading]
            assert set(headed) <= set(targets)  # every heading is read, and highlighted
            spoken_ids = {c.sentence_id for c in item.episode.cues if c.sentence_id}
            assert spoken_ids <= set(targets)  # every sentence read has its <par>
            # each sentence's clip starts exactly where the episode's cue does
            starts = {}
            for cue in item.episode.cues:
                starts.setdefault(cue.sentence_id, cue.start_ms)
            assert all(begin == starts[f] for f, begin, _ in overlay.clips if f in starts)


def test_audiobook_lasts_as_long_as_the_library_and_has_its_chapters(example):
    output = example["output"]
    library = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    order = [a["href"].split("/")[0] for a in library.select(".episode-card h3 a")]
    published = {p.article.slug: p for p in example["published"]}
    episodes = [published[slug].episode for slug in order]
    m4b = output / "library.m4b"
    assert abs(ffprobe_ms(m4b) - sum(e.duration_ms for e in episodes)) <= 100
    chapters = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(m4b)],
        capture_output=True, text=True, check=True).stdout)["chapters"]
    expected, offset = [], 0
    for episode in episodes:
        expected += [offset + c.start_ms for c in episode.chapters]
        offset += episode.duration_ms
    assert len(chapters) == len(expected) and len(expected) > 3 * len(episodes)
    assert all(abs(float(c["start_time"]) * 1000 - start) <= 50 for c, start in zip(chapters, expected))


def test_pages_link_the_talking_books_and_the_library_explains_them(example):
    output = example["output"]
    page = BeautifulSoup((output / "type-2-diabetes" / "index.html").read_text("utf-8"), "html.parser")
    links = {a["href"]: a.get_text(" ", strip=True) for a in page.select(".downloads a")}
    assert "EPUB" in links["type-2-diabetes.epub"] and "MB" in links["type-2-diabetes.epub"]
    library = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    section = library.find(id="talking-books-heading").find_parent("section")
    text = section.get_text(" ", strip=True)
    assert "Thorium Reader" in text and "highlighted" in text
    hrefs = {a["href"] for a in section.select("a")}
    assert hrefs == {"library.epub", "library.m4b"}
    feed = (output / "feed.xml").read_text("utf-8")
    assert ".epub" not in feed and ".m4b" not in feed  # the feed is unchanged: podcasts only


def test_unchanged_rebuild_neither_rewrites_nor_reencodes_the_books(example):
    assert example["second"].exit_code == 0, example["second"].output
    assert example["after"] == example["before"]
    assert len(example["before"]) == 5
