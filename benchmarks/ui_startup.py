"""Start-up to an interactive bench window on the demo warehouse, against a bare PySide6
QMainWindow started the same way in the same run (issue 3: at most 1.5x).

Each run is a fresh process, timed from spawn until the window is shown and the event
loop has turned once.  Uses the offscreen platform unless DISPLAY is set.

    python benchmarks/ui_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

WINDOW = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from warehouse_desktop.db import open_database
from warehouse_desktop.migrations import ensure_schema
open_database({db!r}); ensure_schema()
from ui.app import build_window
s = build_window(bench="bench-1", lang="en", audio=False)
s.window.resize(1366, 768); s.window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), s.app.quit()))
s.app.exec()
"""


def _time(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - start
    assert "ready" in out.stdout, out.stderr
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ui-startup-"))
    db = work / "demo.db"
    env = dict(os.environ, WAREHOUSE_DATA_DIR=str(work / "data"))
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    subprocess.run(
        [sys.executable, "-m", "warehouse_desktop", "init", "--demo", "--db", str(db)],
        env=env, cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    bare, window = [], []
    for _ in range(args.runs):
        bare.append(_time(BARE, env))
        window.append(_time(WINDOW.format(root=str(ROOT), db=str(db)), env))
    b, w = statistics.median(bare), statistics.median(window)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare QMainWindow start-up: median {b * 1000:.0f} ms")
    print(f"bench window on the demo warehouse: median {w * 1000:.0f} ms")
    print(f"ratio: {w / b:.2f}x (goal: <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
