"""Regular English inflection for the word list: -s, -ed, -ing and noun plurals.

The plain-word list stores base forms only; both sides of an entry are
inflected here so that "utilized" becomes "used" and "commencing" becomes
"starting" without listing every form. Irregular verbs and plurals come from
data files (verb_forms.tsv, noun_plurals.tsv).
"""

from __future__ import annotations

from dataclasses import dataclass

VOWELS = set("aeiou")


@dataclass(frozen=True)
class VerbForms:
    base: str
    third: str
    past: str
    participle: str
    ing: str


def _third(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return word[:-1] + "ied"
    return word + "ed"


def _ing(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + "ing"


def verb_forms(base: str, irregular: dict[str, VerbForms]) -> VerbForms:
    """Forms of a verb or a verb phrase (only the first word inflects: "find out" -> "found out")."""
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in irregular:
        f = irregular[head]
        return VerbForms(base, f.third + tail, f.past + tail, f.participle + tail, f.ing + tail)
    past = _past(head)
    return VerbForms(base, _third(head) + tail, past + tail, past + tail, _ing(head) + tail)


def plural(noun: str, irregular: dict[str, str]) -> str:
    """Plural of a noun or noun phrase (the last word inflects: "safety step" -> "safety steps")."""
    if noun in irregular:
        return irregular[noun]
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last in irregular:
        return prefix + irregular[last]
    return prefix + _third(last) if not last.endswith("o") else prefix + last + "s"
