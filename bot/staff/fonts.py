"""A font with Latin, Cyrillic and Arabic letters for the chart and the flyers.

DejaVu Sans covers every script the bot speaks (Romanian ș/ț, Bulgarian and Ukrainian
Cyrillic, Arabic and Persian letters); Debian ships it as ``fonts-dejavu-core``. Without it
Pillow's built-in font is used, which has Latin letters only: callers say so.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    ),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def font_file(bold: bool = False) -> Path | None:
    """The first installed candidate, or None when only Pillow's Latin font is left."""
    for regular, heavy in CANDIDATES:
        path = Path(heavy if bold else regular)
        if path.is_file():
            return path
    return None


def load(size: int, bold: bool = False) -> Font:
    path = font_file(bold)
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size)
