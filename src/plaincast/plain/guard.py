"""The meaning guard: a rewrite may change words, never the medical facts.

A candidate rewrite (from the rules or from the language model) is compared with
the original sentence and refused, with a short reason a clinic can read, when it:

- loses or changes a number, a unit or a dose; adds or drops a negation (contractions
  such as "doesn't" count); loses a hedge ("may" must not become "can");
- loses a drug or condition name, unless the condition is said in its glossary words;
- drops a condition or order word (if, unless, until, before, after, only, except, at
  least, no more than ...) or detaches it from the words it governed ("before the eggs
  hatch" must not become "Then the eggs hatch");
- drops a qualifier about who, when or how much ("for adults", "during pregnancy", "per day");
- splits or partly replaces a fixed term or a name ("confidence interval", "National
  Health Interview Survey"), or a medical term from the glossary, unless the whole term
  is said in its plain words or its glossary explanation;
- moves a fact to another person ("the unborn baby's brain" -> "your brain");
- keeps too few of the original's content words (a model answering about something else).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from .lexicon import NUMBER_WORDS, PEOPLE, PERSON, Lexicon, noun_plural
from .names import find_conditions, find_drugs
from .rules import DATE_WORDS, WORDS, is_order
from .stems import content_stems

# "a mix of the two." is "both": a pronoun, no count
TWO_AS_PRONOUN = re.compile(r"\bthe\s+$")
CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)])")
# "once a day", "once or twice", "take it once." count; "once you start" means "when"
ONCE_AS_COUNT = re.compile(
    r"\s*(?:$|[.,;:!?)—–-]|(?:per|every|each|daily|weekly|monthly|yearly|or|and|more|again|only)\b|"
    # "once a day" counts; "stop once a person has quit" is "when"
    r"(?:a|an)\s+(?:(?:single|whole|full|calendar)\s+)?(?:second|minute|hour|day|night|week|month|"
    r"year|decade|season|lifetime|time|while|dose|meal|visit)s?\b)", re.IGNORECASE)
# "the real one", "this one", "a new one", "no one": a pronoun, no count
ONE_AS_PRONOUN = re.compile(
    r"\b(?:the|this|that|each|every|which|any|another|no|a|an|new|old|other|real|right|wrong|"
    r"same|last|next|big|small|little|good|bad|loved)\s+$", re.IGNORECASE)
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:/\d+)?")
TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# function words: neither the words a condition governs nor content to compare
STOPWORDS = frozenset(
    "a an the and or but nor so yet of to in on at by for with from into onto about as than "
    "that this these those there here it its it's is are was were be been being am do does did "
    "have has had having will would shall should can could may might must not no also very "
    "which who whom whose what when where why how all any each every some such more most less "
    "many much other another own same just then too up out over under again further once "
    "i me my we our you your he him his she her they them their if unless until before after "
    "only except while during because since although though whether get gets got use used "
    "one ones".split()
)
# "no more than" is a limit, not a denial: it is checked as a condition, not as a negation
BOUND_PHRASES = re.compile(r"\b(?:no|not)\s+(?:more|less|fewer)\s+than\b")
# words with "not" or "no" that deny nothing: "not only X but also Y" adds Y to X ("X and
# Y" says the same), and "no matter how" means "however"
NOT_A_DENIAL = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b(?=[^.;!?]*\bbut\b)|"
                          r"\bno\s+matter\b", re.IGNORECASE)
SECOND_PERSON = frozenset("you your yours yourself yourselves".split())
THIRD_PERSON = frozenset("he him his she her hers they them their theirs".split())
NOT_POSSESSORS = frozenset("it that there here what who let he she where how one everyone".split())
QUALIFIER_PREPS = {"for": "for", "in": "in", "during": "during", "among": "in", "under": "under",
                   "over": "over", "per": "per", "each": "per", "every": "per", "a": "per",
                   "an": "per"}
# "during which traffic is worst" may become "when traffic is worst"
# (and a result told with "so that" may be told as what its clause means: "so that they break more easily" ->
# "This means that they break more easily")
CANDIDATE_CONDITIONS = {"to": "to", "just": "only", "when": "while",
                        "means that": "so that", "meant that": "so that", "mean that": "so that"}
HEAD_ALIASES = {"pregnant": "pregnancy", "kid": "child", "kids": "children",
                # a stage of life and the people in it: "in adolescence" is "as a teen"
                "adolescence": "teen", "adolescent": "teen", "adolescents": "teens",
                "teenager": "teen", "teenagers": "teens", "childhood": "child",
                "infancy": "infant"}
PER_HEADS = frozenset("day week month year hour night meal dose morning evening serving".split())
CAPITALISED_RUN = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]*(?:(?:\s+(?:of|and|for|the|on|in|&)){0,2}\s+[A-Z][\w'’-]*)+")
RUN_EDGE_WORDS = frozenset("the a an in for of on and according at to by from with".split())


def stem(word: str) -> str:
    """A crude stem for comparing words across a rewrite ("adults" ~ "adult", "hatched" ~ "hatch")."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    for suffix, keep in (("ies", "y"), ("ness", ""), ("ing", ""), ("ed", ""), ("es", ""),
                         ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith(("ss", "us", "is")):
            return w[:-len(suffix)] + keep
    return w


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower().replace("’", "'"))


def content_words(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in STOPWORDS and len(t) > 2 or t.isdigit()]


@dataclass(frozen=True)
class Condition:
    kind: str  # the class: "before", "at most", ...
    phrase: str  # as written
    governs: tuple[str, ...]  # the content words right after it
    said: str = ""  # the words as the sentence has them, to the last governed one


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
        unit = um.group(2).rstrip(".?!")  # ("in those 3 weeks?": a question ends on its unit too)
        if unit in lex.units or unit.lower() in lex.units:
            units[unit.lower()] += 1
            doses[f"{m.group(0)} {unit.lower()}"] += 1
    return units, doses


UN_WORD = re.compile(r"\bun([a-z]{4,})\b", re.IGNORECASE)
NOT_UN_WORDS = frozenset("less til der ion ited ique iform iversal iversity".split())


def _negation_unfolded(original: str, candidate: str, before: "Facts", after: "Facts") -> bool:
    """Whether the counts differ only by an "un-" word said with "not" ("if you are unsure"
    -> "if you are not sure", "untreated GERD" -> "if GERD is not treated") or back: the
    word after "un" is still said, and the denials add up."""
    def unfolded(text: str) -> list[str]:
        return [m.group(1).lower() for m in UN_WORD.finditer(text)
                if not m.group(1).lower().startswith(tuple(NOT_UN_WORDS))]
    un_before, un_after = unfolded(original), unfolded(candidate)
    if before.negations + len(un_before) != after.negations + len(un_after):
        return False
    gone = [w for w in un_before if w not in un_after] + [w for w in un_after if w not in un_before]
    other = candidate if len(un_before) > len(un_after) else original
    have = {stem(w) for w in tokens(other)}
    return bool(gone) and all(stem(w) in have for w in gone)


# a clause runs to a comma, a semicolon or a stop that is no decimal point ("0.1%")
UNLESS = re.compile(r"\bunless\b(?:[^,.;]|\.(?=\d))*", re.IGNORECASE)
IF_THEN = re.compile(r"\bif\b(?:[^,.;]|\.(?=\d))*,\s*((?:[^.;]|\.(?=\d))*)", re.IGNORECASE)
# a "not", "no", "never" or "-n't" as written (negation_count weighs them with the lexicon)
DENIAL = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
# words that undo an action as a "not" does: "Don't stop ... unless ..." -> "If ..., stop"
UNDOING = re.compile(DENIAL.pattern + r"|\b(?:stop|skip|avoid)\b", re.IGNORECASE)


def says_unless_as_if(original: str, candidate: str) -> bool:
    """Whether the answer says the sentence's "unless" as an "if" with the action turned
    round: "Do not stop taking it ..., unless you have a serious side effect" -> "If you have
    a serious side effect, you should stop"; "All pregnant people should be tested, unless
    the local rate is less than 0.1%" -> "If the local rate is less than 0.1%, they don't
    need to get tested". "If you will need help at home, you should be able to do these
    things" (for "..., unless you will have help at home") turns nothing round."""
    m = UNLESS.search(original)
    if not m:
        return False

    def turned(clause: str) -> bool:
        # "do not stop taking it" is taking it: two undoings undo each other
        return len(UNDOING.findall(clause)) % 2 == 1

    main = turned(original[:m.start()] + original[m.end():])
    # (the "if" must say the unless clause's own case: "unless your doctor tells you to stop"
    # is no "If you stop too early, ...")
    # ("unless it is almost time for your next dose; in that case, skip it" -> "If it's almost
    # time for your next dose, skip it": the whole case said, its action kept as written)
    case = content_stems(m.group(0)) - {"unles"}
    told = re.search(r"\b(?:in\s+(?:that|which)\s+case|if\s+so)\b", original[m.end():], re.IGNORECASE)
    for t in IF_THEN.finditer(candidate):
        said = len(case & content_stems(t.group(0)[:t.start(1) - t.start(0)]))  # of the case's words
        if said >= 0.5 * len(case) and turned(t.group(1)) != main or told and said >= 0.75 * len(case):
            return True
    return False


# hedge classes (hedges.tsv) a claim may be said with instead, none of them stronger: "in
# most cases it is not harmful" -> "it's usually not harmful". Only words that fill the
# same place: "on most days" said as "Do some exercise ... every day" has a new "some" of
# another kind, and "may" is often another claim's
WEAKER_HEDGES = {"most": {"usually", "often"},
                 "usually": {"most", "often"},
                 "often": {"sometimes"},
                 "likely": {"may", "possibly"}}
# "almost" and "nearly" soften "always", "all" and "every" ("almost always develops from
# polyps" -> "usually starts from polyps"); before an amount they stay "about"
ALMOST_ALL = re.compile(r"\b(?:almost|nearly)\s+(?:always|all|every\w*)\b", re.IGNORECASE)


def _said_weaker(hedge: str, original: str, new: set[str]) -> bool:
    """Whether a lost hedge is said by a new one that claims no more."""
    weaker = WEAKER_HEDGES.get(hedge, set())
    if hedge == "about" and ALMOST_ALL.search(original):
        weaker = {"usually", "most", "many", "often"}
    return bool(weaker & new)


def negation_count(text: str, lex: Lexicon) -> int:
    """Negations, contractions included ("doesn't", "can't", "won't" each count once)."""
    lowered = NOT_A_DENIAL.sub(" ", BOUND_PHRASES.sub(" ", text.lower().replace("’", "'")))
    count = len(re.findall(r"n't\b", lowered)) + len(re.findall(r"\bcannot\b", lowered))
    for word in re.findall(r"[a-z]+", re.sub(r"n't\b|\bcannot\b", " ", lowered)):
        if word in lex.negations:
            count += 1
    return count


AMOUNT_NOUNS = frozenset(
    "week weeks minute minutes second seconds hour hours day days month months year years "
    "third quarter half dozen cup cups glass glasses inch inches foot feet pound pounds ounce "
    "ounces mile miles percent teaspoon tablespoon time times".split())


def _is_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


def _amount_follows(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether words[i:] start with an amount: "6", "six", "a week", "every 4 hours"."""
    if i < len(words) and words[i] in ("a", "an", "every", "one", "the"):
        if i + 1 < len(words) and (words[i + 1] in AMOUNT_NOUNS or words[i + 1] in lex.units):
            return True
        i += 1 if words[i] in ("every", "the") else 0
    return i < len(words) and _is_count(words[i])


def hedge_count(text: str, lex: Lexicon) -> Counter:
    lowered = text.lower().replace("’", "'")
    lowered = re.sub(r"\bcan(?:'t|not| not)\b", " ", lowered)  # a denial, not a hedge
    words = re.findall(r"[a-z]+|\d+", lowered)
    # a number stays as "#" so no phrase reads across it ("appear 7 to 14 days" is no "appear to")
    # "the most intense" is a superlative ("the strongest"), not "most" of a group, and in
    # "the most commonly reported side effect" "commonly" softens nothing either
    words = ["#" if w.isdigit() else w for i, w in enumerate(words)
             if (w not in lex.amount_hedges or _amount_follows(words, i + 1, lex))
             and not (w == "most" and i and words[i - 1] == "the")
             and not (i > 1 and words[i - 2:i] == ["the", "most"] and w.endswith("ly"))]
    lowered = " " + " ".join(words) + " "
    found: Counter = Counter()
    # phrases first, then single words, without counting a word twice
    for phrase in sorted(lex.hedges, key=len, reverse=True):
        needle = f" {phrase} "
        while needle in lowered:
            found[lex.hedges[phrase]] += 1
            lowered = lowered.replace(needle, "  ", 1)
    return found


# Hedge classes that fill the same place in a sentence, so one can stand for another:
# "can cause" -> "may cause", "often happen" -> "usually happen", "many people" -> "some people"
HEDGE_SLOTS = (frozenset({"may", "can"}), frozenset({"usually", "often", "sometimes", "rarely"}),
               frozenset({"most", "many", "some", "few"}))


QUANTIFIERS = HEDGE_SLOTS[2]


def _same_slot(a: str, b: str) -> bool:
    return any(a in slot and b in slot for slot in HEDGE_SLOTS)


def _next_words(text: str, end: int) -> list[str]:
    return [w.lower() for w in WORDS.findall(text[end:])[:2]]


def _same_place(original_next: list[str], candidate_next: list[str], lex: Lexicon) -> bool:
    """Whether two quantifiers count the same thing: a word after each is the same word or
    its plain word ("most people" / "many people"); "on most days" and "do some
    exercise" do not ("most" put back there said "Do most exercise"). A verb's hedge
    ("may rise" / "can go up") stays with its clause's verb however it is worded."""
    return any(_equivalents(a, lex) & _equivalents(b, lex)
               for a in original_next for b in candidate_next)


def restore_hedges(original: str, candidate: str, lex: Lexicon) -> tuple[str, list[str]]:
    """The candidate with each lost one-word hedge put back where the candidate says a
    stronger or other one instead about the same thing: the model writes "can cause" for
    "may cause" and "often" for "usually", and one word back is a smaller change than
    refusing the whole answer. Returns the text and a note per word restored."""
    before, after = hedge_count(original, lex), hedge_count(candidate, lex)
    lost, extra = before - after, after - before
    notes: list[str] = []
    for kind in lost:
        found = next((m for m in re.finditer(r"[A-Za-z]+", original)
                      if lex.hedges.get(m.group(0).lower()) == kind
                      and m.group(0).lower() not in lex.amount_hedges), None)
        if found is None:
            continue
        said, said_next = found.group(0), _next_words(original, found.end())
        for m in re.finditer(r"[A-Za-z]+(?:n't|’t)?", candidate):
            word = m.group(0)
            other = lex.hedges.get(word.lower())
            if (other and extra[other] > 0 and other != kind and _same_slot(other, kind)
                    and word.lower() not in lex.amount_hedges
                    and (kind not in QUANTIFIERS
                         or _same_place(said_next, _next_words(candidate, m.end()), lex))):
                with_case = said.capitalize() if word[0].isupper() else said.lower()
                start = m.start()
                article = re.search(r"\b[Aa]n?\s+$", candidate[:start])
                if article and said.lower() not in ("few", "little"):
                    # "a few days" said as "several days", never "a several days"
                    start = article.start()
                    with_case = with_case.capitalize() if candidate[start].isupper() else with_case
                candidate = candidate[:start] + with_case + candidate[m.end():]
                extra[other] -= 1
                notes.append(f"hedge restored: {word.lower()} -> {said.lower()}")
                break
    return candidate, notes


# a time of day: "8.30 pm" and "8:30 pm" are one number
CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})(?=\s*[ap]\.?m\b)", re.IGNORECASE)


def facts(text: str, lex: Lexicon) -> Facts:
    numbers = Counter(n.replace(",", "") for n in NUMBER.findall(CLOCK.sub(r"\1.\2", text)))
    for m in re.finditer(r"[A-Za-z]+", text):
        word = m.group(0).lower()
        if word in NUMBER_WORDS and (word != "once" or ONCE_AS_COUNT.match(text, m.end())) \
                and not (word == "one" and ONE_AS_PRONOUN.search(text[:m.start()])) \
                and not (word == "two" and TWO_AS_PRONOUN.search(text[:m.start()])
                         and CLAUSE_END.match(text, m.end())):
            numbers[word] += 1
    units, doses = _units_after_numbers(text, lex)
    return Facts(
        numbers=numbers, units=units, doses=doses,
        negations=negation_count(text, lex), hedges=hedge_count(text, lex),
        drugs=frozenset(find_drugs(text)), conditions=frozenset(find_conditions(text)),
    )


# ---- conditions, qualifiers, terms, persons ------------------------------------------------

def _phrase_at(words: list[str], i: int, phrases: dict[str, str]) -> str | None:
    for n in (3, 2, 1):
        phrase = " ".join(words[i:i + n])
        if len(words[i:i + n]) == n and phrase in phrases:
            return phrase
    return None


def conditions(text: str, lex: Lexicon, *, candidate: bool = False) -> list[tuple[Condition, int]]:
    """Each condition word with the content words it governs, and its token position."""
    # "A, while B" and a sentence-opening "While A," contrast rather than tell time
    # ("..., while supplies last" is a limit, not a contrast)
    words = tokens(re.sub(r"(^|,\s*)(?:while|whilst)\b(?!\s+(?:supplies|stocks)\s+last)", r"\1whereas", text,
                          flags=re.IGNORECASE))
    found: list[tuple[Condition, int]] = []
    i = 0
    while i < len(words):
        phrase = _phrase_at(words, i, lex.conditions)
        kind = lex.conditions.get(phrase or "")
        if kind is None and candidate:
            phrase = _phrase_at(words, i, CANDIDATE_CONDITIONS)  # "in order to" may become "to", "only" "just"
            kind = CANDIDATE_CONDITIONS.get(phrase or "")
        if kind is None or (phrase == "only" and i and words[i - 1] in ("not", "the")):
            i += 1
            continue
        width = len(phrase.split())
        window = words[i + width:i + width + 6]
        governing = [j for j, w in enumerate(window)
                     if w not in STOPWORDS and w not in lex.conditions][:3]
        governs = tuple(window[j] for j in governing)
        said = " ".join(words[i:i + width + (governing[-1] + 1 if governing else 0)])
        found.append((Condition(kind, phrase, governs, said), i))
        i += width
    return found


def qualifiers(text: str, lex: Lexicon) -> Counter:
    """("for", "adult"), ("per", "day"): who, when and how much, each with its words as written.
    A qualifier stays inside its clause: "In addition, clinical ..." is none."""
    heads = {stem(h) for h in lex.qualifier_heads}
    per_heads = {stem(h) for h in PER_HEADS}
    found: Counter = Counter()
    found.said = {}
    for chunk in re.split(r"[,;:()]", text):
        words = tokens(chunk)
        for i, word in enumerate(words):
            prep = QUALIFIER_PREPS.get(word)
            if prep is None or word == "in" and 0 < i and _is_count(words[i - 1]) \
                    and i + 1 < len(words) and _is_count(words[i + 1]):
                continue  # "1 in 6 patients who ..." is a share of a group, not who
            for j, head in enumerate(words[i + 1:i + 4], start=i + 1):
                key = stem(HEAD_ALIASES.get(head, head))
                rate = prep == "per" and key in per_heads and (word not in ("a", "an") or j == i + 1)
                # "in patient care", "for child safety": a person noun naming a kind of thing
                modifier = (key == head and head in PERSON and j + 1 < len(words)
                            and words[j + 1] not in STOPWORDS and stem(words[j + 1]) not in heads
                            and not words[j + 1].endswith(("ing", "ed")))
                if key in heads and (prep != "per" or rate) and not modifier:  # "a day", not "a few years"
                    found[(prep, key)] += 1
                    found.said.setdefault((prep, key), (" ".join(words[i:j + 1]), head))
                    break
                if head in STOPWORDS and head not in ("the", "your", "their", "a", "an"):
                    break
    return found


def fixed_terms(text: str, lex: Lexicon) -> set[str]:
    """Fixed terms from the data list and capitalised names ("National Health Interview Survey")."""
    lowered = text.lower()
    found = {m.group(0).lower() for m in lex.fixed_re.finditer(lowered)} if lex.fixed_re else set()
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        if re.search(r"(?:^|[.!?:]\s+)$", text[:m.start()]):
            words.pop(0)  # the first word of a sentence is capitalised anyway
        for words in _names_in_run(words):
            while words and words[0].lower() in RUN_EDGE_WORDS:
                words.pop(0)
            while words and words[-1].lower() in RUN_EDGE_WORDS:
                words.pop()
            if len(words) >= 2 and not all(w.isupper() for w in words):
                found.add(" ".join(words).lower())
    # a shorter term inside a longer one ("controlled trial" in "randomised controlled trial")
    return {t for t in found if not any(t != o and t in o for o in found)}


def _names_in_run(words: list[str]) -> list[list[str]]:
    """A capitalised run's names: it ends at a possessive ("American League's | Central
    Division") and before a day or month joined on by a small word ("CBS | on Monday")."""
    names: list[list[str]] = [[]]
    for i, word in enumerate(words):
        if word.lower() in RUN_EDGE_WORDS and i + 1 < len(words) and \
                words[i + 1].lower() in DATE_WORDS:
            names.append([])
        names[-1].append(re.sub(r"['’]s$", "", word))
        if re.search(r"['’]s$", word):
            names.append([])
    return [n for n in names if n]


PERSON_WORDS = PEOPLE | PERSON | frozenset("someone anyone everyone those".split())
READER_CLAIM = re.compile(r"\byou\s+(?:also\s+|often\s+|usually\s+)?(?:have|get|feel|are|had|will|"
                          r"need|lose|develop)\b", re.IGNORECASE)


ADVICE = re.compile(r"\b(?:should|must|ought to|needs? to|are advised to)\b", re.IGNORECASE)


def _advice_to_people(original: str) -> bool:
    """Advice to a group ("Individuals who take diuretics should ask how much they should
    drink"): plain language says it to the reader ("If you take diuretics, ask ...")."""
    return ADVICE.search(original) is not None and bool(set(tokens(original)) & PERSON_WORDS)


# "more than one shot is needed": whoever needs it is the reader ("you need more than one")
NEEDED = re.compile(r"\b(?:is|are|be)\s+(?:[a-z]+ly\s+)?(?:needed|required|necessary)\b", re.IGNORECASE)


def _claims_of_the_reader(original: str, candidate: str, lex: Lexicon) -> bool:
    """Whether a sentence about no one ("Symptoms include a fast pulse") now says the
    reader has it ("You also have a fast pulse"); "you may get" keeps it a possibility,
    and an order ("Do not take it during pregnancy") already speaks to the reader."""
    words = tokens(original)
    if not words or set(words) & (SECOND_PERSON | THIRD_PERSON | PERSON_WORDS) \
            or is_order(WORDS.findall(original), lex):
        return False
    needed = NEEDED.search(original) is not None
    return any(not (needed and m.group(0).lower().endswith("need"))
               for m in READER_CLAIM.finditer(candidate))


def possessors(text: str) -> Counter:
    """Whose a fact is: "the baby's brain" -> baby."""
    found = Counter()
    for m in re.finditer(r"\b([A-Za-z]+)['’]s\b", text):
        if m.group(1).lower() not in NOT_POSSESSORS:
            found[stem(m.group(1))] += 1
    return found


def _equivalents(word: str, lex: Lexicon) -> set[str]:
    """The word's stem and the stems of its plain-word or glossary replacements."""
    out = {stem(word)}
    swap = lex.swaps.get(word)
    if swap is not None and swap.rule != "keep":
        out.update(stem(w) for w in tokens(swap.plain) + tokens(swap.participle))
    entry = lex.glossary.get(word)
    if entry is not None:
        out.update(stem(w) for w in content_words(entry.plain))
    return out


def _replaced(original: str, candidate: str, lex: Lexicon) -> set[str]:
    """Stems of the original's words that a known plain-word or glossary swap carries into
    the candidate ("associated with" -> "linked to", "a small number of" -> "a few")."""
    have = {stem(w) for w in tokens(candidate)}
    out: set[str] = set()
    for pattern, plain_of in ((lex.swap_re, lambda k: lex.swaps[k].plain if k in lex.swaps and
                               lex.swaps[k].rule != "keep" else None),
                              (lex.glossary_re, lambda k: lex.glossary[k].plain
                               if k in lex.glossary else None)):
        if pattern is None:
            continue
        for m in pattern.finditer(original):
            plain = plain_of(m.group(0).lower())
            if plain is None:
                continue
            for choice in _choices(plain):
                plain_words = content_words(choice) or tokens(choice)
                if plain_words and all(stem(w) in have for w in plain_words):
                    out.update(stem(w) for w in tokens(m.group(0)))
    return out


def _choices(plain: str) -> list[str]:
    """A plain form and, when it names two ("doctor or nurse"), each of them: either one
    says who is meant."""
    return [plain, *re.split(r"\s+(?:or|and)\s+", plain)] if plain else []


def _said_in_glossary_words(term: str, candidate: str, lex: Lexicon) -> bool:
    """The term's glossary explanation (or plain word) carries it in the rewrite:
    "after they stop having periods" for "post-menopausal" when the glossary says so."""
    plains = []
    if term in lex.glossary:
        plains.append(lex.glossary[term].plain)
    if term in lex.swaps and lex.swaps[term].rule != "keep":
        plains.append(lex.swaps[term].plain)
    have = {stem(w) for w in content_words(candidate)}
    lowered = f" {' '.join(tokens(candidate))} "
    for plain in plains:
        if f" {' '.join(tokens(plain))} " in lowered:
            return True
        needed = {stem(w) for w in content_words(plain)}
        if needed and len(needed & have) * 10 >= len(needed) * 6:
            return True
    return False


def _term_kept(term: str, candidate: str, lex: Lexicon,
               plain_form: Callable[[str], str] | None) -> bool:
    lowered = f" {' '.join(tokens(candidate))} "
    # "United States-based": the name with a word joined on
    unjoined = f" {' '.join(tokens(candidate.replace('-', ' ')))} "
    said = f" {' '.join(tokens(term))} "
    # ("St John's wort": a name found up to its possessive, which the rewrite keeps too)
    if said in lowered or said in unjoined or \
            said in " ".join(["", *(t.removesuffix("'s") for t in tokens(candidate)), ""]):
        return True
    if plain_form is not None:
        choices = _choices(plain_form(term))
        # ("a paediatric registrar" -> "a children's registrar": the plain word as the owner)
        choices += [f"{noun_plural(c)}'s" for c in choices if c.isalpha()]
        if any(f" {' '.join(tokens(choice))} " in lowered
               for choice in choices if tokens(choice)):
            return True
    return _said_in_glossary_words(term, candidate, lex)


def _name_said(name: str, original: str, candidate: str, lex: Lexicon,
               plain_form: Callable[[str], str] | None) -> bool:
    """A drug or condition name said in the glossary's words, itself or as part of a longer
    glossary term ("infarction" in "myocardial infarction" -> "heart attack"; "analgesic
    agents" -> "painkiller agents")."""
    if _term_kept(name, candidate, lex, plain_form):
        return True
    return any((term in name or name in term) and _term_kept(term, candidate, lex, plain_form)
               for term in lex.glossary_terms_in(original))


# "Do you have any questions? If so, please call ..." asks the condition and keeps its clause
# under it with "If so": for the conditions it reads "If you have any questions, please call ..."
ASKED_CONDITION = re.compile(r"(?:^|(?<=[.!?] ))(Do|Does|Are|Is|Have|Has|Can|Will|Would) (you|your \w+) ([^?]+)\?\s+"
                             r"If so,\s+")


def condition_unasked(text: str) -> str:
    """`text` with each question that "If so" answers told back as the condition it asks."""
    def told(m: re.Match) -> str:
        verb = m.group(1).lower()
        return f"If {m.group(2)} {'' if verb in ('do', 'does') else verb + ' '}{m.group(3)}, "
    return ASKED_CONDITION.sub(told, text)


def _governed_kept(cond: Condition, found: list[tuple[Condition, int]], words: list[str],
                   lex: Lexicon, replaced: set[str]) -> bool:
    """The condition is still in the rewrite with one of the words it governed after it
    (or that word was said in known plain words: "a small number of" -> "a few")."""
    if any(stem(w) in replaced for w in cond.governs):
        return any(c.kind == cond.kind for c, _ in found)
    if not cond.governs:
        return any(c.kind == cond.kind for c, _ in found)
    wanted = [_equivalents(w, lex) | {stem(HEAD_ALIASES.get(w, w))} for w in cond.governs]
    for c, position in found:
        if c.kind != cond.kind:
            continue
        window = words[position + 1:position + 9]
        # ("if you are not sure" said "if you are unsure": the word is still governed; the denial is
        # counted apart, with the negations)
        following = {stem(HEAD_ALIASES.get(w, w)) for w in window} | \
            {stem(w[2:]) for w in window if UN_WORD.fullmatch(w)}
        if any(eq & following for eq in wanted):
            return True
    return False


def _overlap(original: str, candidate: str, lex: Lexicon, replaced: set[str]) -> float:
    """Share of the original's content words still in the rewrite (or their plain words)."""
    words = content_words(original)
    if len(words) < 4:
        return 1.0
    have = {stem(w) for w in content_words(candidate)}
    kept = sum(1 for w in words if _equivalents(w, lex) & have or stem(w) in replaced)
    return kept / len(words)


MIN_OVERLAP = 0.3  # a faithful paraphrase keeps more; an answer about something else keeps less


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
    # "X, unless Y" said as "If Y, not X" gains (or loses) the one "not" that turns it round
    unless_said = says_unless_as_if(original, candidate)
    if before.negations != after.negations and not _negation_unfolded(original, candidate, before, after) \
            and not (unless_said and abs(before.negations - after.negations) == 1):
        reasons.append(f"negation changed: {before.negations} in the original, "
                       f"{after.negations} in the rewrite")
    lost_hedges = {h for h in before.hedges - after.hedges
                   if not _said_weaker(h, original, set(after.hedges - before.hedges))}
    if lost_hedges:
        reasons.append("hedge lost or made stronger: " + ", ".join(sorted(lost_hedges)))
    lost_drugs = before.drugs - after.drugs
    # a shorter name inside a longer kept one ("vitamin" in "vitamin d") is not lost
    lost_drugs = {d for d in lost_drugs if not any(d in k for k in after.drugs)
                  and not _name_said(d, original, candidate, lex, plain_form)}
    if lost_drugs:
        reasons.append("drug name lost: " + ", ".join(sorted(lost_drugs)))
    lost_conditions = set()
    for name in before.conditions - after.conditions:
        if any(name in kept for kept in after.conditions):
            continue
        if _name_said(name, original, candidate, lex, plain_form):
            continue
        lost_conditions.add(name)
    if lost_conditions:
        reasons.append("condition name lost: " + ", ".join(sorted(lost_conditions)))

    unasked = condition_unasked(candidate)
    words = tokens(unasked)
    replaced = _replaced(original, candidate, lex)
    found = conditions(unasked, lex, candidate=True)
    told: set[str] = set()
    for cond, _ in conditions(original, lex):
        if cond.kind == "unless" and unless_said:
            found.append((cond, 0))  # said as "if", with the action turned round
            continue
        if not _governed_kept(cond, found, words, lex, replaced):
            told.add(cond.kind)
            reasons.append(f'condition lost or moved: "{cond.said or cond.phrase} ..."')
    counts_after = Counter(c.kind for c, _ in found)
    for kind in Counter(c.kind for c, _ in conditions(original, lex)) - counts_after:
        if kind not in told:
            reasons.append(f'condition lost: "{kind}"')

    q_before, q_after = qualifiers(original, lex), qualifiers(candidate, lex)
    have_stems = {stem(w) for w in tokens(candidate)}
    for (prep, head) in q_before - q_after:
        # the qualifier's head may be said in plain words ("persons" -> "people")
        said, written = q_before.said[(prep, head)]
        same = _equivalents(written, lex) | _equivalents(stem(written), lex) | \
            {stem(HEAD_ALIASES.get(written, written))}
        if any(p == prep and h in same for p, h in q_after):
            continue
        if prep != "per" and (same & {HEAD_ALIASES.get(w, w) for w in have_stems} or
                              stem(written) in replaced):
            continue  # who or when is still said: "common in children" -> "many children get"
        if prep == "per" and ("daily" if head == "day" else f"{head}ly") in tokens(candidate):
            continue  # "once a day" -> "once daily"
        if not any(f'"{said}' in r for r in reasons):  # not told twice ("during pregnancy")
            reasons.append(f'qualifier lost: "{said}"')

    for term in sorted(fixed_terms(original, lex)):
        if not _term_kept(term, candidate, lex, plain_form):
            reasons.append(f'term split or changed: "{term}"')
    for term in sorted(t for t in lex.glossary_terms_in(original)
                       if t not in before.conditions):
        if not _term_kept(term, candidate, lex, plain_form):
            reasons.append(f'medical term lost: "{term}"')

    have = {stem(w) for w in tokens(candidate)}
    moved = [p for p in possessors(original) if not _equivalents(p, lex) & have]
    added_you = sum(w in SECOND_PERSON for w in tokens(candidate)) > \
        sum(w in SECOND_PERSON for w in tokens(original))
    lost_they = sum(w in THIRD_PERSON for w in tokens(candidate)) < \
        sum(w in THIRD_PERSON for w in tokens(original))
    # "Many people with hepatitis B do not know it" is not "You may not know it" (one
    # person word for another, "women" as "a woman", is still about them)
    lost_people = bool(set(tokens(original)) & PERSON_WORDS) and not set(tokens(candidate)) & PERSON_WORDS
    if moved:
        reasons.append("who it is about changed: " + ", ".join(f"{p}'s" for p in sorted(moved)))
    # an order ("Consider moving activities indoors or rescheduling them") already speaks
    # to the reader: "reschedule your activities" is the same person
    elif added_you and (((lost_they or lost_people) and not _advice_to_people(original)
                         and not is_order(WORDS.findall(original), lex))
                        or _claims_of_the_reader(original, candidate, lex)):
        reasons.append('who it is about changed: now says "you"')

    if _overlap(original, candidate, lex, replaced) < MIN_OVERLAP:
        reasons.append("too few words in common with the original")
    return reasons
