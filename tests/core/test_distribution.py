"""The distribution report's figures: per local week, day and month, by group, category
and destination, on SQLite and PostgreSQL; they agree with `export movements`."""

from __future__ import annotations

import csv
import datetime as dt
import io
from contextlib import redirect_stdout

import pytest

from tests.support.distribution import EXPECTED_WEEKS, seed_dispatches
from warehouse_desktop import exchange
from warehouse_desktop.distribution import MAX_PERIODS, Step, distribution_report, periods
from warehouse_desktop.errors import InputError

NOV_2, NOV_29 = dt.date(2026, 11, 2), dt.date(2026, 11, 29)


def test_weeks_follow_the_warehouse_clock_and_a_reopened_van_counts_once(any_db: str) -> None:
    seed_dispatches()
    report = distribution_report(NOV_2, NOV_29, Step.WEEK)
    assert [p.start for p in report.periods] == [NOV_2 + dt.timedelta(weeks=n) for n in range(4)]
    totals = report.totals_by_period()
    assert {start: totals[start] for start in EXPECTED_WEEKS} == EXPECTED_WEEKS
    assert totals[dt.date(2026, 11, 23)] == (0, 0)
    assert (report.boxes, report.items) == (10, 86)
    by_line = {(line.period, line.category, line.destination): (line.boxes, line.items)
               for line in report.lines}  # fmt: skip
    assert by_line == {
        (NOV_2, "Men's jackets", "Calais"): (3, 30),
        (NOV_2, "Blankets", "Calais"): (2, 12),
        # Sunday 23:30 local: that week; Monday 00:30 local (Sunday 23:30 UTC): the next.
        (dt.date(2026, 11, 9), "Blankets", "Dunkirk"): (2, 12),
        (dt.date(2026, 11, 16), "Men's jackets", "Calais"): (1, 12),
        (dt.date(2026, 11, 16), "Men's jackets", "Dunkirk"): (2, 20),
    }
    # Clothing before bedding: the catalogue's group order, in the table and the chart.
    assert report.groups() == ["clothing", "bedding"]
    assert report.lines[0].group == "clothing"


def test_days_and_months(warehouse_db: object) -> None:
    seed_dispatches()
    days = distribution_report(dt.date(2026, 11, 15), dt.date(2026, 11, 16), "day")
    assert days.totals_by_period() == {
        dt.date(2026, 11, 15): (2, 12),
        dt.date(2026, 11, 16): (1, 12),
    }
    month = distribution_report(dt.date(2026, 10, 20), dt.date(2026, 12, 5), Step.MONTH)
    assert [(p.start, p.first, p.last) for p in month.periods] == [
        (dt.date(2026, 10, 1), dt.date(2026, 10, 20), dt.date(2026, 10, 31)),
        (dt.date(2026, 11, 1), dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        (dt.date(2026, 12, 1), dt.date(2026, 12, 1), dt.date(2026, 12, 5)),
    ]
    assert month.totals_by_period()[dt.date(2026, 11, 1)] == (10, 86)


def test_a_period_cut_mid_week_counts_only_its_own_days(warehouse_db: object) -> None:
    seed_dispatches()
    # From Monday the 16th: the Sunday-night van is out, the Monday 00:30 one in.
    report = distribution_report(dt.date(2026, 11, 16), dt.date(2026, 11, 16), Step.WEEK)
    assert report.periods[0].first == dt.date(2026, 11, 16)
    assert (report.boxes, report.items) == (1, 12)


@pytest.mark.parametrize("zone", ["America/New_York", "America/Los_Angeles"])
def test_a_dispatch_on_sunday_night_local_time_belongs_to_that_week(
    warehouse_db: object, zone: str
) -> None:
    from zoneinfo import ZoneInfo

    from tests.support.distribution import ACTOR
    from tests.support.warehouse import small_warehouse
    from warehouse_desktop import localtime
    from warehouse_desktop.codes import CodeKind, make_code
    from warehouse_desktop.models import BoxState, MovementAction, VanLoad
    from warehouse_desktop.movements import change_box, create_box

    localtime.store_time_zone(zone)
    place = small_warehouse(1)
    sunday_night = dt.datetime(2026, 11, 15, 23, 30, tzinfo=ZoneInfo(zone))
    at = sunday_night.astimezone(dt.UTC).replace(tzinfo=None)
    van = VanLoad.create(code=make_code(CodeKind.VAN_LOAD, 1), destination="Calais")
    box = create_box(ACTOR, code=place.box_codes[0], category=place.blankets, size="one size",
                     quantity=6, location=place.shelf_b1, at=at - dt.timedelta(hours=2))  # fmt: skip
    change_box(ACTOR, box, MovementAction.LOADED, state=BoxState.LOADING, van_load=van, at=at)
    change_box(ACTOR, box, MovementAction.DISPATCHED, state=BoxState.DISPATCHED, at=at)
    assert at.weekday() == 0  # already Monday in UTC: a UTC week would count it next week
    report = distribution_report(dt.date(2026, 11, 9), dt.date(2026, 11, 22), Step.WEEK)
    assert report.totals_by_period() == {
        dt.date(2026, 11, 9): (1, 6),
        dt.date(2026, 11, 16): (0, 0),
    }


def test_report_totals_equal_the_dispatched_rows_of_export_movements(any_db: str) -> None:
    """Sum the export's own rows, read as a spreadsheet user would (local dates)."""
    from zoneinfo import ZoneInfo

    seed_dispatches()
    zone = ZoneInfo("Europe/Paris")
    first, last = dt.date(2026, 11, 9), dt.date(2026, 11, 22)
    movements, boxes = io.StringIO(), io.StringIO()
    with redirect_stdout(movements):
        exchange.export("movements", "-")
    with redirect_stdout(boxes):
        exchange.export("boxes", "-")
    quantity = {
        row["code"]: int(row["quantity"]) for row in csv.DictReader(io.StringIO(boxes.getvalue()))
    }
    count = items = 0
    for row in csv.DictReader(io.StringIO(movements.getvalue())):
        stored = dt.datetime.fromisoformat(row["at"]).replace(tzinfo=dt.UTC)
        if not first <= stored.astimezone(zone).date() <= last:
            continue
        sign = {"dispatched": 1, "reopened": -1}.get(row["action"], 0)
        count += sign
        items += sign * quantity[row["box"]]
    report = distribution_report(first, last, Step.WEEK)
    assert (report.boxes, report.items) == (count, items) == (5, 44)


def test_nothing_dispatched_is_an_empty_report_not_an_error(any_db: str) -> None:
    seed_dispatches()
    report = distribution_report(dt.date(2025, 1, 1), dt.date(2025, 1, 31), Step.WEEK)
    assert report.empty and report.lines == [] and report.boxes == 0
    assert len(report.periods) == 5


def test_dates_the_wrong_way_round_and_endless_periods_are_refused() -> None:
    with pytest.raises(InputError) as reversed_dates:
        periods(dt.date(2026, 11, 30), dt.date(2026, 11, 1), Step.DAY)
    assert reversed_dates.value.key == "distribution_dates_reversed"
    assert "swap" in str(reversed_dates.value)
    with pytest.raises(InputError) as too_long:
        periods(dt.date(2020, 1, 1), dt.date(2026, 1, 1), Step.DAY)
    assert too_long.value.key == "distribution_too_long"
    assert len(periods(dt.date(2020, 1, 1), dt.date(2026, 1, 1), Step.WEEK)) <= MAX_PERIODS
    with pytest.raises(InputError):
        distribution_report(NOV_2, NOV_29, "fortnight")
