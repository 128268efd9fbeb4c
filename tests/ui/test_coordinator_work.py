"""A coordinator's work in the window: box detail (one dialog, names in its history,
reprint, move, quantity), the PIN once per session with retries, the catalogue checking
before it asks, retail barcode links, a new shelf's label, locked scanner and printer
settings, exports, an empty Print jobs page that explains itself."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.ui.conftest import COORDINATOR, PIN
from ui.box_detail import BoxDetailDialog
from ui.dialogs import PinDialog
from warehouse_desktop import auth, catalogue
from warehouse_desktop.auth import OperatorInfo
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.coordinator_session import CoordinatorSession
from warehouse_desktop.errors import PermissionRefused
from warehouse_desktop.models import Box, Category, Location, RetailCode, Role
from warehouse_desktop.numbering import reserve_codes


@pytest.fixture
def session(small_warehouse, open_window):
    return open_window("bench-c", 1366, 768)


def _box(shelf: str | None = None) -> str:
    """One box of men's jackets (5 items), put on `shelf` if given."""
    service = BenchService("seed", operator="Tester")
    service.set_template(Category.get(Category.name == "Men's jackets").id)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    assert service.scan(code).ok
    if shelf:
        assert service.scan(Location.get(Location.name == shelf).code).ok
        assert service.scan(code).ok
    return code


class PinAnswers:
    """Answers the PIN dialogs the window opens, one answer per dialog shown, in order."""

    def __init__(self, *pins: str) -> None:
        self.pins = list(pins)
        self.shown = 0
        self.errors: list[str] = []

    def __call__(self, dialog: PinDialog) -> int:
        # Stands in for exec(): type each PIN and press OK until the dialog closes.
        self.shown += 1
        dialog.show()
        while self.pins:
            dialog.name.setText(COORDINATOR)
            dialog.pin.setText(self.pins.pop(0))
            dialog.accept()
            if dialog.result() == PinDialog.DialogCode.Accepted:
                return int(PinDialog.DialogCode.Accepted)
            assert dialog.isVisible()  # a wrong PIN keeps the dialog open
            self.errors.append(dialog.error.text())
        dialog.reject()
        return int(PinDialog.DialogCode.Rejected)


def test_coordinator_session_lasts_until_sign_out_or_ten_idle_minutes(small_warehouse) -> None:
    now = [1000.0]
    session = CoordinatorSession(clock=lambda: now[0])
    assert session.credentials() is None
    with pytest.raises(PermissionRefused):
        session.sign_in(COORDINATOR, "0000")
    assert not session.active
    assert session.sign_in(f"  {COORDINATOR} ", PIN) == (COORDINATOR, PIN)
    now[0] += 9 * 60
    assert session.credentials() == (COORDINATOR, PIN)  # used: ten more minutes
    now[0] += 9 * 60
    assert session.active and session.name == COORDINATOR
    now[0] += 61
    assert session.credentials() is None and not session.active  # idle too long
    session.open(COORDINATOR, PIN)
    session.close()  # signed out
    assert session.credentials() is None
    # The PIN changed at another bench: the old one no longer opens anything here.
    session.sign_in(COORDINATOR, PIN)
    auth.set_pin(COORDINATOR, "8642", role=Role.COORDINATOR)
    assert session.credentials() is None and not session.active


def test_wrong_pin_lets_you_retry_and_the_pin_is_asked_once_per_session(
    session, monkeypatch
) -> None:
    window = session.window
    answers = PinAnswers("0000", "9", PIN)
    monkeypatch.setattr(PinDialog, "exec", lambda dialog: answers(dialog))
    first, second = _box(), _box()
    dialog = window.open_box(first)
    assert dialog.scrap()
    assert answers.shown == 1 and len(answers.errors) == 2
    assert "Wrong PIN" in answers.errors[0]
    assert Box.get(Box.code == first).state == "scrapped"
    dialog.close()
    # The same coordinator session: no second PIN.
    dialog = window.open_box(second)
    assert dialog.mark_lost()
    assert answers.shown == 1
    assert Box.get(Box.code == second).state == "lost"
    dialog.close()
    # A volunteer signs in: the coordinator session is over.
    window.signed_in(OperatorInfo("Ana", Role.VOLUNTEER))
    assert window.ask_pin("again") is None  # asked again (and cancelled: no answers left)
    assert answers.shown == 2


def test_a_coordinator_signing_in_is_not_asked_the_pin_again(session, monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(PinDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    dialog = session.window.start_shift()
    dialog.name.setText(COORDINATOR)
    dialog.coordinator.setChecked(True)
    dialog.pin.setText(PIN)
    dialog.accept()
    assert session.window.ask_pin("Scrap") == (COORDINATOR, PIN)
    assert asked == []


# The offscreen platform cannot raise a window; the dialog's raise_() is for real screens.
@pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support raise")
def test_double_click_opens_one_box_detail(session, qtbot) -> None:
    window = session.window
    code = _box("Shelf A1")
    window.tabs.setCurrentWidget(window.stock.parentWidget())
    window.show()
    qtbot.waitExposed(window)
    table = window.stock.table
    qtbot.waitUntil(lambda: table.model().rowCount() >= 1)
    row = next(
        r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == code
    )
    # What a double-click on a row does in a view that cannot edit (the stock table):
    # doubleClicked, then activated, for the same row.
    index = table.model().index(row, 0)
    table.doubleClicked.emit(index)
    table.activated.emit(index)
    qtbot.waitUntil(lambda: bool(window.findChildren(BoxDetailDialog)))
    QApplication.processEvents()
    shown = [d for d in window.findChildren(BoxDetailDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].code == code
    assert window.open_box(code) is shown[0]  # asked again: the same dialog comes forward
    shown[0].close()
    assert window.open_box(code) is not shown[0]  # closed: a fresh one


def test_box_detail_history_names_the_shelves(session) -> None:
    code = _box("Shelf A1")
    service = BenchService("seed", operator="Tester")
    assert service.scan(Location.get(Location.name == "Shelf B2").code).ok
    assert service.scan(code).ok
    dialog = BoxDetailDialog(code, lambda _reason: None, parent=session.window)
    model = dialog.history_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    moves = [
        {headers[c]: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]
    assert [(m["From"], m["To"]) for m in moves[-2:]] == [
        (moves[-2]["From"], "Shelf A1"),
        ("Shelf A1", "Shelf B2"),
    ]
    assert all(not (m["To"] or "").startswith("L") or m["To"].startswith("Shelf") for m in moves)


def test_correct_quantity_starts_at_the_box_quantity(session, monkeypatch) -> None:
    code = _box()
    asked: list[int] = []

    def get_int(_parent, _title, _label, value, *_rest):
        asked.append(value)
        return value, False

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    dialog = BoxDetailDialog(code, lambda _reason: None, parent=session.window)
    assert not dialog.correct_quantity()
    assert asked == [5]


def test_box_detail_reprints_the_label_and_moves_the_box_behind_the_pin(session) -> None:
    code = _box("Shelf A1")
    printed: list[object] = []
    pins: list[str] = []

    def ask_pin(reason: str) -> tuple[str, str]:
        pins.append(reason)
        return COORDINATOR, PIN

    dialog = BoxDetailDialog(code, ask_pin, reprint=printed.append, parent=session.window)
    assert dialog.reprint_button.isVisible() or not session.window.isVisible()
    dialog.reprint_label()
    assert [(b.code, b.quantity, b.category) for b in printed] == [(code, 5, "Men's jackets")]
    assert pins == []  # reprinting needs no PIN
    shelf_b = Location.get(Location.name == "Shelf B2")
    assert dialog.move_box(shelf_b.code)
    assert pins == [f"Move box {code}"]
    assert Box.get(Box.code == code).location_id == shelf_b.id
    assert "Shelf B2" in dialog.status.text()
    assert "Shelf B2" in dialog.fact_labels["location"].text()
    # A scrapped box cannot be moved: refused, said, nothing changes.
    assert dialog.scrap()
    assert not dialog.move_button.isEnabled()
    assert not dialog.move_box(Location.get(Location.name == "Shelf A1").code)
    assert "only a box in stock" in dialog.status.text()
    assert Box.get(Box.code == code).location_id == shelf_b.id


def test_catalogue_checks_the_name_before_asking_the_pin(session) -> None:
    from ui.catalogue_view import CatalogueView

    asked: list[str] = []
    view = CatalogueView(lambda reason: asked.append(reason) or None, session.window)
    view.new_category()
    view.cat_name.setText("   ")
    assert not view.save_category()
    assert asked == [] and "name" in view.status.text()
    view.new_location()
    view.loc_name.setText("")
    assert not view.save_location()
    assert asked == [] and "name" in view.status.text()
    view.cat_name.setText("Winter hats")
    assert not view.save_category()  # now asked (and cancelled)
    assert asked == ["Save category Winter hats"]


def test_retail_barcodes_are_listed_and_removable(session) -> None:
    from ui.catalogue_view import CatalogueView

    jackets = Category.get(Category.name == "Men's jackets")
    RetailCode.create(code="4006381333931", category=jackets)
    view = CatalogueView(lambda _reason: (COORDINATOR, PIN), session.window)
    view.category_table.selectRow(view.category_model.row_of(jackets.id))
    assert [view.retail_list.item(i).text() for i in range(view.retail_list.count())] == [
        "4006381333931"
    ]
    view.retail_list.setCurrentRow(0)
    assert view.retail_remove.isEnabled()
    assert view.unlink_retail()
    assert RetailCode.select().count() == 0
    assert "no longer means Men's jackets" in view.status.text()
    assert view.retail_list.item(0).flags() == Qt.ItemFlag.NoItemFlags  # "none: …"
    assert catalogue.retail_codes(jackets.id) == []


def test_a_new_shelf_offers_its_label(session) -> None:
    from ui.catalogue_view import CatalogueView

    wanted: list[str] = []
    view = CatalogueView(lambda _reason: (COORDINATOR, PIN), session.window,
                         print_location_label=wanted.append)  # fmt: skip
    view.new_location()
    assert not view.loc_label_button.isEnabled()
    view.loc_name.setText("Shelf C3")
    assert view.save_location()
    assert "print its label" in view.status.text()
    assert view.loc_label_button.isEnabled()
    view.loc_label_button.click()
    assert wanted == [Location.get(Location.name == "Shelf C3").code]
    # From the window: the Print menu's shelf-label dialog, with that code filled in.
    dialog = session.window.print_location_label(wanted[0])
    assert dialog is not None and dialog.codes.text() == wanted[0]
    dialog.close()


def test_scanner_and_printer_settings_need_the_pin(session, monkeypatch) -> None:
    window = session.window
    page = window.settings_page
    assert page.locked and not page.wedge_box.isEnabled() and not page.label_format.isEnabled()
    assert page.language.isEnabled() and page.sounds.isEnabled()  # anyone's
    before = session.scan_filter.settings
    page.max_gap.setValue(120)
    assert page.store_wedge() is None
    assert session.scan_filter.settings == before
    answers = PinAnswers("0000", PIN)
    monkeypatch.setattr(PinDialog, "exec", lambda dialog: answers(dialog))
    assert page.unlock()
    assert not page.locked and page.wedge_box.isEnabled()
    assert page.store_wedge() is not None
    assert session.scan_filter.settings.max_gap == pytest.approx(0.12)
    # Another volunteer signs in: locked again at once.
    window.signed_in(OperatorInfo("Ana", Role.VOLUNTEER))
    assert page.locked and not page.wedge_box.isEnabled()


def test_export_writes_the_files_off_the_gui_thread(session, qtbot, tmp_path: Path) -> None:
    from ui.export_actions import ExportActions

    window = session.window
    _box("Shelf A1")
    exports = window.findChild(ExportActions)
    assert set(exports.actions) >= {"boxes", "movements", "stock", "needs"}
    assert exports.submenu.menuAction() in window.warehouse_menu.actions()
    out = tmp_path / "boxes"
    with qtbot.waitSignal(exports.finished, timeout=20000) as done:
        assert exports.export_to("boxes", out)
    what, rows, path = done.args
    assert (what, rows, path) == ("boxes", 1, str(tmp_path / "boxes.csv"))
    with open(path, newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert table[0]["category"] == "Men's jackets" and table[0]["location"]
    assert "1 row to" in window.statusBar().currentMessage()
    with qtbot.waitSignal(exports.finished, timeout=20000) as done:
        exports.export_to("movements", tmp_path / "movements.csv")
    assert done.args[1] == 2  # created, moved
    assert "2 rows to" in window.statusBar().currentMessage()
    # A folder that does not exist: said plainly, nothing half-written.
    with qtbot.waitSignal(exports.failed, timeout=20000) as failed:
        exports.export_to("stock", tmp_path / "missing" / "stock.csv")
    assert "missing" in failed.args[0]
    assert not exports.busy
    assert not (tmp_path / "missing").exists()


def test_empty_print_jobs_page_explains_itself(session, qtbot, tmp_path: Path) -> None:
    view = session.window.page("print_jobs")
    assert view.empty_note.isVisibleTo(view)
    assert "No print jobs yet" in view.empty_note.text()
    view.model.jobs.queue.submit(tmp_path / "nothing.zpl", f"file:{tmp_path / 'out.zpl'}")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: not view.empty_note.isVisibleTo(view))


def test_box_detail_shows_the_bench_clock_not_utc(session, monkeypatch) -> None:
    import time

    from warehouse_desktop import inventory

    code = _box()
    created = inventory.box_history(code)[0].at  # naive UTC, as stored
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # UTC+5:30 all year
    time.tzset()
    try:
        dialog = BoxDetailDialog(code, lambda _reason: None, parent=session.window)
        shown = dialog.history_model.index(0, 0).data()
        local = created + dt.timedelta(hours=5, minutes=30)
        assert shown == local.strftime("%Y-%m-%d %H:%M:%S")
        assert dialog.fact_labels["packed_at"].text().endswith(local.strftime("%H:%M"))
    finally:
        monkeypatch.undo()
        time.tzset()
