"""Rewrite rules for one sentence. Each rule takes text and returns new text (or pieces).

Rules never decide whether their output is safe: the engine runs every rule's
output past the meaning guard and keeps the text from before the rule when the
guard refuses. Rules only need to be grammatical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

from ..datafiles import data_table, word_set
from .inflect import verb_forms
from .lexicon import AUXILIARIES, NUMBER_WORDS, PEOPLE, PERSON, Lexicon, Swap, _irregular_verbs, \
    irregular_plural_forms, other_countrys_word
from .lists import as_list
from .names import abbreviated_spans, drug_names, name_spans, named_spans
from .syllables import syllables

SUBORDINATORS = frozenset(
    "although though when whenever if unless because since while whereas as after before "
    "until once whether".split()
)
# words that open a clause inside an item ("... foods high in oxalate if you have had
# stones"); "before bedtime" is a phrase an example may hold
CLAUSE_OPENERS = frozenset("if unless because although though whereas".split())
# ... or a clause joined after the examples ("such as A, B, or C, but these usually last ...")
CLAUSE_LINKS = frozenset("but so yet which while although though because".split())
# ... or a limit on the action before the examples ("Take the opioid you were prescribed, such
# as oxycodone, only for severe pain ...")
LIMITS = frozenset("only if unless until except when before after".split())
CLAUSE_CONJUNCTIONS = {"and": "", "but": "But", "so": "So", "yet": "But"}
# a series of places at a clause's end: "pain in your thigh, hip, or groin"
PLACE_SERIES = re.compile(r"\b(?:in|on|at|from|around|near|behind|under|over|to)\s+(?:(?:your|the|his|her|"
                          r"their|its|one)\s+)?[\w'’-]+(?:,\s+[\w'’-]+)+,?\s+(?:or|and)\s+[\w'’-]+$")
# things and where they are, at the end of a clause: "tiny blood vessels close to the surface"
# ("imported toys sold by third-party sellers online, which may not have been tested": a place told by
# one word shows no number either)
THINGS_PLACED = re.compile(r"\b([a-z]+s)\s+(?:(?:(?:close\s+to|near|next\s+to|just\s+under|just\s+below|under|"
                           r"beneath|below)\s+(?:the|your|their)|filled\s+with|full\s+of|covered\s+(?:in|with))\s+[a-z]+|"
                           r"online|abroad|overseas|nearby|outdoors|indoors)$")
HOW_OFTEN_END = re.compile(r"\s+(?:once|twice|(?:\d+|two|three|four)\s+times)\s+(?:a|per|each|every)\s+"
                           r"(?:day|week|month|year)$")
# things that are serviced when they are maintained (an object after "maintain")
UPKEPT_THING = re.compile(r"\s+(?:(?:all|the|our|their|its|your|his|her|any|these|those)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:areas?|equipment|systems?|buildings?|homes?|property|properties|premises|playgrounds?|"
                          r"roads?|pools?|tools?|devices?|machines?|vehicles?|sites?|facilities|boilers?|appliances?|"
                          r"gardens?|wheelchairs?|chairs?|pumps?|units?|towers?|pipes?|plant)\b", re.IGNORECASE)
# a time that says how often, before the noun it describes ("2-hour", "6-monthly", "weekly")
HOW_OFTEN_BEFORE = re.compile(r"(?:\d[-\s]?(?:minute|hour|day|week|month|year)s?|(?:hour|dai|week|month|year)ly)\s+$",
                              re.IGNORECASE)
# describing words that take no "other" after them: comparatives, adjectives by their ending and joined
# words ("safer", "reasonable", "pharmacological", "lower-potassium"); a short name in capitals too ("FODMAP")
OTHER_REFUSED = re.compile(r"^(?:[a-z]+er|[a-z]+(?:al|ic|ible|able|ous|ive|ful)|[\w]+-[\w-]+|good|main|"
                           r"safe|healthy|cheap|natural|other|best|only|possible|common)$")
# things told by a clause with no "that" ("instructions the nurse has given you"): the things give the number
THINGS_GIVEN = re.compile(r"\b([a-z]+s)\s+(?:the|your|a|an|our)\s+(?:[a-z]+\s+)?[A-Za-z]+\s+(?:has|have|had|may\s+have)\s+"
                          r"(?:given|told|sent|shown|prescribed|recommended|suggested|written|made|agreed)"
                          r"(?:\s+(?:you|them|him|her|us))?$")
# a condition at a sentence's end, set off by a comma: it may govern all that comes before
TRAILING_CONDITION = re.compile(r",\s+(?:unless|if|until|except|as long as|only if)\b[^,;]*$",
                                re.IGNORECASE)
VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|s[eu]|ti|re)|hour|honest|heir|[fhlmnrsx][A-Z0-9]*$)")
SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
WORDS = re.compile(r"[\w'’-]+")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s?$")


def acronym_key(word: str) -> str:
    """An abbreviation without its plural "s": "PPIs" is counted with "PPI"."""
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


@dataclass
class Context:
    """What the engine knows across the article while rewriting it sentence by sentence."""

    explained: set[str] = field(default_factory=set)  # glossary terms already explained
    acronym_uses: dict[str, int] = field(default_factory=dict)  # acronym -> uses in article
    given_names: re.Pattern | None = None  # names the article gives (names.given_names)
    # list items whose lead-in says what a thing may do ("Regular activity may:"): their
    # verbs go on from it and are no orders to the reader
    told_items: frozenset[str] = frozenset()
    # list items that finish a condition their lead-in opens ("... if you:"): no half of one is a
    # statement of its own
    condition_items: frozenset[str] = frozenset()
    # the article is written in British spelling: "have got", never the American "have gotten"
    british: bool = False


def match_case(source: str, replacement: str) -> str:
    if source[:1].isupper() and replacement[:1].islower():
        # a word set in capitals in a heading stays in capitals ("EQUIPMENT GIVEN TO YOU" -> "GEAR
        # GIVEN TO YOU"); a short one may be an abbreviation whose plain words are lower case
        if source.isupper() and len(source) >= 6:
            return replacement.upper()
        return replacement[0].upper() + replacement[1:]
    return replacement


def wants_an_article(word: str) -> bool:
    """Whether "an" goes before `word`, as it sounds: "an hour", "a UTI", and a short name by its
    letters ("an MDI", "a TIA")."""
    if ACRONYM.match(word.split()[0] if word.split() else word):
        return word[:1] in "AEFHILMNORSX"
    return bool(VOWEL_SOUND.match(word.lower()))


def _fix_article(out: list[str], next_word: str) -> None:
    """Make a trailing "a"/"an" in `out` agree with `next_word` (after a swap changed it)."""
    if not out:
        return
    m = re.search(r"(^|[\s(\[“\"])(a|an|A|An)(\s+)$", out[-1])  # "(an abdominal" -> "(a belly"
    if not m:
        return
    wants_an = wants_an_article(next_word) if next_word else False
    article = m.group(2)
    new = ("an" if wants_an else "a")
    if article[0].isupper():
        new = new.capitalize()
    out[-1] = out[-1][:m.start(2)] + new + m.group(3)


# adverbs that may stand between a subject or auxiliary and its verb ("which then flushes it")
ADVERBS_BEFORE_VERB = frozenset("not never also then already just only often usually sometimes "
                                "always still later yet further".split())
# ... and what else may stand between an auxiliary and its participle: "has not yet been
# widely used", "have all received"
BETWEEN_AUXILIARY = ADVERBS_BEFORE_VERB | frozenset("n't been being first all both each since".split())


def _after_auxiliary(text_before: str) -> bool:
    """Whether the -ed form belongs to an auxiliary before it in the same clause: "had
    shingles, received Zostavax" lists past verbs, "had been received" does not."""
    clause = re.split(r"[,;:()—–]", text_before.lower())[-1]
    for word in reversed(WORDS.findall(clause)[-4:]):
        if word in AUXILIARIES:
            return True
        if word not in BETWEEN_AUXILIARY and not word.endswith("ly"):
            return False
    return False


GIVE_FORMS = frozenset("give gives gave given giving".split())
GIVE_WITH = re.compile(r"(?:\s+(?!(?:for|to|in|of|on|at|from|by)\b)[\w'’-]+){1,3}\s+with\b",
                       re.IGNORECASE)
PARTICLES = frozenset("back in out away up down off on over".split())
# the object a verb said with "again" may take between them ("check you again"), and the words
# that show no object follows ("check again in six weeks")
AFTER_AGAIN = "and|or|but|if|when|before|after|because|to|in|at|on|for|with|by|every|each|later|soon|within|" \
    "from|as|until|unless|once|while|during|since|so|then|now|regularly"
AGAIN_OBJECT = re.compile(rf"\s+(?:(?:it|them|him|you|us|me)\b(?!['’])|her(?=\s*(?:[,.;:!?)]|$|\s+(?:{AFTER_AGAIN})\b)))",
                          re.IGNORECASE)
PRONOUN_OBJECT = re.compile(r"\s+(?:it|them|him)\b(?!['’])", re.IGNORECASE)
SHORT_OBJECT_TO = re.compile(r"\s+(?:your|his|her|their|its|our|the)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+to\s+(?:normal|health|"
                             r"life|full|a|an|the|its|their|your|his|her|our)\b)")
# "insert the thermometer into the thigh" is not "put in the thermometer into the thigh",
# "inserted into" not "put in into": a plain verb's particle said again after its object
# ("inserts a small camera (an arthroscope), which is roughly the width of a pencil, into the hip joint":
# an aside about the object set off by commas is the object's too)
IN_AGAIN = re.compile(r"(?:\s+\([^()]*\)|,\s+(?:which|who)\s[^,;()]*,|"
                      r"\s+(?!(?:into|in|and|or|but|if|when|as|which|who|while|because|"
                      r"so|then|after|before|until)\b)[\w'’½¼¾./,-]+){0,10}"
                      r"\s+(?:into|in)\b",
                      re.IGNORECASE)
# a plain verb and what may not follow its object: "provide your baby with protection" is
# not "give your baby with", "insert the thermometer into" not "put in the thermometer into"
# "has required mammography centers to tell you" is not "has needed centers to tell you"
NEED_FORMS = frozenset("need needs needed needing".split())
# verbs that take "to" and never an action in -ing: "anticipate resolving the problem" is no
# "expect resolving the problem" ("plan" and "plans" are nouns too: "regimens containing these"
# may be "plans with these")
TO_ONLY_FORMS = frozenset("expect expects expected expecting planned planning want wants "
                          "wanted wanting".split())
# an action in -ing with its object: "resolving the problem" (a bare "-ing" word may be a thing:
# "anticipate bleeding")
ACTION_ING_NEXT = re.compile(r"\s+[a-z]{2,}ing\s+(?:the|a|an|this|that|these|those|their|your|his|her|its|our|"
                             r"my|them|it|him|us|me|some|any|all|more|less)\b", re.IGNORECASE)
FIND_FORMS = frozenset("find finds found finding".split())
SHOW_FORMS = frozenset("show shows showed shown showing".split())
# "interfere with the way your liver breaks down alcohol" is no "get in the way of the way"
THE_WAY_NEXT = re.compile(r"\s+the\s+way\b", re.IGNORECASE)
# a number after a word makes it a name: "Category 2" is the label on the chart, no "Group 2"
NUMBER_NEXT = re.compile(r"\s+(?:\d|[IVX]+\b|[A-Z]\d*\b)")
# light sent back or off a surface, or light and heat named after the verb: "reflect UV back onto
# the skin", "surfaces that reflect UV", "reflects heat" are never "show UV"
SENT_BACK = re.compile(r"(?:\s+[\w-]+){0,3}\s+(?:back|off)\b|\s+(?:UV|ultraviolet|light|sunlight|heat|the\s+sun|"
                       r"the\s+sun's\s+rays|rays|sound)\b", re.IGNORECASE)
# verbs of what a thing is changed for, after "to": "adjusted to match your eating pattern"
PURPOSE_VERBS = frozenset("match suit fit meet keep reach allow reduce take".split())
# "identified the virus as vaccine-derived poliovirus": what a thing was named as; "found the
# virus as ..." is no English ("as soon as", "as well as" are no naming)
OBJECT_AS = re.compile(r"(?:\s+(?!(?:as|and|or|in|at|on|by|from|for)\b)[\w'’-]+){1,4}\s+as\s+"
                       r"(?!(?:soon|well|long|much|far|possible|early|quickly|needed|necessary|often|a\s+result|"
                       r"follows|part\s+of)\b)",
                       re.IGNORECASE)
# a person, then "to" and a verb: "intend them to live there"
PERSON_TO = re.compile(r"\s+(?:them|him|her|us|you|me|it|their\s+\w+|your\s+\w+)\s+to\s+[a-z]+", re.IGNORECASE)
OBJECT_TO = re.compile(r"(?:\s+(?!(?:to|for|in|of|on|at|by|and|or)\b)[\w'’-]+){1,3}\s+to\s+[a-z]+",
                       re.IGNORECASE)
# where a definition gives the kind a thing is: "A radiographer (a ", "Sonographer: the "
KIND_GIVEN = re.compile(r"(?:\(|^[\w' -]{2,40}:\s+)(?:a|an|the)\s+$", re.IGNORECASE)
# the name of a law or standard ("the Pool and Spa Safety Act", "the Healthy Menus Ordinance")
LAW_NAME = r"(?:Act|Code|Law|Rules?|Regulations?|Standard|[Oo]rdinances?)"
# who makes rules: what they "require" they order, which "need" does not say
# ("the Food and Drug Administration (FDA) has required that ...")
# ("the Healthy Menus Ordinance, which took effect on January 1, 2025, requires ...": its
# "which" clause between)
# (so what a body may require: "the government can require a landowner to take action")
RULE_MAKER = re.compile(r"(?:\b[A-Z]{2,}\)?|\b(?:law|laws|rule|rules|state|states|government|agency|"
                        r"regulations?|employers?|schools?|insurers?|Medicare|Medicaid|Administration|"
                        rf"Department|Agency|Congress|Commission|Board|polic(?:y|ies)|{LAW_NAME}))"
                        r"(?:,\s+(?:which|who)\b[^;:.]{0,80}?,)?\s+(?:also\s+|now\s+)?"
                        r"(?:(?:has|have|had|can|could|may|might|will|would|must|should)\s+(?:also\s+|now\s+)?)?$")
# people who "are required to" do a thing (the subject a person, a few words before)
# (bodies that act are bound the same way: "providers and laboratories are required to
# notify", "your water utility, which is required to send")
REQUIRED_BODIES = "providers employers clinicians staff pharmacists manufacturers companies businesses " \
    "facilities utility utilities laboratories labs hospitals schools restaurants operators owners systems " \
    "landlord landlords retailers shops stores pharmacies councils ships vessels airlines carriers agencies districts " \
    "students pupils visitors travelers travellers passengers members applicants volunteers manager managers employer "\
    "supervisor supervisors doctor gp gps surgeon surgeons nurse midwife midwives consultant consultants " \
    "clinician dentist dentists pharmacist adviser advisers advisor advisors carer carers guardian guardians " \
    "companion companions guest guests relative relatives partner partners provider teacher teachers " \
    "therapist therapists physician physicians practitioner practitioners " \
    "professional professionals practice practices officer officers worker council NHS government authority " \
    "authorities trust trusts board boards plans insurers"
# ("GPs are not required to complete adoption medicals", "the adviser is not required to change
# their opinion", "a doctor cannot be required to give a treatment": a person in a role is bound,
# never "needed to")
PEOPLE_REQUIRED = re.compile(rf"\b(?:{'|'.join(sorted(PEOPLE | PERSON | set(REQUIRED_BODIES.split())))}|"
                             # ("applicators", "growers", "pharmacists": a word for people who do a
                             # thing; kept "required" is never wrong where it is a thing)
                             r"[a-z]+(?:ers|ors|ists|ians)|you|they|we|he|she|these|those)\b"
                             # ("All students on courses which involve placements, such as medicine and
                             # nursing, are required to": examples set off on the way)
                             r"(?:[^,.;:]{0,40}?,\s+(?:which|who|that)\b)?(?:[^,.;:]|(?<=\b[A-Z])\.|"
                             r",\s+(?:such\s+as|including)\s[^.;:]{0,160}?,(?=\s)){0,60}?"
                             r"\b(?:is|are|was|were|be|been)\s+(?:(?:not|also|usually|still|generally|normally|"
                             # ("we are no longer required to test", "we are legally required to keep")
                             r"often|always|legally|now|currently|therefore|no\s+longer)\s+){0,2}$", re.IGNORECASE)
# requirements that are rules by the word before them: "may set stricter requirements"
RULES_SET = re.compile(r"\b(?:set|sets|setting|stricter|strict|legal|federal|state|exclusion|reporting|"
                       r"licensing|labelling|labeling|regulatory)\s+$|"
                       # ("under the state's outdoor heat exposure requirements")
                       r"\b(?:state|states|government|agency|law|federal)['’]s?\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a rule named after the word: "have been required under the industry standard to be cordless",
# "are required by law to report"
# ("it is not required by any religion": a faith's rules too)
RULE_AFTER = re.compile(r"\s+(?:under|by)\s+(?:the\s+|a\s+|any\s+|state\s+|federal\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:law|laws|rule|rules|regulations?|standards?|act|code|statute|religions?|faiths?)\b",
                        re.IGNORECASE)
# "has required that folic acid be added": "needed that" is no English
THAT_NEXT = re.compile(r"\s+(?:either\s+)?that\b", re.IGNORECASE)  # ("which requires either that ...")
CLASHES = ((lambda plain: plain.split()[0] in GIVE_FORMS, GIVE_WITH),
           (lambda plain: plain.endswith(" in"), IN_AGAIN),
           (lambda plain: plain.split()[0] in NEED_FORMS, OBJECT_TO),
           (lambda plain: plain.split()[0] in NEED_FORMS, THAT_NEXT),
           (lambda plain: plain.split()[0] in FIND_FORMS, OBJECT_AS),
           (lambda plain: plain.split()[0] in TO_ONLY_FORMS, ACTION_ING_NEXT),
           (lambda plain: plain.split()[0] in SHOW_FORMS, SENT_BACK),
           (lambda plain: plain in ("group", "groups", "choice"), NUMBER_NEXT),  # ("option 2" on a phone line)
           (lambda plain: plain.endswith("in the way of"), THE_WAY_NEXT),
           # ("you intend them to live there" is no "you plan them to live there")
           (lambda plain: plain.split()[0] in ("plan", "plans", "planned", "planning"), PERSON_TO))
# a plain word whose verb is said just before it: "choose the mental health option" is no
# "choose the mental health choice"
CHOSEN_BEFORE = re.compile(r"\b(?:choose|chooses|chose|chosen|choosing|select|selects|selected|selecting|pick|"
                           r"picks|picked|picking)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
CLASHES_BEFORE = ((lambda plain: plain in ("choice", "choices"), CHOSEN_BEFORE),)
# plain "-ing" verbs that need an object ("from doing." is no English where "from conducting." is)
OBJECT_ONLY_ING = frozenset("doing making putting".split())
OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|this|that|these|those|their|your|his|her|its|our|my|"
                         r"them|it|him|us|me|some|any|all|most|much|many)\b", re.IGNORECASE)
PASSIVE_NEXT = frozenset("by is are was were has have had will can may might should must".split())


# words after which a verb's -ed form is a participle: "when performed before week 16"
PARTICIPLE_AFTER = re.compile(r"\b(?:when|if|once|unless|where|whether|as|than|until|though|"
                              r"although|while)\s+$", re.IGNORECASE)
# a subject right before the -ed form makes it a past verb: "we obtained", "who received"
SUBJECT_BEFORE = re.compile(r"(?:\b(?i:i|we|you|he|she|it|they|who|which|that)|"
                            r"(?<=[\w,;)%] )[A-Z][\w'’-]*)\s+"
                            r"(?:(?:also|then|not|never|all|both|only|first|later|each|[a-z]+ly)\s+)?$")
PARTICIPLE_NEXT = frozenset("in at on among across between from within during over under for with "
                            "as to before after since without via using into through throughout "
                            "alongside per until upon against beyond about later earlier when while whenever "
                            "if unless once rather".split())  # ("the gel provided when you arrive": given, no "gave")
# words that end a verb phrase or start another one: no object after the verb
NO_OBJECT_NEXT = frozenset("and or but nor so yet together again alone "
                           "abroad here there early late once twice already also too instead "
                           "otherwise".split())


def _past_or_participle(text: str, start: int, end: int, swap: Swap, british: bool = False) -> str | None:
    """The plain form for a hard -ed form whose plain verb has two ("did" / "done"), or None
    where neither reads right. The past only where a verb takes its object ("we obtained
    copies" -> "got copies"); the participle after an auxiliary, in a reduced clause ("the
    deaths observed in this trial", "a drug administered as ...") or where the clause ends;
    nothing where the verb has no object ("they performed together"). "gotten" reads right
    only after "have": "results received on August 12" are not "results gotten"."""
    form = _verb_form(text, start, end, swap)
    if form == "participle" and swap.participle in PERFECT_ONLY and not HAVE_BEFORE.search(text[:start]):
        return None  # ("including any contained in combination products" is no "any had in")
    plain = {"participle": swap.participle, "past": swap.plain}.get(form)
    if british and plain and plain.split()[0] == "gotten":
        return "got" + plain[len("gotten"):]  # "once we have got your application"
    return plain


# a participle after these is passive (or a passive's reduced relative after "those")
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|those)\s+(?:(?:not|never|\w+ly)\s+)?$",
                            re.IGNORECASE)
# participles that read right only after "have": "has gotten", "has had"
PERFECT_ONLY = frozenset("gotten had".split())
HAVE_BEFORE = re.compile(r"\b(?:have|has|had|having|['’]ve)\s+(?:(?:not|never|ever|already|just|yet|\w+ly)\s+){0,2}$",
                         re.IGNORECASE)


def _verb_form(text: str, start: int, end: int, swap: Swap) -> str | None:
    """Which form of the verb the -ed word at text[start:end] is: "participle", "past", or
    None where neither reads right (see _past_or_participle)."""
    before, after = text[:start], text[end:]
    if _after_auxiliary(before) or PARTICIPLE_AFTER.search(before):
        return "participle"
    if re.search(r":\s*$", before):
        return None  # "by the north pavilion: selected Thursdays": after a label's colon the word describes
        # what follows, never "chose Thursdays"
    if not before.strip() and text[start:start + 1].isupper():
        return "participle"  # "Performed the day after the PSG, this test measures ...": first in the
        # sentence, with no subject before it, the word opens a participle phrase ("Done the day after")
    if swap.intransitive:
        return "past"  # "babies participated", "it deteriorated over time"
    rest = re.sub(r"^\s*(?:[a-z]+ly\s+)*", "", after)
    following = WORDS.match(rest)
    word = following.group(0).lower() if following else ""
    # ("the gel or soap provided each time you enter": a time told after it is no object)
    if re.match(r"(?:[,;:.!?()]|$)", rest) or word in PASSIVE_NEXT or word in PARTICIPLE_NEXT or \
            re.match(r"(?:each|every)\s+(?:time|day|week|month|year|morning|evening|night)\b", rest, re.IGNORECASE):
        # "we observed in 2010" has a subject and no object: no form reads right
        # ("the small cup provided (using ...)": a bracket ends the clause as a comma does)
        return None if SUBJECT_BEFORE.search(before) else "participle"
    if word in NO_OBJECT_NEXT:
        return None
    return "past"


# a capitalised word inside a sentence is part of a name ("Cochrane Central Register")
# (at the start, the first word of a run of capitalised words: "Assisted Conception Unit nurses")
# (so after a label's colon or a dash: "Written by: Paediatric Physiotherapy Team", "Department
# of Public Health – Chronic Disease Prevention Program")
# ("Marlowby General Hospital - Cardiac Physiology Department": a plain hyphen used as a dash too)
NAME_WORD = re.compile(r"(?:(?<=[\w,;)%] )|(?<=\())[A-Z][\w'’-]*|(?:^|(?<=[:–—] )|(?<= - ))(?![A-Z][a-z]*ly\b)[A-Z][\w'’-]*"
                       r"(?=\s+[A-Z][a-z])")
# words in double quotes are somebody's words or a word being named ('is called
# "chronic" because ...'): a plain word there would misquote or rename it
QUOTED = re.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”')


# the term a definition list or glossary line defines ("Malignant: Cancer."), and one word
# in brackets after its plain wording ("checked for accuracy (validated)"): the words a
# reader will meet on the label or the report, kept as written
# one word: "Pain management:" heads a list item; a term a glossary line defines by a noun
# phrase is kept whole ("Nocturnal enuresis: The medical name for bedwetting.")
LABEL = re.compile(r"^[A-Z][\w'’-]*(?=:\s+[A-Z\"“])|^[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,3}(?=:\s+(?:A|An|The)\s)")
BRACKET_WORD = re.compile(r"(?<=\()[A-Za-z][\w-]*(?=\))")
# an email or web address: one token the reader types, never a word in it swapped
# ("financial.assessments@northmoor.gov.uk" is no "financial.checks@...")
WEB_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)[^\s()]+|"
                         r"\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|edu|uk|au|nz|ie|ca|nhs)\b[^\s(),;]*",
                         re.IGNORECASE)


def protected_spans(text: str, lex: Lexicon, dictionary_names: bool = True,
                    given: re.Pattern | None = None
                    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Fixed terms, multi-word drug or condition names and the names the text gives ("is
    called ...", and `given`: the article's): a swap may replace one whole, never a part;
    and capitalised name words, quotes and the term a line defines (never swapped), and for
    the plain words (not the glossary, which puts the plain word first) a word in brackets.
    The glossary's lay words may go inside a dictionary name ("chronic pain" -> "long-term
    pain"): that is what they are for."""
    terms = [m.span() for m in lex.fixed_re.finditer(text)] if lex.fixed_re else []
    terms += abbreviated_spans(text)  # a name with its abbreviation: no lay word inside either
    named = named_spans(text, lex.verbs)
    terms += named
    given_spans = [m.span() for m in given.finditer(text)] if given is not None else []
    # (a single word the article holds on to, "fatigue" set against "tiredness", is never swapped)
    terms += [(s, e) for s, e in given_spans if " " in text[s:e]]
    # (a named condition of three words or more is a name, never a lay phrase: "chronic
    # kidney disease" and "acute myeloid leukaemia" stay; "chronic pain" may be "long-term pain")
    terms += name_spans(text) if dictionary_names else name_spans(text, min_words=3)
    names = [m.span() for m in NAME_WORD.finditer(text)] + [m.span() for m in QUOTED.finditer(text)] + \
        [m.span() for m in LABEL.finditer(text)] + [(s, e) for s, e in given_spans if " " not in text[s:e]] + \
        [m.span() for m in WEB_ADDRESS.finditer(text)]
    if dictionary_names:
        names += [m.span() for m in BRACKET_WORD.finditer(text)]
        # ("Your first appointment, which is called an assessment": a one-word name is what the
        # reader will hear it called; a plain word for it would name it falsely, "called a check")
        names += [(s, e) for s, e in named if " " not in text[s:e]]
    return terms, names


def _breaks_term(start: int, end: int, spans) -> bool:
    terms, names = spans
    if any(start < e and s < end for s, e in names):
        return True
    return any(start < e and s < end and not (start <= s and e <= end) for s, e in terms)


# what may follow an adverb that sits after its verb: the end of the clause or a new phrase
AFTER_VERB_END = re.compile(
    r"\s*(?:$|[.,;:!?)—–]|(?:a|an|the|to|in|on|for|with|at|by|and|or|but|if|after|before|"
    r"when|so|because|as|from|into|until|unless|while|during|again|now|too)\b)", re.IGNORECASE)


ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|this|that|our|their|its|no|any|well|poorly|"
                                r"newly|recently|properly|badly|widely|many|several|other|both)|\b[a-z]+ly|"
                                r"\b\d[\d,.]*)\s+$", re.IGNORECASE)  # "At 19 participating libraries"
# a plain verb that gives an order, just before: "use ", "put ", "keep ", "throw away " (listed:
# the lexicon lacks some of them, and "put" is its own past)
ORDER_BEFORE = re.compile(r"(?:^|[.:;!?]\s+|\b(?:please|and|or|then|to|can|may|might|could|will|should|must)\s+)"
                          r"(?:use|put|keep|place|store|take|leave|bring|return|check|wash|clean|collect|send|add|"
                          r"remove|avoid|get|give|pay|treat|prevent|manage|reduce)\s+$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|on|for|with|among|from|between|into|about|against|without|by|at|to|"
                                r"through|over|under|after|before|during)\s+$", re.IGNORECASE)
# words after which no noun phrase goes on: determiners, prepositions, pronouns, comparisons
NO_NOUN_NEXT = ("a an the to in on for with at by and or but of as better worse more less well than up down out "
                "off over through from into during within via under across among it them him her us you me this "
                "that these those their our his its your my some any no all each every").split()
NOUN_PHRASE_GOES_ON = re.compile(rf"\s+(?!(?:{'|'.join(NO_NOUN_NEXT)})\b)[a-z]", re.IGNORECASE)
# the noun an adjective describes comes next, no clause or verb ("contact the principal if ...")
NO_NOUN_OF_ITS = NO_NOUN_NEXT + ("if when unless because while until after before about who which whose is are was "
                                 "were will would can could may might should must has have had does do did").split()
ITS_NOUN_NEXT = re.compile(rf"\s+(?!(?:{'|'.join(NO_NOUN_OF_ITS)})\b)[a-z]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _all_participles() -> frozenset[str]:
    """Every irregular participle, "found" and "made" too: after "is" each is a passive."""
    return frozenset(f.participle for f in _irregular_verbs().values())


@lru_cache(maxsize=1)
def _irregular_participles() -> frozenset[str]:
    return frozenset(f.participle for f in _irregular_verbs().values() if f.participle != f.past)


def _participle_like(word: str) -> bool:
    """Whether `word` is a participle, with a prefix too: "reduced", "prepaid", "home-made"."""
    word = word.rsplit("-", 1)[-1]
    return word.endswith("ed") or any(word[len(prefix):] in _all_participles()
                                      for prefix in ("", "pre", "re", "un", "over", "under", "out", "mis")
                                      if word.startswith(prefix))


@lru_cache(maxsize=1)
def _participle_by() -> re.Pattern:
    """A participle and its "by" at the end of a text: "caused by ", "written by "."""
    return re.compile(r"\b(?:[a-z]+ed|" + "|".join(sorted(_irregular_participles())) + r")\s+by\s+$")


def _describes_a_noun(text: str, start: int, end: int, swap: Swap) -> bool:
    """Whether a participle at text[start:end] stands before its noun as an adjective:
    "the conducted trials", "properly conducted trials"; a verb's plain word ("did") has
    no such use. An -ing word whose plain form is a phrase can't stand there either:
    "deteriorating paint" is not "getting worse paint"."""
    word, plain = text[start:end].lower(), swap.plain
    if word.endswith(("ing", "ed")) and swap.intransitive and NOUN_PHRASE_GOES_ON.match(text, end) and \
            not OBJECT_NEXT.match(text, end) and not _after_auxiliary(text[:start]) and \
            not re.match(r"\s+[a-z]+ly\b", text[end:], re.IGNORECASE):  # ("recovered quickly after")
        return True  # "dust from deteriorating paint", "repair deteriorated paint": a verb with no
        # object describes the noun after it
    if word.endswith("ing") and " " in plain.strip():
        # where a noun phrase starts, not after a noun or a preposition ("a trial examining
        # the data", "for establishing consensus": a verb with its object)
        starts_phrase = not text[:start].strip() or bool(
            ATTRIBUTIVE_BEFORE.search(text[:start]) or
            re.search(r"(?:\band|\bor|,|\bsuch\s+as|\bincluding)\s+$", text[:start], re.IGNORECASE))
        return starts_phrase and bool(NOUN_PHRASE_GOES_ON.match(text, end))
    if word.endswith("ed") and " " in plain.strip() and NOUN_BEFORE.search(text[:start]):
        return True  # "an accelerated or very rapid schedule": a phrase's participle ("a sped up
        # schedule") stands after a determiner no better than its "-ing" does
    if word.endswith("ed") and " " in plain.strip() and NOUN_PHRASE_GOES_ON.match(text, end) and \
            re.search(r"(?:^|\b(?:a|an|the)\s+)[A-Za-z-]+\s+(?:and|or)\s+$", text[:start], re.IGNORECASE):
        return True  # "Standard and accelerated hepatitis B schedules": nor after a describing word
        # and its "and" ("Standard and sped up ... schedules")
    if word.endswith("ed") and " " in plain.strip() and NOUN_PHRASE_GOES_ON.match(text, end) and \
            not _after_auxiliary(text[:start]) and (not text[:start].strip() or PREPOSITION_BEFORE.search(text[:start]) or
                                                   ORDER_BEFORE.search(text[:start])):
        return True  # "use accrued annual leave", "Put discarded needles in the bin", "Reimbursed costs
        # are paid monthly": first, after a preposition or after an order's verb the word describes the
        # noun, where "added up leave" or "threw away needles" is no English
    if not (word.endswith("ed") or word in _irregular_participles()) or " " in word \
            or not NOUN_PHRASE_GOES_ON.match(text, end) or _after_auxiliary(text[:start]):
        return False  # "is usually transmitted person-to-person" is a verb, not "usually" describing
    # where the plain verb's past is no adjective ("chose"), after a preposition or first in
    # the sentence too: "in selected cases", "Selected patients", "of acquired anaemia"
    two_forms = bool(swap.participle) and swap.participle != swap.plain \
        or word in _irregular_participles()
    # ("flowerpots, buckets, discarded tires": after a list of things the word describes the next)
    # ("exercises, such as pendulum swings and assisted arm lifts": so after examples and their "and",
    # whatever its plain past)
    return bool(ATTRIBUTIVE_BEFORE.search(text[:start])) or two_forms and bool(
        not text[:start].strip() or PREPOSITION_BEFORE.search(text[:start]) or
        re.search(r",\s*[a-z]+[^s\W]s\s*,\s*(?:and\s+|or\s+)?$", text[:start])) or \
        bool(re.search(r"\b(?:such\s+as|including)\s+[^,;]*\b[a-z]+[^s\W]s\s+(?:and|or)\s+$", text[:start]))


# ("any other benefits from public funds": after "other", "many" or "several" the word names things)
NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|these|those|their|his|her|its|our|your|my|"
                         r"any|no|each|every|some|other|many|several)\s+$", re.IGNORECASE)
VERB_AFTER = re.compile(r"\s+(?:include|includes|are|were|is|was|have|has|can|may|will|must|"
                        r"should)\b", re.IGNORECASE)


# what ends a phrase: a word that is a noun as often as a verb, with no object after it,
# is the noun ("shoe inserts (also called orthotics)", "Rolling massage.")
PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?()]|(?:and|or)\b)")


# a participle that starts a noun phrase, before the noun it describes: "..., cracked rendering"
PARTICIPLE_BEFORE = re.compile(r"(?:^|[,(;:]|\b(?:and|or|of|with|from|through|in|on))\s+[a-z]+ed\s+$", re.IGNORECASE)


# a noun phrase's determiner, up to two describing words before the noun: "a full assessment"
# (the words between are describing words, never a clause's subject and verb: "decided that you need
# assessment" has no determiner for "check")
DETERMINED = re.compile(r"\b(?:a|an|the|this|that|your|their|his|her|its|our|my|each|every|any|no|one)\s+"
                        r"(?:(?!(?:you|we|they|he|she|it|i|need|needs|have|has|get|gets|for|of|to|in|on|with|by|"
                        r"from|at|about|after|before)\b)[\w-]+\s+){0,2}$",
                        re.IGNORECASE)
# describing nouns joined before a phrase whose last noun they share ("urine, blood and "): words that
# name what a test is of, a sample or a part of the body ("clothing and camping equipment", "your
# pharmacist or healthcare professional", "mortality, morbidity, and adverse events" name other things)
_SAMPLED = r"(?:blood|urine|stool|breath|skin|hearing|eye|sight|lung|heart|liver|kidney|bone|swab|saliva|sputum)"
SHARED_HEAD_BEFORE = re.compile(rf"(?:^|[\s(])({_SAMPLED}(?:,\s+{_SAMPLED})*),?\s+(?:and|or)\s+$")
# "a" or "an" opening the noun phrase that ends here ("a feeding or swallowing ")
A_BEFORE = re.compile(r"\b(?:a|an|one|each|every|another)\s+(?:(?!(?:you|we|they|he|she|it|i)\b)[\w-]+\s+){0,3}$",
                      re.IGNORECASE)
# after a preposition other than "to" a verb's base form is a noun: "the place of purchase"
PREPOSITION_NOT_TO = re.compile(r"\b(?:of|at|after|before|for|on|upon|with|without|from|by|in)\s+$",
                                re.IGNORECASE)


# how a describing word ends ("sexual", "additional", "respiratory"): the word after it is a
# noun, and the word itself is no noun naming a service
DESCRIBING_END = r"(?:al|ic|ous|ive|ful|less|ary|ory)"


# what comes before a verb's bare form and never before a noun: "not to purchase, or use",
# "you can massage, or"
BARE_VERB_BEFORE = re.compile(r"\b(?:to|not|can|could|may|might|must|should|will|would|never|please|"
                              r"don['’]t|doesn['’]t)\s+$", re.IGNORECASE)
# a possessive (not "it's", "there's" and the like, which are a word and "is"): "the body's "
OWNER_BEFORE = re.compile(r"(?:\b(?!(?:it|that|there|here|what|who|he|she|let|where|how|this)['’]s\b)[a-z]+['’]s|"
                          r"\b[a-z]+s['’])\s+$", re.IGNORECASE)
# a determiner and one describing word: "a specialised ", "the usual ", "your regular "
DESCRIBED_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|these|those|their|his|her|its|our|your|my|each|"
                                   rf"every|any|no)\s+[a-z]{{3,}}(?:ed|{DESCRIBING_END[3:-1]}|ar|le)\s+$",
                                   re.IGNORECASE)


def _used_as_noun(text: str, start: int, end: int, noun_too: bool = False) -> bool:
    """Whether a verb's base or -s form at text[start:end] is a noun here: after a
    determiner ("a desire", "the report"), before a verb ("manufactures include"), or,
    for a word that is a noun too, with no object after it ("shoe inserts (orthotics)")."""
    return bool(NOUN_BEFORE.search(text[:start])) or bool(VERB_AFTER.match(text, end)) or \
        bool(PREPOSITION_NOT_TO.search(text[:start])) or (noun_too and bool(re.match(r"\s+of\b", text[end:]))) or (
        # "increase sexual desire": after a describing word the base form names a thing
        not text[start:end].lower().endswith(("s", "ed", "ing")) and
        bool(re.search(rf"\b[a-z]{{3,}}{DESCRIBING_END}\s+$", text[:start]))) or (
        noun_too and bool(PHRASE_END.match(text, end)) and not BARE_VERB_BEFORE.search(text[:start])) or (
        # ("head supports or inserts that did not come with the seat": a clause about it, no object)
        noun_too and bool(re.match(r"\s+(?:that|which)\s+(?:did|do|does|is|are|was|were|have|has|had|can|may|"
                                   r"will|came|come|comes)\b", text[end:], re.IGNORECASE))) or (
        # "a specialised massage carried out by a therapist": a determiner and a describing
        # word before it make the word that is a noun too the noun
        noun_too and bool(DESCRIBED_NOUN_BEFORE.search(text[:start]))) or \
        bool(OWNER_BEFORE.search(text[:start]))  # "the body's attempts to repair": no "tries"


def _and_joins_other_things(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a plain "and" in place of ", as well as" at text[start:end] would join other things
    than the phrase does: "The risk of PHN, as well as other complications ..., increases" sets the
    complications off inside a subject (", and" would read as a second clause), and "foods, such
    as peanuts, milk and shellfish, as well as insect stings" adds the stings to the list, not to
    the foods' examples."""
    before, after = text[:start], text[end:]
    if re.search(r"\b(?:such\s+as|including)\s[^;:()]*$", before, re.IGNORECASE):
        return True
    # ("Most private health insurance plans, as well as Medicare Part D and Medicaid, cover these
    # vaccines": a plural's bare verb after the comma ends the subject too)
    verb = re.match(r"[^,.;:]*,\s+(?:[a-z]+ly\s+)?([a-z]+)\b", after)
    return bool(verb) and (
        verb.group(1) in ("can", "could", "may", "might", "must", "should", "will", "would", "is", "are", "was",
                          "were", "has", "have") or re.fullmatch(r"[a-z]+[^s]s", verb.group(1)) is not None or
        verb.group(1) in lex.verbs and not verb.group(1).endswith(("ing", "ed"))) and \
        not _is_clause(WORDS.findall(before)[:-1], lex)  # ("plans" last is the subject's noun, no verb)


def swap_opener(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """The sentence's opening word in plain words ("However," -> "But"); also run on the
    sentences a split makes ("...; however, a person can ..." -> "But a person can ...")."""
    for opener, plain in lex.openers.items():
        if text.lower().startswith(opener + " "):
            if re.match(r"\s*and\s", text[len(opener):], re.IGNORECASE):
                break  # "For this reason, and because many of our residents are frail, we ...": a reason
                # joined to another is no "So and because ..."
            if plain == "So":
                plain = _so(text[len(opener):].lstrip())
            return plain + text[len(opener):], [f"plain word: {opener.rstrip(',')} -> {plain.rstrip(',')}"]
    return text, []


def _doubles_its_pair(text: str, start: int, end: int, plain: str) -> bool:
    """Whether the plain word would repeat a word of the list it stands in: "rub or
    massage" is not "rub or rub", "every doctor, dentist, and other health care provider"
    not "... and other doctor or nurse"."""
    word = re.escape(plain.lower())
    # ("infants and unborn babies": nor with a describing word before the pair's word)
    if re.search(rf"\b{word}\s+(?:or|and)\s+$", text[:start].lower()) or \
            re.match(rf"\s+(?:or|and)\s+(?:[a-z-]+\s+)?{word}\b", text[end:].lower()):
        return True
    # a bare item of a comma list: "Unborn babies, infants, older adults" is not "Unborn
    # babies, babies, ..." ("pregnant people, and individuals with ..." may be "people with")
    if re.search(rf"\b{word},\s+(?:(?:or|and)\s+)?$", text[:start].lower()) and \
            re.match(r"\s*(?:[,.;:]|(?:and|or)\b|$)", text[end:]):
        return True
    # a plain pair ("doctor or nurse") said in a list that already has one of its words
    words = [w for w in WORDS.findall(plain.lower()) if w not in ("or", "and", "a", "an", "the")]
    before = WORDS.findall(text[:start].lower())[-6:]
    return bool(re.search(r"\s(?:or|and)\s", plain)) and \
        bool(re.search(r"(?:,|\b(?:or|and))\s+(?:\w+\s+)?$", text[:start])) and any(w in before for w in words)


def _said_just_before(text: str, start: int, plain: str) -> bool:
    """Whether the plain word's verb is one of the few words before it: "Keep appliances
    maintained" would become "Keep appliances kept"; nor the word just before it, "eats food
    or drinks beverages" is no "drinks drinks"."""
    word = plain.split()[0].lower()
    last_words = WORDS.findall(text[:start])[-3:]
    # ("your child's paediatric diabetes team" is no "child's child diabetes team")
    if last_words and re.sub(r"['’]s$", "", last_words[-1].lower()) == word:
        return True
    # ("a checklist assessment" is no "checklist check": a compound word before it that opens
    # with the plain word says it again)
    if last_words and len(word) >= 4 and last_words[-1].lower().startswith(word) and \
            len(last_words[-1]) >= len(word) + 3:
        return True
    if len(last_words) >= 2 and last_words[-2].lower() == word and last_words[-1].lower() in DETERMINERS:
        return True  # "Please check your assessment letter" is no "check your check letter"
    irregular = _irregular_verbs()
    for before in last_words:
        if before.lower() in AUXILIARIES or before.lower() in MODALS or before.lower() in BE or \
                before.lower() in DETERMINERS or len(before) < 3:
            continue  # ("who have undergone surgery": "have" is no verb said, "had" no repeat; "a
            # German Oberst in addition to": "a" is no verb whose "-s" is "as")
        forms = verb_forms(before.lower(), irregular)
        if before.lower() != word and word in (forms.base, forms.third, forms.past, forms.participle, forms.ing):
            return True
    return False


def _said_just_after(text: str, end: int, plain: str, swap: Swap) -> bool:
    """Whether a plain verb is said again in the few words after it: "will examine you to check
    the size" is no "check you to check"."""
    word = plain.split()[0].lower()
    if not swap.verb or word in AUXILIARIES or word in BE or word in MODALS:
        return False
    forms = verb_forms(word, _irregular_verbs())
    return bool({w.lower() for w in WORDS.findall(text[end:])[:3]} &
                {forms.base, forms.third, forms.past, forms.participle, forms.ing})


def _names_a_service(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] names a job or a service with the role word after it:
    "your nutrition nurse", "the assessment unit", "call pathology reception" (a "food nurse" or
    "disease reception" is no one the reader can ask for). A describing word may change:
    "additional units", "renal unit" -> "kidney unit", "cardiac nurse" -> "heart nurse"."""
    return bool(ROLE_AFTER.match(text, end)) and \
        not re.search(rf"(?:{DESCRIBING_END}|ac)$", text[start:end], re.IGNORECASE)


ROLE_AFTER = re.compile(r"\s+(?:nurse|nurses|team|teams|service|services|clinic|clinics|specialist|"
                        r"specialists|unit|units|ward|wards|department|physician|physicians|consultant|"
                        r"consultants|therapist|therapists|adviser|advisers|advisor|advisors|helpline|"
                        r"practitioner|practitioners|physiologist|physiologists|reception|laboratory|"
                        r"laboratories)\b", re.IGNORECASE)


REACH_VERBS = frozenset("visit call phone ring contact email text ask speak talk see go".split())


def _one_series(plain: str, before: str, after: str, verbs: frozenset[str]) -> tuple[str, str]:
    """A plain pair said beside the same joining word joins its series: "your pharmacist or
    health care provider" -> "your pharmacist, doctor or nurse", not "pharmacist or doctor or
    nurse"; "doctors and nurses and many pharmacies" -> "doctors, nurses and ..."."""
    for joint in ("or", "and"):
        if f" {joint} " not in plain:
            continue
        said_before = re.search(rf"(?<=\w)\s+{joint}\s+$", before)
        if said_before and not re.search(r"\b(?:either|both|between)\b", before, re.IGNORECASE):
            return plain, before[:said_before.start()] + ", "
        # (not before a verb or a phrase: "a doctor or nurse or go to the emergency room", "your
        # child's doctor or nurse or by you", "doctors and nurses' offices")
        nxt = re.match(rf"\s+{joint}\s+(?:(?:the|your|a|an|their|his|her|our)\s+)?([\w-]+)", after)
        # ("talk with your doctor or nurse or visit www.cdc.gov": the ways to reach help are verbs
        # the lexicon may not list)
        # (nor before a clause: "as advised by a healthcare professional or as the leaflet says")
        if nxt and nxt.group(1).lower() not in verbs | REACH_VERBS and nxt.group(1).lower() not in NO_SERIES_NEXT and \
                not after.startswith(("'", "’")):
            return plain.replace(f" {joint} ", ", ", 1), before
    return plain, before


# what tells of the present state of things: a denial, a perfect or a form of "be" at work, or
# "remain"/"available"/"currently" ("No cases have been identified at this time")
STATE_NOW = re.compile(r"\b(?:no|not|cannot|none|nothing|never|has\s+been|have\s+been|is\s+being|are\s+being|"
                       r"remains?|available|currently)\b|n['’]t\b", re.IGNORECASE)


def swap_words(text: str, lex: Lexicon, given: re.Pattern | None = None,
               british: bool = False) -> tuple[str, list[str]]:
    """Plain words and phrases from the word list, every inflection, case kept; never a word
    inside a fixed term or a name ("confidence interval" is not "confidence gap"), `given`
    the names the article gives; `british` an article in British spelling ("have got")."""
    # sentence openers first ("However," -> "But")
    text, fired = swap_opener(text, lex)
    if lex.swap_re is None:
        return text, fired
    out: list[str] = []
    last = 0
    spans = protected_spans(text, lex, given=given)
    for m in lex.swap_re.finditer(text):
        swap = lex.swaps.get(m.group(0).lower())
        if swap is None or swap.rule == "keep" or _breaks_term(m.start(), m.end(), spans):
            continue
        if m.group(0).lower().endswith(" that") and not swap.plain.endswith("that") and \
                re.search(r"\band\s+that\b", text[m.end():], re.IGNORECASE):
            continue  # "provided that you follow the advice and that an adult can stay": "if ... and that"
        if swap.plain.split()[-1] == "to" and m.group(0).lower().endswith(" of") and \
                re.match(r"\s+[a-z]+ing\b", text[m.end():]):
            continue  # "with the aim of moving on" is no "to moving on"
        if m.group(0).lower().endswith("ing") and " " not in swap.plain and _plural(swap.plain) and \
                (following := re.match(r"\s+([a-z][\w-]*)\b", text[m.end():])) and \
                following.group(1) not in BOUNDARY_WORDS | PREPOSITIONS | AUXILIARIES | MODALS and \
                following.group(1) not in lex.verbs:
            continue  # "eye imaging machines": before its noun the word describes it, which a plural
            # ("eye scans machines") cannot
        if swap.plain in MODALS and m.group(0).lower().endswith(" to") and \
                re.search(r"^[^.;:]*?\b(?:and|or)\s+to\s+[a-z]+", text[m.end():]):
            continue  # "are able to eat more foods and to grow well": a second "to" hangs on the
            # first, which "can eat ... and to grow" would lose
        if other_countrys_word(m.group(0), swap.plain, british):
            continue  # "Check the expiration date" on an American page: "expiry" is the British word
        if (bracket := re.match(r"\s*\(([^()]*)\)", text[m.end():])) and (
                re.search(rf"\b{re.escape(swap.plain.split()[0])}", bracket.group(1), re.IGNORECASE) or
                re.fullmatch(r"[a-z]+(?:\s+[a-z]+)?|[a-z]+ed(?:\s+[a-z]+){1,3}", bracket.group(1))):
            continue  # "nutrition (food and drink)": the writer says it plainly already, no
            # "food (food and drink)"; nor "expedited (faster) benefits", the plain word in brackets,
            # nor "validated (tested for accuracy)": what the bracket explains is the word before it
        if " " in m.group(0) and m.group(0).split()[-1].lower() != swap.plain.split()[-1].lower() and \
                SHARED_HEAD_BEFORE.search(text[:m.start()]):
            continue  # "urine, blood and imaging tests": the last noun is the others' too, no "urine,
            # blood and scans"
        if swap.after_verb and not AFTER_VERB_END.match(text, m.end()):
            continue  # "to properly cool": "to well cool" is no English
        after_to = m.group(0).lower().endswith(" to") and (swap.verb or swap.participle or
                                                          swap.plain.split()[-1] in PREPOSITIONS - {"to"}) and \
            re.match(r"\s+([a-z]+)\b", text[m.end():])
        # (after a plain preposition, a word that ends its phrase is a thing: "vulnerable to lead because")
        thing_next = after_to and not (swap.verb or swap.participle) and \
            re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:because|and|or|but|if|when|as|than|in|from|at|during)\b",
                     text[m.end() + after_to.end():])
        if after_to and not thing_next and (after_to.group(1) in lex.verbs or after_to.group(1) in PURPOSE_VERBS) and \
                not after_to.group(1).endswith(("s", "ed", "ing")):
            continue  # "so that your dose can be adjusted to match": "to" before a verb says what
            # for, no "gotten used to match" (nor "anyone who feels vulnerable to live safely": no
            # "at risk from live")
        if swap.plain.split()[-1] in ("into", "at", "for", "with", "about", "of") and \
                not m.group(0).lower().endswith("ed") and \
                re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|until|unless|if|when|before|after|because|while)\s",
                         text[m.end():]):
            continue  # "the department is investigating, and ...": "looking into," has lost its object
            # ("they must investigate and take action": nor "look into and take action"; "will not
            # usually investigate until you have ..." is no "look into until")
            # (a passive keeps its preposition: "the whole retina can be looked at.")
        if m.group(0).lower().endswith("not suitable") and (re.match(r"\s*(?:[,.;:!?)]|$)", text[m.end():]) or
                                                             not AFTER_VERB_END.match(text, m.end())):
            continue  # "Body weight 30 kg or less: the tablets are not suitable.": with nothing it is
            # suitable for, "not right" would read as something wrong; "Humans are not suitable hosts":
            # before its noun "not right hosts" is no English
        if swap.narrower and re.search(r"\b(?:doctors?|nurses?|GPs?)\b", text[:m.start()] + text[m.end():]):
            continue  # "fit notes can be issued by a range of healthcare professionals, not only doctors": the
            # kind is set against doctors, no "doctors and nurses, not only doctors"
        if swap.narrower and re.match(r"\s+(?:office|offices|visit|visits|practice|practices|appointment|"
                                      r"appointments|team|teams|network|networks|directory|portal|list)\b", text[m.end():],
                                      re.IGNORECASE):
            continue  # "most health care provider offices": the kind names another thing, no "doctor or
            # nurse offices"
        if swap.narrower and KIND_GIVEN.search(text[:m.start()]):
            continue  # "A radiographer (a healthcare professional trained to carry out scans)": the
            # kind of worker another job is; a radiographer is no "doctor or nurse"
        # ("any healthcare professional who treats you, including dentists, pharmacists, paramedics":
        # after the few words that say which, the examples are still the kind's)
        if swap.narrower and re.match(r"(?:\s+(?:who|that|you)\b[^,.;:()]{0,40})?\s*[,(]\s*(?:including|such\s+as|"
                                      r"for\s+example|e\.g\.|like)\b", text[m.end():], re.IGNORECASE):
            continue  # "a healthcare professional (including a 999 call handler)": the kind's examples
            # may be other workers; "a doctor or nurse, such as a 999 call handler" says they are one
        if re.match(rf"\s+{re.escape(swap.plain.split()[-1])}\b", text[m.end():], re.IGNORECASE):
            continue  # "reading imaging scans" is no "reading scans scans"
        if swap.joins and (_and_joins_other_things(text, m.start(), m.end(), lex) or
                           re.match(r"\s*\(", text[m.end():])):
            continue  # ", as well as" stays where "and" would join other things (nor before a
            # bracket that sets it against another word: "as well as (not instead of) repellent")
        if m.group(0).lower() == "in addition to" and \
                re.search(r"\b(?:any|every|each|all|no)\s+(?:[a-z-]+\s+){1,2}$", text[:m.start()], re.IGNORECASE):
            continue  # "any procedure in addition to those described ... will only be carried out if":
            # what is beyond the others; "any procedure as well as those described" would take
            # them in too
        if swap.before_noun and not ITS_NOUN_NEXT.match(text, m.end()):
            continue  # "contact the principal if ...": the job, no "the main"
        if m.group(0).lower() in ("provided", "providing") and re.search(r"[,;(]\s*$", text[:m.start()]) and \
                re.match(r"\s+(?:that|you|they|we|he|she|it|there|the|your|their|his|her)\b", text[m.end():], re.IGNORECASE):
            continue  # ", provided you do not eat": a condition ("if"), never "gave you do not eat"
        if swap.plain == "now" and m.group(0).lower().startswith("at this") and not STATE_NOW.search(text):
            continue  # "retinopathy can progress more quickly at this time" (in pregnancy), "Doing the
            # test at this time reduces the chance ...": the time told before, no "now"; only what
            # is (not) so at present is ("No other cases have been reported at this time")
        if " " not in m.group(0) and not swap.verb and _names_a_service(text, m.start(), m.end()):
            continue  # (see _names_a_service)
        if m.group(0).lower().endswith("ing") and not swap.plain.split()[0].endswith("ing") and \
                re.search(r"\b(?:is|are|was|were|be|been|being|am)\s+(?:[a-z]+ly\s+|still\s+|now\s+)?$",
                          text[:m.start()], re.IGNORECASE):
            continue  # "teams are containing the spill" is a verb at work, no "are with the spill"
        if _describes_a_noun(text, m.start(), m.end(), swap):
            continue  # "properly conducted trials" are not "properly did trials"
        if swap.verb and _used_as_noun(text, m.start(), m.end(), swap.noun_too):
            continue  # "expressed a desire to" is not "a want to"
        if swap.plain.lower().startswith("other ") and (before := WORDS.findall(text[:m.start()])[-1:]) and \
                not re.search(r"[,;:(]\s*$", text[:m.start()]) and (
                    OTHER_REFUSED.search(before[0].lower()) and before[0].lower() not in lex.verbs or
                    ACRONYM.match(before[0])):  # (a verb before it is no describing word: "consider alternatives")
            continue  # "lower FODMAP alternatives", "safer alternatives", "the main alternative treatment": a
            # describing word before it takes no "other" ("lower FODMAP other choices")
        if swap.plain.split()[-1] in PREPOSITIONS and len(swap.plain.split()) > 1 and " " not in m.group(0) and \
                not m.group(0).lower().endswith("ed") and (
                    re.match(r"\s+(?:[a-z]+ly|and|or|but)\b", text[m.end():]) or
                    m.group(0).lower().endswith("ing") and re.match(r"\s*(?:[,.;:!?)]|$)", text[m.end():])):
            continue  # "its environmental health team, which is investigating separately": a verb of two
            # words whose second is a preposition needs the object the hard verb did without ("looking into");
            # a passive has it before ("is being looked into"), an infinitive after its noun too ("no one
            # to talk to")
        if m.group(0).lower().startswith("maintain") and UPKEPT_THING.match(text, m.end()):
            continue  # "inspecting and maintaining all play areas", "maintain the wheelchair": things are serviced,
            # no "keeping all play areas" (a state is kept: "maintain a healthy weight")
        if m.group(0).lower() == "required" and re.match(r",\s+to\s", text[m.end():]):
            continue  # "are allowed, and sometimes required, to substitute": made to, no "needed"
        if m.group(0).lower() in ("interval", "intervals") and HOW_OFTEN_BEFORE.search(text[:m.start()]):
            continue  # "at 2-hour intervals", "at 6-monthly intervals": how often, no "at 2-hour gaps"
        if swap.counted and not DETERMINED.search(text[:m.start()]):
            continue  # "needs urgent assessment": "needs urgent check" lacks its "a"
        if swap.mass and (counted := A_BEFORE.search(text[:m.start()])) and not any(
                w in lex.verbs and not w.endswith("ing") or w in AUXILIARIES | MODALS | PREPOSITIONS | PRONOUNS
                for w in WORDS.findall(counted.group(0).lower())[1:]):
            continue  # "a feeding or swallowing difficulty": "a ... trouble" counts what is not counted
        if swap.noun and swap.plain in lex.verbs and not text[:m.start()].strip():
            continue  # a bare noun opening a sentence: "Assessment usually takes" made "Check
            # usually takes" and "Beverage containers" "Drink containers", read as orders
        if m.group(0).lower().endswith("ing") and swap.plain.endswith("ing") and PHRASE_END.match(text, m.end()) and \
                (NOUN_BEFORE.search(text[:m.start()]) or PARTICIPLE_BEFORE.search(text[:m.start()])):
            continue  # "cracked rendering or faulty seals": an -ing word with a describing word or a
            # determiner before it and no object after it is a thing, no "cracked making"
        if swap.plain.split()[0] in OBJECT_ONLY_ING and PHRASE_END.match(text, m.end()):
            continue  # "stops the extra pathway from conducting." is no "from doing.": the plain
            # verb needs the object the hard one goes without
        if swap.intransitive and " " in swap.plain and OBJECT_NEXT.match(text, m.end()):
            continue  # "recover the costs" is not "get better the costs"
        if swap.intransitive and m.group(0).lower().endswith("ed") and \
                re.search(r"\b(?:feel|feels|felt|feeling|fully|completely)\s+$", text[:m.start()], re.IGNORECASE):
            continue  # "until you feel fully recovered" describes you: no "feel fully got better"
        if swap.intransitive and m.group(0).lower().endswith("ed") and PASSIVE_BEFORE.search(text[:m.start()]):
            continue  # a verb with no object has no passive: "bacteria were recovered from the
            # tower", "those recovered from two patients" were found, not made better
        if any(takes(swap.plain) and after.match(text, m.end()) for takes, after in CLASHES):
            continue  # the plain verb cannot take what follows its object
        if m.group(0).lower().startswith(("assess", "evaluat")) and \
                not m.group(0).lower().startswith(("assessment", "evaluation")) and \
                OBJECT_AS.match(text, m.end()):
            continue  # "we assessed this trial as being at low risk", "assessed the child as a child in
            # need": a judgement named, never "checked the child as"
        if any(takes(swap.plain) and before.search(text[:m.start()]) for takes, before in CLASHES_BEFORE):
            continue  # the plain word would echo the verb before it
        if swap.plain.split()[0] in NEED_FORMS and (RULE_MAKER.search(text[:m.start()]) or
                                                    RULES_SET.search(text[:m.start()]) or
                                                    RULE_AFTER.match(text, m.end())):
            continue  # "FDA required a boxed warning" made it a rule; it did not need one (nor
            # are "stricter requirements" or "labelling requirements" needs)
        if swap.plain.split()[0] in NEED_FORMS and PEOPLE_REQUIRED.search(text[:m.start()]) and \
                re.match(r"\s+to\b", text[m.end():]):
            continue  # "Children enrolled in Medicaid are required to have a test" are made to,
            # they do not "need to" ("research is required to confirm this" is needed)
        plain = _past_or_participle(text, m.start(), m.end(), swap, british) \
            if swap.participle and (swap.participle != swap.plain or swap.participle in PERFECT_ONLY) else swap.plain
        if plain is None:
            continue
        if m.group(0).lower() in ("remain", "remains") and PHRASE_END.match(text, m.end()) and \
                re.search(r"\b(?:any|no|some|little|nothing|none|what|how\s+much|how\s+many)\b(?:\s+[a-z-]+){0,2}\s+$",
                          text[:m.start()], re.IGNORECASE):
            plain = "is left" if m.group(0).lower() == "remains" else "are left"  # "to see whether any
            # stone remains": what is left, no "whether any stone stays"
        elif swap.plain == "now" and m.group(0).lower().startswith("at this") and \
                re.search(r"\b(?:has|have)\s+(?:not\s+|yet\s+|never\s+)*been\s+[a-z]+\s+$", text[:m.start()], re.IGNORECASE):
            plain = "so far"  # "no contamination has been confirmed at this time": up to now, no "has been
            # confirmed now" (which reads as just confirmed)
        plain = match_case(m.group(0), plain)
        if m.group(0).lower().endswith(" of") and plain.lower() in ("many", "some", "most", "a few", "few", "more",
                                                                     "several", "less", "fewer") and \
                re.match(r"\s+(?:them|us|you|it|these|those|the|our|your|their|his|her|its|this|that|which|whom)\b",
                         text[m.end():], re.IGNORECASE):
            plain = f"{plain} of"  # "a large number of them": "many of them", no "many them"
        if " " not in plain and " " not in m.group(0) and plain.lower() in PREPOSITIONS and \
                (re.search(rf"\b{re.escape(plain)}\s+[\w'’-]+\s+$", text[:m.start()], re.IGNORECASE) or
                 plain.lower() == "with" and
                 re.match(r"(?:\s+[^\s,;:.]+){1,10}\s+with\b", text[m.end():], re.IGNORECASE)):
            continue  # "with products containing permethrin" is no "with products with permethrin"
            # ("packages containing "GROUND BEEF" with "USE BY" dates": nor one said twice after it)
        # ("we may need to reassess you": "again" comes after what is checked, "check you again";
        # before a longer object it would end up far from its verb, so the word stays)
        said_again = plain.lower().endswith(" again")
        again = said_again and (swap.verb or swap.participle) and AGAIN_OBJECT.match(text, m.end())
        if said_again and not again and \
                re.match(rf"\s+(?!(?:{AFTER_AGAIN})\b)[A-Za-z]", text[m.end():], re.IGNORECASE):
            continue
        if _doubles_its_pair(text, m.start(), m.end(), plain) or _said_just_before(text, m.start(), plain) or \
                _said_just_after(text, m.end(), plain, swap):
            continue  # "rub or massage" is not "rub or rub", "Keep appliances maintained" not "... kept"
        segment = text[last:m.start()]
        plain, segment = _one_series(plain, segment, text[m.end():], lex.verbs)
        out.append(segment)
        _fix_article(out, plain)
        last = m.end()
        if text[last:last + 1] in ("'", "’") and m.group(0).lower().endswith("s") and \
                not plain.lower().endswith("s") and not WORDS.match(text, last + 1):
            plain, last = f"{plain}{text[last]}s", last + 1  # "disabled persons' travel": "people's"
        # "regain it" -> "get it back": a pronoun goes between a phrasal verb and its particle
        verb, _, particle = plain.rpartition(" ")
        pronoun = again or PRONOUN_OBJECT.match(text, m.end())
        # ("restore your hearing to normal": "bring your hearing back to normal"; a short object
        # with a place or state after it goes between them too, as speakers say it)
        short = not again and not pronoun and particle.lower() in PARTICLES and SHORT_OBJECT_TO.match(text, m.end())
        if verb and (particle.lower() in PARTICLES or again) and (pronoun or short):
            plain = f"{verb}{(pronoun or short).group(0)} {particle}"
            last = (pronoun or short).end()
        out.append(plain)
        fired.append(f"plain word: {m.group(0)} -> {plain}")
    out.append(text[last:])
    return "".join(out), fired


BOUNDARY_WORDS = frozenset(
    "and or but is are was were can may might will would should could to in on of for with "
    "that which who because when if as at by from than".split()
)


INTRODUCED = re.compile(r"\b(?:called|known as|named|termed|or)\s+$|\($", re.IGNORECASE)
PREPOSITION_START = re.compile(r"^(?:through|on|in|by|under|after|before|with|at|from|for|"
                               r"into|between)\b", re.IGNORECASE)
LONG_SENTENCE = 18  # words: an explanation that would make a sentence longer gets its own


ADJECTIVE_END = re.compile(r"(?:al|ic|ac|ar|ary|ous|ive|ent|ant|ed|ing|ful|less)$", re.IGNORECASE)
# the words before an adjective said of a thing ("is cardiac", "sounding more nasal")
PREDICATIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became|seem|seems|seemed|"
                         r"sound|sounds|sounding|look|looks|looking|feel|feels|feeling|more|most|less|"
                         r"very|too|quite|so)\s+$", re.IGNORECASE)
SALTS = frozenset("sodium potassium calcium magnesium".split())


# a definition the writer gives right after the term, set off by a comma: "osteoporosis, a
# condition in which the bones become thinner", "Wernicke's encephalopathy, a serious brain condition"
APPOSITIVE_DEFINITION = re.compile(
    r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:condition|disease|disorder|illness|infection|syndrome|medicine|"
    r"drug|hormone|substance|chemical|procedure|test|scan|type|kind|form)s?\b|"
    r"[\w'’-]+\s+(?:in\s+which|that|where|which|who|caused|used|made)\b)", re.IGNORECASE)


def says_the_explanation(plain: str, text: str) -> bool:
    """Whether `text` carries most of the content words of a glossary explanation `plain` (the
    writer explains the term already)."""
    content = [w for w in WORDS.findall(plain.lower()) if len(w) > 3]
    lowered = text.lower()
    return bool(content) and sum(w.rstrip("s") in lowered for w in content) * 2 >= len(content)


def _kept_phrase_at(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a phrase the word list keeps as written ("keep" rows) starts at `start`."""
    kept = lex.swap_re.match(text, start) if lex.swap_re is not None else None
    swap = lex.swaps.get(kept.group(0).lower()) if kept else None
    return swap is not None and swap.rule == "keep"


def apply_glossary(text: str, lex: Lexicon, ctx: Context) -> tuple[str, list[str], list[str]]:
    """Swap lay terms in, or explain a kept term on its first use in the article.

    A short explanation goes in the sentence ("vertebrae, the bones of your spine,");
    one that would make the sentence long, or sits inside a list of terms, becomes a
    sentence of its own after it ("Vertebroplasty is a treatment that ...").
    Returns the sentence, the rules that fired and the sentences to add after it.
    """
    if lex.glossary_re is None:
        return text, [], []
    fired: list[str] = []
    after: list[str] = []
    out: list[str] = []
    last = 0
    lowered_sentence = text.lower()
    length = len(WORDS.findall(text))
    spans = protected_spans(text, lex, dictionary_names=False, given=ctx.given_names)
    # "warfarin sodium" is one drug: its "sodium" is neither salt nor explained as salt
    drugs = name_spans(text, with_conditions=False)
    for m in lex.glossary_re.finditer(text):
        entry = lex.glossary.get(m.group(0).lower())
        if entry is None or _breaks_term(m.start(), m.end(), spans) or \
                any(s <= m.start() and m.end() <= e for s, e in drugs):
            continue
        # "semaglutide sodium", a salt form no dictionary lists: after a drug's name the
        # salt is the rest of that name
        before = re.search(r"([\w-]+)\s+$", text[:m.start()])
        if m.group(0).lower() in SALTS and before and before.group(1).lower() in drug_names():
            continue
        # "sodium hypochlorite" (bleach), "potassium chloride": before the name of an acid's
        # part the metal is part of a compound's name, and "a mineral found in salt" tells wrong
        if m.group(0).lower() in SALTS and re.match(r"\s+[a-z]{2,}(?:ide|ate|ite)\b", text[m.end():], re.IGNORECASE):
            continue
        following = text[m.end():].lstrip()
        next_word = WORDS.match(following)
        next_lower = next_word.group(0).lower() if next_word else ""
        at_boundary = (not following or following[0] in ".;:!?,)" or next_lower in BOUNDARY_WORDS)
        if entry.mode == "replace" and PREPOSITION_START.match(entry.plain) and (
                not at_boundary or before and before.group(1).lower() in DETERMINERS):
            # "through a vein" cannot stand before a noun: "intravenous iron" stays (and after
            # "an" a noun is still to come: "an intravenous, or IV, iron infusion")
            continue
        if entry.mode == "replace" and at_boundary and PREDICATIVE.search(text[:m.start()]) and \
                not ADJECTIVE_END.search(entry.plain) and "-" not in entry.plain and \
                not PREPOSITION_START.match(entry.plain):
            # a noun said for an adjective stands only before a noun: "nasal spray" -> "nose
            # spray", but "sounding more nasal" is no "sounding more nose" (the word before
            # tells an adjective said of a thing, so a clinic's glossary needs no column for it)
            continue
        if entry.mode == "replace" and (entry.plain.lower() in lowered_sentence or
                                        INTRODUCED.search(text[:m.start()]) or
                                        re.match(r"\s*\([a-z]", text[m.end():]) or
                                        re.match(r",\s+or\s+[a-z][\w-]*(?:\s+[\w-]+){0,3},\s+(?!(?:or|and)\b)",
                                                 text[m.end():]) and
                                        not re.search(r",\s+(?:[\w-]+\s+){0,2}$", text[:m.start()])):
            # "High blood pressure, also called hypertension": the term is being introduced;
            # "a chronic (long-lasting) disease", "a chronic, or long-lasting, disease": the
            # writer explains it already
            continue
        if entry.mode == "replace" and _names_a_service(text, m.start(), m.end()):
            continue  # (see _names_a_service)
        if entry.mode == "replace" and _kept_phrase_at(text, m.start(), lex):
            continue  # a "keep" row of the word list holds for the glossary too ("pediatric and
            # family practices": a kind set beside another stays whole)
        if entry.mode == "replace" and other_countrys_word(m.group(0), entry.plain, ctx.british):
            continue  # the American name is no plainer word in a British article ("physiotherapy")
        if entry.mode == "replace":
            plain = match_case(m.group(0), entry.plain)
            out.append(text[last:m.start()])
            _fix_article(out, plain)
            out.append(plain)
            last = m.end()
            fired.append(f"glossary: {m.group(0)} -> {plain}")
            continue
        key = entry.term.lower()
        if key in ctx.explained:
            continue
        bracket = re.match(r"\s*\([\"“‘']?([a-z][^()\d]*\s[^()\d]*)\)", text[m.end():])
        if text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip().startswith(")") or \
                bracket and not (QUALIFIER.match(bracket.group(1)) or POINTER.match(bracket.group(1)) or
                                 re.match(r"(?:up|such|for|e\.g|usually|often|also)\b", bracket.group(1)) or
                                 WORDS.match(bracket.group(1)).group(0) in PREPOSITIONS | NUMBER_WORDS):
            # "salt (sodium)": the plain word is right before it; "dehydration (lack of fluid in
            # the body)": the writer explains it right after ("trimester (up to 12 weeks)" tells
            # which one, no explanation)
            ctx.explained.add(key)
            continue
        if APPOSITIVE_DEFINITION.match(text, m.end()):
            ctx.explained.add(key)  # ("osteoporosis, a condition in which the bones become thinner")
            continue
        # already explained in the sentence itself ("vertebrae, those bones in your spine")
        if says_the_explanation(entry.plain, lowered_sentence):
            ctx.explained.add(key)
            continue
        # ("a shot of antibodies that gives short-term protection": a "that" clause tells of the word; an
        # explanation set between them would leave "that" to tell of the explanation)
        at_boundary = at_boundary and following[:1] not in (",", ")") and next_lower not in ("that", "who", "whose")
        # "nausea and jaundice, yellowing of ...": after a list's last item an explanation
        # would read as one more item
        in_list = next_lower in ("or", "and") or following[:1] == "," or \
            bool(re.search(r"\b(?:and|or)\s+$", text[:m.start()]))
        # ("to prevent dehydration, losing too much water from the body": an explanation that opens
        # on an "-ing" word reads as one more action after a verb; it gets a sentence of its own)
        doing = entry.plain.split()[0].lower().endswith("ing") if entry.plain.split() else False
        if at_boundary and not in_list and not doing and length + len(WORDS.findall(entry.plain)) <= LONG_SENTENCE:
            ctx.explained.add(key)
            out.append(text[last:m.end()])
            tail = "," if following and following[0] not in ".;:!?" else ""
            out.append(f", {entry.plain}{tail}")
            last = m.end()
            fired.append(f"glossary: explained {m.group(0)}")
            continue
        if re.search(r"(?:[;,:]\s*(?:or|and)?|\b(?:or|and))\s*$", text.rstrip(".")):
            continue  # "...; or" goes on in the list's next item, "... is recommended for:" opens
            # a list: no sentence may come between
        ctx.explained.add(key)
        term = m.group(0)
        verb = "are" if _plural(term) and not term.isupper() or term.endswith("s") and \
            term[:-1].isupper() else "is"
        subject = f"{entry.article} {term}" if entry.article else term
        after.append(f"{subject[0].upper()}{subject[1:]} {verb} {entry.plain}.")
        fired.append(f"glossary: explained {term} in a sentence of its own")
    out.append(text[last:])
    return "".join(out), fired, after


def is_link_only(text: str, lex: Lexicon) -> bool:
    return any(p.search(text) for p in lex.link_patterns)


NOT_SUBJECT_START = frozenset(
    "to of in on at by for with from into onto about over under after before during through "
    "between without within than as like which who whom whose where when while if because "
    "although though unless until since whether and or but nor so yet not also even just "
    "only very more less up down around".split()
)


PRONOUNS = frozenset("i you we they he she".split())
OWNERS = frozenset("your my our their his her".split())
GOING_ON_VERBS = frozenset("remains continues persists occurs happens develops recurs worsens disappears".split())
# words of a ban, which bans what the sentence's "because" gives as the reason, like a negation
BANS = frozenset("illegal unlawful prohibited forbidden banned".split())
# ways of treating someone unfairly: denied, their "because" is the motive denied, comma or no
# ("must not refuse a booking, or charge more for it, because you are disabled" forbids refusing
# for that reason; "This is because you are disabled" would give the duty's reason)
# (the reason told of a person: "Do not punish a dog for growling, because this may teach it ..."
# gives the order's reason)
UNFAIR_ACTS = frozenset("refuse refuses refused refusing charge charges charged charging "
                        "discriminate discriminated exclude excluded deny denied penalise penalised "
                        "penalize penalized disadvantage disadvantaged fire fired dismiss dismissed sack sacked "
                        "evict evicted judge judged".split())
# words of a belief or a claim, whose "because" may be the believer's reason: "Many young people
# believe nitrous oxide is harmless because it is used in medicine" is no "This is because ..."
# (which would have the page say that it is harmless)
BELIEFS = frozenset("believe believes believed think thinks thought assume assumes assumed suppose supposes "
                    "supposed imagine imagines imagined claim claims claimed say says said suggest suggests "
                    "suggested suspect suspects suspected".split())
# what is thought or claimed, told in a "that" clause: all of it up to the sentence's end is
# the belief ("Researchers think that ..., which may ...", "Studies suggest that ..., and ...")
# (the main clause's own verb, a few words in: "if you think that your baby is yellow, and ..." is
# the reader's condition, and "until your surgeon says that ..." a time, no report)
REPORTED_THAT = re.compile(r"^(?:(?:but|however|and|so)\s*,?\s+)?(?:(?!(?:if|when|unless|whenever|until|before|after|once|while|because|since)\b)"
                           r"[\w'’-]+\s+){1,6}?"
                           rf"(?:{'|'.join(sorted(BELIEFS))})\s+that\b", re.IGNORECASE)
# what a study or a source shows, finds, thinks or says, anywhere in a text: a clause after it is what is reported
REPORTING = BELIEFS | frozenset("show shows showed shown find finds found report reports reported estimate estimates "
                                "estimated".split())
SAID_THAT = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING))})\s+that\b", re.IGNORECASE)
# words that only come before a noun: the word after one is the noun, not the verb
DETERMINERS = frozenset("the a an your my our their his her its every each no".split())
# a word that starts a new clause inside a phrase: a verb after it belongs to that clause
# ("all solid sources if you want ...", "things I used to ignore")
CLAUSE_BREAKERS = SUBORDINATORS | {"that", "which", "who", "whom", "whose", "where"}
PREPOSITIONS = frozenset("with without of in on at by for from into to under over about against through between "
                         "within during".split())
# the words after "or"/"and" that start no more of a series: a preposition or a clause ("as advised by a
# healthcare professional or as the leaflet says")
NO_SERIES_NEXT = PREPOSITIONS | BOUNDARY_WORDS | frozenset({"where", "unless"})
# words that open a phrase of place, never an order or a clause
PLACE_WORDS = frozenset("in on at under over out away inside within below above near behind around beside "
                        "between beyond outside next along across toward towards".split())


def _bare_verb(word: str, lex: Lexicon) -> bool:
    """A verb's base form, which no singular subject takes ("sound", not "sounds")."""
    if word.endswith("eed") and word + "s" in lex.verbs:
        return True  # "need", "bleed": no past tense for all the "-ed"
    return not word.endswith(("s", "ed")) and word not in AUXILIARIES and word not in MODALS \
        and word not in lex.past_forms


def _gerund_series(left: str, word: str) -> bool:
    """Whether `word`, after ", and", is the last of acts told by "-ing" words that open each piece of the
    words before it, with no verb of time among them: the acts are one subject, its verb still to come."""
    def gerund(said: str) -> bool:
        said = said.lower()
        return said.endswith("ing") and len(said) > 5 and said not in NOT_SUBJECT_START | PREPOSITIONS | {"including"}

    pieces = [WORDS.findall(piece) for piece in re.split(r",\s+", left)]
    return gerund(word) and len(pieces) >= 2 and all(piece and gerund(piece[0]) for piece in pieces) and not any(
        w.lower() in MODALS | AUXILIARIES | NEGATED_MODALS or w.lower().endswith(("n't", "n’t"))
        for piece in pieces for w in piece)


def _gerund_with_object(lowered: list[str]) -> bool:
    """An "-ing" word, its object with a determiner, then the verb they are subject of, a few words on:
    "lowering the uric acid level can cause ...", "keeping your child at home is ..." (never a verb of a
    clause of its own: "keeping your symptoms at a level you can manage")."""
    return len(lowered) >= 4 and lowered[0].endswith("ing") and lowered[0] not in NOT_SUBJECT_START | PREPOSITIONS \
        and lowered[1] in DETERMINERS and _gerund_subject(lowered[3:9])


BODY_SIDES = frozenset("side sides hand arm leg eye ear foot shoulder knee hip lung breast chest ribs "
                       "ventricle atrium kidney".split())
QUANTITY_SUBJECTS = frozenset("other many some several both all most few".split())
# words of kind before a plural noun ("different forms", "various types"): the -s word after one
# is the noun, and the kind's verb, if any, comes later
KIND_ADJECTIVES = frozenset("different various certain similar separate several other many numerous "
                            "additional further new older younger".split())
CONTRACTED_SUBJECTS = frozenset("i you we they he she it that there here what who where".split())
# how often something is so: an order is never hedged by them, so a bare verb after one
# shares the subject before it ("You are immune, and usually do not need MMR vaccine")
FREQUENCY_ADVERBS = frozenset("usually often sometimes generally typically normally rarely seldom "
                              "occasionally frequently mostly".split())


# what makes a "while" clause a contrast: another group for its subject, or a comparison
WHILE_CONTRAST_SUBJECT = re.compile(r"(?:others?|some|many|most|another|one|the\s+(?:rest|remaining|other))\b|\d",
                                    re.IGNORECASE)
WHILE_COMPARES = re.compile(r"\b(?:more|less|fewer|only|than|relatively|instead|both|either|older|younger|"
                            r"larger|smaller|higher|lower|longer|shorter|better|worse)\b", re.IGNORECASE)
TIME_SPANS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years".split())


def _while_tells_time(left: str, right: str, lex: Lexicon) -> bool:
    """Whether "..., while B" tells what happens meanwhile rather than what differs: "lie flat
    for 4 to 6 hours, while a nurse checks your blood pressure", "pool water is treated with
    chlorine for many hours, while the pool is closed". A contrast says the same kind of thing
    of another subject: its verb, amount or time is the left's ("is owned by ..., while the
    section on private property is owned by ..."), its subject another group ("others"), or it
    compares, hedges or tells how often ("may last", "usually", "more likely")."""
    words = [w.lower() for w in WORDS.findall(right)]
    # ("You will be asked to lie down for 5 to 10 minutes ..., while your heart rate and blood pressure
    # are checked every few minutes": what is done to the reader while the reader does as told is
    # meanwhile, however alike the times the two tell)
    if re.search(r"\byou\b", left, re.IGNORECASE) and \
            re.search(r"\b(?:is|are)\s+(?:being\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b", right):
        return True
    # (a verb in the past tells a finding, no meanwhile: "aspirin was started at once, while
    # the length of treatment varied widely")
    if not words or WHILE_CONTRAST_SUBJECT.match(right) or WHILE_COMPARES.search(right) or \
            any(w in MODALS or w in FREQUENCY_ADVERBS or
                (w in lex.past_forms or w.endswith("ed")) and k and words[k - 1] not in BE | {"has", "have", "had"} and
                # ("while systems are tested and brought back into use": a passive's second participle)
                not (words[k - 1] == "and" and k >= 3 and words[k - 3] in BE)
                for k, w in enumerate(words)):
        return False
    said = {w.lower() for w in WORDS.findall(left)}
    return not any(w in said and w not in FINITE and w not in BE and
                   (w in lex.verbs or w in lex.past_forms or w.endswith("ed") or w in TIME_SPANS or
                    w in lex.units or w[:1].isdigit() or k and words[k - 1] in BE)  # "is spoken ..., while ... is spoken"
                   for k, w in enumerate(words))


def _subject_word(text: str) -> str:
    """The first word of a clause, a contraction's subject alone ("You'll" -> "you")."""
    first = WORDS.match(text.strip())
    return re.split(r"['’]", first.group(0).lower())[0] if first else ""


PARALLEL_OPENERS = frozenset("some others many most few all none each one two three".split())


def _parallel_opening(word: str, item: str) -> bool:
    """Whether a list item opens as `word` does: both a number ("seven compared ..., one compared ...,
    and three compared ..."), or the same word."""
    opening = WORDS.findall(item)[:1]

    def counted(said: str) -> bool:
        return said[:1].isdigit() or said.lower() in NUMBER_WORDS

    return bool(opening) and (counted(word) and counted(opening[0]) or
                              word.lower() == opening[0].lower() and word.lower() in PARALLEL_OPENERS)



OBJECT_PARTICIPLES = frozenset("used prepared made given taken sold stored served bought labelled labeled "
                               "marketed designed approved prescribed recommended licensed produced cooked "
                               "packed shipped distributed imported collected fed compared heard seen "
                               "absorbed".split())
# ("an extra sound heard through a stethoscope")
PARTICIPLE_PLACES = frozenset("for with in from as on at during since to through".split())  # ("medicines used to treat")


def _describing_participle(words: list[str], k: int) -> bool:
    """Whether words[k] is a participle describing the noun before it: "medicines used for
    epilepsy", "food prepared with tap water" (a verb that needs an object, with none)."""
    return words[k] in OBJECT_PARTICIPLES and _before_its_place(words, k)


def _ed_form(word: str) -> bool:
    """Whether `word` ends as a past or a participle does ("spilled"); "need", "bleed" do not."""
    return word.endswith("ed") and not word.endswith("eed")


def _before_its_place(words: list[str], k: int) -> bool:
    """Whether words[k], after a word that is no auxiliary or pronoun, has a preposition of place or use after it."""
    return k > 0 and words[k + 1:k + 2] != [] and words[k + 1] in PARTICIPLE_PLACES and \
        words[k - 1] not in AUXILIARIES | PRONOUNS | BETWEEN_AUXILIARY


def _participle_then_place(words: list[str], k: int) -> bool:
    """Whether words[k] is an "-ed" word after a noun with a preposition after it ("gasoline spilled on
    ..."), which may describe the noun, and a modal comes a few words on: the subject's verb (a word
    the lexicon knows as a verb may be a noun there: "any fire incidents linked to emollient use")."""
    return _ed_form(words[k]) and len(words[k]) >= 5 and \
        _before_its_place(words, k) and words[k - 1] not in DETERMINERS | PREPOSITIONS and \
        any(w in MODALS | NEGATED_MODALS for w in words[k + 2:k + 9])


def _noun_then_ing(lowered: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the words from i are a noun (with its "the") then an "-ing" word that describes it:
    "urine flowing back", "the people living with you"."""
    k = i + 1 if lowered[i] in DETERMINERS else i
    noun, ing = lowered[k], lowered[k + 1] if len(lowered) > k + 1 else ""
    # ("wet clothing, tight boots": an "-ing" noun after its describing word has no phrase after it;
    # a participle goes on with its particle, preposition or object)
    then = lowered[k + 2] if len(lowered) > k + 2 else ""
    return len(ing) > 5 and ing.endswith("ing") and noun.isalpha() and noun not in lex.verbs and \
        noun not in PRONOUNS and noun not in AUXILIARIES and noun not in MODALS and noun not in lex.subjects and \
        (then in PREPOSITIONS or then in DETERMINERS or then in ("back", "out", "up", "down", "off", "away", "them",
                                                             "it", "you"))


def _participle_before_subject(rest: list[str]) -> bool:
    """Whether the words after an opening "-ed" word are its noun (one or two words) and then a verb
    of time: "blocked vents can force CO back", "infected people should stay home" (the participle
    describes the subject) where "taken three times daily" or "applied to the skin" has none."""
    for k, w in enumerate(rest[:2]):
        if not w.isalpha() or w in PREPOSITIONS or w in DETERMINERS or w in PRONOUNS or w in CLAUSE_BREAKERS or \
                w in ("and", "or", "as", "than", "together") or w.endswith("ly") or _finite(w):
            return False
        after = rest[k + 1:k + 2]
        if after and (_finite(after[0]) or after[0] in NEGATED_MODALS):
            return True
    return False


# a word of a noun phrase: no joining word, relative, subordinator or pronoun
PHRASE_WORD = (r"(?!(?:and|or|but|nor|that|which|who|whom|whose|where|when|while|if|as|because|so|to|not|you|we|they|"
               r"it|he|she|i|there|then)\b)[a-z][\w'’-]*")
# a second word before the phrase's noun ("a copy of the full referral form will be sent"), never one that opens a
# clause about it ("the amount of iron your body can use" is no clause)
PHRASE_MODIFIER = rf"(?!(?:the|your|a|an|their|our|his|her|its|my|this|these|those|some|any|each)\b){PHRASE_WORD}"
# a subject whose noun is told by one or two phrases of place or part before its verb of time: "the skin on the
# inside of your heel will be cleaned", "the blood in the veins of your legs can flow more slowly"
SUBJECT_WITH_PHRASES = re.compile(
    rf"(?:the|your|a|an|their|our|his|her|its|this|these|those|some|many|most|any)\s+(?:{PHRASE_WORD}\s+){{0,2}}"
    rf"{PHRASE_WORD}(?:\s+(?:of|in|on|at|inside|around|near|under|behind|between|from|within)\s+"
    rf"(?:(?:the|your|a|an|their|our|his|her|its|each|both|this|these|those|other)\s+)?(?:{PHRASE_WORD}\s+)?"
    rf"(?:{PHRASE_MODIFIER}\s+)?{PHRASE_WORD}){{1,2}}\s+(?:usually\s+|often\s+|also\s+|then\s+)?(?:can|could|may|might|will|would|should|"
    r"must|cannot|is|are|was|were|has|have|does|do)\b")

# a subject that is a count or a share of things, before its verb of time: "up to 80 percent of UV rays can pass", "about
# 1 in 10 people will get it", "3 out of 4 adults have"
COUNTED_SUBJECT = re.compile(
    r"(?:(?:up\s+to|about|around|roughly|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)?"
    r"\d[\d,.]*\s+(?:(?:percent|per\s+cent|in|out\s+of)\s+(?:every\s+)?(?:\d[\d,.]*\s+)?)?(?:of\s+)?"
    rf"(?:(?:the|your|their|these|those|all)\s+)?(?:{PHRASE_WORD}\s+){{0,3}}{PHRASE_WORD}\s+(?:usually\s+|often\s+|also\s+)?"
    r"(?:can|could|may|might|will|would|should|must|cannot|is|are|was|were|has|have|do|does|did)\b")


def _is_clause(words: list[str], lex: Lexicon) -> bool:
    """A subject then a finite verb within a few words: enough to stand as a sentence."""
    if len(words) < 3:
        return False
    lowered = [w.lower() for w in words]
    i = 1 if lowered[0] in lex.openers_adverbs else 0
    if i >= len(words):
        return False
    head = " ".join(lowered[i:i + 14])
    if SUBJECT_WITH_PHRASES.match(head) or COUNTED_SUBJECT.match(head):
        return True
    first = lowered[i]
    base = first.split("’")[0].split("'")[0]
    if i and lowered[0] in FREQUENCY_ADVERBS and (base in ("do", "don") or base in lex.verbs) and \
            _bare_verb(base, lex) and base not in lex.subjects:
        return False
    if not i and first in lex.verbs and _bare_verb(first, lex) and first not in lex.subjects and \
            lowered[1] in ("down", "up", "back", "out") and lowered[2] in ("and", "or", "then"):
        return False  # "Sit down and rest your arm on a table": an order and its second, no subject "Sit"
    if first in ("one", "another", "other", "others", "each", "some") and lowered[i + 1] == "to" and \
            not _has_finite(lowered[i + 3:]):
        return False  # "two needles: one to take blood out, and one to return it": what each is for, no clause
    if first in ("no", "some", "any", "little", "few") and lowered[i + 1] in ("or", "and"):
        return False  # "(no or low need)": words of amount joined before one noun, no subject and verb
    if lowered[i + 1:i + 2] == ["time"] and first in ("any", "every", "each", "next"):
        return False  # "any time your treatment changes" is a "when" clause
    if first in ("most", "more", "less", "least") and lowered[i + 2:i + 3] and (
            lowered[i + 1] == "often" or lowered[i + 1].endswith("ly") and lowered[i + 1] not in LY_NOUNS) and \
            (lowered[i + 2] in lex.verbs or lowered[i + 2].endswith(("ed", "s"))):
        return False  # "and most often occur between the ages of 3 and 12": an adverb, no subject
        # ("most sexually active people will be infected" has its subject)
    if first.endswith("ing") and base not in lex.subjects:
        # a gerund subject with its verb right after: "Smoking reduces bone density"
        # (not "Making changes to ...": a preposition after the -s word shows it is a noun)
        follow = lowered[i + 1] if len(words) > i + 1 else ""
        after = lowered[i + 2] if len(words) > i + 2 else ""
        if follow.endswith(("n't", "n’t")):
            return True
        if after in MODALS or after in ("cannot", "is", "are", "was", "were") or \
                after.endswith(("n't", "n’t")):
            return True  # a noun after the -ing word, then the verb: "Hearing aids cannot ..."
        if _gerund_with_object(lowered[i:]):
            return True
        return follow in lex.verbs and after not in NOT_SUBJECT_START and (
            follow in AUXILIARIES or follow in MODALS or follow.endswith("s"))
    amount_verb = [w for w in lowered[i + 2:i + 4] if w not in FREQUENCY_ADVERBS | {"also", "now", "still"}][:1]
    if base in ("more", "fewer", "less") and len(lowered) > i + 2 and lowered[i + 1].isalpha() and \
            amount_verb and amount_verb[0] in MODALS | AUXILIARIES | NEGATED_MODALS:
        return True  # "more cases are usually reported ...", "more water is needed": an amount of a thing, then
        # its verb ("more than", "more likely" open no subject)
    if base in NOT_SUBJECT_START or base in MODALS or base in AUXILIARIES or \
            first.replace("’", "'") in VERB_FIRST:
        return False  # "could not be ...", "was found ...", "cannot spread ...": no subject
    if base not in lex.subjects and (base in lex.past_forms or (
            len(base) >= 4 and _ed_form(base))) and \
            not _participle_before_subject(lowered[i + 1:]):
        return False  # "taken three times daily", "applied to the skin": a participle, no subject
    if first.endswith("ly") and first not in LY_NOUNS and len(lowered) > i + 1 and \
            lowered[i + 1].endswith("ed"):  # ("immediately put the bag ..." is an order)
        return False  # "then slowly lowered over 6 to 12 months": an adverb, then a participle
    if first in ("appears", "seems", "tends", "continues", "tries", "aims", "hopes", "wants", "begins", "starts",
                 "happens", "fails", "manages", "helps") and lowered[i + 1:i + 2] == ["to"]:
        return False  # "and appears to be no higher than ...": the verb of the subject before
    if first in ("helps", "lets", "makes") and lowered[i + 1:i + 2] and lowered[i + 1] in lex.verbs and \
            _bare_verb(lowered[i + 1], lex) and lowered[i + 1] not in lex.subjects:
        return False  # "and helps prepare the womb": the verb of the subject before, with its own verb
    if ("'" in first or "’" in first) and base in CONTRACTED_SUBJECTS:
        return True  # "it's", "I'd", "that's": subject and verb in one ("Children's" owns)
    if first in lex.verbs and first.endswith("s") and lowered[i + 1:i + 2] and (
            lowered[i + 1] in ("it", "them", "him", "her", "me", "us") or
            lowered[i + 1] in DETERMINERS and base not in lex.subjects):
        return False  # "finds it very hard to stop": a verb and its object, its subject before
        # ("helps the brain store the memory": nor is "helps the brain" a subject)
    if _s_form(first, lex) and \
            first not in lex.subjects and lowered[i + 1:i + 2] and lowered[i + 1] not in lex.verbs and \
            re.fullmatch(r"[a-z]+(?:al|ic|ful|ive|ous|able|ible|less)", lowered[i + 1]):
        return False  # "and gives practical suggestions ...": a verb and its described object, its subject before
    known_subject = base in lex.subjects or words[i][:1].isupper()
    if base in PRONOUNS and len(words) > i + 1 and lowered[i + 1] not in NOT_SUBJECT_START and \
            not (base in ("those", "these") and lowered[i + 1] in PREPOSITIONS | {"who", "that", "aged"}):
        return True  # "you wear it", "they walked": after a pronoun comes the verb ("those with a
        # routine need within 4 weeks" is a noun phrase, its verb left out)
    if base in ("these", "those") and len(words) > i + 2 and lowered[i + 1] in FREQUENCY_ADVERBS and \
            lowered[i + 2].isalpha() and lowered[i + 2] not in NOT_SUBJECT_START:
        return True  # "these usually fall out on their own": no noun comes after an adverb of how often, so
        # "these" stands for the things and the word after it is their verb
    # ("the needles used to apply the ink pierce ...": a noun's "used to" phrase puts its verb further on)
    # (and "Atopic eczema (also called atopic dermatitis) is ...": a name given puts it further on too)
    # (and "urine flowing back towards the bladder can increase ...": a noun's "-ing" phrase too)
    # (and "the underlying cause of low testosterone usually cannot be cured": an "-ing" word that
    # describes the noun after it)
    # (and "gasoline spilled on hot engine parts can ignite": any "-ed" word right after the noun, then a
    # preposition; read as a past verb instead, the words are a clause all the same)
    reach = i + 6 + (4 if any(_describing_participle(lowered, k) or _participle_then_place(lowered, k)
                              for k in range(i + 1, min(len(lowered), i + 4)))
                     or {"called", "named"} & set(lowered[i + 1:i + 5]) or _noun_then_ing(lowered, i, lex) else 0) + (
        2 if first in DETERMINERS and lowered[i + 1:i + 2] and lowered[i + 1].endswith("ing") else 0)
    for j, w in enumerate(lowered[i + 1:reach]):
        # ("the majority of children who have febrile seizures do not go on ...": after an "of" phrase too)
        if (j <= 2 or j <= 4 and "of" in lowered[i + 1:i + j + 1]) and (
                w == "who" or w == "that" and _finite(lowered[i + j + 2] if len(lowered) > i + j + 2 else "")):
            # "residents who are unwell are being cared for": a noun, a clause about it whose verb
            # comes first, then the noun's own verb of time later ("people who do not have symptoms
            # should ..."; "people who are pregnant or have diabetes" has only the inner clause's)
            rest = _up_to_clause(lowered[i + j + 2:])
            # ("many people who take these medicines can drive": a plural noun's "who" clause opens on
            # a bare verb; "people who have them never notice": the noun's own verb after an adverb of
            # how often may be bare too, with no verb of time)
            plural_who = w == "who" and (lowered[i + j] in QUANTITY_SUBJECTS or _plural(lowered[i + j]))
            if rest and (_finite(rest[0]) or _s_verb(rest[0], lex) or
                         plural_who and rest[0] in lex.verbs and _bare_verb(rest[0], lex)):
                return any(_finite(x) and k >= 2 and rest[k - 1] not in FINITE | ADVERBS_BEFORE_VERB | {
                    "and", "or", "but", "always", "to"} and not rest[k - 1].endswith(("n't", "n’t")) or
                    plural_who and k >= 3 and x in lex.verbs and _bare_verb(x, lex) and
                    rest[k - 1] in FREQUENCY_ADVERBS | {"never", "also", "still"} and
                    rest[k - 2] not in FINITE | {"and", "or", "but", "to"} or
                    # ("people who are vaccinated get shingles": a passive "who" clause, then the plural's bare verb)
                    # ("get" is a bare verb here, though it may make a passive elsewhere)
                    plural_who and k == 2 and rest[0] in ("are", "were") and _ed_form(rest[1]) and
                    x in lex.verbs and (_bare_verb(x, lex) or x == "get") and x not in lex.subjects
                    for k, x in enumerate(rest[:10]))
        if w in CLAUSE_BREAKERS or w in PRONOUNS:
            return False  # the verb found later would be a subordinate clause's
        if j and (w in OWNERS or w == "the" and j == 1) and (base in DETERMINERS or base in ("any", "some", "all")) and \
                lowered[i + j] not in lex.verbs and lowered[i + j] not in NOT_SUBJECT_START | PLACE_WORDS:
            # "a food your child already likes": a noun, then a clause about it with no "that";
            # the noun's own verb comes after that clause's, before any other clause opens ("the
            # one your team chooses will depend on ...")
            # ("the amount of iron your body can use": the one finite verb is the inner clause's)
            rest = _up_to_clause(lowered[i + j + 3:])
            finite = [k for k, x in enumerate(rest) if _finite(x)]
            own_verb = any(x in lex.verbs or x.endswith("s") for x in rest[:finite[0] if finite else len(rest)])
            return len(finite) >= (1 if own_verb else 2)
        if w.endswith(("n't", "n’t")) or w == "cannot":
            return True  # ("the cause of the pain cannot be cured")
        before = lowered[i + j]
        following = lowered[i + j + 2] if len(lowered) > i + j + 2 else ""
        if w in ("and", "or", "but") and following in ("it", "this", "these", "there", "they", "you", "we"):
            return False  # "the ovaries, and it is ...": the verb is the next clause's
        if w.endswith("ed") and following == "by" and before not in AUXILIARIES:
            continue  # "arthritis caused by a breakdown of ...": a thing and what caused it
        if _describing_participle(lowered, i + j + 1):
            continue  # "medicines used for epilepsy", "food prepared with tap water": a verb that
            # needs an object, with none before its preposition, describes the noun
        if w == "aged" and following[:1].isdigit():
            continue  # "people aged 70 to 79": the -ed word describes, no verb
        if w in ("called", "named") and j and before not in AUXILIARIES and following and \
                following not in NOT_A_NAME_NEXT:
            continue  # "a stool test called faecal calprotectin": a name given, no verb
        if w in ("called", "named") and j and before not in AUXILIARIES and following == "the" and (
                base in ("two", "three", "four", "five", "six", "several", "many") or base[:1].isdigit() or
                before in lowered[i + j + 3:i + j + 7]):
            continue  # "two nerves called the recurrent laryngeal nerves", "the nerve called the vagus
            # nerve": things counted, or a kind its name says again, are named, no verb "called"
        if w in ("called", "named") and j and before not in AUXILIARIES and following in ("a", "an") and \
                base in ("a", "an"):
            continue  # "an injection called an inferior alveolar nerve block": a kind's name with its
            # own "an" (a thing that calls is told with "the" or a name: "Your GP called an ambulance")
        if before == "to" and (j == 1 or j == 2 and lowered[i + 1] not in lex.verbs and lowered[i + 1] not in lex.subjects and
                               not lowered[i + 1].endswith(("ed", "s")) and w in lex.verbs and
                               not w.endswith(("ed", "s"))) and \
                base not in lex.subjects and base not in lex.verbs and base not in DETERMINERS and \
                w not in AUXILIARIES and w not in MODALS:
            # "(medicine to help you relax)", "lifelong treatment to remove the extra iron": a noun
            # (and its describing word) and what it is for, no clause; its verb may come later
            # ("Treatment purely to improve how your legs look is not usually available")
            return j == 2 and _has_finite(_up_to_clause(lowered[i + j + 2:]))
        if following == "than" and (w.endswith("er") or w in ("more", "less", "better", "worse")) and \
                w not in AUXILIARIES and w not in MODALS:
            continue  # "much lower than the dose": a word compared, no verb ("lower" is one too)
        if w == "close" and following == "together":
            continue  # "(several seizures close together)": how near, no verb
        if w in ("am", "pm") and before[:1].isdigit():
            continue  # "(Monday to Friday, 8:30 am to 4:30 pm)": a time, no verb
        if w == "may" and words[i + j + 1][:1] == "M":
            continue  # "(roughly May through September)": a month with its capital, no verb
        if w == "used" and following == "to" and before not in AUXILIARIES:
            continue  # "the black adhesive (mastic) used to install them": what it is for, no verb
        if before == "to" and j >= 2 and lowered[i + j - 1] == "used" and lowered[i + j - 2] not in AUXILIARIES and \
                _has_finite(lowered[i + j + 2:]):
            continue  # "Some medicines used to treat fungal infections, HIV and epilepsy can change":
            # what they are for, no verb; the noun's own comes later (where none the lexicon knows
            # comes, "the needles used to apply the ink pierce ..." still reads as a clause)
        if before == "to" and j > 0 and base in DETERMINERS and w in lex.verbs and not w.endswith("s"):
            # "the medicines to be given": an infinitive, no verb of time; the subject's verb
            # may come later ("the best way to protect yourself is ...") or be a past before it
            # ("the Corporation refused to allow ...")
            return _has_finite(lowered[i + j + 1:]) or any(
                x.endswith("ed") or x in lex.past_forms for x in lowered[i + 1:i + j])
        if w == "like" and before in ("rather", "much", "just", "quite", "more", "very", "bit", "looks", "look",
                                      "feels", "feel", "sounds", "seems", "something", "nothing"):
            continue  # "rather like the inside of your mouth": a likeness, no verb
        if w in ("left", "right") and following in BODY_SIDES:
            continue  # "on the upper left side": a side, no verb
        if w.endswith("ed") and j and (before.endswith("ly") or before in FREQUENCY_ADVERBS | {"widely", "well"}) and \
                lowered[i + j - 1] in DETERMINERS | KIND_ADJECTIVES | {"other", "many", "some", "most", "several"}:
            continue  # "many other commonly used antibiotics": a describing word, no verb
        if w.endswith("ed") and (before in DETERMINERS or before in PREPOSITIONS or before in ("and", "or")):
            # "cigarettes with reduced tar", "health problems or weakened immune systems": a
            # participle describing a noun
            continue
        if _ed_form(w) and before in QUANTIFIERS and following.isalpha() and \
                following not in VERB_OF_A_QUANTIFIER_NEXT and not following.endswith(("ing", "ly")):
            continue  # "some imported face powders": a describing word before its noun ("Some
            # reported feeling dizzy", "Many attended the clinic" have their verb)
        if w.endswith("s") and not w.endswith("ss") and w not in AUXILIARIES and j >= 2 and \
                _plural(base) and base not in lex.verbs and \
                set(lowered[i + 1:i + j]) & (PREPOSITIONS | {"near", "like", "around", "behind", "beside", "outside"}):
            continue  # "deaths from unknown causes", "Beaches near storm drains": a plural subject takes no
            # "-s" verb; after its preposition the "-s" word is a noun of the phrase
        if w.endswith("s") and w not in AUXILIARIES and "and" in lowered[i:i + j + 1]:
            continue  # "personality and behavior changes": two things take no -s verb
        joined = [k for k in range(i, i + j + 1) if lowered[k] == "or"]
        if w.endswith("s") and joined and i + j + 1 - joined[-1] >= 3 and \
                not set(lowered[joined[-1]:i + j + 1]) & PREPOSITIONS:
            continue  # "sumatriptan or zolmitriptan nasal sprays": a thing with its describing word
            # ("the gum or lozenge helps" has its verb)
        if j > 0 and before == "other" and w not in AUXILIARIES and w not in MODALS:
            continue  # "ATVs and other open equipment": after "other" a describing word, no verb
        if j > 0 and before in DETERMINERS and w not in AUXILIARIES and w not in MODALS:
            continue  # "cramps in the lower belly": after "the" comes a noun's word, no verb
        if j > 0 and before.endswith("ing") and lowered[i + j - 1] in DETERMINERS and w not in AUXILIARIES and \
                w not in MODALS and not w.endswith(("ed", "s")):
            continue  # "the leading cause among people ...", "a growing number": after "the" and an "-ing"
            # word that describes it comes the noun, no verb ("the recording lasts", "the swelling goes
            # down": an "-s" word after an "-ing" noun is its verb)
        if j > 1 and lowered[i + j - 1] in ("a", "an") and before not in lex.verbs and \
                w not in AUXILIARIES and w not in MODALS and not w.endswith("s") and \
                not _ed_form(w):
            continue  # "those with a routine need within 4 weeks": "a" and a describing word before a noun
        if j == 0 and base in KIND_ADJECTIVES and w.endswith("s") and w not in AUXILIARIES:
            # "different forms, including liquids, and these are ...": a kind and its plural noun;
            # the verb comes later, and is another subject's after "and these"
            # ("other viruses, such as influenza, can also cause it" has its verb; a verb inside a
            # "that" or "when" clause is no verb of the kind's)
            rest = lowered[i + 2:]
            at = next((k for k, x in enumerate(rest) if _finite(x)), None)
            if at is not None and not set(rest[:at]) & (SUBORDINATORS | RELATIVE | {"when", "that"}):
                return not (at >= 2 and rest[at - 1] in ("these", "they", "it", "this", "there") and
                            rest[at - 2] in ("and", "or", "but"))
        if w == "be" and before == "to" and j == 2 and lowered[i + 1].endswith("s") and \
                lowered[i + 1] not in lex.verbs and base not in lex.verbs and base not in lex.subjects:
            # "blood samples to be taken, without the need ...": a noun and what is to be done to it;
            # its own verb, if any, comes later
            return _has_finite(_up_to_clause(lowered[i + j + 1:]))
        if before == "to" and j == 2 and w not in AUXILIARIES and w not in MODALS and \
                not w.endswith(("s", "ed")) and base not in lex.verbs and lowered[i + 1].endswith("s") and \
                lowered[i + 1] not in lex.verbs:
            # "federal partners to investigate an outbreak": a describing word, its noun and
            # what they are to do; after "to" a verb is no verb of time, and the noun's own may
            # come later ("the efforts to repair the joint can cause ...")
            return _has_finite(_up_to_clause(lowered[i + j + 1:]))
        if j == 0 and w.endswith("s") and not w.endswith("ss") and w[:-1] in lex.verbs and \
                re.search(r"(?:al|ic|ar|ous|ive|ful)$", base) and base not in lex.verbs and base not in lex.subjects and \
                not any(x in lex.verbs or _finite(x) for x in lowered[i + 2:]):
            return False  # "(regular checks instead of immediate treatment)": a describing word and its plural
            # noun, no subject and verb
        if w in lex.verbs and not (j == 0 and base in DETERMINERS | {"any"} and w not in AUXILIARIES
                                   and w not in MODALS) and not (
                base in ("a", "an") and _bare_verb(w, lex)) and not (
                j == 0 and "-" in base and not base.endswith("s") and _bare_verb(w, lex)) and not (
                j >= 2 and lowered[i + j - 1] in DETERMINERS and _bare_verb(w, lex) and _participle_like(before)):
            # ("short-term support for up to 6 weeks": after a joined describing word a bare word
            # is its noun, no verb; so is it after "a" and a describing "-ed" word: "instructions and
            # a prepaid return label")
            return True  # (after "a", "a whistling sound" is no clause: its verb would take -s)
        # a regular verb right after a known subject word ("it helps", "they walked")
        # ("other treatments (ketamine, etomidate)": after a word of number an -s word may be a
        # plural noun; a verb must come later)
        # ("OCT scans and visual field tests": after a name in capitals an -s word is its plural)
        # ("it usually disappears": an adverb may stand between the subject and its verb)
        if known_subject and (j == 0 or j == 1 and base in lex.subjects and (
                before in ADVERBS_BEFORE_VERB | FREQUENCY_ADVERBS or before.endswith("ly") and before not in LY_NOUNS)) and \
                base not in DETERMINERS and not first.endswith(("'s", "’s")) and \
                not (words[i].isupper() and len(words[i]) > 1) and \
                not (words[i][:1].isupper() and words[i + 1][:1].isupper()) and (
                w.endswith("ed") or (w.endswith("s") and not w.endswith(("ss", "us", "is")))):
            # ("Townsville, Cairns, Cape York": a capital after the first word is another name)
            # ("most infections occurring between May and October, when ticks are active": a
            # participle after the noun; the verb later is another clause's)
            if base in QUANTITY_SUBJECTS and lowered[i + 2:i + 3] and lowered[i + 2].endswith("ing"):
                return False
            # ("any drinks or food prepared with tap water": "any" counts things too)
            return base not in QUANTITY_SUBJECTS | {"any"} or w.endswith("ed") or any(
                (x in lex.verbs or x in MODALS or x in AUXILIARIES or x.endswith(("ed", "n't", "n’t"))) and
                not _describing_participle(lowered, k) and lowered[k - 1] != "to"  # ("used to treat")
                for k, x in enumerate(lowered[i + 2:], i + 2))
    return _modal_after_long_subject(lowered, i, lex)


def _modal_after_long_subject(lowered: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the words from i are a long subject, a noun with its phrases, and then a modal and a verb:
    "a core temperature of 107°F (41.7°C) can be fatal", "a small part of the intestine or the fatty tissue inside
    the belly can push through", "an antacid or alginate medicine such as Gaviscon may help". The clause check's reach stops short of such
    a modal; nothing before it may be a verb, a pronoun or a word that opens a clause of its own, whose modal
    it would be ("the tablets you take may ...", "the place where it hurts may ...")."""
    first = lowered[i]
    if first in PRONOUNS | NOT_SUBJECT_START | CLAUSE_BREAKERS or first in lex.verbs or _finite(first) or \
            first.endswith("ly") and first not in LY_NOUNS:
        return False
    # (the words come without their commas, so the subject holds one "and" or "or" at most, and no plural
    # noun with a noun straight after it, the end of one item and the start of the next: "cracks in floors and
    # walls, gaps around service pipes, ..., crawl spaces and construction joints, radon can build up" is a
    # list's end, then another clause)
    joined = 0
    for k in range(i + 1, min(len(lowered) - 1, i + 15)):
        w, before = lowered[k], lowered[k - 1]
        if w in MODALS:
            then = lowered[k + 1]
            return k - i >= 3 and (then in lex.verbs or then in BETWEEN_AUXILIARY | {"be", "have"})
        joined += w in ("and", "or")
        if joined > 1 or k - 1 > i and len(before) > 3 and _plural(before) and before not in lex.verbs and \
                w.isalpha() and \
                w not in PREPOSITIONS | PLACE_WORDS | DETERMINERS | ADVERBS_BEFORE_VERB | {"and", "or", "such", "like"} and \
                not w.endswith(("ed", "ing", "ly")):
            return False
        if w == "as" and before == "such" or w in ("after", "before", "until", "since", "like"):
            continue  # "such as Gaviscon", "after surgery": examples or a time of the subject's thing (a clause
            # of the time's own has its pronoun or verb, found after it)
        if w in PRONOUNS | CLAUSE_BREAKERS | CONTENT_CLAUSE | NEGATED_MODALS or _finite(w) or w == "to" or \
                w.endswith(("n't", "n’t")) or w in lex.past_forms and not w.endswith("ed") or \
                w in lex.verbs and before not in DETERMINERS | PREPOSITIONS or \
                w.endswith("ing") and w in lex.ing_bases and before not in DETERMINERS | PREPOSITIONS:
            return False  # ("the use of steroid creams may": after "the" or "of" a verb's word is a noun)
            # ("a short leaflet explaining what will happen": an "-ing" verb and what it tells of hold the modal)
        if w in DETERMINERS and before not in PREPOSITIONS | PLACE_WORDS | {"and", "or", "such", "as", "like", "even", "just",
                                                                          "only"} \
                and not before[:1].isdigit() and before not in lex.units and \
                lowered[k + 1] not in ("day", "week", "month", "year", "few", "little", "lot", "time", "while"):
            return False  # "the objects or substances a person could use": a noun, then a clause about it whose
            # subject opens on its own "a"; the modal is that clause's
    return False


MODALS = frozenset("can could may might will would shall should must".split())
NEGATED_MODALS = frozenset("cannot can't couldn't won't wouldn't shouldn't mustn't".split())
# words that start a verb phrase and never an order: after them comes no subject
VERB_FIRST = NEGATED_MODALS | frozenset("does doesn't did didn't isn't aren't wasn't weren't hasn't "
                                        "haven't".split())


ENDED = re.compile(r"[.!?][\"”’']?$")  # a sentence's stop, inside a closing quote too


# a subject, an aside about it set off by commas ("which ..." or "who ..."), then the subject's verb
SUBJECT_THEN_RELATIVE = r"^(?P<subject>[A-Z][^,;:()\"“”]*?(?:\s*\([^()]*\))?),\s+(?P<rel>which|who)\s+"
RELATIVE_ASIDE = re.compile(SUBJECT_THEN_RELATIVE + r"(?P<aside>[^,;:()]+?),\s+(?P<main>.+)$")
# the same with an aside that ends in a list of its own ("which is found in oats, beans, and psyllium
# supplements,"): its last piece opens on "and" or "or", and the main clause comes after its comma
RELATIVE_ASIDE_LISTING = re.compile(SUBJECT_THEN_RELATIVE + r"(?P<aside>[^,;:()]+?(?:,\s+[^,;:()]+?)*,?\s+(?:and|or)\s+"
                                    r"[^,;:()]+?),\s+(?P<main>.+)$")
NUMBER_OF_VERB = {"is": "one", "was": "one", "has": "one", "does": "one",
                  "are": "many", "were": "many", "have": "many", "do": "many"}


def _verb_number(verb: str, lex: Lexicon) -> str:
    """ "one" for "is", "has" or an "-s" verb, "many" for "are", "have"; "" where the verb shows none."""
    return NUMBER_OF_VERB.get(verb) or ("one" if _s_verb(verb, lex) and verb not in lex.subjects else "")


def _adverbs_before_verb(lowered: list[str]) -> int:
    """How many adverbs open `lowered` before its verb ("usually", "also often"), never past the last word."""
    k = 0
    while k < len(lowered) - 1 and lowered[k] != "not" and (
            lowered[k] in ADVERBS_BEFORE_VERB or lowered[k] in FREQUENCY_ADVERBS):
        k += 1
    return k


def _opening_verb(words: list[str], lex: Lexicon) -> str:
    """The verb `words` open on past their adverbs: a verb of time, a denial, an "-s" verb or a
    past; "" where none stands there ("cramps and nausea": an "-s" word followed by "and" heads a
    list's next item)."""
    lowered = [w.lower() for w in words]
    k = _adverbs_before_verb(lowered)
    w = lowered[k] if lowered else ""
    following = lowered[k + 1] if len(lowered) > k + 1 else ""
    if _finite(w) or w.endswith(("n't", "n’t")) or w == "cannot" or \
            (_s_verb(w, lex) or w in lex.past_forms) and following not in ("and", "or"):
        return w
    return ""


def _plural_present(words: list[str], lex: Lexicon) -> str:
    """The verb `words` open on past their adverbs where it has no ending ("happen in", "take
    around"), the present of a plural subject; "" where none stands there."""
    lowered = [w.lower() for w in words]
    k = _adverbs_before_verb(lowered)
    w = lowered[k] if lowered else ""
    following, after = (lowered[k + 1:k + 3] + ["", ""])[:2]
    # ("which support workers change daily": a noun, then the clause's verb two words on; "vary and
    # change" are two verbs)
    if following not in DETERMINERS and following not in PREPOSITIONS and following not in ("to", "and", "or") and (
            after in lex.verbs or after in lex.past_forms):
        return ""
    return w if _plain_number(w, lex) else ""


def _plain_number(verb: str, lex: Lexicon) -> str:
    """ "many" for a verb with no ending ("include", "happen"), which only a plural subject
    takes in the present; "" for any other word."""
    return "many" if verb in lex.verbs and not verb.endswith(("s", "ing")) and not _ed_form(verb) and \
        verb not in FINITE and verb not in lex.past_forms else ""


def _relative_aside(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "Tonsil stones, which are also called tonsilloliths, are small lumps ..." -> ("Tonsil stones
    are also called tonsilloliths", "They are small lumps ..."): the aside told of the subject
    first, as the sentence told it, then the main clause with the subject said again ("It",
    "They", or the person named). None where the words before the comma are no plain subject
    (a phrase put first, an order, a noun with a phrase of its own: "the treatment of warts,
    which are caused by a virus," tells of the warts) or either part opens on no verb of its
    subject's ("Headaches, which are common, cramps and nausea": a list goes on)."""
    for pattern in (RELATIVE_ASIDE, RELATIVE_ASIDE_LISTING):
        m = pattern.match(text)
        told = _relative_aside_told(m, lex) if m else None
        if told:
            return told
    m = RELATIVE_ASIDE.match(text)
    return _object_aside_told(m, lex) if m and m.group("rel") == "which" else None


def _object_aside_told(m: re.Match, lex: Lexicon) -> tuple[str, str] | None:
    """ "Paracetamol, which you can buy from any pharmacy, is usually the best painkiller to try first." ->
    ("You can buy paracetamol from any pharmacy", "It is usually the best painkiller to try first"): an aside whose
    "which" is its own verb's object is told first, the thing named after that verb (see _object_told), then the main
    clause with its subject said again. Only after a short plain subject with no phrase or second thing of its own, so
    that its last word is the thing, and before a main clause that opens on its verb."""
    subject, aside, main = m.group("subject"), m.group("aside"), m.group("main")
    named = [w.lower() for w in WORDS.findall(re.sub(r"\([^()]*\)", " ", subject))]
    main_words = WORDS.findall(main)
    if not named or len(named) > 6 or any(w in FINITE | CLAUSE_BREAKERS | PREPOSITIONS or w in ("and", "or")
                                          for w in named) or \
            not _opening_verb(main_words, lex) or len(main_words) < 3:
        return None
    # the thing is told as the aside's object, named in full, and the main clause's subject is said again ("It",
    # "They") in the sentence after, as _relative_aside_told does (told after it, the aside would come between the
    # main clause's pieces and what points back at them: "... against norovirus. Many families carry them. So
    # washing ...")
    if named[0] in DETERMINERS or named[0] in drug_names():
        thing = subject[:1].lower() + subject[1:]
    elif subject[:2].isupper():
        thing = subject  # ("MRI scans": letters of a short name keep their capitals)
    else:
        return None  # ("Lyme disease, which ...": a name keeps its capital, and a word of unknown kind may be one)
    told = _object_told(subject, aside, lex, thing=thing)
    if not told:
        return None
    return told, f"{'They' if _plural(named[-1]) else 'It'} {main}"


def _relative_aside_told(m: re.Match, lex: Lexicon) -> tuple[str, str] | None:
    subject, aside, main = m.group("subject"), m.group("aside"), m.group("main")
    named = [w.lower() for w in WORDS.findall(re.sub(r"\([^()]*\)", " ", subject))]
    if not named or len(named) > 10 or named[0] in SUBORDINATORS | PRONOUNS | QUANTIFIERS | {
            "it", "this", "these", "that", "those", "there", "and", "but", "or", "so", "then", "however",
            "unlike", "like", "besides", "despite", "except", "including", "as", "per"} or \
            named[0] in lex.verbs and not _s_verb(named[0], lex) or named[0].endswith("ly") or \
            any(w in FINITE or w in CLAUSE_BREAKERS for w in named) or \
            len(named) == 1 and named[0] in DETERMINERS:
        return None
    # a noun with a phrase of its own ("Areas at the front of the prostate, which are ..."): the aside may
    # tell of the phrase's noun, so it is the head's only where its verb's number is the head's and
    # not the last noun's (below)
    phrase_at = next((k for k, w in enumerate(named) if w in PREPOSITIONS or w in PLACE_WORDS), len(named))
    if phrase_at > 6 or phrase_at < len(named) and (phrase_at == 0 or named[phrase_at - 1] in DETERMINERS):
        return None

    aside_words, main_words = WORDS.findall(aside), WORDS.findall(main)
    own, said = _opening_verb(aside_words, lex), _opening_verb(main_words, lex)
    # ("Common side effects, which happen in more than 1 in 100 people, include ...": a verb with no
    # ending of its own after the plural subject and after "which" is the present of "they")
    if _plural(named[phrase_at - 1]) and not {"and", "or"} & set(named[:phrase_at]):
        own = own or _plural_present(aside_words, lex)
        said = said or (own and _plural_present(main_words, lex))
    # ("Taking too much dextromethorphan, which is a cough suppressant, can cause ...": after an act
    # put as the subject, the aside may tell of the thing acted on; only a name for the act itself
    # is surely the act's)
    if named[0].endswith("ing") and not re.match(r"(?:is|are)\s+(?:also\s+|often\s+|sometimes\s+|usually\s+)?"
                                                r"(?:called|known\s+as|named)\b", aside):
        return None
    # ("Another option, which may suit shorter trips, is to keep taking it": "It is to keep ..." says
    # what the option is with nothing it points to)
    if re.match(r"(?:is|are|was|were)\s+to\s", main):
        return None
    if not own or not said or len(main_words) < 3 or len(WORDS.findall(aside)) < 2 or \
            re.match(r"[^,]*?\b(?:and|or)\s*$", aside) or WORDS.findall(aside)[-1].lower() in PREPOSITIONS:
        return None

    head = named[phrase_at - 1]
    counts = {_verb_number(verb, lex) or _plain_number(verb, lex) for verb in (own, said)} - {""}
    if len(counts) > 1:
        return None  # the aside tells of another noun than the main verb's subject
    many = counts == {"many"} if counts else _plural(head)
    if phrase_at < len(named) and (not counts or many != _plural(head) or many == _plural(named[-1])):
        return None  # ("the treatment of warts, which are caused by a virus,": the warts')
    if {"and", "or"} & set(named[:phrase_at]) and not (many and "or" not in named[:phrase_at]):
        return None  # ("paracetamol and ibuprofen, which is stronger, ...": the aside may tell of the last)
    if m.group("rel") == "who" and not many:
        # the one person named again ("An investigating manager" -> "The investigating manager",
        # "One resident" -> "The resident": "a" or "one" again could be someone else)
        again = re.sub(r"^(?:a|an|one)\b", "The", subject, flags=re.IGNORECASE)
    else:
        again = "They" if many else "It"
    return f"{subject} {aside}", f"{again} {main}"



# a "which" clause's own opening when it gives a reason or a meaning: "which is why ...", "which means ..."
WHY_OR_MEANS = re.compile(r"(?:is\s+(?:also\s+|partly\s+)?why|(?:also\s+)?(?P<means>means))\b\s*")


def _reason_told_whole(which_clause: str, lex: Lexicon) -> bool:
    """Whether a "which" clause is "is why" or "means" and a clause of its own, its commas all its own ("which is
    why cooling the burn quickly, and for long enough, is so important", "which means that anyone who has ever injected
    drugs, even once, may have been exposed"); not where a comma leads back to the clause before it: a second verb
    of the sentence's subject ("which is why they are placed on their side, and usually wake up"), a second way
    ("which means labour is started artificially, or you may be offered a caesarean", "either under a general
    anaesthetic, which means ..., or under a local one"), a second reason ("which means it burns more quickly, and
    because they are curious"), or a phrase ("which means you may need more, and to addiction")."""
    # (nor a condition set off after it, "which means you will not need a check, if they get the higher rate", nor a
    # lead-in or a list's item that goes on: "..., for anyone who:", "which means planning to ..., or")
    opening = WHY_OR_MEANS.match(which_clause)
    if not opening or ";" in which_clause or \
            re.search(r",\s+(?:if|unless|when|whenever|once|until)\b[^,;]*$", which_clause) or \
            re.search(r"(?::|,\s+(?:and|or))\s*$", which_clause.rstrip()):
        return False
    # (a clause told whole, then a verb of time after a comma with no joining word, is the main clause's:
    # "which means the appendix has not burst, treatment with antibiotics may be a choice"; a verb inside a "who"
    # clause tells nothing: "which means that anyone who has ever injected drugs, even once, may have been exposed")
    told = False
    # (past the clause's own "is why" / "means": "which is why cooling the burn quickly, and for long enough, is so
    # important" has one verb of time, its subject's)
    opened = which_clause[opening.end():]
    # (nor a phrase that ends the sentence after a clause told whole: "which means the medicine should not be used,
    # for people who have had a complex sleep behavior" tells whom the main clause's contraindication is for)
    pieces = re.split(r",\s+", re.sub(r"\([^()]*\)", "", opened))
    acts = bool(opening.group("means")) and bool(re.match(r"[a-z]+ing\b", opened))
    for k, piece in enumerate(pieces):
        words = [w.lower() for w in WORDS.findall(piece)]
        # (an infinitive is the clause's own: "urging older residents, and their carers, to make sure every home has")
        if not words or words[0] in SUBORDINATORS | {"and", "or", "but"} or \
                words[0] == "to" and len(words) > 1 and words[1] in lex.verbs:
            continue
        own = _has_finite(_up_to_clause(words))
        # (after a meaning that is an "-ing" act, a verb of time with no subject is the subject's before the "which": "A
        # staggered overdose, which means taking too much over several days, can be just as dangerous")
        if k and _finite(words[0]) and acts or told and (
                own or k == len(pieces) - 1 and words[0] in PREPOSITIONS and words[:2] != ["for", "example"]):
            return False
        told = own
    for joined in re.finditer(r",\s+(and|but|or)\s+(?:[a-z]+ly\s+|then\s+|also\s+)?([a-z]+)(?:\s+([a-z]+))?", which_clause):
        word, after = joined.group(2), joined.group(3) or ""
        # (a list's last item, "tiredness, swollen ankles, or the need to pass urine", a second "to" of the reason, "to
        # have regular tests, and to know what to do", and an aside set off inside it, "and for long enough,", are its)
        ends_clause = "," not in which_clause[joined.end():]
        if word in lex.verbs or word in SUBORDINATORS or joined.group(1) == "or" and word in PRONOUNS | PREPOSITIONS or \
                word in PREPOSITIONS and ends_clause and not (word == "to" and after in lex.verbs):
            return False
    return True


# words after "a thing," that open examples, an aside or a clause, never a second describing word
# ("which can be harder to link to an infection, such as:")
NOT_DESCRIBING_NEXT = frozenset("and or but so such including like especially particularly usually often mainly mostly "
                                "either not also even as than then".split())
# a comma between two describing words before their noun ("which is a thin, flexible tube that ...")
DESCRIBING_COMMA = re.compile(r"\b(?:a|an)\s+([a-z-]+),\s+(?=([a-z-]+)\s+[a-z-]+)")


def _describing_commas_dropped(clause: str, lex: Lexicon) -> str:
    """`clause` without the commas that join two describing words before one noun ("a soft, coiled
    tube"): they are the noun phrase's own, no end of a clause. A verb, a determiner or a joining word
    after the comma shows a clause or another thing ("an emergency, call 999", "a pen, a pencil")."""
    def joined(m: re.Match) -> str:
        first, then = m.group(1), m.group(2)
        if first in lex.verbs or then in lex.verbs or _finite(then) or then in lex.past_forms or \
                then in DETERMINERS | SUBORDINATORS | PREPOSITIONS | PRONOUNS | RELATIVE | NOT_DESCRIBING_NEXT:
            return m.group(0)
        return m.group(0).replace(",", "", 1)
    return DESCRIBING_COMMA.sub(joined, clause)


def _commas_its_own(which_clause: str, lex: Lexicon) -> bool:
    """Whether every comma in a "which" clause that runs to the end of the sentence is the clause's own: a
    list of what it is or where ("which is free, confidential, and available 24 hours a day", "which are tiny
    organisms common in lakes, ponds and rivers"). No piece after a comma may open on a phrase of when, where
    or how, nor hold a verb (a hyphened describing word such as "slow-moving" counts as one): it may be the main clause's ("the immune system, which fights
    infection, attacks the hair follicles"; "a gel, which helps the probe, and will then move it") or a
    clause of its own ("which we will add back, and you could be fined")."""
    if ";" in which_clause or ":" in which_clause:
        return False
    pieces = re.split(r",\s+", re.sub(r"\([^()]*\)", "", which_clause))
    if len(pieces) < 2 or len(pieces) > 4:
        return False
    for piece in pieces[1:]:
        words = [w.lower() for w in WORDS.findall(piece)]
        # (nor a phrase of when, where or how, which may be the main clause's: "which follows the standard,
        # within the past 12 months", "which is updated daily, on the website")
        if not words or words[0] in DETERMINERS | PRONOUNS | SUBORDINATORS | PREPOSITIONS | ADVERBS_BEFORE_VERB | {
                "so", "whereas", "which", "who", "even", "particularly", "especially", "to", "except", "including",
                "such", "but", "rather", "instead", "than", "as", "now"} or words[0].endswith("ly") or \
                WORDS.findall(piece)[0][:1].isupper():
            return False
        # ("and available 24 hours a day": a describing word; "and a thin wire that links them" is the main
        # clause's next thing)
        # ("and clavulanic acid", "and intravenous sedation": a describing word before its noun names a thing)
        if words[0] in ("and", "or") and not (len(words) > 1 and re.fullmatch(
                r"[a-z]+(?:able|ible|al|ful|ous|ive|ic|ent|ant|less)", words[1]) and words[1] not in lex.verbs and
                (len(words) == 2 or words[2] in PREPOSITIONS | {"than", "to"} or words[2][:1].isdigit())):
            return False
        if any(w in lex.verbs or w in lex.past_forms or _finite(w) or w in NEGATED_MODALS or
               w.endswith(("ed", "ing", "n't", "n’t")) or _s_form(w, lex) for w in words):
            return False
    return True


def _clause_told(left: str, lex: Lexicon) -> bool:
    """Whether the last clause of `left` (after its last comma or joining word) has its verb, so that a
    "which" after it comes after a whole clause; "when mast cells, which are immune cells, release ..." puts
    the "which" between a subject and its verb."""
    tail = re.split(r",\s+|\b(?:that|when|if|because|where|while|whereas|although|since|and|but|or)\s+",
                    re.sub(r"\([^()]*\)", "", left))[-1]
    words = WORDS.findall(tail)
    return is_order(words, lex) or _is_clause(words, lex) or _has_finite([w.lower() for w in words])


def _sentence(text: str, end: str = ".") -> str:
    text = text.strip().strip(",;:—–- ").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    # 'claim to be "FDA-approved," because ...': the comma inside the quote becomes the stop
    text = re.sub(r',(["”])$', r"\1", text) if end == "." else text
    # 'is often called "lockjaw."': the stop inside the closing quote ends the sentence
    if not ENDED.search(text):
        text += end
    return text


# people counted as a part of all ("some people", "many of them", "others"): a subject, like a pronoun
PEOPLE_COUNTED = re.compile(r"(?:some|many|most|a\s+few|few|both|others)(?:\s+(?:of\s+(?:them|these|those|us)|"
                            r"people|children|adults|women|men|patients|babies|parents))?\s+", re.IGNORECASE)


def _pronoun_and_verb(text: str, lex: Lexicon) -> bool:
    """Whether `text` opens on a personal pronoun and its verb, past any adverbs ("it can cause ...", "it
    usually disappears ...": after "it" an "-s" word is its verb), or on people counted and theirs ("some
    people find it hard ...": a bare verb after people named)."""
    counted = PEOPLE_COUNTED.match(text)
    if counted:
        verb = [w.lower() for w in _without_leading_adverbs(WORDS.findall(text[counted.end():])[:3])[:1]]
        named = len(WORDS.findall(counted.group(0))) > 1 or counted.group(0).lower().startswith("others")
        return bool(verb) and (_finite(verb[0]) or verb[0] in NEGATED_MODALS or
                               named and verb[0] in lex.verbs and _bare_verb(verb[0], lex))
    opening = [w.lower() for w in WORDS.findall(text)[:1]] + [
        w.lower() for w in _without_leading_adverbs(WORDS.findall(text)[1:4])[:1]]
    # ("..., muscle aches and tiredness, and these usually settle within 3 days": a pointing word and its verb
    # too, a plural one's bare; "this" and "there" with a verb of time or an "-s" verb)
    # (never an "-s" word after "these": "and these forms with you" names the forms)
    return len(opening) == 2 and opening[0] in PRONOUNS | {"it", "this", "these", "those", "there"} and (
        _finite(opening[1]) or opening[1] in NEGATED_MODALS or
        _s_verb(opening[1], lex) and opening[0] not in ("these", "those") or
        opening[0] in ("it", "he", "she") and opening[1].endswith("s") and not opening[1].endswith("ss") or
        opening[0] in ("they", "we", "these", "those") and opening[1] in lex.verbs and _bare_verb(opening[1], lex) and
        opening[1] not in lex.subjects)


def _in_series(left: str, lex: Lexicon, right: str = "") -> bool:
    """ "A, B, and C ...": the ", and" ends a list when the piece before it is a short
    item without a verb ("Many cold medicines, sleep aids, and pain pills contain it")."""
    if "," not in left:
        return False
    if _pronoun_and_verb(right, lex):
        return False  # "... such as our depots, warehouses and offices, and it can cause ...": a pronoun
        # and its verb open a clause, never a list's next item
    last = WORDS.findall(left.rsplit(",", 1)[1])
    # ("Soda, energy drinks, and sports drinks that contain caffeine": the word read as a verb
    # ends the item and heads the next one too, a noun both times; in "the child drinks water,
    # and the adult drinks less" it ends no item)
    # ("Tilt your head back, or lie down, and gently pull down ...": "down" heads no item)
    if 1 < len(last) <= 4 and last[-1].lower().endswith("s") and \
            last[-1].lower() in [w.lower() for w in WORDS.findall(right)[1:3]]:
        return True
    if last and last[0].lower() in ("and", "or"):
        return False  # "such as A, B, and death, and these complications are ...": a list
        # closed by its own "and" takes no further item; what follows is a clause
    if any(w.lower() in ("and", "or") for w in last[1:]) and WORDS.findall(right)[:1] and \
            WORDS.findall(right)[0].lower() in MODALS | FINITE:
        return False  # ("will check your blood pressure, pulse and temperature, and will then remove the drip":
        # so with no comma before its "and"; a verb of time after the ", and" is the subject's)
    # ("young children, adults aged 65 and older, and people with ...": "aged 65" describes)
    piece = left.rsplit(",", 1)[1]
    # ("explains how to prepare, what will happen on the day, and the risks": the things
    # explained, each a content clause after the same verb)
    before = WORDS.findall(left.rsplit(",", 1)[0])
    asked = CONTENT_CLAUSE - {"that", "if", "which", "who", "whom"}
    if last and last[0].lower() in asked and any(w.lower() in asked for w in before[2:]):
        return True
    # ("describes what each option involves, the likely benefits and risks, and some questions
    # ...": after a content clause, a thing with no verb is the next of its verb's objects)
    if last and last[0].lower() in DETERMINERS | {"some", "any", "other"} and len(last) <= 8 and \
            any(w.lower() in asked for w in before[2:]) and \
            not any(w.lower() in lex.verbs or w.lower() in FINITE for w in last[1:]):
        return True
    described = re.findall(r"\b(aged)\s+\d", piece, re.IGNORECASE)
    verbs = [w for w in last[1:] if w.lower() in lex.verbs and w not in described]
    # ("A list of certified laboratories, step-by-step instructions for disinfecting a well,
    # and information ... can be found": from "A" on no verb of time, all things of a subject)
    whole = [w.lower() for w in WORDS.findall(left)]
    # (a verb's form after "of" or "a" is a thing or describes one: "a list of certified
    # laboratories", "instructions for disinfecting a well")
    if whole[0] in DETERMINERS and len(last) <= 8 and not any(
            _tells_time(w) or (w in lex.past_forms or w.endswith("ed") or w in lex.verbs) and k and
            whole[k - 1] not in DETERMINERS | PREPOSITIONS for k, w in enumerate(whole)):
        return True
    # (a subject found only by its far modal may be the series' last thing; one the clause check finds at
    # once is a clause: "16 reported contact with chicks, and most of these birds were bought ...")
    return len(last) <= (6 if described else 4) and not verbs or \
        _modal_after_long_subject([w.lower() for w in WORDS.findall(right)] or [""], 0, lex) and _subject_series(left, lex)


def _subject_series(left: str, lex: Lexicon) -> bool:
    """Whether every piece of `left` between its commas is a thing with no verb of time outside a clause
    set off in it: "Low iron stores, blood loss during dialysis or from frequent blood tests, and low levels of
    vitamin B12 can also contribute", "Wearing loose clothing made of breathable fabric, a wide-brimmed hat
    when hard hats are not required, and sunscreen can reduce heat stress" name the things of one subject."""
    pieces = re.split(r",\s+", re.sub(r"\s*\([^()]*\)", "", left))
    if len(pieces) < 2:
        return False
    for piece in pieces:
        words = _up_to_clause([w.lower() for w in WORDS.findall(piece)])
        if not words or words[0] in PRONOUNS | {"it", "there", "this"}:
            return False
        for k, w in enumerate(words):
            if _finite(w) or w in NEGATED_MODALS or w.endswith(("n't", "n’t")):
                return False
            # (a verb's word after "the" or "of" is a noun, an "-ing" word first is a gerund, an "-s" word that
            # ends the piece a plural ("iron stores"), and a participle before its preposition describes)
            if (w in lex.verbs or w in lex.past_forms or k and len(w) > 4 and w.endswith("ed") or
                    _s_verb(w, lex)) and not (
                    k and words[k - 1] in DETERMINERS | PREPOSITIONS or k == 0 and w.endswith("ing") or
                    k and k == len(words) - 1 and w.endswith("s") or
                    k and (w.endswith("ed") or w in lex.past_forms) and words[k + 1:k + 2] and
                    words[k + 1] in PREPOSITIONS):
                return False
    return True


def _names_list(text: str) -> bool:
    """Whether the words are a list of names: "the American Academy of Pediatrics, the
    Centers for Disease Control and Prevention" is the start of a list subject, no clause."""
    pieces = [p for p in re.split(r",\s*", text) if p.strip()]
    if len(pieces) < 2:
        return False
    for piece in pieces:
        words = [w for w in WORDS.findall(piece) if w.lower() not in NAME_JOINERS]
        if not words or not all(w[:1].isupper() for w in words):
            return False
    return True


NAME_JOINERS = frozenset("the of for and on in a an to so".split())


def _left_ok(left: str, lex: Lexicon) -> bool:
    """The part before a split can stand alone: three words or more, not "If ..." and
    not a bare "-ing" phrase ("Fall-proofing your home")."""
    words = WORDS.findall(left)
    if len(words) < 3 or words[0].lower() in SUBORDINATORS:
        return False
    # ("So if you have diabetes, or are more likely to develop it because ...": after the word that joins
    # it on, a condition put first needs its clause after its last comma, as "But if your BMI is over 40, the
    # adviser may ask" and "But if you take a medicine such as warfarin, please telephone" have)
    if words[0].lower() in CLAUSE_CONJUNCTIONS and words[1].lower() in SUBORDINATORS - {"as"}:
        return any(_is_clause(piece, lex) or is_order(piece, lex)
                   for piece in (WORDS.findall(p) for p in re.split(r",\s+", left)[1:])) or \
            _condition_first(re.sub(r"^\W*\w+\s*,?\s*", "", left), lex)
    # ("It must be taken in a particular way; if it is not, very little will be absorbed, and it may
    # irritate your gullet": after a semicolon a condition put first covers the clause after ", and")
    after_semicolon = WORDS.findall(left.rsplit(";", 1)[1]) if ";" in left else []
    if after_semicolon and after_semicolon[0].lower() in SUBORDINATORS:
        return False
    if words[-1].lower() in ("and", "or", "but", "nor", "because", "since", "that", "if", "when", "unless",
                             "although", "though", "while", "whether", "which", "who", "whom", "whose",
                             "where"):
        # ("This is important because, although ...": the clause after the aside is the reason)
        return False  # "... hospitalized, and, although it is not common, ...": the joining word
        # belongs to what follows (so does a relative word: "... and which, although unpleasant,")
    if re.search(r",\s+(?:and|or|but),\s+[a-z]+$", left) and (
            words[-1].lower().endswith("ly") and words[-1].lower() not in LY_NOUNS or
            words[-1].lower() in ("sometimes", "often", "occasionally", "also", "even", "perhaps")):
        return False  # "a hernia operation, or, rarely, because of a tumour": the item goes on after its
        # adverb, no sentence "... or, rarely."
    if re.search(r"\bthat\s+(?:while|when|whenever|if|because|although|once|after|before|until|unless)\s[^,;:]*$", left,
                 re.IGNORECASE):
        return False  # "This means that while you are taking it, and for a few days after, the levels can rise": what
        # "that" opens has its verb after the time, in the part still to come
    if re.match(r"[A-Za-z]+,\s+(?:if|when|once|unless|whenever|as\s+long\s+as)\b", left, re.IGNORECASE):
        return False  # "Likewise, if the polyp seems to have gone, ..., and surveillance can be stopped": the
        # condition after the opener covers what follows ", and" too
    if words[0].lower() == "to" and "," not in left and not _has_finite(words):
        return False  # "To wash your hands effectively": what for, no sentence
    if words[0].lower().endswith("ing"):  # a gerund subject needs its verb: "Healing wasn't ..."
        # (its object may be long: "Having one or two heavy drinking sessions a week increases ...", "Caring for
        # a person with Alzheimer's disease or a related dementia can be rewarding":
        # further on, only a verb of time or an "-s" verb shows the clause)
        # ("Warning signs of severe dengue often appear ...": an "-ing" word before a plural noun may describe it, and
        # the plural's own verb has no ending; further on than the words read below, only after an adverb ("Using
        # condoms and taking treatment both reduce the risk"), never a noun's second word ("with poor arch support"))
        lowered = [w.lower() for w in words]
        described = len(lowered) > 3 and _plural(lowered[1]) and lowered[1] not in lex.verbs and any(
            w in lex.verbs and _bare_verb(w, lex) and lowered[k] in ADVERBS_BEFORE_VERB | FREQUENCY_ADVERBS | {"both", "all"}
            for k, w in enumerate(_up_to_clause(lowered[2:10]), start=1))
        return described or any(w in lex.verbs or w.endswith(("n't", "n’t")) for w in lowered[1:5]) or any(
            _finite(w) or _s_verb(w, lex) for w in _up_to_clause(lowered[5:14]))
    if (words[0].lower() in PREPOSITIONS or words[0].lower() in PLACE_WORDS) and "," not in left and not any(
            w.lower() in lex.verbs or w.lower() in MODALS or w.lower() in AUXILIARIES for w in words[1:]):
        return False  # "For the first 48 hours, and for longer if ...": a phrase put first, no clause
    return True


# a term and what it means, opening a sentence: "Nocturia means ...", "Insomnia is when ..."
TERM_DEFINED = re.compile(r"([\w'’-]+)(?:\s+[\w'’-]+){0,3}\s+(?:means|is\s+when|is\s+the\s+name\s+for|"
                          r"is\s+defined\s+as|refers\s+to)\s", re.IGNORECASE)
CONCESSIVE = re.compile(r"^(?:although|though|even though)\s+", re.IGNORECASE)
# a duty told in a statement: "You should keep taking ...", "you still need to ..."
# (not what is expected: "You should not feel pain", "you should start to feel better")
DUTY = re.compile(r"\b(?<!not\s)(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to|"
                  r"it\s+is\s+important\s+to)\s(?!(?:(?:not|usually|also|soon|then)\s+)*(?:feel|be|start|heal|"
                  r"settle|improve|clear|go|notice|see|recover|expect|get|begin)\b)", re.IGNORECASE)
# words that point back at something named before them: a clause that starts with one cannot go first
BACK_POINTERS = frozenset("it its they them their this these those he she his her such".split())


def _points_back(words: list[str]) -> bool:
    """Whether a clause told after a condition and its clause points back at the case the condition picked out: a
    pronoun or "still" or "then" ("..., although they can still take part"), or the reader the condition told of
    as its subject ("But you may drink water"). One that does not may hold only in that case, and alone would not
    say so: "If the father is not a carrier, your baby cannot have it, although there is a 1 in 2 chance ..."."""
    lowered = [w.lower() for w in words]
    # ("such as" gives examples, and points at nothing)
    pointers = {w for k, w in enumerate(lowered) if not (w == "such" and lowered[k + 1:k + 2] == ["as"])}
    return bool(pointers & (BACK_POINTERS | {"still", "then"})) or (lowered or [""])[0] in ("you", "your")


# an appositive at the end of a sentence after a one-word noun phrase:
# "... due to osteoporosis, a condition that weakens bones."
APPOSITIVE_END = re.compile(
    r"(?:^|\s)(?:to|of|by|with|from|for|like|as|in|on|the)\s+(?P<head>[A-Za-z][\w-]+),\s+"
    r"(?P<appositive>(?:a|an|the|those|these)\s+[^,;:—–()]+?)[.!?]?$")
APPOSITIVE_MID = re.compile(
    r"^(?P<opener>(?:For example|For instance|However|But|Also|In addition), )?"
    r"(?P<head>[A-Za-z][\w-]+), (?P<appositive>(?:a|an) [^,;:()—–]+?), "
    r"(?P<rest>(?:can|could|may|might|will|should|must|is|are|was|were|has|have|does|do|"
    r"causes|helps|works|lowers|raises)\b[^;:]*)$")
# a subject told in brackets what it is, then its verb: "A radiologist (a doctor who specialises in reading scans)
# will look at the images"
BRACKET_DEFINED_SUBJECT = re.compile(
    r"^(?P<head>(?:(?:The|A|An|Your|Our|Their)\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
    r"\((?P<definition>(?:a|an|the)\s+[a-z][^();]*?)\)\s+(?P<rest>[a-z].*)$")
# what tells a definition of a person: "a doctor who ...", "the staff who ...", "a healthcare scientist trained to ..."
PERSON_DEFINED = re.compile(r"\b(?:who|whom|person|people|staff|doctor|nurse|specialist|scientist|professional|"
                            r"therapist|practitioner|worker)\b")


def _bracket_defined_subject(text: str, end: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "The palate (the roof of the mouth) separates the mouth from the nose." -> "The palate is the roof of the
    mouth." + "It separates the mouth from the nose.": what a subject is, told in brackets of three words or more,
    becomes a sentence of its own, and the subject is told again: a thing by the pronoun of its number, a person
    by name ("A radiologist (a doctor who ...) will look" -> "... The radiologist will look"). A bracket
    that only names the thing ("A larger cut (a laparotomy)") is too short to be told as what it is; a subject
    with a phrase ("Symptoms of salmonellosis (the illness ...)") may be defined in its last word alone."""
    m = BRACKET_DEFINED_SUBJECT.match(text)
    if not m or len(WORDS.findall(m.group("definition"))) < 3 or not text[:1].isupper():
        return None  # (a list item with a small letter goes on its lead-in)
    # ("Ketoacidosis (a build-up of acids called ketones in the blood, sometimes called DKA)": a name given after a
    # comma is the subject's, which "... in the blood, sometimes called DKA." would give to the blood)
    if re.search(r",\s+(?:\w+\s+)?(?:called|known|named|termed|or)\b", m.group("definition")):
        return None
    head_words = [w.lower() for w in WORDS.findall(m.group("head"))]
    # ("Sometimes a catheter (a thin tube that drains urine) is left in": an adverb first is the verb's, no part
    # of the thing defined)
    if head_words[0] in lex.openers_adverbs or head_words[0] in ADVERBS_BEFORE_VERB or \
            set(head_words) & (NOT_SUBJECT_START | SUBORDINATORS | MODALS | AUXILIARIES) or \
            any(w in lex.verbs and w not in lex.subjects for w in head_words[1:]):
        return None
    rest = WORDS.findall(m.group("rest"))
    k = 0
    while k < len(rest) - 1 and rest[k].lower() in ADVERBS_BEFORE_VERB:
        k += 1
    verb = rest[k].lower() if rest else ""
    plural = _plural(head_words[-1])
    if not (verb in MODALS or verb in NEGATED_MODALS or verb in FINITE or
            (_s_verb(verb, lex) or re.fullmatch(r"[a-z]+[^s]s", verb)) and not plural or
            plural and verb in lex.verbs and _bare_verb(verb, lex)) or len(rest) < 3:
        return None
    head = m.group("head")
    if plural:
        pronoun = "They"
    elif PERSON_DEFINED.search(m.group("definition")):
        # ("A radiologist (...) passes a thin tube": "They passes" is no English, and "A radiologist" again would
        # be any one; "The radiologist" is the one just told of)
        named = re.sub(r"^(?:a|an)\s+", "the ", head, flags=re.IGNORECASE)
        pronoun = named[:1].upper() + named[1:]
    else:
        pronoun = "It"
    return (_sentence(f"{head} {'are' if plural else 'is'} {m.group('definition')}"),
            _sentence(f"{pronoun} {m.group('rest')}", end))


# what an illness is named as ("a condition called ...")
ILLNESS_KINDS = frozenset("condition disease disorder syndrome illness state infection".split())
EVENT_NOUNS = frozenset("process step stage phase result outcome situation event change practice habit "
                        "problem complication".split())
TIME_NOUNS = frozenset("trimester year month week day hour age time period stage phase night "
                       "morning evening season childhood pregnancy".split())
# "..., usually due to X." at the end: "This is usually due to X."
CAUSE_END = re.compile(r",\s+(?P<hedge>(?:usually|often|mostly|typically|mainly|probably)\s+)?"
                       r"(?P<cause>due to|because of)\s+(?P<rest>[^,;:—–()]+?)[.!?]?$")


# "just because", "only because", "not because": the "because" is bound to what comes before
LIMITING = frozenset("just only not partly mainly mostly simply largely probably both either often usually "
                     "sometimes generally typically part than".split())  # ("in part because")
# ("because of emotional factors ... rather than because they are physically ill": the reason
# denied, no "This is because they are physically ill")
PAST = frozenset("was were had did went came got made took said found felt thought knew ate slept "
                 "lost became grew sat broke held swore wrote won began brought built left told "
                 "ran meant kept led gave saw".split())


PRESENT_VERBS = frozenset("is are am do does has have".split())


def _past(words: list[str]) -> bool:
    """Whether a clause is told in the past: a past auxiliary or an -ed verb in it."""
    return any(w.lower() in PAST or (len(w) > 4 and w.lower().endswith("ed")) for w in words[1:])


def _appositive_ok(left: str, appositive: str, lex: Lexicon) -> bool:
    """ "..., a condition that weakens bones" is an appositive when the part before it is a
    whole clause, the appositive has no verb of its own ("the advantages are such that"),
    and a "the ..." one is no list's last item ("in France, the USA and Brazil")."""
    words = WORDS.findall(appositive)
    if not _left_ok(left, lex) or not _is_clause(WORDS.findall(left), lex) or len(words) < 2:
        return False
    if _is_clause(words, lex) or re.search(r"\bthat,\s+[^,]+$", left):
        return False  # ("have shown that, in people with osteoporosis, a yearly ..."): no clause yet
    lowered = [w.lower() for w in words]
    own = lowered[:next((k for k, w in enumerate(lowered) if w in RELATIVE), len(lowered))]
    if any(w in MODALS or w in NEGATED_MODALS or w in ("is", "are", "was", "were") for w in own[1:]):
        return False  # "osteoporosis, a yearly infusion ... may reduce ...": the subject of a verb
    # ("close to the bone, the wound that eventually appears on the surface may be only a small
    # part": after the relative clause's own verb a second one is the head's, a subject again)
    relative = lowered[len(own) + 1:]
    # (up to a clause that opens inside it: "a test that can show whether ... is inflamed")
    inner = next((k for k, w in enumerate(relative) if k > 0 and (w in CONTENT_CLAUSE or w in SUBORDINATORS)), None)
    relative = relative[:inner]
    verbs_after = [k for k, w in enumerate(relative) if w in MODALS or w in NEGATED_MODALS or w in BE or
                   w in FINITE or w in lex.verbs or re.fullmatch(r"[a-z]+(?<!s)s", w) and k > 0]
    if len(verbs_after) >= 2 and any(relative[k] in MODALS | NEGATED_MODALS | {"is", "are", "was", "were"}
                                     for k in verbs_after[1:]):
        return False
    joined = next((k for k, w in enumerate(own) if w in ("and", "or")), None)
    if joined is not None and joined <= 4 and not any(w in PREPOSITIONS for w in own[1:joined]):
        return False  # "as tablets, a nasal spray and injections": the last items of a list
    return lowered[0] in ("a", "an") or not {"and", "or"} & set(lowered)


# names of one thing that end in -s: "Prediabetes is ...", "Shingles is ..."
SINGULAR_IN_S = ("diabetes", "measles", "mumps", "herpes", "rabies", "scabies", "shingles",
                 "rickets", "news", "series", "species", "hydramnios", "pancreas", "gas", "bias", "atlas",
                 # ("is not pushed backwards, which can be painful": a direction, no things)
                 "backwards", "forwards", "upwards", "downwards", "towards", "afterwards", "outwards",
                 "inwards", "always", "sometimes", "perhaps", "nowadays")


def _plural(noun: str) -> bool:
    lowered = noun.lower()
    if lowered.endswith(("'s", "’s")):
        return False  # "incompatible with the mother's": one person's
    return lowered.endswith("ae") or lowered in irregular_plural_forms() or (
        lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "sis") + SINGULAR_IN_S))


# verbs of a change under way, whose "as" clause tells when ("as it heals", "as they grow older")
AS_TIME_VERBS = ("gets?|get|grows?|grow|heals?|heal|ages?|dries|dry|cools?|warms?|develops?|progress(?:es)?|improves?|"
                 "happens?|changes?|goes|go|moves?|comes?|come|passes|pass|rises?|rise|falls?|fall|fills?|empties|"
                 r"wears?|settles?|shrinks?|swells?|fades?|was|were|is\s+(?:now|done|needed|written|shown)|"
                 r"are\s+(?:now|done|needed|written|shown)")


def _has_an_act(text: str, lex: Lexicon) -> bool:
    """Whether `text` holds a clause or an order of its own, past a leading "But" or a label ("Iron tablets:
    stop taking these ..."), so that a reason may be given for it; a list of things holds none."""
    words = WORDS.findall(text)
    said = [w.lower() for w in words]
    opening = words
    while opening and opening[0].lower() in ("but", "and", "so"):
        opening = opening[1:]
    opening = _without_leading_adverbs(opening)
    tail = text.split(":", 1)[-1].strip()
    return _has_finite(said) or any(_s_verb(w, lex) or w.endswith(("n't", "n’t")) for w in said) or \
        bool(opening) and opening[0].lower() in lex.verbs | BE | PRONOUNS | {"it", "this", "these", "there"} or \
        is_order(opening, lex) or _bare_order(opening, lex) or _denial(words) > 0 or \
        is_order(WORDS.findall(tail), lex) or _condition_first(tail, lex) or _fronted_clause(text, lex, order=True)


def _only_a_list(text: str) -> bool:
    """Whether every comma of `text` parts a list's short items, the last joined by "and" or "or"
    ("sudden, severe pain, swelling, redness and warmth in one or more joints"), so no comma
    closes a phrase before words that are some other clause's."""
    items = re.split(r",\s+", text)
    # ("meaning that we may have missed an effect, or due to a lack of effect": a clause before the comma, whose
    # "or" joins what the sentence's own verb said; no list)
    if _has_finite([w.lower() for w in WORDS.findall(items[0])]) or len(WORDS.findall(items[0])) > 6:
        return False
    # ("making ice, brushing teeth, and mixing baby formula": "-ing" items are a series of actions, no result's
    # things)
    if any(re.match(r"(?:(?:and|or)\s+)?(?:then\s+)?[a-z]+ing\s+[a-z]", item) for item in items[1:]):
        return False  # ("swelling" alone names a thing)
    return len(items) > 1 and bool(re.search(r"\b(?:and|or)\s", items[-1])) and all(
        0 < len(WORDS.findall(item)) <= 4 and not _has_finite([w.lower() for w in WORDS.findall(item)])
        for item in items[1:-1]) and not _has_finite([w.lower() for w in WORDS.findall(items[-1])])


# ", causing X" -> "This causes X" ("This caused X" after a clause told in the past)
RESULT_PARTICIPLES = {
    "causing": "cause", "leading": "lead", "making": "make", "allowing": "allow",
    "helping": "help", "resulting": "result", "giving": "give", "triggering": "trigger",
    "raising": "raise", "lowering": "lower", "reducing": "reduce", "increasing": "increase",
    "letting": "let", "keeping": "keep", "putting": "put", "meaning": "mean",
    "stopping": "stop", "blocking": "block", "slowing": "slow", "limiting": "limit",
    "damaging": "damage", "weakening": "weaken",
}
# "reducing or completely stopping airflow": a second participle joined to the first
JOINED_PARTICIPLE = re.compile(r"\b(and|or)\s+((?:[a-z]+ly\s+)?)([a-z]+ing)\b")


@lru_cache(maxsize=1)
def _result_verbs() -> dict[str, tuple[str, str, str]]:
    """"causing" -> ("causes", "caused", "cause"): the present and past a result clause
    takes, and the base form of an order, indexed by PRESENT, PAST or ORDER."""
    irregular = _irregular_verbs()
    return {ing: (verb_forms(base, irregular).third, verb_forms(base, irregular).past, base)
            for ing, base in RESULT_PARTICIPLES.items()}


PRESENT, PAST_FORM, ORDER = 0, 1, 2


def _result_clause(participle: str, right: str, form: int,
                   ing_bases: dict[str, str] | None = None) -> str | None:
    """", causing X" said as a sentence's verb phrase ("causes X", "caused X", or the order
    "Keep X"), each joined participle of the list turned too ("and making it hard"). None
    when a second verb right after the first has no known form ("reducing or halting
    airflow"); an unknown -ing word further on describes a noun ("shooting or radiating
    pain")."""
    forms = _result_verbs()
    if participle == "meaning":
        # ("meaning that owners are responsible for testing and keeping their own wells": what is
        # meant is a clause of its own, whose "-ing" words stay as written)
        return f"{forms[participle][form]} {right}"
    first = JOINED_PARTICIPLE.match(right)
    if first and first.group(3) not in forms:
        return None

    def turn(m: re.Match) -> str:
        verb = forms.get(m.group(3))
        if verb:
            return f"{m.group(1)} {m.group(2)}{verb[form]}"
        # an order's second step is an order too: "putting them on ... and taking them off"
        base = (ing_bases or {}).get(m.group(3)) if form == ORDER else None
        return f"{m.group(1)} {m.group(2)}{base}" if base else m.group(0)
    return f"{forms[participle][form]} {JOINED_PARTICIPLE.sub(turn, right)}"


# a clause that says what may happen: its result may happen too (the last such word counts)
HEDGED_CLAUSE = re.compile(r"\b(may|might|could|can)\b(?!.*\b(?:may|might|could|can|will|does|is|are)\b)",
                           re.IGNORECASE)


# the participles that, after an order, tell how to carry it out ("keeping your back
# straight"); others after an order ("..., causing a burn") stay in the sentence
HOW_PARTICIPLES = frozenset("keeping making letting putting giving".split())
# what the reader may or should do: "You may shower ...", "You should sit ..."
# ("Using what you have learned, you will return to a varied diet, limiting only ...": after a
# short phrase of its own the reader is still who limits)
READER_MAY = re.compile(r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,7},\s+)?you\s+(?:may|can|should|must|will|need\s+to)\b",
                        re.IGNORECASE)


# a concession whose "it" points ahead at the main clause: "Although it is rare, ..."
RARE_AHEAD_BUT = re.compile(r"it\s+(?:(?:may|might|can|could)\s+)?(?:seem|seems|sound|sounds|be)\s+"
                            r"(?:very\s+|quite\s+|a\s+bit\s+)?(?:surprising|strange|odd|hard\s+to\s+believe)", re.IGNORECASE)
RARE_AHEAD = re.compile(r"it\s+(?:is|was)\s+(?:very\s+|quite\s+|fairly\s+|highly\s+)?(?:rare|uncommon|unusual|unlikely)",
                        re.IGNORECASE)
WHILE_CONCESSIVE = re.compile(r"^(?:while|whilst)\s+", re.IGNORECASE)
# a "while" clause that concedes rather than tells time: it denies or hedges
# ("While you can't undo a fracture, ..."), where a time clause states ("While you wait, ...")
CONCEDING = frozenset("not never no can can't cannot may might could".split())
# ("While you are unable to drive, you may be entitled to help": a person's state told with "be" is
# the time the rest holds, no concession; never "You are unable to drive. But ...")
WHILE_IN_STATE = re.compile(r"(?:you|he|she|they|we|your\s+[a-z]+|their\s+[a-z]+)\s+(?:are|is|am|were|was)\s+"
                            r"(?:still\s+)?(?:unable|not\s+(?:able|allowed|permitted|fit|well|driving|working)|off\s+work|"
                            r"in\s+hospital|away)\b", re.IGNORECASE)


def _concedes(words: list[str], lex: Lexicon) -> bool:
    return any(w.lower().replace("’", "'") in CONCEDING or w.lower() in lex.negations or
               w.lower().endswith(("n't", "n’t")) for w in words)


# a comma piece that ends on what leads an example: "...; for example, a prescription is only valid
# ...": the lead goes with what it leads, never a "...; for example." of its own
EXAMPLE_END = re.compile(r"\b(?:for\s+example|for\s+instance|e\.g\.?)\s*$", re.IGNORECASE)
# a bracket that gives another name: "(sometimes still called a smear test)" names, it says nothing
# ("a fit note (once called a "sick note", and officially a Statement of Fitness for Work)": names)
NAME_GIVEN = re.compile(r"(?:(?:also|sometimes|often|usually|commonly|still|now|formerly|previously|once|originally|"
                        r"officially)\s+){0,2}"
                        r"(?:called|known\s+as|named|termed|referred\s+to\s+as)\b", re.IGNORECASE)
# people an example may name, and the words that show the sentence is about people already
# ("undiagnosed asthma (for example, people who ...)" names no example of the illness)
EXAMPLE_PEOPLE = PEOPLE | PERSON | {"those", "anyone", "someone"}
# people by their place in a family or a home, named as examples ("such as a parent or grandparent")
FAMILY = frozenset("grandparent grandparents grandmother grandfather relative relatives carer carers caregiver "
                   "caregivers babysitter babysitters friend friends neighbour neighbours neighbor neighbors "
                   "partner partners sibling siblings brother brothers sister sisters son sons daughter "
                   "daughters visitor visitors guest guests".split())
PEOPLE_TOLD = EXAMPLE_PEOPLE | {"everyone", "anybody", "whose", "who"}
# a comma piece that ends on "to" and one verb: "allow residents to shop, visit friends and ...",
# whose next pieces are more verbs for the "to"
INFINITIVE_END = re.compile(r"\bto\s+[a-z][\w'’-]*$")
# a linking word that leads on to what follows its comma: "Two doses give the best protection;
# even so, protection may fade over time" (no item "...; even so." of its own)
CONNECTIVE_END = re.compile(r"\b(?:even\s+so|however|therefore|instead|in\s+fact|of\s+course|as\s+a\s+result|"
                            r"that\s+said)\s*$", re.IGNORECASE)


def _ing_item(words: list[str], lex: Lexicon) -> bool:
    """Whether `words` are a thing and what it is doing, with no verb of time: "your baby pulling
    away from the breast" (an "-ing" word after a short noun phrase, no verb the lexicon knows
    before it; "The virus damages the cells lining the gut" has its verb before the -ing word)."""
    if _has_finite(words):
        return False
    at = next((k for k, w in enumerate(words) if w.lower().endswith("ing") and len(w) > 4), None)
    return at is not None and 2 <= at <= 3 and words[at - 1].lower() not in \
        PREPOSITIONS | SUBORDINATORS | DETERMINERS and not any(
        w.lower() in lex.verbs or w.lower() in lex.past_forms for w in words[:at])


def _clause_series(left: str, right: str, lex: Lexicon) -> list[str] | None:
    """ "I felt fine, I was busy, and I assumed ...": when every item of the series is a
    clause with its own subject, each one becomes a sentence (else the first split
    would leave "I felt fine, I was busy." joined by a bare comma)."""
    # ("With age, the layer of fat ... becomes thinner, the ability to shiver may be reduced, and
    # ...": a phrase put first belongs to the first clause, no item of its own)
    fronted = FRONTED.match(left)
    lead, body = (left[:fronted.end()], left[fronted.end():]) if fronted else ("", left)
    items = [i for i in re.split(r",\s+", body)]
    if len(items) < 2 or not _left_ok(items[0], lex):
        return None
    # ("This is not unexpected: although two doses are 88% effective, protection can ...": after
    # a colon the first item opens on a clause that leans on the next)
    if not all(_is_clause(WORDS.findall(i), lex) and not _series_opener(i) and
               not _series_opener(i.rpartition(":")[2].strip()) for i in items):
        return None
    if any(EXAMPLE_END.search(i) or CONNECTIVE_END.search(i) for i in items):
        return None
    if any(re.search(r"\b(?:such\s+as|including|like)\s+[^,]*$", i, re.IGNORECASE) for i in items[:-1]):
        return None  # "Native mammals such as kangaroos, wallabies and possums are thought ...": the
        # examples' list goes on after the comma, no clause ends there
    if any(re.match(r"(?:out|away|up|down|off|back)\s+of\b", i, re.IGNORECASE) or
           i.split()[0].lower() in PREPOSITIONS for i in items[1:]):
        return None  # "kept in your child's room, out of reach of the children, and ...": a place
        # told after the clause, no clause of its own
    if any(_open_content_clause(i, lex) for i in items) or any(_short_pair(i) for i in items[1:]):
        return None  # "Oats are a source of fibre, B vitamins and iron, and ...": a list's last
        # things; "find that being able to eat porridge, oatcakes or flapjacks makes ...": a
        # "that" clause whose verb comes after the comma
    if any(re.match(r"[a-z]+\s+and\s+[a-z]+\s[^,]*\band\s+(?:can|may|might|will|could|should|must)\s", i)
           for i in items[1:]):
        return None  # "can turn urine, sweat and tears orange-red and can stop the pill working": things
        # joined after the comma are the first verb's, its subject's second verb after their "and"
    if any(not any((_finite(w) or w.lower() in lex.verbs) and k and ws[k - 1].lower() != "to"
                   for k, w in enumerate(ws)) for ws in (WORDS.findall(i) for i in items[1:])):
        return None  # "can be a convenient, low-cost and low-emission way to get around ..., and ...": a verb after
        # "to" tells what for; an item whose only verb it is, is no clause
    if any(DESCRIBING_FIRST.match(i) for i in items[1:]):
        return None  # "Ultrasound is safe, painless and does not use radiation": a describing word and
        # a verb phrase go on the subject's series, no clause "Painless and does not ..."
    if any(INFINITIVE_END.search(a) and WORDS.findall(b)[:1] and
           WORDS.findall(b)[0].lower() not in PRONOUNS | DETERMINERS for a, b in zip(items, items[1:])):
        return None  # "allow residents to shop, visit friends and get to appointments": the
        # verbs after the comma are more of what "to" leads, no order "Visit friends"
    items[0] = lead + items[0]
    if not _is_clause(WORDS.findall(right), lex):
        return None
    if any(_denial(WORDS.findall(i)) for i in items[1:] + [right]) and \
            not is_order(WORDS.findall(items[0]), lex):
        return None  # "Most nodules are not cancer, do not cause symptoms, and ...": the subject's
    if not is_order(WORDS.findall(items[0]), lex) and any(_no_subject(WORDS.findall(i), lex) for i in items[1:]):
        return None  # "You can go home, drive and return to ..., and you should ...": a bare verb
        # after a clause with its subject shares that subject and its "can", no order
    if _governed_series(items) or any(_denied_series(a, WORDS.findall(b), lex) for a, b in zip(items, items[1:])):
        return None
    return [_sentence(i) for i in items]


def _bare_verb_goes_on(left: str, right_words: list[str], lex: Lexicon) -> bool:
    """Whether a bare verb after ", but" goes on the left's plural subject ("Children with ARFID
    usually want to eat more, ..., but find it very difficult"): the left's first verb is a plain
    present one, and the right opens on a verb, no "please", "do not" or "never" of an order
    ("The scan takes 15 minutes, but please allow an hour" is an order)."""
    if not right_words or right_words[0].lower() in ("please", "do", "don't", "don’t", "never", "always"):
        return False
    words = [w.lower() for w in WORDS.findall(left)]
    verb = next((w for w in words if _verb_like(w, lex)), "")
    return bool(verb) and verb not in MODALS and verb not in AUXILIARIES and _bare_verb(verb, lex) and \
        words[0] not in ("you", "we", "i")


def _only_participles(words: list[str], lex: Lexicon) -> bool:
    """Whether the only verbs of `words` are "-ed" words ("the adhesives used to install them": a
    verb after "to" is no verb of time)."""
    verbs = [w.lower() for k, w in enumerate(words)
             if (w.lower() in lex.verbs or _finite(w)) and words[k - 1:k] != ["to"]]
    return bool(verbs) and all(w.endswith("ed") for w in verbs)


def _plural_who(left: str, lex: Lexicon) -> bool:
    """Whether `left` ends in a "who" clause told in the plural present ("adults who follow a
    diet", "who are thinking of ..."), which a bare verb after its ", and" goes on."""
    who = re.search(r"\bwho\s+(\w+)[^;:]*$", left)
    if not who:
        return False
    verb = who.group(1).lower()
    return verb in ("are", "were", "have", "do") or (
        verb in lex.verbs and not verb.endswith(("s", "ed")) and verb not in MODALS)


def _order_groups(items: list[str], last: str, lex: Lexicon) -> list[str] | None:
    """The comma items before a last ", and <order>" as orders, each with the short list of
    things it names: "Do not use fizzy drinks, fruit juice or force, do not insert ..., and
    ..." has two orders, the first with three things (cutting off only the last order would
    leave a comma splice). None unless the first item is an order and every other item is
    an order or a verbless list item of up to six words."""
    def order(words: list[str]) -> bool:
        # ("Once the AQI has returned to the green range, open windows, and ...": a time clause
        # first is no order, whatever word after it the lexicon knows)
        # ("Avoid aerosol sprays, such as hairspray, near your equipment, and ...": a place is
        # no order)
        # ("no more than 14 units a week, spread over 3 or more days, and ...": a participle whose form is
        # its verb's too, before "over", describes the amount; no order "Spread over 3 or more days")
        if words[1:2] and words[0].lower() in ("spread", "split", "set", "put", "cut", "shared") and \
                words[1].lower() in ("over", "across", "between", "throughout"):
            return False
        # ("Always carry your alert card, take your warfarin at 6pm, and never take a double dose": an
        # order may open with "always")
        if words[:1] and words[0].lower() == "always":
            words = words[1:]
        return bool(words) and words[0].lower() not in SUBORDINATORS | PREPOSITIONS | PLACE_WORDS and (
            _an_order(words, lex) or _bare_order(words, lex) or
            # ("Stop activity, move the athlete to a cool place, and give water": a verb and its noun)
            len(words) == 2 and is_order(words + ["now"], lex) and words[1].lower() not in BOUNDARY_WORDS)
    groups: list[str] = []
    attached = False
    for item in items:
        words = WORDS.findall(item)
        if groups and _denied_series(groups[-1], words, lex):
            groups[-1] += ", " + item  # ("Do not drive, ride a bike or use tools until ...": all
            # three are denied; "Ride a bike" alone would be an order to do it)
        elif order(words) or words[:1] and words[0].lower() == "please" and order(words[1:]):
            groups.append(item)  # ("Please read it carefully, share it with ..., and keep it ...")
        elif groups and 0 < len(words) <= 6 and words[0].lower() not in lex.verbs and \
                not any(w.lower() in FINITE for w in words):  # ("too much force": a noun)
            # ("Use insect repellent that has DEET, picaridin, or oil of lemon eucalyptus, treat
            # ...": the things may be a relative clause's, when another order follows them)
            if not is_order(WORDS.findall(items[0]), lex):
                return None  # ("Gluten: A protein found in wheat, barley, and rye that ...")
            groups[-1] += ", " + item
            attached = True
        else:
            return None
    # ("Choose foods that are higher in fiber, iron, and potassium, and lower in fat": with no
    # order after the things, the last "order" may be the relative clause's own word)
    # ("Keep the oxygen gear, tubing, and cannula ... away": after the things the last item
    # must be an order of its own, not one more thing)
    if attached and (not is_order(WORDS.findall(last), lex) or
                     len(groups) == 1 and any(w.lower() in FINITE for w in WORDS.findall(groups[0]))):
        return None
    return groups


# a denial of a verb or two at the end of a comma piece: "Do not drive", "You should not bath"
SHORT_DENIAL_END = re.compile(r"(?:^|\s)(?:not|never|cannot|can['’]t|don['’]t|mustn['’]t|shouldn['’]t)"
                              r"(?:\s+[\w'’-]+){1,3}$", re.IGNORECASE)


def _denied_series(piece: str, words: list[str], lex: Lexicon) -> bool:
    """Whether an item goes on a short denial before it as its series' last verbs: "Do not
    drive, | ride a bike or use tools", "You should not bath, | shower or swim": orders in a row
    are joined by "and", so an "or" in a plain item after a bare "not <verb>" closes the verbs
    the denial covers. So after a denial that ends on a bare verb with no object ("Do not let
    young children wear, | hold or play with costume jewelry")."""
    piece_words = WORDS.findall(piece)
    # (and after a modal: "You can read, | watch television and walk outdoors straight away" is
    # what you can do, no order to watch television)
    bare_end = (bool(_denial(piece_words)) or any(w.lower() in MODALS for w in piece_words[:4])) and \
        bool(piece_words) and piece_words[-1].lower() in lex.verbs and \
        not piece_words[-1].lower().endswith(("ed", "ing", "s"))
    joined = {w.lower() for w in words} & ({"or", "and"} if bare_end else {"or"})
    return "," not in piece and (bool(SHORT_DENIAL_END.search(piece.strip())) or bare_end) and \
        bool(joined) and not _denial(words) and \
        not (words and words[0].lower() in PRONOUNS | MODALS | DETERMINERS)


def _no_subject(words: list[str], lex: Lexicon) -> bool:
    """An item that opens on its plain verb ("drive and return to ...", "rest"): an order, or
    the verb of a subject before it."""
    if not words:
        return False
    # ("and either receive a qualifying benefit or have ...": the verb after "either" or "also")
    if words[0].lower() in ("either", "also", "then", "both") and len(words) > 2:
        return _no_subject(words[1:], lex)
    first, second = words[0].lower(), (words[1].lower() if len(words) > 1 else "")
    return is_order(words, lex) or _bare_order(words, lex) or (
        first in lex.verbs and not first.endswith(("s", "ed", "ing")) and first not in MODALS | AUXILIARIES | BE
        and second not in MODALS | AUXILIARIES | BE)


def _tells_time(word: str) -> bool:
    """A finite auxiliary, modal or form of "be" ("is", "can", "don't", "been"): a word that
    makes a clause whatever the lexicon knows of the words around it."""
    lowered = word.lower()
    return lowered in FINITE or lowered in NEGATED_MODALS or lowered in BE or lowered.endswith(("n't", "n’t"))


def _gerund_subject(words: list[str]) -> bool:
    """ "(stopping) them without a plan may be dangerous": the words after an -ing word reach a
    verb of time with no relative word or subordinator before it, so the -ing phrase is that
    verb's subject ("causing pain that can last" has its verb inside a relative clause)."""
    for w in words:
        lowered = w.lower()
        if lowered in RELATIVE or lowered in SUBORDINATORS or lowered in CONTENT_CLAUSE or lowered in (
                "and", "or", "so", "but", "you", "we", "they", "he", "she", "i"):
            return False  # ("causing damage you may not notice": the verb is another clause's)
        if lowered in FINITE or lowered in NEGATED_MODALS or lowered.endswith(("n't", "n’t")):
            return True
    return False


CONDITION_WORDS = frozenset("if unless until once before when whenever".split())
ONCE_AS_COUNT = frozenset("a an or daily weekly monthly more again every per only in and".split())


# a condition or a time after its main clause, with its subject: "You may be referred if you
# have ...", "Keep extending the time until you can wait 3 hours"
TRAILING_IF = re.compile(r"(?<=\w)\s+(?:if|unless|when|until)\s+(you|they|we|he|she|it|(?:your|their)\s+[a-z]+)\s[^.;:]*$",
                         re.IGNORECASE)


def _open_condition(left: str, lex: Lexicon) -> bool:
    """ "cook meats until they are steaming hot throughout, with no pink meat": the left part
    ends inside a clause of condition or time (after it only phrases, no main clause), so a
    clause joined to it by "and" may be more of that condition."""
    pieces = re.split(r",\s+", left)
    order = is_order(_without_leading_adverbs(WORDS.findall(pieces[0])), lex)
    for k in range(len(pieces) - 1, -1, -1):
        words = [w.lower() for w in WORDS.findall(pieces[k])]
        # (a "which" clause between is a clause of its own: "until you can make an emergency
        # stop, which for most men is about 2 weeks after, and it is ...")
        if words[:1] and words[0] in RELATIVE:
            return False
        # ("once or twice a day", "when to take them": no clause after the word) ("A stroke
        # happens when an artery leaks, and the leaked blood puts pressure on ...": after a
        # claim's "when" what follows is a claim too)
        if any(w in CONDITION_WORDS and (w != "when" or order) and
               any(_tells_time(x) or x in lex.verbs for x in words[i + 2:]) and
               words[i + 1:i + 2] != ["to"] and not (w == "once" and words[i + 1:i + 2] and words[i + 1] in ONCE_AS_COUNT)
               for i, w in enumerate(words)):
            return True
        # ("if you have had 2 attacks, together with hearing loss that has been confirmed, and
        # other conditions have been excluded": a phrase added to the condition's thing is no
        # clause, whatever clause it holds about its own noun)
        if k and re.match(r"(?:together|along)\s+with\b|as\s+well\s+as\b|with\b|including\b", pieces[k],
                          re.IGNORECASE):
            continue
        # ("if the person is very distressed, or is at risk of harming others, and ...": a second verb
        # of the condition's subject goes on the condition)
        if k and len(words) > 1 and words[0] in ("or", "and") and words[1] in FINITE:
            continue
        if k == 0 or any(_tells_time(w) for w in words) or \
                _is_clause(WORDS.findall(pieces[k]), lex) or is_order(WORDS.findall(pieces[k]), lex):
            return False
    return False


def _points_ahead(left: str, right: str) -> bool:
    """Whether a leading clause's pronoun means the main clause's subject: "Although they do
    not cause the condition, some things can make hives worse" ("They do not cause the
    condition." on its own would tell of the sentence before)."""
    # ("Because it can take 8 weeks, a first negative test ...": "it" is mostly the page's
    # thing or no thing at all)
    return bool(re.match(r"they\b", left.strip(), re.IGNORECASE)) and bool(
        re.match(r"(?:some|many|most|several|certain|other|the|these|those|a|an)\s", right.strip(), re.IGNORECASE))


def _says_the_condition_again(left: str, right_words: list[str]) -> bool:
    """Whether the clause after "and" opens with the subject and verb of the left's last
    condition ("if you are planning ..., and you are thinking ...")."""
    words = [w.lower() for w in WORDS.findall(left)]
    at = [i for i, w in enumerate(words) if w in CONDITION_WORDS]
    # ("if it is not treated quickly, and it is one of the leading causes": "it" opens claims too)
    # ("diagnosed if their heart rate rises by 30 beats a minute, and this happens without a drop
    # in blood pressure": the event of the condition told again, with more of it)
    return bool(at) and len(right_words) >= 3 and (
        right_words[0].lower() in PERSONAL and
        words[at[-1] + 1:at[-1] + 3] == [w.lower() for w in right_words[:2]] or
        right_words[0].lower() == "this" and right_words[1].lower() in ("happens", "occurs", "lasts", "continues") and
        bool(CONDITION_WORDS & {w.lower() for w in WORDS.findall(re.split(r",\s+", left)[-1])}))


def _inside_relative(left: str, lex: Lexicon) -> bool:
    """ "Vitrectomy, in which the jelly is removed ..., the retina is flattened": the left part
    goes on a clause opened by "in which" or "where" with states of the same kind, so one more
    state joined by "and" is the relative clause's too."""
    pieces = re.split(r",\s+", left)
    for k in range(len(pieces) - 1, 0, -1):
        if re.match(r"(?:(?:in|during|by|through|with|after|before|under)\s+which|where|whereby)\b", pieces[k],
                    re.IGNORECASE):
            return True
        words = WORDS.findall(pieces[k])
        if not _plain_state(words, lex) and any(_tells_time(w) for w in words):
            return False
    return False


def _s_form(word: str, lex: Lexicon) -> bool:
    """A word in "-s" or "-es" whose base is a listed verb ("helps", "washes"); "joints" is no "join" + "ts"."""
    return word.endswith("s") and (word[:-1] in lex.verbs or word.endswith("es") and word[:-2] in lex.verbs)


def _s_verb(word: str, lex: Lexicon) -> bool:
    """A verb in its "-s" form ("helps", "becomes"), not a word in "-ss" ("pass")."""
    return word in lex.verbs and word.endswith("s") and not word.endswith("ss")


def _subjectless(words: list[str], lex: Lexicon, left: str = "") -> bool:
    """ "generally gets better without treatment": after an adverb, an "-s" verb with no
    subject of its own (the verb of a subject before the "and"); with no adverb, the last of a
    series of verbs of one subject ("It begins with a questionnaire, is repeated once a year,
    and leads to ..."), whose item before it opens on its verb too."""
    rest = _without_leading_adverbs(words)
    while rest and (rest[0].lower() in FREQUENCY_ADVERBS or rest[0].lower() in ("most", "more", "less", "least") and
                    len(rest) > 1 and (rest[1].lower() in FREQUENCY_ADVERBS or rest[1].lower().endswith("ly"))):
        rest = rest[1:]  # ("and most often starts within the first 48 hours"; "most drinks count" has its subject)
    first = rest[0].lower() if rest else ""
    if not _s_verb(first, lex) and first not in FINITE or first in lex.subjects:
        return False
    before = WORDS.findall(re.split(r",\s+", left)[-1]) if "," in left else []
    # ("This page is for carers ..., and explains why the risk is higher": an "-s" verb with a
    # question after it tells what the subject before does)
    if _s_verb(first, lex) and len(rest) > 1 and rest[1].lower() in ("why", "how", "what", "whether", "where"):
        return True
    return len(rest) < len(words) and _s_verb(first, lex) or \
        bool(before) and (before[0].lower() in FINITE or _s_verb(before[0].lower(), lex))


# "to", "help" or a modal within the last words of a clause: the bare verbs after it are its
GOVERNING_WORD = re.compile(rf"\b(?:to|help|helps|helping|{'|'.join(sorted(MODALS))})(?:\s+[\w'’-]+){{1,8}}$",
                            re.IGNORECASE)


def _then_a_phrase(right_words: list[str], lex: Lexicon) -> bool:
    """ "twice a day while you have symptoms, and then once a day to stop them coming back": a
    "then" with a phrase of time and no verb of its own goes on the clause before it."""
    lowered = [w.lower() for w in right_words]
    return lowered[:1] == ["then"] and not any(_finite(w) or w in lex.verbs and not w.endswith("ing")
                                               for w in lowered[1:4])


def _governed_verbs(left: str, right_words: list[str], lex: Lexicon) -> bool:
    """ "to help people protect their skin, recognize changes ..., and find free skin checks":
    bare verbs in a series after a "to", "help" or a modal of a claim are all that word's; the
    last is no order to the reader."""
    if right_words[:1] and right_words[0].lower() == "please":
        return False  # ("..., but please bring someone who can take you home": a polite order, no verb of the modal)
    pieces = re.split(r",\s+", left)
    first = WORDS.findall(pieces[0])
    # ("you usually need to own your home or rent it privately, and either receive a qualifying
    # benefit or have ...": "either" after "and" goes on the verb the clause before governs)
    if right_words[:1] and right_words[0].lower() in ("either", "both") and \
            GOVERNING_WORD.search(pieces[-1]) and _no_subject(right_words, lex):
        return True
    return len(pieces) >= 2 and bool(first) and not is_order(_without_leading_adverbs(first), lex) and \
        _no_subject(WORDS.findall(pieces[-1]), lex) and _no_subject(right_words, lex) and \
        bool(GOVERNING_WORD.search(pieces[0]))


def _phrase_goes_on(left: str, right: str, lex: Lexicon) -> bool:
    """A phrase of time or place after "and" that goes on the left clause: "possibly during
    future stays, even after you feel well" (up to its comma, with no verb or subject of its
    own), or "out of the sight and reach of children" after "..., at room temperature" (the
    last of a series of places)."""
    if _fronted_clause(right, lex):
        return False
    words = WORDS.findall(right)
    last_item = WORDS.findall(re.split(r",\s+", left)[-1])
    if words and words[0].lower() in PLACE_WORDS and last_item and last_item[0].lower() in PLACE_WORDS:
        return True
    # ("Keep the tablets ... at room temperature, and out of the sight and reach of children": after an
    # order, a place phrase to the sentence's end, with no subject, modal or past, is where it puts them)
    if words and words[0].lower() in PLACE_WORDS and "," not in right and is_order(WORDS.findall(left), lex) and \
            not any(w.lower() in PRONOUNS | MODALS | AUXILIARIES | NEGATED_MODALS or w.lower() in lex.past_forms or
                    w.lower().endswith("ed") for w in words):
        return True
    segment = [w.lower() for w in _without_leading_adverbs(WORDS.findall(re.split(r"[,;]", right)[0]))]
    return bool(segment) and segment[0] in PREPOSITIONS | PLACE_WORDS | {"during"} and "," in right and \
        not any(_tells_time(w) or w in PRONOUNS or w in lex.past_forms or w.endswith("ed") for w in segment)


def _plain_state(words: list[str], lex: Lexicon) -> bool:
    """ "the juices run clear": a clause in the plain present with no modal, no order and no
    past; a state that may belong to a condition ("the doctor will check it" is a claim)."""
    # (its own clause only: "other approaches have not worked, because these medicines can ..." is
    # a state, whatever the reason after it says)
    cut = next((k for k, w in enumerate(words) if k and w.lower() in ("because", "since")), len(words))
    words = words[:cut]
    lowered = [w.lower() for w in words]
    # (a thing named with "the", "a" or "your", no pronoun that goes on with the main clause's
    # subject, and no denial: "it does not need to be mixed" is a claim)
    # ("and a scan has shown a narrowing": a present perfect is a state of the condition too)
    # ("and other conditions have been ruled out": "other" names things as a determiner does, and a
    # perfect's passive is a state too)
    # ("and other approaches have not worked": a perfect denied is a state of the condition too)
    denied = "not" in lowered and not re.search(r"\b(?:has|have)\s+not\b", " ".join(lowered))
    return lowered[:1] != [] and (lowered[0] in DETERMINERS or lowered[0] in ("other", "all", "both")) and \
        _is_clause(words, lex) and not is_order(words, lex) and not denied and not any(
        w in MODALS or w in NEGATED_MODALS or w in ("was", "were", "had", "did", "will") or
        w in lex.past_forms and w not in lex.verbs and not (k and lowered[k - 1] in ("has", "have", "been"))
        for k, w in enumerate(lowered))  # ("run" is a present too)


def _short_pair(item: str) -> bool:
    """ "B vitamins and iron": a few words joined by "and"/"or" with no verb of time, a list's
    last things however the lexicon reads "iron"."""
    words = [w.lower() for w in WORDS.findall(item)]
    return len(words) <= 4 and bool({"and", "or"} & set(words)) and not any(_tells_time(w) for w in words)


def _open_content_clause(item: str, lex: Lexicon) -> bool:
    """ "many people find that being able to eat porridge": a "that" clause with no finite
    verb yet, which the next comma piece goes on."""
    words = [w.lower() for w in WORDS.findall(item)]
    if "that" not in words[1:]:
        return False
    after = words[words.index("that", 1) + 1:]
    # ("that being able to eat ...": "being" opens the clause's subject, no verb of time)
    return bool(after) and not any((_tells_time(w) and w != "being") or w in lex.past_forms or
                                   _s_verb(w, lex) for w in after)


def _governed_series(items: list[str], right: str | None = None) -> bool:
    """ "Stay home until your rash has healed, all scabs have fallen off, and a fresh layer
    of skin has formed": the clauses after the first go on its "until" and are no claims.
    A clause put first at the sentence's start ("Even when it is treated, the disease kills 1 in 10,
    and 1 in 5 survivors have disabilities") has its main clause after its comma: it governs a series
    only where a main clause is still to come after the last one (`right`, the words after ", and", go on
    past a comma)."""
    opening = [w.lower() for w in WORDS.findall(items[0])[:2]] if items else []
    opens_on_it = bool(opening) and (opening[0] in SERIES_GOVERNORS or opening[0] in ("even", "only") and
                                     opening[1:2] != [] and opening[1] in SERIES_GOVERNORS)
    return len(items) >= 2 and any(w.lower() in SERIES_GOVERNORS for w in WORDS.findall(items[0])[1:]) and \
        not (opens_on_it and right is not None and "," not in right)


# a word whose clause a series of clauses after it may share ("until A, B, and C")
SERIES_GOVERNORS = frozenset("until till unless if when whenever before after once because since "
                             "while whether".split())


def _series_opener(item: str) -> bool:
    first = WORDS.match(item.strip())
    # ("explains how to prepare, what will happen on the day, and ...": a list of what is
    # explained, no clauses)
    return first is None or first.group(0).lower() in SUBORDINATORS or \
        first.group(0).lower() in NOT_SUBJECT_START | CONTENT_CLAUSE


def _stands_alone(text: str, lex: Lexicon) -> bool:
    """A whole sentence: a clause, a clause after an opener ("But even more, I'm ..."),
    or a gerund subject with its verb a few words on ("Diagnosing it often involves ...")."""
    words = WORDS.findall(text)
    if _is_clause(words, lex):
        return True
    head, _, rest = text.partition(",")
    head_words = [w.lower() for w in WORDS.findall(head)]
    # an opener before the first comma: "But even more,", "In my case,", "Over time,"
    # (a short phrase without a verb or a subject of its own)
    if rest and head_words and len(head_words) <= 4 and _is_clause(WORDS.findall(rest), lex) and \
            not any(w in lex.verbs or w in PRONOUNS for w in head_words) and \
            (head_words[0] in ("but", "and", "so", "still", "now", "also") or
             head_words[0] not in SUBORDINATORS):
        return True
    return words[0].lower().endswith("ing") and any(w.lower() in lex.verbs for w in words[1:8])


def _carries_condition(joined: str, right: str, right_words: list[str]) -> bool:
    """Whether the clause after a condition, its clause and the joining word `joined` still tells of the condition's
    case when made a sentence of its own: after "and", "this" or "these" points back at what the clause told,
    condition and all ("If iron stays low, the body cannot make enough haemoglobin, and this is called anaemia");
    "So" follows from it ("If you were given Buscopan, your vision may be blurred for up to 30 minutes. So you should
    not drive ..."); "But" does where the contrast points back at the case (`_points_back`: "If you drive, it is
    usually safe to do so. But you should pull over ..."). Not where the clause goes on past another joining word,
    whose own clause alone would lose the condition ("..., so they become less effective, and many people become
    physically dependent")."""
    if joined == "and":
        return right_words[0].lower() in ("this", "these")
    return joined in ("so", "but") and not re.search(r",\s+(?:and|but|or)\s", right) and \
        (joined == "so" or _points_back(right_words))


def _long_subject_clause(text: str, lex: Lexicon) -> bool:
    """A sentence whose subject runs past the few words `_is_clause` looks at: "The time between an
    exposure and the start of symptoms (the incubation period) is usually 1 to 3 months". Brackets and
    asides set off by commas ("..., which is called delirium,") are left out, since the subject's verb
    comes after them, and so are phrases put first and closed by a comma ("Unlike screening tests,");
    what is left opens a main clause (`_opens_main_clause`), or holds a verb before any clause opens
    inside it: a verb of time or an "-s" verb ("Each team operates ..."). No verb before the first
    clause word is no sentence: "Testosterone therapy, which may be ...", "Using condoms every time you
    have sex", "Foods that are high in salt"."""
    plain = re.sub(r"\s*\([^()]*\)", "", text)
    plain = re.sub(r",\s+(?:which|who|whose)\s(?:(?!,\s).)*,(?=\s)", "", plain)  # ("1,200" goes on)
    chunks = re.split(r",\s+", plain)
    for at, chunk in enumerate(chunks):
        words = [w.lower() for w in WORDS.findall(chunk)]
        if len(words) <= 1 or words[0] in SUBORDINATORS | PREPOSITIONS | {"unlike", "like", "depending", "based"}:
            continue  # a phrase put first ("Overall,", "Unlike screening tests,"): the clause comes after its comma
        # (not after an "-ing" word, which `_is_clause` may read as a subject with its object's verb: "Keeping
        # your symptoms at a level you can manage" is what is done meanwhile, no clause)
        if not words[0].endswith("ing") and _opens_main_clause(", ".join(chunks[at:]), lex):
            return True
        for k, w in enumerate(words):
            if w in CLAUSE_BREAKERS or k and w in PRONOUNS and not all(x.endswith("ly") for x in words[:k]):
                return False  # a clause of its own opens before any verb of the subject ("Ideally you" has its
                # subject after an adverb)
            if k and (_finite(w) or _s_verb(w, lex) and
                      words[k - 1] not in DETERMINERS | PREPOSITIONS | {"and", "or"}):
                return True
        return False
    return False


PRESENT_AUXILIARIES = frozenset("am is are be been being get gets become becomes seem seems feel "
                                "feels look looks stay stays remain remains i'm you're we're "
                                "they're it's he's she's".split())


def _present_verb(word: str, lex: Lexicon) -> bool:
    """A listed verb in a present form ("work", "helps"), not a past one ("worked", "led")."""
    return word in lex.verbs and not word.endswith("ed") and word not in PAST \
        and word not in lex.past_forms


def _told_in_past(words: list[str]) -> bool:
    """A past auxiliary or an -ed verb that is no present passive ("I'm tuned into")."""
    lowered = [w.lower().replace("’", "'") for w in words]
    # ("reacts to these crystals as if they were an infection": what is only likened is no past)
    for k in range(len(lowered) - 1):
        if lowered[k] == "as" and lowered[k + 1] in ("if", "though"):
            lowered = lowered[:k]
            break
    # "The collapsed bone pushes": after a determiner an -ed word describes a noun
    # "Gums that have pulled away": after "have" an -ed word is the present perfect
    # "Tetanus is often called ...": an adverb may stand between the auxiliary and the -ed word
    def before(i: int) -> str:
        j = i - 1
        while j > 0 and (lowered[j] in ADVERBS_BEFORE_VERB or lowered[j].endswith("ly")):
            j -= 1
        return lowered[j]
    # "a heart rhythm, also called an arrhythmia, in which ...": a name given, no past
    # ("A poison made by Clostridium bacteria": a participle with its maker, no past)
    # ("A mosquito pool, which is a batch ... collected from one trap, is tested": with a
    # present auxiliary and no past one, an -ed word is a participle)
    # ("happens when this tissue becomes irritated, swollen, or damaged": a present linking verb
    # makes the -ed words after it states, no past)
    present = bool(set(lowered) & {"is", "are", "am", "has", "have", "does", "do", "becomes", "become", "gets",
                                   "seems", "seem", "looks", "feels", "happens", "occurs"}) and \
        not set(lowered) & {"was", "were", "had", "did"}
    # ("these cancers are found at an early stage": a past form after "are" is a participle)
    return any(lowered[i + 1:i + 2] != ["by"] and (
        w in PAST and not (i and before(i) in ("is", "are", "am", "be")) or
        not present and len(w) > 4 and w.endswith("ed") and i and w not in NAMING and
        before(i) not in PRESENT_AUXILIARIES and lowered[i - 1] not in DETERMINERS and
        lowered[i - 1] not in PREPOSITIONS and  # "refer to confirmed cases": it describes the noun
        # ("possible effects when mixed with alcohol": a participle whose subject and verb are left out)
        lowered[i - 1] not in ("when", "whenever", "if", "unless", "once", "until", "while", "than") and
        before(i) not in ("have", "has", "'ve"))
        for i, w in enumerate(lowered))


PERSONAL = frozenset("i you we they he she".split())
BE = frozenset("am is are was were be been being".split())


def _shared_subject_series(left: str, right: str, lex: Lexicon) -> list[str] | None:
    """ "I get bone scans now, take my calcium, and keep up with training." ->
    "I get bone scans now. I take my calcium. I keep up with training."
    Only for a personal pronoun with a plain verb ("I get", not "I can" or "I was"),
    and when every item starts with a verb and is four words or more, so a list of
    nouns ("rest, help with chores, and time") is never read as actions."""
    items = re.split(r",\s+", left) + [right]
    first = WORDS.findall(items[0])
    if len(items) < 3 or len(first) < 4:
        return None
    if first[0].lower() not in PERSONAL:
        return _people_series(items, lex)
    verb = first[1].lower()
    if verb not in lex.verbs or verb in BE or verb in MODALS:
        return None
    for item in items[1:]:
        words = WORDS.findall(item)
        if len(words) < 4 or words[0].lower() not in lex.verbs or \
                words[0].lower() in BE or words[0].lower() in MODALS or \
                words[1].lower() in ("of", "and", "or"):
            return None
    subject = first[0] if first[0] == "I" else first[0].lower()
    return [_sentence(items[0])] + [_sentence(f"{subject} {item.strip()}") for item in items[1:]]


VERB_GROUP_START = frozenset("do don't cannot can't can may might will won't should must".split())


def _verb_group_start(word: str, lex: Lexicon) -> bool:
    """A plural subject's verb: "do not", "cannot", "may", "are", "feel" (not "feels")."""
    word = word.lower().replace("’", "'")
    inflected = word.endswith(("ing", "ed")) and not word.endswith("eed") or \
        word.endswith("s") and not word.endswith("ss")
    return word in VERB_GROUP_START or word in ("are", "have") or (
        word in lex.verbs and word not in BE and not inflected)


def _people_series(items: list[str], lex: Lexicon) -> list[str] | None:
    """ "People with latent TB do not feel sick, do not have symptoms, and cannot spread
    it." -> "... do not feel sick. They do not have symptoms. They cannot spread it."
    The subject is a group of people named before the first verb; every later item starts
    with a verb that agrees with it, so it is that group's action, not an order to the
    reader ("Do not have symptoms.") and not a thing in a list."""
    first = WORDS.findall(items[0])
    verb_at = next((j for j, w in enumerate(first[1:9], start=1)
                    if w.lower() not in PEOPLE and _verb_group_start(w, lex)), None)
    subject = [w.lower() for w in first[:verb_at or 0]]
    if verb_at is None or not any(w in PEOPLE for w in subject[:3]) or \
            {"who", "that", "which", "whose"} & set(subject):
        return None
    # ("Parents are encouraged to check yards, remove any mushrooms they find, and teach children ...": after
    # "to" and its verb, the bare verbs of the later items go on the "to", never "They remove ...")
    told = [w.lower() for w in first[verb_at + 1:]]
    if any(w == "to" and told[k + 1:k + 2] and told[k + 1] in lex.verbs and _bare_verb(told[k + 1], lex)
           for k, w in enumerate(told)):
        return None
    # "may feel tired, have a fever": the first verb's modal or negation reaches every
    # bare verb after it ("They may have a fever")
    shared = first[verb_at].lower().replace("’", "'")
    out = [_sentence(items[0])]
    for item in items[1:]:
        words = WORDS.findall(item)
        if len(words) < 3 or not _verb_group_start(words[0], lex) or \
                words[1].lower() in ("of", "and", "or"):
            return None
        bare = words[0].lower() not in VERB_GROUP_START
        if bare and shared in MODALS:
            item = f"{shared} {item.strip()}"
        elif bare and (shared in VERB_GROUP_START or shared not in lex.verbs):
            return None  # "do not feel sick, have a fever" may deny both
        out.append(_sentence(f"they {item.strip()}"))
    return out


# first words that show the part after a final dash is no noun phrase: a negation,
# preposition, adverb or conjunction ("— not just reactive", "— or until ...", "— no lifting!")
NOT_NOUN_START = NOT_SUBJECT_START | frozenset(
    "no none nothing especially mainly mostly maybe plus such including too either "
    "then now here there often usually sometimes always typically generally normally".split())


# the days and months (the guard reads them as names' neighbours too)
DATE_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                       "march april may june july august september october november december".split())


def _dash_appositive(text: str, end: str, lex: Lexicon) -> list[str] | None:
    """ "I watch my posture and stress levels — things I used to ignore." ->
    "... stress levels. These are things I used to ignore." (one dash, a whole clause
    before it, a noun phrase without its own verb after it)."""
    dashes = list(re.finditer(r"\s+[—–]\s+|\s+--\s+", text))
    if len(dashes) != 1:
        return None
    left, right = text[:dashes[0].start()], text[dashes[0].end():].rstrip(".!? ")
    left_words, right_words = WORDS.findall(left), WORDS.findall(right)
    if not (2 <= len(right_words) <= 12) or len(left_words) < 3 or \
            left_words[0].lower() in SUBORDINATORS or not _stands_alone(left, lex) or \
            re.search(r"[;:()!?]", right):
        return None
    # ("Investigation Notice 2 – Posted June 6, 2025": a label in capitals before the dash is a heading)
    if all(w[:1].isupper() or w[:1].isdigit() for w in left_words):
        return None
    # ("Lakeshore Women's Health Center – Health Information Library": a name after a name, a
    # heading's two parts, no "This is ...")
    if right_words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in ("and", "of", "for", "the")
                                            for w in right_words):
        return None
    first = right_words[0].lower()
    if first in DATE_WORDS:
        return None  # "Respite stay for Mr Dennis Holloway – Monday 9 September to ...": a date, no "This is"
    if first in NOT_NOUN_START or first in lex.verbs or first in MODALS or \
            first in AUXILIARIES or first.endswith("ly") or first in lex.negations or first[:1].isdigit():
        return None  # "... as all adults — 7 to 9 hours each night": an amount, not "These are"
    if _is_clause(right_words, lex) or any(w.lower() in lex.verbs or w.lower() in MODALS
                                            for w in right_words[:2]):
        return None
    plural = _plural(left_words[-1])
    if re.search(r"\bor\b", right):  # "— X-rays, MRI, or a CT scan": examples to choose from
        lead = "These include" if plural else "This includes"
    elif _told_in_past(left_words):
        lead = "These were" if plural else "This was"
    else:
        lead = "These are" if plural else "This is"
    return [_sentence(left), _sentence(f"{lead} {right}", end)]


CONTENT_CLAUSE = frozenset("that whether how what which who whom if when where why".split())


def _action_series(items: list[str], lex: Lexicon) -> bool:
    """Whether comma items after the first make a series of orders or a short list ("Move
    them to a cool place, loosen their clothing, and ..."): cutting off the last one would
    leave a comma splice."""
    return any(is_order(WORDS.findall(item), lex) or _bare_order(WORDS.findall(item), lex) or
               _bare_order(WORDS.findall(item), lex, WHEN_NEXT) or len(WORDS.findall(item)) < 3 for item in items[1:])


# when or how often, straight after a bare verb: "recheck after 15 minutes", "rinse twice" (no
# noun takes these straight after it in a list of orders)
WHEN_NEXT = frozenset("after before until again twice once every daily often".split())


def _denial(words: list[str]) -> int:
    """How many words deny what follows at the start: "Do not", "Don't", "Never"."""
    lowered = [w.lower() for w in words[:2]]
    if lowered[:1] and lowered[0] in ("don't", "don’t", "never"):
        return 1
    return 2 if lowered == ["do", "not"] else 0


# ("it" may be a subject: "But it can also be raised")
OBJECT_PRONOUNS = frozenset("them him us me yourself yourselves".split())
# what follows "called" when it is a verb with its object ("called the ambulance", "called us
# back"), not a name given ("a test called faecal calprotectin")
NOT_A_NAME_NEXT = DETERMINERS | PRONOUNS | OBJECT_PRONOUNS | PREPOSITIONS | PARTICLES | \
    frozenset("it this that back out off up".split())


# verbs whose plain form ends in "-ing", no "-ing" form ("Bring your record book", "Ring the ward")
ING_VERBS = frozenset("bring ring sing swing sting string cling wring".split())


def is_order(words: list[str], lex: Lexicon) -> bool:
    """An order that starts with a plain verb: "Ask your doctor ...", "leave it on ...",
    "Don't wait until ...", "Do not share towels"."""
    if words[:1] and words[0].lower() == "please":
        words = words[1:]  # "please contact us anyway": an order asked politely is an order
    denied = _denial(words)
    words = words[denied:]
    if len(words) < (2 if denied else 3):
        return False
    first = words[0].lower()
    # ("test them once a month": a word not listed as a verb is one before its object pronoun)
    # ("Contact your GP", "Book an appointment": a word that is a noun as often opens an order before
    # its object)
    verb = first in lex.verbs or first in lex.order_verbs and words[1].lower() in OBJECT_WORDS | OBJECT_PRONOUNS or \
        first.isalpha() and words[1].lower() in OBJECT_PRONOUNS and \
        first not in SUBORDINATORS and first not in CLAUSE_CONJUNCTIONS and first not in ("or", "of", "to")
    # ("press", "discuss", "cross": a verb may end in "ss"; "-s" alone is its third person)
    # ("have a short sleep", "have regular eye tests": "have" before a thing it names is the order's verb, no
    # auxiliary)
    had = first == "have" and words[1].lower() in ("a", "an", "some", "plenty", "regular", "your", "the", "any")
    return (verb or had) and not (first.endswith("s") and not first.endswith("ss")) and \
        not first.endswith("ed") and not (first.endswith("ing") and first not in ING_VERBS) and \
        first not in MODALS and (first not in AUXILIARIES or had) and first not in BE and \
        words[1].lower() not in ("of", "and", "or", "is", "are") and \
        (words[1].lower() != "to" or first in VERBS_BEFORE_TO | VERBS_TO_SOMEONE)  # "try to ...", not "access to"


def _an_order(words: list[str], lex: Lexicon) -> bool:
    """An order of a list of orders, a short denial too: "Wash your hands, do not smoke, and ...";
    after the first, a bare word before its object too ("..., brush your teeth, and ..."): the
    lexicon does not know every verb, and the items of a list are all of one kind."""
    return is_order(words, lex) or len(words) > _denial(words) > 0


OBJECT_WORDS = frozenset("the a an your their his her its our them it this these that those any all some".split())
# the object words that make a word before them a verb whatever else it may be ("Place your baby"):
# no "that" or "it", which a subject may have after it ("Hydrocortisone that you buy", "But it can")
OWNED_OBJECT = frozenset("the a an your their his her them".split())


def _bare_order(words: list[str], lex: Lexicon, then: frozenset[str] = OBJECT_WORDS) -> bool:
    """ "brush your teeth", "insert the tip": a word no subject or determiner, then its object
    (or with `then` = WHEN_NEXT, when: "recheck after 15 minutes"); the lexicon need not know
    the verb."""
    if len(words) < 2:
        return False
    first = words[0].lower()
    return first not in lex.subjects and first not in DETERMINERS and first not in NOT_SUBJECT_START and \
        first not in PEOPLE and not (first.endswith("s") and not first.endswith("ss")) and \
        not first.endswith(("ed", "ly")) and not (first.endswith("ing") and first not in ING_VERBS) and \
        words[1].lower() in then


# verbs whose order goes on with "to": "try to do your exercises at the same times each day"
VERBS_BEFORE_TO = frozenset("try remember plan continue learn start begin aim wait ask agree arrange decide".split())
# verbs whose order goes on with "to" and the place or person it goes to: "talk to your doctor", "go to
# A&E" (no "return" or "travel", which head a subject as often: "Return to work is ...")
VERBS_TO_SOMEONE = frozenset("go come talk speak listen write reply stick walk drive get".split())
# words after which "to" opens an infinitive, never a place ("asked to buy", not "lead to"): the
# verbs above and more that take one
TO_VERBS = VERBS_BEFORE_TO | frozenset("asked told want wants wanted need needs needed tried able unable allowed "
                                       "advised expected going used likely".split())
FINITE = MODALS | frozenset("is are was were has have does do did".split())


def _finite(word: str) -> bool:
    """A verb of time: a modal, a form of be, have or do, or a denied modal."""
    return word.lower() in FINITE or word.lower() in NEGATED_MODALS


def _has_finite(words: list[str]) -> bool:
    return any(_finite(w) for w in words)


def _up_to_clause(words: list[str]) -> list[str]:
    """`words` up to the first word that opens a clause of its own ("that", "which", "if", ...)."""
    return words[:next((k for k, w in enumerate(words) if w in CLAUSE_BREAKERS), len(words))]


RELATIVE = frozenset("who that which whom whose".split())
# the last word of a lead-in that its list finishes ("... more likely to have them if you"):
# no stop after it
LEAD_IN_ENDS = frozenset("who that which if you to the a an of and or include includes including "
                         "are is were was with for as when have has like such than by".split())
NAMING = frozenset("called named known termed referred".split())
# what is thought or said of a thing is the whole event told ("which is thought to wear away")
REPORTING = frozenset("thought believed said considered estimated suspected assumed presumed".split())
# "which is a much higher proportion": an amount tells of a figure, no name for a thing
AMOUNT_NOUN = re.compile(r"(?:is|are|was|were)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:proportion|percentage|"
                         r"rate|number|increase|decrease|rise|drop|fall|figure|amount|share|total|ratio|fraction|"
                         r"quarter|third|half)\b", re.IGNORECASE)
# an action against a thing, then the thing, at the end of a clause: "to avoid constipation"
# "which is normal", "which is rare": a judgement of the whole clause, no name for a thing
JUDGED = re.compile(r"(?:is|are|was|were)\s+(?:not\s+|very\s+|quite\s+|usually\s+|often\s+|also\s+)*"
                    r"(?:normal|common|rare|usual|likely|unlikely|possible|important|expected|safe|fine|ok|"
                    r"[a-z]+(?:al|ic|ous|ive|ful|less|able|ible))\b", re.IGNORECASE)
ACTION_JUDGED = re.compile(r"(?:is|are)\s+(?:the|one\s+of\s+the|a|an|one)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:thing|things|way|ways|step|steps|method|methods|route|routes|approach|reason|reasons|"
                           r"job|role|task)\b",
                           re.IGNORECASE)  # (", which is one reason why ...": a reason is the whole fact's)
# ("It does not treat the clot itself, which is the job of your anticoagulant": a job is the action's)
PREVENTED = re.compile(r"\b(?:prevent|prevents|prevented|preventing|avoid|avoids|avoiding|stop|stops|stopping|"
                       r"treat|treats|treating|relieve|relieves|relieving|ease|eases|easing|fight|fights|"
                       r"fighting)\s+((?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")
# a thing the reader is told not to use, named last: "do not use kitchen roll", "never give aspirin"
DENIED_USE = re.compile(r"\b(?:do\s+not|don['’]t|never|avoid)\s+(?:use|using|give|giving|apply|applying|wear|wearing)\s+"
                        r"(?:any\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)$", re.IGNORECASE)
# words that end a name's run before its short name: "mixed with a chemical called
# para-phenylenediamine (PPD)" gives the "a" to the chemical, "a clinic for post-exposure prophylaxis
# (PEP)" to the clinic
NOT_IN_A_NAME = frozenset("for to with called named known as in on by from at and or".split())
# a thing something guards against, named last: "gloves do not protect against methacrylates, which
# can pass through them" (the methacrylates pass, not the failing)
PROTECTED_AGAINST = re.compile(r"\bprotect(?:s|ed|ing)?\s+(?:you\s+|them\s+)?(?:against|from)\s+"
                               r"((?:[a-z][\w-]*\s+)?[a-z][\w-]*)$", re.IGNORECASE)
# what a treatment or a way of preventing does, and no illness: "which may make it go away"
OUTCOME_GOOD = re.compile(r"\b(?:helps?|improves?|cures?|relieves?|eases?|(?:go|goes|went|clear|clears|cleared)\s+"
                          r"(?:away|up)|(?:feel|feels|get|gets)\s+better)\b", re.IGNORECASE)
# a clause that ends on what its object is made to be: "make conversations frustrating", "make
# the pain worse"
MADE_TO_BE = re.compile(r"\b(?:make|makes|made|making)\s+(?:[\w'’-]+\s+){1,6}(?:[a-z]+(?:ing|ful|ous|ive|ult|ble|"
                        r"less)|worse|better|harder|easier|hard|easy|sore|dry|weak|tired|sick|ill|louder|clearer|"
                        r"softer|quicker|faster|slower|stronger|weaker|safer|smaller|bigger|shorter|longer)$")
# a verb joined later in a "which" clause, which shows its number ("which may relieve fatigue
# ... but are not used long term")
JOINED_VERB = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ly\s+|not\s+)?(are|were|have|is|was|has|do|does)\b")
# examples joined by "or" or "and" at the end, and the first word after that joining word
EXAMPLES_LAST = re.compile(r"\b(?:such as|including)\s+[^;:()]+\s(?:or|and)\s+(?!(?:is|are|was|were|has|have|had|do|"
                           r"does|did|can|could|may|might|will|would|should|must)\b)([\w'’-]+)(?:\s+[\w'’-]+){0,2}$")
# the modals and adverbs before a verb: "may also help"
HEDGES_FIRST = re.compile(r"^(?:(?:may|might|can|could|will|would|should|also|often|usually|then|sometimes)\s+)+")


# who may do a thing named before ", which": "which you take", "which your nurse can arrange", "which we expect",
# "which your midwife or doctor will do", "which most people can get", "which doctors call ...", "which your GP
# practice can arrange" (a second word of the name only before a modal, where it can be no verb)
OBJECT_CLAUSE = re.compile(r"(?P<subject>you(?:\s+or\s+(?:your|a|an|the)\s+[a-z]+)?|we|they|"
                           r"(?:your|the)\s+[a-z]+\s+or\s+(?:your\s+|the\s+|a\s+|an\s+)?[a-z]+|"
                           r"(?:your|the|our)\s+[a-z]+\s+[a-z]+(?=\s+(?:can|could|may|might|will|would|should|must)\b)|"
                           r"(?:your|the)\s+[a-z]+|(?:most|many|some|few|other)\s+(?:[a-z]+\s+)?(?:[a-z]+[^s\W]s|people|"
                           r"children|women|men)|people|doctors|parents|patients|"
                           r"clinicians|researchers|nurses|pharmacists)\s+"
                           r"(?P<chain>(?:(?:can|could|may|might|will|would|should|must|not|also|still|only|usually|often|"
                           r"always|then|normally|first|cannot|(?:do|does|did|will|would|should|could|can)\s+not|"
                           r"(?:don|doesn|didn|won|wouldn|shouldn|couldn|can)['’]t|"
                           r"(?!(?:apply|reply|rely|supply|comply|multiply|imply)\b)[a-z]+ly|"
                           r"(?:need|have|want|try)\s+to|(?:be|are)\s+able\s+to)\s+)*)"  # (never "needs to": "which the
                           # pregnancy needs to continue" tells what the thing is for, no "needs to continue it")
                           r"(?P<verb>[a-z]+)(?P<rest>(?:\s+.*)?)$")
# verbs whose "which" is no object told straight after them: a clause or infinitive follows what is thought, said or
# wanted ("which we believe will ...", "which you need to ..."), and a person comes first after a giving or telling
# ("which your pharmacist can advise", "which you should ask to see")
NO_OBJECT_AFTER = BELIEFS | frozenset("expect hope know feel find need want have get use make let help see be advise "
                                      "tell ask show give offer".split())
# what may follow the object put back after its verb: how, when, where, how long or with what ("take it regularly",
# "discuss them with you", "bring it to every appointment", "pay it if ...", "wear it around your neck", "take it for
# as long as ...", "do them 3 or 4 times a day", "pay it online")
OBJECT_THEN = re.compile(r"\s+(?:(?:with|at|in|on|before|after|during|by|from|through|into|onto|as|until|when|if|"
                         r"once|while|every|each|around|over|under|inside|behind|near|using)\s+(?:the|a|an|your|our|their|"
                         r"his|her|its|every|each|any|you|us|them|him|\d|[a-z]+ly\b|[a-z]+ing\b|[a-z]+\s+[a-z]+)|"
                         r"to\s+(?:the|a|an|your|our|their|every|each|any|\d)|for\s+(?:as\s+long\s+as|at\s+least|up\s+to|"
                         r"several|a\s+few|\d)|(?:\d+|one|two|three|four|five|six)\s+(?:to|or)\s+(?:\d+|two|three|four|five|"
                         r"six)\s+times\b|(?:regularly|daily|once|twice|again|carefully|safely|yourself|online|at\s+home|"
                         r"every\s+day|each\s+day)\b)")
# how a thing or an event is found ("which many visitors find upsetting"): what is found so is the whole thing told,
# "Many visitors find this upsetting", whatever noun came last ("fewer nurses, which some families find worrying")
FOUND_AS = re.compile(r"\s+(?:(?:more|less|very|really|quite)\s+)?(?:helpful|useful|reassuring|comfortable|"
                      r"uncomfortable|easier|harder|difficult|hard|easy|upsetting|distressing|painful|tiring|confusing|"
                      r"frightening|convenient|inconvenient|acceptable|embarrassing|worrying|stressful|unpleasant|"
                      r"relaxing|rewarding)\b")
# after which of the verbs that take no object straight after them (NO_OBJECT_AFTER) the object is told all the same:
# "find it helpful", "feel it as a tightening", "use it to collect ...", "find it on the school website"
OBJECT_AFTER_ALL_THE_SAME = {
    "find": re.compile(rf"{FOUND_AS.pattern}|\s+(?:on|in|at|next\s+to)\s"),
    "feel": re.compile(r"\s+as\s+an?\s"),
    "use": re.compile(r"\s+to\s+[a-z]+\s"),
}
# the verbs that give a thing its name, the name after the object ("which doctors call a clavicle fracture" ->
# "Doctors call it a clavicle fracture")
NAMING_VERBS = frozenset("call calls called name names term terms".split())
NAME_NEXT = re.compile(r"\s+(?:an?\s|the\s|[\"“‘']|[A-Z])")
# the one thing a name is given to, last before its ", which" ("a broken collarbone"; "no symptoms, which doctors call
# 'silent' gallstones" names the state, neither the symptoms nor one thing)
NAMED_THING = re.compile(r"\b(?:a|an|the|your|their)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$", re.IGNORECASE)
# the verbs that give or show a thing to a person, told after it with "to" ("show them to you")
GIVING_VERBS = frozenset("give show send offer hand pass lend".split())
GIVEN_TO = re.compile(r"\s+(you|us|them|him|her)\b")
# a verb and its particle, whose object comes between them: "work it out", "fold it up"
PARTICLE_AFTER = re.compile(r"\s+(out|up|off|back|down|away)(?=\s|$)")


def _object_told(left: str, right: str, lex: Lexicon, thing: str = "") -> str | None:
    """The ", which" clause whose "which" is its verb's object, told as a sentence of its own with "it" or "them"
    put back after the verb: "which you swallow with a glass of water" -> "You swallow them with a glass of
    water.", "which your nurse can arrange" -> "Your nurse can arrange it." (`thing`, where given, is said in the
    pronoun's place: "You can buy paracetamol from any pharmacy.") Only where the verb takes the object
    straight after it, the rest being how, when or where (or what it is found, felt as or called, who it is given to,
    what it is used to do: OBJECT_AFTER_ALL_THE_SAME, NAMING_VERBS, GIVING_VERBS), its particle after the object ("work
    it out"); never a preposition left at the end ("apply for through ...", "breathe in through ..."), nor a verb of
    saying or thinking whose clause follows ("which we believe will make ...")."""
    m = OBJECT_CLAUSE.match(right.rstrip(".!? "))
    if not m:
        return None
    verb, rest = m.group("verb"), m.group("rest")
    # what goes between the object and the rest: the verb's particle ("will work it out") or the person a thing is
    # given to ("which the midwife will give you" -> "The midwife will give it to you")
    particle = PARTICLE_AFTER.match(rest)
    given_to = GIVEN_TO.match(rest) if verb in GIVING_VERBS else None
    after_object = ""
    if particle and verb in lex.verbs and (not rest[particle.end():] or OBJECT_THEN.match(rest[particle.end():])):
        after_object, rest = particle.group(0), rest[particle.end():]
    elif given_to:
        after_object, rest = f" to {given_to.group(1)}", rest[given_to.end():]
    all_the_same = OBJECT_AFTER_ALL_THE_SAME.get(verb)
    told_all_the_same = bool(all_the_same and all_the_same.match(rest))
    named_as = verb in NAMING_VERBS and bool(NAME_NEXT.match(rest)) and bool(NAMED_THING.search(left))
    no_object = verb in MODALS | AUXILIARIES | NEGATED_MODALS | PREPOSITIONS | CLAUSE_BREAKERS | NO_OBJECT_AFTER and \
        not told_all_the_same and not after_object
    if no_object or not (verb in lex.verbs or verb in lex.order_verbs) or \
            rest and not (OBJECT_THEN.match(rest) or told_all_the_same or named_as):
        return None
    # ("which you should keep with you and take to any hospital": a second verb would need the object again;
    # "and which is available as ...": a second clause about the thing has no subject in the new sentence)
    second = re.search(r"\b(?:and|or)\s+(?:then\s+)?([a-z]+)", rest)
    if re.search(r"\b(?:which|who)\b", rest) or second and (second.group(1) in lex.verbs or
                                                           second.group(1) in lex.order_verbs):
        return None
    unbracketed = re.sub(r"\s*\([^()]*\)\s*$", "", left)
    last_piece = re.split(r",\s+", unbracketed)[-1]
    piece = [w.lower() for w in WORDS.findall(last_piece)]
    last = piece[-1] if piece else ""
    # ("Lotions or sprays – such as those with dimeticone, which you can buy": the thing may be the examples'
    # kind, of another number)
    if not last.isalpha() or last in lex.verbs and not _plural(last) or \
            re.search(r"\b(?:such\s+as|including|like)\b", last_piece, re.IGNORECASE):
        return None
    # ("the risks linked to a general anaesthetic or sedation", "a loss of attention lasting a few seconds": a
    # noun before a phrase about it may be the thing meant; where its number is not the last word's, neither
    # "it" nor "them" is sure)
    for k, w in enumerate(piece[1:], 1):
        before = piece[k - 1]
        if (w in PREPOSITIONS or w in RELATIVE or w.endswith("ing") or w in lex.past_forms or w.endswith("ed")) and \
                before.isalpha() and before not in lex.verbs | DETERMINERS | PREPOSITIONS and \
                not before.endswith(("ing", "ed")) and _plural(before) != _plural(last):
            return None
    # ("testing and vaccination": things joined by "and" are "them")
    # (not in a name: "our Searching, Screening and Confiscation Policy")
    named = unbracketed.rstrip()[-1:].isalpha() and WORDS.findall(unbracketed)[-1][:1].isupper()
    pronoun = thing or ("this" if verb == "find" and FOUND_AS.match(rest) else
                        "them" if _plural(last) or "and" in piece[-3:-1] and not named else "it")
    subject = m.group("subject")
    return f"{subject[:1].upper()}{subject[1:]} {m.group('chain')}{verb} {pronoun}{after_object}{rest}"


def _which_does(right: str, verbs: str) -> bool:
    """Whether a "which" clause's verb, after its hedges ("can", "may then"), is one of `verbs`
    (alternatives of base forms, "lead|cause"; the "-s" form too)."""
    return re.match(rf"(?:{verbs})s?\b", HEDGES_FIRST.sub("", right)) is not None
# a means put last in its clause, "by" and an action: "works by blocking oestrogen from ..."
# (a bracket inside is one of its words: "by stopping the influenza (flu) virus from spreading ...")
BY_MEANS = re.compile(r"\bby\s+[a-z]+ing\s+(?:[\w'’-]+\s+|\([^()]*\)\s+){0,12}[\w'’-]+$")
# after "So", a word that makes it "such a lot": "So many people ..."
SO_AMOUNT = re.compile(r"(?:many|much|few|little|far|long|often)\b", re.IGNORECASE)


def _so(result: str) -> str:
    """The word that leads a result: "So", or "That is why" before "many", "much", ...
    ("So many people do not know they have it" would read as "such a lot of people")."""
    return "That is why" if SO_AMOUNT.match(result) else "So"
# a purpose after "so": "so they can", "so you don't" (", so that" is told on its own: see _purpose_told)
SO_THAT = re.compile(r"(?:you|they|he|she|we)\s+(?:can|could|will|won['’]t|don['’]t|do\s+not)\b",
                     re.IGNORECASE)
# words before "of" that count what follows ("a number of people", "one or more of them")
OF_QUANTITIES = frozenset("one more most many some all each any none number lot lots group groups type "
                          "types kind kinds few several both either neither half part percent series "
                          "course range variety mix choice selection".split())
# verbs ending in "ly", no adverbs of how
LY_VERBS = frozenset("apply reply rely multiply comply imply supply".split())
# words ending in "ly" that name things, not ways
LY_NOUNS = frozenset("family belly supply fly butterfly jelly ally anomaly assembly reply rally "
                     "bully lily monopoly italy".split())


# (two conditions joined: "If it does not improve within 2 to 3 days, or if your son is unwell, see ...")
CONDITION_FIRST = re.compile(r"^(?:if\s+so|(?:if|when|after|before|unless|once|until)\s+[^,;:]{3,120})"
                             r"(?:,\s+(?:or|and)\s+(?:if|when|after|before|unless|once|until)\s+[^,;:]{3,80})?,\s+",
                             re.IGNORECASE)


def _goes_on_its_lead(text: str, words: list[str], lex: Lexicon) -> bool:
    """A list item with a small letter that is no order ("you do not remember having had
    chickenpox" after "Get the vaccine even if:"): it goes on its lead-in, and what it says is
    a part of the lead's sentence (a condition, a thing), not a sentence of its own."""
    return text[:1].islower() and not (is_order(_without_leading_adverbs(words), lex) or _denial(words))


def _no_verb_but_last(words: list[str], lex: Lexicon) -> bool:
    """No verb of time before the last word ("Most private health insurance plans": "plans" is a
    noun or a verb, and only the words after it can tell)."""
    return bool(words) and not any(
        _finite(w) or w.lower() in AUXILIARIES or w.lower() in lex.verbs and w.lower().endswith(("s", "ed"))
        for w in words[:-1])


def _two_subjects_set_off(left: str, right: str, lex: Lexicon) -> bool:
    """ "Most private health insurance plans, and Medicare Part D plans, cover the vaccine": two
    plural subjects, the second set off by commas, then their one bare verb; no clause ends
    before the ", and"."""
    aside = re.match(r"([^,;:]+),\s+([a-z]+)\s", right)
    if not aside or aside.group(2) in SUBORDINATORS | RELATIVE | CLAUSE_OPENERS or \
            aside.group(2).endswith(("s", "ed", "ing", "ly")):
        return False
    second = WORDS.findall(aside.group(1))
    # ("Many patients find that the experience of the second operation, and the weeks around it, feel
    # rather different": inside what is said, a subject of any number; the verb the lexicon knows is bare)
    said = re.search(r"\bthat\s+([^,;:]*)$", left)
    if said and aside.group(2) in lex.verbs and _bare_verb(aside.group(2), lex):
        first = WORDS.findall(said.group(1))
    elif left.rstrip().endswith("s") and aside.group(1).rstrip().endswith("s"):
        first = WORDS.findall(left)
    else:
        return False
    return second[0].lower() not in lex.verbs and _no_verb_but_last(first, lex) and \
        _no_verb_but_last(second, lex) and not is_order(first, lex) and not is_order(second, lex)


# a list's last item joined by "or"/"and" before a later comma: "apixaban, dabigatran or another anticoagulant, ..."
LIST_JOINED_AHEAD = re.compile(r"[^;:]*?,\s+(?:[\w'’-]+\s+){0,3}?(?:or|and|nor)\s[^,;:]*,")


# words that open examples of what was just named, or what is left out of it
EXAMPLES_LEAD = re.compile(r"(?:such\s+as|including|for\s+example|especially|particularly|except)\b", re.IGNORECASE)


# the opening of a piece of a condition set off by commas that goes on the condition (see _condition_end): a
# relative aside, a short aside of how often or how soon, or a verb of the condition's own subject
CONDITION_GOES_ON = re.compile(
    r"(?:which|who|whose|where)\s|(?:even|usually|normally|often|typically|ideally|especially|at\s+least)\s[^,;:]{0,30},"
    r"|(?:(?:or|and)\s+)?(?:is|are|has|had|was|were|does|did|can|cannot|can['’]t|will|won['’]t|may|"
    r"not|doesn['’]t|isn['’]t|aren['’]t|hasn['’]t)\s"
    # (a base form may open an order as well: "have" only with a verb of the condition's again before the comma,
    # "If you are over 75, have kidney problems or are frail, ...")
    r"|[^,;:]*\b(?:or|and)\s+(?:is|are|has|have|was|were|does|do|did|can|cannot)\s[^,;:]*,", re.IGNORECASE)


def _condition_first(text: str, lex: Lexicon) -> bool:
    """A condition, then its clause or order: "if pain continues, take another"."""
    return _condition_end(text, lex) is not None


def _condition_end(text: str, lex: Lexicon) -> int | None:
    """Where the clause or order after a condition put first begins (see _condition_first);
    None where the text is no such condition and clause."""
    m = CONDITION_FIRST.match(text)
    if not m:
        return None

    def stands(rest: list[str], bare: bool) -> bool:
        # ("do not release it until ...", "loosen it": an order whose verb the lexicon need not know)
        # ("please ring the ward": what is asked with "please" is an order too)
        asked = rest[1:] if rest[:1] and rest[0].lower() == "please" else rest
        return bool(rest) and (_is_clause(rest, lex) or is_order(rest, lex) or
                               (bare or asked is not rest or rest[0].lower() == "do") and
                               _bare_order(asked[_denial(asked):], lex))

    first = WORDS.findall(text[m.end():])

    def listed_at(at: int, rest: list[str]) -> bool:
        # ("If you are pregnant, planning a pregnancy or breastfeeding, please ...": the list's last items,
        # joined by "or" before the next comma, go on the condition too)
        # ("If you take warfarin, apixaban, rivaroxaban, dabigatran or another anticoagulant, you ...": so do
        # names of a word or two, when the list's "or" comes before a later comma; should the piece be an order, the
        # orders after the condition stand all the same)
        piece = WORDS.findall(text[at:].split(",", 1)[0])
        # ("If you have an illness which makes you lose fluid, such as vomiting, diarrhoea, or a fever, you may ...":
        # examples of what the condition names go on the condition, and so do the list's later items)
        return len(rest) > 1 and (rest[0].lower() in ("or", "and", "nor") or rest[1].lower() in ("or", "and", "nor") or
                                  "," in text[at:] and len(piece) <= 6 and
                                  {"or", "and", "nor"} & {w.lower() for w in piece[1:]} and
                                  not _has_finite(piece) and not _is_clause(piece, lex) or
                                  0 < len(piece) <= 2 and LIST_JOINED_AHEAD.match(text, at) is not None) or \
            EXAMPLES_LEAD.match(text, at) is not None

    # what is not yet a clause or an order may be more of the condition: an aside about its last thing ("After a
    # total hip replacement, which is an operation in which ..., the muscles ... need time"), a few words of
    # how often or how soon ("If you go back to your old dose, even once, you may overdose"), more of what its
    # subject does or is ("If the person is having trouble breathing, has a seizure, cannot be woken or has
    # collapsed, call 911"), or more of its things, past their last one set off by "or" ("If you need this leaflet in
    # another language, in large print, or in another format, please ask"); past such a piece, a clause must be one
    # whatever its verb, and no more of the condition
    # ("..., which feels rough, like sandpaper", "which is found in many hair, skin and nail supplements, tell ...",
    # "If you have severe pain, cannot keep down liquids, have a weakened immune system, or have complications, you
    # may need ...", "If your baby is floppy, has a high-pitched cry, arches their back or is very difficult to wake,
    # call 999")
    def goes_on_at(at: int) -> bool:
        return CONDITION_GOES_ON.match(text, at) is not None or _condition_goes_on(text[at:], lex)

    def end_from(more: bool) -> int | None:
        at, rest, strict = m.end(), first, False
        for _ in range(6):
            listed = listed_at(at, rest)
            goes_on = more and not listed and not stands(rest, at != m.end()) and "," in text[at:] and goes_on_at(at)
            strict = strict or goes_on
            # (past such a piece, a comma inside a bracket is the bracket's: "If you take biotin (vitamin B7, ...)")
            after = next((c for c in re.finditer(r",\s+", text[at:])
                          if not more or text.count("(", 0, at + c.start()) <= text.count(")", 0, at + c.start())), None)
            if not (listed or goes_on) or not after:
                break
            at += after.end()
            rest = WORDS.findall(text[at:])
            if stands(rest, not strict) and not (strict and (rest[0].lower() in PREPOSITIONS | {"like"} or
                                                             goes_on_at(at) or listed_at(at, rest))):
                return at
        if at != m.end() and EXAMPLES_LEAD.match(text, at):
            return None  # ("before they are given anything to eat, drink or take by mouth, including tablets":
            # the list runs to the end, and the condition has no clause after it)
        return m.end() if stands(first, False) else None

    # ("If you feel dizzy, sick or have a fast heartbeat, this may mean ...": a comma of a list inside
    # the condition, whose next item goes on with "or", is no end of it; a later comma may be)
    # (the pieces that go on a condition in other ways are looked past only where that finds no clause)
    at = end_from(False)
    at = end_from(True) if at is None else at
    # (with no comma after a bracket, the condition's clause may be under way before the comma found: "If you notice
    # any signs of a hypo (for example sweating, shaking or hunger) you should stop the vehicle ..., switch off the
    # engine")
    return None if at is not None and re.search(r"\)\s+(?:you|we|they|he|she|it)\s+(?:should|must|can|may|might|"
                                                r"could|will|need)\b", text[:at], re.IGNORECASE) else at


# adverbs that go with the verb of what is asked ("If you still feel ..." -> "Do you still feel ...?")
ASKED_ADVERBS = frozenset("also still ever often already usually regularly sometimes currently recently".split())
# adverbs that make an event a habit ("If you often forget doses" -> "Do you often forget doses?")
ASKED_HABITS = frozenset("often usually regularly sometimes".split())
# a denial a question can carry in one word ("are not sure" -> "are unsure", "is not able to" -> "is unable to")
ASKED_UNSAID = re.compile(r"^((?:are|is)(?:\s+still)?)\s+not\s+(sure|able)\b", re.IGNORECASE)
# the denials a question cannot carry: "Do you not have ...?" reads as doubt, and "If so" after it is
# unclear ("unable" and "without" ask plainly: "Are you unable to swallow?")
ASKED_DENIALS = frozenset("not no never none nothing nobody neither nor cannot".split())
# what makes a state verb tell an event ("If you take too much", "If you have a fall", "If you are sick
# within 3 hours of taking it"; "If you have it on any other day", "If you have the vaccine", "If you have
# sedation": what is done, had once), which neither "Do you" nor "Are you" asks
ASKED_EVENTS = re.compile(r"\b(?:too\s+(?:much|many)|more\s+than\s+you\s+should|an?\s+(?:extra|overdose|fall|"
                          r"accident|seizure|fit|reaction|stroke|baby|operation|procedure|miscarriage|crash)|"
                          r"by\s+(?:accident|mistake)|accidentally|^(?:are|is)\s+sick\s+(?:\(|within|less|more|after|"
                          r"before|during)|^(?:also\s+)?have\s+(?:it|them|this|these|"
                          r"(?:(?:the|your|an?)\s+)?(?:vaccines?|vaccinations?|jabs?|injections?|tests?|operation|procedure|"
                          r"scans?|surgery|treatment|sedation|sedative|anaesthetic|anesthetic|anaesthesia|anesthesia)\b))\b",
                          re.IGNORECASE)


@lru_cache(maxsize=None)
def _asked_words(kind: str) -> frozenset[str]:
    """The words of one kind in data/asked_words.tsv: "state" verbs asked with "Do you", "state
    participle"s asked with "Are you", participles of what was "done" to the reader (the "event"
    verbs, with their participles, are _event_participles)."""
    return frozenset(row[0].lower() for row in data_table("plaincast.plain", "asked_words.tsv") if row[1] == kind)


@lru_cache(maxsize=1)
def _event_participles() -> dict[str, str]:
    """Each "event" verb of data/asked_words.tsv with its participle ("forget" -> "forgotten")."""
    return {row[0].lower(): row[2] for row in data_table("plaincast.plain", "asked_words.tsv") if row[1] == "event"}


def _condition_asked(text: str, end: str, lex: Lexicon) -> tuple[str, str] | None:
    """A long sentence that opens on what the reader has, is or does asks it first, and "If so"
    keeps the rest under it: "If you have any questions about your medicines after you go home,
    please ring the ward ..." -> "Do you have any questions about your medicines after you go
    home?" and "If so, please ring the ward ...". Cut any other way, the condition would be told
    as a fact ("You have questions.") or its clause as one for all. Only where the condition asks
    cleanly (see _asking): one "if", no denial, no event that a question would ask as a habit or as
    done ("If you take too much by accident", "If you are sick within 3 hours of taking it")."""
    subject = ASKED_SUBJECT.match(text)
    if not subject or end != "." or len(WORDS.findall(text)) < 18:
        return None  # (a small letter opens a list item, whose lead-in may ask already)
    at = _condition_end(text, lex)
    if at is None:
        return None
    condition = text[subject.end():at].rstrip().rstrip(",")
    words = [w.lower() for w in WORDS.findall(condition)]
    who = subject.group(1)
    if who != "you":
        # ("If your child has an impaction" -> "Does your child have an impaction?": asked in the reader's
        # form, then said of the child)
        told = _asked_of_another(condition, words, lex)
        if told is None:
            return None
        condition, words = told
    # ("If you are not sure what to do" -> "Are you unsure what to do?": the denial said in one word asks plainly)
    condition, unsaid = ASKED_UNSAID.subn(lambda m: f"{m.group(1)} un{m.group(2)}", condition, count=1)
    if unsaid:
        words = [w.lower() for w in WORDS.findall(condition)]
    rest = re.sub(r"^then\s+", "", text[at:])
    # (two words ask as well as more, "If you take warfarin, ..." -> "Do you take warfarin?"; a condition that
    # ends on "to" leaves its verb to the clause: "If you need to, you may store a pen ..." asks nothing)
    if len(words) < 2 or words[-1] == "to" or len(WORDS.findall(rest)) < 4 or set(words) & {"if", "unless"} or \
            any(w in ASKED_DENIALS or w.endswith(("n't", "n’t")) for w in words) or ASKED_EVENTS.search(condition):
        return None
    # ("If you would like this leaflet in another language, large print or Easy Read, please ask ...": the
    # condition's list goes on after the comma, and no question may end before its last items)
    first = WORDS.findall(rest.split(",", 1)[0])
    # ("If you are pregnant or breastfeeding, think you may be pregnant or are planning ...": so does one whose
    # last item has its own verb of time after "or")
    # (nor one whose items go on past the comma: _condition_goes_on)
    listed = len(first) <= 6 and {"or", "and"} & {w.lower() for w in first} and not _has_finite(first) or \
        re.search(r"\b(?:or|and)\s+(?:are|is|have|has|do|does|were|was)\b", rest.split(",", 1)[0], re.IGNORECASE) or \
        _condition_goes_on(rest, lex)
    if listed or not (_is_clause(first, lex) or is_order(first, lex) or
                      first[:1] and first[0].lower() in ("please", "do", "never")):
        return None
    asking = _asking(condition, words, lex)
    if asking is None:
        return None
    opening, dropped = asking
    if who != "you":
        verb, _, more = opening.partition(" you")
        opening = f"{THIRD_PERSON_ASKING.get(verb, verb)} {who}{more}"
    asked = condition.split(None, dropped)[dropped] if dropped else condition
    return f"{opening} {asked}?", _sentence(f"If so, {rest}", end)


def _condition_goes_on(rest: str, lex: Lexicon) -> bool:
    """Whether the words after a condition's first comma are more of its items, not its clause: a piece, then one
    joined by "or" or "and" and closed by a comma, then a clause or an order ("If you are pregnant, have a weakened
    immune system, or care for a baby under 1, please call ...", "If you are under 25, play contact sports, or have
    had more than one dislocation, you may be referred ...", "If you become very breathless, your lips look blue,
    or you are unusually drowsy, call 999"). Orders in a row ("take it as soon as you remember, and then carry on
    ...") and a verb's objects set off by commas ("tell the surgeon that you take, or have ever taken, tamsulosin")
    have no clause after them."""
    joined = re.search(r",\s+(?:or|and)\s+([\w'’-]+)[^,;:()]*(?:\([^()]*\)[^,;:()]*)?,\s+(.+)$", rest)
    # (a condition of its own after the joining word has its own clause: "..., and if it is too small, they may
    # swallow air")
    if not joined or joined.group(1).lower() in SUBORDINATORS:
        return False
    after = WORDS.findall(joined.group(2))
    # (the clause's own subject or an order: "..., or speak to Mrs Orrell, our Health Lead" names who she is)
    return bool(after) and (after[0].lower() in PRONOUNS | {"please", "it", "there"} and _is_clause(after, lex) or
                            is_order(after, lex))


# subjects of a second clause inside a condition ("..., and it's covered by ...", "or there is ..."; "this"
# and "these" only with a verb after them: "or this letter in another format" is one more thing needed)
ASKED_OTHER_SUBJECTS = PRONOUNS | frozenset("it there".split())
# whose condition a question may ask: the reader's, or that of one the reader cares for
ASKED_SUBJECT = re.compile(r"If (you|your (?:child|baby|son|daughter|partner|teenager)) ")
THIRD_PERSON_ASKING = {"Are": "Is", "Have": "Has", "Do": "Does"}


@lru_cache(maxsize=1)
def _third_person_states() -> dict[str, str]:
    """Each state verb's "-s" form with its base ("needs" -> "need"), and "is", "has", "can", "will"."""
    states = {verb_forms(base, _irregular_verbs()).third: base
              for base in _asked_words("state") | _event_participles().keys()}
    return states | {"is": "are", "has": "have", "can": "can", "will": "will"}


def _asked_of_another(condition: str, words: list[str], lex: Lexicon) -> tuple[str, list[str]] | None:
    """The condition said of another ("has an impaction") in the reader's form ("have an
    impaction"), for _asking; None where its verb cannot be told back ("If your baby has a high
    temperature and seems distressed": the second verb would need its form changed too)."""
    states = _third_person_states()
    at = next((k for k, w in enumerate(words) if w not in ASKED_ADVERBS), None)
    if at is None or words[at] not in states:
        return None
    # ("or complains of headaches", "or misses a lot of school": an "-s" word before its object or place is
    # a verb of the other's, whose form a question would have to change)
    joined = [(words[k + 1], words[k + 2] if k + 2 < len(words) else "") for k, w in enumerate(words[:-1])
              if w in ("and", "or")]
    if any(w in states or w in FINITE or w.endswith("s") and not w.endswith("ss") and
           (w in lex.verbs or after in PREPOSITIONS | OBJECT_WORDS | {"to"}) for w, after in joined):
        return None
    told = re.sub(rf"\b{words[at]}\b", states[words[at]], condition, count=1, flags=re.IGNORECASE)
    return told, words[:at] + [states[words[at]]] + words[at + 1:]


def _asking(condition: str, words: list[str], lex: Lexicon) -> tuple[str, int] | None:
    """How a question asks what "If you <condition>" puts (`words` its words, lowered), and how
    many of the words it drops: "are worried" -> ("Are you", 1), "are bitten" -> ("Have you
    been", 1), "have been told" -> ("Have you", 1), "need" -> ("Do you", 0), "forget" -> ("Have
    you forgotten", 1). None where one question cannot: a second verb of time ("If you are
    pregnant or might be pregnant"), the past or a wish ("If you had ...", "If you were ..."),
    an event the advice comes before ("If you travel abroad"), an "-ed" word after "have" that
    may describe ("If you have reduced kidney function" is no "Have you reduced ...?")."""
    # (where each word after a joining word starts: "Are you unable to be vaccinated but must travel ...?" joins
    # a verb after "but" as after "and")
    starts = [k + 1 for k, w in enumerate(words[:-1]) if w in ("and", "or", "but")]
    joined = [words[k] for k in starts]
    # ("If you are worried ..., or you would like ...", "If you are a smoker, or you vape", "If you take the
    # same medicines every month and your condition is stable": two clauses, two questions; a verb alone after
    # "and" or "or" shares the reader as its subject: "Do you have any questions, or need to change ...?")
    if any(re.split(r"['’]", words[k])[0] in ASKED_OTHER_SUBJECTS or
           words[k] in DETERMINERS | {"this", "these"} and _is_clause(words[k:], lex) for k in starts):
        return None
    # (so does an item set off by a comma: never "Do you feel very unwell, are being sick or ...?", "Do you have any
    # questions, would like this letter in large print, or need help ...?")
    joined += [piece[0].lower() for piece in (WORDS.findall(p) for p in condition.split(",")[1:]) if piece]
    after = [w for w in words[1:] if w not in ASKED_ADVERBS][:2]
    if words[0] in ("are", "can", "will") or words[:2] in (["would", "like"], ["would", "prefer"]):
        # ("Are you pregnant or breastfeeding?", never "Are you pregnant or have diabetes?")
        if any(w in lex.verbs or w in FINITE or w in MODALS for w in joined):
            return None
        # ("If you are uninsured", "If your baby is formula-fed": a participle denied by its "un-", or made one
        # word with another, tells a state, "Are you uninsured?", never "Have you been uninsured?")
        if words[0] == "are" and after and (_participle_like(after[0]) or after[0] in _asked_words("done")) and \
                after[0] not in _asked_words("state participle") and not after[0].startswith("un") and \
                "-" not in after[0]:
            # ("If you are also prescribed ..." -> "Have you also been prescribed ...?")
            adverbs = list(takewhile(lambda w: w in ASKED_ADVERBS, words[1:]))
            return " ".join(["Have you", *adverbs, "been"]), 1 + len(adverbs)
        return f"{words[0].capitalize()} you", 1
    if any(w in FINITE or w in MODALS or w in BE for w in joined):
        return None  # ("Do you have diabetes and take insulin?", never "Do you have diabetes and are ...?")
    verb = words[1] if words[0] in ASKED_ADVERBS else words[0]
    if words[0] == "have" and after:
        done = after[0]
        if done in _all_participles() and not done.endswith("ed") or done in _asked_words("done") or done == "been":
            return "Have you", 1  # ("If you have been told to ..." -> "Have you been told to ...?")
        if done.endswith("ed"):
            # ("have missed any doses" is done; "have reduced kidney function" describes)
            object_next = len(after) > 1 and (after[1] in OBJECT_WORDS or after[1] in PREPOSITIONS or
                                              after[1][:1].isdigit() or after[1] in NUMBER_WORDS)
            return ("Have you", 1) if object_next else None
    if verb in _asked_words("state"):
        return "Do you", 0
    if verb not in _event_participles():
        return None
    if words[0] in ASKED_HABITS:
        return "Do you", 0  # ("If you often forget doses" -> "Do you often forget doses?": a habit)
    # ("If you forget a dose" -> "Have you forgotten a dose?": what has happened when the advice is read;
    # never "Have you forgotten a dose and remember ...?", "Have you noticed redness of the skin, feel hot?")
    if any(w in lex.verbs for w in joined):
        return None
    adverbs = words[:1] if words[0] != verb else []
    return " ".join(["Have you", *adverbs, _event_participles()[verb]]), len(adverbs) + 1


def _semicolon_clause(words: list[str], lex: Lexicon) -> bool:
    """After one semicolon comes a clause whose verb may be far on: "however, using strong
    steroid creams for long periods may thin the skin", "some adults ages 27 through 45
    who were not vaccinated might decide ..." (a verb after "who" is the relative clause's)."""
    lowered = [w.lower() for w in words]
    if lowered and lowered[0] in lex.openers_adverbs:
        lowered = lowered[1:]
    if not lowered or lowered[0] in NOT_SUBJECT_START or lowered[0] in FINITE:
        return False
    # ("however, people with fair skin, light-colored eyes, many moles, or a personal or family history of skin
    # cancer are at higher risk": a subject named by a list may put its verb far on)
    return any((w in FINITE or w.endswith(("n't", "n’t"))) and lowered[j - 1] not in RELATIVE
               for j, w in enumerate(lowered[1:20], start=1))


def _without_leading_adverbs(words: list[str]) -> list[str]:
    """ "Always follow the instructions" is an order from its second word."""
    # ("Apply the pouch ...", "Reply to the letter": a verb in "-ly" is no adverb)
    while words and (words[0].lower() in ("always", "also", "first", "then", "please", "still")
                     or words[0].lower().endswith("ly") and words[0].lower() not in LY_NOUNS | LY_VERBS):
        words = words[1:]
    return words


def _list_of_things(text: str, lex: Lexicon) -> bool:
    """ "Infants, older adults, pregnant women, people with heart disease, and pets are ...":
    three or more short pieces with no verb, a list subject before its ", and", no clause."""
    pieces = [[w.lower() for w in WORDS.findall(p)] for p in re.split(r",\s+", text)]
    # ("infants fed with formula made from well water": a participle describing its noun is no verb;
    # two pieces and the item after ", and" are three too when neither piece is a phrase put first:
    # "Pregnant and breastfeeding people, infants fed with formula ..., and young children may be")
    # ("Pregnant and breastfeeding people" is a series itself: the first of two pieces must be)
    def thing(p: list[str]) -> bool:  # a short piece with no verb
        # ("people with weakened immune systems": after "with" the "-ed" word describes; "a vascular
        # graft or an aneurysm": in a piece that opens with "a" or "the" a verb's form is a noun)
        described = [_describing_participle(p, k) or k > 0 and p[k - 1] in ("with", "without") or
                     p[0] in ("a", "an", "the") and w in lex.verbs and w not in AUXILIARIES | MODALS | BE and
                     not w.endswith(("ed", "s")) and (k == len(p) - 1 or p[k + 1] in ("or", "and"))
                     for k, w in enumerate(p)]
        return 0 < len(p) <= 6 + 2 * sum(described) and not any(
            not d and (_tells_time(w) or w in lex.verbs or w in lex.past_forms or w.endswith(("ed", "'s", "’s")))
            for w, d in zip(p, described))
    put_first = NOT_SUBJECT_START | lex.openers_adverbs  # words that open a phrase put before the subject
    if len(pieces) == 2 and pieces[1][:1] and pieces[1][0] in ("especially", "particularly", "mainly", "mostly") \
            and pieces[0][:1] and pieces[0][0] not in put_first and thing(pieces[0]):
        return True  # ("Young children, especially those under 6 years of age, and unborn babies are":
        # the second piece narrows the first, whatever its words)
    two = len(pieces) == 2 and bool({"and", "or"} & set(pieces[0])) and not any(
        p and (p[0] in put_first or _tells_time(p[0]) or p[0].endswith("ing")) for p in pieces)
    # ("Workers in construction, agriculture, landscaping, roofing, road work, and ...": in a long list one
    # short piece whose last word could be a bare verb, "road work", is a thing too)
    odd = [p for p in pieces if not thing(p)]
    if len(pieces) >= 4 and len(odd) == 1 and 0 < len(odd[0]) <= 2 and odd[0] is not pieces[0] and \
            all(w not in AUXILIARIES | MODALS and not w.endswith(("ed", "s")) for w in odd[0]):
        return True
    return (len(pieces) >= 3 or two) and not odd


# a describing word joined to a verb phrase after a comma: "safe, painless and does not use radiation"
DESCRIBING_FIRST = re.compile(r"[a-z]+(?:less|ful|ous|ive|able|ible|al|ic|ent|ant)\s+(?:and|or)\s")


def _splice_left(left: str, lex: Lexicon) -> list[str] | None:
    """ "the body makes more heat, the heart pumps more blood, and the body holds ...": the
    piece after the first clause's last comma is a clause with its own subject and verb (one
    the lexicon may not know), so cutting off only the last clause would leave "..., the
    heart pumps more blood." joined by a bare comma. Returns the pieces (the phrase put first
    stays with the first), or None when the left part is no such series of clauses."""
    fronted = FRONTED.match(left)
    lead, body = (left[:fronted.end()], left[fronted.end():]) if fronted else ("", left)
    if "," not in body:
        return None
    pieces = re.split(r",\s+", body)
    if any(EXAMPLE_END.search(p) or p.count("(") != p.count(")") for p in pieces):
        return None  # (see EXAMPLE_END; a comma inside brackets is the bracket's)
    # (the first piece a main clause too: "Even after stitches are removed, the wound is still
    # weak" and "But if you have ..., your contraceptive may not ..." open on what comes first)
    opening = re.sub(r"^(?:but|and|so|yet)\s+", "", pieces[0], flags=re.IGNORECASE)  # "But reversal is ..."
    first = WORDS.findall(opening)
    if not SUBJECT_VERB.match(pieces[-1]) or not first or not (
            SUBJECT_VERB.match(opening) or _relative_subject(first, lex) or
            first[0].lower() not in NOT_SUBJECT_START | SUBORDINATORS and _is_clause(first, lex)):
        return None
    # ("Ultrasound is safe, painless and does not use radiation": a describing word and a verb phrase
    # go on the subject's series, no clause "Painless and does not ...")
    if not all((_is_clause(WORDS.findall(p), lex) or SUBJECT_VERB.match(p)) and
               not _appositive(WORDS.findall(p), lex) and
               not DESCRIBING_FIRST.match(p) for p in pieces[1:]):
        return None  # a piece that is no clause ("unlike for people"): an aside, no series
        # ("osteoporosis, a disease that makes bones weak, and ...": a noun and its "that"
        # clause say what the noun before is, with no verb of their own)
    if any(re.match(r"[a-z][\w-]*\s+(?:or|and)\s", p) for p in pieces[1:]):
        return None  # ("being able to eat porridge, oatcakes or flapjacks makes ...": bare things joined
        # after a comma end a list of things, no clause with its own subject)
    if re.search(r"\b[a-z]+s?\s+(?:what|how|why|whether)\s", pieces[0]) and \
            any(re.match(r"(?:the|a|an|your|their|our|any|some)\s", p, re.IGNORECASE) for p in pieces[1:]):
        return None  # ("It explains what HG is, the treatments we may offer and what you can do at home":
        # after what is asked, a thing with its determiner is the verb's next object, no clause)
    pieces[0] = lead + pieces[0]
    return pieces


def _verb_pair(left: str, lex: Lexicon) -> str:
    """ "a person has a high fever for a few days, feels better for about a week, and then the fever
    comes back": cut at its ", and", the left part keeps two verbs of one subject, which the
    series' "and" joined; without it they would stand with a bare comma ("has a high fever for a
    few days and feels better for about a week")."""
    head, comma, last = left.rpartition(", ")
    clause = head.rpartition(":")[2]
    words, first = WORDS.findall(last), WORDS.findall(clause)
    if not comma or "," in clause or not words or not first or not _is_clause(first, lex):
        return left
    verb = words[0]
    # the same tense as a finite verb of the clause before: "-s" after "-s" (or "has", "is"),
    # past after past
    present = _s_verb(verb, lex) and any(_s_verb(w, lex) or w in ("has", "is", "does") for w in first[1:])
    past = (verb in lex.past_forms or verb.endswith("ed")) and \
        any(w in lex.past_forms or w in ("had", "was", "were", "did") for w in first[1:])
    return f"{head} and {last}" if present or past else left


# "all of which" speaks of every thing before it ("most of which" of the nearest: "a few
# changes, most of which are inexpensive")
WHICH_OF_ALL = re.compile(r",\s+(?:all|both|each|none|any|either|neither)\s+of\s+(?:which|whom)\b",
                          re.IGNORECASE)
# a condition two orders may share, set off by a comma after the second ("..., until you have
# discussed it"), and the same words anywhere in the first
# (so a time set off by its comma: "Leave it uncovered, and do not wash it off, for 48 hours")
SHARED_CONDITION = re.compile(r",\s+(?:if|unless|until|before|while|when|whenever|after|once|"
                              r"for\s+(?:at\s+least\s+|up\s+to\s+|about\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
                              r"seven|eight|nine|ten|twelve|24|48)\s+(?:hours?|days?|weeks?|months?|minutes?)[.!?]?$)\s?")
OWN_CONDITION = re.compile(r"\b(?:if|unless|until|before|while|when|whenever|after|once)\s")
# ", and some are killed, when they fall": a clause set off by commas before a condition
# (not "the doctor may suggest a formula or, if you breastfeed, ...": a condition inside the
# clause; nor "they peak in the spring, when families buy chicks": a time told more of)
SET_OFF_CLAUSE = re.compile(r"(?P<body>[^,;]{3,50}),\s+(?P<condition>if|unless|until|before|when|whenever|after|"
                            r"once)\s")


def _condition_of_both(left: str, right: str, right_words: list[str], lex: Lexicon) -> bool:
    """Whether a condition set off by a comma after the clause that follows ", and" is both
    clauses': two orders ("Tell your doctor, and tell us when we call, if any of these apply";
    "Do not put your lenses back in, and do not switch to a new pair, until ...") or a claim set
    off by commas ("many children are seriously injured, and some are killed, when they fall")."""
    if OWN_CONDITION.search(left):
        return False
    left_words = WORDS.findall(left)
    if (is_order(left_words, lex) or _denial(left_words)) and (is_order(right_words, lex) or _denial(right_words)) \
            and SHARED_CONDITION.search(right):
        return True
    set_off = SET_OFF_CLAUSE.match(right)
    return bool(set_off) and not OWN_CONDITION.search(set_off.group("body")) and \
        not re.search(r"\b(?:and|or)$", set_off.group("body")) and \
        not (set_off.group("condition") == "when" and
             re.search(r"\b(?:in|on|at|during|between|from|since|until|through)\s", set_off.group("body"))) and \
        _is_clause(right_words, lex)


# ("rarely used, as they only work on small stones, can take up to 2 years to work, and ...": "as"
# with its subject is a reason too)
# ("gets better ..., as the muscle matures, the baby spends more time upright, and solid foods are introduced")
REASON_SERIES = re.compile(r",\s+(?:since|because|as(?=\s+(?:they|it|he|she|we|you|this|these|there|the|your|their|"
                           r"his|her|its|our)\b))\s+"
                           r"([^,;:]+),\s+([^,;:]+)$", re.IGNORECASE)


def _reason_series(left: str, joining: str, lex: Lexicon) -> bool:
    """ "at risk, since their bones are still developing, their coordination is less mature, and
    they may find it harder ...": the reason's clauses run in a series, so the clause after ", and"
    is the reason's last one too (a list of things inside the reason is no series of clauses)."""
    m = REASON_SERIES.search(left)
    # (a later item may be the reason's verb again, with no subject: "can take up to 2 years")
    if joining != "and" or m is None:
        return False
    items = [WORDS.findall(g) for g in m.groups()]
    return _is_clause(items[0], lex) and \
        all(_is_clause(words, lex) or words[:1] and words[0].lower() in MODALS for words in items[1:])


# how often a sentence's claim holds, put first: "In most cases ...", "For most people ..."
SCOPE_FIRST = re.compile(r"(in\s+(?:rare|some|most|many|a\s+few|a\s+small\s+number\s+of)\s+cases|"
                         r"for\s+most\s+people|in\s+most\s+people)\b,?\s+", re.IGNORECASE)


# a phrase put first that limits whom, when, where or which case a sentence tells of ("For trigeminal neuralgia,",
# "For about 48 hours,", "In some children,", "During the test,"), up to its comma
SCENE_FIRST = re.compile(r"((?:for|in|during|within|over|throughout|at|on|among)\s[^,;:()\"“”]{1,50}),\s+", re.IGNORECASE)
# ... but not one that links to the sentence before, which limits nothing ("For example,", "In addition,", "At the
# same time,"), nor who asked for it ("At the direction of the health department,")
LINKING_PHRASE = re.compile(
    r"(?:for\s+(?:example|instance|comparison|(?:this|that|these|those)\s+reasons?)|"
    r"at\s+the\s+(?:direction|request|invitation)\s+of\b.*|on\s+(?:behalf|the\s+advice)\s+of\b.*|"
    r"in\s+(?:fact|addition|particular|general|short|other\s+words|contrast|summary|turn|practice|the\s+meantime|"
    r"any\s+case|the\s+end|response|return)|at\s+(?:the\s+same\s+time|least|last|times)|"
    r"on\s+(?:the\s+other\s+hand|the\s+whole|top\s+of\s+this|average))$", re.IGNORECASE)


def _scene_first(left: str) -> re.Match | None:
    """The phrase put first that limits whom, when, where or which case `left` tells of (SCENE_FIRST), unless it
    links to the sentence before (LINKING_PHRASE), tells a day ("On 3 March,", "In 2024,", "In a separate incident
    last month,": what a news story tells next may have happened later), or is a clause up to its comma ("During
    this time you should not drive,")."""
    scene = SCENE_FIRST.match(left)
    if not scene:
        return None
    words = WORDS.findall(scene.group(1))
    if LINKING_PHRASE.match(scene.group(1)) or \
            re.search(r"\b(?:\d{4}|yesterday|today|ago|last|recent|recently|incident)\b", scene.group(1),
                      re.IGNORECASE) or \
            {w.lower() for w in words} & DATE_WORDS or any(_finite(w) or w.lower() in PRONOUNS for w in words):
        return None
    return scene


def _own_frame(scene: str, told: list[str], right: str) -> bool:
    """Whether the clause `right` (its first words `told`) sets its own frame, so that the phrase `scene` put first
    does not go on to it: it opens on a link or an adverb of its own ("and so it is around 94% effective", "and
    sometimes it can raise the calcium"), names the phrase's own thing again ("In clinical studies, nirsevimab reduced
    ..., and studies carried out since it became available suggest ..."), opens on a share of the phrase's people
    ("For most men, ..., and the majority have improved"), tells of all ("In the remaining cases, the illness can be
    severe, and the overall case fatality rate is about 1%"), or tells its own time after a phrase of time ("During
    pregnancy, the bacteria can cross the placenta, and a baby can be infected during birth")."""
    scene_words = {w.lower() for w in WORDS.findall(scene)} - {"of", "in", "with"}
    return told[0] in FREQUENCY_ADVERBS | {"so", "thus", "therefore", "then", "also", "still", "yet", "already", "just",
                                           "never", "always", "not"} or told[0].endswith("ly") or \
        bool(set(told) & scene_words) or told[0] in ("majority", "minority", "half", "rest", "remainder") or \
        bool(re.search(r"\b(?:overall|in\s+total|altogether)\b", right, re.IGNORECASE)) or \
        bool(re.match(r"(?:during|over|within|throughout)\b", scene, re.IGNORECASE) and
             re.search(r"\b(?:during|while|when|after|before|until|once|since)\b", right, re.IGNORECASE))


def _with_scope(left: str, right: str) -> str:
    """ "In most cases the larvae die over time, and people recover fully ...": how often is said
    of both clauses, so the second, made a sentence, keeps it ("In most cases, people ..."); not
    where the second tells of what the first named ("the clips", "it") or says how often itself.
    So with whom, when, where or which case a phrase put first limits (`_scene_first`): "For trigeminal
    neuralgia, the usual starting dose is 100 mg, and most people find that 600 mg a day controls their
    pain" -> "... For trigeminal neuralgia, most people find ..." (the dose is that condition's, whatever
    else the page doses); the same things told again are still in that case ("For RB51 exposures, this
    is usually a 21-day course, and rifampin is not used" -> "For RB51 exposures, rifampin ..."), but not
    a clause with a frame of its own (`_own_frame`), nor a pronoun's sentence, which goes on from the one
    before ("Many of them do not know")."""
    # (only a phrase that opens the clause before: after a semicolon or a colon the phrase of the part before has
    # ended, "For averted DALYs, costs ranged from USD 79 to USD 146; for cost per year of lost lives averted, the most
    # effective strategy was peer counsellors, and the cost was USD 33")
    left = re.split(r"[;:]\s+", left)[-1]
    scope = SCOPE_FIRST.match(left)
    scene = None if scope else _scene_first(left)
    said = [w.lower() for w in WORDS.findall(right)]
    told = [w for w in said if w not in DETERMINERS][:2]
    if not (scope or scene) or not told or FRONTED.match(right) or \
            told[0] in PRONOUNS | {"it", "this", "these", "those", "that", "they", "there"} or \
            re.match(r"\w+\s+of\s+(?:them|these|those|us|you)\b", right, re.IGNORECASE):
        return right
    # (a share of things after a phrase of a share: "For most men, ..., and many are dry" is no "For most men, many";
    # after any other phrase a share is its own: "For trigeminal neuralgia, most people find that ...")
    phrase = (scope or scene).group(1)
    if told[0] in QUANTIFIERS and (scope or {w.lower() for w in WORDS.findall(phrase)} & QUANTIFIERS):
        return right
    if scene and _own_frame(phrase, told, right):
        return right
    if scope and (set(said) & FREQUENCY_ADVERBS or
                  told[0] in {w.lower() for w in WORDS.findall(left)}):
        return right
    return f"{phrase[0].upper()}{phrase[1:] if scene else phrase[1:].lower()}, {right}"


# words that point at part of what came before: what follows them hangs on that clause
FOCUSING = frozenset("especially particularly mainly mostly notably chiefly primarily".split())


def _hangs_on(right: str, words: list[str], end: str, lex: Lexicon) -> bool:
    """What follows a joining word but cannot stand as a sentence: a subordinate clause with no
    main clause after it ("..., and once it has finished"), a phrase a focusing word ties to
    the clause before ("..., and especially for changes that come on suddenly"), or a
    question's last item with no verb ("..., and suicidal thoughts or actions?"), or a clause
    whose "all of which" speaks of the things on both sides ("you should have the flu vaccine,
    and you may be offered the COVID-19 vaccine, all of which are safe")."""
    first = words[0].lower() if words else ""
    if WHICH_OF_ALL.search(right) or re.match(r"(?:so\s+that|in\s+order\s+to)\b", right, re.IGNORECASE):
        return True  # (", and so that help is available quickly": a second purpose of the first clause)
    after_comma = re.split(r",\s+", right, maxsplit=1)[1:]
    if first in SUBORDINATORS and first != "as" and not _fronted_clause(right, lex) and \
            not (after_comma and _is_clause(WORDS.findall(after_comma[0]), lex)):
        return True
    # ("..., and occasionally further treatment, to make sure ...": one more thing needed, and
    # what both are for; "for at least 30 days, and preferably 45 days, and have them checked":
    # one more amount, then the next order)
    item = re.match(r"([^,]+),\s+(?:(to|so\s+that|in\s+order\s+to)|and|or)\s", right)
    said = WORDS.findall(item.group(1)) if item else []
    # (before ", and" only a short phrase with no verb form at all, and an order after it: "most
    # permit portable oxygen concentrators approved by the FAA, and ..." has verbs the lexicon
    # may not know; "younger students, and students who are newly diagnosed, will ..." is a
    # subject of two parts)
    after = WORDS.findall(right[item.end():]) if item else []
    order_next = is_order(after, lex) or after[:1] != [] and after[0].lower() in ("have", "get", "keep")
    if item and not any(_finite(w) or w.lower() in lex.verbs for w in said) and \
            (item.group(2) or len(said) <= 5 and not any(w.lower().endswith("ed") for w in said) and order_next):
        return True
    return first in FOCUSING or end == "?" and not _has_finite(words)


def _list_after_semicolon(left: str, lex: Lexicon) -> bool:
    """ "...; however, investigations by the FDA, the CDC, and health agencies in other countries
    have found ...": after the left's last semicolon no clause has begun, so the words after
    ", and" finish that list, not a clause of their own."""
    left = re.sub(r"\([^()]*\)", "", left)  # ("0.75 (95% CI 0.55 to 1.03; four studies)": a bracket's own)
    if ";" not in left:
        return False
    tail = WORDS.findall(left.rsplit(";", 1)[1])
    return bool(tail) and not _is_clause(tail, lex) and not is_order(_without_leading_adverbs(tail), lex) and \
        not any(_tells_time(w) or w.lower().endswith("ed") or w.lower() in lex.past_forms for w in tail)


def _appositive(words: list[str], lex: Lexicon) -> bool:
    """ "a disease that makes bones weak": "a"/"an", a noun, then a relative clause whose verb
    is the only one (no main verb after it, as "_relative_subject" would find)."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0] not in ("a", "an"):
        return False
    at = next((k for k in range(2, min(len(lowered), 6)) if lowered[k] in ("that", "which", "who")), None)
    return at is not None and not _relative_subject(["the", *words[1:]], lex)


def _relative_subject(words: list[str], lex: Lexicon) -> bool:
    """ "the layer of fat under the skin that helps to hold in heat becomes thinner": a subject
    with "the"/"a", a relative clause with its verb, then the main verb (two verbs of time
    after "that", no word between them that opens another clause: "the test that shows
    whether the cancer has spread" is a thing)."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0] not in DETERMINERS:
        return False
    at = next((k for k in range(2, min(len(lowered), 9)) if lowered[k] in ("that", "which", "who")), None)
    if at is None:
        return False
    finite = [k for k in range(at + 1, len(lowered)) if _tells_time(lowered[k]) or _s_verb(lowered[k], lex)]
    return len(finite) >= 2 and not set(lowered[finite[0] + 1:finite[-1]]) & (
        SUBORDINATORS | RELATIVE | CONTENT_CLAUSE | {"and", "or", "whether", "what", "how", "where"})


# a clause opening on a short subject with "the"/"a" and then its verb: "the heart pumps more
# blood", "the ability to shiver may be reduced" (a noun ending in "s" before an "-s" word is
# a plural, no subject of it: "your age and")
# (no "and" or "or" before the verb, and no word of amount as the noun: "their kidney function and any
# medicines they already take" is a list of things)
SUBJECT_VERB = re.compile(r"(?:(?:the|a|an|your|their|his|her|its|this|these|those)\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?"
                          r"(?:(?:can|could|may|might|will|would|should|must|is|are|was|were|has|have)\s+\w+|"
                          r"(?!(?:any|some|all|many|other|no)\b)[a-z]+[^s\W]\s+(?!and\b|or\b)[a-z]+(?<!s)s\s+\w+)|"
                          r"(?:it|they|we|he|she)\s+(?:[a-z]+ly\s+)?(?:can|could|may|might|will|would|should|must|is|"
                          r"are|was|were|has|have|does|do|did|[a-z]+s)\s+\w+)", re.IGNORECASE)


def _things_series_or(left: str, lex: Lexicon) -> bool:
    """ "pain, warmth, redness, or swelling, which can ...": the last of a series of things
    joined by ", or" (", or were experiencing homelessness" is a verb's, one thing)."""
    # ("never burn aerosols, batteries, tyres or foam furniture, which can explode": a series of
    # short items with no comma before its "or" is one too)
    m = re.search(r"(?:,\s+|(?:,\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+){2,}\s+)or\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)"
                  r"(?:\s*\([^()]*\))?$", left)
    # (things a thing is "of" are no series the "which" tells of: "swelling of your face, lips, tongue
    # or throat, which may make it hard to breathe" is the swelling)
    return m is not None and not any(w.lower() in lex.verbs or w.lower() in FINITE or w.lower() in BE
                                     for w in WORDS.findall(m.group(0))) and \
        not (m.group(0).count(",") > 1 and re.search(r"\bof\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$", left[:m.start()]))


def _two_medicines(left: str) -> bool:
    """ "check with your doctor before taking aspirin or ibuprofen, which may increase
    bleeding": two medicines named last, either of which the "which" tells of ("These")."""
    # ("sildenafil (Viagra), tadalafil (Cialis) or vardenafil, which can cause ...": a brand in
    # brackets after the one before)
    m = re.search(r"\b([\w-]+)(?:\s+\([^()]*\))?,?\s+(?:or|and)\s+([\w-]+)$", left)
    return m is not None and {m.group(1).lower(), m.group(2).lower()} <= drug_names()


def _a_described_noun(words: list[str], lex: Lexicon) -> bool:
    """ "(a dormant, protected form of the bacterium)": "a" and a noun with its describing
    words, no verb that tells a time ("protected" describes the noun after it; "a scenario
    showed no effect" has its verb, with an object after it); no sentence of its own."""
    # (a verb inside its own "that" or "to" phrase is no verb of the noun's: "(a repeat test to
    # make sure that the infection has gone)")
    # ("(a statement of what is important to you, which guides ...)": nor inside a "what" clause)
    own = list(takewhile(lambda w: w.lower() not in ("that", "which", "who", "to", "so", "because", "if", "when",
                                                     "what", "how", "where", "whether", "why"),
                         words))
    # ("the larvae (the young form of the worm) pass through the skin": "the" and a described noun too)
    if words[0].lower() not in ("a", "an", "the") or any(_tells_time(w) for w in own):
        return False
    for i, w in enumerate(own[1:], 1):
        if w.lower() in lex.past_forms or w.lower().endswith("ed"):
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if not after or after in DETERMINERS | OBJECT_WORDS | PREPOSITIONS | {"that", "to"}:
                return False
    return True


def _joined_nouns(words: list[str], lex: Lexicon) -> bool:
    """ "(soft non-woven wipes or kitchen roll)": things joined by "or"/"and", where the only
    words that could be verbs end in "-s" right before the join and no verb follows it; no
    sentence of its own ("the rash spreads or gets bigger" joins two verbs)."""
    lowered = [w.lower() for w in words]
    if set(lowered) & (PRONOUNS | MODALS | AUXILIARIES) or not {"or", "and"} & set(lowered) or \
            lowered[0] in lex.verbs:  # ("call 999 or go to A&E": orders)
        return False
    # ("brand names include A and B": a plural and its verb)
    if any(w in lex.verbs and _plural(before) and before not in lex.verbs for before, w in zip(lowered, lowered[1:])):
        return False
    for i, w in enumerate(lowered):
        if w in lex.past_forms or w.endswith("ed") and w in lex.verbs:
            return False
        if w.endswith("s") and (w in lex.verbs or w[:-1] in lex.verbs):
            after = lowered[i + 1:i + 3]
            if not after or after[0] not in ("or", "and") or len(after) > 1 and (
                    after[1] in lex.verbs and after[1].endswith("s") or after[1] in DETERMINERS):
                return False
    return True


def _without_leading_phrase(words: list[str]) -> list[str]:
    """ "in some cases adjust settings": the words after leading adverbs and a short phrase of
    when or for whom ("in some cases", "at times", "for most people")."""
    words = _without_leading_adverbs(words)
    if len(words) > 3 and words[0].lower() in ("in", "at", "for", "on") and \
            words[1].lower() in QUANTIFIERS | {"rare", "certain", "these", "those", "such", "that", "this", "times"}:
        rest = words[2:] if words[1].lower() == "times" else words[3:]
        return _without_leading_adverbs(rest)
    return words


def _purpose(words: list[str], lex: Lexicon) -> bool:
    """ "ibuprofen to relieve pain": what the examples are for goes on after them."""
    lowered = [w.lower() for w in words]
    # a verb with its object after "to", not a thing ("visits to the clinic", "sensitivity to
    # light")
    return any(w == "to" and (lowered[k + 1] in lex.verbs or len(lowered) > k + 2 and
                              lowered[k + 1] not in DETERMINERS and not lowered[k + 1][:1].isdigit()
                              and not lowered[k + 1].endswith(("s", "ed", "y")))
               for k, w in enumerate(lowered[:-1]) if k)


# a modal or "need to" that may govern a second verb after "and"
SHARED_MODAL = re.compile(r"\b(?:(?:need|needs|have|has)\s+to|should|must|will|may|might|can|could)\s+"
                          r"(?:(?:[a-z]+ly|also|then)\s+)?(?:(?:need|have)\s+to\s+)?[a-z]+\b[^,;]*$", re.IGNORECASE)


def _addresses_reader(text: str) -> bool:
    """Whether a statement is said to the reader ("You can ..."), so an order may follow it."""
    return re.match(r"\s*(?:[A-Za-z]+\s*,\s*)?you\b", text, re.IGNORECASE) is not None


# words that tell how many of a thing ("there are some risks, which are listed below" names no
# "Some risks are listed"); the one set every rule reads
QUANTIFIERS = frozenset("some many most few several other all both".split())
# words that start no noun after a participle: "some reported feeling", "many attended the clinic",
# "most happened within" (the participle is then the verb of "some"/"many"/"most")
VERB_OF_A_QUANTIFIER_NEXT = DETERMINERS | PREPOSITIONS | PRONOUNS | OBJECT_PRONOUNS | BOUNDARY_WORDS | QUANTIFIERS | \
    PLACE_WORDS | PARTICLES | frozenset("more less much any no it this these those within during after before "
                                        "through without across around".split())


def _clause_has_own_subject(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after a "which" start with a subject of their own: a pronoun or a
    determiner ("which you take by mouth"), or a bare noun phrase with its modal after it
    ("asthma, which hay fever can make worse"): "which" is then the object."""
    lowered = [w.lower() for w in words]
    if not lowered:
        return False
    if lowered[0] in PERSONAL | DETERMINERS | {"it"}:
        return True
    if len(lowered) > 2 and lowered[1] in PERSONAL and lowered[0] not in lex.verbs and not lowered[0].endswith("ly") and \
            (lowered[1] != "you" or lowered[2] in lex.verbs or lowered[2] in lex.past_forms or lowered[2] in MODALS):
        return True  # "write down how bad it was, which medicines you took": a noun then its own subject ("which
        # entitles you to" has its object)
    # ("which most other councils in the region already do": "other" may come between)
    noun_at = 2 if len(lowered) > 3 and lowered[1] == "other" else 1
    if lowered[0] in QUANTIFIERS and len(lowered) > noun_at + 1 and (
            lowered[noun_at] in PEOPLE or lowered[noun_at].endswith("s") and lowered[noun_at] not in lex.verbs):
        return True  # "which some people describe as ...": a subject of its own
    # "no symptoms, which doctors call "silent" gallstones", "(CTCAE), which cancer centers use
    # to describe ...": a plural noun (after at most three words of its noun phrase), then its verb
    # ("calcineurin, which certain white blood cells need in order to become active")
    for k in range(min(4, len(lowered) - 1)):
        noun = lowered[k]
        # ("a severe headache, which some people describe as the worst ...")
        plural_noun = noun in PEOPLE or noun in irregular_plural_forms() or noun.endswith("s") and \
            noun not in lex.verbs and noun not in AUXILIARIES and not noun.endswith(("ss", "us", "ly"))
        # (a word of how often may come between: "supplements, which people often forget to mention")
        following = lowered[k + 2] if lowered[k + 1] in FREQUENCY_ADVERBS and len(lowered) > k + 2 else lowered[k + 1]
        if plural_noun and following in lex.verbs and \
                not following.endswith("s") and not any(
                    w in lex.verbs or w in MODALS or w in AUXILIARIES or w in PREPOSITIONS or w in SUBORDINATORS
                    or w.endswith("ly") or w.endswith("s") and not w.endswith("ss") for w in lowered[:k]):
            # (no "-s" word or "once" before the noun: "which disappears once the teeth are brushed")
            return True
    # ("pulled elbow, which urgent care centers and emergency departments in the county see more
    # often": things joined, with a place, then their plain verb)
    if lowered[0] not in lex.verbs and not lowered[0].endswith(("ly", "ing", "ed", "s")) and \
            lowered[0] not in ADVERBS_BEFORE_VERB | PREPOSITIONS | MODALS | AUXILIARIES:
        for k in range(3, min(len(lowered), 10)):
            word = lowered[k]
            if word in MODALS | AUXILIARIES | RELATIVE | SUBORDINATORS or word.endswith("ly"):
                break
            joined = [i for i in range(1, k - 1) if lowered[i] == "and"]
            # (a second plural thing after the "and", before the verb: "which trap any bugs inside
            # and make new bugs easier to see" joins two verbs, no subject)
            if word in lex.verbs and not word.endswith(("s", "ed", "ing")) and lowered[k - 1] != "to" and \
                    joined and any(_plural(w) and w not in lex.verbs for w in lowered[:joined[0]]) and \
                    any(_plural(w) and w not in lex.verbs for w in lowered[joined[0] + 2:k]):
                return True
    # ("a food, which skin prick tests and blood tests cannot always tell us": two things joined
    # may take longer to reach their verb)
    reach = 8 if set(lowered[1:6]) & {"and", "or"} else 4
    for i, word in enumerate(lowered[1:reach], start=1):
        # ("tartar, which brushing cannot clean away", "$215, which many insurance plans do not cover")
        if word in MODALS or word in AUXILIARIES or word.replace("’", "'") in NEGATED_MODALS or \
                word in ("do", "does", "did") and lowered[i + 1:i + 2] == ["not"] and not {"and", "or"} & set(lowered[:i]):
            before = lowered[:i]
            return before[0] not in lex.verbs and not any(
                w in ADVERBS_BEFORE_VERB or w.endswith("ly") or w in MODALS or w in AUXILIARIES
                or w in RELATIVE or w in PREPOSITIONS for w in before)
    return False


LIST_POINTER = re.compile(r"\b(?:the\s+following|any\s+of\s+these|these\s+(?:signs|symptoms|steps|things))\b",
                          re.IGNORECASE)


# a sentence that points back at what came before it: after "Examples include ..." it would point
# at the examples
POINTS_BACK = re.compile(r"(?:This|These|So)\s")
EXAMPLES_MADE = re.compile(r"(?:These|Examples)\s+include\s+(.+?)[.!?]$")
# the examples of a subject told after its sentence: "These medicines include ...", "These others include ..."
SUBJECT_EXAMPLES_MADE = re.compile(r"These\s+(?!(?:may|can|might|could|will|also|often|usually|sometimes)\b)[a-z-]+"
                                   r"(?:\s+[a-z-]+)?\s+include\s+(.+?)[.!?]")
# a time told of the sentence before as a sentence of its own: "This is when the surgery is quieter."
WHEN_MADE = re.compile(r"This\s+is\s+when\s+(.+?)[.!?]$")


def _examples_kept_before_a_pointer(pieces: list[str], text: str) -> list[str]:
    """ "Try to avoid constipation by eating foods high in fibre, such as wholemeal bread, fruit
    and vegetables, because a full bowel can press on the catheter": the examples (or a time told
    with "when") stay inline when the sentence made after them says "This is because", "This
    can" or "So" (after "Examples include bread, fruit and vegetables." that would be the
    examples' reason); so do a subject's examples, in their place after the subject."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        made = EXAMPLES_MADE.fullmatch(piece)
        lead = "such as"
        if not made and (made := WHEN_MADE.fullmatch(piece)):
            lead = "when"  # ("We have booked the first appointment, when the surgery is quieter,
            # because your records show ...": "This is when ... This is because ..." gives the
            # reason to the quiet)
        if made and out and k + 1 < len(pieces) and POINTS_BACK.match(pieces[k + 1]) and \
                f"{lead} {made.group(1)}" in text:
            out[-1] = f"{out[-1].rstrip('.!? ')}, {lead} {made.group(1)}{out[-1][-1:] if out[-1][-1:] in '.!?' else '.'}"
            continue
        # ("Some medicines, such as rifampicin and St John's wort, can speed up the breakdown of clarithromycin, which
        # means it may not work": the examples of a subject, told after its sentence, would come between it and what
        # points back at it, and "This means it may not work" would follow St John's wort; they stay where they were)
        subject = SUBJECT_EXAMPLES_MADE.fullmatch(piece)
        told = subject and out and k + 1 < len(pieces) and re.match(r"(?:This|So)\s", pieces[k + 1]) and \
            re.search(rf"^(.+?)(,\s+(?:such\s+as|including|for\s+example|like)\s+{re.escape(subject.group(1))},)\s", text)
        if told and out[-1].startswith(f"{told.group(1)} "):
            out[-1] = f"{told.group(1)}{told.group(2)}{out[-1][len(told.group(1)):]}"
            continue
        out.append(piece)
    return out


def split_clauses(text: str, lex: Lexicon) -> list[str]:
    """Split at semicolons, dashes, ", and/but/so", ", which" and ", causing" where both
    halves stand alone; never inside brackets (a piece with "(" and no ")" is no sentence)
    or inside somebody's quoted words (a quote split in two misquotes and leaves a quotation
    mark open)."""
    pieces = _examples_kept_before_a_pointer(_split_clauses(text, lex), text)
    if len(pieces) > 1 and text[:1].islower() and pieces[0][:1] == text[:1].upper():
        # a list item that goes on from its lead-in ("people who" / "have been drinking
        # alcohol, which ...") keeps its small letter
        pieces[0] = text[:1] + pieces[0][1:]
    if len(pieces) > 1 and any(p.count("(") != p.count(")") or p.count('"') % 2 or
                               p.count("“") != p.count("”") for p in pieces):
        return [text]
    if len(pieces) > 1 and text.rstrip().endswith(":") and LIST_POINTER.search(text) and \
            not LIST_POINTER.search(pieces[-1]):
        # "Call your doctor if you have any of the following, because they may be signs of
        # infection, which can become serious quickly:": the list goes after the sentence
        # that points to it, never after "This can become serious quickly:"
        return [text]
    return pieces


# "many products sold before the rule, and some sold online, may still be found": a verb
# right after a comma has its subject before the comma, across the "and"
SHARED_VERB = re.compile(r"^[^,]*,\s+(?:may|might|can|could|will|would|should|must|is|are|was|were)\s+\w",
                         re.IGNORECASE)
# "will ask about your diet, medicines, alcohol use, and other health conditions, and may order
# tests": after the list's last item, a second verb of the sentence's own subject
LAST_ITEM_THEN_VERB = re.compile(r"^([^,]*),\s+(?:and|or)\s+(?:also\s+|then\s+)?(?:may|might|can|could|will|would|"
                                 r"should|must|is|are|was|were|has|have|had|does|do|did)\b", re.IGNORECASE)


def _last_item_then_verb(right: str, lex: Lexicon) -> bool:
    """Whether `right` opens with a list's last item, no clause, and then a verb the
    sentence's subject shares ("other health conditions, and may order tests"): no sentence
    "Other health conditions, and may order tests"."""
    m = LAST_ITEM_THEN_VERB.match(right)
    return bool(m) and not _is_clause(WORDS.findall(m.group(1)), lex)


def _has_own_verb(text: str, lex: Lexicon) -> bool:
    """Whether `text` shows a verb of its own: one the lexicon knows, a pronoun subject, or an
    "-s" word after a noun ("the infection usually responds well": the lexicon knows few verbs
    that only say what happens)."""
    words = [w.lower() for w in WORDS.findall(text)]
    return any(_verb_like(w, lex) or w in PRONOUNS | {"it", "this", "these", "there"} or
               k and w.endswith("s") and not w.endswith("ss") and words[k - 1] not in DETERMINERS | {"of", "and", "or"} and
               not words[k - 1][:1].isdigit() and words[k - 1] not in NUMBER_WORDS  # "3 doses" counts things
               for k, w in enumerate(words))


def _denies_unfair_act(words: list[str], lex: Lexicon) -> bool:
    """Whether `words` deny or ban an act of unfair treatment ("must not refuse a booking",
    "should not be excluded from school"): a "because" after them gives the motive denied."""
    lowered = [w.lower() for w in words]
    return any(w in UNFAIR_ACTS for w in lowered) and any(
        w in lex.negations or w.endswith(("n't", "n’t")) or w in BANS for w in lowered)


def _verb_like(word: str, lex: Lexicon) -> bool:
    """A word the lexicon knows as a verb, a modal or an auxiliary, or a contraction that holds one
    ("isn’t", "it’s", "you’re": either apostrophe)."""
    lowered = word.lower().replace("’", "'")
    return lowered in lex.verbs or lowered in MODALS or lowered in AUXILIARIES or _finite(lowered) or \
        lowered.endswith("n't") or "'" in lowered and lowered.split("'")[0] in CONTRACTED_SUBJECTS


def _split_clauses(text: str, lex: Lexicon) -> list[str]:
    last_two = [w.lower() for w in WORDS.findall(text)[-2:]] or [""]
    # ("... to stop people leaving you": "you" leads in only after its "if" or "when")
    lead_in = last_two[-1] in LEAD_IN_ENDS and not (
        last_two[-1] == "you" and last_two[:-1] and last_two[0] not in SUBORDINATORS | {"that"})
    end = text.rstrip()[-1] if text.rstrip()[-1:] in ".!?:" else "" if lead_in else "."
    # a pair of dashes around an aside: "most cases — mine included — heal"
    # ("causes inflammation—irritation or swelling—and sores": an em dash pair needs no spaces)
    pair = re.search(r"(?:\s[—–]\s|—)([^—–]+?)(?:\s[—–]\s|—)", text)
    if pair:
        aside = re.sub(r"^(and|but|or)\s+", "", pair.group(1))
        left, right = text[:pair.start()], text[pair.end():]
        if _is_clause(WORDS.findall(aside), lex):
            # "It sounds scary — and I was nervous — but it worked": keep the order
            joined = re.match(r"(but|and|so|yet)\s+", right)
            if joined and _left_ok(left, lex) and _is_clause(WORDS.findall(right[joined.end():]), lex):
                lead = CLAUSE_CONJUNCTIONS[joined.group(1)]
                rest = f"{lead} {right[joined.end():]}" if lead else right[joined.end():]
                return (split_clauses(_sentence(left), lex) + [_sentence(aside)] +
                        split_clauses(_sentence(rest, end), lex))
            return split_clauses(tidy(left + " " + right), lex) + [_sentence(aside)]
        # an aside that is no clause stays, in brackets: "inflammation (irritation or swelling)"
        # explains the word before it (one with brackets of its own stays between its dashes:
        # brackets inside brackets read badly)
        # ("10 – 1 against Fulham and 9 – 0", "from 1998 – 2004": dashes between numbers are ranges
        # and scores, no pair around an aside)
        if "(" in aside or aside[:1].isdigit() or re.search(r"\d\s*$", left):
            return [text]
        if re.search(r"\b(?:I|me|my|mine|we|us|our)\b", aside):
            return split_clauses(tidy(left + " " + right), lex)  # "most cases — mine included —
            # heal": the writer's own aside tells the reader nothing to act on
        return split_clauses(tidy(f"{left} ({pair.group(1)}) {right}"), lex)
    # "Cut back on alcohol: Excess drinking harms bones." -> two sentences
    m = re.match(r"^([^:]{6,}?):\s+(?=[A-Z])", text)
    if m:
        left, right = m.group(1), text[m.end():]
        left_words = WORDS.findall(left)
        # ("... one of these active ingredients: DEET, picaridin (...), IR3535, ..., and reapply
        # it": a list after the colon, its first item no clause)
        # ("tell your doctor if you: Have diabetes: Your doctor may ...", "Take blood thinners:
        # You may have a greater risk ...": a term of a list of what the reader has or does,
        # told to the reader after it, is no order)
        # ("Changes to periods: Some women notice ...": an "-s" word heads a label, no order)
        # ("Written by: Maternity Medicines Group.": a label whose object is after the colon)
        if (left_words[0].lower() in lex.verbs and len(left_words) >= 2) and \
                left_words[-1].lower() not in PREPOSITIONS and \
                left_words[0].lower() not in AUXILIARIES | BE and \
                not (left_words[0].lower().endswith(("s", "ed", "ing")) and not left_words[0].lower().endswith("ss")) and \
                not re.match(r"(?:you|your)\b", right, re.IGNORECASE) and \
                _is_clause(WORDS.findall(right), lex) and \
                _is_clause(WORDS.findall(re.split(r"[,;(]", right)[0]), lex):
            return [_sentence(left)] + split_clauses(_sentence(right, end), lex)
    # "Tonsil stones, which are also called tonsilloliths, are small lumps" -> "Tonsil stones are also
    # called tonsilloliths. They are small lumps"
    aside = _relative_aside(text, lex)
    if aside:
        first, second = aside
        return split_clauses(_sentence(first), lex) + split_clauses(_sentence(second, end), lex)
    # "Although A, B." -> "A. But B." (the contrast kept by "But")
    m = CONCESSIVE.match(text)
    if m:
        split = _after_leading_clause(text, m.end(), lex)
        # ("Although it is rare, a tumour can bleed ...": the "it" points ahead at what the main clause
        # tells; "It is rare." alone would point at nothing, and "... This is rare." after it would take
        # the "This" of a sentence made of a bracket: the concession stays on the main clause's first piece)
        if split and RARE_AHEAD.fullmatch(split[0].strip()):
            left, right = split
            pieces = split_clauses(_sentence(right, end), lex)
            if not pieces[0][1:].startswith(right[1:2]):
                return [text]
            return [f"{text[:m.end()]}{left.strip()}, {right[:1]}{pieces[0][1:]}"] + pieces[1:]
        if split and not _points_ahead(*split):
            left, right = split
            return [_sentence(left)] + split_clauses(_sentence("But " + right, end), lex)
    # "If you have any questions, please ..." -> "Do you have any questions? If so, please ..."
    asked = _condition_asked(text, end, lex)
    if asked:
        return [asked[0]] + split_clauses(asked[1], lex)
    # "Because A, B." -> "A. So B." (the cause first, the result kept with "So")
    m = re.match(r"^because\s+(?!of\b)", text, re.IGNORECASE)
    if m:
        split = _after_leading_clause(text, m.end(), lex)
        # ("Because measles spreads through the air ..., and because the virus can remain in the air ..., anyone
        # who was there may have been exposed": each reason a sentence, the result after both)
        reasons = re.split(r",\s+and\s+because\s+", split[0]) if split else []
        # (not where the result has a "so if" of its own: "Because a pump delivers only rapid-acting insulin, there
        # is none in reserve, so if delivery stops, ..." would read "So there is none in reserve, so if ...")
        if split and not _points_ahead(*split) and all(_opens_main_clause(reason, lex) for reason in reasons) and \
                not re.search(r",\s+so\s+(?:if|when|unless|once)\b", split[1]):
            return [_sentence(reason) for reason in reasons] + split_clauses(
                _sentence(f"{_so(split[1])} {split[1]}", end), lex)
    # "While you can't undo it, you can lower your risk." -> "You can't undo it. But you can ..."
    m = WHILE_CONCESSIVE.match(text)
    if m:
        for comma in re.finditer(r",\s+", text[m.end():]):
            left = text[m.end():m.end() + comma.start()]
            right = text[m.end() + comma.end():]
            left_words = WORDS.findall(left)
            if _concedes(left_words, lex) and _is_clause(left_words, lex) and not WHILE_IN_STATE.match(left) and \
                    _is_clause(WORDS.findall(right), lex) and not _concedes(WORDS.findall(right)[:1], lex):
                return [_sentence(left)] + split_clauses(_sentence("But " + right, end), lex)
            break  # only the first comma can close the "while" clause
    defined = _subject_defined_first(text, end, lex)
    if defined:
        return [defined[0]] + split_clauses(defined[1], lex)
    # "For example, isotretinoin, a medicine for acne, can cause ..." ->
    # "Isotretinoin is a medicine for acne. For example, it can cause ..."
    m = APPOSITIVE_MID.match(text)
    if m and _is_clause(["it"] + WORDS.findall(m.group("rest")), lex):
        head = m.group("head")
        plural = _plural(head)
        opener = m.group("opener") or ""
        pronoun = "they" if plural else "it"
        first = f"{head[0].upper()}{head[1:]} {'are' if plural else 'is'} {m.group('appositive')}"
        rest = f"{opener}{pronoun} {m.group('rest')}"
        return [_sentence(first)] + split_clauses(_sentence(rest, end), lex)
    # "..., usually due to osteoporosis, a condition that weakens bones." -> own sentences
    m = APPOSITIVE_END.search(text)
    # "..., or, in babies, an incompletely opened tear duct": a phrase set off by commas
    # ("in babies") limits the item after it; that item is no appositive
    # "osteoarthritis of the knee, a common condition ...": after "of the" the head is part of
    # a longer name, which the appositive tells of ("The knee is a common condition ..."); in
    # "signs of anaphylaxis, a severe allergic reaction" it is the head's own
    # ("each kit has two doses of spray, a pair of gloves, a face shield ... and instructions":
    # a head whose phrase opens after a comma is a list's item, what follows its next item)
    # ("symptoms such as bleeding from the bottom, a change in bowel habit or pain": after "such
    # as" the phrase is the next example)
    if m and not re.search(r",\s+\w+\s+$", text[:m.start("head")]) and \
            not re.search(r"\b(?:such\s+as|including)\s[^;:]*$", text[:m.start("head")], re.IGNORECASE) and \
            not re.search(r",\s+(?:a|an|the|two|three|four|\d+)\s+[^,]*$", text[:m.start("head")]) and \
            not re.search(r"\bof\s+the\s+$", text[:m.start("head")], re.IGNORECASE) and \
            not (m.group("head").lower().endswith("ing") and
                 re.search(r",\s+(?:or|and)\s[^,;]*$", text[:m.start("head")])) and \
            not re.search(r"(?:,|\band|\bor)\s*,?\s*(?:if|when|unless|where|once|while|although|though|because)\s[^,;]*$",
                          text[:m.start("head")], re.IGNORECASE) and \
            _appositive_ok(text[:m.end("head")], m.group("appositive"), lex):
        # ("at the same time as, or within 14 days of stopping, a type of antidepressant": a verb's "-ing"
        # closing an aside set off by commas takes the object after it; "Stopping is a type of
        # antidepressant" is false)
        # ("... and, if someone else is giving the injection, the back of the upper arms": a head inside a
        # condition set off by commas is the condition's; what follows is the list's next item)
        head = m.group("head")
        # ("You may be given, or asked to buy, a home monitor": after a verb's "to" the head is
        # a verb whose object follows)
        to = re.search(r"(\w+)\s+to\s+$", text[:m.start("head")])
        infinitive = to and (head.lower() in lex.verbs or to.group(1).lower() in TO_VERBS)
        if head.lower() not in NOT_SUBJECT_START and head.lower() not in lex.subjects and \
                not head[:1].isdigit() and not infinitive:  # "a cup of barium to drink, a mouthful at a time"
            # ("caused by Coccidioides, a fungus that lives in the soil": "a" tells one, whatever the
            # name's last letter)
            verb = "are" if _plural(head) and not (head[:1].isupper() and
                                                   re.match(r"(?:a|an)\s", m.group("appositive"), re.IGNORECASE)) \
                else "is"  # ("eosinophils, a type of white blood cell": a plural all the same)
            # "damage the esophagus, the tube ..." -> "The esophagus is the tube ..."
            the = "the " if re.search(r"\bthe\s+$", text[:m.start("head")], re.IGNORECASE) else ""
            subject = f"{the}{head}"
            # "... grows over the stent, a process that takes months": a process tells of the
            # whole clause ("This is", which fits "dialysis, a process that ..." too)
            kind = WORDS.findall(m.group("appositive"))[1:2]
            # (so does an illness named after a place: "damage to the retina, a condition called retinopathy",
            # "lower the level of sodium in the blood, a condition called hyponatremia" name the damage and the low
            # level, and "The retina is a condition ..." would be false; "into the aorta, the largest artery in
            # the body" tells what the place is)
            placed = re.search(r"\b(?:to|in|into|inside|on|around|within)\s+the\s+$", text[:m.start("head")],
                               re.IGNORECASE)
            if kind and (kind[0].lower() in EVENT_NOUNS or placed and kind[0].lower() in ILLNESS_KINDS):
                subject, verb = "this", "is"
            return split_clauses(_sentence(text[:m.end("head")], end), lex) + [
                _sentence(f"{subject} {verb} {m.group('appositive')}", end)]
    m = CAUSE_END.search(text)
    # ("you have a weakened immune system – for example, because of chemotherapy": the cause is
    # the example, no "This is because of ..." after "for example.")
    # ("a healthy child should not be excluded from school ..., because of head lice": the motive
    # banned, never "This is because of head lice")
    if m and _left_ok(text[:m.start()], lex) and not EXAMPLE_END.search(text[:m.start()]) and \
            not _denies_unfair_act(WORDS.findall(text[:m.start()]), lex):
        return split_clauses(_sentence(text[:m.start()]), lex) + [
            _sentence(f"This is {m.group('hedge') or ''}{m.group('cause')} {m.group('rest')}", end)]
    # semicolon and dash joins
    for sep in (r"\s*;\s+", r"\s+[—–]\s+|\s*—\s*|\s+--\s+|\s+-\s+"):
        if ";" in sep and re.sub(r"\([^()]*\)", "", text).count(";") > 1:
            continue  # "A; B; or C": a list whose items are phrases, not sentences
        parts = re.split(sep, text, maxsplit=1)
        if len(parts) == 2:
            left, right = parts
            right_words = WORDS.findall(right)
            left_words = WORDS.findall(left)
            if ";" not in sep and left_words and right_words and left_words[-1][:1].isupper() \
                    and right_words[0][:1].isupper() and right_words[0].lower() not in lex.subjects:
                continue  # "a Reed – Solomon code", "the Dow – Jones index": one name
            # "...; and a grade 3 sprain is a complete tear": the joining word leads the clause
            joined = re.match(r"(and|but|so|yet)\s+", right) if ";" in sep else None
            rest = right[joined.end():] if joined else ""
            if joined and (_is_clause(WORDS.findall(rest), lex) or is_order(WORDS.findall(rest), lex)):
                lead = _so(rest) if joined.group(1) == "so" else CLAUSE_CONJUNCTIONS[joined.group(1)]
                right, right_words = f"{lead} {rest}" if lead else rest, WORDS.findall(rest)
            # after a semicolon an order may follow: "do not retreat; comb the lice out"
            # (or a clause after a short phrase put first: "...; for most people this is about a week")
            order = ";" in sep and (is_order(right_words, lex) or _semicolon_clause(right_words, lex)
                                    or _condition_first(right, lex) or _fronted_clause(right, lex, order=True)
                                    or _fronted_clause(right, lex) or _reason_first(right, lex))
            # "Once symptoms appear, rabies is nearly always fatal; however, ...": a whole
            # sentence before a semicolon may open with its condition
            whole = _left_ok(left, lex) or ";" in sep and _condition_first(left, lex)
            # ("cloudy drained fluid, even if you feel well — keep the bag ...;": a list item
            # that names a thing keeps its note; "cloudy drained fluid." is no sentence)
            if ";" not in sep and text[:1].islower() and left_words and \
                    left_words[0].lower() not in lex.subjects and not is_order(left_words, lex):
                whole = False
            # ("Minimally invasive (keyhole) surgery – a smaller cut, ... between the ribs": a label
            # with no verb before a dash is no sentence)
            # (after it a clause with its pronoun subject or an order is a sentence: "Copper coil
            # (IUD) – this contains no hormones")
            # (a name in capitals is a label too, whatever verb its words make: "Household
            # Support Fund – emergency help from the council")
            if ";" not in sep and (not any(_verb_like(w, lex) for w in left_words) or
                                   all(w[:1].isupper() or w[:1].isdigit() for w in left_words)) and \
                    not (right_words and
                         right_words[0].lower() in PRONOUNS | {"this", "these", "there", "it", "please"}) and \
                    not is_order(right_words, lex):
                whole = False
            if whole and (_is_clause(right_words, lex) or order) and len(right_words) >= 3:
                return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
    appositive = _dash_appositive(text, end, lex)
    if appositive:
        return split_clauses(appositive[0], lex) + appositive[1:]
    # ", and X ..." where X starts a clause
    for m in re.finditer(r",\s+(and|but|so(?!\s+that\b)|yet)\s+", text):
        left, right = text[:m.start()], text[m.end():]
        right_words = WORDS.findall(right)
        if re.match(r"[\w'’-]+,", right):
            continue  # "..., in a home that is kept cool, and outdoors, and older adults ...": one
            # word before a comma is an item of a list, no clause
        if re.match(r"[\w'’-]+\s+[\w'’-]+,\s+(?:from|of|after|because\s+of|due\s+to)\s", right, re.IGNORECASE):
            continue  # "people are made seriously ill, and some die, from carbon monoxide": a short
            # clause set off by commas; what follows is both clauses' ("Some die, from ..." alone is
            # no sentence, and the first would lose its cause)
        left_words = WORDS.findall(left)
        if re.search(r"(?:^|,\s+(?:and|but)\s+)(?:because|although|though|since|unless)\b[^,;:]*$", left,
                     re.IGNORECASE):
            continue  # ("..., and because many have no symptoms, so keeping them at home ...": the clause the comma
            # closes leads up to what follows it; "... and because many have no symptoms." alone is no sentence; an
            # "and when" may be one more thing told: "what to do ..., and when you should contact us, but ...")
        if m.group(1) in ("and", "but", "so") and _condition_first(right, lex) and (
                _condition_first(left, lex) or _left_ok(left, lex) and (
                    _is_clause(left_words, lex) or is_order(left_words, lex) or
                    # ("Taking 1 extra dose by accident is unlikely to harm you, but if ...": a subject too long for
                    # the clause check)
                    _opens_main_clause(left, lex))):
            # "If you miss a dose, take it ..., but if it is almost time for the next, skip
            # ...": two conditions, each with its own action
            # ("You will have regular blood tests while the dose is lowered, and if your symptoms come back,
            # your dose may be increased": a condition put first in the second clause is that clause's own)
            # ("Naloxone will not harm someone who is not having an overdose, so if you are unsure, give it anyway":
            # so is a result's, "So if you are unsure, give it anyway.")
            lead = CLAUSE_CONJUNCTIONS[m.group(1)]
            right = f"{lead} {right}" if lead else right
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
        # "Clozapine slows the gut, and although constipation may sound minor, it can lead to a blockage" ->
        # "Clozapine slows the gut." + "Constipation may sound minor. But it can lead to a blockage": a clause
        # that opens on its own concession or reason, after a whole one, is a sentence of its own ("But because
        # bat bites can go unnoticed, we want to hear ..." after "but", whose contrast stays on the whole)
        # (never a second reason or concession of one the clause before holds: "This is because A, and because B,
        # so C" keeps its reasons together; nor one whose main clause opens on "so": "So so C")
        leading = re.match(r"(?:although|though|even\s+though|because)\s+(?!of\b)", right, re.IGNORECASE)
        split = _after_leading_clause(right, leading.end(), lex) if leading and m.group(1) in ("and", "but") and \
            not re.search(r"\b(?:although|though|because)\b", left, re.IGNORECASE) else None
        if split and not _points_ahead(*split) and text[:1].isupper() and _left_ok(left, lex) and \
                not re.match(r"(?:so|and|but|then|yet)\b", split[1], re.IGNORECASE) and \
                (_is_clause(left_words, lex) or is_order(left_words, lex)):
            if m.group(1) == "but":
                return split_clauses(_sentence(left), lex) + [_sentence(f"But {right}", end)]
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
        if m.group(1) == "and" and re.search(r"\b(?:if|unless|when|whenever|once)\s[^.;:]*$", left, re.IGNORECASE) and \
                re.search(r",\s+(?:you|they|we|he|she|it|your|their|the)\b[^,]*?\b(?:should|must|may|can|will|need)\b",
                          right, re.IGNORECASE):
            continue  # "if you have not had chickenpox, or you are not sure, and you come into
            # contact with it, you should speak to your GP": all three are the condition
        if m.group(1) == "and" and (_open_condition(left, lex) or _inside_relative(left, lex)) and \
                _plain_state(right_words, lex):
            continue  # "cook meats until they are steaming hot throughout, with no pink meat, and
            # the juices run clear": the second state is the "until" clause's too, no claim
        if m.group(1) == "and" and _says_the_condition_again(left, right_words) and (
                _open_condition(left, lex) or right_words[0].lower() == "this"):
            continue  # "what to know if you are pregnant, or if you are planning a pregnancy, and you
            # are thinking about traveling": the clause opens as the condition's did, so it is one more
        # one more condition after "and", no claim of its own (a modal, "therefore" or "so" tells a claim:
        # "..., or if the joint still feels numb, and you may therefore wish to ..."): after conditions
        # joined by "or if", a clause about the person ("for example, if you live with someone who has
        # flu, or if there is an outbreak in a care home, and you are at higher risk"); before the list a
        # lead-in opens, any clause but an order ("You can apply if you are at least 10 weeks pregnant or
        # have a child under 4, and you or your family get one of the following:")
        if m.group(1) == "and" and not {w.lower() for w in right_words} & (
                MODALS | NEGATED_MODALS | {"therefore", "then", "also", "so"}) and (
                re.search(r",\s+or\s+(?:if|when|unless)\s[^,;:]*$", left) and right_words[0].lower() in PERSONAL or
                end == ":" and _open_condition(left, lex) and not is_order(right_words, lex)):
            continue
        described = re.match(r"(?:a|an|the|your|their|our)\s+([^,;()]*?)(?:\s*\([^()]*\))?,\s+(?:which|who)\b", right)
        if m.group(1) in ("and", "or") and described and "," not in right[described.end():] and not any(
                _verb_like(w, lex) for w in WORDS.findall(described.group(1))[1:]):
            continue  # "two main parts: a septic tank, which holds ..., and a drainfield (...), which
            # releases ...": a thing and its "which" clause, the next of things named, no sentence
        last_thing = WORDS.findall(re.split(r",\s+", left)[-1]) if "," in left else []
        if m.group(1) in ("and", "or") and right_words[0].lower() in ("any", "all", "every", "another") and \
                last_thing and last_thing[0].lower() in DETERMINERS | {"any", "all", "some"} and \
                not _is_clause(last_thing, lex) and not _has_finite(right_words):
            continue  # "Please bring the completed diary, a list of all current medicines, and any
            # continence products the person uses": the last thing of a series, whatever clause
            # tells which ones
        condition = TRAILING_IF.search(left) if m.group(1) == "and" else None
        if condition and right.lower().startswith(condition.group(1).lower() + " ") and \
                not {w.lower() for w in right_words} & (MODALS | NEGATED_MODALS | {"therefore", "then", "also", "so"}) and \
                not any(w.lower() in ("not", "never") or w.lower().endswith(("n't", "n’t")) for w in right_words) and \
                _open_condition(left, lex):
            continue  # "You may be referred to us if you have an eye condition, such as ..., and you
            # are finding everyday tasks difficult": the same subject again, with no modal of a
            # claim and no denial ("..., and you do not need to see a doctor" tells), is the
            # condition's second half; "You are finding ..." alone would be a fact
        if m.group(1) == "and" and re.search(r",\s+(?:and|but|so)\s+(?:because|since|although|though|as|if|when|"
                                             r"unless|once)\s[^,;:]*$", left, re.IGNORECASE):
            continue  # "..., and because your blood volume increases, and your baby builds up its
            # stores, the amount you need rises": both are the reason, its clause comes after
        reported = REPORTED_THAT.search(left) if m.group(1) == "and" else None
        if reported and not re.search(r"[,;:]", left[reported.end():]):
            continue  # "Experts think that the virus spreads through droplets, and it may also spread on
            # surfaces": the second clause is thought too
        if m.group(1) == "and" and "," in right and re.match(r"(?:(?:however|but|and|so|yet)\s*,?\s+)?(?:because|since|"
                                                            r"although|though)\s[^,;:]*$", left, re.IGNORECASE):
            continue  # "However, because positive samples mean that the virus is circulating, and
            # the risk usually increases from late July, the county will spray": the same at the start
        if m.group(1) in ("and", "but") and text[:1].islower() and (
                not is_order(right_words, lex) and not is_order(left_words, lex) or
                (left_words or [""])[0].lower() in FREQUENCY_ADVERBS):
            continue  # "you have a sore throat and a high temperature, and you have a weakened
            # immune system": a list item goes on its lead ("... if:"), both conditions at once
            # ("the recipe has changed, but the English label was not updated; or": one condition)
            # ("often ask others for reassurance, but feel relieved only for a short time": how often tells what
            # the lead's people do, no order, and "But feel relieved ..." alone would read as one)
        if right_words and _gerund_series(left, right_words[0]):
            continue  # "Limiting alcohol, choosing low-fat dairy products, and keeping a healthy weight may help":
            # acts told by their "-ing" words, with no verb of time before the last, are one subject
        if right_words and any(_parallel_opening(right_words[0], item) for item in re.split(r",\s+", left)[1:]):
            continue  # "found that 41 percent ..., 27 percent ..., and 19 percent ...", "some were
            # never vaccinated, some got 1 dose, and some cannot find their records": one series,
            # each item opening as the one before ("that" and "although" are all of theirs)
        if m.group(1) == "and" and _phrase_goes_on(left, right, lex):
            continue  # "continue these steps for the rest of your stay, and possibly during future
            # stays, even after you feel well", "keep the syringes in their box, at room
            # temperature, and out of the sight and reach of children": a phrase, no clause
        if right_words and right_words[0].lower() in CONTENT_CLAUSE:
            continue  # "... suggests A, and that B": the second "that" clause has no verb of its own
        # ("Both are given into the joint, and they are usually given ...", "are both common, and both can
        # make walking uncomfortable": a "both" that is the subject or says it again opens no pair)
        if m.group(1) == "and" and re.search(r"(?<!\bare\s)(?<!\bwere\s)\b(?:both|either|neither)\b"
                                             r"(?!\s+(?:are|were|have|can|could|may|might|will|would|should|must)\b)"
                                             r"(?!.*\b(?:and|or|nor)\b)", left, re.IGNORECASE):
            continue  # "until both your symptoms are better, and you have had no fever": one pair
        # (a "which" clause of the last example has a verb of its own: "stimulants used for
        # ADHD, which can raise body temperature")
        if m.group(1) in ("and", "or") and re.search(r"\b(?:such as|including)\s", left) and not any(
                (w in lex.verbs or w in FINITE or w in NEGATED_MODALS) and not _describing_participle(said, k)
                for said in [[x.lower() for x in WORDS.findall(left)]] for k, w in enumerate(said)):
            continue  # "Antihistamines, such as cetirizine, and asthma inhalers do not treat ...": one
            # subject of two things, no clause before the "and"
        if m.group(1) in ("and", "or") and re.search(r"\b(?:such as|including)\s+(?:[^.;:()]|\([^()]*\))*,"
                                                     r"(?:[^.;:()]|\([^()]*\))*$", left) \
                and not {w.lower() for w in WORDS.findall(re.split(r",|\s+(?:which|who|that)\b", right)[0])} \
                & FINITE and not _pronoun_and_verb(right, lex) and \
                not {w.lower() for w in WORDS.findall(re.split(r"\b(?:which|who|that|when|if)\b",
                                                               re.sub(r"\([^()]*\)", "", left).rsplit(",", 1)[-1])[0])} & \
                (FINITE | NEGATED_MODALS):
            continue  # "such as babies ..., pregnant people ..., and people with ...": the last example
            # (not once a verb of time has closed the examples: "Problems such as short sight, long sight and lazy
            # eye are easier to treat early, and treatment for lazy eye works best before 7")
            # ("..., such as heart disease and stroke, and it gives you advice": a pronoun and its verb are no example)
        if m.group(1) == "and" and not any(
                w in MODALS or w in AUXILIARIES or w in NEGATED_MODALS or w in lex.verbs and
                w.endswith(("s", "ed")) for w in (x.lower() for x in WORDS.findall(left))) and \
                re.search(r",\s+(?:may|might|can|could|will|would|should|must|is|are|was|were|has|have|"
                          r"does|do)\b", right):
            continue  # "Early diagnosis ..., and prompt evaluation of symptoms, may help ...": the
            # second comma closes an aside; the verb after it is the whole subject's
        # (an "if" that follows its clause, not one put first: "so if your dose changes, your
        # breakthrough dose will change too, and ..." is a condition and its clause)
        held = re.search(r"(?<![,;:]\s)(?<!^)(?<!\bso\s)(?<!\band\s)(?<!\bbut\s)(?<!\bthen\s)"
                         r"\b(?:if|unless|provided|as\s+long\s+as)\s+([^;:]*)$", left, re.IGNORECASE)
        if m.group(1) == "and" and held and "," in held.group(1) and not is_order(right_words, lex) and all(
                _is_clause(WORDS.findall(piece), lex) for piece in re.split(r",\s+", held.group(1))):
            continue  # "only if the tick was a blacklegged tick, it was attached for 36 hours or more, and
            # the dose can be started within 72 hours": the last of a series of conditions
        told_to = re.match(r"([^,;:]+),\s+to\s+[a-z]+", right)
        if m.group(1) == "and" and told_to and not _has_finite([w.lower() for w in WORDS.findall(told_to.group(1))]) \
                and re.search(r"\b(?:ask|tell|remind|encourage|allow|help|advise|invite|want|urge|expect|require)\b",
                              left, re.IGNORECASE):
            continue  # "Ask the people you live with, and close contacts such as caregivers, to stay up to
            # date": a second object set off by commas, then what they are asked to do
        first_item, _, aside = left.partition(",")
        if m.group(1) == "and" and len(WORDS.findall(first_item)) <= 4 and \
                (WORDS.findall(aside) or [""])[0].lower() in PREPOSITIONS and not any(
                _verb_like(w, lex) or w.lower() in lex.past_forms or w.lower().endswith("ed")
                for w in WORDS.findall(left)) and \
                not is_order(WORDS.findall(left), lex) and not _bare_order(WORDS.findall(left), lex):
            continue  # "Early morning appointments, from 7:30am on Tuesdays, and Saturday morning
            # appointments are available": two subjects of one verb, no clause before the "and"
        tail = WHO_SUBJECT_TAIL.search(left)
        who_said = _without_leading_adverbs(WORDS.findall(tail.group(1).split(" who ", 1)[-1]))[1:] if tail else []
        if m.group(1) == "and" and tail and PEOPLE_WHO.match(right) and not _has_finite(who_said):
            continue  # "Children under 5 who have STEC, and people who work with food, ..., may be asked":
            # people told by their "who" clause with no verb of their own before the "and" are the first
            # of two subjects of one verb
        if m.group(1) == "and" and _two_subjects_set_off(left, right, lex):
            continue  # "Most private health insurance plans, and Medicare Part D plans, cover the vaccine"
        item = re.match(r"([^,;:]+),\s+(?:may|might|can|could|will|would|should|must|is|are|was|were|has|"
                        r"have|does|do)\b", right)
        closed = re.match(r"([^,;:]+),\s+(?:before|after|until|unless)\b[^,;:]*$", right)
        if m.group(1) == "and" and closed and not _has_finite(WORDS.findall(closed.group(1))):
            continue  # "It may take several weeks, and some dose increases, before you notice any
            # benefit": the second item is closed by the comma; the time clause is both items'
        if m.group(1) == "and" and item and not any(
                w.lower() in FINITE or w.lower() in lex.verbs for w in WORDS.findall(item.group(1))):
            continue  # "most people with stage 4 CKD, and most people on dialysis, will develop it":
            # the comma after the second item closes it; the verb after it is both items'
        if m.group(1) == "and" and "," in left and _only_participles(right_words, lex) and \
                not any(w.lower() in lex.verbs or _finite(w) for w in WORDS.findall(left)):
            continue  # "Vinyl floor tiles (often 9 inch by 9 inch), the backing on sheet flooring, and
            # the adhesives used to install them": with no verb before it, the "-ed" word describes
            # the last item of a series
        orders = re.split(r",\s+", left)
        opening = (WORDS.findall(orders[-1]) or [""])[0].lower()
        if m.group(1) in ("and", "or") and len(orders) >= 2 and opening == right_words[0].lower() and \
                opening not in lex.verbs and opening not in DETERMINERS and not any(
                w.lower() in FINITE or w.lower() in AUXILIARIES or w.lower() in NEGATED_MODALS
                for w in WORDS.findall(left)):
            continue  # "Infants younger than 12 months, people with weakened immune systems, and
            # people with liver disease may be offered ...": a series of subjects, the last two
            # opening alike, with no verb before the "and"
        if m.group(1) == "and" and len(orders) >= 2 and all(
                re.match(r"(?:people|those|anyone|children|adults|women|men|patients)\s+(?:who|with|aged|under|over|that)\b",
                         item, re.IGNORECASE) for item in orders):
            continue  # "People who wear hearing aids, people who use in-ear headphones ..., and older adults are
            # more likely ...": people told by their "who" clauses are a series of subjects
        if m.group(1) == "and" and re.fullmatch(r"(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+(?:which|who)\b[^,]*", left) and \
                _subject_word(left) not in PRONOUNS and \
                _has_finite(right_words[1:6]):
            continue  # "Gentle walking, which can be increased ..., and pelvic floor exercises can be
            # started": a subject and its "which" clause, no verb of its own before the "and"
        if m.group(1) == "and" and TRAILING_CONDITION.search(right) and is_order(right_words, lex):
            continue  # "Never stop ..., and do not lower your dose ..., unless your provider
            # tells you to": set off by its comma, the condition is both actions'
        if m.group(1) == "and" and re.match(r"(?:as|so)\s+long\s+as\b|provided\b|providing\b",
                                            re.split(r"[,;]\s+", left)[-1], re.IGNORECASE) and \
                not is_order(right_words, lex):
            continue  # "can usually continue breastfeeding, as long as there is no sore on the
            # breast, and they follow the hand-washing steps": the second condition is the first's
            # (after "if"/"unless" the clause is the main one's: "..., unless the label says
            # otherwise, and keep it closed")
        if m.group(1) == "and" and right_words and right_words[0].lower() in lex.verbs and \
                right_words[0].lower() not in lex.subjects and \
                not right_words[0].lower().endswith(("s", "ed", "ing")) and \
                _plural_who(left, lex) and not is_order(WORDS.findall(re.sub(r"^please\s+", "", left, flags=re.I)), lex):
            continue  # "adults who follow a vegetarian diet, or who are thinking of cutting down, and want
            # to make sure ...": a plural verb goes on the "who" clause, no order "Want to ..."
        if m.group(1) in ("but", "yet") and right_words and right_words[0].lower() in lex.verbs and \
                right_words[0].lower() not in lex.subjects and not right_words[0].lower().endswith(("s", "ed", "ing")) and \
                re.search(r",\s+which\s", left) and not is_order(WORDS.findall(left), lex):
            continue  # "watery eyes, which may seem surprising, but happen because ...": the plural
            # verb is the eyes', no order "But happen because ..."
        if m.group(1) == "but" and re.search(r"\bnot\b", left) and \
                re.match(r"[a-z]+s\s+(?:[a-z]+ed|brought|made|sold|found|given|taken|bought|kept)\b", right) and \
                not re.search(r"\b(?:is|are|was|were|has|have|had|can|could|may|might|will|would|should|must|do|does|"
                              r"did)\b", right.split(",")[0]):
            continue  # "the source was not old paint or soil, ..., but products brought into the home": the
            # thing set against the first is a noun and its participle, no clause "But products brought ..."
        if m.group(1) == "and" and re.match(r"(?:the\s+|your\s+|any\s+)?[a-z]+\s+[a-z]+ed\b", right) and \
                re.search(r"\b(?:should|must|will|can|may|need\s+to)\s+be\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", left) and \
                not re.search(r"\b(?:is|are|was|were|be|been|should|must|will|can|may|might|could|would)\b",
                              right.split(",")[0]):
            continue  # "Fish should be cleaned carefully, ..., and fillets rinsed in clean tap water": the
            # second thing's "should be" is the first's, no sentence "Fillets rinsed in ..."
        if m.group(1) in ("but", "yet") and RARE_AHEAD_BUT.fullmatch(left.strip()):
            continue  # "It may seem surprising, but gout flares often become more common": the "it" points
            # ahead at what follows "but"; "It may seem surprising." alone points at nothing
        if m.group(1) in ("but", "yet") and re.search(r"\bnot\s+(?:only|just|merely)\b", left, re.IGNORECASE):
            continue  # "Not only can it heal an ulcer, but it also ...": one claim in two halves
        if m.group(1) == "so" and re.search(r",\s+and\s+because\b", right) and \
                re.search(r"\bbecause\b", left, re.IGNORECASE):
            continue  # "This is because your body can get used to it quickly, so it becomes less
            # effective, and because some people become dependent on it": the result is part of the
            # first reason, which the second "because" joins; no "So ..., and because ..."
        so_words = _without_leading_adverbs(WORDS.findall(left)) if m.group(1) == "so" else []
        if m.group(1) == "so" and (is_order(so_words, lex) or
                                   _bare_order(so_words, lex, OWNED_OBJECT) and
                                   WORDS.findall(left)[0].lower() not in
                                   SUBORDINATORS | set(CLAUSE_CONJUNCTIONS) | {o.rstrip(",") for o in lex.openers} |
                                   {"note", "remember"} or
                                   # (after a statement of its own "so you can" is a result: "You will not be
                                   # sedated, so you can drive home afterwards"; not where someone gives a way to
                                   # do it: "doctors give people a plan, so they can start medicine early")
                                   SO_THAT.match(right) and (text[:1].islower() or
                                                             not _is_clause(WORDS.findall(left), lex) or
                                                             re.match(r"\w+\s+(?:can|could)\b", right) and
                                                             re.search(rf"\b(?:we|{PURPOSE_AGENT})\b", left,
                                                                       re.IGNORECASE))):
            # ("Place your baby with their feet at the bottom of the cot, so they cannot slip down":
            # a verb the lexicon does not know, before its object, gives an order too)
            # "Tape the tube to your thigh, so it does not pull": after an order, a purpose;
            # "give people a plan, so they can start medicine early": "so (that) they can"
            continue
        if m.group(1) == "and" and _governed_series(orders, right) and (
                _is_clause(WORDS.findall(orders[-1]), lex) or
                is_order(WORDS.findall(orders[-1]), lex) and is_order(right_words, lex)):
            continue  # the last of the clauses an "until" governs ("Do not drive until you can sit
            # comfortably, wear a seatbelt, look over your shoulder, and ...": what you must be
            # able to do, no orders)
        series = _clause_series(left, right, lex) if "," in left else None
        if series and len(right_words) >= 3:
            lead = _so(right) if m.group(1) == "so" else CLAUSE_CONJUNCTIONS[m.group(1)]
            right = f"{lead} {right}" if lead else right
            return series + split_clauses(_sentence(right, end), lex)
        if m.group(1) == "and" and "," in left:
            actions = _shared_subject_series(left, right.rstrip(".!? "), lex)
            if actions:
                return actions[:-1] + [_sentence(actions[-1], end)]
        groups = _order_groups(orders, right, lex) if m.group(1) == "and" and len(orders) >= 2 else None
        if groups and (is_order(right_words, lex) or _bare_order(right_words, lex)):
            # "Move them to a cool place, loosen their clothing, and apply wet cloths." ->
            # one order a sentence (never after "If ...,": the first item is no order then)
            return [piece for order in groups for piece in split_clauses(_sentence(order), lex)] + \
                split_clauses(_sentence(right, end), lex)
        if m.group(1) == "and" and _condition_of_both(left, right, right_words, lex):
            continue
        # ("Follow the instructions, which still apply: no food for 6 hours, and clear fluids only until 2
        # hours before": after a colon, ", and" joins what the colon lists, no second order)
        listed = re.split(r"[:;]\s+", left)[-1]
        # ("Always take naproxen exactly as your doctor has told you, and check the label": an order may
        # open on its adverb)
        if m.group(1) == "and" and is_order(_without_leading_adverbs(WORDS.findall(left)), lex) and \
                (listed[:1].isupper() or is_order(WORDS.findall(listed), lex)) and \
                is_order(right_words, lex) and not _action_series(orders, lex):
            # "Apply it to dry hair, and leave it on for 10 minutes." -> two instructions;
            # "Drink more fluids, however active you are, and don't wait ..." too
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
        if m.group(1) == "and" and SHARED_MODAL.search(left) and \
                _without_leading_phrase(right_words) != right_words and \
                is_order(_without_leading_phrase(right_words), lex):
            continue  # "You will probably need to assess the risk, and in many cases arrange for ...":
            # the second verb is the "need to"'s too, no order of its own
        # ("Travelers should avoid feeding animals, including animals that appear to be pets, and should
        # never try ...": examples set off after the first clause are no part of its subject and verb)
        core = EXAMPLES_SET_OFF.sub("", left)
        # ("The scan is carried out by a urologist, a radiologist or a specially trained nurse, and usually takes
        # 10 to 20 minutes": the commas of a short list at the clause's end leave its subject as it was)
        subject = _shared_subject(core, lex) if m.group(1) == "and" and (
            "," not in core or _ends_on_short_list(core)) else ""
        # ("Landlords must still arrange a gas safety check, and give tenants a copy": a bare verb after
        # ", and" is the first clause's modal's too, which the new sentence says again)
        modal = _subject_modal(core, lex) if subject else ""
        shared_modal = bool(modal) and _opens_on_bare_verb(right_words, lex)
        # (a comma in the second part may close it, and what follows then is both verbs': "You should
        # avoid having sex, and should not use any creams or tampons, for 24 hours before"; so may a
        # condition: "You should not buy it, and should see a GP instead, if:")
        if subject and (right_words[0].lower() in MODALS or _verb_agrees(subject, right_words, lex) or shared_modal) and \
                len(right_words) >= 4 and \
                not re.search(r"[,;:]|\b(?:if|unless|provided|whenever)\b", right) and \
                not _in_series(left, lex, right) and not _hangs_on(right, right_words, end, lex) and \
                not is_order(WORDS.findall(left), lex):
            # "The cream is applied twice a day, and should be used for two weeks after the rash has
            # cleared" -> "... It should be used ...": a modal shows no number, so the subject told
            # again (as "it", "they" or the person named) carries the first clause's own
            told = f"{subject} {modal} {right}" if shared_modal else f"{subject} {right}"
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(told, end), lex)
        if (m.group(1) == "and" or m.group(1) == "but" and _bare_verb_goes_on(left, right_words, lex)) and \
                not _addresses_reader(left) and (
                right_words[0].lower() in ("do", "don't", "don’t") and
                not is_order(_without_leading_adverbs(WORDS.findall(left)), lex) or
                (_without_leading_phrase(right_words) or [""])[0].lower() not in lex.past_forms and
                (is_order(_without_leading_phrase(right_words), lex) or
                 _fronted_clause(left, lex) and not _fronted_clause(left, lex, order=True) and
                 _no_subject(_without_leading_phrase(right_words), lex)) and
                # ("Your keyworker or our blood-borne virus nurse will give you your result in person,
                # and explain what it means": a long subject puts its modal further on)
                # ("Under the new arrangement, patients will be seen ..., and then return to the clinician":
                # after a phrase put first too)
                (_is_clause(WORDS.findall(left), lex) or
                 _fronted_clause(left, lex) and not _fronted_clause(left, lex, order=True) or
                 bool(re.match(r"(?:the|your|our|their|a|an|this|each|every)\s", left, re.IGNORECASE)) and
                 bool(SHARED_MODAL.search(left))) and
                not is_order(_without_leading_adverbs(WORDS.findall(left)), lex)):
            continue  # "People who were vaccinated need two doses, and do not need ...", "Symptoms
            # may come and go ..., and then stop": their verb, no order to the reader ("People
            # can turn the device on and off, and in some cases adjust settings": nor after a phrase)
            # ("Children with ARFID usually want to eat more, ..., but find it very difficult to do so":
            # after "but" too)
        # "Sunscreen wears off, so put it on again ...": a fact, then the order it leads to
        result_order = m.group(1) == "so" and is_order(right_words, lex) and _is_clause(WORDS.findall(left), lex)
        # ("but people aged 60 and older, African Americans over age 40, ... are at higher
        # risk": after "but" a long subject may come before its verb)
        # (the subject's verb comes before any clause set off after it: "but usually together with a
        # mood stabiliser, as on their own they can trigger mania" has none, only the "as" clause's)
        contrast = m.group(1) in ("but", "yet") and _semicolon_clause(right_words, lex) and _has_own_verb(
            re.split(r",\s+(?:as|because|since|when|if|although|though|while|unless)\b", right)[0], lex)
        # ("..., and children's toys indoors; and cover ...": the clause ends at the semicolon;
        # "..., and other features of your water, such as its pH and whether it contains iron":
        # a verb among the examples is no verb of the words they are examples of)
        # ("..., and an injection called a nerve block, which is used to numb the teeth": nor a verb
        # of a clause set off after a thing; the thing is the list's last item)
        first_clause = WORDS.findall(re.sub(r",\s+(?:such\s+as|including|for\s+example|which|who)\b[^,;]*", "",
                                            right.split(";")[0]))
        # ("HPV can stay in the body, without symptoms, for many years, so a positive result does not mean ...":
        # "so" joins no list's items; a short phrase before it ends the clause whose result follows; "Your
        # child, if possible, so the harness can be adjusted" has no clause before it, only a list's item)
        # ("You can eat as normal, but please bring someone who can take you home": an order set against what
        # the reader may do)
        # ("These cells do not grow back, so hearing loss caused by noise is permanent": after "so" the result is a
        # clause of its own, whose subject may be too long for the clause check to reach its verb; not after what
        # is reported, "Research shows that ..., so ...", whose result may be the report's, nor in a list item with
        # a small letter, which goes on its lead-in; so too a subject found by its "-ing" word and object: "skin that
        # burns easily, so protecting your skin from the sun is important")
        gerund_item = text[:1].islower() and _gerund_with_object([w.lower() for w in first_clause])
        if (_left_ok(left, lex) or _condition_first(left, lex) and _carries_condition(m.group(1), right, right_words)) \
                and (_is_clause(first_clause, lex) and not gerund_item or
                                                  _fronted_clause(right, lex)
                                    or result_order
                                    or m.group(1) == "so" and _opens_main_clause(right, lex) and text[:1].isupper()
                                    and not SAID_THAT.search(left)
                                    or contrast or m.group(1) in ("but", "yet") and right_words[0].lower() == "please"
                                    and is_order(right_words, lex)) \
                and len(right_words) >= 4 and not ((m.group(1) != "so" or not _has_own_verb(left, lex)) and
                                                   _in_series(left, lex, right)) \
                and not _names_list(left) \
                and not SHARED_VERB.match(right) and not _list_of_things(left, lex) \
                and not _last_item_then_verb(right, lex) \
                and not _subjectless(right_words, lex, left) and not _hangs_on(right, right_words, end, lex) \
                and not _list_after_semicolon(left, lex) and not _reason_series(left, m.group(1), lex) \
                and not _governed_verbs(left, right_words, lex) and not _then_a_phrase(right_words, lex):
            lead = _so(right) if m.group(1) == "so" else CLAUSE_CONJUNCTIONS[m.group(1)]
            splice = _splice_left(left, lex)
            spliced = bool(splice) and _left_ok(splice[0], lex)
            # (a phrase put first goes on to the last clause only after one clause: after a series, "During pregnancy,
            # the body produces more heat, the heart pumps more blood, and the body holds more fluid", the clauses
            # between would go without it)
            right = _with_scope(left, right) if m.group(1) == "and" and not spliced else right
            right = f"{lead} {right}" if lead else right
            if spliced:
                return [piece for p in splice for piece in split_clauses(_sentence(p), lex)] + \
                    split_clauses(_sentence(right, end), lex)
            if m.group(1) == "and":
                left = _verb_pair(left, lex)
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
    # "Have a short sleep in the morning, then go to bed at your normal time": two steps in turn, each a
    # sentence, the second opening on "Then" (never after a condition put first, whose scope the second
    # step would leave: "If you miss a dose, take it, then carry on" stays whole)
    m = re.search(r",\s+then\s+(?=[a-z])", text)
    if m:
        left, right = text[:m.start()], text[m.end():]
        left_words, right_words = WORDS.findall(left), WORDS.findall(right)
        fronted = _fronted_clause(left, lex, order=True) or _fronted_clause(left, lex)
        step = is_order(_without_leading_adverbs(left_words), lex) or _is_clause(left_words, lex) or fronted
        if step and (_left_ok(left, lex) or fronted) and \
                len(left_words) >= 5 and len(right_words) >= 4 and \
                (_next_step(right_words, lex) or _is_clause(right_words, lex) and right_words[0].lower() in (
                    lex.subjects | PRONOUNS | DETERMINERS | {"it", "this", "these", "there"})) and \
                not re.search(r"\beither\b", left, re.IGNORECASE) and \
                not re.match(r"(?:if|unless|when|whenever|once|until|while|although|because)\b", left, re.IGNORECASE):
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(f"Then {right}", end), lex)
    # "Your manager can refer you, or you can self-refer": two ways, each a sentence, the second
    # opening on "Or"
    alternative = _or_alternative(text, lex)
    if alternative:
        left, right = alternative
        return split_clauses(_sentence(left), lex) + split_clauses(_sentence(f"Or {right}", end), lex)
    # "A, however, B" (a comma splice): "A. However, B." (the opener is made plain later)
    m = re.search(r',(["”]?)\s+however,\s+', text)
    # ("let the school know, however, so that other parents ...": a purpose is no sentence)
    # ("It is important to know, however, that tonsil stones are not ...": what is known, no clause)
    # ("Everyone's bowel habit is different, however, so it is important ...": a result after the aside
    # takes no "However"; "But so it is important" is no English)
    if m and not re.match(r"(?:so\s+that|because|if|when|unless|until|while|although|since|as|that|whether|so|and|but|"
                          r"yet)\b", text[m.end():], re.IGNORECASE):
        left, right = text[:m.start()] + m.group(1), text[m.end():]
        # ("Doctors may, however, choose to prescribe ...": after a modal the verb comes after
        # the aside)
        last = (WORDS.findall(left) or [""])[-1].lower()
        if _left_ok(left, lex) and _stands_alone(left, lex) and _is_clause(WORDS.findall(right), lex) and \
                last not in MODALS and last not in AUXILIARIES and last != "to":
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence("However, " + right, end), lex)
    # "A, while B" (a contrast): two sentences, the second kept as written
    m = re.search(r",\s+(?:while|whereas)\s+", text)
    # ("use them ... after washing, while the skin is still slightly damp": after an order, or
    # with "still" or an "-ing" verb, "while" tells when)
    # ("You'll need regular checks while you take these medicines": the same subject again,
    # a time)
    # ("Do not drive, or operate machinery, while the stimulator is switched on": a denied
    # order too)
    during = m is not None and "while" in m.group(0) and (
        is_order(_without_leading_adverbs(WORDS.findall(text[:m.start()])), lex) or
        _denial(WORDS.findall(text[:m.start()])) > 0 or
        re.search(r"\bstill\b|(?:\b(?:is|are|am|was|were)\s+|\w['’](?:re|m|s)\s+)\w+ing\b", text[m.end():]) or
        _subject_word(text[:m.start()]) in PRONOUNS and
        _subject_word(text[:m.start()]) == _subject_word(text[m.end():]) or
        # ("..., and do not keep it somewhere hot, such as a car, while you wait to post it": the
        # reader's own doing after advice to the reader is a time, no contrast)
        _subject_word(text[m.end():]) == "you" and
        re.search(r"\b(?:you|your|please)\b", text[:m.start()], re.IGNORECASE) is not None or
        _while_tells_time(text[:m.start()], text[m.end():], lex))
    if m and not during:
        left, right = text[:m.start()], text[m.end():]
        # ("evidence showed that pregnancy was higher with IVM, while the rate of OHSS was zero": the contrast is
        # part of what is reported; alone it would be told as fact; "Some people find that ..., while others notice
        # ...", "People with mild symptoms may find that ..., while people with more frequent symptoms may need ..." set
        # other people against the ones who find it)
        set_against = re.match(r"(?:others|other\s+people)\b", right, re.IGNORECASE) or \
            (WORDS.findall(right) or [""])[0].lower() == (WORDS.findall(left) or [""])[0].lower()
        # (the clause read as the sentence it would become, capital and stop: a subject listed before "and" is
        # found up to its verb that way)
        if _left_ok(left, lex) and (_is_clause(WORDS.findall(right), lex) or
                                    _long_subject_clause(_sentence(right), lex)) and \
                len(WORDS.findall(right)) >= 4 and (not SAID_THAT.search(left) or set_against):
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
    # "A because B" with both long: "A. This is because B." (tense from A)
    since_named = _since_reason(text, lex)
    m = re.search(r",?\s+because\s+(?!of\b)", text) or \
        re.search(r",\s+since\s+(?=(?:it|they|this|these|you|he|she|we|there)\b|(?:[a-z]+\s+){1,3}"
                  r"(?:can|could|may|might|will|would|must|should)\b)", text) or since_named or \
        re.search(r",\s+as\s+(?=(?:this|that|these|it|they|some\s+of\s+(?:these|them|those))\s+"
                  r"(?:can|could|may|might|will|would|cannot|can['’]t|must|should|won['’]t|(?:does|do)(?:\s+not|n['’]t))\b|(?:this|these|it|they)\s+(?:usually\s+|often\s+|also\s+)?"
                  rf"(?!(?:{AS_TIME_VERBS})\b)[a-z]+(?:s|es|\s+(?:not|no|very|more|less|too|a|an|the|easy|hard|"
                  r"confidential|important|likely|unlikely|used))\b|you\s+(?:may|might|will|could)\s+(?:also\s+)?"
                  r"(?!(?:know|see|remember|recall|expect|imagine|have\s+(?:heard|seen|read|noticed|been\s+told))\b)"
                  r"[a-z]+)", text) or _as_noun_reason(text)
    # (", as this adds moisture to the air", ", as they are very small": a present verb of "this" or "they" gives
    # the reason too; "as it heals", "as they grow", "as it gets older" tell when, and stay)
    # (", as this can start the bleeding again", ", as some of these can make the pills less effective", ", as
    # you may need protective treatment": "as" then a hedged result is a reason ("as you may know" a source);
    # "as you get older" is a time and "as this study shows" a source, neither split)
    if m:
        left, right = text[:m.start()], text[m.end():]
        left_words, right_words = WORDS.findall(left), WORDS.findall(right)
        before = left_words[-1].lower() if left_words else ""
        # "did not X because Y" may deny the reason, not X; after a comma the reason is
        # given for the whole ("Do not stop suddenly, because it may cause ...")
        # (so does a ban: "It is illegal for an employer to fire a worker because she asked for an
        # accommodation" bans firing for that reason, not all firing)
        # (and so does a belief: see BELIEFS)
        # (a comma inside a closing quote is a comma too: 'claim to be "FDA-approved," because')
        negated = not m.group(0).startswith(",") and not re.search(r",[\"”’']$", left) and any(
            w.lower() in lex.negations or w.lower().endswith(("n't", "n’t")) or
            w.lower() in BANS or w.lower() in BELIEFS for w in left_words)
        negated = negated or bool(right_words) and right_words[0].lower() in PRONOUNS and \
            _denies_unfair_act(left_words, lex)
        # after "since" a later ", and also to ..." may belong to the main clause: no comma
        since_ok = "since" not in m.group(0) or not re.search(r",\s", right)
        # "more than half of these deaths happen because a caregiver forgot": a clause that
        # ends on its verb says its point in the reason ("... deaths happen." says nothing)
        # ("would be hard to do because ..." ends on an infinitive and "tricyclics sometimes
        # are used because ..." on a passive; each says enough)
        # ("must be counted as well, even though they may seem small, because they melt":
        # the reason is the first clause's, and "This is because" would follow the concession)
        conceded = re.search(r",\s+(?:even\s+though|although|though)\s[^,]*$", left)
        # ("at low doses it is used because it changes ...": "it is used." says nothing)
        ends_on_verb = not m.group(0).startswith(",") and (before == "used" or before in lex.verbs and
                                                           not (len(left_words) > 1 and
                                                                left_words[-2].lower() in AUXILIARIES | {"to"}))
        but_after = _reason_runs_on(left, right, lex)
        # "a weakened immune system, for example because they are having chemotherapy":
        # the reason is the example, not "..., for example. This is because ..."
        example = re.search(r"\b(?:for example|for instance|e\.g\.?|especially|particularly|possibly|perhaps|"
                            r"maybe|likely)\s*,?$", left, re.IGNORECASE)
        # "...; however, because it takes weeks ..., the Department expects ...": a reason
        # put first in its clause goes with the clause after it
        # (", and because the body cannot replace them, the hearing loss ... is permanent" too)
        fronted = re.search(r"(?:(?:^|[;:]\s*)(?:however|therefore|then)|(?:^|[;:,]\s*)(?:but|and|so|yet|or))\s*,?\s*$",
                            left,
                            re.IGNORECASE) is not None or left.rstrip().endswith((";", ":"))
        # "Tell your doctor if you take any of the following, because they may ...:" leads a
        # list, and the list is what the first clause asks about
        # "your doctor will usually stop ..., because continuing them may ..., and will review
        # ...": the first clause's modal again after ", and" is that clause's second verb, which
        # a reason's sentence would take along as its own
        modal_again = re.search(r",\s+and\s+(\w+)\s", right)
        modal_again = bool(modal_again and modal_again.group(1).lower() in MODALS and
                           modal_again.group(1).lower() in {w.lower() for w in left_words})
        # ("for people who have been started on edoxaban because they have AF": with no comma the
        # reason is the "who" clause's; "This is because" would give it to the leaflet)
        # (not once the main clause goes on after it: "babies born to mothers who have MG may have
        # muscle weakness because ...")
        # (so a "which" clause's: "the scalp, which are chosen because they heal well")
        # (so a "that" clause's: "a long-term lung condition ... that makes it harder to breathe because the
        # airways have become narrowed")
        relative = re.search(r"\b(?:who|whom|which|that)\s([^,;]*)$", left)
        # ("It is important that you follow ...", "advise that patients stay ...": a "that" after a verb
        # or a word of judgement opens what is said, no clause about a noun)
        if relative and relative.group(0).lower().startswith("that"):
            said_by = _word_before(left, relative.start())
            if said_by in lex.verbs or said_by in lex.past_forms or said_by.endswith(("ly", "ed")) or said_by in (
                    "important", "essential", "vital", "sure", "likely", "possible", "clear", "so", "such", "now",
                    "unlikely", "true", "certain", "aware", "advisable", "recommended", "best"):
                relative = None
        in_relative = not m.group(0).startswith(",") and relative and not any(
            w.lower() in MODALS | NEGATED_MODALS | {"is", "are", "was", "were", "do", "does", "did"}
            for w in WORDS.findall(relative.group(1))[1:])
        # ("or if they are at higher risk of anaemia because they are expecting twins": with no
        # comma the reason is the condition's; "This is because they are expecting twins" would say
        # they are)
        # (so in a list item, which may go on an "if you:" lead-in: "or are drooling because you cannot
        # swallow your saliva")
        in_condition = not m.group(0).startswith(",") and (re.search(r"\b(?:if|unless|whether)\s[^,;]*$", left) or
                                                         text[:1].islower())
        # ("you do not remember having had chickenpox, because most adults have had it": a list
        # item that goes on its lead-in, "get the vaccine even if:", gives the lead's reason; as a
        # sentence of its own it would explain the item, why you do not remember)
        # ("International students may not have had the MMR vaccine, because it is not part of the
        # schedule in every country, and are also welcome to ask": the reason is set off inside
        # the sentence; the verb after its ", and" is the subject's, before the reason)
        # (a verb of the reason's own subject goes on the reason: "because it may come on suddenly, may
        # be more severe, and is usually not relieved by rest")
        verb_after = re.search(r",\s+and\s+(are|is|have|has|were|was)\s", right)
        reason_subject = right_words[0].lower() if right_words else ""
        # ("Nocturia means waking up during the night because you need to pass urine": with no
        # comma the reason is part of what the word means; "This is because" would tell why)
        defining = not m.group(0).startswith(",") and TERM_DEFINED.match(left)
        # ("higher readings at the office because they feel anxious, ..., while others have normal
        # readings": a contrast with other people goes on the first clause, never on the reason)
        contrast_after = re.search(r",[\"”’]?\s+(?:while|whilst|whereas)\s+(?:others|other|some|many|most|the)\b", right)
        subject_goes_on = contrast_after is not None or verb_after is not None and (
            reason_subject in ("it", "this", "that", "he", "she") and verb_after.group(1) in ("are", "have", "were") or
            reason_subject in ("they", "we", "you", "these", "those") and verb_after.group(1) in ("is", "has", "was"))
        # ("Something to eat and drink, and something to read, as you may be with us for 3 to 4 hours": after
        # "as" the reason is a thing's to bring, named on a list; only a clause or an order has one of its own)
        # ("Something to eat and drink, and something to read, as you may be with us for hours", "Weighted
        # sleep sacks, ..., as they are not advised": things named on a list have no reason of their own)
        # (a thing named with its reason, "as narrowings can come back", is told after a clause already; the
        # check would only take reasons from clauses whose plain verb it does not know: "Some people need ...")
        thing_named = re.match(r",\s+as\s+(?:you\b|(?:this|these|it|they)\s+(?!(?:can|could|may|might|will|would)\b))",
                               m.group(0) + right) is not None and not _has_an_act(left, lex)
        # "..., because this can contaminate the medicine": "This can contaminate ..."
        # (not "This is because this can ...")
        # ("because this medicine can affect ...": "this" with its noun is no pronoun, and
        # the reason keeps its "because")
        # ("because this damages the coating": an "-s" word with its object is a verb too)
        # ("because this usually gives ...": an adverb may come before the verb)
        k = 1
        while k < min(3, len(right_words) - 1) and right_words[k].lower() in ADVERBS_BEFORE_VERB:
            k += 1
        after_this = right_words[:1] + right_words[k:]
        second = after_this[1].lower() if len(after_this) > 1 else ""
        pronoun_this = right_words[0].lower() in ("this", "that") and len(after_this) > 1 and (
            second in MODALS or second in lex.verbs or second in AUXILIARIES or
            second.endswith("s") and not second.endswith(("ss", "us", "is")) and len(after_this) > 2 and
            (after_this[2].lower() in DETERMINERS | {"it", "them", "you", "us", "some", "any", "more", "less"} or
             # ("because this releases spores into the air": or a plural noun, its object)
             after_this[2].lower().endswith("s") and after_this[2].lower() not in lex.verbs | AUXILIARIES or
             # ("as this delays getting out": or an "-ing" word, the act it tells of)
             after_this[2].lower().endswith("ing")))
        # (a short first clause keeps its reason in a short sentence, "Never use ice packs, because cold can
        # make it worse"; in a long one it stands alone: "Keep the certificate with your passport. This is
        # because you may be refused entry, or vaccinated at the border, if you cannot show it.")
        # ("You have been given this leaflet because ...": with no comma a short clause keeps its reason)
        # ("Never cut a patch, as this can release too much medicine at once": a reason told by "this" and
        # its verb needs no "This is because" and stands as a short sentence after a short clause; not in a
        # list item with a small letter, "Do not: - wash the sting with fresh water, since this can ...", whose
        # lead-in the first sentence alone would go on)
        if (len(left_words) >= 7 or len(left_words) >= 4 and m.group(0).startswith(",") and
                len(left_words) + len(right_words) >= (12 if pronoun_this and text[:1].isupper() else 20)) and \
                len(right_words) >= 4 and before not in LIMITING and not modal_again and ":" not in right and \
                not subject_goes_on and not defining and not thing_named and \
                not in_relative and not in_condition and not example and not fronted and not but_after and end != ":" and not negated and since_ok and \
                not ends_on_verb and not conceded and not _goes_on_its_lead(text, left_words, lex) and \
                (_left_ok(left, lex) or _condition_first(left, lex)) and \
                (m is since_named or "because" in m.group(0) or
                 _is_clause(WORDS.findall(re.sub(r"\s*\([^()]*\)", "", right)), lex)):  # (a bracket is no
            # part of the clause: "most infected newborns (about 60 to 90 percent) have no symptoms")
            # ("because" opens a clause whatever its subject, so the subject checks above are for "since" and
            # "as", which may open a time or a comparison: "because stopping too soon may ...", "because if the
            # bottle is lifted, ...", "because their risk of developing an aneurysm ... is very low" are reasons)
            # "Note the time symptoms appeared, because treatments work best ...": an order
            # or a reason told in the present gives "This is because"
            present = any(w.lower() in MODALS or w.lower() in PRESENT_VERBS for w in left_words) \
                or is_order(left_words, lex) \
                or any(_present_verb(w.lower(), lex) for w in right_words)
            verb = "was" if _past(left_words) and not present else "is"
            lead = "" if pronoun_this else f"This {verb} because "
            # "talk with your team ..., because the medicine will need to be stopped, and tell
            # them straight away if ...": after an order the next order ends the reason (the
            # reason's sentence would take it along as a verb of "the medicine")
            # (not after a series of the reason's verbs: "because they may dissolve, swell, and
            # cause choking")
            then = re.search(r",\s+and\s+(?=[a-z])", right)
            next_order = WORDS.findall(right[then.end():]) if then else []
            # ("Prick the side of your fingertip, as this is less painful, and use a different finger": an order
            # whose verb the lexicon need not know, before its object)
            if then and (is_order(_without_leading_adverbs(left_words), lex) or _denial(left_words) or
                         _bare_order(_without_leading_adverbs(left_words), lex, OWNED_OBJECT) or
                         is_order(WORDS.findall(re.split(r",\s+", left)[-1]), lex)) and \
                    (is_order(next_order, lex) or _denial(next_order)) and \
                    len(WORDS.findall(right[:then.start()])) >= 4 and "," not in right[:then.start()]:
                return split_clauses(_sentence(left), lex) + split_clauses(
                    _sentence(f"{lead}{right[:then.start()]}"), lex) + split_clauses(
                    _sentence(right[then.end():], end), lex)
            return split_clauses(_sentence(left), lex) + split_clauses(
                _sentence(f"{lead}{right}", end), lex)
    # "... during the first trimester, when the organs form." -> "... This is when the organs form."
    m = re.search(r",\s+when\s+(?=[a-z])", text)
    if m and not re.search(r"[,;:]", text[m.end():].rstrip(".!? ")):
        left, right = text[:m.start()], text[m.end():]
        left_words = WORDS.findall(left)
        # (a name is no time: "on New Year's Eve, Diwali and Chinese New Year, when it is 1am"; nor
        # is an example's "when": "questions, such as the date of your last period, when you had
        # unprotected sex and which medicines you take")
        if left_words and left_words[-1].lower().rstrip("s") in TIME_NOUNS and left_words[-1][:1].islower() and \
                len(left_words) >= 6 and not re.search(r"\b(?:such\s+as|including|for\s+example)\s[^.;:]*$", left) and \
                not re.search(r"\b(?:every|each|per)\s+(?:\d[\d,.]*\s+(?:to|or)\s+)?(?:\d[\d,.]*\s+|other\s+)?[a-z]+$", left) and \
                _left_ok(left, lex) and _is_clause(WORDS.findall(right), lex):
            # ("walk along the aisle every 1 to 2 hours, when it is safe to do so": after how often, "when"
            # is the order's condition; "This is when it is safe" would say it always is)
            # ("..., especially during the third trimester, when the body has more weight": a
            # time told in the present is "is", whatever past the clause before compares with)
            now = any(w.lower() in ("is", "are", "am", "has", "does") or w.lower() in MODALS
                      for w in WORDS.findall(right))
            verb = "was" if _told_in_past(left_words) and not now else "is"
            return split_clauses(_sentence(left), lex) + [_sentence(f"This {verb} when {right}", end)]
    # "A, although B." -> "A. But B." (the contrast kept by "But")
    m = re.search(r",\s+(?:although|though|even though)\s+", text)
    # ("your catheter stops draining for more than 1 hour, even though you have been drinking":
    # a list item going on from its lead "... if:" is one condition, no claim "But you have ...")
    if m and text[:1].islower():
        m = None
    # ("Typical restrictions are as follows, although your own dates may differ:": the colon
    # leads the list from the first clause, which "But ...:" would cut off)
    if m and end == ":":
        m = None
    # ("Insomnia means regularly having trouble getting to sleep ..., even though you have the chance to
    # sleep": a concession inside what a word means is part of the meaning, no "But you have ...")
    term = TERM_DEFINED.match(text)
    if m and term and term.group(1).lower() not in DETERMINERS | PRONOUNS | {"it", "this", "that", "these", "those"}:
        m = None  # ("This means ..., although ..." tells what a fact means: its concession is a sentence)
    if m:
        left, right = text[:m.start()], text[m.end():]
        # after the concession the first clause may go on, with a reason ("must be counted as
        # well, even though they may seem small, because they melt ...") or a verb of its own
        # ("Symptoms appear ..., although the incubation period can range ..., and usually
        # begin with fever"): no split then
        following = re.search(r",\s+and\s+(?:[a-z]+ly\s+|then\s+|also\s+)?([a-z]+)\b", right)
        # ("Insomnia means having difficulty ..., even though you have the opportunity to sleep, and
        # feeling that this affects ...": an "-ing" word after "and" goes on an "-ing" word before)
        goes_on = following is not None and (following.group(1) in lex.verbs or
                                             following.group(1).endswith("ing") and
                                             bool(re.search(r"\b[a-z]{3,}ing\b", left)))
        # a verbless aside ("which, although unpleasant, usually improve"): the clause goes on
        # after it, so "But unpleasant, ..." would be no sentence ("although some, especially
        # babies, may need ..." has its subject before the comma and still splits)
        aside = WORDS.findall(right.split(",", 1)[0]) if "," in right else []
        goes_on = goes_on or (0 < len(aside) <= 3 and not _is_clause(aside, lex) and aside[0].lower() not in (
            DETERMINERS | QUANTITY_SUBJECTS | PRONOUNS | {"it", "this", "these", "those", "there", "that"}))
        # ("You should not get Tdap, although you may still get Td, if you had a coma ...": a
        # condition set off after the aside is the main clause's; unless the aside has one of
        # its own that the later ones go on: "may leave it in longer if the stone was large, if
        # the ureter was narrowed, or if ...")
        later_condition = re.search(r",\s+(?:if|unless|until)\s", right)
        goes_on = goes_on or bool(later_condition and not re.search(r"\b(?:if|unless|until)\s",
                                                                    right[:later_condition.start()]))
        # ("If your child is already seen by an eye clinic, they will not need to be referred again, although
        # they can still take part": after a condition and its clause, where the concession's words point back
        # at the case the condition picked out; "If the father is not a carrier, your baby cannot have it,
        # although there is a 1 in 2 chance that the baby will be a carrier" gives a chance that holds only in
        # that case, and "But there is a 1 in 2 chance ..." alone would not say so)
        # ("But you may drink water": the reader the condition told of, as the concession's subject)
        conceded = WORDS.findall(right)
        # ("But it is not usually painful in adulthood, although some adults find ...": a second
        # "But" straight after the first would read as taking back what the first allowed)
        if (_left_ok(left, lex) and (_stands_alone(left, lex) or _long_subject_clause(left, lex)) or
                _condition_first(left, lex) and _points_back(conceded)) and len(conceded) >= 3 and \
                not re.match(r"but\b", left, re.IGNORECASE) and \
                (_is_clause(conceded, lex) or _fronted_clause(right, lex)) and not goes_on and \
                not re.search(r",\s+(?:because|since|as|so\s+that)\s", right):
            # ("Keep taking the tablets for the full course, even though you may feel better after
            # two days": an order or a duty that holds in spite of the concession; "... But you may
            # feel better" told after it would read as leave to stop; an "although" after an order
            # tells its limit, "Do not dissolve the granules in a drink, although your child may have
            # a drink afterwards", and keeps its place. The concession goes first, as
            # with a leading "Although", and the duty keeps the last word; where the concession's
            # words point back at the first clause ("even though they taste bad", "some people only
            # need it once") it cannot go first, and the sentence stays whole)
            left_words = WORDS.findall(left)
            # ("if your baby ever seems unwell, you should seek advice as usual, even though the screening
            # result was normal": the concession is the conditional advice's; "But the result was normal."
            # told after it would turn the advice round)
            if m.group(0).rstrip().endswith("even though") and \
                    re.search(r"\b(?:if|when|unless)\s[^,;]*,\s*(?:you|we|they|he|she)\s+(?:should|must|need|will)\b", left):
                return [_sentence(text, end)]
            # (the duty in the first clause, never in a "which" told after it: "You can refer yourself,
            # which means you do not need to see your GP first, even though your GP can also refer you")
            if m.group(0).rstrip().endswith("even though") and (
                    is_order(left_words, lex) or DUTY.search(left.split(",")[0])):
                first = left_words[0]
                if {w.lower() for w in WORDS.findall(right)} & BACK_POINTERS or not (
                        first.lower() in lex.verbs or first.lower() in PRONOUNS | DETERMINERS | MODALS or
                        first.lower() in ("do", "don't", "never", "always", "please", "it", "there")):
                    return [_sentence(text, end)]
                return split_clauses(_sentence(right, end), lex) + split_clauses(
                    _sentence("But " + first.lower() + left[len(first):], end), lex)
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence("But " + right, end), lex)
    # "..., adults aged 60 and older, who lowered their risk." -> "... They lowered their risk."
    # (a clause about people named just before it, to the end of the sentence)
    m = re.search(r",\s+who\s+(?=[a-z])", text)
    # ("people who are underweight, who drink heavily or who have not been eating properly may
    # be at greater risk": a series of "who" clauses, their subject's verb after them)
    if m and re.search(r"\b(?:who|that)\b[^,;:]*$", text[:m.start()]) and \
            re.search(r"\b(?:or|and)\s+who\b", text[m.end():]):
        m = None
    # ("for patients, and parents of younger patients, who have been offered cross-linking": the "who"
    # picks out both the people named and those added between commas; "They have been offered" would
    # tell it of every patient)
    # (only where both are things with nothing picked out yet: "for anyone who is pregnant ..., and for their
    # families, who are often the first to notice" tells of the families; "and may be more likely in people
    # with achalasia, who are usually given" is a clause of its own)
    added = re.search(r"(?:^|[,;:(])([^,;:()]*),\s+(?:and|or)\s+([^,;:()]+)$", text[:m.start()]) if m else None
    if added and not re.search(r"\b(?:who|which|that|whose)\b", added.group(1), re.IGNORECASE) and not any(
            w.lower() in lex.verbs | MODALS | AUXILIARIES | BE for w in WORDS.findall(added.group(2))):
        m = None
    # ("who will send a report to your doctor, usually within 2 weeks": a tail of when or where is the
    # clause's own)
    if m and not re.search(r"[,;:]", WHICH_TAIL.sub("", text[m.end():].rstrip(".!? "))):
        left, right = text[:m.start()], text[m.end():]
        left_words, right_words = WORDS.findall(left), WORDS.findall(right)
        verb = right_words[0].lower() if right_words else ""
        if _left_ok(left, lex) and len(right_words) >= 3 and \
                (_stands_alone(left, lex) or any(w.lower() in lex.verbs for w in left_words[1:])) and \
                any(w.lower() in PEOPLE for w in left_words[-6:]) and \
                (verb in lex.verbs or verb in MODALS or verb.endswith("ed")) and \
                not (verb.endswith("s") and verb not in ("was", "has", "does", "is")):
            return split_clauses(_sentence(left), lex) + [_sentence(f"They {right}", end)]
        # "... until you have talked with your pharmacist, who may ask you to return it." ->
        # "... Your pharmacist may ask you to return it."; "referred to a colorectal surgeon, who
        # may discuss ..." -> "The colorectal surgeon may discuss ..." (the person named again,
        # so the verb keeps the number it had; "a" becomes "the", the one just named)
        named = _person_named_last(left, lex)
        # ("An occupational therapist, who can suggest changes": a list item that names the person is
        # no sentence before the "who")
        if named and (_left_ok(left, lex) or _condition_first(left, lex)) and len(right_words) >= 3 and \
                (_stands_alone(left, lex) or is_order(left_words, lex) or
                 re.match(r"(?:talk|speak|go|write|ring|report|turn|listen|reach\s+out|explain\s+this|"
                          r"mention\s+this|show\s+it|show\s+them)\s+to\s", left, re.IGNORECASE) or
                 any(w.lower() in lex.verbs for w in left_words[1:])) and (
                verb in MODALS or verb in AUXILIARIES or verb in lex.verbs or verb.endswith("ed") or
                verb.endswith("s") and verb[:-1] in lex.verbs):
            return split_clauses(_sentence(left), lex) + [_sentence(f"{named} {right}", end)]
    # ", which ..." to the end of the sentence
    m = re.search(r",\s+which\s+(?=[a-z])", text)
    # after the last item of an "and" series ("a flu shot, COVID-19 vaccines, and
    # pneumococcal vaccines, which protect against pneumonia") "which" may be that item's:
    # "These" would be them all (after "A, B, or C, which" it is any of them: "These")
    # ("...; medicines to control blood pressure; and cilostazol, which may help you ...")
    after_series = m is not None and re.search(r"[,;]\s+and\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$",
                                               text[:m.start()])
    # "levothyroxine, which you take by mouth": "which" is the object of a clause with its
    # own subject; "These you take ..." is no sentence
    # ("explains how to inject at home, which checks you will need and what to do": "which"
    # asks, its noun and a clause after it; no "This checks you will need")
    has_subject = m is not None and (_clause_has_own_subject(WORDS.findall(
        re.sub(r"\s*\([^()]*\)", "", text[m.end():])), lex) or bool(
        re.search(r"\b(?:how|what|why|whether)\s", text[:m.start()]) and
        re.search(r"\band\s+(?:what|how|why|when|where|whether)\s", text[m.end():])))
    # "reactions begin 2 to 6 hours after eating red meat or dairy products, which can make
    # the condition hard to recognize": after a time clause "which" is the whole event (the
    # delay), not the things just named: "This", never "These"
    after_when = m is not None and re.search(
        r"\b(?:after|before|during|until|since|while|when|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,15}[\w'’-]+$",
        text[:m.start()])
    # "which is a blood clot in a deep vein, usually in the leg", "which attack the outer
    # layer of the tooth, known as enamel": a tail that tells where or names the last thing
    # goes with the "which" clause, no comma that ends it
    which_clause = _describing_commas_dropped(WHICH_TAIL.sub("", text[m.end():].rstrip(".!? ")), lex) if m else ""
    # ("you agree whether our service is right for you and, if so, which type of support would suit
    # you best": after "if so" the "which" asks, no "These type of support would suit you")
    if m and re.search(r"\bif\s+so\s*$", text[:m.start()], re.IGNORECASE):
        m = None
    # ("medicines that belong to an adult, such as a parent or grandparent, which were left within
    # reach": "which" never tells of people, and the thing the examples are of may be far back;
    # "These were left" would be the grandparents)
    examples = m is not None and re.search(r",\s+(?:such\s+as|including|for\s+example|like)\s+([^,;()]+)$", text[:m.start()])
    if examples and all(w.lower() in PEOPLE | PERSON | FAMILY for w in WORDS.findall(examples.group(1))
                        if w.lower() not in DETERMINERS | {"and", "or", "other", "older", "young", "younger"}):
        m = None
    # ("you have diabetes, which is treated with tablets or insulin": a list item's condition picks out
    # the kind of illness by how it is treated; as a sentence of its own it would say all of it is)
    if m and text[:1].islower() and \
            re.match(r"(?:you|your\s+child|they|he|she)\s+(?:have|has|had)\s+[^,;()]*$", text[:m.start()]) and \
            re.match(r"(?:is|are)\s+(?:being\s+|currently\s+|now\s+)?(?:treated|controlled|managed)\b", text[m.end():]):
        m = None
    # ("has a condition, or is having a treatment, which weakens the immune system": a list item's
    # condition or treatment picked out by what it does; on its own it would say every one does)
    if m and text[:1].islower() and \
            re.search(r"\b(?:a|an|any)\s+(?:[a-z-]+\s+){0,2}(?:condition|treatment|medicine|medication|illness|disease)s?"
                      r"\s*$", text[:m.start()]) and \
            re.match(r"(?:also\s+|can\s+|may\s+|[a-z]+ly\s+)?[a-z]+s\b", text[m.end():]):
        m = None
    # ("recurrent if you have 3 or more infections within 12 months, which have been confirmed by a urine
    # test": what has been done to the things of a condition is the condition's; on its own it would say
    # it was done)
    if m and re.search(r"\b(?:if|unless)\s[^,;]*(?:,\s+or\s[^,;]*)?$", text[:m.start()], re.IGNORECASE) and \
            re.match(r"(?:have|has|had)\s+been\s+[a-z]+ed\b", text[m.end():]):
        m = None
    # ("We still need one document, dated within the last three months, which shows your current address":
    # the "which" picks out the document needed; on its own it would say any such document shows it)
    if m and re.search(r"\b(?:need|needs|require|requires)\s+(?:one|a|an|any)\s+[a-z]+\b[^.;:]*$", text[:m.start()]) and \
            re.match(r"(?:shows|show|proves|prove|confirms|confirm|has|includes|gives)\b", text[m.end():]):
        m = None
    # ("which may not improve with time and which you should feel able to discuss": a second
    # "which" that is an object has no verb to stand on in a sentence of its own)
    if m and re.search(r"\b(?:and|but)\s+which\s+(?:you|we|they|he|she|it|the|your|their|a|an)\b", text[m.end():]):
        m = None
    # ("if you have a condition, such as severe arthritis, which would make it unsafe": in a
    # condition the "which" picks out the kind of thing named with "a"; as a sentence of its
    # own the condition would be any condition)
    # (so a list item under an "if you:" lead-in: "have a condition, such as severe arthritis, which means
    # you are unable to walk safely")
    picks_out = m is not None and re.search(r"(?:\b(?:if|unless|when|whenever)\s+[^,;]*\b|^(?:have|has|are|is|take|"
                                            r"use|need|get)\s+)(?:a|an|any)\s+"
                                            r"(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+such\s+as\s+[^,;]+$",
                                            text[:m.start()], re.IGNORECASE)
    # ("check that there are no other factors, such as a large baby, which make it less advisable":
    # the "which" picks out the things there are none of; on its own it would say they do)
    # ("There is no cure, which can be hard to accept": of one thing, the whole fact is told of)
    # (the things are the last noun: "we found no RCTs of surgical treatments, which remain the most
    # widely used" tells of the treatments)
    none_of = m is not None and re.search(r"\b(?:no|without\s+any)\s+(?:(?!(?:of|for|in|on|with|to|from|by|about)\b)"
                                          r"[\w'’-]+\s+){0,3}([\w'’-]+)"
                                          r"(?:,\s+(?:such\s+as|including|for\s+example)\s[^,;]+)?$",
                                          text[:m.start()], re.IGNORECASE)
    # (nor where the verb shows no number: "without any pain or contractions, which can lead to a
    # late miscarriage", "no symptoms, which is why", "no reported travel links, which suggests")
    which_verb = WORDS.match(text, m.end()).group(0).lower() if m is not None and WORDS.match(text, m.end()) else ""
    picks_out = picks_out or bool(none_of) and _plural(none_of.group(1).lower()) and (
        which_verb in ("are", "were", "have", "do") or which_verb in lex.verbs and not which_verb.endswith("s") and
        which_verb not in MODALS and which_verb not in PAST and which_verb not in lex.past_forms)
    # ("Researchers think that HS begins when follicles become blocked, which may lead them to burst":
    # the "which" clause is part of what is thought; a sentence of its own would say it as known)
    # (not a comment on the whole finding: "Studies suggest that 2 doses are 66% to 89% effective,
    # which means some people may still get sick" is the writer's "This means")
    if m and REPORTED_THAT.search(text[:m.start()]) and not re.match(r"(?:means|meant|is\s+why|is\s+how)\b", text[m.end():]):
        m = None
    # (a bracket's commas are the bracket's: "the median nerve (the main nerve that gives feeling to the
    # thumb, index, middle and part of the ring finger)")
    # ("either urethral, which means ..., or suprapubic": the "or" an "either" waits for is the main clause's)
    waits_for_or = m is not None and re.search(r"\beither\b(?![^,;]*\bor\b)", text[:m.start()], re.IGNORECASE)
    # ("You may be offered a laxative, which you should take regularly." -> "... You should take it regularly."):
    # a "which" that is the object of its own clause's verb is told again as "it" or "them" after that verb
    if m and has_subject and not after_series and not picks_out and not examples and text[:1].isupper() and \
            not re.search(r"[,;:()]", text[m.end():]) and _left_ok(text[:m.start()], lex):
        told = _object_told(text[:m.start()], text[m.end():], lex)
        if told:
            return split_clauses(_sentence(text[:m.start()]), lex) + [_sentence(told, end)]
    if m and not after_series and not has_subject and not picks_out and (
            not re.search(r"[,;]", re.sub(r"\([^()]*\)", "", which_clause)) or not waits_for_or and (
                _reason_told_whole(text[m.end():], lex) or
                _commas_its_own(which_clause, lex) and _clause_told(text[:m.start()], lex))):
        left, right = text[:m.start()], text[m.end():]
        # ("If you live in Scotland, you may be able to get the Winter Heating Payment, which is run by Social
        # Security Scotland": after a condition and its clause, the "which" tells of what that clause named)
        if (_left_ok(left, lex) or _condition_first(left, lex)) and len(WORDS.findall(right)) >= 3:
            # "which are ..." / "which measure ..." points at a plural: "These"
            # the verb after an adverb: "which then flushes it" points at one thing
            # ("which most often affects": "most" before its adverb is no verb either)
            # ("which still apply: no food ...": the verb without the stop after it)
            verb = next((w.lower().rstrip(",.;:!?") for w, after in zip(right.split(), right.split()[1:] + [""])
                         if w.lower() not in ADVERBS_BEFORE_VERB and
                         not (w.lower().endswith("ly") and w.lower() not in lex.verbs) and  # ("apply")
                         not (w.lower() in ("most", "more", "less", "least", "very", "so", "too") and
                              (after.lower() in ADVERBS_BEFORE_VERB or after.lower().endswith("ly"))) and
                         # ("which partly or completely blocks": the "or" joins two adverbs, no verb)
                         not (w.lower() in ("or", "and") and after.lower().endswith("ly") and
                              after.lower() not in lex.verbs)), "")
            # ("which need treatment": "need" ends in "ed" and is no past)
            # ("which for most people means ...": a phrase first, then the verb)
            plural = verb in ("are", "were", "have", "do", "get") or (
                verb.isalpha() and verb not in AUXILIARIES and verb not in MODALS and
                verb not in PREPOSITIONS and
                not (verb.endswith("s") and not verb.endswith("ss")) and
                not (verb.endswith("ed") and not verb.endswith("eed")) and
                verb not in PAST and verb not in lex.past_forms)
            verb_plural = plural  # the verb's own form: "which feed" is the plural's whatever else
            # "which can ..." shows no number: the thing just before it does ("downed power
            # lines, which can electrocute you" -> "These can ...")
            # (the words in a bracket at the end explain the thing before them and show no
            # number: "atrial fibrillation (an irregular and often fast heartbeat), which can")
            unbracketed = re.sub(r"\s*\([^()]*\)\s*$", "", left)
            # ("calcium and vitamin D tablets twice a day, which should be taken ...": how often tells
            # no number in a thing named with no verb; the things before it do)
            how_often = HOW_OFTEN_END.search(unbracketed)
            if how_often and not any(w.lower() in lex.verbs or _finite(w) for w in WORDS.findall(unbracketed[:how_often.start()])):
                unbracketed = unbracketed[:how_often.start()]
            words_before = WORDS.findall(unbracketed)
            # a past verb shows no number either: "policies, which kept children home"
            # ("bacteria called Borrelia, which spread to people": "spread" is a past only in
            # a story told in the past; in the present it is the plural's verb)
            tenses = {w.lower() for w in words_before} & (PRESENT_VERBS | {"was", "were", "had", "did"})
            base_too = verb in lex.verbs and verb in lex.past_forms and not verb.endswith("ed") and \
                verb not in PAST and \
                bool(tenses) and tenses <= PRESENT_VERBS
            if base_too:
                plural = True
            elif (verb in MODALS or verb in PAST or verb in lex.past_forms) and words_before:
                # "hot showers and tight clothing, which can ...": two things joined; "pain,
                # warmth, redness, or swelling, which can ...": a series
                # ("slow your reaction time and affect your judgment, which can ...": two
                # actions joined are one event)
                # ("while you are sitting up and bending forward, which may make it easier": an
                # -ing word with its particle is an action too)
                # ("the MMR (measles, mumps and rubella) vaccine, which can ...": an "and" inside a
                # bracket joins the bracket's words, not the things named)
                last4 = [w.lower() for w in WORDS.findall(re.sub(r"\([^()]*\)", "", unbracketed))[-4:]]
                # ("clothing and gear with permethrin, which should not be applied to skin": a
                # preposition after the joined things starts the one thing named last)
                joined = [i for i, w in enumerate(last4[:-1]) if w == "and" and not set(last4[i + 1:]) & PREPOSITIONS]
                # ("a quick and painless process, which can be done by a dentist": describing words
                # joined before one thing)
                # (so "a new online booking and request system, which will ...": words joined before one
                # singular noun with "a")
                if not _plural(last4[-1]) and (
                        re.search(r"\b(?:a|an)\s+[a-z]+\s+and\s+[a-z]+(?:al|ic|ous|ive|ful|less|able|ible)\s+[a-z]+$",
                                  unbracketed, re.IGNORECASE) or
                        last4[-1] not in lex.verbs and
                        re.search(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+and\s+(?!(?:a|an|the|your)\s)(?:[a-z-]+\s+){1,2}"
                                  r"[a-z]+$", unbracketed, re.IGNORECASE)):
                    joined = []
                # (a thing explained in brackets is the one thing named last: "travel to your
                # lungs (pulmonary embolism), which can be life threatening" tells of it alone)
                # (the bracket's name tells the number: "a blood clot forming in the legs (deep
                # vein thrombosis)" is one thing)
                # ("ibuprofen (...) together with acetaminophen (...), which can be taken at the
                # same time": the two things)
                named_in = re.search(r"\(([^()]*)\)\s*$", left)
                inside = WORDS.findall(named_in.group(1)) if named_in else []
                number_word = words_before[-1]
                # (a name given in brackets tells the number by its last word: "(called drop attacks)",
                # "(sometimes known as "blue baby syndrome")")
                naming = named_in and NAME_GIVEN.match(named_in.group(1))
                if naming and inside:
                    number_word = inside[-1]
                # ("\"red flag\" signs (described below), which may point to ...": a bracket that points
                # elsewhere in the text names nothing; the things before it tell the number)
                elif inside and len(inside) <= 6 and not re.search(r"\d", named_in.group(1)) and \
                        not re.match(r"(?:see|described|shown|listed|given|set\s+out|below|above|overleaf)\b",
                                     named_in.group(1), re.IGNORECASE) and \
                        not EXAMPLE_LEAD.match(named_in.group(1)) and \
                        not re.search(r"\b(?:such as|including|for example|e\.g)", named_in.group(1)):
                    # ("osteoporosis (thinning of the bones), which can lead to fractures": the
                    # bracket's head word, before its "of", tells the number)
                    # ("(bright orange or yellow powders given for stomach upset)": nor after it, a
                    # participle that describes it)
                    cut = next((k for k, w in enumerate(inside) if k and (
                        w.lower() in PREPOSITIONS | RELATIVE or w.lower() in _irregular_participles() or
                        w.lower().endswith("ed") and k > 1)), len(inside))
                    number_word = "one" if inside[0].lower() in ("a", "an") else inside[cut - 1]
                # ("a small hole remains, which may need a further operation": a verb of going on that ends the
                # clause tells no number; "the Department for Work and Pensions, which can help": nor a name
                # in capitals with its "for" or "of")
                if number_word.lower() in GOING_ON_VERBS or number_word == "stays" and \
                        re.search(r"\b(?:a|an|this|each|every)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+stays$", left):
                    number_word = "one"
                # ("a thawing stage, in which movement slowly returns, which can take months": an "-s" verb
                # after its adverb tells no number)
                if len(words_before) >= 2 and words_before[-2].lower().endswith("ly") and \
                        words_before[-2].lower() not in LY_NOUNS and _s_form(number_word.lower(), lex):
                    number_word = "one"
                plural = _plural(number_word) or unbracketed == left and any(
                    last4[i + 1] not in lex.verbs and not (
                        last4[i + 1].endswith("ing") and last4[i + 2:i + 3] and
                        (last4[i + 2] in PARTICLES or last4[i + 2] in ("forward", "forwards", "backward")))
                    for i in joined) \
                    or _things_series_or(left, lex) or _two_medicines(left) \
                    or bool(re.search(r"\b(?:together|along)\s+with\s+[\w'’-]+(?:\s*\([^()]*\))?$", left))
                if re.search(r"\b[A-Z][\w'’-]*\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?)*[A-Z][\w'’-]*$", left):
                    plural = False
                # "inflammation of one or more of these pouches, which may ...": the things
                # are what one thing is of; which of the two "which" tells of is unclear, and
                # "This" may be either, "These" only the things
                # ("The most important of these are the antibiotics A and B, which should not
                # ...": a verb after "of" starts another clause; the things are its own)
                # ("Oophoritis: Swelling of the ovaries, which can cause ...": a head with a capital too)
                head = re.search(r"\b([A-Za-z][a-z]*)\s+of\s+((?:[\w'’-]+\s+){0,6}[\w'’-]+)$", left)
                # (not at the end of a series of things: "Sore mouth, nausea, loss of appetite and
                # tiredness"; a series of actions, "eat a balanced diet and drink plenty of fluids", is one)
                things = re.search(r",[^,]*,[^,]*\band\s+(\w+)[^,]*$", left)
                # ("made up of small pink or red spots": what a thing is made of, no thing of
                # which they are part)
                # ("at higher risk of developing these complications, which can ...": after an
                # action the things are its object, what the "which" tells of)
                if head and head.group(2).split()[0].lower().endswith("ing"):
                    head = None
                # ("instead of fizzy drinks and fruit juices, which can contain ...": "instead of"
                # is no thing the others are of)
                # ("at greater risk of these complications, which may require longer treatment": a risk
                # is of the things, which are what may need it)
                if head and head.group(1).lower() in ("instead", "because", "ahead", "front", "regardless", "risk",
                                                      "chance", "danger", "likelihood"):
                    head = None
                if head and head.group(1).lower() not in OF_QUANTITIES and not _plural(head.group(1).lower()) and \
                        not re.search(r"\b(?:made(?:\s+up)?|consists?|composed|comprised)\s+of\s+[^,]*$", left) and \
                        not (things and things.group(1).lower() not in lex.verbs) and \
                        not set(head.group(2).lower().split()) & BE:
                    plural = False
                # ("red, purple or bluish patches of skin, which may be swollen": what the things a short
                # "of" phrase is of may be or look is theirs, as many as the head word; what they may do
                # may be the event's: "mistaken for signs of dementia, which can delay diagnosis")
                elif head and _plural(head.group(1).lower()) and head.group(1).lower() not in OF_QUANTITIES and \
                        head.group(1).lower() not in lex.verbs and len(head.group(2).split()) <= 2 and \
                        re.match(r"(?:may|might|can|could|will|would)\s+(?:also\s+|often\s+|sometimes\s+)?"
                                 r"(?:be|become|look|feel|appear)\b", right) and \
                        not re.search(r"\b(?:made(?:\s+up)?|consists?|composed|comprised)\s+of\s+[^,]*$", left):
                    plural = True
                # "pain in your thigh, hip, or groin, which may be a sign ...": a series of
                # places tells where the one thing before it is
                if PLACE_SERIES.search(left):
                    plural = False
                # "many tiny blood vessels close to the surface, which can break and bleed easily":
                # where the things are tells no number; the things before it do
                placed = THINGS_PLACED.search(unbracketed)
                placed = placed or THINGS_GIVEN.search(unbracketed)
                if placed and _plural(placed.group(1).lower()) and placed.group(1).lower() not in lex.verbs:
                    plural = True
                # "Multivitamins and nutrition shakes, such as Ensure or Boost, which may ...":
                # examples joined by "or" or "and" are more than one
                # ("painkillers such as ibuprofen, naproxen or high-dose aspirin, which can ...")
                elif (examples_last := EXAMPLES_LAST.search(unbracketed)) and \
                        examples_last.group(1).lower() not in lex.verbs:
                    plural = True  # (a bracket after the examples explains them: "azarcón and greta
                    # (orange powders given for stomach upset), which may ..."; "an object, such as
                    # food or a coin, becomes stuck and blocks the airway": a verb there is the
                    # sentence's own, and the event is what the "which" tells of)
                # "corticosteroids, such as dexamethasone, which may relieve fatigue ... but are
                # not used long term": the verb joined later shows the number (with one example
                # "which" may tell of it or of the kind: "problems, such as rheumatic fever,
                # which can damage the heart")
                # ("which can improve your symptoms but do not usually remove ...": "do" too)
                later = JOINED_VERB.search(right)
                if later:
                    plural = later.group(1) in ("are", "were", "have", "do")
                # ("which can help to wash off ticks and gives you a good chance": an -s verb with its
                # object is one thing's)
                # ("which may develop after long-term use and fades slowly": or with its adverb)
                elif re.search(r"\band\s+[a-z]{3,}[^s\W]s\s+(?:you|your|the|a|an|it|them|us|him|her|their|"
                               r"[a-z]{2,}ly\b)\b", right):
                    plural = False
            # "..., or pain and swelling in one calf, which may be signs of a blood clot": a
            # plural after "be" shows the number
            # ("scar tissue to form inside and outside the fallopian tubes, which can block the
            # tubes": after a place word the place is where the thing is, not what acts; the
            # number is the word's before it, "nodules in the lungs, which may ...": "These")
            where = AFTER_A_PLACE.search(left)
            # ("the eggs hatch into tiny larvae, which can survive": what a thing turns into is no place)
            # ("break the stone into small fragments, which can then pass out": nor what a thing is broken into)
            if where and re.search(r"\b(?:hatch|hatches|hatched|turn|turns|turned|grow|grows|grew|develop|develops|"
                                   r"developed|change|changes|changed|form|forms|formed|divide|divides|divided|break|"
                                   r"breaks|broke|broken|split|splits|cut|cuts|made|make|makes|convert|converts|"
                                   r"converted)\s+(?:[a-z-]+\s+){0,3}into\s",
                                   left[max(0, where.start() - 40):where.end()]):
                where = None
            # ("Symptoms tend to come in attacks, which may happen ...": what things come or happen in
            # is how they come, no place; the attacks are what the "which" tells of)
            if where and re.search(r"\b(?:come|comes|came|occur|occurs|occurred|happen|happens|happened|appear|"
                                   r"appears|appeared)\s+in\s+[a-z]+$", left):
                where = None
            # ("done in two stages, which may take place ...": a number of things is no place)
            if where and re.match(r"\w+\s+(?:\d|two|three|four|five|several|many|few)\b", where.group(0)):
                where = None
            if where and (verb in MODALS or verb in PAST):
                held = [w for w in WORDS.findall(left[:where.start()]) if w.lower() not in ("and", "or", "both")]
                # ("Never pick at crusts or scabs, which should be softened": after an order's
                # verb the words are its object, no place; their own number stands)
                core = held[_denial(held):]
                # ("pain in the buttocks, which may switch sides": one thing before the place, no
                # order's verb, gives the number itself)
                # ("Emollients can soak into clothing, bedding and bandages, which can then catch fire": after
                # a modal's verb too the places are where the verb goes, the things that catch fire)
                # (only what a thing goes into: "a coating may form over the throat and tonsils, which can make
                # breathing difficult" tells where it forms, and the coating is what makes it so)
                goes = len(core) >= 2 and core[-1].lower() in lex.verbs and core[-2].lower() in MODALS | {"to"} and \
                    where.group(0).split()[0].lower() in ("into", "onto")
                # ("can cause stiffness and weaken the muscles in your hand, which may make the problem
                # worse": after two actions joined, the "which" is the event, whatever their objects)
                joined_action = re.search(r"\band\s+([a-z]+)\s+(?:the|your|their|his|her|its|a|an)\s+[^,;]*$",
                                          left[:where.start()])
                joined_action = bool(joined_action) and joined_action.group(1) in lex.verbs and \
                    _bare_verb(joined_action.group(1), lex) and joined_action.group(1) not in lex.subjects
                if joined_action:
                    plural = False
                elif not goes and (len(core) != 1 or core[0].lower() not in lex.verbs and len(held) == 1):
                    plural = bool(held) and _plural(held[-1]) and held[-1].lower() not in lex.verbs
            # ("a grant, which may be means-tested": a word's first part before a hyphen is no plural)
            signs = re.match(r"(?:may|might|can|could|will|would)\s+(?:also\s+)?be\s+(?:early\s+|warning\s+)?([a-z]+)\b(?!-)",
                             right)
            if signs and _plural(signs.group(1)) and signs.group(1) not in ("a", "as", "less", "serious"):
                plural = True
            # "irregular or absent periods, which may be a sign that ...", "change your results,
            # which may mean that ...": one sign, one meaning; the whole is what "which" tells of
            if signs and signs.group(1) in ("a", "an") or \
                    re.match(r"(?:may|might|can|could|will|would)\s+(?:also\s+)?mean\b", right):
                plural = False
            # "over about 60 hours, which must be given ...", "within a few months, which may
            # cause harm": an amount of time or things is not what "which" tells of
            # ("for a few hours or days, which can be managed": the units joined are one amount)
            amount = re.search(r"\b(?:\d[\d,.]*|few|several|many)\s+(?:[a-z]+\s+(?:or|to|and)\s+)?([a-z]+)$", left,
                               re.IGNORECASE)
            if amount and amount.group(1).lower() in lex.units:  # units.tsv has the times too
                plural = False
            # "lose fluids and salts quickly, which can lead to dehydration": after an adverb
            # that ends the clause, "which" is the whole event, not the things named
            event = bool(words_before) and words_before[-1].lower().endswith("ly") and \
                words_before[-1].lower() not in LY_NOUNS
            # ("can cause bones to become soft and weak, which may lead to rickets": a state the
            # things come to is the event)
            # ("have become resistant to certain antibiotics, which can make treatment harder": with
            # what the state is to or of)
            event = event or bool(re.search(r"\b(?:become|becomes|became|get|gets|got|feel|feels|felt|turn|turns|"
                                            r"turned|look|looks|seem|seems)\s+(?:[a-z]+\s+(?:and|or)\s+)?[a-z]+"
                                            r"(?:\s+(?:to|of|from|against)\s+(?:[a-z-]+\s+){0,3}[a-z-]+)?$",
                                            unbracketed))
            # ("diabetes can damage the nerves and blood vessels in the feet, which may lead to ulcers": what
            # leads to something after a clause that acts on things in a place is the clause's event)
            # ("... goes into the lungs, which can happen when someone has trouble swallowing": parts of
            # the body do not happen; what happens is the event told)
            event = event or bool(_which_does(right, "happen|occur") and
                                  (WORDS.findall(unbracketed) or [""])[-1].lower() in
                                  word_set("plaincast.plain", "body_parts.tsv"))
            event = event or bool(re.match(r"(?:lead|result)s?\s+(?:to|in)\b", HEDGES_FIRST.sub("", right)) and
                                  AFTER_A_PLACE.search(left) and
                                  _is_clause(WORDS.findall(left), lex))
            # ("can make conversations with friends and family frustrating, which may lead some people
            # to withdraw": a state things are made to be is the event too)
            event = event or bool(MADE_TO_BE.search(unbracketed))
            # ("they may not know the correct medical words, which could lead to mistakes": what a thing
            # not done leads to is the whole fact's; the words lead to nothing) (an order denied names
            # the thing that does harm: "do not eat raw eggs, which can cause ..." stays the eggs')
            event = event or bool(re.search(r"\b(?:may|might|can|could|will|would|does|do|did)\s+not\s+[a-z]+\s+"
                                            r"(?:the|any|enough|their|your|a|an)\b[^,;()]*$", unbracketed) and
                                  _which_does(right, "lead|result|cause|mean|make|put|increase|raise") and
                                  not is_order(words_before, lex))
            # ("people who attend these courses are often better able to manage their blood glucose levels,
            # which can reduce the risk of complications": what an ability does is the ability's)
            event = event or bool(re.search(r"\b(?:able|unable)\s+to\s+[a-z]+\b[^,;]*$", unbracketed) and
                                  _which_does(right, "reduce|lower|cut|prevent|help|improve|lead|mean"))
            # ("avoid shaking out bedding or clothes, which can spread the eggs": what an action to avoid
            # does is the action's, never the things it is done to)
            # (what the things do themselves stays theirs: "avoid relying on home lead test swabs, which
            # can give false results")
            event = event or bool(re.search(r"\b(?:avoid|avoiding|stop|stopping)\s+[a-z]+ing\b[^,;()]*$", unbracketed,
                                            re.IGNORECASE) and
                                  _which_does(right, "lead|cause|spread|result|make|increase|raise|damage|irritate|"
                                                     "trigger|push|worsen"))
            # ("Heavy drinking can lower your thiamine levels, which can lead to serious brain damage": what
            # a change to a thing leads to is the change's, never the thing's)
            event = event or bool(re.search(r"\b(?:lower|lowers|lowered|raise|raises|raised|reduce|reduces|reduced|"
                                            r"increase|increases|increased)\s+(?:the|your|their|its|his|her|a|an)\s+"
                                            r"(?:[a-z-]+\s+){0,3}(?:levels?|amount|number|count|pressure)$", unbracketed) and
                                  _which_does(right, "lead|cause|result|mean|make|put"))
            # ("Colchicine can interact with other medicines, which may cause ...": what comes of mixing
            # is the mixing's, never the other medicines' alone)
            event = event or bool(re.search(r"\b(?:interact|interacts|interacted|react|reacts|reacted)\s+with\s+[^,;]*$",
                                            unbracketed))
            # ("can irritate and inflame the airways, which can trigger an asthma attack": two actions
            # done to one thing are the event; the thing does not trigger it)
            # (after a modal or "to" both words are verbs, whatever the lexicon knows)
            event = event or bool(re.search(r"\b(?:can|could|may|might|will|would|should|must|to)\s+[a-z]+\s+(?:and|or)\s+"
                                            r"[a-z]+\s+(?:the|your|their|his|her|its|our|my)\s+(?:[a-z-]+\s+)?[a-z-]+$",
                                            unbracketed))
            # ("works by blocking oestrogen from attaching to the cancer cells, which may help to
            # lower the risk", "Splash water on your face and neck first, which can help": what
            # helps is the means or the thing done, never the cells or the face it acts on)
            event = event or bool(OUTCOME_GOOD.match(re.sub(HEDGES_FIRST, "", right)) and (
                BY_MEANS.search(unbracketed) or
                # ("staff are also comparing samples with any bacteria found, which may help investigators":
                # what helps is the work going on, never the bacteria)
                re.match(r"[^,;]*\b(?:is|are|am|was|were)\s+(?:also\s+|now\s+|currently\s+|still\s+)?[a-z]{3,}ing\b",
                         unbracketed) or
                # (not after a clause about a thing: "Make sure your pool has drain covers that follow
                # the Act, which can help prevent ...": the covers help)
                is_order(words_before, lex) and not re.search(r"\b(?:that|which|who)\b", unbracketed)))
            # "damage some medicines, which may make them work less well": a "which" whose
            # clause names the things again ("them") tells of the event
            again = re.search(r"\bthem\b" if plural else r"\bit\b", right, re.IGNORECASE)
            # ("glue traps, which can scare rodents and cause them to urinate": "them" is the
            # rodents named first in the clause)
            if again and any(_plural(w) and w.lower() not in lex.verbs
                             for w in WORDS.findall(right[:again.start()])[1:]):
                again = None
            # ("people who take diuretics, which can make them feel thirsty": "them" is the people who
            # take the things, named with their "who"; the things are what the "which" tells of)
            if again and plural and re.search(r"\b(?:people|patients|children|adults|women|men|those|anyone|someone)\s+"
                                              r"who\s+[^,;]*$", left, re.IGNORECASE):
                again = None
            # (medicines named last are what "which" tells of, even in a time clause: "before
            # taking aspirin or ibuprofen, which may increase bleeding")
            # ("sildenafil, tadalafil or vardenafil, which can cause ...": any of the medicines, where
            # the verb shows no number; "acyclovir or valacyclovir, which stops ..." is one)
            medicines = _two_medicines(left)
            plural = plural or medicines and (verb in MODALS or verb in PAST or verb in lex.past_forms)
            # ("You may start to avoid these situations, which can make day-to-day life difficult":
            # avoiding told as a habit is the event the "which" tells of, not the things avoided)
            habit = re.search(r"\b(?:start|starts|started|begin|begins|began|tend|tends|come|comes)\s+to\s+"
                              r"(?:avoid|stop)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$", left)
            # ("nitrate from fertilisers, which can be harmful ... if it is above the legal limit": the
            # clause tells of one thing, "it")
            one_thing = re.search(r"\b(?:if|when|unless|once|until)\s+it\s+(?:is|gets|becomes)\s+(?:above|below|over|under|"
                                  r"too|more|less|higher|lower|high|low)\b", right) and \
                not re.search(r"\b(?:they|them|their)\b", right)
            # ("before taking supplements or meal-replacement drinks, which may contain added vitamin K": what
            # things hold is theirs, even after a word of time)
            holds = _which_does(right, "contain|have|include|hold")
            pronoun = "These" if plural and (not after_when or medicines or holds) and not event and not again \
                and not habit and not one_thing else "This"
            # ("the bacteria get into parts of the body where they are not normally found, such as the
            # blood, lungs or muscles, which can cause a serious illness": places told after "where" are
            # where it happens; what "which" tells of is the event)
            if verb in MODALS and re.search(r"\bwhere\b[^,]*,\s+(?:such\s+as|including)\s[^()]*$", left):
                pronoun = "This"
            # ("It is more expensive than some other options, which may matter if you are travelling for
            # months": what may matter is the comparison told, never the things compared; what things do
            # is theirs: "Showers are better than shared baths, which may spread eggs")
            if verb in MODALS and pronoun == "These" and \
                    re.match(r"[a-z]+\s+(?:also\s+|well\s+)?(?:matter|mean|count|make\s+a\s+difference|affect|influence|"
                             r"be\s+(?:worth|important|a\s+(?:problem|concern|factor)|an\s+issue))\b", right) and \
                    re.search(r"\b(?:is|are|was|were|be)\s+(?:much\s+|far\s+|a\s+bit\s+)?(?:more|less|[a-z]{3,}er)\s+"
                              r"(?:[a-z]+\s+)?than\s+[^,;]*$", left):
                pronoun = "This"
            # ("acts on the nerves that connect the gut and the brain, which can reduce the sensitivity
            # of the bowel": two things joined as the object of a "that" clause are not what acts; the
            # "which" may tell of them, of the nerves or of the whole action, and only "This" is true
            # of the last; what they may be or become is theirs: "germs that can cause Lyme disease
            # and other illnesses, which may be serious")
            # ("affect the way the baby makes red blood cells, which may lead to anaemia": what is
            # changed is the way, told whole; the things it makes do not lead to it)
            # ("self-neglect, where a person is not looking after their own health, hygiene or
            # surroundings, which may include hoarding": after a ", where" clause that tells what a thing
            # is, the "which" goes on telling of the thing, not of the things in the clause)
            # ("can spread to the tissues and bone that hold your teeth in place, which may cause
            # teeth to become loose": things joined with a clause of their own are told whole; the
            # "which" tells of the spreading)
            if verb in MODALS and pronoun == "These" and (RELATIVE_PAIR.search(unbracketed) or JOINED_THEN_THAT.search(
                    unbracketed) or WAY_OF_DOING.search(
                    unbracketed) or re.search(r",\s+where\s+(?:a|an|the|you|someone|they|he|she|it|people)\s[^;:()]*$",
                                              unbracketed)) and \
                    not re.match(r"[a-z]+\s+(?:also\s+|not\s+|often\s+|sometimes\s+)?(?:be|become|get)\b", right):
                pronoun = "This"
            # ("a natural plant compound found in the seeds of apricots, peaches and plums, which can
            # release cyanide": where a thing is found tells no number; the thing found does)
            found = FOUND_IN.search(unbracketed)
            # ("Legionella bacteria are found in lakes, rivers and hot tubs, which can spread ...": after
            # "are found" the places are told as things of their own)
            if found and verb in MODALS and found.group(1).lower() not in lex.verbs | BE | AUXILIARIES and not event:
                pronoun = "These" if _plural(found.group(1).lower()) else "This"
            # ("help you stay as independent and well as possible, which may not always mean paid care":
            # a degree told with "as ... as possible" is no things)
            # (nor an amount told by "too much" or "too little": "too little medicine ..., or too much")
            if pronoun == "These" and re.search(r"\bas\s+(?:possible|you\s+can|they\s+can|needed)$|"
                                                r"\btoo\s+(?:much|little)$", left):
                pronoun = "This"
            # ("ethyl methacrylate, the main ingredient in most acrylic liquids, which can cause skin
            # allergies": a thing named again by a noun and its phrase is as many as that noun)
            last_piece = re.split(r",\s+", left)[-1]
            head = re.match(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:of|in|for|from|on|used\s+in)\s",
                            last_piece) if "," in left and not _is_clause(WORDS.findall(last_piece), lex) else None
            if pronoun == "These" and head and not _plural(head.group(1)) and head.group(1) not in lex.verbs:
                pronoun = "This"
            # ("Never give aspirin to children under 16, which can cause Reye's syndrome": "which" never
            # tells of people, so people named last leave the whole action, no "These can cause")
            people_last = re.search(r"\b([a-z]+)(?:\s+(?:under|over|aged|younger\s+than|older\s+than)\s+\d+"
                                    r"(?:\s+(?:years|months|weeks)(?:\s+old)?)?)?$", left)
            if pronoun == "These" and people_last and people_last.group(1) in PEOPLE | PERSON | {"others"}:
                pronoun = "This"
            # ("they lack the mental capacity to manage their benefits, which will be confirmed by a
            # capacity assessment": what is confirmed or decided is the claim told, not the things in it)
            if pronoun == "These" and re.match(r"(?:will|would|may|might|can|could|must|should)\s+(?:[a-z]+ly\s+)?"
                                               r"(?:need\s+to\s+)?be\s+(?:confirmed|proven|proved|established|"
                                               r"decided|agreed)\b", right):
                pronoun = "This"
            # ("two kiosks, one at the annex and one at the transit stop, which will be emptied": the things
            # told one by one are more than one)
            if re.search(r",\s+one\s+(?:at|in|on|for|near|by)\s[^,;]*\band\s+one\s+(?:at|in|on|for|near|by)\s[^,;]*$",
                         left) and not re.match(r"(?:[a-z]+ly\s+)?means\b", right):
                pronoun = "These"
            # ("can cause changes to the cells of the cervix, which could develop into cancer if they are not
            # found": the clause's own "they" tells the things are more than one)
            first_they = re.search(r"\bthey\b", right)
            # (the first "they" of the clause: "which may mean they cannot tell you when they are" tells of people)
            if pronoun == "This" and verb in MODALS and not event and first_they and \
                    re.search(r"\b(?:if|unless|when|until|once)\s+$", right[:first_they.start()]) and \
                    re.match(r"they\s+(?:are|were|have|do|can|may)\b", right[first_they.start():]) and \
                    not re.search(r"\b(?:it|its)\b", right):
                pronoun = "These"
            # ("caffeine, alcohol and smoking, which can all make anxiety worse": "all" counts them)
            if re.match(r"(?:can|could|may|might|will|would|should|must)\s+(?:all|both)\b", right):
                pronoun = "These"
            if verb in ("are", "were") or plural and verb in lex.verbs and verb not in MODALS and \
                    verb not in PAST and verb not in lex.past_forms or \
                    verb_plural and verb not in lex.past_forms or \
                    signs and _plural(signs.group(1)) and signs.group(1) not in ("a", "as", "less", "serious"):
                pronoun = "These"  # "purines, which are substances ...": never "This are", "This need",
                # "This feed", "This apply"
            # "... not related to the flu, which is caused by influenza virus": a passive
            # verb tells of the thing just named, and "This" could be the whole sentence
            # ("caused by the hepatitis A virus, which is found in ...": a name of three words)
            # ("the bacterium Vibrio cholerae, which is usually spread ...": a kind with its name)
            named = re.search(r"\b(the|your)\s+((?:[a-z][\w-]*\s+)?(?:[A-Z0-9]{1,3}\s+|[A-Z][a-z]+\s+)?[a-z][\w-]*)$",
                              left)
            # ("straighten your knee fully, which is needed for walking": after an adverb the
            # "which" is the whole action, no "Your knee fully")
            if named and named.group(2).endswith("ly") and named.group(2).split()[-1] not in LY_NOUNS:
                named = None
            passive = re.match(r"(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", right)
            # "remove the appendix, which is called an appendectomy": a name is the action's
            # ("a measure of how much oxygen is carried in the blood, which is checked in
            # hospital": after a preposition of place the place is not what is checked)
            # ("inflammation of the bladder, which is usually caused by ...": after "of" the thing
            # may be the whole phrase, not the bladder)
            # ("a blood sample before your operation, which is used to check ...": after a word of
            # time the reader's own event is when, not what is used; "after the expiry date, which is
            # stated on the carton" names the date)
            # ("the right amount for your child, which is usually based on their weight": what is done
            # for someone is the thing, never "Your child is usually based on ...")
            in_place = named is not None and (_word_before(left, named.start()) in WHERE_OR_OF | {"for"} or
                                              named.group(1).lower() == "your" and
                                              _word_before(left, named.start()) in ("before", "after", "during"))
            # ("an injection into the hip joint, which is carried out using X-ray guidance": what is
            # carried out is the procedure, not the place it goes into; "pass into your pouch, which is
            # fitted with a filter" names the pouch)
            in_place = in_place or named is not None and passive is not None and \
                _word_before(left, named.start()) in ("into", "onto") and \
                passive.group(1) in ("carried", "performed", "done", "given", "repeated")
            # ("inflatable sleeves fitted to your lower legs, which are connected to a pump": after
            # a participle and its preposition the thing described first may be what is told of)
            # ("not related to the flu, which is caused by ...": after "not" or "is" the participle
            # is said of the subject; "caused by the hepatitis A virus": "by" names the agent)
            before_named = [w.lower() for w in WORDS.findall(left[:named.start()])[-3:]] if named is not None else []
            if len(before_named) == 3 and before_named[2] in PREPOSITIONS - {"by"} and (
                    before_named[1].endswith("ed") or before_named[1] in _all_participles()) and \
                    before_named[0] not in BE | {"not", "been", "get", "got", "become", "became"} and \
                    not before_named[0].endswith("ly"):
                in_place = True
            # ("a pre-paid card provided by the council, which is used only for ...": a body or a person
            # who gives or does a thing is no more than its agent; what is used is the thing)
            if len(before_named) >= 2 and before_named[-1] == "by" and (
                    before_named[-2].endswith("ed") or before_named[-2] in _all_participles()) and \
                    re.search(rf"\b(?:{ACTING_BODIES}|{CARERS}|council|government|carer|consultant)s?$",
                              named.group(2), re.IGNORECASE):
                in_place = True
            # ("the tubes that carry sperm from the testicles, which were cut during your vasectomy":
            # a thing inside a "that" clause may be no more than where the clause's noun goes; the
            # "which" may tell of that noun)
            relative = named is not None and re.search(r"\b(?:that|who)\s+([\w'’-]+)[^,;()]*$", left[:named.start()])
            if relative and relative.group(1).lower() not in PRONOUNS | DETERMINERS | {"it", "there", "this"}:
                in_place = True  # (a "that" with its subject after it tells what is so: "it is important
                # that you attend your follow-up appointment, which is explained below" names it)
            # ("..., which is thought to wear away ...": what is thought or believed is the whole
            # event told, not the thing named last)
            # ("drain the pus, which is usually done using local anaesthetic": what is done is an
            # action, never a thing like pus; a test or an operation may be done)
            if named and passive and passive.group(1) in ("done", "performed", "undertaken", "repeated") and \
                    not re.search(r"(?:test|tests|procedure|operation|scan|check|exam|examination|assessment|"
                                  r"injection|surgery|treatment|biopsy|screening|review|x-ray|ultrasound|"
                                  r"endoscopy|colonoscopy|transfusion|vaccination)$", named.group(2), re.IGNORECASE):
                named = None
            # ("the advice given by ... or your cardiologist, which is based on your own heart condition":
            # a person is never what is based on, written or set; the advice is)
            if named and passive and passive.group(1) in ("based", "written", "designed", "printed", "stored", "kept",
                                                           "set", "planned", "listed", "attached", "updated") and \
                    (re.search(rf"\b(?:{CARERS}|carer|team|consultant)s?$|(?:ist|ian)s?$", named.group(2)) or
                     named.group(2).split()[-1].lower() in PEOPLE | PERSON):
                named = None
            if named and passive and not in_place and passive.group(1) not in NAMING and \
                    passive.group(1) not in REPORTING and \
                    (passive.group(1).endswith("ed") or passive.group(1) in _all_participles()) and \
                    not {w for w in named.group(2).split() if w.islower()} & (BOUNDARY_WORDS | PREPOSITIONS) and \
                    not (right.split()[0].lower() in ("are", "were") and not _plural(named.group(2).split()[-1])) and \
                    not (right.split()[0].lower() in ("is", "was") and _plural(named.group(2).split()[-1]) and
                         not any(w[:1].isupper() for w in named.group(2).split())):  # ("Vibrio cholerae")
                # ("two parts to the procedure, which are done ...": "are" tells of the parts, no
                # "The procedure are done"; "the cost of meeting your eligible needs, which is worked out":
                # nor "is" of the needs)
                pronoun = f"{named.group(1).capitalize()} {named.group(2)}"  # "Your pouch is fitted ..."
            # ("works more gently than haemodialysis, which is usually done three times a week": the
            # thing compared is what is done so, no "This" of the whole comparison)
            compared = re.search(r"\b(?:than|as|like)\s+([a-z]{4,})$", left)
            if compared and not named and passive and pronoun in ("This", "These") and right.startswith("is ") and \
                    compared.group(1) not in lex.verbs | PREPOSITIONS | BOUNDARY_WORDS | ADVERBS_BEFORE_VERB and \
                    compared.group(1) not in ("ever", "before", "usual", "normal", "possible", "this", "that") and \
                    not ADJECTIVE_END.search(compared.group(1)) and \
                    not compared.group(1).endswith("ly") and not _plural(compared.group(1)) and \
                    (passive.group(1).endswith("ed") or passive.group(1) in _all_participles()) and \
                    passive.group(1) not in NAMING and passive.group(1) not in REPORTING:
                pronoun = compared.group(1).capitalize()
            # ("tablets, melt-in-the-mouth tablets, a liquid and an injection, which is usually given into
            # a vein": what is given so is the last thing named, never "This" of the whole medicine)
            last_named = re.search(r"(?:,|\band|\bor)\s+(?:a|an)\s+([a-z][\w-]{2,})$", left)
            if last_named and passive and not named and (passive.group(1).endswith("ed") or
                                                        passive.group(1) in _all_participles()) and \
                    right.startswith("is ") and not _plural(last_named.group(1)) and \
                    passive.group(1) not in NAMING and passive.group(1) not in REPORTING:
                pronoun = f"The {last_named.group(1)}"
            # ("allergic to nickel, which is found in some cheaper jewellery": no event is found in a
            # place, so "This" can only be wrong; what is found is the bare thing named last; so what
            # is (not) listed on a label: "may contain peanut, which is not listed")
            # (not the last of examples: "activities, such as board games, ... or digital help sessions, which
            # are listed below" tells of the activities, never "Sessions are listed")
            if not named and not last_named and re.match(r"(?:is|are)\s+(?:not\s+)?(?:[a-z]+ly\s+|also\s+|often\s+|sometimes\s+)?"
                                                         r"(?:found\s+(?:in|on)|listed|labell?ed|declared|mentioned)\b",
                                                         right) and \
                    not re.search(r"\b(?:such\s+as|including|for\s+example)\s[^()]*,[^()]*\b(?:or|and)\s[^()]*$", left):
                if re.search(r"\d\s*[a-z]*\s+of\s+(?:[a-z-]+\s+){0,2}[a-z-]+$", left) and right.startswith("is "):
                    pronoun = "This amount"  # ("14 grams of pure alcohol, which is found in:": the amount
                    # counted is what is found; "Pure alcohol is found in" would lose how much)
                # ("called Hunner lesions, which are found": a name's capital stays)
                # (a name given is named whole: "antibodies called tissue transglutaminase antibodies")
                candidates = () if pronoun == "This amount" else (
                    re.search(r"(?<!\bof\s)(?<!\bthe\s)\b(?:called|named|known\s+as)\s+((?:[a-z][\w-]+\s+){0,2}"
                              r"([a-z][\w-]{2,}))(?:\s+\([^()]*\))?$", left),
                    re.search(r"\s([A-Za-z][\w-]+\s+([a-z][\w-]{2,}))(?:\s+\([^()]*\))?$", left),
                    re.search(r"\s(([a-z][\w-]{2,}))(?:\s+\([^()]*\))?$", left))
                for bare in candidates:
                    if bare and not any(w in lex.verbs or w in BOUNDARY_WORDS | PREPOSITIONS | DETERMINERS | QUANTIFIERS or
                                        w.endswith("ly") or w.endswith("ing") for w in bare.group(1).lower().split()) and \
                            _plural(bare.group(2)) == right.startswith("are") and \
                            _word_before(left, bare.start(1)) not in QUANTIFIERS | DETERMINERS | {""} and \
                            not re.search(r"\b(?:a|an|the|this|that|your|their|its|our|his|her)\s+(?:[a-z-]+\s+)?$",
                                          left[:bare.start(1)], re.IGNORECASE):
                        # ("a similar enzyme, which is also found ...": a thing with its determiner is no bare thing)
                        pronoun = bare.group(1)[0].upper() + bare.group(1)[1:]
                        break
            # "to treat a deep vein thrombosis, which is a blood clot ...": a definition tells of
            # the thing just named; "This is a blood clot" could be the treatment
            defined = re.match(r"(is|are)\s+(?:itself\s+|themselves\s+)?(?:a|an|the|one)\b", right)
            # ("checked for Pontiac fever, which is a less serious illness": a name, no "the")
            # ("an exam of the cervix using a colposcope, which is ...": the last determiner's
            # noun, never a phrase with a verb in it)
            # ("is not the same as epilepsy, which is a condition where ...": a bare noun after
            # "as", "than" or "like" is the thing compared, which the definition tells of)
            # ("if you take warfarin, which is a blood thinner": a medicine's name is the thing)
            # ("insulin glargine, which is": the whole name; "the trough level of tacrolimus, which
            # is the lowest level": what the medicine is a level of)
            medicine = re.search(r"(?<!\bof\s)(?<=\s)()((?:[a-z][\w-]+\s+)?[a-z][\w-]{3,})$", left)
            if medicine and not set(medicine.group(2).lower().split()) <= drug_names():
                medicine = re.search(r"(?<!\bof\s)(?<=\s)()([a-z][\w-]{3,})$", left)
                # ("does not have sodium lauryl sulfate, which is a foaming agent": a word
                # before it that is no verb, preposition or joining word makes it the end of a
                # longer name, no "Sulfate is")
                ahead = WORDS.findall(left[:medicine.start()])[-1:] if medicine else []
                if ahead and ahead[0].lower() not in lex.verbs | lex.past_forms | BOUNDARY_WORDS | \
                        PREPOSITIONS | DETERMINERS | AUXILIARIES and not ahead[0].lower().endswith(("ed", "ing")):
                    medicine = None
            if medicine and medicine.group(2).lower() not in drug_names():
                medicine = None
            # ("a once-daily basal insulin, which is a long-acting insulin": the kind told again is
            # no definition of the medicine's name, "Insulin is a long-acting insulin")
            if medicine and re.search(rf"\b{re.escape(medicine.group(2).split()[-1])}\b", right, re.IGNORECASE):
                medicine = None
            # (a thing named with its determiner holds no verb: "Your skin makes vitamin D, which is a vitamin"
            # names the vitamin, never "Your skin makes vitamin D is")
            determined = re.search(r"\b(a|an|the|your)\s+((?:(?!(?:a|an|the|your)\b)[\w'’-]+\s+){0,3}[\w'’-]+)$", left,
                                   re.IGNORECASE)
            if determined and any(w.lower() in lex.verbs and not w.lower().endswith("ing") or
                                  w.lower().endswith("s") and w.lower()[:-1] in lex.verbs
                                  for w in determined.group(2).split()[1:-1]):  # ("a needs assessment")
                determined = None
            thing = re.search(r"\b(?:as|than|like)\s+()([a-z]{4,})$", left) or medicine or determined or \
                NAME_AT_END.search(left)
            # (a run that opens the text is a name only if it opens on no pronoun, determiner or verb:
            # "St John's wort, which is" is; "It stores bile, which is" is not)
            if thing is not None and thing.start() == 0 and not thing.group(1) and \
                    WORDS.findall(thing.group(2))[0].lower() in PRONOUNS | DETERMINERS | lex.verbs | {"it", "this", "these"}:
                thing = None
            # (a name of several capitalised words is named whole: "a registered Yellow Fever
            # Vaccination Centre, which is a clinic ..." is no "Centre is a clinic")
            # ("chew it until it is almost a paste, which is the single most useful thing you can
            # do": a judgement of the action, never of the thing named last)
            if defined and ACTION_JUDGED.match(right):
                defined = None
            # ("spread to the bloodstream, which is a life-threatening condition": after a
            # preposition of place the place may be no more than where the event happens)
            place = thing is not None and _word_before(left, thing.start())
            # ("osteonecrosis of the jaw, which is a condition in which ...": a condition is the
            # whole "X of the Y", not the part it affects)
            if place == "of" and re.match(r"(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:condition|disease|disorder|"
                                          r"illness|infection|syndrome|complication|injury|cancer)s?\b", right):
                thing = None
            # ("laryngitis caused by a virus, which is the most common type": a thing after a
            # participle's "by" describes the noun before it, which the "which" may tell of; "the
            # varicella-zoster virus, which is the same virus" is the one thing named)
            if place == "by" and thing.group(1).lower() in ("a", "an") and \
                    _participle_by().search(left[:thing.start()]):
                thing = None
            # ("between 150 mg and 600 mg a day, which is the maximum": "a day" is a rate)
            # ("apixaban 5 mg twice a day, which is an anticoagulant": so after how often)
            if thing is not None and re.search(r"(?:\d\s*(?:[a-zA-Zµ%]+\s+)?|\b(?:once|twice|times|every|each|per)\s+)$",
                                               left[:thing.start()]):
                thing = None
            # ("break a cyst ... by hitting it with a heavy object, which is an old home remedy":
            # a thing inside a way of doing is no more than the way's, which "which" tells of)
            # ("by damaging the optic nerve, which is the bundle ...": the way's own object is
            # named)
            way = thing is not None and re.search(r"\b(?:by|about|from|without)\s+(?:not\s+)?\w+ing\b([^,]*)$",
                                                  left[:thing.start()], re.IGNORECASE)
            inside_a_way = bool(way) and bool({w.lower() for w in WORDS.findall(way.group(1))} & PREPOSITIONS)
            # ("require a psychological evaluation before the trial, which is a routine part":
            # a thing named for when is no more than the time)
            # ("on the heels, the balls of the feet or the undersides of the toes, which are the
            # areas ...": the last of a series is no more what "which" tells of than the others)
            last_of_many = re.search(r",\s+[^,]*\b(?:or|and)\s+[^,]*$", left)
            # (but "is" after a medicine named last tells of that one: "beta blockers and
            # nicorandil, which is a medicine used for angina")
            if last_of_many and medicine and defined and defined.group(1) == "is":
                last_of_many = None
            # ("19 (73%) reported contact with a pet turtle, which is a much higher proportion":
            # an amount tells of the figure, never of the thing named last)
            if defined and AMOUNT_NOUN.match(right):
                defined = None
            # ("Pregnancy makes the blood clot more easily, which is the body's natural way of ...": a
            # clause with its adverb is no thing, "The blood clot more easily is ...")
            if thing and any(w.lower() in ("more", "less") or w.lower().endswith("ly") and w.lower() not in LY_NOUNS
                             for w in thing.group(2).split()):
                thing = None
            # ("you may have a transoesophageal echocardiogram (TOE) first, which is a scan": a word of
            # when is no part of the thing's name)
            if thing and thing.group(2).split()[-1].lower() in ("first", "later", "again", "too", "also", "now",
                                                                 "then", "instead", "today", "afterwards",
                                                                 "beforehand", "alone", "next"):
                thing = None
            if defined and thing and not inside_a_way and not last_of_many and \
                    (place not in PLACE_PREPOSITIONS or PLACE_DEFINED.match(right)) and \
                    place not in ("before", "after", "during", "until") and \
                    not any(w.lower().endswith("ing") for w in thing.group(2).split()) and \
                    not {w.lower() for w in thing.group(2).split()} & (
                    BOUNDARY_WORDS | PREPOSITIONS | AUXILIARIES | MODALS) and \
                    not (thing.group(1).lower() in ("a", "an") and defined.group(1) == "are") and \
                    not (defined.group(1) == "are" and thing.group(1) and not _plural(thing.group(2).split()[-1])):
                # ("changes in your child's behaviour, which are a normal part of grieving": "are" tells of
                # the changes, never "Your child's behaviour are")
                pronoun = f"{thing.group(1).capitalize()} {thing.group(2)}".strip()
                # ("at a registered Yellow Fever Vaccination Centre, which is": "A Yellow Fever ...")
                # ("of your Achilles tendon, which is the thick tendon": "Your Achilles tendon")
                # ("your electricity supplier's Priority Services Register, which is": an owner gives "The")
                article = not thing.group(1) and thing.group(2)[:1].isupper() and re.search(
                    r"(?:\b(a|an|the|your|their|his|her|our)|[a-z]['’]s)\s+(?:[a-z][\w-]*\s+)?$", left[:thing.start(2)],
                    re.IGNORECASE)
                if article:
                    pronoun = f"{(article.group(1) or 'the').capitalize()} {thing.group(2)}"
                # ("also called group A streptococcus, which is": a capital "A" inside a name is no "a")
                if thing.group(1) == "A" and thing.start() > 0 and \
                        (kind := re.search(r"([a-z][\w-]*)\s+$", left[:thing.start()])) and \
                        kind.group(1) in LETTER_KINDS:
                    pronoun = f"{kind.group(1).capitalize()} A {thing.group(2)}"
                # ("have a condition called porphyria, which is a rare blood disorder": the name
                # is what the definition is of, not "A condition called porphyria")
                called = re.match(r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:called|named|known\s+as)\s+(.+)$", pronoun,
                                  re.IGNORECASE)
                if called and not re.search(r"\b(?:a|an|the)\b", called.group(1), re.IGNORECASE):
                    pronoun = called.group(1)[0].upper() + called.group(1)[1:]
            # ("the synthetic form of folate, which is a B vitamin", "a build-up of plaque, which is a
            # sticky film": a bare thing after "of" defined as a substance or an agent is what the
            # definition tells of; "This" could be the form or the build-up. A condition is not
            # among them: "a build-up of fluid, which is a condition called oedema" is the build-up)
            # (so a bare thing a verb acts on: "the liver stores bile, which is a fluid")
            bare_of = next((found for n in range(3) if (found := re.search(
                rf"\b([a-z]+)\s+((?:[a-z][\w-]*\s+){{{n}}}[a-zA-Z][\w-]*)$", left)) and (
                found.group(1) in ("of", "with", "from", "against", "for", "to") or found.group(1) in lex.verbs or
                found.group(1).endswith("s") and found.group(1)[:-1] in lex.verbs or
                # (a verb the word list swaps: "models that produce ozone, which is a lung irritant")
                any(getattr(lex.swaps.get(form), "verb", False) for form in (found.group(1), found.group(1) + "s")))),
                None)
            # (and an illness a verb causes or treats: "bacteria that cause infant botulism, which is a rare
            # but serious illness": "Infant botulism is ...")
            if defined and bare_of and pronoun in ("This", "These") and (
                    SUBSTANCE_DEFINED.match(right) or CONDITION_DEFINED.match(right) and
                    bare_of.group(1) in CONDITION_VERBS) and \
                    not any(w in lex.verbs | lex.past_forms | BOUNDARY_WORDS | PREPOSITIONS | DETERMINERS |
                            QUANTIFIERS | PRONOUNS or w.endswith(("ing", "ly")) for w in bare_of.group(2).split()) and \
                    _plural(bare_of.group(2).split()[-1]) == (defined.group(1) == "are"):
                pronoun = bare_of.group(2)[0].upper() + bare_of.group(2)[1:]
            # ("low levels of vitamin D, which is needed for healthy bones": "is" after things of a bare
            # thing tells of the thing, never of the levels; "This is needed" could be the whole risk)
            of_one = re.search(r"\b([a-z]+s)\s+of\s+((?:[a-z][\w-]*\s+)?[a-zA-Z][\w-]*)$", left)
            if of_one and pronoun in ("This", "These") and right.startswith("is ") and _plural(of_one.group(1)) and \
                    of_one.group(1) not in lex.verbs and not _plural(of_one.group(2).split()[-1]) and \
                    not re.search(r"\d\s*$", left[:of_one.start()]) and \
                    not any(w.lower() in DETERMINERS | QUANTIFIERS | PRONOUNS | PREPOSITIONS | BOUNDARY_WORDS or
                            w.lower() in lex.verbs or w.endswith(("ing", "ly")) for w in of_one.group(2).split()) and \
                    not JUDGED.match(right) and not re.match(r"is\s+(?:why|how|when|where|what|because)\b", right) and \
                    not re.match(r"is\s+(?:a|an|one|the|another)\s+(?:[a-z]+\s+){0,2}(?:reason|way|example|sign|part|"
                                 r"cause|result|factor)s?\b", right):
                # ("signs of illness, which is one reason why ...": a reason tells of the whole)
                # (nor after a number: an amount counted is what the clause tells of, "This amount")
                pronoun = of_one.group(2)[0].upper() + of_one.group(2)[1:]
            # "does not replace condoms or pre-exposure prophylaxis (PrEP), which is medicine
            # taken before ...": the short name just given names it again ("This" could be
            # what the sentence is about)
            short = re.search(r"\(([A-Z][A-Za-z0-9-]{1,9})\)$", left.strip())
            # ("the nervous system (YEL-AND) or several of the body's organs (YEL-AVD), which are more
            # likely": of things named in turn, "which" tells of all; "are" after one short name
            # is no "YEL-AVD are")
            # ("... ranibizumab (Lucentis) and bevacizumab (Avastin), which is approved for cancer": "is"
            # tells of the last)
            if short and right.startswith("are ") and (
                    re.search(r"\([A-Z][A-Za-z0-9-]{1,9}\)\s+(?:and|or)\s", left) or not short.group(1).endswith("s")):
                short = None
            # ("a free screening test for abdominal aortic aneurysm (AAA), which is offered to all men":
            # what is offered, given or done is the service the name is for, never the illness)
            if short and re.match(r"(?:is|are)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?:offered|given|provided|done|"
                                  r"performed|carried|available|free|booked|funded|arranged|run|paid|delivered)\b",
                                  right) and \
                    re.search(r"\b(?:for|against)\s+(?:[\w'’-]+\s+){0,6}\([A-Z][A-Za-z0-9-]{1,9}\)$", left.strip()):
                short = None
            if short and re.match(r"(?:is|are)\s+(?!why|how|when|where|what|called|named|known)", right) \
                    and not JUDGED.match(right):
                pronoun = short.group(1)
                # ("refer them to the National Referral Mechanism (NRM), which is the UK framework": a
                # name said with "the" keeps it, "The NRM is"; a drug's or a test's short name has none)
                # (so a name said with its owner: "your electricity supplier's Priority Services Register
                # (PSR), which is a free service": "The PSR is")
                # ("the local Health Protection Team (HPT), which is part of ...": "The HPT is")
                if re.search(rf"(?:\bthe|['’]s)\s+{BODY_SCOPE}{CAPITAL_NAME_WORD}{{1,6}}\([A-Z]", left):
                    pronoun = f"The {short.group(1)}"
                # ("use a metered-dose inhaler (MDI), which is the small aerosol puffer": a thing named
                # with "a" keeps it, said as the letters sound: "An MDI is"; "an education, health and
                # care plan (EHCP)": "An EHCP is")
                # ("a sample of cerebrospinal fluid (CSF), which is the clear fluid ...": the "a" is the sample's,
                # the name spelled out after "of" has none: "CSF is")
                elif (named_with_a := re.search(r"\b(?:a|an)\s+((?:[\w'’-]+,?\s+){0,6})\([A-Z]", left, re.IGNORECASE)) and \
                        not {w.lower().rstrip(",") for w in named_with_a.group(1).split()} & NOT_IN_A_NAME - (
                            {"and"} if "," in named_with_a.group(1) else set()) and \
                        not any(re.search(r"\bof\s+(?:the\s+)?$", left[named_with_a.start():start])
                                for start, _ in abbreviated_spans(left)):
                    pronoun = f"{'An' if wants_an_article(short.group(1)) else 'A'} {short.group(1)}"
            # ("funded by the Centers for Disease Control and Prevention (CDC), which buys vaccines": a
            # body named whole with "the" is what acts, "The CDC buys"; "This" could be the funding)
            # ("a one-off payment from the Department for Work and Pensions (DWP), which can help": nor a
            # body a thing comes from)
            elif short and pronoun in ("This", "These") and \
                    not (verb in MODALS and _thing_from_body(left, right)) and \
                    re.search(rf"\bthe\s+{BODY_SCOPE}{CAPITAL_NAME_WORD}{{2,8}}\([A-Z]", left) and \
                    re.match(r"(?:[a-z]+ly\s+|also\s+)?(?:[a-z]{2,}[^s\W]s|can|may|will|must|should|has|does|was)\b",
                             right):
                pronoun = f"The {short.group(1)}"
            # "to avoid constipation, which can block urine flow": "This can block ..." would
            # tell of avoiding it; what is prevented is named again
            prevented = PREVENTED.search(left)
            # ("effective at preventing mpox, which means ...": what the whole clause means)
            # ("take longer to stop bleeding, which is normal": a judgement of the whole)
            # ("make an emergency stop safely, which ...": "stop" is a thing, "safely" how)
            if prevented and prevented.group(1).endswith("ly"):
                prevented = None
            # ("until the vision stops improving, which may take several months": what stops is an
            # action, told whole by "This", no "Improving may take")
            if prevented and prevented.group(1).split()[0].endswith("ing") and \
                    re.search(r"\bstop(?:s|ped|ping)?\s+\S+$", prevented.group(0)):
                prevented = None  # ("prevent scratching, which can lead to infection": scratching is a thing)
            # ("feel anxious about not treating their cancer, which is a normal reaction": what
            # is not done is no thing the "which" can tell of)
            if prevented and re.search(r"\b(?:not|without)\s+\w+\s+" + re.escape(prevented.group(1)) + "$", left):
                prevented = None
            # ("treating an ear infection, which may make the tinnitus go away": a good outcome is
            # the treatment's, never the illness's)
            if prevented and OUTCOME_GOOD.search(right):
                prevented = None
            if prevented and habit:
                prevented = None
            # ("take longer to stop bleeding, which does not usually mean ...": what the whole
            # event means, denied too)
            if prevented and not re.match(r"(?:(?:does|do|did)\s+not\s+|doesn['’]t\s+|don['’]t\s+)?(?:[a-z]+ly\s+)?"
                                          r"(?:means?|meant)\b|is\s+(?:why|how|when|called)\b", right) and \
                    not JUDGED.match(right) and \
                    not {w.lower() for w in prevented.group(1).split()} & (BOUNDARY_WORDS | PREPOSITIONS) and \
                    prevented.group(1).lower() not in OBJECT_PRONOUNS:  # ("help prevent them, which is ...": no "Them is")
                pronoun = prevented.group(1)[0].upper() + prevented.group(1)[1:]
            # "which in infant botulism usually affects both eyes": the phrase goes first
            # ("which in March 2024 became the first medicine", "which for most people should be kept")
            # ("In infant botulism, this usually affects ...", not "This in infant botulism ...")
            # ("which for most people takes between 1 and 3 weeks": an "-s" verb too)
            # ("which at this Trust is part of the ReSPECT plan": "At this Trust, this is ...")
            first = re.match(r"((?:in|for|among|during|with|after|at|across)\s+(?:[\w'’-]+\s+){0,4}?)"
                             r"(?=(?:usually|often|also|then|may|might|can|could|will|should|must|would|is|are|was|"
                             r"were|has|have|had|means|takes|lasts|happens|occurs|runs|varies|depends|helps|starts|"
                             r"begins|became|becomes)\b)", right, re.IGNORECASE)
            # ("which for some people is every week and for others is once a month": the second phrase
            # has no subject of its own once the first goes in front; the sentence stays whole)
            if first and re.search(r"\band\s+(?:in|for|among|with)\s+(?:[\w'’-]+\s+){0,2}(?:is|are|takes|lasts|may)\b",
                                   right[first.end():]):
                return [text]
            if first and pronoun in ("This", "These"):
                phrase = first.group(1).strip()
                said = f"{phrase[0].upper()}{phrase[1:]}, {pronoun.lower()} {_second_which(right[first.end():], lex)}"
                return split_clauses(_sentence(left), lex) + [_sentence(said, end)]
            # ("measure it with the oral syringe rather than a kitchen spoon, which will not give the
            # right amount": the thing set against is what "which" tells of, not the choice)
            # (", not a kitchen teaspoon, which may hold more": the thing set aside)
            # (", not with a kitchen teaspoon, which will not give ...": the same, with its preposition)
            # ("Use an emollient instead of soap, bubble bath or shower gel, which can dry out the skin",
            # "rather than fizzy drinks, which are high in sugar": things set aside, joined or plural)
            # (not a word of kind, an amount or a meaning: "a continuum, rather than a distinct group,
            # which means", "yellow rather than blue, which may show", "36 months rather than 12")
            instead = re.search(r"(?:\brather\s+than|\binstead\s+of|,\s+not)\s+(?:(?:with|in|from|by|on)\s+)?"
                                r"((?:[\w'’-]+,?\s+){0,6}[\w'’-]+)$", left, re.IGNORECASE)
            set_aside = [w.lower() for w in WORDS.findall(instead.group(1))] if instead else []
            # (a comparison told of the choice is the thing chosen's: "on the side of your fingertip, rather
            # than the pad, which is less painful"; a thing named with "the" is told of only by what it
            # may do)
            if set_aside and pronoun in ("This", "These") and \
                    not re.match(r"(?:[a-z]+ly\s+)?(?:means?|meant)\b|(?:is|are)\s+(?:why|how|when)\b|"
                                 r"(?:is|are|was|were)\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:less|more|[a-z]+er)\b",
                                 right) and \
                    (set_aside[0] in DETERMINERS and len(set_aside) <= 3 and verb in MODALS or
                     {"or", "and"} & set(set_aside) or _plural(set_aside[-1]) or
                     # ("unperfumed soap rather than toothpaste, which can scratch them": the thing set aside
                     # does the harm)
                     len(set_aside) <= 2 and HARM_DONE.match(right)) and \
                    (set_aside[0] in DETERMINERS or set_aside[0] not in lex.verbs) and \
                    not any(w.endswith("ing") or w in PRONOUNS or w[:1].isdigit() for w in set_aside) and \
                    not set(set_aside) & (PREPOSITIONS | BOUNDARY_WORDS - {"and", "or"}):
                pronoun = instead.group(1)[0].upper() + instead.group(1)[1:]
            # ("do not use kitchen roll, which can scratch it": what may harm is the thing not to use;
            # "This can scratch it" could be the cleaning)
            # ("infections ..., including leptospirosis and salmonella, which causes food poisoning": a
            # verb told of one thing after examples joined is the last example's)
            # (only after "and": "a drug, such as aflibercept, ranibizumab or faricimab, which blocks"
            # tells of any one of the kind; nor after an amount, "such as 4 or more")
            last_example = re.search(r"\b(?:including|such\s+as)\s[^;:\d]*\band\s+([a-z][\w-]{3,})$", left)
            if last_example and pronoun == "This" and verb.endswith("s") and not verb.endswith("ss") and \
                    verb not in ("is", "has", "was", "does", "means") and not _plural(last_example.group(1)) and \
                    last_example.group(1) not in lex.verbs | QUANTIFIERS | {"less", "fewer", "others", "similar"}:
                pronoun = last_example.group(1).capitalize()
            refused = DENIED_USE.search(left) or PROTECTED_AGAINST.search(left)
            # (so what it is: "Do not use ordinary toothpaste, which is abrasive" names the toothpaste)
            if refused and pronoun in ("This", "These") and (
                    verb in MODALS or verb in ("is", "are") and
                    not re.match(r"(?:is|are)\s+(?:why|how|when|where|what|because|not\s+needed)\b", right)) and \
                    not {w.lower() for w in refused.group(1).split()} & (BOUNDARY_WORDS | PREPOSITIONS | {"it", "them"}):
                pronoun = refused.group(1)[0].upper() + refused.group(1)[1:]
            # ("Antivirals are not a substitute for an annual flu vaccine, which remains the best way":
            # the thing the other cannot stand in for is named; "This" could be the antivirals)
            stood_for = re.search(r"\b(?:substitute|replacement)\s+for\s+((?:a|an|the|your)\s+(?:[a-z][\w-]*\s+){0,2}"
                                  r"[a-z][\w-]*)$", left, re.IGNORECASE)
            if stood_for and pronoun in ("This", "These"):
                pronoun = stood_for.group(1)[0].upper() + stood_for.group(1)[1:]
            # ("push yourself up using your arms, rather than sitting straight up, which places strain
            # on your belly" tells of the action set aside; "stop taking it when they feel better,
            # rather than finishing it, which can let an infection come back" of the one done: which
            # of the two, only the meaning says, so the sentence stays whole)
            if re.search(r"\b(?:rather\s+than|instead\s+of)\s+[a-z]+ing(?:\s+[\w'’-]+){0,3}$", left):
                return [text]
            # ("the county's Mosquito Control District, which has increased ...": a body with
            # its name, which has done something)
            # ("report the result to the Department, which may offer": no "The result to the Department")
            # ("Take it to a pharmacy, which will dispose of it safely": the pharmacy, once named)
            body = re.search(rf"\b(the|your|their|our|a|an|any)\s+((?:(?!(?:to|of|for|in|on|at|by|with|from|the|a|an|your|"
                             rf"their|our|before|after|until|when|while|if|as|you|we|they|he|she|it|that|which|who)\b)"
                             rf"[\w'’-]+\s+)"
                             rf"{{0,4}}(?:{ACTING_BODIES}))$", left, re.IGNORECASE)
            # ("your state or local health department": two bodies' words before one name)
            # ("a condition called mastocytosis, which can make sting reactions more severe": the
            # name just given is what "which" tells of)
            # ("antibodies called tissue transglutaminase antibodies (tTG-IgA), which are": the whole name)
            # ("our list of named wheelchair accessible vehicles, which is updated": "named" after "of" describes)
            named_last = re.search(r"(?<!\bof\s)(?<!\bthe\s)\b(?:called|named|known\s+as)\s+((?!(?:a|an|the)\b)[\w'’-]+"
                                   r"(?:\s+[\w'’-]+){0,2})$", re.sub(r"\s*\([^()]*\)$", "", left))
            if named_last and right.startswith("is ") and _plural(named_last.group(1).split()[-1]):
                named_last = None
            if named_last and pronoun in ("This", "These") and (verb in MODALS or verb in ("is", "has")) and \
                    not re.match(r"(?:is|are)\s+(?:why|how|when|where|what)\b", right):
                pronoun = named_last.group(1)[0].upper() + named_last.group(1)[1:]
            # ("the group of medicines called opioids, which also includes morphine and codeine": what a
            # group includes is the group's, no "This also includes")
            group = re.search(r"\b(group|family|class|type|kind|range)\s+of\s+[^,;()]*?\b(?:called|known\s+as)\s+"
                              r"[\w'’-]+(?:\s+[\w'’-]+)?$", left)
            if group and re.match(r"(?:also\s+)?(?:includes|contains|covers)\b", right):
                pronoun = f"This {group.group(1)}"
            # ("contact Pine County Public Health, which has a few air cleaners for loan": a body
            # named in capitals acts by its name)
            # ("our Sun Safety Policy, which will apply from ...": its owner word stays)
            # (a name that opens the text is named whole: "Citizens Advice Westbridge, which can check
            # your benefits", never "Advice Westbridge can")
            # ("a recommendation to the ICB, which normally accepts it": a body's short name, with its
            # "the", is a name too)
            body = body or re.search(r"(?:\b(the|our|your|their|its|an?)\s+|^|(?<=\s))"
                                     r"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on)\s+)?){1,6}[A-Z][\w'’-]*)$", left) or \
                re.search(r"\b(the|our|your|their)\s+([A-Z]{2,6})$", left)
            # ("drain covers that comply with the ... Pool and Spa Safety Act, which can help prevent
            # ...": a law does not act; what "which" tells of is left open)
            if body and re.search(rf"\b{LAW_NAME}$", body.group(2)):
                body = None
            # ("at the Linmoor Sexual Health Clinic, Orchard Lane, which also offers walk-in appointments": a
            # street after a name is the place's address, never what acts)
            if body and re.search(r"\b(?:Lane|Road|Street|Avenue|Way|Drive|Close|Square|Crescent|Terrace|Row|Place|"
                                  r"Gardens|Grove|Parade)$", body.group(2)) and re.search(r",\s*$", left[:body.start()]):
                body = None
            # ("changes to the way we use sensors at Willowbank House, which will begin on Monday": a
            # place things happen at does not act; the "which" may tell of the things)
            # ("treatment on the day unit, which may help you avoid a longer stay": nor one things happen
            # on)
            if body and _word_before(left, body.start()) in ("at", "on"):
                body = None
            # ("We can write a letter for your school, which may ask for extra time": what is for a body
            # is the thing, which the "which" tells of as likely as the body)
            if body and _word_before(left, body.start()) == "for" and (body.group(1) or "").lower() != "" and \
                    re.search(r"\b(?:a|an|the|this|your)\s+[a-z]+\s+for\s+\S+\s+[^,;]*$", left[:body.end()]):
                body = None
            # ("a free carer's assessment from your local council, which can lead to support": what
            # leads to or results in something is a thing or an event, never the body)
            if body and re.match(r"(?:(?:can|could|may|might|will|would|should|often|usually|also)\s+)*"
                                 r"(?:lead|leads|led|result|results|resulted|cause|causes|caused|mean|means)\b", right):
                body = None
            # ("given a personal plan by their heart failure team, which may tell them ...": what the body
            # gives is what "which" tells of, as likely as the body)
            # ("the personal care plan written by their tracheostomy team, which may differ from this leaflet")
            if body and re.search(r"\b(?:given|sent|offered|provided|prescribed|issued|run|administered|managed|"
                                  r"funded|operated|led|written|made|prepared|agreed|drawn\s+up|produced|designed|"
                                  r"developed|set)\s+[^,;]*\bby\s+\S+\s+[^,;]*$",
                                  left[:body.end()]) and _word_before(left, body.start()) == "by":
                body = None
            # ("entitled to a carer's assessment from your local council, which can help you get regular
            # breaks": a thing from a body is as likely what helps as the body)
            # (a body still does what only a body does: "help from an NHS complaints advocacy service, which
            # can help you to write letters and may attend meetings with you")
            # ("a free home fire safety visit from Westbrook Fire and Rescue Service, which includes fitting
            # smoke alarms": so with what a thing does in the present, unless only a body does it)
            if body and _word_before(left, body.start()) == "from" and verb not in BODY_ACTS and \
                    _thing_from_body(left[:body.end()], right):
                body = None
            # ("Contact the Westbourne Carers Centre, which carries out assessments": what a body named
            # in capitals does in the present is its own)
            # (with its "the" or owner word: "Exposure and Response Prevention, which helps" names no
            # body, and "which means" tells what the whole means)
            # (a name that ends on what a body is needs no "the": "a physical therapist with Marden
            # Community Health Center, which runs a free clinic")
            # (a body named in small letters does what only a body does: "a laboratory, which then sends you
            # the result", "the council, which decides within 4 weeks")
            does = verb.endswith("s") and verb not in AUXILIARIES | BE and not verb.endswith("ss") and \
                verb != "means" and bool(body) and (re.sub(rf"^{BODY_SCOPE}", "", body.group(2))[:1].isupper() and (
                    (body.group(1) or "").lower() in ("the", "our", "your", "their", "its") or
                    re.search(rf"\b(?:{ACTING_BODIES}|center|centre)$", body.group(2), re.IGNORECASE) is not None) or
                    verb in BODY_ACTS)
            if body and (verb in MODALS or verb in ("has", "have") or does or
                         re.match(r"(?:is|are)\s+(?:also\s+)?required\s+to\b", right)) and \
                    not re.match(r"[a-z]+\s+(?:also\s+|always\s+|never\s+|not\s+|[a-z]+ly\s+)?be\b(?!\s+able\b)", right):
                # ("the council has opened its Winter Warmth Grant, which will give": "its" told the
                # council of the sentence before, so a sentence of its own says "The")
                owner = "the" if (body.group(1) or "").lower() in ("a", "an", "any", "its") else body.group(1) or ""
                pronoun = f"{owner.capitalize()} {body.group(2)}".strip()
            # ("Ulcerative colitis is not the same as irritable bowel syndrome, which does not cause
            # inflammation": "This does not cause" could be either; the thing set apart is named)
            # ("These flashes are different from the shimmering zig-zag lights of a migraine, which
            # usually last 20 to 30 minutes": "These usually last" would be the flashes)
            compared = re.search(r"\b(?:the\s+same\s+as|different\s+(?:from|to))\s+"
                                 r"((?:[a-z][\w'’-]*\s+){0,6}[a-z][\w'’-]*)(?:\s+\(([A-Z][A-Za-z0-9-]{1,9})\))?$",
                                 left)
            if compared and pronoun in ("This", "These"):
                name = compared.group(2) or compared.group(1)
                pronoun = name[0].upper() + name[1:]
            # ("may be a sign of torsion, which needs emergency treatment": what needs it is the
            # illness the sign points to, never the sign; "This needs" reads as the sign)
            # (only where something is said to be the sign: "mistaken for signs of dementia, which can
            # delay diagnosis" tells of the mistake)
            sign = re.search(r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+|also\s+|often\s+)?(?:a\s+|an\s+|the\s+|"
                             r"one\s+)?(?:[a-z]+\s+)?(?:sign|signs|symptom|symptoms)\s+of\s+((?:(?:a|an|the)\s+)?"
                             r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)$", left)
            sign_words = sign.group(1).lower().split() if sign else []
            if sign and pronoun in ("This", "These") and verb != "means" and \
                    not re.match(r"is\s+(?:why|(?:one|another|the\s+main|a|the)\s+reason)\b", right) and \
                    not set(sign_words[1:]) & (BOUNDARY_WORDS | PREPOSITIONS | DETERMINERS) and \
                    not sign_words[-1].endswith("ing") and \
                    (verb in MODALS or verb in PAST or verb in lex.past_forms or
                     (verb in ("is", "has", "was", "does") or verb.endswith("s") and verb[:-1] in lex.verbs) !=
                     _plural(sign_words[-1])):
                pronoun = sign.group(1)[0].upper() + sign.group(1)[1:]
            # ("free apps, such as Squeezy, which can remind you": the "which" tells of the kind or
            # of its one example; "This" could be the whole sentence, the example's name is true of
            # either)
            # (not where the kind is one of things joined, "limited movement or memory problems, such
            # as dementia, which can make it harder": the "which" may tell of them all; nor where the
            # examples are a list's, "illnesses such as sore throats ... and skin infections such as
            # impetigo, which can be treated"; nor where the clause tells the kind's number, "talking
            # treatments such as CBT, which may be used on their own")
            example = re.search(r"\b(?:such\s+as|including)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)$", left)
            kind = example and re.split(r"[,;:(]", left[:example.start()].rstrip(", "))[-1]
            if example and pronoun in ("This", "These") and verb in MODALS and \
                    not {w.lower() for w in example.group(1).split()} & (BOUNDARY_WORDS | PREPOSITIONS | {"nor"}) and \
                    not re.search(r"\b(?:and|or)\b", kind) and \
                    not re.search(r"\b(?:such\s+as|including)\b", left[:example.start()]) and \
                    not re.search(r"\b(?:its|itself)\b" if _plural(example.group(1).split()[-1])
                                  else r"\b(?:their|they|them|themselves|its|itself)\b", right) and \
                    not ((joined := JOINED_VERB.search(right)) and
                         (joined.group(1) in ("are", "were", "have", "do")) != _plural(example.group(1).split()[-1])):
                pronoun = example.group(1)[0].upper() + example.group(1)[1:]
            # ("a blood test to check your iron levels, which should be done no sooner than 4 weeks after":
            # what is done is the test, never the levels; "This" tells of the checking)
            if pronoun == "These" and re.search(r"\b(?:levels|results|readings|values|counts)$", left) and \
                    re.match(r"(?:should|must|will|can|may|is|are|needs?\s+to)\s+(?:[a-z]+ly\s+)?be\s+"
                             r"(?:done|carried\s+out|performed|repeated|arranged|booked)\b", right):
                pronoun = "This"
            right = _second_which(right, lex)
            return split_clauses(_sentence(left), lex) + [_sentence(f"{pronoun} {right}", end)]
    # "Remove any splinters you can see, using clean tweezers." -> "... Use clean tweezers.": after an order,
    # a participle that tells how to carry it out is a second order
    step = _manner_step(text, lex)
    if step:
        left, told = step
        return split_clauses(_sentence(left), lex) + [_sentence(told, end)]
    # ", causing ..." to the end of the sentence: "This causes ..."
    m = re.search(r",\s+(" + "|".join(RESULT_PARTICIPLES) + r")\s+(?=[a-z])", text)
    # ("..., making sure that you follow the dosage instructions": how to do it, an order's
    # second order at most, never a result "This made sure")
    if m and re.match(r"(?:sure|certain)\b", text[m.end():]):
        leading = WORDS.findall(text[:m.start()])
        if not (is_order(leading, lex) and not _is_clause(leading, lex)):
            m = None
    # ("a hobby that involves lead, such as construction, painting, battery recycling, making fishing
    # weights or shooting": an item of the examples, no "This makes fishing weights")
    if m and re.search(r"\b(?:such\s+as|including)\s[^.;:()]*$", text[:m.start()], re.IGNORECASE):
        m = None
    # ("your child eats small, increasing amounts of the food": two describing words before one noun,
    # no "This increases amounts")
    if m and re.search(r"\b(?:small|smaller|tiny|large|larger|big|bigger|short|shorter|long|longer|low|lower|high|"
                       r"higher|regular|frequent|slow|steady|gradual|repeated|gentle|firm)$", text[:m.start()],
                       re.IGNORECASE) and re.match(r"[a-z]+s\b", text[m.end():]):
        m = None
    # ("by washing your hands often, cleaning toys ..., and, where possible, keeping newborn
    # babies away": the last of a series of actions, no result)
    if m and re.search(r"(?:,\s+|\bby\s+)\w+ing\b", text[:m.start()]) and \
            re.search(r"\b(?:and|or),?(?:\s+[\w'’-]+){0,3}$", text[:m.start()]):
        m = None
    # ("using it for drinking, cooking, making ice or brushing teeth": an item of a series of
    # actions named by their -ing words, no "This makes ice")
    if m and re.search(r"\b\w+ing$", text[:m.start()]) and \
            re.search(r"^[^,;.]*?\b(?:or|and)\s+\w+ing\b", text[m.end():]):
        m = None
    # ("complete the online application form, giving details of each practitioner": how the form
    # is filled in, no "This gives details")
    if m and m.group(1) == "giving" and re.match(r"(?:full\s+)?(?:details|information|the\s+name|your)\b",
                                                 text[m.end():]):
        m = None
    # ("your baby pulling away from the breast, making clicking noises ... or seeming unsettled":
    # a list item whose verb is itself an "-ing" word; the next "-ing" words are more of what the
    # baby does, no result "This makes clicking noises")
    if m and _ing_item(WORDS.findall(text[:m.start()]), lex):
        m = None
    # ("stop it by lying down, raising your leg ... and pressing ...": the next of the ways)
    # (after "by slowing the heart rate and reducing the force ..., lowering blood pressure"
    # the ways are all told: a result)
    way = m and re.search(r"\bby\s+\w+ing\b[^,;]*$", text[:m.start()])
    if way and not re.search(r"\b(?:and|or)\s+\w+ing\b", way.group(0)):
        m = None
    # ("start riding a stationary bike ..., keeping the seat high enough to ...": how it is
    # done, a state kept, no result of it)
    if m and m.group(1) == "keeping" and re.match(
            # ("keeping the monitor and wires dry": two things kept so)
            r"(?:the|your|their|his|her|its|a|an)?\s*(?:[\w-]+\s+){1,2}(?:(?:and|or)\s+(?:[\w-]+\s+){1,2})?"
            r"(?:high|low|straight|upright|still|dry|"
            r"clean|warm|cool|flat|raised|level|close|open|closed|bent|steady|covered|elevated|off|away|apart|"
            r"together|still)\b", text[m.end():]) \
            and not is_order(_without_leading_adverbs(WORDS.findall(re.sub(r"^[^:,;.]{1,40}:\s+", "", text[:m.start()]))),
                             lex):
        m = None
    # ("..., keeping in mind that the wind can change": an aside to the reader, no result)
    if m and re.match(r"in\s+mind\b", text[m.end():]) and \
            not is_order(_without_leading_adverbs(WORDS.findall(text[:m.start()])), lex):
        m = None
    # ("because for some people, ..., stopping them without a plan may be dangerous": the -ing
    # word is the subject of a verb of its own, no result of what came before)
    if m and m.group(1) != "meaning" and _gerund_subject(WORDS.findall(text[m.end():])):
        m = None
    # (a list after the participle only after a whole clause: "redness that is spreading, increasing warmth, or
    # cloudy drainage" is a list's items, "increasing" a describing word)
    if m and ("," not in text[m.end():].rstrip(".!? ") or
              _only_a_list(text[m.end():].rstrip(".!? ")) and text[:1].isupper() and
              (_is_clause(WORDS.findall(text[:m.start()]), lex) or _has_own_verb(text[:m.start()], lex)) and not re.search(
                  r"[,;]|\b(?:include|includes|including|such\s+as|like|involves?|involving)\b", text[:m.start()])):
        left, right = text[:m.start()], text[m.end():]
        said = _result_clause(m.group(1), right, PAST_FORM if _told_in_past(WORDS.findall(left)) else PRESENT)
        left_words = WORDS.findall(left)
        # ("Sleep apnea happens when ...": a verb of its own after the first word, no order)
        # ("You may shower 24 to 48 hours after surgery, allowing soapy water to run over the
        # incisions": what the reader may do, and how; no result)
        # ("Keep it dry for 3 days, after which you may remove it and shower, letting ...": a
        # "which" after a preposition opens a time or place, no thing the participle tells of)
        related = {w.lower() for w in WORDS.findall(re.sub(r"\b(?:after|before|during|in|at)\s+which\b", "", left))}
        # ("Quadriceps stretch: stand ..., bend one knee and hold your ankle, keeping your knees
        # together": the order comes after its label)
        # (the last of a series of orders, up to its "and", tells: "bend one knee and hold your
        # ankle" is no subject "bend one knee" with its verb "hold")
        # ("Then lift your leg off the bed, keeping the knee straight": an order may open on "Then")
        ordered = _without_leading_adverbs(WORDS.findall(re.sub(r"^[^:,;.]{1,40}:\s+", "", left)))
        last = _without_leading_adverbs(WORDS.findall(re.split(r"\s+(?:and|or)\s+", re.split(r",\s+", left)[-1])[0]))
        if (is_order(ordered, lex) and not _is_clause(ordered, lex) or
                len(ordered) > len(last) and is_order(last, lex) and not _is_clause(last, lex) or
                READER_MAY.match(left)) and \
                not RELATIVE & related:
            # "Put the leg behind the other, keeping the heel on the floor": after an order
            # the participle tells how to do it, a second order and no result
            # ("breathe very fast (hyperventilate), making it hard to hold your breath": what a thing is
            # made to be is a result, never an order "Make it hard to ...")
            made_so = m.group(1) == "making" and MADE_TO_BE.search(
                "making " + re.split(r"\s+(?:to|for|when|if)\s", right)[0])
            told = _result_clause(m.group(1), right, ORDER, lex.ing_bases) \
                if m.group(1) in HOW_PARTICIPLES and not made_so else None
            # ("..., making a full fist and then straightening them": the "-ing" verbs joined to the
            # first are orders too, "Make a full fist and then straighten them")
            if told:
                told = re.sub(r"\b(and|or)(\s+then)?\s+([a-z]+ing)\b",
                              lambda j: f"{j.group(1)}{j.group(2) or ''} {lex.ing_bases.get(j.group(3), j.group(3))}",
                              told)
            if told and _left_ok(left, lex) and len(WORDS.findall(right)) >= 2:
                return split_clauses(_sentence(left), lex) + [_sentence(told[0].upper() + told[1:], end)]
        elif _left_ok(left, lex) and len(WORDS.findall(right)) >= 2 and said:
            # "bacteria may enter the bloodstream, leading to an infection": what a hedged
            # event leads to is hedged too ("This may lead to", not "This leads to")
            # ("more heat than it can release, causing ...": a modal in a comparison hedges nothing)
            hedge = HEDGED_CLAUSE.search(re.sub(r"\bthan\s[^,;]*$", "", left))
            if hedge and not _told_in_past(left_words):
                said = f"{hedge.group(1).lower()} {_result_clause(m.group(1), right, ORDER)}"
            return split_clauses(_sentence(left), lex) + [_sentence(f"This {said}", end)]
    # a part told on its own after the clause it goes with, each rule's clause and part:
    # - the case that matters most: "... if you have had diabetes for many years, especially if your sugar levels have
    #   been high." -> "... for many years." + "This is especially true if ..." ("important" after an order);
    # - a subject's examples: "Low-impact exercise, such as walking or cycling, can reduce stiffness." -> "Low-impact
    #   exercise can reduce stiffness." + "Examples include walking or cycling.";
    # - a purpose: "Please call us as soon as you can, so that we can offer the slot to someone else." -> "... as
    #   soon as you can." + "This is so that we can offer ...";
    # - what happens at a place: "... travel to the brain, where they may cause a stroke." -> "... travel to the
    #   brain." + "There, they may cause a stroke."
    # - a share of the things named: "... nail-cutting services, some of which may charge a fee." -> "... services."
    #   + "Some of these may charge a fee."
    # - a case: "..., unless it is nearly time for your next dose, in which case skip the missed dose." -> "... for
    #   your next dose." + "In that case, skip the missed dose."
    for told_after in (_stressed_case, _subject_examples, _purpose_told, _place_told, _share_told, _case_told):
        told = told_after(text, lex)
        if told:
            clause, part = told
            return split_clauses(_sentence(clause), lex) + [_sentence(part, end)]
    # "..., such as A, B, and C." at the end: "... These include A, B, and C." Without the
    # comma ("complications such as A, B, and C") only a list of three or more short items
    # with no "is", "are" or "can" in them, which must be where the sentence ends
    # (", including A and B." at the end the same: "... any new medicine. This includes herbal products.")
    m = re.search(r",\s+such as\s+", text) or re.search(r"(?<=[a-z])\s+such as\s+", text) or \
        re.search(r",\s+including\s+", text)
    if m:
        left, right = text[:m.start()], text[m.end():].rstrip(".!? ")
        items = re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", right)
        left_words = WORDS.findall(left)
        firsts = [(WORDS.findall(item) or [""])[0].lower() for item in items]
        listed = m.group(0).startswith(",") or (
            len(items) >= 3 and all(len(WORDS.findall(item)) <= 4 for item in items)
            and not any(w.lower() in AUXILIARIES or w.lower() in MODALS
                        for item in items for w in WORDS.findall(item)))
        # the examples are of the noun just before them: after "something you are allergic
        # to, such as trouble breathing" they are signs, not allergens, so no split there
        last = left_words[-1].lower() if left_words else ""
        listed = listed and last not in BOUNDARY_WORDS and last not in PREPOSITIONS
        # ("radon does not cause short-term symptoms, such as headaches": examples of what is
        # denied; "These include headaches" on their own would read as what it causes, and "It is
        # not spread through casual contact. Examples include kissing" as how it spreads)
        # (a negation inside a clause about the noun denies no example: "any skin that clothing
        # does not cover, such as the face"; nor does "without": "creams you can buy without a
        # prescription, such as ...")
        # ("and that radon does not cause short-term symptoms": a "that" after a verb or a joining
        # word opens what is said, no clause about a noun)
        # ("It is not usually spread through coughing, sneezing or casual contact": the things
        # denied may run over commas; the clause is the one the series starts in)
        clauses = CLAUSE_ABOUT_A_NOUN.split(_series_clause(left, lex))
        main = clauses[0]
        listed = listed and not any((w.lower() in lex.negations and w.lower() != "without") or
                                    w.lower().endswith(("n't", "n’t")) for w in WORDS.findall(main))
        # (but a clause about the noun that denies its own verb and goes on to a thing gives that
        # thing's examples: "eczema that does not improve with your usual treatment, such as
        # moisturizers" is no claim that moisturizers fail; "skin that clothing does not cover, such
        # as the face" ends on its verb, and the examples are the skin's)
        # (the clause ends at its comma; "a symptom that is not usual for you" says what the symptom
        # is, and its examples are the symptom's)
        about = clauses[-1].split(",")[0]
        about_words = [w.lower() for w in WORDS.findall(about)]
        denied_at = [i for i, w in enumerate(about_words) if (w in ("not", "never") or w.endswith(("n't", "n’t")))
                     and not (i and about_words[i - 1] in BE)]
        listed = listed and not (denied_at and about != main and
                                 any(w in DETERMINERS | PREPOSITIONS for w in about_words[denied_at[-1] + 2:]))
        # a bare plural right after a preposition or "have" means only what its examples make
        # it: "drives swelling in conditions such as psoriasis" is no claim about "conditions";
        # "found in foods", "happen with symptoms", "people who have conditions" the same
        # (so what a thing includes: "the week, which will include activities such as canoeing" is no "This
        # will include activities.")
        listed = listed and not re.search(r"\b(?:in|from|for|with|at|on|by|about|among|during|have|has|had|having|include|"
                                          r"includes|included|including)\s+[a-z]+s\W*$", left)
        # "includes fish, other reptiles, such as lizards, birds, ...": inside a list
        # "such as meat, eggs, and seafood, and avoid foods high in oxalate if ...": the
        # sentence goes on after the examples with an order or a clause of its own
        later = [WORDS.findall(item) for item in items[1:]]
        # "People with certain diseases, such as A or B, have a higher chance ...": the
        # examples end with their last "and"/"or" item ("fatty or spicy foods, coffee, and
        # alcohol" has one inside an item); what follows it is the sentence's own verb
        last_and = [*re.finditer(r"\b(?:and|or)\s+", right)][-1:]
        # ("Different brands of lithium tablets, such as Priadel and Camcolit, release the medicine at
        # different rates, and ...": the subject's own verb right after the last example's comma)
        first_and = re.search(r"\b(?:and|or)\s+[^,;]*,\s+(?:[a-z]+ly\s+|also\s+|often\s+)?([a-z]+)\s+([a-z]+)", right)
        verb_next = bool(first_and and first_and.group(1) not in BOUNDARY_WORDS | PREPOSITIONS | DETERMINERS and
                         not first_and.group(1).endswith(("ing", "ly")) and
                         first_and.group(1) not in lex.past_forms and (
                             first_and.group(1) in lex.verbs or first_and.group(1) in FINITE or
                             first_and.group(2) in ("the", "a", "an", "your", "their", "its", "this", "these")))
        first_example = (WORDS.findall(items[0]) or [""])[0].lower()
        goes_on = verb_next or bool(last_and and re.search(r",\s+\w", right[last_and[0].end():])) or any(
            is_order(words, lex) or _pronoun_clause(words, lex) or
            # "falls, burns, and car crashes, and some have resulted in death"
            len(words) >= 4 and words[0].lower() in OF_QUANTITIES and _is_clause(words, lex) or
            CLAUSE_OPENERS & {w.lower() for w in words[1:]} or
            # (", such as a recall, where it is needed": a clause after the one example)
            words[:1] and words[0].lower() in CLAUSE_LINKS | RELATIVE | LIMITS | {"where", "when", "if", "unless"} or
            _purpose(words, lex) or
            # ("petroleum jelly, such as Vaseline, just inside each nostril twice a day": where and
            # when the sentence's action is done, no example)
            # ("drink sugar-free fluids, such as water or diet squash, little and often": how the action is
            # done, after the examples' comma)
            words[:1] and words[0].lower() in PREPOSITIONS | {"just", "once", "twice", "little", "every", "each",
                                                             "daily", "regularly", "slowly", "gently"} and
            first_example not in PREPOSITIONS or
            # "..., invasive infection, and shortens the period ...": the subject's second verb
            bool(re.match(r"[a-z]+s\s+(?:the|a|an|your|their|its|his|her)\b", " ".join(words)))
            for words in later)
        # ("can make symptoms such as headaches, dizziness and trouble concentrating last longer": what a
        # thing is made to do comes after its examples, a bare verb after the last one)
        # (a verb that ends the text is a noun of the last example: "reducing drug or alcohol use")
        made_to = re.search(r"\b(?:make|makes|made|making|let|lets|help|helps|helped)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)$",
                            left)
        tail = WORDS.findall(right[last_and[0].end():]) if last_and else []
        goes_on = goes_on or bool(made_to) and not set(made_to.group(1).lower().split()) & PREPOSITIONS and any(
            w.lower() in lex.verbs and _bare_verb(w.lower(), lex) and w.lower() not in PREPOSITIONS
            for w in tail[1:-1])
        # one example ("another problem, such as a bleeding disorder") is no list to set apart;
        # people ("construction workers, farmworkers") are no examples of "hot conditions"
        # "includes a warm-up, 20 minutes of exercise such as walking or cycling, and a
        # cool-down": examples inside an item of the sentence's own list end at their "or";
        # the ", and" after them goes on with that list
        goes_on = goes_on or ((m.group(0).startswith(",") or "," in left) and
                              bool(re.search(r"\s(?:and|or)\s[^,]*,\s+and\s", right)))
        # "a co-infection with another disease, such as A or B, or a different illness
        # altogether": the last item is the other choice, no example
        goes_on = goes_on or bool(re.search(r",\s+or\s+(?:an?\s+|some\s+)?(?:different|other|another)\b", right))
        # ("some can lead to a broken bone, such as a hip fracture, or a head injury": one
        # example closed by its comma; what follows ", or" is the main list's other choice)
        # ("exercises you can do at home, such as Brandt-Daroff exercises, and balance exercises
        # which can help": ", and" after the one example names one more thing taught)
        goes_on = goes_on or bool(re.match(r"[^,]+,\s+(?:or|and)\s", right))
        # ("will not work against viruses, such as colds or flu, or against bacteria that ...":
        # the sentence's own list goes on with its preposition again)
        goes_on = goes_on or bool(re.search(r",\s+(?:or|and)\s+(?:not\s+)?(?:against|for|in|on|with|to|from|by|at|"
                                            r"into|without|after|before|during)\s", right))
        # "common with some medicines, such as albuterol, and usually go away ...": the subject's
        # second verb after the examples
        goes_on = goes_on or bool(re.search(r",\s+(?:and|but)\s+(?:[a-z]+ly\s+|often\s+|also\s+|then\s+)?"
                                            r"(?:go|goes|get|gets|can|may|will|should|must|is|are|do|does|have|has|"
                                            r"need|needs|last|lasts|become|becomes|cause|causes)\b", right))
        # "multiply in building water systems, such as A and B, particularly when the water is
        # warm", "an antiviral medicine, such as tenofovir, starting at 28 weeks": what follows
        # the examples tells of the main clause
        # (not where the list goes on after it: "such as numbness of the face, especially on one
        # side, trouble speaking, or a headache")
        # (", every time": how often, after the one example "condoms")
        told = TOLD_AFTER_EXAMPLES.search(right)
        goes_on = goes_on or bool(told and "," not in right[told.end():])
        # ("Someone involved in your care, such as your GP, hospital consultant or district nurse, has
        # suggested referring you": the subject's own finite verb after the examples)
        goes_on = goes_on or bool(re.search(r",\s+(?:has|have|had|is|are|was|were|will|can|may|must|should|would|"
                                            r"could|does|do|did)\s+(?!been\b)[a-z]+", right) and
                                  m.group(0).startswith(","))
        # ("noise that you cannot control, such as a neighbour's music or a barking dog, often causes
        # irritation, tension and ...": the subject's own verb after an adverb, whatever list follows)
        # ("the risks to the baby, such as stillbirth, slowly increase after this time")
        adverb_verb = re.search(r",\s+(?:often|usually|also|sometimes|always|rarely|then|[a-z]+ly)\s+([a-z]+)\b", right)
        goes_on = goes_on or bool(adverb_verb and (adverb_verb.group(1) in FINITE or
                                                   adverb_verb.group(1) in lex.verbs and
                                                   adverb_verb.group(1) not in lex.past_forms))
        # "use opioids, such as heroin or fentanyl, even when this causes problems with their
        # health, relationships, or work", "talking therapies, such as CBT, rather than instead
        # of them": a clause or a contrast after the examples is the main clause's, whatever
        # list it holds itself
        goes_on = goes_on or bool(re.search(r",\s+(?:even\s+(?:when|if|though)|when|if|unless|until|because|"
                                            r"although|though|rather\s+than|instead\s+of)\s", right))
        # ("take regular painkillers, such as paracetamol and ibuprofen, following the instructions
        # on the packet": how to take them, after the examples' last item)
        goes_on = goes_on or bool(re.search(r"\b(?:and|or)\s+[^,]+,\s+[a-z]{3,}ing\s+(?:the|your|a|an|their|on|to|"
                                            r"with|for|in|at)\s[^,]*$", right))
        # "survive in soil and on surfaces such as fences, gates, and straw for weeks": a time
        # after the last example is the main clause's
        goes_on = goes_on or bool(re.search(r"\s(?:for|within|over|after|during|up\s+to)\s+(?:\d[\d.]*\s+|a\s+few\s+|"
                                            r"several\s+|many\s+)?(?:minutes|hours|days|weeks|months|years)\s*$",
                                            right))
        # ("are offered support such as guided self-help, group sessions or talking therapies
        # first": when or in what order the main clause's thing is done, after the last example)
        goes_on = goes_on or bool(re.search(r"\s(?:first|instead|afterwards|again|later)$", right))
        # ("they can make long-term conditions such as asthma, COPD and arthritis worse": what the
        # thing is made to be comes after the examples)
        goes_on = goes_on or bool(re.search(r"\b(?:make|makes|made|making)\s+[^,;:]*$", left) and
                                  re.search(r"\s(?:worse|better|harder|easier|safer|weaker|stronger|"
                                            r"more\s+\w+|less\s+\w+)[.!?]?$|"
                                            # ("make everyday tasks, such as writing ..., difficult or
                                            # embarrassing")
                                            r",\s+(?:very\s+)?(?:difficult|hard|impossible|uncomfortable|"
                                            r"embarrassing|painful|dangerous|unsafe|easier|harder|worse|"
                                            r"better)(?:\s+(?:or|and)\s+[a-z]+)?[.!?]?$", right))
        # "Minor illnesses without a fever, such as a cold with no temperature, do not usually
        # need ...": a last piece with no "and"/"or" that opens on a verb is the subject's own
        tail = WORDS.findall(re.split(r",\s+", right)[-1]) if "," in right else []
        goes_on = goes_on or bool(tail and tail[0].lower() not in ("and", "or") and (
            tail[0].lower() in FINITE | NEGATED_MODALS | {"don't", "doesn't", "don’t", "doesn’t"} or
            tail[0].lower() in lex.verbs and (len(tail) >= 3 or len(tail) == 2 and not tail[0].lower().endswith("ing"))))
        # ("In rare cases, and particularly in young people who have a heart condition, such as long QT syndrome,
        # high doses can lead to ...": a clause after the examples is the sentence's main one, which the words
        # before them lead up to)
        # (its own modal or "is" tells it from the list's last items: "such as coffee, fizzy drinks and alcohol")
        goes_on = goes_on or bool(tail and tail[0].lower() not in ("and", "or") and _is_clause(tail, lex) and
                                  any(w.lower() in FINITE | NEGATED_MODALS for w in tail))
        # ("happens when one or more of the pelvic organs, such as the womb, bladder or bowel, slips
        # down ...": a "when" or "if" clause with no verb yet finds it after the examples)
        opened = re.search(r"\b(?:when|whenever|if|unless|because|where|while|once)\s+((?:one|some|any|all|most|many|"
                           r"each|none|either|neither|both|several|few)(?:\s+or\s+(?:more|two))?\s+of\s[^,;:()]*)$",
                           left, re.IGNORECASE)
        goes_on = goes_on or bool(opened and not any(w.endswith("ing") or
            w in lex.verbs or w in lex.past_forms or _finite(w) or w.endswith(("ed", "n't", "n’t")) or
            _s_form(w, lex) for w in (x.lower() for x in WORDS.findall(opened.group(1)))))
        # ("as some specialist tests, such as genetic tests, take longer": a verb of two words after
        # the examples is the subject's too)
        # ("are aged 19 to 49 and have a condition such as chronic heart disease", "people who have a
        # condition, such as diabetes": in a condition the examples say which condition; "have a
        # condition." on its own would be any)
        listed = listed and not (GENERIC_KIND_LAST.search(left) and (
            re.search(r"\b(?:if|unless|who|whose)\b", left, re.IGNORECASE) or _goes_on_its_lead(text, left_words, lex)))
        # ("such as those following a vegan diet", "such as those who smoke": people told by what they do)
        people = any(w.lower() in PEOPLE for item in items for w in WORDS.findall(item)[:2]) or \
            bool(re.match(r"(?:those|anyone|someone|people)\s+(?:who\b|[a-z]+ing\b)", items[0], re.IGNORECASE))
        listed = listed and len(items) >= 2 and not (people and last not in PEOPLE and last not in PERSON
                                                     and last not in ("anyone", "everyone", "someone"))
        # ("Does the person have trouble seeing, such as blurred vision ...?": a question's
        # examples stay in it)
        if listed and end != "?" and len(left_words) >= 5 and len(WORDS.findall(text)) >= 16 and _left_ok(left, lex) \
                and not _after_a_list_item(left) and not re.search(r"[;:()—–]", right) \
                and not re.search(r"\b(?:such as|including|for example)\b", right) \
                and all(first and first not in NOT_AN_EXAMPLE for first in firsts) \
                and not firsts[0][:1].isdigit() and not goes_on:  # "such as 4 or more" is an amount
            # ("throw them something that floats, such as a lifebuoy": the thing a "that" clause
            # tells of gives the number, never its verb "floats")
            described = re.search(r"([\w'’-]+)\s+(?:that|which|who)\s+[^,]*$", left) \
                if left_words[-1].lower() in lex.verbs else None
            plural = _plural(described.group(1)) if described else _plural(left_words[-1])
            # ("Avoid heat on your hands and feet, such as long hot baths": after a place the
            # things named are where, not what the examples are of)
            # ("the risk of complications, such as ...": after "of" the things are the examples' kind)
            if re.search(r"\b(?:on|in|at|around|from|into|onto)\s+(?:(?:your|the|their|his|her|its|our|a|an)\s+)?"
                         r"(?:[\w'’-]+\s+(?:and|or)\s+)?[\w'’-]+$", left):
                plural = False
            # ("a calm bedtime routine lasting 20 to 30 minutes, such as a bath": an amount of time is
            # no kind the examples are of)
            amount = re.search(r"\b\d[\d,.]*\s+(?:(?:to|or|and)\s+\d[\d,.]*\s+)?([a-z]+)$", left)
            if amount and amount.group(1) in lex.units:
                plural = False
            lead = "These include" if plural else "Examples include"
            if "including" in m.group(0):
                # ("Keep a written list of every medicine the person takes, including the name, strength and dose": what
                # is included may be the whole's, not the last noun's; "This" tells of the whole)
                lead = "This includes"
                parts = re.split(r",\s+", right)
                # (never where the main clause goes on after the things: "Keep loose and spare batteries, including used
                # ones, locked away ...", "go back to their usual activities, including having caffeine, straight away";
                # nor after a phrase of how: "send us a case list each weekday, using the template given, including any
                # new cases" includes them in the list, not the template; nor with more that is no part: "healthy foods,
                # including iron-fortified cereal, plus nutrition counseling"); a past form before its noun describes
                # it: "including family members, paid carers or professionals")
                later = [[w.lower() for w in WORDS.findall(part)] for part in parts[1:]]
                how = WORDS.findall(re.split(r",\s+", left)[-1])
                if any(not w or (w[0] in lex.past_forms or w[0].endswith("ed")) and
                       (len(w) == 1 or w[1] in PREPOSITIONS or w[1] in PARTICLES or w[1].endswith("ly"))
                       for w in later) or \
                        later and not re.search(r"\b(?:and|or)\b", parts[-1]) or \
                        how and how[0].lower().endswith("ing") and not _has_finite(how) or \
                        re.search(r"\b(?:plus|as\s+well\s+as)\b", right) or \
                        as_list(text) is not None:  # (a long series is published as a list: plain/lists.py)
                    return [text]
            return split_clauses(_sentence(left), lex) + [_sentence(f"{lead} {right}", end)]
    return [text]


# what, after examples set off by a comma, tells of the main clause: how often, when, why, a
# result ("..., such as A and B, particularly when the water is warm"); and an adverb with its time
# or manner ("take simple painkillers, such as paracetamol, regularly for the first few days"), never
# a noun in "-ly" ("soup, jelly or ice lollies")
TOLD_AFTER_EXAMPLES = re.compile(
    r",\s+(?:every\s+time|each\s+time|at\s+all\s+times|particularly|especially|mainly|mostly|usually|often|even|"
    r"when|if|unless|until|because|although|while|starting|beginning|depending|lasting|together\s+with|"
    r"along\s+with|alongside|"
    r"(?!(?:" + "|".join(sorted(LY_NOUNS)) + r")\b)[a-z]+ly\s+(?:for|with|at|in|on|every|each|until|before|after|"
    r"during|when|throughout|twice|once|rather)|" + "|".join(RESULT_PARTICIPLES) + r")\b")


def _shared_subject(left: str, lex: Lexicon) -> str:
    """The subject of a clause told again to open the next sentence: a pronoun as it is; a short
    noun phrase before a verb of time as "It" or "They" by that verb's number ("Some of our
    toilets are locked" -> "They"); a person as named ("Your child is ..." -> "Your child").
    "" where the clause opens with no subject found within five words."""
    words = WORDS.findall(left)
    low = [w.lower() for w in words]
    if len(words) < 3:
        return ""
    if low[0] in PRONOUNS | {"it"} and (_finite(low[1]) or _s_verb(low[1], lex) or low[1] in lex.past_forms):
        return "I" if low[0] == "i" else low[0].capitalize()
    if low[0] not in DETERMINERS | QUANTIFIERS | {"this", "these", "that", "those"}:
        # ("Landlords must still arrange ...", "Travelers should avoid ...": a plural noun with no
        # determiner, right before its modal or plural verb)
        plain_plural = words[0][:1].isupper() and _plural(low[0]) and low[0] not in lex.verbs and \
            low[0] not in NOT_SUBJECT_START and low[0] not in lex.subjects and words[0][1:].islower() and \
            (low[1] in MODALS or low[1] in ("are", "were", "have", "do"))
        return "They" if plain_plural else ""
    at = next((k for k in range(1, min(len(low), 6)) if _finite(low[k]) or _s_verb(low[k], lex)), None)
    if at is None or at < 2 or low[at - 1] in ("to", "that", "which", "who"):
        return ""
    phrase = low[1:at]
    # ("Some of our toilets": a part of the things; any other preposition or a verb inside is a
    # phrase or clause about them, whose verb may be found in place of the subject's)
    if any(w in PREPOSITIONS and not (w == "of" and k == 0 and low[0] in QUANTIFIERS) for k, w in enumerate(phrase)) or \
            any(w in lex.verbs and not w.endswith("s") or w.endswith(("ing", "ed")) for w in phrase):
        return ""
    head, verb = low[at - 1], low[at]
    if head in PERSON or head in PEOPLE or re.fullmatch(rf"(?:{CARERS})", head, re.IGNORECASE):
        # ("A young child can slip ..., and can drown ...", "A nurse will let air out ..., and will then
        # replace it": "a" again would be any child or another nurse; "they" is the same one)
        if low[0] in ("a", "an"):
            return "They"
        said = " ".join(words[:at])
        return said[:1].upper() + said[1:]
    if _verb_number(verb, lex) == "many" or verb in MODALS and _plural(head):
        return "They"
    if _verb_number(verb, lex) == "one":
        return "It" if not _plural(head) or head.endswith(("ss", "us", "is")) else ""
    return ""


def _ends_on_short_list(text: str) -> bool:
    """Whether every comma of `text` is a list's: the items after the first comma are a few words each with
    no clause of their own, and the last is joined by "and"/"or" ("by a urologist, a radiologist or a
    specially trained nurse")."""
    pieces = re.split(r",\s+", text)
    return len(pieces) > 1 and re.search(r"\s(?:or|and)\s", pieces[-1]) is not None and all(
        len(WORDS.findall(piece)) <= 8 and not {w.lower() for w in WORDS.findall(piece)} & (CLAUSE_BREAKERS | FINITE)
        and not _verb_and_object(WORDS.findall(piece)) for piece in pieces[1:])


def _verb_and_object(words: list[str]) -> bool:
    """Whether `words` open on a verb and its object ("increase your appetite", "measure the blood pressure"): a
    series of the subject's acts, no list of things."""
    # (the verb need not be the lexicon's: no thing on a list is told by a word before "your" or "the" but a
    # preposition or an amount)
    first = words[0].lower() if words else ""
    return len(words) > 1 and words[1].lower() in DETERMINERS and \
        first not in PREPOSITIONS | QUANTIFIERS | {"and", "or", "both", "all", "half"}


EXAMPLES_SET_OFF = re.compile(r",\s+(?:including|such\s+as|for\s+example|especially|particularly)\b[^;:]*$",
                              re.IGNORECASE)


def _subject_modal(clause: str, lex: Lexicon) -> str:
    """The modal ("must", "should", "need to") right after a clause's subject, as written, where it
    governs the clause to its end; "" where the subject's verb shows no modal, a denial follows it
    ("You must not drive, and stay ..." leaves open whether the second verb is denied too), or a
    clause opens after it ("We would be grateful if you could encourage ..., and cover ...": the
    second verb is the inner clause's)."""
    # ("You may learn techniques such as breathing exercises, and plan ...": the examples open no clause)
    low = [w.lower() for w in WORDS.findall(re.sub(r"\b(?:such\s+as|including)\b[^,;:]*", "", clause))]
    for k, w in enumerate(low[1:7], 1):
        to = w in ("need", "needs", "have", "has") and low[k + 1:k + 2] == ["to"]
        if w in MODALS or to:
            rest = low[k + (2 if to else 1):]
            after = [x for x in rest[:3] if x not in ADVERBS_BEFORE_VERB - {"not", "never"}]
            if not after or after[0] in ("not", "never", "no"):
                return ""
            # ("We may speak to others, ..., and look at ...": "to" before a thing or person is a place)
            if any(x in CLAUSE_BREAKERS or x in MODALS or x in NEGATED_MODALS or x in ("when", "whether") or
                   x == "to" and rest[j + 1:j + 2] and rest[j + 1] in lex.verbs and _bare_verb(rest[j + 1], lex)
                   for j, x in enumerate(rest)):
                return ""
            return f"{w} to" if to else w
        if _finite(w) or w in NEGATED_MODALS or w in CLAUSE_BREAKERS or w in lex.verbs and not _plural(w):
            return ""
    return ""


def _opens_on_bare_verb(words: list[str], lex: Lexicon) -> bool:
    """Whether `words` open (past "also", "then" and the like) on a verb's base form the lexicon
    knows: "give tenants a copy", "also check ..."."""
    said = [w.lower() for w in words]
    while said and said[0] in ADVERBS_BEFORE_VERB - {"not", "never", "only"}:
        said = said[1:]
    return len(said) >= 2 and said[0] in lex.verbs and _bare_verb(said[0], lex) and said[0] not in lex.subjects


def _verb_agrees(subject: str, words: list[str], lex: Lexicon) -> bool:
    """Whether `words` open (past their adverbs) on a verb whose number is the subject's: "It
    explains ..., and gives practical suggestions" (one), "They are ..., and have ..." (more than
    one); never a bare verb, which may be an order or a list's next thing."""
    said = subject.lower()
    one = said in ("it", "he", "she") or said not in ("they", "you", "we", "i") and not _plural(said.split()[-1])
    return len(words) >= 2 and _verb_number(_opening_verb(words, lex), lex) == ("one" if one else "many")


def _person_named_last(left: str, lex: Lexicon) -> str:
    """The person a clause ends on, told again as a sentence's subject ("a colorectal surgeon" ->
    "The colorectal surgeon", "your GP" -> "Your GP"); "" where the clause ends on no one
    named with a determiner and up to two describing words."""
    m = re.search(r"\b(the|your|their|his|her|our|a|an)\s+((?:[\w-]+\s+){0,2}([\w-]+))$", left, re.IGNORECASE)
    if not m:
        return ""
    words = [w.lower() for w in m.group(2).split()]
    last = words[-1]
    # ("a friend of mine", "the nurse on the ward", "a man aged 60": a phrase goes on past the person;
    # "the doctor you saw": a clause about them; neither is a name to tell again)
    if any(w in PREPOSITIONS or w in PRONOUNS or w in AUXILIARIES or w in MODALS or w.endswith("ing") or
           w in ("aged", "who", "that") for w in words) or \
            re.search(r"\b(?:and|or)\s*$", left[:m.start()], re.IGNORECASE) or \
            re.search(r"\b(?:who|whom|that|which)\s+(?:[\w'’-]+\s+){0,3}$", left[:m.start()], re.IGNORECASE):
        return ""  # ("a nurse and a doctor": both are the ones named; "the doctor who referred your child,
        # who will discuss them": the person last named is inside a clause about another)
    if not (re.search(rf"^(?:{CARERS})$", m.group(2).split()[-1], re.IGNORECASE) or
            re.search(r"(?:ist|ian|ologist|worker|visitor|consultant|friend|relative|partner|carer|caregiver|"
                      r"parent|child|son|daughter|mother|father|member|colleague|neighbour|neighbor|GP)$",
                      last, re.IGNORECASE) or last in PERSON):
        return ""
    det = m.group(1).lower()
    return ("The" if det in ("a", "an", "the") else det.capitalize()) + " " + m.group(2)


def _second_which(right: str, lex: Lexicon) -> str:
    """The clause after a "which" split off, with a second "which" joined to it said without
    its "which": "which is caused by the gas ... and which usually goes away" has the same subject
    twice ("This is caused ... and usually goes away")."""
    right = re.sub(r"\b(and|but)\s+which\s+(?=(?:(?:[a-z]+ly|often|also|then|sometimes)\s+)?(?:is|are|was|were|can|"
                   r"could|may|might|"
                   r"will|would|should|must|does|do|did|has|have|had|cannot|can['’]t|won['’]t|"
                   r"doesn['’]t|don['’]t|[a-z]+s)\b)", r"\1 ", right)
    # ("... but which usually stop hurting": a verb the lexicon knows, after an adverb; "and which tend to
    # bite": or right after it)
    return re.sub(r"\b(and|but)\s+which\s+(?=(?:(?:usually|often|then|also|sometimes|[a-z]+ly)\s+)?([a-z]+)\b)",
                  lambda m: f"{m.group(1)} " if m.group(2) in lex.verbs else m.group(0), right)


# a generic kind named last ("a condition", "other medicines"): examples after it in a condition
# say which one
GENERIC_KIND_LAST = re.compile(r"\b(?:a|an|any|certain|some|other)\s+(?:[a-z-]+\s+)?(?:medical\s+|health\s+)?"
                               r"(?:condition|illness|disease|problem|medicine|treatment|infection)s?$", re.IGNORECASE)
# where a clause about the noun before it starts: "which", "who", "where", or "that" after a noun
# (not after a verb or a joining word, where "that" opens what is said: "and that radon does not")
CLAUSE_ABOUT_A_NOUN = re.compile(r"\b(?:which|who|whom|where)\b|(?<!\band\s)(?<!\bbut\s)(?<!\bor\s)(?<![a-z]{2}d\s)"
                                 r"(?<!\bsay\s)(?<!\bsays\s)(?<!\bmeans\s)(?<!\bshows\s)(?<!\bknow\s)"
                                 r"(?<!\bstand\s)(?<=[a-z]\s)\bthat\b")


def _series_clause(left: str, lex: Lexicon) -> str:
    """The last comma piece of `left`, or, where that piece closes a series of things ("...
    through coughing, | sneezing | or casual contact"), every piece from the one the series
    starts in."""
    pieces = re.split(r"[,;:]", left)

    def thing(piece: str) -> bool:  # a short item with no verb of its own
        words = [w.lower() for w in WORDS.findall(piece)]
        return 0 < len(words) <= 5 and not set(words) & (FINITE | BE | SUBORDINATORS | RELATIVE) and \
            not (words[0] in lex.verbs and not words[0].endswith("ing"))
    if len(pieces) < 2 or not thing(pieces[-1]) or not re.search(r"\b(?:and|or)\s", pieces[-1]):
        return pieces[-1]
    k = len(pieces) - 2
    while k > 0 and thing(pieces[k]):
        k -= 1
    return ",".join(pieces[k:])


def _pronoun_clause(words: list[str], lex: Lexicon) -> bool:
    """A clause with a pronoun for its subject ("they are not needed for ..."): no example."""
    return bool(words) and words[0].lower() in PERSONAL | {"it", "this", "these", "there"} and \
        _is_clause(words, lex)


def _reason_runs_on(left: str, right: str, lex: Lexicon) -> bool:
    """Whether the words after "because" go on past the reason, so that the reason cannot be a
    sentence of its own ("This is because ...") without taking what follows it along."""
    # the "but" clause, the "unless" of the order, the next choice or step, or the next items
    # ("immune to chickenpox because they had it, but if you have not ..., you should ...";
    # "avoid aspirin, because it may increase bleeding, unless it was prescribed ...";
    # "you have kidney problems, because your dose may be lower; you have heart failure; ...";
    # "because mercury can bind to gold, and then put on your gloves")
    # ("if you have glandular fever, because a rash is more likely, if you have liver problems,
    # or if ...": the list's next conditions)
    if re.search(r",\s+(?:but|unless|except)\s|;\s*\S|,\s+(?:and\s+)?then\s", right) or _list_goes_on(right, lex) or \
            re.search(r"\bif\s", left) and re.search(r",\s+or\s+if\s", right):
        return True
    # a list of "that" clauses ("that you are doing it because you care, and that the goal is ...")
    if re.search(r",\s+(?:and|or)\s+(?:that|whether|how)\s", right):
        return True
    # a verb after a comma whose subject came before the "because" ("splash pads, which are thought
    # safer because they have no standing water, can still spread germs"), unless the reason's own
    # verbs run in a series closed by "and"/"or" ("because it may come on suddenly, may be more
    # severe, and is usually not relieved by rest")
    if SHARED_VERB.match(right) and not re.search(
            r",\s+(?:and|or)\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|may|can|will|has|have|[a-z]+(?:s|ed))\b", right):
        return True
    return _main_clause_after(left, right)


def _main_clause_after(left: str, right: str) -> bool:
    """Whether a "because" clause sits inside an open condition whose main clause follows it:
    "so if you have diabetes, or are more likely to develop it because you are overweight,
    your doctor will keep a closer check" (the reason is the condition's, not a sentence)."""
    return re.search(r"(?:^|,\s+(?:so|and|but)\s+)(?:if|when|unless|once|until)\b[^;]*$", left,
                     re.IGNORECASE) is not None and re.search(
        r",\s+(?!(?:and|or|but|so|which|who|that|especially|particularly|even|because|as|since|"
        r"although|though|if|when|unless|for|such|including|not|usually|often)\b)[a-z]+\s+(?:[a-z]+\s+)?"
        r"(?:will|may|can|should|must|might|could|is|are|needs?)\b", right) is not None


def _list_goes_on(text: str, lex: Lexicon) -> bool:
    """Whether a clause runs into the next item of a list from before it: "because it can
    affect your heart rhythm, or a short course of steroid tablets while ...": after ", or a"
    a phrase without a verb is another choice, not more of the clause."""
    for m in re.finditer(r",\s+(?:or|and)\s+(?:a|an|the)\s+", text):
        phrase = re.split(r"\b(?:while|when|if|until|because|which|that|who|to)\b", text[m.end():])[0]
        if not any(w in lex.verbs or w in MODALS or w in AUXILIARIES or w.endswith(("n't", "n’t"))
                   for w in (x.lower() for x in WORDS.findall(phrase))):
            return True
    return False


REASON_FIRST = re.compile(r"(?:(?:however|instead|still|otherwise),\s+)?(?:because|although|though|even though)\s+",
                          re.IGNORECASE)


def _reason_first(text: str, lex: Lexicon) -> bool:
    """ "however, because it takes weeks for a case to be reported, the Department expects
    ...": a reason or concession put first, then its whole clause."""
    m = REASON_FIRST.match(text)
    return m is not None and _after_leading_clause(text, m.end(), lex) is not None


# a time or span set off after a leading clause, its own ("Because the virus damages the liver slowly, over 20 to 30
# years, people ...")
SET_OFF_TIME = re.compile(r"(?:over|for|within|after|during|in|by|up\s+to)\s+(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?"
                          r"(?:\d[\d,.]*|a\s+few|several|many)\s+(?:(?:to|or)\s+\d[\d,.]*\s+)?(?:minutes|hours|days|weeks|"
                          r"months|years)\b[^,;:]*,\s+", re.IGNORECASE)
def _ends_on_a_time(text: str) -> bool:
    """Whether `text` ends on a time, which a "when" clause after it tells ("Because students are at school during
    the middle of the day, when UV levels are highest, schools ...")."""
    last = (WORDS.findall(text) or [""])[-1].lower()
    return last in TIME_NOUNS or last.endswith("s") and last[:-1] in TIME_NOUNS


def _after_leading_clause(text: str, start: int, lex: Lexicon) -> tuple[str, str] | None:
    """The leading clause ("Although A, B": A from `start`) and the main one, split at the
    comma that closes A: the first comma after which A is a whole clause (A may hold a
    list's commas). When the main clause after it is not whole ("..., most children who
    have it can lead normal, active lives"), there is no split: a later comma would cut
    the main clause itself."""
    for comma in re.finditer(r",\s+", text[start:]):
        left = text[start:start + comma.start()]
        right = text[start + comma.end():]
        # ("Because sickle cell trait runs in families, your brothers, sisters and other relatives may also be
        # carriers": a list that ends on its verb is the main clause's subject, and the comma before it ends the
        # leading clause)
        if not _opens_main_clause(left, lex) or \
                _in_a_list(left, right) and not (LISTED_SUBJECT.match(right) and
                                                 not EXAMPLES_OPEN.search(re.sub(r"\([^()]*\)", "", left))):
            continue
        # ("Because reinfection is common, especially among young people, WDH advises ...": the
        # phrase that limits the reason goes with it)
        # (so do a time's, examples' and a choice's: "Because the numbness may wear off suddenly, often during the
        # night, you should ...", "..., including by children without symptoms, ...", "..., rather than a general
        # anaesthetic, ...")
        limit = re.match(r"(?:especially|particularly|mainly|mostly|even|often|usually|sometimes|rather\s+than)"
                         r"\b[^,]*,\s+",
                         right, re.IGNORECASE) or SET_OFF_TIME.match(right) or \
            _ends_on_a_time(left) and re.match(r"when\s[^,;:]*,\s+", right, re.IGNORECASE) or \
            re.match(r"(?:for\s+example|for\s+instance|such\s+as|including|like)\b(?:[^,;:]*,\s+)*?[^,;:]*\b(?:and|or)\s"
                     r"[^,;:]*,\s+|including\b[^,]*,\s+|(?:for\s+example|for\s+instance|such\s+as)\s[^,;:]*,\s+(?=[^,;:]*$)",
                     right, re.IGNORECASE)
        # ("Because cellulitis can look like other conditions, such as a blood clot in the leg, it is important to
        # see a doctor": one example, then the main clause with no comma of its own; with one, the example may be
        # the leading clause's subject's, and its verb comes after it: "Because laboratory tests used to confirm RMSF,
        # such as antibody tests, often do not show a positive result ..., providers should not wait")
        if limit:
            left, right = f"{left}, {right[:limit.end()].rstrip(', ')}", right[limit.end():]
        first = (WORDS.findall(right) or [""])[0].lower()
        joined_next = re.search(r",\s+(?:and|or)\s+([a-z]+)", right)
        if first in lex.verbs and _bare_verb(first, lex) and first not in lex.subjects and joined_next and \
                joined_next.group(1) in lex.verbs and _bare_verb(joined_next.group(1), lex) and \
                not {w.lower() for w in WORDS.findall(left)} & (MODALS | AUXILIARIES) and \
                not is_order(WORDS.findall(left), lex):
            continue  # "Because the kidneys remove waste ..., help control blood pressure, and help keep
            # bones healthy, damage ...": the leading clause's verbs go on in a series
        if _s_verb(first, lex):
            return None  # ("Although it may seem odd, eating normal food, including toast, helps
            # ...": a verb with no subject after the comma is the subject's on the left)
        # ("Although constipation may sound like a minor problem, in rare cases it can lead to a blockage": a short
        # phrase put first in the main clause)
        return (left, right) if _opens_main_clause(right, lex) or _fronted_clause(right, lex) else None
    return None


# examples opened at the end of a text, whose list goes on after its comma ("materials such as clothing, bedding,
# hair, and furniture will catch fire")
EXAMPLES_OPEN = re.compile(r"\b(?:such\s+as|including|like|for\s+example)\s+[^;:]*$", re.IGNORECASE)
# names of a few words each joined by commas, the last by "and"/"or" with no comma after it, then their verb: a
# subject that is a list ("your parents, brothers, sisters and any children you already have may ...")
LISTED_SUBJECT = re.compile(r"(?:(?!(?:and|or)\b)(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)+(?:[\w'’-]+\s+){0,3}?(?:and|or)\s+"
                            r"(?!(?:because|if|when|as|since|although|though|while|where|then|also)\b)"
                            r"(?:[\w'’-]+\s+){1,4}?(?:may|can|will|might|could|should|must|is|are|was|were|do|does|"
                            r"have|has)\b")


def _opens_main_clause(text: str, lex: Lexicon) -> bool:
    """Whether `text`, after a leading clause's comma, is the main clause (or, given the leading clause's
    own words, whether those are a clause). The sentence needs one there, so a subject too long for
    `_is_clause` to reach its verb may stand: names joined ("your brothers, sisters and other relatives may
    also be carriers"), a participle's phrase ("a second blood test taken 10 to 14 days later is often
    needed"), a subject of several words the lexicon does not know ("fluconazole and some other antifungal
    medicines may cause"). Its verb comes before any comma (or after a list that is the subject); one after
    "and" is a second verb of the clause before ("resists heat and does not burn easily, it was ...")."""
    words = WORDS.findall(text)
    if _is_clause(words, lex):
        return True
    unbracketed = re.sub(r"\s*\([^()]*\)", "", text)
    listed = LISTED_SUBJECT.match(unbracketed)
    lowered = [w.lower() for w in WORDS.findall(listed.group(0) if listed else re.split(r"[,;:]", unbracketed)[0])]
    if len(lowered) < 3 or lowered[0] in NOT_SUBJECT_START or lowered[0] in MODALS | AUXILIARIES or \
            lowered[0].endswith("ly") and lowered[0] not in LY_NOUNS or \
            lowered[0] in lex.verbs and lowered[0] not in lex.subjects and lowered[0] not in DETERMINERS:
        return False
    head = _up_to_clause(lowered[:14])
    return any(_finite(w) and head[k - 1] not in ("and", "or", "but") for k, w in enumerate(head) if k >= 1)


# a few such phrases need no comma: "and in rare cases the bacteria spread"
# ("and in most adults it is caused by laryngitis", "and in children this can lead to rickets": the people
# a claim holds for, put first)
# ("and for most people these reactions fade", "and at this level aspirin is considered safe", "but after
# that you should have nothing": a phrase of whom, when or how much, then the clause it limits)
FRONTED_BARE = (r"(?:in\s+(?:rare|some|most|many|a\s+few|few|severe)\s+(?:cases|areas|places|countries|situations|"
                r"parts\s+of\s+the\s+(?:country|world|UK|US))|over\s+time|at\s+times|"
                r"(?:in|for)\s+(?:(?:most|some|many|a\s+few|few|older|younger|young)\s+)?(?:people|adults|children|"
                r"babies|infants|women|men|patients)|for\s+(?:others|some|many|most)|"
                r"at\s+(?:this|that)\s+(?:stage|level|point|dose|age)|by\s+then|after\s+that(?=\s+(?:you|they|we|it|"
                r"the|your)\b)|in\s+(?:this|that)\s+case|for\s+this\s+reason|on\s+average)\s+(?!,)")
FRONTED_COMMA = (r"(?:for|in|after|before|during|with|without|at|on|by|over|under|within|"
                 r"since|until|like|despite|unlike|in\s+spite\s+of)\s+[^,;:()]{1,30},\s+")
# (the phrases with no comma are tried first: "In most cases it is mild, it appears ..." has no phrase
# that runs up to its comma)
FRONTED = re.compile(f"{FRONTED_BARE}|{FRONTED_COMMA}", re.IGNORECASE)
FRONTED_EITHER = (re.compile(FRONTED_BARE, re.IGNORECASE), re.compile(FRONTED_COMMA, re.IGNORECASE))


# people told by a "who" clause at the end of a text, from its start or a subordinator ("because people
# who take insulin"), and at the start of one ("some people who take ...")
WHO_SUBJECT_TAIL = re.compile(r"(?:^|\b(?:because|if|when|that|as|since|while|although|whether)\s+)"
                              r"((?:[\w'’-]+\s+){1,4}?who\s+[^,;:()]*)$", re.IGNORECASE)
PEOPLE_WHO = re.compile(r"(?:(?:some|many|most|other|all|the|those|any)\s+)?[\w'’-]+\s+who\b", re.IGNORECASE)


# ", as narrowings can come back", ", as the drops can make your eyes sensitive", ", as there is a risk of
# choking", ", as reversal operations are not usually available": a thing named, then a hedge or a state,
# gives a reason as a pronoun does (not "as your doctor may advise", a manner, nor "as most vaccines are)",
# a likeness, nor "as some mineral waters are not", which leans on the words before; a small letter opens
# a list item, whose reason is its lead's)
# (a state told with "is" or "are" and a describing word or a participle too: ", as the tracer is ordered specially
# for you", ", as the tablets are sensitive to moisture", ", as places are limited"; not what is done in like manner,
# "as all schools are asked to do", "as the steps are described in the leaflet")
AS_NOUN_REASON = re.compile(
    r",\s+as\s+(?=(?:(?:the|your|their|our|some|many|most|other|any|a|an)\s+)?"
    r"(?!(?:this|that|these|those|it|they|you|we|he|she|well|long|soon|much|many|far|such|part|if|though|usual|"
    r"normal|always|before|often|with)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+(?:usually\s+|often\s+|also\s+)?"
    r"(?:(?:can|could|may|might|will|would)\s+(?:not\s+|also\s+|then\s+|sometimes\s+|often\s+|usually\s+)?"
    r"(?!(?:advise|explain|tell|recommend|suggest|describe|show|direct|prescribe|expect|say|agree|decide|"
    r"instruct|confirm|remember|know|see)\b)[a-z]+|(?:is|are)\s+(?:not|no|very|more|less|too|often|usually|likely|"
    r"unlikely|a|an|the|still|(?!(?:written|shown|listed|described|given|explained|outlined|set)\b)"
    r"[a-z]+(?:ed|ble|ive|ful|ent|ant|ous|ic|al|ary|ory|kept|made|held|seen|known|sent|free|safe|few|rare|low|"
    r"high|small|large|slow|fast|common))\b(?=\s+[\w(])(?!\s+to\s+do\b)))")


def _as_noun_reason(text: str) -> re.Match | None:
    """The ", as" of a reason whose subject is a thing named (see AS_NOUN_REASON), in a sentence that opens
    on a capital and outside any bracket."""
    m = AS_NOUN_REASON.search(text)
    if m and text[:1].isupper() and text[:m.start()].count("(") == text[:m.start()].count(")"):
        return m
    return None


def _since_reason(text: str, lex: Lexicon) -> re.Match | None:
    """The ", since" of a reason whose subject is a thing named, a few words long, with a verb in the present or a
    modal ("since infections from the teeth and gums can spread", "since eating naturally makes the bowel move",
    "since the same rules apply"). A past verb before it tells a time ("since the clinic opened", "since your child
    was born"), and so may "has"/"have" ("since we have moved"): neither is a reason."""
    m = re.search(r",\s+since\s+", text)
    if not m or not text[:1].isupper():
        return None
    words = WORDS.findall(text[m.end():])
    lowered = [w.lower() for w in words]
    for k, w in enumerate(lowered[:8]):
        if w in PAST or w in lex.past_forms or w.endswith("ed") or w in ("has", "have", "had", "then", "birth") or \
                w in SUBORDINATORS | RELATIVE:
            return None
        # (a bare verb after a plural: "since the same rules apply")
        # ("since the beginning of May": a month in capitals is no modal)
        if k and (w in MODALS and words[k].islower() or w in ("is", "are", "isn't", "aren't", "does", "do", "doesn't", "don't") or
                  _s_verb(w, lex) and lowered[k - 1] not in DETERMINERS or
                  w in lex.verbs and _plural(lowered[k - 1]) and lowered[k - 1] not in lex.verbs):
            return m
    return None


# participles that tell how an order is carried out, and their orders ("following" only with the
# instructions followed: "following your positive test" tells when)
MANNER_PARTICIPLES = {"avoiding": "avoid", "using": "use", "holding": "hold", "leaving": "leave",
                      "checking": "check", "starting": "start", "wearing": "wear", "taking care": "take care",
                      "making sure": "make sure", "pressing": "press", "pointing": "point", "supporting": "support",
                      "resting": "rest", "gripping": "grip", "repeating": "repeat", "breathing": "breathe",
                      "looking": "look", "following": "follow"}
MANNER_STEP = re.compile(r",\s+(" + "|".join(sorted(MANNER_PARTICIPLES, key=len, reverse=True)) +
                         r")\s+(?=[a-z0-9(\"“])")
INSTRUCTIONS_FOLLOWED = re.compile(r"(?:the|your|any|all|our)\s+(?:[\w'’-]+\s+){0,2}(?:instructions|advice|"
                                   r"directions|guidance|steps|label|rules|plan|programme|program)\b", re.IGNORECASE)


def _manner_step(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """An order, then ", using ..." / ", keeping ..."-like words of how to carry it out, to the end of the
    sentence with no comma of their own: the order and the second order the participle gives ("Step one
    foot back, holding the back of a chair" -> "Step one foot back." + "Hold the back of a chair"). A
    label before the order ("Quadriceps stretch: stand ...") and an adverb opening it are the order's."""
    m = MANNER_STEP.search(text)
    if not m or not text[:1].isupper():
        return None
    left, right = text[:m.start()], text[m.end():].rstrip(".!? ")
    # ("using the online form or by calling us", "starting with short walks and slowly walking farther": more
    # ways joined by "or" or "and" take their "-ing" along; "Avoid heavy lifting, gripping and pushing": a list
    # of acts named by their "-ing" words; "by opening windows and, once it is safe, using fans": the next way)
    if re.search(r"[,;:]", right) or left.count("(") != left.count(")") or \
            re.search(r"\b(?:because|as|so|which|if|unless|when|while|until)\b", right) or \
            re.search(r"\b(?:and|or)\s+(?:[a-z]+ly\s+)?(?:by\s+)?[a-z]+ing\b", right) or \
            re.search(r"\bby\s+[a-z]+ing\b|[a-z]+ing\s*$", left) or \
            m.group(1) == "following" and not INSTRUCTIONS_FOLLOWED.match(right):
        return None
    ordered = _without_leading_adverbs(WORDS.findall(re.sub(r"^[^:,;.]{1,40}:\s+", "", left)))
    if len(ordered) < 3 or len(WORDS.findall(right)) < 2 or ";" in left or \
            not (is_order(ordered, lex) and not _is_clause(ordered, lex)):
        return None
    return left, f"{MANNER_PARTICIPLES[m.group(1)].capitalize()} {right}"


# a modal and a harm a thing may do ("can scratch", "may irritate"): what a thing set aside or refused does
HARM_DONE = re.compile(r"(?:can|could|may|might|will)\s+(?:also\s+|easily\s+|sometimes\s+)?(?:scratch|damage|irritate|"
                       r"dry|harm|hurt|sting|burn|stain|block|clog|break|spread|carry|upset|weaken|wear)\b")


# the case that matters most, to the end of the sentence: ", especially if ...", ", particularly in ..."
STRESSED_CASE = re.compile(r",\s+(?P<adverb>especially|particularly)\s+(?P<case>(?:if|when|in|during|for|after|before|among|"
                           r"with|while|at|on)\s+[^,;:()]+)$")


def _stressed_case(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """A sentence of 20 words or more that ends on its stressed case after a whole clause or order, as
    that clause and "This is especially true ..." ("... important ..." after an order); never after
    examples, which the case may be of ("signs such as a fever or chills, especially if these start ..."),
    a list item, or a question."""
    m = STRESSED_CASE.search(text.rstrip(".!"))
    if not m or not text[:1].isupper() or text.rstrip()[-1:] == "?" or len(WORDS.findall(text)) < 20:
        return None
    left = text[:m.start()]
    words = WORDS.findall(left)
    # (nor after things listed or ways joined with "or": the case may be the last one's only, "... eat less or
    # drink alcohol, especially on an empty stomach"; "can include a dry cough and shortness of breath, especially
    # with exercise")
    if len(words) < 8 or re.search(r"\b(?:such\s+as|including|include|includes|for\s+example|like)\b|[;:]|,\s+or\s|"
                                   r"\bif\b[^.]*,|,[^,;]*\b(?:and|or)\b[^,;]*$", left, re.IGNORECASE) or \
            left.count("(") != left.count(")"):
        return None
    ordered = _without_leading_adverbs(words)
    # (advice told as a duty, "you should discuss ...", "are encouraged to offer ...", is stressed as important too)
    if is_order(ordered, lex) or _denial(ordered) or _bare_order(ordered, lex, OWNED_OBJECT) and \
            ordered[0].lower() not in lex.subjects or \
            re.search(r"\b(?:should|must|need\s+to|are\s+(?:encouraged|advised|asked|urged)|is\s+(?:encouraged|advised|"
                      r"important))\b", left, re.IGNORECASE):
        judged = "important"
    elif _is_clause(words, lex) or _fronted_clause(left, lex) or _condition_first(left, lex):
        judged = "true"
    else:
        return None
    return left, f"This is {m.group('adverb')} {judged} {m.group('case')}"


# a short subject, its examples set off by commas, then its verb of time: "Some medicines, such as certain
# antibiotics and carbamazepine, should not be taken with clozapine"
SUBJECT_EXAMPLES = re.compile(r"(?P<subject>[A-Z][^,;:()]{2,60}?),\s+(?P<lead>such\s+as|including)\s+"
                              r"(?P<examples>[^;:]+?),\s+(?P<rest>(?:usually\s+|often\s+|also\s+|generally\s+|"
                              r"sometimes\s+)?(?:can|could|may|might|will|would|should|must|cannot|can['’]t|is|are|was|"
                              r"were|has|have|do|does|did)\b[^;:]*)")


def _subject_examples(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The clause with its subject's examples taken out, and the examples as a sentence of their own, the
    subject's head said again ("These medicines include ...", "This information includes ..."), for a
    sentence of 14 words or more whose subject is a short noun phrase with no verb or preposition of its own ("Body scanners which use radio
    waves, such as ..." keeps them), whose examples hold no verb, and whose clause runs on from the
    subject's verb; never a question, and never where the examples go on the subject's list ("Pain
    relievers, such as paracetamol, and opioids do not help")."""
    m = SUBJECT_EXAMPLES.fullmatch(text.rstrip(".!?"))
    if not m or text.rstrip()[-1:] == "?" or len(WORDS.findall(text)) < 14:
        return None
    subject = [w.lower() for w in WORDS.findall(m.group("subject"))]
    examples = [w.lower() for w in WORDS.findall(re.sub(r"\([^()]*\)", "", m.group("examples")))]
    rest = WORDS.findall(m.group("rest"))
    # (the clause short and whole, so that "These include" follows the subject's own clause: after "..., but
    # avoid heavy lifting for 2 weeks" it would point at the lifting)
    # ("Antihistamines and asthma inhalers, such as albuterol": examples of the last thing joined only)
    # ("Eating more vitamin K, such as starting a new diet": a way of doing, no thing to list)
    if not 1 <= len(subject) <= 8 or subject[0] in ("but", "so") or \
            set(subject) & (RELATIVE | SUBORDINATORS | PREPOSITIONS | {"when", "where", "and", "or"}) or \
            _has_finite(subject) or \
            any(_s_verb(w, lex) and k and subject[k - 1] in PRONOUNS for k, w in enumerate(subject)) or \
            not 1 <= len(examples) <= 14 or _has_finite(examples) or set(examples) & (RELATIVE | SUBORDINATORS) or \
            len(examples) < 3 and not {"and", "or"} & set(examples) or examples[0].endswith("ing") or \
            examples[0] in ("the", "those", "one", "someone", "anyone", "people") and \
            examples[1:2] in (["one"], ["with"], ["who"]) or \
            subject[0].endswith("ing") or {w.lower() for w in rest} & SUBORDINATORS or \
            m.group("examples").count("(") != m.group("examples").count(")") or \
            not 3 <= len(rest) <= 16 or re.search(r"[,;:(]", m.group("rest")):
        return None
    # ("Workers with signs of heat illness, such as confusion": after a preposition the examples may be of either
    # noun, so a subject with one keeps them)
    # (the head said again, "These treatments include ...": a bare "These" after the clause could point at
    # its last things, "... at high risk of complications. These include regular blood transfusions.")
    head = subject[-1]
    if not head.isalpha() or head.endswith("ly") or head in DETERMINERS | QUANTIFIERS | PRONOUNS or \
            not _plural(head) and m.group("lead").startswith("such"):
        return None
    said = WORDS.findall(m.group("subject"))[-1]
    said = said.lower() if len(subject) == 1 and said[1:].islower() else said  # ("Medicines" opened the sentence)
    lead = f"These {said} include" if _plural(head) else f"This {said} includes"
    return f"{m.group('subject')} {m.group('rest')}", f"{lead} {m.group('examples')}"


def _single_mark(text: str, mark: re.Pattern) -> re.Match | None:
    """Where `mark` stands, once, in a sentence that may have a part told after its clause: one that opens on a
    capital (no list item going on its lead-in), asks nothing, and is no table row (no ";" or ":")."""
    found = list(mark.finditer(text))
    if len(found) != 1 or not text[:1].isupper() or text.rstrip()[-1:] == "?" or re.search(r"[;:]", text):
        return None
    return found[0]


def _clause_before(left: str, lex: Lexicon) -> bool:
    """Whether `left` can stand before a part told after it: a clause or an order, or a condition put first and its
    clause."""
    words = WORDS.findall(left)
    # ("Without treatment, anorexia can cause serious health problems": a short phrase put first)
    return _left_ok(left, lex) and (_is_clause(words, lex) or is_order(words, lex) or _fronted_clause(left, lex)) or \
        _condition_first(left, lex)


def _last_named(left: str) -> str:
    """The last word of `left`, past a bracket that closes it ("the atria (the upper chambers)" names "atria")."""
    return (WORDS.findall(re.sub(r"\s*\([^()]*\)\s*$", "", left)) or [""])[-1]


def _case_told(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """A whole clause or order, then ", in which case ..." to the end of the sentence, as that clause and "In that case,
    ..." ("Take it as soon as you remember, unless it is nearly time for your next dose, in which case skip the missed
    dose" -> "... for your next dose." + "In that case, skip the missed dose."); the case is the clause's last one,
    as the "which" was. Never a list item, a table row, a case whose commas lead back to the clause before it, or after
    conditions in a series or a second way ("if A, if B, or if C, in which case ..." and "offered sedation, or general
    anaesthesia, in which case you will be fully asleep" are the last one's alone; "In that case" would take all)."""
    m = _single_mark(text, IN_WHICH_CASE)
    if not m:
        return None
    left, right = text[:m.start()], text[m.end():].rstrip(".! ")
    words, left_words = WORDS.findall(right), WORDS.findall(left)
    if len(words) < 3 or len(left_words) < 5 or left.count("(") != left.count(")") or \
            re.search(r",\s+(?:and|or|but)\b", right) or len(re.findall(r"\bif\b", left, re.IGNORECASE)) > 1 or \
            re.search(r",\s+or\b[^,;]*$", re.sub(r"\([^()]*\)", "", left)) or \
            not (_is_clause(words, lex) or is_order(words, lex)) or not _clause_before(left, lex):
        return None
    return left, f"In that case, {right}"


IN_WHICH_CASE = re.compile(r",\s+in\s+which\s+case\s+")
# people named by a plural that a share of them may be told of: "patients, many of whom are frail"
PEOPLE_NAMED = frozenset("people patients children adults women men babies parents carers staff students residents "
                         "workers visitors families members users travellers travelers teenagers pupils".split())
# a share of the things just named, told of in a clause of its own: ", some of which may charge a fee", ", many of
# whom are frail"
SHARE_OF = re.compile(r",\s+(some|many|most|all|none|both|one|each|several|few|any|either|neither)\s+of\s+(which|whom)\s+")


def _share_told(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """A whole clause, then ", some of which ..." (or "many of whom ...") to the end of the sentence, as that clause and
    "Some of these ..." ("Many of them ..." of people): "Your GP can give you details of local nail-cutting services,
    some of which may charge a fee" -> "... services." + "Some of these may charge a fee."; never a list item, a
    table row, a second share ("all of which ..., and most of which ..."), or a share whose commas lead back to the
    main clause ("patients, many of whom are frail, from infections")."""
    m = _single_mark(text, SHARE_OF)
    # ("all of which are safe and most of which are free": a second share with no comma of its own counts too)
    if not m or len(re.findall(r"\bof\s+(?:which|whom)\b", text)) != 1:
        return None
    left, right = text[:m.start()], text[m.end():].rstrip(".! ")
    words, left_words = WORDS.findall(right), WORDS.findall(left)
    if len(words) < 2 or len(left_words) < 5 or left.count("(") != left.count(")") or \
            "," in re.sub(r"\([^()]*\)", "", right) and not _commas_its_own(right, lex) or not _clause_before(left, lex):
        return None
    share, which = m.group(1), m.group(2)
    # (people are named again, "Many of these patients": a bare "them" could point at other people in the clause,
    # "Doctors have reported a rise in young people being admitted ..., some of whom had been using ...")
    named = _last_named(left)
    if which == "whom":
        if named.lower() not in PEOPLE_NAMED:
            return None
        return left, f"{share.capitalize()} of these {named.lower()} {right}"
    # (a thing bare, "Some of these": the things may be named before a phrase that ends the clause, "reports of
    # eye irritation among salon staff, several of which were linked to ...")
    # (the clause must have a verb: "Antidepressant medicines, such as sertraline, many of which ..." is a list's item)
    # ("Many scans show small spots in the lungs, most of which ...": a plain present verb after a clause's subject
    # counts when no examples are still open)
    if not (_has_finite([w.lower() for w in left_words]) or is_order(left_words, lex) and left_words[0].lower() in lex.verbs
            or _is_clause(left_words, lex) and not EXAMPLES_OPEN.search(left) and "," not in left):
        return None
    # ("about two to three hours, most of which is spent waiting": a share of an amount is "this")
    amount = share in ("most", "all", "some", "none", "much") and re.match(r"(?:is|was|has)\b", right)
    return left, f"{share.capitalize()} of {'this' if amount else 'these'} {right}"


# who means a purpose in a statement: a person or a service, or what they wrote
PURPOSE_AGENT = (r"doctors?|nurses?|midwi(?:fe|ves)|surgeons?|team|staff|pharmacists?|GPs?|clinicians?|radiographers?|"
                 r"therapists?|physiotherapists?|dentists?|consultants?|specialists?|practitioners?|carers?|parents?|"
                 r"hospital|clinic|school|council|service|leaflet|page|letter")
# what means a purpose in a statement: someone who means it, a duty or plan, a medicine's way of working
# (and a page that explains, advice given, a stated aim: "It explains what the test involves, so that you can decide",
# "Patients are advised not to have sex until ..., so that they are not reinfected", "The aim is to keep your poo soft,
# so that the tear has a chance to heal", "It is important that ..., so that ...")
PURPOSE_MEANT = re.compile(rf"\b(?:{PURPOSE_AGENT}|providers?|should|must|will|"
                           r"need\s+to|needs\s+to|have\s+to|has\s+to|asked|"
                           r"works?\s+by|explains?|describes?|advised|encouraged|recommended|"
                           r"(?:aim|goal|key|idea|way|thing|purpose|point)\b[^,;]{0,40}?\s+is\s+(?:to|that)|"
                           r"it\s+(?:can|may|might|will)\s+help|"
                           r"what\s+matters\s+most|it\s+(?:is|would\s+be|will\s+be|can\s+be|may\s+be)\s+(?:\w+\s+)?"
                           r"(?:important|best|worth|useful|helpful|advisable|essential|vital))\b",
                           re.IGNORECASE)


SO_THAT_MARK = re.compile(r"(,?)\s+so\s+that\s+")


def _purpose_meant(words: list[str]) -> bool:
    """Whether a statement's words name someone who means a purpose, a duty or an aim (PURPOSE_MEANT); what a body
    will do it means nothing by ("your remaining kidney will increase its work, so that ...")."""
    text = " ".join(words)
    body = word_set("plaincast.plain", "body_parts.tsv") | word_set("plaincast.plain", "body_words.tsv")
    return any(not (m.group(0).lower() == "will" and (WORDS.findall(text[:m.start()]) or [""])[-1].lower() in body)
               for m in PURPOSE_MEANT.finditer(text))


def _what_it_means(left: str, right: str, past: bool) -> str:
    """A result told after its clause, as ", meaning that" is told: "This means that <right>" ("This meant" where both
    are told in the past; "This can mean" after a clause that only may happen, unless the result hedges itself:
    "this tube can become blocked, so that fluid builds up" -> "This can mean that fluid builds up"; a "which" or "who"
    clause's modal tells of its noun, not the clause: "a form, which can be used ..." hedges no result; nor does one
    before the last comma: "Most people can live ... with one kidney, since the remaining kidney slowly increases ...,
    so that ...")."""
    last_part = re.split(r",\s+", re.sub(r",\s+(?:which|who)\b[^,;]*", "", left))[-1]
    hedge = None if past else HEDGED_CLAUSE.search(re.sub(r"\bthan\s[^,;]*$", "", last_part))
    if hedge and any(w.lower().replace("’", "'") in MODALS | NEGATED_MODALS for w in WORDS.findall(right)):
        hedge = None  # (the result's own modal: "so that you may burn" -> "This means that you may burn")
    said = _result_clause("meaning", f"that {right}", PAST_FORM if past else ORDER if hedge else PRESENT)
    return f"This {hedge.group(1).lower()} {said}" if hedge else f"This {said}"


def _purpose_told(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """A whole clause or order, then ", so that <clause>" to the end of the sentence with no comma of its own, as
    that clause and "This is so that ..." ("Please call us as soon as possible, so that we can offer the slot to
    someone else" -> "... as soon as possible." + "This is so that we can offer ..."). After a statement only where
    someone means the purpose (see PURPOSE_MEANT); after any other statement the "so that" tells a result, "This means
    that ..." (see _what_it_means). Never a list item, a table row, what is thought or said, or a sentence shorter than
    16 words (18 with no comma before "so that")."""
    found = _single_mark(text, SO_THAT_MARK)
    if not found:
        return None
    left, right = text[:found.start()], text[found.end():].rstrip(".! ")
    words, left_words = WORDS.findall(right), WORDS.findall(left)
    # (with no comma the purpose may be bound to its clause: only after a long one, "... please let us know at least 2
    # days before your appointment so that we can arrange this")
    shortest = (6, 16) if found.group(1) else (8, 18)
    # (nor, with no comma, where the last part of the clause is a joined or a subordinate one: the purpose is that
    # part's, "close your lips around it, or place the mask so that it fits snugly"; "please tell us, as we may be able
    # to change your treatment so that you need your reliever less often")
    # (so where the clause joins parts, "create an account and, if you are happy to, link it to our clinic so that",
    # or tells of a thing with a clause of its own, "a procedure in which a doctor removes tissue so that")
    condition = CONDITION_FIRST.match(left)
    main_part = re.sub(r"\([^()]*\)", "", left[condition.end():] if condition else left)
    last_part = WORDS.findall(re.split(r",\s+", re.sub(r"\([^()]*\)", "", left))[-1])
    if not found.group(1) and ("," in left and (
            not last_part or last_part[0].lower() in SUBORDINATORS | RELATIVE | {"and", "or", "but", "then", "rather",
                                                                                 "instead"}) or
            re.search(r",\s+(?:and|or|but)\b|\b(?:and|or),|\b(?:who|whom|whose|which)\b", main_part)):
        return None
    if len(words) < 4 or len(left_words) < shortest[0] or len(left_words) + len(words) < shortest[1] or \
            "," in re.sub(r"\([^()]*\)", "", right) or left.count("(") != left.count(")") or \
            REPORTED_THAT.search(left) or not _is_clause(words, lex) or \
            re.search(r",\s+(?:however|though|too|also|instead|then|therefore)$", left, re.IGNORECASE):
        return None  # ("let the school know, however, so that ...": the aside goes with the purpose)
    # (the order may come after a condition put first: "If you cannot attend, please telephone us ..."; a statement
    # after one stays a statement: "If you take codeine for more than a few days, your body can get used to it")
    main = WORDS.findall(left[condition.end():]) if condition else left_words
    ordered = _without_leading_adverbs(main)
    # (the order may come after the condition's examples: "If you take a medicine which can cause low blood sugar,
    # such as gliclazide, please bring a sugary drink")
    after_condition = re.split(r",\s+", left[condition.end():])[1:] if condition else []
    # (or after a phrase put first: "Without lifting your head, turn it 90 degrees to the left")
    order = any(piece and (is_order(piece, lex) or _denial(piece) or piece[0].lower() == "please")
                for piece in [ordered] + [_without_leading_adverbs(WORDS.findall(p)) for p in after_condition]) or \
        _fronted_clause(left, lex, order=True)
    if not (_left_ok(left, lex) and order or _clause_before(left, lex)):
        return None
    # (a past purpose only where both clauses are told in the past: "..., as required in all parks, so that it does
    # not roam" is a rule of now)
    # ("turn to the left, so that you are lying on your left side": a past form that is no verb tells nothing)
    # ("The owners voluntarily closed on August 10 so that the premises could be cleaned": a past verb of the clause, and
    # the purpose told in the past too)
    # (the result's own first verb of time tells its tense: "so that a much smaller dose can be used than if the same
    # medicine were taken" is told now)
    result_finite = next((w.lower() for w in words if _finite(w)), "")
    past = bool({w.lower() for w in left_words} & {"was", "were", "had", "did"} or _told_in_past(left_words) or
                any(_ed_form(w.lower()) or w.lower() in lex.past_forms for w in left_words[1:])) and \
        result_finite in ("was", "were", "had", "did", "could", "would")
    # (after a statement a purpose needs someone who means it: a person, a service or a leaflet, a duty, a plan, or the
    # way a medicine works; of a body or an illness the "so that" tells a result, said as what the clause means: "your
    # body can get used to it, so that the same dose does not work as well" -> "This means that the same dose ...")
    meant = bool(ordered) and ordered[0].lower() in ("we", "i", "you") or _purpose_meant(main)
    # (after someone's act or duty, "may" or "can no longer" in the result's own verb may tell its purpose or a result:
    # "must change the arrangements so that the person is no longer deprived of their liberty"; after an order it is the
    # purpose, "so that children cannot reach it"; "so that staff who may be at higher risk can be told" is no such one)
    result_verb = " ".join(_up_to_clause([w.lower().replace("’", "'") for w in words]))
    if not order and meant and re.search(r"\b(?:may|might|cannot|can't|no\s+longer)\b", result_verb):
        return None
    if not order and not meant:
        # (only where the clause shows its verb of time or a known "-s" verb: "Clean cages, food dishes and water
        # dishes every day" is an order the lexicon cannot tell, and "This means that ..." after it would misread it)
        if not any(_finite(w) or _s_verb(w.lower(), lex) for w in main):
            return None
        return left, _what_it_means(left, right, past)
    # ("turn it 90 degrees to the left, so that you are now looking 45 degrees to the left": where the order leaves
    # you, no purpose; "the table will be lowered so that you are lying flat again" is one)
    if order and re.match(r"you\s+are\s+(?:now\s+)?(?:lying|sitting|standing|looking|facing|kneeling|leaning|"
                          r"resting|bending|pointing)\b", right, re.IGNORECASE):
        return None
    return left, f"This {'was' if past else 'is'} so that {right}"


# a place named by a preposition of place, to the end of the clause before ", where": "travel to the brain",
# "found in lakes, rivers and streams", "based mainly in the office"
PLACE_WORD = re.compile(r"\b(?:in|into|to|at|on|onto|inside|through|from|near|under|down|across|around|within|"
                        r"towards?|along|reaches|reach|out\s+of)\s")
PLACE_TAIL = re.compile(r"(?:[\w'’-]+,?\s+){0,9}[\w'’-]+(?:\s*\([^()]*\))?")
# what a place clause may not open on: a case ("where this applies", "where possible") or a question in a
# list ("how long ago ..., where you are in your cycle, your weight and ...")
NOT_A_PLACE = frozenset("this that these those possible needed necessary appropriate applicable relevant "
                        "available required practical".split())
# a thing of time, kind or trade, or a person, no place, before ", where": "in some cases, where ..." is "if"; "at no
# cost to you, where an infestation is linked to damp" is "if"; "used in hospitals and the food industry, where it is
# sold in canisters" tells of the trade alone
NOT_A_PLACE_NOUN = frozenset("time times stage stages point points case cases situation situations circumstance "
                             "circumstances period periods way ways event events instance instances day days week weeks "
                             "month months year years age ages industry industries trade medicine dentistry catering "
                             "abuse experiment experiments game games call calls you them us it him her condition "
                             "conditions disease diseases disorder disorders syndrome syndromes illness illnesses "
                             "problem problems".split())
# a kind and the name it is called by, ending the words before ", where": the kind is what "where" tells of ("a
# different condition called craniosynostosis, where the skull plates join too early" is "in which")
CALLED_KIND = re.compile(r"\b([\w-]+)\s+(?:called|named|known\s+as)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*$", re.IGNORECASE)


WHERE_MARK = re.compile(r",\s+where\s+")


def _place_told(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """A clause that ends on a place, then ", where <subject> <verb> ..." to the end of the sentence with no comma
    of its own, as that clause and "There, <subject> <verb> ..." ("Small pieces of plaque can break off and travel
    to the brain, where they may cause a stroke" -> "... travel to the brain." + "There, they may cause a stroke.");
    never a case ("where this applies"), a question in a list, what is thought or said, a list item, or a
    sentence shorter than 14 words."""
    m = _single_mark(text, WHERE_MARK)
    if not m or len(WORDS.findall(text)) < 14:
        return None
    left, right = text[:m.start()], text[m.end():].rstrip(".! ")
    words = WORDS.findall(right)
    # ("where there is more room": "There, there is" says the place twice)
    if len(words) < 4 or re.search(r"[,;:]", re.sub(r"\([^()]*\)", "", right)) or left.count("(") != left.count(")") or \
            words[0].lower() in NOT_A_PLACE | {"there"} or REPORTED_THAT.search(left) or \
            not _is_clause(words, lex) or {w.lower() for w in words} & (SUBORDINATORS | RELATIVE):
        return None
    # ("where it is needed": a place told only by what is done there says nothing on its own)
    if len(words) <= 4 and re.match(r"(?:it|they)\s+(?:is|are)\s+[a-z]+ed$", right):
        return None
    # (the last such phrase: "place it in a trash can outside the home", never from "in a sealed bag, put ...")
    place = next((m for m in reversed(list(PLACE_WORD.finditer(left))) if PLACE_TAIL.fullmatch(left, m.end())), None)
    placed = [w.lower() for w in WORDS.findall(left[place.start():])] if place else []
    # (the place a phrase of its own, no verb in it: "in their rooms will be offered calls" holds a clause; nor a
    # thing something is linked or due to, nor examples, whose "There" could point at the one or all:
    # "including the United States", "for example in science experiments")
    kind = CALLED_KIND.search(left)
    if not place or _last_named(left).lower() in NOT_A_PLACE_NOUN or set(placed) & (SUBORDINATORS | RELATIVE) or \
            kind is not None and kind.group(1).lower() in NOT_A_PLACE_NOUN or \
            _has_finite([w for w in placed if w != "can"]) or placed[0] == "to" and _word_before(left, place.start()) in (
                "linked", "related", "due", "according", "similar", "compared", "up", "access", "cost", "lead", "leads",
                "led", "exposed") or \
            re.search(r"\b(?:including|such\s+as|for\s+example|for\s+instance|e\.g)\b[^,;]*$", left) or \
            not (_left_ok(left, lex) and (_is_clause(WORDS.findall(left), lex) or _has_own_verb(left, lex)) or
                 _condition_first(left, lex)):
        return None
    return left, f"There, {right}"


# what opens a second way after ", or": someone or something and a modal ("you can", "it may be",
# "the hospital can")
ALTERNATIVE_OPENS = re.compile(r"(?:you|they|we|he|she|it|(?:the|your|a|an|this|these|our|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
                               r"\s+(?:usually\s+|also\s+|then\s+)?(?:can|may|could|might|will|would)\b", re.IGNORECASE)
# a way the writer asks for ("must", "should", "please"): what follows ", or" is the cost of not
# taking it ("These must be taken exactly as directed, or your body will not absorb them"), which
# "Or ..." alone would read as a second way
ASKED = re.compile(r"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|please|make\s+sure|remember)\b",
                   re.IGNORECASE)
# what may follow a comma inside the second way and still be its own: a clause about its last thing, or
# examples ("or it may cause dissociation, which means ..."); anything else after a comma ("or we will
# phone you, 2 to 4 weeks after", "or it can affect the other foot, so you will ...") is both ways'
OWN_AFTER_COMMA = re.compile(r",\s+(?!(?:which|who|such\s+as|including|for\s+example)\b)")


def _or_alternative(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The two ways of "A, or B", where each is a clause that offers a way or a chance ("Your GP can
    refer you, or you can contact us yourself") and nothing after the first clause's opening governs
    the pair: no condition or reason inside it, no other clause set off in it, no order, and nothing
    after a comma in the second that both would share."""
    if not text[:1].isupper() or text.count(", or ") != 1 or ";" in text or ":" in text:
        return None
    left, right = text.split(", or ", 1)
    left_words, right_words = WORDS.findall(left), WORDS.findall(right)
    lowered = [w.lower() for w in left_words]
    if len(left_words) < 4 or len(right_words) < 4 or not ALTERNATIVE_OPENS.match(right) or \
            OWN_AFTER_COMMA.search(right) or ASKED.search(left) or \
            set(lowered) & (SUBORDINATORS | {"that", "which", "so", "either", "whether"}) or \
            re.search(r",\s+(?:you|they|we|he|she|it)\s+(?:can|may|could|might|will|would|should|must)\b", left,
                      re.IGNORECASE) or \
            is_order(_without_leading_adverbs(left_words), lex) or not (
                _is_clause(left_words, lex) or _fronted_clause(left, lex) and not _fronted_clause(left, lex, order=True)):
        return None
    return left, right


def _next_step(words: list[str], lex: Lexicon) -> bool:
    """Whether `words` give an order past its adverbs: "slowly push the plunger", "rinse and leave it to
    air dry", "towel-dry it" (a verb the lexicon need not know, before its object)."""
    said = _without_leading_adverbs(words)
    low = [w.lower() for w in said]
    if not low or low[0] in PREPOSITIONS | {"once", "twice", "every", "each", "daily", "weekly", "monthly", "again"}:
        return False  # ("then once a day to help ...": a time, no step)
    return is_order(said, lex) or _bare_order(said, lex) or len(low) >= 3 and low[0] in lex.verbs and \
        _bare_verb(low[0], lex) and low[1] in ("and", "or") and low[2] in lex.verbs and _bare_verb(low[2], lex)


def _word_before(text: str, index: int) -> str:
    """The word before text[index], lowercased ("" at the start)."""
    return (WORDS.findall(text[:index]) or [""])[-1].lower()


def _fronted_clause(text: str, lex: Lexicon, order: bool = False) -> bool:
    """A clause after a short phrase put first: "for others, it can become ...", "in some
    cases, the pain lasts"; with `order`, an order: "in that case, ask your pharmacist"."""
    # (either reading of the phrase: "in some cases the charms, pendants and beads tested have been
    # made ..." puts its clause after the comma)
    for pattern in FRONTED_EITHER:
        m = pattern.match(text)
        rest = WORDS.findall(text[m.end():]) if m else []
        # ("before they are given anything to eat, drink or take by mouth": after a clause put first, a
        # bare verb goes on that clause's list; the main clause opens on its subject, "until the skin has
        # healed, it can be entered"; an order opens on its verb, "Before you go to bed, connect a night bag ...", unless
        # the list goes on after it, "drink or take")
        if m and rest and _is_clause(WORDS.findall(m.group(0))[1:], lex) and \
                rest[0].lower() in lex.verbs and rest[0].lower() not in lex.subjects | PRONOUNS and \
                (not order or rest[1:2] and rest[1].lower() in ("or", "and")):
            continue
        # ("no more than 3 doses in 24 hours, unless your surgeon has told you": a condition after the
        # phrase is no main clause)
        if rest and rest[0].lower() not in SUBORDINATORS and (is_order(rest, lex) if order else _is_clause(rest, lex)):
            return True
    return False


# the one who gives care, named with "the" or "your" ("your pharmacist, who may ...")
CARERS = ("pharmacist|doctor|nurse|provider|surgeon|dentist|dietitian|therapist|specialist|physician|"
          "midwife|GP|radiologist|oncologist|cardiologist|pediatrician|care team|health care team")
# what a body does, said of a body named in small letters ("a laboratory, which then sends you the result")
BODY_ACTS = frozenset("sends decides offers provides runs arranges contacts writes collects delivers charges pays "
                      "issues posts processes reviews".split())
# places and bodies that act, told of by "which" ("take them back to your pharmacy, which can
# dispose of them safely": "This can dispose" would be the taking back)
ACTING_BODIES = ("pharmacy|clinic|hospital|practice|company|insurer|school|laboratory|lab|department|district|"
                 "agency|office|board|team|service|council|authority|utility|provider|supplier|unit|panel|committee|"
                 "charity")
# after these a noun may be no more than where a thing happens ("spread to the bloodstream,
# which is a life-threatening condition") or part of a longer phrase ("inflammation of the
# bladder, which is caused by ..."): a "which" clause's definition skips the places, its
# passive the places where a thing is and "of"
PLACE_PREPOSITIONS = frozenset("in into to on onto at from through under over inside within".split())
# a definition that names a place or a part ("in the middle ear, which is the air-filled space
# behind the eardrum"): it tells of the place named, not of what happens there
# ("a patch under the tongue, which is a normal part of healing": a part of a process is no place)
PLACE_DEFINED = re.compile(r"(?:is|are)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:space|area|part|tube|organ|gland|"
                           r"layer|lining|opening|passage|cavity|sac|canal|vessel|region|membrane|pouch)s?\b"
                           r"(?!\s+of\s+(?:the\s+|your\s+)?(?:[a-z]+ing|life|recovery|treatment|process|pregnancy|"
                           r"labou?r|development|care|growing\s+up)\b)")
# kinds whose name goes on with a letter or a number: "vitamin D", "hepatitis B", "group A", "type 2"
LETTER_KINDS = ("vitamin", "hepatitis", "type", "group", "stage", "grade", "class", "phase", "factor")
# a run of capitalised words ending a text, with a few lower-case words after it and a kind before a
# letter: "Yellow Fever Vaccination Centre", "St John's wort", "vitamin D"
NAME_AT_END = re.compile(rf"(?:(?<=\s)|^)()((?:(?:{'|'.join(LETTER_KINDS)})\s+(?=[A-Z0-9]{{1,3}}\b))?"
                         r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+(?=[A-Z]))?)*[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})$")
# (a name's joining words are the name's: "NHS Blood and Transplant, which is" names the whole body)
# a definition that names an illness, and the verbs whose object it may be ("cause infant botulism,
# which is a rare but serious illness")
CONDITION_DEFINED = re.compile(r"(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:illness|disease|condition|infection|"
                               r"disorder|syndrome)s?\b")
CONDITION_VERBS = frozenset("cause causes caused causing prevent prevents treat treats develop develops "
                            "get gets".split())
# a definition that names a substance, an agent or an organ: what it tells of is a thing,
# never an event or an amount
# ("insulin, which is the hormone that allows ...": "the" with what it does defines as well)
SUBSTANCE_DEFINED = re.compile(r"(?:is|are)\s+(?:itself\s+|themselves\s+|also\s+)?(?:a|an|one|the)\s+"
                               r"(?:(?:type|kind|form)\s+of\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:substance|chemical|compound|vitamin|mineral|hormone|protein|enzyme|gas|acid|fat|"
                               r"sugar|virus|bacterium|bacteria|germ|fungus|parasite|medicine|drug|gland|organ|film|"
                               r"fluid|liquid|metal|nutrient|antibody|antibiotic|painkiller|steroid|pigment|clot|"
                               r"irritant|pollutant|toxin|poison|waste\s+product|by-product)(?:e?s)?\b")
WHERE_OR_OF = frozenset("in on at within inside of below above under beneath behind beside near over between "
                         "along around across".split())
# a place named last, "which" after it ("... outside the fallopian tubes, which can block ..."):
# the places of a passive, with "outside", "into" and "onto", never "of"
AFTER_A_PLACE = re.compile(rf"\b(?:{'|'.join(sorted(WHERE_OR_OF - {'of'} | {'outside', 'into', 'onto'}))})\s+"
                           # ("wear a face mask in patient care areas, which will be provided": a place of three words)
                           r"(?:the\s+|your\s+)?(?:(?!(?:a|an|to|and|or|that|which|who|when|if|with|of|for|on|in|at|by|from)\b)[\w'’-]+\s+){0,2}"
                           r"[\w'’-]+"
                           # ("a new pain in the thigh, hip or groin": places in a series)
                           r"(?:(?:,\s+[\w'’-]+){1,4},?\s+(?:and|or)\s+[\w'’-]+|"
                           r"\s+(?:and|or)\s+(?:the\s+|your\s+)?[\w'’-]+)?$", re.IGNORECASE)
# two things joined as the object of a "that" or "who" clause, at the end of a clause
RELATIVE_PAIR = re.compile(r"\b(?:that|who)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:(?:the|your|their|its|his|her|both)\s+)?"
                           r"[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?:(?:the|your|their|its|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?$")
# things joined, then their own "that" clause to the end: "the tissues and bone that hold your teeth"
JOINED_THEN_THAT = re.compile(r"\b(?:and|or)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+(?:that|who)\s+[^,;()]*$")
# "the way the baby makes red blood cells": how a thing is done, to the end of a clause
WAY_OF_DOING = re.compile(r"\bthe\s+way\s+(?:that\s+|in\s+which\s+)?(?:[\w'’-]+\s+){1,8}[\w'’-]+$", re.IGNORECASE)
# a thing and where it is found, to the end of a clause: "a compound found in the seeds of apricots, ..."
FOUND_IN = re.compile(r"\b([a-z]+)\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:naturally\s+|mainly\s+|mostly\s+|"
                      r"commonly\s+|often\s+|usually\s+)?(?:found|present)\s+(?:in|on)\s+[^;:()]*$")
# ("..., usually do not become cancer" is the main clause's verb, no tail)
WHICH_TAIL = re.compile(r",\s+(?:(?:also\s+)?(?:called|known\s+as)|(?:usually|often|mostly|mainly|especially|particularly|"
                        r"typically)\s+(?:in|on|at|after|before|during|when|if|among|for|with|from|around|near|"
                        r"between|while|within)\b)[^,;:()]*$|"
                        # "which is increased slowly, depending on your response and your blood tests": what the
                        # clause's event depends on, at the end, is the clause's
                        r",\s+depending\s+on\s[^;:()]*$|"
                        # "which may be found in water and foods, including cured meats, dairy ..."
                        # (examples of the plural just before them: "lasts less than an hour, such
                        # as seeing flashing lights" are the main clause's)
                        # (no verb in them: "situations, such as bird-watching, are not hearing
                        # aids" goes on with the main clause)
                        r"(?<=[a-z]s),\s+(?:including|such\s+as)\s(?:(?!\b(?:is|are|was|were|can|could|may|might|"
                        r"will|would|should|must|do|does|did|not|has|have)\b)(?:\([^()]*\)|[^;:()]))*$")



def _in_a_list(before: str, after: str) -> bool:
    """Whether the comma between `before` and `after` is one of a list's ("such as
    indinavir, ritonavir, ...", "outcomes, adverse effects, costs"): no place to split."""
    if _after_a_list_item(before):
        return True
    first = re.match(r"([^,;.]*),", after)
    if first is None:
        return False
    size = len(WORDS.findall(first.group(1)))
    # ("Because you cannot see, smell or taste it, CO can build up": the last item, with its
    # "or", closes the list)
    return size < 4 or size <= 5 and re.search(r"\s(?:or|and)\s", first.group(1)) is not None and \
        not re.match(r"\s*(?:[\w'’-]+\s+){0,2}?(?:may|can|will|might|could|is|are|was|were|do|does)\b", first.group(1))


def _noun_goes_on(after: str, lex: Lexicon) -> bool:
    """ "your fasting (before breakfast) glucose": the word after a bracket is more of the noun
    phrase it sits in, so between commas it would cut the phrase in two."""
    nxt = WORDS.match(after.lstrip()) if after[:1] == " " else None
    word = nxt.group(0).lower() if nxt else ""
    return bool(word) and word not in PREPOSITIONS | FINITE | SUBORDINATORS | NEGATED_MODALS | BE | RELATIVE and \
        word not in ("and", "or", "but", "so", "then", "to", "as") and word not in lex.verbs and \
        not word.endswith("ly")


def _after_a_list_item(before: str) -> bool:
    """Whether `before` ends with one short item of a comma list ("fish, other reptiles")."""
    items = re.split(r"[,;:]", before)
    return len(items) > 1 and len(WORDS.findall(items[-1])) < 4


# an item that starts with one of these is no example but the sentence going on
# ("NSAIDs, such as ibuprofen, after 20 weeks")
NOT_AN_EXAMPLE = SUBORDINATORS | frozenset(
    "after before during in on at for to from with without within by unless until while "
    "between through into onto under over near around inside outside behind across along among against "
    "because since than can may might should must will would is are was were".split())


def drop_fillers(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """Remove words that add nothing ("In fact,", "let me tell you,") from the data list."""
    fired = []
    # (a list item that opens in small letters keeps them: "eating normal amounts of calcium-rich
    # foods, since cutting out calcium can actually increase ...")
    capital = text[:1].isupper()
    for pattern in lex.fillers:
        new = pattern.sub("", text)
        if new != text:
            fired.append(f"filler dropped: {pattern.pattern}")
            text = new
    if fired:
        text = tidy(text)
        if capital:
            text = text[:1].upper() + text[1:]
    return text, fired


PAREN = re.compile(r"\s*\(([^()]*)\)")
# a parenthesis that limits or conditions the advice before it
# an amount, maybe with a word of how near: "600 mg", "about 10 minutes", "up to 3 days"
AMOUNT_FIRST = re.compile(r"(?:(?:about|around|roughly|approximately|nearly|almost|up\s+to|at\s+least|at\s+most|"
                          r"less\s+than|more\s+than|over|under)\s+)?\d|"
                          # ("(for example, more than a few inches deep ...)": an amount in words)
                          r"(?:less|more|fewer)\s+than\b|(?:at\s+least|at\s+most|up\s+to)\s+(?:a|an|one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|a\s+few|several)\b", re.IGNORECASE)
QUALIFIER = re.compile(r"^(?:(?:especially|above all|mainly|mostly|only|ideally|preferably|if|when|"
                       r"unless|as long as|at least|after|before|once|until|under|with your)\b|"
                       r"[a-z]+(?:ed|en)\s+by\b)", re.IGNORECASE)
MEANING = re.compile(r"^(?:meaning|which means|this means)\s+", re.IGNORECASE)
POINTER = re.compile(r"^(?:see|read|visit|go to|click|listen to|watch)\b", re.IGNORECASE)
THAT_IS = re.compile(r"^(?:i\.?e\.?|that is|namely)[,:]?\s", re.IGNORECASE)  # says the same again
# "(a thin tube placed in the body)", "(medicine used to make your child sleep)": a thing and
# what is done with it, what a word is, no claim (a sentence would say "Medicine used to ...")
# ("the probe (the stick attached to the cap)": after "the" too, when no verb comes before
# the participle: "(the dose was increased to 10 mg)" is a claim)
DESCRIBED_THING = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:called|named|known\s+as)\s|"
                             r"^[^,]+,\s+(?:sometimes|also|often|usually)\s+(?:called|known\s+as)\b|"
                             r"^(?:an?\s+|(?!(?:the|this|these|those|that|your|their|his|her|its|our|my)\s)|"
                             r"the\s+(?!(?:[\w-]+\s+){0,2}(?:is|are|was|were|has|have|had|be|been|"
                             r"will|may|can|must|should)\s))"
                             # ("(one teaspoon of salt dissolved in a cup of warm water)": a thing with its "of")
                             r"(?:[\w-]+,?\s+){1,3}(?:of\s+[\w-]+\s+)?(?:[a-z]+ed|felt|made|given|taken|found|seen|done|kept|"
                             r"worn|shown|known|held|sent|put|left|spread|caught|built|bought|brought|sold|"
                             r"grown|written|chosen|eaten|frozen|hidden|bitten|drawn|cut|set|paid|told)\s+"
                             # ("(conditions made worse by the cold)": what they are made)
                             r"(?:(?:worse|better|easier|harder|safer|weaker|stronger|available|ready)\s+)?"
                             r"(?:in|into|on|at|by|"
                             r"with|under|from|for|to|as|inside|around|through|near|during|after|before|"
                             r"over|within|between|against|across|along|onto|below|above|behind|beside)\b", re.IGNORECASE)
# "(proteins your body makes to fight germs)": a noun, then a clause about it with no "that"
NOUN_THEN_ITS_CLAUSE = re.compile(r"^([a-z][\w-]*)\s+(?:your|the|their|his|her|its|our|my|a|an)\s")
# ("sudden movements or sounds they cannot control": things and the clause that tells of them, its
# "that" left out)
CLAUSE_SUBJECT = r"(?:you|they|we|he|she)\s+"
NOUN_THEN_SUBJECT = re.compile(r"^([a-z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,4}?" + CLAUSE_SUBJECT +
                               r"(?:can|cannot|can['’]t|could|may|might|will|would|should|must|do|does|did|"
                               r"don['’]t|doesn['’]t|have|has|had)\b")
# ("the health check you had on 2 October": a thing with its determiner and its "that" left out)
DETERMINED_THEN_SUBJECT = re.compile(r"^(?:the|a|an|your|their|his|her|its|our|my|any|each|every)\s+((?:[a-z][\w-]*\s+){1,3}?)" +
                                     CLAUSE_SUBJECT + r"(?:can|could|may|might|will|would|should|must|have|has|had|need|"
                                     r"needs|needed|get|got|take|took|use|used|see|saw|were)\b")
# a word of a name in capitals, with the small words inside one ("Department for Work and Pensions"), and
# the scope a body's name may follow ("the local Health Protection Team (HPT)")
CAPITAL_NAME_WORD = r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|to)\s+)?)"
BODY_SCOPE = r"(?:local\s+|national\s+|regional\s+|independent\s+)?"
EXAMPLE_LEAD = re.compile(r"^(?:e\.g\.|eg|for example|such as|including|like)[,:]?\s+", re.I)


def _thing_from_body(left: str, right: str) -> bool:
    """A thing from a body named last ("a carer's assessment from your local council, which can help you
    get regular breaks"): the thing is as likely what the "which" tells of, unless the clause does what
    only a body does ("... which can help you to write letters and may attend meetings with you")."""
    return not re.search(r"\b(?:attend|visit|contact|phone|call|send|arrange|decide|refer|employ)s?\b", right) and \
        bool(re.search(r"\b(?:a|an|the|your|their)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w'’-]*\s+from\s+\S+\s+[^,;]*$", left))


def _thing_then_relative(inner: str, lex: Lexicon) -> bool:
    """A thing and a "who" or "that" clause about it ("other mothers who have breastfed and have been
    trained to give support"): what the word before the bracket is, no sentence ("Other mothers who
    ... support." has no verb of its own)."""
    m = re.match(r"((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:who|that|which)\s", inner)
    return bool(m) and not any(w in lex.verbs or w in lex.past_forms or w in AUXILIARIES | MODALS | BE |
                               PRONOUNS | SUBORDINATORS | PREPOSITIONS for w in m.group(1).split())


def _noun_then_its_clause(inner: str, lex: Lexicon) -> bool:
    """A noun and a clause that tells of it ("proteins your body makes ..."), not an order
    ("take the pills with food") or a subject ("you the ...")."""
    # ("Your pre-operative assessment (the health check you had on 2 October) remains valid": a thing
    # with its determiner and its "that" left out; no verb before the pronoun, as "the nurse said you had")
    told = DETERMINED_THEN_SUBJECT.match(inner)
    if told and not any(w in lex.past_forms or w in AUXILIARIES | MODALS | BE | PREPOSITIONS or w.endswith("ed")
                        for w in told.group(1).split()):
        return True
    m = NOUN_THEN_ITS_CLAUSE.match(inner) or NOUN_THEN_SUBJECT.match(inner)
    return bool(m) and m.group(1) not in lex.verbs and m.group(1) not in lex.action_words and \
        m.group(1) not in lex.subjects and m.group(1) not in SUBORDINATORS | PREPOSITIONS | BOUNDARY_WORDS and \
        not set(m.group(0).lower().split()[:-2]) & (BOUNDARY_WORDS - {"and", "or"})


def _mean_syllables(text: str) -> float:
    words = WORDS.findall(text)
    return sum(syllables(w) for w in words) / len(words) if words else 0.0


def _plain_synonym(inner: str, term: str, lex: Lexicon) -> bool:
    """The lexicon says `inner` is the plain word for `term`: its words are all in the term's
    glossary explanation or plain word ("salt" for sodium, "a mineral found in salt").
    Brackets in review abstracts hold qualifiers and classes as often as synonyms
    ("antibiotics (skin rash)"), so nothing else is reordered."""
    key = term.lower()
    plains = [e.plain for k, e in lex.glossary.items() if k in (key, key.rstrip("s"))]
    swap = lex.swaps.get(key)
    if swap is not None and swap.rule != "keep":
        plains.append(swap.plain)
    said = {w.lower().rstrip("s") for w in WORDS.findall(inner) if w.lower() not in BOUNDARY_WORDS}
    return bool(said) and any(said <= {w.lower().rstrip("s") for w in WORDS.findall(p)} for p in plains)


def _term_before(text: str, end: int, lex: Lexicon) -> int | None:
    """Where the term a parenthesis explains starts: a fixed term, glossary term or
    name ending right before it, else one word after a function word ("less sodium",
    "the eggs hatch"); None when the term's start is unclear ("heart failure (...)")."""
    head = text[:end].rstrip()
    for pattern in (lex.fixed_re, lex.glossary_re):
        if pattern is not None:
            for m in pattern.finditer(head):
                if m.end() == len(head):
                    return m.start()
    for start, stop in name_spans(head):
        if stop == len(head):
            return start
    last = re.search(r"([\w'’-]+)$", head)
    if last is None:
        return None
    before = WORDS.findall(head[:last.start()])
    if not before or before[-1].lower() in BOUNDARY_WORDS | DETERMINERS or \
            before[-1].lower() in ("less", "more", "some", "any", "these", "those", "this",
                                                        "extra", "much", "enough", "little"):
        return last.start()
    return None


def _people_before(words: list[str], lex: Lexicon) -> bool:
    """Whether the words before a bracket end on people and what is said of them ("people with
    weakened immune systems", "those who may not have got this notice"), so people given as
    examples are theirs; not after a verb of the people's own ("Some people naturally have lower
    neutrophil counts"), where the examples would read as the counts'."""
    lowered = [w.lower() for w in words]
    at = [i for i, w in enumerate(lowered) if w in PEOPLE_TOLD]
    if not at:
        return False
    span = lowered[at[-1] + 1:]
    if {"who", "whose", "that", "which"} & set(span[:1]) or lowered[at[-1]] in ("who", "whose"):
        return True
    return not any(w in FINITE or w in lex.verbs and not w.endswith(("ed", "ing")) and w not in lex.past_forms
                   for w in span)  # ("with a weakened immune system": a participle describes)


def _verb_after_a_long_subject(example: str) -> bool:
    """ "a standard "E" cylinder used at 2 liters per minute usually lasts about 5 hours": an
    example told as a fact whose verb comes after more words than a clause's subject usually
    takes (no "such as a standard cylinder ... usually lasts"); a verb inside a clause about a
    thing ("people who are pregnant") tells no fact of its own."""
    head = re.split(r"\b(?:who|that|which|when|where|if|because|unless)\b", example, maxsplit=1)[0]
    verb = re.search(r"\b(?:is|are|was|were|has|have|had|does|do|did|can|may|will|must|should|would|could)\b|"
                     r"\b(?:usually|often|normally|generally|typically|always)\s+[a-z]+s\b", head)
    # (a subject of two words or more before it: "(for example, has fewer wet nappies or is not
    # drinking)" has none, and is no sentence)
    return bool(verb) and len(WORDS.findall(head[:verb.start()])) >= 2


# prepositions beyond the clause rules' set, before a thing ("Unlike ear irrigation (...)")
THING_PREPOSITIONS = PREPOSITIONS | frozenset("unlike like including except despite via towards toward across along "
                                              "around behind beside beyond near onto upon among below above inside "
                                              "outside beneath throughout".split())
# the words a definition's thing may be told with after its head ("a drop in blood pressure", "a doctor who
# ...", "the fluid surrounding the baby"): a bare "(a femoral osteotomy)" names, it does not say what a thing is
DEFINITION_GOES_ON = THING_PREPOSITIONS | RELATIVE | {"where"}
# a participle that tells of the head has its own object or phrase after it ("surrounding the baby", "used
# for", "made mainly by"); one before a noun is part of the head ("the mandatory reporting duty")
PARTICIPLE_GOES_ON = DEFINITION_GOES_ON | DETERMINERS | frozenset("it them you as out up down off away back".split())
# what names a thing rather than saying what it is: "(a procedure known as a reduction)" after "put back into
# place" names the putting back, no place
NAMING = frozenset("called known named termed".split())
# a thing's name on its own, where no determiner tells that a noun ends before the bracket ("you have
# hoarseness (...)", "cough, tiredness (...)"; never "it becomes swollen (a sign of infection)")
NOUN_ENDING = re.compile(r"(?:ness|tion|sion|ment|ity|ism|itis|osis|ance|ence|emia|aemia|oma|ist|ician|ure|age)s?$")
# the determiners a definition's subject keeps ("a sharps container", "your uterus"); after any other ("no
# foreign body", "their ferritin", "some antibiotics") the thing told alone would need a determiner guessed
KEPT_DETERMINERS = frozenset("a an the your".split())
PICKING = frozenset("this that these those some any many".split())
ONE_OF_MORE = frozenset("same other such own whole only next following first last".split())
# (a "what" or "how" clause after a preposition has its verb too: "(a statement of what is important to you)")
RELATIVE_WORDS = RELATIVE | frozenset("where when what how why whether".split())
# a definition that tells an act ("(a procedure known as ...)", "(an artificial rupture of membranes)") after a
# verb's object may name what the verb does to it; after "have", "offered" and their kind, or "for", "after",
# the thing is the act itself ("you will have an epidural (a procedure ...)")
ACTS = frozenset("procedure process operation technique method rupture removal repair release insertion practice "
                 "approach manoeuvre maneuver reaction change".split())
ACT_TOLD_AFTER = frozenset("have has had having need needs needed get gets getting receive received offered given "
                           "booked arranged called for after before during about as including like".split())
# the words a "to" follows as a preposition, not an infinitive's ("lead to septic shock"; "used to control
# inflammation" is an act)
TO_A_THING = frozenset("lead leads led leading due next according close similar related linked attached connected "
                       "referred exposed exposure sensitive allergic prone spread spreads return returns go goes went "
                       "access damage injury harm changes response reaction allergy back".split())


def _definition_told(inner: str, lex: Lexicon) -> str | None:
    """The head noun of a bracket that says what a thing is: a determiner, the head and what tells of it ("a
    dangerous drop in blood pressure", "a doctor who specialises in ..."), with no verb, list or aside of its
    own before that ("the dose was increased to 10 mg", "the online portal, telephone or email", "the viral
    load, measured as HBV DNA") and no name of the thing after a comma ("..., sometimes called DKA", which after
    the thing told again would name the definition's last words); None if it says no such thing."""
    words = [w.lower() for w in WORDS.findall(inner)]
    named = re.search(r",\s+(?:\w+\s+)?(?:called|known|named|termed|or)\b", inner)
    # (", raspy, or strained" closes a list of the definition's own)
    if len(words) < 4 or words[0] not in ("a", "an", "the") or not inner[:1].islower() or \
            named and not (named.group(0).endswith("or") and "," in inner[:named.start()]):
        return None
    goes_on = next((i for i, w in enumerate(words[2:], 2) if w in DEFINITION_GOES_ON or w in NAMING or (
        w in lex.past_forms or len(w) > 5 and w.endswith(("ing", "ed"))) and i + 1 < len(words) and (
        words[i + 1] in PARTICIPLE_GOES_ON or words[i + 1].endswith("ly"))), None)
    # ("(a condition that is called hydroxychloroquine retinopathy)" names what the sentence tells, no thing
    # before the bracket; "(the viral load, measured as HBV DNA)": a name and how it is given)
    if goes_on is None or set(words[goes_on:goes_on + 4]) & NAMING:
        return None
    head = words[1:goes_on]
    head_text = inner[:[m.start() for m in WORDS.finditer(inner)][goes_on]].rstrip()
    if re.search(r"[,\"“”]", head_text) or any(w in FINITE | AUXILIARIES | BE | PRONOUNS | {"and", "or"} for w in head) or \
            head[0] in ONE_OF_MORE:
        return None  # ("(the same bacteria that cause strep throat)" compares; it says no thing's kind)
    # ("a new ear piercing (a travel pillow with a hole in the middle may help)": a clause of its own, its verb
    # before any "that" or "which" whose clause tells of the head)
    for w in words[goes_on:]:
        if w in RELATIVE_WORDS:
            break
        if w in FINITE | NEGATED_MODALS:
            return None
    return head[-1]


def _thing_defined(text: str, at: int, head: str, lex: Lexicon) -> str | None:
    """The thing a definition in brackets at `at` tells of, with the determiner it keeps ("septic shock",
    "A sharps container", "The muscle"); None where the thing's start is unclear: a phrase's last noun ("the
    upper right chamber of the heart (...)", "a small amount of amniotic fluid (...)": the bracket may tell of
    the whole), the last of things joined by "and" or "or", which the bracket may tell of both ("cleft lip
    and/or cleft palate"), what is said of the subject after "is a" ("Cholesterol is a fatty substance (a
    type of lipid)"), or a word no determiner or preposition shows to be a noun ("becomes swollen", "cells that
    fight infection", "a peer support specialist")."""
    found = list(WORDS.finditer(text[:at]))
    if not found or text[found[-1].end():at].strip():
        return None
    term: list[re.Match] = []
    for index in reversed(range(len(found))):
        m = found[index]
        word = m.group(0).lower()
        # ("a drip containing oxytocin (...)": the bracket tells of oxytocin; "a learning disability": an "-ing"
        # word after a determiner is part of the name, and so is one no listed verb makes ("or ankylosing
        # spondylitis", "to necrotising fasciitis"); a listed verb's is an act's: "from making folic acid (...)")
        previous = found[index - 1].group(0).lower() if index and not text[found[index - 1].end():m.start()].strip() \
            else ""
        describing = word.endswith("ing") and word not in lex.verbs and (previous in DETERMINERS or (
            word not in lex.ing_bases and (not previous or previous in THING_PREPOSITIONS | {"and", "or"})))
        if term and text[m.end():term[0].start()].strip() or word in DETERMINERS | BOUNDARY_WORDS | \
                THING_PREPOSITIONS | FINITE | AUXILIARIES | BE | PRONOUNS | SUBORDINATORS | PICKING | {"it"} or \
                term and (word in lex.verbs or word in lex.past_forms or word.endswith("ly") or
                          word.endswith("ing") and not describing) or word[:1].isdigit():
            break
        term.insert(0, m)
        if len(term) > 3:
            return None
    before = found[:len(found) - len(term)]
    joined = bool(before) and not text[before[-1].end():term[0].start()].strip() if term else False
    stop = before[-1].group(0).lower() if joined else ""
    if not term or stop[:1].isdigit() or "/" in text[term[0].start() - 1:term[0].start()] or \
            not before and text[:1].islower():
        return None  # ("10 g monofilament (...)": a measure; "and/or"; a list item's first word may be a verb that
        # goes on from its lead-in: "diagnose osteoporosis (...)")
    if stop == "as" and len(before) > 1 and before[-2].group(0).lower() == "such":
        stop = "such as"  # ("such as cardioversion (a treatment ...)")
    determiner = ""
    if stop in DETERMINERS or stop in PICKING:
        if stop not in KEPT_DETERMINERS or before[-1].group(0)[:1].isupper() and before[-1].start():
            return None  # ("group A streptococcus": a capital inside a name)
        determiner = stop
        ahead = before[-2].group(0).lower() if len(before) > 1 and \
            not text[before[-2].end():before[-1].start()].strip() else ""
        if ahead == "of" or ahead in BE or head in ACTS and ahead and ahead not in ACT_TOLD_AFTER or \
                ahead in THING_PREPOSITIONS and not _after_a_verb(before[:-2], lex):
            return None  # ("break your waters (an artificial rupture of membranes)": the bracket names the act;
            # "the incubation period for mumps (the time between ...)": the bracket tells of the period)
    elif stop in THING_PREPOSITIONS:
        if stop == "of" or stop not in ("including", "like", "unlike", "despite", "except") and \
                not _after_a_verb(before[:-1], lex) or head in ACTS and stop not in ACT_TOLD_AFTER or stop == "to" and (
                len(before) < 2 or before[-2].group(0).lower() not in TO_A_THING) and (
                len(term) > 1 or term[0].group(0).lower() in lex.verbs):
            return None
    elif stop in BOUNDARY_WORDS | SUBORDINATORS | BE:
        return None  # ("white blood cells that fight infection (...)": a verb after "that"; "is a ...")
    elif stop == "such as":
        pass
    elif head in ACTS and stop and stop not in ACT_TOLD_AFTER:
        return None
    elif stop in FINITE or stop in lex.verbs or stop in lex.past_forms:
        # a verb's object ("you have hoarseness", "can cause anaemia"): a base form with no modal, pronoun
        # or "to" before it may be a noun itself ("a peer support specialist"), and after a determiner any form
        # is a describing word ("the left atrial appendage")
        previous = before[-2].group(0).lower() if len(before) > 1 else ""
        if previous in DETERMINERS or not (stop in FINITE or stop in lex.past_forms or stop.endswith(("s", "ed")) or
                previous in MODALS | PRONOUNS | {"to", "not", "also", "you", "they", "we"}) or \
                not (NOUN_ENDING.search(term[-1].group(0).lower()) or term[-1].group(0)[:1].isupper()):
            return None
    elif not (NOUN_ENDING.search(term[-1].group(0).lower()) or term[-1].group(0)[:1].isupper() and term[0].start()):
        return None
    # ("an enlarged spleen (an organ ...)": the bracket tells what a spleen is, of no enlarged one; but "a
    # boxed warning", "a medicated dressing" are names whose first word no list tells from a state)
    first = term[0].group(0).lower()
    if len(term) > 1 and (first in lex.past_forms or len(first) > 4 and first.endswith("ed") and not first.endswith("eed")):
        return None  # ("red blood cells", "seed oil": no participles)
    if any(t.group(0).lower() in lex.verbs | ONE_OF_MORE | lex.state_adjectives for t in term[:-1]):
        return None  # ("the same active ingredient (...)" picks out one of more)
    thing = text[term[0].start():term[-1].end()]
    told = f"{determiner} {thing}" if determiner else thing
    return told[:1].upper() + told[1:]


def _after_a_verb(words: list[re.Match], lex: Lexicon) -> bool:
    """Whether the words before a preposition end on a verb, so the thing after the preposition is the verb's
    ("lead to septic shock", "were treated for heat stroke", "refer you to a urologist"), not part of a noun's
    phrase ("the incubation period for mumps", "the approach used during the operation", "restrictions on tattoo
    inks"), where a bracket after it may tell of the whole. A sentence's or clause's start counts too ("Unlike
    ear irrigation (...)")."""
    lowered = [w.group(0).lower() for w in words]
    while lowered and (lowered[-1].endswith("ly") or lowered[-1] in ADVERBS_BEFORE_VERB):
        lowered.pop()
    if not lowered or lowered[-1] in ("such", "including", "as") or lowered[-1] in PRONOUNS | {"you", "them", "it", "us"}:
        return True
    last = lowered[-1]
    if last in lex.past_forms or last.endswith("ed") and last not in lex.verbs:
        # a participle goes on a noun ("the approach used during"), a passive's on its verb ("were treated for")
        return len(lowered) > 1 and lowered[-2] in BE | AUXILIARIES | {"be", "been", "being", "become", "became",
                                                                       "get", "got", "gets", "getting"}
    return last in FINITE or last in lex.verbs or last in TO_A_THING or \
        _s_form(last, lex)


def _subject_defined_first(text: str, end: str, lex: Lexicon) -> tuple[str, str] | None:
    """What the sentence's subject is, from its bracket, and the sentence told after it ("The palate (the roof of the
    mouth) separates ..." -> "The palate is the roof of the mouth." + "It separates ..."), where split_clauses tells
    it first; None if the definition would itself split, for the pronoun after it would point at the last thing its
    second sentence names ("Anaemia is a lower level of haemoglobin. Haemoglobin is the protein .... It affects
    ...")."""
    defined = _bracket_defined_subject(text, end, lex)
    return defined if defined and len(split_clauses(defined[0], lex)) == 1 else None


def _nothing_may_follow(text: str) -> bool:
    """Whether a sentence made of a bracket may not come after this one: a lead-in ("... such as:") comes
    right before its list, and an item ending on ", or" goes on in the next."""
    return bool(re.search(r"(?::|,|\b(?:or|and))\s*$", text.rstrip()))


def parentheses(text: str, lex: Lexicon, ctx: Context,
                only: int | None = None) -> tuple[str, list[str], list[str]]:
    """Rewrite each "(...)" without losing what it says.

    - an abbreviation the article never uses again is dropped ("(CDC)");
    - examples become an inline "such as"; a whole clause becomes its own sentence;
    - a condition ("(if needed)") is kept in the sentence between commas;
    - a plainer word for the term before it comes first: "sodium (salt)" -> "salt (sodium)";
    - anything else (a qualifier such as "(for adults)", figures, a harder synonym) stays.
    `only` limits the rule to the n-th parenthesis (0-based), so the engine can keep
    one the guard protects and still rewrite the others.
    Returns the sentence, sentences to add after it, and the rules that fired.
    """
    after: list[str] = []
    fired: list[str] = []
    out: list[str] = []
    last = 0
    for index, m in enumerate(PAREN.finditer(text)):
        if only is not None and index != only:
            continue
        inner = m.group(1).strip()
        words = WORDS.findall(inner)
        # the examples a bracket gives after its lead ("for example, ..."), found once
        lead = EXAMPLE_LEAD.match(inner)
        example = inner[lead.end():] if lead else ""
        example_first = (WORDS.findall(example) or [""])[0].lower()
        replacement = None
        if m.group(0).startswith("(") and m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # "influenza A(H5N1)": a bracket joined to its word is part of a name
        if not words:
            replacement, rule = "", "parentheses: dropped empty"
        elif POINTER.match(inner):  # "(see the chart)": points elsewhere, says nothing itself
            replacement, rule = "", f"parentheses: dropped ({inner})"
        elif len(words) == 1 and ACRONYM.match(words[0]):
            if ctx.acronym_uses.get(acronym_key(words[0]), 0) <= 1 and \
                    _abbreviates(text[:m.start()], words[0]):  # never used again: nothing to define
                replacement, rule = "", f"parentheses: dropped ({inner})"
        elif lead and re.search(r"\b(?:unless|except)\b", inner):
            continue  # "operate machinery (including kitchen appliances such as a kettle, unless someone
            # is with you)": inline, the condition would reach the driving too
        elif lead and re.search(r"\((?:such as|for example|e\.g\.|including)\b[^()]*\)\s+(?:or|and)\s+"
                                                     r"[^.;:()]*$", text[:m.start()], re.IGNORECASE):
            continue  # "SSRIs (such as sertraline) or SNRIs (such as venlafaxine), which ...": the
            # second kind's examples stay in brackets as the first's do
        elif lead and re.search(r"\b(?:such as|including)\s[^.;:()]*$",
                                                     text[:m.start()], re.IGNORECASE):
            continue  # "such as benzodiazepines (for example, alprazolam)": examples of an
            # example stay in their brackets, not "such as A, such as B"
        elif lead and re.match(
                r"\s*,?\s+(?:and|or|as\s+well\s+as)\s|\s*,\s+(?!(?:unless|if|when|while|because|but|so|which|who|"
                r"although|though|as|until|before|after|and|or|then|for|to|in|on|at|with|without)\b)[\w'’-]+"
                r"(?:\s+[\w'’-]+){0,3}\s*(?:\(|,|\band\b|\bor\b)|\s*,\s+(?:the|a|an|your|their)\s[^,;.()]{1,60},\s+"
                r"(?:and|or)\s|\s*,\s+(?!(?:unless|if|when|while|because|but|so|which|who|although|though|as|until|"
                r"before|after|then)\b)[^.;:()]*,\s+(?:and|or)\s", text[m.end():]):
            continue  # "sources of lead (such as paint, dust, or soil), and nutritional
            # counseling": inline, the examples would take in the list's next item (so after
            # "some fruits (such as apples), some vegetables (such as onions), wheat", and "the risk
            # of complications (such as ear infections) as well as the risk of passing it on"; "the exact
            # location (for example, a shop doorway), the time you saw the person, and a brief description";
            # "how to recognise the signs (such as ... dizziness or collapse), how to use each brand of
            # AAI, and when to call 999": however long the next item)
        elif lead and re.search(r"\b(?:such\s+as|for\s+example|including)\b", text[m.end():], re.IGNORECASE):
            continue  # "heparin (for example dalteparin or enoxaparin) instead, such as during pregnancy":
            # inline, the sentence would give two sets of examples, the second read as the first's
        elif lead and re.match(r"(?:because|since|as|while|after|before|when|if|"
                               r"(?:that|whether)\s+(?:it|they|you|he|she|we|there|the|your|their|a|an)\b)\b",
                               example, re.IGNORECASE) and \
                not _condition_first(example, lex):
            continue  # "(for example, because you are having chemotherapy)": a reason or a time is
            # no "such as because ..." and no sentence of its own; nor is what must be true ("(for
            # example, that it is wide enough)"), no "For example, that ..." alone
        elif lead and len(WORDS.findall(inner)) >= 5 and (
                _is_clause(WORDS.findall(example), lex) or _verb_after_a_long_subject(example) or
                # "(for example, if you take it on a Monday, you might ...)": a condition
                # and its clause, no "such as if you ..." (a condition alone is no sentence: "(for
                # example, if you have asthma made worse by anti-inflammatories, kidney problems or ...)")
                _condition_first(example, lex)):
            # "(for example, Auvi-Q gives spoken instructions ...)": an example told as a
            # clause is no "such as Auvi-Q gives ..."; at the sentence's end it is a sentence
            # of its own, before more of the sentence it stays (after it, it would follow
            # what it does not belong to)
            if re.fullmatch(r"\s*[.!?]?\s*", text[m.end():]):
                after.append(_sentence("For example, " + example))
                replacement, rule = "", "parentheses: made a sentence"
            else:
                continue
        elif lead and (AMOUNT_FIRST.match(example) or
                       re.match(r"(?:[a-z]+ing|to\s+[a-z]+|at|in|on|during|before|after|with|by|from|when|while|"
                                r"between|for|within|until|over|under|around)\b", example)):
            continue  # "ibuprofen (for example, 600 mg every 6 hours)": a dose is no example of
            # the drug, as "ibuprofen, such as 600 mg" would read (nor "1 minute for each degree
            # (for example, about 10 minutes in water at 10°C)"); "changing colour (for example,
            # becoming brown)": a way of changing, no thing to list ("Examples include becoming"); nor
            # a purpose ("(for example, to manage toothache)" is no "such as to manage"), nor a time or
            # place ("(for example, at breakfast and with your evening meal)": no "such as at"), nor
            # how long ("(for example, for up to 28 days after some types of surgery)": no "such as for")
        elif lead and ({w.lower() for w in WORDS.findall(example)} & (MODALS | NEGATED_MODALS) or
                # ("is dehydrated (for example, has fewer wet nappies or is not drinking)": what the
                # child does, no "such as has")
                example_first in FINITE or any(
                re.match(r"(?:you|we|they|he|she)\s+\w", item.strip(), re.IGNORECASE)
                for item in re.split(r",|\bor\b|\band\b", example))):
            continue  # "(for example, a resident who weighs 60 kg would usually take 12 mg)", "(for
            # example, a condom split, you missed pills)": cases told with their verbs, no things
            # to list after "such as"
        elif lead and (example_first in EXAMPLE_PEOPLE or
                       example_first in ("many", "most", "some", "all", "older", "younger", "young") and
                       (WORDS.findall(example)[1:2] or [""])[0].lower() in EXAMPLE_PEOPLE) and \
                not _people_before(WORDS.findall(text[:m.start()])[-10:], lex):
            continue  # "undiagnosed asthma (for example, people who often wheeze ...)": people are
            # no examples of an illness, as "asthma, such as people who" would say
        elif lead and example[:1].islower() and _bare_order(WORDS.findall(example), lex, OWNED_OBJECT):
            continue  # "use your preferred relay service (for example, dial 711 first)": an order is no
            # thing to list after "such as"
        elif lead and example_first in ("no", "not", "never", "without", "nothing", "none"):
            continue  # "as long as nothing has been added (for example, no added fat or salt)": a denial
            # is no example to list after "such as"
        elif lead and re.match(r"\s+(?:[-–—]|(?:that|who|whose|which)\b)", text[m.end():]):
            continue  # "appliances (such as the boiler or cooker) that cannot be reached": the clause
            # tells of the things before the bracket, which ", such as ..., that" would cut it from
            # ("a permanent fistula (for example, a colostomy or ileostomy) which needs continuous
            # surgical dressing": a "which" with no comma picks out the kind too)
        elif lead and not (_after_a_list_item(text[:m.start()]) and
                                                re.match(r"\s*,", text[m.end():])):
            # "fish, other reptiles (including lizards), birds": as ", such as lizards," the
            # examples would read as the start of the list's own items
            # ("the vaccine series (including the combined A and B vaccine)": what is counted in is
            # no example of it; "including" stays as the writer's word)
            joining = "including" if lead.group(0).lower().startswith("including") else "such as"
            replacement = f", {joining} " + example.rstrip(". ") + ","
            rule = "parentheses: example made inline"
        elif re.fullmatch(r"\s*[\"“'‘][^\"“”]*[\"”'’]\s*", inner):
            continue  # ("ways to get out of difficult situations, such as blaming you ("My mum will kill me
            # if I'm late")": words to say, in quotes, are the example's; no sentence of their own)
        elif MEANING.match(inner):
            # "tolerance (meaning you might need more ...)" stays: as a sentence of its own
            # ("Meaning you might ...") it would lose what it explains, and what that is (a
            # word, or "get the disease (meaning they test positive)" a whole phrase) is unclear
            continue
        # (its verb before any comma: "(AV fistula, often just called your "fistula")" and "(thin
        # drinks, such as water)" are names and things, no sentence; nor "(small clumps of fatty
        # material attached to the lining)")
        elif _is_clause(WORDS.findall(inner.split(",")[0]), lex) and len(words) >= 4 and not THAT_IS.match(inner) and \
                not (re.match(r"[a-z]+\s+(?:of|in|on|for|with|from|at|during|between)\b", inner) and
                     not _has_finite([w.lower() for w in words[1:]])) and \
                not re.match(r"(?:[a-z]+\s+)?[a-z]+s\s+of\s", inner) and \
                not DESCRIBED_THING.match(inner) and not _noun_then_its_clause(inner, lex) and \
                not _thing_then_relative(inner, lex) and \
                not re.match(r"(?:either|both|neither)\s", inner, re.IGNORECASE) and \
                not _a_described_noun(words, lex) and not _joined_nouns(words, lex) and \
                not re.match(r"[a-z]+-[a-z]+\s+[a-z]+\s+(?:to|for|that|which|of|with|in)\b", inner) and \
                not re.match(r"(?:especially|particularly|mainly|mostly|usually|often|typically|notably)\b", inner,
                             re.IGNORECASE) and \
                not NAME_GIVEN.match(inner) and \
                not re.match(r"(?:however|whatever|whenever|wherever|whoever|whichever|whether|although|though|once|until|"
                             r"how|what|where|why)\b|"
                             r"(?:(?:no|not|never|any)\s+)?(?:[a-z]+er|more|less|longer|later)\s+than\b",
                             inner, re.IGNORECASE) and \
                not _explains_one_of_two(text, m) and not _spells_out(text[:m.start()], words):
            # ("(however it is caused)": a clause that leans on the sentence is no sentence; nor
            # is what a word means told as "how ..." or "what ...": "the wind chill (how cold it
            # feels on exposed skin ...)")
            if _nothing_may_follow(text) or inner[:1].isdigit() or re.search(r"\d\s*$", text[:m.start()]):
                continue  # "get medical help straight away (call 999 ...) if you have:": told
                # after the lead-in, it would come between the lead-in and its list; so after an
                # item's ", or" (the list goes on), and "(1 or 2 swallowed tablets)" is an amount
                # ("from 1 (no clutter) to 9 (the room is completely full)": what a number on a scale
                # stands for goes with it)
            if words[0].lower() == "you" and re.search(r"\b(?:if|unless|whether)\b[^,;:.]*$", text[:m.start()],
                                                       re.IGNORECASE):
                continue  # "If your blood test shows that you are anaemic (you have a low level of haemoglobin
                # in your blood), ...": what a word means inside a condition; a sentence of its own would
                # say the reader has it
            lead_verb = [w.lower() for w in words if not (w.lower().endswith("ly") and w.lower() not in LY_NOUNS)][:2]
            if lead_verb and _s_form(lead_verb[0], lex) and \
                    not (lead_verb[1:] and (lead_verb[1] in MODALS | AUXILIARIES or lead_verb[1] in lex.verbs)):
                continue  # "carried by dogs (rarely causes illness in people)": a verb with no subject of its
                # own goes on the thing before the bracket, no "Rarely causes illness in people."
            if words[0].lower() in ("this", "that", "these", "it", "they", "so", "and", "but", "or", "because") and \
                    not re.fullmatch(r"\s*[.!?;]?\s*", text[m.end():]):
                continue  # "move them back into place (this is called a manipulation), which is done
                # after ...": at the end "This" would name the last thing told, not the move
            after.append(_sentence(inner))
            replacement, rule = "", "parentheses: made a sentence"
        elif QUALIFIER.match(inner) and len(words) >= 2 and not re.search(r"[,;]", inner) and \
                not _noun_goes_on(text[m.end():], lex) and \
                not re.match(r"when\s+(?!(?:you|we|they|it|he|she|needed|necessary|required|possible|advised|told|"
                             r"asked|directed|prescribed|instructed)\b)[a-z]", inner, re.IGNORECASE) and \
                not re.match(r"\s+(?:and|or)\s", text[m.end():]) and \
                not (re.match(r"\s*,\s+\S", text[m.end():]) and
                     re.search(r"\b(?:including|includes?|such as|like)\s[^.;:()]*$|,[^,.;:()]*$", text[:m.start()])):
            # (nor a "when" with a thing of its own, which says what the word before means: "acid reflux
            # (when stomach acid comes back up into the food pipe)")
            # (not inside a list: "including aspirin (unless prescribed by your doctor), ibuprofen
            # and ..." between commas would read as the condition of the items after it; nor
            # before an "and" or "or": "DEET, at least 20%, or picaridin" reads as three things)
            # "(if needed)": a condition on what comes before, kept between commas
            replacement, rule = ", " + inner.rstrip(". ") + ",", "parentheses: condition kept inline"
        elif not re.search(r"[\d%;=]", inner):
            start = _term_before(text, m.start(), lex)
            term = text[start:m.start()].strip() if start is not None and start >= last else ""
            if term and _plain_synonym(inner, term, lex):
                # ("fractures of the vertebrae (the bones of the spine)": the determiner is said once)
                said = re.match(r"(the|a|an|your)\s+", inner, re.IGNORECASE)
                if said and re.search(rf"\b{said.group(1)}\s+$", text[last:start], re.IGNORECASE):
                    inner = inner[said.end():]
                out.append(text[last:start])
                out.append(match_case(term, inner) + f" ({term[0].lower() + term[1:]})"
                           if term[:1].isupper() and not term.isupper() else f"{inner} ({term})")
                last = m.end()
                fired.append(f"parentheses: plain word first: {inner} ({term})")
                continue
            # "can lead to septic shock (a dangerous drop in blood pressure), organ failure and death" ->
            # "... septic shock, organ failure and death." + "Septic shock is a dangerous drop in blood pressure.":
            # what a thing is, told in brackets, is a sentence of its own after the one that names it (a subject
            # defined so is told first, in split_clauses: "A radiologist is a doctor ... The radiologist will ...")
            head = _definition_told(inner, lex)
            thing = _thing_defined(text, m.start(), head, lex) if head and not _nothing_may_follow(text) else None
            if thing and not (text.find("(") == m.start(1) - 1 and _subject_defined_first(text, ".", lex)):
                plural = _plural(WORDS.findall(thing)[-1])
                after.append(_sentence(f"{thing} {'are' if plural else 'is'} {inner}"))
                replacement, rule = "", "parentheses: definition made a sentence"
                # (the glossary's explanation after it would say it twice: "A child's esophagus is the tube ...
                # The esophagus is ...")
                said = WORDS.findall(thing.lower())
                ctx.explained.update(key for key in (" ".join(said[k:]) for k in range(len(said)))
                                     if key in lex.glossary)
        if replacement is None:
            continue  # kept as written
        out.append(text[last:m.start()])
        out.append(replacement)
        last = m.end()
        fired.append(rule)
    out.append(text[last:])
    sentence = tidy("".join(out))
    return (closed(sentence) if after else sentence), after, fired


def closed(text: str) -> str:
    """A list item without a full stop gets one before a sentence added after it ("free,
    confidential support (you do not need a referral)" -> "... support. You do not need ...")."""
    return text if not text or ENDED.search(text.rstrip()) else text.rstrip().rstrip(";,:") + "."


ABBREVIATED_SKIPS = frozenset("of and for the on in to with at by a an".split())


def _abbreviates(before: str, acronym: str) -> bool:
    """Whether an acronym stands for the words just before its bracket ("pelvic inflammatory
    disease (PID)", "phenylketonuria (PKU)"), so that dropping it loses nothing. "the expiry
    date on the carton (EXP)" gives the label to look for: that bracket stays."""
    letters = "".join(c for c in acronym.removesuffix("s").lower() if c.isalpha())  # "NSAIDs"
    words = WORDS.findall(before)[-10:]
    for start in range(len(words)):
        run = words[start:]
        if run[0].lower() in ABBREVIATED_SKIPS or run[0][0].lower() != letters[:1]:
            continue
        spelled = iter("".join(run).lower())
        if not all(c in spelled for c in letters):
            continue
        initials = [w[0].lower() for w in run if w.lower() not in ABBREVIATED_SKIPS]
        missing, at = 0, 0
        for initial in initials:
            found = letters.find(initial, at)
            missing, at = (missing + 1, at) if found < 0 else (missing, found + 1)
        # "Centers for Disease Control and Prevention (CDC)": a long name may leave a word out
        if missing == 0 or (missing == 1 and len(initials) >= 4):
            return True
    return False


def _spells_out(before: str, words: list[str]) -> bool:
    """Whether the bracket's words spell out an abbreviation just before it: "HELLP syndrome
    (hemolysis, elevated liver enzymes, and low platelet count)" names, it says nothing."""
    # ("SENCO (special educational needs co-ordinator)": each part of a hyphened word gives a letter)
    initials = "".join(part[0].lower() for w in words for part in w.split("-") if part)
    # ("SENCo": a short name in capitals may end on a small letter)
    for abbreviation in WORDS.findall(before)[-3:]:
        if ACRONYM.match(abbreviation) or re.fullmatch(r"[A-Z]{3,}[a-z]", abbreviation):
            letters = iter(initials)
            if all(c in letters for c in abbreviation.lower().rstrip("s") if c.isalpha()):
                return True
    return False


def _explains_one_of_two(text: str, m: re.Match) -> bool:
    """ "under general anesthesia (you are fully asleep) or spinal anesthesia (you are numb
    from the waist down)": each bracket tells what its own term means; as sentences after
    the whole ("You are fully asleep. You are numb ...") they say both hold."""
    clauses = [p for p in PAREN.finditer(text) if len(WORDS.findall(p.group(1))) >= 3  # ("(you are asleep)")
               and WORDS.findall(p.group(1))[0].lower() in PRONOUNS]
    return len(clauses) > 1 or bool(re.match(r"\s+(?:or|and)\s", text[m.end():]))


def tidy(text: str) -> str:
    text = SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",([.;:!?])", r"\1", text)
    text = re.sub(r"([;:])\s*,", r"\1", text)  # "diarrhoea; in fact, some" without its filler
    text = re.sub(r",+\s*$", "", text)  # a list item that ended in an inlined parenthesis
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"\b([Aa])n? other\b", r"\1nother", text)  # "an alternative" -> "another"
    return text
