"""Stock queries agree with the boxes and movements they summarise."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from warehouse_desktop import stock
from warehouse_desktop.models import Box, Category, Movement


def test_stock_by_size_matches_a_plain_count(demo_any: str) -> None:
    lines = stock.stock_by_size()
    expected = Counter((b.category_id, b.size) for b in Box.select().where(Box.state == "in_stock"))
    got = {(line.category_id, line.size): line.boxes for line in lines if line.boxes}
    assert got == dict(expected)
    assert sum(line.items for line in lines) == sum(
        b.quantity for b in Box.select().where(Box.state == "in_stock")
    )
    # Every active category appears, even one with nothing in stock.
    assert {line.category_id for line in lines} >= {c.id for c in Category.select() if c.active}


def test_stock_by_location_totals_every_box_in_stock(demo_any: str) -> None:
    total = sum(loc.boxes for loc in stock.stock_by_location())
    assert total == Box.select().where(Box.state == "in_stock").count()


def test_needs_list_is_ranked_and_only_lists_shortfalls(demo_any: str) -> None:
    needs = stock.needs_list()
    assert needs, "the demo warehouse is short of something"
    assert all(n.shortfall == n.target - n.in_stock > 0 for n in needs)
    # Ranked by shortfall in boxes, as every needs list's heading says.
    shortfalls = [n.shortfall for n in needs]
    assert shortfalls == sorted(shortfalls, reverse=True)
    assert len(set(shortfalls)) > 1


def test_day_totals_count_today_in_out_and_moves(demo_any: str) -> None:
    last_day = Movement.select(Movement.at).order_by(Movement.at.desc()).first().at.date()
    totals = stock.day_totals(last_day)
    start = dt.datetime.combine(last_day, dt.time.min)
    end = start + dt.timedelta(days=1)
    day = Movement.select().where((Movement.at >= start) & (Movement.at < end))
    created = {m.box_id for m in day if m.action == "created"}
    assert totals.boxes_in == len(created) > 0
    assert totals.boxes_moved == len({m.box_id for m in day if m.action == "moved"})
    assert totals.boxes_in_stock == Box.select().where(Box.state == "in_stock").count()


def test_daily_in_out_covers_every_day_oldest_first(demo_any: str) -> None:
    last_day = Movement.select(Movement.at).order_by(Movement.at.desc()).first().at.date()
    days = stock.daily_in_out(14, today=last_day)
    assert [d for d, _i, _o in days] == [last_day - dt.timedelta(days=13 - n) for n in range(14)]
    assert sum(i for _d, i, _o in days) > 0 and sum(o for _d, _i, o in days) > 0


def test_van_load_contents_group_the_boxes(demo_any: str) -> None:
    from warehouse_desktop.models import VanLoad

    load = VanLoad.select().where(VanLoad.state == "loading").get()
    rows = stock.van_load_contents(load.code)
    assert sum(r[3] for r in rows) == Box.select().where(Box.van_load == load.id).count() == 12
