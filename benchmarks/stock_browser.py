"""Stock browser on 100,000 boxes: first screen against the bare SQL query for that
screen (issue 3: at most 2x), and memory growth against a 10,000-box warehouse (should
not depend on the number of boxes: the model reads one page, never every row).

    python benchmarks/stock_browser.py [--boxes 100000]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST_SCREEN_SQL = """
select b.code, c.name, b.size, c.gender, b.quantity, l.code, l.name, b.state, v.code,
       b.packed_at, b.updated_at, b.note
from box b join category c on b.category_id = c.id
left join location l on b.location_id = l.id
left join van_load v on b.van_load_id = v.id
order by b.code, b.id limit 200
"""


def make_warehouse(path: Path, boxes: int) -> None:
    """The demo catalogue with `boxes` boxes bulk-inserted (codes issued in order)."""
    env = dict(os.environ, WAREHOUSE_DATA_DIR=str(path.parent / "data"))
    subprocess.run(
        [sys.executable, "-m", "warehouse_desktop", "init", "--demo", "--db", str(path)],
        env=env, cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    from warehouse_desktop.codes import CodeKind, make_code

    conn = sqlite3.connect(path)
    start = conn.execute("select count(*) from box").fetchone()[0] + 100_000
    cats = [r[0] for r in conn.execute("select id from category")]
    locs = [r[0] for r in conn.execute("select id from location")]
    now = "2026-11-01 10:00:00"
    rows = (
        (make_code(CodeKind.BOX, start + i), cats[i % len(cats)], "M", 10, locs[i % len(locs)],
         "in_stock", now, now, "", 0)
        for i in range(boxes)
    )  # fmt: skip
    with conn:
        conn.executemany(
            "insert into box (code, category_id, size, quantity, location_id, state, packed_at,"
            " updated_at, note, version) values (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    conn.close()


def bare_query(path: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        conn = sqlite3.connect(path)
        start = time.perf_counter()
        rows = conn.execute(FIRST_SCREEN_SQL).fetchall()
        times.append(time.perf_counter() - start)
        conn.close()
        assert len(rows) == 200
    return statistics.median(times)


def first_screen(path: Path, runs: int = 5) -> tuple[float, int]:
    """Median time to a painted first screen of the stock browser; rows held by the model."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.stock_view import StockView
    from warehouse_desktop.db import close_database, open_database

    app = QApplication.instance() or QApplication([])
    from warehouse_desktop import inventory

    open_database(path)
    page_times = []
    for _ in range(runs):
        start = time.perf_counter()
        inventory.list_boxes(limit=200)
        page_times.append(time.perf_counter() - start)
    close_database()
    global MODEL_PAGE
    MODEL_PAGE = statistics.median(page_times)
    times = []
    rows = 0
    for _ in range(runs):
        open_database(path)
        start = time.perf_counter()
        view = StockView()
        view.resize(1366, 700)
        view.show()
        view.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
        rows = view.model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
        close_database()
    return statistics.median(times), rows


MODEL_PAGE = 0.0


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--boxes", type=int, default=100_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        # Measured in a fresh process so peak memory belongs to this warehouse alone.
        seconds, rows = first_screen(args.child)
        print(f"{seconds} {rows} {_rss_mb()} {MODEL_PAGE}")
        return 0
    work = Path(tempfile.mkdtemp(prefix="stock-browser-"))
    results = {}
    for boxes in (args.boxes // 10, args.boxes):
        db = work / f"w{boxes}.db"
        make_warehouse(db, boxes)
        bare = bare_query(db)
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(db)],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        results[boxes] = (bare, float(out[0]), int(out[1]), float(out[2]), float(out[3]))
    for boxes, (bare, screen, rows, rss, page) in results.items():
        print(
            f"{boxes + 2000:>7} boxes: bare SQL first page {bare * 1000:.1f} ms; model's first "
            f"page {page * 1000:.1f} ms ({page / bare:.1f}x); whole first screen painted "
            f"{screen * 1000:.1f} ms; rows held {rows}; peak RSS {rss:.0f} MB"
        )
    small, big = results[args.boxes // 10], results[args.boxes]
    print(f"peak memory growth from {args.boxes // 10} to {args.boxes} boxes: "
          f"{big[3] - small[3]:+.0f} MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
