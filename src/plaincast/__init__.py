"""plaincast: health articles into plain language, narrated audio, large-print pages and a podcast feed."""

__version__ = "0.1.0"
