"""`plaincast serve` under odd requests: a 400 or 404 answer, never a dropped connection or traceback."""

from __future__ import annotations

import http.client
import socket
import threading

import pytest

from plaincast.site import make_server

MP3 = bytes(range(256)) * 40


@pytest.fixture
def served(tmp_path):
    output = tmp_path / "output"
    (output / "ep").mkdir(parents=True)
    (output / "ep" / "ep.mp3").write_bytes(MP3)
    (output / "index.html").write_text("<!doctype html><title>Library</title>", encoding="utf-8")
    (output / ".plaincast").mkdir()
    (output / ".plaincast" / "ep.json").write_text('{"secret": "build record"}', encoding="utf-8")
    server = make_server(output, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def get(port: int, path: str, headers: dict | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


REQUESTS = [
    ("/%00", {}, 400),
    ("/ep/%00ep.mp3", {}, 400),
    ("/ep/ep.mp3", {"Range": "bytes=" + "9" * 5000 + "-"}, 400),
    ("/ep/ep.mp3", {"Range": "bytes=0-" + "9" * 5000}, 400),
    ("/ep/ep.mp3", {"Range": "bytes=-" + "9" * 5000}, 400),
    ("/.plaincast/ep.json", {}, 404),
    ("/.plaincast/", {}, 404),
    ("/%2Eplaincast/ep.json", {}, 404),
    ("/ep/../.plaincast/ep.json", {}, 404),
]


@pytest.mark.parametrize("path, headers, status", REQUESTS,
                         ids=[f"{p[:30]} {str(h)[:30]}" for p, h, _ in REQUESTS])
def test_odd_request_gets_a_clear_answer(served, capfd, path, headers, status):
    answer, body = get(served, path, headers)
    assert answer == status
    assert b"build record" not in body
    # the server still answers the next request normally
    assert get(served, "/ep/ep.mp3", {"Range": "bytes=0-9"}) == (206, MP3[:10])
    assert "Traceback" not in capfd.readouterr().err


def test_raw_request_line_with_a_nul_byte_is_answered(served, capfd):
    with socket.create_connection(("127.0.0.1", served), timeout=10) as conn:
        conn.sendall(b"GET /ep/\x00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = conn.recv(1024)
    assert reply.startswith(b"HTTP/1.0 400") or reply.startswith(b"HTTP/1.1 400"), reply[:40]
    assert "Traceback" not in capfd.readouterr().err
