"""Opening the warehouse database: SQLite file or PostgreSQL URL, bound to the one proxy.

SQLite runs in WAL mode with `synchronous=FULL` so that a committed scan is on disk
before the bench shows green, foreign keys on, and a bounded busy wait when another
bench holds the write lock.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from warehouse_desktop import config
from warehouse_desktop.errors import StorageError
from warehouse_desktop.models import LATEST_VERSION, database
from warehouse_desktop.redaction import redact_secrets

# How long a scan waits for another bench's write lock before it says so.
BUSY_TIMEOUT_MS = int(os.environ.get("WAREHOUSE_BUSY_TIMEOUT_MS", "5000"))

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: the WAL is fsynced at every commit
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -16000,
}


def sqlite_uri(path: Path | str, *, read_only: bool = False) -> str:
    """A `file:` URI for `path`, escaped so `#`, `?`, `%`, spaces and any script survive."""
    uri = Path(os.path.abspath(path)).as_uri()
    return uri + ("?mode=ro" if read_only else "")


def is_url(target: str) -> bool:
    return "://" in target


def open_database(
    target: str | os.PathLike[str] | None = None, *, create: bool = True
) -> pw.Database:
    """Connect the model proxy to `target` (path or URL; default from config) and return it."""
    target = str(target) if target is not None else config.default_database_target()
    if is_url(target):
        db = _open_url(target)
    else:
        db = _open_sqlite(Path(target), create=create)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except pw.ImproperlyConfigured as exc:
        # The PostgreSQL driver is an optional extra; say how to get it.
        raise StorageError("db_driver", target=_redact(target), detail=str(exc)) from exc
    except (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
        error = StorageError.from_operational(exc)
        if error.key in ("db_error", "db_unreachable"):
            error = StorageError("db_unreachable", target=_redact(target), detail=str(exc))
        raise error from exc
    return db


def _open_sqlite(path: Path, *, create: bool) -> pw.SqliteDatabase:
    if not path.exists():
        if not create:
            raise StorageError("db_missing", target=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError("db_folder", target=str(path.parent), detail=exc.strerror) from exc
        _create_private_file(path)
    elif path.is_dir():
        raise StorageError("db_is_folder", target=str(path))
    else:
        _refuse_before_touching(path)
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)


def _refuse_before_touching(path: Path) -> None:
    """Refuse a newer or foreign database before opening it for real.

    Opening for real switches the file to WAL; a database this program must not use is
    looked at read-only first, so it is left exactly as it was (no WAL, no new bytes).
    """
    from warehouse_desktop.errors import SchemaTooNewError

    if path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    except sqlite3.Error:
        return  # the real open says what is wrong
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "schema_version" not in names:
            if names:
                raise StorageError("db_not_warehouse")
            return
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    except sqlite3.Error:
        return  # damaged: the real open reports it and offers the newest good backup
    finally:
        conn.close()
    if isinstance(version, int) and version > LATEST_VERSION:
        raise SchemaTooNewError("db_too_new", version=version, supported=LATEST_VERSION)


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (POSIX)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StorageError("db_folder", target=str(path.parent), detail=exc.strerror) from exc


def _open_url(url: str) -> pw.Database:
    from playhouse.db_url import connect

    if url.startswith("sqlite:///"):
        return _open_sqlite(Path(url[len("sqlite:///") :]), create=True)
    try:
        return connect(url)
    except (ImportError, RuntimeError) as exc:
        raise StorageError("db_driver", target=_redact(url), detail=str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - an unparseable URL must become one clear line
        raise StorageError("db_unreachable", target=_redact(url), detail=str(exc)) from exc


def _redact(url: str) -> str:
    """Hide a password in a database URL before it reaches a message."""
    return redact_secrets(url)


def is_sqlite(db: pw.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, pw.SqliteDatabase)


def sqlite_path(db: pw.Database | None = None) -> Path | None:
    db = db or database.obj
    if isinstance(db, pw.SqliteDatabase):
        return Path(db.database)
    return None


# The thread writing a backup into the live database in this process, if any.
_writes_paused_by: int | None = None


@contextlib.contextmanager
def writes_paused() -> Iterator[None]:
    """While this thread restores a backup into the live database, every other thread's
    write in this process is refused at once (StorageError "restore_in_progress"): a scan
    is never left waiting on the lock with the window frozen, nor queued to land on data
    the volunteer did not see.  Nothing is written, so the volunteer scans again."""
    global _writes_paused_by
    if _writes_paused_by is not None:
        raise StorageError("restore_in_progress")
    _writes_paused_by = threading.get_ident()
    try:
        yield
    finally:
        _writes_paused_by = None


def writes_are_paused() -> bool:
    """A backup is being restored in this process (writes from other threads refused)."""
    return _writes_paused_by is not None


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One durable write transaction.

    SQLite takes the write lock up front (BEGIN IMMEDIATE) so two benches never deadlock
    upgrading a read lock; a lock held too long becomes a clear StorageError.  Refused
    while another thread restores a backup (`writes_paused`).
    """
    paused_by = _writes_paused_by
    if paused_by is not None and paused_by != threading.get_ident():
        raise StorageError("restore_in_progress")
    db = database.obj
    try:
        if isinstance(db, pw.SqliteDatabase):
            with db.atomic("IMMEDIATE"):
                yield
        else:
            with db.atomic():
                yield
    except Exception as exc:
        if _is_database_error(exc):
            raise _storage_error(db, exc) from exc
        raise


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Reads outside a scan: a lost server or a damaged file becomes a StorageError."""
    db = database.obj
    try:
        yield
    except Exception as exc:
        if _is_database_error(exc):
            raise _storage_error(db, exc) from exc
        raise


def _is_database_error(exc: BaseException) -> bool:
    # Peewee passes some driver errors through unwrapped (psycopg2's deadlock, for one).
    return isinstance(exc, pw.PeeweeException | sqlite3.DatabaseError) or hasattr(exc, "pgcode")


def _pgcode(exc: BaseException) -> str | None:
    for candidate in (exc, exc.args[0] if exc.args else None, exc.__cause__, exc.__context__):
        code = getattr(candidate, "pgcode", None)
        if code:
            return str(code)
    return None


# PostgreSQL codes for "this transaction lost a race, run it again": serialization
# failure and deadlock.  Nothing of it was written.
# A unique violation (23505) is the same race seen from an insert: two benches creating
# the same box at once; the loser's retry sees the winner's box.
RETRYABLE_PGCODES = ("40001", "40P01", "23505")


def _storage_error(db: pw.Database, exc: Exception) -> StorageError:
    if isinstance(db, pw.SqliteDatabase):
        return StorageError.from_operational(exc)
    pgcode = _pgcode(exc)
    if pgcode in RETRYABLE_PGCODES:
        return StorageError("db_conflict")
    if pgcode is not None:  # the server answered: the connection is fine
        return StorageError("db_error", detail=str(exc))
    # A server that went away leaves a dead connection: drop it so the next scan
    # reconnects by itself once the server is back.
    _drop_connection(db)
    return StorageError("db_unreachable", target=_redact(str(db.database)), detail=str(exc))


def _drop_connection(db: pw.Database) -> None:
    conn = db._state.conn  # noqa: SLF001 - peewee has no public "forget a dead connection"
    db.dispose()
    if conn is not None:
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - it is already broken; closing is best effort
            pass


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


_LOOKUP_SAMPLE_TEXT = "\x00lookup\x00"
_LOOKUP_SAMPLE_INT = -918273645


def find(model: type[pw.Model], field: pw.Field, value: object) -> pw.Model | None:
    """The row of `model` whose `field` equals `value`, or None.

    The scan path looks rows up by one field many times a second; building the same
    SELECT through Peewee's query builder each time was most of a scan's cost.  The SQL
    is built once per database, model and field (by Peewee, so quoting and parameter
    style stay right for SQLite and PostgreSQL) and reused with the new value.
    """
    db = database.obj
    # Kept on the database object itself: SQL built for SQLite must never reach PostgreSQL.
    lookups: dict[tuple[type, str], tuple[str, int, tuple]] = db.__dict__.setdefault(
        "_warehouse_lookups", {}
    )
    key = (model, field.name)
    entry = lookups.get(key)
    if entry is None:
        integer = isinstance(field, pw.IntegerField | pw.AutoField | pw.ForeignKeyField)
        sample = _LOOKUP_SAMPLE_INT if integer else _LOOKUP_SAMPLE_TEXT
        sql, params = model.select().where(field == sample).limit(1).sql()
        entry = (sql, list(params).index(field.db_value(sample)), tuple(params))
        lookups[key] = entry
    sql, slot, params = entry
    values = list(params)
    values[slot] = field.db_value(value)
    row = db.execute_sql(sql, values).fetchone()
    if row is None:
        return None
    # A plain SELECT of the model lists its columns in sorted_fields order.
    instance = model(
        __no_default__=True,
        **{f.name: f.python_value(v) for f, v in zip(model._meta.sorted_fields, row, strict=True)},
    )
    instance._dirty.clear()  # noqa: SLF001 - a row just read has nothing to save
    return instance


def insert_row(model: type[pw.Model], values: dict[str, object]) -> int:
    """Insert one row of `model` with every column but the id given; return the new id.

    Like `find`, the INSERT is built once per database, model and column list by Peewee
    and reused: boxes and movements are written on every scan.
    """
    db = database.obj
    inserts: dict[tuple[type, tuple[str, ...]], str] = db.__dict__.setdefault(
        "_warehouse_inserts", {}
    )
    names = tuple(values)
    fields = [model._meta.fields[name] for name in names]
    sql = inserts.get((model, names))
    if sql is None:
        sql, params = model.insert_many([tuple(None for _ in fields)], fields=fields).sql()
        if len(params) != len(fields):
            raise ValueError(f"insert_row({model.__name__}) needs every column but the id")
        inserts[(model, names)] = sql
    cursor = db.execute_sql(
        sql, [field.db_value(value) for field, value in zip(fields, values.values(), strict=True)]
    )
    if isinstance(db, pw.PostgresqlDatabase):
        return int(cursor.fetchone()[0])
    return int(cursor.lastrowid)


class _Slot:
    """Marks where a value goes in an UPDATE built once (see `update_rows`)."""

    __slots__ = ("part", "name")

    def __init__(self, part: str, name: str) -> None:
        self.part = part
        self.name = name


def update_rows(model: type[pw.Model], values: dict[str, object], where: dict[str, object]) -> int:
    """UPDATE `model` SET `values` WHERE every `where` column equals its value; rows changed.

    The statement is built once per database, model and column lists by Peewee (with
    placeholders in its own order, which the slots record) and reused.
    """
    db = database.obj
    updates: dict[tuple, tuple[str, list[_Slot]]] = db.__dict__.setdefault("_warehouse_updates", {})
    key = (model, tuple(values), tuple(where))
    entry = updates.get(key)
    if entry is None:
        fields = model._meta.fields
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
    fields = model._meta.fields
    params = [
        fields[slot.name].db_value(values[slot.name] if slot.part == "set" else where[slot.name])
        for slot in slots
    ]
    return db.execute_sql(sql, params).rowcount
