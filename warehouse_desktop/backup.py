"""Backups of the SQLite database: online copies, rotation, checked restore.

Copies use SQLite's online backup API, so a bench can keep scanning while it runs.  A
restore checks the file (integrity, schema version) before it replaces anything and
keeps the database it replaces as one more backup.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from warehouse_desktop import config
from warehouse_desktop.errors import InputError, SchemaTooNewError, StorageError

KEEP_BACKUPS = 14


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_sqlite(db_path: Path, out: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy the live database at `db_path` to `out` (default: the rotating backup folder)."""
    if out is None:
        folder = config.backup_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"warehouse-{_stamp()}-{reason}.db"
    out = Path(out)
    if out.exists() and out.is_dir():
        out = out / f"warehouse-{_stamp()}-{reason}.db"
    tmp = out.with_name(out.name + ".part")
    try:
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            os.close(fd)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("backup_failed", target=str(out), detail=str(exc)) from exc
    if reason != "manual":
        rotate(config.backup_dir_for(db_path))
    return out


def _copy_raw(db_path: Path) -> Path:
    folder = config.backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"damaged-{_stamp()}.db"
    try:
        shutil.copyfile(db_path, out)
        os.chmod(out, 0o600)
        wal = Path(str(db_path) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(out) + "-wal"))
    except OSError as exc:
        raise StorageError("backup_failed", target=str(out), detail=exc.strerror) from exc
    return out


def daily_backup_if_due(db_path: Path, today: dt.date | None = None) -> Path | None:
    """At the first start of each day, copy the database; return the new backup if one was made."""
    today = today or dt.date.today()
    folder = config.backup_dir_for(db_path)
    if folder.exists() and any(folder.glob(f"warehouse-{today:%Y%m%d}-*-daily.db")):
        return None
    if not db_path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"warehouse-{today:%Y%m%d}-{dt.datetime.now():%H%M%S-%f}-daily.db"
    return backup_sqlite(db_path, out, reason="daily")


def rotate(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep the newest `keep` automatic backups; manual ones are never deleted."""
    automatic = sorted(
        (p for p in folder.glob("warehouse-*.db") if not p.stem.endswith("-manual")),
        key=lambda p: p.name,
    )
    for old in automatic[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[Path]:
    folder = config.backup_dir_for(db_path)
    return sorted(folder.glob("warehouse-*.db"), reverse=True) if folder.exists() else []


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of `db_path` that passes its checks, if any."""
    for candidate in list_backups(db_path):
        try:
            check_backup_file(candidate)
        except (StorageError, InputError):
            continue
        return candidate
    return None


def check_backup_file(path: Path) -> int:
    """Verify that `path` is a sound warehouse database; return its schema version."""
    from warehouse_desktop.migrations import LATEST_VERSION

    if not path.is_file():
        raise InputError("file_missing", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise StorageError("restore_corrupt", path=str(path))
            row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("restore_not_database", path=str(path)) from exc
    version = row[0] if row else None
    if version is None:
        raise StorageError("restore_not_database", path=str(path))
    if version > LATEST_VERSION:
        raise SchemaTooNewError("db_too_new", version=version, supported=LATEST_VERSION)
    return int(version)


def restore_sqlite(db_path: Path, source: Path) -> Path | None:
    """Replace the database at `db_path` with the checked copy `source`.

    Returns the backup made of the replaced database (None if there was none).
    """
    check_backup_file(source)
    kept: Path | None = None
    if db_path.exists():
        try:
            kept = backup_sqlite(db_path, reason="before-restore")
        except StorageError:
            # A damaged database cannot be read by SQLite: keep its bytes as they are.
            kept = _copy_raw(db_path)
    tmp = db_path.with_name(db_path.name + ".restore")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            os.close(fd)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("restore_failed", path=str(source), detail=str(exc)) from exc
    return kept
