"""The bench rules of docs/ARCHITECTURE.md, driven through the bench service."""

from __future__ import annotations

import pytest

from tests.support.warehouse import (
    CHECK_IN,
    COUNT,
    DISPATCH,
    DONE,
    UNDO,
    Clock,
    SmallWarehouse,
    small_warehouse,
)
from tests.support.warehouse import scan_later as scan
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.codes import CodeKind, Command, command_code, make_code, type_through_layout
from warehouse_desktop.models import (
    BenchMode,
    Box,
    BoxState,
    Movement,
    MovementAction,
    VanLoad,
    VanLoadState,
)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def wh(any_db) -> SmallWarehouse:
    return small_warehouse()


@pytest.fixture
def bench(wh: SmallWarehouse, clock: Clock) -> BenchService:
    return BenchService("bench-1", operator="Amina", clock=clock)


def movements() -> int:
    return Movement.select().count()


# --- check in ------------------------------------------------------------------------


def test_category_card_sets_the_template(bench, wh, clock) -> None:
    result = scan(bench, clock, wh.jackets.code)
    assert result.ok and result.action is ScanAction.TEMPLATE_SET
    context = bench.context()
    assert (context.category_id, context.size, context.quantity) == (wh.jackets.id, "S", 10)
    assert context.sizes == ["S", "M", "L", "XL"]


def test_size_card_and_quantity_card_adjust_the_template(bench, wh, clock) -> None:
    scan(bench, clock, make_code(CodeKind.CATEGORY, 1, size_index=2))
    scan(bench, clock, command_code(Command.QUANTITY, 12))
    context = bench.context()
    assert (context.size, context.quantity) == ("L", 12)


def test_unused_box_code_with_template_creates_a_box_at_the_bench(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    before = movements()
    result = scan(bench, clock, wh.box_codes[0])
    assert result.ok and result.action is ScanAction.BOX_CREATED
    box = Box.get(Box.code == wh.box_codes[0])
    assert (box.category_id, box.size, box.quantity, box.state) == (
        wh.jackets.id,
        "S",
        10,
        "in_stock",
    )
    assert box.location_id == wh.bench.id
    assert movements() == before + 1
    assert result.box is not None and result.box.location == wh.bench.code


def test_unused_box_code_without_template_is_refused_and_writes_nothing(bench, wh, clock) -> None:
    result = scan(bench, clock, wh.box_codes[0])
    assert not result.ok
    assert result.message == "scan_category_first"
    assert Box.select().count() == 0 and movements() == 0


def test_box_code_never_issued_is_refused(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    result = scan(bench, clock, make_code(CodeKind.BOX, 9_000_000))
    assert not result.ok and result.message == "box_code_not_issued"
    assert Box.select().count() == 0


def test_location_then_box_in_stock_puts_it_away(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    scan(bench, clock, wh.box_codes[0])
    result = scan(bench, clock, wh.shelf_b1.code)
    assert result.action is ScanAction.LOCATION_SET
    result = scan(bench, clock, wh.box_codes[0])
    assert result.ok and result.action is ScanAction.BOX_MOVED
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.shelf_b1.id
    last = Movement.select().order_by(Movement.id.desc()).first()
    assert (last.action, last.from_location_id, last.to_location_id) == (
        "moved", wh.bench.id, wh.shelf_b1.id)  # fmt: skip


def test_new_box_after_location_is_created_at_that_location(bench, wh, clock) -> None:
    scan(bench, clock, wh.shelf_b2.code)
    scan(bench, clock, wh.blankets.code)
    scan(bench, clock, wh.box_codes[0])
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.shelf_b2.id


def test_box_in_stock_without_location_change_is_shown_and_nothing_changes(
    bench, wh, clock
) -> None:
    scan(bench, clock, wh.jackets.code)
    scan(bench, clock, wh.box_codes[0])
    before = movements()
    result = scan(bench, clock, wh.box_codes[0])
    assert result.ok and result.action is ScanAction.BOX_SHOWN
    assert result.box.code == wh.box_codes[0]
    assert movements() == before


def test_box_that_is_out_is_returned_to_stock(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 2)
    load_boxes(bench, wh, clock, "Calais", wh.box_codes[:2])
    scan(bench, clock, DISPATCH)
    scan(bench, clock, DISPATCH)
    scan(bench, clock, CHECK_IN)
    scan(bench, clock, wh.shelf_b2.code)
    first = scan(bench, clock, wh.box_codes[0])
    assert first.confirm and not first.ok  # amber: nothing changes yet
    result = scan(bench, clock, wh.box_codes[0])
    assert result.ok and result.action is ScanAction.BOX_RETURNED
    box = Box.get(Box.code == wh.box_codes[0])
    assert (box.state, box.location_id, box.van_load_id) == ("in_stock", wh.shelf_b2.id, None)
    assert Movement.select().order_by(Movement.id.desc()).first().action == "returned"


def test_box_on_a_load_scanned_in_check_in_is_unloaded(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    load_boxes(bench, wh, clock, "Calais", wh.box_codes[:1])
    scan(bench, clock, CHECK_IN)
    assert scan(bench, clock, wh.box_codes[0]).action is ScanAction.CONFIRM_RETURN
    assert Box.get(Box.code == wh.box_codes[0]).state == "loading"
    result = scan(bench, clock, wh.box_codes[0])
    assert result.action is ScanAction.BOX_RETURNED
    assert Box.get(Box.code == wh.box_codes[0]).state == "in_stock"


def test_new_box_key_creates_a_box_with_a_fresh_code(bench, wh, clock) -> None:
    refused = bench.new_box()
    assert not refused.ok and refused.message == "no_template_for_new_box"
    bench.set_template(wh.blankets.id, quantity=8)
    result = bench.new_box()
    assert result.ok and result.action is ScanAction.BOX_CREATED
    assert result.box.code not in wh.box_codes
    assert Box.get(Box.code == result.box.code).quantity == 8


# --- load van ------------------------------------------------------------------------


def make_boxes(bench: BenchService, wh: SmallWarehouse, clock: Clock, count: int) -> None:
    scan(bench, clock, wh.jackets.code)
    for code in wh.box_codes[:count]:
        assert scan(bench, clock, code).action is ScanAction.BOX_CREATED


def load_boxes(bench, wh, clock, destination: str, box_codes: list[str]) -> VanLoad:
    created = bench.create_van_load(destination, "Driver: Farid")
    assert created.ok
    for code in box_codes:
        assert scan(bench, clock, code).action is ScanAction.BOX_LOADED
    return VanLoad.get(VanLoad.code == created.code)


def test_van_load_code_enters_load_mode_and_loads_boxes(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 3)
    load = VanLoad.create(code=make_code(CodeKind.VAN_LOAD, 1), destination="Grande-Synthe")
    result = scan(bench, clock, load.code)
    assert result.action is ScanAction.VAN_LOAD_SELECTED
    assert bench.context().mode is BenchMode.LOAD
    result = scan(bench, clock, wh.box_codes[0])
    assert result.ok and result.action is ScanAction.BOX_LOADED
    box = Box.get(Box.code == wh.box_codes[0])
    assert (box.state, box.van_load_id) == ("loading", load.id)
    assert bench.context().van_load_box_count == 1


def test_box_already_on_this_load_is_told_so_and_nothing_changes(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    load_boxes(bench, wh, clock, "Calais", wh.box_codes[:1])
    before = movements()
    result = scan(bench, clock, wh.box_codes[0])
    assert result.action is ScanAction.ALREADY_ON_LOAD
    assert movements() == before


def test_box_on_another_load_is_refused(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    load_boxes(bench, wh, clock, "Calais", wh.box_codes[:1])
    bench.create_van_load("Dunkirk")
    before = movements()
    result = scan(bench, clock, wh.box_codes[0])
    assert not result.ok and result.message == "box_on_other_load"
    assert movements() == before


@pytest.mark.parametrize("state", [BoxState.SCRAPPED, BoxState.DISPATCHED, BoxState.LOST])
def test_box_scrapped_dispatched_or_lost_cannot_be_loaded(bench, wh, clock, state) -> None:
    make_boxes(bench, wh, clock, 1)
    Box.update(state=state.value).where(Box.code == wh.box_codes[0]).execute()
    bench.create_van_load("Calais")
    before = movements()
    result = scan(bench, clock, wh.box_codes[0])
    assert not result.ok and result.message == "box_not_loadable"
    assert Box.get(Box.code == wh.box_codes[0]).state == state.value
    assert movements() == before


def test_dispatch_card_dispatches_the_load(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 3)
    load = load_boxes(bench, wh, clock, "Calais", wh.box_codes[:3])
    assert scan(bench, clock, DISPATCH).action is ScanAction.CONFIRM_DISPATCH
    result = scan(bench, clock, DISPATCH)
    assert result.ok and result.action is ScanAction.LOAD_DISPATCHED
    assert result.args["count"] == 3
    assert VanLoad.get_by_id(load.id).state == VanLoadState.DISPATCHED.value
    assert {b.state for b in Box.select().where(Box.van_load == load.id)} == {"dispatched"}
    assert bench.context().mode is BenchMode.CHECK_IN
    # A dispatched load takes no more boxes.
    assert not scan(bench, clock, load.code).ok


def test_dispatch_without_a_load_or_with_an_empty_load_is_refused(bench, wh, clock) -> None:
    assert scan(bench, clock, DISPATCH).message == "dispatch_needs_load"
    bench.create_van_load("Calais")
    assert scan(bench, clock, DISPATCH).message == "load_empty"


def test_check_in_card_returns_to_check_in_mode(bench, wh, clock) -> None:
    bench.create_van_load("Calais")
    result = scan(bench, clock, CHECK_IN)
    assert result.action is ScanAction.MODE_CHANGED
    assert bench.context().mode is BenchMode.CHECK_IN


# --- stock-take ----------------------------------------------------------------------


def test_stock_take_reports_missing_and_moves_unexpected_boxes(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 4)
    scan(bench, clock, wh.shelf_b1.code)
    for code in wh.box_codes[:3]:
        scan(bench, clock, code)  # three on B1
    scan(bench, clock, wh.shelf_b2.code)
    scan(bench, clock, wh.box_codes[3])  # one on B2
    assert scan(bench, clock, COUNT).action is ScanAction.COUNT_STARTED
    assert scan(bench, clock, wh.box_codes[0]).message == "count_needs_location"
    assert scan(bench, clock, wh.shelf_b1.code).action is ScanAction.COUNT_LOCATION_SET
    for code in (wh.box_codes[0], wh.box_codes[1], wh.box_codes[3]):
        assert scan(bench, clock, code).action is ScanAction.BOX_COUNTED
    result = scan(bench, clock, DONE)
    assert result.ok and result.action is ScanAction.COUNT_DONE
    assert [b.code for b in result.details] == [wh.box_codes[2]]
    assert (result.args["missing"], result.args["moved"], result.args["found"]) == (1, 1, 3)
    assert Box.get(Box.code == wh.box_codes[3]).location_id == wh.shelf_b1.id
    assert bench.context().mode is BenchMode.CHECK_IN


def test_done_without_count_is_refused(bench, wh, clock) -> None:
    assert scan(bench, clock, DONE).message == "done_without_count"


# --- undo ----------------------------------------------------------------------------


def test_undo_reverts_a_move_with_a_compensating_movement(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    scan(bench, clock, wh.shelf_b1.code)
    scan(bench, clock, wh.box_codes[0])
    before = movements()
    result = scan(bench, clock, UNDO)
    assert result.ok and result.action is ScanAction.UNDONE
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.bench.id
    assert movements() == before + 1
    undo = Movement.select().order_by(Movement.id.desc()).first()
    assert undo.action == MovementAction.UNDONE.value and undo.undoes_id is not None
    # The original movement is still there, untouched.
    assert Movement.get_by_id(undo.undoes_id).action == "moved"


def test_undo_twice_walks_back_and_then_has_nothing_left(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    assert bench.undo().action is ScanAction.UNDONE  # the creation
    box = Box.get(Box.code == wh.box_codes[0])
    assert box.state == BoxState.SCRAPPED.value
    assert bench.undo().action is ScanAction.NOTHING_TO_UNDO
    # The label can be used again, with the right template.
    scan(bench, clock, wh.blankets.code)
    result = scan(bench, clock, wh.box_codes[0])
    assert result.action is ScanAction.BOX_CREATED
    box = Box.get(Box.code == wh.box_codes[0])
    assert (box.state, box.category_id) == ("in_stock", wh.blankets.id)


def test_undo_never_reverts_a_dispatch(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 2)
    load = load_boxes(bench, wh, clock, "Calais", wh.box_codes[:2])
    scan(bench, clock, DISPATCH)
    scan(bench, clock, DISPATCH)
    before = movements()
    for _ in range(3):
        result = bench.undo()
        assert not result.ok and result.message == "undo_not_allowed"
    assert VanLoad.get_by_id(load.id).state == "dispatched"
    assert {b.state for b in Box.select().where(Box.van_load == load.id)} == {"dispatched"}
    assert movements() == before


def test_undo_only_touches_this_bench(wh, clock) -> None:
    one = BenchService("bench-1", operator="Tester", clock=clock)
    two = BenchService("bench-2", operator="Tester", clock=clock)
    scan(one, clock, wh.jackets.code)
    scan(one, clock, wh.box_codes[0])
    assert two.undo().action is ScanAction.NOTHING_TO_UNDO
    assert Box.get(Box.code == wh.box_codes[0]).state == "in_stock"


def test_undo_refuses_when_the_box_changed_elsewhere(wh, clock) -> None:
    one = BenchService("bench-1", operator="Tester", clock=clock)
    two = BenchService("bench-2", operator="Tester", clock=clock)
    scan(one, clock, wh.jackets.code)
    scan(one, clock, wh.box_codes[0])
    scan(two, clock, wh.shelf_b2.code)
    scan(two, clock, wh.box_codes[0])
    result = one.undo()
    assert not result.ok and result.message == "undo_conflict"
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.shelf_b2.id


# --- duplicates and garbage ----------------------------------------------------------


def test_same_code_within_1_5_seconds_is_ignored_silently(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    scan(bench, clock, wh.box_codes[0])
    scan(bench, clock, wh.shelf_b1.code)
    first = scan(bench, clock, wh.box_codes[1])
    assert first.action is ScanAction.BOX_CREATED
    before = movements()
    clock.tick(1.4)
    again = bench.scan(wh.box_codes[1])
    assert again.silent and again.action is ScanAction.DUPLICATE_IGNORED
    assert movements() == before
    clock.tick(0.2)  # 1.6 s after the first read: a deliberate second scan
    assert bench.scan(wh.box_codes[1]).action is ScanAction.BOX_SHOWN


def test_duplicate_rule_is_per_bench(wh, clock) -> None:
    one = BenchService("bench-1", operator="Tester", clock=clock)
    two = BenchService("bench-2", operator="Tester", clock=clock)
    scan(one, clock, wh.jackets.code)
    assert two.scan(wh.jackets.code).action is ScanAction.TEMPLATE_SET


@pytest.mark.parametrize(
    "raw",
    ["", "hello", "B0000001X", "\x1b[2J\x07", "9" * 400, "'; DROP TABLE box; --", "<b>x</b>",
     "B00000\x00", "]C0", "C0001"],
)  # fmt: skip
def test_anything_else_is_refused_and_writes_nothing(bench, wh, clock, raw) -> None:
    scan(bench, clock, wh.jackets.code)
    before = (movements(), Box.select().count())
    result = scan(bench, clock, raw)
    assert not result.ok and result.action is ScanAction.REFUSED
    assert (movements(), Box.select().count()) == before
    assert "\x1b" not in result.args.get("shown", "") and "\x00" not in result.args.get("shown", "")


def test_scan_through_french_layout_creates_the_box(bench, wh, clock) -> None:
    scan(bench, clock, type_through_layout(wh.jackets.code, "fr"))
    result = scan(bench, clock, type_through_layout("]C0" + wh.box_codes[0], "fr"))
    assert result.ok and result.code == wh.box_codes[0]
    assert Box.get(Box.code == wh.box_codes[0]).category_id == wh.jackets.id


def test_retail_barcode_linked_once_then_acts_as_the_category_card(bench, wh, clock) -> None:
    retail = "4006381333931"
    assert scan(bench, clock, retail).message == "retail_unknown"
    scan(bench, clock, wh.blankets.code)
    assert scan(bench, clock, retail).action is ScanAction.RETAIL_LINKED
    scan(bench, clock, wh.jackets.code)
    result = scan(bench, clock, retail)
    assert result.action is ScanAction.TEMPLATE_SET
    assert bench.context().category_id == wh.blankets.id


def test_context_survives_a_new_service_instance(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    scan(bench, clock, wh.shelf_b1.code)
    again = BenchService("bench-1", operator="Tester", clock=clock).context()
    assert (again.category_id, again.location_code) == (wh.jackets.id, wh.shelf_b1.code)


def test_movement_records_operator_and_bench(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    movement = Movement.select().order_by(Movement.id.desc()).first()
    assert (movement.operator, movement.bench) == ("Amina", "bench-1")
