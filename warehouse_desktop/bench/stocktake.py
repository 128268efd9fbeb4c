"""Stock-take: COUNT, a location, every box found there, then DONE.

DONE records the count (who, when, where, found, missing, found here but recorded
elsewhere).  Boxes recorded there but not found become `missing` (out of the stock
totals, on the Missing list); boxes found there but recorded elsewhere are moved here,
and a missing one is found.
"""

from __future__ import annotations

from warehouse_desktop.bench.checkin import active_location
from warehouse_desktop.bench.context import change_mode
from warehouse_desktop.bench.frame import Refusal, Step, ok, on_box, on_command, on_location
from warehouse_desktop.bench.results import ScanAction, ScanResult, box_info
from warehouse_desktop.codes import CodeKind, Command
from warehouse_desktop.fast_sql import find, get
from warehouse_desktop.models import (
    BenchMode,
    Box,
    BoxState,
    Location,
    MovementAction,
    StockCount,
)
from warehouse_desktop.movements import change_box

# How a box found at the counted location but recorded otherwise comes here.
FOUND_HERE = {
    BoxState.IN_STOCK.value: MovementAction.MOVED,
    BoxState.MISSING.value: MovementAction.FOUND,
    BoxState.LOST.value: MovementAction.FOUND,
    BoxState.LOADING.value: MovementAction.UNLOADED,
    BoxState.DISPATCHED.value: MovementAction.RETURNED,
}


def _restart(step: Step) -> None:
    state = step.state
    state.count_location = None
    state.count_seen = []
    state.count_started_at = None


@on_command(Command.COUNT)
def count_card(step: Step) -> ScanResult:
    change_mode(step.state, BenchMode.COUNT)
    _restart(step)
    return ok(step.code, CodeKind.COMMAND, ScanAction.COUNT_STARTED, "count_started")


@on_location(BenchMode.COUNT)
def count_location(step: Step) -> ScanResult:
    place = active_location(step.code)
    _restart(step)
    step.state.count_location = place.id
    step.state.count_started_at = step.now
    return ok(step.code, CodeKind.LOCATION, ScanAction.COUNT_LOCATION_SET, "count_location_set",
              location=place.name)  # fmt: skip


@on_box(BenchMode.COUNT)
def count_box(step: Step) -> ScanResult:
    state = step.state
    box = find(Box, Box.code, step.code)
    if box is None:
        raise Refusal("box_unknown", code=step.code)
    if state.count_location_id is None:
        raise Refusal("count_needs_location", box)
    seen = list(state.count_seen or [])
    if box.id in seen:
        return ok(box.code, CodeKind.BOX, ScanAction.BOX_COUNTED, "box_counted_again", box,
                  code=box.code, count=len(seen))  # fmt: skip
    seen.append(box.id)
    state.count_seen = seen
    return ok(box.code, CodeKind.BOX, ScanAction.BOX_COUNTED, "box_counted", box,
              code=box.code, count=len(seen))  # fmt: skip


@on_command(Command.DONE)
def done(step: Step) -> ScanResult:
    state, actor, now = step.state, step.actor, step.now
    if state.mode != BenchMode.COUNT.value:
        raise Refusal("done_without_count")
    if state.count_location_id is None:
        raise Refusal("count_needs_location")
    place = get(Location, Location.id, state.count_location_id)
    seen_ids = list(state.count_seen or [])
    seen = set(seen_ids)
    expected = list(
        Box.select()
        .where((Box.location == place.id) & (Box.state == BoxState.IN_STOCK.value))
        .order_by(Box.code)
    )
    missing = [box for box in expected if box.id not in seen]
    for box in missing:
        change_box(actor, box, MovementAction.MISSING, state=BoxState.MISSING, at=now)
    elsewhere: list[str] = []
    found_codes: list[str] = []
    scanned = list(Box.select().where(Box.id.in_(seen_ids)).order_by(Box.code)) if seen else []
    for box in scanned:
        found_codes.append(box.code)
        if box.state == BoxState.IN_STOCK.value and box.location_id == place.id:
            continue
        action = FOUND_HERE.get(box.state)
        if action is None:  # scrapped: a coordinator's decision, not a count's
            continue
        change_box(actor, box, action, location=place, state=BoxState.IN_STOCK, van_load=None,
                   at=now)  # fmt: skip
        elsewhere.append(box.code)
    record = StockCount.create(
        bench=step.service.bench, operator=actor.operator, location=place.id,
        started_at=state.count_started_at, done_at=now, found=found_codes,
        missing=[box.code for box in missing], elsewhere=elsewhere,
    )  # fmt: skip
    change_mode(state, BenchMode.CHECK_IN)
    return ok(step.code, CodeKind.COMMAND, ScanAction.COUNT_DONE, "count_done",
              details_=[box_info(b) for b in missing], location=place.name,
              found=len(found_codes), missing=len(missing), moved=len(elsewhere),
              count_id=record.id)  # fmt: skip
