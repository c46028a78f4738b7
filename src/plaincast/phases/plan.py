"""Plan: read, simplify and script one article, and name the clips it needs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import ingest, narrate, plain
from ..config import Settings
from ..model import Article, PlainArticle, Script
from ..narrate.cache import clip_key


@dataclass(frozen=True)
class PlannedArticle:
    path: Path
    article: Article
    plain: PlainArticle
    script: Script
    keys: tuple[str, ...]  # the clip key of each utterance, in order

    @property
    def slug(self) -> str:
        return self.article.slug


def plan_article(path: Path, settings: Settings, engine_id: str) -> PlannedArticle:
    article = ingest.read_article(path)
    plain_article = plain.simplify(article, settings)
    script = narrate.build_script(plain_article, settings)
    keys = tuple(clip_key(u.spoken, engine_id) for u in script.utterances)
    return PlannedArticle(path, article, plain_article, script, keys)
