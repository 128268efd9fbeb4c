"""Backups of the SQLite database: verified online copies, rotation, checked restore.

- Every copy uses SQLite's online backup API from one read snapshot, so a bench can
  keep scanning while it runs; the copy is checked (integrity, the same schema, the same
  row count in every table as the snapshot) before it is reported written.
- Backups are numbered: `warehouse-n000042-20261130-081500-daily.db`.  Rotation keeps
  the highest numbers, so a clock that runs behind never makes a new backup look old.
- A restore first checks the file against the program's own schema for its version and
  every stored value, then writes it INTO the live database with the backup API: the
  file is never swapped, so every bench keeps its connection and sees the restored data
  at its next transaction.  The restore holds the write lock from before it takes the
  verified before-restore backup until it commits, so a scan committed at any moment
  is either in that backup or in the restored database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import os
import re
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warehouse_desktop import config
from warehouse_desktop import models as m
from warehouse_desktop.db import sqlite_uri
from warehouse_desktop.errors import InputError, SchemaTooNewError, StorageError
from warehouse_desktop.models import LATEST_VERSION
from warehouse_desktop.schema import normal_sql, reference_schema

if TYPE_CHECKING:
    pass

KEEP_BACKUPS = 14
STALE_PART_SECONDS = 24 * 3600
BUSY_TIMEOUT_S = 5.0
_NAME = re.compile(r"^warehouse-n(\d+)-(\d{8})-(\d{6})-(.+)\.db$")
_SQLITE_OK, _SQLITE_BUSY, _SQLITE_LOCKED = 0, 5, 6

# The clock used for names and the daily check; tests move it by hand.
clock: Callable[[], dt.datetime] = dt.datetime.now


# --- paths ----------------------------------------------------------------------------


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(
        sqlite_uri(path, read_only=read_only), uri=True, isolation_level=None,
        timeout=BUSY_TIMEOUT_S,
    )  # fmt: skip
    return conn


def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _temp_beside(out: Path) -> Path:
    """A temporary name no other process uses (two backups to one place never mix)."""
    return out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can open a folder (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- numbering and rotation -----------------------------------------------------------


def _sequence(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match.group(1)) if match else 0


def _order(path: Path) -> tuple[int, str]:
    # Names from before the numbering sort first, among themselves by name.
    return (_sequence(path), path.name)


def next_backup_path(folder: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """The next numbered backup name in `folder` (one higher than any there).

    The date and time in the name are for people; the order is the number's.
    """
    highest = max((_sequence(p) for p in folder.glob("warehouse-*.db")), default=0)
    when = when or clock()
    return folder / f"warehouse-n{highest + 1:06d}-{when:%Y%m%d-%H%M%S}-{reason}.db"


def rotate(folder: Path, keep: int = KEEP_BACKUPS, protect: Path | None = None) -> None:
    """Keep the `keep` highest-numbered automatic backups; manual ones are never deleted."""
    automatic = sorted(
        (p for p in folder.glob("warehouse-*.db") if not p.stem.endswith("-manual")), key=_order
    )
    for old in automatic[: -max(keep, 1)]:
        if protect is not None and old.name == protect.name:
            continue
        old.unlink(missing_ok=True)
    # Temporary copies left by a backup or restore that was killed half-way.
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob(".warehouse-*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()


def list_backups(db_path: Path) -> list[Path]:
    """Backups of `db_path`, newest (highest number) first."""
    folder = config.backup_dir_for(_real(db_path))
    return (
        sorted(folder.glob("warehouse-*.db"), key=_order, reverse=True) if folder.exists() else []
    )


def _real(db_path: Path) -> Path:
    """The database file itself, through any symbolic link."""
    return Path(os.path.realpath(db_path))


# --- verified copies ------------------------------------------------------------------


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: conn.execute(f"SELECT COUNT(*) FROM {_quote(table)}").fetchone()[0]  # noqa: S608
        for table in _user_tables(conn)
    }


def _schema_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def _integrity_ok(conn: sqlite3.Connection) -> bool:
    result = conn.execute("PRAGMA integrity_check").fetchone()
    return bool(result) and result[0] == "ok"


def _copy_verified(src: sqlite3.Connection, out: Path) -> None:
    """Copy `src` (autocommit connection) to `out`: checked, synced, then renamed into place."""
    tmp = _temp_beside(out)
    try:
        _private_file(tmp)
        src.execute("BEGIN")
        try:
            # One read snapshot for the counts, the schema and the copy itself.
            counts = _row_counts(src)
            schema = _schema_rows(src)
            dst = _connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                if not _integrity_ok(dst):
                    raise StorageError("backup_unverified", target=str(out), detail="integrity")
                if _schema_rows(dst) != schema:
                    raise StorageError("backup_unverified", target=str(out), detail="schema")
                if _row_counts(dst) != counts:
                    raise StorageError("backup_unverified", target=str(out), detail="row counts")
            finally:
                dst.close()
        finally:
            src.execute("ROLLBACK")
        _fsync(tmp)
        os.replace(tmp, out)
        _fsync_folder(out.parent)
    except StorageError:
        tmp.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        detail = getattr(exc, "strerror", None) or str(exc)
        raise StorageError("backup_failed", target=str(out), detail=detail) from exc


def backup_sqlite(
    db_path: Path,
    out: Path | None = None,
    *,
    reason: str = "manual",
    when: dt.datetime | None = None,
) -> Path:
    """Copy the live database at `db_path` to `out` (default: the numbered backup folder).

    The copy is verified against the snapshot it was taken from before this returns.
    """
    db_path = _real(Path(db_path))
    folder = config.backup_dir_for(db_path)
    if out is None or (Path(out).exists() and Path(out).is_dir()):
        base = folder if out is None else Path(out)
        try:
            base.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError("backup_failed", target=str(base), detail=exc.strerror) from exc
        out = next_backup_path(base, reason, when)
    out = Path(out)
    if not db_path.is_file():
        raise StorageError("backup_failed", target=str(out), detail=f"no database at {db_path}")
    try:
        src = _connect(db_path, read_only=True)
    except sqlite3.Error as exc:
        raise StorageError("backup_failed", target=str(out), detail=str(exc)) from exc
    try:
        _copy_verified(src, out)
    finally:
        src.close()
    if reason != "manual" and out.parent == folder:
        rotate(folder, protect=out)
    return out


def _copy_raw(db_path: Path) -> Path:
    """Keep the bytes of a database SQLite cannot read (and its WAL), private to the owner."""
    folder = config.backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    numbered = next_backup_path(folder, "damaged")
    out = numbered.with_name(numbered.name.replace("warehouse-", "damaged-", 1))
    try:
        for source, target in ((db_path, out), (Path(f"{db_path}-wal"), Path(f"{out}-wal"))):
            if not source.exists():
                continue
            fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
                shutil.copyfileobj(reader, writer)
                writer.flush()
                os.fsync(writer.fileno())
            os.chmod(target, 0o600)
    except OSError as exc:
        raise StorageError("backup_failed", target=str(out), detail=exc.strerror) from exc
    return out


def daily_backup_if_due(db_path: Path, today: dt.date | None = None) -> Path | None:
    """At the first start of each day, copy the database; return the new backup if one was made."""
    today = today or clock().date()
    db_path = _real(Path(db_path))
    folder = config.backup_dir_for(db_path)
    if folder.exists() and any(folder.glob(f"warehouse-*-{today:%Y%m%d}-*-daily.db")):
        return None
    if not db_path.exists():
        return None
    return backup_sqlite(db_path, reason="daily", when=dt.datetime.combine(today, clock().time()))


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of `db_path` that passes its checks, if any."""
    for candidate in list_backups(db_path):
        try:
            check_backup_file(candidate)
        except (StorageError, InputError):
            continue
        return candidate
    return None


# --- checking a file before it is restored --------------------------------------------


def _is_plain_index(sql: str) -> bool:
    """A non-unique index over plain columns: harmless, and older releases made some."""
    return bool(re.fullmatch(r'CREATE INDEX "\w+" ON "\w+" \(("\w+"(, )?)+\)', sql))


_KIND_ORDER = {"table": 0, "view": 1, "trigger": 2, "index": 3}


def _kind_first(item: tuple[tuple[str, str], str]) -> tuple[int, str]:
    (kind, name), _sql = item
    return (_KIND_ORDER.get(kind, 9), name)


def _schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    reference = reference_schema(version)
    found = {
        (kind, name): normal_sql(sql)
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        )
    }
    for (kind, name), sql in sorted(found.items(), key=_kind_first):
        if kind == "table" and name.startswith("sqlite_stat"):
            continue
        if (kind, name) not in reference:
            if kind == "index" and _is_plain_index(sql):
                continue
            return f"unexpected {kind} {name}"
        if reference[(kind, name)] != sql:
            return f"{kind} {name} differs"
    for kind, name in sorted(reference, key=lambda key: _kind_first((key, ""))):
        if (kind, name) not in found:
            return f"missing {kind} {name}"
    return None


def _enum_columns() -> list[tuple[str, str, frozenset[str], bool]]:
    def values(enum_type: type[enum.StrEnum]) -> frozenset[str]:
        return frozenset(member.value for member in enum_type)

    return [
        ("category", "group", values(m.Group), False),
        ("category", "gender", values(m.Gender), False),
        ("location", "kind", values(m.LocationKind), False),
        ("box", "state", values(m.BoxState), False),
        ("van_load", "state", values(m.VanLoadState), False),
        ("movement", "action", values(m.MovementAction), False),
        ("movement", "from_state", values(m.BoxState), True),
        ("movement", "to_state", values(m.BoxState), True),
        ("operator", "role", values(m.Role), False),
        ("bench_state", "mode", values(m.BenchMode), False),
    ]


def _list_of(kind: type) -> Callable[[object], bool]:
    return lambda value: (
        isinstance(value, list)
        and all(isinstance(item, kind) and not isinstance(item, bool) for item in value)
    )


def _names_map(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


_JSON_COLUMNS: list[tuple[str, str, Callable[[object], bool]]] = [
    ("category", "sizes", lambda v: _list_of(str)(v) and bool(v)),
    ("category", "names", _names_map),
    ("bench_state", "count_seen", _list_of(int)),
    ("stock_count", "found", _list_of(str)),
    ("stock_count", "missing", _list_of(str)),
    ("stock_count", "elsewhere", _list_of(str)),
]

_TIMESTAMP = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*"


_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def _bad_value_condition(column: str, declared: str) -> str | None:
    """SQL that is true for a value the column's declared type cannot hold (SQLite keeps
    whatever it is given); None for types not checked."""
    if declared in ("INTEGER", "BIGINT", "SMALLINT", "BOOLEAN"):
        return f"typeof({column}) NOT IN ('integer', 'null')"
    if declared.startswith(("REAL", "FLOAT", "DOUBLE", "NUMERIC", "DECIMAL")):
        return f"typeof({column}) NOT IN ('integer', 'real', 'null')"
    if declared == "DATETIME":
        return f"{column} IS NOT NULL AND (typeof({column}) != 'text' OR {column} NOT GLOB '{_TIMESTAMP}')"
    if declared == "DATE":
        return (
            f"{column} IS NOT NULL AND (typeof({column}) != 'text' OR {column} NOT GLOB '{_DATE}')"
        )
    if declared.startswith(("VARCHAR", "TEXT", "CHAR")):
        return f"typeof({column}) NOT IN ('text', 'null')"
    return None


def _column_names(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}


def _value_problem(conn: sqlite3.Connection) -> str | None:
    tables = set(_user_tables(conn))
    for table, column, allowed, nullable in _enum_columns():
        if table not in tables:
            continue
        query = f"SELECT DISTINCT {_quote(column)} FROM {_quote(table)}"  # noqa: S608
        for (value,) in conn.execute(query):
            if value is None and nullable:
                continue
            if value not in allowed:
                return f"{table}.{column} = {str(value)[:40]!r}"
    for table, column, valid in _JSON_COLUMNS:
        if table not in tables:
            continue
        query = f"SELECT {_quote(column)} FROM {_quote(table)}"  # noqa: S608
        for (text,) in conn.execute(query):
            try:
                ok = isinstance(text, str) and valid(json.loads(text))
            except ValueError:
                ok = False
            if not ok:
                return f"{table}.{column} = {str(text)[:40]!r}"
    for table in tables:
        for _cid, column, declared, *_rest in conn.execute(f"PRAGMA table_info({_quote(table)})"):
            bad = _bad_value_condition(_quote(column), declared.upper())
            if bad is None:
                continue
            query = f"SELECT {_quote(column)} FROM {_quote(table)} WHERE {bad} LIMIT 1"  # noqa: S608
            row = conn.execute(query).fetchone()
            if row is not None:
                return f"{table}.{column} = {str(row[0])[:40]!r}"
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        return "a reference to a row that does not exist"
    if "box" in tables and _column_names(conn, "box") >= {"expires_on"}:
        # An expiry is a month, stored as its first day.
        row = conn.execute(
            "SELECT expires_on FROM box WHERE expires_on IS NOT NULL "
            "AND substr(expires_on, 9, 2) != '01' LIMIT 1"
        ).fetchone()
        if row is not None:
            return f"box.expires_on = {str(row[0])[:40]!r}"
    if "stock_summary" in tables and _summary_differs(conn):
        return "stock_summary does not match the boxes"
    return None


def _summary_differs(conn: sqlite3.Connection) -> bool:
    summary = set(
        conn.execute(
            "SELECT state, category_id, size, location_key, SUM(boxes), SUM(items) "
            "FROM stock_summary GROUP BY state, category_id, size, location_key "
            "HAVING SUM(boxes) != 0 OR SUM(items) != 0"
        )
    )
    boxes = set(
        conn.execute(
            "SELECT state, category_id, size, COALESCE(location_id, 0), COUNT(*), SUM(quantity) "
            "FROM box GROUP BY state, category_id, size, COALESCE(location_id, 0)"
        )
    )
    return summary != boxes


def _check_connection(conn: sqlite3.Connection, path: Path) -> int:
    """Every check of a backup, on an open connection; returns its schema version."""

    shown = str(path)
    if not _integrity_ok(conn):
        raise StorageError("restore_corrupt", path=shown)
    tables = set(_user_tables(conn))
    if "schema_version" not in tables:
        raise StorageError("restore_not_database", path=shown)
    try:
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError("restore_not_database", path=shown) from exc
    version = row[0] if row else None
    if not isinstance(version, int) or version < 1:
        raise StorageError("restore_not_database", path=shown)
    if version > LATEST_VERSION:
        raise SchemaTooNewError("db_too_new", version=version, supported=LATEST_VERSION)
    problem = _schema_problem(conn, version)
    if problem is not None:
        raise StorageError("restore_schema_mismatch", path=shown, detail=problem)
    problem = _value_problem(conn)
    if problem is not None:
        raise StorageError("restore_bad_value", path=shown, detail=problem)
    return version


@contextlib.contextmanager
def _open_backup(path: Path) -> Iterator[sqlite3.Connection]:
    if not path.is_file():
        raise InputError("file_missing", path=str(path))
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise StorageError("restore_not_database", path=str(path)) from exc
    try:
        yield conn
    except sqlite3.DatabaseError as exc:
        raise StorageError("restore_not_database", path=str(path)) from exc
    finally:
        conn.close()


def check_backup_file(path: Path) -> int:
    """Verify that `path` is a sound warehouse database of this program; return its version."""
    path = Path(path)
    with _open_backup(path) as conn:
        return _check_connection(conn, path)


# --- restore --------------------------------------------------------------------------


def restore_sqlite(db_path: Path, source: Path) -> Path | None:
    """Write the checked backup `source` into the live database at `db_path`.

    Returns the verified backup made of the replaced data (None when there was no
    database).  Nothing is changed when any check fails.
    """
    source = Path(source)
    target = _real(Path(db_path))
    with _open_backup(source) as src:
        # One read snapshot of the source: what was checked is what is written.
        src.execute("BEGIN")
        _check_connection(src, source)
        if target.exists() and os.path.samefile(target, source):
            raise InputError("restore_same_file", path=str(source))
        if not target.exists() or target.stat().st_size == 0:
            return _restore_into_new(src, target, source)
        try:
            live = _connect(target)
            live.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            return _restore_over_damaged(src, target, source)
        try:
            return _restore_live(src, live, target, source)
        finally:
            live.close()


def _restore_live(
    src: sqlite3.Connection, live: sqlite3.Connection, target: Path, source: Path
) -> Path:
    kept: Path | None = None
    waits = 0

    def progress(status: int, remaining: int, total: int) -> None:
        nonlocal kept, waits
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            waits += 1
            if waits * 0.05 > BUSY_TIMEOUT_S:
                raise StorageError("db_locked")
            return
        if kept is None:
            if status != _SQLITE_OK or remaining <= 0:
                # Finished in one step: the backup of the old data was not taken first.
                raise StorageError("restore_failed", path=str(source), detail="too small")
            # The live database's write lock is held from here until the copy commits:
            # what this backup holds is exactly what the restore replaces.
            try:
                kept = backup_sqlite(target, reason="before-restore")
            except StorageError:
                # Readable but damaged: keep its bytes as they are (no one can write now).
                kept = _copy_raw(target)

    try:
        src.backup(live, pages=1, progress=progress, sleep=0.05)
    except StorageError:
        raise
    except sqlite3.Error as exc:
        raise StorageError("restore_failed", path=str(source), detail=str(exc)) from exc
    assert kept is not None
    return kept


def _restore_into_new(src: sqlite3.Connection, target: Path, source: Path) -> Path | None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _private_file(target)
        dst = _connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except (sqlite3.Error, OSError) as exc:
        raise StorageError("restore_failed", path=str(source), detail=str(exc)) from exc
    return None


def _restore_over_damaged(src: sqlite3.Connection, target: Path, source: Path) -> Path:
    """The live file is not a database any more: no bench can be using it.

    Its bytes (and WAL) are kept first; then the restored copy replaces it whole.
    """
    kept = _copy_raw(target)
    tmp = _temp_beside(target)
    try:
        _private_file(tmp)
        dst = _connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
        _fsync(tmp)
        # A WAL left beside the new file would be replayed onto it; it is in `kept`.
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("restore_failed", path=str(source), detail=str(exc)) from exc
    return kept
