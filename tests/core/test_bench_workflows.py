"""The bench's rules of intent, through the service: sign-in, look, confirmed returns and
dispatch, bounded undo, recorded stock-takes, context expiry, the small ones.

Every test runs on SQLite and, when a server is configured, on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.warehouse import (
    CHECK_IN,
    COUNT,
    DISPATCH,
    DONE,
    LOAD,
    LOOK,
    SIGN_OUT,
    UNDO,
    Clock,
    SmallWarehouse,
    add_volunteers,
    small_warehouse,
)
from tests.support.warehouse import (
    scan_later as scan,
)
from warehouse_desktop import counts, inventory, stock, volunteers
from warehouse_desktop.bench import BenchService, ScanAction, store_context_minutes
from warehouse_desktop.codes import CodeKind, classify, make_code
from warehouse_desktop.errors import PermissionRefused, WarehouseError
from warehouse_desktop.models import (
    BenchMode,
    Box,
    BoxState,
    Movement,
    Operator,
    StockCount,
    VanLoad,
)

PIN = "1234"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def wh(any_db) -> SmallWarehouse:
    warehouse = small_warehouse()
    add_volunteers("Amina", "Farid", coordinator_pin=PIN)
    return warehouse


def card(name: str) -> str:
    return Operator.get(Operator.name == name).card_code


@pytest.fixture
def bench(wh: SmallWarehouse, clock: Clock) -> BenchService:
    """A window's bench: nobody until a card is scanned; Amina signs in."""
    service = BenchService("bench-1", clock=clock)
    assert scan(service, clock, card("Amina")).action is ScanAction.SIGNED_IN
    return service


def movements() -> int:
    return Movement.select().count()


def make_boxes(bench, wh, clock, count: int) -> list[str]:
    scan(bench, clock, wh.jackets.code)
    for code in wh.box_codes[:count]:
        assert scan(bench, clock, code).action is ScanAction.BOX_CREATED
    return wh.box_codes[:count]


def load(bench, wh, clock, codes: list[str], destination: str = "Calais") -> VanLoad:
    created = bench.create_van_load(destination)
    for code in codes:
        assert scan(bench, clock, code).action is ScanAction.BOX_LOADED
    return VanLoad.get(VanLoad.code == created.code)


def dispatch(bench, clock) -> None:
    assert scan(bench, clock, DISPATCH).action is ScanAction.CONFIRM_DISPATCH
    assert scan(bench, clock, DISPATCH).action is ScanAction.LOAD_DISPATCHED


# --- codes ------------------------------------------------------------------------------


def test_volunteer_cards_have_the_kind_letter_p_and_a_check_character(wh) -> None:
    code = card("Amina")
    assert code.startswith("P") and len(code) <= 12
    assert classify(code).kind is CodeKind.VOLUNTEER
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert classify(wrong).kind is CodeKind.INVALID
    assert card("Amina") != card("Farid")


# --- sign-in ----------------------------------------------------------------------------


def test_every_scan_but_a_volunteer_card_is_refused_until_someone_signs_in(wh, clock) -> None:
    window = BenchService("bench-1", clock=clock)
    for code in (wh.jackets.code, wh.box_codes[0], wh.shelf_b1.code, UNDO, DISPATCH, LOOK):
        result = scan(window, clock, code)
        assert (result.ok, result.confirm, result.message) == (False, False, "sign_in_first")
    assert not window.new_box().ok and not window.undo().ok
    assert not window.set_template(wh.jackets.id).ok
    assert movements() == 0 and Box.select().count() == 0
    result = scan(window, clock, card("Farid"))
    assert result.ok and result.action is ScanAction.SIGNED_IN and result.args["name"] == "Farid"
    scan(window, clock, wh.jackets.code)
    assert scan(window, clock, wh.box_codes[0]).action is ScanAction.BOX_CREATED
    assert window.context().volunteer == "Farid"


def test_every_movement_carries_the_signed_in_volunteer(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 2)
    scan(bench, clock, card("Farid"))
    scan(bench, clock, wh.blankets.code)
    scan(bench, clock, wh.box_codes[2])
    assert [m.operator for m in Movement.select().order_by(Movement.id)] == [
        "Amina", "Amina", "Farid"]  # fmt: skip


def test_unknown_and_inactive_volunteer_cards_are_refused(bench, wh, clock) -> None:
    unknown = make_code(CodeKind.VOLUNTEER, 9999)
    assert scan(bench, clock, unknown).message == "volunteer_card_unknown"
    volunteers.set_active("Farid", False, coordinator="Coordinator", pin=PIN)
    assert scan(bench, clock, card("Farid")).message == "volunteer_inactive"
    assert bench.context().volunteer == "Amina"


def test_signing_in_or_out_clears_the_bench_context(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    scan(bench, clock, wh.shelf_b1.code)
    before = bench.context()
    assert (before.category_id, before.location_code) == (wh.jackets.id, wh.shelf_b1.code)
    # The same volunteer's card again keeps everything.
    assert scan(bench, clock, card("Amina")).message == "still_signed_in"
    assert bench.context().location_code == wh.shelf_b1.code
    scan(bench, clock, card("Farid"))
    after = bench.context()
    assert (after.category_id, after.location_code, after.van_load_code) == (None, None, None)
    assert after.mode is BenchMode.CHECK_IN and after.volunteer == "Farid"
    # Farid's scan of the box is only shown: Amina's shelf did not carry over.
    assert scan(bench, clock, wh.box_codes[0]).action is ScanAction.BOX_SHOWN
    bench.create_van_load("Calais")
    assert scan(bench, clock, SIGN_OUT).action is ScanAction.SIGNED_OUT
    context = bench.context()
    assert (context.volunteer, context.van_load_code, context.mode) == (
        None, None, BenchMode.CHECK_IN)  # fmt: skip
    assert scan(bench, clock, wh.box_codes[0]).message == "sign_in_first"


def test_typed_sign_in_by_name(wh, clock) -> None:
    window = BenchService("bench-1", clock=clock)
    assert window.sign_in("  Amina ").ok
    assert window.context().volunteer == "Amina"
    assert not window.sign_in("\x1b[2J").ok
    # A first-time volunteer typed at the bench gets a card.
    assert window.sign_in("Nour").ok
    assert Operator.get(Operator.name == "Nour").card_code.startswith("P")
    window.sign_out()
    assert window.scan(wh.jackets.code).message == "sign_in_first"


def test_context_expires_after_a_quiet_spell_and_the_result_says_so(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    scan(bench, clock, wh.shelf_b1.code)
    assert bench.context().expires_at == clock.now + dt.timedelta(minutes=15)
    clock.tick(14 * 60)
    assert bench.expire_context() is None
    result = scan(bench, clock, wh.box_codes[0])  # 14 min: still at the shelf
    assert result.action is ScanAction.BOX_MOVED and not result.context_cleared
    scan(bench, clock, wh.shelf_b2.code)
    result = scan(bench, clock, wh.box_codes[0], seconds=15 * 60 + 1)
    # The location had expired: the box is only shown, and the answer says why.
    assert result.action is ScanAction.BOX_SHOWN and result.context_cleared
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.shelf_b1.id
    assert bench.context().location_code is None
    assert bench.context().category_id == wh.jackets.id  # the template stays


def test_expiry_is_a_shared_setting_and_the_window_can_expire_on_a_timer(bench, wh, clock) -> None:
    store_context_minutes(5)
    other = BenchService("bench-1", operator="Amina", clock=clock)
    scan(other, clock, COUNT)
    scan(other, clock, wh.shelf_b1.code)
    clock.tick(5 * 60 + 1)
    expired = other.expire_context()
    assert expired is not None and expired.action is ScanAction.CONTEXT_EXPIRED
    assert expired.context_cleared and expired.args["minutes"] == 5
    context = other.context()
    assert (context.mode, context.count_location_code) == (BenchMode.CHECK_IN, None)
    assert other.expire_context() is None  # nothing left to clear


def test_a_clock_set_back_never_expires_the_context(bench, wh, clock) -> None:
    scan(bench, clock, wh.shelf_b1.code)
    clock.now -= dt.timedelta(hours=3)
    assert bench.expire_context() is None
    assert bench.context().location_code == wh.shelf_b1.code


# --- look -------------------------------------------------------------------------------


def test_look_returns_the_detail_and_never_writes(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 2)
    van = load(bench, wh, clock, codes[:1])
    scan(bench, clock, CHECK_IN)
    scan(bench, clock, wh.shelf_b2.code)
    before = (movements(), [(b.state, b.location_id, b.version) for b in Box.select()])
    state_before = bench.context()
    for code in (codes[0], codes[1], codes[1], wh.shelf_b1.code, van.code, wh.blankets.code):
        result = bench.look(code)
        assert result.ok and result.action is ScanAction.LOOKED
    assert bench.look(codes[0]).box.state == "loading"
    assert bench.look(van.code).args["boxes"] == 1
    assert not bench.look("garbage").ok and not bench.look(wh.box_codes[9]).ok
    after = (movements(), [(b.state, b.location_id, b.version) for b in Box.select()])
    assert after == before and bench.context() == state_before


def test_look_card_shows_the_next_box_without_moving_it_once(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 2)
    scan(bench, clock, wh.shelf_b1.code)
    assert scan(bench, clock, LOOK).action is ScanAction.LOOK_ARMED
    before = movements()
    result = scan(bench, clock, codes[0])
    assert result.action is ScanAction.LOOKED and result.box.location == wh.bench.code
    assert movements() == before
    # One-shot: the next box is put away as usual.
    assert scan(bench, clock, codes[1]).action is ScanAction.BOX_MOVED


def test_look_card_then_a_returning_box_shows_it_without_asking(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 1)
    load(bench, wh, clock, codes)
    scan(bench, clock, CHECK_IN)
    scan(bench, clock, LOOK)
    assert scan(bench, clock, codes[0]).action is ScanAction.LOOKED
    # LOOK does not count as the first of two scans: the next one asks again.
    assert scan(bench, clock, codes[0]).action is ScanAction.CONFIRM_RETURN
    assert Box.get(Box.code == codes[0]).state == "loading"


# --- returns confirmed ------------------------------------------------------------------


def _put_out(bench, wh, clock, state: BoxState) -> str:
    code = make_boxes(bench, wh, clock, 1)[0]
    if state is BoxState.LOADING:
        load(bench, wh, clock, [code])
    elif state is BoxState.DISPATCHED:
        load(bench, wh, clock, [code])
        dispatch(bench, clock)
    elif state is BoxState.MISSING:
        scan(bench, clock, COUNT)
        scan(bench, clock, wh.bench.code)
        scan(bench, clock, DONE)
    elif state is BoxState.SCRAPPED:
        inventory.scrap_box(code, coordinator="Coordinator", pin=PIN)
    elif state is BoxState.LOST:
        inventory.mark_lost(code, coordinator="Coordinator", pin=PIN)
    scan(bench, clock, CHECK_IN)
    assert Box.get(Box.code == code).state == state.value
    return code


OUT_STATES = [BoxState.LOADING, BoxState.DISPATCHED, BoxState.LOST, BoxState.SCRAPPED,
              BoxState.MISSING]  # fmt: skip


@pytest.mark.parametrize("state", OUT_STATES, ids=lambda s: s.value)
def test_a_box_not_in_stock_comes_back_only_on_a_second_scan(bench, wh, clock, state) -> None:
    code = _put_out(bench, wh, clock, state)
    scan(bench, clock, wh.shelf_b2.code)
    before = movements()
    first = scan(bench, clock, code)
    assert (first.ok, first.confirm, first.action) == (False, True, ScanAction.CONFIRM_RETURN)
    assert first.message == f"confirm_return_{state.value}" and first.box.state == state.value
    assert movements() == before and Box.get(Box.code == code).state == state.value
    second = scan(bench, clock, code, seconds=29)
    assert second.ok and second.action in (ScanAction.BOX_RETURNED, ScanAction.BOX_FOUND)
    box = Box.get(Box.code == code)
    assert (box.state, box.location_id, box.van_load_id) == ("in_stock", wh.shelf_b2.id, None)
    assert (box.category_id, box.size, box.quantity) == (wh.jackets.id, "S", 10)
    assert movements() == before + 1


def test_a_dispatched_box_says_where_it_went(bench, wh, clock) -> None:
    code = _put_out(bench, wh, clock, BoxState.DISPATCHED)
    first = scan(bench, clock, code)
    assert first.args["destination"] == "Calais" and first.args["van_load"].startswith("V")
    assert "Calais" in first.text


def test_the_confirmation_lapses_after_30_seconds_or_any_other_scan(bench, wh, clock) -> None:
    code = _put_out(bench, wh, clock, BoxState.DISPATCHED)
    scan(bench, clock, code)
    assert scan(bench, clock, code, seconds=31).confirm  # too late: amber again
    scan(bench, clock, wh.shelf_b1.code)  # another scan between the two
    assert scan(bench, clock, code).confirm
    assert scan(bench, clock, "garbage!").refused  # a refused scan also ends it
    assert scan(bench, clock, code).confirm
    assert Box.get(Box.code == code).state == "dispatched"


def test_a_double_read_never_confirms(bench, wh, clock) -> None:
    code = _put_out(bench, wh, clock, BoxState.DISPATCHED)
    scan(bench, clock, code)
    assert scan(bench, clock, code, seconds=0.3).silent
    assert Box.get(Box.code == code).state == "dispatched"


def test_a_category_card_repacks_a_returning_box_with_the_template(bench, wh, clock) -> None:
    code = _put_out(bench, wh, clock, BoxState.DISPATCHED)
    bench.set_quantity(4)
    scan(bench, clock, code)
    result = scan(bench, clock, make_code(CodeKind.CATEGORY, 2))
    assert result.ok and result.action is ScanAction.BOX_REPACKED
    box = Box.get(Box.code == code)
    assert (box.state, box.category_id, box.quantity) == ("in_stock", wh.blankets.id, 6)
    last = Movement.select().order_by(Movement.id.desc()).first()
    assert (last.action, last.from_state) == ("repacked", "dispatched")


def test_the_waiting_confirmation_survives_a_new_service(bench, wh, clock) -> None:
    code = _put_out(bench, wh, clock, BoxState.LOADING)
    scan(bench, clock, code)
    again = BenchService("bench-1", operator="Amina", clock=clock)
    assert scan(again, clock, code).action is ScanAction.BOX_RETURNED


# --- dispatch confirmed -----------------------------------------------------------------


def test_dispatch_needs_a_second_dispatch_within_30_seconds(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 3)
    van = load(bench, wh, clock, codes)
    first = scan(bench, clock, DISPATCH)
    assert (first.ok, first.confirm) == (False, True)
    assert (first.args["van_load"], first.args["destination"]) == (van.code, "Calais")
    assert (first.args["boxes"], first.args["items"]) == (3, 30)
    assert VanLoad.get_by_id(van.id).state == "loading"
    assert scan(bench, clock, DISPATCH, seconds=31).confirm  # too late: asks again
    assert scan(bench, clock, DISPATCH, seconds=10).action is ScanAction.LOAD_DISPATCHED
    assert VanLoad.get_by_id(van.id).state == "dispatched"


def test_window_dispatch_acts_on_the_named_van_only(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 3)
    older = load(bench, wh, clock, codes[:2], "Older van")
    newer = load(bench, wh, clock, codes[2:], "Newer van")
    summary = bench.van_summary(older.code)
    assert (summary.code, summary.destination, summary.boxes, summary.items, summary.state) == (
        older.code, "Older van", 2, 20, "loading")  # fmt: skip
    result = bench.dispatch_van(older.code)
    assert result.ok and result.args["van_load"] == older.code
    assert VanLoad.get_by_id(older.id).state == "dispatched"
    assert VanLoad.get_by_id(newer.id).state == "loading"
    assert bench.context().van_load_code == newer.code  # the bench goes on loading
    assert not bench.dispatch_van(older.code).ok  # not twice


def test_a_coordinator_reopens_a_dispatched_van_with_the_pin(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 2)
    van = load(bench, wh, clock, codes)
    dispatch(bench, clock)
    with pytest.raises(PermissionRefused):
        bench.reopen_van(van.code, coordinator="Coordinator", pin="0000")
    with pytest.raises(PermissionRefused):
        bench.reopen_van(van.code, coordinator="Amina", pin=PIN)
    assert VanLoad.get_by_id(van.id).state == "dispatched"
    result = bench.reopen_van(van.code, coordinator="Coordinator", pin=PIN)
    assert result.ok and result.action is ScanAction.VAN_REOPENED
    assert VanLoad.get_by_id(van.id).state == "loading"
    reopened = Movement.select().where(Movement.action == "reopened")
    assert {(m.operator, m.from_state, m.to_state) for m in reopened} == {
        ("Coordinator", "dispatched", "loading")}  # fmt: skip
    assert reopened.count() == 2
    # The volunteer cannot undo the coordinator's reopening either.
    assert bench.undo().message in ("undo_not_allowed", "nothing_to_undo")
    assert VanLoad.get_by_id(van.id).state == "loading"


# --- undo bounded -----------------------------------------------------------------------


def test_undo_says_exactly_what_it_reverted(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 1)
    scan(bench, clock, wh.shelf_b1.code)
    scan(bench, clock, codes[0])
    result = scan(bench, clock, UNDO)
    assert result.ok and result.action is ScanAction.UNDONE
    assert (result.args["what"], result.args["code"]) == ("moved", codes[0])
    assert (result.args["before"], result.args["after"]) == ("Shelf B1", "Sorting bench")
    assert "Shelf B1 → Sorting bench" in result.text
    assert Box.get(Box.code == codes[0]).location_id == wh.bench.id


def test_undo_reverts_only_the_signed_in_volunteers_own_changes(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    scan(bench, clock, card("Farid"))
    assert scan(bench, clock, UNDO).action is ScanAction.NOTHING_TO_UNDO
    assert Box.get(Box.code == wh.box_codes[0]).state == "in_stock"


def test_undo_reaches_at_most_10_changes_back(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 12)
    results = [scan(bench, clock, UNDO) for _ in range(12)]
    assert [r.action for r in results[:10]] == [ScanAction.UNDONE] * 10
    assert [r.action for r in results[10:]] == [ScanAction.NOTHING_TO_UNDO] * 2
    states = [Box.get(Box.code == code).state for code in wh.box_codes[:12]]
    assert states == ["in_stock"] * 2 + ["scrapped"] * 10


def test_undo_reaches_no_change_older_than_10_minutes(bench, wh, clock) -> None:
    make_boxes(bench, wh, clock, 1)
    clock.tick(10 * 60 + 1)
    assert bench.undo().action is ScanAction.NOTHING_TO_UNDO
    assert Box.get(Box.code == wh.box_codes[0]).state == "in_stock"


def test_undo_never_reverts_a_coordinators_action(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 3)
    scan(bench, clock, card("Coordinator"))
    inventory.scrap_box(codes[0], coordinator="Coordinator", pin=PIN, bench="bench-1")
    assert scan(bench, clock, UNDO).message == "undo_not_allowed"
    inventory.correct_quantity(codes[1], 3, coordinator="Coordinator", pin=PIN, bench="bench-1")
    assert scan(bench, clock, UNDO).message == "undo_not_allowed"
    inventory.mark_lost(codes[2], coordinator="Coordinator", pin=PIN, bench="bench-1")
    assert scan(bench, clock, UNDO).message == "undo_not_allowed"
    states = [(b.state, b.quantity) for b in Box.select().order_by(Box.code)][:3]
    assert states == [("scrapped", 10), ("in_stock", 3), ("lost", 10)]


def test_undo_is_refused_when_the_quantity_changed_since(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 1)
    inventory.correct_quantity(codes[0], 7, coordinator="Coordinator", pin=PIN, bench="office")
    result = scan(bench, clock, UNDO)
    assert not result.ok and result.message == "undo_conflict"
    box = Box.get(Box.code == codes[0])
    assert (box.state, box.quantity) == ("in_stock", 7)


def test_undo_never_reverts_a_stock_take(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 1)
    scan(bench, clock, COUNT)
    scan(bench, clock, wh.bench.code)
    scan(bench, clock, DONE)
    assert scan(bench, clock, UNDO).message == "undo_not_allowed"
    assert Box.get(Box.code == codes[0]).state == "missing"


# --- stock-take recorded ----------------------------------------------------------------


def test_a_stock_take_is_recorded_and_missing_boxes_leave_the_totals(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 4)
    scan(bench, clock, wh.shelf_b1.code)
    scan(bench, clock, codes[3])  # on B1, scanned at the bench during the count
    assert stock.day_totals(clock.now.date()).boxes_in_stock == 4
    scan(bench, clock, COUNT)
    scan(bench, clock, wh.bench.code)
    scan(bench, clock, codes[0])
    scan(bench, clock, codes[3])
    result = scan(bench, clock, DONE)
    assert result.ok and result.action is ScanAction.COUNT_DONE
    assert (result.args["found"], result.args["missing"], result.args["moved"]) == (2, 2, 1)
    assert sorted(b.code for b in result.details) == sorted(codes[1:3])
    record = StockCount.get_by_id(result.args["count_id"])
    assert (record.operator, record.bench, record.location_id) == ("Amina", "bench-1", wh.bench.id)
    assert (sorted(record.found), sorted(record.missing), record.elsewhere) == (
        sorted([codes[0], codes[3]]), sorted(codes[1:3]), [codes[3]])  # fmt: skip
    assert [Box.get(Box.code == c).state for c in codes] == [
        "in_stock", "missing", "missing", "in_stock"]  # fmt: skip
    assert Box.get(Box.code == codes[3]).location_id == wh.bench.id
    assert stock.day_totals(clock.now.date()).boxes_in_stock == 2
    assert [m.code for m in counts.missing_boxes()] == sorted(codes[1:3])
    assert [(m.boxes, m.items) for m in counts.missing_by_category()] == [(2, 20)]
    listed = counts.list_counts()
    assert [(c.id, c.found, c.missing, c.elsewhere) for c in listed] == [(record.id, 2, 2, 1)]


def test_a_missing_box_scanned_anywhere_is_found(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 2)
    scan(bench, clock, COUNT)
    scan(bench, clock, wh.bench.code)
    scan(bench, clock, DONE)
    # In a count somewhere else: found there.
    scan(bench, clock, COUNT)
    scan(bench, clock, wh.shelf_b2.code)
    scan(bench, clock, codes[0])
    scan(bench, clock, DONE)
    box = Box.get(Box.code == codes[0])
    assert (box.state, box.location_id) == ("in_stock", wh.shelf_b2.id)
    last = Movement.select().where(Movement.box == box.id).order_by(Movement.id.desc()).first()
    assert (last.action, last.from_state) == ("found", "missing")
    # At check-in: amber, then found.
    scan(bench, clock, codes[1])
    result = scan(bench, clock, codes[1])
    assert result.action is ScanAction.BOX_FOUND
    assert counts.missing_boxes() == []


def test_a_coordinator_marks_missing_boxes_lost_with_the_pin(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 2)
    scan(bench, clock, COUNT)
    scan(bench, clock, wh.bench.code)
    scan(bench, clock, codes[0])
    scan(bench, clock, DONE)
    with pytest.raises(PermissionRefused):
        counts.mark_missing_lost([codes[1]], coordinator="Amina", pin=PIN)
    with pytest.raises(WarehouseError):  # only missing boxes, all or none
        counts.mark_missing_lost(codes, coordinator="Coordinator", pin=PIN)
    assert Box.get(Box.code == codes[1]).state == "missing"
    assert counts.mark_missing_lost([codes[1]], coordinator="Coordinator", pin=PIN) == 1
    assert Box.get(Box.code == codes[1]).state == "lost"
    assert counts.missing_boxes() == []


def test_count_then_location_then_load_leaves_nothing_of_the_count(bench, wh, clock) -> None:
    codes = make_boxes(bench, wh, clock, 1)
    scan(bench, clock, wh.shelf_b2.code)
    scan(bench, clock, COUNT)
    assert bench.context().location_code is None  # check-in's location left with check-in
    scan(bench, clock, wh.shelf_b1.code)
    scan(bench, clock, codes[0])
    scan(bench, clock, LOAD)
    context = bench.context()
    assert (context.mode, context.count_location_code, context.count_seen) == (
        BenchMode.LOAD, None, 0)  # fmt: skip
    assert context.location_code is None
    assert scan(bench, clock, DONE).message == "done_without_count"
    assert StockCount.select().count() == 0 and Box.get(Box.code == codes[0]).state == "in_stock"


# --- the small ones ---------------------------------------------------------------------


def test_the_on_screen_quantity_is_what_the_next_box_gets(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    bench.set_quantity(13)
    scan(bench, clock, wh.box_codes[0])
    assert Box.get(Box.code == wh.box_codes[0]).quantity == 13


def test_a_second_new_box_within_one_second_is_ignored(bench, wh, clock) -> None:
    bench.set_template(wh.blankets.id)
    first = bench.new_box()
    clock.tick(0.4)
    second = bench.new_box()
    assert first.action is ScanAction.BOX_CREATED
    assert second.silent and second.action is ScanAction.DUPLICATE_IGNORED
    assert Box.select().count() == 1
    clock.tick(1.0)
    assert bench.new_box().action is ScanAction.BOX_CREATED
    assert Box.select().count() == 2
