"""The schema ladder: what each version of the database holds, rung by rung.

Version 1's tables, the rungs that climb from one version to the next (`MIGRATIONS`), what
a fresh database needs beyond its tables, and `reference_schema`, the schema of any
version built by climbing the ladder in memory.  `migrations` runs the ladder on a real
database (after a backup); `backup` checks a file against `reference_schema` before it is
restored.  The version this program writes, `LATEST_VERSION`, lives with the models so the
connection can refuse a newer database without importing the ladder.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import peewee as pw

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
)
from warehouse_desktop.volunteers import ensure_card

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


def append_only_movements(db: pw.Database) -> None:
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


def stock_summary_triggers(db: pw.Database) -> None:
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
    stock_summary_triggers(db)
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
    7: (Category.expires, Box.expires_on, BenchState.template_expiry),
    8: (Box.weight_g, Movement.weight_g, BenchState.next_weight_g),
}


def _add_columns(db: pw.Database, version: int) -> None:
    """Add the columns (and their indexes) that rung `version` brings."""
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

    migrator = (
        PostgresqlMigrator(db) if isinstance(db, pw.PostgresqlDatabase) else SqliteMigrator(db)
    )
    migrate(
        *(
            migrator.add_column(
                field.model._meta.table_name,
                field.column_name,
                field,
                # A NOT NULL column with a database default is added as it is.
                allow_not_null=not field.null and bool(field.constraints),
            )
            for field in COLUMNS_ADDED[version]
        )
    )


def _to_version_5(db: pw.Database) -> None:
    """Version 5: volunteer cards, recorded stock-takes, bench confirmations, van drivers."""
    _add_columns(db, 5)
    db.create_tables([StockCount], safe=True)
    # Volunteers already known get their cards now, in name order.
    for operator in Operator.select().where(Operator.card_code.is_null()).order_by(Operator.name):
        ensure_card(operator)


def _to_version_6(db: pw.Database) -> None:
    """Version 6: boxes brought over from Boxtribute keep their number there."""
    _add_columns(db, 6)


def _to_version_7(db: pw.Database) -> None:
    """Version 7: expiring categories, each box's expiry month, the bench's expiry month."""
    _add_columns(db, 7)
    # The boxes' index for the sooner-expiring check, as a fresh database makes it (the
    # table is there: only its missing indexes are created).
    db.create_tables([Box], safe=True)


def _to_version_8(db: pw.Database) -> None:
    """Version 8: a box's weight, the weighing in its history, the weight typed at a bench."""
    _add_columns(db, 8)


MIGRATIONS: dict[int, Callable[[pw.Database], None]] = {
    2: _to_version_2,
    3: append_only_movements,
    4: _to_version_4,
    5: _to_version_5,
    6: _to_version_6,
    7: _to_version_7,
    8: _to_version_8,
}
# What a fresh database needs beyond its tables: the non-table parts of every rung.
FRESH_EXTRAS: list[Callable[[pw.Database], None]] = [
    append_only_movements,
    stock_summary_triggers,
]


def rebuild_stock_summary(db: pw.Database) -> None:
    """Count the stock summary again from the boxes (after its trigger was put back)."""
    db.execute_sql("DELETE FROM stock_summary")
    db.execute_sql(_BACKFILL.format(shard=f"id {_modulo(db)} {SUMMARY_SHARDS}"))


# --- the schema of a version, for checking a database or a backup file ---------------


def normal_sql(sql: str | None) -> str:
    """A schema statement as `reference_schema` holds it, to compare a file's with."""
    text = " ".join((sql or "").split())
    text = re.sub(r"\bIF NOT EXISTS\b ", "", text, flags=re.IGNORECASE)
    if text.upper().startswith("CREATE TABLE "):
        return _normal_table_sql(text)
    return text


def _normal_table_sql(text: str) -> str:
    """A table's definition with its columns and constraints in a fixed order: a column
    added by a migration lands at the end of the stored text, while a fresh database has
    it where the model declares it; both are the same table."""
    open_at, close_at = text.find("("), text.rfind(")")
    if open_at < 0 or close_at < open_at:
        return text
    items, depth, quote, start = [], 0, "", open_at + 1
    for at in range(open_at + 1, close_at):
        char = text[at]
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(text[start:at].strip())
            start = at + 1
    items.append(text[start:close_at].strip())
    return f"{text[:open_at].strip()} ({', '.join(sorted(items))}){text[close_at + 1 :]}"


_reference_cache: dict[int, dict[tuple[str, str], str]] = {}


def reference_schema(version: int) -> dict[tuple[str, str], str]:
    """What the program's own database holds at `version`: (type, name) -> normalised SQL.

    Built by creating a fresh database in memory and climbing the migration ladder to
    `version`, so every new rung is covered without a hand-kept list.
    """
    if version in _reference_cache:
        return _reference_cache[version]
    memory = pw.SqliteDatabase(":memory:")
    with memory.bind_ctx(ALL_MODELS):
        memory.create_tables(VERSION_1_MODELS)
        _drop_later_columns(memory)
        for step in range(2, version + 1):
            MIGRATIONS[step](memory)
        rows = memory.execute_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    memory.close()
    schema = {(kind, name): normal_sql(sql) for kind, name, sql in rows}
    _reference_cache[version] = schema
    return schema


def _drop_later_columns(memory: pw.Database) -> None:
    """Version 1's tables as that release made them: without the columns later rungs add
    (and the indexes over them), which the models of today declare."""
    for fields in COLUMNS_ADDED.values():
        for field in fields:
            table = field.model._meta.table_name
            for index in memory.get_indexes(table):
                if field.column_name in index.columns:
                    memory.execute_sql(f'DROP INDEX "{index.name}"')
            memory.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{field.column_name}"')
