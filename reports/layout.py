"""Label layout: what goes where on one label, as drawing items in millimetres.

A label kind says *what* to print (`LabelContent`); `layout_label` decides *where*, fitting
the heading in the largest type that fits its area (wrapping to more lines if that gives a
bigger type) but never below the label's minimum type size: a name too long for the
minimum is cut with an ellipsis, never shrunk to something nobody can read from two
metres.  Every text area is kept clear of the Code128 barcode and of the QR code beside
it.  The items are drawn by the PDF, PNG and ZPL renderers alike, so all three agree.

Minimum sizes (points): the heading 14 on sticker sheets (wide labels) and 24 on rolls
and half pages (tall labels), never smaller than the code printed under the bars (a van's
destination is at least as large as its code); the second-language name 10 / 14; detail
lines 8 / 10.  Nothing is drawn closer than `margin` (at least 2.5 mm) to the label's edge.

Coordinates: millimetres from the label's top-left corner, y growing downwards.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from reports.barcodes import (
    MIN_BAR_HEIGHT_MM,
    BarcodeGeometry,
    QrGeometry,
    fit_barcode,
    fit_qr,
)
from reports.fonts import BOLD, REGULAR, ascent_descent, text_width

PT_PER_MM = 72 / 25.4
LINE_SPACING = 1.18  # line pitch as a multiple of the type size (DejaVu needs ~1.17)
DETAIL_SPACING = 1.165  # detail lines: as tight as DejaVu's ascent + descent allow
MIN_TYPE_PT = 5.0
ELLIPSIS = "…"
MIN_MARGIN_MM = 2.5


@dataclass(frozen=True)
class TypeRules:
    """The smallest type each part of a label may be set in (points)."""

    heading: float
    subheading: float
    detail: float


WIDE_RULES = TypeRules(heading=14.0, subheading=10.0, detail=8.0)
TALL_RULES = TypeRules(heading=24.0, subheading=14.0, detail=10.0)


@dataclass(frozen=True)
class TextItem:
    """One line of text: its left end at `x`, its baseline at `baseline` (mm)."""

    x: float
    baseline: float
    text: str
    font: str
    size: float  # points
    width: float  # mm, as measured with the embedded font
    role: str = ""  # heading, subheading, detail, note, code

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


@dataclass(frozen=True)
class QrItem:
    """A QR code whose quiet zone's top-left corner is at (x, y)."""

    x: float
    y: float
    geometry: QrGeometry


Item = TextItem | RectItem | BarcodeItem | QrItem


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
    # A short line printed large and bold (a box's expiry month: "EXP 2027-03").
    banner: str = ""


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


def lines_that_fit(height: float, size: float) -> int:
    """How many lines of `size` pt fit in `height` mm (at least one)."""
    return max(1, int((height + 1e-6) / _line_height_mm(size)))


@functools.lru_cache(maxsize=16384)
def fit_text(
    text: str,
    font: str,
    width: float,
    height: float,
    max_size: float,
    max_lines: int = 1,
    min_size: float = MIN_TYPE_PT,
) -> tuple[float, tuple[str, ...]]:
    """The largest type size (pt) and lines that fit `text` into width x height mm.

    Never smaller than `min_size` and never wider than `width`: a text that does not fit
    whole at `min_size` is set at `min_size` on as many lines as the height allows,
    broken inside words if it must, and cut with an ellipsis.
    """
    text = " ".join(text.split())
    max_size = max(max_size, min_size)
    best: tuple[float, tuple[str, ...]] | None = None
    for lines_allowed in range(1, max_lines + 1):
        by_height = height / (lines_allowed * LINE_SPACING) * PT_PER_MM
        high = min(max_size, by_height)
        if high < min_size or (best and high <= best[0]):
            continue
        low = min_size
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
            if found is None:
                wrapped = _wrap(text, font, min_size, width, lines_allowed)
                if wrapped is not None:
                    found = (min_size, tuple(wrapped))
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is not None:
        return best
    # Nothing fits whole at the minimum (a word wider than the label, or far too much
    # text): the minimum size, every line the height allows, an ellipsis at the end.
    size = min_size
    lines = min(max_lines, lines_that_fit(height, size))
    return size, tuple(_hard_wrap(text, font, size, width, lines))


def _hard_wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        if _width_mm(rest, font, size) <= width:
            break
        low, high = 1, len(rest)
        while low < high:  # the longest prefix that fits
            middle = (low + high + 1) // 2
            if _width_mm(rest[:middle], font, size) <= width:
                low = middle
            else:
                high = middle - 1
        cut = low
        space = rest.rfind(" ", 0, cut + 1)
        hyphen = rest.rfind("-", 0, cut)
        if space > 0 and cut < len(rest):
            cut = space
        elif hyphen > 0 and cut < len(rest):
            cut = hyphen + 1  # "Grande-" / "Synthe" rather than "Grande-Syn" / "the"
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
    min_size: float = MIN_TYPE_PT,
    max_lines: int = 1,
    align: str = "left",
    valign: str = "middle",
    role: str = "",
) -> float:
    """Fit `text` into the box and append its lines; returns the height used (mm)."""
    if not text or width <= 0 or height <= 0:
        return 0.0
    size, lines = fit_text(
        text, font, round(width, 3), round(height, 3), max_size, max_lines, min_size
    )
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
        items.append(TextItem(left, baseline, line, font, size, line_width, role))
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
    min_size: float = MIN_TYPE_PT,
    align: str = "left",
    role: str = "detail",
) -> float:
    """Several (text, font) lines one under another, all in one type size: the largest
    that fits each, but never under `min_size` (a line too long for it is cut with "…").
    Returns the height used (mm)."""
    if not lines or height <= 0:
        return 0.0
    tightest = min_size * DETAIL_SPACING / PT_PER_MM
    pitch = max(height / len(lines), tightest)
    lines = lines[: max(1, int((height + 1e-6) / tightest))]
    # A line may wrap once when its share of the height holds two lines at the minimum.
    wrap = 2 if pitch >= 2 * _line_height_mm(min_size) else 1
    size = min(
        fit_text(" ".join(text.split()), font, round(width, 3), round(pitch, 3), max_size,
                 wrap)[0]
        for text, font in lines
    )  # fmt: skip
    size = max(size, min_size)
    for i, (text, font) in enumerate(lines):
        place_text(
            items, text, x, y + i * pitch, width, pitch, font=font, max_size=size,
            min_size=size, max_lines=wrap, align=align, role=role,
        )  # fmt: skip
    return pitch * len(lines)


# --- whole labels ----------------------------------------------------------------------


def layout_label(
    content: LabelContent,
    width: float,
    height: float,
    dpi: int,
    margin: float,
    *,
    qr_max_dots: int = 0,
) -> Label:
    """Lay `content` out on a width x height mm label printed at `dpi`.

    `qr_max_dots` caps the QR module (a Zebra's ^BQ magnifies at most 10 dots).
    """
    label = Label(width, height, content)
    items = label.items
    margin = max(margin, MIN_MARGIN_MM)
    if content.border:
        # The cut line sits on the margin (never in a printer's unprintable edge); the
        # content keeps a little air inside it.
        rule = 0.3
        inner_w, inner_h = width - 2 * margin, height - 2 * margin
        items += [
            RectItem(margin, margin, inner_w, rule),
            RectItem(margin, height - margin - rule, inner_w, rule),
            RectItem(margin, margin, rule, inner_h),
            RectItem(width - margin - rule, margin, rule, inner_h),
        ]
        margin += rule + 1.2
    inner_w = width - 2 * margin
    inner_h = height - 2 * margin
    frame = _Frame(margin, inner_w, inner_h, dpi, qr_max_dots, _code_text_height(inner_h))
    shape = _layout_wide if width / height >= 2.0 else _layout_tall
    shape(content, items, frame)
    return label


@dataclass(frozen=True)
class _Frame:
    """The inside of a label the shapes lay out in: its margin, width and height (mm), the
    printer's dpi, the QR module cap and the height of the code printed under the bars."""

    margin: float
    width: float
    height: float
    dpi: int
    qr_max_dots: int
    code_text_height: float

    def parts(self) -> tuple[float, float, float, int, int]:
        """(margin, width, height, dpi, QR module cap): the names the shapes work with."""
        return self.margin, self.width, self.height, self.dpi, self.qr_max_dots


def _code_text_height(inner_h: float) -> float:
    return min(6.0, max(3.6, inner_h * 0.07))


def _barcode_with_code(
    items: list[Item],
    content: LabelContent,
    x: float,
    y: float,
    geometry: BarcodeGeometry,
    hr_h: float,
) -> float:
    """The bars and, under them, the code in type that fits between the quiet zones.
    Returns the code's type size (pt)."""
    items.append(BarcodeItem(x, y, geometry))
    quiet = geometry.quiet_modules * geometry.module_mm
    before = len(items)
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
        role="code",
    )
    return max((i.size for i in items[before:] if isinstance(i, TextItem)), default=0.0)


def _qr(
    items: list[Item], code: str, x_right: float, y: float, side: float, dpi: int, max_dots: int
) -> float:
    """A QR code whose quiet zone is at most `side` mm square, its right edge at `x_right`.
    Returns the width it takes (0 when there is no room for a readable one)."""
    geometry = fit_qr(code, side, dpi, max_dots)
    if geometry is None:
        return 0.0
    items.append(QrItem(x_right - geometry.side_mm, y, geometry))
    return geometry.side_mm


def _detail_lines(content: LabelContent) -> list[tuple[str, str]]:
    # The first detail (a box's size) in bold, the others regular: narrower, so more fits.
    lines = [(line, BOLD if i == 0 else REGULAR) for i, line in enumerate(content.details) if line]
    if content.footer:
        lines.append((content.footer, REGULAR))
    return lines


def _layout_wide(content: LabelContent, items: list[Item], frame: _Frame) -> None:
    """Sticker-sheet shape (99 x 38 mm): heading on top, barcode bottom left, details
    beside it, the QR code in the right-hand column."""
    rules = WIDE_RULES
    m, w, h, dpi, qr_max_dots = frame.parts()
    # The banner shares the row under the heading with the second-language name.
    second_row = bool(content.subheading or content.banner)
    hr_h, lines = frame.code_text_height, _detail_lines(content)
    # The QR column: as tall as the label allows, about a quarter of its width.
    qr_w = _qr(items, content.code, m + w, m + max(0.0, (h - min(h, w * 0.27)) / 2),
               min(h, w * 0.27), dpi, qr_max_dots)  # fmt: skip
    left_w = w - qr_w - (1.5 if qr_w else 0.0)
    # The heading needs room for one line at its minimum (two with a subheading): a tall
    # van barcode gives way down to the 13 mm minimum.
    head_lines = 1 if second_row else len(
        fit_text(" ".join(content.heading.split()), BOLD, round(left_w, 3), 1e6, rules.heading,
                 2, rules.heading)[1]
    )  # fmt: skip
    head_min = head_lines * _line_height_mm(rules.heading) + (
        _line_height_mm(rules.subheading) if second_row else 0.0
    )
    bar_h = max(MIN_BAR_HEIGHT_MM, min(content.bar_height_mm, h - hr_h - 1.0 - head_min))
    has_side = bool(lines or content.note)
    geometry = fit_barcode(content.code, left_w * (0.55 if has_side else 1.0), dpi, bar_h)
    bottom_h = geometry.height_mm + hr_h
    top_h = h - bottom_h - 1.0
    bar_x = m if has_side else m + (left_w - geometry.width_mm) / 2
    bar_y = m + h - bottom_h
    code_size = _barcode_with_code(items, content, bar_x, bar_y, geometry, hr_h)
    head_min_pt = max(rules.heading, code_size)
    if second_row:
        sub_h = max(_line_height_mm(rules.subheading), top_h * 0.34)
        head_h = top_h - sub_h
        place_text(
            items, content.heading, m, m, left_w, head_h, font=BOLD,
            max_lines=lines_that_fit(head_h, head_min_pt), min_size=head_min_pt,
            role="heading",
        )  # fmt: skip
        banner_w = left_w
        if content.subheading and content.banner:
            # As wide as the banner at a size a step above the name's smallest, at most 60 %.
            wanted = _width_mm(" ".join(content.banner.split()), BOLD, rules.subheading * 1.3)
            banner_w = min(left_w * 0.6, wanted + 1.0)
        if content.subheading:
            place_text(
                items, content.subheading, m, m + head_h,
                left_w - banner_w - 2.0 if content.banner else left_w, sub_h,
                min_size=rules.subheading, role="subheading",
            )  # fmt: skip
        if content.banner:
            place_text(
                items, content.banner, m + left_w - banner_w, m + head_h, banner_w, sub_h,
                font=BOLD, align="right" if content.subheading else "left",
                min_size=rules.subheading, role="banner",
            )  # fmt: skip
    else:
        place_text(
            items, content.heading, m, m, left_w, top_h, font=BOLD,
            max_lines=min(2, lines_that_fit(top_h, head_min_pt)), min_size=head_min_pt,
            role="heading",
        )  # fmt: skip
    if has_side:
        side_x = m + geometry.width_mm + 1.5
        side_w = m + left_w - side_x
        note_h = bottom_h * 0.45 if content.note else 0.0
        used = place_lines(
            items, lines, side_x, bar_y, side_w, bottom_h - note_h,
            max_size=10, min_size=rules.detail,
        )  # fmt: skip
        if content.note:
            place_text(
                items, content.note, side_x, bar_y + used, side_w, bottom_h - used,
                max_lines=lines_that_fit(bottom_h - used, rules.detail), valign="top",
                max_size=10, min_size=rules.detail, role="note",
            )  # fmt: skip


def _shifted(item: Item, dy: float) -> Item:
    if isinstance(item, TextItem):
        return replace(item, baseline=item.baseline + dy)
    return replace(item, y=item.y + dy)


def _layout_tall(content: LabelContent, items: list[Item], frame: _Frame) -> None:
    """Roll and half-page shapes: heading, second-language name and note stacked on top,
    then the details with the QR code beside them, the barcode across the bottom.

    Each top block is fitted into its share of the height, then the blocks are spread out
    so the white space between them is even.
    """
    rules = TALL_RULES
    m, w, h, dpi, qr_max_dots = frame.parts()
    hr_h, lines = frame.code_text_height, _detail_lines(replace(content, banner=""))
    qr = fit_qr(content.code, min(w * 0.45, h * (0.3 if h >= 120 else 0.27)), dpi, qr_max_dots)
    qr_w = qr.side_mm if qr else 0.0
    beside_w = w - qr_w - 2.0
    detail_pt = rules.detail * 1.2
    details_beside = not lines or all(
        _width_mm(" ".join(text.split()), font, detail_pt) <= beside_w for text, font in lines
    )
    # Tall bars on big labels; small rolls keep their height for the name.
    bar_h = max(content.bar_height_mm, min(h * 0.2, 40.0) if h >= 120 else 0.0)
    # The QR code goes left of the bars when both fit with bars of at least 0.25 mm;
    # else above them, beside the details when those fit next to it.
    bars_beside = False
    if qr and not details_beside:
        narrow = fit_barcode(content.code, w - qr_w - 2.0, dpi, bar_h)
        bars_beside = narrow.module_mm >= 0.25 and qr_w <= narrow.height_mm + hr_h + 4.0
    geometry = fit_barcode(content.code, w - qr_w - 2.0 if bars_beside else w, dpi, bar_h)
    bottom_h = geometry.height_mm + hr_h
    bar_y = m + h - bottom_h
    bar_x = m + w - geometry.width_mm if bars_beside else m + (w - geometry.width_mm) / 2
    code_size = _barcode_with_code(items, content, bar_x, bar_y, geometry, hr_h)
    row_h = 0.0
    if qr and bars_beside:
        items.append(QrItem(m, m + h - qr_w, qr))
        bar_top = min(bar_y, m + h - qr_w)
    elif qr:
        qr_x = m + w - qr_w if details_beside else m + (w - qr_w) / 2
        items.append(QrItem(qr_x, bar_y - 1.0 - qr_w, qr))
        row_h = qr_w + 1.0
        bar_top = bar_y
    else:
        bar_top = bar_y
    if lines:
        detail_w = beside_w if (qr and details_beside and not bars_beside) else w
        detail_h = len(lines) * _line_height_mm(rules.detail)
        if detail_w == beside_w:
            detail_h = max(row_h - 1.0, detail_h)
            top = bar_top - 1.0 - detail_h
            row_h = max(row_h, detail_h + 1.0)
        else:
            detail_h = max(detail_h, min(len(lines) * _line_height_mm(16), (bar_top - m) * 0.3))
            top = bar_top - row_h - 1.0 - detail_h
            row_h += detail_h + 1.0
        place_lines(
            items, lines, m, top, detail_w, detail_h,
            max_size=min(28.0, detail_h / len(lines) / LINE_SPACING * PT_PER_MM),
            min_size=rules.detail,
            align="left" if detail_w == beside_w else "center",
        )  # fmt: skip
    bar_y = bar_top
    space = bar_y - 1.0 - row_h - 1.0 - m
    head_min_pt = max(rules.heading, code_size)

    # Each block first gets the room its minimum type needs (the heading as many lines,
    # up to three, as it takes at its minimum), then the rest is shared out.
    heading_lines = len(
        fit_text(" ".join(content.heading.split()), BOLD, round(w, 3), 1e6, head_min_pt, 3,
                 head_min_pt)[1]
    )  # fmt: skip
    needs: dict[str, float] = {}
    weights = {"heading": 5.0}
    if content.subheading:
        needs["subheading"] = _line_height_mm(rules.subheading)
        weights["subheading"] = 2.4
    if content.banner:
        needs["banner"] = _line_height_mm(rules.subheading)
        weights["banner"] = 3.0
    if content.note:
        needs["note"] = _line_height_mm(rules.detail)
        weights["note"] = 2.0
    # As many heading lines as it needs and the room allows (at least one).
    heading_room = space - sum(needs.values())
    heading_lines = max(1, min(heading_lines, int(heading_room / _line_height_mm(head_min_pt))))
    needs = {"heading": heading_lines * _line_height_mm(head_min_pt), **needs}
    spare = max(0.0, space - sum(needs.values()))
    total = sum(weights.values())
    shares = {name: needs[name] + spare * weight / total for name, weight in weights.items()}
    blocks: list[tuple[list[Item], float]] = []
    for name, share in shares.items():
        block: list[Item] = []
        if name == "heading":
            used = place_text(
                block, content.heading, m, 0, w, share, font=BOLD,
                max_lines=min(heading_lines if share < needs["heading"] + 1e-6 else 3,
                              lines_that_fit(share, head_min_pt)),
                align="center", valign="top", min_size=head_min_pt, role="heading",
            )  # fmt: skip
        elif name == "subheading":
            used = place_text(
                block, content.subheading, m, 0, w, share,
                max_lines=min(2, lines_that_fit(share, rules.subheading)), align="center",
                valign="top", min_size=rules.subheading, role="subheading",
            )  # fmt: skip
        elif name == "banner":
            used = place_text(
                block, content.banner, m, 0, w, share, font=BOLD, max_lines=1,
                align="center", valign="top", min_size=rules.subheading, role="banner",
            )  # fmt: skip
        else:
            used = place_text(
                block, content.note, m, 0, w, share,
                max_lines=min(3, lines_that_fit(share, rules.detail)), align="center",
                valign="top", max_size=16, min_size=rules.detail, role="note",
            )  # fmt: skip
        blocks.append((block, used))
    gap = max(0.0, (space - sum(used for _, used in blocks)) / (len(blocks) + 1))
    y = m + gap
    for block, used in blocks:
        items.extend(_shifted(item, y) for item in block)
        y += used + gap
