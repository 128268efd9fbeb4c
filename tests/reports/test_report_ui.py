"""The print preview dialog and the report menu actions in the window (offscreen Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow

from hardware.print_queue import PrintQueue
from hardware.qt_print_queue import PrintQueueSignals
from tests.reports.report_helpers import decode, pdf_text, rasterise
from ui.print_preview import PrintPreviewDialog
from ui.report_actions import LabelOptionsDialog, ReportActions, install_report_actions

# The offscreen platform plugin says this for every top-level window; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[QMainWindow]:
    win = QMainWindow()
    win.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.print_jobs = PrintQueueSignals(PrintQueue(), parent=win)  # type: ignore[attr-defined]
    install_report_actions(win, win.menuBar().addMenu("&Print"), win.print_jobs)  # type: ignore[attr-defined]
    yield win
    win.print_jobs.stop()  # type: ignore[attr-defined]


def _actions(win: QMainWindow) -> ReportActions:
    actions = win.findChild(ReportActions)
    assert actions is not None
    return actions


def test_menu_has_every_label_and_sheet(window: QMainWindow) -> None:
    names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    for kind in ("boxes", "blank", "shelves", "vans", "cards"):
        assert f"report-labels-{kind}" in names
    for name in ("stock-sheet", "manifest", "needs", "export-needs", "close-day"):
        assert f"report-{name}" in names


def test_labels_open_in_preview_and_print_to_pdf(
    qtbot, window: QMainWindow, labels_db: dict, tmp_path: Path
) -> None:
    actions = _actions(window)
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        assert actions.make_labels("shelves", fmt="62x100")
    dialog: PrintPreviewDialog = opened.args[0]
    assert dialog.page_count() == len(labels_db["shelves"])
    assert dialog.info.text() == f"{len(labels_db['shelves'])} pages"
    assert dialog.other_button.isHidden()  # no printer set up: Print opens Qt's dialog
    # Save as PDF keeps the very file the preview shows.
    saved = tmp_path / "saved.pdf"
    assert dialog.save_to(saved)
    assert all(code in pdf_text(saved) for code in labels_db["shelves"])
    # The printer picked in Qt's print dialog (print to PDF here) is a job in the queue.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        job = dialog.print_to(printer)
    assert job is not None and job.target == f"file:{printed}"
    assert dialog.print_button.isEnabled()
    decoded = sorted(code for page in rasterise(printed) for code in decode(page))
    assert decoded == sorted(labels_db["shelves"])
    dialog.close()


def test_sheets_and_close_the_day(
    qtbot, window: QMainWindow, labels_db: dict, tmp_path: Path
) -> None:
    actions = _actions(window)
    window.settings.setValue("reports/close_day_folder", str(tmp_path / "close"))  # type: ignore[attr-defined]
    from types import SimpleNamespace

    # The volunteer signed in at the bench (the real window's bench view and service).
    window.bench = SimpleNamespace(service=SimpleNamespace(operator="Amina"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        assert actions.stock_sheet()
    sheet_text = " ".join(pdf_text(opened.args[0].pdf_path).split())
    assert "End-of-day stock sheet" in sheet_text and "by Amina" in sheet_text
    opened.args[0].close()
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        assert actions.manifest(labels_db["vans"][0])
    assert labels_db["boxes"][0] in pdf_text(opened.args[0].pdf_path)
    opened.args[0].close()
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        assert actions.needs_list()
    opened.args[0].close()
    with qtbot.waitSignal(actions.day_closed, timeout=20000) as closed:
        assert actions.close_the_day()
    sheet, backup = closed.args
    assert sheet.parent == tmp_path / "close" and sheet.exists()
    [dialog] = [d for d in window.findChildren(PrintPreviewDialog) if d.pdf_path == sheet]
    assert "database backed up to" in dialog.info.text()
    assert backup is not None and Path(backup).stat().st_size > 0
    qtbot.waitUntil(lambda: not actions.busy)
    for dialog in window.findChildren(PrintPreviewDialog):
        dialog.close()


def test_label_options_remember_choices(qtbot, window: QMainWindow) -> None:
    dialog = LabelOptionsDialog("blank", window.settings, window)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("4x6"))
    assert not dialog.skip.isEnabled()  # one label per page: nothing to skip
    dialog.offset_x.setValue(1.5)
    dialog.count.setValue(3)
    dialog.save()
    again = LabelOptionsDialog("blank", window.settings, window)  # type: ignore[attr-defined]
    qtbot.addWidget(again)
    options = again.options()
    assert options["fmt"] == "4x6" and options["offset"] == (1.5, 0.0)
    assert dialog.options()["count"] == 3


def test_print_goes_to_the_printer_set_up_for_the_format(
    qtbot,
    window: QMainWindow,
    labels_db: dict,
    tmp_path: Path,
) -> None:
    out = tmp_path / "printer-out.pdf"
    window.settings.setValue("hardware/printer/4x6", f"file:{out}")  # type: ignore[attr-defined]
    actions = _actions(window)
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        assert actions.make_labels("vans", fmt="4x6", codes=labels_db["vans"][:1])
    dialog: PrintPreviewDialog = opened.args[0]
    assert dialog.printer_target == f"file:{out}"
    assert not dialog.other_button.isHidden()
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.print_document()  # a job in the window's print queue
    assert [c for page in rasterise(out) for c in decode(page)] == labels_db["vans"][:1]
    dialog.close()
