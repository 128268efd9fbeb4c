"""UNDO, bounded: the signed-in volunteer's own last changes at this bench.

At most 10 changes back and 10 minutes old.  Never a dispatch (a coordinator reopens a
van with the PIN), never a coordinator's action (scrap, lost, quantity correction,
reopen), never a stock-take's result, never someone else's scan; refused if the box
changed since (state, location, van load, quantity).  The answer names exactly what was
reverted.  Undo writes compensating movements; nothing is rewritten.
"""

from __future__ import annotations

import peewee as pw

from warehouse_desktop import codes
from warehouse_desktop.bench.frame import Refusal, Step, ok, on_command
from warehouse_desktop.bench.results import UNDO_AGE, UNDO_DEPTH, ScanAction, ScanResult, box_info
from warehouse_desktop.codes import CodeKind, Command
from warehouse_desktop.fast_sql import find
from warehouse_desktop.models import (
    Box,
    BoxState,
    Location,
    Movement,
    MovementAction,
    VanLoad,
)
from warehouse_desktop.movements import change_box

# What a volunteer's scan does that UNDO may take back.
UNDOABLE = {
    MovementAction.CREATED.value,
    MovementAction.MOVED.value,
    MovementAction.LOADED.value,
    MovementAction.UNLOADED.value,
    MovementAction.RETURNED.value,
    MovementAction.REPACKED.value,
    MovementAction.FOUND.value,
}


@on_command(Command.UNDO)
def undo_card(step: Step) -> ScanResult:
    return undo_last(step)


def _recent_batches(step: Step) -> list[str]:
    """The volunteer's last batches at this bench (newest first), within the bounds."""
    since = step.now - UNDO_AGE
    rows = (
        Movement.select(Movement.batch, pw.fn.MAX(Movement.id).alias("last"))
        .where(
            (Movement.bench == step.service.bench)
            & (Movement.operator == step.actor.operator)
            & (Movement.action != MovementAction.UNDONE.value)
            & (Movement.at >= since)
        )
        .group_by(Movement.batch)
        .order_by(pw.fn.MAX(Movement.id).desc())
        .limit(UNDO_DEPTH)
        .tuples()
    )
    return [batch for batch, _last in rows]


def undo_last(step: Step) -> ScanResult:
    code = codes.command_code(Command.UNDO)
    target: list[Movement] | None = None
    for batch in _recent_batches(step):
        movements = list(
            Movement.select()
            .where((Movement.batch == batch) & (Movement.action != MovementAction.UNDONE.value))
            .order_by(Movement.id.desc())
        )
        if _already_undone(movements):
            continue
        target = movements
        break
    if target is None:
        return ok(code, CodeKind.COMMAND, ScanAction.NOTHING_TO_UNDO, "nothing_to_undo",
                  depth=UNDO_DEPTH, minutes=int(UNDO_AGE.total_seconds() // 60))  # fmt: skip
    action = target[0].action
    if any(m.action not in UNDOABLE for m in target):
        raise Refusal("undo_not_allowed", what=action)
    reverted: list[tuple[Box, Movement]] = []
    for movement in target:
        box = Box.get_by_id(movement.box_id)
        if _changed_since(box, movement) or (
            box.state != movement.to_state
            or box.location_id != movement.to_location_id
            or box.van_load_id != movement.van_load_id
            or box.quantity != (movement.from_quantity or 0) + movement.quantity_change
        ):
            raise Refusal("undo_conflict", box, code=box.code, what=movement.action)
        if movement.action == MovementAction.CREATED.value and movement.from_state is None:
            change_box(step.actor, box, MovementAction.UNDONE, location=None,
                       state=BoxState.SCRAPPED, van_load=None, undoes=movement, at=step.now)  # fmt: skip
        else:
            change_box(
                step.actor, box, MovementAction.UNDONE,
                location=find(Location, Location.id, movement.from_location_id)
                if movement.from_location_id else None,
                state=BoxState(movement.from_state),
                van_load=find(VanLoad, VanLoad.id, movement.from_van_load_id)
                if movement.from_van_load_id else None,
                quantity=movement.from_quantity, undoes=movement, at=step.now,
            )  # fmt: skip
        reverted.append((box, movement))
    box, movement = reverted[0]
    before = _where(movement.to_state, movement.to_location_id, movement.van_load_id)
    after = _where(box.state, box.location_id, box.van_load_id)
    if len(reverted) == 1:
        return ok(code, CodeKind.COMMAND, ScanAction.UNDONE, "undone", box_info(box),
                  what=action, code=box.code, before=before, after=after)  # fmt: skip
    return ok(code, CodeKind.COMMAND, ScanAction.UNDONE, "undone_many",
              details_=[box_info(b) for b, _m in reverted], what=action, count=len(reverted))  # fmt: skip


def _changed_since(box: Box, movement: Movement) -> bool:
    """Did anything happen to the box after `movement` that still stands?"""
    later = list(
        Movement.select(Movement.id, Movement.action, Movement.undoes)
        .where((Movement.box == box.id) & (Movement.id > movement.id))
        .tuples()
    )
    undone = {undoes for _id, _action, undoes in later if undoes is not None}
    return any(
        action != MovementAction.UNDONE.value and id_ not in undone for id_, action, _u in later
    )


def _already_undone(movements: list[Movement]) -> bool:
    """A batch is undone whole, so one compensating movement means all of it."""
    ids = [m.id for m in movements]
    return bool(Movement.select().where(Movement.undoes.in_(ids)).exists())


def _where(state: str | None, location_id: int | None, van_id: int | None) -> str:
    """A box's place in words: its location, its van load, or its state."""
    if state == BoxState.IN_STOCK.value and location_id is not None:
        place = find(Location, Location.id, location_id)
        return place.name if place else "-"
    if van_id is not None:
        van = find(VanLoad, VanLoad.id, van_id)
        return f"{state} {van.code}" if van else str(state)
    return str(state or "-")
