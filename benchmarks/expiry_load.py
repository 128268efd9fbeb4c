"""The sooner-expiring check of a van-load scan: its cost with 50,000 boxes of one
category and size in stock against 5,000 (should not grow: the index on
(state, category, size, expires_on) finds the soonest box directly).

    python benchmarks/expiry_load.py [--boxes 50000] [--calls 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def per_call_ms(boxes: int, calls: int) -> float:
    from tests.support.warehouse import seed_warehouse, small_warehouse
    from warehouse_desktop.bench.expiry import sooner_in_stock
    from warehouse_desktop.db import close_database, open_database, write_transaction
    from warehouse_desktop.fast_sql import insert_rows
    from warehouse_desktop.migrations import ensure_schema
    from warehouse_desktop.models import Box

    open_database(Path(tempfile.mkdtemp()) / "w.db")
    try:
        ensure_schema()
        warehouse = small_warehouse(0)
        (rice,), _ = seed_warehouse([dict(name="Rice", group="food", expires=True)])
        rows = [
            dict(code=f"B{i:07d}X", category=rice.id, size="one size", quantity=10,
                 location=warehouse.shelf_b1.id, state="in_stock", van_load=None,
                 packed_at=dt.datetime(2026, 11, 1), updated_at=dt.datetime(2026, 11, 1),
                 note="", version=0, boxtribute_number=None, boxtribute_details=None,
                 expires_on=dt.date(2027, 1 + i % 12, 1))
            for i in range(boxes)
        ]  # fmt: skip
        with write_transaction():
            for start in range(0, boxes, 5000):
                insert_rows(Box, rows[start : start + 5000])
        latest = Box.get(Box.code == "B0000011X")  # December: every other month is sooner
        times = []
        for _ in range(calls):
            began = time.perf_counter()
            assert sooner_in_stock(latest) is not None
            times.append(time.perf_counter() - began)
        return statistics.median(times) * 1000
    finally:
        close_database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--boxes", type=int, default=50_000)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    small = per_call_ms(args.boxes // 10, args.calls)
    large = per_call_ms(args.boxes, args.calls)
    print(f"sooner-expiring check, {args.boxes // 10:,} boxes: {small:.3f} ms   "
          f"{args.boxes:,} boxes: {large:.3f} ms   ratio {large / small:.2f}  (target <= 1.5)")  # fmt: skip


if __name__ == "__main__":
    main()
