"""HTML articles: the page's main content through BeautifulSoup with lxml.

- content root: <main> (or role="main"), else <article>, else <body>;
- dropped before reading: script, style, nav, header, footer, aside, noscript,
  template, iframe, form, svg and other non-text elements, landmark roles for
  page furniture, hidden / aria-hidden elements, and elements whose class or
  id names page furniture (nav, sidebar, cookie, share ... see
  data/boilerplate_classes.txt);
- title: the first <h1> of the content, else <title>, else any <h1>; h2 is a
  level-1 section, h3-h6 level 2;
- p, ul/ol/li (nested items flattened in reading order), blockquote, tables
  (a <caption> becomes the paragraph before the table), dl; text loose in a <div> becomes a paragraph;
- figures, images (alt text is not narrated) and <pre> code are dropped;
- meta: description -> summary, author, date, <html lang>; links keep their
  text and safe absolute URLs go to meta.links.

The tree is walked with an explicit stack, so deeply nested hostile markup
cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from plaincast.errors import InputError
from plaincast.ingest.draft import Draft, word_list
from plaincast.ingest.metadata import iso_date, safe_url
from plaincast.ingest.normalize import collapse

DROPPED_TAGS = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "iframe",
    "form", "svg", "math", "object", "embed", "applet", "canvas", "video", "audio", "picture",
    "img", "map", "button", "select", "input", "textarea", "dialog", "link", "meta", "base",
    "frame", "frameset", "head", "title", "figure", "pre", "source", "track",
})
DROPPED_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "toolbar", "dialog", "alertdialog", "tablist",
})
INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br", "nobr", "output", "meter",
})
# HTML's void elements: they never hold content. libxml2's HTML parser only
# knows the HTML 4 ones, so "<embed>" or "<source>" left unclosed swallowed
# the rest of the page, and dropping the element dropped the article with it.
VOID_TAGS = frozenset({
    "area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr",
    "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
})
_NOT_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)


def parse_html(text: str, draft: Draft, path) -> None:
    try:
        soup = BeautifulSoup(text, "lxml")
    except (RecursionError, ValueError) as exc:  # defensive: lxml copes with depth, bs4 may not
        raise InputError(path, f"HTML could not be parsed ({type(exc).__name__})") from None
    _empty_void_elements(soup)
    _read_meta(soup, draft)
    root = _content_root(soup)
    title_tag = _title_heading(soup, root)
    if title_tag is not None:
        # Read before furniture is stripped (an article's <header> may hold its h1),
        # so skip non-text children such as an inline <script> here.
        draft.title = _text(title_tag, skip=DROPPED_TAGS)
    elif soup.title is not None:
        draft.title = _page_title(soup.title.get_text())
    _strip(soup)
    if title_tag is not None and title_tag.parent is not None:
        title_tag.decompose()  # shown as the title, not again as a section
    if not draft.title:
        first_h1 = soup.find("h1")
        if isinstance(first_h1, Tag):
            draft.title = _text(first_h1)
            first_h1.decompose()
    if root is None or root.parent is None:  # the root itself was page furniture
        root = soup.body or soup
    _walk(root, draft)


def html_fragment_text(fragment: str) -> str:
    """The readable text of an HTML snippet (used for raw HTML inside Markdown)."""
    soup = BeautifulSoup(fragment, "lxml")
    _empty_void_elements(soup)
    _strip(soup)
    return _text(soup)


def markup_free(value: str) -> str:
    """Metadata text (a front-matter title, a <meta> description) with any markup in it removed.

    The feed and pages show these fields as text, escaping them once; markup
    left in them would show as "<b>Hands</b>" in a podcast app.
    """
    if "<" not in value and "&" not in value:
        return value
    return html_fragment_text(value)


def _empty_void_elements(soup: BeautifulSoup) -> None:
    """Move whatever the parser put inside a void element out after it."""
    for node in soup.find_all(VOID_TAGS):
        if node.contents:
            for child in reversed(node.contents):
                node.insert_after(child.extract())


def _read_meta(soup: BeautifulSoup, draft: Draft) -> None:
    html = soup.find("html")
    if isinstance(html, Tag):
        draft.language = collapse(str(html.get("lang") or html.get("xml:lang") or ""))
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or meta.get("http-equiv") or "").lower()
        content = markup_free(collapse(str(meta.get("content") or "")))
        if not content:
            continue
        if key in ("description", "og:description") and not draft.summary:
            draft.summary = content
        elif key in ("author", "article:author", "dc.creator") and not draft.author and "://" not in content:
            draft.author = content
        elif key in ("date", "dc.date", "article:published_time", "citation_publication_date") and not draft.date:
            draft.date = iso_date(content)
        elif key == "content-language" and not draft.language:
            draft.language = content.split(",")[0].strip()


def _content_root(soup: BeautifulSoup) -> Tag | None:
    for finder in (
        lambda: soup.find("main"),
        lambda: soup.find(attrs={"role": "main"}),
        lambda: soup.find("article"),
        lambda: soup.body,
    ):
        found = finder()
        if isinstance(found, Tag):
            return found
    return None


def _title_heading(soup: BeautifulSoup, root: Tag | None) -> Tag | None:
    if root is None or root.name == "body":
        # With no main/article, a page-level <header> h1 is usually the site's name.
        for h1 in soup.find_all("h1"):
            if not h1.find_parent(["header", "nav", "footer", "aside"]) and _text(h1):
                return h1
        return None
    for h1 in root.find_all("h1"):
        if _text(h1):
            return h1
    return None


def _page_title(text: str) -> str:
    # "Safe Use of Pain Relievers | Riverside Clinic": the part before the site name.
    title = collapse(text)
    return title.split(" | ")[0].strip() if " | " in title else title


def _strip(soup: BeautifulSoup) -> None:
    boilerplate = word_list("boilerplate_classes.txt")
    doomed: list[Tag] = []
    for node in soup.find_all(True):
        if _dropped(node, boilerplate):
            doomed.append(node)
    for node in doomed:
        if node.parent is not None:  # an ancestor's decompose may already have taken it
            node.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, _NOT_TEXT)):
        node.extract()


def _dropped(node: Tag, boilerplate: frozenset[str]) -> bool:
    if node.name in DROPPED_TAGS:
        return True
    attrs = node.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if str(attrs.get("role", "")).lower() in DROPPED_ROLES:
        return True
    tokens = set()
    for name in ("class", "id"):
        value = attrs.get(name)
        if isinstance(value, str):
            value = value.split()
        tokens.update(str(v).lower() for v in value or ())
    return bool(tokens & boilerplate)


def _walk(root: Tag, draft: Draft) -> None:
    """Blocks in document order; inline runs directly inside containers become paragraphs."""
    pending: list[str] = []

    def flush() -> None:
        if pending:
            draft.paragraph(" ".join(pending))
            pending.clear()

    stack: list[object] = list(reversed(root.contents))
    breaks = 0  # <br> in a row: two of them end a paragraph of loose text
    while stack:
        node = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _NOT_TEXT):
                pending.append(str(node))
                breaks = breaks if not str(node).strip() else 0
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            breaks += 1
            if breaks >= 2:
                flush()
            pending.append(" ")
            continue
        breaks = 0
        if name in INLINE_TAGS:
            if name == "a":
                _record_link(node, draft)
            pending.append(_text(node))
            continue
        flush()
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            _links_in(node, draft)
            draft.heading(_text(node), 1 if name in ("h1", "h2") else 2)
        elif name in ("p", "address", "summary", "caption", "figcaption"):
            _links_in(node, draft)
            draft.paragraph(_text(node))
        elif name in ("ul", "ol", "menu"):
            _links_in(node, draft)
            draft.items(_list_items(node), ordered=name == "ol")
        elif name == "blockquote":
            _links_in(node, draft)
            draft.quote(_text(node))
        elif name == "table":
            _links_in(node, draft)
            caption = node.find("caption")
            if isinstance(caption, Tag):
                draft.paragraph(_text(caption))
            draft.table(*_table_cells(node))
        elif name == "dl":
            _links_in(node, draft)
            draft.items(_definitions(node))
        elif name == "hr":
            pass
        else:  # div, section, article, main, details, li outside a list, unknown tags
            stack.extend(reversed(node.contents))
    flush()


def _text(node: Tag | BeautifulSoup, skip: frozenset[str] = frozenset()) -> str:
    """The node's text, iteratively; block-level elements are set apart by spaces."""
    parts: list[str] = []
    stack: list[object] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, NavigableString):
            if not isinstance(current, _NOT_TEXT):
                parts.append(str(current))
            continue
        if isinstance(current, str):  # a separator pushed below
            parts.append(current)
            continue
        if not isinstance(current, Tag) or (current is not node and current.name in skip):
            continue
        if current.name == "br":
            parts.append(" ")
            continue
        if current.name not in INLINE_TAGS:
            # "<li>Rest<p>Sleep</p>well</li>" must not read "RestSleepwell".
            parts.append(" ")
            stack.append(" ")
        stack.extend(reversed(current.contents))
    return collapse("".join(parts))


def _list_items(node: Tag) -> list[str]:
    # Nested lists' items follow their parent item, in reading order.
    return [_text(li, skip=frozenset({"ul", "ol", "menu"})) for li in node.find_all("li")]


def _table_cells(node: Tag) -> tuple[list[str], list[list[str]]]:
    """The header row's cells (the <thead> row, else a first row of <th> only) and each body row's cells.

    Rows of a table nested inside a cell are left to that cell's text.
    """
    header: list[str] = []
    rows: list[list[str]] = []
    for tr in node.find_all("tr"):
        if tr.find_parent("table") is not node:
            continue
        cells = tr.find_all(["th", "td"], recursive=False)
        texts = [_text(c) for c in cells]
        in_head = tr.find_parent("thead") is not None and tr.find_parent("thead").find_parent("table") is node
        if not header and not rows and cells and (in_head or all(c.name == "th" for c in cells)):
            header = texts
            continue
        rows.append(texts)
    return header, rows


def _definitions(node: Tag) -> list[str]:
    items: list[str] = []
    term = ""
    for child in node.find_all(["dt", "dd"]):
        text = _text(child)
        if child.name == "dt":
            if term:
                items.append(term)
            term = text
        else:
            items.append(f"{term}: {text}" if term else text)
            term = ""
    if term:
        items.append(term)
    return items


def _record_link(anchor: Tag, draft: Draft) -> None:
    url = safe_url(str(anchor.get("href") or ""))
    text = _text(anchor)
    if url and text:
        draft.add_link(text, url)


def _links_in(node: Tag, draft: Draft) -> None:
    for anchor in node.find_all("a", href=True):
        _record_link(anchor, draft)
