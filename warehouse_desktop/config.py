"""Where things live: the per-user data folder, the default database and backup folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "warehouse-desktop"
DEFAULT_BENCH = "bench-1"


def data_dir() -> Path:
    """The per-user data folder (created on demand by whoever writes there)."""
    override = os.environ.get("WAREHOUSE_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database_target() -> str:
    """`$WAREHOUSE_DB` if set, else the SQLite file in the per-user data folder."""
    return os.environ.get("WAREHOUSE_DB") or str(data_dir() / "warehouse.db")


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database they copy, in a `backups` folder."""
    return db_path.parent / "backups"


def default_bench() -> str:
    return os.environ.get("WAREHOUSE_BENCH") or DEFAULT_BENCH
