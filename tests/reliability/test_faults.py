"""Faults with clear messages and nothing lost: locks, read-only and full disks, damaged
files, a database server that goes away mid-shift."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.conftest import POSTGRES_URL, reset_postgres
from tests.support.cli import as_coordinator, run, scan_json
from tests.support.proxy import CuttableRelay
from tests.support.warehouse import SmallWarehouse, box_codes_in_file, small_warehouse
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.errors import StorageError
from warehouse_desktop.migrations import ensure_schema
from warehouse_desktop.models import Box


def _make_small(db: Path) -> SmallWarehouse:
    open_database(db)
    ensure_schema()
    wh = small_warehouse()
    close_database()
    run("scan", "--db", str(db), wh.jackets.code, check_ok=True)
    return wh


def test_locked_database_waits_within_a_bound_then_says_so(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    wh = _make_small(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run("scan", "--db", str(db), "--json", wh.box_codes[0],
                     env={"WAREHOUSE_BUSY_TIMEOUT_MS": "300"})  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert result.stdout == ""  # nothing was acknowledged
    assert "busy at another bench" in result.stderr
    assert wh.box_codes[0] not in box_codes_in_file(db)
    # Scanned again once the other bench lets go: it goes through.
    assert scan_json(db, wh.box_codes[0])[0]["action"] == "box_created"


def test_a_short_lock_is_waited_out(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    wh = _make_small(db)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        steps = scan_json(db, wh.box_codes[0], env={"WAREHOUSE_BUSY_TIMEOUT_MS": "10000"})
    finally:
        release.join()
        holder.close()
    assert steps[0]["action"] == "box_created"


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` read-only for real: a read-only bind mount as root, modes otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        files = list(folder.iterdir())
        for path in files:
            path.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
            for path in files:
                path.chmod(0o644)


def test_read_only_database_refuses_scans_clearly_and_keeps_data(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "w.db"
    wh = _make_small(db)
    scan_json(db, wh.box_codes[0])
    with read_only(folder):
        result = run("scan", "--db", str(db), "--json", wh.box_codes[1])
        assert result.returncode == 1 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert "read-only" in result.stderr or "cannot be written" in result.stderr.lower() \
            or "Cannot reach the database" in result.stderr  # fmt: skip
    assert box_codes_in_file(db) == {wh.box_codes[0]}
    assert scan_json(db, wh.box_codes[1])[0]["action"] == "box_created"


def test_full_disk_refuses_the_scan_and_carries_on_when_space_is_back(tmp_path: Path) -> None:
    assert os.geteuid() == 0, "this test mounts a small tmpfs: run the suite as root (CI does)"
    mount = tmp_path / "small-disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    try:
        db = mount / "w.db"
        wh = _make_small(db)
        steps = scan_json(db, wh.box_codes[0])
        assert steps[0]["action"] == "box_created"
        filler = mount / "filler"
        fd = os.open(filler, os.O_CREAT | os.O_WRONLY)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        os.close(fd)
        results = [run("scan", "--db", str(db), "--json", code) for code in wh.box_codes[1:6]]
        refused = [r for r in results if r.returncode != 0]
        assert refused, "a full disk must stop scans"
        for result in refused:
            assert "disk is full" in result.stderr or "Cannot reach" in result.stderr, result.stderr
        acknowledged = {
            line.split('"code": "')[1].split('"')[0]
            for r in results
            for line in r.stdout.splitlines()
        }
        filler.unlink()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert acknowledged | {wh.box_codes[0]} <= box_codes_in_file(db)
        assert scan_json(db, wh.box_codes[7])[0]["action"] == "box_created"
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_corrupt_database_is_refused_and_the_newest_good_backup_offered(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    wh = _make_small(db)
    env = as_coordinator(db)
    scan_json(db, wh.box_codes[0])
    run("backup", "--db", str(db), check_ok=True)
    time.sleep(0.01)
    data = bytearray(db.read_bytes())
    data[0:100] = b"\xde\xad\xbe\xef" * 25
    db.write_bytes(bytes(data))
    result = run("scan", "--db", str(db), wh.box_codes[1])
    assert result.returncode == 1
    assert "damaged" in result.stderr and "restore" in result.stderr
    backup_path = result.stderr.split("backup is ")[1].split(":")[0]
    run("restore", backup_path, "--db", str(db), check_ok=True, env=env)
    assert box_codes_in_file(db) == {wh.box_codes[0]}


@pytest.mark.postgres
def test_database_server_going_away_mid_shift_refuses_scans_then_carries_on() -> None:
    assert POSTGRES_URL
    reset_postgres(POSTGRES_URL)
    parts = urlsplit(POSTGRES_URL)
    assert parts.password, "WAREHOUSE_TEST_POSTGRES needs a password: this test checks it is hidden"
    relay = CuttableRelay((parts.hostname or "127.0.0.1", parts.port or 5432))
    url = urlunsplit(
        parts._replace(netloc=f"{parts.username}:{parts.password}@127.0.0.1:{relay.port}")
    )
    try:
        open_database(url)
        ensure_schema()
        wh = small_warehouse()
        bench = BenchService("bench-1", operator="Tester")
        assert bench.scan(wh.jackets.code).ok
        assert bench.scan(wh.box_codes[0]).action is ScanAction.BOX_CREATED
        relay.cut()
        for code in wh.box_codes[1:3]:
            with pytest.raises(StorageError) as caught:
                bench.scan(code)
            assert caught.value.key == "db_unreachable"
            message = str(caught.value) + repr(caught.value.args_)
            assert f":{parts.password}@" not in message
            assert f"password={parts.password}" not in message
        # A bench started while the server is away names the server it cannot reach, with
        # the password shown hidden.
        with pytest.raises(StorageError) as caught:
            open_database(url)
        assert caught.value.key == "db_unreachable"
        assert f"{parts.username}:***@127.0.0.1:{relay.port}" in str(caught.value)
        assert f":{parts.password}@" not in str(caught.value) + repr(caught.value.args_)
        relay.restore()
        assert bench.scan(wh.box_codes[1]).action is ScanAction.BOX_CREATED
        assert {b.code for b in Box.select()} == {wh.box_codes[0], wh.box_codes[1]}
    finally:
        close_database()
        relay.cut()


def test_missing_database_folder_is_created_with_private_modes(tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "w.db"
    run("init", "--db", str(db), check_ok=True)
    assert db.stat().st_mode & 0o077 == 0
    shutil.rmtree(tmp_path / "new")
