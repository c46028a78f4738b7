"""Checks on the language model's answers that the meaning guard does not make.

They catch the packaged model's own failures (issue 9): an answer about another
sentence (often one of the prompt's examples, word for word, on a retry), an answer
that pulls in or rewrites the neighbouring sentence it was given as context, a
condition or order word ("until", "before", "only") dropped, a number given to
another action, a list item or a plain word in brackets left out, and a lowered
risk told as a promise. Each check returns a
reason, or "" when it finds nothing; they are kept apart so they can be folded into
the guard.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..sentences import split_sentences
from .guard import NOT_A_DENIAL
from .llm import Prompt
from .rules import AUXILIARIES, MODALS, WORDS
from .syllables import syllables as syllable_count

PlainOf = Callable[[str], str]  # a word's plain words from the word list ("" if none)
NEGATORS = frozenset("not no never cannot nor without".split())
LOOSE_ADVERBS = frozenset("first even ever really always yet still again already".split())


STOPWORDS = frozenset(
    "a an the of to in on for and or but with at by from is are was were be been it its "
    "you your this that these those as if then than so not no do does did can may might "
    "will would should could have has had there their they them he she his her we our "
    "which who what when how all any some more most very also just only about into out".split())


def content_words(text: str) -> dict[str, str]:
    """Content words by crude stem: "fracture" / "fractures" / "fractured" and "bone" /
    "bones" share one."""
    found: dict[str, str] = {}
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"  # "diaries" and "diary", "babies" and "baby"
        stem = re.sub(r"(ing|ed|s)$", "", word) if len(word) > 3 else word
        found.setdefault((stem.rstrip("e") or stem)[:5], word)
    return found


def content_stems(text: str) -> set[str]:
    return set(content_words(text))


def stems_with_plain(word: str, plain_of: PlainOf | None) -> set[str]:
    """A word's stems and its plain words' ("recommended" with "advised"); a verb's base
    form may be kept off the word list for its noun ("fresh produce") while its -s form
    is on it ("produces" -> "makes")."""
    plain = f"{plain_of(word)} {plain_of(word + 's')}" if plain_of else ""
    return content_stems(word) | content_stems(plain)


def sentence_stems(text: str, plain_of: PlainOf | None) -> set[str]:
    """The stems of a sentence's words and of their plain words."""
    return set().union(content_stems(text),
                       *(stems_with_plain(w, plain_of) for w in re.findall(r"[a-z]+", text.lower())))


def shares_too_few_words(original: str, candidate: str, minimum: float = 0.3) -> str:
    """A reason when the answer keeps under `minimum` of the original's content words."""
    before = content_stems(original)
    if not before:
        return ""
    shared = len(before & content_stems(candidate)) / len(before)
    if shared < minimum:
        return f"model answer shares too few words with the sentence ({shared:.0%})"
    return ""


def echoes_example(candidate: str, prompt: Prompt) -> str:
    """A reason when the answer is one of the prompt's examples, not this sentence."""
    said = content_stems(candidate)
    for example in prompt.examples:
        model = content_stems(example.rewrite) | content_stems(example.sentence)
        if said and len(said & model) / len(said) >= 0.6:
            return "model answer repeats a prompt example"
    return ""


def takes_in_neighbour(original: str, candidate: str, neighbours: tuple[str, ...],
                       plain_of: PlainOf | None = None) -> str:
    """A reason when the answer brings in words of a neighbouring sentence given as context:
    either it rewrites that sentence too, or it moves that sentence's facts into this one
    ("If you fall into any of these categories" became "If you have cancer", the last item
    of the list before it). One such word is allowed: naming what "these fractures" are."""
    # the sentence's words and their plain words ("immediately" may become "right away",
    # though the next sentence says "right away" too)
    own = sentence_stems(original, plain_of)
    said = content_words(candidate)
    for neighbour in neighbours:
        borrowed = (said.keys() & content_stems(neighbour)) - own
        if len(borrowed) >= 2:
            return ("model answer brings in words from a neighbouring sentence: "
                    + ", ".join(sorted(said[stem] for stem in borrowed)))
    return ""


CONDITIONS = ("if", "unless", "until", "before", "after", "only", "except",
              # scope: "testing (especially for women over 50)" is for everyone, most of
              # all them; "testing is important for women over 50" is for them alone
              "especially", "particularly", "mainly", "mostly")


def drops_condition_word(original: str, candidate: str) -> str:
    """A reason when the answer has fewer condition or order words than the sentence: the
    model turns "or until you lose height" into "Or you may lose height". (The guard's
    second version checks that they stay attached to the same action; this is only
    the count, for the model's answers.)"""
    def count(text: str) -> dict[str, int]:
        words = re.findall(r"[a-z]+", NOT_A_DENIAL.sub(" ", text.lower()))
        return {w: words.count(w) for w in CONDITIONS}

    before, after = count(original), count(candidate)
    lost = [w for w in CONDITIONS if after[w] < before[w]]
    return f"condition word lost: {', '.join(lost)}" if lost else ""


# what else in a sentence already says a condition word's relation ("once" -> "after")
SAID_AS = {"before": ("before", "prior", "until", "till", "first", "ahead"),
           "after": ("after", "once", "following", "since", "later", "then", "when"),
           "until": ("until", "till", "before"),
           "unless": ("unless", "except", "if"),
           "only": ("only", "just", "alone", "solely")}


def adds_a_condition(original: str, candidate: str) -> str:
    """A reason when the answer brings in an order or limiting word the sentence did not
    have in any wording: "offers lifestyle change programs in communities" became
    "offers programs to help people who had diabetes before pregnancy", a new
    restriction taken from the sentence before it."""
    own = set(re.findall(r"[a-z]+", original.lower()))
    said = set(re.findall(r"[a-z]+", NOT_A_DENIAL.sub(" ", candidate.lower())))
    added = [w for w, forms in SAID_AS.items() if w in said and not own & set(forms)]
    return f"condition added: {', '.join(added)}" if added else ""


SUBORDINATE_START = re.compile(
    r"^(?:even if|even though|if|because|although|though|unless|until|whereas|while|since|"
    r"so that)\b", re.IGNORECASE)


def leaves_a_fragment(original: str, candidate: str) -> str:
    """A reason when the answer has a sentence that is only a subordinate clause ("Never
    leave children in a parked car. Even if the windows are open."): the condition
    hangs alone and a reader must join it back."""
    own = split_sentences(original)
    for piece in split_sentences(candidate):
        if SUBORDINATE_START.match(piece) and not re.search(r"[,;:]", piece) and piece not in own:
            return f"a sentence left unfinished: \"{piece}\""
    return ""


def repeats_a_word(original: str, candidate: str) -> str:
    """A reason when the answer says a word twice in a row ("a sharp, sharp pain",
    "long-term, painful pain") where the sentence did not: the model's way of
    filling a gap left by a word it dropped."""
    def pairs(text: str) -> list[tuple[str, str]]:
        words = re.findall(r"[a-z]+", text.lower())
        return list(zip(words, words[1:]))

    said = set(pairs(original))
    for a, b in pairs(candidate):
        same = a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
        if same and (a, b) not in said:
            return f"the answer repeats a word: {a} {b}"
    return ""


def repeats_the_instructions(candidate: str, prompt: Prompt) -> str:
    """A reason when the answer carries the prompt's own wording ("Your last answer lost
    something. This time keep ..."): the model took an instruction for text to rewrite."""
    said = " ".join(candidate.lower().split())
    if any(fixed in said for fixed in _instruction_phrases(prompt)):
        return "model answer repeats its instructions"
    return ""


@lru_cache(maxsize=4)
def _instruction_phrases(prompt: Prompt) -> tuple[str, ...]:
    """The prompt templates' fixed wording, phrase by phrase (placeholders cut out)."""
    phrases = (" ".join(part.lower().split()).strip(' ("')
               for template in (prompt.retry, prompt.context, prompt.hints, prompt.user)
               for part in re.split(r"\{\w+\}|\n|(?<=[.:])\s", template))
    return tuple(p for p in phrases if len(p) >= 12)


COMPARISON = re.compile(r"\bthan\b|\bas\s+(?:[\w'’-]+\s+){1,2}as\b", re.IGNORECASE)


def drops_comparison(original: str, candidate: str) -> str:
    """A reason when the answer has fewer comparisons ("more than", "as important as")
    than the sentence: "just as important as the physical" vanished from an answer,
    leaving a claim with nothing to weigh it against."""
    if len(COMPARISON.findall(candidate)) < len(COMPARISON.findall(original)):
        return "comparison lost: " + ", ".join(m.group(0) for m in COMPARISON.finditer(original))
    return ""


def _negated(text: str, reach: int) -> list[tuple[str, set[str]]]:
    """(word, stems) of what each negation denies: the content words in the `reach`
    words after it ("do not retreat" -> retreat)."""
    tokens = re.findall(r"[a-z0-9'’-]+", NOT_A_DENIAL.sub(" ", text.lower()))
    found = []
    for i, token in enumerate(tokens):
        if token in NEGATORS or token.endswith(("n't", "n’t")):
            # "without first talking": what is denied is the talking, wherever "first" goes
            window = [t for t in tokens[i + 1:i + 1 + reach]
                      if content_stems(t) and t not in LOOSE_ADVERBS]
            if window:
                found.append((window[0], set().union(*(content_stems(t) for t in window))))
    return found


def moves_a_negation(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when what a negation denies is no longer denied: "do not retreat" became
    "don't stop using the medicine", the same count of negations with the opposite
    advice. The denied word (or its plain word, "recommended" as "advised") must follow
    a negation in the answer too."""
    denied = set().union(set(), *(stems for _, stems in _negated(candidate, 4)))
    for word, _ in _negated(original, 3):
        stems = stems_with_plain(word, plain_of)
        if not stems & denied:
            return f"negation moved: no longer denies \"{word}\""
    return ""


TIMED = re.compile(r"(\d[\d.,]*(?:\s*(?:to|-|–|or|and)\s*\d[\d.,]*)?)\s+([a-z]+)\s+"
                   r"(after|before|later|ago|apart)\b", re.IGNORECASE)


def moves_a_time(original: str, candidate: str) -> str:
    """A reason when "9 to 10 days after the first treatment" no longer says "after" right
    after its number: the model wrote "after the first treatment for 9 to 10 days", the
    same numbers with another schedule."""
    for m in TIMED.finditer(original):
        number, unit, relation = m.groups()
        kept = re.compile(re.escape(number) + r"\s+" + re.escape(unit.lower().rstrip("s")) +
                          r"\w*\s+" + relation.lower() + r"\b", re.IGNORECASE)
        if not kept.search(candidate):
            return f"time moved: \"{m.group(0)}\" is no longer said as one"
    return ""


DROPPED_RUN = 4  # content words in a row


def drops_a_clause(original: str, candidate: str) -> str:
    """A reason when a run of the sentence's content words is missing from the answer: a
    clause left out ("she bridges the gap between clinical knowledge and accessible health
    information" vanished from an author note). Plain words swapped in one by one leave
    shorter gaps than a clause the model dropped, and a clause said again in plain words
    brings new words in its place (at least one for every two it replaced)."""
    said = content_stems(candidate)
    new_words = len(said - content_stems(original))
    run: list[str] = []
    longest: list[str] = []
    for word in re.findall(r"[a-z0-9]+", original.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        stems = content_stems(word)
        if stems and not stems & said:
            run.append(word)
            longest = max(longest, run, key=len)
        else:
            run = []
    if len(longest) >= DROPPED_RUN and new_words * 2 < len(longest):
        return "part of the sentence left out: " + " ".join(longest)
    return ""


# words between a number and what it is said of: "filter about 150 quarts", "up to 2"
AMOUNT_WORDS = frozenset("about around approximately roughly nearly almost up to only just at "
                         "least most more less fewer than some over under longer shorter older "
                         "younger higher lower greater bigger smaller".split())
# after these a number is a preposition's object, not an action's: "for 30 minutes"
NOT_A_HEAD = STOPWORDS | frozenset("for of in on with within by per each every below above "
                                   "between from until through during after before".split())
# "treat again 9 to 10 days after": a number after an adverb is not its object; nor is
# a day after its month ("born 23 December" may be "born on December 23")
ADVERBS = frozenset("again also still even then now once twice first later little january "
                    "february march april may june july august september october november "
                    "december".split())
COUNT = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:/\d+)?")
NUMBER_NAMES = frozenset("two three four five six seven eight nine ten twelve twenty thirty forty "
                         "fifty hundred thousand".split())


def _heads_of_numbers(text: str) -> dict[str, str]:
    """Each number with the word it is the object of ("filter about 150 quarts" -> 150:
    filter), for numbers that directly follow such a word; first use only."""
    tokens = re.findall(r"[a-z0-9]+(?:[.,/][0-9]+)*|[^\sa-z0-9]", text.lower())
    heads: dict[str, str] = {}
    for i, token in enumerate(tokens):
        if not (COUNT.fullmatch(token) or token in NUMBER_NAMES) or token in heads:
            continue
        j = i - 1
        while j >= 0 and (tokens[j] in AMOUNT_WORDS or COUNT.fullmatch(tokens[j])
                          or tokens[j] in NUMBER_NAMES):
            j -= 1
        head = tokens[j] if j >= 0 else ""
        heads[token] = head if re.fullmatch(r"[a-z]{3,}", head) and head not in NOT_A_HEAD \
            and head not in ADVERBS and not head.endswith("ly") else ""
    return heads


def moves_a_number(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when a number the sentence gave as one action's object is given to another
    action of the same sentence: "your kidneys filter about 150 quarts of blood to produce
    about 1 to 2 quarts of urine" became "They make about 150 quarts of blood". Its word,
    the word's plain word ("produce" -> "make"), a new word for it or no word at all
    ("150 quarts of blood pass through them") keeps it."""
    said = _heads_of_numbers(candidate)
    # the sentence's own words and their plain words: a number given to one of them was
    # moved; a new word for its own action ("destroyed" as "damaged") is a paraphrase
    own = sentence_stems(original, plain_of)
    for number, head in _heads_of_numbers(original).items():
        other = said.get(number, "")
        if not head or not other:
            continue
        heads, others = stems_with_plain(head, plain_of), stems_with_plain(other, plain_of)
        if not heads & others and others & own:
            return f"number moved: \"{head} ... {number}\" became \"{other} ... {number}\""
    return ""


# where an item of a list ends: punctuation, or a word that starts a phrase of its own
# ("shower before coming home" -> "shower"); determiners are skipped
ITEM_ENDS = frozenset("a an the of to in on for with at by from into about as than before after between over under "
                      # "6 months of age and older", "2 or more": an amount, not a list
                      "older younger up more less above below "
                      "when while if because until unless that which who whose is are was were "
                      "can may might will would should could must has have had".split())
DETERMINERS = frozenset("a an the your their his her its our my some any all each every".split())


def _item(words: list[str], most: int) -> list[str]:
    """An item's words: up to `most`, up to where its phrase ends."""
    taken = []
    for word in words:
        if not re.match(r"[a-z0-9]", word) or word in ITEM_ENDS or word in ("and", "or"):
            break
        taken.append(word)
    return [w for w in taken[:most] if len(w) >= 3 and w not in STOPWORDS]


def _series_items(text: str) -> list[list[list[str]]]:
    """The items around each "and" / "or" ("A, B, and C"), each as its words: up to three
    before ("sleep more comfortably, and ..."), two after, where a verb of the clause
    may follow ("jobs or hobbies involve lead")."""
    tokens = re.findall(r"[a-z0-9][\w'’-]*|[^\sa-z0-9]", text.lower())
    series = []
    for k, token in enumerate(tokens):
        if token not in ("and", "or"):
            continue
        right = tokens[k + 1:k + 6]
        while right and right[0] in DETERMINERS:
            right = right[1:]
        items = [_item(right, 2)]
        j = k - 1 if k and tokens[k - 1] == "," else k
        while True:
            i = j - 1
            while i >= 0 and re.match(r"[a-z0-9]", tokens[i]) and tokens[i] not in ITEM_ENDS \
                    and tokens[i] not in DETERMINERS and j - i <= 3:
                i -= 1
            items.insert(0, _item(tokens[i + 1:j], 3))
            if i < 0 or tokens[i] != ",":
                break  # a comma list goes on while a comma comes before the item
            j = i
        items = [words for words in items if words]
        # "the gap between X and Y" is one relation, not a list to keep item by item
        if len(items) >= 2 and not (i >= 0 and tokens[i] == "between"):
            series.append(items)
    return series


def _verb_item(words: list[str], verbs: frozenset[str]) -> bool:
    """An item that is an action ("witnessed and wrote", "soak ... and discard"): the
    model says actions in new words ("saw", "throw away") far more often than it loses
    them, and a lost action leaves a gap the clause check sees."""
    return words[0] in verbs or words[0].endswith("ed")


ABBREVIATED = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,6})\(([A-Z][A-Z0-9]+s?)\)")


def drops_a_list_item(original: str, candidate: str, plain_of: PlainOf | None = None,
                      verbs: frozenset[str] = frozenset()) -> str:
    """A reason when an answer keeps some items of a list and leaves others out: "before
    they eat and before nap time and bedtime" became "before they eat and before
    bedtime", "change clothes and shower" became "change their clothes and wash their
    hands". A whole list said another way is the clause check's to judge."""
    said = content_stems(candidate)
    # "asthma or COPD" keeps "chronic obstructive pulmonary disease (COPD)"
    for m in ABBREVIATED.finditer(original):
        if re.search(rf"\b{m.group(2)}\b", candidate):
            said |= content_stems(m.group(1))

    def kept(words: list[str]) -> bool:
        return any(stems_with_plain(w, plain_of) & said for w in words)

    for items in _series_items(original):
        lost = [" ".join(words) for words in items if not kept(words) and not _verb_item(words, verbs)]
        if lost and len(lost) < len(items):
            return "list item left out: " + ", ".join(lost)
    return ""


BRACKETED = re.compile(r"([A-Za-z][\w-]*)\s+\(([a-z][a-z ,'’-]{1,60})\)")


def drops_a_plain_explanation(original: str, candidate: str, syllables: Callable[[str], int]) -> str:
    """A reason when the answer keeps a hard word and drops the plain words the sentence
    gave for it in brackets: "limit sodium (salt)" became "limit sodium", "wheezing (a
    whistling sound when breathing)" became "wheezing". (An abbreviation in brackets,
    "micrograms (mcg)", explains nothing.)"""
    said = content_stems(candidate)
    for m in BRACKETED.finditer(original):
        word, explanation = m.group(1), m.group(2)
        plain = content_stems(explanation)
        hardest = max((syllables(w) for w in re.findall(r"[a-z]+", explanation)), default=9)
        # plainer words, or a definition ("wheezing (a whistling sound when breathing)")
        explains = hardest < syllables(word) or re.match(r"(?:a|an|the)\s+\S+\s+\S+", explanation)
        if all(re.search(r"[aeiouy]", w) for w in explanation.split()) \
                and plain and explains and content_stems(word) & said and not plain & said:
            return f"plain explanation left out: {word} ({explanation})"
    return ""


# how often an action is done (as said in the sentence), and the wordings that keep it
REGULAR = r"regular|regularly|routinely"
FREQUENCIES = (
    (r"regularly|routinely", REGULAR),
    # "regular" says how often only of things done again and again ("a regular heartbeat"
    # is a normal one)
    (r"regular\s+(?:physical\s+)?(?:activity|exercise|check-?ups?|visits?|tests?|testing|"
     r"screenings?|meals?|sleep)", REGULAR),
    (r"daily", r"daily|(?:every|each|a|per|the)\s+day"),
    (r"nightly", r"nightly|(?:every|each|a|per)\s+night"),
    (r"weekly", r"weekly|(?:every|each|a|per)\s+week"),
    (r"monthly", r"monthly|(?:every|each|a|per)\s+month"),
    (r"yearly|annually", r"yearly|annually|annual|(?:every|each|a|per)\s+year"),
)


def drops_a_frequency(original: str, candidate: str) -> str:
    """A reason when how often something is done is lost: "Regularly wet-mop floors" became
    "Wet mop floors", "getting regular physical activity" became "doing exercise";
    "daily" may become "every day"."""
    for said, kept in FREQUENCIES:
        m = re.search(rf"\b(?:{said})\b", original, re.IGNORECASE)
        if m and not re.search(rf"\b(?:{kept})\b", candidate, re.IGNORECASE):
            return f"how often lost: {m.group(0).lower()}"
    return ""


def turns_and_into_or(original: str, candidate: str) -> str:
    """A reason when "A and B, C, or D" (A together with one of the rest) becomes "A, B, C,
    or D" (any one of them): "if you have constipation and rectal bleeding, blood in your
    stool, or ..." became "if you have constipation, bleeding from your rectum, ... or"."""
    for m in re.finditer(r"\b([a-z][\w'’-]*)\s+and\s+[^.;:]*?\bor\b", original, re.IGNORECASE):
        word = re.escape(m.group(1))
        if re.search(rf"\b{word}\s*,\s+[^.;:]*\bor\b", candidate, re.IGNORECASE) and \
                not re.search(rf"\b{word}\s+and\b", candidate, re.IGNORECASE):
            return f'choice changed: "{m.group(1)} and ..." is now one choice of the list'
    return ""


RISK_LOWERED = re.compile(r"\b(?:reduc|lower|cut|decreas|lessen)\w*\s+(?:\w+\s+){0,2}?(?:risk|chance|odds)",
                          re.IGNORECASE)
RISK_SAID = re.compile(r"\b(?:risk|chance|odds|likely|less often|fewer)\b", re.IGNORECASE)


def makes_a_risk_a_certainty(original: str, candidate: str) -> str:
    """A reason when "can reduce the risk of serious liver damage" becomes "can prevent
    it": a lower risk is not a promise that it will not happen."""
    m = RISK_LOWERED.search(original)
    if m and not RISK_SAID.search(candidate):
        return f"claim made stronger: \"{m.group(0)}\" is no longer a risk"
    return ""


CONTRACTED_VERB = re.compile(r"['’](?:s|m|re|ve|ll|d)$|n['’]t$", re.IGNORECASE)


# after these a verb's base form is a noun: "no known cause", "the cause", "of use"
NOUN_PHRASE_BEFORE = frozenset("a an the this these those no any some every each my your his her "
                               "its our their of for with in on at by from known main common "
                               "usual other same".split())


def _a_verb_here(words: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Whether words[i] may be a finite verb: an auxiliary, modal, contraction or past
    form, or a listed verb's form where no noun phrase is under way ("cause" in "no
    known cause" is a noun; "doctors use" has its verb)."""
    w = words[i]
    if w in MODALS or w in AUXILIARIES or CONTRACTED_VERB.search(w) or (w.endswith("ed") and len(w) > 4):
        return True
    return w in verbs and (i == 0 or words[i - 1] not in NOUN_PHRASE_BEFORE)


def leaves_a_list_without_a_verb(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when the sentence's list ("include ...", items between semicolons) is cut
    off from its verb: "Common symptoms include numbness in the face. Confusion or
    trouble speaking, trouble seeing, and a severe headache." (The verb finder is rough,
    so other sentences are not judged by it.)"""
    if not re.search(r"\binclud|;", original, re.IGNORECASE):
        return ""
    for piece in split_sentences(candidate):
        words = [w.lower() for w in WORDS.findall(piece)]
        if len(words) < 5 or not re.search(r",|\band\b|\bor\b", piece):
            continue
        if not any(_a_verb_here(words, i, verbs) for i in range(len(words))):
            return f"a list left without its verb: \"{piece}\""
    return ""


def model_output_problems(original: str, candidate: str, prompt: Prompt,
                          neighbours: tuple[str, ...] = (),
                          plain_of: PlainOf | None = None,
                          verbs: frozenset[str] = frozenset()) -> list[str]:
    """Reasons to refuse the model's answer that the meaning guard does not give.
    `verbs`: the lexicon's finite verbs, to find a sentence that has none."""
    if not candidate:
        return ["model gave no answer"]
    too_few = shares_too_few_words(original, candidate)
    problems = [echoes_example(candidate, prompt) if not echoes_example(original, prompt) else "",
                repeats_the_instructions(candidate, prompt),
                too_few,
                takes_in_neighbour(original, candidate, neighbours, plain_of),
                drops_condition_word(original, candidate),
                adds_a_condition(original, candidate),
                leaves_a_fragment(original, candidate),
                drops_comparison(original, candidate),
                moves_a_time(original, candidate),
                "" if too_few else moves_a_negation(original, candidate, plain_of),
                "" if too_few else drops_a_clause(original, candidate),
                "" if too_few else moves_a_number(original, candidate, plain_of),
                "" if too_few else drops_a_list_item(original, candidate, plain_of, verbs),
                "" if too_few else drops_a_plain_explanation(original, candidate, syllable_count),
                makes_a_risk_a_certainty(original, candidate),
                drops_a_frequency(original, candidate),
                turns_and_into_or(original, candidate),
                leaves_a_list_without_a_verb(original, candidate, verbs) if verbs else "",
                repeats_a_word(original, candidate)]
    return [p for p in problems if p]
