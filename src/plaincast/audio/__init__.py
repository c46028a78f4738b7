"""audio: assembly, loudness, MP3 with ID3 tags and chapters, timed transcripts."""

from .ffmpeg import configure_pydub, find_ffmpeg
from .master import master

__all__ = ["configure_pydub", "find_ffmpeg", "master"]
