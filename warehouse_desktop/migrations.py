"""Running the schema ladder (`schema`) on the connected database.

A fresh database gets every table and the latest version stamp.  An older one is backed
up (SQLite) and climbed one rung at a time, each rung in its own transaction.  A database
stamped with a newer version than this program knows is refused untouched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from warehouse_desktop import __version__, backup
from warehouse_desktop.db import _pgcode, is_sqlite, sqlite_path
from warehouse_desktop.errors import SchemaTooNewError, StorageError
from warehouse_desktop.models import ALL_MODELS, LATEST_VERSION, SchemaVersion, database
from warehouse_desktop.schema import (
    FRESH_EXTRAS,
    MIGRATIONS,
    append_only_movements,
    rebuild_stock_summary,
    reference_schema,
    stock_summary_triggers,
)


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
        name: sql for (kind, name), sql in reference_schema(LATEST_VERSION).items()
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
        append_only_movements(db)
        stock_summary_triggers(db)
        if any(name.startswith("box_summary") for name in changed):
            rebuild_stock_summary(db)
    return changed


def _restore_guards_postgres(db: pw.Database) -> list[str]:
    rows = db.execute_sql(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
        "AND tgname IN ('movement_append_only', 'box_stock_summary')"
    ).fetchall()
    enabled = {name for name, state in rows if state != "D"}
    changed = sorted({"movement_append_only", "box_stock_summary"} - enabled)
    if "movement_append_only" in changed:
        append_only_movements(db)
    if "box_stock_summary" in changed:
        stock_summary_triggers(db)
        rebuild_stock_summary(db)
    return changed
