"""Spoken form: turn written text into the words a person would say.

Voices misread written conventions ("2-3 times", "130/80", "$500", "mg/dL",
"e.g."). Each rule below is one regular expression with a small function;
the word tables (abbreviations, units, acronyms, symbols) are data files in
narrate/data so a clinic can read and extend them without touching code.
Rules run in a fixed order: the more specific patterns (money, times, blood
pressure, ranges with units) before the general ones (plain numbers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

from ..datafiles import data_table


def _read_table(name: str) -> tuple[tuple[str, ...], ...]:
    return data_table("plaincast.narrate", name)


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in _read_table("abbreviations.tsv")}


@lru_cache(maxsize=None)
def units() -> list[tuple[str, str, str]]:
    rows = [(r[0], r[1], r[2]) for r in _read_table("units.tsv")]
    # longest first so "mg/dL" wins over "mg"
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=None)
def acronyms() -> dict[str, str]:
    return {row[0]: row[1] for row in _read_table("acronyms.tsv")}


@lru_cache(maxsize=None)
def symbols() -> dict[str, str]:
    return {row[0]: row[1] for row in _read_table("symbols.tsv")}


# --- number words -----------------------------------------------------------

def cardinal(value: str | int | float) -> str:
    """'1,200' -> 'one thousand two hundred' (American: no 'and', no commas)."""
    text = str(value).replace(",", "")
    if "." in text:
        whole, _, frac = text.partition(".")
        head = cardinal(int(whole or "0"))
        return head + " point " + " ".join(_DIGITS[int(d)] for d in frac)
    words = num2words(int(text))
    return words.replace(",", "").replace(" and ", " ")


_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ordinal(value: int) -> str:
    return num2words(int(value), to="ordinal").replace(",", "").replace(" and ", " ")


def year(value: int) -> str:
    if 2000 <= value <= 2009:
        return cardinal(value)
    return num2words(int(value), to="year").replace(",", "").replace(" and ", " ")


_FRACTION_WORDS = {2: ("half", "halves"), 4: ("quarter", "quarters")}


def fraction(numerator: int, denominator: int) -> str:
    singular, plural = _FRACTION_WORDS.get(
        denominator, (ordinal(denominator), ordinal(denominator) + "s")
    )
    if numerator == 1:
        return "one " + singular
    return f"{cardinal(numerator)} {plural}"


# --- rules --------------------------------------------------------------------

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_unit_alternatives = None


def _unit_pattern() -> str:
    global _unit_alternatives
    if _unit_alternatives is None:
        _unit_alternatives = "|".join(re.escape(u[0]) for u in units())
    return _unit_alternatives


def _unit_words(unit: str, quantity: str) -> str:
    for written, singular, plural in units():
        if written == unit:
            return singular if quantity.replace(",", "") in {"1", "1.0"} else plural
    return unit


@lru_cache(maxsize=None)
def units_alone() -> tuple[str, ...]:
    """Units said even with no number before them ("doses in mg"), longest first."""
    rows = [r[0] for r in _read_table("units.tsv") if len(r) > 3 and r[3] == "alone"]
    return tuple(sorted(rows, key=len, reverse=True))


def _per_quantity(match: re.Match) -> str:
    # "160 mg/5 mL": an amount in an amount of liquid
    q1, u1, q2, u2 = match.groups()
    return f"{cardinal(q1)} {_unit_words(u1, q1)} per {cardinal(q2)} {_unit_words(u2, q2)}"


def _unit_adjective(match: re.Match) -> str:
    # "a 5-mL spoon": a quantity used as an adjective takes the singular
    return f"{cardinal(match.group(1))} {_unit_words(match.group(2), '1')}"


def unit_words(token: str) -> str:
    """The spoken plural of a unit written alone ("mg/dL"), else ""."""
    for written, _, plural in units():
        if written == token:
            return plural
    return ""


def _money(match: re.Match) -> str:
    amount = match.group(1).replace(",", "")
    scale = match.group(2)
    dollars, _, cents = amount.partition(".")
    if scale:
        return f"{cardinal(amount)} {scale} dollars"
    words = f"{cardinal(int(dollars))} dollar{'s' if int(dollars) != 1 else ''}"
    if cents and int(cents):
        cents = (cents + "0")[:2]
        words += f" and {cardinal(int(cents))} cent{'s' if int(cents) != 1 else ''}"
    return words


def _time(match: re.Match) -> str:
    hour, minute = match.group(1), match.group(2)
    meridiem = match.group(3) if match.re.groups >= 3 else None
    words = cardinal(int(hour))
    if minute is not None:
        m = int(minute)
        if m == 0:
            words += "" if meridiem else " o'clock"
        elif m < 10:
            words += " oh " + cardinal(m)
        else:
            words += " " + cardinal(m)
    if meridiem:
        # every engine says "a.m." right; "A M" reads as the article "a"
        words += " " + ("a.m." if meridiem.lower() == "a" else "p.m.")
    return words


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1100 <= int(text) <= 2099


def _range(match: re.Match) -> str:
    low, high = match.group(1), match.group(2)
    if _is_year(low) and _is_year(high):
        return f"{year(int(low))} to {year(int(high))}"
    if low == high:  # a name, not a range: "the 15-15 rule"
        return f"{cardinal(low)} {cardinal(high)}"
    return f"{cardinal(low)} to {cardinal(high)}"


def _slash_numbers(match: re.Match) -> str:
    a, b = match.group(1), match.group(2)
    ia, ib = int(a), int(b)
    # Blood pressure: two readings of 2-3 digits ("130/80", "90/60 mm Hg").
    if match.group(3):
        return f"{cardinal(a)} over {cardinal(b)} millimeters of mercury"
    if ia >= 40 and ib >= 20 and len(a) >= 2 and len(b) >= 2:
        return f"{cardinal(a)} over {cardinal(b)}"
    if a == "24" and b == "7":
        return "twenty-four seven"
    if 1 <= ia < ib <= 16 or (ib <= 16 and ia <= 16 and ib > 1):
        return fraction(ia, ib)
    return f"{cardinal(a)} over {cardinal(b)}"


def _mixed_fraction(match: re.Match) -> str:
    whole, num, den = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if num == 1 and den == 2:
        return f"{cardinal(whole)} and a half"
    return f"{cardinal(whole)} and {fraction(num, den)}"


def _date(match: re.Match) -> str:
    month, day, yr = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{_MONTHS[month - 1]} {ordinal(day)}, {year(yr)}"


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _quantity_unit(match: re.Match) -> str:
    quantity, unit = match.group(1), match.group(2)
    return f"{cardinal(quantity)} {_unit_words(unit, quantity)}"


def _range_unit(match: re.Match) -> str:
    low, high, unit = match.group(1), match.group(2), match.group(3)
    return f"{cardinal(low)} to {cardinal(high)} {_unit_words(unit, high)}"


def _percent(match: re.Match) -> str:
    return f"{cardinal(match.group(1))} percent"


def _ordinal(match: re.Match) -> str:
    return ordinal(int(match.group(1)))


def _year_or_number(match: re.Match) -> str:
    text = match.group(0)
    # quantities with units, money and percentages were read earlier, so a bare
    # four-digit number left in prose ("in 2019") is a year
    if _is_year(text):
        return year(int(text))
    return cardinal(text)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
          "IX": 9, "X": 10, "XI": 11, "XII": 12}


def _roman(match: re.Match) -> str:
    return f"{match.group(1)} {cardinal(_ROMAN[match.group(2)])}"


def _phone(match: re.Match) -> str:
    groups = [g for g in match.groups() if g]
    return ", ".join(" ".join(_DIGITS[int(d)] for d in g) for g in groups)


def _abbreviation(match: re.Match) -> str:
    token = match.group(0)
    return abbreviations().get(token, token)


def _acronym(match: re.Match) -> str:
    return acronyms()[match.group(0)]


def _street_or_saint(match: re.Match) -> str:
    # "St. Louis" -> Saint (a name follows); "Main St." -> Street
    return "Saint" if match.group(1) else "Street"


def _symbol(match: re.Match) -> str:
    return f" {symbols()[match.group(0)]} "


def _rules() -> list[tuple[re.Pattern, object]]:
    unit = _unit_pattern()
    alone = "|".join(re.escape(u) for u in units_alone())
    abbr = "|".join(re.escape(a) for a in sorted(abbreviations(), key=len, reverse=True))
    acr = "|".join(re.escape(a) for a in sorted(acronyms(), key=len, reverse=True))
    roman = "|".join(sorted(_ROMAN, key=len, reverse=True))
    sym = "|".join(re.escape(s) for s in symbols())
    return [
        # typography first, so later patterns see plain ASCII
        (re.compile(r"[\u2018\u2019]"), "'"),
        (re.compile(r"[\u201c\u201d]"), '"'),
        (re.compile(r"(?<=\d)\s*[\u2013\u2012\u2212-]\s*(?=\d)"), "-"),
        (re.compile(r"\s*[\u2014\u2013]\s*|\s+-{1,2}\s+|(?<=\w)--(?=\w)"), ", "),
        # US emergency and crisis lines are said digit by digit: "nine one one"
        (re.compile(r"(?<![\w.,$])(911|988)(?![\w.,]\d|\w|\s?%)"),
         lambda m: " ".join(_DIGITS[int(d)] for d in m.group(1))),
        # phone numbers before ranges: 1-800-555-1234, 555-1234
        (re.compile(r"\b(?:(1)-)?(\d{3})-(\d{3})-(\d{4})\b"), _phone),
        # dates m/d/yyyy before fractions
        (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), _date),
        # money: $1,200.50 / $2 million
        (re.compile(r"\$\s?(" + NUM + r")(?:\s?(million|billion|thousand))?"), _money),
        # times: 9 a.m., 9am, 10:30, 10:30 p.m.
        (re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s?([apAP])\.?\s?[mM]\b\.?"), _time),
        (re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\d)"), _time),
        # Roman numerals after a context word: Type II diabetes, Stage IV
        (re.compile(r"\b(Type|type|Stage|stage|Grade|grade|Class|class|Phase|phase|Level|level)\s+(" + roman + r")\b"), _roman),
        # mixed fractions 1 1/2, blood pressure and fractions
        (re.compile(r"\b(\d+)\s+(\d{1,2})/(\d{1,2})\b"), _mixed_fraction),
        (re.compile(r"\b(\d{1,3})/(\d{1,3})\b(\s?mm ?Hg\b)?"), _slash_numbers),
        # ranges with units and percentages: 2-3 mg, 10-20%
        (re.compile(r"(" + NUM + r")-(" + NUM + r")\s?(" + unit + r")(?![A-Za-z])"), _range_unit),
        (re.compile(r"(" + NUM + r")-(" + NUM + r")\s?%"), lambda m: f"{m.group(1)} to {m.group(2)} percent"),
        (re.compile(r"(" + NUM + r")-(" + NUM + r")(?![\d-])"), _range),
        (re.compile(r"(" + NUM + r")\s?%"), _percent),
        (re.compile(r"(?<![\w.])(" + NUM + r")\s?(" + unit + r")/(" + NUM + r")\s?(" + unit + r")(?![A-Za-z])"),
         _per_quantity),
        (re.compile(r"(?<![\w.])(" + NUM + r")-(" + unit + r")(?![A-Za-z])"), _unit_adjective),
        (re.compile(r"(?<![\w.])(" + NUM + r")\s?(" + unit + r")(?![A-Za-z])"), _quantity_unit),
        # a unit with no number ("doses in mg", "mg/mL") is still said in words
        (re.compile(r"(?<![\w/])(?:" + alone + r")(?![\w/])"), lambda m: unit_words(m.group(0))),
        (re.compile(r"\b(\d+)(st|nd|rd|th)\b"), _ordinal),
        # "2x a day" -> "2 times a day"
        (re.compile(r"\b(\d+)\s?x\b"), lambda m: f"{m.group(1)} times"),
        # abbreviations and titles (St. is Saint or Street by context)
        (re.compile(r"\bSt\.?(?=(\s+[A-Z])?)(?=\s|$|,)"), _street_or_saint),
        (re.compile(r"(?<![\w.])(?:" + abbr + r")(?=\s|$|[,;:)])"), _abbreviation),
        (re.compile(r"\b(?:" + acr + r")\b"), _acronym),
        # slashes between words: "and/or" -> "and or", "heat/ice" -> "heat or ice"
        (re.compile(r"\band/or\b"), "and or"),
        (re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])"), " or "),
        (re.compile(sym), _symbol),
        # numbers last: years, decimals, cardinals
        (re.compile(r"(?<![\w.])" + r"(?:" + NUM + r")(?![\w])"), _year_or_number),
    ]


@lru_cache(maxsize=1)
def compiled_rules() -> tuple:
    return tuple(_rules())


def to_spoken(text: str) -> str:
    """The words a voice should say for `text`."""
    ends_sentence = text.rstrip()[-1:] in {".", "!", "?"}
    for pattern, replacement in compiled_rules():
        text = pattern.sub(replacement, text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if ends_sentence and text[-1:] not in {".", "!", "?"}:
        text += "."
    return text


__all__ = ["cardinal", "fraction", "ordinal", "to_spoken", "unit_words", "year"]
