"""Boxtribute import benchmark: the import against a bare sqlite3 script, side by side.

It writes a Boxtribute box export of N rows (10,000 by default: products, sizes and
locations the warehouse has, every state), then, on a fresh warehouse each time, times:

* the import (`boxtribute.plan_import` + `apply_import`): read and check every row,
  match names, then one transaction writing each box with a fresh code and its
  `created` movement;
* a bare `sqlite3` script inserting the same rows: it reads the file with `csv`, looks
  the category and location ids up in dicts built beforehand, and inserts the same box
  and movement rows in one transaction, with the same durability (WAL, synchronous=FULL).

It prints the median of each and the ratio (target <= 3).

    python benchmarks/boxtribute_import.py [--rows 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from warehouse_desktop import boxtribute
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.migrations import ensure_schema
from warehouse_desktop.models import Category, Location

PRODUCTS = [("T-Shirt", "Men", "men", ["S", "M", "L"]), ("Jacket", "Women", "women", ["M", "L"]),
            ("Blanket", "", "none", ["one size"]), ("Sleeping bag", "", "none", ["one size"]),
            ("Trousers", "Boy", "boys", ["4-5", "6-7"])]  # fmt: skip
STATES = ["InStock"] * 6 + ["Donated", "Lost", "Scrap", "InTransit"]
SHELVES = 30


def write_file(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(boxtribute.COLUMNS)
        for n in range(rows):
            product, gender, _ours, sizes = PRODUCTS[n % len(PRODUCTS)]
            writer.writerow([
                f"{10_000_000 + n}", product, "Clothing", gender, sizes[n % len(sizes)],
                n % 40 + 1, STATES[n % len(STATES)], f"Shelf {n % SHELVES + 1}",
                "winter" if n % 7 == 0 else "", "", "checked" if n % 5 == 0 else "",
                "3 months", "2024-03-05 14:22", "Anna", "Ben",
            ])  # fmt: skip


def empty_warehouse(path: Path) -> None:
    """A warehouse whose catalogue knows every product and shelf of the file."""
    open_database(path)
    ensure_schema()
    for number, (product, _gender, ours, sizes) in enumerate(PRODUCTS, 1):
        Category.create(code=make_code(CodeKind.CATEGORY, number), name=product, gender=ours,
                        sizes=sizes)  # fmt: skip
    for number in range(1, SHELVES + 1):
        Location.create(code=make_code(CodeKind.LOCATION, number), name=f"Shelf {number}")
    close_database()


def run_import(db: Path, data: Path) -> float:
    open_database(db)
    start = time.perf_counter()
    plan = boxtribute.plan_import(data)
    result = boxtribute.apply_import(plan, operator="benchmark", bench="office")
    elapsed = time.perf_counter() - start
    close_database()
    assert len(result.boxes) == len(plan.boxes) and not plan.unknown
    return elapsed


_STATE = {"InStock": "in_stock", "Donated": "dispatched", "Lost": "lost", "Scrap": "scrapped",
          "InTransit": "in_stock"}  # fmt: skip


def run_bare(db: Path, data: Path) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    genders = {"Men": "men", "Women": "women", "": "none", "Boy": "boys"}
    start = time.perf_counter()
    categories = {(n, g): i for i, n, g in conn.execute("SELECT id, name, gender FROM category")}
    locations = {name: i for i, name in conn.execute("SELECT id, name FROM location")}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
    conn.execute("BEGIN IMMEDIATE")
    with open(data, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for n, row in enumerate(reader, 1):
            state = _STATE[row[6]]
            location = locations[row[7]]
            box_id = conn.execute(
                "INSERT INTO box (code, category_id, size, quantity, location_id, state, "
                "packed_at, updated_at, note, version, boxtribute_number, boxtribute_details) "
                "VALUES (?,?,?,?,?,?,?,?,?,0,?,?)",
                (f"X{n}", categories[(row[1], genders[row[3]])], row[4], int(row[5]), location,
                 state, row[12], row[12], row[10], row[0], "{}"),
            ).lastrowid  # fmt: skip
            conn.execute(
                "INSERT INTO movement (box_id, action, to_location_id, to_state, "
                "quantity_change, operator, bench, batch, at) VALUES (?,?,?,?,?,?,?,?,?)",
                (box_id, "created", location, state, int(row[5]), "benchmark", "office", "b", now),
            )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="boxtribute-bench-"))
    try:
        data = work / "boxes.csv"
        write_file(data, args.rows)
        template = work / "template.db"
        empty_warehouse(template)
        service, bare = [], []
        for round_ in range(args.rounds):
            for name, runner, times in (("import", run_import, service),
                                        ("bare", run_bare, bare)):  # fmt: skip
                db = work / f"{name}-{round_}.db"
                shutil.copy(template, db)
                times.append(runner(db, data))
        a, b = statistics.median(service), statistics.median(bare)
        print(f"{args.rows} rows: import {a:7.3f} s   bare sqlite3 {b:7.3f} s   "
              f"ratio {a / b:5.2f}  (target <= 3)")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
