"""Reading an article's bytes safely and finding their text encoding.

The encoding is detected from the bytes, never taken from the locale: a clinic
PC saving Windows-1252 and a Mac saving UTF-8 must both read back with their
curly quotes and dashes intact. Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. strict UTF-8 (random legacy bytes almost never form valid UTF-8);
3. for HTML, the page's own <meta charset> declaration;
4. charset-normalizer, except that mostly-ASCII text with a few high bytes is
   read as Windows-1252: on short texts detectors often guess a neighbouring
   code page (cp1250 turns "naïve" into "naďve"), while Windows-1252 is what
   Windows editors actually write for Western text;
5. nothing: bytes that no encoding reads as plausible text are refused, not
   narrated as garbage.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from plaincast.errors import InputError

# Real articles are a few tens of kilobytes; anything this large is almost
# certainly the wrong file (an export, a log, a book) and would make a
# multi-hour episode.
MAX_BYTES = 2 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE mark starts with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of files people rename to .txt/.html by mistake, so the message
# can say what the file really is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (for example a Word .docx file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_WESTERN_LETTERS = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ")
_WINDOWS_PUNCTUATION = frozenset("€‚„…†‡‰‹›‘’“”•–—™\u00a0¡¢£¥§©«®°±²·»¼½¾¿×÷")
# charset-normalizer's mess ratio above which a reading is not plausible text:
# real text in any code page scores 0 here; broken UTF-8 read as Cyrillic
# scored 0.09 to 0.16 in our trials.
MAX_MESS = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's canonical codec name, e.g. "utf-8", "utf-8-sig", "cp1252"


def read_source(path: Path) -> bytes:
    """The file's bytes, or an InputError naming what is wrong with the file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():  # "not found" would puzzle someone looking right at it
            raise InputError(path, f"is a link to {path.readlink()}, which does not exist") from None
        raise InputError(path, "file not found") from None
    except PermissionError:
        raise InputError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder, not an article file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "is not a regular file")
    if info.st_size > MAX_BYTES:
        raise InputError(path, f"file is too large ({_megabytes(info.st_size)}; the limit is {_megabytes(MAX_BYTES)})")
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is too large (over {_megabytes(MAX_BYTES)})")
    if not data:
        raise InputError(path, "file is empty")
    return data


def decode_bytes(data: bytes, path: Path, *, html: bool = False) -> Decoded:
    """Detect the encoding of `data` and decode it; InputError for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path, f"starts with a {_label(encoding)} byte-order mark but is not valid {_label(encoding)}")

    kind = _magic_kind(data)
    if kind:
        raise InputError(path, f"is a binary file ({kind}), not text")

    if b"\x00" in data:
        guessed = _bomless_utf16(data)
        if guessed:
            return _strict(data, guessed, path, "looks like UTF-16 text but does not decode")
        raise InputError(path, "is a binary file (it contains NUL bytes), not text")

    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass

    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return _checked(data.decode(declared), codecs.lookup(declared).name, path)
            except (UnicodeDecodeError, LookupError):
                pass  # a wrong declaration is common; fall back to detection

    return _detect_legacy(data, path)


def _detect_legacy(data: bytes, path: Path) -> Decoded:
    cp1252: str | None
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252

    # Western text from a Windows editor: detectors guess a neighbouring code
    # page on short texts, so Windows-1252 wins whenever it reads as plausible
    # Western text. Other scripts (Cyrillic, Greek, Central European) fail the
    # check and go to charset-normalizer, which is reliable on them.
    if cp1252 is not None and _looks_western(cp1252):
        return _checked(cp1252, "cp1252", path)
    best = from_bytes(data).best()
    if best is not None and best.chaos <= MAX_MESS:
        name = codecs.lookup(best.encoding).name
        # No NUL bytes and no BOM: a UTF-16/32 guess is noise.
        if not name.startswith(("utf-16", "utf-32")):
            return _checked(str(best), name, path)
    # Broken UTF-8 or random bytes: any code page "reads" them, as garbage
    # (Cyrillic letters among English words) that would then be narrated.
    raise InputError(path, "not readable as text in any encoding tried (UTF-8, Windows-1252 "
                           "and the other common code pages); is it binary or damaged?")


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters; every other character a Western letter or common Windows punctuation."""
    letters = sum(1 for c in text if c.isalpha())
    foreign_letters = 0
    for char in text:
        if ord(char) < 0x80:
            continue
        if char in _WESTERN_LETTERS:
            foreign_letters += 1
        elif char not in _WINDOWS_PUNCTUATION:
            return False
    return foreign_letters <= 0.3 * letters


def _strict(data: bytes, encoding: str, path: Path, problem: str) -> Decoded:
    codec = "utf-8-sig" if encoding == "utf-8-sig" else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(path, problem) from None
    if encoding != "utf-8-sig":
        text = text.removeprefix("\ufeff")  # the -le/-be codecs keep the BOM as a character
    return _checked(text, codecs.lookup(encoding).name, path)


def _checked(text: str, encoding: str, path: Path) -> Decoded:
    controls = len(_CONTROL.findall(text))
    # A few stray control characters are tolerated (stripped later); many mean
    # the "text" is really binary data that happened to decode.
    if controls >= 3 and controls > 0.005 * len(text):
        raise InputError(path, "is a binary file (it is full of control characters), not text")
    return Decoded(text, encoding)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows up as NULs in every other byte of ASCII-heavy text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    # A page that says UTF-16 but has no BOM and no NULs is lying (HTML spec
    # treats it as UTF-8), and UTF-8 already failed.
    if canonical.startswith(("utf-16", "utf-32", "utf-8")):
        return None
    # The HTML standard reads "iso-8859-1" and "ascii" labels as windows-1252.
    if canonical in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return canonical


def _magic_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _label(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8"}.get(encoding, encoding.upper().replace("-LE", " LE").replace("-BE", " BE"))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
