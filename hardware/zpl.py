"""ZPL for Zebra printers: safe field data, copies, page size and images as graphics.

Every piece of text that reaches a printer goes through `field_data` (^FH hex), so no
category name or code can carry a `^` or `~` that the printer would run as a command.
"""

from __future__ import annotations

import re

from warehouse_desktop.zpl import decode_field_data, field_data  # noqa: F401 - re-exported

# 25.4 mm per inch
MM_PER_INCH = 25.4


def dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / MM_PER_INCH)


_LABEL = re.compile(r"\^XA.*?\^XZ", re.IGNORECASE | re.DOTALL)
_PQ = re.compile(r"\^PQ(\d*)", re.IGNORECASE)
# ^LT moves a label at most this many dot rows up or down.
MAX_LABEL_TOP = 120


def with_copies(zpl: str, copies: int) -> str:
    """Every label printed `copies` times more by the printer itself: an existing ^PQq
    becomes ^PQ(q*copies), a label without one gets ^PQcopies before its ^XZ."""
    if copies == 1:
        return zpl

    def _label(match: re.Match[str]) -> str:
        body = match.group(0)
        if _PQ.search(body):
            return _PQ.sub(lambda q: f"^PQ{int(q.group(1) or 1) * copies}", body, count=1)
        return f"{body[:-3]}^PQ{copies}{body[-3:]}"

    return _LABEL.sub(_label, zpl)


def with_label_home(zpl: str, offset_mm: tuple[float, float], dpi: int) -> str:
    """Shift every label by the calibration offset (mm right, mm down).

    ^LS (label shift; positive moves left) and ^LT (label top) go right after each ^XA, so
    they work whatever ^LH the file sets and allow negative shifts, which ^LH cannot.
    A zero offset is written too: the printer would otherwise keep the last shift.
    """
    dx, dy = dots(offset_mm[0], dpi), dots(offset_mm[1], dpi)
    dy = max(-MAX_LABEL_TOP, min(MAX_LABEL_TOP, dy))
    return re.sub(r"\^XA", f"^XA^LS{-dx}^LT{dy}", zpl, flags=re.IGNORECASE)


def graphic_label(mono_rows: list[bytes], width_dots: int, height_dots: int) -> str:
    """A whole label as one ^GFA graphic; `mono_rows` are packed 1-bit rows, 1 = black."""
    row_bytes = (width_dots + 7) // 8
    data = b"".join(row.ljust(row_bytes, b"\x00")[:row_bytes] for row in mono_rows)
    total = len(data)
    return (
        "^XA^CI28"
        f"^PW{width_dots}^LL{height_dots}^LH0,0"
        f"^FO0,0^GFA,{total},{total},{row_bytes},{data.hex().upper()}^FS"
        "^PQ1^XZ\n"
    )


def calibration_label(
    width_mm: float,
    height_mm: float,
    dpi: int,
    *,
    title: str,
    code: str,
) -> str:
    """A calibration label: a frame 2 mm inside the edge, a title and a Code128.  The
    printer's calibration offset is added when it is printed, like any other label."""
    w, h = dots(width_mm, dpi), dots(height_mm, dpi)
    margin = dots(2.0, dpi)
    text_h = max(20, dots(5.0, dpi))
    bar_h = max(dots(13.0, dpi), 40)
    module = max(2, dpi // 100)
    return (
        "^XA^CI28"
        f"^PW{w}^LL{h}^LH0,0"
        f"^FO{margin},{margin}^GB{w - 2 * margin},{h - 2 * margin},3^FS"
        f"^FO{margin * 3},{margin * 3}^A0N,{text_h},{text_h}^FH^FD{field_data(title)}^FS"
        f"^FO{margin * 3},{margin * 3 + text_h * 2}^BY{module}"
        f"^BCN,{bar_h},Y,N,N^FH^FD{field_data(code)}^FS"
        "^PQ1^XZ\n"
    )
