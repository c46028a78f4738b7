"""Encodings, bad input and file names: what reaches the reader and what is refused."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from plaincast.errors import InputError
from plaincast.ingest import MAX_BYTES, SUPPORTED_SUFFIXES, read_article
from plaincast.ingest.normalize import collapse, normalize_text
from plaincast.ingest.slug import slug_for

# Curly quotes, apostrophe, em and en dashes, an accented word: the characters
# a wrong guess at the encoding destroys first.
BODY = "Don’t stop your “water pill” on your own — ask first. Take it 2–3 times a week. Café visits are fine."
ARTICLE = f"Managing Fluid at Home\n{BODY}\n"


def read_bytes(tmp_path: Path, data: bytes, name: str = "article.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_article(path)


def body_of(article) -> str:
    return " ".join(s.text for s in article.all_sentences())


@pytest.mark.parametrize("data, encoding", [
    (ARTICLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
    (ARTICLE.encode("cp1252"), "cp1252"),
    (ARTICLE.replace("\n", "\r\n").encode("cp1252"), "cp1252"),
    (ARTICLE.encode("utf-16-le"), "utf-16-le"),  # no BOM: found from the NUL pattern
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252", "cp1252-crlf", "utf16le-no-bom"])
def test_each_encoding_reads_back_the_exact_characters(tmp_path: Path, data: bytes, encoding: str):
    article = read_bytes(tmp_path, data)
    assert article.meta.encoding == encoding
    assert article.title == "Managing Fluid at Home"  # no BOM character glued to the title
    assert body_of(article) == BODY


def test_cp1252_is_not_mistaken_for_a_neighbouring_code_page(tmp_path: Path):
    # charset-normalizer alone reads these bytes as cp1250 ("naďve").
    text = "Diet Notes\nIt’s a “good” day — really. Café, naïve, résumé.\n"
    article = read_bytes(tmp_path, text.encode("cp1252"))
    assert body_of(article) == "It’s a “good” day — really. Café, naïve, résumé."


def test_the_locale_is_not_used(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANG", "C")
    monkeypatch.setenv("PYTHONIOENCODING", "ascii")
    assert body_of(read_bytes(tmp_path, ARTICLE.encode("utf-8"))) == BODY


def test_other_scripts_go_to_the_detector(tmp_path: Path):
    text = "Давление\nИзмеряйте давление каждое утро, сидя спокойно пять минут. Не пропускайте лекарства.\n"
    article = read_bytes(tmp_path, text.encode("cp1251"))
    assert article.meta.encoding == "cp1251"
    assert article.title == "Давление"
    assert body_of(article) == "Измеряйте давление каждое утро, сидя спокойно пять минут. Не пропускайте лекарства."


def test_html_meta_charset_is_honoured(tmp_path: Path):
    page = "<html><head><meta charset='koi8-r'></head><body><h1>Здоровье</h1><p>Пейте воду каждый день.</p></body></html>"
    article = read_bytes(tmp_path, page.encode("koi8-r"), "page.html")
    assert article.meta.encoding == "koi8-r"
    assert article.title == "Здоровье"
    assert body_of(article) == "Пейте воду каждый день."


def test_whitespace_and_invisible_characters_are_normalised():
    raw = "Cafe\u0301\u00a0 and\u200b  blood\u00adpressure\r\n“quoted” — dash\u2028next"
    assert normalize_text(raw) == "Café\u00a0 and  bloodpressure\n“quoted” — dash\nnext"
    assert collapse(raw) == "Café and bloodpressure “quoted” — dash next"


def assert_refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ")
    assert "\n" not in message
    for word in words:
        assert word in message.lower(), message
    return message


@pytest.mark.parametrize("name, data, words", [
    ("empty.txt", b"", ("empty",)),
    ("blank.md", b"  \n\n\t \r\n\xc2\xa0\n", ("empty", "blank")),
    ("nul.txt", b"Title\nSome text\x00\x01\x02 more\n", ("binary", "nul")),
    ("random.txt", bytes(range(256)) * 8, ("binary",)),
    ("controls.txt", bytes(range(1, 32)) * 40, ("binary", "control")),
    ("noise.txt", bytes((n * 97 + 13) % 128 + 128 for n in range(4000)), ("binary", "encoding")),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ("binary", "pdf")),
    ("letter.txt", b"PK\x03\x04\x14\x00\x06\x00", ("binary", "zip")),
    ("picture.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("binary", "png")),
    ("bad16.txt", codecs.BOM_UTF16_LE + b"A\x00\x00\xd8", ("utf-16",)),
    ("scripts.html", b"<html><body><script>var x = 'not text';</script><style>p{}</style></body></html>",
     ("no readable text",)),
    ("furniture.html", b"<body><nav>Home About</nav><footer>Copyright 2026</footer></body>", ("no readable text",)),
    ("title-only.txt", b"Just A Title\n\n\n", ("no body text",)),
    ("slides.pptx", b"PK\x03\x04", ("unsupported", ".pptx")),
    ("README", b"Some text.", ("unsupported", "no suffix")),
    ("front.md", b"---\ntitle: [unclosed\n---\nBody text here.\n", ("front matter", "yaml")),
])
def test_bad_input_is_one_clear_problem(tmp_path: Path, name: str, data: bytes, words: tuple[str, ...]):
    path = tmp_path / name
    path.write_bytes(data)
    assert_refused(path, *words)


def test_missing_file_and_folder(tmp_path: Path):
    assert_refused(tmp_path / "gone.txt", "not found")
    folder = tmp_path / "looks-like.md"
    folder.mkdir()
    assert_refused(folder, "folder")


def test_too_large(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Title\n" + b"Drink water. " * (MAX_BYTES // 13 + 10))
    assert_refused(path, "too large", "2 mb")


def test_special_file_is_refused(tmp_path: Path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert_refused(path, "not a regular file")


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
    assert isinstance(SUPPORTED_SUFFIXES, frozenset)


def test_suffix_is_case_insensitive(tmp_path: Path):
    article = read_bytes(tmp_path, b"<h1>Shouting Suffix</h1><p>Body text.</p>", "PAGE.HTM")
    assert article.meta.source_format == "html" and article.slug == "page"


@pytest.mark.parametrize("name, slug", [
    ("High Blood Pressure.txt", "high-blood-pressure"),
    ("“Quoted” name's file.md", "quoted-name-s-file"),
    ("Café crème — notes.html", "cafe-creme-notes"),
    (".hidden-notes.txt", "hidden-notes"),
    ("  spaced   out  .txt", "spaced-out"),
    ("Ωμέγα 3.txt", "omega-3"),
    ("con.txt", "con-article"),
    ("UPPER_case__Name.txt", "upper-case-name"),
])
def test_odd_file_names_give_safe_slugs(name: str, slug: str):
    assert slug_for(Path(name)) == slug


def test_slug_is_never_empty_and_stays_short():
    odd = slug_for(Path("….txt"))
    assert odd.startswith("article-") and len(odd) == len("article-") + 8
    assert odd != slug_for(Path("——.txt"))
    long = slug_for(Path("word " * 60 + ".txt"))
    assert 0 < len(long) <= 80 and not long.endswith("-")
    for name in ["../../etc/passwd.txt", "a/b\\c.txt", "x:y*z?.md"]:
        slug = slug_for(Path(name))
        assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
