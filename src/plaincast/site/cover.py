"""Cover art: the user's image, checked, or a generated 3000 x 3000 PNG with the show's title."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from ..config import Settings
from ..errors import ConfigError

SIZE = 3000
MIN_SIZE = 1400  # Apple Podcasts: square, 1400-3000 px
BACKGROUND = (10, 31, 58)  # deep navy
FOREGROUND = (255, 255, 255)  # white on navy: about 16:1 contrast
ACCENT = (255, 214, 10)  # yellow rule and subtitle: about 11:1 on navy
MARGIN = 260

# Searched by file name: Pillow looks in the system's font folders itself.
FONT_NAMES = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf", "Verdana Bold.ttf")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in FONT_NAMES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    # Pillow's own scalable font (Pillow >= 10.1 with FreeType): always there.
    return ImageFont.load_default(size=size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _fit_title(draw: ImageDraw.ImageDraw, title: str, width: int, height: int):
    """The largest font size (and its lines) at which the title fits the box."""
    for size in range(520, 80, -20):
        font = _font(size)
        lines = _wrap(draw, title, font, width)
        widest = max(draw.textlength(line, font=font) for line in lines)
        if widest <= width and len(lines) * size * 1.2 <= height:
            return font, lines, size
    font = _font(80)
    return font, _wrap(draw, title, font, width), 80


@lru_cache(maxsize=4)  # the MP3s' cover frame, output/cover.png and every talking book: draw it once
def generate_cover(title: str, subtitle: str = "Plain-language health, read aloud") -> bytes:
    """A 3000 x 3000 RGB PNG: the title in large white type on navy, a yellow rule, a subtitle."""
    image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = SIZE - 2 * MARGIN
    font, lines, size = _fit_title(draw, title.strip() or "Podcast", width, int(SIZE * 0.55))
    line_height = int(size * 1.2)
    y = MARGIN + 200
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=FOREGROUND)
        y += line_height
    y += 80
    draw.rectangle((MARGIN, y, MARGIN + 900, y + 40), fill=ACCENT)
    small = _font(140)
    sub_lines = _wrap(draw, subtitle, small, width)
    y = SIZE - MARGIN - len(sub_lines) * 170
    for line in sub_lines:
        draw.text((MARGIN, y), line, font=small, fill=ACCENT)
        y += 170
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _check_cover(path: Path) -> str:
    """The given cover's extension after checking it is a square RGB PNG/JPEG of a size apps accept."""
    if not path.is_file():
        raise ConfigError(f"[show] cover: {path.name} not found")
    try:
        with Image.open(path) as image:
            fmt, (w, h), mode = image.format, image.size, image.mode
    except (UnidentifiedImageError, OSError):
        raise ConfigError(f"[show] cover: {path.name} is not an image") from None
    if fmt not in ("PNG", "JPEG"):
        raise ConfigError(f"[show] cover: {path.name} is {fmt}; podcast apps need PNG or JPEG")
    if w != h or not MIN_SIZE <= w <= SIZE:
        raise ConfigError(f"[show] cover: {path.name} is {w}x{h}; it must be square, "
                          f"{MIN_SIZE} to {SIZE} pixels wide")
    if mode not in ("RGB", "L", "P"):
        raise ConfigError(f"[show] cover: {path.name} is in {mode} colour; save it as RGB")
    return ".png" if fmt == "PNG" else ".jpg"


def cover_name(settings: Settings) -> str:
    """"cover.png" or "cover.jpg": the published cover's name (checked when it is the user's)."""
    if settings.show.cover:
        return "cover" + _check_cover(settings.resolve(settings.show.cover))
    return "cover.png"


def cover_image(settings: Settings) -> bytes:
    """The cover's bytes: the user's image as it is, or one generated from the show's title."""
    if settings.show.cover:
        return settings.resolve(settings.show.cover).read_bytes()
    return generate_cover(settings.show.title)
