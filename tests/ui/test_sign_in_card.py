"""The sign-in dialog asks for the volunteer card first (a typed name still works), and
closing it never leaves the bench swallowing scans: each is refused where it is seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import COORDINATOR, PIN
from tests.ui.test_bench_intent import fresh, scan, wedge  # noqa: F401 - fixtures
from warehouse_desktop import volunteers
from warehouse_desktop.bench import ScanAction
from warehouse_desktop.models import Box, Category, Movement


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
