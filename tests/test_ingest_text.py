"""The plain-text reader: title, two heading levels, lists, lead-ins and the byline."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from plaincast.ingest import read_article
from plaincast.ingest.text import is_title_case

SHAPES = Path(__file__).parent / "fixtures" / "ingest" / "shapes.txt"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shapes():
    return read_article(SHAPES)


def test_title_and_introduction(shapes):
    assert shapes.title == "Breathing Easier With Asthma"
    intro = shapes.sections[0]
    assert (intro.heading, intro.level) == ("", 1)
    assert intro.blocks[0].text.startswith("Asthma can feel frightening")
    assert len(intro.blocks) == 1


def test_headings_and_their_levels(shapes):
    assert [(s.heading, s.level) for s in shapes.sections[1:]] == [
        ("What Happens During an Asthma Attack?", 1),  # blank line after: top level
        ("Warning Signs You Should Know", 2),  # no blank line after: below it
        ("Who Is More Likely to Have Asthma?", 1),
        ("Using Your Inhaler Well", 1),
        ("Steps for a Good Puff", 2),  # Title Case line ending in ":" before a list
    ]


def test_lead_in_before_a_list_stays_body_text(shapes):
    risk = shapes.sections[3]
    kinds = [b.kind for b in risk.blocks]
    assert kinds == ["paragraph", "paragraph", "list", "paragraph"]
    assert risk.blocks[1].text == "Common triggers include:"
    assert [i.text for i in risk.blocks[2].items] == ["Tobacco smoke", "Dust mites and mould", "Cold air"]
    assert risk.blocks[2].ordered is False


def test_numbered_lines_are_an_ordered_list(shapes):
    steps = shapes.sections[5].blocks[0]
    assert steps.kind == "list" and steps.ordered is True
    assert [i.text for i in steps.items] == [
        "Shake the inhaler.", "Breathe out fully.", "Press once and breathe in slowly.",
        "Hold your breath for 10 seconds.",
    ]


def test_closing_author_note_is_the_byline_not_narration(shapes):
    assert shapes.meta.author == "Dana Whitfield"
    assert shapes.meta.byline.startswith("Dana Whitfield is a respiratory nurse")
    assert shapes.meta.byline.endswith("for patients and families.")
    spoken = " ".join(s.text for s in shapes.all_sentences())
    assert "Dana Whitfield" not in spoken
    assert shapes.sections[-1].blocks[-1].text == "Rinse your mouth after using a steroid inhaler."


def test_sentences_are_split_and_numbered_in_order(shapes):
    sentences = list(shapes.all_sentences())
    assert [s.id for s in sentences] == [f"s{n}" for n in range(1, len(sentences) + 1)]
    assert [s.id for s in shapes.sections] == [f"sec-{n}" for n in range(1, 7)]
    assert sentences[0].text == "Asthma can feel frightening the first time an attack takes your breath away."
    assert all(s.original == s.text and s.change == "kept" for s in sentences)
    assert shapes.meta.source_format == "text" and shapes.slug == "shapes"


def test_title_case_tells_a_heading_from_a_lead_in():
    assert is_title_case("Top Non-Surgical Options")
    assert is_title_case("Build a Stronger Back with Smart Habits")
    assert not is_title_case("Other risk factors include")
    assert not is_title_case("You may need")


def test_lines_that_are_not_headings(tmp_path: Path):
    path = write(tmp_path, "notes.txt", """\
        Sleep and Your Heart
        Good sleep protects your heart. Most adults need seven hours.
        The good news? Small changes help
        Short lines can be sentences too.
        Keep a regular bedtime
        Go to bed at the same time each night.
        Please ask your nurse:
        She can help you plan.
        A last short line
        """)
    article = read_article(path)
    assert [s.heading for s in article.sections] == ["", "Keep a regular bedtime"]
    intro = [b.text for b in article.sections[0].blocks]
    # An inner sentence break makes a line body text, even without closing punctuation.
    assert "The good news? Small changes help" in intro
    body = [b.text for b in article.sections[1].blocks]
    # Not Title Case and not before a list: a sentence. A short last line is not a heading.
    assert body == ["Go to bed at the same time each night.", "Please ask your nurse:",
                    "She can help you plan.", "A last short line"]


def test_star_bullets_and_separate_lists(tmp_path: Path):
    path = write(tmp_path, "lists.txt", """\
        Packing for a Hospital Stay
        Bring these things:
        * Your medicine list
        * Glasses and hearing aids
        Leave these at home:
        • Jewellery
        • Large amounts of cash
        1) Call the ward
        2) Check your time
        """)
    blocks = read_article(path).sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "list", "paragraph", "list", "list"]
    assert [len(b.items) for b in blocks if b.kind == "list"] == [2, 2, 2]
    assert [b.ordered for b in blocks if b.kind == "list"] == [False, False, True]


def test_text_after_a_nested_list_is_no_part_of_its_last_item(tmp_path: Path):
    # a line at the marker's own indent ends the list; one indented past it goes on the item
    path = write(tmp_path, "nested.txt", """\
        Altitude Sickness
        There are three kinds.
        1. Acute mountain sickness is the most common. Symptoms include:
           - headache
           - difficulty sleeping
           Mild AMS often gets better within 1 to 2 days if you rest.
        2. Swelling of the brain is rare:
           - confusion, drowsiness and
             loss of coordination
        """)
    blocks = read_article(path).sections[0].blocks
    texts = [b.text if b.kind == "paragraph" else [" ".join(s.text for s in item.sentences) for item in b.items]
             for b in blocks]
    assert texts[2] == ["headache", "difficulty sleeping"]
    assert texts[3] == "Mild AMS often gets better within 1 to 2 days if you rest."
    assert texts[-1] == ["confusion, drowsiness and loss of coordination"]


def test_hard_wrapped_paragraphs_are_joined(tmp_path: Path):
    path = write(tmp_path, "wrapped.txt", """\
        Caring for a Sprained Ankle

        A sprain happens when the bands that hold your ankle bones together
        stretch too far or tear. Most sprains heal at home in two to six
        weeks with rest and simple care.

        The First Two Days

        Rest the ankle and keep it raised above your heart when you can. Put
        ice wrapped in a towel on it for 15 minutes every two to three hours
        while you are awake.
        Signs That Need a Doctor
        - You cannot put any weight on the foot, or the pain gets worse even
          though you have rested it
        - The ankle looks bent or out of shape
        Call your clinic if you are not sure.
        """)
    article = read_article(path)
    assert article.title == "Caring for a Sprained Ankle"
    assert [(s.heading, s.level) for s in article.sections] == [
        ("", 1), ("The First Two Days", 1), ("Signs That Need a Doctor", 2)]
    intro = article.sections[0].blocks
    assert len(intro) == 1 and len(intro[0].sentences) == 2
    assert intro[0].sentences[0].text.endswith("stretch too far or tear.")
    assert len(article.sections[1].blocks) == 1
    signs = article.sections[2].blocks
    assert [i.text for i in signs[0].items] == [
        "You cannot put any weight on the foot, or the pain gets worse even though you have rested it",
        "The ankle looks bent or out of shape"]
    assert signs[1].text == "Call your clinic if you are not sure."


def test_byline_without_writer_role_stays_narration(tmp_path: Path):
    path = write(tmp_path, "ending.txt", """\
        Washing Your Hands
        Wash with soap for 20 seconds.
        Maria Lopez is a nurse at our clinic and will answer your questions.
        """)
    article = read_article(path)
    assert article.meta.byline == "" and article.meta.author == ""
    assert article.sections[0].blocks[-1].text.startswith("Maria Lopez is a nurse")


@pytest.mark.parametrize("ending, author", [
    ("Dr. Ana Ruiz, MD, is a family doctor and a health writer at Clinic News.", "Dr. Ana Ruiz"),
    ("She is a nurse and a freelance writer for several clinics.", ""),
    ("Tom Baker writes about heart health for patients.", "Tom Baker"),
])
def test_byline_forms(tmp_path: Path, ending: str, author: str):
    path = write(tmp_path, "byline.txt", f"Heart Health\nEat well and move.\n\n{ending}\n")
    article = read_article(path)
    assert article.meta.byline == ending and article.meta.author == author
    assert [s.text for s in article.all_sentences()] == ["Eat well and move."]


def test_a_closing_sentence_about_a_disease_is_not_a_byline(tmp_path: Path):
    ending = "Diabetes is a condition that every health writer at our clinic covers."
    path = write(tmp_path, "closing.txt", f"Diabetes Basics\nCheck your sugar.\n{ending}\n")
    article = read_article(path)
    assert article.meta.byline == "" and article.sections[0].blocks[-1].text == ending


def test_a_heading_right_before_a_sub_heading(tmp_path: Path):
    path = write(tmp_path, "nested.txt", """\
        Eating for Your Heart
        Food choices matter.
        Everyday Changes That Help

        Eat Less Salt
        - Read labels
        Northfield Clinic
        12 Main Street
        Springfield
        Call us any weekday.
        """)
    article = read_article(path)
    assert [(s.heading, s.level) for s in article.sections] == [
        ("", 1), ("Everyday Changes That Help", 1), ("Eat Less Salt", 2), ("Springfield", 2)]
    assert article.sections[1].blocks == ()
    assert [b.text for b in article.sections[2].blocks][1:] == ["Northfield Clinic", "12 Main Street"]


def test_unbulleted_list_after_a_lead_in(tmp_path: Path):
    # as pasted from a web page: the bullets are gone, each item a line of its own after a
    # lead-in that ends in ":"; the lines must not run together into one sentence
    path = write(tmp_path, "unbulleted.txt", """\
        Clarithromycin Tablets

        Clarithromycin is an antibiotic that treats chest, skin and ear infections in adults and children.

        Before you start taking it, tell your doctor or pharmacist if you:

        have ever had an allergic reaction to clarithromycin or to any other macrolide antibiotic, such as erythromycin
        have liver or kidney problems, because your dose may need to be lowered
        are pregnant, trying to get pregnant or breastfeeding

        How to Take It

        Swallow the tablets whole with a drink of water, and do not chew or crush them at any time.
        Take them at the same time each day so that you keep a steady level of the medicine in your blood.
        """)
    article = read_article(path)
    blocks = article.sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "list"]
    assert [i.text for i in blocks[2].items] == [
        "have ever had an allergic reaction to clarithromycin or to any other macrolide antibiotic, such as "
        "erythromycin",
        "have liver or kidney problems, because your dose may need to be lowered",
        "are pregnant, trying to get pregnant or breastfeeding"]
    # the file is not hard-wrapped: its paragraphs stay one a line
    assert [s.heading for s in article.sections] == ["", "How to Take It"]
    assert [b.kind for b in article.sections[1].blocks] == ["paragraph", "paragraph"]


def test_a_wrapped_paragraph_after_a_lead_in_is_no_list(tmp_path: Path):
    path = write(tmp_path, "wrapped-lead.txt", """\
        Caring for a Sprained Ankle

        A sprain happens when the bands that hold your ankle bones together
        stretch too far or tear. Most sprains heal at home in two to six
        weeks with rest and simple care.

        Watch for the following:

        swelling that keeps growing after the first two days, even though
        you have rested the ankle and kept it raised above your heart
        """)
    blocks = read_article(path).sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "paragraph"]
    assert blocks[2].text.startswith("swelling that keeps growing after the first two days, even though you")
