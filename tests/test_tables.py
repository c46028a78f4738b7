"""Tables: read from Markdown and HTML into table blocks, kept by the plain stage,
and shown on the episode page as a real table with header cells."""

from __future__ import annotations

import threading
from pathlib import Path

from lxml import etree
from selenium.webdriver.common.by import By

from plaincast.config import Settings
from plaincast.ingest import read_article
from plaincast.model import ArticleMeta
from plaincast.outline import render_outline
from plaincast.plain import simplify
from plaincast.site import make_server, publish

from .site_browser import WCAG_TAGS, browser, describe, open_episode, run_axe, wait_for
from .site_fixtures import FIRST_SEEN, build_item, settings_for

__all__ = ["browser"]  # a fixture: imported so pytest finds it here

MARKDOWN = """\
# Blood sugar goals

Most adults aim for these numbers.

| Time | Common goal | Older adults |
| --- | --- | --- |
| Before meals | 80 to 130 mg/dL | 90 to 150 mg/dL |
| Two hours after a meal | below 180 mg/dL | below 200 mg/dL |
"""

HTML = """<!doctype html><html lang="en"><head><title>Doses</title></head><body><main>
<h1>Pain reliever doses</h1>
<p>Never take more than the label says.</p>
<table>
  <caption>Usual adult doses</caption>
  <thead><tr><th>Medicine</th><th>Dose</th></tr></thead>
  <tbody>
    <tr><th>Acetaminophen</th><td>650 mg every 4 to 6 hours</td></tr>
    <tr><th>Naproxen</th><td>220 mg every 8 to 12 hours</td></tr>
  </tbody>
</table>
</main></body></html>
"""


def read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_markdown_table_rows_read_with_their_headers(tmp_path):
    article = read(tmp_path, "goals.md", MARKDOWN)
    table = article.sections[0].blocks[1]
    assert table.kind == "table" and table.header == ("Time", "Common goal", "Older adults")
    assert table.rows[0] == ("Before meals", "80 to 130 mg/dL", "90 to 150 mg/dL")
    assert [item.text for item in table.items] == [
        "Before meals, common goal: 80 to 130 mg/dL; older adults: 90 to 150 mg/dL",
        "Two hours after a meal, common goal: below 180 mg/dL; older adults: below 200 mg/dL",
    ]
    assert "1 table, 2 rows)" in render_outline(article)


def test_html_table_keeps_its_caption_and_row_headers(tmp_path):
    article = read(tmp_path, "doses.html", HTML)
    blocks = article.sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "table"]
    assert blocks[1].text == "Usual adult doses"
    assert blocks[2].header == ("Medicine", "Dose")
    assert [item.text for item in blocks[2].items] == [
        "Acetaminophen: 650 mg every 4 to 6 hours", "Naproxen: 220 mg every 8 to 12 hours"]


def test_plain_stage_keeps_table_cells_and_numbers(tmp_path):
    article = read(tmp_path, "goals.md", MARKDOWN)
    plain = simplify(article, Settings(root=tmp_path))
    before = article.sections[0].blocks[1]
    after = plain.sections[0].blocks[1]
    assert after.kind == "table" and after.rows == before.rows and after.header == before.header
    assert [i.text for i in after.items] == [i.text for i in before.items]


def test_page_shows_a_table_with_header_cells_and_rows_for_the_read_along(tmp_path):
    article = read(tmp_path, "goals.md", MARKDOWN)
    output = tmp_path / "output"
    item = build_item(output, "goals", article.title, article.sections, ArticleMeta(language="en"))
    publish([item], settings_for(tmp_path), output, now=FIRST_SEEN)
    tree = etree.HTML((output / "goals" / "index.html").read_text(encoding="utf-8"))
    tables = tree.xpath("//section[@id='article-text']//table")
    assert len(tables) == 1
    table = tables[0]
    assert [(th.get("scope"), th.text) for th in table.xpath("./thead/tr/th")] == [
        ("col", "Time"), ("col", "Common goal"), ("col", "Older adults")]
    rows = table.xpath("./tbody/tr")
    assert [[c.tag for c in row] for row in rows] == [["th", "td", "td"]] * 2
    assert [row[0].get("scope") for row in rows] == ["row", "row"]
    assert [[c.text for c in row] for row in rows] == [list(r) for r in article.sections[0].blocks[1].rows]
    # each row is what the voice reads next: the read-along can highlight it
    sentence_ids = [s.id for s in article.sections[0].blocks[1].all_sentences()]
    assert [row.get("id") for row in rows] == sentence_ids
    assert all("sentence" in row.get("class") and row.get("data-start") for row in rows)


def test_table_page_in_a_browser_passes_axe_reflows_and_highlights_rows(tmp_path, browser):
    article = read(tmp_path, "goals.md", MARKDOWN)
    output = tmp_path / "output"
    item = build_item(output, "goals", article.title, article.sections, ArticleMeta(language="en"))
    publish([item], settings_for(tmp_path), output, now=FIRST_SEEN)
    server = make_server(output, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        browser.set_window_size(1280, 1000)
        open_episode(browser, base, "goals")
        violations = run_axe(browser, tags=WCAG_TAGS)
        assert violations == [], describe(violations)
        row = browser.find_element(By.CSS_SELECTOR, "table tbody tr")
        start = float(row.get_attribute("data-start"))
        browser.execute_script("document.getElementById('episode-audio').currentTime = arguments[0] + 0.05;", start)
        wait_for(browser, f"return document.getElementById('{row.get_attribute('id')}').classList.contains('is-current');")
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": False})
        try:
            browser.get(base + "goals/index.html")
            sizes = browser.execute_script(
                "return [document.documentElement.clientWidth, document.documentElement.scrollWidth];")
            assert sizes[1] <= sizes[0], sizes
        finally:
            browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    finally:
        server.shutdown()
        server.server_close()


def test_every_word_of_a_table_is_accounted_for_as_narrated(tmp_path):
    """The build's words-in = words-out check follows table rows into the script too."""
    from plaincast import narrate, plain
    from plaincast.accounting import account_words
    from plaincast.config import Settings
    from plaincast.ingest import read_article

    source = tmp_path / "goals.md"
    source.write_text("# Goals\n\nYour goals depend on you.\n\n"
                      "| Test | Goal |\n| --- | --- |\n| Before meals | 80 to 130 mg/dL |\n"
                      "| A1C | below 7% |\n", encoding="utf-8")
    settings = Settings(root=tmp_path)
    article = read_article(source)
    plain_article = plain.simplify(article, settings)
    words = account_words(article, plain_article, narrate.build_script(plain_article, settings))
    assert words.lost == 0 and words.missing == (), words
    assert words.narrated == words.read > 10
    kept_rows = [r for r in plain_article.rewrites if r.original.startswith(("Before meals", "A1C"))]
    assert [r.change for r in kept_rows] == ["kept", "kept"]
