"""Loading vans: choose a van load, load boxes onto it, dispatch it (confirmed).

Loading and dispatching the same van never interleave: both lock the van's row first
(`SELECT … FOR UPDATE` on PostgreSQL; on SQLite every scan's write transaction already
holds the database's write lock from BEGIN IMMEDIATE).  A load that waited for a
dispatch then sees the van gone and is refused, so no box is ever left `loading` on a
dispatched van.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import peewee as pw

from warehouse_desktop.bench.context import change_mode, pending, set_pending
from warehouse_desktop.bench.expiry import check_load
from warehouse_desktop.bench.frame import (
    Refusal,
    Step,
    amber,
    ok,
    on_box,
    on_command,
    on_kind,
)
from warehouse_desktop.bench.results import CONFIRM_WINDOW, ScanAction, ScanResult
from warehouse_desktop.codes import CodeKind, Command
from warehouse_desktop.errors import InputError
from warehouse_desktop.fast_sql import find, get
from warehouse_desktop.models import (
    SUMMARY_SHARDS,
    BenchMode,
    Box,
    BoxState,
    MovementAction,
    VanLoad,
    VanLoadState,
)
from warehouse_desktop.movements import change_box
from warehouse_desktop.numbering import reserve_in_transaction
from warehouse_desktop.stock import VanLoadSummary, van_load_summary

DISPATCH = "dispatch"
MAX_DESTINATION = 80


def lock_van(van_id: int) -> VanLoad:
    """The van load's row, locked until the scan's transaction ends."""
    db = VanLoad._meta.database.obj
    if isinstance(db, pw.PostgresqlDatabase):
        locked: VanLoad = VanLoad.select().where(VanLoad.id == van_id).for_update().get()
        return locked
    return get(VanLoad, VanLoad.id, van_id)


def _count(van: VanLoad) -> int:
    return int(Box.select().where(Box.van_load == van.id).count())


@on_command(Command.LOAD)
def load_mode(step: Step) -> ScanResult:
    change_mode(step.state, BenchMode.LOAD)
    return ok(step.code, CodeKind.COMMAND, ScanAction.MODE_CHANGED, "mode_load")


@on_kind(CodeKind.VAN_LOAD)
def van_load_scanned(step: Step) -> ScanResult:
    van = find(VanLoad, VanLoad.code, step.code)
    if van is None:
        raise Refusal("van_load_unknown", code=step.code)
    if van.state != VanLoadState.LOADING.value:
        raise Refusal("van_load_closed", code=step.code, state=van.state)
    return select(step, van, step.code)


def select(step: Step, van: VanLoad, code: str) -> ScanResult:
    change_mode(step.state, BenchMode.LOAD)
    step.state.van_load = van.id
    return ok(code, CodeKind.VAN_LOAD, ScanAction.VAN_LOAD_SELECTED, "van_load_selected",
              destination=van.destination, count=_count(van), code=van.code)  # fmt: skip


def new_van_load(
    destination: str, driver: str = "", notes: str = "", *, at: dt.datetime | None = None
) -> VanLoad:
    """A van load with a fresh code (inside the caller's transaction)."""
    destination = " ".join(str(destination).split())[:MAX_DESTINATION]
    code = reserve_in_transaction(CodeKind.VAN_LOAD, 1)[0]
    values: dict[str, object] = {
        "code": code, "destination": destination or code, "notes": str(notes).strip(),
        "driver": " ".join(str(driver).split())[:MAX_DESTINATION],
    }  # fmt: skip
    if at is not None:
        values["created_at"] = at
    van: VanLoad = VanLoad.create(**values)
    return van


def create_and_select(step: Step, destination: str, notes: str, driver: str) -> ScanResult:
    van = new_van_load(destination, driver, notes, at=step.now)
    change_mode(step.state, BenchMode.LOAD)
    step.state.van_load = van.id
    return ok(van.code, CodeKind.VAN_LOAD, ScanAction.VAN_LOAD_SELECTED, "van_load_created",
              code=van.code, destination=van.destination, count=0)  # fmt: skip


@on_box(BenchMode.LOAD)
def load_box(step: Step) -> ScanResult:
    code = step.code
    box = find(Box, Box.code, code)
    if box is None:
        raise Refusal("box_unknown", code=code)
    if step.state.van_load_id is None:
        raise Refusal("no_van_load", box)
    van = lock_van(step.state.van_load_id)
    if van.state != VanLoadState.LOADING.value:
        raise Refusal("van_load_closed", box, code=van.code, state=van.state)
    if box.state == BoxState.LOADING.value:
        if box.van_load_id == van.id:
            return ok(code, CodeKind.BOX, ScanAction.ALREADY_ON_LOAD, "already_on_load", box,
                      code=code, destination=van.destination, count=_count(van))  # fmt: skip
        other = find(VanLoad, VanLoad.id, box.van_load_id)
        raise Refusal("box_on_other_load", box, code=code, van_load=other.code if other else "-")
    if box.state != BoxState.IN_STOCK.value:
        raise Refusal("box_not_loadable", box, code=code, state=box.state)
    later = check_load(step, box)
    if later is not None:
        return later
    change_box(step.actor, box, MovementAction.LOADED, state=BoxState.LOADING, van_load=van,
               at=step.now)  # fmt: skip
    return ok(code, CodeKind.BOX, ScanAction.BOX_LOADED, "box_loaded", box,
              code=code, destination=van.destination, count=_count(van))  # fmt: skip


@on_command(Command.DISPATCH)
def dispatch_card(step: Step) -> ScanResult:
    """First DISPATCH: amber with the van, destination, boxes and items.  The second within
    30 s dispatches it."""
    state = step.state
    if state.van_load_id is None:
        raise Refusal("dispatch_needs_load")
    van = lock_van(state.van_load_id)
    if van.state != VanLoadState.LOADING.value:
        raise Refusal("van_load_closed", code=van.code, state=van.state)
    if pending(step, DISPATCH, CONFIRM_WINDOW) == van.code:
        return _dispatch(step, van, step.code)
    summary = van_load_summary(van)
    if summary.boxes == 0:
        raise Refusal("load_empty", code=van.code)
    set_pending(step, DISPATCH, van.code)
    return amber(step.code, CodeKind.COMMAND, ScanAction.CONFIRM_DISPATCH, "confirm_dispatch",
                 van_load=van.code, destination=van.destination, boxes=summary.boxes,
                 items=summary.items)  # fmt: skip


def dispatch_code(step: Step, code: str) -> ScanResult:
    """The window's Dispatch, after its own dialog: exactly the van load `code`."""
    van = _lock_van_in(code, VanLoadState.LOADING, refusal="van_load_closed")
    return _dispatch(step, van, van.code)


def _lock_van_in(code: str, state: VanLoadState, *, refusal: str) -> VanLoad:
    """The van load `code`, locked, refused with `refusal` unless it is in `state`."""
    van = find(VanLoad, VanLoad.code, str(code).strip().upper())
    if van is None:
        raise Refusal("van_load_unknown", code=str(code)[:20])
    van = lock_van(van.id)
    if van.state != state.value:
        raise Refusal(refusal, code=van.code, state=van.state)
    return van


def _dispatch(step: Step, van: VanLoad, code: str) -> ScanResult:
    boxes = list(
        Box.select()
        .where((Box.van_load == van.id) & (Box.state == BoxState.LOADING.value))
        # The stock summary's rows in one order for every bench: no lock cycles.
        .order_by(Box.category, Box.size, Box.id - Box.id / SUMMARY_SHARDS * SUMMARY_SHARDS, Box.id)
    )
    if not boxes:
        raise Refusal("load_empty", code=van.code)
    for box in boxes:
        change_box(step.actor, box, MovementAction.DISPATCHED, state=BoxState.DISPATCHED,
                   location=None, at=step.now)  # fmt: skip
    changed = (
        VanLoad.update(state=VanLoadState.DISPATCHED.value, dispatched_at=step.now)
        .where((VanLoad.id == van.id) & (VanLoad.state == VanLoadState.LOADING.value))
        .execute()
    )
    if changed != 1:
        raise Refusal("van_load_closed", code=van.code, state=VanLoadState.DISPATCHED.value)
    if step.state.van_load_id == van.id:
        change_mode(step.state, BenchMode.CHECK_IN)
        step.state.van_load = None
    items = sum(box.quantity for box in boxes)
    kind = CodeKind.COMMAND if code != van.code else CodeKind.VAN_LOAD
    return ok(code, kind, ScanAction.LOAD_DISPATCHED, "load_dispatched",
              destination=van.destination, count=len(boxes), items=items, van_load=van.code)  # fmt: skip


def summary(code: str) -> VanLoadSummary:
    van = find(VanLoad, VanLoad.code, str(code).strip().upper())
    if van is None:
        raise InputError("van_load_unknown", code=str(code)[:20])
    return van_load_summary(van)


def reopen(step: Step, code: str, coordinator: str) -> ScanResult:
    """A dispatched van load back to loading; each box gets a `reopened` movement."""
    van = _lock_van_in(code, VanLoadState.DISPATCHED, refusal="van_load_not_dispatched")
    actor = replace(step.actor, operator=coordinator)
    boxes = list(
        Box.select()
        .where((Box.van_load == van.id) & (Box.state == BoxState.DISPATCHED.value))
        .order_by(Box.id)
    )
    for box in boxes:
        change_box(actor, box, MovementAction.REOPENED, state=BoxState.LOADING, at=step.now)
    VanLoad.update(state=VanLoadState.LOADING.value, dispatched_at=None).where(
        VanLoad.id == van.id
    ).execute()
    return ok(van.code, CodeKind.VAN_LOAD, ScanAction.VAN_REOPENED, "van_reopened",
              code=van.code, destination=van.destination, count=len(boxes))  # fmt: skip
