"""Checks on the language model's answers that the meaning guard does not make.

They catch the packaged model's own failures (issue 9): an answer about another
sentence (often one of the prompt's examples, word for word, on a retry), an answer
that pulls in or rewrites the neighbouring sentence it was given as context, a
condition or order word ("until", "before", "only") dropped, a clause, comparison
or time left out or moved; answer_facts.py checks that the sentence's facts stay
where they were (a number with its action, every list item, the plain words in
brackets). Each check returns a reason, or "" when it finds nothing; they are kept
apart so they can be folded into the guard.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from ..sentences import split_sentences
from .answer_facts import (adds_a_limit, adds_a_number, adds_an_order_in_time, drops_an_alternative, explains_both,
                           leaves_what_is_asked, makes_items_examples, adds_a_result, breaks_a_range, changes_the_effect,
                           changes_what_a_carer_does,
                           changes_what_it_lowers, drops_a_body_part, drops_a_list_item, drops_a_name,
                           drops_a_choice, drops_what_a_name_is_of, drops_what_it_is_free_of,
                           drops_a_plain_explanation, drops_a_summary, drops_an_abbreviated_name, drops_another_name,
                           drops_the_past, drops_the_reason_for_so, drops_the_scope, drops_what_a_which_explains,
                           drops_what_an_ellipsis_repeats, drops_what_even_reaches, drops_what_is_counted,
                           drops_which_medicine, drops_whom_it_is_for, flips_a_place, flips_the_voice,
                           genders_a_role, gives_the_reader_anothers_action,
                           gives_the_reader_what_is_another_s, leaves_a_list_without_a_verb,
                           leaves_an_abbreviation_unexplained, makes_a_member_the_group, makes_a_range_of_one_number,
                           makes_a_risk_a_certainty, merges_two_groups, moves_a_clause,
                           moves_a_condition_to_the_reader, moves_a_number, moves_what_is_done_to_the_reader,
                           names_another_illness, names_it_a_later_medicine, offers_what_it_sets_aside, says_more,
                           says_what_stops, gives_an_object, makes_the_reader_the_doer, drops_which_kind,
                           tells_a_kind_as_all, tells_a_which_of_the_subject, tells_an_aside_of_the_subject,
                           tells_of_one_what_was_of_many, tells_the_reason_as_a_result, turns_and_into_or,
                           unhedges_a_verb, widens_a_which, widens_the_group, widens_what_is_the_only_one,
                           words_kept_and_added)
from .guard import DENIAL, NOT_A_DENIAL, says_unless_as_if
from .llm import Prompt
from .names import names_in
from .rules import AUXILIARIES, MODALS, QUOTED
from .stems import (STOPWORDS, PlainOf, content_stems, content_words, sentence_stems,
                    stems_with_plain)
from .syllables import syllables as syllable_count

NEGATORS = frozenset("not no never cannot nor without".split())
LOOSE_ADVERBS = frozenset("first even ever really always yet still again already".split())


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
    lost = [w for w in CONDITIONS if after[w] < before[w]
            and not (w == "unless" and says_unless_as_if(original, candidate))]
    return f"condition word lost: {', '.join(lost)}" if lost else ""




# what else in a sentence already says a condition word's relation ("once" -> "after")
SAID_AS = {"before": ("before", "prior", "until", "till", "first", "ahead"),
           "after": ("after", "once", "following", "since", "later", "then", "when"),
           "until": ("until", "till", "before"),
           "unless": ("unless", "except", "if"),
           "only": ("only", "just", "alone", "solely")}


def adds_a_condition(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer brings in an order or limiting word the sentence did not
    have in any wording: "offers lifestyle change programs in communities" became
    "offers programs to help people who had diabetes before pregnancy", a new
    restriction taken from the sentence before it. The glossary's words for a term are
    the sentence's own: "after menopause" for "post-menopausal"."""
    own = set(re.findall(r"[a-z]+", original.lower()))
    if plain_of is not None:
        for term in re.findall(r"[a-z][a-z'’-]*", original.lower()):
            own |= set(re.findall(r"[a-z]+", plain_of(term)))
    said = set(re.findall(r"[a-z]+", NOT_A_DENIAL.sub(" ", candidate.lower())))
    added = [w for w, forms in SAID_AS.items() if w in said and not own & set(forms)]
    return f"condition added: {', '.join(added)}" if added else ""


# a sentence that goes on from the one before with only a time: "Then, every 4 to 6 months."
ELLIPSIS_START = re.compile(r"^(?:and\s+then|then|and|also|or),?\s+(?:every|each|once|twice|for|after|"
                            r"within|at|on|in)\b", re.IGNORECASE)
CLAUSE_OPENER = re.compile(r"\b(?:as\s+long\s+as|if|when|until|while|because|before|after|that|which|"
                           r"who|unless)\b", re.IGNORECASE)
SUBORDINATE_START = re.compile(
    r"^(?:(?:and|but|or)\s+)?(?:only\s+)?(?:even if|even though|if|because|although|though|unless|until|"
    r"whereas|while|since|after|before|"
    r"so that)\b", re.IGNORECASE)


# examples told as a sentence of their own: "For example, construction workers, farmers."
EXAMPLE_START = re.compile(r"for\s+(?:example|instance),?\s+", re.IGNORECASE)
# an exception or examples standing alone: "Except for people who share a bed with the child."
EXCEPTION_START = re.compile(r"(?:except(?:\s+for)?|such\s+as|including|especially)\b", re.IGNORECASE)


def leaves_a_fragment(original: str, candidate: str, verbs: frozenset[str] = frozenset()) -> str:
    """A reason when the answer has a sentence that is only a subordinate clause ("Never
    leave children in a parked car. Even if the windows are open."): the condition
    hangs alone and a reader must join it back. After the clause may come more conditions
    ("Even if the doors are open, unless it is vented.") or the rest of a list ("Or if you
    have pain with fever, chills, nausea, or vomiting."), but no part with a verb."""
    own = split_sentences(original)
    for piece in split_sentences(candidate):
        if EXCEPTION_START.match(piece) and piece not in own:
            return f"a sentence left unfinished: \"{piece}\""  # "Except for people who ..."
        # "Then, every 4 to 6 months for as long as the tubes are in place.", "For example,
        # construction workers, farmers, ...": a time or examples with no verb of their own (the
        # one after "as long as" or "who" is the clause's)
        opener = ELLIPSIS_START.match(piece) or EXAMPLE_START.match(piece)
        if opener and piece not in own and verbs and not any(
                w in verbs or w in MODALS or w in AUXILIARIES for w in
                re.findall(r"[a-z'’]+", CLAUSE_OPENER.split(piece[opener.end():])[0].lower())):
            return f"a sentence left unfinished: \"{piece}\""
        parts = [part for part in re.split(r"[,;:]\s*", piece)[1:] if part.strip(" .!?")]
        if SUBORDINATE_START.match(piece) and piece not in own and \
                all(SUBORDINATE_START.match(part) or not _has_a_verb(part, verbs) for part in parts):
            return f"a sentence left unfinished: \"{piece}\""
    return ""


def _has_a_verb(part: str, verbs: frozenset[str]) -> bool:
    """Whether a part of a sentence reads as a clause. An order's verb may be off the verb
    list ("contact your doctor", "hum the song"), so a part of four words or more counts
    as one (a list's items are shorter); without the verb list every part does."""
    words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", part)]
    return not verbs or len(words) >= 4 or any(
        w in verbs or w in MODALS or w in AUXILIARIES or w.endswith(("n't", "n’t")) for w in words)


# a sentence that starts with an order ("Also, avoid foods ..."), and an order whose object
# is the reader ("Then talk with you about ...")
ORDER_START = re.compile(r"(?:(?:also|then|and|so|but|next|now|first|later|instead),?\s+)?([a-z]+)\b",
                         re.IGNORECASE)
TO_YOU = re.compile(r"\s+(?:(?:with|to|for|about|at)\s+)?you\b(?![r'’])", re.IGNORECASE)
# verbs that start questions or thanks, not orders ("Do you ...", "Thank you")
NOT_ORDERS = frozenset("am is are was were be do does did have has had can could will would shall "
                       "should may might must need thank".split())
# somebody's advice: "your provider may recommend that you ...", "experts advise ..."
ADVICE = re.compile(r"\b(?:recommend\w*|advis\w*|suggest\w*|(?:tells?|asks?)\s+you\s+to)\b",
                    re.IGNORECASE)


def _order_verb(sentence: str, verbs: frozenset[str]) -> str:
    """The verb a sentence starts with when it is an order ("Also, avoid foods ..."), else ""."""
    m = ORDER_START.match(sentence)
    word = m.group(1).lower() if m else ""
    if word in verbs and word not in NOT_ORDERS and not word.endswith(("s", "ed", "ing")):
        return word
    return ""


def makes_advice_an_order(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when the answer turns part of somebody's advice into an order of its own:
    "Your provider may also recommend that you limit sodium ..., and avoid foods high in
    oxalate" became "Your doctor might suggest limiting sodium ... Also, avoid foods with
    oxalate" (the provider may advise it; the page now orders it). A sentence that gives
    orders itself may be said as several."""
    if not ADVICE.search(original) or _order_verb(original, verbs):
        return ""
    for piece in split_sentences(candidate)[1:]:
        verb = _order_verb(piece, verbs)
        if verb:
            return f"advice made an order: \"{verb}\""
    return ""


# the people who help a reader, and what they are to do: "Family members, friends, and
# coworkers should know where your glucagon is kept ... they should call 911 right away";
# and the groups who run a place ("Child care providers should notify parents if a case
# occurs": the reader is a parent, not the one who notifies)
GROUPS = r"(?:staff|providers|employers|teachers|schools|operators|managers|facilities|centres|centers)"
HELPERS = re.compile(r"\b(?:someone\s+else|somebody\s+else|others|family(?:\s+members)?|friends|"
                     rf"caregivers?|coworkers|co-workers|parents|bystanders|a\s+helper|{GROUPS})\b", re.IGNORECASE)
OTHERS_SHOULD = re.compile(r"\b(?:they|he|she|someone(?:\s+else)?|others|family(?:\s+members)?|"
                           rf"friends|caregivers?|coworkers|parents|bystanders|{GROUPS})\s+(?:\w+\s+)?"
                           r"(?:should|must|need\s+to|needs\s+to|will\s+need\s+to|have\s+to|has\s+to)\b",
                           re.IGNORECASE)
LEADING_CLAUSE = re.compile(r"^(?:if|when|whenever|after|before|until|unless|once|while)\b[^,]*,\s+",
                            re.IGNORECASE)
ORDER_ADVERB = re.compile(r"^(?:never|always|don['’]t|do\s+not|please)\s+", re.IGNORECASE)
# what may stand before an order's verb when the order denies it ("don't hold it", "never ...")
DENIED = r"(?:(?:do\s+not|don['’]t|never)\s+)?"


def _an_order(piece: str, verbs: frozenset[str]) -> str:
    """The verb of an order, past a leading clause and "never" ("If it is not available,
    call 911", "Never try to ...")."""
    return _order_verb(ORDER_ADVERB.sub("", LEADING_CLAUSE.sub("", piece)), verbs)


def orders_the_reader_for_others(original: str, candidate: str, verbs: frozenset[str],
                                 neighbours: tuple[str, ...] = ()) -> str:
    """A reason when the answer orders the reader to do what the sentence says others should
    do: "If glucagon is not available, they should call 911 right away; they should never
    try to ..." (they: the family and friends of the sentence before) became "If glucagon
    is not available, call 911 right away. Never try to ..." (told to a reader who may be
    the one unconscious)."""
    if not OTHERS_SHOULD.search(original) or not HELPERS.search(" ".join((original, *neighbours))) \
            or any(_an_order(piece, verbs) for piece in split_sentences(original)):
        return ""
    for piece in split_sentences(candidate):
        verb = _an_order(piece, verbs)
        if verb:
            return f'who does it changed: what others should do is now an order to the reader ("{verb}")'
    return ""


# "ask them not to hold it over your pacemaker": what the reader asks another to do or not do
# ("Teach children never to approach unfamiliar animals and to tell an adult ...": what the reader
# teaches another to do, each "to" of it)
ASK_TO = re.compile(r"\b(?:ask|tell|teach|remind|encourage)\s+(?:them|him|her|someone|children|kids|"
                    r"(?:the|your|a|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                    r"((?:not|never)\s+)?to\s+([a-z]+)\b", re.IGNORECASE)
AND_TO = re.compile(r"\b(?:and|or)\s+(?:(?:not|never)\s+)?to\s+([a-z]+)\b", re.IGNORECASE)


def orders_the_reader_what_others_are_asked(original: str, candidate: str) -> str:
    """A reason when the answer tells the reader to do (or not do) what the sentence has
    the reader ask someone else to do: "ask them not to hold it over your pacemaker for
    more than a few seconds" became "don't hold it over your pacemaker ..." (the security
    officer holds the wand)."""
    for m in ASK_TO.finditer(original):
        told = [m.group(2)] + AND_TO.findall(re.split(r"[.;:!?]", original[m.end():])[0])
        for verb in (v.lower() for v in told):
            for piece in split_sentences(candidate):
                # (the piece that asks again keeps who does it: "Ask them not to hold it ...")
                if ASK_TO.search(piece) or re.search(r"\b(?:ask|let)\b", piece, re.IGNORECASE):
                    continue
                order = re.search(rf"(?:^|[,;:]\s+|\b(?:and|or|then)\s+){DENIED}{verb}\b", piece, re.IGNORECASE)
                if order:
                    return f'who does it changed: what the reader asks another to do is now the reader\'s ("{verb}")'
    return ""


# "clean the tube, moving away from your body": how the hand moves, with no object
HOW_IT_MOVES = re.compile(r",\s+([a-z]{3,})ing\s+(away|toward|towards|down|up|back|outward|inward|along|around)\b",
                          re.IGNORECASE)


def moves_the_thing_for_the_hand(original: str, candidate: str) -> str:
    """A reason when the answer makes a movement that tells how to do something ("clean the
    tube, moving away from your body") an action on the thing ("Move it away from your
    body": the tube is moved, not the cloth)."""
    for m in HOW_IT_MOVES.finditer(original):
        verb, way = m.group(1).lower(), m.group(2).lower()
        if re.search(rf"\b{verb}e?s?\s+(?:it|them|the\s+\w+)\s+{way}\b", candidate, re.IGNORECASE):
            return f'what moves changed: "{m.group(1)}ing {way}" now moves the thing'
    return ""


# "While you wait for help, move the person ...": what the reader does meanwhile ("When you
# take it, drink water" may well be "Take it with water")
WHILE_YOU = re.compile(r"^(while|until|before|after|once)\s+(you\s+(?:are\s+)?)?([a-z]+)\b", re.IGNORECASE)


def makes_a_time_clause_an_order(original: str, candidate: str) -> str:
    """A reason when the answer turns the sentence's "While you ..." into an order of its own
    and drops the time word: "While you wait for help, move the person to a cooler place"
    became "Wait for help. Move the person to a cool place." (first wait, then move)."""
    m = WHILE_YOU.match(original)
    if not m or re.search(rf"\b{m.group(1)}\b", candidate, re.IGNORECASE):
        return ""
    word = m.group(3).lower()
    if not m.group(2) and not word.endswith("ing"):
        return ""  # "After surgery, ...": no action of the reader's
    # "While waiting for help, move ..." too: the -ing word's verb
    verb = re.escape(word[:-3]) + "e?" if not m.group(2) else re.escape(word)
    if any(re.match(rf"{DENIED}{verb}\b", piece, re.IGNORECASE)
           for piece in split_sentences(candidate)):
        return f'when changed: "{m.group(1)} {m.group(2) or ""}{word}" is now an order of its own'
    return ""


DUTY = re.compile(r"\b(?:should|must)\s+(?:not\s+)?[a-z]+", re.IGNORECASE)
# words that carry a sentence on under the condition before it ("Then apply ...", "Also ...")
GOES_ON = re.compile(r"^(?:then|also|and|next|after that|afterward|if so|in that case)\b", re.IGNORECASE)


def frees_an_order_from_its_condition(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when the answer gives an order of the sentence's "If ..." a sentence of its
    own without it: "If the person has incontinence, change wet pads right away and use a
    barrier cream" became "If the person has incontinence, change wet pads right away. Use
    a barrier cream." (now for everyone). "Then ..." or "Also ..." carries it on."""
    # ("Until their diarrhea has stopped, people who are ill should not prepare food, and children
    # should not attend child care" is an order told as "should" to both)
    if not LEADING_CLAUSE.match(original) or not (_an_order(original, verbs) or DUTY.search(original)):
        return ""
    pieces = split_sentences(candidate)
    if len(pieces) < 2 or not LEADING_CLAUSE.match(pieces[0]):
        return ""
    for piece in pieces[1:]:
        duty = DUTY.search(piece)
        verb = _an_order(piece, verbs) or (duty.group(0) if duty else "")
        if verb and not LEADING_CLAUSE.match(piece) and not GOES_ON.match(piece) and \
                not re.search(r"\b(?:if|when|unless|until)\b", piece, re.IGNORECASE):
            return f'condition no longer covers "{verb}": the order is now for everyone'
    return ""


# a condition that ends the sentence: "... will remain closed until A, B, and C"
TRAILING_CONDITION = re.compile(r"(?<=\S)(?<!\beven)\s+(until|unless|if|"
                                r"once(?!\s+(?:a|an|every|or|daily|more|again)\b)|"
                                r"as\s+long\s+as|provided\s+that)\s+([^;]+)", re.IGNORECASE)
# what opens no clause of a condition's series: a verb of the main clause, an aside, a reason
NOT_A_CONDITION = frozenset("because which who that while whereas then such including especially particularly "
                            "for to with in on at by so but although though as and or".split())
CONDITION_WORDS = re.compile(r"\b(?:until|unless|if|once|when|before|after|as\s+long\s+as|provided)\b",
                             re.IGNORECASE)


def tells_a_condition_as_fact(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when an item of a series the sentence's last "until"/"if" governs is told as a
    fact of its own: "will remain closed until the system has been treated, the filters have
    been cleaned or replaced, and testing shows it is safe" became "... until the system is
    treated. The filters have been cleaned or replaced. Testing shows that it is safe." (what
    must still happen told as done)."""
    m = TRAILING_CONDITION.search(original)
    if not m:
        return ""
    # (examples in it are things, no conditions: "if you have signs of bleeding, such as ...")
    series = re.split(r",?\s+(?:such\s+as|including|for\s+example|like)\b", re.sub(r"\([^()]*\)", "", m.group(2)))[0]
    items = [i for i in re.split(r",\s+(?:and\s+|or\s+)?", series) if i.strip()]
    if len(items) < 3:
        return ""  # a series of conditions, not one condition and an aside
    # ("until you can sit comfortably, wear a seatbelt, ...": the bare verbs are what you must
    # be able to do, all under the "can")
    able = re.match(r"\w+\s+(?:can|could|are\s+able\s+to|is\s+able\s+to)\s", items[0], re.IGNORECASE)
    # the answer's later sentences that say no condition, with their stems, worked out once
    claims = [(piece, content_stems(piece)) for piece in split_sentences(candidate)[1:]
              if not CONDITION_WORDS.search(piece)]
    for item in items[1:]:
        said = re.findall(r"[a-z]+", item.lower())
        words = [w for w in said if w in verbs or w in AUXILIARIES]
        stems = content_stems(item)
        first = said[0] if said else ""
        if not able and (not words or first in verbs) or len(stems) < 2 or first in NOT_A_CONDITION or \
                first in MODALS or first.endswith("ing"):
            continue
        for piece, said_stems in claims:
            if len(stems & said_stems) >= 0.7 * len(stems):
                return f'condition told as a fact: "{item.strip()}" no longer follows "{m.group(1).lower()}"'
    return ""


# a clause of condition or time: "while you are taking higher doses"
# ("while the dose to treat a clot is based on ..." sets a fact against another: "while" counts
# only with the reader in it)
CONDITION_CLAUSE = re.compile(r"\b(?:while(?=\s+(?:you|your|taking|using))|when|whenever|if|unless|until|once|"
                              r"as\s+long\s+as)\s+([^,;:.()]+)", re.IGNORECASE)
# what still marks a condition or a time besides CONDITION_WORDS
ALSO_CONDITIONAL = re.compile(r"\b(?:whenever|while|during|only)\b", re.IGNORECASE)


def tells_a_clause_of_condition_as_fact(original: str, candidate: str) -> str:
    """A reason when a clause of condition or time becomes a sentence of its own with no word
    of condition: "you should not have live vaccines ... while you are taking higher doses"
    became "... like the yellow fever vaccine. You're taking higher doses." (a condition
    told as a fact about the reader)."""
    for m in CONDITION_CLAUSE.finditer(original):
        stems = content_stems(m.group(1))
        if len(stems) < 2:
            continue
        for piece in split_sentences(candidate)[1:]:
            said = content_stems(piece)
            if not (CONDITION_WORDS.search(piece) or ALSO_CONDITIONAL.search(piece)) and \
                    len(stems & said) >= 0.7 * len(stems) and \
                    len(said) <= len(stems) + 1:
                return f'condition told as a fact: "{piece.strip()}"'
    return ""


# a reason whose subject is named: "because these remedies can reduce ..."
NAMED_REASON = re.compile(r"\b(?:because|since|as)\s+(?:these|those|the|their|your|its)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)"
                          r"\s+(?:can|may|might|will|could|is|are|do|does|have|has|make|makes|cause|causes)\b")
THIS_STARTS = re.compile(r"(?:This|That|It)\s+(?:can|may|might|will|could|is|are|does|has|makes|causes)\b")


def says_a_named_reason_of_this(original: str, candidate: str) -> str:
    """A reason when a reason's named subject becomes "This": "wait 2 hours before you take
    your gabapentin, because these remedies can reduce the amount ..." became "... This can
    reduce the amount ..." ("This" reads as the waiting)."""
    for m in NAMED_REASON.finditer(original):
        told = content_stems(re.split(r"[,;.]", original[m.end():])[0])
        for piece in split_sentences(candidate):
            said = content_stems(piece)
            if THIS_STARTS.match(piece) and not content_stems(m.group(1)) & said and len(told & said) >= 2:
                return f'what the reason tells of lost: "{m.group(1)}" became "{piece.split()[0]}"'
    return ""


# "Don't stop taking the medicine ... Even if you feel better, do it.": after a denial,
# "do it" can be read as doing what was denied
DO_IT = re.compile(r"\bdo\s+(?:it|so|this|that)\b", re.IGNORECASE)


def says_a_denied_action_as_do_it(original: str, candidate: str) -> str:
    """A reason when the answer follows a denied action with "do it" in a sentence that
    denies nothing: "Do not stop taking the medicine ..., even if you feel better" became
    "Don't stop taking the medicine ... Even if you feel better, do it." ("Only do this
    if you can see your feet" after an order is fine.)"""
    pieces = split_sentences(candidate)
    for before, piece in zip(pieces, pieces[1:]):
        said = DO_IT.search(piece)
        if said and DENIAL.search(before) and not DENIAL.search(piece) and not DO_IT.search(original):
            return f'action left unsaid, said as "{said.group(0)}" after a denial'
    return ""


def orders_the_reader_to_themselves(original: str, candidate: str, verbs: frozenset[str]) -> str:
    """A reason when the answer has an order whose object is the reader: "Ask your provider
    to evaluate your risk and talk with you about ..." became "Ask your doctor to check
    ... Then talk with you about ...": a split made the second half of a request an order."""
    own = " ".join(original.lower().split())
    for piece in split_sentences(candidate):
        you = TO_YOU.match(piece, ORDER_START.match(piece).end()) \
            if _order_verb(piece, verbs) else None
        said = piece[:you.end()] if you else ""
        if said and " ".join(said.lower().split()) not in own:
            return f"an order to the reader about the reader: \"{said}\""
    return ""


# a phrase said again right after a comma: "major depressive disorder, major depressive
# disorder" (one word said twice is repeats_a_word's)
REPEATED_ITEM = re.compile(r"\b([\w'’-]+(?:\s+[\w'’-]+){1,3}),\s+(?:(?:and|or)\s+)?\1\b", re.IGNORECASE)


def repeats_a_list_item(original: str, candidate: str) -> str:
    """A reason when the answer names one item of a list twice where the sentence did not:
    "also known as major depression, major depressive disorder, or clinical depression"
    became "also called major depressive disorder, major depressive disorder, or ...":
    the model's way of filling the place of an item it lost."""
    own = {m.group(1).lower() for m in REPEATED_ITEM.finditer(original)}
    for m in REPEATED_ITEM.finditer(candidate):
        if len(m.group(1)) >= 4 and m.group(1).lower() not in own:
            return f"a list item said twice: \"{m.group(1)}\""
    return ""


def repeats_a_word(original: str, candidate: str) -> str:
    """A reason when the answer says a word twice in a row ("a sharp, sharp pain",
    "long-term, painful pain") where the sentence did not: the model's way of
    filling a gap left by a word it dropped."""
    def pairs(text: str) -> list[tuple[str, str]]:
        # within a sentence: "stores bile. Bile helps ..." names it again, on purpose
        return [pair for part in re.split(r"[.!?]\s+", text.lower())
                for words in [re.findall(r"[a-z]+", part)] for pair in zip(words, words[1:])]

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


# "more than", "as important as", "just as well" (said of one thing against another), and
# "above freezing", "below normal": each a measure the claim is held against
# ("as well as" is mostly "and": a comparison only before what it is weighed against,
# "as well as it should")
# ("not as effective against the hepatitis A virus as handwashing": what it is weighed against may
# come a few words on)
COMPARISON = re.compile(r"\bthan\b|\bas\s+(?!well\s+as\b)(?:[\w'’-]+\s+){1,7}as\b|"
                        r"\bas\s+well\s+as\s+(?:it|they|he|she|you|we|i|before|expected|"
                        r"possible|normal|usual)\b|"
                        r"\b(?:just|equally)\s+as\s+[\w'’-]+\b(?!\s+as\b)|"
                        r"\b(?:above|below)\s+(?:freezing|normal|average|\d)", re.IGNORECASE)


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
    tokens = re.findall(r"[a-z0-9'’-]+|[;:,.!?]", NOT_A_DENIAL.sub(" ", text.lower()))
    found = []
    for i, token in enumerate(tokens):
        if token in NEGATORS or token.endswith(("n't", "n’t")):
            # what is denied ends with its clause ("do not retreat; the medicine ...")
            after = list(takewhile(lambda t: t not in ";:,.!?", tokens[i + 1:i + 1 + reach]))
            # "without first talking": what is denied is the talking, wherever "first" goes
            window = [t for t in after if content_stems(t) and t not in LOOSE_ADVERBS]
            if window:
                found.append((window[0], set().union(*(content_stems(t) for t in window))))
    return found


def moves_a_negation(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when what a negation denies is no longer denied: "do not retreat" became
    "don't stop using the medicine", the same count of negations with the opposite
    advice. The denied word (or its plain word, "recommended" as "advised") must follow
    a negation in the answer too."""
    denied = set().union(set(), *(stems for _, stems in _negated(candidate, 4)))
    own = content_stems(original)
    for word, window in _negated(original, 3):
        if stems_with_plain(word, plain_of) & denied:
            continue
        # "do not experience heartburn" -> "don't get heartburn": the verb said in a new
        # word, what it denies still denied; "does not begin to heal" -> "doesn't heal"
        # drops the verb and says less. A verb the answer says again elsewhere ("Do not
        # apply repellent to a child's hands; ... then apply it to a child's face") is
        # said anew only when all else it denied is denied still.
        rest = window - content_stems(word)
        gone = not content_stems(word) & content_stems(candidate)
        if window & denied and denied - own and (gone or (rest and rest <= denied)):
            continue
        return f"negation moved: no longer denies \"{word}\""
    return ""


# a denial and a verb joined to it by "or": "can't lower their dose or take more than prescribed"
DENIAL_OR = re.compile(r"\b(?:can't|can’t|cannot|can\s+not|don't|don’t|do\s+not|doesn't|doesn’t|does\s+not|"
                       r"won't|won’t|never)\s+(?:[\w'’-]+\s+){1,8}?or\s+([a-z]+)\b", re.IGNORECASE)
# the same verb said with a subject of its own: "..., or that they take more than prescribed"
OWN_SUBJECT = r"\b(?:they|you|he|she|it|we|people|that)\s+(?:also\s+|often\s+|sometimes\s+)?{}\b"


# somebody's advice and a verb joined to it by "or": "tells you to limit ... or take water pills"
ADVICE_OR = re.compile(r"\b(?:tells?|told|asks?|asked|wants?|advises?|advised)\s+you\s+to\s+"
                       r"(?:[\w'’-]+\s+){1,8}?or\s+([a-z]+)\b", re.IGNORECASE)


def widens_a_denial(original: str, candidate: str) -> str:
    """A reason when the answer puts under a denial, or under somebody's advice, a verb the
    sentence said apart from it: "Some people find that they cannot lower their dose, or
    that they take more than prescribed" became "Some people can't lower their dose or take
    more than prescribed" (now they can't take more); "If your doctor limits the amount of
    fluid you drink or you take water pills" became "If your doctor tells you to limit your
    water intake or take water pills"."""
    for pattern, told in ((DENIAL_OR, "denial widened: \"{}\" is now denied"),
                          (ADVICE_OR, "advice widened: \"{}\" is now what the reader is told to do")):
        for m in pattern.finditer(candidate):
            verb = m.group(1).lower()
            if re.search(OWN_SUBJECT.format(re.escape(verb)), original, re.IGNORECASE) and \
                    not re.search(rf"\bor\s+{re.escape(verb)}\b", original, re.IGNORECASE):
                return told.format(verb)
    return ""


# the thing a denial is said of, with the words that say which one: "A regular rapid flu test
# cannot tell ..."
DENIED_THING = re.compile(r"^(?:(?:a|an|the|this|that|these|those|some|most|many)\s+)?"
                          r"((?:[a-z][\w-]*\s+){1,3})([a-z][\w-]*)\s+(?:cannot|can't|can’t|can\s+not|"
                          r"does\s+not|doesn't|doesn’t|do\s+not|don't|don’t|will\s+not|won't|won’t|"
                          r"is\s+not|isn't|isn’t|are\s+not|aren't|aren’t)\b", re.IGNORECASE)


NOT_IN_A_NOUN_PHRASE = frozenset("that who which if when because find finds think thinks say says "
                                 "know knows and or but".split())


def widens_what_is_denied(original: str, candidate: str, plain_of: PlainOf | None = None) -> str:
    """A reason when the answer drops the words that say which thing a denial is of: "A
    regular rapid flu test cannot tell ..." became "A flu test can't tell ..." (now said of
    every flu test, the lab's too)."""
    m = DENIED_THING.match(original.strip())
    # a noun phrase only: "Some people find that they cannot ..." is a clause
    if not m or {w.lower() for w in m.group(1).split()} & (NEGATORS | NOT_IN_A_NOUN_PHRASE) or \
            not content_stems(m.group(2)):
        return ""
    head = m.group(2).lower()
    said = sentence_stems(candidate, plain_of)
    if not content_stems(head) <= said:
        return ""  # the thing itself is told otherwise: other checks see what is lost
    lost = [w for w in m.group(1).split() if content_stems(w) and not stems_with_plain(w, plain_of) & said]
    if lost:
        return f'what is denied widened: "{m.group(1)}{m.group(2)}" lost "{" ".join(lost)}"'
    return ""


LINK = re.compile(r"\b(?:associated|linked|tied|related|connected|correlated)\s+(?:to|with)\b|"
                  r"\bassociation\b|\blinks?\b|\bcontribut\w*\s+to\b|"
                  r"\bplay(?:s|ed|ing)?\s+a\s+(?:\w+\s+)?(?:role|part)\b",
                  re.IGNORECASE)
# the link with the words it reaches: "may play a role in causing"
LINK_AND_ITS_WORDS = re.compile(LINK.pattern + r"(?:\s+\S+){0,3}", re.IGNORECASE)
CAUSE = re.compile(r"\b(?:caus(?:e|es|ed|ing)|leads? to|led to|results? in|makes?|made)\b", re.IGNORECASE)


def makes_a_link_a_cause(original: str, candidate: str) -> str:
    """A reason when a link becomes a cause: "long-term use may be associated with side
    effects" became "Long-term use may cause side effects", "dust can contribute to COPD"
    became "can cause COPD". Studies that find a link rarely show the cause, and one of
    several causes is not the cause; health writing keeps the difference."""
    # "may play a role in causing the disease": the cause word inside the link is the link's
    link = LINK.search(original)
    if link and not LINK.search(candidate) and \
            len(CAUSE.findall(candidate)) > len(CAUSE.findall(LINK_AND_ITS_WORDS.sub(" ", original))):
        return f"link made a cause: \"{link.group(0)}\""
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
    # six letters tell "protective" from "protein", which a stem of five does not
    prefixes = {w[:6] for w in re.findall(r"[a-z0-9]+", candidate.lower())}
    new_words = len(said - content_stems(original))
    run: list[str] = []
    longest: list[str] = []
    for word in re.findall(r"[a-z0-9]+", original.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        stems = content_stems(word)
        if stems and (not stems & said or len(word) > 6 and word[:6] not in prefixes):
            run.append(word)
            longest = max(longest, run, key=len)
        else:
            run = []
    if len(longest) >= DROPPED_RUN and new_words * 2 < len(longest):
        return "part of the sentence left out: " + " ".join(longest)
    return ""


def changes_a_quote(original: str, candidate: str) -> str:
    """A reason when somebody's quoted words (three or more) are not in the answer as they
    were: '"Our findings suggest that ...," said the lead author' told without its
    quotation marks is the page's own claim, and a quote in other words is a misquote."""
    said = " ".join(re.findall(r"[a-z0-9]+", candidate.lower().replace("’", "'")))
    quotes = [m.group(0) for m in QUOTED.finditer(original)]
    if original.count('"') % 2 or original.count("“") != original.count("”"):
        # a quote that opened in the sentence before or goes on in the next: all of it is
        # somebody's words ('That is a meaningful difference, but ... patients."')
        quotes.append(original)
    for quote in quotes:
        words = re.findall(r"[a-z0-9]+", quote.lower().replace("’", "'"))
        if len(words) >= 3 and (" ".join(words) not in said or not re.search(r'["“”]', candidate)):
            return f"somebody's words changed: {quote[:60]}"
    return ""


def drops_a_given_name(original: str, candidate: str, given: re.Pattern | None) -> str:
    """A name the article gives or defines ("complex sleep behaviors, which are activities
    ... while not fully awake") told in other words later ("people who have had a complex
    sleep behavior" -> "people who have trouble sleeping"): the reader met the name with
    its meaning, and other words make another thing. The article's other name for it
    ("cardiac rehab" for "cardiac rehabilitation") may stand in."""
    kept, own = names_in(candidate, given), names_in(original, given)
    lost = sorted(own - kept)
    if lost and not kept - own:
        return f'name the article gives lost: "{lost[0]}"'
    return ""


def model_output_problems(original: str, candidate: str, prompt: Prompt,
                          neighbours: tuple[str, ...] = (),
                          plain_of: PlainOf | None = None,
                          verbs: frozenset[str] = frozenset(),
                          given: re.Pattern | None = None) -> list[str]:
    """Reasons to refuse the model's answer that the meaning guard does not give.
    `verbs`: the lexicon's finite verbs, to find a sentence that has none; `given`: the
    names the article gives (names.given_names)."""
    if not candidate:
        return ["model gave no answer"]
    too_few = shares_too_few_words(original, candidate)
    problems = [echoes_example(candidate, prompt) if not echoes_example(original, prompt) else "",
                repeats_the_instructions(candidate, prompt),
                too_few,
                takes_in_neighbour(original, candidate, neighbours, plain_of),
                drops_condition_word(original, candidate),
                adds_a_condition(original, candidate, plain_of),
                leaves_a_fragment(original, candidate, verbs),
                drops_comparison(original, candidate),
                moves_a_time(original, candidate),
                "" if too_few else moves_a_negation(original, candidate, plain_of),
                "" if too_few else drops_a_clause(original, candidate),
                "" if too_few else moves_a_number(original, candidate, plain_of),
                "" if too_few else moves_a_clause(original, candidate, plain_of, verbs),
                "" if too_few else drops_a_list_item(original, candidate, plain_of, verbs),
                "" if too_few else drops_a_plain_explanation(original, candidate, syllable_count),
                makes_a_risk_a_certainty(original, candidate),
                makes_a_link_a_cause(original, candidate),
                "" if too_few else changes_the_effect(original, candidate, plain_of),
                "" if too_few else drops_what_even_reaches(original, candidate, plain_of),
                drops_a_summary(original, candidate),
                drops_an_abbreviated_name(original, candidate),
                leaves_an_abbreviation_unexplained(original, candidate, plain_of),
                "" if too_few else unhedges_a_verb(original, candidate, plain_of),
                adds_a_limit(original, candidate, plain_of),
                says_more(original, candidate),
                "" if too_few else drops_whom_it_is_for(original, candidate, plain_of),
                "" if too_few else drops_a_body_part(original, candidate, plain_of),
                "" if too_few else changes_what_a_carer_does(original, candidate, plain_of),
                turns_and_into_or(original, candidate),
                leaves_a_list_without_a_verb(original, candidate, verbs) if verbs else "",
                orders_the_reader_to_themselves(original, candidate, verbs),
                makes_advice_an_order(original, candidate, verbs),
                repeats_a_word(original, candidate),
                repeats_a_list_item(original, candidate),
                merges_two_groups(original, candidate),
                changes_a_quote(original, candidate),
                drops_the_scope(original, candidate, plain_of),
                drops_what_an_ellipsis_repeats(original, candidate),
                names_another_illness(original, candidate, plain_of, neighbours),
                drops_which_medicine(original, candidate, plain_of, verbs),
                names_it_a_later_medicine(original, candidate),
                "" if too_few else tells_the_reason_as_a_result(original, candidate),
                flips_the_voice(original, candidate),
                flips_a_place(original, candidate),
                drops_another_name(original, candidate, plain_of),
                tells_of_one_what_was_of_many(original, candidate),
                orders_the_reader_for_others(original, candidate, verbs, neighbours),
                frees_an_order_from_its_condition(original, candidate, verbs),
                tells_a_condition_as_fact(original, candidate, verbs) if verbs else "",
                tells_a_clause_of_condition_as_fact(original, candidate),
                says_a_named_reason_of_this(original, candidate),
                orders_the_reader_what_others_are_asked(original, candidate),
                moves_the_thing_for_the_hand(original, candidate),
                makes_a_time_clause_an_order(original, candidate),
                says_a_denied_action_as_do_it(original, candidate),
                adds_a_result(original, candidate, plain_of),
                widens_the_group(original, candidate),
                drops_the_past(original, candidate),
                adds_a_number(original, candidate),
                moves_a_condition_to_the_reader(original, candidate),
                offers_what_it_sets_aside(original, candidate),
                widens_what_is_the_only_one(original, candidate, plain_of),
                gives_the_reader_what_is_another_s(original, candidate),
                tells_an_aside_of_the_subject(original, candidate),
                drops_what_is_counted(original, candidate, plain_of),
                changes_what_it_lowers(original, candidate, plain_of),
                drops_the_reason_for_so(original, candidate, plain_of),
                makes_a_range_of_one_number(original, candidate),
                breaks_a_range(original, candidate),
                tells_a_which_of_the_subject(original, candidate),
                genders_a_role(original, candidate),
                says_what_stops(original, candidate),
                gives_an_object(original, candidate, verbs),
                "" if too_few else drops_which_kind(original, candidate, plain_of, verbs),
                makes_the_reader_the_doer(original, candidate),
                drops_a_given_name(original, candidate, given),
                widens_a_denial(original, candidate),
                widens_what_is_denied(original, candidate, plain_of),
                makes_a_member_the_group(original, candidate),
                widens_a_which(original, candidate),
                moves_what_is_done_to_the_reader(original, candidate),
                gives_the_reader_anothers_action(original, candidate),
                tells_a_kind_as_all(original, candidate),
                drops_a_name(original, candidate),
                drops_what_a_name_is_of(original, candidate, plain_of),
                drops_what_it_is_free_of(original, candidate),
                drops_a_choice(original, candidate),
                adds_an_order_in_time(original, candidate),
                makes_items_examples(original, candidate),
                drops_an_alternative(original, candidate, plain_of),
                explains_both(original, candidate),
                leaves_what_is_asked(original, candidate),
                "" if too_few else drops_what_a_which_explains(original, candidate, plain_of),
                *words_kept_and_added(original, candidate)]
    return [p for p in problems if p]
