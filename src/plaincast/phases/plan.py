"""Plan: read, simplify and script one article, and name the clips it needs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import ingest, narrate, plain
from ..config import Settings
from ..errors import ModelError
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


def plan_article(path: Path, settings: Settings, engine_id: str, rewriter=None) -> PlannedArticle:
    """`rewriter`: the build's language model (plain.llm.ModelRewriter), if it uses one."""
    article = ingest.read_article(path)
    plain_article = plain.simplify(article, settings, rewriter)
    script = narrate.build_script(plain_article, settings)
    keys = tuple(clip_key(u.spoken, engine_id) for u in script.utterances)
    return PlannedArticle(path, article, plain_article, script, keys)


def rewrite_ahead(paths: list[Path], settings: Settings, rewriter) -> None:
    """The language model's pass over every article before any voice speaks.

    The model (about 1.8 GB, every core) and the voices would otherwise fight
    over the same cores and memory while planning overlaps speaking. Its
    answers land in the rewrite cache, so planning each article afterwards
    asks the model nothing; only the answers are kept, never the articles,
    so a library of any size fits. An article that fails here fails again,
    with its error line, when it is planned.
    """
    for path in paths:
        try:
            plain.simplify(ingest.read_article(path), settings, rewriter)
        except ModelError:
            raise  # every article would fail the same way: one line, nothing published
        except Exception:  # reported when the article is planned
            continue
