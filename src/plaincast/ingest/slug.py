"""File-name slugs: the id an article's pages, audio and feed item are named by."""

from __future__ import annotations

import hashlib
from pathlib import Path

from slugify import slugify

MAX_SLUG_LENGTH = 80
# Names Windows refuses as file names, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def slug_for(path: Path) -> str:
    """Lowercase ASCII words joined by hyphens, from the file name without its suffix.

    Transliterates (Café → cafe, Ωμέγα → omega), drops quotes and leading dots,
    and is never empty: a name with no letters at all gets a stable
    "article-" + hash slug, so two such files still get different slugs.
    """
    stem = Path(path).name
    suffix = Path(stem).suffix
    if suffix and stem != suffix:
        stem = stem[: -len(suffix)]
    slug = slugify(stem, max_length=MAX_SLUG_LENGTH, word_boundary=True, save_order=True)
    if not slug:
        digest = hashlib.sha1(Path(path).name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        return f"article-{digest}"
    if slug in _RESERVED:
        return f"{slug}-article"
    return slug


def title_from_slug(slug: str) -> str:
    """A readable fallback title when the article has none: "type-2-diabetes" → "Type 2 diabetes"."""
    words = slug.replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"
