"""Label layout: what goes where on one label, as drawing items in millimetres.

A label kind says *what* to print (`LabelContent`); `layout_label` decides *where*, fitting
the heading in the largest type that fits its area (wrapping to two lines if that gives a
bigger type, shrinking, and only at the smallest type cutting with an ellipsis) and keeping
every text area clear of the barcode.  The items are drawn by the PDF, PNG and ZPL
renderers alike, so all three outputs agree.

Coordinates: millimetres from the label's top-left corner, y growing downwards.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from reports.barcodes import MIN_BAR_HEIGHT_MM, BarcodeGeometry, fit_barcode
from reports.fonts import BOLD, REGULAR, ascent_descent, text_width

PT_PER_MM = 72 / 25.4
LINE_SPACING = 1.18  # line pitch as a multiple of the type size (DejaVu needs ~1.17)
MIN_TYPE_PT = 5.0
ELLIPSIS = "…"
MIN_CHARS_PER_LINE = 16


@dataclass(frozen=True)
class TextItem:
    """One line of text: its left end at `x`, its baseline at `baseline` (mm)."""

    x: float
    baseline: float
    text: str
    font: str
    size: float  # points
    width: float  # mm, as measured with the embedded font

    @property
    def top(self) -> float:
        return self.baseline - ascent_descent(self.font, self.size)[0] / PT_PER_MM

    @property
    def bottom(self) -> float:
        return self.baseline - ascent_descent(self.font, self.size)[1] / PT_PER_MM


@dataclass(frozen=True)
class RectItem:
    """A filled black rectangle (rules, card borders)."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class BarcodeItem:
    """A barcode whose quiet zone starts at (x, y); renderers snap it to whole dots."""

    x: float
    y: float
    geometry: BarcodeGeometry


Item = TextItem | RectItem | BarcodeItem


@dataclass(frozen=True)
class LabelContent:
    """What one label says.  `heading` gets the largest type; `details` are small lines."""

    code: str
    heading: str
    subheading: str = ""
    details: tuple[str, ...] = ()
    footer: str = ""
    note: str = ""  # a longer line that may wrap (a van load's contents)
    bar_height_mm: float = 13.0
    kind: str = "box"
    border: bool = False  # bench cards get a cut line


@dataclass
class Label:
    width: float
    height: float
    content: LabelContent
    items: list[Item] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [item.text for item in self.items if isinstance(item, TextItem)]


# --- text fitting ------------------------------------------------------------------------


def _width_mm(text: str, font: str, size: float) -> float:
    return text_width(text, font, size) / PT_PER_MM


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str] | None:
    """Greedy word wrap; None if it needs more than `max_lines` or a word is too wide."""
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if _width_mm(candidate, font, size) <= width:
            current = candidate
            continue
        if not current or _width_mm(word, font, size) > width:
            return None
        lines.append(current)
        current = word
        if len(lines) >= max_lines:
            return None
    lines.append(current)
    return lines if len(lines) <= max_lines else None


def _line_height_mm(size: float) -> float:
    return size * LINE_SPACING / PT_PER_MM


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if _width_mm(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _width_mm(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


@functools.lru_cache(maxsize=16384)
def fit_text(
    text: str, font: str, width: float, height: float, max_size: float, max_lines: int = 1
) -> tuple[float, tuple[str, ...]]:
    """The largest type size (pt) and lines that fit `text` into width x height mm.

    Never gives lines wider than `width`: at the smallest type a text that still does not
    fit is cut with an ellipsis.
    """
    text = " ".join(text.split())
    best: tuple[float, tuple[str, ...]] | None = None
    for lines_allowed in range(1, max_lines + 1):
        by_height = height / (lines_allowed * LINE_SPACING) * PT_PER_MM
        high = min(max_size, by_height)
        if high < MIN_TYPE_PT or (best and high <= best[0]):
            continue
        low = MIN_TYPE_PT
        found: tuple[float, tuple[str, ...]] | None = None
        wrapped = _wrap(text, font, high, width, lines_allowed)
        if wrapped is not None:
            found = (high, tuple(wrapped))
        else:
            for _ in range(10):
                middle = (low + high) / 2
                wrapped = _wrap(text, font, middle, width, lines_allowed)
                if wrapped is None:
                    high = middle
                else:
                    low = middle
                    found = (middle, tuple(wrapped))
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is not None:
        return best
    # Nothing fits whole (a word wider than the label, or far too much text): use every
    # line allowed, in type small enough to show a fair part of it, breaking inside words
    # and ending with an ellipsis.
    size = min(
        max_size,
        height / (max_lines * LINE_SPACING) * PT_PER_MM,
        width * PT_PER_MM / (MIN_CHARS_PER_LINE * 0.6),
    )
    size = max(MIN_TYPE_PT, size)
    return size, tuple(_hard_wrap(text, font, size, width, max_lines))


def _hard_wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        low, high = 1, len(rest)
        while low < high:  # the longest prefix that fits
            middle = (low + high + 1) // 2
            if _width_mm(rest[:middle], font, size) <= width:
                low = middle
            else:
                high = middle - 1
        cut = low
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0 and cut < len(rest):
            cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        lines.append(_ellipsize(rest, font, size, width))
    return lines


def place_text(
    items: list[Item],
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    font: str = REGULAR,
    max_size: float = 200.0,
    max_lines: int = 1,
    align: str = "left",
    valign: str = "middle",
) -> float:
    """Fit `text` into the box and append its lines; returns the height used (mm)."""
    if not text or width <= 0 or height <= 0:
        return 0.0
    size, lines = fit_text(text, font, round(width, 3), round(height, 3), max_size, max_lines)
    ascent, descent = ascent_descent(font, size)
    pitch = _line_height_mm(size)
    block = pitch * (len(lines) - 1) + (ascent - descent) / PT_PER_MM
    top = y
    if valign == "middle":
        top = y + max(0.0, (height - block) / 2)
    elif valign == "bottom":
        top = y + max(0.0, height - block)
    baseline = top + ascent / PT_PER_MM
    for line in lines:
        line_width = _width_mm(line, font, size)
        if align == "center":
            left = x + (width - line_width) / 2
        elif align == "right":
            left = x + width - line_width
        else:
            left = x
        items.append(TextItem(left, baseline, line, font, size, line_width))
        baseline += pitch
    return block


def place_lines(
    items: list[Item],
    lines: list[tuple[str, str]],
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    max_size: float = 200.0,
    align: str = "left",
) -> None:
    """Several (text, font) lines one under another, all in one type size that fits each."""
    if not lines or height <= 0:
        return
    pitch = height / len(lines)
    size = min(
        fit_text(" ".join(text.split()), font, round(width, 3), round(pitch, 3), max_size)[0]
        for text, font in lines
    )
    for i, (text, font) in enumerate(lines):
        place_text(
            items, text, x, y + i * pitch, width, pitch, font=font, max_size=size, align=align
        )


# --- whole labels ----------------------------------------------------------------------


def layout_label(
    content: LabelContent, width: float, height: float, dpi: int, margin: float
) -> Label:
    """Lay `content` out on a width x height mm label printed at `dpi`."""
    label = Label(width, height, content)
    items = label.items
    inner_w = width - 2 * margin
    inner_h = height - 2 * margin
    if content.border:
        rule = 0.3
        items += [
            RectItem(0.5, 0.5, width - 1, rule),
            RectItem(0.5, height - 0.5 - rule, width - 1, rule),
            RectItem(0.5, 0.5, rule, height - 1),
            RectItem(width - 0.5 - rule, 0.5, rule, height - 1),
        ]
    if width / height >= 2.0:
        _layout_wide(content, items, margin, inner_w, inner_h, dpi)
    else:
        _layout_tall(content, items, margin, inner_w, inner_h, dpi)
    return label


def _code_text_height(inner_h: float) -> float:
    return min(6.0, max(3.6, inner_h * 0.07))


def _barcode_with_code(
    items: list[Item],
    content: LabelContent,
    x: float,
    y: float,
    geometry: BarcodeGeometry,
    hr_h: float,
) -> None:
    """The bars and, under them, the code in type that fits between the quiet zones."""
    items.append(BarcodeItem(x, y, geometry))
    quiet = geometry.quiet_modules * geometry.module_mm
    place_text(
        items,
        content.code,
        x + quiet,
        y + geometry.height_mm + 0.3,
        geometry.width_mm - 2 * quiet,
        hr_h - 0.3,
        font=BOLD,
        max_size=28,
        align="center",
    )


def _detail_lines(content: LabelContent) -> list[tuple[str, str]]:
    lines = [(line, BOLD) for line in content.details if line]
    if content.footer:
        lines.append((content.footer, REGULAR))
    return lines


def _layout_wide(
    content: LabelContent, items: list[Item], m: float, w: float, h: float, dpi: int
) -> None:
    """Sticker-sheet shape (99 x 38 mm): headings on top, barcode bottom left, details beside."""
    hr_h = _code_text_height(h)
    lines = _detail_lines(content)
    # A 25 mm van barcode leaves no room above it: the heading goes beside the bars.
    heading_beside = h - (max(content.bar_height_mm, MIN_BAR_HEIGHT_MM) + hr_h) - 1.0 < 9.0
    has_side = bool(lines or content.note) or heading_beside
    geometry = fit_barcode(content.code, w * (0.6 if has_side else 1.0), dpi, content.bar_height_mm)
    bottom_h = geometry.height_mm + hr_h
    top_h = h - bottom_h - 1.0
    bar_x = m if has_side else m + (w - geometry.width_mm) / 2
    bar_y = m + h - bottom_h
    _barcode_with_code(items, content, bar_x, bar_y, geometry, hr_h)
    if heading_beside:
        pass  # placed with the side lines below
    elif content.subheading:
        head_h = top_h * 0.66
        place_text(items, content.heading, m, m, w, head_h, font=BOLD, max_lines=2)
        place_text(items, content.subheading, m, m + head_h, w, top_h - head_h)
    else:
        place_text(items, content.heading, m, m, w, top_h, font=BOLD, max_lines=2)
    if has_side:
        side_x = m + geometry.width_mm + 1.5
        side_w = m + w - side_x
        side_y = bar_y
        side_total = bottom_h
        if heading_beside:
            side_y, side_total = m, h
            head_h = h * 0.42
            place_text(
                items,
                content.heading,
                side_x,
                m,
                side_w,
                head_h,
                font=BOLD,
                max_lines=2,
                valign="top",
            )
            side_y += head_h
            side_total -= head_h
        note_h = side_total * 0.4 if content.note else 0.0
        side_h = min(side_total - note_h, len(lines) * 6.0)
        place_lines(items, lines, side_x, side_y, side_w, side_h)
        if content.note:
            place_text(
                items, content.note, side_x, side_y + side_h, side_w, side_total - side_h,
                max_lines=3, valign="top", max_size=10,
            )  # fmt: skip


def _shifted(item: Item, dy: float) -> Item:
    if isinstance(item, TextItem):
        return replace(item, baseline=item.baseline + dy)
    return replace(item, y=item.y + dy)


def _layout_tall(
    content: LabelContent, items: list[Item], m: float, w: float, h: float, dpi: int
) -> None:
    """Roll and half-page shapes: heading, subheading, details stacked above the barcode.

    Each block is fitted into its share of the height, then the blocks are spread out so
    the white space between them is even.
    """
    hr_h = _code_text_height(h)
    bar_h = max(content.bar_height_mm, min(h * 0.22, 40.0))
    geometry = fit_barcode(content.code, w, dpi, bar_h)
    bottom_h = geometry.height_mm + hr_h
    bar_y = m + h - bottom_h
    _barcode_with_code(items, content, m + (w - geometry.width_mm) / 2, bar_y, geometry, hr_h)

    lines = _detail_lines(content)
    space = bar_y - m - 1.0
    weights = {"heading": 5.0}
    if content.subheading:
        weights["subheading"] = 2.2
    if lines:
        weights["details"] = min(3.5, 1.0 * len(lines))
    if content.note:
        weights["note"] = 2.0
    total = sum(weights.values())
    shares = {name: space * weight / total for name, weight in weights.items()}
    blocks: list[tuple[list[Item], float]] = []
    for name, share in shares.items():
        block: list[Item] = []
        if name == "heading":
            used = place_text(
                block, content.heading, m, 0, w, share, font=BOLD, max_lines=3,
                align="center", valign="top",
            )  # fmt: skip
        elif name == "subheading":
            used = place_text(
                block, content.subheading, m, 0, w, share, max_lines=2, align="center",
                valign="top",
            )  # fmt: skip
        elif name == "details":
            place_lines(
                block,
                lines,
                m,
                0,
                w,
                share,
                max_size=share / len(lines) * 1.6 * PT_PER_MM,
                align="center",
            )
            used = max((i.bottom for i in block if isinstance(i, TextItem)), default=0.0)
        else:
            used = place_text(
                block, content.note, m, 0, w, share, max_lines=3, align="center",
                valign="top", max_size=16,
            )  # fmt: skip
        blocks.append((block, used))
    gap = max(0.0, (space - sum(used for _, used in blocks)) / (len(blocks) + 1))
    y = m + gap
    for block, used in blocks:
        items.extend(_shifted(item, y) for item in block)
        y += used + gap
