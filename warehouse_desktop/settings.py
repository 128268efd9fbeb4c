"""Settings shared by every bench of one warehouse, stored in the database.

Machine-specific settings (scanner port, printer, language) live in the window's
QSettings instead; these are the ones all benches must agree on.
"""

from __future__ import annotations

from warehouse_desktop.db import reading, write_transaction
from warehouse_desktop.models import Setting

WAREHOUSE_NAME = "warehouse_name"
DEFAULT_WAREHOUSE_NAME = "Warehouse"


def get_setting(key: str, default: str = "") -> str:
    with reading():
        row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def warehouse_name() -> str:
    return get_setting(WAREHOUSE_NAME, DEFAULT_WAREHOUSE_NAME)


def store_warehouse_name(name: str) -> str:
    """Save the warehouse name every bench prints (spaces tidied); return what was saved."""
    name = " ".join(name.split())
    with write_transaction():
        set_setting(WAREHOUSE_NAME, name)
    return name
