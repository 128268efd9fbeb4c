"""Security promises: append-only movements, private files, coordinator-only actions."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import peewee as pw
import pytest

from tests.support.warehouse import small_warehouse
from warehouse_desktop import backup, config
from warehouse_desktop.bench import BenchService
from warehouse_desktop.db import close_database
from warehouse_desktop.models import Movement, database

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_database_refuses_to_update_or_delete_a_movement(any_db) -> None:
    wh = small_warehouse(boxes=2)
    bench = BenchService("b", operator="Tester")
    bench.scan(wh.jackets.code)
    bench.scan(wh.box_codes[0])
    movement = Movement.get()
    for attempt in (
        lambda: Movement.update(action="moved").where(Movement.id == movement.id).execute(),
        lambda: Movement.delete().where(Movement.id == movement.id).execute(),
    ):
        with pytest.raises(pw.DatabaseError), database.atomic():
            attempt()
    assert Movement.get_by_id(movement.id).action == "created"


def test_no_code_path_updates_or_deletes_a_movement() -> None:
    offenders = []
    for package in ("warehouse_desktop", "reports", "hardware", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Attribute)
                    and node.attr in ("update", "delete", "delete_instance", "replace")
                    and isinstance(node.value, ast.Name)
                    and node.value.id == "Movement"
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_database_and_backups_are_private(warehouse_db: Path) -> None:
    close_database()
    made = [
        backup.backup_sqlite(warehouse_db),
        backup.backup_sqlite(warehouse_db, reason="daily"),
    ]
    for path in [warehouse_db, *made]:
        assert path.stat().st_mode & 0o077 == 0, path


def test_daily_backup_once_a_day_and_rotated(warehouse_db: Path) -> None:
    close_database()
    first = backup.daily_backup_if_due(warehouse_db, today=dt.date(2026, 11, 1))
    assert first is not None and backup.check_backup_file(first) >= 1
    assert backup.daily_backup_if_due(warehouse_db, today=dt.date(2026, 11, 1)) is None
    for day in range(2, 25):
        assert backup.daily_backup_if_due(warehouse_db, today=dt.date(2026, 11, day)) is not None
    kept = list(config.backup_dir_for(warehouse_db).glob("*-daily.db"))
    assert len(kept) == backup.KEEP_BACKUPS
    newest = max(kept, key=lambda p: int(p.name.split("-")[1][1:]))
    assert newest.name.split("-")[2] == "20261124"
