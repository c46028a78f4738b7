"""Which files in the content folder a build may publish, decided before any file is written.

plan_sources(content_dir, output_dir, settings) looks at every source at once,
because some mistakes only show between two files: two files that would
publish under one name ("hands.txt" and "hands.md" are both "hands"), or two
articles that claim the same feed GUID. Building the first and then meeting
the second would already have overwritten a published episode, so both are
refused here, with one line naming both, and the episodes published before
stay as they were. Also refused here, one line each:
- the output folder equal to or inside the content folder (whole build);
- links that point outside the content folder (a link to /etc/passwd must not
  become an episode);
- file names that are not valid UTF-8 (no page, feed or record can name them);
- articles longer than [build] max_words (they would hold the voice for hours).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from plaincast.errors import ConfigError, InputError, PlaincastError
from plaincast.ingest.slug import slug_for

# English averages about six characters a word with its space; text past ten
# a word is runs of symbols or letters with no spaces, which would be spelled
# out for hours while counting as few "words".
CHARS_PER_WORD = 10
# Files in content/ that are settings or sidecars, not articles.
SIDECAR_SUFFIXES = frozenset({".toml", ".json", ".yaml", ".yml"})


@dataclass(frozen=True)
class Refusal:
    """Sources that will not be built this run; the episodes published before from them stay."""

    paths: tuple[Path, ...]
    message: str  # one line, naming every file involved

    def per_episode(self) -> list[tuple[Path, str, str]]:
        """(path, slug, error line) for each episode name involved; the full line comes once."""
        by_slug = {slug_for(p): p for p in reversed(self.paths)}  # the first path of each name
        first = self.paths[0]
        return [(path, slug, self.message if path == first else f"{path.name}: not built (see {first.name})")
                for slug, path in sorted(by_slug.items(), key=lambda kv: self.paths.index(kv[1]))]


@dataclass
class SourcePlan:
    articles: list[Path] = field(default_factory=list)  # to build, sorted by name
    refused: list[Refusal] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def find_articles(content_dir: Path) -> list[Path]:
    """Every file in content_dir that is not hidden or a settings sidecar, sorted by name.

    Files with a suffix no reader supports are included on purpose: the reader
    turns them into a clear error line instead of silently skipping them.
    """
    if not content_dir.is_dir():
        raise InputError(content_dir, "content folder not found")
    return sorted(
        p for p in content_dir.iterdir()
        if not p.name.startswith((".", "_", "~")) and not p.name.endswith("~")
        and p.suffix.lower() not in SIDECAR_SUFFIXES
        and not p.is_dir()  # follows links: a linked folder is a folder
    )


def find_subfolders(content_dir: Path) -> list[str]:
    """Names of the visible sub-folders, which a build does not read (they get one notice)."""
    return sorted(p.name for p in content_dir.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")))


def check_output_folder(content_dir: Path, output_dir: Path) -> None:
    """ConfigError when the output folder is the content folder or inside it.

    The next build would read its own pages and feed as articles, and a
    published file could overwrite an article.
    """
    content, output = content_dir.resolve(), output_dir.resolve()
    if output == content or content in output.parents:
        raise ConfigError(f"output folder {output_dir} is inside the content folder "
                          f"{content_dir}; choose another -o folder")


def plan_sources(content_dir: Path, output_dir: Path, settings) -> SourcePlan:
    """Every source sorted into built or refused, with one line per refusal; nothing is written."""
    check_output_folder(content_dir, output_dir)
    plan = SourcePlan()
    subfolders = find_subfolders(content_dir) if content_dir.is_dir() else []
    if subfolders:
        plan.notices.append(f"articles in sub-folders are not built ({', '.join(subfolders)}); "
                            f"move them into {content_dir.name}/ itself")
    inside = _inside(content_dir)
    by_slug: dict[str, list[Path]] = defaultdict(list)
    for path in find_articles(content_dir):
        slug = slug_for(path)
        if not _utf8_name(path):
            shown = path.name.encode("utf-8", "backslashreplace").decode("utf-8")
            plan.refused.append(Refusal((path,), f"{shown}: file name is not valid UTF-8; rename it "
                                        "(pages, feed and records need a name they can show)"))
            continue
        if not inside(path):
            plan.refused.append(Refusal((path,), f"{path.name}: is a link to {path.resolve()}, "
                                        f"outside {content_dir.name}/; links out of the content "
                                        "folder are not followed"))
            continue
        by_slug[slug].append(path)
    candidates = []
    for slug, paths in by_slug.items():
        if len(paths) > 1:
            names = " and ".join(p.name for p in paths)
            plan.refused.append(Refusal(tuple(paths), f"{names} would both publish as "
                                        f"'{slug}'; rename one (neither is built)"))
        else:
            candidates.append(paths[0])
    plan.articles = _checked_articles(sorted(candidates), settings, plan.refused)
    return plan


def _utf8_name(path: Path) -> bool:
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:  # bytes the file system's encoding could not decode
        return False
    return True


def _inside(content_dir: Path):
    root = content_dir.resolve()

    def inside(path: Path) -> bool:
        if not path.is_symlink():
            return True
        try:
            target = path.resolve()
        except (OSError, RuntimeError):  # a link loop: the reader says it cannot be read
            return True
        return target == root or root in target.parents

    return inside


def _checked_articles(paths: list[Path], settings, refused: list[Refusal]) -> list[Path]:
    """Paths whose article is within [build] max_words and whose front-matter guid is its own.

    An article that cannot be read stays in the list: the build reports it
    (and keeps its published episode) like any other failure.
    """
    from plaincast.ingest import read_article  # the readers import heavy parsers

    max_words = settings.build.max_words
    by_guid: dict[str, list[Path]] = defaultdict(list)
    kept = []
    for path in paths:
        try:
            article = read_article(path)
        except PlaincastError:
            kept.append(path)
            continue
        words = article.word_count
        chars = sum(len(s.text) for s in article.all_sentences())
        if words > max_words or chars > max_words * CHARS_PER_WORD:
            size = f"{words:,} words" if words > max_words else f"{chars:,} characters"
            refused.append(Refusal((path,), f"{path.name}: has {size}, more than "
                                   f"[build] max_words ({max_words:,}) allows; split it or raise the limit"))
            continue
        if article.meta.guid:
            by_guid[article.meta.guid].append(path)
        kept.append(path)
    for guid, same in by_guid.items():
        if len(same) > 1:
            names = " and ".join(p.name for p in same)
            refused.append(Refusal(tuple(same), f"{names} have the same guid "
                                   f"'{guid}' in their front matter; give each its own (neither is built)"))
            kept = [p for p in kept if p not in same]
    return kept


__all__ = ["Refusal", "SourcePlan", "check_output_folder", "find_articles", "find_subfolders",
           "plan_sources"]
