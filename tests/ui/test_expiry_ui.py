"""Expiry months in the window: the bench's month field (saved before the next scan like
the typed quantity), the amber van load, the stock browser's expiry filter and the
catalogue editor's flag, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.support.warehouse import LOAD, Clock, seed_warehouse
from ui.bench_view import BenchView
from ui.sounds import Feedback
from ui.stock_view import EXPIRED, StockView
from warehouse_desktop import codes, localtime
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.bench.expiry import add_months
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.models import Box, BoxState, Category, utcnow
from warehouse_desktop.numbering import reserve_codes


@pytest.fixture
def formula(small_warehouse) -> Category:
    (category,), _ = seed_warehouse(
        [dict(name="Baby formula", group="food", expires=True, names={"fr": "Lait infantile"},
              default_quantity=12)]
    )  # fmt: skip
    return category


@pytest.fixture
def bench(formula, qtbot) -> BenchView:
    clock = Clock()
    clock.now = utcnow()  # the months on screen are counted from the real today
    service = BenchService("bench-test", operator="Ana", clock=clock)
    view = BenchView(service, Feedback(use_audio=False))
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    return view


def month_ahead(months: int) -> str:
    return add_months(localtime.today(), months).strftime("%Y-%m")


def test_the_month_field_shows_for_expiring_categories_only(bench, formula, qtbot) -> None:
    jackets = Category.get(Category.name == "Men's jackets")
    qtbot.mouseClick(bench.grid.buttons[jackets.id], Qt.MouseButton.LeftButton)
    assert not bench.expiry.isVisible()
    qtbot.mouseClick(bench.grid.buttons[formula.id], Qt.MouseButton.LeftButton)
    assert bench.expiry.isVisible() and bench.expiry.text() == ""
    assert "EXP ?" in bench.template_value.text()


def test_a_box_waits_for_its_month_then_takes_the_typed_one(bench, formula, qtbot) -> None:
    qtbot.mouseClick(bench.grid.buttons[formula.id], Qt.MouseButton.LeftButton)
    first, second = reserve_codes(CodeKind.BOX, 2)
    refused = bench.handle_scan(first)
    assert refused is not None and refused.refused
    assert "Scan an expiry card or set the expiry month" in bench.banner.text()
    assert bench.banner.ok is False and Box.select().count() == 0
    # Typed, not confirmed with Enter: still what the volunteer means for the next box.
    month = month_ahead(4)
    bench.expiry.setFocus()
    qtbot.keyClicks(bench.expiry, month)
    made = bench.handle_scan(first)
    assert made is not None and made.action is ScanAction.BOX_CREATED
    assert Box.get(Box.code == first).expires_on.strftime("%Y-%m") == month
    assert bench.expiry.text() == month and f"EXP {month}" in bench.template_value.text()
    # An expiry card changes it; the field follows.
    assert bench.handle_scan(codes.expiry_code(12)).ok
    assert bench.expiry.text() == month_ahead(12)
    assert bench.handle_scan(second).ok
    assert Box.get(Box.code == second).expires_on.strftime("%Y-%m") == month_ahead(12)


def test_a_typed_month_already_past_holds_the_scan_until_confirmed(bench, formula, qtbot) -> None:
    qtbot.mouseClick(bench.grid.buttons[formula.id], Qt.MouseButton.LeftButton)
    (code,) = reserve_codes(CodeKind.BOX, 1)
    past = month_ahead(-3)
    qtbot.keyClicks(bench.expiry, past)
    held = bench.handle_scan(code)
    assert held is not None and held.confirm and held.action is ScanAction.CONFIRM_EXPIRY
    assert bench.banner.state == "confirm" and Box.select().count() == 0
    assert bench.expiry.text() == past  # still on screen, to correct or confirm
    qtbot.keyClick(bench.expiry, Qt.Key.Key_Return)  # Enter confirms it
    assert bench.context.expiry is not None and bench.context.expiry.strftime("%Y-%m") == past
    assert bench.handle_scan(code).ok


def test_a_garbage_month_is_refused_in_red(bench, formula, qtbot) -> None:
    qtbot.mouseClick(bench.grid.buttons[formula.id], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bench.expiry, "soon<b>")
    qtbot.keyClick(bench.expiry, Qt.Key.Key_Return)
    assert bench.banner.ok is False and "is not a month" in bench.banner.text()
    assert "<b>" in bench.banner.text() and bench.banner.textFormat() != Qt.TextFormat.RichText
    assert bench.context.expiry is None


def test_loading_a_later_box_is_amber_and_a_second_scan_loads_it(bench, formula, qtbot) -> None:
    soon, later = reserve_codes(CodeKind.BOX, 2)
    service = bench.service
    for code, months in ((soon, 3), (later, 9)):
        service.set_template(formula.id)
        assert service.set_expiry(month_ahead(months)).ok
        assert service.scan(code).ok
    service.scan(LOAD)
    service.create_van_load("Calais")
    bench.refresh_context()
    amber = bench.handle_scan(later)
    assert amber is not None and amber.confirm
    assert bench.banner.state == "confirm" and soon in bench.banner.text()
    assert Box.get(Box.code == later).state == BoxState.IN_STOCK.value
    service.clock.tick(3)  # a deliberate second scan, after the scanner's double-read window
    loaded = bench.handle_scan(later)
    assert loaded is not None and loaded.action is ScanAction.BOX_LOADED
    assert Box.get(Box.code == later).state == BoxState.LOADING.value


def test_the_stock_browser_filters_on_expiry(formula, qtbot) -> None:
    service = BenchService("seed", operator="Tester")
    boxes = reserve_codes(CodeKind.BOX, 3)
    for code, months in zip(boxes, (-2, 1, 8), strict=True):
        service.set_template(formula.id)
        service.set_expiry(month_ahead(months))
        service.set_expiry(month_ahead(months))  # a month already past is confirmed
        assert service.scan(code).ok, code
    jackets = Category.get(Category.name == "Men's jackets")
    service.set_template(jackets.id)
    (plain,) = reserve_codes(CodeKind.BOX, 1)
    assert service.scan(plain).ok
    view = StockView()
    qtbot.addWidget(view)

    def shown() -> set[str]:
        return {view.model.index(r, 0).data() for r in range(view.model.rowCount())}

    assert shown() == {*boxes, plain}
    expires = view.model.FIELDS.index("expires_on")
    rows = {view.model.index(r, 0).data(): r for r in range(view.model.rowCount())}
    assert view.model.index(rows[boxes[1]], expires).data() == month_ahead(1)
    assert view.model.index(rows[plain], expires).data() == ""
    view.expiry.setCurrentIndex(view.expiry.findData(EXPIRED))
    qtbot.waitUntil(lambda: shown() == {boxes[0]})
    view.expiry.setCurrentIndex(view.expiry.findData(60))
    qtbot.waitUntil(lambda: shown() == {boxes[0], boxes[1]})
    assert view.count_label.text() == "2 boxes"
    view.expiry.setCurrentIndex(0)
    qtbot.waitUntil(lambda: shown() == {*boxes, plain})


def test_the_catalogue_editor_saves_the_expires_flag(small_warehouse, qtbot) -> None:
    from tests.ui.conftest import COORDINATOR, PIN
    from ui.catalogue_view import CatalogueView

    view = CatalogueView(lambda _reason: (COORDINATOR, PIN))
    qtbot.addWidget(view)
    view.new_category()
    view.cat_name.setText("Paracetamol")
    view.cat_expires.setChecked(True)  # the form scrolls: a click may land off it
    assert view.save_category()
    saved = Category.get(Category.name == "Paracetamol")
    assert saved.expires
    rows = view.category_model.rows()
    view.category_table.selectRow(next(r for r, c in enumerate(rows) if c.name == "Sleeping bags"))
    assert not view.cat_expires.isChecked()
    view.category_table.selectRow(next(r for r, c in enumerate(rows) if c.id == saved.id))
    assert view.cat_expires.isChecked()
    # Unticked and saved again, the bench stops asking for a month.
    view.cat_expires.setChecked(False)
    assert view.save_category()
    assert not Category.get_by_id(saved.id).expires


def test_box_detail_shows_the_expiry_month(bench, formula, qtbot) -> None:
    from ui.box_detail import BoxDetailDialog

    expiring, plain = reserve_codes(CodeKind.BOX, 2)
    bench.service.set_template(formula.id)
    bench.service.set_expiry(month_ahead(5))
    assert bench.service.scan(expiring).ok
    bench.service.set_template(Category.get(Category.name == "Sleeping bags").id)
    assert bench.service.scan(plain).ok
    shown = BoxDetailDialog(expiring, lambda _reason: None, parent=bench)
    assert shown.fact_labels["expires_on"].text() == month_ahead(5)
    other = BoxDetailDialog(plain, lambda _reason: None, parent=bench)
    assert other.fact_labels["expires_on"].text() == "—"
