"""Code128 barcode geometry: the one model every output (PDF, PNG, ZPL) draws from.

python-barcode encodes the code into modules; this module decides how wide a module is
in whole printer dots at the target resolution (203 or 300 dpi), so no bar is ever
rounded differently from its neighbour by the printer, and keeps a quiet zone of at least
ten modules on each side.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from barcode.codex import Code128

MM_PER_INCH = 25.4
QUIET_MODULES = 10
MIN_BAR_HEIGHT_MM = 13.0
VAN_BAR_HEIGHT_MM = 25.0
# Wider modules read better but a label has only so much room; 0.6 mm is plenty even
# for a worn-out scanner at arm's length.
MAX_MODULE_MM = 0.6
SUPPORTED_DPI = (203, 300)


class BarcodeTooWide(ValueError):
    """The code does not fit the width even at one printer dot per module."""


def dots_to_mm(dots: float, dpi: int) -> float:
    return dots * MM_PER_INCH / dpi


def mm_to_dots(mm: float, dpi: int) -> float:
    return mm * dpi / MM_PER_INCH


@functools.lru_cache(maxsize=8192)
def code128_modules(code: str) -> str:
    """The module pattern ('1' = bar, '0' = space) of `code`, start to stop."""
    if not code or not code.isascii() or not code.isprintable():
        raise ValueError(f"cannot encode {code!r} as Code128")
    return Code128(code).build()[0]


@functools.lru_cache(maxsize=8192)
def _runs(pattern: str) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    start = None
    for i, module in enumerate(pattern + "0"):
        if module == "1" and start is None:
            start = i
        elif module == "0" and start is not None:
            runs.append((start, i - start))
            start = None
    return tuple(runs)


@dataclass(frozen=True)
class BarcodeGeometry:
    """A Code128 symbol laid out in whole dots at `dpi`; origin at the quiet zone's left."""

    code: str
    pattern: str
    module_dots: int
    dpi: int
    height_mm: float
    quiet_modules: int = QUIET_MODULES

    @property
    def module_mm(self) -> float:
        return dots_to_mm(self.module_dots, self.dpi)

    @property
    def total_modules(self) -> int:
        return len(self.pattern) + 2 * self.quiet_modules

    @property
    def width_dots(self) -> int:
        return self.total_modules * self.module_dots

    @property
    def width_mm(self) -> float:
        return dots_to_mm(self.width_dots, self.dpi)

    @property
    def height_dots(self) -> int:
        # Rounded up so the printed height never falls under the minimum.
        return int(-(-mm_to_dots(self.height_mm, self.dpi) // 1))

    def bars_dots(self) -> tuple[tuple[int, int], ...]:
        """Each bar as (x, width) in dots from the symbol's left edge (quiet zone included)."""
        q = self.quiet_modules
        d = self.module_dots
        return tuple(((q + start) * d, length * d) for start, length in _runs(self.pattern))


def fit_barcode(
    code: str,
    max_width_mm: float,
    dpi: int,
    height_mm: float = MIN_BAR_HEIGHT_MM,
    *,
    max_module_mm: float = MAX_MODULE_MM,
) -> BarcodeGeometry:
    """The widest whole-dot module for `code` that fits `max_width_mm` with its quiet zones."""
    pattern = code128_modules(code)
    total = len(pattern) + 2 * QUIET_MODULES
    by_width = int(mm_to_dots(max_width_mm, dpi) // total)
    by_cap = max(1, int(mm_to_dots(max_module_mm, dpi)))
    module_dots = min(by_width, by_cap)
    if module_dots < 1:
        raise BarcodeTooWide(code)
    return BarcodeGeometry(code, pattern, module_dots, dpi, max(height_mm, MIN_BAR_HEIGHT_MM))


# --- QR code ------------------------------------------------------------------------------

QR_QUIET_MODULES = 4
QR_MASK = 0
# A Zebra printer's ^BQ magnifies a module to at most 10 dots.
ZPL_MAX_QR_DOTS = 10


@functools.lru_cache(maxsize=8192)
def qr_matrix(code: str) -> tuple[str, ...]:
    """The QR symbol of `code` (error correction M), one string of '1'/'0' per row.

    reportlab's encoder picks the smallest version; a short code fits version 1 or 2.
    The symbol holds exactly the code, no URL, so any phone camera reads the code itself.
    Every symbol uses mask pattern 0: a reader decodes any of the eight masks, and trying
    all eight for the "best" one (reportlab's `make`) costs 25 times as much, which a run
    of a thousand labels with a thousand different codes would feel.
    """
    from reportlab.graphics.barcode import qrencoder

    if not code or not code.isascii() or not code.isprintable():
        raise ValueError(f"cannot encode {code!r} as a QR code")
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(code)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, QR_MASK)
    n = qr.getModuleCount()
    return tuple("".join("1" if qr.isDark(r, c) else "0" for c in range(n)) for r in range(n))


@dataclass(frozen=True)
class QrGeometry:
    """A QR symbol in whole dots at `dpi`; its origin is the top-left of the quiet zone."""

    code: str
    rows: tuple[str, ...]
    module_dots: int
    dpi: int

    @property
    def modules(self) -> int:
        return len(self.rows)

    @property
    def module_mm(self) -> float:
        return dots_to_mm(self.module_dots, self.dpi)

    @property
    def side_dots(self) -> int:
        """The symbol with its quiet zone, in dots."""
        return (self.modules + 2 * QR_QUIET_MODULES) * self.module_dots

    @property
    def side_mm(self) -> float:
        return dots_to_mm(self.side_dots, self.dpi)

    @property
    def symbol_mm(self) -> float:
        """The printed symbol alone (no quiet zone), in mm."""
        return dots_to_mm(self.modules * self.module_dots, self.dpi)

    def dark_runs(self) -> tuple[tuple[int, int, int], ...]:
        """Each horizontal run of dark modules as (row, first column, length)."""
        return _qr_runs(self.rows)


@functools.lru_cache(maxsize=8192)
def _qr_runs(rows: tuple[str, ...]) -> tuple[tuple[int, int, int], ...]:
    return tuple((r, start, length) for r, row in enumerate(rows) for start, length in _runs(row))


def fit_qr(code: str, side_mm: float, dpi: int, max_module_dots: int = 0) -> QrGeometry | None:
    """The largest whole-dot QR of `code` (quiet zone included) that fits `side_mm`, or None
    when even 2 dots per module do not fit."""
    rows = qr_matrix(code)
    total = len(rows) + 2 * QR_QUIET_MODULES
    module = int(mm_to_dots(side_mm, dpi) // total)
    if max_module_dots:
        module = min(module, max_module_dots)
    if module < 2:
        return None
    return QrGeometry(code, rows, module, dpi)
