"""Warehouse → Export: the spreadsheet exports a coordinator needs, without a terminal.

Boxes, movements, stock, needs (and stock-takes, categories and locations where the core
has them) are written by the same functions as `warehouse-desktop export`: the same
columns, spreadsheet-safe, a file written whole or not at all.  The writing runs on a
worker thread, so a 100,000-row movements file never stops the bench answering scans.

    from ui.export_actions import install_export_actions
    install_export_actions(main_window, warehouse_menu)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ui.i18n import tr_plural
from ui.messages import tr_message
from ui.worker import run_in_background
from warehouse_desktop import exchange, localtime
from warehouse_desktop.errors import WarehouseError

FOLDER_KEY = "export/folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


# What the menu offers, in this order, with its menu text (only those the core exports).
EXPORT_TITLES: dict[str, Callable[[], str]] = {
    "boxes": lambda: _tr("&Boxes…"),
    "movements": lambda: _tr("&Movements (history)…"),
    "stock": lambda: _tr("&Stock by category and size…"),
    "needs": lambda: _tr("&Needs…"),
    "counts": lambda: _tr("Stock-&takes…"),
    "categories": lambda: _tr("&Categories…"),
    "locations": lambda: _tr("&Locations…"),
}


def _failure_text(exc: Exception, path: Path) -> str:
    """One plain sentence for an export that failed."""
    if isinstance(exc, WarehouseError):
        return tr_message(exc.key, exc.args_)
    if isinstance(exc, OSError):
        return _tr("Could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc)
    return _tr("Something went wrong: {error}").format(error=exc)


def _rows_written(count: int) -> str:
    return tr_plural("ExportActions", "%n row(s)", count)


class ExportActions(QObject):
    """The Export submenu and the exports it runs (one at a time)."""

    finished = Signal(str, int, str)  # what, rows, file
    failed = Signal(str)  # one plain sentence

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        settings = getattr(window, "settings", None)
        self.settings: QSettings | None = settings if isinstance(settings, QSettings) else None
        self.busy = False
        self.submenu = menu.addMenu("")
        self.submenu.setObjectName("export-menu")
        self.actions: dict[str, QAction] = {}
        for what in EXPORT_TITLES:
            if what not in exchange.EXPORTS:
                continue
            action = self.submenu.addAction("")
            action.setObjectName(f"export-{what}")
            action.triggered.connect(lambda _checked=False, w=what: self.ask_export(w))
            self.actions[what] = action
        self.finished.connect(self._done)
        self.failed.connect(self._failed)
        self.submenu.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.submenu.setTitle(_tr("&Export (spreadsheet)"))
        for what, action in self.actions.items():
            action.setText(EXPORT_TITLES[what]())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.submenu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- choosing the file ---------------------------------------------------------

    def folder(self) -> Path:
        stored = self.settings.value(FOLDER_KEY, "") if self.settings is not None else ""
        return Path(str(stored)) if stored else Path.home()

    def suggested_file(self, what: str) -> Path:
        return self.folder() / f"{what}-{localtime.today().isoformat()}.csv"

    @Slot()
    def ask_export(self, what: str) -> bool:
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            _tr("Export to a spreadsheet file"),
            str(self.suggested_file(what)),
            _tr("Spreadsheet (CSV) files (*.csv)"),
        )
        if not target:
            return False
        return self.export_to(what, Path(target))

    # --- writing it ----------------------------------------------------------------

    def export_to(self, what: str, path: Path) -> bool:
        """Write the `what` export to `path` on a worker thread; False if one is running."""
        if self.busy:
            self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                _tr("An export is still being written"), 5000
            )
            return False
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(path.parent))
        self.busy = True
        run_in_background(
            lambda: exchange.export(what, path),
            owner=self,
            done=lambda rows: self.finished.emit(what, rows, str(path)),
            failed=lambda exc: self.failed.emit(_failure_text(exc, path)),
            name=f"export-{what}",
        )
        return True

    @Slot(str, int, str)
    def _done(self, _what: str, rows: int, path: str) -> None:
        self.busy = False
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            _tr("Exported {rows} to {path}").format(rows=_rows_written(rows), path=path), 15000
        )

    @Slot(str)
    def _failed(self, message: str) -> QMessageBox:
        self.busy = False
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Not exported"), message,
                          QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, the bench keeps taking scans
        return box


def install_export_actions(window: QWidget, menu: QMenu) -> ExportActions:
    """Add Export ▸ (boxes, movements, stock, needs, …) to `menu` (the Warehouse menu)."""
    return ExportActions(window, menu)
