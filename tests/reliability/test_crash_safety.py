"""Kill the process at any moment: every acknowledged scan is on disk, nothing is half-written.

A child `warehouse-desktop scan --json -` is fed a stream of distinct box codes and killed
with SIGKILL at 25 random moments (each just after a random number of acknowledgements,
plus a random fraction of a scan).  The same for a kill during a migration and during a
backup.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

from tests.support.cli import CLI, run
from tests.support.warehouse import small_warehouse
from warehouse_desktop import backup
from warehouse_desktop.db import close_database
from warehouse_desktop.migrations import LATEST_VERSION

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "warehouse-v1.db"
KILLS = 25


def _check_consistent(db: Path) -> tuple[set[str], int]:
    """Integrity ok and every box has exactly its one creation: (box codes, movements)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        boxes = {row[0] for row in conn.execute("SELECT code FROM box")}
        created = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT box_id) FROM movement WHERE action = 'created'"
        ).fetchone()
        assert created == (len(boxes), len(boxes))
        movements = conn.execute("SELECT COUNT(*) FROM movement").fetchone()[0]
    finally:
        conn.close()
    return boxes, movements


def _close_pipes(child: subprocess.Popen) -> None:
    for pipe in (child.stdin, child.stdout):
        try:
            pipe.close()
        except OSError:
            pass


def test_sigkill_while_scanning_loses_no_acknowledged_scan(warehouse_db: Path) -> None:
    wh = small_warehouse(boxes=3000)
    close_database()
    run("scan", "--db", str(warehouse_db), wh.jackets.code, check_ok=True)
    rng = random.Random(20261127)
    acknowledged: list[str] = []
    position = 0
    for kill in range(KILLS):
        child = subprocess.Popen(
            [*CLI, "scan", "--db", str(warehouse_db), "--json", "-"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, bufsize=1,
        )  # fmt: skip
        to_send = wh.box_codes[position : position + 200]

        def feed(codes: list[str] = to_send, pipe=child.stdin) -> None:
            try:
                for code in codes:
                    pipe.write(code + "\n")
                    pipe.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        wanted_acks = rng.randint(1, 40)
        seen_here = 0
        for line in child.stdout:
            result = json.loads(line)
            assert result["ok"] and result["action"] == "box_created", result
            acknowledged.append(result["code"])
            seen_here += 1
            if seen_here >= wanted_acks:
                break
        time.sleep(rng.uniform(0, 0.004))  # land somewhere inside the next scan
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        writer.join(timeout=5)
        # Acknowledgements the child printed before it died but the test had not read yet
        # are still in the pipe: they count as acknowledged too.
        for line in child.stdout.read().splitlines():
            result = json.loads(line)
            assert result["ok"] and result["action"] == "box_created", result
            acknowledged.append(result["code"])
        _close_pipes(child)
        assert child.returncode == -signal.SIGKILL, f"kill {kill}: child ended on its own"
        boxes, _ = _check_consistent(warehouse_db)
        assert set(acknowledged) <= boxes, f"kill {kill}: acknowledged scans lost"
        # At most the one scan in flight was written without its acknowledgement.
        assert len(boxes - set(acknowledged)) <= kill + 1
        position = max(wh.box_codes.index(code) for code in boxes) + 1
        for code in boxes - set(acknowledged):
            acknowledged.append(code)
    assert len(acknowledged) >= KILLS


def test_sigkill_during_migration_leaves_old_or_new_schema_never_half(tmp_path: Path) -> None:
    rng = random.Random(7)
    for attempt in range(10):
        db = tmp_path / f"v1-{attempt}.db"
        shutil.copy(FIXTURE_V1, db)
        child = subprocess.Popen([*CLI, "init", "--db", str(db)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.close()
        assert 1 <= version <= LATEST_VERSION
        # A rung is all or nothing: a version stamp means its tables are there.
        assert version < 2 or "setting" in tables
        # Whatever the kill left, the next start finishes the job with the data intact.
        run("init", "--db", str(db), check_ok=True)
        out = run("export", "boxes", "--db", str(db), "--out", "-", check_ok=True).stdout
        assert "B0000001G" in out


def test_sigkill_during_backup_never_leaves_a_bad_backup(
    demo_db_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.db"
    shutil.copy(demo_db_template, db)
    rng = random.Random(11)
    for attempt in range(8):
        out = tmp_path / f"copy-{attempt}.db"
        child = subprocess.Popen([*CLI, "backup", "--db", str(db), "--out", str(out)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.1, 0.7))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if out.exists():
            assert backup.check_backup_file(out) >= 1
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
