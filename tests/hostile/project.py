"""A throwaway plaincast project, built through the real CLI, and checks on what it published.

Every hostile test asserts the same things about a build: its exit status,
one `error:` line naming the file or key, no traceback, the good article
beside the bad one built, the feed and pages well-formed and consistent with
the files they list, and nothing published before changed (byte for byte).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
from bs4 import BeautifulSoup
from click.testing import CliRunner
from lxml import etree

from plaincast.cli import cli

BASE_URL = "https://clinic.example.org/listen/"
GOOD_NAME = "good.md"
GOOD_ARTICLE = "# Good habits\n\nWash your hands with soap.\n"
# espeak-ng speaks in milliseconds; Piper would make the suite minutes longer.
SETTINGS = f'[show]\nbase_url = "{BASE_URL}"\n[voice]\nengine = "espeak"\n'


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error:")]

    def assert_clean(self) -> None:
        """No traceback, and no exception other than the CLI's own exit."""
        assert "Traceback" not in self.stdout + self.stderr, self.stderr
        assert self.exception is None or isinstance(self.exception, SystemExit), repr(self.exception)


class Project:
    def __init__(self, root: Path, settings: str = SETTINGS):
        self.root = root
        self.content = root / "content"
        self.output = root / "output"
        self.content.mkdir(parents=True, exist_ok=True)
        self.config = root / "plaincast.toml"
        self.config.write_text(settings, encoding="utf-8")
        (self.content / GOOD_NAME).write_text(GOOD_ARTICLE, encoding="utf-8")

    def write(self, name: str, data: bytes | str) -> Path:
        path = self.content / name
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)
        return path

    def run(self, *args: str) -> Run:
        try:
            runner = CliRunner(mix_stderr=False)
        except TypeError:  # click >= 8.2 keeps stderr apart already
            runner = CliRunner()
        cwd = os.getcwd()
        os.chdir(self.root)
        try:
            result = runner.invoke(cli, ["--config", str(self.config), *args])
        finally:
            os.chdir(cwd)
        return Run(result.exit_code, result.stdout, result.stderr, result.exception)

    def build(self, *args: str) -> Run:
        return self.run("build", str(self.content), "-o", str(self.output),
                        "--cache-dir", str(self.root / ".cache"), *args)

    def snapshot(self, slug: str) -> dict[str, bytes]:
        """Every published file of one episode, by path, with its bytes."""
        folder = self.output / slug
        return {str(p.relative_to(self.output)): p.read_bytes()
                for p in sorted(folder.rglob("*")) if p.is_file()}


def check_site(output: Path) -> dict[str, dict]:
    """The feed and pages are well-formed and agree with the files on disk; returns the items by slug."""
    raw = (output / "feed.xml").read_bytes()
    etree.fromstring(raw)  # strict XML: raises on anything malformed
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    items = {}
    library = BeautifulSoup((output / "index.html").read_text(encoding="utf-8"), "html.parser")
    linked = {unquote(a["href"]).strip("/").split("/")[0] for a in library.find_all("a", href=True)}
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        local = output / unquote(urlsplit(enclosure.href).path).removeprefix(urlsplit(BASE_URL).path)
        assert local.is_file(), local
        assert int(enclosure.length) == local.stat().st_size, local
        slug = local.parent.name
        page = output / slug / "index.html"
        _check_page_links(page)
        assert slug in linked, f"{slug} is in the feed but not on the library page"
        items[slug] = entry
    guids = [e.id for e in feed.entries]
    assert len(guids) == len(set(guids)), "duplicate GUIDs in the feed"
    return items


def _check_page_links(page: Path) -> None:
    """Every file the episode page plays, captions or offers for download is there."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert soup.find("h1") is not None and soup.find("audio") is not None, page
    targets = [tag.get("src") for tag in soup.find_all(["source", "track"])]
    targets += [a["href"] for a in soup.find_all("a", href=True)]
    for target in targets:
        if not target or target.startswith(("#", "http:", "https:", "mailto:")):
            continue
        local = (page.parent / unquote(target.split("#")[0])).resolve()
        assert local.exists(), f"{page} links to {target}, which is missing"
