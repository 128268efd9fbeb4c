"""Recorded stock-takes and missing boxes: the Counts and Missing lists, and marking lost.

A count is written by the bench's DONE (see `warehouse_desktop.bench.stocktake`).  Boxes
it did not find are `missing`: out of the stock totals, listed here and on the stock
sheet until they are scanned again (found) or a coordinator marks them lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from warehouse_desktop import auth
from warehouse_desktop.db import reading, write_transaction
from warehouse_desktop.errors import InputError, WarehouseError
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Location,
    MovementAction,
    StockCount,
)
from warehouse_desktop.movements import Actor, BoxChangedElsewhere, change_box, new_batch

PAGE_SIZE = 200


@dataclass(frozen=True)
class CountRow:
    """One finished stock-take, for the Counts page and `export counts`."""

    id: int
    done_at: dt.datetime
    started_at: dt.datetime | None
    bench: str
    operator: str
    location: str  # the location's code
    location_name: str
    found: int
    missing: int
    elsewhere: int


@dataclass(frozen=True)
class CountDetail:
    """A count with its box lists (codes), for the count report."""

    row: CountRow
    found: list[str]
    missing: list[str]
    elsewhere: list[str]


@dataclass(frozen=True)
class MissingBox:
    code: str
    category: str
    size: str
    quantity: int
    location: str  # code of where it was expected
    location_name: str
    since: dt.datetime  # when it was found missing


@dataclass(frozen=True)
class MissingLine:
    """Missing boxes and items of one category and size (for the stock sheet): how many,
    and which, each with where it was expected ("B0000002D (Shelf B2)")."""

    category: str
    size: str
    boxes: int
    items: int
    codes: tuple[str, ...] = ()
    expected_at: tuple[str, ...] = ()  # the location's name (code) of each box, in order


def _row(count: StockCount, location: Location) -> CountRow:
    return CountRow(
        count.id, count.done_at, count.started_at, count.bench, count.operator, location.code,
        location.name, len(count.found or []), len(count.missing or []),
        len(count.elsewhere or []),
    )  # fmt: skip


def count_total() -> int:
    with reading():
        return int(StockCount.select().count())


def list_counts(offset: int = 0, limit: int = PAGE_SIZE) -> list[CountRow]:
    """Finished counts, newest first, one page."""
    with reading():
        query = (
            StockCount.select(StockCount, Location)
            .join(Location)
            .order_by(StockCount.done_at.desc(), StockCount.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [_row(count, count.location) for count in query]


def count_detail(count_id: int) -> CountDetail:
    with reading():
        count = StockCount.get_or_none(StockCount.id == count_id)
        if count is None:
            raise InputError("count_unknown", id=str(count_id))
        return CountDetail(
            _row(count, count.location), list(count.found or []), list(count.missing or []),
            list(count.elsewhere or []),
        )  # fmt: skip


def missing_boxes() -> list[MissingBox]:
    """Every box now missing, by where it was expected, then code."""
    with reading():
        query = (
            Box.select(Box, Category, Location)
            .join(Category)
            .switch(Box)
            .join(Location, pw.JOIN.LEFT_OUTER)
            .where(Box.state == BoxState.MISSING.value)
            .order_by(Location.code, Box.code)
        )
        return [
            MissingBox(
                box.code,
                box.category.name,
                box.size,
                box.quantity,
                box.location.code if box.location_id else "",
                box.location.name if box.location_id else "",
                box.updated_at,
            )  # fmt: skip
            for box in query
        ]


def missing_by_category() -> list[MissingLine]:
    """Missing boxes per category and size, each box named, for the end-of-day stock sheet."""
    grouped: dict[tuple[str, str], list[MissingBox]] = {}
    for box in missing_boxes():
        grouped.setdefault((box.category, box.size), []).append(box)
    lines = []
    for (category, size), boxes in grouped.items():
        boxes.sort(key=lambda b: b.code)
        lines.append(
            MissingLine(
                category,
                size,
                len(boxes),
                sum(b.quantity for b in boxes),
                tuple(b.code for b in boxes),
                tuple(f"{b.location_name} ({b.location})" if b.location else "" for b in boxes),
            )
        )
    return sorted(lines, key=lambda line: (line.category.casefold(), line.size))


def mark_missing_lost(codes: Iterable[str], *, coordinator: str, pin: str, bench: str = "") -> int:
    """A coordinator gives up on missing boxes: they become `lost`.  Returns how many.

    Only boxes still missing are changed; all of them or none.
    """
    auth.require_coordinator(coordinator, pin)
    wanted = sorted({str(code).strip().upper() for code in codes if str(code).strip()})
    actor = Actor(coordinator, bench, new_batch())
    try:
        with write_transaction():
            boxes = list(Box.select().where(Box.code.in_(wanted))) if wanted else []
            found = {box.code for box in boxes}
            for code in wanted:
                if code not in found:
                    raise InputError("box_unknown", code=code[:20])
            for box in boxes:
                if box.state != BoxState.MISSING.value:
                    raise WarehouseError("box_not_missing", code=box.code, state=box.state)
                change_box(actor, box, MovementAction.LOST, state=BoxState.LOST, van_load=None)
    except BoxChangedElsewhere as exc:
        raise WarehouseError("box_changed_elsewhere", code=str(exc)) from exc
    return len(wanted)


def count_rows() -> Iterable[tuple[Any, ...]]:
    """Every count for `export counts`, oldest first, box lists joined by spaces."""
    query = StockCount.select(StockCount, Location).join(Location).order_by(StockCount.id)
    for count in query.iterator():
        row = _row(count, count.location)
        yield (
            row.id, row.done_at, row.started_at, row.bench, row.operator, row.location,
            row.location_name, row.found, row.missing, row.elsewhere,
            " ".join(count.found or []), " ".join(count.missing or []),
            " ".join(count.elsewhere or []),
        )  # fmt: skip


COUNT_COLUMNS = [
    "id", "done_at", "started_at", "bench", "operator", "location", "location_name",
    "found", "missing", "elsewhere", "found_boxes", "missing_boxes", "elsewhere_boxes",
]  # fmt: skip
