"""The podcast feed, read back by real parsers, and the stable state behind it."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import feedparser
import podcastparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree
from PIL import Image

from plaincast.errors import ConfigError
from plaincast.model import ArticleMeta
from plaincast.site import publish
from plaincast.site.state import STATE_NAME, podcast_guid

from .site_fixtures import BASE_URL, FIRST_SEEN, build_item, build_items, settings_for, sleep_sections

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0",
      "psc": "http://podlove.org/simple-chapters"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("feed")
    output = root / "output"
    items = build_items(output)
    settings = settings_for(root)
    publish(items, settings, output, now=FIRST_SEEN)
    return root, output, items, settings


def test_feed_is_well_formed_xml_with_both_namespaces(built):
    _, output, _, _ = built
    tree = etree.fromstring((output / "feed.xml").read_bytes())  # strict parser: any bad escape fails
    assert tree.tag == "rss" and tree.get("version") == "2.0"
    assert tree.nsmap["itunes"] == NS["itunes"]
    assert tree.nsmap["podcast"] == NS["podcast"]


def test_feedparser_reads_every_channel_and_item_field(built):
    _, output, items, settings = built
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    channel = feed.feed
    assert channel.title == "Plain Health & You"
    assert channel.subtitle == "Health articles in plain words, read aloud."
    assert channel.language == "en-us"
    assert channel.link == BASE_URL
    assert channel.author == "Clinic <Team>"
    assert channel.authors == [{"name": "Clinic <Team>", "email": "pod@example.org"}]  # itunes:owner
    assert channel.rights == "© 2025 Example Clinic"
    assert channel.image.href == BASE_URL + "cover.png"
    # feedparser 6 knows only yes/clean; Apple wants true/false, which podcastparser
    # reads (below) and lxml checks in test_podcast_namespace_tags_per_item.
    assert channel.itunes_explicit is None
    assert channel.itunes_type == "episodic"
    assert [t.term for t in channel.tags] == ["Health & Fitness", "Medicine"]
    assert channel.podcast_guid == str(uuid.uuid5(
        uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), "podcasts.example.org/plain-health/feed.xml"))
    assert channel.podcast_locked == {"owner": "pod@example.org"}

    # Newest first: the dated 2024 article is older than the first-seen 2025 one.
    assert [e.title for e in feed.entries] == ["Sleep well", "Blood pressure: what the numbers mean"]
    by_slug = {item.episode.slug: item for item in items}
    for entry, slug in zip(feed.entries, ["sleep-well", "blood-pressure"]):
        episode = by_slug[slug].episode
        (enclosure,) = entry.enclosures
        assert enclosure.href == f"{BASE_URL}{slug}/{slug}.mp3"
        assert int(enclosure.length) == episode.mp3_path.stat().st_size
        assert enclosure.type == "audio/mpeg"
        assert entry.itunes_duration == str(round(episode.duration_ms / 1000))
        assert entry.link == f"{BASE_URL}{slug}/"
        assert entry.guidislink is False
        assert entry.itunes_episodetype == "full"
        assert [c["title"] for c in entry.psc_chapters["chapters"]] == [
            c.title for c in episode.chapters]
        # feedparser keeps only an item's last podcast:transcript: the VTT one.
        assert entry.podcast_transcript["url"] == f"{BASE_URL}{slug}/{slug}.vtt"
        assert entry.podcast_transcript["type"] == "text/vtt"
        assert entry.podcast_chapters == {"url": f"{BASE_URL}{slug}/{slug}.chapters.json",
                                          "type": "application/json+chapters"}
    sleep, blood = feed.entries
    assert blood.summary == "What blood pressure is, and 3 ways to lower it."
    assert sleep.summary.startswith("Good sleep helps your heart. Most adults need")
    assert sleep.id == "urn:example:sleep-well-1"
    assert blood.id == str(uuid.uuid5(uuid.UUID(podcast_guid(BASE_URL + "feed.xml")), "blood-pressure"))
    assert blood.published == "Tue, 12 Mar 2024 00:00:00 +0000"
    assert sleep.published == "Thu, 02 Jan 2025 03:04:05 +0000"
    assert parsedate_to_datetime(sleep.published) == FIRST_SEEN


def test_podcastparser_reads_the_feed_like_gpodder(built):
    _, output, items, _ = built
    with open(output / "feed.xml", "rb") as handle:
        parsed = podcastparser.parse(BASE_URL + "feed.xml", handle)
    assert parsed["title"] == "Plain Health & You"
    assert parsed["description"] == "Health articles in plain words, read aloud."
    assert parsed["link"] == BASE_URL
    assert parsed["language"] == "en-us"
    assert parsed["cover_url"] == BASE_URL + "cover.png"
    assert parsed["itunes_author"] == "Clinic <Team>"
    assert parsed["itunes_owner"] == {"name": "Clinic <Team>", "email": "pod@example.org"}
    assert parsed["itunes_categories"] == [["Health & Fitness", "Medicine"]]
    assert parsed["explicit"] is False
    assert parsed["type"] == "episodic"
    # podcastparser only maps the podcast: namespace under an old GitHub URL,
    # so it cannot see podcast:locked/transcript/chapters; lxml checks those below.
    episodes = {e["guid"]: e for e in parsed["episodes"]}
    sleep = episodes["urn:example:sleep-well-1"]
    assert sleep["title"] == "Sleep well"
    assert sleep["published"] == int(FIRST_SEEN.timestamp())
    assert sleep["total_time"] == 6
    assert sleep["link"] == BASE_URL + "sleep-well/"
    assert sleep["enclosures"] == [{
        "url": BASE_URL + "sleep-well/sleep-well.mp3",
        "file_size": (output / "sleep-well" / "sleep-well.mp3").stat().st_size,
        "mime_type": "audio/mpeg"}]
    assert sleep["description"].startswith("Good sleep helps your heart.")
    # Chapters reach gPodder through Podlove Simple Chapters.
    assert sleep["chapters"] == [{"start": 0, "title": "Sleep well"},
                                 {"start": 4, "title": "When to see a doctor"}]
    blood = next(e for e in parsed["episodes"] if e["title"].startswith("Blood"))
    assert blood["published"] == int(datetime(2024, 3, 12, tzinfo=timezone.utc).timestamp())
    assert [c["title"] for c in blood["chapters"]][2] == "Signs & symptoms <when to call>"
    assert blood["explicit"] is False


def test_podcast_namespace_tags_per_item(built):
    _, output, _, _ = built
    tree = etree.fromstring((output / "feed.xml").read_bytes())
    channel = tree.find("channel")
    assert channel.find("podcast:locked", NS).get("owner") == "pod@example.org"
    assert channel.find("podcast:locked", NS).text == "no"
    assert channel.find("itunes:image", NS).get("href") == BASE_URL + "cover.png"
    assert channel.find("itunes:explicit", NS).text == "false"
    assert channel.find("podcast:guid", NS).text == podcast_guid(BASE_URL + "feed.xml")
    assert channel.find("lastBuildDate") is None  # would break byte-identical builds
    for item in channel.findall("item"):
        slug = item.find("link").text.rstrip("/").rsplit("/", 1)[1]
        transcripts = {t.get("type"): t.get("url") for t in item.findall("podcast:transcript", NS)}
        assert transcripts == {"text/vtt": f"{BASE_URL}{slug}/{slug}.vtt",
                               "application/x-subrip": f"{BASE_URL}{slug}/{slug}.srt"}
        chapters = item.find("podcast:chapters", NS)
        assert chapters.get("type") == "application/json+chapters"
        chapters_file = output / slug / f"{slug}.chapters.json"
        assert chapters.get("url") == f"{BASE_URL}{slug}/{chapters_file.name}"
        assert json.loads(chapters_file.read_text())["version"] == "1.2.0"
        # every linked media file really exists where the URL says
        for url in [item.find("enclosure").get("url"), *transcripts.values()]:
            assert (output / url[len(BASE_URL):]).is_file()


def test_two_publishes_are_byte_identical_and_guids_stable(built, tmp_path):
    root, output, items, settings = built
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    state_before = (root / STATE_NAME).read_bytes()
    # A later run with a different clock must not move dates or GUIDs.
    publish(items, settings, output, now=datetime(2030, 6, 1, tzinfo=timezone.utc))
    after = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    assert after == before
    assert (root / STATE_NAME).read_bytes() == state_before

    # Deleting output/ keeps GUIDs and dates (the state lives in the project root).
    fresh = tmp_path / "output"
    publish(build_items(fresh), settings, fresh, now=datetime(2031, 1, 1, tzinfo=timezone.utc))
    old = feedparser.parse(before[output / "feed.xml"])
    new = feedparser.parse((fresh / "feed.xml").read_bytes())
    assert [(e.id, e.published) for e in new.entries] == [(e.id, e.published) for e in old.entries]


def test_edited_title_keeps_guid_and_date(built, tmp_path):
    from dataclasses import replace

    root, _, _, settings = built
    output = tmp_path / "output"
    items = build_items(output)
    edited = [replace(items[0], plain=replace(items[0].plain, title="Blood pressure, explained")), items[1]]
    publish(edited, settings, output, now=datetime(2032, 1, 1, tzinfo=timezone.utc))
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    blood = next(e for e in feed.entries if e.link.endswith("/blood-pressure/"))
    assert blood.title == "Blood pressure, explained"
    assert blood.id == str(uuid.uuid5(uuid.UUID(podcast_guid(BASE_URL + "feed.xml")), "blood-pressure"))
    assert blood.published == "Tue, 12 Mar 2024 00:00:00 +0000"


def test_generated_cover_is_square_rgb_png(built):
    _, output, _, _ = built
    with Image.open(output / "cover.png") as cover:
        assert cover.format == "PNG"
        assert cover.size == (3000, 3000)
        assert cover.mode == "RGB"
        colours = cover.convert("RGB").getcolors(maxcolors=1_000_000)
    # mostly navy with white title text: both present in quantity
    counts = {colour: n for n, colour in colours}
    assert counts[(10, 31, 58)] > 3000 * 3000 // 2
    assert counts.get((255, 255, 255), 0) > 50_000


def test_given_cover_is_copied_and_checked(tmp_path):
    output = tmp_path / "output"
    items = build_items(output)
    Image.new("RGB", (1400, 1400), (200, 0, 0)).save(tmp_path / "art.jpg", "JPEG")
    publish(items, settings_for(tmp_path, cover="art.jpg"), output, now=FIRST_SEEN)
    assert (output / "cover.jpg").read_bytes() == (tmp_path / "art.jpg").read_bytes()
    assert not (output / "cover.png").exists()
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert feed.feed.image.href == BASE_URL + "cover.jpg"

    Image.new("RGB", (1400, 1000)).save(tmp_path / "wide.png")
    with pytest.raises(ConfigError, match="square"):
        publish(items, settings_for(tmp_path, cover="wide.png"), output, now=FIRST_SEEN)
    with pytest.raises(ConfigError, match="not found"):
        publish(items, settings_for(tmp_path, cover="missing.png"), output, now=FIRST_SEEN)


def test_damaged_state_file_is_one_clear_error(tmp_path):
    output = tmp_path / "output"
    items = build_items(output)
    (tmp_path / STATE_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.plaincast-state\.json: feed state file is damaged"):
        publish(items, settings_for(tmp_path), output)


def test_explicit_true_and_illegal_characters(tmp_path):
    output = tmp_path / "output"
    items = build_items(output)
    settings = settings_for(tmp_path, explicit=True, title="Bell\x07 & <Show>")
    publish(items, settings, output, now=FIRST_SEEN)
    raw = (output / "feed.xml").read_bytes()
    etree.fromstring(raw)
    feed = feedparser.parse(raw)
    assert not feed.bozo
    assert feed.feed.title == "Bell & <Show>"
    assert etree.fromstring(raw).find("channel/itunes:explicit", NS).text == "true"
    with open(output / "feed.xml", "rb") as handle:
        assert podcastparser.parse(BASE_URL, handle)["explicit"] is True


def test_pages_link_media_relatively(built):
    _, output, _, _ = built
    page = (output / "blood-pressure" / "index.html").read_text(encoding="utf-8")
    tree = etree.HTML(page)
    assert tree.xpath("//audio/@preload") == ["metadata"]
    assert tree.xpath("//audio/@autoplay") == []
    assert tree.xpath("//audio/source/@src") == ["blood-pressure.mp3"]
    track = tree.xpath("//track")[0]
    assert (track.get("kind"), track.get("src"), track.get("srclang")) == ("captions", "blood-pressure.vtt", "en")
    assert track.get("default") is not None
    downloads = tree.xpath("//section[@class='downloads']//a/@href")
    assert downloads == ["blood-pressure.mp3", "blood-pressure.txt", "blood-pressure.vtt",
                         "blood-pressure.srt", "blood-pressure.epub", "review.html"]
    assert tree.xpath("//a[@href='review.html']/text()") == ["Review the changes"]
    # one h1, headings in order, every sentence a span with its cue times
    assert len(tree.xpath("//h1")) == 1
    sentences = tree.xpath("//span[@class='sentence']")
    assert [s.get("id") for s in sentences] == [f"s{n}" for n in range(1, 11)]
    assert (sentences[0].get("data-start"), sentences[0].get("data-end")) == ("1.000", "1.900")
    assert tree.xpath("//span[@id='s9']/text()") == ["Take your pills at the same time each day."]
    assert "aria-live" not in page
    assert tree.xpath("//h3/text()") == ["Signs & symptoms <when to call>"]
    library = etree.HTML((output / "index.html").read_text(encoding="utf-8"))
    assert library.xpath("//ol[@class='episode-list']//h3/a/@href") == [
        "sleep-well/index.html", "blood-pressure/index.html"]
    assert BASE_URL + "feed.xml" in library.xpath("//section[@class='how-to-listen']//a/text()")
    text = " ".join(library.xpath("//text()"))
    assert "Reading level: grade 5.4" in text and "Listening time: 12 seconds" in text


@pytest.mark.parametrize("text, reason", [
    ("[1]", 'no "episodes" table'),
    ('{"episodes": {"sleep-well": "x"}}', 'episode "sleep-well"'),
    ('{"episodes": {"sleep-well": null}}', 'episode "sleep-well"'),
    ('{"episodes": {"sleep-well": {"guid": 5, "published": "2024-01-01"}}}', 'episode "sleep-well"'),
    ('{"episodes": {"sleep-well": {"guid": "g", "published": 7}}}', 'episode "sleep-well"'),
    ('{"episodes": {"sleep-well": {"guid": "g", "published": "soon"}}}', 'episode "sleep-well"'),
])
def test_every_kind_of_damaged_state_file_is_one_clear_error(tmp_path, text, reason):
    output = tmp_path / "output"
    items = build_items(output)
    (tmp_path / STATE_NAME).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="feed state file is damaged") as raised:
        publish(items, settings_for(tmp_path), output)
    assert reason in str(raised.value)
    assert "\n" not in str(raised.value)
    assert not (output / "feed.xml").exists()
    assert (tmp_path / STATE_NAME).read_text(encoding="utf-8") == text  # left for the user to fix


# ---- per episode: who wrote it, its number, show notes, person, licence, image ----------

def _entries_by_slug(feed) -> dict:
    return {e.link.rstrip("/").rsplit("/", 1)[-1]: e for e in feed.entries}


def test_every_episode_names_its_author_number_notes_licence_and_image(tmp_path):
    output = tmp_path / "output"
    items = build_items(output)
    settings = settings_for(tmp_path, license="CC-BY-4.0",
                            license_url="https://creativecommons.org/licenses/by/4.0/")
    publish(items, settings, output, now=FIRST_SEEN)
    raw = (output / "feed.xml").read_bytes()

    entries = _entries_by_slug(feedparser.parse(raw))
    blood, sleep = entries["blood-pressure"], entries["sleep-well"]
    # the article's front-matter author, else the show's
    assert blood.author == "Dr. Lee" and sleep.author == "Clinic <Team>"
    assert blood.itunes_title == "Blood pressure: what the numbers mean"
    # numbered oldest first: the 2024 article is episode 1
    assert (blood.itunes_episode, sleep.itunes_episode) == ("1", "2")
    assert blood.image.href == BASE_URL + "cover.png"
    assert blood.podcast_license == {"url": "https://creativecommons.org/licenses/by/4.0/"}
    assert blood.podcast_person == {"role": "author", "group": "writing"}
    notes = BeautifulSoup(blood.content[0].value, "html.parser")
    assert notes.p.text == "What blood pressure is, and 3 ways to lower it."
    assert [li.text for li in notes.find_all("li")] == [
        "0:00 Blood pressure: what the numbers mean", "0:03 What is blood pressure?",
        "0:08 Signs & symptoms <when to call>", "0:09 Your medicines"]
    assert {a["href"] for a in notes.find_all("a")} == {
        BASE_URL + "blood-pressure/", BASE_URL + "blood-pressure/blood-pressure.txt"}

    with open(output / "feed.xml", "rb") as handle:
        parsed = {e["guid"]: e for e in podcastparser.parse(BASE_URL + "feed.xml", handle)["episodes"]}
    sleep_pp = parsed["urn:example:sleep-well-1"]
    assert sleep_pp["number"] == 2 and sleep_pp["itunes_author"] == "Clinic <Team>"
    assert sleep_pp["episode_art_url"] == BASE_URL + "cover.png"
    assert "Chapters:" in sleep_pp["description_html"]

    tree = etree.fromstring(raw)
    item = tree.find("channel/item[link='%s']" % (BASE_URL + "blood-pressure/"))
    assert item.find("podcast:person", NS).text == "Dr. Lee"
    assert item.find("podcast:license", NS).get("url") == "https://creativecommons.org/licenses/by/4.0/"
    assert tree.find("channel/podcast:license", NS).text == "CC-BY-4.0"


def test_episode_numbers_stay_when_episodes_come_and_go(tmp_path):
    output = tmp_path / "output"
    # mastered media sit outside output/, as a build's staging does: a version of
    # output/ that leaves an episode out does not keep its files
    media = tmp_path / "media"
    items = build_items(media)
    settings = settings_for(tmp_path)
    publish(items, settings, output, now=FIRST_SEEN)
    # a newer article arrives, and the older one is left out of this build
    newer = build_item(media, "eat-well", "Eat well", sleep_sections(), ArticleMeta(date="2025-06-01"))
    publish([newer, items[1]], settings, output, now=FIRST_SEEN)
    publish([items[0], newer, items[1]], settings, output, now=FIRST_SEEN)
    numbers = {slug: e.itunes_episode
               for slug, e in _entries_by_slug(feedparser.parse((output / "feed.xml").read_bytes())).items()}
    assert numbers == {"blood-pressure": "1", "sleep-well": "2", "eat-well": "3"}
    state = json.loads((tmp_path / STATE_NAME).read_text(encoding="utf-8"))
    assert state["episodes"]["eat-well"]["episode"] == 3


def test_without_a_licence_no_licence_tag(built):
    _, output, _, _ = built
    assert b"podcast:license" not in (output / "feed.xml").read_bytes()
