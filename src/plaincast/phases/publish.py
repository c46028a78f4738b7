"""Publish: every registered output of every episode, as one new version of output/.

Episodes are added as they are mastered (their pages rendered and placed at
once, then let go of); finishing renders the library, waiting room and feed
and switches output/ to the new version in one step.
"""

from __future__ import annotations

from ..manifest import encode_record
from ..model import Published
from ..site import Publication


def add_episode(publication: Publication, item: Published) -> Published:
    """Place `item`'s files and build record; returns the slim entry kept for the report."""
    publication.add(item, encode_record(item))
    return publication.entries[item.episode.slug].item


__all__ = ["Publication", "add_episode"]
