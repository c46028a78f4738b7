"""narrate: the script in spoken form, voice engines, and the clip cache."""

from .cache import SpeakResult, speak
from .engines import GTTS_NOTICE, get_engine
from .lexicon import load_lexicon
from .script import build_script
from .spoken import to_spoken

__all__ = ["GTTS_NOTICE", "SpeakResult", "build_script", "get_engine", "load_lexicon", "speak", "to_spoken"]
