"""Databases of earlier schema versions, for the migration and restore tests: the shipped
version-1 file climbed to a given version with that version's own rungs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "warehouse-v1.db"


def open_version(path: Path, version: int) -> None:
    """Open a copy of the version-1 file at `path`, climbed to `version`: what the release
    of that version left on disk."""
    from warehouse_desktop.db import database, open_database
    from warehouse_desktop.migrations import MIGRATIONS

    shutil.copy(FIXTURE_V1, path)
    open_database(path)
    for step in range(2, version + 1):
        MIGRATIONS[step](database.obj)
    database.execute_sql(
        "INSERT INTO schema_version (version, applied_at, app_version) "
        "VALUES (?, '2026-01-01 00:00:00', 'old')",
        (version,),
    )


def check_old_backup(path: Path, version: int) -> None:
    """A backup of `version` passes the restore check as that version, and the same file
    claiming to be the next version is refused."""
    from warehouse_desktop import backup
    from warehouse_desktop.db import close_database

    open_version(path, version)
    close_database()
    assert backup.check_backup_file(path) == version
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO schema_version (version, applied_at, app_version) "
            "VALUES (?, '2026-01-01 00:00:00', 'x')",
            (version + 1,),
        )
    with pytest.raises(Exception, match="not a backup of this program"):
        backup.check_backup_file(path)
