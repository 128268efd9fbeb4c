"""One print queue for the whole window: the bench's labels, the Settings test label and
every print from the preview are jobs on the Print jobs page, with how they went."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

import hardware.print_queue as print_queue_module
from hardware.label_formats import page_format
from hardware.print_queue import JobState, PrintQueue
from hardware.qt_print_queue import PrintQueueSignals
from hardware.test_label import test_label_pdf
from ui.print_jobs import PrintJobsModel, PrintJobsView
from ui.print_preview import PrintPreviewDialog
from ui.report_actions import ReportActions

CUPS_QUEUE = os.environ.get("WAREHOUSE_CUPS_QUEUE", "PDF")


@pytest.fixture
def label_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "van-labels.pdf"
    path.write_bytes(test_label_pdf(page_format("4x6")))
    return path


def _jobs_model(window) -> PrintJobsModel:
    view = window.page("print_jobs")
    assert isinstance(view, PrintJobsView)
    return view.model


def _row(model: PrintJobsModel, row: int) -> dict[str, str]:
    return {
        column: model.data(model.index(row, number), Qt.ItemDataRole.DisplayRole)
        for number, column in enumerate(PrintJobsModel.COLUMNS)
    }


def _preview(window, pdf: Path, title: str, fmt: str) -> PrintPreviewDialog:
    window.install_report_actions()
    actions = window.findChild(ReportActions)
    assert actions is not None
    return actions.preview(pdf, title, fmt)


def test_the_window_settings_and_preview_hold_the_one_print_queue(
    small_warehouse, open_window, label_pdf: Path, monkeypatch
) -> None:
    made: list[PrintQueue] = []
    original = PrintQueue.__init__

    def counting(self, *args, **kwargs) -> None:
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(print_queue_module.PrintQueue, "__init__", counting)
    session = open_window("bench-1")
    window = session.window
    settings_page = window.settings_page.printer_page
    jobs_model = _jobs_model(window)
    dialog = _preview(window, label_pdf, "Van labels", "4x6")
    try:
        assert isinstance(session.print_jobs, PrintQueueSignals)
        for holder in (window.print_queue, settings_page.jobs, jobs_model.jobs, dialog.jobs):
            assert holder is session.print_jobs
        assert made == [session.print_jobs.queue]
    finally:
        dialog.close()


@pytest.mark.cups
def test_a_test_label_from_settings_shows_in_print_jobs(
    small_warehouse, open_window, qtbot
) -> None:
    session = open_window("bench-1")
    window = session.window
    view = window.settings_page
    page = view.printer_page
    fmt = page.calibration_format.currentData()
    page.format_printers[fmt].setCurrentIndex(
        page.format_printers[fmt].findData(f"system:{CUPS_QUEUE}")
    )
    assert page.calibration_target() == f"system:{CUPS_QUEUE}"
    model = _jobs_model(window)
    assert model.rowCount() == 0
    view.set_locked(False)  # the coordinator unlocked Settings
    page.test_button.click()
    qtbot.waitUntil(
        lambda: model.rowCount() == 1 and model.job_at(0).state is JobState.DONE, timeout=60_000
    )
    row = _row(model, 0)
    assert row["document"] == f"Test label {fmt}"
    assert row["printer"] == CUPS_QUEUE and row["state"] == "printed" and row["reason"] == ""


@pytest.mark.cups
def test_a_preview_print_shows_in_print_jobs(
    small_warehouse, open_window, qtbot, label_pdf: Path
) -> None:
    session = open_window("bench-1")
    window = session.window
    session.settings.setValue("hardware/printer/4x6", f"system:{CUPS_QUEUE}")
    model = _jobs_model(window)
    dialog = _preview(window, label_pdf, "Van labels", "4x6")
    try:
        assert dialog.printer_target == f"system:{CUPS_QUEUE}"
        with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
            job = dialog.print_document()
        assert printed.args == [CUPS_QUEUE]
        assert dialog.info.text() == f"Sent to {CUPS_QUEUE}"
        assert [j.id for j in session.print_jobs.queue.jobs()] == [job.id]
        row = _row(model, 0)
        assert row["document"] == "Van labels" and row["printer"] == CUPS_QUEUE
        assert row["state"] == "printed"
        # The printer picked in Qt's print dialog goes through the same queue.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(CUPS_QUEUE)
        printer.setCopyCount(2)
        with qtbot.waitSignal(dialog.printed, timeout=60_000):
            other = dialog.print_to(printer)
        assert other.target == f"system:{CUPS_QUEUE}" and other.copies == 2
        qtbot.waitUntil(lambda: model.rowCount() == 2)
        assert _row(model, 1)["state"] == "printed"
    finally:
        dialog.close()


def test_a_missing_printer_in_the_preview_is_said_in_print_jobs(
    small_warehouse, open_window, qtbot, label_pdf: Path
) -> None:
    session = open_window("bench-1")
    window = session.window
    session.settings.setValue("hardware/printer/4x6", "system:Zebra in the van")
    model = _jobs_model(window)
    dialog = _preview(window, label_pdf, "Van labels", "4x6")
    try:
        with qtbot.waitSignal(model.job_failed, timeout=30_000) as failed:
            dialog.print_document()
        reason = "There is no printer called Zebra in the van"
        assert failed.args[0].startswith(reason)
        row = _row(model, 0)
        assert row["state"] == "failed" and row["reason"].startswith(reason)
        assert dialog.info.text().startswith(f"Not printed: {reason}")
        assert dialog.print_button.isEnabled()  # free to try again once it is fixed
        assert window.statusBar().currentMessage().startswith(reason)
        # The same retry path as every other job: set the printer up, Retry.
        view = window.page("print_jobs")
        view.table.selectRow(0)
        assert view.retry_button.isEnabled()
        with qtbot.waitSignal(model.job_failed, timeout=30_000):
            assert view.retry_selected()
        assert model.job_at(0).attempts == 2
    finally:
        dialog.close()


def test_closing_the_preview_while_its_job_is_in_flight_emits_nothing_on_it(
    qtbot, label_pdf: Path, tmp_path: Path
) -> None:
    release = threading.Event()
    printing = threading.Event()

    class SlowPrinter:
        def print_file(self, path: Path, **_options: object) -> str:
            printing.set()
            release.wait(20)
            return "the slow printer"

    jobs = PrintQueueSignals(PrintQueue(printer_factory=lambda _target: SlowPrinter()))
    model = PrintJobsModel(jobs)
    dialog = PrintPreviewDialog(
        label_pdf, "Van labels", jobs=jobs, printer_target=f"file:{tmp_path / 'out.pdf'}"
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    heard: list[str] = []
    dialog.printed.connect(heard.append)
    dialog.print_failed.connect(heard.append)
    try:
        job = dialog.print_document()
        assert printing.wait(20)
        dialog.close()
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=10_000)
        release.set()
        qtbot.waitUntil(lambda: model.job_at(0).state is JobState.DONE, timeout=20_000)
        assert model.job_at(0).id == job.id
        assert heard == []
    finally:
        release.set()
        jobs.stop()
