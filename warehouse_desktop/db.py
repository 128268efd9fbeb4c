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
    except Exception as exc:
        # Whatever the driver raises on an unparseable URL becomes one clear line.
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
