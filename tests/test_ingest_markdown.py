"""The Markdown reader: CommonMark structure and front matter into the model."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from plaincast.ingest import read_article
from plaincast.model import Link

ARTICLE = textwrap.dedent("""\
    ---
    title: Living With Type 2 Diabetes
    author: Priya Natarajan, RN
    date: 2026-03-02
    summary: What your numbers mean and how to keep them in range.
    guid: 7d1f0c2e-diabetes
    language: en-GB
    tags: [diabetes, diet]
    ---

    # Living With Type 2 Diabetes

    Type 2 diabetes means your body does not use *insulin* **well**. You can
    still live a full life.

    ## Know your numbers

    A fasting blood sugar of 80 to 130 mg/dL is a common goal. Read the
    [ADA guide](https://diabetes.org/guide "American Diabetes Association") for more.
    ![A glucose meter](meter.png)

    ### Checking at home

    Check before breakfast:

    1. Wash your hands.
    2. Prick the side of a finger.
       - Use a new lancet.
    3. Write down the number.

    > Never double a missed dose of metformin.

    ```python
    print("not narrated")
    ```

    | Medicine | Usual dose |
    | --- | --- |
    | Metformin | 500 mg twice a day |

    <div>Raw HTML text<script>alert("x")</script></div>

    Visit [our clinic](javascript:alert(1)) or call [the nurse line](tel:+15551234567).
    """)


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    path = tmp_path_factory.mktemp("md") / "Type 2 Diabetes.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return read_article(path)


def test_front_matter_fills_the_metadata(article):
    assert article.title == "Living With Type 2 Diabetes"
    meta = article.meta
    assert (meta.author, meta.date, meta.guid, meta.language) == (
        "Priya Natarajan, RN", "2026-03-02", "7d1f0c2e-diabetes", "en-GB")
    assert meta.summary == "What your numbers mean and how to keep them in range."
    assert meta.source_format == "markdown" and meta.encoding == "utf-8"
    assert article.slug == "type-2-diabetes"


def test_heading_levels_and_the_repeated_title(article):
    # "# Title" equal to the front-matter title is not repeated as a section.
    assert [(s.heading, s.level) for s in article.sections] == [
        ("", 1), ("Know your numbers", 1), ("Checking at home", 2)]


def test_emphasis_links_and_images(article):
    intro = article.sections[0].blocks[0]
    assert [s.text for s in intro.sentences] == [
        "Type 2 diabetes means your body does not use insulin well.", "You can still live a full life."]
    numbers = article.sections[1].blocks[0]
    assert numbers.text == ("A fasting blood sugar of 80 to 130 mg/dL is a common goal. "
                            "Read the ADA guide for more.")  # link text kept, image and its alt dropped
    assert article.meta.links == (
        Link("ADA guide", "https://diabetes.org/guide"),
        Link("the nurse line", "tel:+15551234567"),
    )  # javascript: is never kept


def test_lists_quotes_tables_code_and_html(article):
    blocks = article.sections[2].blocks
    assert [b.kind for b in blocks] == ["paragraph", "list", "quote", "table", "paragraph", "paragraph"]
    assert blocks[0].text == "Check before breakfast:"
    steps = blocks[1]
    assert steps.ordered
    assert [i.text for i in steps.items] == [
        "Wash your hands.", "Prick the side of a finger.", "Use a new lancet.", "Write down the number."]
    assert blocks[2].text == "Never double a missed dose of metformin."
    assert blocks[3].header == ("Medicine", "Usual dose")
    assert blocks[3].rows[0] == ("Metformin", "500 mg twice a day")
    assert blocks[3].items[0].text == "Metformin: 500 mg twice a day"
    assert blocks[4].text == "Raw HTML text"
    spoken = " ".join(s.text for s in article.all_sentences())
    assert "print" not in spoken and "alert" not in spoken  # code and script dropped
    assert blocks[5].text == "Visit our clinic or call the nurse line."


def test_first_heading_is_the_title_without_front_matter(tmp_path: Path):
    path = tmp_path / "plain.markdown"
    path.write_text("Intro line.\n\n# Hand Washing\n\nUse soap.\n\n# Drying\n\nUse a clean towel.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Hand Washing"
    assert [(s.heading, s.level) for s in article.sections] == [("", 1), ("Drying", 1)]
    assert article.meta.author == "" and article.meta.language == "en"


def test_no_title_anywhere_falls_back_to_the_file_name(tmp_path: Path):
    path = tmp_path / "foot-care-tips.md"
    path.write_text("Check your feet every day.\n\n* Look for cuts\n* Look for blisters\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Foot care tips"
    assert [b.kind for b in article.sections[0].blocks] == ["paragraph", "list"]


def test_dates_in_words_and_byline(tmp_path: Path):
    path = tmp_path / "walk.md"
    path.write_text(textwrap.dedent("""\
        ---
        title: "Walking: The Easy Exercise"
        date: March 4, 2026
        ---
        Walking is free.

        Sam Okafor is a physiotherapist and health writer at StepWell.
        """), encoding="utf-8")
    article = read_article(path)
    assert article.title == "Walking: The Easy Exercise"
    assert article.meta.date == "2026-03-04"
    assert article.meta.author == "Sam Okafor"
    assert article.meta.byline == "Sam Okafor is a physiotherapist and health writer at StepWell."
    assert [s.text for s in article.all_sentences()] == ["Walking is free."]


def test_inline_raw_html_keeps_text_but_not_scripts(tmp_path: Path):
    path = tmp_path / "inline.md"
    path.write_text('# Tips\n\nPress <kbd>Stop</kbd> <script>alert("x")</script>now and '
                    '<style>p {}</style>rest.\n', encoding="utf-8")
    assert [s.text for s in read_article(path).all_sentences()] == ["Press Stop now and rest."]
