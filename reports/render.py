"""Draw laid-out labels as PDF (reportlab vectors), PNG (Pillow, 1-bit) or ZPL.

All three take the same `Label` items.  Barcodes and QR codes are snapped to the printer's
dot grid in page coordinates (after the calibration offset), so every bar and module is a
whole number of dots wherever the label sits on the sheet.  Text is drawn piece by piece
in the embedded fonts (`reports.fonts.pieces`), so PDF, PNG and ZPL print the same glyphs
at the widths the layout measured.  ZPL text goes as bitmaps of those fonts, never in the
printer's own font, so a label never mixes two typefaces; the QR code is the printer's
own `^BQ`.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reports.barcodes import QR_QUIET_MODULES, mm_to_dots
from reports.fonts import draw_text, font_path, piece_width, pieces, register_fonts
from reports.formats import LabelFormat, Placement, placements
from reports.layout import PT_PER_MM, BarcodeItem, Label, QrItem, RectItem, TextItem
from warehouse_desktop.zpl import field_data as zpl_field  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen.canvas import Canvas

PDF_CREATOR = "Warehouse bench"


@dataclass(frozen=True)
class PlacedLabel:
    label: Label
    at: Placement


def place(
    labels: Sequence[Label],
    fmt: LabelFormat,
    skip: int = 0,
    offset: tuple[float, float] = (0.0, 0.0),
) -> list[list[PlacedLabel]]:
    """Group labels into pages, each label at its slot."""
    pages: list[list[PlacedLabel]] = []
    for label, at in zip(labels, placements(fmt, len(labels), skip, offset), strict=True):
        while len(pages) <= at.page:
            pages.append([])
        pages[at.page].append(PlacedLabel(label, at))
    return pages


def _snap(mm: float, dpi: int) -> int:
    return round(mm_to_dots(mm, dpi))


def _dark_dots(
    item: BarcodeItem | QrItem, ox: float, oy: float, dpi: int
) -> Iterator[tuple[int, int, int, int]]:
    """The dark rectangles of a barcode's bars or a QR code's modules on a label placed at
    (ox, oy) mm: (left, top, width, height) in whole printer dots, as PDF and PNG draw them."""
    if isinstance(item, BarcodeItem):
        left, top = _snap(ox + item.x, dpi), _snap(oy + item.y, dpi)
        for bar_x, bar_w in item.geometry.bars_dots():
            yield left + bar_x, top, bar_w, item.geometry.height_dots
        return
    d = item.geometry.module_dots
    left = _snap(ox + item.x, dpi) + QR_QUIET_MODULES * d
    top = _snap(oy + item.y, dpi) + QR_QUIET_MODULES * d
    for row, col, length in item.geometry.dark_runs():
        yield left + col * d, top + row * d, length * d, d


# --- PDF ---------------------------------------------------------------------------------


def draw_labels_pdf(canvas: Canvas, page: list[PlacedLabel], fmt: LabelFormat, dpi: int) -> None:
    """Draw one page of labels on a reportlab canvas whose page is fmt's page size."""
    c = canvas
    page_h = fmt.page_height * PT_PER_MM
    dot_pt = 72 / dpi
    c.setFillGray(0)
    for placed in page:
        ox, oy = placed.at.x, placed.at.y
        for item in placed.label.items:
            if isinstance(item, BarcodeItem | QrItem):
                for x, y, w, h in _dark_dots(item, ox, oy, dpi):
                    c.rect(
                        x * dot_pt,
                        page_h - (y + h) * dot_pt,
                        w * dot_pt,
                        h * dot_pt,
                        stroke=0,
                        fill=1,
                    )
            elif isinstance(item, TextItem):
                draw_text(
                    c,
                    (ox + item.x) * PT_PER_MM,
                    page_h - (oy + item.baseline) * PT_PER_MM,
                    item.text,
                    item.font,
                    item.size,
                )
            elif isinstance(item, RectItem):
                c.rect(
                    (ox + item.x) * PT_PER_MM,
                    page_h - (oy + item.y + item.h) * PT_PER_MM,
                    item.w * PT_PER_MM,
                    item.h * PT_PER_MM,
                    stroke=0,
                    fill=1,
                )


def labels_to_pdf(
    pages: list[list[PlacedLabel]], fmt: LabelFormat, dpi: int, title: str = "Labels"
) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(
        buffer,
        pagesize=(fmt.page_width * PT_PER_MM, fmt.page_height * PT_PER_MM),
        pageCompression=1,
    )
    c.setTitle(title)
    c.setCreator(PDF_CREATOR)
    for page in pages:
        draw_labels_pdf(c, page, fmt, dpi)
        c.showPage()
    c.save()
    return buffer.getvalue()


# --- PNG ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _pil_font(font: str, px: float, shaped: bool) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    engine = ImageFont.Layout.RAQM if shaped else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(font_path(font)), px, layout_engine=engine)


@functools.cache
def _raqm() -> bool:
    from PIL import features

    return bool(features.check("raqm"))


def draw_text_pil(draw: ImageDraw.ImageDraw, x: float, y: float, item: TextItem, dpi: int) -> None:
    """Draw a text line with its left end at x and baseline at y (pixels), piece by
    piece in the embedded fonts, each advanced by the width the layout measured."""
    px = item.size * dpi / 72
    for piece in pieces(item.text, item.font):
        text = piece.text
        if piece.rtl and _raqm():
            font = _pil_font(piece.font, px, True)
            draw.text((x, y), text, font=font, fill=0, anchor="ls", direction="rtl")
        else:
            if piece.rtl:  # no shaping engine: letters unjoined, but in reading order
                text = text[::-1]
            font = _pil_font(piece.font, px, False)
            draw.text((x, y), text, font=font, fill=0, anchor="ls")
        x += piece_width(piece.text, piece.font, piece.rtl, item.size) * dpi / 72


def draw_labels_png(page: list[PlacedLabel], fmt: LabelFormat, dpi: int) -> Image.Image:
    """One page as a 1-bit Pillow image at exactly the printer's pixel size."""
    from PIL import Image, ImageDraw

    size = (_snap(fmt.page_width, dpi), _snap(fmt.page_height, dpi))
    image = Image.new("1", size, 1)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"  # no anti-aliasing: a thermal head has no grey
    for placed in page:
        ox, oy = placed.at.x, placed.at.y
        for item in placed.label.items:
            if isinstance(item, BarcodeItem | QrItem):
                for x, y, w, h in _dark_dots(item, ox, oy, dpi):
                    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=0)
            elif isinstance(item, TextItem):
                draw_text_pil(
                    draw,
                    mm_to_dots(ox + item.x, dpi),
                    mm_to_dots(oy + item.baseline, dpi),
                    item,
                    dpi,
                )
            elif isinstance(item, RectItem):
                x0, y0 = _snap(ox + item.x, dpi), _snap(oy + item.y, dpi)
                x1 = max(x0, _snap(ox + item.x + item.w, dpi) - 1)
                y1 = max(y0, _snap(oy + item.y + item.h, dpi) - 1)
                draw.rectangle((x0, y0, x1, y1), fill=0)
    return image


def png_paths(out: Path, pages: int) -> list[Path]:
    """FILE.png for one page; FILE-001.png, FILE-002.png... for more."""
    if pages == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{n:03d}{out.suffix}") for n in range(1, pages + 1)]


def save_png(image: Image.Image, path: Path, dpi: int) -> None:
    image.save(path, format="PNG", dpi=(dpi, dpi), optimize=False)


# --- ZPL ---------------------------------------------------------------------------------


def _text_graphic(item: TextItem, dpi: int) -> tuple[int, int, bytes, int, int]:
    """Render one text line to a 1-bit bitmap: (bytes per row, rows, data, left, top) dots."""
    from PIL import Image, ImageDraw

    # A whole number of bytes per row, so no padding bits need care.
    width = (int(mm_to_dots(item.width, dpi)) + 4 + 7) // 8 * 8
    top_mm, bottom_mm = item.top, item.bottom
    height = int(mm_to_dots(bottom_mm - top_mm, dpi)) + 4
    image = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"
    draw_text_pil(draw, 2, mm_to_dots(item.baseline - top_mm, dpi) + 2, item, dpi)
    # ZPL graphics: a set bit is black; in Pillow's "1" mode a set bit is white.
    row_bytes = width // 8
    data = bytes(byte ^ 0xFF for byte in image.tobytes())
    return (
        row_bytes,
        height,
        data,
        int(mm_to_dots(item.x, dpi)) - 2,
        int(mm_to_dots(top_mm, dpi)) - 2,
    )


def qr_field(code: str) -> str:
    """The ^BQ field data for `code`: error correction M, then the code itself.

    ^BQ reads its own prefix from the field data, so the code goes in plain (never ^FH
    hex); only a code of capital letters and digits, which cannot carry a command, may.
    """
    if not code or not all("A" <= ch <= "Z" or "0" <= ch <= "9" for ch in code):
        raise ValueError(f"{code!r} is not a label code")
    return f"MA,{code}"


def label_to_zpl(label: Label, dpi: int, offset: tuple[float, float] = (0.0, 0.0)) -> str:
    """One ^XA...^XZ label; user text only ever as bitmaps (^GFA), codes as bars and ^BQ.

    The calibration offset moves every field (ZPL's ^LH cannot go negative, so it is
    added to each position, never below the label's edge).
    """
    dx, dy = _snap(offset[0], dpi), _snap(offset[1], dpi)

    def at(x_mm: float, y_mm: float, command: str = "FO") -> str:
        return f"^{command}{max(0, _snap(x_mm, dpi) + dx)},{max(0, _snap(y_mm, dpi) + dy)}"

    parts = [
        "^XA",
        "^CI28",  # field data is UTF-8
        f"^PW{_snap(label.width, dpi)}",
        f"^LL{_snap(label.height, dpi)}",
        "^LH0,0",
    ]
    for item in label.items:
        if isinstance(item, BarcodeItem):
            g = item.geometry
            left = _snap(item.x, dpi) + dx
            top = max(0, _snap(item.y, dpi) + dy)
            for bar_x, bar_w in g.bars_dots():
                x = max(0, left + bar_x)
                parts.append(f"^FO{x},{top}^GB{bar_w},{g.height_dots},{bar_w}^FS")
        elif isinstance(item, QrItem):
            qr = item.geometry
            quiet = QR_QUIET_MODULES * qr.module_dots
            x = max(0, _snap(item.x, dpi) + dx + quiet)
            y = max(0, _snap(item.y, dpi) + dy + quiet)
            # ^BQN,2,m: model 2, m dots per module; "MA," = error correction M, automatic
            # input mode.  Codes are letters and digits only (checked by `qr_field`).
            parts.append(f"^FO{x},{y}^BQN,2,{qr.module_dots}^FD{qr_field(qr.code)}^FS")
        elif isinstance(item, TextItem):
            row_bytes, rows, data, left, top = _text_graphic(item, dpi)
            total = row_bytes * rows
            parts.append(
                f"^FO{max(0, left + dx)},{max(0, top + dy)}"
                f"^GFA,{total},{total},{row_bytes},{data.hex().upper()}^FS"
            )
        elif isinstance(item, RectItem):
            w = max(1, _snap(item.w, dpi))
            h = max(1, _snap(item.h, dpi))
            parts.append(f"{at(item.x, item.y)}^GB{w},{h},{min(w, h)}^FS")
    parts.append("^XZ")
    return "\n".join(parts) + "\n"


def labels_to_zpl(labels: Sequence[Label], dpi: int, offset: tuple[float, float]) -> str:
    return "".join(label_to_zpl(label, dpi, offset) for label in labels)
