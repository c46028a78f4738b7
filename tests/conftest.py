"""Shared test set-up. Fixtures are made here, never read from ../shared."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

# Builds in tests use the rules alone: the language model would take minutes per
# article. Only PLAINCAST_REWRITER's default changes (a plaincast.toml still wins);
# tests/test_plain_model.py turns the model on for its few sentences. Set at import,
# so subprocesses the tests start inherit it.
os.environ["PLAINCAST_REWRITER"] = "rules"

SMALL_ARTICLE = textwrap.dedent("""\
    ---
    title: Keeping Your Bones Strong
    author: Test Writer
    date: 2026-01-15
    summary: Simple steps that help your bones stay strong.
    ---

    Strong bones help you stay active. You can protect them at any age.

    ## Eat for your bones

    Calcium and vitamin D work together. Adults need about 1,000 mg of calcium a day.

    ## Move every day

    Walking helps your bones. Do not lift heavy things without help:

    - Walk for 30 minutes
    - Climb stairs slowly
""")


@pytest.fixture
def small_article_text() -> str:
    return SMALL_ARTICLE


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "strong-bones.md").write_text(SMALL_ARTICLE, encoding="utf-8")
    return folder
