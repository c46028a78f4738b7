"""The one Jinja2 environment for pages and the feed, and small display helpers."""

from __future__ import annotations

import re
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

# Characters XML 1.0 forbids even when escaped; a stray one from a pasted
# article would make every strict feed reader reject the whole feed.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_clean(text: object) -> str:
    return _XML_ILLEGAL.sub("", str(text))


def spoken_length(ms: int) -> str:
    """'9 minutes 43 seconds' - words, not '9:43', for the page and screen readers."""
    total = max(0, round(ms / 1000))
    minutes, seconds = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if seconds or not minutes:
        parts.append(f"{seconds} second{'s' if seconds != 1 else ''}")
    return " ".join(parts)


def clock(ms: int) -> str:
    """'1:05:09' or '4:07': the time shown on chapter buttons."""
    total = max(0, int(ms // 1000))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def file_size(size: int) -> str:
    """'4.2 MB', '38 KB', '512 bytes': how big a download is, in words people know."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1000:
        return f"{round(size / 1000)} KB"
    return f"{size} bytes"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("plaincast.site", "templates"),
        # Autoescape for all: in HTML it stops markup injection from article
        # text; in feed.xml and the EPUB's XML files (package document, XHTML,
        # SMIL) it gives correct XML escaping of & < > " '.
        autoescape=select_autoescape(["html", "xml", "xhtml", "opf", "smil"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["xml_clean"] = xml_clean
    env.filters["spoken_length"] = spoken_length
    env.filters["clock"] = clock
    env.filters["file_size"] = file_size
    return env
