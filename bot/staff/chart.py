# German typography (in the comment below) is intended:
"""The weekly new contacts as a stacked bar chart (PNG), one colour per language."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from bot.staff import fonts
from bot.staff.stats import Stats

WIDTH, HEIGHT = 960, 540
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 70, 170, 70, 60
# Colour-blind-safe (Okabe–Ito), then greys for any further language.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#999999",
    "#BBBBBB",
)
INK, GRID = "#222222", "#DDDDDD"


def contacts_chart(stats: Stats) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    title, small = fonts.load(26, bold=True), fonts.load(16)
    draw.text((MARGIN_LEFT, 22), "Neue Kontakte pro Woche, nach Sprache", font=title, fill=INK)

    languages = sorted(
        {code for week in stats.weeks for code in stats.contacts[week]},
        key=lambda code: -sum(stats.contacts[w][code] for w in stats.weeks),
    )
    colours = {code: PALETTE[min(i, len(PALETTE) - 1)] for i, code in enumerate(languages)}
    top = max([stats.contacts_in(week) for week in stats.weeks] + [1])
    step = _nice_step(top)
    scale_top = -(-top // step) * step
    plot_bottom, plot_height = HEIGHT - MARGIN_BOTTOM, HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    plot_right = WIDTH - MARGIN_RIGHT

    for value in range(0, scale_top + 1, step):
        y = plot_bottom - plot_height * value / scale_top
        draw.line((MARGIN_LEFT, y, plot_right, y), fill=GRID)
        draw.text((MARGIN_LEFT - 10, y), str(value), font=small, fill=INK, anchor="rm")

    slot = (plot_right - MARGIN_LEFT) / len(stats.weeks)
    for index, week in enumerate(stats.weeks):
        left = MARGIN_LEFT + index * slot + slot * 0.15
        right = left + slot * 0.7
        y = float(plot_bottom)
        for code in languages:
            height = plot_height * stats.contacts[week][code] / scale_top
            if height:
                draw.rectangle((left, y - height, right, y), fill=colours[code])
                y -= height
        draw.text(
            ((left + right) / 2, plot_bottom + 8),
            f"KW {week.isocalendar().week:02d}",
            font=small,
            fill=INK,
            anchor="mt",
        )

    legend_x, legend_y = plot_right + 30, MARGIN_TOP
    for code in languages:
        draw.rectangle((legend_x, legend_y, legend_x + 18, legend_y + 18), fill=colours[code])
        draw.text((legend_x + 28, legend_y + 9), code, font=small, fill=INK, anchor="lm")
        legend_y += 28
    if not languages:
        draw.text(
            (MARGIN_LEFT + 20, MARGIN_TOP + 20),
            "Noch keine Kontakte in diesem Zeitraum.",
            font=small,
            fill=INK,
        )

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _nice_step(top: int) -> int:
    """A grid step of 1, 2, 5, 10, 20, 50, ... giving at most about six lines."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return step
