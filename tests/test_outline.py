"""`render_outline` and `article_to_dict` on the shapes article (two levels, a lead-in, a byline)."""

from __future__ import annotations

import json
from pathlib import Path

from plaincast.ingest import read_article
from plaincast.outline import article_to_dict, render_outline

SHAPES = Path(__file__).parent / "fixtures" / "ingest" / "shapes.txt"


def test_outline_is_the_section_tree_with_counts():
    article = read_article(SHAPES)
    lines = render_outline(article).splitlines()
    assert lines[0] == "Breathing Easier With Asthma"
    assert "text, utf-8" in lines[1] and "6 sections" in lines[1] and "3 lists (10 items)" in lines[1]
    assert lines[2] == "by Dana Whitfield"
    tree = [line for line in lines if line.startswith("  ") and "words" in line]
    words = [s.word_count for s in article.sections]
    assert tree == [
        f"  (introduction)  ({words[0]} words)",
        f"  What Happens During an Asthma Attack?  ({words[1]} words)",
        f"    Warning Signs You Should Know  ({words[2]} words; 1 list, 3 items)",
        f"  Who Is More Likely to Have Asthma?  ({words[3]} words; 1 list, 3 items)",
        f"  Using Your Inhaler Well  ({words[4]} words)",
        f"    Steps for a Good Puff  ({words[5]} words; 1 list, 4 items)",
    ]
    # "Common triggers include:" is counted with its section's words, not shown as a heading
    assert words[3] == len("Asthma often runs in families. Children who had eczema or hay fever are also "
                           "more likely to have it. Common triggers include: Tobacco smoke Dust mites and "
                           "mould Cold air Knowing your triggers helps you avoid them.".split())
    assert any(line.startswith("byline (not narrated): Dana Whitfield is a respiratory nurse") for line in lines)


def test_article_to_dict_is_the_whole_model_as_json():
    article = read_article(SHAPES)
    data = json.loads(json.dumps(article_to_dict(article)))
    assert data["title"] == article.title and data["slug"] == "shapes"
    assert data["source_path"] == str(SHAPES)
    assert data["meta"]["author"] == "Dana Whitfield" and data["meta"]["encoding"] == "utf-8"
    assert data["word_count"] == article.word_count
    sections = data["sections"]
    assert [(s["heading"], s["level"], s["id"]) for s in sections][:3] == [
        ("", 1, "sec-1"), ("What Happens During an Asthma Attack?", 1, "sec-2"),
        ("Warning Signs You Should Know", 2, "sec-3")]
    lead_in, items = sections[3]["blocks"][1], sections[3]["blocks"][2]
    assert lead_in["kind"] == "paragraph" and lead_in["sentences"][0]["text"] == "Common triggers include:"
    assert items["kind"] == "list" and items["ordered"] is False
    assert [i["sentences"][0]["text"] for i in items["items"]] == ["Tobacco smoke", "Dust mites and mould", "Cold air"]
    ids = [s["id"] for sec in sections for b in sec["blocks"]
           for s in (b["sentences"] or [x for i in b["items"] for x in i["sentences"]])]
    assert ids == [f"s{n}" for n in range(1, len(ids) + 1)]
    assert sections[3]["word_count"] == article.sections[3].word_count
