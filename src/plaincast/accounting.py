"""Words in = words out: every word read from an article is narrated and shown, or listed as dropped.

A reader quirk once turned a paragraph of drug advice into a chapter title
that was never spoken, and nothing said so. This check runs on every build:
it follows each original sentence (by id) through the plain stage's rewrites
into the script, and each section heading into its announcement, and counts
the words of the originals. What the review page lists as dropped (link-only
sentences and the like) is allowed to go; anything else missing is reported.

The page is rendered from the same plain sections as the script, so a
sentence in the script is also on the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Article, PlainArticle, Script


def _words(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class WordAccount:
    read: int  # words in the article's sentences and headings
    narrated: int  # of those, words whose sentence or heading is spoken and shown
    dropped: int  # words the review page lists as dropped
    missing: tuple[str, ...] = ()  # the sentences and headings lost, in order

    @property
    def lost(self) -> int:
        return self.read - self.narrated - self.dropped

    def message(self, name: str) -> str:
        first = self.missing[0] if self.missing else ""
        if len(first) > 60:
            first = first[:57] + "..."
        return (f"{name}: {self.read:,} words read but {self.narrated:,} narrated and shown "
                f"({self.dropped:,} listed as dropped on the review page); {self.lost:,} words lost, "
                f"starting at \"{first}\"")


def account_words(article: Article, plain: PlainArticle, script: Script) -> WordAccount:
    spoken_ids = {u.sentence_id for u in script.utterances if u.sentence_id}
    announced = {u.section_index for u in script.utterances if u.kind == "heading"}
    read = narrated = dropped = 0
    missing: list[str] = []

    pieces = iter(list(plain.all_sentences()))
    rewritten = set()
    for rewrite in plain.rewrites:
        rewritten.add(rewrite.sentence_id)
        results = [next(pieces, None) for _ in rewrite.result]
        if rewrite.change == "dropped" or not rewrite.result:
            dropped += _words(rewrite.original)
        elif all(p is not None and p.id in spoken_ids for p in results):
            narrated += _words(rewrite.original)
        else:
            missing.append(rewrite.original)
    for sentence in article.all_sentences():
        read += _words(sentence.text)
        if sentence.id not in rewritten:
            missing.append(sentence.text)
    for index, section in enumerate(article.sections):
        if not section.heading:
            continue
        read += _words(section.heading)
        if _all_dropped(plain, index):
            dropped += _words(section.heading)  # its text was dropped, so it is not announced
        elif index in announced or not any(True for _ in plain.sections[index].all_sentences()):
            # A heading with only sub-sections under it is shown on the page
            # but not announced: the sub-section's heading is spoken instead.
            narrated += _words(section.heading)
        else:
            missing.append(section.heading)
    return WordAccount(read, narrated, dropped, tuple(missing))


def _all_dropped(plain: PlainArticle, index: int) -> bool:
    """True when the section had sentences and the plain stage dropped every one of them."""
    fates = [r.change for r in plain.rewrites if r.section_index == index]
    return bool(fates) and all(f == "dropped" for f in fates)


__all__ = ["WordAccount", "account_words"]
