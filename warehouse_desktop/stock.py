"""Stock queries: what is on the shelves, what moved today, what is running short.

Every aggregate is computed in SQL (GROUP BY over indexed columns), so the cost grows
with the number of categories and locations, not with the number of boxes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from warehouse_desktop import localtime
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Group,
    Location,
    Movement,
    MovementAction,
    StockSummary,
    VanLoad,
    VanLoadState,
)

GROUP_ORDER = [g.value for g in Group]
IN_ACTIONS = (
    MovementAction.CREATED.value,
    MovementAction.RETURNED.value,
    MovementAction.FOUND.value,
)
OUT_ACTIONS = (MovementAction.DISPATCHED.value,)
MOVE_ACTIONS = (MovementAction.MOVED.value,)


@dataclass(frozen=True)
class StockLine:
    """Boxes in stock of one category and size."""

    group: str
    category_id: int
    category: str
    gender: str
    size: str
    boxes: int
    items: int
    target: int  # the category's target (in boxes), repeated on each of its sizes


@dataclass(frozen=True)
class CategoryStock:
    group: str
    category_id: int
    category: str
    gender: str
    boxes: int
    items: int
    target: int

    @property
    def shortfall(self) -> int:
        return max(self.target - self.boxes, 0)


@dataclass(frozen=True)
class LocationStock:
    code: str
    name: str
    kind: str
    boxes: int
    items: int


@dataclass(frozen=True)
class Need:
    category_id: int
    category: str
    group: str
    gender: str
    target: int
    in_stock: int
    shortfall: int


@dataclass(frozen=True)
class DayTotals:
    day: dt.date
    boxes_in_stock: int
    items_in_stock: int
    boxes_in: int
    boxes_out: int
    boxes_moved: int


@dataclass(frozen=True)
class VanLoadSummary:
    code: str
    destination: str
    state: str
    dispatched_at: dt.datetime | None
    boxes: int
    items: int


@dataclass(frozen=True)
class Weight:
    """What some boxes weigh together: the weighed ones' grams, and how many were not."""

    grams: int = 0
    weighed: int = 0
    not_weighed: int = 0

    def __add__(self, other: Weight) -> Weight:
        return Weight(
            self.grams + other.grams,
            self.weighed + other.weighed,
            self.not_weighed + other.not_weighed,
        )


def weight_of(query: pw.ModelSelect) -> Weight:
    """The weight of the boxes a query selects (a query on Box, or joined to it)."""
    grams, weighed, boxes = (
        query.select(pw.fn.SUM(Box.weight_g), pw.fn.COUNT(Box.weight_g), pw.fn.COUNT(Box.id))
        .tuples()
        .get()
    )
    return Weight(int(grams or 0), int(weighed or 0), int(boxes or 0) - int(weighed or 0))


def weight_in_stock_by_category() -> dict[int, Weight]:
    """Category id -> the weight of its boxes in stock (weighed or not).

    Read from the boxes, not the stock summary: the sum of a column the summary does not
    keep, over the (state, category, size) index.
    """
    query = (
        Box.select(
            Box.category,
            pw.fn.SUM(Box.weight_g),
            pw.fn.COUNT(Box.weight_g),
            pw.fn.COUNT(Box.id),
        )
        .where(Box.state == BoxState.IN_STOCK.value)
        .group_by(Box.category)
        .tuples()
    )
    return {
        category_id: Weight(int(grams or 0), int(weighed), int(boxes) - int(weighed))
        for category_id, grams, weighed, boxes in query
    }


def _group_rank(group: str) -> int:
    return GROUP_ORDER.index(group) if group in GROUP_ORDER else len(GROUP_ORDER)


def _in_stock(*keys: pw.Field) -> list[tuple[Any, ...]]:
    """(keys..., boxes, items) for boxes in stock, from the trigger-kept stock summary."""
    boxes = pw.fn.SUM(StockSummary.boxes)
    query = (
        StockSummary.select(*keys, boxes, pw.fn.SUM(StockSummary.items))
        .where(StockSummary.state == BoxState.IN_STOCK.value)
        .group_by(*keys)
        .having(boxes > 0)
        .tuples()
    )
    return [(*row[:-2], int(row[-2]), int(row[-1] or 0)) for row in query]


def stock_by_size(category_id: int | None = None) -> list[StockLine]:
    """Stock per category and size, every active category listed even when empty (only
    `category_id`'s sizes when given: which sizes of a short category are missing)."""
    by_category: dict[int, dict[str, tuple[int, int]]] = {}
    for category_id_, size, boxes, items in _in_stock(StockSummary.category_id, StockSummary.size):
        by_category.setdefault(category_id_, {})[size] = (boxes, items)
    lines: list[StockLine] = []
    categories = _categories_with_stock(set(by_category))
    if category_id is not None:
        categories = [c for c in categories if c.id == category_id]
    for category in categories:
        sizes = by_category.get(category.id, {})
        ordered = list(category.sizes or []) + sorted(s for s in sizes if s not in category.sizes)
        for size in ordered or [""]:
            boxes, items = sizes.get(size, (0, 0))
            lines.append(
                StockLine(
                    category.group,
                    category.id,
                    category.name,
                    category.gender,
                    size,
                    boxes,
                    items,
                    category.target,
                )  # fmt: skip
            )
    return lines


def _categories_with_stock(with_stock: set[int]) -> list[Category]:
    categories = [
        c for c in Category.select().order_by(Category.name) if c.active or c.id in with_stock
    ]
    return sorted(categories, key=lambda c: (_group_rank(c.group), c.name.casefold()))


def stock_by_category() -> list[CategoryStock]:
    counts: dict[int, tuple[int, int]] = {
        row[0]: (row[1], row[2]) for row in _in_stock(StockSummary.category_id)
    }
    return [
        CategoryStock(c.group, c.id, c.name, c.gender, *counts.get(c.id, (0, 0)), c.target)
        for c in _categories_with_stock(set(counts))
    ]


def stock_by_location() -> list[LocationStock]:
    counts = {row[0]: row[1:] for row in _in_stock(StockSummary.location_key)}
    result = [
        LocationStock(loc.code, loc.name, loc.kind, *counts.get(loc.id, (0, 0)))
        for loc in Location.select().order_by(Location.name)
        if loc.active or loc.id in counts
    ]
    if 0 in counts:  # boxes in stock with no location recorded
        result.append(LocationStock("", "", "", *counts[0]))
    return result


def needs_list() -> list[Need]:
    """Active categories below target, biggest shortfall in boxes first (then the smaller
    share of target, then the name)."""
    needs = [
        Need(c.category_id, c.category, c.group, c.gender, c.target, c.boxes, c.shortfall)
        for c in stock_by_category()
        if c.target > 0 and c.shortfall > 0
    ]
    return sorted(needs, key=lambda n: (-n.shortfall, n.in_stock / n.target, n.category))


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Naive UTC bounds of the warehouse's local `day` (times are stored UTC)."""
    return localtime.day_bounds_utc(day)


def _distinct_boxes(actions: tuple[str, ...], start: dt.datetime, end: dt.datetime) -> int:
    """Boxes with a not-undone movement of `actions` in [start, end)."""
    undone = Movement.select(Movement.undoes).where(Movement.undoes.is_null(False))
    return (
        Movement.select(pw.fn.COUNT(Movement.box.distinct()))
        .where(
            (Movement.at >= start)
            & (Movement.at < end)
            & (Movement.action.in_(actions))
            & (Movement.id.not_in(undone))
        )
        .scalar()
        or 0
    )


def day_totals(day: dt.date) -> DayTotals:
    start, end = _day_bounds(day)
    totals = _in_stock()
    boxes, items = totals[0] if totals else (0, 0)
    return DayTotals(
        day=day,
        boxes_in_stock=boxes,
        items_in_stock=items,
        boxes_in=_distinct_boxes(IN_ACTIONS, start, end),
        boxes_out=_distinct_boxes(OUT_ACTIONS, start, end),
        boxes_moved=_distinct_boxes(MOVE_ACTIONS, start, end),
    )


def daily_in_out(days: int, today: dt.date | None = None) -> list[tuple[dt.date, int, int]]:
    """Boxes in and out per day for the last `days` days (oldest first), for the chart."""
    zone = localtime.warehouse_zone()
    today = today or localtime.today(zone)
    first = today - dt.timedelta(days=days - 1)
    start, _ = localtime.day_bounds_utc(first, zone)
    _, end = localtime.day_bounds_utc(today, zone)
    # Each movement counted on its local day: a zone's day does not start at a UTC hour.
    rows = (
        Movement.select(Movement.at, Movement.action)
        .where(
            (Movement.at >= start)
            & (Movement.at < end)
            & (Movement.action.in_(IN_ACTIONS + OUT_ACTIONS))
        )
        .tuples()
        .iterator()
    )
    ins: dict[str, int] = {}
    outs: dict[str, int] = {}
    for at, action in rows:
        key = localtime.local_date(at, zone).isoformat()
        target = outs if action in OUT_ACTIONS else ins
        target[key] = target.get(key, 0) + 1
    result = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        key = day.isoformat()
        result.append((day, ins.get(key, 0), outs.get(key, 0)))
    return result


def van_loads_dispatched_on(day: dt.date) -> list[VanLoadSummary]:
    start, end = _day_bounds(day)
    loads = (
        VanLoad.select()
        .where(
            (VanLoad.state == VanLoadState.DISPATCHED.value)
            & (VanLoad.dispatched_at >= start)
            & (VanLoad.dispatched_at < end)
        )
        .order_by(VanLoad.dispatched_at)
    )
    return [van_load_summary(load) for load in loads]


def van_load_summary(load: VanLoad) -> VanLoadSummary:
    boxes, items = (
        Box.select(pw.fn.COUNT(Box.id), pw.fn.SUM(Box.quantity))
        .where(Box.van_load == load.id)
        .tuples()
        .get()
    )
    return VanLoadSummary(
        load.code, load.destination, load.state, load.dispatched_at, boxes or 0, int(items or 0)
    )


def van_load_contents(code: str) -> list[tuple[str, str, str, int, int]]:
    """(group, category, size, boxes, items) on the van load `code`, for manifests."""
    load = VanLoad.get_or_none(VanLoad.code == code)
    if load is None:
        return []
    rows = (
        Box.select(
            Category.group,
            Category.name,
            Box.size,
            pw.fn.COUNT(Box.id),
            pw.fn.SUM(Box.quantity),
        )
        .join(Category)
        .where(Box.van_load == load.id)
        .group_by(Category.group, Category.name, Box.size)
        .tuples()
    )
    return sorted(
        ((g, n, s, b, int(i or 0)) for g, n, s, b, i in rows),
        key=lambda r: (_group_rank(r[0]), r[1].casefold(), r[2]),
    )
