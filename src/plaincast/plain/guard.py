"""The meaning guard: a rewrite may change words, never the medical facts.

A candidate rewrite is compared with the original sentence. It is refused when
it loses or changes a number, a unit, a dose (number + unit), a negation, a
hedge, a drug name or a condition name. Numbers, doses and names must all still
be there; negations must keep their count (adding one changes meaning too);
hedges must not be lost (a rewrite may say "about" where it said "regarding").
A condition replaced by its own glossary wording ("hypertension" -> "high blood
pressure") counts as kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from .lexicon import Lexicon
from .names import find_conditions, find_drugs

NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion half quarter twice once thrice dozen "
    "double triple".split()
)
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:/\d+)?")


@dataclass(frozen=True)
class Facts:
    numbers: Counter
    units: Counter
    doses: Counter
    negations: int
    hedges: Counter
    drugs: frozenset[str]
    conditions: frozenset[str]


def _units_after_numbers(text: str, lex: Lexicon) -> tuple[Counter, Counter]:
    units: Counter = Counter()
    doses: Counter = Counter()
    for m in NUMBER.finditer(text):
        rest = text[m.end():m.end() + 12]
        um = re.match(r"\s?(-\s?)?([^\s,;:)]+)", rest)
        if not um:
            continue
        unit = um.group(2).rstrip(".")
        if unit in lex.units or unit.lower() in lex.units:
            units[unit.lower()] += 1
            doses[f"{m.group(0)} {unit.lower()}"] += 1
    return units, doses


def negation_count(text: str, lex: Lexicon) -> int:
    lowered = text.lower().replace("’", "'")
    count = len(re.findall(r"n't\b", lowered)) + len(re.findall(r"\bcannot\b", lowered))
    for word in re.findall(r"[a-z]+", re.sub(r"n't\b|\bcannot\b", " ", lowered)):
        if word in lex.negations:
            count += 1
    return count


def hedge_count(text: str, lex: Lexicon) -> Counter:
    lowered = " " + " ".join(re.findall(r"[a-z]+", text.lower())) + " "
    found: Counter = Counter()
    # phrases first, then single words, without counting a word twice
    for phrase in sorted(lex.hedges, key=len, reverse=True):
        needle = f" {phrase} "
        while needle in lowered:
            found[lex.hedges[phrase]] += 1
            lowered = lowered.replace(needle, "  ", 1)
    return found


def facts(text: str, lex: Lexicon) -> Facts:
    numbers = Counter(n.replace(",", "") for n in NUMBER.findall(text))
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in NUMBER_WORDS:
            numbers[word.lower()] += 1
    units, doses = _units_after_numbers(text, lex)
    return Facts(
        numbers=numbers, units=units, doses=doses,
        negations=negation_count(text, lex), hedges=hedge_count(text, lex),
        drugs=frozenset(find_drugs(text)), conditions=frozenset(find_conditions(text)),
    )


def check(original: str, candidate: str, lex: Lexicon,
          plain_form: Callable[[str], str] | None = None) -> list[str]:
    """Reasons to refuse `candidate` as a rewrite of `original`; [] when it is safe."""
    before, after = facts(original, lex), facts(candidate, lex)
    reasons = []
    lost_numbers = before.numbers - after.numbers
    if lost_numbers:
        reasons.append("number lost or changed: " + ", ".join(sorted(lost_numbers)))
    lost_units = before.units - after.units
    if lost_units:
        reasons.append("unit lost or changed: " + ", ".join(sorted(lost_units)))
    lost_doses = before.doses - after.doses
    if lost_doses:
        reasons.append("dose lost or changed: " + ", ".join(sorted(lost_doses)))
    if before.negations != after.negations:
        reasons.append(f"negation changed: {before.negations} in the original, "
                       f"{after.negations} in the rewrite")
    lost_hedges = before.hedges - after.hedges
    if lost_hedges:
        reasons.append("hedge lost: " + ", ".join(sorted(lost_hedges)))
    lost_drugs = before.drugs - after.drugs
    # a shorter name inside a longer kept one ("vitamin" in "vitamin d") is not lost
    lost_drugs = {d for d in lost_drugs if not any(d in k for k in after.drugs)}
    if lost_drugs:
        reasons.append("drug name lost: " + ", ".join(sorted(lost_drugs)))
    lowered = candidate.lower()
    lost_conditions = set()
    for name in before.conditions - after.conditions:
        if any(name in kept for kept in after.conditions):
            continue
        if plain_form is not None and plain_form(name).lower() in lowered:
            continue
        lost_conditions.add(name)
    if lost_conditions:
        reasons.append("condition name lost: " + ", ".join(sorted(lost_conditions)))
    return reasons
