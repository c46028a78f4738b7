"""Finding ffmpeg: the system's when installed, else the one imageio-ffmpeg ships."""

from __future__ import annotations

import shutil
from functools import lru_cache

from ..errors import EngineError


@lru_cache(maxsize=1)
def find_ffmpeg() -> str:
    system = shutil.which("ffmpeg")
    if system:
        return system
    try:
        import imageio_ffmpeg
    except ImportError:
        raise EngineError("ffmpeg is not installed (apt-get install ffmpeg, or pip install imageio-ffmpeg)") from None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:
        raise EngineError(f"ffmpeg not found: {exc}") from None


def configure_pydub() -> None:
    """Point pydub at the same ffmpeg (it looks only on PATH otherwise)."""
    from pydub import AudioSegment

    AudioSegment.converter = find_ffmpeg()
    AudioSegment.ffmpeg = find_ffmpeg()


__all__ = ["configure_pydub", "find_ffmpeg"]
