"""Restore and backups under attack: benches scanning during a restore, a restore killed at
any moment, folders named with URI characters, a clock that runs backwards, hostile backups."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.support.cli import CLI, as_coordinator, run
from tests.support.warehouse import small_warehouse
from warehouse_desktop import backup, config
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.db import close_database, open_database, sqlite_uri
from warehouse_desktop.migrations import ensure_schema
from warehouse_desktop.numbering import reserve_codes

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "warehouse-v1.db"


def _codes(db: Path, table: str = "box") -> set[str]:
    conn = sqlite3.connect(sqlite_uri(db, read_only=True), uri=True)
    try:
        return {row[0] for row in conn.execute(f"SELECT code FROM {table}")}  # noqa: S608
    finally:
        conn.close()


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(sqlite_uri(db), uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(sqlite_uri(db, read_only=True), uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _warehouse(db: Path, box_codes: int = 40) -> tuple[str, list[str], dict[str, str]]:
    """A small warehouse with a coordinator; (category card, unused box codes, PIN env)."""
    open_database(db)
    ensure_schema()
    wh = small_warehouse(boxes=box_codes)
    close_database()
    env = as_coordinator(db)
    return wh.jackets.code, wh.box_codes, env


class Scanner:
    """A bench scanning through `scan -` in its own process, one code at a time."""

    def __init__(self, db: Path, bench: str = "bench-9") -> None:
        self.proc = subprocess.Popen(
            [*CLI, "scan", "--db", str(db), "--bench", bench, "--json", "-"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            bufsize=1,
        )  # fmt: skip
        self.acknowledged: list[str] = []

    def scan(self, code: str) -> dict | None:
        assert self.proc.stdin and self.proc.stdout
        try:
            self.proc.stdin.write(code + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            return None
        line = self.proc.stdout.readline()
        if not line:
            return None
        answer = json.loads(line)
        if answer["ok"] and answer["action"] == "box_created":
            self.acknowledged.append(code)
        return answer

    def close(self) -> str:
        """Stop the bench; what it wrote on stderr."""
        with contextlib.suppress(BrokenPipeError):
            self.proc.stdin.close()  # type: ignore[union-attr]
        self.proc.wait(timeout=60)
        assert self.proc.stdout and self.proc.stderr
        self.proc.stdout.close()
        with self.proc.stderr:
            return self.proc.stderr.read()


# --- 1. restore that cannot lose a scan -------------------------------------------------


def test_a_bench_scanning_during_a_restore_keeps_writing_to_the_restored_database(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.db"
    card, codes, env = _warehouse(db)
    saved = tmp_path / "saved.db"
    run("backup", "--db", str(db), "--out", str(saved), check_ok=True)
    scanner = Scanner(db)
    try:
        assert scanner.scan(card)["ok"]
        assert scanner.scan(codes[0])["action"] == "box_created"
        result = run("restore", str(saved), "--db", str(db), env=env, check_ok=True)
        kept = Path(result.stdout.split("kept as ")[1].strip())
        # The bench never closed its connection: its next scan lands in the restored file.
        assert scanner.scan(card)["ok"]
        assert scanner.scan(codes[1])["action"] == "box_created"
    finally:
        assert "Traceback" not in scanner.close()
    assert _codes(db) == {codes[1]}
    assert codes[0] in _codes(kept)
    assert _integrity(db) == "ok"


def test_restore_killed_at_any_moment_while_a_bench_scans_loses_no_acknowledged_scan(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.db"
    card, _, env = _warehouse(db, box_codes=0)
    open_database(db)
    codes = reserve_codes(CodeKind.BOX, 600)
    close_database()
    saved = tmp_path / "saved.db"
    run("backup", "--db", str(db), "--out", str(saved), check_ok=True)
    scanner = Scanner(db)
    stop = threading.Event()

    def keep_scanning() -> None:
        for code in codes:
            if stop.is_set() or scanner.scan(card) is None or scanner.scan(code) is None:
                return

    worker = threading.Thread(target=keep_scanning)
    worker.start()
    rng = random.Random(10)
    folder = config.backup_dir_for(db)
    completed = killed = 0
    try:
        # One restore left to finish, timed, so the kills below fall inside the run.
        started = time.monotonic()
        run("restore", str(saved), "--db", str(db), env=env, check_ok=True)
        whole = time.monotonic() - started
        completed += 1
        for attempt in range(12):
            before = set(folder.glob("*"))
            proc = subprocess.Popen(
                [*CLI, "restore", str(saved), "--db", str(db)], env={**os.environ, **env},
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            if attempt % 2:
                # Kill just after the before-restore backup starts: the write lock is held.
                deadline = time.monotonic() + 3 * whole
                while proc.poll() is None and time.monotonic() < deadline:
                    if set(folder.glob("*")) - before:
                        time.sleep(rng.uniform(0, 0.03))
                        break
                    time.sleep(0.001)
            else:
                time.sleep(rng.uniform(0.3, 1.1) * whole)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.communicate(timeout=60)
            if proc.returncode == 0:
                completed += 1
            time.sleep(0.05)
    finally:
        stop.set()
        worker.join(timeout=120)
        stderr = scanner.close()
    assert "Traceback" not in stderr
    assert completed >= 1 and killed >= 1, (completed, killed)
    assert len(scanner.acknowledged) > 10
    kept: set[str] = set()
    for copy in folder.glob("warehouse-*before-restore.db"):
        kept |= _codes(copy)
    live = _codes(db)
    lost = [code for code in scanner.acknowledged if code not in live | kept]
    assert lost == []
    assert _integrity(db) == "ok"


def test_restore_through_a_symbolic_link_writes_the_database_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "w.db"
    real.parent.mkdir()
    card, codes, env = _warehouse(real)
    saved = tmp_path / "saved.db"
    run("backup", "--db", str(real), "--out", str(saved), check_ok=True)
    link = tmp_path / "link.db"
    link.symlink_to(real)
    run("scan", "--db", str(link), card, codes[0], check_ok=True)
    result = run("restore", str(saved), "--db", str(link), env=env, check_ok=True)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert _codes(real) == set()
    kept = Path(result.stdout.split("kept as ")[1].strip())
    assert kept.exists() and codes[0] in _codes(kept)
    assert kept.parent == config.backup_dir_for(real)


# --- 2. paths that are not plain ---------------------------------------------------------


@pytest.mark.parametrize("folder", ["Bench #2", "what?", "50% off", "Entrepôt ٢ 倉庫", "a#b?c%d"])
def test_every_kind_of_backup_in_a_folder_named_with_uri_characters(
    tmp_path: Path, folder: str
) -> None:
    home = tmp_path / folder
    home.mkdir()
    db = home / "w.db"
    shutil.copy(FIXTURE_V1, db)
    # Before-migration: the version-1 database climbs the ladder.
    open_database(db)
    ensure_schema()
    fresh = reserve_codes(CodeKind.BOX, 3)
    close_database()
    env = as_coordinator(db)
    run("scan", "--db", str(db), "C00012", fresh[0], check_ok=True)
    expected = _codes(db)
    manual = Path(run("backup", "--db", str(db), check_ok=True).stdout.split("to ")[1].strip())
    daily = backup.daily_backup_if_due(db, today=dt.date(2030, 1, 2))
    result = run("restore", str(manual), "--db", str(db), env=env, check_ok=True)
    kept = Path(result.stdout.split("kept as ")[1].strip())
    migrated = next(config.backup_dir_for(db).glob("*-before-v2.db"))
    assert _codes(migrated) == {"B0000001G"}  # the fixture's one box
    for copy in (manual, daily, kept):
        assert copy is not None and copy.parent == home / "backups"
        assert backup.check_backup_file(copy) >= 1
        assert _codes(copy) == expected
    assert _codes(db) == expected


def test_a_backup_that_does_not_match_its_source_is_never_reported_written(
    warehouse_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_warehouse(boxes=2)
    close_database()
    real_connect = backup._connect

    class CopiesNothing:
        """A source whose backup copies nothing, as the raw `file:` URI bug did."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def backup(self, target: sqlite3.Connection, **_: object) -> None:
            target.execute("CREATE TABLE schema_version (id INTEGER)")

        def __getattr__(self, name: str) -> object:
            return getattr(self.conn, name)

    def connect(path: Path, *, read_only: bool = False) -> object:
        conn = real_connect(path, read_only=read_only)
        return CopiesNothing(conn) if read_only else conn

    monkeypatch.setattr(backup, "_connect", connect)
    out = warehouse_db.parent / "copy.db"
    with pytest.raises(backup.StorageError) as caught:
        backup.backup_sqlite(warehouse_db, out)
    assert caught.value.key == "backup_unverified"
    assert not out.exists()
    assert [p for p in warehouse_db.parent.iterdir() if ".part" in p.name] == []


# --- 3. a clock that runs backwards ------------------------------------------------------


def test_rotation_follows_the_sequence_not_a_clock_that_runs_backwards(
    warehouse_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_warehouse(boxes=2)
    close_database()
    now = [dt.datetime(2026, 11, 30, 12, 0)]
    monkeypatch.setattr(backup, "clock", lambda: now[0])
    made = []
    for _ in range(backup.KEEP_BACKUPS + 6):
        now[0] -= dt.timedelta(days=1, minutes=7)  # a flat CMOS battery: every start earlier
        made.append(backup.daily_backup_if_due(warehouse_db))
    assert all(made)
    folder = config.backup_dir_for(warehouse_db)
    left = sorted(folder.glob("*-daily.db"))
    assert set(left) == set(made[-backup.KEEP_BACKUPS :])  # the newest made, not the latest dated
    kept = backup.restore_sqlite(warehouse_db, made[-1])
    assert kept is not None and kept.exists()
    assert made[-1].exists()
    assert backup.list_backups(warehouse_db)[0] == kept


# --- 4. hostile backups ------------------------------------------------------------------


def _tamper(source: Path, target: Path, *sql: str) -> Path:
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return target


HOSTILE = {
    "trigger_resets_pin": (
        "CREATE TRIGGER evil AFTER INSERT ON movement BEGIN "
        "UPDATE operator SET pin_hash = NULL; DELETE FROM movement; END",
    ),
    "no_append_only_guard": ("DROP TRIGGER movement_no_delete",),
    "a_view": ("CREATE VIEW every_box AS SELECT * FROM box",),
    "bad_enum": ("DROP TRIGGER box_summary_update", "UPDATE box SET state = 'teleported'"),
    "bad_json": ("UPDATE category SET sizes = '{not json'",),
    "sizes_not_a_list": ("UPDATE category SET sizes = '\"S\"'",),
    "inflated_stock": ("UPDATE stock_summary SET boxes = boxes + 500, items = items + 5000",),
    "text_in_a_number": ("DROP TRIGGER box_summary_update", "UPDATE box SET quantity = 'lots'"),
    "extra_column": ("ALTER TABLE box ADD COLUMN owner TEXT",),
}


@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_a_hostile_backup_is_refused_named_and_changes_nothing(tmp_path: Path, attack: str) -> None:
    db = tmp_path / "w.db"
    card, codes, env = _warehouse(db)
    run("scan", "--db", str(db), card, codes[0], codes[1], check_ok=True)
    good = tmp_path / "good.db"
    run("backup", "--db", str(db), "--out", str(good), check_ok=True)
    hostile = _tamper(good, tmp_path / f"{attack}.db", *HOSTILE[attack])
    before = _dump(db)
    backups_before = set(config.backup_dir_for(db).glob("*"))
    result = run("restore", str(hostile), "--db", str(db), env=env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(hostile) in result.stderr and "nothing was replaced" in result.stderr
    assert _dump(db) == before
    assert set(config.backup_dir_for(db).glob("*")) == backups_before


def test_a_file_with_only_a_schema_version_table_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    _card, _codes_, env = _warehouse(db)
    fake = tmp_path / "fake.db"
    conn = sqlite3.connect(fake)
    conn.execute(
        'CREATE TABLE IF NOT EXISTS "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"version" INTEGER NOT NULL, "applied_at" DATETIME NOT NULL, '
        '"app_version" VARCHAR(255) NOT NULL)'
    )
    conn.execute("INSERT INTO schema_version VALUES (1, 4, '2026-11-30 08:00:00', '1')")
    conn.commit()
    conn.close()
    before = _dump(db)
    result = run("restore", str(fake), "--db", str(db), env=env)
    assert result.returncode == 1 and "missing table" in result.stderr
    assert _dump(db) == before


def test_the_shipped_version_1_database_is_accepted_as_a_backup() -> None:
    assert backup.check_backup_file(FIXTURE_V1) == 1


def test_init_puts_back_guards_that_were_removed(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    card, codes, env = _warehouse(db)
    run("scan", "--db", str(db), card, codes[0], codes[1], check_ok=True)
    conn = sqlite3.connect(db)
    for trigger in ("movement_no_update", "movement_no_delete", "box_summary_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute(
        "CREATE TRIGGER evil AFTER INSERT ON box BEGIN UPDATE operator SET role = 'coordinator'; END"
    )
    conn.execute("UPDATE box SET quantity = 99")  # the summary misses this
    conn.commit()
    conn.close()
    run("init", "--db", str(db), check_ok=True)
    conn = sqlite3.connect(db)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"movement_no_update", "movement_no_delete", "box_summary_update"} <= names
        assert "evil" not in names
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM movement")
        items = conn.execute("SELECT SUM(items) FROM stock_summary").fetchone()[0]
        assert items == 2 * 99
    finally:
        conn.close()
    assert backup.check_backup_file(db) >= 1


def test_copies_left_by_a_killed_backup_are_cleared_a_day_later(warehouse_db: Path) -> None:
    close_database()
    folder = config.backup_dir_for(warehouse_db)
    folder.mkdir()
    old = folder / ".warehouse-n000001-20261129-080000-daily.db.123-abcd.part"
    fresh = folder / ".warehouse-n000002-20261130-080000-daily.db.456-ef01.part"
    for part in (old, fresh):
        part.write_bytes(b"half a copy")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    backup.backup_sqlite(warehouse_db, reason="daily")
    assert not old.exists() and fresh.exists()
