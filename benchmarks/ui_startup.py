"""Start-up to an interactive bench window on the demo warehouse, against a bare PySide6
QMainWindow started the same way in the same run (issue 3: at most 1.5x).

Each run is a fresh process, timed from spawn until the window is shown and the event
loop has turned once (with the sign-in dialog open) and it says so.  Uses the offscreen platform unless
DISPLAY is set.  Two windows are timed:

* "bench window": opens the database and calls `ui.app.build_window`, as before;
* "warehouse-desktop command": the command a volunteer starts, `warehouse-desktop --db
  DB --bench NAME` (argument parsing, the daily backup check, serial scanners, the Print
  menu), stopped after the same first turn of the event loop.

Python bytecode: an installed app starts from cached bytecode (pip compiles it on
install), so by default the children may write it (into a temporary folder, never the
source tree) and one untimed run of each comes first.  `--no-bytecode-cache` keeps
PYTHONDONTWRITEBYTECODE as this environment sets it, so every start compiles the
project from source again (how the first figures in benchmarks/ui.md were taken).

PostgreSQL driver: peewee imports psycopg2 whenever it is installed (20-40 ms here).
The bench laptops install without the postgres extra; `--no-postgres-driver` hides
psycopg2 from the timed processes to show what they see.

First start of the day: `--first-start-of-day` removes the day's backups before every
timed run of the command, so each run is the day's first and takes the daily backup (which
used to copy the whole database before the window appeared, and now happens on a worker
thread once the window is up).  The copy costs what the file weighs: `--pad-mb N` adds N MB
of filler to the demo database, the size of a warehouse with a long history.

Big warehouse (issue 12): `--big` also builds, once per run into the temporary folder, a
database of 200,000 boxes and 1,000,000 movements (`build_database` of
benchmarks/scan_path.py, sizes set by `--boxes`/`--movements`) and times the command on it
twice in the same rounds: a later start of the day and the day's first (its backups removed
before every timed start, as `--first-start-of-day` does), printing big/demo and
first-of-day-big/demo beside window/bare.

    python benchmarks/ui_startup.py [--runs 5] [--no-bytecode-cache] [--no-postgres-driver]
                                    [--first-start-of-day] [--pad-mb 300]
                                    [--big [--boxes 200000] [--movements 1000000]]
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sqlite3
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
QTimer.singleShot(0, lambda: (print("ready\\nsettled", flush=True), app.quit()))
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
QTimer.singleShot(0, lambda: (print("ready\\nsettled", flush=True), s.app.quit()))
s.app.exec()
"""

COMMAND = """
import sys
sys.path.insert(0, {root!r})
from warehouse_desktop import cli
import ui.app

run_window = ui.app.run_window

def open_window(args):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    # "ready": the window is shown and the event loop has turned once.  "settled": the
    # jobs left for after that (serial scanners, Print menu, starting the day's backup)
    # have all run, one per turn.  The backup's copy goes on on its own thread; the
    # process waits for it at exit, after the clock has stopped.
    queues = []
    after_start = ui.app._after_start
    def capture(owner, jobs, **kwargs):
        queues.append(jobs)
        return after_start(owner, jobs, **kwargs)
    ui.app._after_start = capture
    run = QApplication.exec
    def exec_once(*_args):
        QTimer.singleShot(0, lambda: print("ready", flush=True))
        poll = QTimer()
        def check():
            if not any(queues):
                print("settled", flush=True)
                poll.stop()
                QApplication.quit()
        poll.timeout.connect(check)
        poll.start(1)
        return run()
    QApplication.exec = exec_once
    return int(run_window(args))

ui.app.run_window = open_window  # the handler the `window` command's entry point gives
sys.exit(cli.main(["--db", {db!r}, "--bench", "bench-1", "--lang", "en"]))
"""


def _pad(db: Path, megabytes: int) -> None:
    """Make the database `megabytes` larger (a table of filler the program never reads)."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("CREATE TABLE benchmark_padding (filler BLOB)")
        chunk = os.urandom(1024 * 1024)
        conn.executemany(
            "INSERT INTO benchmark_padding VALUES (?)", ((chunk,) for _ in range(megabytes))
        )
    conn.close()


def _time(code: str, env: dict[str, str], before=None) -> tuple[float, float]:
    if before is not None:
        before()
    # Timed until the child says "ready" (the window is up and has turned its event loop
    # once), not until it exits: work left for after that, such as the day's backup on its
    # worker thread, is not what a volunteer waits for.
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert child.stdout is not None
    line = child.stdout.readline()
    ready = time.perf_counter() - start
    settled_line = child.stdout.readline()
    settled = time.perf_counter() - start
    _out, err = child.communicate()
    assert line.strip() == "ready" and settled_line.strip() == "settled", err
    assert child.returncode == 0, err
    return ready, settled


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="compile every module at every start, as PYTHONDONTWRITEBYTECODE=1 does")  # fmt: skip
    parser.add_argument("--no-postgres-driver", action="store_true",
                        help="hide psycopg2, as on a bench laptop installed without the postgres extra")  # fmt: skip
    parser.add_argument("--first-start-of-day", action="store_true",
                        help="every timed start of the command is the day's first (daily backup)")  # fmt: skip
    parser.add_argument("--pad-mb", type=int, default=0,
                        help="make the demo database this many MB larger")  # fmt: skip
    parser.add_argument("--big", action="store_true",
                        help="also time the command on a big warehouse, later and first of the day")  # fmt: skip
    parser.add_argument("--boxes", type=int, default=200_000)
    parser.add_argument("--movements", type=int, default=1_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ui-startup-"))
    # The big warehouse weighs some 300 MB: never left behind.
    atexit.register(shutil.rmtree, work, True)
    db = work / "demo.db"
    # The big warehouse lives in its own folder so that its backups/ are its own.
    big_db = work / "big" / "big.db"
    env = dict(os.environ, WAREHOUSE_DATA_DIR=str(work / "data"))
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    if args.no_bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    subprocess.run(
        [sys.executable, "-m", "warehouse_desktop", "init", "--demo", "--db", str(db)],
        env=env, cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    if args.pad_mb:
        _pad(db, args.pad_mb)
    backups = db.parent / "backups"

    def first_of_day() -> None:
        shutil.rmtree(backups, ignore_errors=True)

    def big_first_of_day() -> None:
        shutil.rmtree(big_db.parent / "backups", ignore_errors=True)

    scripts = {
        "bare QMainWindow": BARE,
        "bench window (build_window)": WINDOW.format(root=str(ROOT), db=str(db)),
        "warehouse-desktop command": COMMAND.format(root=str(ROOT), db=str(db)),
    }
    befores = {}
    if args.first_start_of_day:
        befores["warehouse-desktop command"] = first_of_day
    if args.big:
        from scan_path import build_database  # benchmarks/ is this script's sys.path[0]

        big_db.parent.mkdir()
        start = time.perf_counter()
        build_database(big_db, args.boxes, args.movements, scans=0)
        built = time.perf_counter() - start
        print(f"big database: {args.boxes:,} boxes, {args.movements:,} movements, "
              f"{big_db.stat().st_size / 1e6:.0f} MB, built in {built:.1f} s")  # fmt: skip
        big = COMMAND.format(root=str(ROOT), db=str(big_db))
        scripts["command, big, later in the day"] = big
        scripts["command, big, first of the day"] = big
        befores["command, big, first of the day"] = big_first_of_day
    if args.no_postgres_driver:
        hide = "import sys; sys.modules['psycopg2'] = None  # as if not installed\n"
        scripts = {name: hide + code for name, code in scripts.items()}
    for code in scripts.values():  # untimed: bytecode, .qm files, the day's first backup
        _time(code, env)
    times: dict[str, list[float]] = {name: [] for name in scripts}
    settled: dict[str, list[float]] = {name: [] for name in scripts}
    for _ in range(args.runs):
        for name, code in scripts.items():
            ready, done = _time(code, env, befores.get(name))
            times[name].append(ready)
            settled[name].append(done)
            if name in befores:  # the day's first start did take the day's backup
                kept = backups if befores[name] is first_of_day else big_db.parent / "backups"
                assert any(kept.glob("*")), f"no daily backup in {kept}"
    medians = {name: statistics.median(values) for name, values in times.items()}
    settled_medians = {name: statistics.median(values) for name, values in settled.items()}
    bare = medians["bare QMainWindow"]
    cache = "none (compiled at every start)" if args.no_bytecode_cache else "cached"
    driver = "hidden" if args.no_postgres_driver else "as installed"
    size = db.stat().st_size / 1e6
    day = "first of the day (daily backup due)" if args.first_start_of_day else "later in the day"
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, bytecode: {cache}, "
          f"psycopg2: {driver}, database: {size:.0f} MB, command start: {day}")  # fmt: skip
    for name, median in medians.items():
        spread = f"{min(times[name]) * 1000:.0f}-{max(times[name]) * 1000:.0f}"
        ratio = "" if name == "bare QMainWindow" else f", {median / bare:.2f}x bare"
        after = ""
        if "command" in name:
            after = f"; settled (Print menu, backup started) {settled_medians[name] * 1000:.0f} ms"
        print(f"{name}: median {median * 1000:.0f} ms (runs {spread} ms){ratio}{after}")
    if args.big:
        demo = medians["warehouse-desktop command"]
        later = medians["command, big, later in the day"] / demo
        first = medians["command, big, first of the day"] / demo
        print(f"big/demo (later in the day): {later:.2f}x, "
              f"first-of-day big/demo: {first:.2f}x (goal: <= 1.2x)")  # fmt: skip
        demo_s = settled_medians["warehouse-desktop command"]
        later_s = settled_medians["command, big, later in the day"] / demo_s
        first_s = settled_medians["command, big, first of the day"] / demo_s
        print(f"settled: big/demo {later_s:.2f}x, first-of-day big/demo {first_s:.2f}x")
    print("goal: window/bare <= 1.5x (issue 3); must not grow from 2.0-3.1x (issue 12)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
