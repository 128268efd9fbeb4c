"""Looking through the boxes: filtered, sorted pages for the stock browser, one box's
history, and the coordinator's corrections (scrap, mark lost, correct quantity).

Filtering, sorting and paging happen in SQL so a warehouse of 100,000 boxes is browsed a
page at a time.  Every change goes through `movements.change_box` in one write
transaction, after the coordinator's PIN is checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import peewee as pw

from warehouse_desktop import auth, localtime
from warehouse_desktop.bench import box_info
from warehouse_desktop.db import write_transaction
from warehouse_desktop.errors import InputError, WarehouseError
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Location,
    Movement,
    MovementAction,
    VanLoad,
)
from warehouse_desktop.movements import Actor, BoxChangedElsewhere, change_box, new_batch
from warehouse_desktop.weight import format_kg, parse_kg

if TYPE_CHECKING:
    from warehouse_desktop.bench import BoxInfo

PAGE_SIZE = 200
MAX_QUANTITY = 999
# The stock sheet lists the boxes whose expiry month begins within this many days.
EXPIRY_WARNING_DAYS = 60


@dataclass(frozen=True)
class BoxFilter:
    """What the stock browser shows.  Empty fields do not filter."""

    text: str = ""
    category_id: int | None = None
    size: str | None = None
    state: str | None = None
    location_id: int | None = None
    # Boxes whose expiry month begins within this many days (expired ones included).
    expiring_within_days: int | None = None
    # Boxes whose expiry month is over.
    expired: bool = False
    # The warehouse's date the expiry filters count from (None: today).
    today: dt.date | None = None


@dataclass(frozen=True)
class BoxRow:
    code: str
    category: str
    size: str
    gender: str
    quantity: int
    location: str
    location_name: str
    state: str
    van_load: str
    packed_at: dt.datetime
    updated_at: dt.datetime
    note: str
    expires_on: dt.date | None = None
    weight_g: int | None = None


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    action: str
    from_location: str
    to_location: str
    from_state: str
    to_state: str
    van_load: str
    quantity_change: int
    operator: str
    bench: str
    from_location_name: str = ""
    to_location_name: str = ""
    # The weight this movement gave the box (a weighing, a new box weighed at the bench).
    weight_g: int | None = None


# Column name -> sort expression.  Only these names are accepted, so nothing a person
# types ever reaches the ORDER BY.
SORT_COLUMNS = {
    "code": Box.code,
    "category": Category.name,
    "size": Box.size,
    "gender": Category.gender,
    "quantity": Box.quantity,
    "location": Location.code,
    "state": Box.state,
    "van_load": VanLoad.code,
    "packed_at": Box.packed_at,
    "updated_at": Box.updated_at,
    "expires_on": Box.expires_on,
}


def expiry_condition(
    within_days: int | None = None, *, expired: bool = False, today: dt.date | None = None
) -> pw.Expression:
    """Boxes whose expiry month is over (`expired`), or begins within `within_days` days
    of `today` (the warehouse's date; expired ones included: they are the most urgent)."""
    today = today or localtime.today()
    if expired:
        return Box.expires_on < today.replace(day=1)
    limit = today + dt.timedelta(days=max(0, within_days or 0))
    return Box.expires_on.is_null(False) & (Box.expires_on <= limit)


def expiring_boxes(
    within_days: int = EXPIRY_WARNING_DAYS, today: dt.date | None = None
) -> list[BoxRow]:
    """Boxes in stock that expire within `within_days` days of `today` or have expired,
    soonest first (every one: the stock sheet lists them all)."""
    f = BoxFilter(state=BoxState.IN_STOCK.value, expiring_within_days=within_days, today=today)
    return list_boxes_from(_query(f).order_by(Box.expires_on, Category.name, Box.size, Box.code))


def _where(f: BoxFilter) -> pw.Expression | None:
    conditions = []
    if f.category_id is not None:
        conditions.append(Box.category == f.category_id)
    if f.size:
        conditions.append(Box.size == f.size)
    if f.state:
        conditions.append(Box.state == f.state)
    if f.location_id is not None:
        conditions.append(Box.location == f.location_id)
    if f.expired:
        conditions.append(expiry_condition(expired=True, today=f.today))
    elif f.expiring_within_days is not None:
        conditions.append(expiry_condition(f.expiring_within_days, today=f.today))
    text = " ".join(f.text.split())
    if text:
        # `contains` escapes LIKE wildcards, so "%" or "_" typed in the box match literally.
        conditions.append(
            Box.code.contains(text.upper())
            | Category.name.contains(text)
            | Box.note.contains(text)
            | Box.boxtribute_number.contains(text)
        )
    if not conditions:
        return None
    expr = conditions[0]
    for c in conditions[1:]:
        expr &= c
    return expr


def _query(f: BoxFilter) -> pw.ModelSelect:
    query = (
        Box.select(
            Box.code,
            Category.name.alias("category_name"),
            Box.size,
            Category.gender.alias("gender"),
            Box.quantity,
            Location.code.alias("location_code"),
            Location.name.alias("location_name"),
            Box.state,
            VanLoad.code.alias("van_load_code"),
            Box.packed_at,
            Box.updated_at,
            Box.note,
            Box.expires_on,
            Box.weight_g,
        )
        .join(Category, on=(Box.category == Category.id))
        .switch(Box)
        .join(Location, pw.JOIN.LEFT_OUTER, on=(Box.location == Location.id))
        .switch(Box)
        .join(VanLoad, pw.JOIN.LEFT_OUTER, on=(Box.van_load == VanLoad.id))
    )
    where = _where(f)
    if where is not None:
        query = query.where(where)
    return query


def count_boxes(f: BoxFilter | None = None) -> int:
    """How many boxes match `f`."""
    f = f or BoxFilter()
    query = Box.select(pw.fn.COUNT(Box.id))
    if " ".join(f.text.split()):
        # Only the text filter looks at the category's name.
        query = query.join(Category, on=(Box.category == Category.id))
    where = _where(f)
    if where is not None:
        query = query.where(where)
    return int(query.scalar() or 0)


def list_boxes(
    f: BoxFilter | None = None,
    *,
    sort: str = "code",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[BoxRow]:
    """One page of boxes matching `f`, sorted by `sort` (a key of SORT_COLUMNS)."""
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"cannot sort boxes by {sort!r}")
    order = column.desc() if descending else column.asc()
    # Box.id breaks ties so pages never overlap or skip rows.
    tie = Box.id.desc() if descending else Box.id.asc()
    query = _query(f or BoxFilter()).order_by(order, tie).offset(offset).limit(limit)
    return list_boxes_from(query)


def get_box(code: str) -> BoxRow:
    rows = _query(BoxFilter()).where(Box.code == code.strip().upper()).limit(1)
    found = list_boxes_from(rows)
    if not found:
        raise InputError("box_unknown", code=code)
    return found[0]


def list_boxes_from(query: pw.ModelSelect) -> list[BoxRow]:
    """Rows of a `_query` select, in its column order (tuples: the fastest peewee path)."""
    return [
        BoxRow(code, category, size, gender, quantity, location or "", location_name or "",
               state, van_load or "", packed_at, updated_at, note or "", expires_on, weight_g)
        for (code, category, size, gender, quantity, location, location_name, state, van_load,
             packed_at, updated_at, note, expires_on, weight_g) in query.tuples()
    ]  # fmt: skip


def box_history(code: str) -> list[HistoryRow]:
    """Every movement of the box, oldest first."""
    box = Box.get_or_none(Box.code == code.strip().upper())
    if box is None:
        raise InputError("box_unknown", code=code)
    from_loc = Location.alias("from_loc")
    to_loc = Location.alias("to_loc")
    query = (
        Movement.select(
            Movement.at,
            Movement.action,
            from_loc.code.alias("from_code"),
            to_loc.code.alias("to_code"),
            from_loc.name.alias("from_name"),
            to_loc.name.alias("to_name"),
            Movement.from_state,
            Movement.to_state,
            VanLoad.code.alias("van_code"),
            Movement.quantity_change,
            Movement.operator,
            Movement.bench,
            Movement.weight_g,
        )
        .join(from_loc, pw.JOIN.LEFT_OUTER, on=(Movement.from_location == from_loc.id))
        .switch(Movement)
        .join(to_loc, pw.JOIN.LEFT_OUTER, on=(Movement.to_location == to_loc.id))
        .switch(Movement)
        .join(VanLoad, pw.JOIN.LEFT_OUTER, on=(Movement.van_load == VanLoad.id))
        .where(Movement.box == box.id)
        .order_by(Movement.id)
    )
    return [
        HistoryRow(
            at=r["at"],
            action=r["action"],
            from_location=r["from_code"] or "",
            to_location=r["to_code"] or "",
            from_state=r["from_state"] or "",
            to_state=r["to_state"] or "",
            van_load=r["van_code"] or "",
            quantity_change=r["quantity_change"],
            operator=r["operator"],
            bench=r["bench"],
            from_location_name=r["from_name"] or "",
            to_location_name=r["to_name"] or "",
            weight_g=r["weight_g"],
        )
        for r in query.dicts()
    ]


def box_sizes() -> list[str]:
    """Every size in the catalogue, for the size filter (from the categories, not the boxes,
    so it costs the same for 100 boxes or 100,000)."""
    sizes: list[str] = []
    for (category_sizes,) in Category.select(Category.sizes).tuples():
        for size in category_sizes or []:
            if size and size not in sizes:
                sizes.append(size)
    return sizes


# --- coordinator corrections -------------------------------------------------------------


@dataclass(frozen=True)
class ActionDone:
    """What a correction did, as a message key and its placeholders."""

    key: str
    args: dict[str, object]


def _change(
    code: str,
    action: MovementAction,
    *,
    coordinator: str,
    pin: str,
    bench: str,
    state: BoxState | None = None,
    quantity: int | None = None,
    location_code: str | None = None,
    weigh: bool = False,
    weight_g: int | None = None,
) -> Box:
    auth.require_coordinator(coordinator, pin)
    actor = Actor(operator=coordinator, bench=bench, batch=new_batch())
    try:
        with write_transaction():
            box: Box | None = Box.get_or_none(Box.code == code.strip().upper())
            if box is None:
                raise InputError("box_unknown", code=code)
            kwargs: dict[str, Any] = {}
            if state is not None:
                kwargs["state"] = state
                if state in (BoxState.SCRAPPED, BoxState.LOST):
                    # A box that is gone is on no shelf and on no van.
                    kwargs["van_load"] = None
            if quantity is not None:
                kwargs["quantity"] = quantity
            if weigh:
                kwargs["weight_g"] = weight_g
            if location_code is not None:
                location = Location.get_or_none(Location.code == location_code.strip().upper())
                if location is None:
                    raise InputError("location_unknown", code=location_code)
                if not location.active:
                    raise InputError("location_inactive", location=location.name)
                if box.state != BoxState.IN_STOCK.value:
                    raise InputError("box_not_movable", code=box.code, state=box.state)
                kwargs["location"] = location
            change_box(actor, box, action, **kwargs)
    except BoxChangedElsewhere as exc:
        raise WarehouseError("box_changed_elsewhere", code=code) from exc
    return box


def scrap_box(code: str, *, coordinator: str, pin: str, bench: str = "") -> ActionDone:
    box = _change(code, MovementAction.SCRAPPED, coordinator=coordinator, pin=pin, bench=bench,
                  state=BoxState.SCRAPPED)  # fmt: skip
    return ActionDone("box_scrapped", {"code": box.code})


def mark_lost(code: str, *, coordinator: str, pin: str, bench: str = "") -> ActionDone:
    box = _change(code, MovementAction.LOST, coordinator=coordinator, pin=pin, bench=bench,
                  state=BoxState.LOST)  # fmt: skip
    return ActionDone("box_marked_lost", {"code": box.code})


def correct_quantity(
    code: str, quantity: int, *, coordinator: str, pin: str, bench: str = ""
) -> ActionDone:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InputError("quantity_invalid")
    box = _change(
        code,
        MovementAction.ADJUSTED,
        coordinator=coordinator,
        pin=pin,
        bench=bench,
        quantity=quantity,
    )
    return ActionDone("box_adjusted", {"code": box.code, "quantity": quantity})


def set_weight(
    code: str, kg: str | None, *, coordinator: str, pin: str, bench: str = ""
) -> ActionDone:
    """Weigh a box after it was made, correct its weight, or clear it (`kg` None): the
    weighing is a movement, so the box's history shows it.  The weight is read first, so a
    wrong figure is refused before anyone is asked for a PIN."""
    grams = None if kg is None else parse_kg(kg)
    box = _change(
        code,
        MovementAction.WEIGHED,
        coordinator=coordinator,
        pin=pin,
        bench=bench,
        weigh=True,
        weight_g=grams,
    )
    if grams is None:
        return ActionDone("box_weight_cleared", {"code": box.code})
    return ActionDone("box_weighed", {"code": box.code, "weight": format_kg(grams)})


def move_box(
    code: str, location_code: str, *, coordinator: str, pin: str, bench: str = ""
) -> ActionDone:
    """Put a box in stock on another shelf by hand (no scan at hand, a label that will
    not read): a coordinator's correction, recorded as a move."""
    box = _change(
        code,
        MovementAction.MOVED,
        coordinator=coordinator,
        pin=pin,
        bench=bench,
        location_code=location_code,
    )
    location = Location.get_by_id(box.location_id)
    return ActionDone("box_moved", {"code": box.code, "location": location.name})


def label_info(code: str) -> BoxInfo:
    """What a box's label shows, for printing it again (a torn or soaked label)."""
    box = Box.get_or_none(Box.code == code.strip().upper())
    if box is None:
        raise InputError("box_unknown", code=code)
    return box_info(box)
