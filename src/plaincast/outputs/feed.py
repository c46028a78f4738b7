"""feed.xml, rendered last: it names only files the other outputs made."""

from __future__ import annotations

from . import OutputFile, SiteView, register_output


@register_output("feed", scope="site", order=100)
def feed(view: SiteView):
    from ..site.feed import render_feed

    yield OutputFile.text("feed.xml", render_feed(view.entries, view.settings, view.cover_name))
