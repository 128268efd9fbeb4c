"""Measuring the window on a simulated screen: a child process on Qt's offscreen platform
with a screen of a given size and scale factor, reporting its geometry as JSON.

`measure_on_screen` runs in the test; `open_french_window` and `rect_of` in the child
(`tests.support.measure_bench`, `tests.support.measure_dialogs`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]

if TYPE_CHECKING:
    from PySide6.QtCore import QRect

    from ui.app import Session


def measure_on_screen(module: str, demo_db: Path, work: Path, width: int, height: int,
                      scale: int, *extra: str) -> dict:  # fmt: skip
    """Run `tests.support.<module>` on a copy of the demo warehouse, on a `width`×`height`
    screen at `scale`; return the JSON report it prints last."""
    db = work / "demo.db"
    shutil.copy(demo_db, db)
    screen = work / "screen.json"
    screen.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]}))  # fmt: skip
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": str(scale),  # 200 %: a 683×384 screen in the window's pixels
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.run(
        [sys.executable, "-m", f"tests.support.{module}", str(db), str(work / "settings.ini"),
         *extra],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert "Traceback" not in child.stderr
    return json.loads(child.stdout.strip().splitlines()[-1])


def rect_of(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def open_french_window(db: str, settings_path: str) -> Session:
    """In the child: open `db` (schema brought up to date) and show the bench window in
    French as `ui.app` shows it, with these settings, no sound and no sign-in dialog; its
    first events are handled when this returns."""
    from PySide6.QtCore import QSettings

    from ui.app import build_window, show_window
    from warehouse_desktop.db import open_database
    from warehouse_desktop.migrations import ensure_schema

    open_database(db)
    ensure_schema()
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    session = build_window(settings=settings, lang="fr", audio=False, sign_in=False)
    show_window(session)
    for _ in range(5):
        session.app.processEvents()
    return session
