"""The bench screen driven through its real widgets on a small warehouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.bench_view import BenchView, LogEntry, ScanLogModel
from ui.sounds import Feedback
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.codes import CodeKind, Command, command_code, make_code
from warehouse_desktop.models import Box, BoxState, Category, Location, utcnow
from warehouse_desktop.numbering import reserve_codes


@pytest.fixture
def bench(small_warehouse, qtbot):
    service = BenchService("bench-test", operator="Ana")
    feedback = Feedback(use_audio=False)
    view = BenchView(service, feedback)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    return view


def test_scan_log_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ScanLogModel(limit=5)
    for i in range(7):
        model.add(LogEntry(utcnow(), f"B{i}", i % 2 == 0, "box_shown", {"code": f"B{i}"}))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.entry(0).code == "B6"  # newest first


def test_category_button_sets_template_and_boxes_are_created(bench, qtbot) -> None:
    jackets = Category.get(Category.name == "Men's jackets")
    qtbot.mouseClick(bench.grid.buttons[jackets.id], Qt.MouseButton.LeftButton)
    assert bench.banner.ok is True
    assert "Men's jackets" in bench.template_value.text()
    # size picker: choose L
    size_l = next(b for b in bench._size_buttons if b.text() == "L")
    qtbot.mouseClick(size_l, Qt.MouseButton.LeftButton)
    assert bench.context.size == "L"
    codes = reserve_codes(CodeKind.BOX, 3)
    for code in codes:
        result = bench.handle_scan(code)
        assert result.action is ScanAction.BOX_CREATED
    assert Box.select().where(Box.size == "L").count() == 3
    assert bench.log_model.rowCount() == 2 + 3
    assert bench.feedback.played[-1] == "ok"


def test_box_without_template_is_refused_in_red(bench) -> None:
    code = reserve_codes(CodeKind.BOX, 1)[0]
    result = bench.handle_scan(code)
    assert result.ok is False
    assert bench.banner.ok is False
    assert "category card first" in bench.banner.text()
    assert bench.feedback.played == ["error"]
    assert Box.select().count() == 0


def test_garbage_is_shown_safely(bench) -> None:
    bench.handle_scan("<b>\x1b[31mnope")
    assert bench.banner.ok is False
    assert "\x1b" not in bench.log_model.entry(0).code


def test_new_box_key_creates_a_box_and_asks_for_its_label(bench, qtbot) -> None:
    category = Category.get(Category.name == "Sleeping bags")
    bench.service.set_template(category.id)
    bench.refresh_context()
    with qtbot.waitSignal(bench.label_requested) as blocker:
        qtbot.mouseClick(bench.new_box_button, Qt.MouseButton.LeftButton)
    box = blocker.args[0]
    assert Box.get(Box.code == box.code).category_id == category.id


def test_undo_button_reverts_the_last_box(bench, qtbot) -> None:
    category = Category.get(Category.name == "Toothbrushes")
    bench.service.set_template(category.id)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    bench.handle_scan(code)
    qtbot.mouseClick(bench.undo_button, Qt.MouseButton.LeftButton)
    assert bench.last_result.action is ScanAction.UNDONE
    assert Box.get(Box.code == code).state == BoxState.SCRAPPED.value


def test_quantity_picker_changes_the_template(bench, qtbot) -> None:
    category = Category.get(Category.name == "Men's jackets")
    bench.service.set_template(category.id)
    bench.refresh_context()
    bench.quantity.setValue(12)
    bench.quantity.editingFinished.emit()
    assert bench.context.quantity == 12


def test_location_then_van_load_flow(bench) -> None:
    category = Category.get(Category.name == "Men's jackets")
    bench.service.set_template(category.id)
    shelf = Location.get(Location.name == "Shelf B2")
    box_codes = reserve_codes(CodeKind.BOX, 4)
    for code in box_codes:
        bench.handle_scan(code)
    assert bench.handle_scan(shelf.code).action is ScanAction.LOCATION_SET
    assert shelf.name in bench.location_value.text()
    bench.handle_scan(box_codes[0])
    assert Box.get(Box.code == box_codes[0]).location_id == shelf.id
    result = bench.service.create_van_load("Calais north")
    bench.show_result(result)
    assert bench.dispatch_button.isVisibleTo(bench)
    for code in box_codes[1:3]:
        assert bench.handle_scan(code).action is ScanAction.BOX_LOADED
    assert "2" in bench.van_value.text()
    dialog = bench.dispatch()  # asks first, naming the van
    assert result.code in dialog.text() and "Calais north" in dialog.text()
    assert "2 boxes" in dialog.informativeText()
    assert Box.get(Box.code == box_codes[2]).state == BoxState.LOADING.value
    dialog.dispatch_button.click()
    assert bench.last_result.action is ScanAction.LOAD_DISPATCHED
    assert Box.get(Box.code == box_codes[2]).state == BoxState.DISPATCHED.value
    assert Box.get(Box.code == box_codes[3]).state == BoxState.IN_STOCK.value
    bench.handle_scan(command_code(Command.CHECK_IN))
    assert not bench.dispatch_button.isVisibleTo(bench)


def test_manual_entry_with_wrong_check_character_is_refused(bench, qtbot) -> None:
    good = make_code(CodeKind.LOCATION, 1)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    bench.manual_entry.setText(bad)
    bench.submit_manual()
    assert bench.banner.ok is False
    assert bench.manual_entry.text() == bad  # kept for correcting
    bench.manual_entry.setText(good)
    bench.submit_manual()
    assert bench.banner.ok is True
    assert bench.manual_entry.text() == ""


def test_stock_take_reports_missing_boxes(bench) -> None:
    category = Category.get(Category.name == "Sleeping bags")
    bench.service.set_template(category.id)
    shelf = Location.get(Location.name == "Shelf A1")
    bench.handle_scan(shelf.code)
    codes = reserve_codes(CodeKind.BOX, 3)
    for code in codes:
        bench.handle_scan(code)
    assert bench.handle_scan(command_code(Command.COUNT)).action is ScanAction.COUNT_STARTED
    bench.handle_scan(shelf.code)
    assert "STOCK-TAKE" in bench.mode_value.text()
    bench.handle_scan(codes[0])
    result = bench.handle_scan(command_code(Command.DONE))
    assert result.action is ScanAction.COUNT_DONE
    assert bench.details.isVisibleTo(bench)
    assert codes[1] in bench.details.text() and codes[2] in bench.details.text()
