"""The system print queue backend, through Qt's print support (CUPS, the Windows spooler).

A PDF is rendered page by page with QtPdf straight into a QPrinter at the printer's own
resolution; each page keeps its exact size from the PDF (a 62×100 mm label stays
62×100 mm), with no driver margins.  Uses only Qt's non-widget modules.  Needs a
QGuiApplication: the window has one; `ensure_gui_application()` makes one for the
command line.  QPrinter may be used from a worker thread, so this runs in the print queue.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import typing
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from hardware import zpl
from hardware.printer_base import (
    DocumentKind,
    Printer,
    PrinterChoice,
    PrinterError,
    PrintRequest,
)
from warehouse_desktop.errors import InputError

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
# Largest slice of a page rendered at once (pixels): an A4 page at 1200 dpi would need
# half a gigabyte in one piece.
BAND_PIXELS = 16_000_000


def ensure_gui_application() -> None:
    """Make a QGuiApplication if there is none (command line use; main thread only)."""
    if QCoreApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Kept on the module so it lives as long as the process.
    global _APP
    _APP = QGuiApplication([sys.argv[0] if sys.argv else "warehouse-desktop"])


_APP: QGuiApplication | None = None


def list_system_printers() -> list[PrinterChoice]:
    """The system's print queues, the default first."""
    choices = []
    default = QPrinterInfo.defaultPrinterName()
    for info in QPrinterInfo.availablePrinters():
        name = info.printerName()
        choices.append(
            PrinterChoice(
                target=f"system:{name}",
                name=name,
                description=info.description() or info.makeAndModel(),
                is_default=name == default,
                state=_state_word(info),
            )
        )
    choices.sort(key=lambda c: (not c.is_default, c.name.lower()))
    return choices


def _state_word(info: QPrinterInfo) -> str:
    state = info.state()
    words = {
        QPrinter.PrinterState.Idle: "idle",
        QPrinter.PrinterState.Active: "printing",
        QPrinter.PrinterState.Aborted: "aborted",
        QPrinter.PrinterState.Error: "stopped",
    }
    return words.get(state, "")


class SystemPrinter(Printer):
    """A queue of the system's print service; `name=None` means the default printer."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        self.target = f"system:{name or ''}"

    @property
    def display_name(self) -> str:
        return self.name or QPrinterInfo.defaultPrinterName() or "default printer"

    def _info(self) -> QPrinterInfo:
        if self.name:
            info = QPrinterInfo.printerInfo(self.name)
            if info.isNull():
                # QPrinter would silently fall back to the default printer: refuse instead.
                raise PrinterError("printer_unknown", printer=self.name)
            return info
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrinterError("printer_none")
        return info

    def check(self) -> None:
        info = self._info()
        name = info.printerName()
        if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            raise PrinterError("printer_stopped", printer=name)
        if cups_accepting_jobs(name) is False:
            raise PrinterError("printer_not_accepting", printer=name)

    def send_document(self, request: PrintRequest) -> str:
        path = request.path
        if request.kind is DocumentKind.ZPL:
            raise InputError("print_zpl_needs_raw", path=str(path))
        self.check()
        name = self._info().printerName()
        if request.kind is DocumentKind.PDF:
            pages: _PdfPages | _ImagePages = _PdfPages(path)
        else:
            pages = _ImagePages(path)
        offset = request.offset_mm or (0.0, 0.0)
        # The print service takes one paper size per job (CUPS scales every page to the
        # job's media), so each run of same-size pages is a job of its own.
        for run in _runs_of_equal_size(pages):
            self._print_run(name, pages, run, request.copies, offset, request.title or path.name)
        return name

    def _print_run(
        self,
        name: str,
        pages: _PdfPages | _ImagePages,
        indexes: list[int],
        copies: int,
        offset_mm: tuple[float, float],
        title: str,
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(name)
        printer.setDocName(title)
        printer.setFullPage(True)
        if not printer.setPageLayout(_exact_layout(pages.size_points(indexes[0]))):
            raise PrinterError("printer_failed", printer=name, detail="it refuses the page size")
        # Without driver support for copies, print the pages that many times ourselves.
        if printer.supportsMultipleCopies():
            printer.setCopyCount(copies)
            rounds = 1
        else:
            rounds = copies
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError("printer_failed", printer=name, detail="it cannot start a job")
        resolution = printer.resolution()
        page_px = printer.pageRect(QPrinter.Unit.DevicePixel).toRect().size()
        first = True
        for _round in range(rounds):
            for index in indexes:
                if not first and not printer.newPage():
                    painter.end()
                    raise PrinterError(
                        "printer_failed", printer=name, detail="it cannot start a page"
                    )
                first = False
                painter.save()
                painter.translate(
                    offset_mm[0] / MM_PER_INCH * resolution, offset_mm[1] / MM_PER_INCH * resolution
                )
                pages.draw(index, painter, page_px)
                painter.restore()
        if not painter.end():
            raise PrinterError("printer_failed", printer=name, detail="the job did not finish")
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterError("printer_failed", printer=name, detail="the print service failed")


def _runs_of_equal_size(pages: _PdfPages | _ImagePages) -> list[list[int]]:
    runs: list[list[int]] = []
    previous: tuple[int, int] | None = None
    for index in range(pages.count):
        size = pages.size_points(index)
        # Whole points: rounding noise between pages of one format must not split a job.
        key = (round(size.width()), round(size.height()))
        if key != previous:
            runs.append([])
            previous = key
        runs[-1].append(index)
    return runs


def _exact_layout(size_pt: QSizeF) -> QPageLayout:
    width, height = size_pt.width(), size_pt.height()
    orientation = QPageLayout.Orientation.Portrait
    if width > height:
        width, height = height, width
        orientation = QPageLayout.Orientation.Landscape
    page_size = QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


class _PdfPages:
    def __init__(self, path: Path) -> None:
        self.document = QPdfDocument()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() < 1:
            raise InputError("print_file_not_pdf", path=str(path))
        self.count = self.document.pageCount()

    def size_points(self, index: int) -> QSizeF:
        return self.document.pagePointSize(index)

    def draw(self, index: int, painter: QPainter, page_px: QSize) -> None:
        width, height = page_px.width(), page_px.height()
        band = max(1, BAND_PIXELS // max(1, width))
        for top in range(0, height, band):
            rows = min(band, height - top)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(page_px)
            options.setScaledClipRect(QRect(0, top, width, rows))
            image = self.document.render(index, QSize(width, rows), options)
            painter.fillRect(QRect(0, top, width, rows), QColor(Qt.GlobalColor.white))
            painter.drawImage(QPoint(0, top), image)


class _ImagePages:
    count = 1

    def __init__(self, path: Path) -> None:
        self.image = QImage(str(path))
        if self.image.isNull():
            raise InputError("print_file_unreadable", path=str(path), detail="not an image")

    def size_points(self, _index: int) -> QSizeF:
        dots_per_inch = self.image.dotsPerMeterX() * MM_PER_INCH / 1000.0 or 96.0
        return QSizeF(
            self.image.width() / dots_per_inch * POINTS_PER_INCH,
            self.image.height() / dots_per_inch * POINTS_PER_INCH,
        )

    def draw(self, _index: int, painter: QPainter, page_px: QSize) -> None:
        # Nearest-neighbour: a 1-bit label must keep hard bar edges.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QRectF(0, 0, page_px.width(), page_px.height()), self.image)


# -- PDF to ZPL graphics (for raw label printers) -----------------------------------------


def pdf_to_zpl(path: Path, dpi: int) -> str:
    """Each page of a PDF as one ^GFA graphic label at `dpi`."""
    pages = _PdfPages(path)
    labels = []
    for index in range(pages.count):
        size = pages.size_points(index)
        width = round(size.width() / POINTS_PER_INCH * dpi)
        height = round(size.height() / POINTS_PER_INCH * dpi)
        rendered = pages.document.render(index, QSize(width, height))
        # Pdfium leaves the page transparent: flatten onto white paper first.
        mono = QImage(width, height, QImage.Format.Format_Grayscale8)
        mono.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(mono)
        painter.drawImage(QPoint(0, 0), rendered)
        painter.end()
        rows = []
        for y in range(height):
            line = bytes(typing.cast(memoryview, mono.constScanLine(y)))[:width]
            packed = bytearray((width + 7) // 8)
            for x, value in enumerate(line):
                if value < 128:
                    packed[x >> 3] |= 0x80 >> (x & 7)
            rows.append(bytes(packed))
        labels.append(zpl.graphic_label(rows, width, height))
    return "".join(labels)


# -- CUPS details Qt does not expose -------------------------------------------------------


class _CupsOption(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _CupsDest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_CupsOption)),
    ]


def _libcups() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None
    found = ctypes.util.find_library("cups")
    if not found:
        return None
    try:
        lib = ctypes.CDLL(found)
    except OSError:
        return None
    lib.cupsGetNamedDest.restype = ctypes.POINTER(_CupsDest)
    lib.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_CupsDest)]
    return lib


def cups_accepting_jobs(name: str) -> bool | None:
    """Whether CUPS accepts jobs for queue `name`; None where that cannot be known."""
    lib = _libcups()
    if lib is None:
        return None
    dest = lib.cupsGetNamedDest(None, name.encode("utf-8"), None)
    if not dest:
        return None
    try:
        options = dest.contents
        for n in range(options.num_options):
            option = options.options[n]
            if option.name == b"printer-is-accepting-jobs":
                return bool(option.value != b"false")
        return None
    finally:
        lib.cupsFreeDests(1, dest)
