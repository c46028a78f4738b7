"""The large-print episode page and the review page of each episode."""

from __future__ import annotations

from . import EpisodeView, OutputFile, register_output


@register_output("page", scope="episode", order=20)
def episode_page(view: EpisodeView):
    from ..books import scratch_epub
    from ..site.pages import render_episode_page

    talking_book = scratch_epub(view.scratch, view.slug) if view.settings.epub.enabled else None
    yield OutputFile.text(f"{view.slug}/index.html",
                          render_episode_page(view.entry, view.settings, talking_book))


@register_output("review", scope="episode", order=30)
def review_page(view: EpisodeView):
    from ..plain import render_review_page

    yield OutputFile.text(f"{view.slug}/review.html",
                          render_review_page(view.entry.item.plain, view.settings))
