"""Shared machinery for A4 sheets: styles, safe table cells, "page x of y", atomic writes.

Every piece of user text goes into a Paragraph only through `cell`, which escapes
reportlab's mini-markup (`&`, `<`, `>`), and Arabic-script text is drawn shaped and
right-to-left by its own flowable, since Paragraph cannot shape it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from reports.barcodes import QR_QUIET_MODULES, dots_to_mm, fit_barcode, fit_qr
from reports.fonts import (
    BOLD,
    REGULAR,
    draw_text,
    has_rtl,
    paragraph_text,
    register_fonts,
    text_width,
)
from warehouse_desktop.errors import InputError
from warehouse_desktop.weight import format_kg

register_fonts()

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11)
BODY_BOLD = ParagraphStyle("body-bold", parent=BODY, fontName=BOLD)
NUMBER = ParagraphStyle("number", parent=BODY, alignment=TA_RIGHT)
NUMBER_BOLD = ParagraphStyle("number-bold", parent=NUMBER, fontName=BOLD)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=4)
HEADING = ParagraphStyle(
    "heading", fontName=BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4
)
SMALL = ParagraphStyle(
    "small", parent=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#333333")
)

HEADER_BG = colors.HexColor("#d9d9d9")
GROUP_BG = colors.HexColor("#eeeeee")


class RtlText(Flowable):
    """One line of right-to-left text, shaped, shrunk to fit its cell if need be; right
    aligned in a table cell, left aligned as a title (`align="left"`)."""

    def __init__(
        self, text: str, font: str = REGULAR, size: float = 9, align: str = "right"
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.align = align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = text_width(self.text, self.font, self.size)
        if width > avail_width > 0:
            self.size = max(5.0, self.size * avail_width / width)
        self.width = avail_width
        return avail_width, self.size * 1.25

    def draw(self) -> None:
        width = text_width(self.text, self.font, self.size)
        draw_text(
            self.canv,
            0.0 if self.align == "left" else max(0.0, self.width - width),
            self.size * 0.25,
            self.text,
            self.font,
            self.size,
        )


def cell(value: Any, style: ParagraphStyle = BODY) -> Flowable:
    """A table cell for any value: numbers as they are, text escaped (never markup)."""
    if value is None:
        value = ""
    if isinstance(value, dt.datetime):
        value = value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    if has_rtl(text):
        return RtlText(text, style.fontName, style.fontSize)
    return Paragraph(paragraph_text(text, style.fontName), style)


def title(text: str, style: ParagraphStyle = TITLE) -> Flowable:
    """A title or heading line with user text in it: a Paragraph, or, when it holds Arabic
    script, one line shaped and in right-to-left order (Paragraph can do neither)."""
    if has_rtl(text):
        line = RtlText(text, style.fontName, style.fontSize, align="left")
        line.spaceAfter = style.spaceAfter
        return line
    return Paragraph(paragraph_text(text, style.fontName), style)


class CodeSymbols(Flowable):
    """A code as a Code128 barcode (13 mm bars, code underneath) with its QR code beside
    it, for a sheet that a scanner or a phone should be able to read."""

    def __init__(self, code: str, dpi: int = 300) -> None:
        super().__init__()

        self.code = code
        self.bars = fit_barcode(code, 70.0, dpi, 13.0, max_module_mm=0.5)
        self.qr = fit_qr(code, 24.0, dpi, 10)
        self.height = max(self.bars.height_mm + 5.0, self.qr.side_mm if self.qr else 0.0) * mm
        self.width = (self.bars.width_mm + 4.0 + (self.qr.side_mm if self.qr else 0.0)) * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        g = self.bars
        dot = dots_to_mm(1, g.dpi) * mm
        top = self.height
        c.setFillGray(0)
        for x, w in g.bars_dots():
            c.rect(
                x * dot, top - g.height_dots * dot, w * dot, g.height_dots * dot, stroke=0, fill=1
            )
        quiet = g.quiet_modules * g.module_mm * mm
        draw_text(
            c,
            quiet + (g.width_mm * mm - 2 * quiet - text_width(self.code, BOLD, 10)) / 2,
            top - g.height_dots * dot - 4 * mm,
            self.code,
            BOLD,
            10,
        )
        if self.qr:
            q = self.qr
            left = (g.width_mm + 4.0) * mm + QR_QUIET_MODULES * q.module_dots * dot
            qr_top = top - QR_QUIET_MODULES * q.module_dots * dot
            d = q.module_dots * dot
            for row, col, length in q.dark_runs():
                c.rect(left + col * d, qr_top - (row + 1) * d, length * d, d, stroke=0, fill=1)


def num(value: Any, bold: bool = False) -> Flowable:
    return cell(value, NUMBER_BOLD if bold else NUMBER)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable]],
    widths: Sequence[float],
    extra_styles: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header row repeats on every page it runs onto."""
    data = [[cell(h, BODY_BOLD) for h in header], *(list(row) for row in rows)]
    result = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *extra_styles,
            ]
        )
    )
    return result


def _numbered_canvas(header_text: str, footer_text: str) -> type[Canvas]:
    """A canvas that writes "Page x of y" once it knows y (two-pass over saved pages)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's page reset, not in its stubs

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize  # type: ignore[attr-defined]  # not in reportlab's stubs
            self.setFillGray(0.25)
            draw_text(self, 15 * mm, height - 10 * mm, header_text, REGULAR, 8)
            page = f"Page {self.getPageNumber()} of {total}"
            draw_text(
                self, width - 15 * mm - text_width(page, REGULAR, 8), 8 * mm, page, REGULAR, 8
            )
            draw_text(self, 15 * mm, 8 * mm, footer_text, REGULAR, 8)
            self.setFillGray(0)

    return NumberedCanvas


def build_pdf(story: list[Flowable], title: str, header_text: str, footer_text: str = "") -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=16 * mm,
        bottomMargin=15 * mm,
        title=title,
        creator="Warehouse bench",
    )
    doc.build(story, canvasmaker=_numbered_canvas(header_text, footer_text))
    return buffer.getvalue()


def write_bytes(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (a half-written PDF is worse than none)."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError("file_unwritable", path=str(path), detail=exc.strerror) from exc


def check_output(path: Path | str, suffixes: Sequence[str]) -> Path:
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        raise InputError("report_output_suffix", path=str(path), suffixes=" or ".join(suffixes))
    if not path.parent.is_dir():
        raise InputError("file_unwritable", path=str(path), detail="no such folder")
    return path


def page_width() -> float:
    return A4[0] - 30 * mm


def boxes_not_weighed(count: int) -> str:
    """ "1 box not weighed", "3 boxes not weighed": said beside a weight that leaves them out."""
    return f"{count} box not weighed" if count == 1 else f"{count} boxes not weighed"


def weight_text(grams: int, not_weighed: int = 0) -> str:
    """A total weight as the sheets print it, with the boxes it leaves out named: "123.5 kg",
    "123.5 kg (3 boxes not weighed)", "— (2 boxes not weighed)" when none was weighed."""
    text = f"{format_kg(grams)} kg" if grams else "—"
    return f"{text} ({boxes_not_weighed(not_weighed)})" if not_weighed else text
