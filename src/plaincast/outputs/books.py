"""Talking books: each article's EPUB, the library's EPUB, and the library's M4B audiobook.

They come before the pages (which link them with their sizes) and read the
episodes' MP3s and the cover. Each is made in the build's scratch folder, or
linked from the published version when its inputs did not change.
"""

from __future__ import annotations

from . import EpisodeView, OutputFile, SiteView, register_output


@register_output("epub", scope="episode", order=15)
def article_epub(view: EpisodeView):
    from ..books import article_epub_name, make_article_epub
    from ..site.cover import cover_name

    if view.settings.epub.enabled:
        made = make_article_epub(view.entry, view.settings, cover_name(view.settings),
                                 view.scratch, view.published)
        yield OutputFile(article_epub_name(view.slug), source=made)


@register_output("library-epub", scope="site", order=25)
def library_epub(view: SiteView):
    from ..books import LIBRARY_EPUB, make_library_epub

    if view.entries and view.settings.epub.enabled and view.settings.epub.library:
        made = make_library_epub(view.entries, view.settings, view.cover_name, view.scratch,
                                 view.published)
        yield OutputFile(LIBRARY_EPUB, source=made)


@register_output("audiobook", scope="site", order=26)
def library_audiobook(view: SiteView):
    from ..books import LIBRARY_M4B, make_audiobook

    if view.entries and view.settings.audiobook.enabled:
        made = make_audiobook(view.entries, view.settings, view.cover_name, view.scratch,
                              view.published, view.cache)
        yield OutputFile(LIBRARY_M4B, source=made)
