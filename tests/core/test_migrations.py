"""Schema versions: fresh stamp, the ladder from the shipped version-1 database, refusals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from warehouse_desktop import backup, config
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.errors import SchemaTooNewError, StorageError
from warehouse_desktop.migrations import LATEST_VERSION, current_version, ensure_schema
from warehouse_desktop.models import Box, RetailCode, Setting, database
from warehouse_desktop.schema import MIGRATIONS

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "warehouse-v1.db"


def test_fresh_database_is_stamped_with_the_latest_version(warehouse_db: Path) -> None:
    assert current_version(database.obj) == LATEST_VERSION
    assert LATEST_VERSION >= 2


def test_the_version_written_is_the_top_rung_of_the_ladder() -> None:
    # The connection refuses a newer database by `models.LATEST_VERSION` without importing
    # the ladder: a new rung must raise it, or a database climbed by it would be refused.
    assert sorted(MIGRATIONS) == list(range(2, LATEST_VERSION + 1))


def test_version_1_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE_V1, db_path)
    open_database(db_path)
    try:
        assert current_version(database.obj) == 1
        assert not database.obj.table_exists("setting")
        assert ensure_schema() == LATEST_VERSION
        assert current_version(database.obj) == LATEST_VERSION
        # The new tables work and the old data is intact.
        Setting.create(key="warehouse_name", value="Test")
        assert RetailCode.select().count() == 0
        assert [b.code for b in Box.select()] == ["B0000001G"]
    finally:
        close_database()
    backups = list(config.backup_dir_for(db_path).glob("*before-v2.db"))  # one, before the climb
    assert len(backups) == 1
    assert backup.check_backup_file(backups[0]) == 1


def test_migration_is_idempotent(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE_V1, db_path)
    open_database(db_path)
    ensure_schema()
    ensure_schema()
    rows = database.execute_sql("SELECT version FROM schema_version ORDER BY id").fetchall()
    close_database()
    assert [r[0] for r in rows] == list(range(1, LATEST_VERSION + 1))


def test_newer_database_is_refused_untouched(warehouse_db: Path) -> None:
    database.execute_sql("INSERT INTO schema_version (version, applied_at, app_version) "
                         "VALUES (?, '2030-01-01', 'x')", (LATEST_VERSION + 1,))  # fmt: skip
    close_database()
    before = warehouse_db.read_bytes()
    with pytest.raises(SchemaTooNewError) as caught:
        # Refused as it is opened: looked at read-only, never switched to WAL.
        open_database(warehouse_db)
        ensure_schema()
    close_database()
    assert "newer version" in str(caught.value)
    assert warehouse_db.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as caught:
        open_database(path)
        ensure_schema()
    close_database()
    assert caught.value.key == "db_not_warehouse"


def test_sqlite_is_durable_wal_with_foreign_keys(warehouse_db: Path) -> None:
    pragma = {name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]
              for name in ("journal_mode", "synchronous", "foreign_keys")}  # fmt: skip
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_database_file_is_private(warehouse_db: Path) -> None:
    assert warehouse_db.stat().st_mode & 0o077 == 0


def test_version_5_gives_known_volunteers_cards_and_keeps_the_bench_working(
    tmp_path: Path,
) -> None:
    import sqlite3 as sqlite

    from warehouse_desktop.bench import BenchService
    from warehouse_desktop.codes import CodeKind, classify
    from warehouse_desktop.models import Operator

    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE_V1, db_path)
    with sqlite.connect(db_path) as conn:  # volunteers and a bench from before cards existed
        conn.execute("INSERT INTO operator (name, role, active, created_at) "
                     "VALUES ('Zoé', 'volunteer', 1, '2026-01-01'), "
                     "('Bilal', 'coordinator', 1, '2026-01-01')")  # fmt: skip
        conn.execute("INSERT INTO bench_state (bench, mode, operator, count_seen) "
                     "VALUES ('b1', 'load', 'Bilal', '[]')")  # fmt: skip
    open_database(db_path)
    try:
        ensure_schema()
        cards = {o.name: o.card_code for o in Operator.select()}
        assert set(cards) == {"Zoé", "Bilal"}
        assert all(classify(code).kind is CodeKind.VOLUNTEER for code in cards.values())
        assert len(set(cards.values())) == 2
        window = BenchService("b1")
        assert window.context().volunteer is None  # nobody carried over from before
        assert window.scan(cards["Zoé"]).ok
        assert window.context().volunteer == "Zoé"
    finally:
        close_database()
