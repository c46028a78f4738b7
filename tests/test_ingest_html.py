"""The HTML reader: main content only, structure kept, page furniture and hostile markup dropped."""

from __future__ import annotations

from pathlib import Path

from plaincast.ingest import read_article
from plaincast.model import Link

PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>Staying Hydrated | Riverside Clinic</title>
  <meta name="description" content="How much to drink, and when to drink more.">
  <meta name="author" content="Lena Brooks">
  <meta property="article:published_time" content="2026-02-10T08:00:00Z">
  <style>body { font-family: sans-serif } .secret { content: "STYLE TEXT" }</style>
  <script>window.trackMe("SCRIPT IN HEAD");</script>
</head>
<body>
  <header><h1>Riverside Clinic</h1><nav><a href="/">Home</a> <a href="/about">About us</a></nav></header>
  <aside>Sidebar promotion text</aside>
  <main>
    <h1>Staying <em>Hydrated</em></h1>
    <p>Water keeps your body working. Most adults need about 8&nbsp;cups a day &mdash; more in hot weather.</p>
    <h2>Signs You Need More Water</h2>
    <p>Watch for these:</p>
    <ul>
      <li>Dark yellow urine</li>
      <li>Headache <ul><li>especially in the afternoon</li></ul></li>
      <li>Feeling <strong>dizzy</strong> when you stand</li>
    </ul>
    <script>document.write("SCRIPT IN MAIN")</script>
    <noscript>Please enable JavaScript</noscript>
    <h3>For Older Adults</h3>
    <p>Thirst fades with age. Keep a glass of water <a href="https://example.org/older">within reach</a>.</p>
    <blockquote><p>Sip, don&rsquo;t gulp.</p></blockquote>
    <div class="share">Share this on social media</div>
    <div>Loose text in a div. <b>Still</b> part of the article.</div>
    <h4>Drinks That Count</h4>
    <ol><li>Water</li><li>Milk</li></ol>
    <table><tr><th>Drink</th><th>Cups</th></tr><tr><td>Water</td><td>6</td></tr></table>
    <figure><img src="glass.png" alt="A GLASS OF WATER"><figcaption>FIGURE CAPTION</figcaption></figure>
    <form><label>Email</label><input name="e"><button>Subscribe</button></form>
    <p hidden>HIDDEN TEXT</p>
    <iframe src="https://ads.example"></iframe>
  </main>
  <footer>Copyright 2026 Riverside Clinic. Privacy policy.</footer>
</body>
</html>
"""


def read(tmp_path: Path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return read_article(path)


def spoken(article) -> str:
    return " ".join(s.text for s in article.all_sentences())


def test_title_meta_and_sections(tmp_path: Path):
    article = read(tmp_path, PAGE)
    assert article.title == "Staying Hydrated"  # the main h1, not the site's h1 in <header>
    meta = article.meta
    assert (meta.language, meta.author, meta.date, meta.source_format) == ("en-US", "Lena Brooks", "2026-02-10", "html")
    assert meta.summary == "How much to drink, and when to drink more."
    assert [(s.heading, s.level) for s in article.sections] == [
        ("", 1), ("Signs You Need More Water", 1), ("For Older Adults", 2), ("Drinks That Count", 2)]


def test_blocks_keep_their_structure(tmp_path: Path):
    article = read(tmp_path, PAGE)
    intro = article.sections[0].blocks[0]
    assert intro.text == "Water keeps your body working. Most adults need about 8 cups a day — more in hot weather."
    signs = article.sections[1].blocks
    assert [b.kind for b in signs] == ["paragraph", "list"]
    assert [i.text for i in signs[1].items] == [
        "Dark yellow urine", "Headache", "especially in the afternoon", "Feeling dizzy when you stand"]
    older = article.sections[2].blocks
    assert [b.kind for b in older] == ["paragraph", "quote", "paragraph"]
    assert older[1].text == "Sip, don’t gulp."
    assert older[2].text == "Loose text in a div. Still part of the article."
    drinks = article.sections[3].blocks
    assert drinks[0].ordered and [i.text for i in drinks[0].items] == ["Water", "Milk"]
    assert drinks[1].kind == "table" and drinks[1].header == ("Drink", "Cups")
    assert drinks[1].items[0].text == "Water: 6"
    assert article.meta.links == (Link("within reach", "https://example.org/older"),)


def test_page_furniture_never_reaches_the_sentences(tmp_path: Path):
    text = spoken(read(tmp_path, PAGE))
    for leaked in ["SCRIPT", "STYLE", "trackMe", "Riverside", "Home", "About us", "Sidebar", "Share this",
                   "JavaScript", "A GLASS", "FIGURE", "Subscribe", "Email", "HIDDEN", "Copyright", "Privacy"]:
        assert leaked not in text, leaked


def test_article_then_body_are_the_fallback_roots(tmp_path: Path):
    article = read(tmp_path, "<body><nav>Menu</nav><article><h1>Ear Care</h1><p>Do not use cotton buds.</p>"
                             "</article><p>Outside the article.</p></body>")
    assert article.title == "Ear Care" and spoken(article) == "Do not use cotton buds."
    bare = read(tmp_path, "<title>Eye Drops - Tips</title><p>Wash your hands first.</p>", "bare.htm")
    assert bare.title == "Eye Drops - Tips" and spoken(bare) == "Wash your hands first."


def test_hostile_markup_is_read_safely(tmp_path: Path):
    depth = 20_000
    hostile = (
        "<html><body><main><h1>Safe &amp; Sound<script>TITLE SCRIPT</script></h1>"
        + "<div>" * depth + "<p>Deep text survives.</p>" + "</div>" * depth
        + "<span>" * 5_000 + "Nested inline text." + "</span>" * 5_000
        + f'<p title="{"x" * 500_000}">Huge attribute.</p>'
        + '<p><a href="javascript:alert(1)">Click</a> <a href="data:text/html,hi">here</a> '
        + '<a href=" JaVaScRiPt:evil()">now</a>.</p>'
        + "<p>&lt;script&gt;not real&lt;/script&gt; &#169; &unknown; &#x1F600; &#0; ok.</p>"
        + "<script>var leaked = 1;<!-- </script><p>After the script.</p>"
        + "<style>p { color: red }</style><template><p>TEMPLATE</p></template>"
        + "<iframe srcdoc='<p>IFRAME</p>'></iframe><svg><text>SVG TEXT</text></svg>"
        + "<!-- COMMENT --><![CDATA[ CDATA ]]><p onclick='steal()'>Unclosed <b>tags <i>everywhere"
    )
    article = read(tmp_path, hostile)  # returns at all: no recursion error, no quadratic blow-up
    assert article.title == "Safe & Sound"
    text = spoken(article)
    for kept in ["Deep text survives.", "Nested inline text.", "Huge attribute.", "Click here now.",
                 "After the script.", "Unclosed tags everywhere"]:
        assert kept in text
    for leaked in ["TITLE SCRIPT", "leaked", "color", "TEMPLATE", "IFRAME", "SVG", "COMMENT", "CDATA", "steal", "xxxx"]:
        assert leaked not in text
    assert "<script>not real</script>" in text  # escaped text is text, not markup
    assert article.meta.links == ()  # javascript: and data: URLs are never kept


def test_nothing_but_markup_is_refused(tmp_path: Path):
    import pytest

    from plaincast.errors import InputError

    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav>"
                    "<div hidden>secret</div></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no body text|no readable text"):
        read_article(path)


def test_loose_text_split_by_double_line_breaks(tmp_path: Path):
    article = read(tmp_path, "<title>Notes</title><body>Line one<br>line two.<br><br>Second part.<br> <br>Third.</body>")
    assert [b.text for b in article.sections[0].blocks] == ["Line one line two.", "Second part.", "Third."]


def test_title_from_the_articles_own_header(tmp_path: Path):
    article = read(tmp_path, "<body><header><h1>Clinic Name</h1></header><main><article><header>"
                             "<h1>Flu Shots</h1><p>Posted by staff</p></header><p>Get one every autumn.</p>"
                             "</article></main></body>")
    assert article.title == "Flu Shots"
    assert spoken(article) == "Get one every autumn."
