"""Series as lists: a sentence that ends in a long series is published as its lead-in and
a bulleted list.

"Common triggers include tobacco smoke, dust mites, outdoor air pollution, cockroach
allergens, pets, mold, and smoke from burning wood or grass." becomes "Common triggers
include:" and seven items. Plain-language guides ask for this (the Federal Plain Language
Guidelines' "use vertical lists", CDC's Clear Communication Index): a reader finds each
item at a glance, a listener hears each with a pause, and a screen reader announces a
list and how many items it has. Only the layout changes: the words are the sentence's
own, in its order, so the meaning guard has nothing to judge.

Hand-written because it needs no grammar beyond what the series itself shows: a lead-in
word from `list_leads.tsv`, then items of a few words each, separated by commas, the last
after "and" or "or", to the sentence's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_table

LISTED = "series made a list"  # the note a rewrite's reasons carry when its series is a list
MIN_ITEMS = 4
MOST_ITEM_WORDS = 6  # on each side of an "or" inside an item ("a fast heartbeat or
# shortness of breath" names two things)
MOST_AFTER_COLON = 12  # after a colon or between semicolons the writer has marked the
# items: one may be a thing with its clause ("a headache that won't go away")
MIN_SENTENCE_WORDS = 15  # a short series reads well as it is
LONG_SENTENCE = 20  # four items make a list only in a sentence this long; five in any
# words that make an item a clause rather than a thing ("pets, which shed")
CLAUSE_WORDS = frozenset("that which who whom whose because if when while unless until is are was "
                         "were be been can could may might will would should must".split())
PRONOUNS = frozenset("i you we they he she it".split())
# the words that stand for a thing named before and may lead a list alone: "They include ..."
LEAD_PRONOUNS = frozenset("they it these this those".split())
AFTER_NO_LEAD = frozenset("to of in on for with at by from about into than as".split())
# a condition or a time the sentence opens on, whose clause is still to come
OPENING_CONDITION = re.compile(r"\s*(?:if|when|whenever|unless|once|until|while|because|although|though)\b",
                               re.IGNORECASE)
# words that open a phrase of when, how or by what ("after pregnancy", "in some cases", "from infected
# goats"), which a series of things does not go on with; a place may be an item ("behind the ears",
# "in the armpits": "in", "on" or "at" before a word that points at one thing)
# (and "to", "regardless": "such as a beautician or salon owner, to whiten your teeth, regardless of ...")
PHRASE_OPENERS = frozenset("in on at for with without from after before during within through into by to "
                           "regardless".split())
PLACE_PREPOSITIONS = frozenset("in on at".split())
POINTING = frozenset("the a an your their his her its my our".split())


def _opens_phrase(item: str) -> bool:
    words = item.lower().split()
    return words[0] in PHRASE_OPENERS and not (
        words[0] in PLACE_PREPOSITIONS and len(words) > 1 and words[1] in POINTING)
# a word that limits the item before it ("fever, especially in babies")
ITEM_LIMITS = frozenset("especially particularly mainly mostly usually often sometimes even".split())
# a colon before these leads into a clause or an order, not a list of things ("Remember
# this: if you feel sick, stay home, rest, and drink water.")
NO_ITEM_START = CLAUSE_WORDS | PRONOUNS | frozenset("although since after before as once do don't "
                                                    "never always".split())


@dataclass(frozen=True)
class Series:
    lead_in: str  # "Common triggers include:"
    items: tuple[str, ...]


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r[0] for r in data_table("plaincast.plain", "list_leads.tsv") if r[1] == kind)


@lru_cache(maxsize=1)
def _leads() -> re.Pattern:
    """A lead-in word that goes before any subject ("include", "such as"), or a "be" word
    (see as_list for what its subject must name)."""
    def alternation(kind: str) -> str:
        return "|".join(map(re.escape, sorted(_words(kind), key=len, reverse=True)))
    return re.compile(rf"(?:(?P<lead>,?\s+(?:{alternation('lead')}))|(?P<be>\s+(?:{alternation('be')}))"
                      rf"|(?P<colon>:))\s+", re.IGNORECASE)


def _items(series: str, colon: bool = False) -> list[str] | None:
    """The series' items, or None where it is not a plain series of things. After a colon,
    or between semicolons ("tendon, joint, and muscle pain; a tingling feeling; confusion;
    and hallucinations"), the writer has marked the items: they may be longer, hold a
    clause, or hold commas."""
    semicolons = ";" in series
    if ":" in series or not semicolons and re.search(r"\([^)]*,", series):
        return None
    marked = colon or semicolons
    chunks = [c.strip() for c in re.split(r";\s+" if semicolons else r",\s+", series)]
    # a series inside the series ("cold, pale, and clammy skin, a fast pulse"), or a joiner set off on its
    # own ("..., and, rarely, heart attack") or ending a piece ("infection and, rarely, damage to a nerve")
    if any(re.match(r"(?:and|or)(?:\s|$)", c) or re.search(r"\s(?:and|or)$", c) for c in chunks[:-1]):
        return None
    # a series turned round ("..., but not in people, birds or fish"), or a limit of what goes before
    # ending it, its "and" or "or" its own ("either recent or in the past", "..., particularly if the
    # water is warm and not moving")
    if any(re.match(r"(?:but|not)\s", c) for c in chunks) or re.match(r"(?:either|whether)\s", chunks[-1]) or \
            chunks[-1].split()[0].lower() in ITEM_LIMITS:
        return None
    last = re.match(r"(?:and|or)\s+(.+)", chunks[-1])
    if last:  # "A, B, and C"
        chunks[-1] = last.group(1)
    elif semicolons:
        return None
    else:  # "A, B and C"
        parts = re.split(r"\s+(?:and|or)\s+", chunks[-1])
        # ("a mild rash and aching joints or muscles": "and" ends the series and "or" joins a pair
        # inside the last item, never a lone word the sentence did not list, "Muscles"; not after an
        # "or", which may join two describing words, "a fast or pounding heartbeat and headache", nor
        # where a name's words are joined, "Central and South America", or more words follow the
        # "or", a clause's own: "drop down and press into or out of it")
        pair = re.fullmatch(r"(.+?)\s+and\s+(\S+(?:\s+\S+)*?\s+or\s+\S+(?:\s+\S+)?)", chunks[-1])
        if len(parts) == 3 and pair and not re.search(r"[A-Z][\w'’-]*\s+and\s|\sand\s+[A-Z]", chunks[-1]):
            parts = list(pair.groups())
        if len(parts) != 2:
            return None
        chunks[-1:] = parts
    # "fever, especially in babies, fluid draining ...": a word that limits the item before it
    # is part of that item
    limits: dict[int, str] = {}
    things: list[str] = []
    for chunk in chunks:
        if things and chunk.split()[0].lower() in ITEM_LIMITS:
            at = len(things) - 1
            limits[at] = f"{limits[at]}, {chunk}" if at in limits else chunk
        else:
            things.append(chunk)
    # ("after a viral illness, including COVID-19, after pregnancy, major surgery or ...": a phrase of
    # when among things ends the examples, "Major surgery" is none; a phrase first may be the whole
    # series', "such as in flowerpot saucers, buckets, old tires")
    # ("such as your ability to walk, work, see clearly or look after yourself": the first item's "to"
    # governs the rest, verbs that are no things of the series)
    if re.search(r"\bto\s+[\w'’-]+$", things[0]):
        return None
    opens = [_opens_phrase(chunk) for chunk in things]
    if any(opens[1:]) and not all(opens):
        return None
    describing = _words("describes")
    for chunk in things:
        words = chunk.split()
        if _leads().match(" " + chunk + " "):
            return None  # "not digestive, including fatigue, ...": the series starts later
        if len(words) == 1 and words[0].lower() in describing:
            return None  # "cold, pale, clammy skin" describes one thing
        if marked:
            if not 1 <= len(words) <= MOST_AFTER_COLON or words[0].lower() in NO_ITEM_START:
                return None
            continue
        sides = re.split(r"\s+or\s+", chunk)
        if len(sides) > 2 or not all(1 <= len(side.split()) <= MOST_ITEM_WORDS for side in sides) \
                or CLAUSE_WORDS & {w.lower() for w in words}:
            return None
    return [f"{chunk}, {limits[n]}" if n in limits else chunk for n, chunk in enumerate(things)]


# what a leaflet says it tells, each a question put as a clause: "This leaflet explains what the
# medicine is, how to take it and which side effects to report." The words that ask open every
# item, so three are a list, and an item may hold its own verb and "and" ("how your kidneys and
# heart are checked"): only a comma or an "and"/"or" before a word that asks ends one
ASKING_WORDS = ("what", "how", "why", "when", "where", "which", "whether", "who")
ASKING = rf"(?:{'|'.join(ASKING_WORDS)})"
# ("how and when to take it" asks one thing two ways: no item ends on a word that asks)
NOT_AFTER_ASKING = "".join(rf"(?<!\b{word})" for word in ASKING_WORDS)
ASKED_LEAD = re.compile(r"\b(?:explains?|describes?|tells\s+you|will\s+tell\s+you|covers?|sets\s+out|answers)\s+"
                        rf"(?={ASKING}\b)", re.IGNORECASE)
MIN_ASKED = 3
MOST_ASKED_WORDS = 15
# a "which" that opens a clause about the item before it, no question ("which depends on ...")
RELATIVE_WHICH = re.compile(r"which\s+(?:is|are|was|were|can|could|may|might|will|would|should|must|has|have|"
                            r"depends|means|helps|makes|includes|happens|varies)\b", re.IGNORECASE)


def _asked_series(sentence: str) -> Series | None:
    m = ASKED_LEAD.search(sentence)
    if not m or "," not in sentence[m.end():] or re.search(r"[;:()]", sentence[m.end():]):
        return None
    items = re.split(rf",\s+(?:and\s+|or\s+)?(?={ASKING}\b)|{NOT_AFTER_ASKING}\s+(?:and|or)\s+(?={ASKING}\b)",
                     sentence[m.end():-1])
    # (", which depends on how many polyps were found": a clause about the item before, nothing asked)
    if len(items) < MIN_ASKED or any("," in item or not re.match(rf"{ASKING}\b", item) or
                                     len(item.split()) > MOST_ASKED_WORDS or RELATIVE_WHICH.match(item)
                                     for item in items):
        return None
    return Series(sentence[:m.end()].rstrip() + ":", tuple(_capitalised(i) for i in items))


# conditions given one by one, each with its own "if": "Call the doctor if the symptoms do not improve
# within 3 days, if your child has a high fever, or if you notice pus draining from the ear." -> "Call the
# doctor if:" and the three conditions. An item may hold commas of its own ("breaks in the skin, including
# wounds or recent surgery"); a reason or a result set off after the last ("..., because ...") is all of
# theirs, and a choice of whom to call before the first "if" ("the unit, or your GP if it is closed") has a
# condition of its own, so neither makes a list
MIN_CONDITIONS = 3
MOST_CONDITION_WORDS = 25
ALL_OF_THEIRS = re.compile(r",\s+(?:because|as|so|since|although|though|which|while|whereas|unless)\b", re.IGNORECASE)


def _condition_series(sentence: str) -> Series | None:
    m = re.search(r"\s+if\s+", sentence)
    # ("... – for example, if you start a new relationship or, sadly, if a child were to die": an example
    # or an aside set off inside the series cuts its items short)
    if not m or not sentence[:1].isupper() or re.search(r"[;:–—]|\s-\s|\b(?:or|and|for\s+example|for\s+instance),\s",
                                                        sentence[m.start():]):
        return None
    lead, rest = sentence[:m.start()], sentence[m.end():-1]
    # (only "or if" before the last: "if A, if B, and if C" may ask for all three at once, and "if A, if B,
    # if C" does not say, which a list under "if:" would no longer tell apart)
    if len(re.findall(r",\s+or\s+if\s+", rest)) != 1:
        return None
    items = re.split(r",\s+(?:or\s+)?if\s+", rest)
    if len(lead.split()) < 3 or re.search(r",\s+(?:or|and)\s", lead) or len(items) < MIN_CONDITIONS or \
            any(ALL_OF_THEIRS.search(item) or not 2 <= len(item.split()) <= MOST_CONDITION_WORDS for item in items):
        return None
    return Series(lead.rstrip(",") + " if:", tuple(_capitalised(i) for i in items))


def as_list(sentence: str) -> Series | None:
    """The sentence as a lead-in and its series' items, or None where it ends in no long
    series of things, of what a text tells (ASKED_LEAD) or of conditions each with its own "if"."""
    if not sentence.endswith(".") or len(sentence.split()) < MIN_SENTENCE_WORDS:
        return None
    asked = _asked_series(sentence) or _condition_series(sentence)
    if asked:
        return asked
    kinds = _words("kind")
    for m in _leads().finditer(sentence):
        before = sentence[:m.start()]
        # ("They include ...": a subject said again after a sentence split off its aside leads a
        # list like the noun it stands for; a single other word before "including" names nothing)
        if len(before.split()) < 2 and not (m.group("lead") and before.strip().lower() in LEAD_PRONOUNS):
            continue
        subject = re.findall(r"[a-z]+", before.lower())
        if m.group("be") and (not kinds & set(subject[:5]) or CLAUSE_WORDS & set(subject)
                              or PRONOUNS & set(subject)):
            # "The most common symptoms of CO poisoning are ...": the sentence's subject
            # names a kind of things; "The falls are ..." does not, and in "symptoms that
            # are ...", "if you have signs ... you are" the "are" is a clause's own
            continue
        if m.group("lead") and OPENING_CONDITION.match(before) and "," not in before:
            # ("If your child shows signs of dehydration, such as ..., call NHS 111": the examples are
            # inside a condition whose clause comes after them, never the sentence's end)
            continue
        if m.group("lead") and subject and subject[-1] in AFTER_NO_LEAD:
            # "something you are allergic to, such as trouble breathing": the examples
            # are not of the word before them
            continue
        if m.group("colon") and sentence.count(":") > 1:
            continue  # "Note: ... : ..." is no lead-in and its list
        items = _items(sentence[m.end():-1], colon=bool(m.group("colon")))
        if items and len(items) >= MIN_ITEMS and (len(items) > MIN_ITEMS or
                                                  len(sentence.split()) >= LONG_SENTENCE):
            lead = sentence[:m.end()].rstrip()
            # ("The first signs are often a sore throat, headache, ...": the word that limits the whole
            # series goes with its lead-in, not with the first item)
            limit = re.match(r"(\S+)\s+(.+)", items[0])
            if limit and limit.group(1).lower() in ITEM_LIMITS and not m.group("colon"):
                lead, items = f"{lead.rstrip(',:')} {limit.group(1)}", [limit.group(2), *items[1:]]
            return Series(lead.rstrip(",:") + ":", tuple(_capitalised(i) for i in items))
    return None


@dataclass(frozen=True)
class Layout:
    """A sentence's pieces as published: each series' lead-in and items pieces of their own."""

    pieces: tuple[str, ...]
    items: frozenset[int]  # which pieces are list items
    lists: tuple[int, ...] = ()  # each list's number of items


def laid_out(pieces: tuple[str, ...]) -> Layout:
    out: list[str] = []
    items: set[int] = set()
    lists: list[int] = []
    for piece in pieces:
        series = as_list(piece)
        if series is None:
            out.append(piece)
            continue
        out.append(series.lead_in)
        items.update(range(len(out), len(out) + len(series.items)))
        out += series.items
        lists.append(len(series.items))
    return Layout(tuple(out), frozenset(items), tuple(lists))


def _capitalised(item: str) -> str:
    # "mRNA vaccines", "eGFR" keep their case
    return item[0].upper() + item[1:] if item[:2].islower() else item


__all__ = ["LISTED", "Layout", "Series", "as_list", "laid_out"]
