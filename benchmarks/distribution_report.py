"""Benchmark: the one-week distribution report at 100,000 and at 1,000,000 movements.

Both warehouses have the same catalogue (24 categories in every group), the same 12
destinations and the same last week: 1,500 boxes packed, loaded and dispatched on
three vans a day.  The larger one only has a longer past (boxes created, moved, loaded
and dispatched over earlier months).  The report reads one week of movements through the
index on `movement.at`, so its cost should follow that week, not the history.
Target: at 1,000,000 movements <= 1.3x the time at 100,000.

Rows are bulk-inserted with plain sqlite3 (the schema is the program's own) so building
takes seconds; the report runs through `warehouse_desktop.distribution`, each warehouse
in turn, `--repeat` times, and the medians are compared side by side.

    .venv/bin/python benchmarks/distribution_report.py [--small 100000] [--large 1000000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GROUPS = ("clothing", "footwear", "bedding", "hygiene", "shelter", "food", "other")
DESTINATIONS = 12
WEEK_BOXES = 1500
WEEK_START = dt.date(2026, 11, 16)  # a Monday


def build(path: Path, movements: int) -> int:
    """A warehouse with `movements` movements, the last week's the same at every size."""
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.localtime import store_time_zone
    from warehouse_desktop.migrations import ensure_schema

    open_database(path)
    ensure_schema()
    store_time_zone("Europe/Paris")
    close_database()
    rng = random.Random(14)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")  # building only: the timed reads do not care
    with con:
        con.executemany(
            'INSERT INTO category (code, name, "group", gender, sizes, names, target, '
            "default_quantity, active) VALUES (?, ?, ?, 'none', '[\"one size\"]', '{}', 10, 10, 1)",
            [(f"C{n:04d}X", f"Category {n}", GROUPS[n % len(GROUPS)]) for n in range(1, 25)],
        )
        con.execute("INSERT INTO location (code, name, kind, active) VALUES ('L0001X', 'Shelf', "
                    "'shelf', 1)")  # fmt: skip
    van_rows: list[tuple] = []
    box_rows: list[tuple] = []
    move_rows: list[tuple] = []
    week_start = dt.datetime.combine(WEEK_START, dt.time(8))

    def add_box(packed: dt.datetime, dispatch: dt.datetime | None) -> None:
        number = len(box_rows) + 1
        category = rng.randrange(1, 25)
        quantity = rng.randrange(5, 40)
        state = "dispatched" if dispatch else "in_stock"
        van = None
        if dispatch:
            van_rows.append((f"V{len(van_rows) + 1:07d}", f"Destination {rng.randrange(DESTINATIONS)}",
                             "dispatched", dispatch, dispatch))  # fmt: skip
            van = len(van_rows)
        box_rows.append((f"B{number:09d}", category, "one size", quantity, None if dispatch else 1,
                         state, van, packed, dispatch or packed, "", 0))  # fmt: skip
        move_rows.append((number, "created", None, 1, None, "in_stock", None, quantity, None,
                          f"c{number}", packed))  # fmt: skip
        if dispatch:
            loaded = dispatch - dt.timedelta(hours=1)
            move_rows.append((number, "loaded", 1, 1, "in_stock", "loading", van, 0, quantity,
                              f"l{number}", loaded))  # fmt: skip
            move_rows.append((number, "dispatched", 1, None, "loading", "dispatched", van, 0,
                              quantity, f"d{number}", dispatch))  # fmt: skip

    for _ in range(WEEK_BOXES):  # the week reported: the same at every size
        dispatch = week_start + dt.timedelta(minutes=rng.randrange(7 * 24 * 60 - 600))
        add_box(dispatch - dt.timedelta(days=2), dispatch)
    # The past: boxes packed and mostly dispatched before the week, back as far as needed.
    history_start = week_start - dt.timedelta(days=max(30, (movements - len(move_rows)) // 600))
    span = int((week_start - history_start).total_seconds() // 60) - 3 * 24 * 60
    while len(move_rows) < movements - 2:
        packed = history_start + dt.timedelta(minutes=rng.randrange(span))
        dispatched = rng.random() < 0.8
        add_box(packed, packed + dt.timedelta(days=rng.randrange(1, 3)) if dispatched else None)
    with con:
        # One van per dispatched box keeps the rows simple; van ids follow their order.
        con.executemany("INSERT INTO van_load (code, destination, notes, driver, state, "
                        "created_at, dispatched_at) VALUES (?, ?, '', '', ?, ?, ?)", van_rows)  # fmt: skip
        con.executemany("INSERT INTO box (code, category_id, size, quantity, location_id, state, "
                        "van_load_id, packed_at, updated_at, note, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", box_rows)  # fmt: skip
        con.executemany("INSERT INTO movement (box_id, action, from_location_id, to_location_id, "
                        "from_state, to_state, van_load_id, quantity_change, from_quantity, "
                        "operator, bench, batch, at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench-1', ?, ?)",
                        move_rows)  # fmt: skip
    con.execute("ANALYZE")
    con.close()
    return len(move_rows)


def time_report(path: Path) -> tuple[float, int]:
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.distribution import Step, distribution_report

    open_database(path)
    try:
        started = time.perf_counter()
        report = distribution_report(WEEK_START, WEEK_START + dt.timedelta(days=6), Step.WEEK)
        return time.perf_counter() - started, report.boxes
    finally:
        close_database()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="distribution-bench-") as folder:
        paths = {}
        for label, size in (("small", args.small), ("large", args.large)):
            started = time.perf_counter()
            paths[label] = Path(folder) / f"{label}.db"
            built = build(paths[label], size)
            print(f"built {built:,} movements in {time.perf_counter() - started:.1f} s")
        times: dict[str, list[float]] = {"small": [], "large": []}
        boxes = {}
        for label in ("small", "large"):
            time_report(paths[label])  # warm the page cache once
        for _ in range(args.repeat):
            for label in ("small", "large"):  # alternate: both see the same machine load
                seconds, boxes[label] = time_report(paths[label])
                times[label].append(seconds)
        assert boxes["small"] == boxes["large"] == WEEK_BOXES, boxes
        small = statistics.median(times["small"]) * 1000
        large = statistics.median(times["large"]) * 1000
        print(f"one-week report, {args.small:>9,} movements: {small:8.2f} ms "
              f"({boxes['small']} boxes)")  # fmt: skip
        print(f"one-week report, {args.large:>9,} movements: {large:8.2f} ms "
              f"({boxes['large']} boxes)")  # fmt: skip
        print(f"ratio {args.large:,} / {args.small:,}: {large / small:.2f}  (target <= 1.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
