"""Hostile inputs: generated bad articles, settings, arguments and requests (issue 12)."""
