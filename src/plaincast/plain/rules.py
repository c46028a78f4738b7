"""Rewrite rules for one sentence. Each rule takes text and returns new text (or pieces).

Rules never decide whether their output is safe: the engine runs every rule's
output past the meaning guard and keeps the text from before the rule when the
guard refuses. Rules only need to be grammatical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import AUXILIARIES, Lexicon

SUBORDINATORS = frozenset(
    "although though when whenever if unless because since while whereas as after before "
    "until once whether".split()
)
CLAUSE_CONJUNCTIONS = {"and": "", "but": "But", "so": "So", "yet": "But"}
VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|s[eu]|ti|re)|hour|honest|heir|[fhlmnrsx][A-Z0-9]*$)")
SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
WORDS = re.compile(r"[\w'’-]+")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s?$")


@dataclass
class Context:
    """What the engine knows across the article while rewriting it sentence by sentence."""

    explained: set[str] = field(default_factory=set)  # glossary terms already explained
    acronym_uses: dict[str, int] = field(default_factory=dict)  # acronym -> uses in article


def match_case(source: str, replacement: str) -> str:
    if source[:1].isupper() and replacement[:1].islower():
        if source.isupper() and len(source) > 1 and not replacement.isupper():
            return replacement[0].upper() + replacement[1:]
        return replacement[0].upper() + replacement[1:]
    return replacement


def _fix_article(out: list[str], next_word: str) -> None:
    """Make a trailing "a"/"an" in `out` agree with `next_word` (after a swap changed it)."""
    if not out:
        return
    m = re.search(r"(^|\s)(a|an|A|An)(\s+)$", out[-1])
    if not m:
        return
    wants_an = bool(VOWEL_SOUND.match(next_word)) if next_word else False
    article = m.group(2)
    new = ("an" if wants_an else "a")
    if article[0].isupper():
        new = new.capitalize()
    out[-1] = out[-1][:m.start(2)] + new + m.group(3)


def _after_auxiliary(text_before: str) -> bool:
    words = WORDS.findall(text_before.lower())[-3:]
    return any(w in AUXILIARIES for w in words)


def swap_words(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """Plain words and phrases from the word list, every inflection, case kept."""
    fired: list[str] = []
    # sentence openers first ("However," -> "But")
    for opener, plain in lex.openers.items():
        if text.lower().startswith(opener + " "):
            text = plain + text[len(opener):]
            fired.append(f"plain word: {opener.rstrip(',')} -> {plain.rstrip(',')}")
            break
    if lex.swap_re is None:
        return text, fired
    out: list[str] = []
    last = 0
    for m in lex.swap_re.finditer(text):
        swap = lex.swaps.get(m.group(0).lower())
        if swap is None:
            continue
        plain = swap.participle if swap.participle and _after_auxiliary(text[:m.start()]) \
            else swap.plain
        plain = match_case(m.group(0), plain)
        out.append(text[last:m.start()])
        _fix_article(out, plain)
        out.append(plain)
        last = m.end()
        fired.append(f"plain word: {m.group(0)} -> {plain}")
    out.append(text[last:])
    return "".join(out), fired


BOUNDARY_WORDS = frozenset(
    "and or but is are was were can may might will would should could to in on of for with "
    "that which who because when if as at by from than".split()
)


def apply_glossary(text: str, lex: Lexicon, ctx: Context) -> tuple[str, list[str]]:
    """Swap lay terms in, or explain a kept term on its first use in the article."""
    if lex.glossary_re is None:
        return text, []
    fired: list[str] = []
    out: list[str] = []
    last = 0
    lowered_sentence = text.lower()
    for m in lex.glossary_re.finditer(text):
        entry = lex.glossary.get(m.group(0).lower())
        if entry is None:
            continue
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
        following = text[m.end():].lstrip()
        next_word = WORDS.match(following)
        at_boundary = (not following or following[0] in ".;:!?" or
                       (next_word is not None and next_word.group(0).lower() in BOUNDARY_WORDS))
        if not at_boundary:
            continue
        ctx.explained.add(key)
        # already explained in the sentence itself ("vertebrae, those bones in your spine")
        content = [w for w in WORDS.findall(entry.plain.lower()) if len(w) > 3]
        if content and sum(w.rstrip("s") in lowered_sentence for w in content) * 2 >= len(content):
            continue
        out.append(text[last:m.end()])
        tail = "," if following and following[0] not in ".;:!?" else ""
        out.append(f", {entry.plain}{tail}")
        last = m.end()
        fired.append(f"glossary: explained {m.group(0)}")
    out.append(text[last:])
    return "".join(out), fired


def is_link_only(text: str, lex: Lexicon) -> bool:
    return any(p.search(text) for p in lex.link_patterns)


NOT_SUBJECT_START = frozenset(
    "to of in on at by for with from into onto about over under after before during through "
    "between without within than as like which who whom whose where when while if because "
    "although though unless until since whether and or but nor so yet not also even just "
    "only very more less".split()
)


PRONOUNS = frozenset("i you we they he she".split())


def _is_clause(words: list[str], lex: Lexicon) -> bool:
    """A subject then a finite verb within a few words: enough to stand as a sentence."""
    if len(words) < 3:
        return False
    lowered = [w.lower() for w in words]
    i = 1 if lowered[0] in lex.openers_adverbs else 0
    if i >= len(words):
        return False
    first = lowered[i]
    base = first.split("’")[0].split("'")[0]
    if base in NOT_SUBJECT_START or first.endswith("ing") and base not in lex.subjects:
        return False
    if ("'" in first or "’" in first) and base in lex.subjects:
        return True  # "it's", "I'd", "that's": subject and verb in one
    known_subject = base in lex.subjects or words[i][:1].isupper()
    if base in PRONOUNS and len(words) > i + 1 and lowered[i + 1] not in NOT_SUBJECT_START:
        return True  # "you wear it", "they walked": after a pronoun comes the verb
    for j, w in enumerate(lowered[i + 1:i + 6]):
        if w in lex.verbs or w.endswith(("n't", "n’t")):
            return True
        # a regular verb right after a known subject word ("it helps", "they walked")
        if known_subject and j == 0 and (w.endswith("ed") or
                                         (w.endswith("s") and not w.endswith(("ss", "us", "is")))):
            return True
    return False


def _sentence(text: str, end: str = ".") -> str:
    text = text.strip().strip(",;:—–- ").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += end
    return text


def _left_ok(left: str, lex: Lexicon) -> bool:
    words = WORDS.findall(left)
    return len(words) >= 3 and words[0].lower() not in SUBORDINATORS


RESULT_PARTICIPLES = {
    "causing": "causes", "leading": "leads", "making": "makes", "allowing": "allows",
    "helping": "helps", "resulting": "results", "giving": "gives", "triggering": "triggers",
    "raising": "raises", "lowering": "lowers", "reducing": "reduces", "increasing": "increases",
    "letting": "lets", "keeping": "keeps", "putting": "puts", "meaning": "means",
}


def split_clauses(text: str, lex: Lexicon) -> list[str]:
    """Split at semicolons, dashes, ", and/but/so", ", which" and ", causing" where both halves stand alone."""
    end = text.rstrip()[-1] if text.rstrip()[-1:] in ".!?" else "."
    # a pair of dashes around an aside: "most cases — mine included — heal"
    pair = re.search(r"\s[—–]\s([^—–]+?)\s[—–]\s", text)
    if pair:
        aside = re.sub(r"^(and|but|or)\s+", "", pair.group(1))
        rest = text[:pair.start()] + " " + text[pair.end():]
        if _is_clause(WORDS.findall(aside), lex):
            return split_clauses(tidy(rest), lex) + [_sentence(aside)]
        return split_clauses(tidy(rest), lex)
    # semicolon and dash joins
    for sep in (r"\s*;\s+", r"\s+[—–]\s+|\s*—\s*|\s+--\s+|\s+-\s+"):
        parts = re.split(sep, text, maxsplit=1)
        if len(parts) == 2:
            left, right = parts
            right_words = WORDS.findall(right)
            if _left_ok(left, lex) and _is_clause(right_words, lex) and len(right_words) >= 3:
                return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
    # ", and X ..." where X starts a clause
    for m in re.finditer(r",\s+(and|but|so|yet)\s+", text):
        left, right = text[:m.start()], text[m.end():]
        right_words = WORDS.findall(right)
        if _left_ok(left, lex) and _is_clause(right_words, lex) and len(right_words) >= 4:
            lead = CLAUSE_CONJUNCTIONS[m.group(1)]
            right = f"{lead} {right}" if lead else right
            return split_clauses(_sentence(left), lex) + split_clauses(_sentence(right, end), lex)
    # ", which ..." to the end of the sentence
    m = re.search(r",\s+which\s+(?=[a-z])", text)
    if m and "," not in text[m.end():].rstrip(".!? "):
        left, right = text[:m.start()], text[m.end():]
        if _left_ok(left, lex) and len(WORDS.findall(right)) >= 3:
            return split_clauses(_sentence(left), lex) + [_sentence("This " + right, end)]
    # ", causing ..." to the end of the sentence: "This causes ..."
    m = re.search(r",\s+(" + "|".join(RESULT_PARTICIPLES) + r")\s+(?=[a-z])", text)
    if m and "," not in text[m.end():].rstrip(".!? "):
        left, right = text[:m.start()], text[m.end():]
        if _left_ok(left, lex) and len(WORDS.findall(right)) >= 2:
            verb = RESULT_PARTICIPLES[m.group(1)]
            return split_clauses(_sentence(left), lex) + [_sentence(f"This {verb} {right}", end)]
    return [text]


def drop_fillers(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """Remove words that add nothing ("In fact,", "let me tell you,") from the data list."""
    fired = []
    for pattern in lex.fillers:
        new = pattern.sub("", text)
        if new != text:
            fired.append(f"filler dropped: {pattern.pattern}")
            text = new
    if fired:
        text = tidy(text)
        text = text[:1].upper() + text[1:]
    return text, fired


PAREN = re.compile(r"\s*\(([^()]*)\)")
EXAMPLE_LEAD = re.compile(r"^(?:e\.g\.|eg|for example|such as|including|like)[,:]?\s+", re.I)


def parentheses(text: str, lex: Lexicon, ctx: Context) -> tuple[str, list[str], list[str]]:
    """Turn "(...)" into its own sentence, an inline "such as", or drop it.

    Returns the sentence, sentences to add after it, and the rules that fired.
    """
    after: list[str] = []
    fired: list[str] = []

    def replace(m: re.Match) -> str:
        inner = m.group(1).strip()
        words = WORDS.findall(inner)
        if not words:
            fired.append("parentheses: dropped empty")
            return ""
        if len(words) == 1 and ACRONYM.match(words[0]) and ctx.acronym_uses.get(words[0], 0) > 1:
            return m.group(0)  # the article uses this acronym again: keep its definition
        lead = EXAMPLE_LEAD.match(inner)
        if lead:
            fired.append("parentheses: example made inline")
            return ", such as " + inner[lead.end():].rstrip(". ") + ","
        if _is_clause(words, lex) and len(words) >= 4:
            after.append(_sentence(inner))
            fired.append("parentheses: made a sentence")
            return ""
        fired.append(f"parentheses: dropped ({inner})")
        return ""

    new = PAREN.sub(replace, text)
    return tidy(new), after, fired


def tidy(text: str) -> str:
    text = SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",([.;:!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text
