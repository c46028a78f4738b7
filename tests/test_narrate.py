"""Script building, the pronunciation lexicon and the clip cache."""

from pathlib import Path

import pytest

from plaincast.config import NarrationSettings, Settings
from plaincast.errors import ConfigError
from plaincast.model import (Article, ArticleMeta, Block, ListItem, PlainArticle, Section,
                             Sentence, VoiceSettings, number_sentences)
from plaincast.narrate import build_script, get_engine, speak
from plaincast.narrate.lexicon import load_lexicon


@pytest.fixture(scope="module")
def piper_engine():
    # the voice is loaded once per process (narrate.engines keeps it), so every
    # test module can ask for it without paying the second load
    return get_engine(VoiceSettings())


def make_plain(sections) -> PlainArticle:
    sections = number_sentences(tuple(sections))
    article = Article("bones", "Strong bones", ArticleMeta(), sections)
    return PlainArticle("bones", "Strong bones", ArticleMeta(), sections, article)


def sample_plain(dropped: bool = False, second: str = "Take 500 mg of acetaminophen.") -> PlainArticle:
    return make_plain([
        Section("", 1, (Block("paragraph", (
            Sentence("Strong bones help you."), Sentence(second),
            Sentence("This was removed.", change="dropped" if dropped else "kept"),
        )),)),
        Section("What helps", 1, (
            Block("paragraph", (Sentence("Try these:"),)),
            Block("list", items=(ListItem((Sentence("Walk daily."),)),
                                 ListItem((Sentence("Eat well."), Sentence("Drink milk."))))),
        )),
    ])


class CountingEngine:
    """A real engine stand-in that makes silence of a length set by the text."""

    name = "counting"
    online = False
    cache_id = "counting|1"

    def __init__(self):
        self.calls: list[str] = []

    def synthesize(self, text):
        self.calls.append(text)
        return bytes(2 * 100 * len(text)), 22050


def test_script_order_ids_and_pauses():
    settings = Settings(root=Path("."))
    script = build_script(sample_plain(dropped=True), settings)
    kinds = [u.kind for u in script.utterances]
    assert kinds == ["title", "sentence", "sentence", "heading", "lead_in", "item", "item", "item", "closing"]
    title = script.utterances[0]
    assert "Strong bones" in title.text and settings.show.title in title.text
    assert [u.sentence_id for u in script.utterances if u.sentence_id] == ["s1", "s2", "s4", "s5", "s6", "s7"]
    assert "This was removed." not in [u.text for u in script.utterances]
    n = settings.narration
    by_id = {u.sentence_id: u for u in script.utterances}
    assert by_id["s1"].pause_after_ms == n.sentence_pause_ms
    assert by_id["s2"].pause_after_ms == n.section_pause_ms  # end of the introduction
    assert by_id["s4"].pause_after_ms == n.item_pause_ms  # lead-in before the list
    assert by_id["s5"].pause_after_ms == n.item_pause_ms
    assert by_id["s6"].pause_after_ms == n.sentence_pause_ms  # inside one item
    assert script.utterances[-1].text == n.closing and script.utterances[-1].pause_after_ms == 0
    heading = script.utterances[3]
    assert heading.section_index == 1 and heading.text == "What helps"
    assert script.section_titles == ("Strong bones", "What helps")


def test_spoken_form_and_lexicon_reach_the_script():
    script = build_script(sample_plain(), Settings(root=Path(".")))
    spoken = script.utterances[2].spoken
    assert "five hundred milligrams" in spoken
    assert "[[ ɐˌsiːɾɐmˈɪnəfən. ]]" in spoken  # punctuation kept inside the phonemes
    espeak = build_script(sample_plain(), Settings(root=Path("."), voice=VoiceSettings(engine="espeak")))
    # espeak-ng gets the same sounds in its own phoneme mnemonics, the punctuation outside
    assert "[[a#,si:ta#m'In@f@n]]." in espeak.utterances[2].spoken
    gtts = build_script(sample_plain(), Settings(root=Path("."), voice=VoiceSettings(engine="gtts")))
    assert "uh-see-tuh-min-uh-fen." in gtts.utterances[2].spoken


def test_pause_settings_are_used():
    settings = Settings(root=Path("."), narration=NarrationSettings(sentence_pause_ms=111, closing="Bye now."))
    script = build_script(sample_plain(), settings)
    assert script.utterances[1].pause_after_ms == 111
    assert script.utterances[-1].text == "Bye now."


def test_clinic_lexicon_extends_and_overrides(tmp_path):
    (tmp_path / "clinic.tsv").write_text(
        "# our words\nzoledronate\tzˌoʊlɪdɹˈoʊneɪt\tzoh-leh-DROH-nate\n"
        "acetaminophen\tɐsˌiːɾəmˈɪnoʊfɛn\tuh-SEE-tuh-min-oh-fen\n", encoding="utf-8")
    settings = Settings(root=tmp_path, narration=NarrationSettings(lexicon=("clinic.tsv",)))
    plain = sample_plain(second="Zoledronate or acetaminophen, daily.")
    spoken = build_script(plain, settings).utterances[2].spoken
    assert spoken == "[[ zˌoʊlɪdɹˈoʊneɪt ]] or [[ ɐsˌiːɾəmˈɪnoʊfɛn, ]] daily."


def test_bad_lexicon_file_is_a_config_error(tmp_path):
    (tmp_path / "bad.tsv").write_text("justoneword\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.tsv:1"):
        load_lexicon((tmp_path / "bad.tsv",))
    with pytest.raises(ConfigError, match="not found"):
        load_lexicon((tmp_path / "missing.tsv",))


def test_lexicon_phonemes_are_valid_for_piper(piper_engine):
    """Every IPA entry must map to the voice's phoneme ids, or Piper would drop sounds."""
    voice = piper_engine.voice
    known = set(voice.config.phoneme_id_map)
    for entry in load_lexicon().entries.values():
        assert set(entry.ipa) <= known, entry.word
        # and Piper really uses them instead of its own guess
        phonemes = "".join(voice.phonemize(f"[[ {entry.ipa} ]]")[0])
        assert phonemes == entry.ipa


def test_cache_second_run_synthesises_nothing_and_a_change_only_itself(tmp_path):
    settings = Settings(root=tmp_path)
    engine = CountingEngine()
    script = build_script(sample_plain(), settings)
    done = []
    first = speak(script, engine, tmp_path / "cache", on_clip=done.append)
    assert first.synthesised == len(script.utterances) and first.cached == 0
    assert done == list(range(1, len(script.utterances) + 1))
    second = speak(script, engine, tmp_path / "cache")
    assert second.synthesised == 0 and second.cached == len(script.utterances)
    assert [c.pcm for c in second.clips] == [c.pcm for c in first.clips]

    changed = build_script(sample_plain(second="Take 250 mg of acetaminophen."), settings)
    engine.calls.clear()
    third = speak(changed, engine, tmp_path / "cache")
    assert third.synthesised == 1 and len(engine.calls) == 1
    assert "two hundred fifty" in engine.calls[0]

    engine.cache_id = "counting|slower"  # another voice or rate: every clip is made again
    slower = speak(script, engine, tmp_path / "cache")
    assert slower.synthesised == len(script.utterances)


def test_a_cut_short_cache_file_is_made_again(tmp_path):
    settings = Settings(root=tmp_path)
    engine = CountingEngine()
    script = build_script(sample_plain(), settings)
    speak(script, engine, tmp_path / "cache")
    victim = sorted((tmp_path / "cache").rglob("*.wav"))[0]
    victim.write_bytes(victim.read_bytes()[:-10])
    again = speak(script, engine, tmp_path / "cache")
    assert again.synthesised == 1
    assert not list((tmp_path / "cache").rglob("*.tmp"))
