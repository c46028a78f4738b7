"""Checks that a model answer keeps the sentence's facts where they were: a number with
the action it counted, every item of a list, the plain words in brackets, how often,
how gravely and how urgently (answer_words.tsv), which people a sentence is for, a
median or mean as such, a name written with its abbreviation, "A and B, C, or D" as a
pairing, a lowered risk as a risk, a list with its verb, a softened verb as soft, two
groups as two, and no condition or claim of the model's own. Each returns a reason, or
"" when it finds nothing; the model checks (model_checks.py) run them on every answer."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile
from typing import Callable

from ..datafiles import data_table, word_set
from ..sentences import split_sentences
from .guard import NUMBER, PERSON_WORDS
from .inflect import verb_forms
from .lexicon import NUMBER_WORDS, PEOPLE, PERSON, _irregular_verbs
from .names import abbreviated_spans, drug_names, find_conditions
from .rules import AUXILIARIES, CARERS, DETERMINERS, MODALS, PREPOSITIONS, WORDS
from .stems import STOPWORDS, PlainOf, content_stems, sentence_stems, stems_with_plain

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
# number words that count a thing ("one" is also a pronoun; "once", "twice" say how often,
# as in "hum the song from beginning to end twice")
COUNT_WORDS = NUMBER_WORDS - frozenset("one once twice thrice zero half quarter double triple".split())


def _content_words(phrase: str) -> list[str]:
    """A phrase's words that carry its meaning: no stopwords, none under three letters."""
    return [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in STOPWORDS and len(w) > 2]


def _kept(words: list[str], said: set[str], plain_of: PlainOf | None) -> int:
    """How many of `words` an answer's stems `said` keep, as written or in a plain word."""
    return sum(bool(stems_with_plain(w, plain_of) & said) for w in words)


def _heads_of_numbers(text: str) -> dict[str, str]:
    """Each number with the word it is the object of ("filter about 150 quarts" -> 150:
    filter), for numbers that directly follow such a word; first use only."""
    tokens = re.findall(r"[a-z0-9]+(?:[.,/][0-9]+)*|[^\sa-z0-9]", text.lower())
    heads: dict[str, str] = {}
    for i, token in enumerate(tokens):
        if not (NUMBER.fullmatch(token) or token in COUNT_WORDS) or token in heads:
            continue
        j = i - 1
        while j >= 0 and (tokens[j] in AMOUNT_WORDS or NUMBER.fullmatch(tokens[j])
                          or tokens[j] in COUNT_WORDS):
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


# a thing and the clause that says which one: "tweezers that have been cleaned with alcohol"
THING_AND_CLAUSE = re.compile(r"\b([A-Za-z][\w-]*)\s+((?:that|which|who)\s+[a-z]+(?:\s+[a-z]+){1,3})",
                              re.IGNORECASE)


def moves_a_clause(original: str, candidate: str, plain_of: PlainOf | None = None,
                   verbs: frozenset[str] = frozenset()) -> str:
    """A reason when the answer keeps a clause that says which thing and hangs it on another
    thing: "remove any dirt or debris with tweezers that have been cleaned with alcohol"
    became "Use tweezers to remove dirt and debris that have been cleaned with alcohol"."""
    for m in THING_AND_CLAUSE.finditer(original):
        head, clause = m.group(1), " ".join(m.group(2).split())
        first = clause.split()[1].lower()
        if head.lower() in verbs or not (first in AUXILIARIES or first in MODALS or first in verbs
                                         or first.endswith(("s", "ed"))):
            continue  # "cannot prove that short sleep causes ...": what is proved, no thing
        moved = re.search(r"\b([A-Za-z][\w-]*),?\s+" + re.escape(clause).replace(r"\ ", r"\s+") +
                          r"\b", candidate, re.IGNORECASE)
        other = moved.group(1).lower() if moved else ""
        if moved and other != head.lower() and not stems_with_plain(head.lower(), plain_of) & stems_with_plain(other, plain_of) \
                and other not in STOPWORDS | DETERMINERS \
                and not (head.lower() in PERSON_WORDS and other in PERSON_WORDS):  # "children" / "kids"
            return f"clause moved: \"{head} {clause}\" became \"{moved.group(1)} {clause}\""
    return ""


# where an item of a list ends: punctuation, or a word that starts a phrase of its own
# ("shower before coming home" -> "shower"); determiners are skipped
ITEM_ENDS = frozenset("a an the of to in on for with at by from into about as than before after "
                      "between over under "
                      # "6 months of age and older", "2 or more": an amount, not a list
                      "older younger up more less above below "
                      "when while if because until unless that which who whose is are was were "
                      "be been being can may might will would should could must has have had".split())
# "and some result in ...", "and many need to ...": a quantity as the subject of a new clause
CLAUSE_SUBJECTS = frozenset("some many most others few several".split())
CLAUSE_VERB_NEXT = frozenset("in to into from on at with".split())
ITEM_STARTS = DETERMINERS | frozenset("some any all".split())  # skipped before an item


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
        if len(right) > 2 and right[0] in CLAUSE_SUBJECTS and right[2] in CLAUSE_VERB_NEXT:
            continue  # "..., and some result in head injuries": a clause of its own
        while right and right[0] in ITEM_STARTS:
            right = right[1:]
        items = [_item(right, 2)]
        j = k - 1 if k and tokens[k - 1] == "," else k
        while True:
            i = j - 1
            while i >= 0 and re.match(r"[a-z0-9]", tokens[i]) and tokens[i] not in ITEM_ENDS \
                    and tokens[i] not in ITEM_STARTS and j - i <= 3:
                i -= 1
            # "5 years of age and adults older than 20": "of age" ends a measure, no item
            measure = i >= 1 and tokens[i] == "of" and tokens[i + 1:j] == ["age"]
            items.insert(0, [] if measure else _item(tokens[i + 1:j], 3))
            if i < 0 or tokens[i] != ",":
                break  # a comma list goes on while a comma comes before the item
            j = i
        items = [words for words in items if words]
        # "the gap between X and Y" is one relation, not a list to keep item by item
        if len(items) >= 2 and not (i >= 0 and tokens[i] == "between"):
            series.append(items)
    return series


# "take off the cap": the verb's own word, not a thing listed
PARTICLES = frozenset("off up down away back out over apart".split())


def _verb_item(words: list[str], verbs: frozenset[str], items: list[list[str]]) -> bool:
    """An item that is an action ("witnessed and wrote", "soak ... and discard"): the
    model says actions in new words ("saw", "throw away") far more often than it loses
    them, and a lost action leaves a gap the clause check sees. An -ed word is an action
    only beside another ("wooded and brushy areas" describe a place)."""
    return words[0] in verbs or words[0].endswith("ed") and any(
        other is not words and (other[0] in verbs or other[0].endswith("ed")) for other in items)


def drops_a_list_item(original: str, candidate: str, plain_of: PlainOf | None = None,
                      verbs: frozenset[str] = frozenset()) -> str:
    """A reason when an answer keeps some items of a list and leaves others out: "before
    they eat and before nap time and bedtime" became "before they eat and before
    bedtime", "change clothes and shower" became "change their clothes and wash their
    hands". A whole list said another way is the clause check's to judge."""
    said = content_stems(candidate)
    # "asthma or COPD" keeps "chronic obstructive pulmonary disease (COPD)"
    for start, end in abbreviated_spans(original):
        short = re.match(r"\s*\(([^()]+)\)", original[end:])
        if short and re.search(rf"\b{re.escape(short.group(1))}\b", candidate):
            said |= content_stems(original[start:end])

    for items in _series_items(original):
        # "avoid wooded and brushy areas": the verb before a list is no item of it
        items = [words[1:] if len(words) > 1 and words[0] in verbs and words[1] not in PARTICLES
                 else words for words in items]
        lost = [" ".join(words) for words in items
                if not _kept(words, said, plain_of) and not _verb_item(words, verbs, items)]
        if lost and len(lost) < len(items):
            return "list item left out: " + ", ".join(lost)
        # "toys that are round, firm, or slippery" said as "easily breakable things": three
        # or more words, each gone, are no list said another way
        if lost and len(items) >= 3 and all(len(words) == 1 for words in items):
            return "list left out: " + ", ".join(lost)
    return ""


BRACKETED = re.compile(r"([A-Za-z][\w-]*)\s+\(([a-z][a-z ,'’-]{1,60})\)")


CALLED = re.compile(r"\b(?:an?\s+|the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?),\s+(?:also\s+)?"
                    r"(?:called|known as)\s+(?:an?\s+|the\s+)?([a-z][a-z-]+)")


# "heartburn, a burning feeling in the chest that ...": a term, then what it is
DEFINED = re.compile(r"\b([a-z][\w-]*),\s+((?:a|an)\s+[a-z][a-z '’-]{5,80}?)"
                     r"(?=\s+(?:that|which|who|when|where)\b|[,.;:]|$)")


def _name_after(text: str, start: int) -> str:
    """The name that begins before `start` and runs to the end of its phrase."""
    begun = text.rfind(" ", 0, start) + 1
    return re.split(r"[,;:.()]|\s+(?:is|are|was|were|can|may|and|or|that|which|who)\b",
                    text[begun:])[0]


def drops_a_plain_explanation(original: str, candidate: str,
                              syllables: Callable[[str], int]) -> str:
    """A reason when the answer keeps a hard word and drops the plain words the sentence
    gave for it in brackets: "limit sodium (salt)" became "limit sodium", "wheezing (a
    whistling sound when breathing)" became "wheezing", "ask a foot doctor, called a
    podiatrist" became "ask a podiatrist", "heartburn, a burning sensation in the middle of
    the chest that ..." became "heartburn. It ...". (An abbreviation in brackets, "micrograms
    (mcg)", explains nothing.)"""
    said = content_stems(candidate)
    # "a foot doctor, called a podiatrist": the plain words first, then the term
    def hardest(words: str) -> int:
        return max((syllables(w) for w in re.findall(r"[a-z]+", words)), default=9)
    # "computed tomography, also called a low-dose CT scan": two names, and an answer that
    # keeps the plainer one drops nothing (drops_another_name keeps the one after "called")
    named = [(m.group(2), m.group(1)) for m in CALLED.finditer(original)
             if not (re.search(r"\b(?:also|known)\b", m.group(0)) and
                     hardest(_name_after(original, m.end(2))) <= hardest(m.group(1)))]
    # "neuralgia, a condition in which ...": the clause defines it, not "a condition in"
    defined = [(m.group(1), m.group(2)) for m in DEFINED.finditer(original)
               if len(content_stems(m.group(2))) >= 2]
    for word, explanation in [(m.group(1), m.group(2)) for m in BRACKETED.finditer(original)] + \
            named + defined:
        # "ectopic pregnancy (a pregnancy outside the uterus)": the term's own word, said
        # again in the explanation, is no sign the explanation is kept
        # ("the cornea (the clear front surface of the eye), the inside of the eye": words the
        # sentence says elsewhere are no sign either)
        plain = content_stems(explanation) - content_stems(word) - \
            content_stems(original.replace(explanation, " "))
        # plainer words, or a definition ("wheezing (a whistling sound when breathing)")
        # ("sputum (mucus coughed up from the lungs)": a phrase of words no harder than the term
        # is a definition too)
        explains = hardest(explanation) < syllables(word) or re.match(r"(?:a|an|the)\s+\S+\s+\S+", explanation) \
            or (word, explanation) in named and len(plain) >= 2 \
            or len(explanation.split()) >= 3 and hardest(explanation) <= syllables(word)
        # ("(see below)", "(see the times below)": a pointer to more of the page, no explanation)
        if all(re.search(r"[aeiouy]", w) for w in explanation.split()) and not re.match(r"see\b", explanation) \
                and plain and explains and content_stems(word) & said and not plain & said:
            return f"plain explanation left out: {word} ({explanation})"
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


# a summary of many figures: "a median of 4.7 years" is not "about 4.7 years"
SUMMARY = re.compile(r"\b(median|mean|average)\b(?=(?:\s+[a-z]+){0,3}\s+\d)", re.IGNORECASE)
SUMMARY_SAID = {"median": r"median|middle", "mean": r"mean|average", "average": r"average|mean"}


def drops_a_summary(original: str, candidate: str) -> str:
    """A reason when a figure that summarises many ("followed participants for a median of
    4.7 years") is told as a plain amount ("followed them for about 4.7 years")."""
    for m in SUMMARY.finditer(original):
        if not re.search(rf"\b(?:{SUMMARY_SAID[m.group(1).lower()]})\b", candidate, re.IGNORECASE):
            return f"summary lost: {m.group(1).lower()}"
    return ""


WHO_CLAUSE = re.compile(r"\b(" + "|".join(sorted(PEOPLE | PERSON)) + r")\s+(who|that|with)\s+([^,.;:]+)",
                        re.IGNORECASE)
# where "people with X" ends and the sentence's verb starts: "People with SCD should see ..."
VERB_AFTER_WITH = re.compile(r"\s(?:should|can|could|may|might|must|will|would|are|is|were|was|"
                             r"have|has|had|need|needs|get|gets|do|does|did)\b.*", re.IGNORECASE)


# verbs of a "who" clause that a plain answer may well leave to its noun ("people who develop
# symptoms" are "people with symptoms")
WEAK_WHO_VERBS = frozenset("develop develops developed become becomes became get gets got have has had are is "
                           "were was otherwise reported report reports diagnosed experience experiences "
                           "experienced experiencing developing becoming getting having living receiving received "
                           "live lives lived prescribed given offered treated".split())


def drops_whom_it_is_for(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the people a sentence is about lose the clause that says which
    people: "they help provide a sense of sound to people who are profoundly deaf or very
    hard of hearing" became "They help people hear sounds" (now said of everyone);
    "People with SCD should see a doctor if they have a fever" became "If you have a
    fever, see a doctor"."""
    said = sentence_stems(candidate, plain_of)
    for m in WHO_CLAUSE.finditer(original):
        which = m.group(3)
        if m.group(2).lower() == "with":
            which = VERB_AFTER_WITH.sub("", which)
            if find_conditions(which):
                continue  # "people with osteoarthritis": the guard holds a named condition
        words = _content_words(which)[:3]
        if words and not _kept(words, said, plain_of):
            return f"who it is for left out: {m.group(1)} {m.group(2)} {which.strip()}"
        # ("Most people who respond to mesalazine notice ..." is not "Most people who take
        # mesalazine": the clause's own verb says which people)
        if m.group(2).lower() == "who" and len(words) >= 2 and words[0].lower() not in WEAK_WHO_VERBS and \
                not _kept(words[:1], said, plain_of):
            return f"who it is for changed: {m.group(1)} {m.group(2)} {which.strip()}"
    return ""


# one who gives care and what they can do: "your GP or pharmacist, who can review your medicines"
CARER_WHO = re.compile(rf"\b(?:{CARERS}|team|consultant)s?,?\s+who\s+(?:can|will|may|could|might|should)\s+"
                       r"(?:also\s+)?([a-z]+)\b", re.IGNORECASE)


def changes_what_a_carer_does(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps the one who gives care and changes what they do:
    "speak to your GP or pharmacist, who can review your medicines with you" became "talk to
    your doctor or pharmacist. They can help you understand your medicine"."""
    said = sentence_stems(candidate, plain_of)
    for m in CARER_WHO.finditer(original):
        verb = m.group(1).lower()
        if verb not in WEAK_WHO_VERBS and _content_words(verb) and not _kept([verb], said, plain_of):
            return f'what they do changed: "{m.group(0).split(",")[-1].strip()}"'
    return ""


def drops_a_body_part(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when a part of the body the sentence names is gone from the answer: "coronary
    artery damage" became "damage to your heart", "(the muscle under your lungs)" became
    "This is under your lungs", "given by mouth" lost how it is given."""
    said = sentence_stems(candidate, plain_of)
    words = set(re.findall(r"[a-z]+", candidate.lower()))
    for part in sorted(word_set("plaincast.plain", "body_parts.tsv") & set(re.findall(r"[a-z]+", original.lower()))):
        if part not in words and part.rstrip("s") not in words and part + "s" not in words and \
                not _kept([part], said, plain_of):
            return f"a part of the body left out: {part}"
    return ""


NAMED = re.compile(r"([A-Za-z][\w-]*)\s+\(((?:[A-Z][a-z]?){2,6}s?)(?:\s+or\s+(?:[A-Z][a-z]?){2,6}s?)?\)")
# an abbreviation with its meaning in brackets after it: "your INR (international normalised
# ratio, a measure of how long your blood takes to clot)"
SPELLED_AFTER = re.compile(r"\b([A-Z][A-Z0-9]{1,5})\s+\(([^()]{6,})\)")
SHORTENED = re.compile(r"([A-Za-z][\w-]*)\s+\(([a-z]+)\)")


# a thing's other name, given so a reader knows both: "Hypothyroidism, also called underactive
# thyroid, is ..."
# ("periods when symptoms are active are called flares": the name a thing is given)
OTHER_NAME = re.compile(r"(?:\b(?:also|sometimes|often|commonly|is|are)\s+|,\s+)(?:called|known\s+as|named|"
                        r"referred\s+to\s+as)\s+(?:(?:the|an?)\s+(?=[\"“]))?[\"“]?([^,;:.()\"”]{3,40})")


def _times(word: str, text: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))


def drops_another_name(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer drops the other name the sentence gives a thing:
    "Hypothyroidism, also called underactive thyroid, is a condition in which ..." became
    "Hypothyroidism is a condition where ..." (the plain name was the one a reader knows).
    More than half its words, or their plain words, keep it ("thyroid" is in "thyroid
    gland" too)."""
    said = sentence_stems(candidate, plain_of)
    for m in OTHER_NAME.finditer(original):
        name = re.split(r"\s+(?:is|are|was|were|can|may|and|or|that|which|who)\b", m.group(1))[0]
        words = _content_words(name)
        # a one-word name said again elsewhere ("pertussis, ... called Bordetella pertussis")
        # is kept only as often as the sentence says it
        once_less = len(words) == 1 and _times(words[0], candidate) < _times(words[0], original) \
            and not (plain_of and plain_of(words[0]))  # its plain words say it ("hypertension")
        if words and (2 * _kept(words, said, plain_of) <= len(words) or once_less):
            return f'other name left out: "{name.strip()}"'
    return ""


def drops_an_abbreviated_name(original: str, candidate: str) -> str:
    """A reason when a thing the sentence names with its abbreviation is named by neither:
    "exposure to ultraviolet (UV) light" became "exposure to sunlight" (UV light comes
    from tanning beds too)."""
    said = content_stems(candidate)
    # "rehabilitation (rehab)": a short form of the word before it names it too
    shortened = [m for m in SHORTENED.finditer(original)
                 if len(m.group(2)) >= 3 and m.group(1).lower().startswith(m.group(2).lower())
                 and m.group(1).lower() != m.group(2).lower()]
    for m in [*NAMED.finditer(original), *shortened]:
        if not re.search(rf"\b{re.escape(m.group(2).split()[0])}\b", candidate, re.IGNORECASE) and \
                not content_stems(m.group(1)) & said:
            return f"name left out: {m.group(1)} ({m.group(2)})"
    # "check your INR (international normalised ratio, ...)" became "check your blood's clotting
    # time": the name a reader meets on the results, said by neither its letters nor its words
    for m in SPELLED_AFTER.finditer(original):
        meaning = list(content_stems(re.split(r"[,;]", m.group(2))[0]))
        if not re.search(rf"\b{m.group(1)}\b", candidate) and \
                len(set(meaning) & said) * 2 < len(meaning):
            return f"name left out: {m.group(1)} ({m.group(2)})"
    return ""


NEAR_ABBREVIATION = 8  # words either side of an abbreviation that may explain it


def leaves_an_abbreviation_unexplained(original: str, candidate: str,
                                       plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps an abbreviation the sentence spells out and drops the
    words it stands for: "Obstructive sleep apnea (OSA) occurs when ..." became "OSA
    happens when ...", "The fecal immunochemical test (FIT)" became "The FIT test". The
    sentence that spells an abbreviation out is where a reader learns it; plain-language
    guides ask for it on first use even where the words are technical ("CPAP"). Half the
    name's words, or their plain words ("chronic" -> "long-term"), keep it explained."""
    for start, end in abbreviated_spans(original):
        short = re.match(r"\s*\(([^()]+)\)", original[end:])
        used = short and re.search(rf"\b{re.escape(short.group(1))}\b", candidate)
        if not used:
            continue
        # the words explain it only beside it: "Pulmonary rehab is ... for people with
        # long-term breathing problems, like COPD" has "pulmonary" and "long-term" (chronic)
        # but not where COPD is
        before = candidate[:used.start()].split()[-NEAR_ABBREVIATION:]
        after = candidate[used.end():].split()[:NEAR_ABBREVIATION]
        said = sentence_stems(" ".join(before + after), plain_of)
        words = _content_words(original[start:end])
        if words and _kept(words, said, plain_of) * 2 < len(words):
            return f"abbreviation left unexplained: {short.group(1)} without \"{original[start:end]}\""
    return ""


# a risk lowered or raised ("raise the risk of heart disease" is not "raise heart disease")
RISK_LOWERED = re.compile(
    r"\b(?:reduc|lower|cut|decreas|lessen|rais|increas|doubl|tripl|boost)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:risk|chance|odds)", re.IGNORECASE)
RISK_WORD = re.compile(r"\b(?:risks?|chances?|odds|likely)\b", re.IGNORECASE)
# a risk the sentence weighs: "a higher risk of", "increase your risk of" ("give it a chance",
# "they'll likely follow up" are no such risk)
RISK_NAMED = re.compile(r"\b(?:higher|greater|increased|lower|reduced|high|low|rais\w*|increas\w*|"
                        r"reduc\w*|lower\w*|cut\w*)\s+(?:\w+\s+)?risks?\b", re.IGNORECASE)
RISK_SAID = re.compile(r"\b(?:risk|chance|odds|likely|less often|fewer)\b", re.IGNORECASE)


# "even the most severe cases": who or what "even" reaches
EVEN = re.compile(r"\beven\s+(?!if\b|though\b|when\b|after\b|before\b|more\b|less\b|so\b|then\b)"
                  r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)", re.IGNORECASE)


def drops_what_even_reaches(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when "Depression, even the most severe cases, can be treated" becomes
    "Depression can be treated": what "even" reaches is the news, and a reader with a
    severe case needs to hear it."""
    if re.search(r"\beven\b", candidate, re.IGNORECASE):
        return ""
    conceded = re.search(r"\beven\s+(?:if|when|though)\b", original, re.IGNORECASE)
    if conceded:
        # "even when there is no clear danger" is not "when there is no real danger"
        return f"condition changed: \"{conceded.group(0)}\" lost its \"even\""
    # "a single dose is enough, even for children with mild croup" is not "enough for
    # children with mild croup" (the others too, not only them)
    widened = re.search(r"\beven\s+(?:for|in|with|among|at|after)\b", original, re.IGNORECASE)
    if widened and re.search(rf"\b{widened.group(0).split()[-1]}\b", candidate, re.IGNORECASE):
        return f"who it is for narrowed: \"{widened.group(0)}\" lost its \"even\""
    said = sentence_stems(candidate, None)
    for m in EVEN.finditer(original):
        words = _content_words(m.group(1))
        if words and not _kept(words, said, plain_of):
            return f"part of the sentence left out: \"{m.group(0)}\""
    return ""


HELPS = re.compile(r"\bhelps?\b(?!\s+(?:line|desk|center|centre)\b)", re.IGNORECASE)
HELP_SAID = re.compile(r"\b(?:help\w*|aid\w*|assist\w*|support\w*|improv\w*|ease\w*)\b", re.IGNORECASE)


def makes_a_risk_a_certainty(original: str, candidate: str) -> str:
    """A reason when "can reduce the risk of serious liver damage" becomes "can prevent
    it": a lower risk is not a promise that it will not happen; nor is "can help you feel
    better" the promise "can make you feel better"."""
    m = RISK_LOWERED.search(original)
    if m and not RISK_SAID.search(candidate):
        return f"claim made stronger: \"{m.group(0)}\" is no longer a risk"
    # each risk the sentence names is said as one: "You may have a higher risk of bleeding if
    # you take ... other medicines that increase your risk of bleeding" is not "You might
    # get bleeding if you take ... medicines that increase your risk of bleeding"
    if len(RISK_NAMED.findall(original)) > len(RISK_WORD.findall(candidate)) + \
            len(re.findall(r"\b(?:less|more)\s+often\b|\bfewer\b", candidate, re.IGNORECASE)):
        return "claim made stronger: a risk is said as certain"
    if len(HELPS.findall(original)) > len(HELP_SAID.findall(candidate)):
        return "claim made stronger: \"help\" left out"
    return ""


# what a cause brings about or changes: "can trigger a pain crisis", "may lead to kidney
# damage", "can reduce blood flow to your feet"
EFFECT = re.compile(r"(?<![\w-])(?:caus(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|lead(?:s|ing)? to|led to|"
                    r"result(?:s|ed|ing)? in|reduc(?:e|es|ed|ing)|"
                    r"decreas(?:e|es|ed|ing)|damag(?:e|es|ed|ing))"
                    r"\s+(?:an?\s+|the\s+|your\s+|their\s+|some\s+)?"
                    r"([a-z][\w-]*(?:,?\s+[a-z][\w-]*){0,2})", re.IGNORECASE)
# "reduce your risk of ..." may be "lower your chance of ...": what changes is named after it
NOT_AN_EFFECT = frozenset("it this that these those them him her you people problems risk risks "
                          "chance chances odds amount amounts number numbers level levels "
                          "exposure".split())


def changes_the_effect(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps the cause and drops what it causes: "dehydration can
    trigger a pain crisis" became "Dehydration can make you feel sick". What a thing
    causes is the fact a reader acts on; a new word for it ("harm" for "damage") keeps
    one of its words or its plain word, as the answer's other words do."""
    said = sentence_stems(candidate, None)
    for m in EFFECT.finditer(original):
        words = list(takewhile(lambda w: w not in STOPWORDS, m.group(1).lower().replace(",", "").split()))
        if not words or words[0] in NOT_AN_EFFECT:
            continue
        if not _kept(words, said, plain_of):
            return f"what it causes changed: \"{m.group(0)}\""
    return ""


CONTRACTED_VERB = re.compile(r"['’](?:s|m|re|ve|ll|d)$|n['’]t$", re.IGNORECASE)


# after these a verb's base form is a noun: "no known cause", "the cause", "of use" (after
# "to" it is a verb)
NOUN_PHRASE_BEFORE = DETERMINERS | (PREPOSITIONS - {"to"}) | frozenset(
    "this these those any some known main common usual other same".split())


def _a_verb_here(words: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Whether words[i] may be a finite verb: an auxiliary, modal, contraction or past
    form, or a listed verb's form where no noun phrase is under way ("cause" in "no
    known cause" is a noun; "doctors use" has its verb)."""
    w = words[i]
    if w in MODALS or w in AUXILIARIES or CONTRACTED_VERB.search(w) or \
            (w.endswith("ed") and len(w) > 4):
        return True
    # "This includes children": after "this" an -s word is its verb (no plural follows it);
    # "These include ...": after "these" a word without -s is (a plural noun would have it)
    return w in verbs and (i == 0 or words[i - 1] not in NOUN_PHRASE_BEFORE or
                           (w.endswith("s") and words[i - 1] in ("this", "that")) or
                           (not w.endswith("s") and words[i - 1] in ("these", "those")))


# a sentence that starts by limiting something said before it ("Especially juices from ..."),
# or a schedule's next step without its action ("Then every 1 to 3 years.")
LIMITING_START = re.compile(r"(?:especially|particularly|including|such as|mainly|mostly|above all|"
                            r"(?:and\s+)?then\s+(?:every|each|once|twice|again|yearly|annually))\b",
                            re.IGNORECASE)


def leaves_a_list_without_a_verb(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when the sentence's list ("include ...", items between semicolons) is cut
    off from its verb: "Common symptoms include numbness in the face. Confusion or
    trouble speaking, trouble seeing, and a severe headache.", or the things a word limits
    are: "Clean up all spills right away. Especially juices from hot dog packages." (The
    verb finder is rough, so other sentences are not judged by it.)"""
    listed = re.search(r"\binclud|;", original, re.IGNORECASE)
    for piece in split_sentences(candidate):
        words = [w.lower() for w in WORDS.findall(piece)]
        if not LIMITING_START.match(piece) and (
                not listed or len(words) < 5 or not re.search(r",|\band\b|\bor\b", piece)):
            continue
        if not any(_a_verb_here(words, i, verbs) for i in range(len(words))):
            if LIMITING_START.match(piece):
                return f"a sentence left unfinished: \"{piece}\""
            return f"a list left without its verb: \"{piece}\""
    return ""


# modals that soften the verb after them; "can" also says what is possible, and the
# guard's hedge count already weighs "may" against "can"
VERB_HEDGES = frozenset("may might could".split())
# words that soften a verb in an answer: a modal, or an adverb of chance before it
SOFTENERS = VERB_HEDGES | frozenset("can possibly probably likely perhaps maybe sometimes often "
                                    "usually help helps".split())
NOT_THE_VERB = frozenset("not also still even then just be been have".split())


def unhedges_a_verb(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when a verb the sentence softened is said in the answer with no softener:
    "joint replacement carries risks ..., and artificial joints ... might need to be
    replaced" became "Joint replacement surgery might cause infections ... Artificial
    joints ... need to be replaced": as many hedges as before (the first clause gained
    one), and a certainty where there was a chance. An answer that words the verb anew
    is left to the hedge count."""
    words = re.findall(r"[a-z0-9'’-]+", original.lower())
    said = re.findall(r"[a-z0-9'’-]+", candidate.lower())
    for i, word in enumerate(words):
        if word not in VERB_HEDGES:
            continue
        verb = next((w for w in words[i + 1:i + 4] if w not in NOT_THE_VERB), "")
        if not verb or not re.fullmatch(r"[a-z]{3,}", verb) or verb in STOPWORDS:
            continue
        stems = stems_with_plain(verb, plain_of)
        places = [j for j, w in enumerate(said) if content_stems(w) & stems]
        if places and not any(_softened(said, j) for j in places):
            return f"hedge moved: \"{word} {verb}\" is said as certain"
    return ""


def _softened(words: list[str], j: int) -> bool:
    """Whether a softener stands in the few words before words[j], in its own clause ("can
    wear out and need" softens "wear", not "need")."""
    for word in reversed(words[max(0, j - 4):j]):
        if word in SOFTENERS:
            return True
        if word in ("and", "or", "but", "so", "because", "then", "which", "that"):
            return False
    return False


@lru_cache(maxsize=1)
def _answer_words() -> tuple[tuple[str, str, re.Pattern, re.Pattern], ...]:
    """answer_words.tsv: (kind, reason, the words, the words that keep them)."""
    def whole(words: str) -> re.Pattern:
        return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    return tuple((kind, reason, whole(words), whole(kept[0] if kept else words))
                 for kind, reason, words, *kept in data_table("plaincast.plain", "answer_words.tsv"))


def words_kept_and_added(original: str, candidate: str) -> list[str]:
    """A reason for each kind of word in answer_words.tsv that the answer lost ("how often
    lost: regularly", "harm made milder: kill", "urgency lost: immediately"), brought in
    ('who it is for changed: now says "pregnant"', 'advice added: "recommends"',
    'informal word: "poop"') or said in place of another ('infection told as illness:
    "are infected" said as "sick"'), one of each kind."""
    reasons: dict[str, str] = {}
    for kind, reason, words, kept in _answer_words():
        if reason in reasons:
            continue
        if kind == "keep":
            said = words.search(original)
            if said and not kept.search(candidate):
                reasons[reason] = f"{reason}: {said.group(0).lower()}"
        elif kind == "swap":
            # counted, so one use of two may change ("Most healthy people who become
            # infected do not feel sick" -> "Most healthy people who get sick do not feel bad")
            said, instead = words.search(original), kept.search(candidate)
            if said and instead and len(kept.findall(candidate)) > len(kept.findall(original)) and \
                    len(words.findall(candidate)) < len(words.findall(original)):
                reasons[reason] = f"{reason}: \"{said.group(0).lower()}\" said as \"{instead.group(0).lower()}\""
        else:
            said = words.search(candidate)
            if said and not words.search(original):
                reasons[reason] = f"{reason} \"{said.group(0).lower()}\""
    return list(reasons.values())


# "if" and "unless" limit an action; a limit whose words the sentence never said has made
# something conditional ("call 911 ... if you need help")
LIMIT = re.compile(r"\b(?:if|unless)\s+([^.,;:!?]+)", re.IGNORECASE)


def adds_a_limit(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer makes an action conditional on something the sentence did
    not say: "get outside ... and call 911 or your local poison center" became "... Call
    911 or your local poison center if you need help". "Men with kidney disease should
    not ..." said as "Do not ... if you have kidney disease" keeps the sentence's words."""
    own = sentence_stems(original, plain_of)
    for m in LIMIT.finditer(candidate):
        said = content_stems(" ".join(m.group(1).split()[:6])) - {"you", "have"}
        if said and not said & own:
            return f"condition added: \"{m.group(0).strip()}\""
    return ""


LONGER = 1.5  # an answer this many times the sentence's length says more than it


def says_more(original: str, candidate: str) -> str:
    """A reason when the answer is much longer than the sentence: the model explaining on
    its own ("HDL is like a special helper that helps your body get rid of bad
    cholesterol"), which brings in claims the article does not make."""
    before, after = len(original.split()), len(candidate.split())
    if after > LONGER * before and after - before >= 8:
        return f"answer says more than the sentence: {after} words for {before}"
    return ""


# "(CO)", "(NSAIDs)", ", or CO,", and mixed-case ones with two capitals or more: "(AFib)"
INTRODUCED = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,6}|[A-Z][a-z]?[A-Z][a-z]{1,3})s?\)|"
                        r",\s+or\s+([A-Z][A-Za-z]?[A-Z]{1,6}),|"
                        # a germ's short name: "Helicobacter pylori (H. pylori)"
                        r"\(([A-Z]\.\s?[a-z]{3,})\)")


def drops_an_abbreviation(kept: str, candidate: str) -> str:
    """A reason when an abbreviation the rules kept (they keep one that the article uses
    again) is missing from the answer: "Carbon monoxide, or CO, is ..." became "Carbon
    monoxide is ...", and every later "CO" is a puzzle."""
    for m in INTRODUCED.finditer(kept):
        short = m.group(1) or m.group(2) or m.group(3)
        if not re.search(rf"\b{re.escape(short)}s?\b", candidate):
            return f"abbreviation left out: {short}"
    return ""


# a clause that ends on its auxiliary says the predicate again: "Sepsis is not contagious,
# although the infections that cause it can be." (can be contagious). A bare "is" ends
# clauses whose predicate came first too ("the more effective it is", "how serious it is").
ELLIPSIS_END = re.compile(r"\b(?:can|could|may|might|will|would|should|must|do|does|did|has|have)"
                          r"(?:\s+(?:not|be|too|also))?\s*[.!?]?$", re.IGNORECASE)
# "if you can", "as soon as you can": a set phrase for the action it follows
CAN_DO = re.compile(r"\b(?:if|when|whenever|as soon as|as much as|as often as|where)\s+(?:\w+\s+){0,2}"
                    r"(?:can|could)\s*[.!?]?$", re.IGNORECASE)
PREDICATE = re.compile(r"\b(?:is|are|was|were|be)\s+(?:not\s+|n't\s+|also\s+|very\s+)*([a-z][\w-]+)",
                       re.IGNORECASE)


def drops_what_an_ellipsis_repeats(original: str, candidate: str) -> str:
    """A reason when the sentence's last clause stops on its auxiliary, meaning the
    predicate said before ("..., although the infections that cause it can be"), and the
    answer neither stops the same way nor says that predicate again at its end: "Sepsis is
    not contagious. But some infections can cause it." lost that the infections can spread."""
    if not ELLIPSIS_END.search(original.strip()) or "," not in original or \
            CAN_DO.search(original.strip()):
        return ""
    said = [p.strip() for p in split_sentences(candidate)] or [candidate]
    if any(ELLIPSIS_END.search(p) for p in said):
        return ""
    # the predicate said again in the last sentence ("... can be contagious"), or the last
    # sentence ending on a word the answer said before ("... But the infections can spread.")
    last, before = said[-1].lower(), " ".join(said[:-1]).lower()
    m = PREDICATE.search(original)
    words = re.findall(r"[a-z][\w'-]*", last)
    if m and re.search(rf"\b{re.escape(m.group(1).lower())}\b", last) or \
            words and len(words[-1]) > 3 and re.search(rf"\b{re.escape(words[-1])}\b", before):
        return ""
    return f"part of the sentence left out: what \"{original.strip().split()[-1].rstrip('.!?')}\" says again"


# "your quick-relief medicine", "long-term control medicines", "cholesterol drugs": which one
KIND_OF_MEDICINE = re.compile(r"\b([a-z][\w-]+(?:\s+control)?)\s+(?:medicines?|medications?|drugs?)\b"
                              r"(?!\s+(?:bottles?|cabinets?|cups?|labels?|packag\w*|containers?|lists?))",
                              re.IGNORECASE)
NOT_A_KIND = frozenset("your my our their his her other any some these those new more the all many "
                       "most certain such each every different same usual own this that of for with "
                       "and or to given taken including prescribe prescribes inject injects swallow "
                       "mix store flush share crush switch combine avoid skip miss buy".split())


def drops_which_medicine(original: str, candidate: str, plain_of: PlainOf | None = None,
                         verbs: frozenset[str] = frozenset()) -> str:
    """A reason when the answer keeps a medicine and drops which one: "Take your quick-relief
    medicine right away" became "Take your medicine right away" (an asthma plan has two).
    A verb before it ("prescribe medicines", "inject drugs") says what is done, not which."""
    said = sentence_stems(candidate, None)
    for m in KIND_OF_MEDICINE.finditer(original):
        kind = m.group(1).lower()
        first = kind.split()[0]
        words = _content_words(kind)
        if first in NOT_A_KIND or first in verbs or first.endswith(("ed", "ing")) or not words:
            continue
        if not _kept(words, said, plain_of):
            return f"which medicine lost: {kind}"
    return ""


def names_it_a_later_medicine(original: str, candidate: str) -> str:
    """A reason when the answer says "it" as a medicine the sentence names only after the
    "it": "If you become pregnant while taking it, speak to your doctor, who will usually switch
    you to insulin" became "... while taking insulin" ("it" was the page's gliclazide)."""
    said = [w.lower() for w in WORDS.findall(original)]
    told = [w.lower() for w in WORDS.findall(candidate)]
    for name in sorted(set(told) & set(said) & drug_names()):
        first = said.index(name)
        if told.count(name) > said.count(name) and {"it", "them"} & set(said[:first]):
            return f'"it" said as {name}, a medicine the sentence names only later'
    return ""


def names_another_illness(original: str, candidate: str, plain_of: PlainOf | None = None,
                          neighbours: tuple[str, ...] = ()) -> str:
    """A reason when the answer names an illness of two words or more that the sentence did
    not, nor its words or their plain words: "help you during an attack" (an asthma page)
    became "help you during a heart attack". One the neighbouring sentences name may say
    what "these fractures" are."""
    own = sentence_stems(original, plain_of)
    named = find_conditions(" ".join((original, *neighbours)))
    for name in sorted(find_conditions(candidate) - named):
        words = [w for w in re.findall(r"[a-z]+", name) if w not in STOPWORDS]
        if len(words) >= 2 and _kept(words, own, plain_of) < len(words):
            return f"illness added: {name}"
    return ""


POINTERS = frozenset("this that these those it they".split())
# (", as your symptoms may come back", ", as instructions can vary": after a comma, "as" with a
# subject and a modal gives a reason; a bare plural must meet its modal at once, so "as well as
# you can" and "as long as it takes" stay out)
BECAUSE = re.compile(r"\bbecause\s+(?!of\b)([a-z]+)|,\s+as\s+(?:((?:your|the|this|that|these|those|it|they|you)\b)"
                     r"(?=[^,.;]*\b(?:may|might|can|could|will|would)\b)|([a-z]{3,}s)\s+(?:may|might|can|could|will|"
                     r"would)\b)", re.IGNORECASE)
CAUSAL = re.compile(r"\b(?:because|since|as\s+a\s+result|(?:that|this)(?:'s|\s+is)\s+why|the\s+reason|"
                    r"due\s+to|caus\w*|makes?|made|leads?\s+to|otherwise|or\s+else)\b", re.IGNORECASE)


def tells_the_reason_as_a_result(original: str, candidate: str) -> str:
    """A reason when a "because" clause loses its "because" and no sentence of the answer
    starts where that clause did: "limit sodium ..., because sodium makes your body hold on
    to water" became "... This helps your body hold on to water." (the reason told as what
    limiting does). "Do not pop the blisters. They help your skin heal." keeps its reason
    beside the order, on the same subject."""
    m = BECAUSE.search(original)
    if not m or CAUSAL.search(candidate):
        return ""
    group = next(g for g in (1, 2, 3) if m.group(g))
    # the reason's subject: its first word past "the", "an", "your" ("because an overdose of
    # iron is ..." -> overdose), found among the first words of a sentence of the answer
    reason = [w.lower() for w in WORDS.findall(original[m.start(group):])]
    subject = next((w for w in reason if w not in DETERMINERS), reason[0])
    starts = {w.lower() for piece in split_sentences(candidate) for w in WORDS.findall(piece)[:3]}
    # "because these symptoms may mean ..." -> "This could mean ...": a pointer for a pointer
    # ("stop some medicines ..., as they can affect the result" is not "... This can affect the
    # results": "they" are the things, and only a plural pointer tells of them again)
    pointers = {"they", "these", "those"} if reason[0] == "they" else POINTERS
    if subject in starts or (reason[0] in POINTERS and starts & pointers):
        return ""
    return f"reason lost: \"{m.group(0).lstrip(', ')}\" is no longer a reason"


# "For whole poultry, insert the thermometer ...": what the sentence is about, said first
# ("On long trips, take a break every 2 hours" is not "Take a break every 2 hours" either)
SCOPE = re.compile(r"^(?:[A-Z]:\s*)?(For|On|During)\s+(?!example\b|instance\b|average\b|the\s+other\s+hand\b|"
                   r"top\s+of\b|the\s+whole\b)([^,:;.]{3,60})[,:]")


def drops_the_scope(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer drops what the sentence opens by saying it is for: "For
    whole poultry, insert the thermometer into the thickest part of the thigh" became
    "Insert the thermometer into the thickest part of the thigh" (for every food). Half
    the scope's words, or their plain words, keep it."""
    m = SCOPE.match(original)
    if not m:
        return ""
    words = _content_words(m.group(2))
    if words and 2 * _kept(words, sentence_stems(candidate, None), plain_of) < len(words):
        return f'qualifier lost: "{m.group(1)} {m.group(2)}"'
    return ""


PASSIVE = re.compile(r"\b(you|we|they|he|she|it)\s+((?:can(?:not)?|can't|could|may|might|must|should|"
                     r"will|won't|would)(?:\s+not)?)\s+be\s+([a-z]{3,}ed)\b", re.IGNORECASE)


# "the first drop is not washed out by the second": the doer named after "by"
PASSIVE_BY = re.compile(r"\b((?:[a-z]+\s+)?[a-z]+)\s+(?:is|are|was|were)\s+(?:not\s+)?([a-z]{3,}ed)"
                        r"(?:\s+(?:out|away|off|up|down))?\s+by\b", re.IGNORECASE)


def flips_the_voice(original: str, candidate: str) -> str:
    """A reason when the answer turns what is done to someone into what they do, the person
    kept: "you cannot be treated if you do not know" became "You can't treat if you don't
    know", "so the first drop is not washed out by the second" became "the first drop
    won't wash out the second"."""
    done_to = [(m.group(1), m.group(3), m.group(0)) for m in PASSIVE.finditer(original)] + \
        [(m.group(1), m.group(2), m.group(0)) for m in PASSIVE_BY.finditer(original)]
    for who, done, said in done_to:
        who, done = who.lower(), done.lower()
        if re.search(rf"\b(?:be|being|been|get|gets|got|getting)\s+{done}\b", candidate, re.IGNORECASE):
            continue
        bases = {done[:-2], done[:-1]} | ({done[:-3]} if done[-3] == done[-4] else set())
        who_said = r"\s+".join(map(re.escape, who.split()))
        if re.search(rf"\b{who_said}\s+(?:(?!be\b)\S+\s+){{0,2}}?(?:{'|'.join(sorted(bases))})\b",
                     candidate, re.IGNORECASE):
            return f"who does it changed: \"{said}\" is no longer done to {who}"
    return ""


# a modal, said whole or with its negation ("you cannot be treated": the one treated is "you")
AUX_OR_MODAL = "|".join(sorted(MODALS | {"cannot", "can't", "won't", "couldn't", "shouldn't", "mustn't",
                                          "wouldn't", "mightn't"}))


@lru_cache(maxsize=1)
def _done_by_others() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """For each verb of done_by_others.tsv: its passive said of another ("abnormalities may
    be missed") and its active forms with the reader as doer or as the one it is done to
    ("you might miss", "may ask you")."""
    irregular = _irregular_verbs()
    out = []
    for base in sorted(word_set("plaincast.plain", "done_by_others.tsv")):
        f = verb_forms(base, irregular)
        active = "|".join(sorted({f.base, f.third, f.past}))
        done = re.compile(rf"\b(?!(?:you|not|{AUX_OR_MODAL})\b)[a-z]+\s+(?:(?:{AUX_OR_MODAL})\s+)?(?:not\s+)?"
                          rf"(?:be|is|are|was|were|been|being)\s+(?:\w+ly\s+)?{f.participle}\b"
                          rf"(?!\s+by\s+you)", re.IGNORECASE)
        by_reader = re.compile(rf"\byou\s+(?:(?!be\b|are\b|were\b|get\b|got\b)[a-z']+\s+){{0,2}}?"
                               rf"(?:{active})\b|\b(?:{active})\s+you\b", re.IGNORECASE)
        out.append((done, by_reader))
    return tuple(out)


def makes_the_reader_the_doer(original: str, candidate: str) -> str:
    """A reason when what the sentence says others do, in the passive, the answer gives the
    reader to do or have done to them: "small abnormalities may be missed" became "you
    might miss small problems"; "your GP may be asked to arrange further tests" became "Your
    doctor may ask you to get more tests". The reader named so in the sentence may be kept."""
    for done, by_reader in _done_by_others():
        said = done.search(original)
        told = by_reader.search(candidate)
        if said and told and not by_reader.search(original):
            return f'who does it changed: "{" ".join(said.group(0).split()[1:])}" told as "{told.group(0)}"'
    return ""


# an aside that tells what a thing is or does: "Bypass surgery, which routes blood around the
# blockage, may be needed ..."
WHICH_ASIDE = re.compile(r",\s+which\s+([^,;:()]+),", re.IGNORECASE)


def drops_what_a_which_explains(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer drops the aside that explains a thing: "Bypass surgery,
    which routes blood around the blockage, may be needed for longer blockages" became "If
    the blockage is longer, bypass surgery may be needed" (what bypass surgery is, gone).
    The aside's own words (not said elsewhere in the sentence) must mostly stay."""
    said = sentence_stems(candidate, plain_of)
    for m in WHICH_ASIDE.finditer(original):
        rest = original[:m.start()] + original[m.end():]
        own = content_stems(m.group(1)) - content_stems(rest)
        if len(own) >= 2 and 2 * len(own & said) < len(own):
            return f'explanation left out: "which {m.group(1).strip()}"'
    return ""


SINGULAR_WHICH = re.compile(r"\bwhich\s+(?:also\s+|often\s+|usually\s+)?([a-z]{2,}[^s\W])s\b", re.IGNORECASE)


def widens_a_which(original: str, candidate: str) -> str:
    """A reason when a "which" said of one thing is said of more in the answer: "a postvoid
    residual measurement, and cystoscopy, which uses a thin, tube-like instrument" became
    "A postvoid residual measurement and cystoscopy, which use a thin, tube-like instrument"
    (now both use it)."""
    for m in SINGULAR_WHICH.finditer(original):
        verb = m.group(1).lower()
        if re.search(rf"\bwhich\s+(?:also\s+|often\s+|usually\s+)?{re.escape(verb)}\b", candidate,
                     re.IGNORECASE) and not re.search(rf"\bwhich\s+(?:\w+\s+)?{re.escape(verb)}s\b",
                                                      candidate, re.IGNORECASE):
            return f'who it is about widened: "{m.group(0)}" now said of more than one'
    return ""


# what others do to the reader, and the reader doing it: a shot "to be injected
# subcutaneously" that "you put under your skin"; "you are monitored during and after the
# infusion" that "you need to watch closely"
DONE_TO_THE_READER = (
    (re.compile(r"\b(?:to\s+be|is|are|will\s+be|may\s+be)\s+(?:usually\s+|then\s+)?"
                r"(?:injected|infused|administered|given)\b", re.IGNORECASE),
     re.compile(r"\b(?:you|yourself)\s+(?:can\s+|will\s+|should\s+|must\s+)?"
                r"(?:inject|infuse|administer|put|give)\b", re.IGNORECASE)),
    (re.compile(r"\b(?:you|your\s+child)\s+(?:are|is|will\s+be)\s+(?:\w+ly\s+)?(?:monitored|watched|"
                r"observed|checked|examined)\b", re.IGNORECASE),
     re.compile(r"\b(?:you|your\s+child)\s+(?:\w+\s+){0,3}?(?:watch|monitor|observe|check|examine)\b",
                re.IGNORECASE)),
)
# a need the reader has: "as you may need a blood test"
YOU_NEED = re.compile(r"\byou\s+(?:may\s+|might\s+|will\s+|could\s+)?need\b", re.IGNORECASE)
THEY_NEED = re.compile(r"(?:^|[.!?]\s+)they\s+(?:may\s+|might\s+|will\s+|could\s+)?need\b", re.IGNORECASE)


def moves_what_is_done_to_the_reader(original: str, candidate: str) -> str:
    """A reason when the answer gives the reader what others do to them ("Denosumab comes as
    a solution to be injected subcutaneously" became "... a liquid that you put under your
    skin"; "which is why you are monitored during and after the infusion" became "So you need
    to watch closely ..."), or another the reader's need ("as you may need a blood test"
    became "They may need a blood test")."""
    for done_to, by_reader in DONE_TO_THE_READER:
        said = by_reader.search(candidate)
        if said and done_to.search(original) and not done_to.search(candidate) and \
                not by_reader.search(original):
            return f'who does it changed: "{said.group(0)}", but the sentence does not say the reader does it'
    if YOU_NEED.search(original) and THEY_NEED.search(candidate) and not YOU_NEED.search(candidate):
        return 'who it is about changed: what "you" need is now what "they" need'
    return ""


# a name given as an example ("such as Arexvy") and a month that bounds a time ("since late
# July", "until March 3"); other names and dates may go in a plain answer (human
# simplifications of encyclopedia sentences drop one in seven of the names inside them)
NAME_INSIDE = re.compile(r"\b(?:such\s+as|including|like)\s+(?:[\w'’-]+\s+){0,3}?([A-Z][a-z][\w-]+)|"
                         r"\b(?:since|until|before|after|by|through|from|between|on)\s+(?:(?:late|early|mid)[\s-]+)?"
                         r"(January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b")


def drops_a_name(original: str, candidate: str) -> str:
    """A reason when the answer leaves out a name the sentence gives as an example or a month
    it names: "other RSV vaccines, such as Arexvy, are approved only for older adults" became
    "Other RSV vaccines are only for older adults" (which vaccine not to take); "reported
    since late July" lost its month."""
    lower = candidate.lower()
    lost = [name for m in NAME_INSIDE.finditer(original) for name in m.groups()
            if name and name.lower() not in lower]
    return f'name lost: "{lost[0]}"' if lost else ""


# a thing named after a place or a body: "the Ridley Ford intake", "the Marsh Hollow reservoir"
NOT_A_THING = STOPWORDS | frozenset("after before even must over under where while".split())
NAMED_THING = re.compile(r"\bthe\s+((?:[A-Z][\w'’-]+\s+){1,4}?)([a-z][a-z-]{3,})\b(?!\s+[A-Z])")


def drops_what_a_name_is_of(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps a name and drops the thing it names: "has kept the
    Ridley Ford intake closed" became "has stopped people from drinking from the Ridley Ford"
    (the intake, the place and what is done all changed)."""
    said = sentence_stems(candidate, plain_of)
    for m in NAMED_THING.finditer(original):
        name, thing = m.group(1).strip(), m.group(2)
        if thing.endswith(("ly", "ed", "ing")) or thing.endswith("s") and not thing.endswith("ss") or \
                thing in NOT_A_THING:
            continue  # ("the Tessaly River approximately", "the River flows": no thing of the name's)
        if name.lower() in candidate.lower() and not _kept([thing], said, plain_of):
            return f'what the name is of lost: "{name} {thing}"'
    return ""


# a thing offered "instead of, or in addition to," another: both choices are the advice
BOTH_CHOICES = re.compile(r"\binstead\s+of,?\s+or\s+(?:in\s+addition\s+to|as\s+well\s+as|alongside)\b|"
                          r"\b(?:in\s+addition\s+to|as\s+well\s+as|alongside),?\s+or\s+instead\s+of\b", re.IGNORECASE)
WITH_IT = re.compile(r"\b(?:as\s+well|in\s+addition|alongside|along\s+with|together\s+with|also|both|or\s+with)\b",
                     re.IGNORECASE)


def drops_a_choice(original: str, candidate: str) -> str:
    """A reason when the answer keeps one of two ways a thing is given: "immune globulin ...
    instead of, or in addition to, the vaccine" became "immune globulin instead of the
    vaccine" (some people get both)."""
    if BOTH_CHOICES.search(original) and not WITH_IT.search(candidate):
        return 'choice lost: "instead of, or as well as"'
    return ""


FREE_OF = re.compile(r"\b([a-z]+)-free\b", re.IGNORECASE)


def drops_what_it_is_free_of(original: str, candidate: str) -> str:
    """A reason when the answer drops what a thing is free of: "sucking sugar-free hard candy
    or chewing sugar-free gum" became "sucking hard candy or chewing gum" (sugar is what the
    advice keeps from teeth)."""
    lower = candidate.lower()
    for m in FREE_OF.finditer(original):
        what = m.group(1).lower()
        if not re.search(rf"\b{what}[\s-]free\b|\b(?:without|no|free\s+(?:of|from))\s+(?:added\s+)?{what}|"
                         rf"\b{what}less\b", lower):
            return f'what it is free of lost: "{m.group(0)}"'
    return ""


# a kind named by its cause: "children who have bladder overactivity that is caused by a
# neurological condition"
KIND_BY_CAUSE = re.compile(r"\b[a-z][\w-]*\s+that\s+(?:is|are)\s+(caused|linked|due)\b", re.IGNORECASE)


def tells_a_kind_as_all(original: str, candidate: str) -> str:
    """A reason when a kind the sentence names by its cause ("bladder overactivity that is
    caused by a neurological condition") becomes a claim about them all ("... who have
    bladder overactivity. It's caused by a neurological condition")."""
    for m in KIND_BY_CAUSE.finditer(original):
        verb = m.group(1).lower()
        if re.search(rf"(?:^|[.!?]\s+)(?:It|This|They|These)(?:['’]s|\s+is|\s+are)\s+(?:\w+ly\s+)?{verb}\b",
                     candidate) and not re.search(rf"\b(?:that|which)\s+(?:is|are)\s+{verb}\b", candidate,
                                                  re.IGNORECASE):
            return f'which kind lost: "{m.group(0)}" told of them all'
    return ""


SECOND_GROUP = re.compile(r"\b(?:and|or)\s+(?:those|people|anyone|adults|children)\s+who\s+"
                          r"([a-z]+)", re.IGNORECASE)


def merges_two_groups(original: str, candidate: str) -> str:
    """A reason when a second group becomes the first one: "Adults at increased risk
    include those with chronic heart disease ..., and those who live in nursing homes"
    became "... They also live in nursing homes", a claim about the first group."""
    for m in SECOND_GROUP.finditer(original):
        verb = m.group(1).lower()
        if re.search(rf"\bthey\s+(?:also\s+)?{verb}\b", candidate, re.IGNORECASE) and \
                not re.search(rf"\bwho\s+(?:also\s+)?{verb}\b", candidate, re.IGNORECASE):
            return f"who it is about changed: \"{m.group(0).strip()}\" told of the group before"
    return ""


# where a thing is, said the other way round: "Never leave food out of the refrigerator for
# more than 2 hours" became "Do not leave food in the refrigerator for more than 2 hours"
PLACE = re.compile(r"\b(out\s+of|outside(?:\s+of)?|inside|into|in|on|off|above|below|under|over)\s+"
                   r"(?:(?:the|a|an|your|their|its|his|her|our|my)\s+)?([a-z][\w-]{2,})", re.IGNORECASE)
PLACE_SIDE = {"out of": "out", "outside": "out", "outside of": "out", "inside": "in", "into": "in",
              "in": "in", "on": "on", "off": "off", "above": "up", "over": "up", "below": "down",
              "under": "down"}
OTHER_SIDE = {"out": "in", "in": "out", "on": "off", "off": "on", "up": "down", "down": "up"}


def flips_a_place(original: str, candidate: str) -> str:
    """A reason when the answer puts a thing the sentence places on one side of something
    on the other side of the same thing ("out of the refrigerator" -> "in the refrigerator"),
    and the sentence's own side is gone from the answer."""
    def sides(text: str) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for m in PLACE.finditer(text):
            side = PLACE_SIDE[" ".join(m.group(1).lower().split())]
            found.setdefault(m.group(2).lower(), {}).setdefault(side, m.group(0))
        return found
    answered = sides(candidate)
    for thing, kept in sides(original).items():
        now = answered.get(thing, {})
        if not kept.keys() & now.keys() and any(OTHER_SIDE[side] in now for side in kept):
            said = next(iter(kept.values()))
            return f'place changed: "{said}" said as "{next(iter(now.values()))}"'
    return ""


# "bacteria, which live in soil": "which" with a plural's verb
WHICH_PLURAL = re.compile(r",\s+which\s+(?:[a-z]+ly\s+)?([a-z]+)\b", re.IGNORECASE)
SINGULAR_OF = {"are": "is", "were": "was", "have": "has", "do": "does"}


def tells_of_one_what_was_of_many(original: str, candidate: str) -> str:
    """A reason when the answer tells of "it" what the sentence's "which" told of several:
    "a toxin made by Clostridium tetani bacteria, which live in soil" became "... bacteria.
    It lives in soil." ("it" reads as the disease or the toxin)."""
    for m in WHICH_PLURAL.finditer(original):
        verb = m.group(1).lower()
        if verb in SINGULAR_OF:
            forms = SINGULAR_OF[verb]
        elif verb.endswith(("s", "ed", "ing")) or verb in MODALS or verb in AUXILIARIES or len(verb) < 3:
            continue
        else:
            forms = f"{verb}s|{verb}es"
        said = re.search(rf"\b(?:it|this)\s+(?:[a-z]+ly\s+)?(?:{forms})\b", candidate, re.IGNORECASE)
        if said and not re.search(rf"\b(?:it|this)\s+(?:[a-z]+ly\s+)?(?:{forms})\b", original,
                                  re.IGNORECASE):
            return f'who it is about changed: "which {verb}" told of "{said.group(0)}"'
    return ""


RESULT_START = re.compile(r"^(?:so|this\s+means|that\s+means|that['’]s\s+why|that\s+is\s+why|as\s+a\s+result|"
                          r"because\s+of\s+this|therefore|then)\b,?\s*", re.IGNORECASE)
REASON_FIRST = re.compile(r"^(?:because|since)\b[^,]{8,},\s+", re.IGNORECASE)
RESULT_SAID = re.compile(r"\b(?:so|means?|therefore|result\w*|why|consequen\w*|then)\b", re.IGNORECASE)


def adds_a_result(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer ends on a result of its own: "..., because creams do not
    reach deep enough into the hair follicles" became "... Creams do not reach deep enough
    into the hair follicles. So it may take longer to get rid of the infection." A result
    said again in plain words keeps most of its words; one the model made up keeps few."""
    if RESULT_SAID.search(original):
        return ""
    said = sentence_stems(original, plain_of)
    pieces = split_sentences(candidate)
    for i, piece in enumerate(pieces):
        # "Because creams do not reach ..., it may take longer to ...": the clause after a
        # reason is a result too
        start = RESULT_START.match(piece) if i else None
        start = start or REASON_FIRST.match(piece)
        words = _content_words(piece[start.end():]) if start else []
        if len(words) >= 3 and 3 * _kept(words, said, plain_of) < len(words):
            return f'result added: "{piece}"'
    return ""


# a sentence about one group: "Most donors go home 2 to 3 days after surgery"
GROUP_FIRST = re.compile(r"^(?:(most|many|some|all|few|the|these|those)\s+)?([a-z]+s)\b", re.IGNORECASE)
ANYONE_FIRST = re.compile(r"^(?:(most|many|some|all|few|the|these|those)\s+)?(?:people|persons|individuals)\b",
                          re.IGNORECASE)
# the page's own readers, said as "people" in plain words ("Patients should ..." -> "People
# should ...")
READERS = frozenset("patients participants individuals persons people".split())
GROUP_ENDS = ("ers", "ors", "ents", "ants", "ists", "ians")


def widens_the_group(original: str, candidate: str) -> str:
    """A reason when the answer tells of people in general what the sentence tells of one
    group: "Most donors go home 2 to 3 days after surgery" became "Most people go home 2 to 3
    days after surgery" (the page is read by the people who get the kidney too)."""
    m = GROUP_FIRST.match(original.strip())
    if not m:
        return ""
    group = m.group(2).lower()
    if group in READERS or not (group in PEOPLE or group.endswith(GROUP_ENDS)):
        return ""
    # "people who donate" are the donors still
    root = next((group[:-len(end)] for end in GROUP_ENDS if group.endswith(end)), group[:-1])
    named = content_stems(group) & content_stems(candidate) or len(root) >= 3 and any(
        word.startswith(root) for word in re.findall(r"[a-z]+", candidate.lower()))
    if ANYONE_FIRST.match(candidate.strip()) and not named:
        return f'who it is about changed: "{m.group(0)}" said as people in general'
    return ""


HAVE_HAD = re.compile(r"\b(?:have|has)\s+(?:ever\s+|already\s+)?had\s+(?:(?:a|an|the|any)\s+)?"
                      r"([a-z][\w-]*)", re.IGNORECASE)


def drops_the_past(original: str, candidate: str) -> str:
    """A reason when the answer tells as now what the sentence tells as having happened: "If
    you have had calcium oxalate stones" became "If you have calcium oxalate stones" (a
    reader who passed one last year is told nothing). "had", "before", "ever" or "past"
    keep it."""
    for m in HAVE_HAD.finditer(original):
        thing = re.escape(m.group(1).lower())
        now = re.search(rf"\b(?:have|has|with)\s+(?:(?:a|an|the|any|some)\s+)?(?:[a-z][\w-]*\s+)?{thing}\b",
                        candidate, re.IGNORECASE)
        # the past said of this thing: "had a baby" elsewhere keeps nothing of "has had
        # prostate surgery"
        kept = re.search(rf"\b(?:had|ever|previous\w*|earlier|already|once)\s+(?:(?:a|an|the|any|some)\s+)?"
                         rf"(?:[a-z][\w-]*\s+)?{thing}\b|\b{thing}\b[^.;]*\b(?:before|past|earlier|"
                         rf"previously|ago)\b", candidate, re.IGNORECASE)
        if now and not kept:
            return f'past told as now: "{m.group(0)}"'
    return ""


# number words as the figures they are, for telling a number the answer brings in
NUMBER_VALUES = dict(zip("two three four five six seven eight nine ten eleven twelve".split(),
                         map(str, range(2, 13)))) | {
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "thousand": "1000", "twice": "2", "dozen": "12", "double": "2", "triple": "3"}


def _figures(text: str) -> set[str]:
    said = {n.replace(",", "") for n in NUMBER.findall(text)}
    said |= {NUMBER_VALUES[w] for w in re.findall(r"[a-z]+", text.lower()) if w in NUMBER_VALUES}
    return said


def adds_a_number(original: str, candidate: str) -> str:
    """A reason when the answer gives a number the sentence never gave: "checked once between
    ages 9 and 11 and again between ages 17 and 21" became "checked every two years between
    9 and 11 and every two years between 17 and 21". ("one" is too often a pronoun to judge.)"""
    added = _figures(candidate) - _figures(original) - {"1"}
    if re.search(r"\b(?:either|both|pair|couple)\b", original, re.IGNORECASE):
        added -= {"2"}  # "either A or B" told as "two groups"
    return f"number added: {', '.join(sorted(added))}" if added else ""


# "If the person gets upset, stay calm": a condition about somebody else
# ("if they" and "if the patient" may be the reader: "Patients should call ... if they ...")
# people other than the reader whom a page tells of (one list for the checks of who it is about)
OTHER_PEOPLE = (r"child|children|baby|babies|infant|toddler|kid|teen|teenager|son|daughter|partner|parent|"
                r"loved\s+one|person|patient|worker|employee|coworker")
IF_OTHER = re.compile(rf"\b(?:if|when|whenever)\s+(?:(?:the|your)\s+(?:{OTHER_PEOPLE})|he|she)\b",
                      re.IGNORECASE)
IF_YOU = re.compile(r"\b(?:if|when|whenever)\s+you(?:['’]re|['’]ve)?\b", re.IGNORECASE)


def moves_a_condition_to_the_reader(original: str, candidate: str) -> str:
    """A reason when the answer makes the reader the one a condition is about: "If the person
    gets upset, stay calm" (a caregiver's page) became "If you're upset, stay calm"."""
    other = IF_OTHER.search(original)
    if other and not IF_YOU.search(original) and IF_YOU.search(candidate) and \
            not IF_OTHER.search(candidate):
        return f'who it is about changed: "{other.group(0)}" said of the reader'
    return ""


# "instead of a blanket", "rather than pills": the thing set aside (up to three words)
INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:(?:a|an|the|your|their)\s+)?"
                        r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s*(?=[,.;:]|$)", re.IGNORECASE)


def offers_what_it_sets_aside(original: str, candidate: str) -> str:
    """A reason when the answer offers the very thing its "instead of" sets aside, and the
    sentence did not: "Instead of a blanket, dress your baby in a wearable blanket" became
    "Instead of a blanket, ... dress your baby in a blanket" (the word that made it another
    thing dropped)."""
    for m in INSTEAD_OF.finditer(candidate):
        thing = m.group(1).lower()
        # the thing itself, not a kind of it ("a wearable blanket" is another thing)
        said = re.compile(rf"\b(?:a|an|the|your|their|of|in|with|use|than)\s+{re.escape(thing)}\b",
                          re.IGNORECASE)
        if len(said.findall(candidate)) > max(1, len(said.findall(original))):
            return f'offers what it sets aside: "{m.group(0).strip()}"'
    return ""


# "the only recommended screening test for ...": what makes the one thing the only one
THE_ONLY = re.compile(r"\b(?:the|your|their|its|our)\s+only\s+((?:[a-z][\w-]*\s+){1,3}?)([a-z][\w-]*)"
                      r"(?=\s+(?:for|of|to|that|which|who|is|are|was|were|in|with|on|at|you|we|they)\b"
                      r"|\s*[,.;:!?)]|$)", re.IGNORECASE)


def widens_what_is_the_only_one(original: str, candidate: str,
                                plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps "the only" thing and drops a word that said which:
    "The only recommended screening test for lung cancer is a low-dose CT scan" became "The
    only test for lung cancer is ..." (it is not the only test)."""
    if not re.search(r"\bonly\b", candidate, re.IGNORECASE):
        return ""  # "only" itself lost is the condition checks' to tell
    said = sentence_stems(candidate, plain_of)
    for m in THE_ONLY.finditer(original):
        if not content_stems(m.group(2)) & said:
            continue  # the thing itself is said otherwise
        lost = [w for w in _content_words(m.group(1)) if not stems_with_plain(w, plain_of) & said]
        if lost:
            return f'which one lost: "{m.group(0).strip()}" without "{" ".join(lost)}"'
    return ""


# someone other than the reader the sentence is about: "your child", "the person"
THIRD_PARTY = re.compile(rf"\b(?:your|the|a|an)\s+(?:{OTHER_PEOPLE})\b", re.IGNORECASE)


def gives_the_reader_what_is_another_s(original: str, candidate: str) -> str:
    """A reason when, in a sentence about someone else, the answer makes "the" thing the
    reader's: "Call your doctor if the diarrhea lasts more than 3 days, if there is blood in
    the stool, or if your child has a fever" became "If your diarrhea lasts ..., if there's
    blood in your stool" (the child's illness told as the reader's)."""
    if not THIRD_PARTY.search(original):
        return ""
    # the things the answer makes the reader's that the sentence did not: "the diarrhea", "a
    # hip", a bare "symptoms"
    def owned(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"\byour\s+([a-z][a-z-]{2,})\b", text, re.IGNORECASE)}
    yours = owned(candidate) - owned(original)
    body = word_set("plaincast.plain", "body_words.tsv") | word_set("plaincast.plain", "body_parts.tsv")
    for m in re.finditer(r"(?<!your\s)\b(?:(?:the|an?)\s+)?([a-z][a-z-]{2,})\b", original, re.IGNORECASE):
        thing = m.group(1).lower()
        if thing in yours and not THIRD_PARTY.match(m.group(0)) and (thing in body or find_conditions(thing)):
            # ("the action plan" may be the reader's; "swollen glands in the armpit" of "your
            # baby" are the baby's, never "your armpit")
            return f'who it is about changed: "{m.group(0)}" said as "your {m.group(1)}"'
    return ""


# another person the sentence tells what to do, the reader being the one who cares for them:
# "your child should sit or lie down while getting the shot and stay seated for 15 minutes"
ANOTHER_SHOULD = re.compile(rf"\b(?:your|the)\s+(?:{OTHER_PEOPLE})\s+(?:should|must|will|needs?\s+to|"
                            rf"has\s+to|can)\b[^.;:!?]*", re.IGNORECASE)


NOT_AN_ORDER = frozenset("then also so and but or this that these those it they he she the a an if when "
                         "while after before once".split())


def gives_the_reader_anothers_action(original: str, candidate: str) -> str:
    """A reason when an action the sentence gives another person ("your child should sit or
    lie down ... and stay seated for 15 minutes") becomes an order to the reader ("Stay
    seated for 15 minutes afterward."): the parent is not the one to stay seated."""
    for m in ANOTHER_SHOULD.finditer(original):
        for order in re.finditer(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b(?!,)", candidate):
            verb = order.group(1).lower()
            if verb in NOT_AN_ORDER:
                continue
            if re.search(rf"\b(?:should|must|will|to|can|and|or)\s+(?:\w+ly\s+)?{verb}\b", m.group(0),
                         re.IGNORECASE) and not re.search(rf"(?:^|[.!?]\s+){verb}\b|\byou\s+(?:\w+\s+)?{verb}\b",
                                                          original, re.IGNORECASE):
                said = candidate[order.start(1):].split(".")[0]
                return f'who does it changed: "{said}" told to the reader, but the sentence tells of ' \
                       f'"{" ".join(m.group(0).split()[:2])}"'
    return ""


# what may stand between a clause's subject and its verb ("which can help", "It often helps")
BEFORE_VERB = r"(?:(?:can|may|might|will|often|usually|also|together|both)\s+)?"
# "stores bile, a fluid that helps your body digest fats": a thing, then what it is and does
APPOSITIVE_CLAUSE = re.compile(rf"\b([a-z][\w-]*),\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:that|which|who)\s+"
                               rf"{BEFORE_VERB}([a-z]+)\b", re.IGNORECASE)


def _told_by(candidate: str, openers: str, verb: str) -> re.Match | None:
    """A sentence of the answer that starts with one of `openers` ("It", "This tissue") and
    goes on with `verb` (its -s form too)."""
    stem = re.escape(re.sub(r"(?<=[^s])s$", "", verb))
    # ("It's usually given in a hospital": the contraction too)
    return re.search(rf"(?:^|[.!?]\s+)(?:{openers})(?:['’](?:s|re)\s+|\s+){BEFORE_VERB}"
                     rf"(?:(?:is|are|was|were|be)\s+{BEFORE_VERB})?{stem}(?:s|es)?\b", candidate)


def tells_an_aside_of_the_subject(original: str, candidate: str) -> str:
    """A reason when the answer tells with "It" what the sentence told of a thing it named
    in passing: "The gallbladder is a small organ that stores bile, a fluid that helps your
    body digest fats" became "... stores bile. It helps your body digest fats." ("It" is now
    the gallbladder)."""
    for m in APPOSITIVE_CLAUSE.finditer(original):
        thing, verb = m.group(1).lower(), m.group(2).lower()
        if original.lower().startswith(thing):
            continue  # the sentence's own subject: "It" is still that
        told = _told_by(candidate, "It|This|They", verb)
        if told and not re.search(rf"\b{re.escape(thing)}\s+{BEFORE_VERB}{re.escape(verb)}\b", candidate,
                                  re.IGNORECASE):
            return f'who it is about changed: "{thing}, {m.group(0).split(",", 1)[1].strip()}" told of "{told.group(0).strip(" .!?")}"'
    return ""


# "fewer limits on potassium": what there is more or less of, and of what
COUNTED = re.compile(r"\b(?:fewer|more|less|greater|extra)\s+([a-z]{4,})\s+(?:on|of|in|for)\s+([a-z]{4,})",
                     re.IGNORECASE)
# ways to say a likelihood without its noun ("more risk of bleeding" -> "more likely to bleed")
# or what is counted said by the thing itself ("more episodes of dizziness" -> "more dizziness")
SAID_OTHER_WAYS = frozenset("risk risks chance chances likelihood odds amount amounts episodes cases bouts "
                       "instances kinds types forms".split())
# "more typical of", "less common in": a describing word, not a thing counted
DESCRIBING_ENDS = ("al", "ic", "ous", "ful", "ive", "able", "ible", "ly", "ant", "ent", "ing", "ed", "er")


def drops_what_is_counted(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps what there is more or less of something on and drops
    the something: "People on peritoneal dialysis may have fewer limits on potassium and
    fluid" became "may have less potassium and fluid"."""
    said = sentence_stems(candidate, plain_of)
    for m in COUNTED.finditer(original):
        counted, of = m.group(1).lower(), m.group(2).lower()
        if counted in SAID_OTHER_WAYS or counted.endswith(DESCRIBING_ENDS) or not content_stems(of) & said:
            continue
        if not stems_with_plain(counted, plain_of) & said:
            return f'what is counted changed: "{m.group(0)}" without "{counted}"'
    return ""


# "a medicine that lowers stomach acid": what an action raises or lowers (up to two words,
# ending where the phrase does)
CHANGED_THING = re.compile(r"(?<!the\s)(?<!a\s)(?<!your\s)\b(?:lower|reduce|decrease|raise|increase|block|boost)(?:s|ed|ing)?\s+"
                           r"(?:the\s+|your\s+|their\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
                           r"(?=\s*[,.;:!?)]|\s+(?:and|or|but|in|of|for|to|by|with|so|that|which|when|"
                           r"if|while|after|before)\b|$)", re.IGNORECASE)


# what a change is measured in ("the level of", "the number of"): the thing is after "of"
MEASURES = frozenset("level levels number amount amounts activity rate size count part parts".split())
HOW_MUCH = frozenset("enough too much more less further even".split())
# "reduce long or heavy activity": a describing word, the thing comes after
PLAIN_ADJECTIVES = frozenset("long heavy short high low big small hard mild severe".split())


def changes_what_it_lowers(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer drops the thing an action raises or lowers: "a medicine that
    lowers stomach acid" became "a medicine that makes your stomach feel better". The
    thing's last word (or its plain word) must stay; a likelihood ("lowers your risk")
    may be said other ways."""
    said = sentence_stems(candidate, plain_of)
    for m in CHANGED_THING.finditer(original):
        words = [w.lower() for w in m.group(1).split() if w.lower() not in HOW_MUCH]
        head = words[-1] if words else ""
        end = m.end()
        # "raise the level of the medicine": the medicine; "the activity of parts of the
        # immune system": the immune system
        while head in MEASURES and (measured := re.match(r"\s+of\s+(?:the\s+|your\s+)?([a-z][\w-]*)",
                                                           original[end:], re.IGNORECASE)):
            head, end = measured.group(1).lower(), end + measured.end()
        if head in SAID_OTHER_WAYS or head in STOPWORDS or head.endswith(DESCRIBING_ENDS) or \
                head in PLAIN_ADJECTIVES or not content_stems(head):
            continue
        if not stems_with_plain(head, plain_of) & said:
            return f'what it changes lost: "{original[m.start():end].strip()}"'
    return ""


# "Devices differ, so read the label": a reason, then what follows from it
SO_REASON = re.compile(r"^(.{3,80}?),\s+so\s+(?!that\b|far\b|much\b|many\b|long\b)", re.IGNORECASE)


def drops_the_reason_for_so(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer keeps what a "so" leads to and drops the reason before it:
    "Devices differ, so read the label before an emergency" became "Read the label before
    using an emergency device." (half the reason's words or more, or their plain words, gone)."""
    m = SO_REASON.match(original)
    if not m:
        return ""
    words = _content_words(m.group(1))
    if words and 2 * _kept(words, sentence_stems(candidate, plain_of), plain_of) <= len(words):
        return f'reason lost: "{m.group(1).strip()}"'
    return ""


# "from September 19 to October 6": two numbers and what joins them into a range
RANGE = re.compile(r"\b(\d[\d,.]*)\s*(?:[A-Za-z]+\s*)?(?:to|through|until|–|-)\s*(?:[A-Za-z]+\s+)?(\d[\d,.]*)\b")


def breaks_a_range(original: str, candidate: str) -> str:
    """A reason when the answer keeps both ends of a range and drops what joins them:
    "Illnesses started on dates ranging from September 19 to October 6, 2025" became "The
    illnesses began on September 19, October 6, and 2025" (three dates)."""
    for m in RANGE.finditer(original):
        low, high = (re.escape(n.rstrip(".,")) for n in m.groups())
        if not (re.search(rf"\b{low}\b", candidate) and re.search(rf"\b{high}\b", candidate)):
            continue  # a number lost is the number checks' to say
        if not re.search(rf"\b{low}\b[^.;]{{0,30}}?(?:\b(?:to|through|until|and)\b|[-–])[^.;]{{0,20}}?\b{high}\b",
                         candidate):
            return f'range lost: "{m.group(0)}" no longer runs from one to the other'
    return ""


def makes_a_range_of_one_number(original: str, candidate: str) -> str:
    """A reason when the answer gives a range from a number to itself ("adults aged 50 years
    or older" became "aged 50 to 50 years old")."""
    for m in re.finditer(r"\b(\d+(?:\.\d+)?)\s*(?:to|-|–|through)\s*(\d+(?:\.\d+)?)\b", candidate):
        if m.group(1) == m.group(2) and m.group(0) not in original:
            return f'number changed: "{m.group(0)}" is no range'
    return ""


# "the colon or rectum, which together make up the large intestine": what the which tells of
WHICH_VERB = re.compile(rf"\b([a-z][\w-]*),\s+which\s+{BEFORE_VERB}(?:(?:is|are|was|were)\s+{BEFORE_VERB})?([a-z]{{3,}})\b",
                        re.IGNORECASE)  # (a passive too: "Toxoplasma gondii, which is found ...")
# (or a verb in -s before its object: "NMBA belongs to a group of chemicals called nitrosamines,
# which ...")
SUBJECT_VERB = re.compile(r"^(?:[A-Za-z][\w'’-]*\s+){0,4}?([A-Za-z][\w'’-]*)\s+(is|are|was|were|has|have|"
                          r"(?:belongs|comes|contains|includes|causes|affects|refers|leads|depends)"
                          r"(?=\s+(?:to|a|an|the|in|on|from|with|into|of)\b))\b")


def tells_a_which_of_the_subject(original: str, candidate: str) -> str:
    """A reason when the answer tells with "They" or "It" what the sentence's "which" told
    of the thing just before it, and the pronoun now reads as the sentence's subject:
    "Colon polyps are small growths ... of the colon or rectum, which together make up the
    large intestine" became "... of the colon or rectum. They make up the large intestine."."""
    subject = SUBJECT_VERB.match(original)
    if not subject:
        return ""
    pronoun = "They" if subject.group(2).lower() in ("are", "were", "have") else "It"
    for m in WHICH_VERB.finditer(original):
        if m.group(1).lower() == subject.group(1).lower():
            continue  # the subject's own which: the pronoun is right
        # the words the which may tell of: "the colon or rectum"
        named = {w.lower() for w in re.findall(r"[A-Za-z]+", original[:m.end(1)])[-3:]}
        told = _told_by(candidate, rf"{pronoun}|(?:This|These|That|Those)\s+([a-z]+)", m.group(2))
        if told and not (told.group(1) and told.group(1).lower().rstrip("s") in {w.rstrip("s") for w in named}):
            return f'who it is about changed: "{m.group(1)}, which {m.group(2)}" told of "{told.group(0).strip(" .!?")}"'
    return ""


# someone named by what they do, whom the sentence gives no sex
ROLE = re.compile(rf"\b(?:surgeon|doctor|nurse|provider|pharmacist|dentist|therapist|specialist|"
                  rf"caregiver|adult|donor|employer|coach|teacher|{OTHER_PEOPLE})s?\b", re.IGNORECASE)
GENDERED = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)


def genders_a_role(original: str, candidate: str) -> str:
    """A reason when the answer calls a person the sentence names only by their role "he"
    or "she": "The surgeon may repair the bone ..., or replace ... the hip joint" became
    "... Or he can replace ...". A named person ("George Bush ... He served") may be."""
    said = GENDERED.search(candidate)
    if said and ROLE.search(original) and not GENDERED.search(original) and \
            not re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", original):
        return f'who it is about changed: now says "{said.group(0).lower()}"'
    return ""


# "Before you stop, plan other ways to get around": a "stop" whose object the page said before
STOP_ALONE = re.compile(r"\b(?:stop|quit)(?=\s*[,.;:!?]|\s*$)", re.IGNORECASE)
STOP_WHAT = re.compile(r"\b(?:stop|quit)\s+(?:using|taking|doing|driving|eating|drinking|smoking|"
                       r"wearing|giving)\b(?:\s+(?:the\s+|your\s+)?(?:it\b|them\b|[a-z]+))?", re.IGNORECASE)


def says_what_stops(original: str, candidate: str) -> str:
    """A reason when the answer says what is stopped where the sentence's "stop" left it
    to the page (the page was about driving): "Before you stop, plan other ways to get
    around" became "Before you stop using the medicine, ..."."""
    said = STOP_WHAT.search(candidate)
    if STOP_ALONE.search(original) and said and not STOP_WHAT.search(original):
        return f'action added: "{said.group(0).strip()}"'
    return ""


# a kind told by a hyphened word: "an iron-rich protein", "gluten-free oats", "a drug-resistant infection",
# "an EPA-registered disinfectant"
COMPOUND_KIND = re.compile(r"\b([a-z]{3,})-(?:rich|free|based|containing|resistant|sensitive|fortified|dependent|"
                           r"related|induced|associated|positive|negative|registered|approved|certified|cleared)\b", re.IGNORECASE)
# what may stand before an illness's name and not tell which kind it is
NOT_A_KIND = frozenset("a an the this that these those your my our their his her its some any each every all no "
                       "with without of in on at by for from to and or but have has had having get gets got getting "
                       "called named known about against cause causes caused treat treats treated because although "
                       "though while whereas when if unless since as after before until once where whether so "
                       "additional further extra other certain such same different similar possible more less "
                       "experience experiences experienced develop develops developed example instance like including".split())


def drops_which_kind(original: str, candidate: str, plain_of: PlainOf | None = None,
                     verbs: frozenset[str] = frozenset()) -> str:
    """A reason when the answer keeps a thing and drops the word that tells which kind it is:
    "an iron-rich protein" became "a protein" (in a page on anaemia); "refractory celiac
    disease, in which the small intestine does not heal" became "celiac disease that doesn't
    heal" (the kind the sentence names, told as the disease itself). The word's plain word
    may stand ("chronic" as "long-term")."""
    said = sentence_stems(candidate, None)
    for m in COMPOUND_KIND.finditer(original):
        if not _kept([m.group(1)], said, plain_of):
            return f'which kind lost: "{m.group(0).lower()}"'
    lowered = candidate.lower()
    for name in sorted(find_conditions(original), key=len, reverse=True):
        found = re.search(rf"\b([a-z][\w-]*)\s+{re.escape(name)}\b", original, re.IGNORECASE)
        if not found or name not in lowered:
            continue
        kind = found.group(1).lower()
        # (a verb before the name is what is done to it: "who performs cataract surgery")
        if kind in NOT_A_KIND or kind in STOPWORDS or kind in verbs or kind.endswith("ly") or \
                kind.endswith("s") and not kind.endswith(("ous", "ss", "is")) or \
                not found.group(1)[:1].islower() or \
                re.search(rf"\b{re.escape(kind)}\s+{re.escape(name)}\b", lowered):
            continue
        if not _kept([kind], said, plain_of):
            return f'which kind lost: "{kind} {name}" told as "{name}"'
    return ""


# "when you wash it": a verb and the thing it is done to
VERB_IT = re.compile(r"\b([a-z]{3,})\s+(?:it|them)\b", re.IGNORECASE)


def gives_an_object(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when the answer does to a thing what the sentence did without one: "Cover
    it with a plastic bag ... when you wash" became "... on the cast when you wash it" (the
    cast is not to be washed). The same check, for "stop" said alone, is says_what_stops."""
    for m in VERB_IT.finditer(candidate):
        verb = m.group(1).lower()
        if verb in verbs and re.search(rf"\b{verb}(?=\s*(?:[,.;:!?)]|$))", original, re.IGNORECASE) and \
                not re.search(rf"\b{verb}\s+(?:it|them)\b", original, re.IGNORECASE):
            return f'action added: "{m.group(0)}", but the sentence says "{verb}" of no thing'
    return ""


# "NMBA belongs to a group of chemicals called nitrosamines", "Denosumab is in a class of
# medications called ...": one member of a group
MEMBER_OF = re.compile(r"\b(?:belongs?\s+to|(?:is|are)\s+(?:in|part\s+of|one\s+of|a\s+member\s+of)|"
                       r"comes?\s+from)\s+(?:a|an|the)\s+(?:group|class|family|type|kind|set)\s+of\b",
                       re.IGNORECASE)
THE_GROUP = re.compile(r"\b(?:is|are|'s|’s)\s+(?:a|an|the)\s+(?:group|class|family|set)\s+of\b", re.IGNORECASE)


def makes_a_member_the_group(original: str, candidate: str) -> str:
    """A reason when the answer tells a member of a group as the group itself: "NMBA belongs
    to a group of chemicals called nitrosamines" became "NMBA is a group of chemicals called
    nitrosamines"."""
    told = THE_GROUP.search(candidate)
    if MEMBER_OF.search(original) and told and not MEMBER_OF.search(candidate):
        return f'what it belongs to told as what it is: "{told.group(0).strip()}"'
    return ""


# words that put one thing after another in time (not conditions: "until", "after" tie a
# time to one action)
IN_TURN = re.compile(r"\b(?:then|afterwards?|after\s+that|next|later|followed\s+by|first|once|"
                     r"finally|before)\b", re.IGNORECASE)
THEN_FIRST = re.compile(r"(?:^|[.!?]\s+)(Then|After\s+that|Afterwards|Next),?\s", re.IGNORECASE)


def adds_an_order_in_time(original: str, candidate: str) -> str:
    """A reason when the answer opens a sentence on "Then" where the sentence put nothing in
    turn: "stop breastfeeding on that side until they have healed, and express and throw away
    the milk ... during this time" is not "... until they heal. Then, express and throw away
    the milk" (the expressing is done meanwhile, not after)."""
    m = THEN_FIRST.search(candidate)
    if m and not IN_TURN.search(original):
        return f'order in time added: "{m.group(1)}"'
    return ""


EXAMPLES_LEAD = re.compile(r"\b(?:such\s+as|including|for\s+(?:example|instance)|examples?\s+(?:include|are)|"
                           r"e\.g\.|(?:these|this|they|which|that)\s+includes?),?\s+", re.IGNORECASE)


def _example_spans(text: str, opening: bool = False) -> list[str]:
    """What follows each lead of examples (with `opening`, only a lead that opens a sentence),
    to the bracket, semicolon or sentence end."""
    # (a bracket inside the examples is theirs: "such as irritable bowel syndrome (IBS) or ...")
    return [re.split(r"[);]|[.!?](?:\s|$)", re.sub(r"\([^()]*\)", " ", text[m.end():]))[0]
            for m in EXAMPLES_LEAD.finditer(text)
            # ("This includes people aged 50 ...": what opens the text is its subject's whole list)
            if m.start() and (not opening or re.search(r"[.!?]\s+$", text[:m.start()]))]


def makes_items_examples(original: str, candidate: str) -> str:
    """A reason when things the sentence listed become examples of another item: "people who
    have chronic lung disease (such as COPD), diabetes, kidney failure, cancer" is not "people
    who have long-term lung disease. Examples include COPD, diabetes, kidney failure, cancer"
    (diabetes is no lung disease)."""
    told = {w.lower() for span in _example_spans(original) for w in WORDS.findall(span)}
    outside = {w.lower() for w in WORDS.findall(EXAMPLES_LEAD.sub(" ", original))} - told
    # only examples that stand as a sentence of their own ("Examples include ..."): a lead inside
    # a sentence runs on past where its examples end
    spans = _example_spans(candidate, opening=True)
    # (a word the answer says outside its examples too is no item moved: "problems")
    rest = {w.lower() for k, piece in enumerate(split_sentences(candidate))
            if not k or not EXAMPLES_LEAD.match(piece) for w in WORDS.findall(piece)}
    for span in spans:
        moved = [w for w in WORDS.findall(span) if len(w) > 3 and w.lower() in outside - rest and
                 w.lower() not in STOPWORDS and re.search(rf"\b{re.escape(w)}\b", original, re.IGNORECASE)]
        if moved and told:
            return f"list items told as examples: {', '.join(moved[:3])}"
    return ""


# a second choice set off by commas: "Install battery-operated detectors, or plug-in detectors
# with a battery backup, on every level"
SET_OFF_CHOICE = re.compile(r",\s+or\s+((?:[\w'’-]+\s+){1,8}?[\w'’-]+),\s+", re.IGNORECASE)


def drops_an_alternative(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer leaves out a choice the sentence sets off between commas
    ("Install battery-operated detectors, or plug-in detectors with a battery backup, on every
    level" became "Put battery-operated detectors on every floor": the other kind is allowed)."""
    said = sentence_stems(candidate, plain_of)
    for m in SET_OFF_CHOICE.finditer(original):
        # the choice's own words: those the rest of the sentence also says prove nothing
        rest = content_stems(original[:m.start()] + " " + original[m.end():])
        words = [w for w in _content_words(m.group(1)) if not content_stems(w) & rest]
        if len(words) >= 2 and _kept(words, said, plain_of) * 2 < len(words) and \
                len(re.findall(r"\bor\b", candidate)) < len(re.findall(r"\bor\b", original)):
            return f'choice lost: "or {m.group(1)}"'
    return ""


# "pneumonia or hepatitis (inflammation of the liver)": the bracket explains the last thing only
PAIR_EXPLAINED = re.compile(r"\b([\w-]+)\s+(?:or|and)\s+([\w-]+)\s+\((?!or\b|and\b|for\b|see\b)[^()]+\)", re.IGNORECASE)


def explains_both(original: str, candidate: str) -> str:
    """A reason when the answer gives both things of a pair the explanation in brackets gave the
    last one: "pneumonia or hepatitis (inflammation of the liver)" became "pneumonia or hepatitis,
    which are swelling of the liver" (pneumonia is not)."""
    for m in PAIR_EXPLAINED.finditer(original):
        if re.search(rf"\b{re.escape(m.group(1))}\s+(?:or|and)\s+{re.escape(m.group(2))},?\s+(?:which|that)\s+are\b|"
                     rf"\b(?:Both|They|These)\s+are\s+(?:a\s+)?(?:kinds?|types?|swelling|inflammation)\b",
                     candidate, re.IGNORECASE):
            return f'explanation widened: "({m.group(0).partition("(")[2]}" told of "{m.group(1)}" too'
    return ""


WH_FRAGMENT = re.compile(r"^(?:What|Who|How|Where|Why|When|Whether|Which)\s+(?:[\w'’-]+,?\s+){0,7}[\w'’-]+\s*[.?]$")


def leaves_what_is_asked(original: str, candidate: str) -> str:
    """A reason when a thing the sentence explains becomes a sentence of its own, a question or
    a bare clause: "This page explains what the programme involves, who can be referred and
    what you can expect from it" became "This page tells you what the programme is about. Who
    can get it? What you can expect." (the page asks nothing)."""
    for piece in split_sentences(candidate)[1:]:
        if WH_FRAGMENT.match(piece) and not re.search(rf"(?:^|[.!?]\s+){re.escape(piece.split()[0])}\b", original):
            return f'a sentence left unfinished: "{piece}"'
    return ""
