"""The scan path's SQL, built once by Peewee and reused: look up, insert and update rows.

A scan looks rows up by one field and writes a box and its movements many times a second;
building the same statement through Peewee's query builder each time was most of a
scan's cost.  Each statement here is built once per database, model and column list (by
Peewee, so quoting and parameter style stay right for SQLite and PostgreSQL), kept on the
database object itself (SQL built for SQLite must never reach PostgreSQL), and run again
with new values converted by each field's own `db_value`.

Rows read back become model instances the way Peewee builds them from a SELECT; that
leans on three Peewee details (`Model(__no_default__=True)`, `_meta.sorted_fields` and
`_dirty`), which is why pyproject pins Peewee to the versions
`tests/core/test_fast_sql.py` round-trips every column type on.
"""

from __future__ import annotations

from typing import Any, TypeVar

import peewee as pw

from warehouse_desktop.models import database

ModelT = TypeVar("ModelT", bound=pw.Model)

# Placeholder values for building a lookup: never a real code or id, so their position in
# Peewee's parameter list marks the one slot the looked-up value goes into.
_LOOKUP_SAMPLE_TEXT = "\x00lookup\x00"
_LOOKUP_SAMPLE_INT = -918273645


def _statements(name: str) -> dict[Any, Any]:
    """The cache of built statements of one kind, on the database currently open."""
    db = database.obj
    if db is None:
        raise RuntimeError("no warehouse database is open")
    cache: dict[Any, Any] = db.__dict__.setdefault(name, {})
    return cache


def find(model: type[ModelT], field: pw.Field, value: object) -> ModelT | None:
    """The row of `model` whose `field` equals `value`, or None."""
    lookups: dict[tuple[type, str], tuple[str, int, tuple[object, ...]]] = _statements(
        "_warehouse_lookups"
    )
    key = (model, field.name)
    entry = lookups.get(key)
    if entry is None:
        integer = isinstance(field, pw.IntegerField | pw.AutoField | pw.ForeignKeyField)
        sample = _LOOKUP_SAMPLE_INT if integer else _LOOKUP_SAMPLE_TEXT
        sql, params = model.select().where(field == sample).limit(1).sql()
        entry = (sql, list(params).index(field.db_value(sample)), tuple(params))
        lookups[key] = entry
    db = database.obj
    if isinstance(value, str) and "\x00" in value and isinstance(db, pw.PostgresqlDatabase):
        # PostgreSQL text can hold no NUL (its driver refuses the value): a garbage scan
        # carrying one matches no row there.
        return None
    sql, slot, params = entry
    values = list(params)
    values[slot] = field.db_value(value)
    row = db.execute_sql(sql, values).fetchone()
    if row is None:
        return None
    # A plain SELECT of the model lists its columns in sorted_fields order.
    meta = model._meta
    instance: ModelT = model(
        __no_default__=True,
        **{f.name: f.python_value(v) for f, v in zip(meta.sorted_fields, row, strict=True)},
    )
    instance._dirty.clear()  # noqa: SLF001 - a row just read has nothing to save
    return instance


def get(model: type[ModelT], field: pw.Field, value: object) -> ModelT:
    """The row of `model` whose `field` equals `value`, which must exist (a foreign key or
    the caller's own write points at it); raises `model.DoesNotExist` like Peewee's `get`."""
    row = find(model, field, value)
    if row is None:
        raise model.DoesNotExist(f"{model.__name__} {field.name}={value!r}")
    return row


def insert_row(model: type[pw.Model], values: dict[str, object]) -> int:
    """Insert one row of `model` with every column but the id given; return the new id."""
    sql, fields = _insert_statement(model, tuple(values))
    db = database.obj
    cursor = db.execute_sql(
        sql, [field.db_value(value) for field, value in zip(fields, values.values(), strict=True)]
    )
    if isinstance(db, pw.PostgresqlDatabase):
        return int(cursor.fetchone()[0])
    return int(cursor.lastrowid)


def insert_rows(model: type[pw.Model], rows: list[dict[str, object]]) -> None:
    """Insert many rows of `model`, each with the same columns as `insert_row` takes, with
    one statement run for all of them (an import of thousands of boxes)."""
    if not rows:
        return
    sql, fields = _insert_statement(model, tuple(rows[0]))
    database.obj.cursor().executemany(
        sql, [[field.db_value(row[field.name]) for field in fields] for row in rows]
    )


def _insert_statement(model: type[pw.Model], names: tuple[str, ...]) -> tuple[str, list[pw.Field]]:
    inserts: dict[tuple[type, tuple[str, ...]], str] = _statements("_warehouse_inserts")
    fields = [model._meta.fields[name] for name in names]
    sql = inserts.get((model, names))
    if sql is None:
        sql, params = model.insert_many([tuple(None for _ in fields)], fields=fields).sql()
        if len(params) != len(fields):
            raise ValueError(f"insert_row({model.__name__}) needs every column but the id")
        inserts[(model, names)] = sql
    return sql, fields


class _Slot:
    """Marks where a value goes in an UPDATE built once (see `update_rows`)."""

    __slots__ = ("part", "name")

    def __init__(self, part: str, name: str) -> None:
        self.part = part
        self.name = name


def update_rows(model: type[pw.Model], values: dict[str, object], where: dict[str, object]) -> int:
    """UPDATE `model` SET `values` WHERE every `where` column equals its value; rows changed.

    Peewee puts the placeholders in its own order; the slots record which value goes where.
    """
    updates: dict[tuple[object, ...], tuple[str, list[_Slot]]] = _statements("_warehouse_updates")
    key = (model, tuple(values), tuple(where))
    fields = model._meta.fields
    entry = updates.get(key)
    if entry is None:
        assignments = {fields[n]: pw.Value(_Slot("set", n), converter=False) for n in values}
        condition = None
        for name in where:
            test = fields[name] == pw.Value(_Slot("where", name), converter=False)
            condition = test if condition is None else (condition & test)
        sql, params = model.update(assignments).where(condition).sql()
        if not all(isinstance(p, _Slot) for p in params):
            raise ValueError(f"update_rows({model.__name__}): unexpected parameters")
        entry = (sql, list(params))
        updates[key] = entry
    sql, slots = entry
    params = [
        fields[slot.name].db_value(values[slot.name] if slot.part == "set" else where[slot.name])
        for slot in slots
    ]
    return int(database.obj.execute_sql(sql, params).rowcount)
