"""What the warehouse gave out: boxes and items dispatched per day, week or month.

The distribution report counts the `dispatched` movements of a period, by category group,
category and van-load destination, less the `reopened` movements of a van a coordinator
took back (its boxes were not given out after all; they count again when the van leaves).
Items are the box's contents when it left (the movement's `from_quantity`).  Weight is
the box's weight in grams (`box.weight_g`, as `export boxes` writes it), summed over the
weighed boxes; the boxes not weighed are counted beside it.

Periods are the warehouse's local days: a dispatch at 23:30 local on a Sunday belongs to
that Sunday's week (weeks start on Monday), whatever the UTC date.  The local period
bounds are turned into UTC bounds once (`localtime`), and the database does the rest:
one indexed range on `movement.at` and one GROUP BY, the period of each movement chosen
by a CASE over those bounds, so the cost follows the movements of the period asked for,
not the whole history.

    report = distribution_report(dt.date(2026, 11, 2), dt.date(2026, 11, 29), Step.WEEK)
    report.boxes, report.items, report.lines, report.periods
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

import peewee as pw

from warehouse_desktop import localtime
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import Box, Category, Group, Movement, MovementAction, VanLoad

# A report this long is a list nobody reads, and the CASE that sorts movements into
# periods grows with it: a year by day, ten years by week, thirty by month.
MAX_PERIODS = 400
GROUP_ORDER = [g.value for g in Group]
COUNTED_ACTIONS = (MovementAction.DISPATCHED.value, MovementAction.REOPENED.value)


class Step(enum.StrEnum):
    """How the report is cut: one column of the chart per day, week or month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Period:
    """One column of the report: local dates `first` to `last`, both included (the first
    and last periods are cut to the dates asked for)."""

    start: dt.date  # the day, the Monday of the week or the 1st of the month
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class DistributionLine:
    """Boxes and items of one category that left for one destination in one period."""

    period: dt.date  # the period's start (Period.start)
    group: str
    category_id: int
    category: str
    category_code: str
    destination: str
    boxes: int
    items: int
    grams: int = 0  # of the weighed boxes
    not_weighed: int = 0  # boxes without a weight


@dataclass(frozen=True)
class DistributionReport:
    first: dt.date
    last: dt.date
    step: Step
    periods: list[Period]
    lines: list[DistributionLine] = field(default_factory=list)

    @property
    def boxes(self) -> int:
        return sum(line.boxes for line in self.lines)

    @property
    def items(self) -> int:
        return sum(line.items for line in self.lines)

    @property
    def grams(self) -> int:
        return sum(line.grams for line in self.lines)

    @property
    def not_weighed(self) -> int:
        return sum(line.not_weighed for line in self.lines)

    @property
    def empty(self) -> bool:
        return not any(line.boxes or line.items for line in self.lines)

    def groups(self) -> list[str]:
        """The category groups that gave something out, in the catalogue's group order."""
        present = {line.group for line in self.lines}
        return sorted(present, key=_group_rank)

    def boxes_by_period_and_group(self) -> dict[tuple[dt.date, str], int]:
        """Boxes per (period start, group): the stacked bars of the chart."""
        totals: dict[tuple[dt.date, str], int] = {}
        for line in self.lines:
            key = (line.period, line.group)
            totals[key] = totals.get(key, 0) + line.boxes
        return totals

    def totals_by_period(self) -> dict[dt.date, tuple[int, int]]:
        """(boxes, items) per period start, every period of the report included."""
        totals = {period.start: (0, 0) for period in self.periods}
        for line in self.lines:
            boxes, items = totals[line.period]
            totals[line.period] = (boxes + line.boxes, items + line.items)
        return totals


def _group_rank(group: str) -> int:
    return GROUP_ORDER.index(group) if group in GROUP_ORDER else len(GROUP_ORDER)


def step_of(value: str) -> Step:
    """The step called `value` ("day", "week", "month"); InputError for anything else."""
    try:
        return Step(str(value).strip().lower())
    except ValueError:
        raise InputError("distribution_step_unknown", step=str(value)[:20]) from None


def _period_start(day: dt.date, step: Step) -> dt.date:
    if step is Step.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if step is Step.MONTH:
        return day.replace(day=1)
    return day


def _next_start(start: dt.date, step: Step) -> dt.date:
    if step is Step.WEEK:
        return start + dt.timedelta(days=7)
    if step is Step.MONTH:
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def periods(first: dt.date, last: dt.date, step: Step) -> list[Period]:
    """The periods from `first` to `last` (local dates, both included), in order.

    InputError when the dates are the wrong way round or the report would have more than
    MAX_PERIODS columns.
    """
    if last < first:
        raise InputError(
            "distribution_dates_reversed", first=first.isoformat(), last=last.isoformat()
        )
    result: list[Period] = []
    start = _period_start(first, step)
    while start <= last:
        following = _next_start(start, step) if start < dt.date.max - dt.timedelta(31) else None
        end = following - dt.timedelta(days=1) if following else dt.date.max
        result.append(Period(start, max(start, first), min(end, last)))
        if len(result) > MAX_PERIODS:
            raise InputError("distribution_too_long", limit=MAX_PERIODS, step=step.value)
        if following is None:
            break
        start = following
    return result


def distribution_report(
    first: dt.date, last: dt.date, step: Step | str = Step.WEEK, zone: dt.tzinfo | None = None
) -> DistributionReport:
    """Boxes and items dispatched from `first` to `last` (the warehouse's local dates, both
    included), per `step`, by category group, category and destination."""
    step = step if isinstance(step, Step) else step_of(step)
    zone = zone if zone is not None else localtime.warehouse_zone()
    cut = periods(first, last, step)
    # UTC instants where each period starts, and where the last one ends.
    bounds = [localtime.day_bounds_utc(p.first, zone)[0] for p in cut]
    end = localtime.day_bounds_utc(cut[-1].last, zone)[1]
    which: pw.Node = pw.SQL("0")  # one period: no CASE (one without WHEN is not SQL)
    if len(bounds) > 1:
        which = pw.Case(
            None, [(Movement.at < bound, index) for index, bound in enumerate(bounds[1:])],
            len(bounds) - 1,
        )  # fmt: skip
    dispatched = Movement.action == MovementAction.DISPATCHED.value
    sign = pw.Case(None, [(dispatched, 1)], -1)
    contents = pw.fn.COALESCE(Movement.from_quantity, Box.quantity)
    query = (
        Movement.select(
            which,
            Category.id,
            Category.group,
            Category.name,
            Category.code,
            pw.fn.COALESCE(VanLoad.destination, ""),
            pw.fn.SUM(sign),
            pw.fn.SUM(sign * contents),
            pw.fn.SUM(sign * Box.weight_g),
            pw.fn.SUM(pw.Case(None, [(Box.weight_g.is_null(), sign)], 0)),
        )
        .join(Box, on=(Movement.box == Box.id))
        .join(Category, on=(Box.category == Category.id))
        .switch(Movement)
        .join(VanLoad, pw.JOIN.LEFT_OUTER, on=(Movement.van_load == VanLoad.id))
        .where(
            (Movement.at >= bounds[0]) & (Movement.at < end) & Movement.action.in_(COUNTED_ACTIONS)
        )
        # By position: PostgreSQL would not see the CASE with its own parameters as the
        # same expression twice.
        .group_by(pw.SQL("1"), pw.SQL("2"), pw.SQL("3"), pw.SQL("4"), pw.SQL("5"), pw.SQL("6"))
        .tuples()
    )
    lines = [
        DistributionLine(
            cut[int(index)].start,
            group,
            cid,
            name,
            code,
            destination,
            int(boxes or 0),
            int(items or 0),
            int(grams or 0),
            int(not_weighed or 0),
        )  # fmt: skip
        for index, cid, group, name, code, destination, boxes, items, grams, not_weighed in query
        if boxes or items  # a van dispatched and reopened in the same period: nothing left
    ]
    lines.sort(
        key=lambda line: (
            line.period, _group_rank(line.group), line.category.casefold(), line.category_id,
            line.destination.casefold(),
        )
    )  # fmt: skip
    return DistributionReport(first, last, step, cut, lines)
