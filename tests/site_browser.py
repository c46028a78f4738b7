"""Shared browser helpers for the site's browser tests: Debian's headless Chromium
driven by selenium and chromedriver, axe-core for accessibility checks.

A missing browser is a failure, never a skip.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from plaincast.site import make_server, publish

from .site_fixtures import FIRST_SEEN, build_items, settings_for, with_review_page

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The WCAG 1.4.12 text-spacing overrides, as a user's style sheet would apply them.
TEXT_SPACING = """
    var s = document.createElement('style');
    s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
      + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.appendChild(s);"""


def axe_source() -> str:
    # axe-core 4.x as bundled by axe-playwright-python; only its script is used
    # (the older axe-selenium-python bundles axe 3.1, which predates WCAG 2.2 rules).
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


BASE_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage")


def start_chromium(*flags: str, prefs: dict | None = None) -> tuple[webdriver.Chrome, str]:
    """A headless Chromium with a fresh profile; returns the driver and the profile folder."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: install Debian's chromium package"
    assert Path(CHROMEDRIVER).exists(), f"{CHROMEDRIVER} is missing: install chromium-driver"
    profile = tempfile.mkdtemp(prefix="plaincast-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*BASE_FLAGS, *flags, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if prefs:
        options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    return driver, profile


def stop_chromium(driver: webdriver.Chrome, profile: str) -> None:
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    """One browser per test module; media may start without a click (as on a kiosk), muted."""
    driver, profile = start_chromium("--autoplay-policy=no-user-gesture-required", "--mute-audio",
                                     "--window-size=1280,1000")
    yield driver
    stop_chromium(driver, profile)


def run_axe(driver, tags=None, rules=None) -> list[dict]:
    driver.execute_script(axe_source())
    options = {"runOnly": {"type": "tag", "values": tags}} if tags else {
        "runOnly": {"type": "rule", "values": rules}}
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(function (r) { done(JSON.stringify(r.violations)); },"
        " function (e) { done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])); });",
        options)
    return json.loads(result)


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']}: {v.get('help')} -> {[n.get('target') for n in v.get('nodes', [])][:5]}"
                     for v in violations)


def wait_for(driver, script: str, timeout: float = 10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {script}")


def open_episode(driver, base: str, slug: str = "blood-pressure") -> None:
    driver.get(f"{base}{slug}/index.html")
    wait_for(driver, "var a = document.getElementById('episode-audio'); return a && a.readyState >= 1;")


@contextmanager
def serving(output: Path):
    """The preview server on a free port over `output`; yields its base URL."""
    server = make_server(output, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def published_fixture_site(root: Path) -> tuple[Path, list]:
    """The two fixture episodes, each with a real review page, published into root/output."""
    output = root / "output"
    items = build_items(output)
    for item in items:
        with_review_page(item, output)
    publish(items, settings_for(root), output, now=FIRST_SEEN)
    return output, items
