"""`plaincast serve`: byte ranges (206/416) and media types, over a real socket."""

from __future__ import annotations

import http.client
import threading

import pytest

from plaincast.errors import ConfigError, InputError
from plaincast.site import make_server, publish
from plaincast.site.serve import parse_range

from .site_fixtures import FIRST_SEEN, build_items, settings_for


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    output = root / "output"
    publish(build_items(output), settings_for(root), output, now=FIRST_SEEN)
    server = make_server(output, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield output, server.server_address[1]
    server.shutdown()
    server.server_close()


def get(port: int, path: str, method: str = "GET", headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_range_request_gets_206_and_exact_bytes(served):
    output, port = served
    mp3 = (output / "blood-pressure" / "blood-pressure.mp3").read_bytes()
    response, body = get(port, "/blood-pressure/blood-pressure.mp3", headers={"Range": "bytes=100-1099"})
    assert response.status == 206
    assert response.getheader("Content-Range") == f"bytes 100-1099/{len(mp3)}"
    assert response.getheader("Content-Length") == "1000"
    assert response.getheader("Accept-Ranges") == "bytes"
    assert response.getheader("Content-Type") == "audio/mpeg"
    assert body == mp3[100:1100]


def test_open_ended_suffix_and_first_byte_ranges(served):
    output, port = served
    mp3 = (output / "sleep-well" / "sleep-well.mp3").read_bytes()
    size = len(mp3)
    response, body = get(port, "/sleep-well/sleep-well.mp3", headers={"Range": "bytes=0-"})
    assert response.status == 206 and body == mp3
    assert response.getheader("Content-Range") == f"bytes 0-{size - 1}/{size}"
    response, body = get(port, "/sleep-well/sleep-well.mp3", headers={"Range": "bytes=-500"})
    assert response.status == 206 and body == mp3[-500:]
    assert response.getheader("Content-Range") == f"bytes {size - 500}-{size - 1}/{size}"
    response, body = get(port, "/sleep-well/sleep-well.mp3", headers={"Range": "bytes=0-1"})
    assert response.status == 206 and body == mp3[:2]  # Safari's probe
    response, body = get(port, "/sleep-well/sleep-well.mp3",
                         headers={"Range": f"bytes={size - 10}-{size + 5000}"})
    assert response.status == 206 and body == mp3[-10:]


def test_unsatisfiable_range_gets_416(served):
    output, port = served
    size = (output / "sleep-well" / "sleep-well.mp3").stat().st_size
    response, body = get(port, "/sleep-well/sleep-well.mp3", headers={"Range": f"bytes={size}-"})
    assert response.status == 416
    assert response.getheader("Content-Range") == f"bytes */{size}"
    assert body == b""


def test_no_or_unusable_range_gets_whole_file(served):
    output, port = served
    mp3 = (output / "sleep-well" / "sleep-well.mp3").read_bytes()
    for headers in ({}, {"Range": "bytes=0-1,5-9"}, {"Range": "pages=1-2"}, {"Range": "bytes=9-3"}):
        response, body = get(port, "/sleep-well/sleep-well.mp3", headers=headers)
        assert response.status == 200, headers
        assert response.getheader("Accept-Ranges") == "bytes"
        assert body == mp3


def test_head_and_media_types(served):
    _, port = served
    response, body = get(port, "/blood-pressure/blood-pressure.mp3", method="HEAD",
                         headers={"Range": "bytes=0-9"})
    assert response.status == 206 and body == b"" and response.getheader("Content-Length") == "10"
    expected = {
        "/blood-pressure/blood-pressure.vtt": "text/vtt; charset=utf-8",
        "/blood-pressure/blood-pressure.srt": "application/x-subrip; charset=utf-8",
        "/blood-pressure/blood-pressure.chapters.json": "application/json; charset=utf-8",
        "/feed.xml": "application/xml; charset=utf-8",
        "/cover.png": "image/png",
        "/static/site.css": "text/css; charset=utf-8",
    }
    for path, media_type in expected.items():
        response, body = get(port, path)
        assert response.status == 200, path
        assert response.getheader("Content-Type") == media_type, path
        assert body
    response, body = get(port, "/blood-pressure/")
    assert response.status == 200 and b"<h1>Blood pressure: what the numbers mean</h1>" in body
    response, _ = get(port, "/no-such-episode.mp3")
    assert response.status == 404


def test_parse_range_rules():
    assert parse_range("bytes=0-9", 100) == (0, 9)
    assert parse_range("bytes=90-", 100) == (90, 99)
    assert parse_range("bytes=-10", 100) == (90, 99)
    assert parse_range("bytes=-1000", 100) == (0, 99)
    assert parse_range("bytes=100-", 100) == "unsatisfiable"
    assert parse_range("bytes=-0", 100) == "unsatisfiable"
    assert parse_range("bytes=5-2", 100) is None
    assert parse_range("bytes=1-2,4-5", 100) is None
    assert parse_range("items=1-2", 100) is None


def test_missing_output_and_busy_port_are_clear_errors(served, tmp_path):
    with pytest.raises(InputError, match="run `plaincast build` first"):
        make_server(tmp_path / "nothing", port=0)
    output, port = served
    with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
        make_server(output, port=port)
