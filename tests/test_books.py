"""Talking books from small fixture episodes (real MP3s of known length): EPUB structure,
media overlays against the real audio, accessibility metadata, the highlight's contrast,
the M4B's length and chapters, and reuse when nothing changed."""

from __future__ import annotations

import json
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from mutagen.mp4 import MP4

from plaincast.books import article_book, audiobook, book_cover, library_book, scratch_epub
from plaincast.books.epub import ACTIVE_CLASS, write_epub
from plaincast.books.m4b import write_m4b
from plaincast.books.overlay import overlay_clips
from plaincast.model import ArticleMeta
from plaincast.site import _entry, _slim
from plaincast.site.feed import feed_url
from plaincast.site.state import FeedState, podcast_guid, state_path

from .book_checks import NS, Book, check_overlays, contrast, css_rule, ffprobe_ms
from .site_fixtures import FIRST_SEEN, build_item, build_items, settings_for, sleep_sections


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("books")
    output = root / "output"
    items = build_items(output)
    # a third episode in Spanish: its chapter keeps its own language
    items.append(build_item(output, "dormir-bien", "Dormir bien", sleep_sections(),
                            ArticleMeta(language="es", date="2023-05-01")))
    settings = settings_for(root)
    state = FeedState.load(state_path(settings))
    entries = [_entry(item, settings, state, FIRST_SEEN) for item in items]
    entries.sort(key=lambda e: e.published, reverse=True)  # the library's order: newest first
    cover = book_cover(settings, "cover.png")
    books = root / "books"  # laid out as a build's scratch folder: <slug>/<slug>.epub
    article_epubs = {}
    for entry in entries:
        article_epubs[entry.slug] = scratch_epub(books / entry.slug, entry.slug)
        write_epub(article_book(entry, settings, cover), article_epubs[entry.slug])
    # the library is bound from the articles' books, from slim entries as publishing keeps them
    library_epub = books / "library.epub"
    write_epub(library_book([replace(e, item=_slim(e.item)) for e in entries], settings, cover, books),
               library_epub)
    m4b = books / "library.m4b"
    write_m4b(audiobook(entries, settings, cover), m4b)
    return {"root": root, "settings": settings, "entries": entries, "cover": cover,
            "library": library_epub, "articles": article_epubs, "m4b": m4b}


def test_overlay_clips_cover_every_spoken_element_back_to_back(library):
    entry = next(e for e in library["entries"] if e.slug == "blood-pressure")
    clips = overlay_clips(entry.item.plain, entry.item.episode)
    sentence_ids = [s.id for s in entry.item.plain.all_sentences()]
    # title and each sentence (list items included) in document order (these fixture
    # episodes speak no headings; the example build's tests check spoken headings)
    assert [c.target for c in clips] == ["title"] + [f"s{n}" for n in range(1, 11)]
    assert {c.target for c in clips} >= set(sentence_ids)
    assert clips[0].begin_ms == 0 and clips[-1].end_ms == entry.item.episode.duration_ms
    assert all(a.end_ms == b.begin_ms for a, b in zip(clips, clips[1:]))
    # sentence sN starts at N seconds (fixture: one second each after a one-second title)
    s3 = next(c for c in clips if c.target == "s3")
    assert (s3.begin_ms, s3.end_ms) == (3000, 4000)


def test_epub_container_mimetype_first_and_stored(library):
    for path in [library["library"], *library["articles"].values()]:
        with zipfile.ZipFile(path) as archive:
            first = archive.infolist()[0]
            assert first.filename == "mimetype"
            assert first.compress_type == zipfile.ZIP_STORED
            assert first.extra == b""
            assert archive.read("mimetype") == b"application/epub+zip"
            assert archive.testzip() is None


def test_every_overlay_matches_its_text_and_real_audio(library, tmp_path):
    for path in [library["library"], *library["articles"].values()]:
        overlays = check_overlays(Book(path), tmp_path)
        for overlay in overlays:
            # one <par> per spoken element, nothing more
            slug = Path(overlay.content).stem
            entry = next(e for e in library["entries"] if e.slug == slug)
            assert len(overlay.clips) == len(overlay_clips(entry.item.plain, entry.item.episode))
            assert overlay.duration_ms == entry.item.episode.duration_ms


def test_library_book_has_every_episode_as_a_chapter_in_library_order(library):
    book = Book(library["library"])
    spine = [book.items()[ref.get("idref")].get("href")
             for ref in book.opf.xpath("//opf:itemref", namespaces=NS)]
    assert spine == ["cover.xhtml"] + [f"text/{e.slug}.xhtml" for e in library["entries"]]
    nav = book.xml("EPUB/nav.xhtml")
    toc = nav.xpath("//x:nav[@epub:type='toc']", namespaces=NS)[0]
    chapters = toc.xpath("x:ol/x:li/x:a", namespaces=NS)
    assert [a.text for a in chapters] == [e.title for e in library["entries"]]
    # sections are listed under their article and lead to the heading's id
    sections = toc.xpath("x:ol/x:li[2]/x:ol/x:li/x:a", namespaces=NS)
    assert [a.text for a in sections] == ["What is blood pressure?", "Signs & symptoms <when to call>",
                                          "Your medicines"]
    assert [a.get("href") for a in sections][0] == "text/blood-pressure.xhtml#sec-2"
    assert not nav.xpath("//x:nav[@epub:type='page-list']", namespaces=NS)  # no print pages


def test_content_document_has_headings_with_ids_and_the_plain_text(library):
    book = Book(library["articles"]["blood-pressure"])
    doc = book.xml("EPUB/text/blood-pressure.xhtml")
    headings = doc.xpath("//x:h1|//x:h2|//x:h3", namespaces=NS)
    assert [(h.tag.split("}")[1], h.get("id"), h.text) for h in headings] == [
        ("h1", "title", "Blood pressure: what the numbers mean"),
        ("h2", "sec-2", "What is blood pressure?"),
        ("h3", "sec-3", "Signs & symptoms <when to call>"),
        ("h2", "sec-4", "Your medicines")]
    items = doc.xpath("//x:ul/x:li/x:span", namespaces=NS)
    assert [(s.get("id"), s.text) for s in items] == [
        ("s5", "Eat less salt."), ("s6", "Walk for 30 minutes a day."), ("s7", "Do not smoke.")]
    css = doc.xpath("//x:link[@rel='stylesheet']/@href", namespaces=NS)
    assert css == ["../css/book.css"]


def test_accessibility_metadata(library):
    book = Book(library["library"])
    assert book.meta("schema:accessMode") == ["textual", "auditory"]
    assert set(book.meta("schema:accessModeSufficient")) == {"textual", "auditory", "textual,auditory"}
    assert set(book.meta("schema:accessibilityFeature")) >= {
        "synchronizedAudioText", "structuralNavigation", "tableOfContents", "readingOrder",
        "displayTransformability"}
    assert book.meta("schema:accessibilityHazard") == ["none"]
    (summary,) = book.meta("schema:accessibilitySummary")
    assert "highlighted" in summary and len(summary.split()) > 20
    assert book.meta("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]
    # the cover image is declared, and shown with alt text
    cover_items = [i for i in book.items().values() if i.get("properties") == "cover-image"]
    assert len(cover_items) == 1
    img = book.xml("EPUB/cover.xhtml").xpath("//x:img", namespaces=NS)[0]
    assert img.get("src") == cover_items[0].get("href")
    assert "Plain Health & You" in img.get("alt")


def test_each_article_keeps_its_language(library):
    book = Book(library["library"])
    assert book.dc("language") == ["en", "es"]
    spanish = book.xml("EPUB/text/dormir-bien.xhtml")
    assert spanish.get("lang") == "es"
    assert spanish.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    single = Book(library["articles"]["dormir-bien"])
    assert single.dc("language")[0] == "en"  # the book's own words (contents, cover) are the show's
    assert "es" in single.dc("language")


def test_highlight_class_is_declared_linked_and_meets_7_to_1_in_light_and_dark(library):
    book = Book(library["articles"]["sleep-well"])
    assert book.meta("media:active-class") == [ACTIVE_CLASS]
    css = book.zip.read("EPUB/css/book.css").decode("utf-8")
    for media in (None, "prefers-color-scheme: dark"):
        rule = css_rule(css, "." + ACTIVE_CLASS, media)
        assert contrast(rule["color"], rule["background-color"]) >= 7, (media, rule)


def test_m4b_length_chapters_and_cover(library):
    m4b, entries = library["m4b"], library["entries"]
    total = sum(e.item.episode.duration_ms for e in entries)
    assert abs(ffprobe_ms(m4b) - total) <= 100
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-show_entries",
                            "stream=codec_name,channels", "-of", "json", str(m4b)],
                           capture_output=True, text=True, check=True).stdout
    data = json.loads(probe)
    assert [s["codec_name"] for s in data["streams"] if s.get("channels")] == ["aac"]
    expected, offset = [], 0
    for entry in entries:
        episode = entry.item.episode
        for position, chapter in enumerate(episode.chapters):
            expected.append((offset + chapter.start_ms, entry.title if position == 0 else chapter.title))
        offset += episode.duration_ms
    found = [(float(c["start_time"]) * 1000, c["tags"]["title"]) for c in data["chapters"]]
    assert [t for _, t in found] == [t for _, t in expected]
    assert all(abs(a - b) <= 50 for (a, _), (b, _) in zip(found, expected))
    tags = MP4(m4b).tags
    assert tags["covr"][0] == library["cover"].data
    assert tags["\xa9nam"] == ["Plain Health & You"]


def test_same_inputs_reuse_the_file_and_changed_inputs_remake_it(library, tmp_path):
    entry, settings, cover = library["entries"][0], library["settings"], library["cover"]
    book = article_book(entry, settings, cover)
    target = tmp_path / "again.epub"
    assert write_epub(book, target, previous=library["articles"][entry.slug]) is False
    assert target.stat().st_ino == library["articles"][entry.slug].stat().st_ino  # linked, not written
    changed = replace(book, title="A new title")
    assert write_epub(changed, target, previous=library["articles"][entry.slug]) is True
    assert Book(target).dc("title") == ["A new title"]
    m4b = tmp_path / "again.m4b"
    made = audiobook(library["entries"], settings, cover)
    assert write_m4b(made, m4b, previous=library["m4b"]) is False
    assert m4b.stat().st_ino == library["m4b"].stat().st_ino


def test_settings_and_flags_turn_the_books_off(library, tmp_path):
    from click.testing import CliRunner

    from plaincast.books import scratch_library_files
    from plaincast.cli import cli
    from plaincast.config import load_settings
    from plaincast.outputs import EpisodeView, SiteView
    from plaincast.outputs.books import article_epub, library_audiobook, library_epub
    from plaincast.site.pages import render_library_page

    config = tmp_path / "plaincast.toml"
    config.write_text("[epub]\nlibrary = false\n\n[audiobook]\nenabled = false\n", encoding="utf-8")
    settings = replace(load_settings(config), show=library["settings"].show)
    assert (settings.epub.enabled, settings.epub.library, settings.audiobook.enabled) == (True, False, False)
    entries = library["entries"]
    site = SiteView(entries, settings, "cover.png", tmp_path)
    assert list(library_epub(site)) == [] and list(library_audiobook(site)) == []
    made = list(article_epub(EpisodeView(entries[0], settings, tmp_path / entries[0].slug)))
    assert [f.path for f in made] == [f"{entries[0].slug}/{entries[0].slug}.epub"]
    page = render_library_page(entries, settings, "cover.png", scratch_library_files(tmp_path, settings))
    assert "talking-books-heading" not in page
    off = replace(settings, epub=replace(settings.epub, enabled=False))
    assert list(article_epub(EpisodeView(entries[0], off, tmp_path))) == []
    help_text = CliRunner().invoke(cli, ["build", "--help"]).output
    assert "--no-epub" in help_text and "--no-audiobook" in help_text
