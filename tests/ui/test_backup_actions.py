"""Backup and restore from the window's menu, with real files and the coordinator PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from support.warehouse import small_warehouse

from ui.backup_actions import install_backup_actions
from warehouse_desktop import auth, backup
from warehouse_desktop.bench import BenchService
from warehouse_desktop.models import Box


class _Window(QMainWindow):
    reloaded = 0

    def reload_after_restore(self) -> None:
        self.reloaded += 1


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of blocking the test."""
    seen: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a: seen.append(text))
    return seen


def test_back_up_now_runs_off_the_gui_thread_and_writes_a_good_copy(qtbot, warehouse_db: Path,
                                                                    shown) -> None:  # fmt: skip
    window = _Window()
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.menuBar().addMenu("File"))
    with qtbot.waitSignal(actions.runner.finished, timeout=10_000) as blocker:
        actions.back_up_now()
    written = Path(blocker.args[0])
    assert backup.check_backup_file(written) >= 1
    assert written.stat().st_mode & 0o077 == 0
    assert any(str(written) in text for text in shown)


def test_restore_needs_the_pin_checks_the_file_and_keeps_the_old_database(
    qtbot, warehouse_db: Path, tmp_path: Path, shown
) -> None:
    wh = small_warehouse(boxes=3)
    auth.set_pin("Chris", "2468")
    bench = BenchService("b", operator="Tester")
    bench.scan(wh.jackets.code)
    bench.scan(wh.box_codes[0])
    saved = backup.backup_sqlite(warehouse_db)
    BenchService("b2", operator="Tester").scan(wh.jackets.code)
    BenchService("b2", operator="Tester").scan(wh.box_codes[1])
    assert Box.select().count() == 2

    window = _Window()
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.menuBar().addMenu("File"))
    assert not actions.restore(str(saved), credentials=("Chris", "0000"))
    assert Box.select().count() == 2  # wrong PIN: nothing replaced

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"nope" * 1000)
    assert not actions.restore(str(garbage), credentials=("Chris", "2468"))
    assert Box.select().count() == 2  # a bad file is refused before anything is replaced

    assert actions.restore(str(saved), credentials=("Chris", "2468"))
    assert [b.code for b in Box.select()] == [wh.box_codes[0]]
    assert window.reloaded == 1
    kept = [p for p in backup.list_backups(warehouse_db) if "before-restore" in p.name]
    assert len(kept) == 1


def test_restore_writes_into_the_open_database_and_refuses_a_hostile_file_by_name(
    qtbot, warehouse_db: Path, tmp_path: Path, shown
) -> None:
    import shutil
    import sqlite3

    wh = small_warehouse(boxes=3)
    auth.set_pin("Chris", "2468")
    bench = BenchService("b", operator="Tester")
    bench.scan(wh.jackets.code)
    bench.scan(wh.box_codes[0])
    saved = backup.backup_sqlite(warehouse_db)
    bench.scan(wh.box_codes[1])
    # Another bench on the same file, connected before the restore and never reconnected.
    other = sqlite3.connect(warehouse_db, isolation_level=None)
    window = _Window()
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.menuBar().addMenu("File"))

    hostile = tmp_path / "hostile.db"
    shutil.copy(saved, hostile)
    conn = sqlite3.connect(hostile)
    conn.execute(
        "CREATE TRIGGER evil AFTER INSERT ON box BEGIN UPDATE operator SET pin_hash = NULL; END"
    )
    conn.commit()
    conn.close()
    assert not actions.restore(str(hostile), credentials=("Chris", "2468"))
    assert "unexpected trigger evil" in shown[-1] and "nothing was replaced" in shown[-1]
    assert Box.select().count() == 2

    assert actions.restore(str(saved), credentials=("Chris", "2468"))
    try:
        assert [row[0] for row in other.execute("SELECT code FROM box")] == [wh.box_codes[0]]
    finally:
        other.close()
    # The window's own connection carries on: the next scan is in the restored database.
    assert bench.scan(wh.jackets.code).ok and bench.scan(wh.box_codes[2]).ok
    assert {b.code for b in Box.select()} == {wh.box_codes[0], wh.box_codes[2]}
