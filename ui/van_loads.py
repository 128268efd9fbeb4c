"""Van loads: create a load, see what is on it while loading, dispatch it, open its manifest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.messages import STATE_NAMES, name, tr_message
from ui.widgets import message_of
from warehouse_desktop import catalogue
from warehouse_desktop.bench import BenchService, ScanResult
from warehouse_desktop.errors import WarehouseError


def _tr(text: str) -> str:
    return QCoreApplication.translate("VanLoads", text)


class VanLoadsView(QWidget):
    """Loads on the left, the chosen load's boxes on the right."""

    result = Signal(object)  # ScanResult of create/dispatch, shown on the bench banner too

    def __init__(
        self,
        service: BenchService,
        *,
        manifest: Callable[[str], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._manifest = manifest
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.destination = QLineEdit(self)
        self.destination.setMaxLength(80)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(200)
        self.destination_label = QLabel(self)
        self.destination_label.setBuddy(self.destination)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes)
        form.addRow(self.destination_label, self.destination)
        form.addRow(self.notes_label, self.notes)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_load)
        self.destination.returnPressed.connect(self.create_load)
        self.dispatch_button = QPushButton(self)
        self.dispatch_button.clicked.connect(self.dispatch)
        self.manifest_button = QPushButton(self)
        self.manifest_button.clicked.connect(self.open_manifest)
        for button in (self.create_button, self.dispatch_button, self.manifest_button):
            button.setMinimumHeight(40)
            row.addWidget(button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.loads = QTableWidget(0, 4, splitter)
        self.loads.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loads.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loads.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loads.verticalHeader().setVisible(False)
        self.loads.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.loads.itemSelectionChanged.connect(self.show_contents)
        self.contents = QTableWidget(0, 4, splitter)
        self.contents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contents.verticalHeader().setVisible(False)
        self.contents.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(splitter, 1)
        self._codes: list[str] = []
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.destination_label.setText(_tr("&Destination:"))
        self.notes_label.setText(_tr("Driver / &notes:"))
        self.create_button.setText(_tr("&Create load and start loading"))
        self.dispatch_button.setText(_tr("D&ispatch selected load"))
        self.manifest_button.setText(_tr("Open &manifest"))
        self.loads.setHorizontalHeaderLabels(
            [_tr("Van load"), _tr("Destination"), _tr("State"), _tr("Boxes")]
        )
        self.contents.setHorizontalHeaderLabels(
            [_tr("Box"), _tr("Category"), _tr("Size"), _tr("Items")]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        selected = self.selected_code()
        try:
            loads = catalogue.list_van_loads()
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self._codes = [load.code for load in loads]
        self.loads.setRowCount(len(loads))
        for row, load in enumerate(loads):
            for column, text in enumerate(
                [load.code, load.destination, name(STATE_NAMES, load.state), str(load.boxes)]
            ):
                self.loads.setItem(row, column, QTableWidgetItem(text))
        if selected in self._codes:
            self.loads.selectRow(self._codes.index(selected))
        elif self._codes:
            self.loads.selectRow(0)
        self.show_contents()

    def selected_code(self) -> str | None:
        rows = self.loads.selectionModel().selectedRows() if self.loads.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def show_contents(self) -> None:
        code = self.selected_code()
        boxes = []
        if code:
            try:
                boxes = catalogue.van_load_boxes(code)
            except WarehouseError as exc:
                self.status.setText(message_of(exc))
        self.contents.setRowCount(len(boxes))
        for row, (box, category, size, quantity) in enumerate(boxes):
            for column, text in enumerate([box, category, size, str(quantity)]):
                self.contents.setItem(row, column, QTableWidgetItem(text))

    def _after(self, result: ScanResult) -> None:
        self.status.setText(tr_message(result.message, result.args))
        self.result.emit(result)
        self.reload()

    def create_load(self) -> None:
        destination = " ".join(self.destination.text().split())
        if not destination:
            self.status.setText(_tr("Type where the van goes first"))
            self.destination.setFocus()
            return
        try:
            result = self.service.create_van_load(destination, self.notes.text().strip())
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.destination.clear()
        self.notes.clear()
        self._after(result)

    def dispatch(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        try:
            # Dispatch goes through the bench: select the load, then DISPATCH, as the cards do.
            selected = self.service.scan(code)
            result = self.service.dispatch() if selected.ok else selected
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self._after(result)

    def open_manifest(self) -> None:
        code = self.selected_code()
        if code is None or self._manifest is None:
            self.status.setText(_tr("The manifest cannot be made on this computer"))
            return
        try:
            path = self._manifest(code)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        if path is not None:
            self.status.setText(_tr("Manifest saved to {path}").format(path=str(path)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
