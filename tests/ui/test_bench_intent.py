"""A scan changes stock only when the volunteer meant it, driven through the real window:
scans away from the bench only look, sign-in by card, amber confirmations, the van
dispatch dialog, the Volunteers and Stock-takes pages, the typed quantity and F2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import COORDINATOR, PIN
from ui import sounds
from ui.app import build_window
from ui.report_actions import LabelOptionsDialog
from ui.table_models import select_row
from warehouse_desktop import auth, volunteers
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.codes import CodeKind, Command, command_code
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Location,
    Movement,
    StockCount,
    VanLoad,
    utcnow,
)
from warehouse_desktop.numbering import reserve_codes

# Amber plays the confirm sound where the sounds offer one (else the error sound).
AMBER_SOUND = "confirm" if "confirm" in getattr(sounds, "KINDS", ()) else "error"


class Clock:
    """The bench service's clock, moved on by hand (confirm and idle windows)."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def _session(tmp_path: Path, qtbot):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-i", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    session.window.resize(1366, 768)
    session.clock = Clock()
    session.window.service.clock = session.clock
    return session


@pytest.fixture
def fresh(small_warehouse, qtbot, tmp_path: Path):
    """The window as it opens: nobody signed in."""
    session = _session(tmp_path, qtbot)
    yield session
    session.app.removeEventFilter(session.scan_filter)
    # No dialog of this window stays up (modal) into the next test.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    session.window.close()


@pytest.fixture
def session(fresh):
    """Signed in as Ana by her volunteer card."""
    card = volunteers.add_volunteer("Ana", coordinator=COORDINATOR, pin=PIN).card_code
    assert fresh.window.handle_scan(card).action is ScanAction.SIGNED_IN
    return fresh


def scan(session, code: str, seconds: float = 2.0):
    """A scan through the window, `seconds` after the last (past the double-read window)."""
    session.clock.advance(seconds)
    return session.window.handle_scan(code)


def wedge(session, code: str, seconds: float = 2.0) -> None:
    """`code` and Enter typed as a keyboard-wedge scanner does (3 ms apart), into whatever
    window has the focus."""
    session.clock.advance(seconds)
    times = getattr(session, "_wedge_clock", None)
    if times is None:
        times = session._wedge_clock = [1000.0]
        session.scan_filter._clock = lambda: times[0]
    times[0] += 5.0
    for ch in code + "\r":
        times[0] += 0.003
        key = Qt.Key.Key_Return if ch == "\r" else ord(ch)
        # Keys go to the modal dialog in front, as a window manager would (offscreen
        # may have no focus window), else the focused window.
        modal = QApplication.activeModalWidget()
        target = (
            (modal.windowHandle() if modal is not None else None)
            or QApplication.focusWindow()
            or session.window.windowHandle()
        )
        QCoreApplication.sendEvent(
            target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch)
        )


def _box_on_shelf(session, shelf_name: str = "Shelf A1") -> str:
    shelf = Location.get(Location.name == shelf_name)
    jackets = Category.get(Category.name == "Men's jackets")
    code = reserve_codes(CodeKind.BOX, 1)[0]
    assert scan(session, jackets.code).ok
    assert scan(session, shelf.code).ok
    assert scan(session, code).action is ScanAction.BOX_CREATED
    return code


def _row(code: str) -> tuple:
    box = Box.get(Box.code == code)
    return (box.state, box.location_id, box.van_load_id, box.quantity, box.updated_at)


# --- 1. scans away from the bench only look --------------------------------------------


def test_a_scan_on_the_stock_page_with_its_search_focused_moves_nothing(session, qtbot) -> None:
    window = session.window
    code = _box_on_shelf(session, "Shelf A1")
    # The bench now remembers Shelf B2: a scan of the box on the bench would move it.
    assert scan(session, Location.get(Location.name == "Shelf B2").code).ok
    before, movements = _row(code), Movement.select().count()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window._holders["stock"])
    window.stock.search.setFocus()
    wedge(session, code)
    assert Movement.select().count() == movements
    assert _row(code) == before
    assert window.stock.search.text() == ""  # not typed into the search field either
    assert window.tabs.currentWidget() is window._holders["stock"]  # the page stays
    # The box's detail opened, and the log says what was looked at.
    qtbot.waitUntil(lambda: window.box_dialog is not None and window.box_dialog.isVisible())
    assert window.box_dialog.code == code
    assert window.last_look.action is ScanAction.LOOKED
    assert window.bench.log_model.entry(0).key == "look_box"


def test_a_scan_with_a_box_detail_open_looks_at_the_next_box(session, qtbot) -> None:
    window = session.window
    first = _box_on_shelf(session, "Shelf A1")
    second = _box_on_shelf(session, "Shelf A1")
    assert scan(session, Location.get(Location.name == "Shelf B2").code).ok
    window.show()
    qtbot.waitExposed(window)
    dialog = window.open_box(first)
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    movements = Movement.select().count()
    wedge(session, second)  # the bench is behind the dialog: only look
    assert Movement.select().count() == movements
    assert Box.get(Box.code == second).location_id == Location.get(Location.name == "Shelf A1").id
    qtbot.waitUntil(lambda: window.box_dialog is not None and window.box_dialog.code == second)
    assert not dialog.isVisible()


def test_a_scan_while_the_dispatch_question_is_asked_changes_nothing(session, qtbot) -> None:
    window = session.window
    code = _box_on_shelf(session)
    van = window.service.create_van_load("Calais").code
    assert scan(session, code).action is ScanAction.BOX_LOADED
    assert scan(session, command_code(Command.CHECK_IN)).ok
    other = _box_on_shelf(session, "Shelf B2")
    window.tabs.setCurrentWidget(window._holders["van_loads"])
    view = window.van_loads
    view.reload()
    select_row(view.loads, view.load_model.row_of(van))
    window.show()
    qtbot.waitExposed(window)
    dialog = view.dispatch()
    qtbot.waitExposed(dialog)
    movements = Movement.select().count()
    wedge(session, other)
    assert Movement.select().count() == movements
    assert window.last_look.box.code == other
    assert window.box_dialog is None and dialog.isVisible()  # the question stays in front
    assert other in window.statusBar().currentMessage()
    dialog.cancel_button.click()
    assert VanLoad.get(VanLoad.code == van).state == "loading"


def test_a_scan_on_another_page_that_is_not_a_box_is_shown_in_the_status_bar(session) -> None:
    window = session.window
    window.tabs.setCurrentWidget(window._holders["needs"])
    shelf = Location.get(Location.name == "Shelf B2")
    result = scan(session, shelf.code)
    assert result.action is ScanAction.LOOKED
    assert "Shelf B2" in window.statusBar().currentMessage()
    assert window.service.context().location_code is None  # not made the current location
    # A command card away from the bench does nothing at all.
    assert not scan(session, command_code(Command.DISPATCH)).ok
    assert window.service.context().mode.value == "check_in"


def test_look_card_then_a_box_on_the_bench_opens_its_detail_and_moves_nothing(
    session, qtbot
) -> None:
    window = session.window
    code = _box_on_shelf(session, "Shelf A1")
    assert scan(session, Location.get(Location.name == "Shelf B2").code).ok
    before, movements = _row(code), Movement.select().count()
    assert scan(session, command_code(Command.LOOK)).action is ScanAction.LOOK_ARMED
    result = scan(session, code)
    assert result.action is ScanAction.LOOKED and window.bench.banner.state == "ok"
    assert _row(code) == before and Movement.select().count() == movements
    assert window.box_dialog is not None and window.box_dialog.code == code
    # LOOK is spent: the next scan of the box puts it away as usual.
    window.box_dialog.reject()
    assert scan(session, code).action is ScanAction.BOX_MOVED


def test_the_label_dialog_codes_field_takes_a_scan_as_text(session, qtbot) -> None:
    window = session.window
    code = _box_on_shelf(session, "Shelf A1")
    assert scan(session, Location.get(Location.name == "Shelf B2").code).ok
    before, movements = _row(code), Movement.select().count()
    last = window.bench.last_result
    window.show()
    qtbot.waitExposed(window)
    dialog = LabelOptionsDialog("boxes", session.settings, window)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.codes.setFocus()
    wedge(session, code)
    wedge(session, code, seconds=0.5)  # a second label of the same box: its own word
    assert dialog.codes.text() == f"{code} {code}"
    assert _row(code) == before and Movement.select().count() == movements
    assert window.bench.last_result is last
    assert window.box_dialog is None
    dialog.reject()


# --- 2. sign-in ------------------------------------------------------------------------


def test_scans_are_refused_until_a_volunteer_card_signs_in(fresh, qtbot) -> None:
    window = fresh.window
    card = volunteers.add_volunteer("Bo", coordinator=COORDINATOR, pin=PIN).card_code
    window.show()
    qtbot.waitExposed(window)
    dialog = window.start_shift()
    qtbot.waitExposed(dialog)
    jackets = Category.get(Category.name == "Men's jackets")
    assert "nobody" in window.bench.operator_value.text()
    assert "Scan your volunteer card" in window.bench.banner.text()
    window.tabs.setCurrentWidget(window.bench)
    result = scan(fresh, jackets.code)
    assert not result.ok and result.message == "sign_in_first"
    assert window.bench.banner.state == "error"
    assert window.bench.banner.text() == "Scan your volunteer card first"
    assert window.service.context().category_id is None
    assert window.bench.feedback.played[-1] == "error"
    # The card, scanned with the sign-in dialog open, signs Bo in and closes the dialog.
    wedge(fresh, card)
    assert window.bench.last_result.action is ScanAction.SIGNED_IN
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.operator.name == "Bo"
    assert "Bo" in window.status_operator.text()
    assert window.bench.operator_value.text() == "Bo"
    assert scan(fresh, jackets.code).action is ScanAction.TEMPLATE_SET


def test_a_card_scanned_on_another_page_signs_in_at_the_bench(fresh) -> None:
    window = fresh.window
    card = volunteers.add_volunteer("Bo", coordinator=COORDINATOR, pin=PIN).card_code
    window.tabs.setCurrentWidget(window._holders["stock"])
    assert scan(fresh, card).action is ScanAction.SIGNED_IN
    assert window.tabs.currentWidget() is window.bench
    assert window.operator.name == "Bo"


def test_sign_in_and_ctrl_l_clear_the_bench_context_on_screen(session, qtbot) -> None:
    window = session.window
    bench = window.bench
    _box_on_shelf(session, "Shelf B2")
    assert "Men's jackets" in bench.template_value.text()
    assert "Shelf B2" in bench.location_value.text()
    # The next volunteer scans their card: nothing of Ana's context carries over.
    card = volunteers.add_volunteer("Bo", coordinator=COORDINATOR, pin=PIN).card_code
    assert scan(session, card).action is ScanAction.SIGNED_IN
    assert bench.operator_value.text() == "Bo"
    assert "none" in bench.template_value.text()
    assert "Shelf B2" not in bench.location_value.text()
    _box_on_shelf(session, "Shelf A1")
    # Ctrl+L: Bo signs out, the context is cleared, the sign-in dialog waits.
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.service.signed_in
    assert window.operator is None
    assert "Nobody signed in" in window.status_operator.text()
    assert "nobody" in bench.operator_value.text()
    assert "none" in bench.template_value.text() and "Shelf A1" not in bench.location_value.text()
    assert window._sign_in_dialog.isVisible()
    assert bench.last_result.action is ScanAction.SIGNED_OUT
    # Typing a name in the dialog signs in too.
    window._sign_in_dialog.name.setText("Chris")
    window._sign_in_dialog.accept()
    assert window.service.operator == "Chris" and bench.operator_value.text() == "Chris"


def test_sign_out_card_and_a_stopped_volunteer_bring_the_sign_in_back(session, qtbot) -> None:
    window = session.window
    assert scan(session, command_code(Command.SIGN_OUT)).action is ScanAction.SIGNED_OUT
    assert window.operator is None and not window.service.signed_in
    dialog = window._sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    volunteers.set_active("Ana", False, coordinator=COORDINATOR, pin=PIN)
    dialog.name.setText("Ana")
    dialog.accept()
    assert not window.service.signed_in and window.operator is None
    assert window.bench.banner.state == "error" and "no longer" in window.bench.banner.text()
    assert window._sign_in_dialog.isVisible()  # back for the next try


def test_the_idle_context_is_cleared_by_the_timer_and_the_log_says_so(session, monkeypatch) -> None:
    from warehouse_desktop.errors import StorageError

    bench = session.window.bench
    assert bench.expiry_timer.isActive() and bench.expiry_timer.interval() <= 60_000
    _box_on_shelf(session, "Shelf B2")
    session.clock.advance(5 * 60)
    bench.expiry_timer.timeout.emit()
    assert "Shelf B2" in bench.location_value.text()  # 5 minutes: still there
    session.clock.advance(11 * 60)
    bench.expiry_timer.timeout.emit()
    assert "Shelf B2" not in bench.location_value.text()
    assert session.window.service.context().location_code is None
    entry = bench.log_model.entry(0)
    assert entry.key == "context_expired"
    text = bench.log_model.data(bench.log_model.index(0, 2))
    assert "15 minutes" in text and "cleared" in text
    # The template is the bench's, not the context's: kept.
    assert "Men's jackets" in bench.template_value.text()
    # A busy database at the timer's check: no red banner, no sound, nothing logged.
    rows, played = bench.log_model.rowCount(), list(bench.feedback.played)

    def busy() -> None:
        raise StorageError("db_locked")

    with monkeypatch.context() as patch:
        patch.setattr(session.window.service, "expire_context", busy)
        bench.expiry_timer.timeout.emit()
    assert bench.log_model.rowCount() == rows and bench.feedback.played == played
    assert bench.banner.state != "error"
    # A scan after a quiet spell the timer has not seen yet: cleared first, and logged.
    shelf = Location.get(Location.name == "Shelf B2")
    assert scan(session, shelf.code).ok
    session.clock.advance(16 * 60)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    result = scan(session, code)
    assert result.context_cleared and result.action is ScanAction.BOX_CREATED
    assert Box.get(Box.code == code).location_id != shelf.id
    assert [bench.log_model.entry(i).key for i in (0, 1)] == ["box_created", "context_expired"]


# --- 3. amber ---------------------------------------------------------------------------


def _dispatched_box(session) -> tuple[str, str]:
    code = _box_on_shelf(session, "Shelf A1")
    van = session.window.service.create_van_load("Grande-Synthe").code
    assert scan(session, code).action is ScanAction.BOX_LOADED
    assert session.window.service.dispatch_van(van).ok
    assert scan(session, command_code(Command.CHECK_IN)).ok
    return code, van


def test_a_returned_box_turns_amber_then_comes_back_on_the_second_scan(session) -> None:
    bench = session.window.bench
    code, van = _dispatched_box(session)
    movements = Movement.select().count()
    result = scan(session, code)
    assert result.confirm and result.action is ScanAction.CONFIRM_RETURN
    assert bench.banner.state == "confirm"
    assert van in bench.banner.text() and "scan it again" in bench.banner.text()
    assert bench.feedback.played[-1] == AMBER_SOUND
    assert bench.log_model.entry(0).state == "confirm"
    assert bench.log_model.data(bench.log_model.index(0, 2), Qt.ItemDataRole.BackgroundRole)
    assert Box.get(Box.code == code).state == BoxState.DISPATCHED.value  # nothing changed
    assert Movement.select().count() == movements
    result = scan(session, code, seconds=5)
    assert result.ok and result.action is ScanAction.BOX_RETURNED
    assert bench.banner.state == "ok" and bench.feedback.played[-1] == "ok"
    assert Box.get(Box.code == code).state == BoxState.IN_STOCK.value


def test_a_returned_box_scanned_again_too_late_is_amber_again(session) -> None:
    code, _ = _dispatched_box(session)
    assert scan(session, code).confirm
    assert scan(session, code, seconds=31).confirm
    assert Box.get(Box.code == code).state == BoxState.DISPATCHED.value


def test_dispatch_card_twice_on_the_bench(session) -> None:
    bench = session.window.bench
    codes = [_box_on_shelf(session) for _ in range(2)]
    van = session.window.service.create_van_load("Calais north").code
    bench.refresh_context()
    for code in codes:
        assert scan(session, code).action is ScanAction.BOX_LOADED
    dispatch = command_code(Command.DISPATCH)
    first = scan(session, dispatch)
    assert first.confirm and first.action is ScanAction.CONFIRM_DISPATCH
    assert bench.banner.state == "confirm"
    assert van in bench.banner.text() and "2 boxes" in bench.banner.text()
    assert VanLoad.get(VanLoad.code == van).state == "loading"
    second = scan(session, dispatch, seconds=3)
    assert second.ok and second.action is ScanAction.LOAD_DISPATCHED
    assert VanLoad.get(VanLoad.code == van).state == "dispatched"
    assert bench.banner.state == "ok"


def test_the_amber_banner_reads_well(session, tmp_path: Path) -> None:
    """A screenshot of the amber banner, for a person to look at (kept in tmp_path)."""
    bench = session.window.bench
    code, _ = _dispatched_box(session)
    scan(session, code)
    session.window.show()
    QApplication.processEvents()
    shot = tmp_path / "amber.png"
    assert bench.banner.grab().save(str(shot))
    image = bench.banner.grab().toImage()
    corner = image.pixelColor(image.width() // 2, 4)
    assert corner.name() == "#f2a900"
    text_colour = bench.banner.palette().color(bench.banner.foregroundRole())
    assert text_colour.lightness() < 60  # dark text on amber


# --- 4. van loads page ---------------------------------------------------------------


def test_dispatch_on_the_van_loads_page_names_and_acts_on_the_selected_van(session) -> None:
    window = session.window
    codes = [_box_on_shelf(session) for _ in range(3)]
    older = window.service.create_van_load("Calais").code
    assert scan(session, codes[0]).ok
    newer = window.service.create_van_load("Dunkirk").code  # the bench loads onto this one
    for code in codes[1:]:
        assert scan(session, code).ok
    view = window.van_loads
    view.reload()
    select_row(view.loads, view.load_model.row_of(older))
    assert view.selected_code() == older
    dialog = view.dispatch()
    assert older in dialog.text() and "Calais" in dialog.text()
    assert dialog.informativeText().startswith("1 box, ")
    assert dialog.defaultButton() is dialog.cancel_button  # Enter does not dispatch
    dialog.cancel_button.click()
    assert VanLoad.get(VanLoad.code == older).state == "loading"
    dialog = view.dispatch()
    dialog.dispatch_button.click()
    assert VanLoad.get(VanLoad.code == older).state == "dispatched"
    assert VanLoad.get(VanLoad.code == newer).state == "loading"  # never the other one
    assert window.bench.last_result.action is ScanAction.LOAD_DISPATCHED
    assert view.selected_code() == older
    assert view.reopen_button.isEnabled() and not view.dispatch_button.isEnabled()


def test_a_coordinator_reopens_a_dispatched_van_with_the_pin(session) -> None:
    window = session.window
    code, van = _dispatched_box(session)
    view = window.van_loads
    view.reload()
    select_row(view.loads, view.load_model.row_of(van))
    answers = [None, (COORDINATOR, "0000"), ("Ana", PIN), (COORDINATOR, PIN)]
    view._ask_pin = lambda reason: answers.pop(0)
    for _ in range(3):  # cancelled, wrong PIN, not a coordinator
        view.reopen()
        assert VanLoad.get(VanLoad.code == van).state == "dispatched"
    assert "PIN" in view.status.text() or "coordinator" in view.status.text()
    view.reopen()
    assert VanLoad.get(VanLoad.code == van).state == "loading"
    assert Box.get(Box.code == code).state == BoxState.LOADING.value
    assert Movement.select().where(Movement.action == "reopened").get().operator == COORDINATOR


# --- 5. volunteers and stock-takes -------------------------------------------------------


def test_volunteers_page_needs_the_pin_adds_names_coordinators_and_prints_cards(
    session, qtbot, qtmodeltester
) -> None:
    window = session.window
    printed: list[list[tuple[str, str]]] = []
    view = window.volunteers
    view._print_cards = printed.append
    view._ask_pin = lambda reason: (COORDINATOR, "9999")
    assert not view.unlock()
    assert view.model.rowCount() == 0 and view.stack.currentIndex() == 0
    assert view.locked_error.text() == "Wrong PIN"
    view._ask_pin = lambda reason: (COORDINATOR, PIN)
    assert view.unlock()
    qtmodeltester.check(view.model)
    names = [row.name for row in view.model.rows()]
    assert {"Ana", COORDINATOR} <= set(names)
    view.name.setText("  Dawit  ")
    row = view.add()
    assert row is not None and row.name == "Dawit" and row.card_code.startswith("P")
    assert view.selected_names() == ["Dawit"]
    assert view.make_coordinator(new_pin="2468").is_coordinator
    auth.require_coordinator("Dawit", "2468")
    view.name.setText("\x1b[31m")
    assert view.add() is None and "printable" in view.status.text()
    view.print_selected()
    assert printed == [[("Dawit", row.card_code)]]
    # How long benches keep their context: a setting for every bench.
    assert view.expiry.value() == 15
    view.expiry.setValue(5)
    assert view.save_expiry() == 5, view.status.text()
    assert BenchService("another bench").context_timeout() == dt.timedelta(minutes=5)
    # The card signs Dawit in.
    assert scan(session, row.card_code).action is ScanAction.SIGNED_IN
    assert window.operator.name == "Dawit"
    assert not view.unlocked  # a new volunteer: the page locked itself
    # The next volunteer's card locks it again (the bench comes forward).
    assert view.unlock()
    assert scan(session, volunteers.card_code("Ana")).action is ScanAction.SIGNED_IN
    assert not view.unlocked and window.tabs.currentWidget() is window.bench
    # So does leaving the page.
    assert view.unlock()
    window.show()
    window.tabs.setCurrentWidget(window._holders["volunteers"])
    window.tabs.setCurrentWidget(window.bench)
    assert not view.unlocked and view.model.rowCount() == 0


def test_volunteer_cards_print_from_the_page_and_scan_back(session, qtbot) -> None:
    from tests.reports.report_helpers import decode, pdf_text, rasterise
    from ui.report_actions import ReportActions

    window = session.window
    dawit = volunteers.add_volunteer("Dawit", coordinator=COORDINATOR, pin=PIN)
    view = window.volunteers
    view._ask_pin = lambda reason: (COORDINATOR, PIN)
    assert view.unlock()
    view.select("Dawit")
    window.install_report_actions()
    actions = window.findChild(ReportActions)
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        view.print_selected()  # made off the GUI thread, then previewed
    dialog = opened.args[0]
    pdf = dialog.pdf_path
    assert "Dawit" in pdf_text(pdf)
    assert [code for page in rasterise(pdf) for code in decode(page)] == [dawit.card_code]
    dialog.close()


def test_print_menu_offers_volunteer_cards_behind_the_pin(session) -> None:
    window = session.window
    window.install_report_actions()
    names = {a.objectName() for a in window.print_menu.actions()}
    assert "report-volunteer-cards" in names
    asked: list[str] = []
    window.volunteers._ask_pin = lambda reason: asked.append(reason)
    window.volunteer_cards_action.trigger()
    assert window.tabs.currentWidget() is window._holders["volunteers"]
    assert asked and not window.volunteers.unlocked


def _count_with_one_missing(session) -> tuple[str, str]:
    found = _box_on_shelf(session, "Shelf A1")
    missing = _box_on_shelf(session, "Shelf A1")
    shelf = Location.get(Location.name == "Shelf A1")
    assert scan(session, command_code(Command.COUNT)).action is ScanAction.COUNT_STARTED
    assert scan(session, shelf.code).ok
    assert "Shelf A1: 0 boxes seen" in session.window.bench.count_value.text()
    assert scan(session, found).ok
    assert "Shelf A1: 1 box seen" in session.window.bench.count_value.text()
    assert scan(session, command_code(Command.DONE)).action is ScanAction.COUNT_DONE
    return found, missing


def test_counts_page_lists_stock_takes_opens_the_report_and_marks_missing_lost(
    session, qtbot, qtmodeltester
) -> None:
    from tests.reports.report_helpers import pdf_text
    from ui.report_actions import ReportActions

    found, missing = _count_with_one_missing(session)
    assert Box.get(Box.code == missing).state == BoxState.MISSING.value
    view = session.window.counts
    view.reload()
    qtmodeltester.check(view.count_model)
    qtmodeltester.check(view.missing_model)
    assert view.count_model.rowCount() == 1
    row = view.selected_count()
    assert (row.found, row.missing, row.operator) == (1, 1, "Ana")
    session.window.install_report_actions()
    actions = session.window.findChild(ReportActions)
    with qtbot.waitSignal(actions.preview_opened, timeout=20000) as opened:
        assert view.open_report()  # made off the GUI thread, then previewed
    preview = opened.args[0]
    text = pdf_text(preview.pdf_path)
    assert missing in text and found in text and "Shelf A1" in text
    preview.close()
    assert [b.code for b in view.missing_model.rows()] == [missing]
    select_row(view.missing, 0)
    answers = [(COORDINATOR, "0000"), ("Ana", PIN), (COORDINATOR, PIN)]
    view._ask_pin = lambda reason: answers.pop(0)
    for _ in range(2):  # a wrong PIN, then not a coordinator
        select_row(view.missing, 0)
        assert view.mark_lost() == 0
        assert Box.get(Box.code == missing).state == BoxState.MISSING.value
    select_row(view.missing, 0)
    assert view.mark_lost() == 1, view.status.text()
    assert Box.get(Box.code == missing).state == BoxState.LOST.value
    assert view.missing_model.rowCount() == 0
    assert StockCount.select().count() == 1


# --- 6. the bench's own small ones ------------------------------------------------------


def test_a_typed_quantity_without_enter_is_what_the_next_box_gets(session, qtbot) -> None:
    bench = session.window.bench
    jackets = Category.get(Category.name == "Men's jackets")
    assert scan(session, jackets.code).ok
    assert bench.quantity.value() == 5
    session.window.show()
    qtbot.waitExposed(session.window)
    bench.quantity.setFocus()
    bench.quantity.selectAll()
    QTest.keyClicks(bench.quantity, "12")  # typed, no Enter
    code = reserve_codes(CodeKind.BOX, 1)[0]
    wedge(session, code)
    assert Box.get(Box.code == code).quantity == 12
    assert session.window.service.context().quantity == 12
    # The scan's own banner is the one shown; the quantity has its line in the log.
    assert bench.last_result.action is ScanAction.BOX_CREATED
    assert "× 12" in bench.banner.text()
    assert bench.log_model.entry(1).key == "quantity_set"
    # Typed, then a size button: the size and the typed quantity both count.
    bench.quantity.setFocus()
    bench.quantity.selectAll()
    QTest.keyClicks(bench.quantity, "7")
    size_l = next(b for b in bench._size_buttons if b.text() == "L")
    qtbot.mouseClick(size_l, Qt.MouseButton.LeftButton)
    assert (bench.context.size, bench.context.quantity) == ("L", 7)
    # Nothing typed: the next box does not re-send the quantity.
    movements = Movement.select().count()
    scan(session, reserve_codes(CodeKind.BOX, 1)[0])
    assert Movement.select().count() == movements + 1


def test_f2_twice_within_a_second_makes_one_box_and_one_label(session) -> None:
    window = session.window
    bench = window.bench
    assert scan(session, Category.get(Category.name == "Sleeping bags").code).ok
    labels: list[str] = []
    bench.label_requested.connect(lambda box: labels.append(box.code))
    f2 = next(a for a in window.actions() if a.shortcut().toString() == "F2")
    before = Box.select().count()
    f2.trigger()
    f2.trigger()
    assert Box.select().count() == before + 1 and len(labels) == 1
    # Past the window's own guard, the core still refuses it (same service second):
    # silent, nothing written, no label.
    bench._last_new_box -= 5
    f2.trigger()
    assert Box.select().count() == before + 1 and len(labels) == 1
    session.clock.advance(1.5)
    bench._last_new_box -= 5
    f2.trigger()
    assert Box.select().count() == before + 2 and len(labels) == 2


def test_the_context_panel_shows_every_part_of_the_context(session) -> None:
    bench = session.window.bench
    captions = [
        bench.operator_caption, bench.mode_caption, bench.template_caption,
        bench.location_caption, bench.van_caption, bench.count_caption,
    ]  # fmt: skip
    assert [c.text() for c in captions] == [
        "Volunteer", "Mode", "Category template", "Location", "Van load", "Stock-take",
    ]  # fmt: skip
    van = session.window.service.create_van_load("Calais")
    bench.show_result(van)
    assert "Calais" in bench.van_value.text() and "LOAD" in bench.mode_value.text()
    assert bench.operator_value.text() == "Ana"


def test_names_typed_by_people_are_shown_as_text_never_as_markup(session) -> None:
    window = session.window
    view = window.volunteers
    view._ask_pin = lambda reason: (COORDINATOR, PIN)
    assert view.unlock()
    view.name.setText("<b>Bo</b>")
    assert view.add() is not None
    assert view.status.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bo</b>" in view.status.text()
    card = volunteers.card_code("<b>Bo</b>")
    assert scan(session, card).action is ScanAction.SIGNED_IN
    assert window.bench.operator_value.textFormat() == Qt.TextFormat.PlainText
    assert window.bench.banner.textFormat() == Qt.TextFormat.PlainText
    _box_on_shelf(session)
    van = window.service.create_van_load("<i>Calais</i>").code
    vans = window.van_loads
    vans.reload()
    select_row(vans.loads, vans.load_model.row_of(van))
    dialog = vans.dispatch()
    assert dialog.textFormat() == Qt.TextFormat.PlainText and "<i>Calais</i>" in dialog.text()
    dialog.cancel_button.click()


def test_print_menu_bench_cards_hold_look_size_quantity_and_volunteer_cards(session, qtbot) -> None:
    """Print → Labels → Bench cards: every card the bench answers to, each scanning back
    to its code, and each doing at the bench what it says."""
    from reports.labels import CARD_GROUPS
    from tests.reports.report_helpers import decode, rasterise
    from ui.report_actions import ReportActions

    window = session.window
    window.install_report_actions()
    actions = window.findChild(ReportActions)
    with qtbot.waitSignal(actions.preview_opened, timeout=30000) as opened:
        assert actions.make_labels("cards", fmt="l7163", only=CARD_GROUPS)  # every kind
    preview = opened.args[0]
    printed = {code for page in rasterise(preview.pdf_path) for code in decode(page)}
    preview.close()
    look, quantity = command_code(Command.LOOK), command_code(Command.QUANTITY, 12)
    ana = volunteers.card_code("Ana")
    assert {look, quantity, ana, command_code(Command.SIGN_OUT)} <= printed
    jackets = Category.get(Category.name == "Men's jackets")
    size_cards = {code for code in printed if code.startswith(jackets.code[:-1])} - {jackets.code}
    assert len(size_cards) == len(jackets.sizes)
    # Scanned at the bench, they do what they say.
    assert scan(session, sorted(size_cards)[-1]).action is ScanAction.TEMPLATE_SET
    assert scan(session, quantity).action is ScanAction.QUANTITY_SET
    assert session.window.service.context().quantity == 12
    assert scan(session, look).action is ScanAction.LOOK_ARMED


# --- the sign-in dialog: the card first, never dismissed into lost scans ---------------


def test_the_dialog_asks_for_the_card_and_shows_a_refused_scan(fresh, qtbot) -> None:
    window = fresh.window
    window.show()
    qtbot.waitExposed(window)
    dialog = window.start_shift()
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "Scan your volunteer card"
    jackets = Category.get(Category.name == "Men's jackets")
    # A category card with the dialog up: refused, and the dialog says why.
    wedge(fresh, jackets.code)
    assert window.bench.last_result.message == "sign_in_first"
    assert dialog.isVisible()
    assert dialog.error.text() == "Scan your volunteer card first"
    assert window.service.context().category_id is None


def test_escape_leaves_a_bench_that_refuses_scans_out_loud_until_a_card(fresh, qtbot) -> None:
    window = fresh.window
    card = volunteers.add_volunteer("Bo", coordinator=COORDINATOR, pin=PIN).card_code
    window.show()
    qtbot.waitExposed(window)
    dialog = window.start_shift()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.tabs.currentWidget() is window.bench
    assert window.bench.banner.text() == "Scan your volunteer card to start"
    assert "Ctrl+L" in window.statusBar().currentMessage()
    movements = Movement.select().count()
    boxes = Box.select().count()
    jackets = Category.get(Category.name == "Men's jackets")
    # Scans typed by the wedge after Escape reach the bench and are refused in red.
    wedge(fresh, jackets.code)
    assert window.bench.last_result.message == "sign_in_first"
    assert window.bench.banner.state == "error"
    assert window.bench.feedback.played[-1] == "error"
    assert window.bench.log_model.rowCount() >= 1
    assert (Movement.select().count(), Box.select().count()) == (movements, boxes)
    # The card then signs Bo in, and the next scan works.
    wedge(fresh, card)
    assert window.bench.last_result.action is ScanAction.SIGNED_IN
    assert window.operator is not None and window.operator.name == "Bo"
    assert scan(fresh, jackets.code).action is ScanAction.TEMPLATE_SET
    # Ctrl+L brings the dialog back to type a name.
    assert window.sign_in_action.shortcut().toString() == "Ctrl+L"
    window.sign_in_action.trigger()
    qtbot.waitUntil(lambda: window._sign_in_dialog.isVisible())
