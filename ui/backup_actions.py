"""Backup and restore from the window: "Back up now" and "Restore a backup…".

Back up now copies the database with SQLite's online backup API off the GUI thread; the
copy is verified before it is reported.  Restoring asks for the coordinator PIN, checks
the chosen file (its schema against the program's own, every stored value) before
anything is replaced, takes a verified backup of what it replaces, and writes the backup
into the open database: the window, and any other bench on the same file, keeps its
connection and sees the restored data at its next scan.

    from ui.backup_actions import install_backup_actions
    install_backup_actions(main_window, menu)

`main_window` needs `ask_pin(reason) -> (name, pin) | None` (the PIN dialog) and may have
`reload_after_restore()`, called once the restored database is open.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ui.messages import tr_message
from warehouse_desktop import auth, backup, config
from warehouse_desktop.db import sqlite_path
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.migrations import ensure_schema


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


class BackupRunner(QObject):
    """Runs one backup on a worker thread and reports back on the GUI thread."""

    finished = Signal(str)  # path written
    failed = Signal(str)  # message, already translated

    def start(self, db_path: Path) -> threading.Thread:
        worker = threading.Thread(target=self._run, args=(db_path,), daemon=True)
        worker.start()
        return worker

    def _run(self, db_path: Path) -> None:
        try:
            written = backup.backup_sqlite(db_path)
        except WarehouseError as exc:
            self.failed.emit(tr_message(exc.key, exc.args_))
            return
        self.finished.emit(str(written))


class BackupActions(QObject):
    """The two menu actions and what they do."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.runner = BackupRunner(self)
        self.runner.finished.connect(self._backup_done)
        self.runner.failed.connect(self._backup_failed)
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
        """Restore `chosen` (asked for when None); True when the database was replaced."""
        db_path = sqlite_path()
        if db_path is None:
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
        source = Path(chosen)
        try:
            # Checked, then written into the open database: no file is swapped.
            kept = backup.restore_sqlite(db_path, source)
            # A backup from an older version climbs to this one now.
            ensure_schema()
        except WarehouseError as exc:
            QMessageBox.warning(self.window, _tr("Restore"), tr_message(exc.key, exc.args_))
            return False
        reload = getattr(self.window, "reload_after_restore", None)
        if reload is not None:
            reload()
        QMessageBox.information(
            self.window,
            _tr("Restore"),
            tr_message("restore_done", {"path": str(source), "kept": str(kept or "-")}),
        )
        return True


def install_backup_actions(window: QWidget, menu: QMenu) -> BackupActions:
    """Add "Back up now" and "Restore a backup…" to `menu`; keep the returned object alive."""
    actions = BackupActions(window, menu)
    window.setProperty("backup_actions", True)
    return actions
