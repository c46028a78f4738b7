"""The example articles that ship in content/ read cleanly, each in its own format."""

from __future__ import annotations

from pathlib import Path

import pytest

from plaincast.ingest import SUPPORTED_SUFFIXES, read_article

CONTENT = Path(__file__).resolve().parent.parent / "content"


def spoken(article) -> str:
    return " ".join(s.text for s in article.all_sentences())


def test_content_has_one_article_per_format():
    formats = {read_article(p).meta.source_format for p in CONTENT.iterdir() if p.suffix in SUPPORTED_SUFFIXES}
    assert formats == {"text", "markdown", "html"}


@pytest.mark.parametrize("name", sorted(p.name for p in CONTENT.iterdir() if p.suffix in SUPPORTED_SUFFIXES))
def test_every_article_parses_with_title_sections_and_sentences(name: str):
    article = read_article(CONTENT / name)
    assert article.title and article.slug == Path(name).stem
    headed = [s for s in article.sections if s.heading]
    assert len(headed) >= 5
    assert {s.level for s in headed} == {1, 2}
    assert 550 <= article.word_count <= 1000
    assert any(b.kind == "list" for s in article.sections for b in s.blocks)
    assert all(s.text.strip() for s in article.all_sentences())


def test_plain_text_article_shapes():
    article = read_article(CONTENT / "high-blood-pressure.txt")
    assert article.title == "Taking Control of High Blood Pressure"
    assert article.sections[0].heading == ""
    assert article.meta.author == "Marcus Hale"
    assert "writer at" in article.meta.byline and "Marcus Hale" not in spoken(article)
    # lead-ins stay sentences; a Title Case ":" line is a heading
    texts = [b.text for s in article.sections for b in s.blocks if b.kind == "paragraph"]
    assert "Other things that raise your risk include:" in texts
    assert ("Steps for an Accurate Reading", 2) in [(s.heading, s.level) for s in article.sections]


def test_markdown_article_keeps_numbers_units_and_negations():
    article = read_article(CONTENT / "type-2-diabetes.md")
    meta = article.meta
    assert article.title == "Living Well With Type 2 Diabetes"
    assert meta.author and meta.date == "2026-03-02" and meta.summary
    text = spoken(article)
    for kept in ["500 mg", "80 to 130 mg/dL", "130/80", "70 mg/dL", "does not use insulin well", "Never stop"]:
        assert kept in text, kept


def test_html_article_drops_page_furniture():
    article = read_article(CONTENT / "pain-relievers.html")
    assert article.title == "Using Pain Relievers Safely"
    text = spoken(article)
    for kept in ["acetaminophen", "ibuprofen", "NSAIDs", "3,000 mg", "“over the counter”"]:
        assert kept in text, kept
    for leaked in ["must never be read aloud", "dataLayer", "track(", "Skip to main", "Our Services",
                   "Contact Us", "Related Articles", "Privacy Policy", "not personal medical advice"]:
        assert leaked not in text, leaked
    assert article.meta.language == "en" and article.meta.summary.startswith("How to use acetaminophen")
