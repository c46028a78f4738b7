"""Text renderings for `plaincast simplify --diff/--report` and the HTML review page."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from ..config import Settings
from ..model import Article, PlainArticle, Readability, Section
from .lists import LISTED
from .overrides import overrides_path, snippet
from .readability import readability, section_readability

AUTHOR_NOTE = "Author note (shown on the page, not narrated)"
MARK = {"kept": " ", "changed": "~", "refused": "!", "dropped": "-", "overridden": "="}


def _fmt(r: Readability | None) -> str:
    if r is None or not r.sentences:
        return "no sentences"
    return (f"FK grade {r.fk_grade:.1f}, SMOG {r.smog:.1f}, reading ease {r.reading_ease:.0f}, "
            f"{r.words_per_sentence:.1f} words/sentence, "
            f"{100 * r.share_at_grade6:.0f}% of sentences at grade 6 or below "
            f"({r.sentences} sentences, {r.words} words)")


def section_pairs(plain: PlainArticle) -> list[tuple[Section, Section, Readability, Readability]]:
    """Each original section beside its plain section, with their readability."""
    pairs = []
    for before, after in zip(plain.original.sections, plain.sections):
        pairs.append((before, after, section_readability(before), section_readability(after)))
    return pairs


def render_text(plain: PlainArticle | Article) -> str:
    """The plain article (or the article as read) as readable text: title, headings,
    paragraphs, "- " list items."""
    lines = [plain.title, ""]
    for section in plain.sections:
        if section.heading:
            lines += [("#" * (section.level + 1)) + " " + section.heading, ""]
        for block in section.blocks:
            if block.has_items:
                lines += [(f"{n}. " if block.ordered else "- ") + item.text
                          for n, item in enumerate(block.items, start=1)]
            else:
                lines.append(("> " if block.kind == "quote" else "") + block.text)
            lines.append("")
    if plain.meta.byline:
        lines += [plain.meta.byline, ""]
    return "\n".join(lines).rstrip() + "\n"


def render_diff(plain: PlainArticle) -> str:
    """Each original sentence beside what became of it, marked by its change."""
    lines = [f"# {plain.title}", "", "legend: ~ changed, ! refused (original kept), "
             "- dropped, = clinic override, (blank) kept", ""]
    current = -1
    for rewrite in plain.every_rewrite:
        if rewrite.section_index != current:
            current = rewrite.section_index
            heading = (plain.original.sections[current].heading or "(introduction)") \
                if current < len(plain.original.sections) else AUTHOR_NOTE
            lines += ["", f"## {heading}", ""]
        mark = MARK.get(rewrite.change, "?")
        if rewrite.change == "kept" and not rewrite.reasons and not rewrite.pending:
            lines.append(f"  {rewrite.original}")
            continue
        lines.append(f"{mark} - {rewrite.original}")
        if rewrite.result and rewrite.change != "refused":
            for piece in rewrite.result:
                lines.append(f"{mark} + {piece}")
        for reason in rewrite.reasons:
            lines.append(f"    ({reason})")
        if rewrite.pending:
            lines.append(f"    (model rewrite awaiting approval: {rewrite.pending})")
    return "\n".join(lines).strip() + "\n"


def render_report(plain: PlainArticle) -> str:
    """Readability before and after per section, refusals and dropped sentences."""
    lines = [f"Plain-language report: {plain.title}", "",
             f"Whole article before: {_fmt(plain.before)}",
             f"Whole article after:  {_fmt(plain.after)}", ""]
    for before, after, rb, ra in section_pairs(plain):
        lines.append(f"Section: {before.heading or '(introduction)'}")
        lines.append(f"  before: {_fmt(rb)}")
        lines.append(f"  after:  {_fmt(ra)}")
    counts = {c: sum(1 for r in plain.rewrites if r.change == c) for c in MARK}
    lines += ["", "Sentences: " + ", ".join(f"{n} {c}" for c, n in counts.items())]
    by = {e: sum(1 for r in plain.rewrites if r.engine == e) for e in ("rules", "model", "clinic")}
    waiting = sum(1 for r in plain.every_rewrite if r.pending)
    lines.append(f"Changed by: the rules {by['rules']}, the language model {by['model']}, "
                 f"the clinic {by['clinic']}" + (f"; {waiting} model rewrites await approval"
                                                  if waiting else ""))
    refused = [r for r in plain.every_rewrite if r.change == "refused" or
               any(x.startswith("refused") for x in r.reasons)]
    lines += ["", f"Refused rewrites ({len(refused)}): the guard kept the original wording"]
    for r in refused:
        lines.append(f"  [{r.sentence_id}] {r.original}")
        lines += [f"      {x}" for x in r.reasons if x.startswith("refused") or r.change == "refused"]
    dropped = [r for r in plain.every_rewrite if r.change == "dropped"]
    lines += ["", f"Dropped sentences ({len(dropped)}): not on the page or in the episode"]
    for r in dropped:
        lines.append(f"  [{r.sentence_id}] {r.original}")
        lines += [f"      {x}" for x in r.reasons]
    overridden = [r for r in plain.every_rewrite if r.change == "overridden"]
    if overridden:
        lines += ["", f"Clinic overrides applied ({len(overridden)})"]
        lines += [f"  [{r.sentence_id}] {r.original}" for r in overridden]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("plaincast.plain", "templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True,
                       lstrip_blocks=True)


def word_diff(original: str, plain: str) -> list[tuple[str, str]]:
    """(op, text) runs: op is "same", "del" or "ins", word by word."""
    from difflib import SequenceMatcher

    a, b = original.split(), plain.split()
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("del", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("ins", " ".join(b[j1:j2])))
    return runs


def render_review_page(plain: PlainArticle, settings: Settings) -> str:
    """A stand-alone accessible HTML page for a clinic to review every change."""
    by_section: dict[int, list] = {}
    for rewrite in plain.every_rewrite:
        result = " ".join(rewrite.result)
        by_section.setdefault(rewrite.section_index, []).append({
            "rewrite": rewrite,
            "runs": word_diff(rewrite.original, result) if rewrite.change == "changed" else [],
            "keep_snippet": snippet(rewrite.original),
            "wording_snippet": snippet(rewrite.original, result or rewrite.original),
            "approve_snippet": snippet(rewrite.original, rewrite.pending, "approve")
            if rewrite.pending else "",
            "listed": any(r.startswith(LISTED) for r in rewrite.reasons),
        })
    sections = []
    for index, (before, after, rb, ra) in enumerate(section_pairs(plain)):
        sections.append({"index": index, "heading": before.heading, "id": after.id or
                         f"sec-{index + 1}", "before": rb, "after": ra,
                         "rows": by_section.get(index, [])})
    if plain.byline_rewrites:
        index = len(plain.original.sections)
        sections.append({"index": index, "heading": AUTHOR_NOTE, "id": "author-note",
                         "before": readability([r.original for r in plain.byline_rewrites]),
                         "after": readability([p for r in plain.byline_rewrites for p in r.result]),
                         "rows": by_section.get(index, [])})
    path = overrides_path(plain.original.source_path)
    language = (plain.meta.language or settings.show.language or "en").split("-")[0] or "en"
    every = plain.every_rewrite
    return _environment().get_template("review.html").render(
        plain=plain, sections=sections, language=language,
        overrides_name=path.name if path else f"{plain.slug}.review.toml",
        pending=[(r, snippet(r.original, r.pending, "approve")) for r in every
                 if r.pending],
        require_review=settings.plain.require_review,
        refused=[r for r in every if r.change == "refused"],
        partly=[(r, [x for x in r.reasons if x.startswith("refused")]) for r in every
                if r.change == "changed" and any(x.startswith("refused") for x in r.reasons)],
        dropped=[r for r in every if r.change == "dropped"],
        overridden=[r for r in every if r.change == "overridden"],
        show=settings.show,
    )
