"""Backup and restore from the window's menu, with real files and the coordinator PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from tests.support.warehouse import SmallWarehouse, small_warehouse
from ui.backup_actions import install_backup_actions
from warehouse_desktop import auth, backup
from warehouse_desktop.bench import BenchService
from warehouse_desktop.models import Box


class _Window(QMainWindow):
    reloaded = 0

    def reload_after_restore(self) -> None:
        self.reloaded += 1


def _restore(qtbot, actions, chosen: Path, credentials: tuple[str, str]) -> bool:
    """Start a restore and wait for it to end: True when restored, False when refused."""
    outcome: list[bool] = []
    actions.restored.connect(lambda *_: outcome.append(True))
    actions.restore_failed.connect(lambda *_: outcome.append(False))
    if not actions.restore(str(chosen), credentials=credentials):
        return False
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    actions.restored.disconnect()
    actions.restore_failed.disconnect()
    return outcome[0]


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


def _one_box_then_a_backup(warehouse_db: Path) -> tuple[SmallWarehouse, BenchService, Path]:
    """A warehouse with coordinator Chris (PIN 2468), one box packed, then a backup."""
    wh = small_warehouse(boxes=3)
    auth.set_pin("Chris", "2468")
    bench = BenchService("b", operator="Tester")
    bench.scan(wh.jackets.code)
    bench.scan(wh.box_codes[0])
    return wh, bench, backup.backup_sqlite(warehouse_db)


def test_restore_needs_the_pin_checks_the_file_and_keeps_the_old_database(
    qtbot, warehouse_db: Path, tmp_path: Path, shown
) -> None:
    wh, bench, saved = _one_box_then_a_backup(warehouse_db)
    BenchService("b2", operator="Tester").scan(wh.jackets.code)
    BenchService("b2", operator="Tester").scan(wh.box_codes[1])
    assert Box.select().count() == 2

    window = _Window()
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.menuBar().addMenu("File"))
    assert not actions.restore(str(saved), credentials=("Chris", "0000"))
    assert not actions.restoring
    assert Box.select().count() == 2  # wrong PIN: nothing replaced

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"nope" * 1000)
    assert not _restore(qtbot, actions, garbage, ("Chris", "2468"))
    assert Box.select().count() == 2  # a bad file is refused before anything is replaced

    assert _restore(qtbot, actions, saved, ("Chris", "2468"))
    assert [b.code for b in Box.select()] == [wh.box_codes[0]]
    assert window.reloaded == 1
    kept = [p for p in backup.list_backups(warehouse_db) if "before-restore" in p.name]
    assert len(kept) == 1


def test_restore_writes_into_the_open_database_and_refuses_a_hostile_file_by_name(
    qtbot, warehouse_db: Path, tmp_path: Path, shown
) -> None:
    import shutil
    import sqlite3

    wh, bench, saved = _one_box_then_a_backup(warehouse_db)
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
    assert not _restore(qtbot, actions, hostile, ("Chris", "2468"))
    assert "unexpected trigger evil" in shown[-1] and "nothing was replaced" in shown[-1]
    assert Box.select().count() == 2

    assert _restore(qtbot, actions, saved, ("Chris", "2468"))
    try:
        assert [row[0] for row in other.execute("SELECT code FROM box")] == [wh.box_codes[0]]
    finally:
        other.close()
    # The window's own connection carries on: the next scan is in the restored database.
    assert bench.scan(wh.jackets.code).ok and bench.scan(wh.box_codes[2]).ok
    assert {b.code for b in Box.select()} == {wh.box_codes[0], wh.box_codes[2]}


def test_restore_runs_off_the_gui_thread_and_a_scan_meanwhile_is_refused_not_lost(
    qtbot, warehouse_db: Path, shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the backup is written (held here on a gate, as a slow disk would), the GUI
    thread keeps running, and a scan at the bench is refused at once with a message that
    says nothing was recorded; scanned again after the restore, it is recorded."""
    import threading

    from ui.messages import tr_message
    from warehouse_desktop.errors import StorageError

    wh = small_warehouse(boxes=3)
    auth.set_pin("Chris", "2468")
    bench = BenchService("b", operator="Tester")
    assert bench.scan(wh.jackets.code).ok
    assert bench.scan(wh.box_codes[0]).ok
    saved = backup.backup_sqlite(warehouse_db)
    gate, started = threading.Event(), threading.Event()
    real_restore = backup.restore_sqlite

    def slow_restore(db_path: Path, source: Path) -> Path | None:
        started.set()
        assert gate.wait(20)
        return real_restore(db_path, source)

    monkeypatch.setattr(backup, "restore_sqlite", slow_restore)
    window = _Window()
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.menuBar().addMenu("File"))
    with qtbot.waitSignal(actions.restored, timeout=20_000):
        assert actions.restore(str(saved), credentials=("Chris", "2468"))
        assert started.wait(10)
        # The GUI thread is free: this runs while the worker holds the restore.
        assert actions.restoring and not actions.restore_action.isEnabled()
        assert not actions.restore(str(saved), credentials=("Chris", "2468"))  # one at a time
        with pytest.raises(StorageError) as refused:
            bench.scan(wh.box_codes[1])
        assert refused.value.key == "restore_in_progress"
        assert "nothing was recorded" in tr_message(refused.value.key, refused.value.args_)
        assert "Restoring" in window.statusBar().currentMessage()
        gate.set()
    assert not actions.restoring and actions.restore_action.isEnabled()
    assert window.reloaded == 1
    assert [b.code for b in Box.select()] == [wh.box_codes[0]]
    # After the restore the same scan is recorded.
    assert bench.scan(wh.box_codes[1]).ok
    assert {b.code for b in Box.select()} == {wh.box_codes[0], wh.box_codes[1]}


def test_a_scan_in_the_window_during_a_restore_shows_red_and_says_scan_again(
    qtbot, small_warehouse, tmp_path: Path, shown
) -> None:
    """The bench window: red banner, error sound, a log line; the box is not made."""
    from PySide6.QtCore import QSettings

    from ui.app import build_window
    from warehouse_desktop import volunteers
    from warehouse_desktop.codes import CodeKind
    from warehouse_desktop.db import writes_paused
    from warehouse_desktop.models import Category
    from warehouse_desktop.numbering import reserve_codes

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-r", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    try:
        window = session.window
        card = volunteers.add_volunteer("Ana", coordinator="Sam", pin="4321").card_code
        assert window.handle_scan(card).ok  # Ana signs in with her card
        window.service.set_template(Category.get(Category.name == "Sleeping bags").id)
        code = reserve_codes(CodeKind.BOX, 1)[0]
        import threading

        holding, release = threading.Event(), threading.Event()

        def restore_in_progress() -> None:
            with writes_paused():
                holding.set()
                release.wait(20)

        worker = threading.Thread(target=restore_in_progress)
        worker.start()
        try:
            assert holding.wait(10)
            assert window.handle_scan(code) is None  # refused before anything is written
            assert "nothing was recorded" in window.bench.banner.text()
        finally:
            release.set()
            worker.join()
        assert Box.select().where(Box.code == code).count() == 0
        result = window.handle_scan(code)
        assert result is not None and result.ok  # scanned again: made
    finally:
        session.app.removeEventFilter(session.scan_filter)
