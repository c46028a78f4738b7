"""The narration script: what is said, in what order, with what pauses.

The listener hears the title and the show name, then each section announced
by its heading, its sentences, lists read as lists (the lead-in sentence,
then the items with short pauses), and the closing notice. Every utterance
that reads a page sentence carries that sentence's id, so cues and the
read-along highlight can find it.
"""

from __future__ import annotations

from dataclasses import replace

from ..config import Settings
from ..model import Block, PlainArticle, Script, Sentence, Utterance
from .lexicon import Lexicon, load_lexicon
from .spoken import cardinal, to_spoken

_END = (".", "!", "?", ":")


def _with_stop(text: str) -> str:
    text = text.strip()
    return text if text.endswith(_END) else text + "."


class _Speller:
    """Spoken form plus lexicon, for the engine the settings name."""

    def __init__(self, lexicon: Lexicon, engine: str):
        self.lexicon = lexicon
        self.engine = engine

    def __call__(self, text: str) -> str:
        return self.lexicon.apply(to_spoken(text), self.engine)


def _kept(sentences) -> list[Sentence]:
    return [s for s in sentences if s.change != "dropped" and s.text.strip()]


def _block_utterances(block: Block, next_block: Block | None, section_index: int,
                      settings: Settings, speller: _Speller) -> list[Utterance]:
    pauses = settings.narration
    out: list[Utterance] = []
    if block.has_items:  # a list, or a table read row by row
        number = 0
        for item in block.items:
            sentences = _kept(item.sentences)
            if not sentences:
                continue
            number += 1
            for position, sentence in enumerate(sentences):
                last_in_item = position == len(sentences) - 1
                text, spoken = sentence.text, speller(_with_stop(sentence.text))
                if block.ordered and position == 0:
                    # the page shows "1." from the <ol>; the listener needs it said,
                    # and the transcript and captions show it as it is said
                    text = f"{number}. {text}"
                    spoken = f"{cardinal(number).capitalize()}. {spoken}"
                out.append(Utterance(
                    kind="item", text=text, spoken=spoken,
                    pause_after_ms=pauses.item_pause_ms if last_in_item else pauses.sentence_pause_ms,
                    section_index=section_index, sentence_id=sentence.id,
                ))
        if out:
            out[-1] = _with_pause(out[-1], pauses.paragraph_pause_ms)
        return out

    sentences = _kept(block.sentences)
    leads_list = next_block is not None and next_block.has_items
    for position, sentence in enumerate(sentences):
        last = position == len(sentences) - 1
        kind = "lead_in" if (last and leads_list) else "sentence"
        if last:
            pause = pauses.item_pause_ms if leads_list else pauses.paragraph_pause_ms
        else:
            pause = pauses.sentence_pause_ms
        out.append(Utterance(
            kind=kind, text=sentence.text, spoken=speller(sentence.text),
            pause_after_ms=pause, section_index=section_index, sentence_id=sentence.id,
        ))
    return out


def _with_pause(utterance: Utterance, pause_ms: int) -> Utterance:
    return replace(utterance, pause_after_ms=pause_ms)


def build_script(plain: PlainArticle, settings: Settings) -> Script:
    """Turn the plain article into utterances in spoken form, with pauses."""
    lexicon = load_lexicon(tuple(settings.resolve(p) for p in settings.narration.lexicon))
    speller = _Speller(lexicon, settings.voice.engine)
    pauses = settings.narration
    show = settings.show.title.strip()

    title_text = _with_stop(plain.title)
    if show:
        title_text += f" From {_with_stop(show)}"
    utterances: list[Utterance] = [Utterance(
        kind="title", text=title_text, spoken=speller(title_text),
        pause_after_ms=pauses.section_pause_ms, section_index=-1,
    )]
    section_titles: list[str] = []
    for index, section in enumerate(plain.sections):
        section_titles.append(section.heading.strip() or plain.title)
        body: list[Utterance] = []
        blocks = section.blocks
        for position, block in enumerate(blocks):
            following = blocks[position + 1] if position + 1 < len(blocks) else None
            body.extend(_block_utterances(block, following, index, settings, speller))
        if not body:
            continue  # every sentence dropped: nothing to announce
        if section.heading.strip():
            heading = _with_stop(section.heading)
            utterances.append(Utterance(
                kind="heading", text=section.heading.strip(), spoken=speller(heading),
                pause_after_ms=pauses.paragraph_pause_ms, section_index=index,
            ))
        body[-1] = _with_pause(body[-1], pauses.section_pause_ms)
        utterances.extend(body)
    closing = settings.narration.closing.strip()
    if closing:
        utterances.append(Utterance(
            kind="closing", text=closing, spoken=speller(closing),
            pause_after_ms=0, section_index=-1,
        ))
    else:
        utterances[-1] = _with_pause(utterances[-1], 0)
    return Script(
        slug=plain.slug, title=plain.title, utterances=tuple(utterances),
        section_titles=tuple(section_titles),
    )


__all__ = ["build_script"]
