"""Print preview of any PDF the program makes (labels, stock sheet, manifest, needs list).

    dialog = PrintPreviewDialog(Path("labels.pdf"), title="Box labels", parent=window)
    dialog.exec()

The pages are shown by QPdfView, which renders them on its own worker threads.  Print
goes to the label printer chosen in Settings when the hardware helper's printer backends
are there (`hardware.printers`, off the GUI thread), otherwise through Qt's print dialog
(any system printer, or print to PDF); pages for Qt printing are rasterised on a worker
thread with a document of their own.  Save as PDF copies the file.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr_plural
from ui.widgets import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


PRINT_DPI = 300


class PageRasteriser(QObject):
    """Renders every page of a PDF to images at `dpi`, on the thread it is moved to."""

    page_ready = Signal(int, QImage)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, path: Path, dpi: int = PRINT_DPI) -> None:
        super().__init__()
        self.path = path
        self.dpi = dpi

    @Slot()
    def run(self) -> None:
        # A document of its own: a QPdfDocument belongs to the thread that made it.
        document = QPdfDocument()
        if document.load(str(self.path)) != QPdfDocument.Error.None_:
            self.failed.emit(str(self.path))
            self.finished.emit()
            return
        for index in range(document.pageCount()):
            size_pt = document.pagePointSize(index)
            size = QSize(
                round(size_pt.width() * self.dpi / 72), round(size_pt.height() * self.dpi / 72)
            )
            self.page_ready.emit(index, document.render(index, size))
        document.close()
        self.finished.emit()


def rasterise_in_thread(
    path: Path,
    on_page: Callable[[int, QImage], None],
    on_done: Callable[[], None],
    dpi: int = PRINT_DPI,
) -> QThread:
    """Start rasterising `path` on a new QThread; callbacks arrive on the caller's thread."""
    thread = QThread()
    worker = PageRasteriser(path, dpi)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.page_ready.connect(on_page)
    worker.finished.connect(on_done)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread._worker = worker  # type: ignore[attr-defined]  # noqa: SLF001 - kept alive with the thread
    thread.start()
    return thread


class PrintPreviewDialog(QDialog):
    """Shows a PDF's pages with Print and Save as PDF buttons.

    `printer_target`: a printer target string of `hardware.printers` ("system:NAME",
    "raw:HOST:PORT", "file:PATH"); when given and the hardware package is there, Print
    sends the file there on a worker thread instead of opening Qt's print dialog.
    """

    printed = Signal(str)  # where the job went
    print_failed = Signal(str)  # why, in plain words

    def __init__(
        self,
        pdf_path: Path,
        title: str = "",
        parent: QWidget | None = None,
        *,
        printer_target: str | None = None,
        offset_mm: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.printer_target = printer_target
        self.offset_mm = offset_mm
        self._threads: list[QThread | threading.Thread] = []
        self.setWindowTitle(title or _tr("Print preview"))

        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # The whole page, scaled to the dialog: on a 768-pixel screen too.
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        # The page shrinks; the dialog and its buttons below stay on the screen.
        self.view.setMinimumSize(200, 120)

        pages = self.document.pageCount()
        self.info = QLabel(tr_plural("PrintPreview", "%n page(s)", pages))
        self.print_button = QPushButton(_tr("&Print…"))
        self.save_button = QPushButton(_tr("&Save as PDF…"))
        self.other_button = QPushButton(_tr("&Other printer…"))
        if printer_target:
            self.print_button.setToolTip(printer_target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Only worth offering when Print goes straight to a configured printer.
        self.other_button.setVisible(bool(printer_target))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.printed.connect(self._print_finished)
        self.print_failed.connect(self._print_error)
        self.save_button.clicked.connect(self.save_as)
        self.other_button.clicked.connect(self.print_with_dialog)

        bottom = QHBoxLayout()
        bottom.addWidget(self.info)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 820, 900)

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- saving --------------------------------------------------------------------

    @Slot()
    def save_as(self) -> None:
        suggested = str(Path.home() / self.pdf_path.name)
        target, _ = QFileDialog.getSaveFileName(
            self, _tr("Save as PDF"), suggested, _tr("PDF files (*.pdf)")
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                _tr("Not saved"),
                _tr("Could not save {path}: {reason}").format(path=target, reason=exc.strerror),
            )
            return False
        return True

    # --- printing ------------------------------------------------------------------

    @Slot()
    def print_document(self) -> None:
        if self.printer_target and self._print_with_backend(self.printer_target):
            return
        self.print_with_dialog()

    @Slot()
    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _print_with_backend(self, target: str) -> bool:
        """Send the file to a configured printer off the GUI thread; False if impossible."""
        try:
            from hardware.printers import printer_from_target
        except ImportError:
            return False
        self.print_button.setEnabled(False)

        def job() -> None:
            try:
                where = printer_from_target(target).print_file(
                    self.pdf_path, offset_mm=self.offset_mm
                )
            except Exception as exc:  # noqa: BLE001 - shown to the person, never a traceback
                self.print_failed.emit(str(exc))
            else:
                self.printed.emit(str(where))

        thread = threading.Thread(target=job, name="print-preview-job", daemon=True)
        self._threads.append(thread)
        thread.start()
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Print every page on `printer` (pages rasterised on a worker thread)."""
        self.print_button.setEnabled(False)
        images: dict[int, QImage] = {}

        def on_page(index: int, image: QImage) -> None:
            images[index] = image

        def on_done() -> None:
            self._paint(printer, [images[i] for i in sorted(images)])

        self._threads.append(rasterise_in_thread(self.pdf_path, on_page, on_done))

    def _paint(self, printer: QPrinter, pages: list[QImage]) -> None:
        painter = QPainter()
        if not pages or not painter.begin(printer):
            self._print_error(_tr("The printer could not be opened."))
            return
        try:
            for number, image in enumerate(pages):
                if number:
                    printer.newPage()
                area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                target = QRectF(QPointF(0, 0), image.size().toSizeF())
                target.setSize(
                    target.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        self._print_finished(printer.printerName() or printer.outputFileName())

    @Slot(str)
    def _print_finished(self, where: str) -> None:
        self.print_button.setEnabled(True)
        self.info.setText(_tr("Sent to {where}").format(where=where))

    @Slot(str)
    def _print_error(self, reason: str) -> None:
        self.print_button.setEnabled(True)
        self.info.setText(_tr("Not printed: {reason}").format(reason=reason))

    def done(self, result: int) -> None:
        for thread in self._threads:
            if isinstance(thread, QThread):
                thread.quit()
                thread.wait(5000)
        super().done(result)
