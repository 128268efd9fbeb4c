"""Benchmark: the end-of-day stock sheet at 20,000 and at 200,000 boxes.

Both warehouses have the demo catalogue and locations; the boxes (each with its
"created" movement, a tenth of them moved or dispatched today) are bulk-inserted with
plain sqlite3 so building them takes seconds.  The sheet's cost should follow the
number of categories and locations, not boxes.  Target: 200k <= 1.3x the time at 20k.

    /work/venv/bin/python benchmarks/stock_sheet.py [--small 20000] [--large 200000] [--repeat 5]
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

DISPATCHED_TODAY = 300
MOVED_TODAY = 500
# The index the core would need for stock queries to read no table rows (see reports.md).
COVERING_INDEXES = (
    "CREATE INDEX IF NOT EXISTS box_stock_cover ON box(state, category_id, size, quantity)",
    "CREATE INDEX IF NOT EXISTS box_location_cover ON box(state, location_id, quantity)",
)


def build(path: Path, boxes: int, today: dt.date, covering: bool = False) -> None:
    """Demo catalogue through the program, then `boxes` boxes in bulk."""
    from warehouse_desktop import demo
    from warehouse_desktop.codes import CodeKind, make_code
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    open_database(path)
    ensure_schema()
    demo.seed_demo(today=today, boxes=2000)
    close_database()
    rng = random.Random(7)
    con = sqlite3.connect(path)
    categories = con.execute("SELECT id, sizes FROM category WHERE active").fetchall()
    shelves = [r[0] for r in con.execute("SELECT id FROM location WHERE kind = 'shelf'")]
    van = con.execute("SELECT id FROM van_load ORDER BY id DESC LIMIT 1").fetchone()[0]
    first = con.execute("SELECT COALESCE(MAX(id), 0) FROM box").fetchone()[0] + 1
    start = dt.datetime.combine(today, dt.time(8)) - dt.timedelta(days=60)
    box_rows, movement_rows = [], []
    for n in range(first, first + boxes - 2000):
        cat_id, sizes = rng.choice(categories)
        size_list = [s.strip('" ') for s in sizes.strip("[]").split(",")]
        at = start + dt.timedelta(minutes=rng.randrange(60 * 24 * 60))
        state = "in_stock"
        van_id = None
        # A day's work does not grow with the warehouse: the same few hundred boxes
        # dispatched and moved today whatever the stock, the rest dispatched long ago.
        out_today = n - first < DISPATCHED_TODAY
        moved_today = DISPATCHED_TODAY <= n - first < DISPATCHED_TODAY + MOVED_TODAY
        if out_today or n % 10 == 0:
            state, van_id = "dispatched", van
        box_rows.append(
            (make_code(CodeKind.BOX, 1_000_000 + n), cat_id, rng.choice(size_list), rng.randrange(5, 60),
             rng.choice(shelves), state, van_id, at, at, "", 0)
        )  # fmt: skip
        movement_rows.append((n, "created", None, None, "in_stock", 0, "bench", f"b{n}", at))
        if out_today or n % 10 == 0:
            when = (
                dt.datetime.combine(today, dt.time(15)) if out_today else at + dt.timedelta(days=1)
            )
            movement_rows.append((n, "dispatched", None, "in_stock", "dispatched", 0, "bench", f"d{n}",
                                  when))  # fmt: skip
        elif moved_today:
            movement_rows.append((n, "moved", None, "in_stock", "in_stock", 0, "bench", f"m{n}",
                                  dt.datetime.combine(today, dt.time(11))))  # fmt: skip
    with con:
        con.executemany(
            "INSERT INTO box (id, code, category_id, size, quantity, location_id, state, van_load_id,"
            " packed_at, updated_at, note, version) VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?)",
            box_rows,
        )
        ids = [
            r[0]
            for r in con.execute("SELECT id FROM box ORDER BY id DESC LIMIT ?", (len(box_rows),))
        ]
        ids.reverse()
        by_n = {first + i: box_id for i, box_id in enumerate(ids)}
        con.executemany(
            "INSERT INTO movement (box_id, action, from_location_id, from_state, to_state,"
            " quantity_change, bench, batch, at, operator) VALUES (?,?,?,?,?,?,?,?,?,'bench')",
            [(by_n[r[0]], *r[1:]) for r in movement_rows],
        )
    if covering:
        for statement in COVERING_INDEXES:
            con.execute(statement)
    con.execute("ANALYZE")
    con.close()


def time_sheet(path: Path, out: Path, today: dt.date, repeat: int) -> float:
    from reports.stock_sheet import write_stock_sheet
    from warehouse_desktop.db import close_database, open_database

    open_database(path)
    write_stock_sheet(out, today, "bench")  # warm the page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        write_stock_sheet(out, today, "bench")
        times.append(time.perf_counter() - start)
    close_database()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=20_000)
    parser.add_argument("--large", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--covering-index",
        action="store_true",
        help="add the covering indexes proposed for the core",
    )
    args = parser.parse_args()
    today = dt.date(2026, 11, 27)
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        for boxes in (args.small, args.large):
            db = Path(folder) / f"w{boxes}.db"
            started = time.perf_counter()
            build(db, boxes, today, args.covering_index)
            built = time.perf_counter() - started
            results[boxes] = time_sheet(db, Path(folder) / f"sheet{boxes}.pdf", today, args.repeat)
            print(f"{boxes:>7} boxes: built in {built:.1f} s, stock sheet {results[boxes]:.3f} s "
                  f"(median of {args.repeat})")  # fmt: skip
        ratio = results[args.large] / results[args.small]
        print(f"ratio {args.large} / {args.small}: {ratio:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    main()
