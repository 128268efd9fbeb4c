"""The one place where a box changes: every change writes its movement in the same breath.

`change_box` applies a change with an optimistic version check (so two benches sharing a
database cannot both act on the same box) and appends the audit row.  Nothing here, or
anywhere else, updates or deletes a movement.
"""

from __future__ import annotations

import datetime as dt
import enum
import time
import uuid
from dataclasses import dataclass
from typing import Literal

from warehouse_desktop.fast_sql import insert_row, update_rows
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Location,
    Movement,
    MovementAction,
    VanLoad,
    utcnow,
)


class BoxChangedElsewhere(Exception):
    """The box was changed by another bench between reading and writing it."""


def new_batch() -> str:
    """A batch id that sorts by time, so its index grows at the end instead of at random."""
    return f"{time.time_ns():016x}{uuid.uuid4().hex[:16]}"


@dataclass(frozen=True)
class Actor:
    """Who makes a change, and where."""

    operator: str = ""
    bench: str = ""
    batch: str = ""

    def with_new_batch(self) -> Actor:
        return Actor(self.operator, self.bench, new_batch())


class _Unset(enum.Enum):
    """ "Leave this column as it is": `None` already means "clear it"."""

    UNSET = enum.auto()


_UNSET = _Unset.UNSET


def create_box(
    actor: Actor,
    *,
    code: str,
    category: Category,
    size: str,
    quantity: int,
    location: Location | None,
    at: dt.datetime | None = None,
    expires_on: dt.date | None = None,
    weight_g: int | None = None,
) -> Box:
    at = at or utcnow()
    values: dict[str, object] = {
        "code": code,
        "category": category.id,
        "size": size,
        "quantity": quantity,
        "location": location.id if location is not None else None,
        "state": BoxState.IN_STOCK.value,
        "van_load": None,
        "packed_at": at,
        "updated_at": at,
        "note": "",
        "version": 0,
        "expires_on": expires_on,
        "weight_g": weight_g,
    }
    box = Box(id=insert_row(Box, values), **values)
    _record(
        box.id,
        MovementAction.CREATED,
        actor,
        at,
        to_location=box.location_id,
        to_state=BoxState.IN_STOCK.value,
        quantity_change=quantity,
        weight_g=weight_g,
    )
    return box


def _record(
    box_id: int,
    action: MovementAction,
    actor: Actor,
    at: dt.datetime,
    *,
    from_location: int | None = None,
    to_location: int | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
    from_van_load: int | None = None,
    van_load: int | None = None,
    quantity_change: int = 0,
    from_quantity: int | None = None,
    undoes: int | None = None,
    weight_g: int | None = None,
) -> int:
    """Append the movement row; every column is written, none left to defaults."""
    return insert_row(
        Movement,
        {
            "box": box_id,
            "action": action.value,
            "from_location": from_location,
            "to_location": to_location,
            "from_state": from_state,
            "to_state": to_state,
            "from_van_load": from_van_load,
            "van_load": van_load,
            "quantity_change": quantity_change,
            "from_quantity": from_quantity,
            "operator": actor.operator,
            "bench": actor.bench,
            "batch": actor.batch or new_batch(),
            "undoes": undoes,
            "at": at,
            "weight_g": weight_g,
        },
    )


def change_box(
    actor: Actor,
    box: Box,
    action: MovementAction,
    *,
    location: Location | None | Literal[_Unset.UNSET] = _UNSET,
    state: BoxState | None = None,
    van_load: VanLoad | None | Literal[_Unset.UNSET] = _UNSET,
    quantity: int | None = None,
    category: Category | None = None,
    size: str | None = None,
    undoes: Movement | None = None,
    at: dt.datetime | None = None,
    expires_on: dt.date | None | Literal[_Unset.UNSET] = _UNSET,
    weight_g: int | None | Literal[_Unset.UNSET] = _UNSET,
) -> int:
    """Apply one change to `box` and append its movement (its id is returned).

    `weight_g` (grams, None to clear) is the box's weight after the change; the movement
    records it only when it is given.

    Raises BoxChangedElsewhere if another bench changed the box since it was read.
    """
    at = at or utcnow()
    old_location_id = box.location_id
    old_state = box.state
    old_van_load_id = box.van_load_id
    old_quantity = box.quantity

    new_location_id = old_location_id
    if location is not _UNSET:
        new_location_id = location.id if location is not None else None
    new_state = state.value if state is not None else old_state
    new_van_load_id = old_van_load_id
    if van_load is not _UNSET:
        new_van_load_id = van_load.id if van_load is not None else None
    new_quantity = quantity if quantity is not None else old_quantity

    values: dict[str, object] = {
        "location": new_location_id,
        "state": new_state,
        "van_load": new_van_load_id,
        "quantity": new_quantity,
        "category": category.id if category is not None else box.category_id,
        "size": size if size is not None else box.size,
        "updated_at": at,
        "version": box.version + 1,
    }
    if expires_on is not _UNSET:
        values["expires_on"] = expires_on
    # Only a weighing writes the weight: a box read without it keeps the one it has.
    if weight_g is not _UNSET:
        values["weight_g"] = weight_g
    changed = update_rows(Box, values, {"id": box.id, "version": box.version})
    if changed != 1:
        raise BoxChangedElsewhere(box.code)

    box.version += 1
    box.updated_at = at
    box.location_id = new_location_id
    box.state = new_state
    box.van_load_id = new_van_load_id
    box.quantity = new_quantity
    if weight_g is not _UNSET:
        box.weight_g = weight_g
    if category is not None:
        box.category = category
    if size is not None:
        box.size = size
    if expires_on is not _UNSET:
        box.expires_on = expires_on

    return _record(
        box.id,
        action,
        actor,
        at,
        from_location=old_location_id,
        to_location=new_location_id,
        from_state=old_state,
        to_state=new_state,
        from_van_load=old_van_load_id,
        van_load=new_van_load_id,
        quantity_change=new_quantity - old_quantity,
        from_quantity=old_quantity,
        undoes=undoes.id if undoes is not None else None,
        weight_g=None if weight_g is _UNSET else weight_g,
    )
