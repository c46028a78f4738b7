"""The site's own files: static CSS/JS, the cover, the library page, the waiting room."""

from __future__ import annotations

from importlib import resources

from . import OutputFile, SiteView, register_output


@register_output("static", scope="site", order=10)
def static(view: SiteView):
    # every file in site/static, so a new stylesheet or icon needs no code here
    folder = resources.files("plaincast.site") / "static"
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.is_file() and not item.name.startswith("."):
            yield OutputFile(f"static/{item.name}", data=item.read_bytes())
    # Browsers ask for /favicon.ico by themselves wherever no page names an icon
    # (an MP3 or the feed opened on its own): answer with the same icon, never a 404.
    yield OutputFile("favicon.ico", data=(folder / "favicon.ico").read_bytes())


@register_output("cover", scope="site", order=20)
def cover(view: SiteView):
    from ..site.cover import cover_image

    yield OutputFile(view.cover_name, data=cover_image(view.settings))


@register_output("waiting-room", scope="site", order=30)
def waiting_room(view: SiteView):
    from ..site.waiting_room import render_waiting_room

    yield OutputFile.text("waiting-room.html", render_waiting_room(view.entries, view.settings))


@register_output("library", scope="site", order=40)
def library(view: SiteView):
    from ..books import scratch_library_files
    from ..site.pages import render_library_page

    yield OutputFile.text("index.html", render_library_page(
        view.entries, view.settings, view.cover_name, scratch_library_files(view.scratch, view.settings)))
