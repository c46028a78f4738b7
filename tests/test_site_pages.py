"""Page rendering details that need no browser: structure, escaping, edge cases."""

from __future__ import annotations

import feedparser
from lxml import etree

from plaincast.model import ArticleMeta, Block, Section, Sentence, number_sentences
from plaincast.site import publish
from plaincast.site.render import clock, file_size, spoken_length

from .site_fixtures import FIRST_SEEN, build_item, build_items, settings_for


def test_publish_with_no_items_writes_an_empty_library_and_feed(tmp_path):
    output = tmp_path / "output"
    publish([], settings_for(tmp_path), output, now=FIRST_SEEN)
    library = etree.HTML((output / "index.html").read_text(encoding="utf-8"))
    assert "There are no episodes yet." in library.xpath("//p/text()")
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert not feed.bozo and feed.entries == [] and feed.feed.title == "Plain Health & You"
    assert (output / "cover.png").is_file() and (output / "static" / "player.js").is_file()


def test_headings_never_skip_a_level_and_article_text_is_escaped(tmp_path):
    output = tmp_path / "output"
    sections = number_sentences((
        Section(heading="Starts with a sub-heading", level=2, blocks=(
            Block(kind="paragraph", sentences=(Sentence("Use <b>bold</b> & \"quotes\"."),)),)),
        Section(heading="A top heading", level=1, blocks=(
            Block(kind="list", ordered=True, items=()),)),
        Section(heading="Below it", level=2, blocks=(
            Block(kind="paragraph", sentences=(Sentence("<script>alert(1)</script>"),)),)),
    ))
    item = build_item(output, "odd", "Odd <article>", sections, ArticleMeta(language="en"))
    publish([item], settings_for(tmp_path), output, now=FIRST_SEEN)
    page = (output / "odd" / "index.html").read_text(encoding="utf-8")
    tree = etree.HTML(page)
    headings = [(h.tag, h.text) for h in tree.xpath("//article//*[self::h1 or self::h2 or self::h3]")]
    assert headings == [("h1", "Odd <article>"), ("h2", "Listen"), ("h2", "Chapters"),
                        ("h2", "The article"), ("h2", "Starts with a sub-heading"),
                        ("h2", "A top heading"), ("h3", "Below it"), ("h2", "Downloads")]
    assert "<script>alert(1)</script>" not in page
    assert tree.xpath("//span[@id='s2']/text()") == ["<script>alert(1)</script>"]
    assert tree.xpath("//span[@id='s1']/text()") == ['Use <b>bold</b> & "quotes".']


def test_summary_falls_back_to_whole_first_sentences(tmp_path):
    output = tmp_path / "output"
    long_sentences = tuple(Sentence(f"Sentence number {n} says something useful about your health.")
                           for n in range(20))
    sections = number_sentences((Section("", 1, (Block("paragraph", long_sentences),)),))
    item = build_item(output, "long", "Long", sections, ArticleMeta(language="en"))
    publish([item], settings_for(tmp_path), output, now=FIRST_SEEN)
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    summary = feed.entries[0].summary
    assert summary.startswith("Sentence number 0 says") and summary.endswith("health.")
    assert 150 < len(summary) <= 300


def test_display_helpers():
    assert spoken_length(583_000) == "9 minutes 43 seconds"
    assert spoken_length(60_000) == "1 minute"
    assert spoken_length(1_000) == "1 second"
    assert clock(3_723_000) == "1:02:03" and clock(65_000) == "1:05"
    assert file_size(4_200_000) == "4.2 MB" and file_size(38_400) == "38 KB" and file_size(512) == "512 bytes"


def test_episode_page_shows_a_written_summary_but_never_repeats_the_first_sentences(tmp_path):
    output = tmp_path / "output"
    publish(build_items(output), settings_for(tmp_path), output, now=FIRST_SEEN)
    blood = etree.HTML((output / "blood-pressure" / "index.html").read_text(encoding="utf-8"))
    assert blood.xpath("//p[@class='summary']/text()") == ["What blood pressure is, and 3 ways to lower it."]
    sleep = etree.HTML((output / "sleep-well" / "index.html").read_text(encoding="utf-8"))
    assert sleep.xpath("//p[@class='summary']") == []
    assert sleep.xpath("//span[@id='s1']/text()") == ["Good sleep helps your heart."]


def test_a_spanish_article_on_an_english_site_marks_only_its_own_words(tmp_path):
    """The page chrome ("Listen", "Downloads") stays English for the screen reader;
    the article's title, text, chapter titles and captions are marked Spanish."""
    output = tmp_path / "output"
    sections = number_sentences((
        Section("", 1, (Block("paragraph", (Sentence("Beba agua todos los días."),)),)),
        Section("Cómo dormir mejor", 1, (Block("paragraph", (Sentence("Duerma ocho horas."),)),)),
    ))
    spanish = build_item(output, "agua", "El agua y la salud", sections,
                         ArticleMeta(language="es", summary="Por qué beber agua."))
    english = build_items(output)[0]
    publish([spanish, english], settings_for(tmp_path), output, now=FIRST_SEEN)

    page = etree.HTML((output / "agua" / "index.html").read_text(encoding="utf-8"))
    assert page.get("lang") == "en"
    assert page.xpath("//h1/@lang") == ["es"]
    assert page.xpath("//p[@class='summary']/@lang") == ["es"]
    assert page.xpath("//section[@id='article-text']/@lang") == ["es"]
    assert page.xpath("//h2[@id='text-heading']/@lang") == ["en"]
    assert page.xpath("//track/@srclang") == ["es"]
    chapter_langs = page.xpath("//nav[@class='chapters']//a/span/@lang")
    assert chapter_langs and set(chapter_langs) == {"es"}
    assert not page.xpath("//section[@class='player']//*[@lang]")

    library = etree.HTML((output / "index.html").read_text(encoding="utf-8"))
    assert library.get("lang") == "en"
    assert library.xpath("//a[@href='agua/index.html']/@lang") == ["es"]
    assert library.xpath("//a[@href='blood-pressure/index.html']/@lang") == []

    # an English article on an English site gets no lang attributes at all
    english_page = (output / "blood-pressure" / "index.html").read_text(encoding="utf-8")
    assert english_page.count(" lang=") == 1
    assert 'srclang="en"' in english_page
