"""A printable A4 flyer for one offer in one language, with a QR code into the bot.

The QR code opens the Telegram deep link ``https://t.me/<bot>?start=<lang>-<offer>``: the
person lands on the offer card in the flyer's language. Arabic and Persian need text shaping
(Pillow's raqm layout, which loads the system's FriBiDi); without it an RTL flyer is refused
rather than printed with broken letters.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont, features

from bot.catalogue.model import Offer
from bot.i18n.languages import Languages
from bot.i18n.translator import Translator
from bot.staff import fonts

DPI = 150
WIDTH, HEIGHT = 1240, 1754  # A4 at 150 dpi
MARGIN = 90
QR_SIZE = 420
TEXT_SCALES = (1.0, 0.9, 0.8, 0.7)
BAND, INK, MUTED, WARNING = "#0B5D7A", "#1A1A1A", "#555555", "#A33A00"
_MISSING_GLYPH = "\U0010ffff"  # never in a font: its bitmap is the font's "missing" box


class FlyerError(Exception):
    """The flyer cannot be made well on this machine; the message says what to install."""


def deep_link(bot_username: str, language: str, offer_id: str) -> str:
    return f"https://t.me/{bot_username}?start={language}-{offer_id}"


@dataclass(frozen=True)
class Flyer:
    image: Image.Image
    notes: tuple[str, ...]  # what was left out, for the person printing it

    def save(self, path: Path) -> None:
        """PNG, or PDF when the name ends in .pdf."""
        if path.suffix.lower() == ".pdf":
            self.image.save(path, format="PDF", resolution=DPI)
        else:
            self.image.save(path, format="PNG", dpi=(DPI, DPI))


def render_flyer(
    offer: Offer, t: Translator, languages: Languages, link: str, now: datetime
) -> Flyer:
    t = replace(t, today=None)  # paper is read for weeks: no "today" or "tomorrow" on it
    raqm = bool(features.check("raqm"))
    if t.rtl and not raqm:
        raise FlyerError(
            "Arabic and Persian need Pillow's raqm layout, which needs FriBiDi "
            "(Debian: apt-get install libfribidi0)."
        )
    notes: list[str] = []
    if fonts.font_file() is None:
        notes.append(
            "no DejaVu/Noto font: only Latin letters print correctly (Debian: fonts-dejavu-core)"
        )
    if not _has_glyph(fonts.load(66, bold=True), offer.icon):
        notes.append(f"icon {offer.icon} left out: the font has no such picture")
    # Long texts get smaller letters rather than a second page or cut-off lines.
    for scale in TEXT_SCALES:
        page = _layout(offer, t, languages, link, now, scale, raqm)
        if not page.overflowed:
            break
    else:
        notes.append(
            "the texts are too long for one page: the last lines are cut off; shorten the details"
        )
    return Flyer(page.image, tuple(notes))


def _layout(
    offer: Offer,
    t: Translator,
    languages: Languages,
    link: str,
    now: datetime,
    scale: float,
    raqm: bool,
) -> _Page:
    def font(size: int, bold: bool = False) -> fonts.Font:
        return fonts.load(round(size * scale), bold)

    page = _Page(t, raqm)
    chain = t.chain
    heading = font(66, bold=True)
    title = offer.text("title", chain)
    if _has_glyph(heading, offer.icon):
        title = f"{offer.icon} {title}"
    band_height = 120 + len(page.wrap(title, heading, WIDTH - 2 * MARGIN)) * _line_height(heading)
    page.draw.rectangle((0, 0, WIDTH, band_height), fill=BAND)
    page.y = 60
    page.paragraph(title, heading, fill="white")
    page.y = band_height + 50

    body, label = font(32), font(32, bold=True)
    page.paragraph(offer.text("summary", chain), font(38, bold=True))
    page.y += 20
    weekly = [t.isolate(t.weekly(w.weekday, w.start, w.end)) for w in offer.schedule.weekly]
    one_off = [
        t.isolate(t.when(o.start, o.end))
        for o in offer.next_occurrences(now, 3)
        if _one_off(offer, o.start)
    ]
    if weekly or one_off:
        page.section(
            t._("Every week:") if weekly else t._("Next dates:"), weekly + one_off, label, body
        )
    location = offer.location
    page.section(t._("Where:"), [location.name, location.address], label, body)
    page.section(t._("Cost:"), [offer.text("cost", chain)], label, body)
    page.section(t._("For:"), [offer.text("audience", chain)], label, body)
    page.section(t._("Bring:"), [offer.text("bring", chain)], label, body)
    if offer.languages:
        names = t.join(languages[c].name if c in languages else c for c in offer.languages)
        page.section(t._("Languages spoken:"), [names], label, body)
    page.y += 10
    page.paragraph(offer.text("details", chain), body, fill=MUTED)
    if offer.example or location.example:
        page.y += 20
        page.paragraph(
            t._("Example data: staff still have to confirm times and place."), label, fill=WARNING
        )
    page.qr_footer(
        link, t._("Scan the code with your phone camera to ask us in Telegram."), body, font(26)
    )
    return page


def _one_off(offer: Offer, start: datetime) -> bool:
    return any(d.day == start.date() for d in offer.schedule.dates)


def _has_glyph(font: fonts.Font, text: str) -> bool:
    if not isinstance(font, ImageFont.FreeTypeFont):
        return text.isascii()
    return bytes(font.getmask(text[0])) != bytes(font.getmask(_MISSING_GLYPH))


class _Page:
    """Top-to-bottom text layout that wraps words and aligns to the reading direction."""

    def __init__(self, t: Translator, raqm: bool) -> None:
        self.image = Image.new("RGB", (WIDTH, HEIGHT), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.rtl = t.rtl
        self.raqm = raqm
        # Basic layout cannot take direction/language; raqm shapes and orders RTL text.
        self.direction = ("rtl" if t.rtl else "ltr") if raqm else None
        self.language = t.code if raqm else None
        self.y = MARGIN
        self.qr_top = HEIGHT - MARGIN - QR_SIZE
        self.overflowed = False

    def paragraph(self, text: str, font: fonts.Font, *, fill: str = INK, indent: int = 0) -> None:
        """Wrapped to the page width, and beside the QR code once the text reaches it."""
        words = text.split()
        while words:
            beside_code = self.y + _line_height(font) > self.qr_top
            width = WIDTH - 2 * MARGIN - indent - (QR_SIZE + 50 if beside_code else 0)
            line = self.wrap(" ".join(words), font, width)[0]
            self._line(line, font, fill, indent)
            words = words[len(line.split()) :]

    def section(
        self, heading: str, lines: Iterable[str], label: fonts.Font, body: fonts.Font
    ) -> None:
        self.paragraph(heading, label)
        for line in lines:
            self.paragraph(line, body, indent=40)
        self.y += 16

    def qr_footer(self, link: str, caption: str, font: fonts.Font, small: fonts.Font) -> None:
        qr = _qr_image(link)
        top = self.qr_top
        qr_left = MARGIN if self.rtl else WIDTH - MARGIN - QR_SIZE
        offset = (QR_SIZE - qr.width) // 2
        self.image.paste(qr, (qr_left + offset, top + offset))
        self.y = max(top + 40, self.y + 20)
        self.paragraph(caption, font)
        self.y += 20
        # The link printed too, for people who type it: always left to right.
        self._line(link.removeprefix("https://"), small, MUTED, 0, ltr=True)

    def _line(
        self, text: str, font: fonts.Font, fill: str, indent: int, *, ltr: bool = False
    ) -> None:
        if self.y + _line_height(font) > HEIGHT - MARGIN // 2:
            self.overflowed = True  # dropped, and reported: better than text off the paper
            return
        x = WIDTH - MARGIN - indent if self.rtl else MARGIN + indent
        self._text(x, self.y, text, font, fill, ltr=ltr)
        self.y += _line_height(font)

    def _text(
        self, x: float, y: float, text: str, font: fonts.Font, fill: str, *, ltr: bool = False
    ) -> None:
        """Aligned to the page's reading side; ``ltr`` keeps a link in its own order."""
        direction = "ltr" if ltr and self.raqm else self.direction
        self.draw.text(
            (x, y),
            text,
            font=font,
            fill=fill,
            anchor="ra" if self.rtl else "la",
            direction=direction,
            language=self.language,
        )

    def wrap(self, text: str, font: fonts.Font, width: int) -> list[str]:
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            current = ""
            for word in paragraph.split():
                candidate = f"{current} {word}".strip()
                length = self.draw.textlength(
                    candidate, font=font, direction=self.direction, language=self.language
                )
                if current and length > width:
                    lines.append(current)
                    current = word
                else:
                    current = candidate
            lines.append(current)
        return lines


def _line_height(font: fonts.Font) -> int:
    size = font.size if isinstance(font, ImageFont.FreeTypeFont) else 16
    return int(size * 1.35)


def _qr_image(link: str) -> Image.Image:
    """Whole pixels per module (no resampling), as large as fits the QR area."""
    code = segno.make(link, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=QR_SIZE // modules, border=4)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")
