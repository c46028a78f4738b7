"""Words in = words out, and sentences too long for the voice.

The word account follows each original sentence through the real plain and
narrate stages; a script missing one utterance (what a narration bug would
make) must be reported with the words lost, and dropped link-only sentences
must count as dropped, not lost.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from plaincast import narrate, plain
from plaincast.accounting import account_words
from plaincast.config import Settings
from plaincast.ingest import read_article
from plaincast.sentences import MAX_SENTENCE_WORDS

from .project import Project

ARTICLE = (
    "# Pain relief\n\nTake one tablet with water. Never take more than eight in one day.\n\n"
    "## Stomach\n\nEat something first.\n\n"
    "More information can be found in our guide to stomach pain.\n"
)
WORDS = 1 + 5 + 8 + 3 + 11  # the "Stomach" heading and four sentences (the title is not counted)


def _stages(tmp_path, settings: Settings):
    path = tmp_path / "pain.md"
    path.write_text(ARTICLE, encoding="utf-8")
    article = read_article(path)
    plain_article = plain.simplify(article, settings)
    return article, plain_article, narrate.build_script(plain_article, settings)


@pytest.mark.parametrize("rewrite", [True, False], ids=["plain", "no-plain"])
def test_every_word_read_is_narrated_or_listed_as_dropped(tmp_path, rewrite):
    settings = Settings()
    settings = replace(settings, plain=replace(settings.plain, enabled=rewrite))
    article, plain_article, script = _stages(tmp_path, settings)
    account = account_words(article, plain_article, script)
    assert account.read == WORDS
    assert account.lost == 0 and not account.missing
    assert account.dropped == (11 if rewrite else 0)  # the link-only sentence
    assert account.narrated == WORDS - account.dropped


def test_a_sentence_missing_from_the_script_is_reported(tmp_path):
    article, plain_article, script = _stages(tmp_path, Settings())
    lost = next(u for u in script.utterances if "Eat" in u.text)
    cut = replace(script, utterances=tuple(u for u in script.utterances if u is not lost))
    account = account_words(article, plain_article, cut)
    assert account.lost == 3
    assert account.missing == ("Eat something first.",)
    message = account.message("pain.md")
    assert message.startswith("pain.md: ") and "3 words lost" in message and "Eat something first." in message


def test_no_sentence_reaches_the_voice_whole_past_the_limit(tmp_path):
    project = Project(tmp_path)
    numbers = project.write("numbers.txt", " ".join(str(n) for n in range(10_000)) + "\n")
    run = project.run("script", str(numbers))
    run.assert_clean()
    assert run.exit_code == 0
    spoken = [line for line in run.stdout.splitlines() if line.startswith("[sentence]")]
    assert len(spoken) >= 10_000 // MAX_SENTENCE_WORDS
    # at most 80 numbers, each spoken in at most six words ("nine thousand nine hundred ninety-nine")
    assert max(len(line.split()) for line in spoken) <= 6 * MAX_SENTENCE_WORDS
    said = " ".join(spoken)
    assert "nine thousand nine hundred ninety-nine" in said and "five thousand" in said


def test_a_long_unbroken_run_is_cut_too(tmp_path):
    project = Project(tmp_path)
    run_on = project.write("run-on.txt", "Run on\n\n" + "&" * 3000 + " and 1,2,3," * 300 + "\n")
    run = project.run("script", str(run_on))
    run.assert_clean()
    lengths = [len(line) for line in run.stdout.splitlines() if line.startswith("[sentence]")]
    assert lengths and max(lengths) < 2_500
