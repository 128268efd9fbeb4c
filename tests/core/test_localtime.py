"""Local time: stored UTC, read in the warehouse's zone.

"Today", day totals, the chart's days, the stock sheet and the manifest follow the
warehouse's zone (the `time_zone` setting, else the machine's), even where the local date
is not the UTC date.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.cli import run
from tests.support.warehouse import small_warehouse
from warehouse_desktop import localtime, stock
from warehouse_desktop.bench import BenchService
from warehouse_desktop.db import close_database
from warehouse_desktop.models import Movement

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")


def _make_boxes_at(at_utc: dt.datetime, count: int = 2) -> None:
    wh = small_warehouse(boxes=count)
    clock = lambda: at_utc  # noqa: E731 - the bench's injected clock
    bench = BenchService("bench-1", clock=clock, operator="Amina")
    assert bench.scan(wh.jackets.code).ok
    for code in wh.box_codes[:count]:
        assert bench.scan(code).ok
    assert Movement.select().where(Movement.action == "created").count() == count


def test_day_bounds_are_the_local_midnights_in_utc() -> None:
    start, end = localtime.day_bounds_utc(dt.date(2026, 11, 29), LOS_ANGELES)
    assert (start, end) == (dt.datetime(2026, 11, 29, 8), dt.datetime(2026, 11, 30, 8))
    start, end = localtime.day_bounds_utc(dt.date(2026, 3, 8), LOS_ANGELES)  # spring forward
    assert end - start == dt.timedelta(hours=23)
    start, _ = localtime.day_bounds_utc(dt.date(2026, 11, 30), TOKYO)
    assert start == dt.datetime(2026, 11, 29, 15)
    assert localtime.day_bounds_utc(dt.date.max, TOKYO)[1] == dt.datetime.max


@pytest.mark.parametrize(
    ("zone", "made_utc", "local_day"),
    [
        # 03:00 UTC on the 30th is still the evening of the 29th in Los Angeles.
        ("America/Los_Angeles", dt.datetime(2026, 11, 30, 3, 0), dt.date(2026, 11, 29)),
        # 20:00 UTC on the 29th is already the morning of the 30th in Tokyo.
        ("Asia/Tokyo", dt.datetime(2026, 11, 29, 20, 0), dt.date(2026, 11, 30)),
    ],
)
def test_boxes_count_on_the_local_day_they_were_made(
    warehouse_db: Path, zone: str, made_utc: dt.datetime, local_day: dt.date
) -> None:
    localtime.store_time_zone(zone)
    _make_boxes_at(made_utc)
    assert stock.day_totals(local_day).boxes_in == 2
    assert stock.day_totals(made_utc.date()).boxes_in == 0
    chart = dict((day, ins) for day, ins, _outs in stock.daily_in_out(3, today=local_day))
    assert chart[local_day] == 2 and sum(chart.values()) == 2


def test_the_warehouse_zone_setting_wins_over_the_machine(
    warehouse_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    assert localtime.warehouse_zone().utcoffset(dt.datetime(2026, 1, 1)) == dt.timedelta(0)
    localtime.store_time_zone("Asia/Tokyo")
    assert localtime.warehouse_zone() == TOKYO
    assert localtime.today() == dt.datetime.now(TOKYO).date()
    with pytest.raises(ValueError):
        localtime.store_time_zone("Mars/Olympus_Mons")
    localtime.store_time_zone("")
    assert localtime.warehouse_zone().utcoffset(dt.datetime(2026, 1, 1)) == dt.timedelta(0)


def _zone_whose_date_is_not_utc_now() -> str:
    """A zone (Los Angeles when it can, else one east or west of it) where today is not
    the UTC date right now."""
    now = dt.datetime.now(dt.UTC)
    for zone in ("America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "Etc/GMT+12"):
        if now.astimezone(ZoneInfo(zone)).date() != now.date():
            return zone
    raise AssertionError("every zone from UTC-12 to UTC+14 has today's UTC date")


def test_two_boxes_made_a_minute_ago_are_in_today_on_the_stock_sheet(tmp_path: Path) -> None:
    zone = _zone_whose_date_is_not_utc_now()
    env = {"TZ": zone}
    db = tmp_path / "w.db"
    run("init", "--db", str(db), check_ok=True, env=env)
    from warehouse_desktop.db import open_database

    open_database(db)
    wh = small_warehouse(boxes=2)
    close_database()
    run("scan", "--db", str(db), wh.jackets.code, *wh.box_codes[:2], check_ok=True, env=env)
    code = (
        "import sys; from warehouse_desktop.db import open_database; "
        "from reports.stock_sheet import gather; open_database(sys.argv[1]); "
        "s = gather(); print(s.day.isoformat(), s.totals.boxes_in, s.exported_at.date())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True,
        env={**os.environ, **env}, timeout=120,
    ).stdout.split()  # fmt: skip
    local_today = dt.datetime.now(ZoneInfo(zone)).date().isoformat()
    assert out == [local_today, "2", local_today]
    assert local_today != dt.datetime.now(dt.UTC).date().isoformat()


def test_the_manifest_shows_local_times(warehouse_db: Path, tmp_path: Path) -> None:
    from reports.manifest import write_manifest
    from warehouse_desktop.codes import CodeKind, make_code
    from warehouse_desktop.models import VanLoad

    localtime.store_time_zone("Asia/Tokyo")
    code = make_code(CodeKind.VAN_LOAD, 17)
    VanLoad.create(code=code, destination="Calais", created_at=dt.datetime(2026, 11, 29, 20, 5))
    pdf = write_manifest(code, tmp_path / "m.pdf")
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert "2026-11-30 05:05" in text and "2026-11-29 20:05" not in text


def test_the_amber_answer_for_a_dispatched_box_says_when_it_left_in_local_time(
    warehouse_db: Path,
) -> None:
    wh = small_warehouse(boxes=1)
    localtime.store_time_zone("Asia/Tokyo")
    now = [dt.datetime(2026, 11, 29, 20, 0)]  # UTC: 05:00 on the 30th in Tokyo

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(seconds=2)
        return now[0]

    bench = BenchService("bench-1", clock=clock, operator="Amina")
    for code in (wh.jackets.code, wh.box_codes[0]):
        assert bench.scan(code).ok
    van = bench.create_van_load("Calais").code
    assert bench.scan(wh.box_codes[0]).action.value == "box_loaded"
    assert bench.dispatch_van(van).ok
    assert bench.check_in_mode().ok
    answer = bench.scan(wh.box_codes[0])
    assert answer.confirm and answer.args["when"].startswith("2026-11-30 05:00")
