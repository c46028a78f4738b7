"""Plain-language stage: readability, rewriting rules over project data, the meaning guard,
clinic overrides, and the diff / report / review page renderings."""

from .engine import rewrite_sentence, simplify, simplify_sentences, simplify_text
from .readability import article_readability, readability, section_readability, sentence_grade
from .render import render_diff, render_report, render_review_page, render_text

__all__ = [
    "article_readability", "readability", "render_diff", "render_report",
    "render_review_page", "render_text", "rewrite_sentence", "section_readability", "sentence_grade",
    "simplify", "simplify_sentences", "simplify_text",
]
