"""The values that travel between stages.

ingest  -> Article
plain   -> PlainArticle      (same tree shape; each sentence knows its original)
narrate -> Script            (utterances in spoken form, with pauses)
voices  -> list[Clip]        (one per utterance, cached by hash)
audio   -> Episode           (mp3 + cues + chapters + transcript files)
site    -> files in output/

Every stage takes the previous value and returns a new one; none mutates its
input. Sentence ids ("s1", "s2", ...) are assigned once per tree in document
order by `number_sentences`, and the same id follows a sentence into the
script, the cue list and the page, which is what lets the read-along highlight
the sentence being spoken.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, Literal

from .schema import limits

BlockKind = Literal["paragraph", "list", "quote", "table"]
Change = Literal["kept", "changed", "refused", "dropped", "overridden"]
# who made the published wording: the rules, the language model, or the clinic's file
Engine = Literal["", "rules", "model", "clinic"]


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Sentence:
    text: str
    id: str = ""
    # Plain stage only: the sentence this one was rewritten from, and what
    # happened to it. In an ingest Article, original == text and change == "kept".
    original: str = ""
    change: Change = "kept"
    notes: tuple[str, ...] = ()
    # Plain stage only: an item of the list made from this sentence's series
    # (plain/lists.py); its lead-in is the sentence before it
    listed: bool = False

    @property
    def source(self) -> str:
        return self.original or self.text


@dataclass(frozen=True)
class ListItem:
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    # paragraph / quote: the sentences; list and table: empty (see items)
    sentences: tuple[Sentence, ...] = ()
    # list: one item per list item; table: one item per body row, holding the
    # row as it is narrated ("Before meals: 80 to 130 mg/dL")
    items: tuple[ListItem, ...] = ()
    ordered: bool = False
    # table only: the column headers ("" where a column has none) and each body
    # row's cells as written, for the page; rows[i] is narrated by items[i]
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    # A paragraph that introduces the list after it ("Other risk factors
    # include:") is a normal paragraph; narration reads it as the list's lead-in.

    @property
    def has_items(self) -> bool:
        return self.kind in ("list", "table")

    @property
    def text(self) -> str:
        if self.has_items:
            return "\n".join(item.text for item in self.items)
        return " ".join(s.text for s in self.sentences)

    def all_sentences(self) -> Iterator[Sentence]:
        if self.has_items:
            for item in self.items:
                yield from item.sentences
        else:
            yield from self.sentences


@dataclass(frozen=True)
class Section:
    """A heading and what follows it up to the next heading.

    level 1 = top-level section (rendered h2), level 2 = a section below it
    (rendered h3). The introduction before the first heading is a section
    with heading "" and level 1.
    """

    heading: str
    level: int
    blocks: tuple[Block, ...] = ()
    id: str = ""  # html anchor / chapter id, e.g. "sec-3"

    def all_sentences(self) -> Iterator[Sentence]:
        for block in self.blocks:
            yield from block.all_sentences()

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.all_sentences())


@dataclass(frozen=True)
class ArticleMeta:
    author: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) when known
    summary: str = ""
    byline: str = ""  # closing author paragraph, shown but not narrated
    language: str = "en"
    guid: str = ""  # from front matter when given; otherwise the feed state decides
    source_format: str = ""  # "text", "markdown", "html"
    encoding: str = ""  # detected encoding of the source file
    links: tuple[Link, ...] = ()  # URLs stay metadata; the text keeps link text


class SectionTree:
    """What Article and PlainArticle share: a tuple of sections to walk."""

    sections: tuple[Section, ...]

    def all_sentences(self) -> Iterator[Sentence]:
        for section in self.sections:
            yield from section.all_sentences()

    @property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sections)


@dataclass(frozen=True)
class Article(SectionTree):
    slug: str  # file-name-safe id from the source file name
    title: str
    meta: ArticleMeta
    sections: tuple[Section, ...]
    source_path: Path | None = None


@dataclass(frozen=True)
class Readability:
    fk_grade: float
    smog: float
    reading_ease: float
    words_per_sentence: float
    share_at_grade6: float  # 0..1, sentences at grade 6 or below
    sentences: int
    words: int


@dataclass(frozen=True)
class Rewrite:
    """One original sentence and what the plain stage made of it."""

    original: str
    result: tuple[str, ...]  # the plain sentences; () when dropped
    change: Change
    reasons: tuple[str, ...] = ()  # why refused / dropped / what rules fired
    section_index: int = 0
    sentence_id: str = ""  # id of the original sentence in the Article
    engine: Engine = ""  # who changed it; "" when kept, refused or dropped
    # a model rewrite that passed the guard but waits for the clinic's approval
    # ([plain] require_review); the rules' wording is published meanwhile
    pending: str = ""


@dataclass(frozen=True)
class PlainArticle(SectionTree):
    """The article after plain-language rewriting.

    Same shape as Article (title, meta, sections), so later stages read either;
    its sentences carry `original` and `change`. `rewrites` lists every
    original sentence's fate in document order for reports and review.
    """

    slug: str
    title: str
    meta: ArticleMeta
    sections: tuple[Section, ...]
    original: Article
    rewrites: tuple[Rewrite, ...] = ()
    before: Readability | None = None
    after: Readability | None = None
    # the closing author note's sentences (shown, not narrated; meta.byline is their
    # plain wording); section_index is one past the last section
    byline_rewrites: tuple[Rewrite, ...] = ()

    @property
    def every_rewrite(self) -> tuple[Rewrite, ...]:
        """The article's rewrites, then the author note's."""
        return (*self.rewrites, *self.byline_rewrites)


UtteranceKind = Literal["title", "heading", "lead_in", "sentence", "item", "closing"]


@dataclass(frozen=True)
class Utterance:
    kind: UtteranceKind
    text: str  # what the listener sees in the transcript
    spoken: str  # what the voice is asked to say (numbers expanded, lexicon applied)
    pause_after_ms: int
    section_index: int  # index into sections; -1 for title/closing
    sentence_id: str = ""  # id of the page sentence this utterance reads, if any


@dataclass(frozen=True)
class Script:
    slug: str
    title: str
    utterances: tuple[Utterance, ...]
    section_titles: tuple[str, ...] = ()  # chapter titles, by section_index


@dataclass(frozen=True)
class VoiceSettings:
    engine: str = "piper"  # piper | espeak | gtts
    voice: str = ""  # piper .onnx path, espeak voice name, or gtts language; "" = default
    # >1 is slower; a little slower than Piper's default aids clarity. Outside
    # 0.5-2.0 Piper's speech garbles (0 gave 7 s of noise for a 36 s article).
    length_scale: float = field(default=1.1, metadata=limits(low=0.5, high=2.0))
    # (the sample rate is the voice's own: engines report it with each clip)


@dataclass(frozen=True)
class Clip:
    """Synthesised audio for one utterance: 16-bit mono PCM."""

    utterance: Utterance
    pcm: bytes
    sample_rate: int

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.samples / self.sample_rate


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str
    sentence_id: str = ""
    section_index: int = -1


@dataclass(frozen=True)
class Chapter:
    start_ms: int
    end_ms: int
    title: str
    section_id: str = ""


@dataclass(frozen=True)
class Episode:
    slug: str
    title: str
    mp3_path: Path
    duration_ms: int
    size_bytes: int
    cues: tuple[Cue, ...]
    chapters: tuple[Chapter, ...]
    vtt_path: Path | None = None
    srt_path: Path | None = None
    chapters_json_path: Path | None = None
    transcript_txt_path: Path | None = None
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    # hash of everything mastering read (see audio.master_key): a rebuild whose
    # key matches reuses these files instead of mastering them again
    master_key: str = ""

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(p for p in (self.mp3_path, self.vtt_path, self.srt_path,
                                 self.chapters_json_path, self.transcript_txt_path) if p)


@dataclass(frozen=True)
class Published:
    """Everything the site stage needs about one built article."""

    article: Article
    plain: PlainArticle
    episode: Episode


def number_sentences(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Give every sentence an id s1..sN and every section an id sec-1..sec-N, in document order."""
    counter = 0
    numbered: list[Section] = []
    for index, section in enumerate(sections, start=1):
        blocks: list[Block] = []
        for block in section.blocks:
            if block.has_items:
                items = []
                for item in block.items:
                    sents = []
                    for s in item.sentences:
                        counter += 1
                        sents.append(replace(s, id=f"s{counter}"))
                    items.append(ListItem(tuple(sents)))
                blocks.append(replace(block, items=tuple(items)))
            else:
                sents = []
                for s in block.sentences:
                    counter += 1
                    sents.append(replace(s, id=f"s{counter}"))
                blocks.append(replace(block, sentences=tuple(sents)))
        numbered.append(replace(section, blocks=tuple(blocks), id=f"sec-{index}"))
    return tuple(numbered)


__all__ = [
    "Article", "ArticleMeta", "Block", "BlockKind", "Change", "Chapter", "Clip", "Cue", "Engine",
    "Episode", "Link", "ListItem", "PlainArticle", "Published", "Readability", "Rewrite",
    "Script", "Section", "Sentence", "Utterance", "VoiceSettings", "number_sentences",
]
