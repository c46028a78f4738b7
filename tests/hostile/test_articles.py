"""One build over every kind of hostile article at once, after a first build published good ones.

The first build publishes the good article, a victim that later turns
hostile, and hands.txt; the second adds every REFUSED and ACCEPTED kind,
hands.md beside hands.txt, two articles claiming one guid, and links out of
the content folder. One build keeps the suite fast; each kind is still its
own test case.
"""

from __future__ import annotations

import os

import re

import pytest
from bs4 import BeautifulSoup

from plaincast.ingest.slug import slug_for

from .inputs import ACCEPTED, REFUSED
from .project import GOOD_NAME, Project, check_site

SECRET = "root:x:0:0:SECRET-HOST-LINE"
GUID_ARTICLE = "---\ntitle: {title}\nguid: shared-guid-1\n---\n\nEat more fibre every day.\n"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    project = Project(tmp_path_factory.mktemp("batch"))
    project.write("victim.md", "# Victim\n\nEat green vegetables.\n")
    project.write("hands.txt", "Hands\n\nWash your hands before meals.\n")
    first = project.build()
    assert first.exit_code == 0, first.stderr
    before = {slug: project.snapshot(slug) for slug in ("victim", "hands", "good")}

    bomb = next(kind for kind in REFUSED if kind.name == "bomb.md")
    project.write("victim.md", bomb.data)  # over a published episode
    for kind in REFUSED + ACCEPTED:
        project.write(kind.name, kind.data)
    project.write("hands.md", "# Hands again\n\nA different article entirely.\n")
    project.write("fibre-a.md", GUID_ARTICLE.format(title="Fibre A"))
    project.write("fibre-b.md", GUID_ARTICLE.format(title="Fibre B"))
    (project.root / "secret.txt").write_text(f"Secret\n\n{SECRET}\n", encoding="utf-8")
    (project.content / "passwd.txt").symlink_to(project.root / "secret.txt")
    (project.content / "inside-link.txt").symlink_to(project.content / GOOD_NAME)
    (project.content / "loop.txt").symlink_to(project.content / "loop.txt")
    os.mkfifo(project.content / "pipe.txt")  # reading it would block the build for ever
    (project.content / os.fsdecode(b"latin1-\xe9t\xe9.txt")).write_text("Summer\n\nStay cool.\n")
    second = project.build()
    return project, before, second


def _lines_naming(run, name: str) -> list[str]:
    return [line for line in run.errors if name in line]


def test_build_exits_1_without_traceback(batch):
    _, _, run = batch
    run.assert_clean()
    assert run.exit_code == 1


@pytest.mark.parametrize("kind", REFUSED, ids=[k.kind for k in REFUSED])
def test_refused_kind_is_one_error_line_naming_the_file(batch, kind):
    _, _, run = batch
    lines = _lines_naming(run, kind.name)
    assert len(lines) == 1, run.errors
    assert kind.because.lower() in lines[0].lower(), lines[0]


@pytest.mark.parametrize("kind", ACCEPTED, ids=[k.kind for k in ACCEPTED])
def test_accepted_kind_builds_with_every_word(batch, kind):
    project, _, run = batch
    slug = slug_for(project.content / kind.name)
    assert not _lines_naming(run, kind.name[:60]), run.errors
    transcript = (project.output / slug / f"{slug}.txt").read_text(encoding="utf-8")
    page = (project.output / slug / "index.html").read_text(encoding="utf-8")
    page_text = BeautifulSoup(page, "html.parser").get_text()
    for words in kind.says:
        assert words in transcript, (words, transcript)
        assert words in page_text
    for bad in kind.never:
        assert bad not in transcript
        assert bad not in page_text


def test_published_episodes_are_unchanged_byte_for_byte(batch):
    project, before, run = batch
    assert len(_lines_naming(run, "victim.md")) == 1
    for slug in ("victim", "hands", "good"):
        assert project.snapshot(slug) == before[slug], slug


def test_feed_and_pages_agree_with_the_files(batch):
    project, _, _ = batch
    items = check_site(project.output)
    assert {"good", "victim", "hands"} <= set(items)
    for kind in ACCEPTED:
        assert slug_for(project.content / kind.name) in items, kind.kind
    for kind in REFUSED:
        assert slug_for(project.content / kind.name) not in items, kind.kind


def test_same_stem_is_one_line_naming_both_and_neither_is_built(batch):
    project, _, run = batch
    lines = _lines_naming(run, "hands.md")
    assert len(lines) == 1 and "hands.txt" in lines[0], run.errors
    items = check_site(project.output)
    assert items["hands"].title == "Hands"  # still the episode published first


def test_two_articles_with_one_guid_are_refused(batch):
    project, _, run = batch
    assert any("fibre-a.md" in line and "fibre-b.md" in line and "guid" in line for line in run.errors), run.errors
    items = check_site(project.output)
    assert "fibre-a" not in items and "fibre-b" not in items


def test_link_out_of_content_is_not_followed(batch):
    project, _, run = batch
    lines = _lines_naming(run, "passwd.txt")
    assert len(lines) == 1 and "outside" in lines[0], run.errors
    published = b"".join(p.read_bytes() for p in project.output.rglob("*") if p.is_file())
    assert b"SECRET-HOST-LINE" not in published
    assert "inside-link" in check_site(project.output)  # a link within content/ is fine


def test_the_setext_paragraph_is_narrated_not_a_chapter(batch):
    project, _, run = batch
    chapters = (project.output / "setext" / "setext.chapters.json").read_text(encoding="utf-8")
    assert "paracetamol" not in chapters and "Next" in chapters
    page = BeautifulSoup((project.output / "setext" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert not any("paracetamol" in h.get_text() for h in page.find_all(["h2", "h3"]))
    assert any("paracetamol" in p.get_text() for p in page.find_all("p"))
    transcript = (project.output / "setext" / "setext.txt").read_text(encoding="utf-8")
    assert "Never take more than eight tablets of paracetamol" in transcript
    assert not [line for line in run.stderr.splitlines() if "setext.md" in line]  # no words lost


def test_markup_in_front_matter_reaches_the_feed_as_plain_text(batch):
    project, _, _ = batch
    item = check_site(project.output)["markup-meta"]
    assert item.title == "Hands & soap"
    assert item.summary == "Clean hands save lives"
    raw = (project.output / "feed.xml").read_text(encoding="utf-8")
    # content:encoded is HTML carried as escaped text, so its own "&amp;" is escaped
    # once more by design; read it back as HTML instead of as raw feed text
    notes = re.findall(r"<content:encoded>(.*?)</content:encoded>", raw, flags=re.S)
    plain_fields = re.sub(r"<content:encoded>.*?</content:encoded>", "", raw, flags=re.S)
    assert "&lt;b&gt;" not in plain_fields and "&amp;amp;" not in plain_fields and "<b>" not in plain_fields
    mine = [escaped for escaped in notes if "/markup-meta/" in escaped]
    assert len(mine) == 1
    for escaped in mine:
        html = BeautifulSoup(escaped, "html.parser").get_text()  # undo the XML escaping
        shown = BeautifulSoup(html, "html.parser")
        assert not shown.find("b") and "Hands & soap" in shown.get_text()


@pytest.mark.parametrize("name, because", [
    ("loop.txt", "cannot be read"),
    ("pipe.txt", "not a regular file"),
    ("latin1-", "not valid UTF-8"),
])
def test_odd_files_in_content_are_one_line_each(batch, name, because):
    _, _, run = batch
    lines = _lines_naming(run, name)
    assert len(lines) == 1 and because in lines[0], run.errors
