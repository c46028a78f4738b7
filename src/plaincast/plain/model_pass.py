"""The second pass: the language model rewrites the sentences the rules left hard.

A sentence goes to the model when, after the rules, a piece of it is still above
grade 6, runs over 20 words, or holds a glossary term (fragments under 6 words, such
as list items, stay with the rules). The model sees the original
sentence (not the rules' wording, so nothing a rule dropped is lost to it), its
neighbours as context, and the glossary's plain words for its terms. Its answer must
pass the meaning guard against the original and the model-output checks
(model_checks.py); on a refusal the model gets one retry that names what
was lost (unless the refused answer read no easier than the rules' wording), and then
the rules' wording stands. An accepted answer is polished by the word rules (still
guarded against the original) and used only when it reads easier than the rules'
wording. With `[plain] require_review = true` an
accepted answer is published only once the clinic approved that exact wording in the
article's overrides file; until then it waits on the review page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..config import Settings
from ..model import Article, Sentence
from ..sentences import split_sentences
from .answer_facts import drops_an_abbreviation
from .engine import Outcome, guard_check, polish
from .guard import restore_hedges
from .lexicon import Lexicon
from .lists import laid_out
from .llm import ModelRewriter, Request, what_to_keep
from .model_checks import model_output_problems
from .overrides import Override, key
from .readability import readability, sentence_grade, words_of
from .rules import QUOTED

# a page's label before a sentence: "Q: ...", "A: ...", "Note: ..."
LABEL = re.compile(r"^(?:Q|A|Note|Tip|Warning|Important|Caution|Remember)\s*:\s+(?=\S)")
GRADE = 6.0
LONG = 20  # words
# List items and lead-ins ("Other risk factors include:", "Chronic use of corticosteroids")
# are fragments: without their list the model rewrote them into new claims or full
# sentences that break the list, so the rules alone handle anything this short.
SHORT = 6  # words
SHORT_PIECE = 9  # words


LABEL_LINE = re.compile(r"(?:produced|written|prepared|published|reviewed|updated|issued)\s+by\b|"
                        r"(?:media\s+contact|date\s+(?:produced|of\s+publication)|review\s+date|last\s+reviewed|"
                        r"leaflet\s+(?:number|reference))\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


def needs_model(outcome: Outcome, lex: Lexicon, lists: bool = False) -> bool:
    """Whether the rules left the sentence hard; `lists`: judged as published, a series
    made a list (plain/lists.py): its items are short, only its lead-in may be hard."""
    if outcome.change in ("overridden", "dropped") or not outcome.pieces:
        return False
    if outcome.pieces[-1].rstrip().endswith(":"):
        # a lead-in ("... for any patient with flu who:") is finished by the list after it;
        # the model made one a sentence of its own ("... for anyone with flu.")
        return False
    text = " ".join(outcome.pieces)
    length = len(words_of(text))
    if length < SHORT:
        return False
    # a label line ("News release | For immediate release | October 3", "Fenwick Lane Pharmacy,
    # 14 Market Street", "Produced by the Urology Team, Fenwick Lane Hospital") says who, where
    # and when in a form of its own: the model made claims of them ("It's for you right now",
    # "Fenwick Lane Hospital is run by the Urology Team")
    if " | " in text or LABEL_LINE.match(text) or not SENTENCE_END.search(text):
        return False
    # somebody's words are theirs: a quote the rules leave as written the model may not
    # word anew either (changes_a_quote refuses that), so asking would only cost time
    if 2 * sum(len(words_of(m.group(0))) for m in QUOTED.finditer(text)) >= length:
        return False
    for piece in laid_out(outcome.pieces).pieces if lists else outcome.pieces:
        words = len(words_of(piece))
        # a short sentence's grade is one long word's ("Now, I was lucky. Conservative
        # treatment worked for me."): the model rarely finds an easier one
        if words > LONG or (words >= SHORT_PIECE and sentence_grade(piece) > GRADE):
            return True
    return lex.glossary_re is not None and lex.glossary_re.search(text) is not None


def list_item_ids(article: Article) -> set[str]:
    """Ids of the sentences that are list items or table rows."""
    return {s.id for section in article.sections for block in section.blocks if block.has_items
            for s in block.all_sentences()}


def is_full_sentence(text: str) -> bool:
    """A list item the model may rewrite: a whole sentence of some length, not a label.

    Terse items ("Bracing: Prevents further collapse", "Regular bone density testing
    (especially for women over 50)") lean on the list around them; the model turned
    them into claims of their own ("Regular bone density testing is important for
    women over 50"), so those keep the rules' wording. So do items that go on from their
    lead-in with a small letter ("Talk to your doctor if: - you are due to have an
    operation ..."): the model told the condition as a fact ("You're going to have an
    operation.").
    """
    return text.rstrip().endswith(".") and len(words_of(text)) >= 10 and ":" not in text and \
        text.lstrip()[:1].isupper()


REFERRING = frozenset("this these that those it its they them their such both he she his her "
                      "other others".split())


def refers_back(sentence: str) -> bool:
    """Whether the sentence's opening words point at something said before it."""
    return any(w in REFERRING for w in words_of(sentence.lower())[:4])


def request_for(sentence: str, before: str, after: str, lex: Lexicon) -> Request:
    """The model's request for a sentence: the sentence before costs the model time to
    read (about a third of each request), so it is shown only when this sentence points
    back at it ("These fractures ...")."""
    return Request(sentence, before=before if refers_back(sentence) else "", after=after,
                   hints=glossary_hints(sentence, lex))


def glossary_hints(sentence: str, lex: Lexicon) -> str:
    if lex.glossary_re is None:
        return ""
    found = dict.fromkeys(m.group(0).lower() for m in lex.glossary_re.finditer(sentence))
    return "; ".join(f"{term} = {lex.glossary[term].plain}" for term in found
                     if term in lex.glossary)


# refusals that say the answer is about something else, not a fact lost on the way (an
# answer that took in the neighbouring sentence was mended by 1 retry in 6 on agency pages)
OFF_TOPIC = ("too few words in common", "model answer shares too few words",
             "model answer brings in words from a neighbouring sentence")
MENDABLE = 2  # kinds of loss a retry is still asked to mend
# one loss is often told several ways ("more than 80%" gone: the number, its unit, the
# dose and the comparison), so refusals are counted by the kind of thing lost
LOSS_KINDS = {"name": ("drug name", "condition name", "term split", "medical term"),
              "number": ("number", "unit", "dose", "comparison", "time moved"),
              "condition": ("condition", "qualifier"),  # after "condition name"
              "negation": ("negation",),
              "hedge": ("hedge",)}


def things_wrong(reasons: list[str]) -> set[str]:
    """The kinds of loss in a refused answer's reasons ("number lost", "unit lost" are one)."""
    kinds = set()
    for reason in reasons:
        label = reason.partition(":")[0]
        kinds.add(next((kind for kind, labels in LOSS_KINDS.items()
                        if label.startswith(labels)), label))
    return kinds


def why_no_retry(reasons: list[str], answer: str, rules: Outcome) -> str:
    """Why a refused answer gets no retry ("" when it does). A retry keeps more of the
    sentence than the refused answer did, so when that answer read no easier than the
    rules' wording the retry would go unused too; an answer about something else, or
    wrong in three kinds of way or more, was seldom mended (1 in 10 and 3 in 15 on agency
    pages, against 15 in 23 with one thing wrong)."""
    if any(r.startswith(OFF_TOPIC) for r in reasons):
        return "no retry: the answer was about something else"
    wrong = len(things_wrong(reasons))
    if wrong > MENDABLE:
        return f"no retry: {wrong} things wrong in the answer"
    if not easier(split_sentences(answer) or [answer], rules.pieces):
        return "no retry: the refused answer read no easier than the rules' wording"
    return ""


def _rules_stand(rules: Outcome, notes: list[str]) -> Outcome:
    """The rules' outcome with the model's refusals noted (the original stands, marked
    refused, when the rules had not changed it either)."""
    change = "refused" if rules.change == "kept" else rules.change
    return replace(rules, change=change, reasons=rules.reasons + tuple(notes))


def refusals(original: str, answer: str, request: Request, lex: Lexicon,
             rewriter: ModelRewriter, rules: Outcome, given: re.Pattern | None = None) -> list[str]:
    """Why the answer is refused: the model checks, the meaning guard, and an
    abbreviation the rules kept for the article's later uses. `given`: the names the
    article gives (names.given_names)."""
    neighbours = tuple(n for n in (request.before, request.after) if n)
    kept = drops_an_abbreviation(" ".join(rules.pieces), answer)
    return (model_output_problems(original, answer, rewriter.prompt, neighbours, lex.said_as,
                                  lex.action_words, given)
            + ([kept] if kept else []) + guard_check(original, answer, lex))


def easier(answer: list[str], rules: tuple[str, ...]) -> bool:
    after, before = readability(answer), readability(list(rules))
    return (after.fk_grade, after.words_per_sentence) < (before.fk_grade, before.words_per_sentence)


def improve(article: Article, outcomes: dict[str, Outcome], lex: Lexicon, settings: Settings,
            overrides: dict[str, Override], rewriter: ModelRewriter | None = None,
            extra: tuple[Sentence, ...] = (), given: re.Pattern | None = None
            ) -> dict[str, Outcome]:
    """The outcomes with the model's accepted rewrites in place of the rules' wording;
    `extra` are sentences shown after the article's own (the author note); `given` the
    names the article gives, which an answer must keep."""
    sentences = [*article.all_sentences(), *extra]
    listed = list_item_ids(article)
    # a paragraph's series is published as a list (engine._with_lists)
    in_paragraphs = {s.id for section in article.sections for block in section.blocks
                     if block.kind == "paragraph" for s in block.sentences}
    wanted = [i for i, s in enumerate(sentences)
              if (s.id not in listed or is_full_sentence(s.text))
              and needs_model(outcomes[s.id], lex, settings.plain.lists and s.id in in_paragraphs)]
    if not wanted:
        return outcomes
    own = rewriter is None
    rewriter = rewriter or ModelRewriter(settings)
    if not rewriter.available:
        return outcomes
    improved = dict(outcomes)
    try:
        for i in wanted:
            sentence = sentences[i]
            improved[sentence.id] = _asked(
                sentence.text, outcomes[sentence.id], lex, settings, rewriter, overrides,
                before=sentences[i - 1].text if i > 0 else "",
                after=sentences[i + 1].text if i + 1 < len(sentences) else "", given=given)
    finally:
        if own:
            rewriter.release()
    return improved


def improve_sentence(original: str, rules: Outcome, lex: Lexicon, settings: Settings,
                     rewriter: ModelRewriter, overrides: dict[str, Override] | None = None,
                     before: str = "", after: str = "") -> Outcome:
    """One sentence's outcome after the model pass (the rules' outcome when not needed)."""
    if not needs_model(rules, lex) or not rewriter.available:
        return rules
    return _asked(original, rules, lex, settings, rewriter, overrides or {}, before, after)


def _asked(original: str, rules: Outcome, lex: Lexicon, settings: Settings,
           rewriter: ModelRewriter, overrides: dict[str, Override],
           before: str = "", after: str = "", given: re.Pattern | None = None) -> Outcome:
    """The outcome once the model is asked about a sentence the pass found it needs.

    "A: Over time, high blood sugar can ...": the model answers without the page's label
    (it dropped it), so it is asked about the words after it and the label put back."""
    label = LABEL.match(original)
    body = original[label.end():] if label else original
    outcome = _one(body, request_for(body, before, after, lex), rules, lex, settings,
                   overrides, rewriter, given)
    if label and outcome.engine == "model":
        outcome = replace(outcome, pieces=(label.group(0) + outcome.pieces[0], *outcome.pieces[1:]))
    if label and outcome.pending:
        outcome = replace(outcome, pending=label.group(0) + outcome.pending)
    return outcome


def _one(original: str, request: Request, rules: Outcome, lex: Lexicon, settings: Settings,
         overrides: dict[str, Override], rewriter: ModelRewriter,
         given: re.Pattern | None = None) -> Outcome:
    answer, restored = restore_hedges(original, rewriter.ask(request), lex)
    reasons = refusals(original, answer, request, lex, rewriter, rules, given)
    notes: list[str] = []
    if reasons:
        notes += [f"refused model: {r}" for r in reasons]
        no_retry = why_no_retry(reasons, answer, rules)
        if no_retry:
            return _rules_stand(rules, notes + [no_retry])
        answer, restored = restore_hedges(
            original, rewriter.ask(request, keep=what_to_keep(reasons)), lex)
        reasons = refusals(original, answer, request, lex, rewriter, rules, given)
        if reasons:
            return _rules_stand(rules, notes + [f"refused model retry: {r}" for r in reasons])
    pieces, polished = polish(original, tuple(split_sentences(answer)) or (answer,), lex)
    notes += restored + polished
    if not easier(list(pieces), rules.pieces):
        return replace(rules, reasons=rules.reasons + tuple(notes) + (
            "model rewrite not used: it does not read easier than the rules' wording",))
    if settings.plain.require_review:
        wording = key(" ".join(pieces))
        approval = overrides.get(key(original))
        if approval is None or approval.approve != wording:
            return replace(rules, reasons=rules.reasons + tuple(notes), pending=wording)
        notes.append("clinic approved the model rewrite")
    return Outcome(pieces, "changed", tuple(notes) + ("model rewrite",), engine="model")
