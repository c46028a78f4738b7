"""`plaincast serve`: a local preview of output/ that answers byte ranges.

Browsers seek in <audio> and podcast apps download enclosures with `Range`
requests and expect 206 Partial Content; Python's SimpleHTTPRequestHandler
ignores Range, so this handler adds single-range support (RFC 9110 14):
206 with Content-Range for a satisfiable range, 416 with `bytes */size` for an
unsatisfiable one, and the whole file (200) for a multi-range or malformed
header, which the RFC allows a server to ignore.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import ConfigError, InputError

MEDIA_TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}
TEXT_TYPES = ("text/", "application/json", "application/xml", "application/x-subrip")

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# No file here is a billion gigabytes; longer numbers are an attack on int().
MAX_RANGE_DIGITS = 18


def parse_range(header: str, size: int) -> tuple[int, int] | None | str:
    """(first, last) inclusive for one satisfiable range; None to ignore the header;
    "unsatisfiable" (416); "malformed" (400) for numbers no file could need."""
    match = _RANGE.match(header.strip().replace(" ", ""))
    if not match:
        return None  # malformed or several ranges: serve the whole file
    first, last = match.groups()
    if not first and not last:
        return None
    if len(first) > MAX_RANGE_DIGITS or len(last) > MAX_RANGE_DIGITS:
        return "malformed"
    if not first:  # suffix range: the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None  # invalid range-spec: ignore the header
    if start >= size:
        return "unsatisfiable"
    return start, min(end, size - 1)


def _hidden(request_path: str) -> bool:
    """True when any part of the request path names a hidden file or folder (".plaincast/...")."""
    path = unquote(urlsplit(request_path).path)
    return any(part.startswith(".") for part in path.split("/") if part)


class PreviewHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MEDIA_TYPES}
    quiet = False

    def guess_type(self, path) -> str:
        media_type = MEDIA_TYPES.get(Path(str(path)).suffix.lower()) or super().guess_type(path)
        if media_type.startswith(TEXT_TYPES) and "charset" not in media_type:
            media_type += "; charset=utf-8"
        return media_type

    def end_headers(self) -> None:
        # A preview must show the latest build, never a cached page or feed.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        try:
            return self._send_head()
        except ValueError:  # a path or header no file system call can take
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request")
            return None

    def _send_head(self):
        self._remaining = None
        raw_path = self.path.split("?", 1)[0].split("#", 1)[0]
        if "%00" in raw_path or "\x00" in raw_path:
            # os.stat raises on a NUL byte: the request, not the server, is at fault
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad path")
            return None
        if _hidden(self.path):
            # build records and temp files are never published (a folder from an
            # older plaincast may still hold its .plaincast/ records)
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        path = self.translate_path(self.path)
        if os.path.isdir(path) or not os.path.isfile(path):
            return super().send_head()  # directory redirects, index.html, 404
        try:
            handle = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        size = os.fstat(handle.fileno()).st_size
        media_type = self.guess_type(path)
        wanted = parse_range(self.headers.get("Range", ""), size) if self.headers.get("Range") else None
        if wanted == "malformed":
            handle.close()
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad Range header")
            return None
        if wanted == "unsatisfiable":
            handle.close()
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if wanted is None:
            self.send_response(HTTPStatus.OK)
            first, last = 0, size - 1
        else:
            first, last = wanted
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Content-Type", media_type)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(max(0, last - first + 1)))
        self.send_header("Last-Modified", self.date_time_string(int(os.fstat(handle.fileno()).st_mtime)))
        self.end_headers()
        handle.seek(first)
        self._remaining = max(0, last - first + 1)
        return handle

    def copyfile(self, source, outputfile) -> None:
        remaining = getattr(self, "_remaining", None)
        if remaining is None:
            shutil.copyfileobj(source, outputfile)
            return
        while remaining > 0:
            chunk = source.read(min(64 * 1024, remaining))
            if not chunk:
                break
            outputfile.write(chunk)
            remaining -= len(chunk)
        self._remaining = None

    def log_message(self, format: str, *args) -> None:
        if not self.quiet:
            super().log_message(format, *args)


def make_server(output_dir: Path, host: str = "127.0.0.1", port: int = 8000,
                quiet: bool = False) -> ThreadingHTTPServer:
    """A ready server (not yet serving) for `output_dir`; port 0 picks a free port."""
    output_dir = Path(output_dir)
    if not output_dir.is_dir():
        raise InputError(output_dir, "not found: run `plaincast build` first")
    handler = partial(type("Handler", (PreviewHandler,), {"quiet": quiet}), directory=str(output_dir))
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); try another --port") from None
    server.daemon_threads = True
    return server


def serve(output_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve `output_dir` until Ctrl+C."""
    server = make_server(output_dir, host, port)
    bound_host, bound_port = server.server_address[:2]
    print(f"Serving {output_dir} at http://{bound_host}:{bound_port}/ (Ctrl+C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
