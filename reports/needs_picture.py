"""The public needs list as a picture to post: 1080×1350 pixels (a 4:5 portrait post).

The warehouse's name, the date and the ten most needed categories, biggest shortfall
first (`stock.needs_list()`, the ranking every needs list uses), each named in the label
languages: the first language large, the second underneath (Arabic script shaped and
right to left, in the embedded fonts, through the label renderer's text drawing).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PIL import Image, ImageDraw

from reports.fonts import BOLD, REGULAR, has_rtl, text_width
from reports.labels import Languages, category_names, label_languages, warehouse_name, words
from reports.layout import TextItem
from reports.render import draw_text_pil
from reports.sheets import check_output, write_bytes
from warehouse_desktop import localtime, stock
from warehouse_desktop.models import Category

WIDTH, HEIGHT = 1080, 1350
MARGIN = 56
SHOWN = 10
BAND = "#ffe08a"  # a warm band behind the heading: the post stands out in a feed
ROW_TINT = "#f3f3f3"
# The heading and closing line in each label language (English where one is missing).
HEADLINES = {
    "en": ("Most needed now", "Thank you for giving!"),
    "fr": ("Besoins prioritaires", "Merci pour vos dons !"),
    "ar": ("الأكثر حاجة الآن", "شكراً لعطائكم"),
    "fa": ("بیشترین نیاز", "از کمک شما سپاسگزاریم"),
}
BOXES_SHORT = {"en": "boxes short", "fr": "cartons manquants", "ar": "صناديق ناقصة"}


def _in(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table["en"]


def _fit(
    text: str, font: str, size: float, width: float, smallest: float = 18
) -> tuple[str, float]:
    """`text` at the largest size up to `size` that fits `width` pixels; cut with "…" when
    even the smallest is too wide."""
    while size > smallest and text_width(text, font, size) > width:
        size -= 1
    if text_width(text, font, size) <= width:
        return text, size
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def _line(
    draw: ImageDraw.ImageDraw,
    x: float,
    baseline: float,
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    right: bool = False,
) -> None:
    """One line fitted to `width`, from `x` (or ending at `x + width` when `right`)."""
    text, size = _fit(text, font, size, width)
    if right:
        x += width - text_width(text, font, size)
    # At 72 dpi a point is a pixel: the label renderer's drawing works in pixels as is.
    draw_text_pil(draw, x, baseline, TextItem(0.0, 0.0, text, font, size, 0.0), 72)


def _two_languages(
    table: dict[str, tuple[str, str]], langs: Languages, index: int
) -> tuple[str, str]:
    """One of `table`'s phrases in the primary language and, when it differs, the second."""
    first = (table.get(langs.primary) or table["en"])[index]
    second = (table.get(langs.second) or table["en"])[index] if langs.second else ""
    return first, "" if second == first else second


def needs_picture(day: dt.date | None = None, langs: Languages | None = None) -> Image.Image:
    """The picture, as a Pillow RGB image of exactly 1080×1350 pixels."""
    day = day or localtime.today()  # the warehouse's day, not the machine's
    langs = langs or label_languages()
    needs = stock.needs_list()[:SHOWN]
    categories = {
        c.id: c for c in Category.select().where(Category.id.in_([n.category_id for n in needs]))
    } if needs else {}  # fmt: skip
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    inner = WIDTH - 2 * MARGIN

    draw.rectangle((0, 0, WIDTH, 250), fill=BAND)
    _line(draw, MARGIN, 96, warehouse_name(), BOLD, 58, inner)
    heading, heading_second = _two_languages(HEADLINES, langs, 0)
    _line(draw, MARGIN, 160, heading, BOLD, 44, inner * 0.7)
    if heading_second:
        _line(draw, MARGIN, 216, heading_second, REGULAR, 36, inner * 0.7,
              right=has_rtl(heading_second))  # fmt: skip
    _line(draw, MARGIN + inner * 0.7, 160, day.isoformat(), BOLD, 34, inner * 0.3, right=True)

    top, row = 280, 94
    if not needs:
        nothing = "Nothing is short today: every category is at its target."
        _line(draw, MARGIN, top + 80, nothing, BOLD, 36, inner)
    unit = str(_in(BOXES_SHORT, langs.primary))
    for rank, need in enumerate(needs, 1):
        y = top + (rank - 1) * row
        if rank % 2:
            draw.rectangle((MARGIN - 16, y, WIDTH - MARGIN + 16, y + row - 6), fill=ROW_TINT)
        _line(draw, MARGIN, y + 58, f"{rank}.", BOLD, 40, 70)
        category = categories.get(need.category_id)
        first, second = category_names(category, langs) if category else (need.category, "")
        gender = words(langs.primary).get(need.gender, "")
        if gender:
            first = f"{first} ({gender})"
        names_left, names_width = MARGIN + 78, inner - 78 - 200
        _line(draw, names_left, y + (44 if second else 60), first, BOLD, 36, names_width)
        if second:
            _line(draw, names_left, y + 80, second, REGULAR, 28, names_width, right=has_rtl(second))
        _line(draw, WIDTH - MARGIN - 190, y + 48, str(need.shortfall), BOLD, 44, 190, right=True)
        _line(draw, WIDTH - MARGIN - 190, y + 80, unit, REGULAR, 20, 190, right=True)

    closing, closing_second = _two_languages(HEADLINES, langs, 1)
    footer = f"{closing} · {closing_second}" if closing_second else closing
    draw.rectangle((0, HEIGHT - 110, WIDTH, HEIGHT), fill=BAND)
    _line(draw, MARGIN, HEIGHT - 46, footer, BOLD, 34, inner)
    return image


def write_needs_picture(path: Path | str, day: dt.date | None = None) -> Path:
    """Write the picture to `path` (.png), whole or not at all."""
    path = check_output(path, (".png",))
    buffer = io.BytesIO()
    needs_picture(day).save(buffer, format="PNG", optimize=True)
    write_bytes(path, buffer.getvalue())
    return path
