"""The review page: a stand-alone, accessible page showing every change and how to overrule it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from bs4 import BeautifulSoup

from plaincast.config import Settings
from plaincast.model import Article, ArticleMeta, Block, Section, Sentence
from plaincast.plain import render_review_page, simplify


def build(tmp_path: Path):
    sentences = ["We utilize ice.", "Check out the pillar article for more tips.",
                 "People with acquired immunodeficiency syndrome (AIDS) need care.", "Walk every day."]
    article = Article("ice", "Ice & Rest", ArticleMeta(language="en"), (
        Section("", 1, (Block("paragraph", tuple(Sentence(s, original=s) for s in sentences[:2])),)),
        Section("Treatment", 1, (Block("paragraph", tuple(Sentence(s, original=s) for s in sentences[2:])),)),
    ), tmp_path / "ice.md")
    settings = Settings(root=tmp_path)
    return article, settings, simplify(article, settings)


def test_review_page_structure(tmp_path: Path):
    _, settings, plain = build(tmp_path)
    html = render_review_page(plain, settings)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "en"
    assert len(soup.find_all("h1")) == 1 and "Ice & Rest" in soup.h1.text
    for landmark in ("header", "main", "nav", "footer"):
        assert soup.find(landmark) is not None, landmark
    skip = soup.find("a", class_="skip")
    assert skip["href"] == "#main" and soup.find(id="main").name == "main"
    # stands alone: its own styles (the only link is the site's favicon)
    assert not soup.find_all("link", rel="stylesheet") and soup.find("style") is not None
    style = soup.style.text
    assert "font-size: 1.5rem" in style  # 24 px body text
    assert "italic" not in style and not soup.find_all(["i", "em"])
    # changes marked with del/ins and a text marker, not colour alone
    dels, inss = soup.find_all("del"), soup.find_all("ins")
    assert any("[removed: utilize]" in d.text for d in dels)
    assert any("[added: use]" in i.text for i in inss)
    # headings in order: h1, then h2 for each part
    levels = [int(h.name[1]) for h in soup.find_all(re.compile(r"^h[1-6]$"))]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))
    # grades before and after, refusals and dropped sentences listed with reasons
    text = soup.get_text(" ")
    assert "Before:" in text and "After:" in text and "Flesch-Kincaid" in text
    dropped = soup.find(id="dropped").find_parent("section")
    assert "Check out the pillar article for more tips." in dropped.get_text()
    refused = soup.find(id="refused").find_parent("section")
    assert "(AIDS)" in refused.get_text() and "condition name lost" in refused.get_text()
    # one table per section, original beside plain
    tables = soup.find_all("table")
    assert len(tables) == 2
    assert [th.text for th in tables[0].find_all("th")] == ["Original", "Plain"]


def test_review_page_snippets_paste_into_a_working_overrides_file(tmp_path: Path):
    article, settings, plain = build(tmp_path)
    soup = BeautifulSoup(render_review_page(plain, settings), "html.parser")
    assert "ice.review.toml" in soup.get_text()
    snippets = [pre.text for pre in soup.find_all("pre") if '"We utilize ice."' in pre.text]
    keep = next(s for s in snippets if "keep = true" in s)
    (tmp_path / "ice.review.toml").write_text(keep, encoding="utf-8")
    assert tomllib.loads(keep)["sentence"][0]["original"] == "We utilize ice."
    again = simplify(article, settings)
    assert next(again.all_sentences()).text == "We utilize ice."
    assert again.rewrites[0].change == "overridden"


def contrast(foreground: str, background: str) -> float:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_review_page_colours_meet_aaa_contrast(tmp_path: Path):
    _, settings, plain = build(tmp_path)
    style = BeautifulSoup(render_review_page(plain, settings), "html.parser").style.text
    # every background used with black text, and the link colour on white
    for background in re.findall(r"background: (#[0-9a-f]{6})", style):
        if background != "#000000":
            assert contrast("#000000", background) >= 7, background
    link = re.search(r"a \{ color: (#[0-9a-f]{6})", style).group(1)
    assert contrast(link, "#ffffff") >= 7


def test_review_page_in_chromium_has_no_axe_violations(tmp_path: Path):
    """The page as a clinic sees it: served over http on 127.0.0.1, checked by axe-core in
    headless Chromium (WCAG 2.2 AA rules, plus 7:1 contrast as large print asks)."""
    import threading

    from plaincast.site import make_server

    from .site_browser import WCAG_TAGS, describe, run_axe, start_chromium, stop_chromium

    _, settings, plain = build(tmp_path)
    output = tmp_path / "output"
    (output / "ice").mkdir(parents=True)
    (output / "ice" / "review.html").write_text(render_review_page(plain, settings), encoding="utf-8")
    server = make_server(output, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver, profile = start_chromium("--window-size=1280,1000")
    try:
        for width in (1280, 360):  # desktop and a phone-sized window (the narrow layout)
            driver.set_window_size(width, 1000)
            driver.get(f"http://127.0.0.1:{server.server_address[1]}/ice/review.html")
            assert driver.title and "Ice & Rest" in driver.title
            assert driver.execute_script("return document.querySelectorAll('del, ins').length") > 0
            violations = run_axe(driver, tags=WCAG_TAGS)
            assert violations == [], describe(violations)
            enhanced = run_axe(driver, rules=["color-contrast-enhanced"])
            assert enhanced == [], describe(enhanced)
    finally:
        stop_chromium(driver, profile)
        server.shutdown()
        server.server_close()
