"""Schema versions and the migration ladder.

A fresh database gets every table and the latest version stamp.  An older one is backed
up (SQLite) and climbed one rung at a time, each rung in its own transaction.  A database
stamped with a newer version than this program knows is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from warehouse_desktop import __version__, backup
from warehouse_desktop.db import _pgcode, is_sqlite, sqlite_path
from warehouse_desktop.errors import SchemaTooNewError, StorageError
from warehouse_desktop.models import (
    ALL_MODELS,
    SUMMARY_SHARDS,
    BenchState,
    Box,
    Category,
    CodeCounter,
    Location,
    Movement,
    Operator,
    RetailCode,
    SchemaVersion,
    Setting,
    StockCount,
    StockSummary,
    VanLoad,
    database,
)

# The tables of schema version 1, as the first release created them.
VERSION_1_MODELS = [
    SchemaVersion,
    Category,
    Location,
    Operator,
    VanLoad,
    Box,
    Movement,
    CodeCounter,
    BenchState,
]


def _to_version_2(db: pw.Database) -> None:
    """Version 2: retail barcodes linked to categories, and shared settings."""
    db.create_tables([RetailCode, Setting], safe=True)


def _append_only_movements(db: pw.Database) -> None:
    """Version 3: the database itself refuses to update or delete a movement."""
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION movement_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'movements are append-only'; END; $$ LANGUAGE plpgsql"
        )
        db.execute_sql("DROP TRIGGER IF EXISTS movement_append_only ON movement")
        db.execute_sql(
            "CREATE TRIGGER movement_append_only BEFORE UPDATE OR DELETE ON movement "
            "FOR EACH ROW EXECUTE FUNCTION movement_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS movement_no_{event.lower()} BEFORE {event} ON movement "
            "BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END"
        )


_SUMMARY_ADD = (
    "INSERT INTO stock_summary (state, category_id, size, location_key, shard, boxes, items) "
    "VALUES ({p}.state, {p}.category_id, {p}.size, COALESCE({p}.location_id, 0), "
    "{p}.id {mod} {shards}, {sign}1, {sign}{p}.quantity) "
    "ON CONFLICT (state, category_id, size, location_key, shard) DO UPDATE SET "
    "boxes = stock_summary.boxes + excluded.boxes, items = stock_summary.items + excluded.items"
)


_BACKFILL = (
    "INSERT INTO stock_summary (state, category_id, size, location_key, shard, boxes, items) "
    "SELECT state, category_id, size, COALESCE(location_id, 0), {shard}, COUNT(*), "
    "SUM(quantity) FROM box GROUP BY state, category_id, size, COALESCE(location_id, 0), {shard}"
)


def _modulo(db: pw.Database) -> str:
    # psycopg2 reads a lone % as a parameter marker.
    return "%%" if isinstance(db, pw.PostgresqlDatabase) else "%"


def _stock_summary_triggers(db: pw.Database) -> None:
    """Keep stock_summary in step with every insert, update and delete of a box."""
    mod = _modulo(db)
    add_new = _SUMMARY_ADD.format(p="NEW", sign="", mod=mod, shards=SUMMARY_SHARDS)
    remove_old = _SUMMARY_ADD.format(p="OLD", sign="-", mod=mod, shards=SUMMARY_SHARDS)
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION box_stock_summary() RETURNS trigger AS $$ BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {remove_old}; END IF; "
            f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {add_new}; END IF; "
            "RETURN NULL; END; $$ LANGUAGE plpgsql"
        )
        db.execute_sql("DROP TRIGGER IF EXISTS box_stock_summary ON box")
        db.execute_sql(
            "CREATE TRIGGER box_stock_summary AFTER INSERT OR UPDATE OR DELETE ON box "
            "FOR EACH ROW EXECUTE FUNCTION box_stock_summary()"
        )
        return
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS box_summary_insert AFTER INSERT ON box BEGIN {add_new}; END"
    )
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS box_summary_update AFTER UPDATE OF state, category_id, "
        f"size, location_id, quantity ON box BEGIN {remove_old}; {add_new}; END"
    )
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS box_summary_delete AFTER DELETE ON box BEGIN {remove_old}; END"
    )


def _to_version_4(db: pw.Database) -> None:
    """Version 4: the stock summary, filled from the boxes already there."""
    db.create_tables([StockSummary], safe=True)
    _stock_summary_triggers(db)
    db.execute_sql(_BACKFILL.format(shard=f"id {_modulo(db)} {SUMMARY_SHARDS}"))


# Columns a rung adds to tables an earlier version already had.  The rung adds them; the
# restore check takes them out of its version-1 tables, so an older backup is compared
# with the tables it really had.
COLUMNS_ADDED: dict[int, tuple[pw.Field, ...]] = {
    5: (
        Operator.card_code,
        VanLoad.driver,
        BenchState.pending,
        BenchState.count_started_at,
    ),
    6: (Box.boxtribute_number, Box.boxtribute_details),
}


def _add_columns(db: pw.Database, version: int) -> None:
    """Add the columns (and their indexes) that rung `version` brings."""
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

    migrator = (
        PostgresqlMigrator(db) if isinstance(db, pw.PostgresqlDatabase) else SqliteMigrator(db)
    )
    migrate(
        *(
            migrator.add_column(field.model._meta.table_name, field.column_name, field)
            for field in COLUMNS_ADDED[version]
        )
    )


def _to_version_5(db: pw.Database) -> None:
    """Version 5: volunteer cards, recorded stock-takes, bench confirmations, van drivers."""
    _add_columns(db, 5)
    db.create_tables([StockCount], safe=True)
    # Volunteers already known get their cards now, in name order.
    from warehouse_desktop.volunteers import ensure_card

    for operator in Operator.select().where(Operator.card_code.is_null()).order_by(Operator.name):
        ensure_card(operator)


def _to_version_6(db: pw.Database) -> None:
    """Version 6: boxes brought over from Boxtribute keep their number there."""
    _add_columns(db, 6)


MIGRATIONS: dict[int, Callable[[pw.Database], None]] = {
    2: _to_version_2,
    3: _append_only_movements,
    4: _to_version_4,
    5: _to_version_5,
    6: _to_version_6,
}
# What a fresh database needs beyond its tables: the non-table parts of every rung.
FRESH_EXTRAS: list[Callable[[pw.Database], None]] = [
    _append_only_movements,
    _stock_summary_triggers,
]
LATEST_VERSION = max(MIGRATIONS, default=1)


def current_version(db: pw.Database) -> int | None:
    """The schema version stamped in `db`, or None for an empty database."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise StorageError("db_not_warehouse")
        return None
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row) if row is not None else None


def ensure_schema(*, backup_before_migrating: bool = True) -> int:
    """Create or upgrade the schema of the connected database; return the version now in it."""
    try:
        return _ensure_schema(database.obj, backup_before_migrating)
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        if _pgcode(exc) == "42501":  # a bench's role may not create or alter tables
            raise StorageError("db_needs_owner") from exc
        raise StorageError.from_operational(exc) from exc


def _ensure_schema(db: pw.Database, backup_before_migrating: bool) -> int:
    version = current_version(db)
    if version is None:
        with db.atomic():
            db.create_tables(ALL_MODELS, safe=True)
            for extra in FRESH_EXTRAS:
                extra(db)
            SchemaVersion.create(version=LATEST_VERSION, app_version=__version__)
        return LATEST_VERSION
    if version > LATEST_VERSION:
        raise SchemaTooNewError("db_too_new", version=version, supported=LATEST_VERSION)
    if version < LATEST_VERSION:
        path = sqlite_path(db)
        if backup_before_migrating and is_sqlite(db) and path is not None:
            backup.backup_sqlite(Path(path), reason=f"before-v{version + 1}")
        for step in range(version + 1, LATEST_VERSION + 1):
            with db.atomic():
                MIGRATIONS[step](db)
                SchemaVersion.create(version=step, app_version=__version__)
    return LATEST_VERSION


def restore_guards() -> list[str]:
    """Put back the database-level guards a damaged or tampered database lost; return what.

    Run by `init`: the append-only movement triggers and the stock summary triggers are
    re-created when missing, altered or disabled (the summary is then rebuilt from the
    boxes), and on SQLite any trigger the program does not define is dropped.
    """
    db = database.obj
    if current_version(db) != LATEST_VERSION:
        return []
    with db.atomic():
        if isinstance(db, pw.PostgresqlDatabase):
            return _restore_guards_postgres(db)
        return _restore_guards_sqlite(db)


def _restore_guards_sqlite(db: pw.Database) -> list[str]:
    expected = {
        name: sql for (kind, name), sql in backup.reference_schema(LATEST_VERSION).items()
        if kind == "trigger"
    }  # fmt: skip
    found = {
        name: " ".join((sql or "").split()).replace("IF NOT EXISTS ", "")
        for name, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    }
    changed = sorted(
        name for name in found.keys() | expected.keys() if found.get(name) != expected.get(name)
    )
    for name in changed:
        if name in found:
            db.execute_sql(f'DROP TRIGGER "{name}"')
    if changed:
        _append_only_movements(db)
        _stock_summary_triggers(db)
        if any(name.startswith("box_summary") for name in changed):
            _rebuild_stock_summary(db)
    return changed


def _restore_guards_postgres(db: pw.Database) -> list[str]:
    rows = db.execute_sql(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
        "AND tgname IN ('movement_append_only', 'box_stock_summary')"
    ).fetchall()
    enabled = {name for name, state in rows if state != "D"}
    changed = sorted({"movement_append_only", "box_stock_summary"} - enabled)
    if "movement_append_only" in changed:
        _append_only_movements(db)
    if "box_stock_summary" in changed:
        _stock_summary_triggers(db)
        _rebuild_stock_summary(db)
    return changed


def _rebuild_stock_summary(db: pw.Database) -> None:
    db.execute_sql("DELETE FROM stock_summary")
    db.execute_sql(_BACKFILL.format(shard=f"id {_modulo(db)} {SUMMARY_SHARDS}"))
