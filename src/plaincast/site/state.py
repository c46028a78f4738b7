"""The feed's memory: each episode's GUID and first-published date.

Podcast apps treat a new GUID as a new episode and a new pubDate as a moved
one, so both must survive rebuilds, edits of the article and even a deleted
output/ folder. They live in a small JSON file in the project root
(settings.root / ".plaincast-state.json"), not in output/.

Precedence, per episode (keyed by slug):
  guid: front matter `guid` > the state's recorded guid > a new UUIDv5 of the
        show's podcast:guid and the slug (deterministic, so even a lost state
        file gives the same GUID while the feed URL stays the same);
  date: front matter `date` > the state's recorded first-seen time > now;
  episode number (itunes:episode): the state's recorded number, else the
        next free one, given in date order when several episodes are new.
The file is rewritten only when something new was recorded, so identical
builds leave it (and the feed) byte-identical.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError
from ..files import write_atomic

STATE_NAME = ".plaincast-state.json"
STATE_VERSION = 1

# Podcast Index namespace for podcast:guid (podcast namespace spec, "guid").
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


def podcast_guid(feed_url: str) -> str:
    """UUIDv5 of the feed URL without its scheme and trailing slashes."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def state_path(settings: Settings) -> Path:
    return Path(settings.root) / STATE_NAME


@dataclass(frozen=True)
class EpisodeRecord:
    guid: str
    published: datetime  # timezone-aware, UTC


def parse_front_matter_date(text: str) -> datetime | None:
    """ISO date or datetime from front matter, as an aware UTC datetime; None if unusable."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), time(0, 0))
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _episodes_from(data: object) -> dict[str, dict]:
    """The state file's episode table, checked entry by entry; ValueError says what is wrong.

    Checked here so that a hand-edited or half-merged file is one clear error,
    not a crash later in `record`.
    """
    episodes = data.get("episodes") if isinstance(data, dict) else None
    if not isinstance(episodes, dict):
        raise ValueError('no "episodes" table')
    for slug, entry in episodes.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("guid"), str) and entry["guid"]
                and isinstance(entry.get("published"), str)
                and parse_front_matter_date(entry["published"]) is not None):
            raise ValueError(f'episode "{slug}" needs a "guid" and an ISO "published" date')
        number = entry.get("episode")
        if number is not None and not (isinstance(number, int) and not isinstance(number, bool)
                                       and number > 0):
            raise ValueError(f'episode "{slug}" has an "episode" number that is not a whole number above 0')
    return {slug: {key: e[key] for key in ("guid", "published", "episode") if key in e}
            for slug, e in episodes.items()}


class FeedState:
    """Load once per publish, ask `record(...)` per episode, then `save()`."""

    def __init__(self, path: Path, episodes: dict[str, dict]):
        self.path = path
        self._episodes = episodes
        self._changed = False

    @classmethod
    def load(cls, path: Path) -> "FeedState":
        if not path.exists() and not path.is_symlink():
            return cls(path, {})
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            # Not "damaged, delete it": the file may be fine, and deleting it
            # would lose every episode's first-published date.
            raise ConfigError(f"feed state file {path} cannot be read "
                              f"({exc.strerror or type(exc).__name__}); it keeps every episode's "
                              "GUID and date: make it readable and build again") from None
        except UnicodeDecodeError:
            text = ""  # not UTF-8: reported as damaged below
        try:
            episodes = _episodes_from(json.loads(text))
        except ValueError as exc:
            # Refuse rather than rebuild: the file holds each episode's first-seen
            # date (and any GUID given before), which the feed cannot get back.
            raise ConfigError(f"{path.name}: feed state file is damaged ({exc}); "
                              "fix it or delete it (episode dates may then change)") from None
        return cls(path, episodes)

    def record(self, slug: str, show_guid: str, meta_guid: str = "", meta_date: str = "",
               now: datetime | None = None) -> EpisodeRecord:
        entry = self._episodes.get(slug, {})
        guid = meta_guid.strip() or entry.get("guid") or str(
            uuid.uuid5(uuid.UUID(show_guid), slug))
        published = parse_front_matter_date(meta_date)
        if published is None:
            published = parse_front_matter_date(entry.get("published", ""))
        if published is None:
            published = (now or datetime.now(timezone.utc)).replace(microsecond=0)
        # Remember the first-seen time even when front matter gives a date, so
        # removing the date later does not move the episode.
        first_seen = entry.get("published") or published.isoformat()
        new_entry = {**entry, "guid": guid, "published": first_seen}
        if new_entry != entry:
            self._episodes[slug] = new_entry
            self._changed = True
        return EpisodeRecord(guid=guid, published=published)

    def numbers(self, episodes: list[tuple[str, datetime]]) -> dict[str, int]:
        """slug -> its itunes:episode number, for (slug, published) pairs.

        A number once given never changes, so apps keep their order across
        rebuilds; new episodes take the next free numbers, oldest first.
        """
        taken = [e["episode"] for e in self._episodes.values() if "episode" in e]
        following = max(taken, default=0) + 1
        for slug, _ in sorted(episodes, key=lambda pair: (pair[1], pair[0])):
            entry = self._episodes.get(slug)
            if entry is not None and "episode" not in entry:
                self._episodes[slug] = {**entry, "episode": following}
                following += 1
                self._changed = True
        return {slug: self._episodes[slug]["episode"] for slug, _ in episodes if slug in self._episodes}

    def save(self) -> None:
        if not self._changed:
            return
        payload = {"version": STATE_VERSION, "episodes": dict(sorted(self._episodes.items()))}
        write_atomic(self.path, json.dumps(payload, indent=2, sort_keys=True) + "\n")
        self._changed = False
