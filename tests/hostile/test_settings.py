"""Bad settings files, bad command-line options, bad folders and an unreadable state file.

Each is refused before anything is built: one `error:` line naming the key
(or option), the value and what is allowed; no traceback; no output folder.
"""

from __future__ import annotations

import pytest

from .project import SETTINGS, Project, check_site

# (plaincast.toml, the key named, words of what is allowed)
BAD_SETTINGS = [
    ("[voice]\nlength_scale = 0\n", "length_scale", "0.5 to 2"),
    ("[voice]\nlength_scale = 9.5\n", "length_scale", "0.5 to 2"),
    ("[voice]\nlength_scale = nan\n", "length_scale", "finite"),
    ("[voice]\nlength_scale = inf\n", "length_scale", "finite"),
    ("[voice]\nlength_scale = 'fast'\n", "length_scale", "number"),
    ("[voice]\nlength_scale = true\n", "length_scale", "number"),
    ("[voice]\nengine = 5\n", "engine", "string"),
    ("[show]\ntitle = 5\n", "title", "string"),
    ("[show]\ntitle = ['a', 'b']\n", "title", "string"),
    ("[show]\ntitle = \"bad\\u0000title\"\n", "title", "control characters"),
    ("[show]\nexplicit = 'yes'\n", "explicit", "true or false"),
    ("[show]\nbase_url = 'javascript:alert(1)'\n", "base_url", "http"),
    ("[show]\nbase_url = 'listen/'\n", "base_url", "http"),
    ("[show]\nbase_url = 'ftp://files.example/'\n", "base_url", "http"),
    ("[show]\nlanguage = 'english please'\n", "language", "language tag"),
    ("[narration]\nsentence_pause_ms = -1\n", "sentence_pause_ms", "0 to 5,000"),
    ("[narration]\nsection_pause_ms = 600000\n", "section_pause_ms", "0 to 5,000"),
    ("[narration]\nitem_pause_ms = 2.5\n", "item_pause_ms", "whole number"),
    ("[narration]\nlexicon = 5\n", "lexicon", "list of strings"),
    ("[plain]\nglossary = [1, 2]\n", "glossary", "list of strings"),
    ("[plain]\nenabled = 1\n", "enabled", "true or false"),
    ("[build]\nmax_words = 0\n", "max_words", "1 to 1,000,000"),
    ("[build]\nmax_words = 'lots'\n", "max_words", "whole number"),
    ("show = 5\n", "[show]", "table"),
    ("[show]\ntitel = 'typo'\n", "titel", "unknown key"),
    ("[sound]\nvolume = 11\n", "[sound]", "unknown table"),
    ("[show\n", "plaincast.toml", "not valid TOML"),
]

BAD_OPTIONS = [
    (["--rate", "nan"], "--rate", "finite"),
    (["--rate", "0"], "--rate", "0.5 to 2"),
    (["--rate", "inf"], "--rate", "finite"),
    (["--base-url", "javascript:alert(1)"], "--base-url", "http"),
    (["--base-url", "relative/path/"], "--base-url", "http"),
    (["--voice", "en\x07"], "--voice", "control characters"),
]


@pytest.mark.parametrize("toml, key, allowed", BAD_SETTINGS, ids=[b[0].strip() for b in BAD_SETTINGS])
def test_bad_setting_is_one_line_before_anything_is_built(tmp_path, toml, key, allowed):
    project = Project(tmp_path)
    project.config.write_text(toml, encoding="utf-8")
    run = project.build()
    run.assert_clean()
    assert run.exit_code == 1
    assert len(run.errors) == 1, run.stderr
    assert key in run.errors[0] and allowed in run.errors[0], run.errors[0]
    assert not project.output.exists()


@pytest.mark.parametrize("args, option, allowed", BAD_OPTIONS, ids=[" ".join(b[0]) for b in BAD_OPTIONS])
def test_bad_option_is_one_line_before_anything_is_built(tmp_path, args, option, allowed):
    project = Project(tmp_path)
    run = project.build(*args)
    run.assert_clean()
    assert run.exit_code == 1
    assert len(run.errors) == 1 and option in run.errors[0] and allowed in run.errors[0], run.stderr
    assert not project.output.exists()


@pytest.mark.parametrize("inside", ["", "site", "site/deeper"])
def test_output_folder_in_the_content_folder_is_refused(tmp_path, inside):
    project = Project(tmp_path)
    target = project.content / inside if inside else project.content
    run = project.run("build", str(project.content), "-o", str(target))
    run.assert_clean()
    assert run.exit_code == 1
    assert len(run.errors) == 1 and "inside the content folder" in run.errors[0], run.stderr
    assert sorted(p.name for p in project.content.iterdir()) == ["good.md"]


def test_max_words_setting_refuses_a_long_article_and_builds_the_rest(tmp_path):
    project = Project(tmp_path, SETTINGS + "[build]\nmax_words = 40\n")
    project.write("long.md", "# Long\n\n" + "Rest and drink water. " * 12)
    run = project.build()
    run.assert_clean()
    assert run.exit_code == 1
    assert len(run.errors) == 1 and "long.md" in run.errors[0] and "max_words" in run.errors[0]
    assert set(check_site(project.output)) == {"good"}


def test_unreadable_state_file_is_named_unreadable_not_damaged(tmp_path):
    project = Project(tmp_path)
    assert project.build().exit_code == 0
    before = project.snapshot("good")
    feed = (project.output / "feed.xml").read_bytes()
    state = project.root / ".plaincast-state.json"
    saved = state.read_bytes()
    state.unlink()
    state.mkdir()  # root reads any file, so a folder stands in for a file it cannot read
    run = project.build()
    run.assert_clean()
    assert run.exit_code == 1
    assert len(run.errors) == 1, run.stderr
    assert "cannot be read" in run.errors[0] and str(state) in run.errors[0]
    assert "damaged" not in run.errors[0] and "delete" not in run.errors[0]
    assert project.snapshot("good") == before and (project.output / "feed.xml").read_bytes() == feed
    state.rmdir()
    state.write_bytes(saved)
