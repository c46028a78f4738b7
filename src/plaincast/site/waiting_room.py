"""output/waiting-room.html: every episode in a loop with very large captions, for clinic TVs.

The page carries its playlist as JSON: per episode the MP3, the caption cues
and the chapters, all from the same Episode timings the VTT/SRT files are
written from, so the screen always shows what the speakers say.
static/waiting-room.js plays the loop; static/waiting-room.css lays it out.
"""

from __future__ import annotations

from ..config import Settings
from ..model import Episode
from .feed import absolute_url
from .pages import EpisodeEntry, article_lang, show_lang
from .render import environment

# Silence between two episodes, while the screen says which one comes next.
GAP_MS = 2500


def _seconds(ms: int) -> float:
    return round(ms / 1000, 3)


def _captions(episode: Episode) -> list[list]:
    """[start s, end s, text] per cue, in time order, blank cues dropped."""
    cues = sorted(episode.cues, key=lambda c: (c.start_ms, c.end_ms))
    return [[_seconds(c.start_ms), _seconds(c.end_ms), " ".join(c.text.split())]
            for c in cues if c.text.strip()]


def _sections(episode: Episode, title: str) -> list[list]:
    """[start s, section title] per chapter; "" where the chapter is the episode's own title
    (the introduction), since the title is already on screen."""
    return [[_seconds(c.start_ms), "" if c.title.strip() == title.strip() else c.title]
            for c in sorted(episode.chapters, key=lambda c: c.start_ms)]


def playlist(entries: list[EpisodeEntry], settings: Settings) -> dict:
    """What waiting-room.js needs, in library order (newest first); paths relative to output/."""
    episodes = []
    for entry in entries:
        episode = entry.item.episode
        episodes.append({
            "slug": entry.slug,
            "title": entry.title,
            "lang": article_lang(entry, settings),
            "mp3": f"{entry.slug}/{episode.mp3_path.name}",
            "page": f"{entry.slug}/index.html",
            "duration": _seconds(episode.duration_ms),
            "captions": _captions(episode),
            "sections": _sections(episode, entry.title),
        })
    return {"gap_ms": GAP_MS, "episodes": episodes}


def render_waiting_room(entries: list[EpisodeEntry], settings: Settings) -> str:
    data = playlist(entries, settings)
    template = environment().get_template("waiting-room.html")
    return template.render(
        lang=show_lang(settings),
        show=settings.show,
        episodes=data["episodes"],
        playlist=data,
        page_url=absolute_url(settings, "waiting-room.html"),
    )
