"""Print preview of any PDF the program makes (labels, stock sheet, manifest, needs list).

    dialog = PrintPreviewDialog(Path("labels.pdf"), "Box labels", window, jobs=print_jobs)
    dialog.exec()

The pages are shown by QPdfView, which renders them on its own worker threads.  Print
queues the file in the window's one print queue (`hardware.print_queue`, handed in as
`jobs`): to the printer chosen in Settings for the label format, or to the one picked in
Qt's print dialog (any system printer, or print to PDF).  The job shows on the Print jobs
page with its outcome, and the dialog says how it went while it is open.  Save as PDF
copies the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
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

from hardware.print_queue import JobState, PrintJob
from hardware.qt_print_queue import PrintQueueSignals
from ui.i18n import tr_plural
from ui.print_jobs import job_reason
from ui.widgets import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


class PrintPreviewDialog(QDialog):
    """Shows a PDF's pages with Print and Save as PDF buttons.

    `jobs`: the window's print queue; every print from here is a job in it, listed on the
    Print jobs page with how it went.  `printer_target`: a printer target string of
    `hardware.printers` ("system:NAME", "raw:HOST:PORT", "file:PATH"); when given, Print
    sends the file there, otherwise Print opens Qt's print dialog to choose one.  Without
    `jobs` (a preview shown on its own) the dialog only shows and saves.
    """

    printed = Signal(str)  # where the job went
    print_failed = Signal(str)  # why, in plain words

    def __init__(
        self,
        pdf_path: Path,
        title: str = "",
        parent: QWidget | None = None,
        *,
        jobs: PrintQueueSignals | None = None,
        printer_target: str | None = None,
        offset_mm: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.jobs = jobs
        self.printer_target = printer_target
        self.offset_mm = offset_mm
        # The print jobs sent from this dialog that have not ended yet.
        self.pending: set[int] = set()
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
        self.print_button.setEnabled(jobs is not None)
        self.other_button.setEnabled(jobs is not None)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.other_button.clicked.connect(self.print_with_dialog)
        if jobs is not None:
            # Qt drops this connection when the dialog is deleted: a job that ends after
            # the dialog was closed is only shown on the Print jobs page.
            jobs.job_changed.connect(self._job_changed)

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
    def print_document(self) -> PrintJob | None:
        """Print to the configured printer, else ask which printer (Qt's dialog)."""
        if self.printer_target:
            return self.submit(self.printer_target, offset_mm=self.offset_mm)
        self.print_with_dialog()
        return None

    @Slot()
    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print on the printer chosen in Qt's print dialog (or to the PDF file it names)."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            target = f"file:{printer.outputFileName()}"
        else:
            target = f"system:{printer.printerName()}"
        return self.submit(target, copies=max(1, printer.copyCount()))

    def submit(
        self, target: str, *, copies: int = 1, offset_mm: tuple[float, float] = (0.0, 0.0)
    ) -> PrintJob | None:
        """Queue the file for `target` in the window's print queue."""
        if self.jobs is None:
            return None
        self.print_button.setEnabled(False)
        self.info.setText(_tr("Waiting for the printer…"))
        job = self.jobs.queue.submit(
            self.pdf_path, target, copies=copies, title=self.windowTitle(), offset_mm=offset_mm
        )
        self.pending.add(job.id)
        return job

    @Slot(object)
    def _job_changed(self, job: PrintJob) -> None:
        if job.id not in self.pending or job.state not in (JobState.DONE, JobState.FAILED):
            return
        self.pending.discard(job.id)
        self.print_button.setEnabled(not self.pending)
        if job.state is JobState.DONE:
            self.info.setText(_tr("Sent to {where}").format(where=job.printed_to))
            self.printed.emit(job.printed_to)
        else:
            reason = job_reason(job)
            self.info.setText(_tr("Not printed: {reason}").format(reason=reason))
            self.print_failed.emit(reason)
