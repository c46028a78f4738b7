"""The word lists the plain stage reads: all project-owned data files in plain/data.

Everything is loaded once (lru_cache) and compiled into lookup tables and regular
expressions, so a 2,000-word article rewrites in well under a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import datafiles
from ..errors import ConfigError
from .inflect import VerbForms, plural, verb_forms

AUXILIARIES = frozenset(
    "have has had having is are was were be been being get gets got gotten getting "
    "am 's 're 've ’s ’re ’ve".split()
)
# nouns for people, for the rules ("..., adults aged 60, who lowered" -> "They lowered")
# and the guard ("in patient care" names a kind of care, not who it is for)
PEOPLE = frozenset("people persons individuals adults children kids women men patients "
                   "participants parents teens teenagers babies infants doctors nurses smokers "
                   "users residents workers girls boys mothers fathers families".split())
PERSON = frozenset("person individual adult child kid teen teenager adolescent infant baby "
                   "newborn toddler woman man patient participant parent user".split())

# numbers said in words (the guard counts them; a bracket that opens with one is a count)
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion half quarter twice once thrice dozen "
    "double triple hundreds thousands millions billions dozens "
    # ages by decade: "people in their twenties" are not "people of all ages"
    "twenties thirties forties fifties sixties seventies eighties nineties".split()
)


def data_text(name: str) -> str:
    return datafiles.data_text("plaincast.plain", name)


rows = datafiles.table_rows  # TSV rows without comments or blank lines


@dataclass(frozen=True)
class Swap:
    """One replacement: the plain text for a matched hard form.

    For a past-tense hard form the plain past differs by context ("performed"
    -> "did" / "was done"), so `participle` holds the form used after an auxiliary.
    """

    plain: str
    participle: str = ""
    rule: str = "plain word"
    after_verb: bool = False  # the plain form only follows its verb ("heal well", not "to well heal")
    verb: bool = False  # a verb form: never swapped where the word is a noun ("a desire")
    intransitive: bool = False  # takes no object: "participated in 2010" is a past verb
    noun: bool = False  # a singular noun, which opens a sentence bare ("Assessment usually takes")
    counted: bool = False  # its plain word needs "a" or "the": "needs urgent assessment" is no "urgent check"
    mass: bool = False  # its plain word takes no "a": "a swallowing difficulty" is no "a swallowing trouble"
    noun_too: bool = False  # base and -s forms are nouns too: "shoe inserts", "a massage"
    before_noun: bool = False  # an adjective that is a noun too: swapped only before its noun
    narrower: bool = False  # its plain words name only some of what it covers: kept where it gives a kind
    joins: bool = False  # adds an item (", as well as"): kept where a plain "and" would join other things


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    plain: str
    mode: str  # replace | explain
    source: str = "project glossary"
    article: str = ""  # "a" / "an" before the term when its explanation is a sentence of its own


@dataclass
class Lexicon:
    swaps: dict[str, Swap] = field(default_factory=dict)  # lowercased hard form -> swap
    openers: dict[str, str] = field(default_factory=dict)  # "however," -> "But"
    glossary: dict[str, GlossaryEntry] = field(default_factory=dict)  # lowercased term
    hedges: dict[str, str] = field(default_factory=dict)  # word -> class
    amount_hedges: frozenset[str] = frozenset()  # hedges only before an amount ("about 6")
    negations: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    link_patterns: tuple[re.Pattern, ...] = ()
    subjects: frozenset[str] = frozenset()
    openers_adverbs: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    order_verbs: frozenset[str] = frozenset()  # "contact", "book": an order's verb before its object
    past_forms: frozenset[str] = frozenset()  # irregular pasts and participles ("led", "took")
    ing_bases: dict[str, str] = field(default_factory=dict)  # "taking" -> "take" (listed verbs)
    # both of the above: what the model checks take for a verb ("given" in a list is an action)
    action_words: frozenset[str] = frozenset()
    fillers: tuple[re.Pattern, ...] = ()
    conditions: dict[str, str] = field(default_factory=dict)  # "no more than" -> "at most"
    # words a model answer may say in a word's place ("improve" -> "get better")
    equivalents: dict[str, str] = field(default_factory=dict)
    qualifier_heads: frozenset[str] = frozenset()  # "adult", "pregnancy", "day"
    state_adjectives: frozenset[str] = frozenset()  # "tight", "new": how a thing is, not its kind
    fixed_terms: frozenset[str] = frozenset()  # "confidence interval": never split
    swap_re: re.Pattern | None = None
    glossary_re: re.Pattern | None = None
    fixed_re: re.Pattern | None = None

    def plain_of(self, word: str) -> str:
        """The plain words the word list or glossary gives for a lowercased word, or ""."""
        swap = self.swaps.get(word)
        if swap is not None and swap.rule != "keep":
            return swap.plain
        entry = self.glossary.get(word)
        return entry.plain if entry is not None else ""

    def said_as(self, word: str) -> str:
        """The plain words for a word and the words an answer may say in its place
        (answer_equivalents.tsv): what the model checks accept as the word kept."""
        return f"{self.plain_of(word)} {self.equivalents.get(word, '')}".strip()

    def compile(self) -> "Lexicon":
        self.swap_re = _alternation(self.swaps)
        self.glossary_re = _alternation(self.glossary)
        self.fixed_re = _alternation(self.fixed_terms)
        return self

    def glossary_terms_in(self, text: str) -> set[str]:
        if self.glossary_re is None:
            return set()
        return {m.group(0).lower() for m in self.glossary_re.finditer(text)
                if m.group(0).lower() in self.glossary}


def _alternation(keys) -> re.Pattern | None:
    if not keys:
        return None
    # longest first so "prior to" wins over "prior", "in order to" over "order"
    parts = sorted((re.escape(k) for k in keys), key=len, reverse=True)
    # a key that starts with punctuation (", especially") may follow a word directly
    word = [p for p in parts if re.match(r"\w", p)]
    punct = [p for p in parts if not re.match(r"\w", p)]
    alternatives = r"(?<![\w-])(?:" + "|".join(word) + ")" if word else ""
    if punct:
        alternatives = "|".join(filter(None, ["(?:" + "|".join(punct) + ")", alternatives]))
    return re.compile(r"(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _irregular_verbs() -> dict[str, VerbForms]:
    """Read once: the rules ask for it on every swap ("keep appliances maintained"); never mutated."""
    return {r[0]: VerbForms(*r[:5]) for r in rows(data_text("verb_forms.tsv"))}


@lru_cache(maxsize=1)
def _irregular_plurals() -> dict[str, str]:
    return {r[0]: r[1] for r in rows(data_text("noun_plurals.tsv"))}


def noun_plural(noun: str) -> str:
    """The plural of a noun, irregular ones from noun_plurals.tsv ("child" -> "children")."""
    return plural(noun, _irregular_plurals())


@lru_cache(maxsize=1)
def irregular_plural_forms() -> frozenset[str]:
    """The plurals that do not end in -s ("bacteria", "children", "teeth")."""
    return frozenset(p for p in _irregular_plurals().values() if " " not in p and not p.endswith("s"))


@lru_cache(maxsize=1)
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in rows(data_text("spellings.tsv")))


@lru_cache(maxsize=1)
def _spellings() -> tuple[frozenset[str], frozenset[str]]:
    pairs = _spelling_pairs()
    return frozenset(b for b, _ in pairs) - {"-"}, frozenset(a for _, a in pairs) - {"-"}


@lru_cache(maxsize=1)
def _american_names() -> dict[str, str]:
    return {b: a for b, a in _spelling_pairs() if "-" not in (b, a)}


def other_countrys_word(hard: str, plain: str, british: bool) -> bool:
    """Whether swapping `hard` for `plain` puts the other country's word in: the American name
    into a British article ("physiotherapy" -> "physical therapy"), the British one into an
    American article ("expiration date" -> "expiry date"). Whole phrases and their first words
    are compared."""
    hard, plain = hard.lower(), plain.lower()
    names = _american_names()
    pairs = ((hard, plain), (hard.split()[0], plain.split()[0]))
    if british:
        return any(names.get(h) == p for h, p in pairs)
    return any(names.get(p) == h for h, p in pairs)


def british_spelling(texts: list[str]) -> bool:
    """Whether the article is written in British English: more of its words are spelt the
    British way ("colour", "centre", "diarrhoea") or name British things ("NHS", "£") than
    American ones."""
    british, american = _spellings()
    words = [w.lower() for text in texts for w in re.findall(r"[A-Za-z]+|[£$]", text)]
    return sum(w in british for w in words) > sum(w in american for w in words)


def _finite_verbs(words: list[str]) -> frozenset[str]:
    """The listed verbs plus the -s and past forms of the plain ones ("help" -> "helps", "helped")."""
    irregular = _irregular_verbs()
    found = set(words)
    for word in words:
        # (a two-letter verb inflects only from its listed forms: "go" -> "goes", never "am" -> "ams")
        if word.isalpha() and (len(word) > 2 or word in irregular):
            forms = verb_forms(word, irregular)
            found.update((forms.third, forms.past))
    return frozenset(found)


def _add_word_list(lex: Lexicon, text: str) -> None:
    verbs = _irregular_verbs()
    plurals = _irregular_plurals()
    for row in rows(text):
        if len(row) < 3:
            continue
        hard, easy, kind = row[0], row[1], row[2]
        if kind == "keep":
            # matched and left as written: a form that is mostly an adjective ("located"),
            # or a phrase whose words must not be swapped ("magnetic resonance imaging")
            lex.swaps[hard.lower()] = Swap(hard, rule="keep")
        elif kind == "s":
            lex.openers[hard.lower()] = easy
        elif kind in ("v", "vi", "vn"):
            h, p = verb_forms(hard, verbs), verb_forms(easy, verbs)
            vi, vn = kind == "vi", kind == "vn"
            lex.swaps[h.base] = Swap(p.base, verb=True, intransitive=vi, noun_too=vn)
            lex.swaps[h.third] = Swap(p.third, verb=True, intransitive=vi, noun_too=vn)
            # "-ing" is also a gerund: "avoiding alcohol"
            lex.swaps[h.ing] = Swap(p.ing, intransitive=vi)
            if h.past == h.participle:
                lex.swaps[h.past] = Swap(p.past, p.participle, intransitive=vi)
            else:
                lex.swaps[h.past] = Swap(p.past, intransitive=vi)
                lex.swaps[h.participle] = Swap(p.participle, intransitive=vi)
        elif kind == "adj":
            lex.swaps[hard.lower()] = Swap(easy, before_noun=True)
        elif kind == "after":
            lex.swaps[hard.lower()] = Swap(easy, after_verb=True)
        elif kind == "narrow":
            lex.swaps[hard.lower()] = Swap(easy, narrower=True)
        elif kind == "join":
            lex.swaps[hard.lower()] = Swap(easy, joins=True)
        elif kind in ("n", "nc", "nm"):
            lex.swaps[hard] = Swap(easy, noun=True, counted=kind == "nc", mass=kind == "nm")
            lex.swaps[plural(hard, plurals)] = Swap(plural(easy, plurals))
        else:
            lex.swaps[hard.lower()] = Swap(easy)


def read_glossary(path: Path) -> list[GlossaryEntry]:
    """A clinic glossary file: term <TAB> plain words [<TAB> replace|explain [<TAB> a|an]]."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path.name}: glossary file not found") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path.name}: glossary is not UTF-8 text") from None
    entries = []
    for number, row in enumerate(rows(text), start=1):
        if len(row) < 2 or not row[0] or not row[1]:
            raise ConfigError(f"{path.name}: entry {number} needs a term, a tab and plain words")
        mode = row[2].lower() if len(row) > 2 and row[2] else "replace"
        if mode not in {"replace", "explain"}:
            raise ConfigError(f"{path.name}: entry {number}: mode must be replace or explain")
        article = row[3].lower() if len(row) > 3 else ""
        if article not in {"", "a", "an"}:
            raise ConfigError(f"{path.name}: entry {number}: the fourth column is a, an or empty")
        entries.append(GlossaryEntry(row[0], row[1], mode, source=path.name, article=article))
    return entries


@lru_cache(maxsize=16)
def load_lexicon(extra_glossaries: tuple[Path, ...] = ()) -> Lexicon:
    lex = Lexicon()
    _add_word_list(lex, data_text("plain_words.tsv"))
    for row in rows(data_text("glossary.tsv")):
        lex.glossary[row[0].lower()] = GlossaryEntry(row[0], row[1], row[2],
                                                     article=row[3] if len(row) > 3 else "")
    for path in extra_glossaries:
        for entry in read_glossary(path):
            lex.glossary[entry.term.lower()] = entry
            # a clinic term overrides a plain-word rule for the same words
            lex.swaps.pop(entry.term.lower(), None)
    hedge_rows = rows(data_text("hedges.tsv"))
    lex.hedges = {r[0].lower(): r[1] for r in hedge_rows}
    lex.amount_hedges = frozenset(r[0].lower() for r in hedge_rows if r[2:3] == ("amount",))
    lex.negations = frozenset(r[0].lower() for r in rows(data_text("negations.tsv")))
    lex.units = frozenset(r[0] for r in rows(data_text("units.tsv")))
    lex.link_patterns = tuple(
        re.compile(r[0], re.IGNORECASE) for r in rows(data_text("link_patterns.tsv"))
    )
    subject_rows = rows(data_text("subjects.tsv"))
    lex.subjects = frozenset(r[0] for r in subject_rows if r[1] == "s")
    lex.openers_adverbs = frozenset(r[0] for r in subject_rows if r[1] == "o")
    lex.fillers = tuple(re.compile(r[0], re.IGNORECASE) for r in rows(data_text("fillers.tsv")))
    listed = [r[0] for r in rows(data_text("verbs.tsv"))]
    # a listed verb's plain word is a verb too: after "recommend" -> "advise" the clause
    # "doctors usually advise rest" still has its verb
    known = set(listed)
    plain_verbs = [swap.plain.split()[0] for hard, swap in lex.swaps.items()
                   if swap.verb and swap.plain and hard.split()[0] in known]
    lex.verbs = _finite_verbs(listed + plain_verbs)
    lex.order_verbs = frozenset(r[0].lower() for r in rows(data_text("order_verbs.tsv")))
    lex.conditions = {r[0].lower(): r[1] for r in rows(data_text("conditions.tsv"))}
    lex.qualifier_heads = frozenset(r[0].lower() for r in rows(data_text("qualifiers.tsv")))
    lex.state_adjectives = frozenset(r[0].lower() for r in rows(data_text("state_adjectives.tsv")))
    lex.fixed_terms = frozenset(r[0].lower() for r in rows(data_text("fixed_terms.tsv")))
    # ("which usually come on suddenly": a participle that is its base, where the past is not,
    # is never a past of its own; "come" and "run" need "has" before them to be one)
    irregular = _irregular_verbs()
    lex.past_forms = frozenset(form for base, f in irregular.items()
                               for form in (f.past, f.participle) if form != base or f.past == base)
    lex.ing_bases = {verb_forms(base, irregular).ing: base
                     for base in [*listed, *plain_verbs, *irregular] if base.isalpha()}
    lex.action_words = lex.verbs | lex.past_forms
    lex.equivalents = {r[0].lower(): " ".join(r[1].split("|"))
                       for r in rows(data_text("answer_equivalents.tsv"))}
    return lex.compile()
