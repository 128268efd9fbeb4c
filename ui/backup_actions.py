"""Backup and restore from the window: "Back up now" and "Restore a backup…".

Back up now copies the database with SQLite's online backup API off the GUI thread; the
copy is verified before it is reported.  Restoring asks for the coordinator PIN, checks
the chosen file (its schema against the program's own, every stored value) before
anything is replaced, takes a verified backup of what it replaces, and writes the backup
into the open database: the window, and any other bench on the same file, keeps its
connection and sees the restored data at its next scan.

The restore itself runs on a worker thread: the window keeps answering.  A scan made
meanwhile at this bench is refused at once, red, with "nothing was recorded, scan again"
(`db.writes_paused`): it is neither lost silently nor queued to land on data the
volunteer did not see.

    from ui.backup_actions import install_backup_actions
    install_backup_actions(main_window, menu)

`main_window` needs `ask_pin(reason) -> (name, pin) | None` (the PIN dialog) and may have
`reload_after_restore()`, called on the GUI thread once the restored database is in place.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ui.messages import tr_message
from ui.worker import run_in_background
from warehouse_desktop import auth, backup, config
from warehouse_desktop.db import sqlite_path, writes_paused
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.migrations import ensure_schema


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


class BackupRunner(QObject):
    """Runs one backup on a worker thread and reports back on the GUI thread."""

    finished = Signal(str)  # path written
    failed = Signal(str)  # message, already translated

    def start(self, db_path: Path) -> threading.Thread:
        return run_in_background(
            lambda: backup.backup_sqlite(db_path),
            owner=self,
            done=lambda written: self.finished.emit(str(written)),
            failed=lambda exc: self.failed.emit(_failure_text(exc, "backup_failed", db_path)),
            name="backup",
        )


class RestoreRunner(QObject):
    """Restores one checked backup on a worker thread; reports back on the GUI thread."""

    finished = Signal(str, str)  # the backup restored, the copy kept of what it replaced
    failed = Signal(str)  # message, already translated

    def start(self, db_path: Path, source: Path) -> threading.Thread:
        return run_in_background(
            lambda: self._restore(db_path, source),
            owner=self,
            done=lambda kept: self.finished.emit(str(source), str(kept or "-")),
            failed=lambda exc: self.failed.emit(_failure_text(exc, "restore_failed", source)),
            name="restore",
        )

    @staticmethod
    def _restore(db_path: Path, source: Path) -> Path | None:
        with writes_paused():
            # Checked, then written into the open database: no file is swapped.
            kept = backup.restore_sqlite(db_path, source)
            # A backup from an older version climbs to this one now.
            ensure_schema()
        return kept


def _failure_text(exc: Exception, key: str, path: Path) -> str:
    """The message of a failed backup or restore (`key` when the cause is unexpected)."""
    if isinstance(exc, WarehouseError):
        return tr_message(exc.key, exc.args_)
    return tr_message(key, {"path": str(path), "target": str(path), "detail": str(exc)})


class BackupActions(QObject):
    """The two menu actions and what they do."""

    restored = Signal(str, str)  # backup restored, copy kept of the replaced data
    restore_failed = Signal(str)  # the message shown

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.runner = BackupRunner(self)
        self.runner.finished.connect(self._backup_done)
        self.runner.failed.connect(self._backup_failed)
        self.restore_runner = RestoreRunner(self)
        self.restore_runner.finished.connect(self._restore_done)
        self.restore_runner.failed.connect(self._restore_failed)
        self.restoring = False
        self.backup_action = QAction(_tr("Back up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(_tr("Restore a backup…"), self)
        self.restore_action.triggered.connect(self.restore)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        shared = sqlite_path() is None
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(not shared)
            if shared:
                action.setToolTip(tr_message("backup_sqlite_only", {}))

    def retranslate(self) -> None:
        self.backup_action.setText(_tr("Back up now"))
        self.restore_action.setText(_tr("Restore a backup…"))

    # --- back up ----------------------------------------------------------------------

    def back_up_now(self) -> threading.Thread | None:
        path = sqlite_path()
        if path is None:
            return None
        self.backup_action.setEnabled(False)
        return self.runner.start(path)

    def _backup_done(self, written: str) -> None:
        self.backup_action.setEnabled(True)
        QMessageBox.information(
            self.window, _tr("Backup"), tr_message("backup_done", {"path": written})
        )

    def _backup_failed(self, message: str) -> None:
        self.backup_action.setEnabled(True)
        QMessageBox.warning(self.window, _tr("Backup"), message)

    # --- restore ----------------------------------------------------------------------

    def restore(
        self, chosen: str | None = None, credentials: tuple[str, str] | None = None
    ) -> bool:
        """Restore `chosen` (asked for when None) on a worker thread; True when it started.

        `restored` or `restore_failed` says how it ended, on the GUI thread."""
        db_path = sqlite_path()
        if db_path is None or self.restoring:
            return False
        if credentials is None:
            ask: Any = getattr(self.window, "ask_pin", None)
            credentials = ask(_tr("Restore a backup")) if ask else None
            if credentials is None:
                return False
        try:
            auth.require_coordinator(*credentials)
        except WarehouseError as exc:
            QMessageBox.warning(self.window, _tr("Restore"), tr_message(exc.key, exc.args_))
            return False
        if chosen is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                _tr("Choose the backup to restore"),
                str(config.backup_dir_for(db_path)),
                _tr("Warehouse backups (*.db)"),
            )
            if not chosen:
                return False
        self.restoring = True
        self.restore_action.setEnabled(False)
        self.backup_action.setEnabled(False)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(_tr("Restoring {path}… scans are not recorded until it is done").format(
                path=chosen))  # fmt: skip
        self.restore_runner.start(db_path, Path(chosen))
        return True

    def _finish_restore(self) -> None:
        self.restoring = False
        self.restore_action.setEnabled(True)
        self.backup_action.setEnabled(True)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().clearMessage()

    def _restore_done(self, source: str, kept: str) -> None:
        self._finish_restore()
        reload = getattr(self.window, "reload_after_restore", None)
        if reload is not None:
            reload()
        self.restored.emit(source, kept)
        QMessageBox.information(
            self.window,
            _tr("Restore"),
            tr_message("restore_done", {"path": source, "kept": kept}),
        )

    def _restore_failed(self, message: str) -> None:
        self._finish_restore()
        self.restore_failed.emit(message)
        QMessageBox.warning(self.window, _tr("Restore"), message)


def install_backup_actions(window: QWidget, menu: QMenu) -> BackupActions:
    """Add "Back up now" and "Restore a backup…" to `menu`; keep the returned object alive."""
    actions = BackupActions(window, menu)
    window.setProperty("backup_actions", True)
    return actions
