"""Markdown articles: CommonMark through markdown-it-py, YAML front matter through python-frontmatter.

Mapping to the model:
- front matter: title, author, date, summary (or description), guid, language (or lang);
- "# " is the title when the front matter has none (a "# " equal to the
  front-matter title is not repeated; any other "# " is a top-level section);
  "## " is a level-1 section, "### " and deeper level 2;
- paragraphs, bullet and ordered lists (nested items are flattened into the
  same list, in reading order), blockquotes as quotes, tables as a list with
  one item per row ("Header: cell; Header: cell");
- emphasis is dropped to its text; links keep their text and their URL goes
  to meta.links; images are dropped (alt text is not narrated);
- code blocks are dropped: program text is not something to read aloud;
- raw HTML blocks are read through the HTML reader's text extraction, so a
  <script> inside Markdown is dropped too.
"""

from __future__ import annotations

import re
from functools import lru_cache

import frontmatter
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from plaincast.errors import InputError
from plaincast.ingest.draft import MAX_HEADING_WORDS, Draft, row_text
from plaincast.ingest.html import html_fragment_text, markup_free
from plaincast.ingest.metadata import iso_date, safe_url, text_value
from plaincast.ingest.normalize import collapse


# Raw inline HTML whose text content is not article text.
_HIDDEN_INLINE = re.compile(r"<(script|style|noscript|template|iframe|textarea|svg)\b", re.I)


# markdown-it stops reading (silently dropping the rest of the article) at
# its nesting limit. Raise it well past any real article's lists and quotes,
# and refuse, with one line, an article that still reaches it.
MAX_NESTING = 100


def _depth_guard(state, *args) -> bool:
    """A first rule in both the block and inline chains: notes when the parser nears its limit."""
    if state.level >= MAX_NESTING - 2:
        state.env["too_deep"] = True
    return False  # never consumes anything itself


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    md.block.ruler.before("table", "depth_guard", _depth_guard)
    md.inline.ruler.before("text", "depth_guard", _depth_guard)
    # markdown-it leaves "[text](javascript:...)" as literal text, which would be
    # narrated. Parse every link; safe_url decides which URLs are kept.
    md.validateLink = lambda url: True
    return md


def parse_markdown(text: str, draft: Draft, path) -> None:
    body = _front_matter(text, draft, path)
    env: dict = {}
    try:
        tokens = _parser().parse(body, env)
    except RecursionError:
        env["too_deep"] = True
    if env.get("too_deep"):
        raise InputError(path, f"is nested more than about {MAX_NESTING // 2} levels deep (lists, "
                               "quotes or brackets); part of it could not be read")
    fm_title = draft.title
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = _close_index(tokens, index)
        if token.type == "heading_open" and _setext_paragraph(token, tokens[index + 1]):
            draft.paragraph(_inline_text(tokens[index + 1], draft))
        elif token.type == "heading_open":
            heading = _inline_text(tokens[index + 1], draft)
            depth = int(token.tag[1])
            if depth == 1 and not draft.title:
                draft.title = heading
            elif depth == 1 and collapse(heading) == collapse(fm_title):
                pass  # the front-matter title repeated as "# Title"
            else:
                draft.heading(heading, 1 if depth <= 2 else 2)
        elif token.type == "paragraph_open":
            draft.paragraph(_inline_text(tokens[index + 1], draft))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            draft.items(_list_items(tokens[index:end + 1], draft), ordered=token.type == "ordered_list_open")
        elif token.type == "blockquote_open":
            texts = [_inline_text(t, draft) for t in tokens[index:end + 1] if t.type == "inline"]
            draft.quote(" ".join(texts))
        elif token.type == "table_open":
            draft.table(*_table_cells(tokens[index:end + 1], draft))
        elif token.type == "html_block":
            draft.paragraph(html_fragment_text(token.content))
        # fence, code_block, hr: nothing to narrate
        index = end + 1


# Front matter is a few lines of metadata; more than this is a pasted document
# (or an attack on the YAML reader).
MAX_FRONT_MATTER_BYTES = 32 * 1024
MAX_FRONT_MATTER_DEPTH = 10


class _FrontMatterProblem(Exception):
    pass


class _LimitedLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases and with a nesting limit.

    Aliases are what a "billion laughs" bomb is made of (394 bytes expanded
    without end); no article's metadata needs them.
    """

    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _FrontMatterProblem("uses a YAML alias (*name); write the value out instead")
        self._depth += 1
        try:
            if self._depth > MAX_FRONT_MATTER_DEPTH:
                raise _FrontMatterProblem(f"is nested more than {MAX_FRONT_MATTER_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _front_matter(text: str, draft: Draft, path) -> str:
    if not text.lstrip("\ufeff").startswith(("---", "+++")):
        return text
    handler = frontmatter.detect_format(text, frontmatter.handlers)
    if handler is None:
        return text
    try:
        raw, body = handler.split(text)
    except ValueError:
        return text  # an opening line with no closing one: a thematic break, not front matter
    if len(raw.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise InputError(path, f"front matter is too large (over {MAX_FRONT_MATTER_BYTES // 1024} KB)")
    try:
        if isinstance(handler, frontmatter.YAMLHandler):
            meta = yaml.load(raw, Loader=_LimitedLoader) if raw.strip() else {}
        else:
            meta = handler.load(raw)
    except _FrontMatterProblem as exc:
        raise InputError(path, f"front matter {exc}") from None
    except yaml.YAMLError as exc:
        # the context mark is where the broken value starts; the problem mark may be the end of it
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""  # raw starts on the '---' line
        raise InputError(path, f"front matter is not valid YAML{where}") from None
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise InputError(path, f"front matter could not be read ({type(exc).__name__})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(path, "front matter is not a set of 'name: value' lines")
    fields = {str(k).lower(): v for k, v in meta.items()}
    draft.title = markup_free(text_value(fields.get("title")))
    draft.author = markup_free(text_value(fields.get("author") or fields.get("authors")))
    draft.date = iso_date(fields.get("date"))
    draft.summary = markup_free(text_value(fields.get("summary") or fields.get("description")))
    draft.guid = text_value(fields.get("guid"))
    draft.language = text_value(fields.get("language") or fields.get("lang"))
    return body


def _setext_paragraph(token: Token, inline: Token) -> bool:
    """A paragraph that a line of "-" or "=" under it made a setext heading by accident.

    CommonMark reads "text\\n-" as a heading, so a long paragraph followed by
    a stray dash became a chapter title and vanished from the audio. Real
    headings are short and have no full stop at the end.
    """
    if token.markup not in ("-", "="):  # "#" headings are meant
        return False
    text = collapse(inline.content)
    return len(text.split()) > MAX_HEADING_WORDS or text.endswith(".")


def _close_index(tokens: list[Token], index: int) -> int:
    """Index of the token that closes tokens[index] (itself for leaf tokens)."""
    token = tokens[index]
    if token.nesting != 1:
        return index
    depth = 0
    for j in range(index, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _inline_text(token: Token, draft: Draft) -> str:
    if token.type != "inline":
        return ""
    parts: list[str] = []
    link_url: str | None = None
    link_start = 0
    hidden_until = ""  # closing tag of an inline <script>/<style> whose text is skipped
    for child in token.children or ():
        kind = child.type
        if hidden_until:
            if kind == "html_inline" and child.content.lower().startswith(hidden_until):
                hidden_until = ""
            continue
        if kind == "html_inline":
            opened = _HIDDEN_INLINE.match(child.content)
            if opened and not child.content.rstrip().endswith("/>"):
                hidden_until = f"</{opened.group(1).lower()}"
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "link_open":
            link_url, link_start = str(child.attrs.get("href", "")), len(parts)
        elif kind == "link_close" and link_url is not None:
            url = safe_url(link_url)
            if url:
                draft.add_link("".join(parts[link_start:]), url)
            link_url = None
        # image (its alt text is not narrated), html_inline, emphasis markers: no text
    return collapse("".join(parts))


def _list_items(tokens: list[Token], draft: Draft) -> list[str]:
    """Every item's own text in reading order; nested lists become following items."""
    items: list[list[str]] = []
    stack: list[int] = []
    for token in tokens:
        if token.type == "list_item_open":
            items.append([])
            stack.append(len(items) - 1)
        elif token.type == "list_item_close":
            stack.pop()
        elif token.type == "inline" and stack:
            items[stack[-1]].append(_inline_text(token, draft))
        # code blocks inside items are dropped like top-level ones
    return [" ".join(p for p in parts if p) for parts in items]


def _table_cells(tokens: list[Token], draft: Draft) -> tuple[list[str], list[list[str]]]:
    """The header row's cells and every body row's cells."""
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    in_head = False
    for token in tokens:
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline":
            row.append(_inline_text(token, draft))
        elif token.type == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(row)
    return header, rows
