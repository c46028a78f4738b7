"""Episode media: the MP3 and its transcripts (VTT, SRT, text, chapters JSON).

Mastering made them (in the build's staging folder, or they are the files
published before when nothing changed); this output hands them to the
publisher, which links them into the new version of the site.
"""

from __future__ import annotations

from . import EpisodeView, OutputFile, register_output


@register_output("media", scope="episode", order=10)
def media(view: EpisodeView):
    for path in view.entry.item.episode.files:
        yield OutputFile(f"{view.slug}/{path.name}", source=path)
