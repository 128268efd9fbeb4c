"""The test label: what Settings prints to check a printer, its page size and its offset.

A frame 2 mm inside the page edge shows whether the printer prints where it is told (the
calibration offset corrects it); a Code128 shows the barcode scans.  PDF (reportlab) for
system printers and files, ZPL for raw label printers.  Qt-free.
"""

from __future__ import annotations

import io
from datetime import datetime

from hardware import zpl
from hardware.label_formats import PageFormat

TEST_CODE = "TEST1234"
MM = 72.0 / 25.4


def test_label_pdf(
    fmt: PageFormat, *, printer_name: str = "", code: str = TEST_CODE, when: datetime | None = None
) -> bytes:
    """A one-page PDF the exact size of `fmt`."""
    from reportlab.graphics.barcode import code128
    from reportlab.pdfgen.canvas import Canvas

    when = when or datetime.now()
    width, height = fmt.width_mm * MM, fmt.height_mm * MM
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(f"Test label {fmt.name}")
    canvas.setLineWidth(0.5 * MM)
    canvas.rect(2 * MM, 2 * MM, width - 4 * MM, height - 4 * MM)
    # Crosshair at the centre: measuring how far it sits off centre gives the offset.
    cx, cy = width / 2, height / 2
    canvas.setLineWidth(0.2 * MM)
    canvas.line(cx - 5 * MM, cy, cx + 5 * MM, cy)
    canvas.line(cx, cy - 5 * MM, cx, cy + 5 * MM)
    text_size = min(14.0, height / 12)
    canvas.setFont("Helvetica-Bold", text_size)
    top = height - 6 * MM - text_size
    canvas.drawString(6 * MM, top, "Test label")
    canvas.setFont("Helvetica", text_size * 0.7)
    canvas.drawString(
        6 * MM, top - text_size, f"{fmt.name}  {fmt.width_mm:g} × {fmt.height_mm:g} mm"
    )
    details = f"{printer_name}  {when:%Y-%m-%d %H:%M}".strip()
    canvas.drawString(6 * MM, top - 2 * text_size, details)
    # Bars of whole printer dots, at least 2 dots wide, so they print crisp.
    module_dots = max(2, round(0.25 * fmt.dpi / 25.4))
    module = module_dots * 72.0 / fmt.dpi
    barcode = code128.Code128(
        code, barWidth=module, barHeight=13 * MM, quiet=True, lquiet=10 * module
    )
    bar_x = max(2.5 * MM, (width - barcode.width) / 2)
    barcode.drawOn(canvas, bar_x, 8 * MM + text_size)
    canvas.setFont("Helvetica", text_size * 0.8)
    canvas.drawCentredString(width / 2, 6 * MM, code)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_label_zpl(fmt: PageFormat, *, code: str = TEST_CODE) -> str:
    """The same label for a Zebra, at the format's dpi."""
    return zpl.calibration_label(
        fmt.width_mm,
        fmt.height_mm,
        fmt.dpi,
        title=f"Test label {fmt.name}",
        code=code,
    )


# Keep pytest from collecting these as tests when a test module imports them.
test_label_pdf.__test__ = False  # type: ignore[attr-defined]
test_label_zpl.__test__ = False  # type: ignore[attr-defined]
