"""Metadata values from front matter and <meta> tags, cleaned into the model's forms."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

# Only links a listener could follow; javascript:, data:, vbscript: and file:
# never reach the model.
_SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def iso_date(value: object) -> str:
    """YYYY-MM-DD for a date, datetime or date-like string; "" when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)  # also ISO datetimes ("2024-05-01T09:00Z")
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return ""
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def safe_url(url: str) -> str:
    """The URL if it is absolute with a safe scheme, else ""."""
    url = "".join(url.split())  # browsers ignore whitespace inside href; so do we
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in _SAFE_SCHEMES else ""


def text_value(value: object) -> str:
    """A front-matter value as display text: lists joined, None as ""."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(text_value(v) for v in value if text_value(v))
    if isinstance(value, dict):
        return text_value(value.get("name", ""))
    return " ".join(str(value).split())
