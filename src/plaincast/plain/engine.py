"""simplify(article, settings) -> PlainArticle: every sentence rewritten, checked, recorded."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import groupby

from ..config import Settings
from ..model import (Article, Block, ListItem, PlainArticle, Rewrite, Section, Sentence,
                     number_sentences)
from ..sentences import split_sentences
from . import guard
from .lexicon import PEOPLE, PERSON, Lexicon, british_spelling, load_lexicon
from .lists import LISTED, laid_out
from .names import contrasted_words, given_names
from .overrides import Override, key, load_overrides
from .readability import article_readability
from .rules import ACRONYM, BACK_POINTERS, PAREN, PRONOUNS, WORDS, Context, acronym_key, apply_glossary, closed, \
    drop_fillers, is_link_only, is_order, parentheses, says_the_explanation, split_clauses, swap_opener, swap_words, \
    tidy


@dataclass(frozen=True)
class Outcome:
    pieces: tuple[str, ...]
    change: str
    reasons: tuple[str, ...]
    engine: str = ""  # rules | model | clinic: who made `pieces` ("" when nothing changed)
    pending: str = ""  # a model rewrite awaiting the clinic's approval


# a person or service the reader is told to ask, call or see: "or you can speak to your GP"
WHO_TO_ASK = re.compile(r"\b(?:speak|talk|ask|call|phone|contact|ring|see)\s+(?:to\s+|with\s+)?(?:your|a|an|the|our)\s+"
                        r"(?:[a-z]+\s+){0,2}(?:gp|doctor|nurse|pharmacist|midwife|health\s+visitor|team|practice|"
                        r"clinic|surgery|dentist|optician|service|helpline)\b", re.IGNORECASE)


def lexicon_for(settings: Settings) -> Lexicon:
    return load_lexicon(tuple(settings.resolve(p) for p in settings.plain.glossary))


def _lay_form(lex: Lexicon):
    replaces = {k: e.plain for k, e in lex.glossary.items() if e.mode == "replace"}

    def lay(name: str) -> str:
        swap = lex.swaps.get(name.lower())
        if swap is not None and swap.rule != "keep":
            return swap.plain  # a whole term with a plain word: "health care provider"
        if lex.glossary_re is None:
            return name
        return lex.glossary_re.sub(lambda m: replaces.get(m.group(0).lower(), m.group(0)), name)

    return lay


def guard_check(original: str, candidate: str, lex: Lexicon) -> list[str]:
    """The meaning guard with this lexicon's glossary equivalents for condition names."""
    return guard.check(original, candidate, lex, _lay_form(lex))


# a phone number: groups of digits, the first of 3 or more ("0300 123 6600", "1-800-222-1222", "111")
PHONE_NUMBER = re.compile(r"(?<![\w./])(?:\+?\d{1,4}[\s-])?\(?\d{3,5}\)?[\s-]\d{3,4}(?:[\s-]\d{3,4})?(?![\w/])|"
                          r"\b(?:call|phone|ring|text|dial)\s+\d{3}\b", re.IGNORECASE)


def rewrite_sentence(text: str, lex: Lexicon, ctx: Context,
                     overrides: dict[str, Override] | None = None) -> Outcome:
    """Run the rules over one sentence, each one past the guard, and say what happened."""
    override = (overrides or {}).get(key(text))
    if override is not None:
        if override.keep:
            return Outcome((text,), "overridden", ("clinic: keep the original",))
        return Outcome(tuple(split_sentences(override.text)) or (override.text,), "overridden",
                       ("clinic: own wording",))
    if is_link_only(text, lex):
        held = guard.facts(text, lex)
        if held.drugs or held.doses:
            return Outcome((text,), "refused", ("link-only sentence kept: it names a drug or dose",))
        if PHONE_NUMBER.search(text):
            # ("Useful sources include ... Talk to Frank (www.talktofrank.com, or call 0300 123 6600)":
            # a number to call is help the reader needs, whatever page it points at)
            return Outcome((text,), "refused", ("link-only sentence kept: it gives a phone number",))
        if WHO_TO_ASK.search(text):
            # ("More information can be found on the NHS website, or you can speak to your GP, practice
            # nurse or health visitor": who to ask is help the reader needs too)
            return Outcome((text,), "refused", ("link-only sentence kept: it says who to ask",))
        return Outcome((), "dropped", ("link-only sentence: points at another page",))

    lay = _lay_form(lex)
    fired: list[str] = []
    refused: list[str] = []
    pieces = [text]

    def attempt(rule: str, candidate: list[str], rules_fired: list[str]) -> bool:
        nonlocal pieces
        if candidate == pieces or not rules_fired:
            return False
        reasons = guard.check(text, " ".join(candidate), lex, lay)
        if reasons:
            refused.extend(f"refused {rule}: {r}" for r in reasons)
            return False
        pieces = candidate
        fired.extend(rules_fired)
        return True

    new, extra, rules = parentheses(pieces[0], lex, ctx)
    if not attempt("parentheses", [p for p in [new, *extra] if p], rules) and rules:
        # one parenthesis the guard protects must not keep the others: try each alone
        added: list[str] = []
        for index in reversed(range(len(PAREN.findall(text)))):
            new, extra, rules = parentheses(pieces[0], lex, ctx, only=index)
            if attempt("parentheses", [p for p in [new, *extra, *added] if p], rules):
                added = extra + added

    # where each sentence made of a bracket was cut from: after a split it goes on the piece
    # that holds the words before it, not after the last
    anchors = [_anchor(text, extra) for extra in pieces[1:]]

    trimmed = [drop_fillers(p, lex) for p in pieces]
    attempt("fillers", [s for s, _ in trimmed], [r for _, rs in trimmed for r in rs])

    swapped = [swap_words(p, lex, ctx.given_names, ctx.british) for p in pieces]
    attempt("plain words", [tidy(s) for s, _ in swapped], [r for _, rs in swapped for r in rs])

    explained_before = set(ctx.explained)
    glossed = [apply_glossary(p, lex, ctx) for p in pieces]
    glossary_fired = [r for _, rs, _ in glossed for r in rs]
    # a list item without a full stop gets one before its explanation sentence
    glossed = [(closed(g) if extra else g, rs, extra) for g, rs, extra in glossed]
    # (the explanations come after every piece: a sentence made of the bracket goes on the one
    # before it, "you have an insulin pump (these usually need to be removed)" -> "... These usually
    # need ...", and an explanation between them would take its "These")
    if not attempt("glossary", [text_ for text_, _, _ in glossed] + [s for _, _, extra in glossed for s in extra],
                   glossary_fired) and glossary_fired:
        ctx.explained = explained_before  # a refused explanation may come on a later use

    split = _placed_by_anchor([split_clauses(p, lex) for p in pieces], anchors)
    if _item_kept_whole(text, split, ctx, lex):
        split = pieces
    if split != pieces and attempt("sentence split", split, [f"split long sentence into {len(split)}"]):
        opened = [swap_opener(p, lex) for p in pieces]
        attempt("plain words", [s for s, _ in opened], [r for _, rs in opened for r in rs])

    if pieces == [text]:
        if refused:
            return Outcome((text,), "refused", tuple(dict.fromkeys(refused)))
        return Outcome((text,), "kept", ())
    return Outcome(tuple(pieces), "changed", tuple(dict.fromkeys(fired + refused)))


def _item_kept_whole(text: str, split: list[str], ctx: Context, lex: Lexicon) -> bool:
    """Whether a list item must not be split where the rules would split it: after a thing's
    "may:" its verbs are no orders ("improve your sleep, and lower the risk" after "Activity
    may:"); after a lead-in that opens a condition ("... if, at the time the prescription is
    dispensed, you:") the half joined by "and" or "or" is the condition's, no statement of its
    own ("hold a valid war pension exemption certificate, and the prescription is for your
    accepted disability"). What the writer sets apart with a semicolon or tells of with "which"
    is said apart still ("are pregnant; treatment is usually delayed")."""
    if text in ctx.told_items and any(is_order(WORDS.findall(p), lex) for p in split[1:]):
        return True
    if text not in ctx.condition_items:
        return False
    joined = {tuple(w.lower() for w in WORDS.findall(m.group(1))) for m in
              re.finditer(r",\s+(?:and|or)\s+((?:[\w'’-]+\s+){1,2})", text)}
    return any(tuple(w.lower() for w in WORDS.findall(p)[:2]) in joined for p in split[1:])


# the words a piece opens with that tell of the piece before it ("This", "So", "Examples include")
TELLS_OF_THE_ONE_BEFORE = BACK_POINTERS | frozenset("so but then also examples for including both each".split())


def _anchor(text: str, extra: str) -> tuple[str, ...]:
    """The last words before the bracket a sentence was made of ("Dry socket (the medical name
    is alveolar osteitis) happens when ..." -> ("dry", "socket")); empty if not found."""
    inner = extra.rstrip(".!? ")
    at = text.lower().find("(" + inner[:1].lower() + inner[1:24].lower()) if inner else -1
    if at < 0:
        return ()
    return tuple(w.lower() for w in WORDS.findall(text[:at])[-3:])


def _placed_by_anchor(parts: list[list[str]], anchors: list[tuple[str, ...]]) -> list[str]:
    """The pieces in order, each sentence made of a bracket right after the piece of the first
    sentence that holds the words before the bracket: "You have been offered clozapine because
    other medicines have not helped." then "Brand names include Clozaril, ...", then "Your team
    will explain the blood tests.", where at the end the brand names would tell of the tests."""
    first, rest = parts[0], parts[1:]
    if len(first) < 2 or not any(anchors):
        return [s for p in parts for s in p]
    out = [[s] for s in first]
    tail: list[str] = []
    words = [[w.lower() for w in WORDS.findall(s)] for s in first]
    for index, piece in enumerate(rest):
        anchor = anchors[index] if index < len(anchors) else ()  # (a glossary's explanation: at the end)
        home = next((i for i, w in enumerate(words) if anchor and any(
            tuple(w[k:k + len(anchor)]) == anchor for k in range(len(w)))), None)
        # (never between a piece and the next one's "This" or "They", which would then point at it)
        while home is not None and home < len(first) - 1 and words[home + 1][:1] and \
                words[home + 1][0] in TELLS_OF_THE_ONE_BEFORE:
            home += 1
        if home is None or home == len(first) - 1:
            tail += piece
        else:
            out[home] += piece
    return [s for group in out for s in group] + tail


def polish(original: str, pieces: tuple[str, ...], lex: Lexicon) -> tuple[tuple[str, ...], list[str]]:
    """The word-level rules (fillers, plain words and the glossary's, splits) over another
    engine's wording.

    The language model keeps many hard words the word list knows ("approximately",
    "physician"); its answer polished this way reads easier than either alone. The
    result must still pass the guard against the original sentence; if not, the
    wording stands unpolished.
    """
    fired: list[str] = []
    out: list[str] = []
    # the glossary's plain words only: explanations were the rules' to add on first use
    swaps_only = Context(explained={entry.term.lower() for entry in lex.glossary.values()})
    for piece in pieces:
        text, rules = drop_fillers(piece, lex)
        fired += rules
        text, rules = swap_words(text, lex)
        fired += rules
        text, rules, _ = apply_glossary(text, lex, swaps_only)
        fired += rules
        split = split_clauses(tidy(text), lex)
        if len(split) > 1:
            fired.append(f"split long sentence into {len(split)}")
        out += split
    polished = tuple(p for p in out if p)
    if polished == pieces or not polished or guard_check(original, " ".join(polished), lex):
        return pieces, []
    return polished, fired


def _acronym_uses(texts: list[str]) -> dict[str, int]:
    counts: Counter = Counter()
    for text in texts:
        for word in re.findall(r"[A-Za-z0-9-]+", text):
            # "COVID-19" is one; "anti-VEGF" uses "VEGF"
            for part in [word] if ACRONYM.match(word) else word.split("-"):
                if ACRONYM.match(part):
                    counts[acronym_key(part)] += 1  # "PPIs" and "a PPI" are one
    return dict(counts)


def _defined_by_the_article(texts: list[str], lex: Lexicon) -> set[str]:
    """Glossary terms the article defines itself in a sentence of their own ("Jaundice is the
    yellow colour of the skin and of the whites of the eyes"): the glossary's explanation would
    say it twice. A definition says most of what the glossary says ("MRI is a very safe test"
    defines nothing)."""
    defined = set()
    for text in texts:
        opening = re.sub(r"^(?:the|a|an)\s+", "", text.lstrip(), flags=re.IGNORECASE)
        m = lex.glossary_re.match(opening) if lex.glossary_re is not None else None
        entry = lex.glossary.get(m.group(0).lower()) if m else None
        if entry is None or not re.match(r"\s+(?:is|are|means)\s", opening[m.end():]):
            continue
        if says_the_explanation(entry.plain, opening[m.end():]):
            defined.add(entry.term.lower())
    return defined


def _plain_sentences(sentence: Sentence, outcome: Outcome,
                     listed: frozenset[int] = frozenset()) -> list[Sentence]:
    return [Sentence(text=piece, original=sentence.text, change=outcome.change,
                     notes=outcome.reasons, listed=n in listed)
            for n, piece in enumerate(outcome.pieces)]


def _with_lists(outcome: Outcome) -> tuple[Outcome, frozenset[int]]:
    """The outcome with each piece that ends in a long series said as its lead-in and
    items (plain/lists.py), and which pieces are items. A clinic's wording stays as written."""
    if outcome.change in ("overridden", "dropped"):
        return outcome, frozenset()
    layout = laid_out(outcome.pieces)
    if not layout.items:
        return outcome, frozenset()
    notes = tuple(f"{LISTED} of {count} items" for count in layout.lists)
    return replace(outcome, pieces=layout.pieces, reasons=(*outcome.reasons, *notes)), layout.items


# a lead-in that tells what a thing may do: the items finish its sentence ("Regular physical
# activity during pregnancy may:"), so their verbs are no orders ("you should:" leads orders)
# ("The following steps may help:" and "it may help to:" lead steps the reader takes, and so
# do "you can:" and "Farmers can:": what people may do)
# (someone else's "will:" too: "The officer will normally:" ("check the equipment, and ask to see records" is
# the officer's to do, no "Ask to see records." told the reader); only "you will:" leads the reader's steps)
TELLING_LEAD = re.compile(r"\b([\w'’-]+)\s+(may|might|can|could|will|would)(?:\s+(?:also|normally|usually|then|"
                          r"typically|generally|often|probably))?\s*:\s*$", re.IGNORECASE)
ACTORS = PEOPLE | PERSON | PRONOUNS | frozenset("farmers carers caregivers".split())


# a lead-in that opens a condition the items finish, its subject told and its verb left to them:
# "You do not have to pay if, at the time the prescription is dispensed, you:" (not "If bleeding
# starts again:", whose items are what to do)
CONDITION_LEAD = re.compile(r"\b(?:if|unless|provided|providing|as\s+long\s+as)\b(?:[^.;:]*,)?\s*"
                            r"(?:you|they|he|she|we|your\s+[\w'’-]+|the\s+[\w'’-]+|a\s+[\w'’-]+|someone|anyone)\s*:\s*$",
                            re.IGNORECASE)
# a lead-in that gives someone else's duties: "Your manager ... They should:" ("show you the questions,
# and give you the chance to comment" is the manager's to do, no order to the reader)
DUTY_LEAD = re.compile(r"\b([\w'’-]+)\s+(?:should|must)(?:\s+also)?\s*:\s*$", re.IGNORECASE)
# a lead-in whose "that" clause the items finish: "we need to be sure that:" ("you understand the
# risks, and feel able to take the medicines" is what must be true, no order to feel able)
THAT_LEAD = re.compile(r"\bthat\s*:\s*$", re.IGNORECASE)
# a lead-in whose "how to" or "help you to" the items finish: "show you how to:" ("switch them on and
# off, and change the volume" is what the reader is shown, no order to change it)
HOW_LEAD = re.compile(r"\b(?:how|(?:help|helps|teach|teaches|show|shows|train|trains)\s+[\w'’-]+)\s+to\s*:\s*$",
                      re.IGNORECASE)


def _items_led_by(article: Article, leads) -> frozenset[str]:
    """The list items whose lead-in (the sentence before the list) passes `leads`."""
    items: set[str] = set()
    for section in article.sections:
        lead = ""
        for block in section.blocks:
            if block.kind == "list" and leads(lead):
                items.update(s.text for s in block.all_sentences())
            lead = block.sentences[-1].text if block.sentences else ""
    return frozenset(items)


def _tells_on(lead: str) -> bool:
    """A lead-in that tells what a thing may do or what someone other than the reader will do."""
    telling = TELLING_LEAD.search(lead)
    if not telling:
        return False
    who, modal = telling.group(1).lower(), telling.group(2).lower()
    return who != "you" if modal in ("will", "would") else who not in ACTORS


def _told_items(article: Article) -> frozenset[str]:
    """The list items whose lead-in is a thing's "may:" or "can:", not the reader's, someone else's
    "should:" or "must:", or a "that" clause's ("we need to be sure that:"): their verbs go on from
    it and are no orders."""
    told = _items_led_by(article, lambda lead: _tells_on(lead) or any(p.search(lead) for p in (THAT_LEAD, HOW_LEAD)))
    # (of someone else's duties, only those done to the reader: "and give you the chance to comment"
    # as an order would tell the reader to give it; "and tuck in shoelaces" is the reader's too)
    duties = _items_led_by(article, lambda lead: bool(duty := DUTY_LEAD.search(lead)) and
                           duty.group(1).lower() != "you")
    return told | {item for item in duties if re.search(r",\s+(?:and|or)\s+[^,;]*\byou(?:r)?\b", item)}


def _condition_items(article: Article) -> frozenset[str]:
    """The list items that finish a condition their lead-in opens."""
    return _items_led_by(article, lambda lead: bool(CONDITION_LEAD.search(lead)))


def _unchanged(article: Article) -> PlainArticle:
    sections = tuple(_map_sentences(section, lambda s, kind: [
        Sentence(text=s.text, original=s.text, change="kept")], lambda s: None)
        for section in article.sections)  # the rewrites below record every sentence
    rewrites = tuple(Rewrite(s.text, (s.text,), "kept", (), index, s.id)
                     for index, section in enumerate(article.sections)
                     for s in section.all_sentences())
    before = article_readability(article.sections)
    return PlainArticle(article.slug, article.title, article.meta, number_sentences(sections),
                        article, rewrites, before, before)


def _map_sentences(section: Section, fn, keep) -> Section:
    """`fn(sentence, block kind)` gives a sentence's plain pieces; `keep(sentence)` records
    one left as written. A paragraph's pieces marked `listed` become a list block of
    their own, after the paragraph that leads into it."""
    blocks = []
    for block in section.blocks:
        if block.kind == "table":
            # Cells are names and numbers side by side ("Before meals", "80 to 130
            # mg/dL"), not sentences: rewriting them risks the numbers and gains nothing.
            for row in block.all_sentences():
                keep(row)
            blocks.append(block)
        elif block.kind == "list":
            items = []
            for item in block.items:
                sents = tuple(s for old in item.sentences for s in fn(old, block.kind))
                if sents:
                    items.append(ListItem(sents))
            if items:
                blocks.append(replace(block, items=tuple(items)))
        else:
            sents = [s for old in block.sentences for s in fn(old, block.kind)]
            for listed, run in groupby(sents, key=lambda s: s.listed):
                run = tuple(run)
                blocks.append(Block("list", items=tuple(ListItem((s,)) for s in run)) if listed
                              else replace(block, sentences=run))
    return replace(section, blocks=tuple(blocks))


def simplify(article: Article, settings: Settings, rewriter=None) -> PlainArticle:
    """Rewrite `article` toward grade 6; every original sentence's fate goes into `rewrites`.

    Rules first, sentence by sentence; then, with `[plain] rewriter = "model"`, the
    language model for the sentences the rules left hard (plain/model_pass.py).
    `rewriter` is the build's loaded model (llm.ModelRewriter); without one, a
    model needed here is loaded for this article and freed at the end.
    """
    if not any(s.id for s in article.all_sentences()):
        article = replace(article, sections=number_sentences(article.sections))
    if not settings.plain.enabled:
        return _unchanged(article)
    lex = lexicon_for(settings)
    overrides = load_overrides(article.source_path)
    wordings = {k: o for k, o in overrides.items() if o.keep or o.text}  # not approvals
    texts = [s.text for s in article.all_sentences()]
    ctx = Context(explained=_defined_by_the_article(texts, lex), acronym_uses=_acronym_uses(texts),
                  given_names=given_names(texts, lex.verbs, contrasted_words(texts, lex.plain_of)),
                  told_items=_told_items(article), condition_items=_condition_items(article),
                  british=british_spelling(texts))
    # the author note is shown on the page and in the text, so it is made plain too
    byline = tuple(Sentence(text, id=f"byline-{n}")
                   for n, text in enumerate(split_sentences(article.meta.byline), start=1))
    outcomes = {s.id: _with_engine(rewrite_sentence(s.text, lex, ctx, wordings))
                for s in (*article.all_sentences(), *byline)}
    if settings.plain.rewriter == "model":
        from .model_pass import improve

        outcomes = improve(article, outcomes, lex, settings, overrides, rewriter, extra=byline,
                           given=ctx.given_names)
    rewrites: list[Rewrite] = []
    sections = []
    for index, section in enumerate(article.sections):
        def rewrite(sentence: Sentence, kind: str, index=index) -> list[Sentence]:
            outcome = outcomes[sentence.id]
            published, listed = _with_lists(outcome) if kind == "paragraph" and \
                settings.plain.lists else (outcome, frozenset())
            # the record keeps the wording as sentences, what a clinic reviews and would
            # overrule; the page lays a series out as a list (a note in the reasons says so)
            rewrites.append(Rewrite(sentence.text, outcome.pieces, outcome.change,
                                    published.reasons, index, sentence.id, outcome.engine,
                                    outcome.pending))
            return _plain_sentences(sentence, published, listed)

        def keep(sentence: Sentence, index=index) -> None:
            # every original sentence has its fate recorded, a table row's too
            rewrites.append(Rewrite(sentence.text, (sentence.text,), "kept", (), index, sentence.id))
        sections.append(_map_sentences(section, rewrite, keep))
    sections = number_sentences(tuple(sections))
    byline_rewrites = tuple(
        Rewrite(s.text, outcomes[s.id].pieces, outcomes[s.id].change, outcomes[s.id].reasons,
                len(article.sections), s.id, outcomes[s.id].engine, outcomes[s.id].pending)
        for s in byline)
    meta = replace(article.meta, byline=" ".join(p for r in byline_rewrites for p in r.result)) \
        if byline else article.meta
    return PlainArticle(
        slug=article.slug, title=article.title, meta=meta, sections=sections,
        original=article, rewrites=tuple(rewrites), byline_rewrites=byline_rewrites,
        before=article_readability(article.sections), after=article_readability(sections),
    )


def _with_engine(outcome: Outcome) -> Outcome:
    engine = {"changed": "rules", "overridden": "clinic"}.get(outcome.change, "")
    return replace(outcome, engine=engine)


def simplify_sentences(lines: list[str], settings: Settings, rewriter=None) -> list[str]:
    """Sentence mode, for evaluation: one plain line per input line, each line on its own
    (no neighbours as context, since evaluation sets hold unrelated sentences); a blank
    line stays blank. The model pass runs when the settings ask for it."""
    lex = lexicon_for(settings)
    own = None
    if settings.plain.enabled and settings.plain.rewriter == "model" and rewriter is None:
        from .llm import ModelRewriter

        rewriter = own = ModelRewriter(settings)
    out = []
    try:
        for line in lines:
            pieces = []
            for sentence in split_sentences(" ".join(line.split())) if settings.plain.enabled else []:
                outcome = _with_engine(rewrite_sentence(sentence, lex, Context()))
                if rewriter is not None:
                    from .model_pass import improve_sentence

                    outcome = improve_sentence(sentence, outcome, lex, settings, rewriter)
                pieces += outcome.pieces
            out.append(" ".join(pieces) if settings.plain.enabled else " ".join(line.split()))
    finally:
        if own is not None:
            own.release()
    return out


def simplify_text(text: str, settings: Settings | None = None) -> list[str]:
    """Plain sentences for a bare paragraph (benchmarks, quick checks)."""
    lex = lexicon_for(settings or Settings())
    ctx = Context()
    return [p for s in split_sentences(text) for p in rewrite_sentence(s, lex, ctx).pieces]
