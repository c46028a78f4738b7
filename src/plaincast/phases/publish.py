"""Publish: every registered output of every episode as one new version of output/."""

from __future__ import annotations

from pathlib import Path

from .. import site
from ..config import Settings
from ..manifest import encode_record, record_name
from ..model import Published


def publish(items: list[Published], settings: Settings, output_dir: Path) -> bool:
    """The site for `items`, with each episode's build record; False when nothing changed."""
    records = {record_name(p.article.slug): encode_record(p) for p in items}
    return site.publish(items, settings, output_dir, records=records)
