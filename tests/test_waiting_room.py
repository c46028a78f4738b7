"""The waiting-room screen: the page publish() writes, then the loop in headless Chromium.

The fixture episodes are short sine tones with one sentence a second (see
site_fixtures), so "the end of episode 1" is a few seconds away.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from plaincast.model import ArticleMeta, Block, Section, Sentence, number_sentences
from plaincast.site import publish

from .site_browser import TEXT_SPACING, WCAG_TAGS, browser, describe, run_axe, serving, start_chromium, stop_chromium, wait_for
from .site_fixtures import FIRST_SEEN, blood_pressure_sections, build_item, build_items, replace, settings_for

__all__ = ["browser"]  # a fixture: imported so pytest finds it here

SCREENS = {"720p": (1280, 720), "1080p": (1920, 1080)}


def read_playlist(output) -> dict:
    page = etree.HTML((output / "waiting-room.html").read_text(encoding="utf-8"))
    return json.loads(page.xpath("//script[@id='playlist']/text()")[0])


# ---- the page as written ---------------------------------------------------------------

def test_publish_writes_the_waiting_room_with_every_episode_and_its_captions(tmp_path):
    output = tmp_path / "output"
    items = build_items(output)
    publish(items, settings_for(tmp_path), output, now=FIRST_SEEN)
    playlist = read_playlist(output)
    # library order (newest first): sleep-well was first seen in 2025, blood-pressure is dated 2024
    assert [e["slug"] for e in playlist["episodes"]] == ["sleep-well", "blood-pressure"]
    blood = playlist["episodes"][1]
    episode = items[0].episode
    assert blood["mp3"] == "blood-pressure/blood-pressure.mp3"
    assert (output / blood["mp3"]).is_file()
    assert blood["duration"] == episode.duration_ms / 1000
    assert blood["captions"] == [[c.start_ms / 1000, c.end_ms / 1000, c.text] for c in episode.cues]
    # the introduction's chapter is the title itself, already on screen: no section line for it
    assert blood["sections"] == [[0.0, ""], [3.0, "What is blood pressure?"],
                                 [8.0, "Signs & symptoms <when to call>"], [9.0, "Your medicines"]]
    for name in ("waiting-room.css", "waiting-room.js"):
        assert (output / "static" / name).is_file()
    library = etree.HTML((output / "index.html").read_text(encoding="utf-8"))
    assert library.xpath("//a[@href='waiting-room.html']/text()") == ["For clinics: waiting-room screen"]


def test_waiting_room_json_cannot_end_its_script_element(tmp_path):
    output = tmp_path / "output"
    item = build_item(output, "odd", "Odd </script><script>alert(1)</script>",
                      blood_pressure_sections(), ArticleMeta(language="en"))
    publish([item], settings_for(tmp_path), output, now=FIRST_SEEN)
    html = (output / "waiting-room.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert read_playlist(output)["episodes"][0]["title"] == "Odd </script><script>alert(1)</script>"


def test_waiting_room_with_no_episodes_says_so(tmp_path):
    output = tmp_path / "output"
    publish([], settings_for(tmp_path), output, now=FIRST_SEEN)
    page = etree.HTML((output / "waiting-room.html").read_text(encoding="utf-8"))
    assert page.xpath("//h2[@id='wr-title']/text()") == ["There are no episodes yet."]
    assert read_playlist(output)["episodes"] == []


def test_show_locked_setting_locks_the_feed(tmp_path):
    output = tmp_path / "output"
    settings = settings_for(tmp_path)
    publish([], settings, output, now=FIRST_SEEN)
    assert b'<podcast:locked owner="pod@example.org">no</podcast:locked>' in (output / "feed.xml").read_bytes()
    locked = replace(settings, show=replace(settings.show, locked=True))
    publish([], locked, output, now=FIRST_SEEN)
    assert b'<podcast:locked owner="pod@example.org">yes</podcast:locked>' in (output / "feed.xml").read_bytes()


# ---- the loop in a browser ---------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("waiting-room")
    output = root / "output"
    items = build_items(output)
    publish(items, settings_for(root), output, now=FIRST_SEEN)
    with serving(output) as base:
        yield base, read_playlist(output)["episodes"]


def set_screen(driver, size: tuple[int, int]) -> None:
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


@pytest.fixture
def screen(browser):
    set_screen(browser, SCREENS["720p"])
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def open_waiting_room(driver, base: str, state: str = "playing") -> None:
    driver.get(base + "waiting-room.html")
    wait_for(driver, f"return document.body.dataset.state === '{state}';")


AUDIO = "document.getElementById('wr-audio')"


def test_with_autoplay_allowed_the_loop_starts_by_itself_with_episode_one(screen, site):
    base, episodes = site
    open_waiting_room(screen, base)
    assert screen.execute_script("return document.body.dataset.episode") == episodes[0]["slug"]
    assert not screen.execute_script(f"return {AUDIO}.paused")
    assert screen.execute_script(f"return {AUDIO}.currentSrc").endswith("/" + episodes[0]["mp3"])
    assert not screen.find_element(By.ID, "wr-start").is_displayed()
    assert screen.find_element(By.ID, "wr-title").text == episodes[0]["title"]
    assert screen.find_element(By.ID, "wr-next").text == "Next: " + episodes[1]["title"]
    assert screen.find_element(By.ID, "wr-pause").is_displayed()


def test_without_autoplay_a_start_button_starts_the_loop(site):
    base, episodes = site
    # A browser with its normal autoplay policy: sound needs a click first.
    driver, profile = start_chromium("--mute-audio")
    try:
        set_screen(driver, SCREENS["720p"])
        open_waiting_room(driver, base, state="waiting")
        start = driver.find_element(By.ID, "wr-start-button")
        assert start.is_displayed() and start.text == "Start the loop"
        # patients see no set-up instructions or browser flags (those are for staff: ?setup)
        shown = driver.find_element(By.TAG_NAME, "body").text
        assert "--" not in shown and "chromium" not in shown.lower() and "kiosk" not in shown.lower()
        assert driver.execute_script(f"return {AUDIO}.paused")
        # the start button is the first thing Tab reaches
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        assert driver.switch_to.active_element.get_attribute("id") == "wr-start-button"
        violations = run_axe(driver, tags=WCAG_TAGS) + run_axe(driver, rules=["color-contrast-enhanced"])
        assert violations == [], describe(violations)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait_for(driver, "return document.body.dataset.state === 'playing';")
        assert driver.execute_script("return document.body.dataset.episode") == episodes[0]["slug"]
        assert not driver.find_element(By.ID, "wr-start").is_displayed()
        # focus moved from the vanished button to the one that pauses the loop, not lost
        assert driver.switch_to.active_element.get_attribute("id") == "wr-pause"
    finally:
        stop_chromium(driver, profile)


@pytest.mark.parametrize("size", sorted(SCREENS))
def test_axe_finds_no_violations_while_playing(browser, site, size):
    base, _ = site
    set_screen(browser, SCREENS[size])
    try:
        open_waiting_room(browser, base)
        violations = run_axe(browser, tags=WCAG_TAGS) + run_axe(browser, rules=["color-contrast-enhanced"])
        assert violations == [], describe(violations)
        # one screen, nothing to scroll
        sizes = browser.execute_script(
            "var d = document.documentElement; return [d.scrollWidth, d.clientWidth, d.scrollHeight, d.clientHeight];")
        assert sizes[0] <= sizes[1] and sizes[2] <= sizes[3], sizes
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_setting_the_time_shows_that_sentence_and_its_section_in_large_type(screen, site):
    base, episodes = site
    open_waiting_room(screen, base)
    screen.execute_script(f"{AUDIO}.pause()")
    episode = episodes[0]
    sections = dict((start, title) for start, title in episode["sections"])
    for start, _end, text in reversed(episode["captions"]):
        screen.execute_script(f"{AUDIO}.currentTime = arguments[0] + 0.05", start)
        wait_for(screen, "return document.getElementById('wr-caption').textContent === arguments[0];"
                         .replace("arguments[0]", json.dumps(text)))
        expected_section = [t for s, t in sorted(sections.items()) if s <= start + 0.001][-1]
        assert screen.find_element(By.ID, "wr-section").text == expected_section
    caption = screen.execute_script("""
        var c = document.getElementById('wr-caption'), r = c.getBoundingClientRect();
        return {size: parseFloat(getComputedStyle(c).fontSize), bottom: r.bottom, right: r.right,
                width: innerWidth, height: innerHeight};""")
    assert (caption["width"], caption["height"]) == SCREENS["720p"]
    assert caption["size"] >= 48, caption
    assert caption["bottom"] <= caption["height"] and caption["right"] <= caption["width"]
    # the section line of the second episode shows a real heading
    blood = episodes[1]
    assert any(title for _, title in blood["sections"])


def test_when_an_episode_ends_the_next_one_plays_and_the_loop_wraps(screen, site):
    base, episodes = site
    open_waiting_room(screen, base)
    screen.execute_script(f"{AUDIO}.currentTime = {AUDIO}.duration - 0.3")
    wait_for(screen, "return document.body.dataset.state === 'between';")
    assert screen.find_element(By.ID, "wr-caption").text == "Coming up next: " + episodes[1]["title"]
    wait_for(screen, f"return document.body.dataset.episode === '{episodes[1]['slug']}'"
                     " && document.body.dataset.state === 'playing';")
    assert screen.execute_script(f"return {AUDIO}.currentSrc").endswith("/" + episodes[1]["mp3"])
    assert screen.find_element(By.ID, "wr-title").text == episodes[1]["title"]
    assert screen.find_element(By.ID, "wr-next").text == "Next: " + episodes[0]["title"]
    assert screen.find_element(By.ID, "wr-count").text == "Episode 2 of 2"
    # after the last episode comes the first again
    screen.find_element(By.ID, "wr-skip").click()
    wait_for(screen, f"return document.body.dataset.episode === '{episodes[0]['slug']}'"
                     " && document.body.dataset.state === 'playing';")


def test_space_pauses_and_resumes_and_tab_never_gets_stuck(screen, site):
    base, _ = site
    open_waiting_room(screen, base)
    body = screen.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.SPACE)
    wait_for(screen, f"return {AUDIO}.paused && document.body.dataset.state === 'paused';")
    assert screen.find_element(By.ID, "wr-pause").text == "Play"
    body.send_keys(Keys.SPACE)
    wait_for(screen, f"return !{AUDIO}.paused && document.body.dataset.state === 'playing';")
    assert screen.find_element(By.ID, "wr-pause").text == "Pause"
    # Tab walks through the three buttons once each and then leaves the page: no trap.
    visited = []
    for _ in range(6):
        screen.switch_to.active_element.send_keys(Keys.TAB)
        visited.append(screen.execute_script("return document.activeElement.id || document.activeElement.tagName"))
    buttons = [v for v in visited if v.startswith("wr-")]
    assert buttons[:3] == ["wr-pause", "wr-skip", "wr-fullscreen"], visited
    assert "BODY" in visited[visited.index("wr-fullscreen"):], visited
    # every focused button shows a thick outline
    screen.find_element(By.ID, "wr-skip").send_keys(Keys.SHIFT, Keys.TAB)
    outline = screen.execute_script(
        "var s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)];")
    assert outline[0] == "solid" and outline[1] >= 3
    # Space on a focused button presses that button, once
    assert screen.switch_to.active_element.get_attribute("id") == "wr-pause"
    screen.switch_to.active_element.send_keys(Keys.SPACE)
    wait_for(screen, f"return {AUDIO}.paused;")


def test_an_episode_whose_audio_is_missing_is_skipped(browser, tmp_path):
    output = tmp_path / "output"
    items = build_items(output)
    publish(items, settings_for(tmp_path), output, now=FIRST_SEEN)
    episodes = read_playlist(output)["episodes"]
    (output / episodes[0]["mp3"]).unlink()  # removed after publishing, as by a careless copy
    with serving(output) as base:
        try:
            set_screen(browser, SCREENS["720p"])
            browser.get(base + "waiting-room.html")
            wait_for(browser, f"return document.body.dataset.episode === '{episodes[1]['slug']}'"
                              " && document.body.dataset.state === 'playing';")
        finally:
            browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ---- for the people in the room: sizes, pause, progress, captions that fit ----------------

def test_staff_start_screen_shows_the_setup_and_waits(screen, site):
    base, episodes = site
    screen.get(base + "waiting-room.html?setup")
    wait_for(screen, "return document.body.dataset.state === 'waiting';")
    setup = screen.find_element(By.ID, "wr-setup")
    assert setup.is_displayed()
    assert "--kiosk --autoplay-policy=no-user-gesture-required" in setup.text
    assert screen.execute_script(f"return {AUDIO}.paused")
    screen.find_element(By.ID, "wr-start-button").click()
    wait_for(screen, "return document.body.dataset.state === 'playing';")
    assert not setup.is_displayed()


def test_buttons_are_large_and_pause_and_progress_are_shown_in_words(screen, site):
    base, episodes = site
    open_waiting_room(screen, base)
    sizes = screen.execute_script(
        "return Array.from(document.querySelectorAll('.wr-btn')).map(b => parseFloat(getComputedStyle(b).fontSize));")
    assert len(sizes) == 3 and min(sizes) >= 24, sizes
    paused = screen.find_element(By.ID, "wr-paused")
    assert not paused.is_displayed()
    screen.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
    wait_for(screen, "return document.body.dataset.state === 'paused';")
    assert paused.is_displayed() and paused.text == "Paused"
    assert screen.execute_script("return parseFloat(getComputedStyle(arguments[0]).fontSize)", paused) >= 24
    screen.execute_script(f"{AUDIO}.currentTime = 3.5")
    wait_for(screen, "return document.getElementById('wr-time').value > 3;")
    duration = episodes[0]["duration"]
    bar = screen.execute_script("var p = document.getElementById('wr-time'); return [p.value, p.max];")
    assert bar[0] == pytest.approx(3.5, abs=0.05) and bar[1] == pytest.approx(duration, abs=0.1)
    assert screen.find_element(By.ID, "wr-where").text == f"0:03 of 0:{int(duration):02d}"
    assert screen.find_element(By.ID, "wr-count").text == "Episode 1 of 2"
    assert screen.find_element(By.ID, "wr-time").is_displayed()
    screen.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
    wait_for(screen, "return document.body.dataset.state === 'playing';")
    assert not paused.is_displayed()


LONG = ("If you feel dizzy, have a very bad headache, see changes in how well you can see, "
        "or feel pain or pressure in your chest, back, neck or jaw after you take this medicine, "
        "stop what you are doing, sit down, and call 911 or your local emergency number right away.")


@pytest.fixture(scope="module")
def long_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("long-caption")
    output = root / "output"
    sections = number_sentences((
        Section(heading="", level=1, blocks=(
            Block(kind="paragraph", sentences=(Sentence(LONG, LONG), Sentence("Rest.", "Rest."))),)),))
    item = build_item(output, "warning-signs", "Warning signs", sections, ArticleMeta(language="en"))
    publish([item], settings_for(root), output, now=FIRST_SEEN)
    with serving(output) as base:
        yield base


@pytest.mark.parametrize("size, spacing", [((320, 640), False), ((320, 640), True),
                                           ((1280, 720), True), ((800, 360), False)])
def test_a_long_caption_is_never_cut_off(browser, long_site, size, spacing):
    set_screen(browser, size)
    try:
        open_waiting_room(browser, long_site)
        browser.execute_script(f"{AUDIO}.pause()")
        if spacing:
            browser.execute_script(TEXT_SPACING)
        browser.execute_script(f"{AUDIO}.currentTime = 1.05")
        wait_for(browser, "return document.getElementById('wr-caption').textContent.length > 100;")
        fit = browser.execute_script("""
            var c = document.getElementById('wr-caption'), box = c.parentNode;
            var r = c.getBoundingClientRect(), b = box.getBoundingClientRect(), d = document.documentElement;
            return {size: parseFloat(getComputedStyle(c).fontSize), overflow: c.scrollHeight - c.clientHeight,
                    below: r.bottom - b.bottom, right: r.right - b.right,
                    sideways: d.scrollWidth - d.clientWidth};""")
        assert fit["overflow"] <= 1 and fit["below"] <= 1 and fit["right"] <= 1, sorted(fit.items())
        assert fit["sideways"] <= 0 and fit["size"] >= 24, fit
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
