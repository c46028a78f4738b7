"""Publishing survives kills and a second build: SIGKILL of a real `plaincast build`
at ten points spread over a rebuild, each followed by a check of the published
folder and a normal rebuild; a second build at once; build records never published."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from plaincast.outputs.tree import PublishedTree
from plaincast.site import make_server

from .published import build_place, check_published, leftovers

BASE_URL = "https://clinic.example.org/listen/"
KILLS = 10


def article(title: str, version: int) -> str:
    return (f"{title}\n\nVersion {version} of this page is here. Walking is good for your heart. "
            f"Try it after lunch.\n\nRest\n\nSleep helps you heal. Go to bed at the same time "
            f"each night.\n")


def write_content(root: Path, version: int) -> None:
    content = root / "content"
    content.mkdir(exist_ok=True)
    (content / "walking.txt").write_text(article("Walking Daily", version), encoding="utf-8")
    (content / "sleep.txt").write_text(article("Sleeping Well", version), encoding="utf-8")


def command(root: Path) -> list[str]:
    return [sys.executable, "-m", "plaincast", "build", "content", "-o", "output",
            "--base-url", BASE_URL, "--cache-dir", "cache", "--engine", "espeak",
            "--executor", "serial"]


def run_build(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(root), cwd=root, capture_output=True, text=True, timeout=300)


def test_sigkill_at_ten_points_of_a_rebuild_leaves_old_or_new_whole(tmp_path):
    write_content(tmp_path, 0)
    first = run_build(tmp_path)
    assert first.returncode == 0, first.stderr
    assert check_published(tmp_path / "output", BASE_URL) == {"walking": "0", "sleep": "0"}
    # one unkilled rebuild, to spread the kills over how long a rebuild takes here
    write_content(tmp_path, 1)
    started = time.monotonic()
    assert run_build(tmp_path).returncode == 0
    duration = time.monotonic() - started
    outcomes = []
    for kill in range(KILLS):
        version = kill + 2
        write_content(tmp_path, version)
        process = subprocess.Popen(command(tmp_path), cwd=tmp_path, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(duration * (kill + 0.5) / KILLS)
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen = check_published(tmp_path / "output", BASE_URL)
        # every episode is all old or all new, and the site as a whole too
        assert set(seen.values()) in ({str(version - 1)}, {str(version)}), seen
        outcomes.append(seen["walking"] == str(version))
        after = run_build(tmp_path)
        assert after.returncode == 0, after.stderr
        assert check_published(tmp_path / "output", BASE_URL) == {"walking": str(version),
                                                                   "sleep": str(version)}
        assert leftovers(tmp_path / "output", tmp_path / "cache") == []
    assert not all(outcomes), "no kill landed before the new version was published"


def test_a_second_build_at_once_stops_with_one_line(tmp_path):
    write_content(tmp_path, 0)
    with PublishedTree(tmp_path / "output").lock():  # as a build running in this process holds it
        second = run_build(tmp_path)
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0] == (f"error: another plaincast build (process {os.getpid()}) is writing "
                        "output/; wait for it to finish, then build again")
    assert not (tmp_path / "output").exists()
    assert run_build(tmp_path).returncode == 0  # the lock went with the holder


def test_build_records_are_not_published_and_hold_no_build_paths(tmp_path):
    write_content(tmp_path, 0)
    # an output folder from an older plaincast, with its records inside
    legacy = tmp_path / "output" / ".plaincast"
    legacy.mkdir(parents=True)
    (legacy / "walking.json").write_text(f'{{"path": "{tmp_path}"}}', encoding="utf-8")
    (tmp_path / "output" / "CNAME").write_text("listen.example.org\n", encoding="utf-8")
    result = run_build(tmp_path)
    assert result.returncode == 0, result.stderr
    output = tmp_path / "output"
    published = [p for p in output.rglob("*") if p.is_file()]
    assert {p.name for p in published} >= {"feed.xml", "index.html", "walking.mp3", "CNAME"}
    assert not any(".plaincast" in p.relative_to(output).parts for p in published)
    for path in published:  # no path of the build machine in anything published
        assert str(tmp_path).encode() not in path.read_bytes(), path
    records = list((build_place(output)).glob("site-*.records/*.json"))
    assert {p.name for p in records} >= {"walking.json", "sleep.json"}

    server = make_server(output, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        record = records[0]
        for path in (f"/../{build_place(output).name}/{record.parent.name}/{record.name}",
                     f"/%2e%2e/{build_place(output).name}/{record.parent.name}/{record.name}",
                     "/.plaincast/walking.json", "/walking/walking.mp3"):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            connection.close()
            if path.endswith(".mp3"):
                assert response.status == 200 and body == (output / "walking" / "walking.mp3").read_bytes()
            else:
                assert response.status == 404, path
                assert b"published" not in body
    finally:
        server.shutdown()
        server.server_close()
