"""What the window adds to a scan: `MainWindow.handle_scan` against `BenchService.scan`.

Side by side in one run, on the same SQLite file: new boxes checked in from pre-printed
codes, one durable transaction each.  The window's share is the routing by page, the
typed-quantity check, the banner, sound, log line and the fresh bench context it shows
after every scan.  Run with the offscreen platform:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_scan.py --scans 300
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="window-scan-"))
    os.environ["WAREHOUSE_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import QSettings

    from ui.app import build_window
    from warehouse_desktop.bench import BenchService
    from warehouse_desktop.codes import CodeKind
    from warehouse_desktop.db import open_database
    from warehouse_desktop.migrations import ensure_schema
    from warehouse_desktop.models import Category
    from warehouse_desktop.numbering import reserve_codes

    open_database(folder / "bench.db")
    ensure_schema()
    category = Category.create(
        code=reserve_codes(CodeKind.CATEGORY, 1)[0], name="Men's jackets", group="clothing",
        gender="men", sizes=["S", "M", "L"], default_quantity=5,
    )  # fmt: skip
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="window", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    window = session.window
    window.service.sign_in("Ana")
    window.handle_scan(category.code)
    service = BenchService("service", operator="Ana")
    service.scan(category.code)

    def per_scan(scan) -> list[float]:
        times = []
        for code in reserve_codes(CodeKind.BOX, args.scans):
            start = time.perf_counter()
            result = scan(code)
            times.append(time.perf_counter() - start)
            assert result is not None and result.ok, result
        return times

    window_times: list[float] = []
    service_times: list[float] = []
    for _ in range(args.rounds):
        service_times += per_scan(service.scan)
        window_times += per_scan(window.handle_scan)
        session.app.processEvents()
    w, s = statistics.median(window_times), statistics.median(service_times)
    print(
        f"per scan (median of {len(window_times)}): window {w * 1000:7.3f} ms   "
        f"service alone {s * 1000:7.3f} ms   ratio {w / s:5.2f}"
    )


if __name__ == "__main__":
    main()
