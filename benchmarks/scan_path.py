"""Scan path benchmark: the bench service against a bare sqlite3 script, side by side.

For an empty database and one with 200,000 boxes and 1,000,000 movements, it times:

* the bench service (`BenchService.scan`): N check-ins of new boxes from pre-printed
  codes, then N put-away moves, each scan its own durable transaction;
* a bare `sqlite3` script making the same row writes (insert box + movement + bench
  state; update box + insert movement + bench state) with the same durability settings
  (WAL, synchronous=FULL, one transaction per scan).

It prints per-scan costs and the ratios the issue sets targets for:
service / bare (target <= 1.5) and service at 1 M movements / service empty (<= 1.2).

    python benchmarks/scan_path.py [--scans 300] [--boxes 200000] [--movements 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.migrations import ensure_schema
from warehouse_desktop.models import Category, Location, LocationKind
from warehouse_desktop.movements import new_batch


def build_database(path: Path, boxes: int, movements: int, scans: int) -> None:
    """A warehouse with `boxes` boxes and `movements` movements, plus codes for the run."""
    open_database(path)
    ensure_schema()
    categories = [
        Category.create(
            code=make_code(CodeKind.CATEGORY, n),
            name=f"Category {n}",
            sizes=["S", "M", "L"],
            target=50,
            default_quantity=10,
        )  # fmt: skip
        for n in range(1, 41)
    ]
    locations = [
        Location.create(
            code=make_code(CodeKind.LOCATION, n),
            name=f"Shelf {n}",
            kind=(LocationKind.BENCH if n == 1 else LocationKind.SHELF).value,
        )  # fmt: skip
        for n in range(1, 33)
    ]
    close_database()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # building only; the timed part runs durable
    now = dt.datetime(2026, 11, 1, 8, 0)
    with conn:
        conn.executemany(
            "INSERT INTO box (id, code, category_id, size, quantity, location_id, state, "
            "packed_at, updated_at, note, version) VALUES (?,?,?,?,?,?,?,?,?,'',0)",
            (
                (
                    n,
                    make_code(CodeKind.BOX, n),
                    categories[n % 40].id,
                    "M",
                    10,
                    locations[n % 32].id,
                    "in_stock",
                    now,
                    now,
                )  # fmt: skip
                for n in range(1, boxes + 1)
            ),
        )
        if boxes:
            conn.executemany(
                "INSERT INTO movement (box_id, action, to_location_id, to_state, quantity_change, "
                "operator, bench, batch, at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    (
                        (n % boxes) + 1,
                        "created" if n < boxes else "moved",
                        locations[n % 32].id,
                        "in_stock",
                        10,
                        "bench",
                        "bench-1",
                        new_batch(),
                        now + dt.timedelta(seconds=n),
                    )  # fmt: skip
                    for n in range(movements)
                ),
            )
        issued = boxes + 2 * scans + 10
        conn.execute(
            "INSERT INTO code_counter (kind, next_number) VALUES ('box', ?)", (issued + 1,)
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def run_service(path: Path, first_number: int, scans: int) -> list[float]:
    """Per-scan seconds for N new boxes then N moves through the bench service."""
    open_database(path)
    ensure_schema()
    clock_now = [dt.datetime(2026, 11, 27, 9, 0)]

    def clock() -> dt.datetime:
        clock_now[0] += dt.timedelta(seconds=2)
        return clock_now[0]

    bench = BenchService("bench-1", operator="bench", clock=clock)
    bench.scan(make_code(CodeKind.CATEGORY, 1))
    codes = [make_code(CodeKind.BOX, first_number + i) for i in range(scans)]
    timings = []
    for code in codes:
        start = time.perf_counter()
        result = bench.scan(code)
        timings.append(time.perf_counter() - start)
        assert result.action.value == "box_created", result
    bench.scan(make_code(CodeKind.LOCATION, 5))
    for code in codes:
        start = time.perf_counter()
        result = bench.scan(code)
        timings.append(time.perf_counter() - start)
        assert result.action.value == "box_moved", result
    close_database()
    return timings


def run_bare(path: Path, first_number: int, scans: int) -> list[float]:
    """The same row writes with plain sqlite3, the same durability, one transaction each."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("INSERT OR IGNORE INTO bench_state (bench, mode, operator, count_seen) "
                 "VALUES ('bare', 'check_in', '', '[]')")  # fmt: skip
    now = dt.datetime(2026, 11, 27, 9, 0)
    codes = [make_code(CodeKind.BOX, first_number + i) for i in range(scans)]
    timings = []
    ids = []
    for code in codes:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        cur = conn.execute(
            "INSERT INTO box (code, category_id, size, quantity, location_id, state, packed_at, "
            "updated_at, note, version) VALUES (?, 1, 'S', 10, 1, 'in_stock', ?, ?, '', 0)",
            (code, now, now),
        )
        box_id = cur.lastrowid
        conn.execute(
            "INSERT INTO movement (box_id, action, to_location_id, to_state, quantity_change, "
            "operator, bench, batch, at) VALUES (?, 'created', 1, 'in_stock', 10, 'bench', "
            "'bare', ?, ?)",
            (box_id, new_batch(), now),
        )
        conn.execute("UPDATE bench_state SET last_code=?, last_scan_at=? WHERE bench='bare'",
                     (code, now))  # fmt: skip
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - start)
        ids.append(box_id)
    for box_id, code in zip(ids, codes, strict=True):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE box SET location_id=5, updated_at=?, version=version+1 WHERE id=?",
                     (now, box_id))  # fmt: skip
        conn.execute(
            "INSERT INTO movement (box_id, action, from_location_id, to_location_id, from_state, "
            "to_state, quantity_change, operator, bench, batch, at) VALUES "
            "(?, 'moved', 1, 5, 'in_stock', 'in_stock', 0, 'bench', 'bare', ?, ?)",
            (box_id, new_batch(), now),
        )
        conn.execute("UPDATE bench_state SET last_code=?, last_scan_at=? WHERE bench='bare'",
                     (code, now))  # fmt: skip
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - start)
    conn.close()
    return timings


def measure(
    template: Path, work: Path, first_number: int, scans: int, rounds: int
) -> tuple[float, float]:
    """Median per-scan cost (service, bare), alternating the two on fresh copies each round."""
    service: list[float] = []
    bare: list[float] = []
    for _ in range(rounds):
        for name, runner, sink in (("svc", run_service, service), ("bare", run_bare, bare)):
            copy = work / f"{name}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
            shutil.copy(template, copy)
            sink.extend(runner(copy, first_number, scans))
    return statistics.median(service), statistics.median(bare)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--boxes", type=int, default=200_000)
    parser.add_argument("--movements", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as tmp:
        work = Path(tmp)
        empty = work / "empty.db"
        big = work / "big.db"
        build_database(empty, 0, 0, args.scans)
        t0 = time.perf_counter()
        build_database(big, args.boxes, args.movements, args.scans)
        print(f"built {args.boxes} boxes / {args.movements} movements in "
              f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)  # fmt: skip
        svc_empty, bare_empty = measure(empty, work, 1, args.scans, args.rounds)
        svc_big, bare_big = measure(big, work, args.boxes + 1, args.scans, args.rounds)
    print(
        f"per scan, empty database : service {svc_empty * 1000:7.3f} ms   bare sqlite3 "
        f"{bare_empty * 1000:7.3f} ms   ratio {svc_empty / bare_empty:5.2f}  (target <= 1.5)"
    )
    print(
        f"per scan, {args.movements:,} movements: service {svc_big * 1000:7.3f} ms   bare sqlite3 "
        f"{bare_big * 1000:7.3f} ms   ratio {svc_big / bare_big:5.2f}  (target <= 1.5)"
    )
    print(f"service at {args.movements:,} movements / empty: {svc_big / svc_empty:5.2f}  "
          f"(target <= 1.2)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
