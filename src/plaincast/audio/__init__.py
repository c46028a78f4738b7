"""audio: assembly, loudness, MP3 with ID3 tags and chapters, timed transcripts."""

from .ffmpeg import configure_pydub, find_ffmpeg
from .master import master, master_key

__all__ = ["configure_pydub", "find_ffmpeg", "master", "master_key"]
