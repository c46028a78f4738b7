"""The one reader of the project's own data files (word lists, tables, lexicons).

Every data file is UTF-8 text inside a package's `data/` folder: one entry a
line, tab-separated fields, '#' starting a comment line. Reading goes through
here so the format rules live in one place.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


def data_text(package: str, name: str) -> str:
    """The text of `package`/data/`name`."""
    return files(package).joinpath("data", name).read_text(encoding="utf-8")


def table_rows(text: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of `text`, without blank and comment lines; fields stripped."""
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def data_table(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a bundled data file, read once."""
    return table_rows(data_text(package, name))


@lru_cache(maxsize=None)
def word_set(package: str, name: str) -> frozenset[str]:
    """The first field of every row of a bundled word list, lowercased, read once."""
    return frozenset(row[0].lower() for row in data_table(package, name))


__all__ = ["data_table", "data_text", "table_rows", "word_set"]
