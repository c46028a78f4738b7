"""Sentence splitting measured on a boundary test set (tests/data/sentence_boundaries.txt)."""

from __future__ import annotations

from pathlib import Path

from plaincast.sentences import split_sentences

CASES_FILE = Path(__file__).parent / "data" / "sentence_boundaries.txt"


def load_cases() -> list[tuple[str, list[str]]]:
    cases = []
    for chunk in CASES_FILE.read_text(encoding="utf-8").split("\n\n"):
        lines = [l for l in chunk.splitlines() if l and not l.startswith("#")]
        if not lines:
            continue
        text = "\n".join(l[2:] for l in lines if l.startswith("> "))
        expected = [l for l in lines if not l.startswith("> ")]
        cases.append((text, expected))
    return cases


def boundaries(sentences: list[str]) -> set[int]:
    """Character offsets (spaces removed) where each sentence ends."""
    ends, position = set(), 0
    for sentence in sentences:
        position += len("".join(sentence.split()))
        ends.add(position)
    return ends


def test_boundary_set_accuracy():
    cases = load_cases()
    assert len(cases) >= 25
    true_positive = predicted = gold = exact = 0
    for text, expected in cases:
        got = split_sentences(text)
        want, have = boundaries(expected), boundaries(got)
        true_positive += len(want & have)
        predicted += len(have)
        gold += len(want)
        exact += got == expected
    precision, recall = true_positive / predicted, true_positive / gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.97, (precision, recall)
    assert exact / len(cases) >= 0.95


def test_abbreviations_do_not_split():
    for text in ["Dr. Lee saw me.", "Use form No. 2 today.", "Aim for under 100 mg/dL daily.",
                 "Take it at 8 a.m. with food.", "Foods, e.g. beans, help.",
                 "Most people in the U.S. know it."]:
        assert split_sentences(text) == [text]


def test_a_time_of_day_ends_a_sentence_before_a_capital_that_names_no_day_or_zone():
    assert split_sentences("The sun is strongest between 10 a.m. and 2 p.m. Try to stay in "
                           "the shade.") == [
        "The sun is strongest between 10 a.m. and 2 p.m.", "Try to stay in the shade."]
    for text in ["Call between 9 a.m. Monday and 5 p.m. ET on Friday.",
                 "Open 8 a.m. to 5 p.m. Eastern time."]:
        assert split_sentences(text) == [text]


def test_bullets_and_headings_stand_alone():
    text = "Warning Signs\nWatch for these:\n- Sudden pain\n- Loss of height\nCall us."
    assert split_sentences(text) == [
        "Warning Signs", "Watch for these:", "Sudden pain", "Loss of height", "Call us."]


def test_a_wrapped_line_is_not_a_heading():
    text = "Compression fractures often occur in the\nVertebrae of older adults."
    assert split_sentences(text) == ["Compression fractures often occur in the Vertebrae of older adults."]


def test_empty_text():
    assert split_sentences("  \n ") == []


def test_initials_and_numbers_follow_punkt_rules():
    assert split_sentences('Orenthal James "O. J." Simpson played. He ran.') == [
        'Orenthal James "O. J." Simpson played.', "He ran."]
    assert split_sentences("Take 2 tablets. Then rest.") == ["Take 2 tablets.", "Then rest."]
    assert split_sentences("Wait... then go. Why? Because! Done.") == [
        "Wait... then go.", "Why?", "Because!", "Done."]
    assert split_sentences('He said "stop." Then he left.') == ['He said "stop."', "Then he left."]


def test_importing_the_splitter_does_not_import_nltk():
    # NLTK costs most of a second to import: only a split may load it, not `plaincast --help`
    import subprocess
    import sys

    code = "import sys, plaincast.sentences as s; print('nltk' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_long_sentence_stays_whole_and_a_runaway_one_is_cut():
    # 66 words in 370 characters: one sentence, as written
    sentence = ("You're also at higher risk if you have certain health problems, like diabetes, smoke, "
                "drink too much alcohol, have a family history of cataracts, have had an eye injury, "
                "eye surgery, or radiation treatment on your upper body, have spent a lot of time in "
                "the sun, or take steroids, medicines used to treat a variety of health problems, "
                "like arthritis and rashes.")
    assert split_sentences(sentence) == [sentence]
    runaway = ", ".join(["one two three"] * 60) + "."
    pieces = split_sentences(runaway)
    assert len(pieces) > 1 and all(len(p) <= 600 and len(p.split()) <= 120 for p in pieces)
    assert " ".join(pieces) == runaway
    # a 66-word lead of 430 characters stays whole too
    lead = ("MILLBROOK - The Millbrook Water Utility, in coordination with the Cole County Health Department, "
            "has issued a precautionary boil water advisory for customers in the Riverside, Ashford Heights, "
            "Mill Creek, and Eastgate neighborhoods after a 24-inch water main broke early Tuesday morning "
            "near the intersection of East Hanover Street and Pruitt Avenue, causing a significant loss of "
            "water pressure across much of the city's east side.")
    assert split_sentences(lead) == [lead]
    # an 82-word lead of 467 characters too (cut at 80 words it left "and the family members ...")
    lead = ("Adults aged 65 and older are more than twice as likely to die in a home fire as the general "
            "population, and the risk continues to rise after age 75, which is why the Riverton Fire Department "
            "and the Harlan County Public Health Department are urging older residents, and the family members "
            "and caregivers who support them, to make sure that every home has working smoke alarms and carbon "
            "monoxide (CO) alarms that the people living there can actually hear or feel, day or night.")
    assert len(lead.split()) > 80 and split_sentences(lead) == [lead]


def test_a_named_letter_ends_a_sentence_and_an_initial_does_not():
    assert split_sentences("Very few foods contain vitamin D. Fatty fish are good sources.") == [
        "Very few foods contain vitamin D.", "Fatty fish are good sources."]
    assert split_sentences("It was signed by John F. Kennedy in 1963.") == [
        "It was signed by John F. Kennedy in 1963."]


def test_a_unit_after_a_number_ends_a_sentence_before_a_capital():
    # a unit takes no stop of its own: "100 mg." ends the sentence
    assert split_sentences("Those weighing 5 kg or more receive 100 mg. Ideally, babies get it in their first "
                           "week.") == ["Those weighing 5 kg or more receive 100 mg.",
                                        "Ideally, babies get it in their first week."]
    # (the unit inside a sentence, and a unit before a lower-case word, stay)
    for text in ["Take 5 mg twice a day with food.", "Aim for 400 mcg. daily if you can."]:
        assert split_sentences(text) == [text]
