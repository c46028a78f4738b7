"""Settings from plaincast.toml, and the manifest that keeps published episodes safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from plaincast.config import load_settings
from plaincast.errors import ConfigError
from plaincast.manifest import decode_record, encode_record
from plaincast.model import (
    Article, ArticleMeta, Block, Chapter, Cue, Episode, Link, ListItem, PlainArticle,
    Published, Readability, Rewrite, Section, Sentence, number_sentences,
)


def test_defaults_need_no_file(tmp_path: Path):
    settings = load_settings(search_dir=tmp_path)
    assert settings.voice.engine == "piper"
    assert settings.show.language == "en-us"
    assert settings.show.url.endswith("/")


def test_toml_overrides_and_resolves_paths(tmp_path: Path):
    (tmp_path / "plaincast.toml").write_text(
        '[show]\ntitle = "Clinic Radio"\nbase_url = "https://c.example/pod"\n'
        '[voice]\nlength_scale = 1.3\n[plain]\nglossary = "ours.tsv"\n'
        '[narration]\nsection_pause_ms = 900\n', encoding="utf-8")
    settings = load_settings(search_dir=tmp_path)
    assert settings.show.title == "Clinic Radio"
    assert settings.show.url == "https://c.example/pod/"
    assert settings.voice.length_scale == 1.3
    assert settings.narration.section_pause_ms == 900
    assert settings.plain.glossary == ("ours.tsv",)
    assert settings.resolve("ours.tsv") == tmp_path.resolve() / "ours.tsv"


@pytest.mark.parametrize("text, words", [
    ("[show]\ntitel = 'x'\n", "unknown key"),
    ("[sound]\nx = 1\n", "unknown table"),
    ("[voice]\nlength_scale = 'fast'\n", "number"),
    ("[show\n", "not valid TOML"),
])
def test_bad_config_says_what_is_wrong(tmp_path: Path, text: str, words: str):
    (tmp_path / "plaincast.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_settings(search_dir=tmp_path)


def _published(tmp_path: Path) -> Published:
    sections = number_sentences((
        Section("", 1, (Block("paragraph", (Sentence("Bones matter."),)),)),
        Section("Move", 1, (Block("list", items=(ListItem((Sentence("Walk daily."),)),)),)),
    ))
    meta = ArticleMeta(author="A", date="2026-01-02", links=(Link("guide", "https://x.example"),))
    article = Article("bones", "Bones", meta, sections, Path("bones.md"))
    grade = Readability(5.0, 7.0, 80.0, 9.0, 0.8, 2, 4)
    plain = PlainArticle("bones", "Bones", meta, sections, article,
                         (Rewrite("Bones matter.", ("Bones matter.",), "kept"),), grade, grade)
    mp3 = tmp_path / "bones" / "bones.mp3"
    mp3.parent.mkdir()
    mp3.write_bytes(b"ID3")
    episode = Episode("bones", "Bones", mp3, 4200, 3, (Cue(0, 900, "Bones matter.", "s1", 0),),
                      (Chapter(0, 4200, "Bones", "sec-1"),), loudness_lufs=-16.1)
    return Published(article, plain, episode)


def test_record_round_trip_keeps_file_names_only(tmp_path: Path):
    published = _published(tmp_path)
    data = encode_record(published)
    assert str(tmp_path).encode() not in data  # no path of the build machine
    assert decode_record(data, tmp_path) == published


def test_record_ignored_when_audio_is_gone_or_file_is_garbage(tmp_path: Path):
    published = _published(tmp_path)
    data = encode_record(published)
    published.episode.mp3_path.unlink()
    assert decode_record(data, tmp_path) is None
    assert decode_record(b"{not json", tmp_path) is None
