"""Opening the bench window: maximised, and the day's first backup taken only once the
window is up, on a worker thread, so the first start of a day is as quick as any other."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import app as ui_app
from warehouse_desktop import backup, cli
from warehouse_desktop.errors import StorageError


@pytest.fixture
def user_settings(tmp_path: Path) -> None:
    # run_window uses the per-user settings: keep them in the test's folder.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


def _daily_backups(db: Path) -> list[Path]:
    folder = db.parent / "backups"
    return sorted(folder.glob("*-daily.db")) if folder.exists() else []


def test_window_opens_maximised_then_backs_up_off_the_gui_thread(
    small_warehouse: Path, qtbot, monkeypatch, user_settings
) -> None:
    events: list[tuple[str, bool]] = []
    sessions: list[ui_app.Session] = []
    build, show, daily = ui_app.build_window, ui_app.show_window, backup.daily_backup_if_due

    def building(**kwargs):
        session = build(**{**kwargs, "audio": False, "sign_in": False})
        sessions.append(session)
        return session

    def showing(session: ui_app.Session) -> None:
        show(session)
        window = session.window
        # Maximised, and as large as the screen even where no window manager maximises
        # anything (a kiosk X server; the offscreen platform here).
        fills = window.frameGeometry().contains(window.screen().availableGeometry())
        events.append(("shown", window.isMaximized() and fills))

    def backing_up(path: Path, today=None):
        events.append(("backup", threading.current_thread() is threading.main_thread()))
        return daily(path, today)

    def exec_until_backed_up(_app: QApplication) -> int:
        qtbot.waitUntil(lambda: len(events) == 2, timeout=20000)
        worker = sessions[0].window.findChild(ui_app.DailyBackup)
        assert worker is not None and worker.backup_thread is not None
        worker.backup_thread.join(20)
        return 0

    monkeypatch.setattr(ui_app, "build_window", building)
    monkeypatch.setattr(ui_app, "show_window", showing)
    monkeypatch.setattr(backup, "daily_backup_if_due", backing_up)
    monkeypatch.setattr(QApplication, "exec", exec_until_backed_up)
    before = signal.getsignal(signal.SIGINT)
    try:
        assert ui_app.run_window(SimpleNamespace(bench="bench-1", lang="en")) == 0
    finally:
        signal.signal(signal.SIGINT, before)
        for session in sessions:
            session.app.removeEventFilter(session.scan_filter)
            session.window.close()
            session.window.deleteLater()
    # Shown first, maximised; the copy came after, on another thread, and was written.
    assert events == [("shown", True), ("backup", False)]
    assert len(_daily_backups(small_warehouse)) == 1


def test_the_command_opens_the_window_before_any_backup(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "warehouse.db"
    assert cli.main(["init", "--db", str(db)]) == 0
    seen: list[list[Path]] = []

    def open_window(args) -> int:
        seen.append(_daily_backups(db))
        return 0

    monkeypatch.setattr(ui_app, "run_window", open_window)  # the `window` command's handler
    assert cli.main(["--db", str(db), "--bench", "bench-1"]) == 0
    assert seen == [[]]  # nothing copied before the window


def test_a_failed_daily_backup_is_said_in_the_status_bar(small_warehouse, qtbot, monkeypatch,
                                                         tmp_path) -> None:  # fmt: skip
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = ui_app.build_window(settings=settings, audio=False, sign_in=False)
    qtbot.addWidget(session.window)
    session.app.removeEventFilter(session.scan_filter)

    def disk_full(path: Path, today=None):
        raise StorageError("backup_failed", target=str(path), detail="No space left on device")

    monkeypatch.setattr(backup, "daily_backup_if_due", disk_full)
    worker = ui_app.DailyBackup(session.window)
    with qtbot.waitSignal(worker.failed, timeout=10000):
        worker.start()
    worker.backup_thread.join(10)
    assert "No space left on device" in session.window.statusBar().currentMessage()
