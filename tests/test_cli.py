"""The CLI as a user meets it: commands, and one clear line for every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plaincast.cli import cli

from . import fresh_python
from .test_build import make_runner


def run(*args: str):
    return make_runner().invoke(cli, list(args))


def one_error_line(result) -> str:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def test_outline_prints_the_section_tree(content_dir: Path):
    result = run("outline", str(content_dir / "strong-bones.md"))
    assert result.exit_code == 0, result.stderr
    assert "Keeping Your Bones Strong" in result.output
    lines = result.output.splitlines()
    eat = next(line for line in lines if "Eat for your bones" in line)
    assert "(15 words)" in eat  # "Calcium and vitamin D work together. Adults need about 1,000 mg ..."
    move = next(line for line in lines if "Move every day" in line)
    assert move.index("Move") == eat.index("Eat")  # same level, so the same indent
    assert lines.index(move) > lines.index(eat)


def test_outline_json_is_the_model(content_dir: Path):
    result = run("outline", "--json", str(content_dir / "strong-bones.md"))
    assert result.exit_code == 0, result.stderr
    model = json.loads(result.output)
    assert model["title"] == "Keeping Your Bones Strong"
    headings = [s["heading"] for s in model["sections"]]
    assert "Eat for your bones" in headings and "Move every day" in headings


@pytest.mark.parametrize("name, payload, problem", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n \t\n", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("photo.jpg", b"\xff\xd8\xff\xe0 not text", "unsupported"),
    ("script-only.html", b"<html><body><script>alert(1)</script></body></html>", "text"),
])
def test_bad_input_gets_one_line(tmp_path: Path, name: str, payload: bytes, problem: str):
    path = tmp_path / name
    path.write_bytes(payload)
    line = one_error_line(run("outline", str(path)))
    assert name in line
    assert problem in line.lower()


def test_missing_file(tmp_path: Path):
    line = one_error_line(run("outline", str(tmp_path / "nope.md")))
    assert "nope.md" in line


def test_huge_file(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_text("Title\n\n" + "Words go here. " * 400_000, encoding="utf-8")
    line = one_error_line(run("outline", str(path)))
    assert "huge.txt" in line and ("large" in line.lower() or "big" in line.lower())


def test_bad_config_is_one_line(tmp_path: Path, content_dir: Path):
    config = tmp_path / "plaincast.toml"
    config.write_text("[show\ntitle = ", encoding="utf-8")
    line = one_error_line(run("--config", str(config), "simplify", str(content_dir / "strong-bones.md")))
    assert "plaincast.toml" in line


def test_missing_content_folder(tmp_path: Path):
    line = one_error_line(run("build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")))
    assert "nowhere" in line
    assert not (tmp_path / "out").exists()


def test_debug_shows_the_traceback(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("--debug", "outline", str(path))
    assert result.exit_code == 1
    assert "Traceback" in result.stderr


def test_damaged_feed_state_stops_the_build_before_any_narration(tmp_path: Path, content_dir: Path,
                                                                 monkeypatch):
    monkeypatch.chdir(tmp_path)  # the state file lives in the working folder
    (tmp_path / ".plaincast-state.json").write_text('{"episodes": {"a": "b"}}', encoding="utf-8")
    line = one_error_line(run("build", str(content_dir), "-o", str(tmp_path / "out"),
                              "--cache-dir", str(tmp_path / "cache"), "--engine", "espeak"))
    assert ".plaincast-state.json: feed state file is damaged" in line
    assert not (tmp_path / "cache").exists() and not (tmp_path / "out").exists()


def test_sub_folders_get_one_notice_and_links_are_followed_or_named(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    (content / "archive").mkdir(parents=True)
    (content / "archive" / "old.md").write_text("# Old\n\nOld text here.\n", encoding="utf-8")
    (content / "linked.md").symlink_to("archive")  # a link to a folder is a folder
    (content / "gone.md").symlink_to("moved-away.md")
    result = run("build", str(content), "-o", str(tmp_path / "out"), "--base-url", "https://a.example/",
                 "--cache-dir", str(tmp_path / "cache"), "--engine", "espeak")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == ["error: gone.md: is a link to moved-away.md, which does not exist"]
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "sub-folders" in notes[0]
    assert "archive, linked.md" in notes[0]


def test_missing_cover_is_one_line_before_any_work(tmp_path: Path, content_dir: Path):
    config = tmp_path / "plaincast.toml"
    config.write_text('[show]\ncover = "art/cover.png"\n', encoding="utf-8")
    line = one_error_line(run("--config", str(config), "build", str(content_dir),
                              "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache")))
    assert "cover.png" in line
    assert not (tmp_path / "cache").exists()


def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path):
    import subprocess
    import sys

    article = tmp_path / "long.txt"
    article.write_text("Long Article\n\n" + "Walk every day to keep your bones strong. " * 4000,
                       encoding="utf-8")
    # `plaincast script long.txt | head -1`, with the reader closing the pipe at once
    process = subprocess.Popen([sys.executable, "-m", "plaincast", "script", str(article)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode()
    process.wait(timeout=60)
    assert first.startswith(b"[title] Long Article")
    assert errors == ""


def test_sentence_splitting_does_not_load_scipy():
    # nltk's package would import scipy (0.7 s of every build) for tools Punkt never uses
    code = ("import sys; from plaincast.sentences import split_sentences; "
            "print(split_sentences('Dr. Lee saw me at 3 p.m. today. It went well.')); "
            "print(any(m == 'scipy' or m.startswith('scipy.') for m in sys.modules))")
    assert fresh_python(code) == ["['Dr. Lee saw me at 3 p.m. today.', 'It went well.']", "False"]


def test_without_base_url_the_build_previews_and_says_once_why_apps_cannot_use_it(tmp_path: Path,
                                                                                 monkeypatch):
    from mutagen.id3 import ID3

    monkeypatch.chdir(tmp_path)
    (tmp_path / "plaincast.toml").write_text('[show]\nauthor = "Riverside Clinic"\n', encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    for name in ("one", "two"):  # no author, no date
        (content / f"{name}.md").write_text(f"# Page {name}\n\nDrink water every day.\n", encoding="utf-8")
    result = run("build", str(content), "-o", str(tmp_path / "out"),
                 "--cache-dir", str(tmp_path / "cache"), "--engine", "espeak")
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "base_url" in line]
    assert len(notes) == 1, result.stderr
    assert notes[0].startswith("note: ") and "http://127.0.0.1:8000/" in notes[0]
    assert "podcast app" in notes[0]
    feed = (tmp_path / "out" / "feed.xml").read_text(encoding="utf-8")
    assert 'url="http://127.0.0.1:8000/one/one.mp3"' in feed
    # the show's author, and the date the feed gives the episode, in the MP3
    tags = ID3(tmp_path / "out" / "one" / "one.mp3")
    assert str(tags["TPE1"]) == "Riverside Clinic"
    state = json.loads((tmp_path / ".plaincast-state.json").read_text(encoding="utf-8"))
    assert str(tags["TDRC"]) == state["episodes"]["one"]["published"][:10]
    assert tags.getall("APIC")[0].data == (tmp_path / "out" / "cover.png").read_bytes()
