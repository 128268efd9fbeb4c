"""Several benches on one PostgreSQL database: per-scan cost with four at once vs one alone.

Each bench is its own process running the bench service; each scan is one transaction.
One bench alone creates N boxes then moves them; then four benches do the same at the
same time (each with its own codes).  Target: the four-bench per-scan cost <= 2x alone.

    python benchmarks/multi_bench.py --db postgresql://warehouse:warehouse@127.0.0.1/warehouse_bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.migrations import ensure_schema
from warehouse_desktop.models import Category, Location, LocationKind
from warehouse_desktop.numbering import reserve_codes


def prepare(db: str, benches: int, scans: int) -> list[list[str]]:
    conn = open_database(db)
    conn.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    conn.execute_sql("CREATE SCHEMA public")
    ensure_schema()
    Category.create(code=make_code(CodeKind.CATEGORY, 1), name="Blankets", sizes=["one size"])
    Location.create(
        code=make_code(CodeKind.LOCATION, 1), name="Bench", kind=LocationKind.BENCH.value
    )
    for n in range(2, 2 + benches):
        Location.create(code=make_code(CodeKind.LOCATION, n), name=f"Shelf {n}")
    codes = reserve_codes(CodeKind.BOX, (benches + 1) * scans)
    close_database()
    return [codes[i * scans : (i + 1) * scans] for i in range(benches + 1)]


def worker(db: str, bench_name: str, shelf: int, codes: list[str]) -> None:
    open_database(db)
    now = [dt.datetime(2026, 11, 27, 9)]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(seconds=2)
        return now[0]

    bench = BenchService(bench_name, operator="Tester", clock=clock)
    bench.scan(make_code(CodeKind.CATEGORY, 1))
    timings = []
    for code in codes:
        start = time.perf_counter()
        assert bench.scan(code).action.value == "box_created"
        timings.append(time.perf_counter() - start)
    bench.scan(make_code(CodeKind.LOCATION, shelf))
    for code in codes:
        start = time.perf_counter()
        result = bench.scan(code)
        assert result.action.value == "box_moved", result
        timings.append(time.perf_counter() - start)
    close_database()
    print(json.dumps(timings))


def run_workers(db: str, batches: list[list[str]], run: str) -> list[float]:
    children = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                "--db",
                db,
                "--bench",
                f"{run}-bench-{i}",
                "--shelf",
                str(2 + i),
                *codes,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i, codes in enumerate(batches)
    ]
    timings: list[float] = []
    for child in children:
        out, _ = child.communicate(timeout=600)
        assert child.returncode == 0
        timings += json.loads(out)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--benches", type=int, default=4)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bench", help=argparse.SUPPRESS)
    parser.add_argument("--shelf", type=int, help=argparse.SUPPRESS)
    parser.add_argument("codes", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.db, args.bench, args.shelf, args.codes)
        return 0
    batches = prepare(args.db, args.benches, args.scans)
    alone = statistics.median(run_workers(args.db, batches[:1], "alone"))
    together = statistics.median(run_workers(args.db, batches[1:], "together"))
    print(f"one bench alone      : {alone * 1000:7.3f} ms per scan (median)")
    print(f"{args.benches} benches at once : {together * 1000:7.3f} ms per scan (median)")
    print(f"ratio {together / alone:5.2f}  (target <= 2.0)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
