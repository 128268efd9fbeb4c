"""Every time a person reads in the window is the warehouse's local time, not UTC.

Times are stored UTC.  The stock browser, the van loads (created, dispatched), the
stock-takes and missing boxes, the box detail, the file names the window proposes and the
packed date printed on a box label all follow the warehouse's zone: the `time_zone`
setting, else the machine's.  The scans happen on an injected clock at an hour where the
local date is not the UTC date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

from hardware.qt_print_queue import PrintQueueSignals
from reports.labels import box_contents, van_contents
from ui.box_detail import BoxDetailDialog
from ui.counts_view import CountsView
from ui.export_actions import ExportActions
from ui.report_actions import ReportActions, install_report_actions
from ui.stock_view import StockView
from ui.van_loads import VanLoadsView
from warehouse_desktop import localtime
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, Command, command_code
from warehouse_desktop.models import Category, Location
from warehouse_desktop.numbering import reserve_codes

# 11:30 UTC on 29 November is 01:30 on 30 November on Kiritimati (UTC+14).
MADE_UTC = dt.datetime(2026, 11, 29, 11, 30)
KIRITIMATI = "Pacific/Kiritimati"
LOCAL_SHOWN = "2026-11-30 01:30"
UTC_SHOWN = "2026-11-29 11:30"


class Clock:
    """The bench's injected clock: a chosen UTC time, moved on by hand."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, seconds: float = 5) -> None:
        self.at += dt.timedelta(seconds=seconds)


@pytest.fixture
def made(small_warehouse: Path) -> dict[str, str]:
    """Two boxes on Shelf A1 and a van load with one of them dispatched, all at 11:30 UTC
    (the van dispatched ten seconds later), then a count that misses the other box."""
    clock = Clock(MADE_UTC)
    service = BenchService("bench-t", clock=clock, operator="Amina")
    shelf = Location.get(Location.name == "Shelf A1")
    service.set_template(Category.get(Category.name == "Men's jackets").id)
    assert service.scan(shelf.code).ok
    boxes = reserve_codes(CodeKind.BOX, 2)
    for code in boxes:
        assert service.scan(code).ok
        clock.advance()
    van = service.create_van_load("Grande-Synthe").args["code"]
    clock.advance()
    assert service.scan(boxes[0]).ok  # onto the van
    clock.advance()
    assert service.dispatch_van(van).ok
    clock.advance()
    # A count of Shelf A1 that finds nothing: the second box is missing.
    assert service.scan(command_code(Command.COUNT)).ok
    clock.advance()
    service.scan(shelf.code)
    clock.advance()
    assert service.scan(command_code(Command.DONE)).ok
    return {"box": boxes[1], "dispatched": boxes[0], "van": van}


def test_stock_browser_shows_the_warehouse_time(made, qtbot) -> None:
    localtime.store_time_zone(KIRITIMATI)
    view = StockView()
    qtbot.addWidget(view)
    model = view.model
    packed = model.FIELDS.index("packed_at")
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    shown = model.index(rows[made["box"]], packed).data()
    assert shown.startswith("2026-11-30 01:3"), shown  # local, not UTC's 29 November
    # The setting is the warehouse's: set back to UTC, the same box reads UTC.
    localtime.store_time_zone("UTC")
    view.model.reload()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows[made["box"]], packed).data().startswith("2026-11-29 11:3")


def test_van_loads_show_created_and_dispatched_in_local_time(made, qtbot) -> None:
    localtime.store_time_zone(KIRITIMATI)
    view = VanLoadsView(BenchService("bench-v", operator="Tester"))
    qtbot.addWidget(view)
    model = view.load_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Created" in headers and "Dispatched" in headers
    row = model.row_of(made["van"])
    assert row >= 0
    created = model.index(row, headers.index("Created")).data()
    dispatched = model.index(row, headers.index("Dispatched")).data()
    assert created.startswith("2026-11-30 01:3"), created
    assert dispatched.startswith("2026-11-30 01:3"), dispatched
    assert created <= dispatched


def test_machine_zone_applies_when_none_is_set(made, qtbot, monkeypatch) -> None:
    # No setting: the machine's zone ($TZ here), Los Angeles is still 29 November, 03:30.
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    view = StockView()
    qtbot.addWidget(view)
    packed = view.model.FIELDS.index("packed_at")
    rows = {view.model.index(r, 0).data(): r for r in range(view.model.rowCount())}
    assert view.model.index(rows[made["box"]], packed).data().startswith("2026-11-29 03:3")


def test_stock_takes_and_missing_boxes_show_local_time(made, qtbot) -> None:
    localtime.store_time_zone(KIRITIMATI)
    view = CountsView(ask_pin=lambda _reason: None)
    qtbot.addWidget(view)
    assert view.count_model.rowCount() == 1
    finished = view.count_model.index(0, 0).data()
    assert finished.startswith("2026-11-30 01:3"), finished
    missing = view.missing_model
    assert missing.rowCount() == 1 and missing.index(0, 0).data() == made["box"]
    since = missing.index(0, missing.columnCount() - 1).data()
    assert since.startswith("2026-11-30 01:3"), since


def test_box_detail_follows_the_warehouse_zone(made, qtbot) -> None:
    localtime.store_time_zone(KIRITIMATI)
    dialog = BoxDetailDialog(made["box"], lambda _reason: None)
    qtbot.addWidget(dialog)
    assert dialog.fact_labels["packed_at"].text() == "2026-11-30 01:30"
    assert dialog.history_model.index(0, 0).data() == "2026-11-30 01:30:05"  # created


def test_box_and_van_labels_print_the_local_date(made) -> None:
    localtime.store_time_zone(KIRITIMATI)
    (label,) = box_contents([made["box"]])
    assert any("2026-11-30" in line for line in label.details), label.details
    assert not any("2026-11-29" in line for line in label.details)
    (van,) = van_contents([made["van"]])
    assert van.details[0] == "2026-11-30"


def test_proposed_file_names_carry_the_local_date(
    small_warehouse, qtbot, tmp_path, monkeypatch
) -> None:
    localtime.store_time_zone(KIRITIMATI)
    # 11:30 UTC on 1 March 2027 (not the machine's today) is 01:30 on 2 March there.
    monkeypatch.setattr(localtime, "utcnow", lambda: dt.datetime(2027, 3, 1, 11, 30))
    win = QMainWindow()
    win.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    install_report_actions(win, win.menuBar().addMenu("&Print"), PrintQueueSignals(parent=win))
    actions = win.findChild(ReportActions)
    assert actions._out("stock-sheet").name.startswith("stock-sheet-20270302-0130")
    from ui.export_actions import install_export_actions

    install_export_actions(win, win.menuBar().addMenu("&Warehouse"))
    exports = win.findChild(ExportActions)
    assert exports.suggested_file("boxes").name == "boxes-2027-03-02.csv"


def test_the_count_report_prints_local_times(made, tmp_path) -> None:
    from reports.count_report import write_count_report
    from tests.reports.report_helpers import pdf_text
    from warehouse_desktop import counts

    localtime.store_time_zone(KIRITIMATI)
    (count,) = counts.list_counts()
    text = " ".join(pdf_text(write_count_report(count.id, tmp_path / "count.pdf")).split())
    assert "2026-11-30 01:3" in text
    assert "2026-11-29" not in text


def test_the_needs_list_is_dated_on_the_warehouse_day(small_warehouse, monkeypatch) -> None:
    from reports.needs import needs_text

    localtime.store_time_zone(KIRITIMATI)
    # A day that is not the machine's today: 11:30 UTC on 1 March is 2 March there.
    monkeypatch.setattr(localtime, "utcnow", lambda: dt.datetime(2027, 3, 1, 11, 30))
    assert "needs on 2027-03-02" in needs_text()


def test_the_bench_scan_log_shows_the_warehouse_time(small_warehouse: Path, qtbot) -> None:
    from ui.bench_view import LogEntry, ScanLogModel

    # The machine is on UTC here; the warehouse is on Kiritimati (UTC+14).
    localtime.store_time_zone(KIRITIMATI)
    model = ScanLogModel()
    model.add(LogEntry(MADE_UTC, "B1", True, "box_moved", {"code": "B1", "location": "A1"}))
    assert model.index(0, model.FIELDS.index("time")).data() == "01:30:00"
