"""The episode page on a phone, by keyboard and with a magnifier; the favicon and the review page.

Headless Chromium over http on 127.0.0.1, one browser for the module. Every
request the pages make is logged by the preview server, so a 404 (a missing
favicon, say) is seen as the browser met it.
"""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from plaincast.site.serve import PreviewHandler

from .site_browser import (TEXT_SPACING, WCAG_TAGS, browser, describe, open_episode, published_fixture_site, run_axe,
                           serving, wait_for)

__all__ = ["browser"]  # a fixture: imported so pytest finds it here

PHONE = (320, 640)
AUDIO = "document.getElementById('episode-audio')"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output, items = published_fixture_site(tmp_path_factory.mktemp("keyboard"))
    requests: list[tuple[str, int]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PreviewHandler, "log_request",
                      lambda handler, code="-", size="-": requests.append((handler.path, int(code))))
        with serving(output) as base:
            yield base, items, requests


@pytest.fixture
def page(browser, site):
    """A fresh start: no saved settings, motion reduced (scrolling is instant, so geometry is final)."""
    base = site[0]
    browser.get(base + "index.html")
    browser.execute_script("localStorage.clear()")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def viewport(driver, size: tuple[int, int]) -> None:
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def tab(driver, shift: bool = False):
    keys = (Keys.SHIFT, Keys.TAB) if shift else (Keys.TAB,)
    driver.switch_to.active_element.send_keys(*keys)
    return driver.switch_to.active_element


def focused(driver) -> str:
    return driver.execute_script(
        "var e = document.activeElement; return e.id || e.getAttribute('data-rate') || e.tagName;")


def test_on_a_phone_skip_links_come_first_and_the_text_is_a_screen_from_the_player(page, site):
    base = site[0]
    viewport(page, PHONE)
    open_episode(page, base)
    page.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert page.switch_to.active_element.text == "Skip to the player"
    assert tab(page).text == "Skip to the article text"
    geometry = page.execute_script("""
        var player = document.getElementById('player').getBoundingClientRect();
        var text = document.querySelector('#article-text p').getBoundingClientRect();
        return {gap: text.top - player.bottom, height: innerHeight,
                open: document.querySelector('.chapters details').open};""")
    # the chapter list is folded, so the text starts within half a screen of the player's end
    assert geometry["open"] is False
    assert 0 < geometry["gap"] <= geometry["height"] / 2, geometry
    page.switch_to.active_element.send_keys(Keys.ENTER)
    assert page.execute_script("return location.hash") == "#article-text"
    top = page.execute_script("return document.getElementById('article-text').getBoundingClientRect().top")
    assert 0 <= top < PHONE[1] / 2
    # the chapters are one press away, and every one of them is there
    summary = page.find_element(By.CSS_SELECTOR, ".chapters summary")
    assert summary.text == "Show the 4 chapters"
    summary.click()
    assert len([b for b in page.find_elements(By.CSS_SELECTOR, "button.chapter") if b.is_displayed()]) == 4


def test_tab_reaches_the_large_controls_before_the_native_player(page, site):
    base = site[0]
    open_episode(page, base)
    page.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    page.switch_to.active_element.send_keys(Keys.ENTER)  # "Skip to the player"
    assert page.execute_script("return location.hash") == "#player"
    stops = [focused(page) for _ in range(9) if tab(page)]
    assert stops == ["play-pause", "back-15", "forward-15", "0.75", "1", "1.25", "1.5",
                     "follow-toggle", "episode-audio"], stops
    # the browser's own player stays reachable and works from the keyboard
    assert page.execute_script(f"return {AUDIO}.controls && {AUDIO}.tabIndex >= 0")


def test_a_keyboard_plays_from_any_sentence_through_one_tab_stop(page, site):
    base = site[0]
    open_episode(page, base)
    sentences = page.execute_script(
        "return Array.from(document.querySelectorAll('.sentence[data-start]')).map(s => s.tabIndex);")
    assert sentences.count(0) == 1 and sentences.count(-1) == len(sentences) - 1
    page.get(base + "blood-pressure/index.html#article-text")
    wait_for(page, f"return {AUDIO}.readyState >= 1;")
    assert tab(page).get_attribute("id") == "s1"
    for key in (Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_RIGHT, Keys.ARROW_UP, Keys.ARROW_DOWN):
        page.switch_to.active_element.send_keys(key)
    assert focused(page) == "s4"
    page.switch_to.active_element.send_keys(Keys.ENTER)
    wait_for(page, f"return !{AUDIO}.paused && {AUDIO}.currentTime >= 4;")
    page.execute_script(f"{AUDIO}.pause()")
    assert page.execute_script(f"return {AUDIO}.currentTime") < 6
    assert focused(page) == "s4"  # the highlight moved, focus did not
    # Tab leaves the text at once; Shift+Tab comes back to the same sentence
    assert "sentence" not in (tab(page).get_attribute("class") or "")
    assert tab(page, shift=True).get_attribute("id") == "s4"
    page.switch_to.active_element.send_keys(Keys.END)
    assert focused(page) == "s10"
    page.switch_to.active_element.send_keys(Keys.SPACE)
    wait_for(page, f"return !{AUDIO}.paused && {AUDIO}.currentTime >= 10;")
    page.execute_script(f"{AUDIO}.pause()")
    hint = page.find_element(By.ID, "text-hint").text
    assert "arrow keys" in hint and "Enter" in hint


def focus_after_reading(driver, sentence_id: str, until: float) -> dict:
    """Where the focused element is once the voice has read on into `sentence_id` (then paused)."""
    wait_for(driver, f"return document.getElementById('{sentence_id}').classList.contains('is-current');")
    wait_for(driver, f"return {AUDIO}.currentTime > {until};")
    driver.execute_script(f"{AUDIO}.pause()")
    return driver.execute_script("""
        var e = document.activeElement, r = e.getBoundingClientRect();
        return {id: e.id, cls: e.className, top: r.top, bottom: r.bottom, height: innerHeight};""")


@pytest.mark.parametrize("size", [PHONE, (1280, 600)])
def test_a_chapter_button_pressed_by_keyboard_stays_on_screen(page, site, size):
    base = site[0]
    viewport(page, size)
    open_episode(page, base)
    summary = page.find_element(By.CSS_SELECTOR, ".chapters summary")
    summary.send_keys(Keys.ENTER)
    last = page.find_elements(By.CSS_SELECTOR, "button.chapter")[-1]
    page.execute_script("arguments[0].focus(); arguments[0].scrollIntoView({block: 'center'});", last)
    last.send_keys(Keys.ENTER)
    # playing from the last chapter highlights a sentence far below in the text
    box = focus_after_reading(page, "s9", 9.5)
    assert "chapter" in box["cls"]
    assert box["top"] >= 0 and box["bottom"] <= box["height"], box


def test_a_sentence_chosen_by_keyboard_stays_on_screen_while_the_voice_reads_on(page, site):
    base = site[0]
    viewport(page, PHONE)
    page.get(base + "blood-pressure/index.html#article-text")
    wait_for(page, f"return {AUDIO}.readyState >= 1;")
    assert tab(page).get_attribute("id") == "s1"
    page.switch_to.active_element.send_keys(Keys.ENTER)
    wait_for(page, f"return !{AUDIO}.paused;")
    page.execute_script(f"{AUDIO}.currentTime = 10.05")  # the voice is now far down the page
    box = focus_after_reading(page, "s10", 10.3)
    assert box["id"] == "s1" and box["top"] >= 0 and box["bottom"] <= box["height"], box


def test_with_the_focus_in_the_text_the_spoken_sentence_is_kept_in_view(page, site):
    base = site[0]
    viewport(page, PHONE)
    open_episode(page, base)
    page.find_element(By.ID, "s1").click()  # focus in the text, playing from the start
    page.execute_script(f"{AUDIO}.currentTime = 9.05")
    wait_for(page, "var r = document.getElementById('s9').getBoundingClientRect();"
                   "return r.top >= 0 && r.bottom <= innerHeight;")
    page.execute_script(f"{AUDIO}.pause()")


PAGES = ["index.html", "blood-pressure/index.html", "blood-pressure/review.html", "waiting-room.html"]


def test_every_page_has_a_favicon_and_nothing_is_missing(page, site):
    base, _, requests = site
    requests.clear()
    for name in PAGES:
        page.get(base + name)
        wait_for(page, "return document.readyState === 'complete';")
        icon = page.execute_script("var l = document.querySelector('link[rel=icon]'); return l && l.href;")
        assert icon == base + "static/favicon.svg", name
    page.get(base + "feed.xml")  # no page here to name an icon: the browser asks for /favicon.ico
    wait_for(page, "return document.readyState === 'complete';")
    missing = [(path, code) for path, code in requests if code >= 400]
    assert missing == [], missing
    assert ("/static/favicon.svg", 200) in requests
    assert page.execute_async_script(
        "var done = arguments[0]; fetch('/favicon.ico').then(r => r.blob())"
        ".then(b => done(b.type + ' ' + b.size));").startswith("image/")


def test_the_review_page_is_large_print_too(page, site):
    base = site[0]
    page.get(base + "blood-pressure/review.html")
    page.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    smallest = page.execute_script("""
        return Array.from(document.querySelectorAll('body *'))
          .filter(e => e.offsetParent !== null && e.childNodes.length
                       && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))
          .map(e => [parseFloat(getComputedStyle(e).fontSize), e.tagName])
          .sort((a, b) => a[0] - b[0])[0];""")
    assert smallest[0] >= 24, smallest
    assert page.find_elements(By.TAG_NAME, "pre"), "the fixture's review page has snippets to copy"
    violations = run_axe(page, tags=WCAG_TAGS) + run_axe(page, rules=["color-contrast-enhanced"])
    assert violations == [], describe(violations)
    viewport(page, PHONE)
    page.get(base + "blood-pressure/review.html")
    page.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    for spacing in (False, True):
        if spacing:
            page.execute_script(TEXT_SPACING)
        sizes = page.execute_script(
            "return [document.documentElement.clientWidth, document.documentElement.scrollWidth];")
        assert sizes[1] <= sizes[0], (spacing, sizes)
