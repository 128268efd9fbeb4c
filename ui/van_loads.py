"""Van loads: create a load, see what is on it while loading, dispatch it, open its manifest.

Dispatch asks first, in a dialog that names the van (code, destination, boxes, items) and
acts on exactly that van.  A coordinator can reopen a dispatched van with the PIN.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr_plural
from ui.messages import COUNTED_PHRASES, STATE_NAMES, category_name, name, size_name, tr_message
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import AskPin, ReadingView, message_of
from warehouse_desktop import catalogue, localtime
from warehouse_desktop.bench import BenchService, ScanResult
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.models import VanLoadState
from warehouse_desktop.stock import VanLoadSummary


def _tr(text: str) -> str:
    return QCoreApplication.translate("VanLoads", text)


TIME_PATTERN = "%Y-%m-%d %H:%M"


def _when(at: dt.datetime | None) -> str:
    # Rows are read through `localtime.localised`: `at` is already the warehouse's time.
    return at.strftime(TIME_PATTERN) if at is not None else ""


LOAD_COLUMNS = (
    Column(lambda: _tr("Van load"), lambda load: load.code),
    # A long destination is cut with "…" in its column; the tooltip shows all of it.
    Column(
        lambda: _tr("Destination"),
        lambda load: load.destination,
        tooltip=lambda load: "\n".join(t for t in (load.destination, load.notes) if t),
    ),
    Column(lambda: _tr("State"), lambda load: name(STATE_NAMES, load.state)),
    Column(lambda: _tr("Boxes"), lambda load: load.boxes, NUMBER),
    Column(lambda: _tr("Created"), lambda load: _when(load.created_at)),
    Column(lambda: _tr("Dispatched"), lambda load: _when(load.dispatched_at)),
)
DESTINATION_COLUMN = 1
# The rows shown for catalogue.van_load_boxes: (box code, category, size, quantity), the
# category and size already in the window's language.
BOX_COLUMNS = (
    Column(lambda: _tr("Box"), lambda box: box[0]),
    Column(lambda: _tr("Category"), lambda box: box[1], tooltip=lambda box: box[1]),
    Column(lambda: _tr("Size"), lambda box: box[2]),
    Column(lambda: _tr("Items"), lambda box: box[3], NUMBER),
)


class DispatchDialog(QMessageBox):
    """ "Dispatch van load V00012 to Grande-Synthe: 14 boxes, 230 items?"  The van is
    named, so nobody dispatches the wrong one; `summary.code` is what is acted on."""

    def __init__(self, summary: VanLoadSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setTextFormat(Qt.TextFormat.PlainText)  # a destination is typed by a person
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(_tr("Dispatch van load"))
        self.setText(
            _tr("Dispatch van load {code} to {destination}?").format(
                code=summary.code, destination=summary.destination
            )
        )
        self.setInformativeText(
            _tr("{boxes}, {items}. They leave the stock.").format(
                boxes=tr_plural("Messages", COUNTED_PHRASES["boxes"], summary.boxes),
                items=tr_plural("Messages", COUNTED_PHRASES["items"], summary.items),
            )
        )
        self.dispatch_button = self.addButton(
            _tr("Dispatch {code}").format(code=summary.code), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(_tr("Not yet"), QMessageBox.ButtonRole.RejectRole)
        # Enter must not send a van away by accident.
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


def _fetch_loads(offset: int, limit: int) -> list[catalogue.VanLoadRow]:
    loads = catalogue.list_van_loads(offset=offset, limit=limit)
    return localtime.localised(loads, "created_at", "dispatched_at")


def _table(view: QTableView, stretch: int) -> None:
    """Rows selected whole, text on one line cut with "…"; column `stretch` takes the room
    left, the others are as wide as their contents (set in `_size_columns`)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)


class VanLoadsView(ReadingView):
    """Loads on the left (read a page at a time as the list scrolls), the chosen load's
    boxes on the right; `box_opened(code)` on Enter/double-click on one of them."""

    result = Signal(object)  # ScanResult of create/dispatch, shown on the bench banner too
    box_opened = Signal(str)

    def __init__(
        self,
        service: BenchService,
        *,
        manifest: Callable[[str], Path | None] | None = None,
        ask_pin: AskPin | None = None,
        page_size: int = catalogue.VAN_LOAD_PAGE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._manifest = manifest
        self._ask_pin = ask_pin
        self.dispatch_dialog: DispatchDialog | None = None
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
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self.reopen)
        for button in (
            self.create_button,
            self.dispatch_button,
            self.reopen_button,
            self.manifest_button,
        ):
            button.setMinimumHeight(40)
            row.addWidget(button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.load_model = RowTableModel(
            LOAD_COLUMNS,
            key=lambda load: load.code,
            fetch=_fetch_loads,
            page_size=page_size,
            parent=self,
        )
        self.load_model.failed.connect(self.status.setText)
        self.loads = QTableView(splitter)
        _table(self.loads, DESTINATION_COLUMN)
        self.loads.setModel(self.load_model)
        self.loads.selectionModel().selectionChanged.connect(lambda *_: self.show_contents())
        self.contents_model = RowTableModel(BOX_COLUMNS, key=lambda box: box[0], parent=self)
        self.contents = QTableView(splitter)
        _table(self.contents, 1)
        self.contents.setModel(self.contents_model)
        self.contents.activated.connect(self._open_box)
        self.contents.doubleClicked.connect(self._open_box)
        # The loads (with their dates) get the larger share of a 1024-pixel window.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.destination_label.setText(_tr("&Destination:"))
        self.notes_label.setText(_tr("Driver / &notes:"))
        self.create_button.setText(_tr("&Create load and start loading"))
        self.dispatch_button.setText(_tr("D&ispatch selected load…"))
        self.reopen_button.setText(_tr("&Reopen dispatched load (coordinator)…"))
        self.manifest_button.setText(_tr("Open &manifest"))
        self.load_model.retranslate()
        self.contents_model.retranslate()
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from the longest text a column can hold (headers in this language),
        not from the rows: a date always fits, the destination takes what is left."""
        metrics = self.loads.fontMetrics()
        pad = (
            2 * self.loads.style().pixelMetric(self.loads.style().PixelMetric.PM_HeaderMargin) + 16
        )

        def width(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        date = "2026-12-31 23:59"
        widths = {
            0: width("V0000000XX", LOAD_COLUMNS[0].header()),
            2: width(*(name(STATE_NAMES, s.value) for s in VanLoadState), LOAD_COLUMNS[2].header()),
            3: width("9999", LOAD_COLUMNS[3].header()),
            4: width(date, LOAD_COLUMNS[4].header()),
            5: width(date, LOAD_COLUMNS[5].header()),
        }
        for column, pixels in widths.items():
            self.loads.setColumnWidth(column, pixels)
        box_widths = {
            0: width("B0000000XX", BOX_COLUMNS[0].header()),
            2: width("XXXL", BOX_COLUMNS[2].header()),
            3: width("999", BOX_COLUMNS[3].header()),
        }
        for column, pixels in box_widths.items():
            self.contents.setColumnWidth(column, pixels)

    def reload(self) -> None:
        selected = self.selected_code()
        if not self.load_model.reload():  # the error is on the status line
            return
        row = self.load_model.row_of(selected)
        if row < 0 and self.load_model.rowCount():
            row = 0
        self.loads.clearSelection()
        if row >= 0:
            self.loads.selectRow(row)  # shows its boxes
        else:
            self.show_contents()

    def selected_code(self) -> str | None:
        rows = self.loads.selectionModel().selectedRows()
        if not rows:
            return None
        code = self.load_model.key_at(rows[0].row())
        return str(code) if code is not None else None

    def selected_state(self) -> str | None:
        rows = self.loads.selectionModel().selectedRows()
        load = self.load_model.row_at(rows[0].row()) if rows else None
        return load.state if load is not None else None

    def show_contents(self) -> None:
        state = self.selected_state()
        self.dispatch_button.setEnabled(state == VanLoadState.LOADING.value)
        self.reopen_button.setEnabled(state == VanLoadState.DISPATCHED.value)
        code = self.selected_code()
        boxes: list[tuple[str, str, str, int]] = []
        if code:
            try:
                names = {c.name: c.names for c in catalogue.list_categories()}
                boxes = [
                    (box, category_name(category, names.get(category)), size_name(size), items)
                    for box, category, size, items in catalogue.van_load_boxes(code)
                ]
            except WarehouseError as exc:
                self.status.setText(message_of(exc))
        self.contents_model.set_rows(boxes)

    def _open_box(self, index: QModelIndex) -> None:
        code = self.contents_model.key_at(index.row())
        if code is not None:
            self.box_opened.emit(str(code))

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

    def dispatch(self) -> DispatchDialog | None:
        """Ask, naming the van shown selected; on yes dispatch exactly that van."""
        code = self.selected_code()
        if code is None:
            self.status.setText(_tr("Choose the van load to dispatch first"))
            return None
        try:
            summary = self.service.van_summary(code)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return None
        dialog = DispatchDialog(summary, self)
        dialog.accepted.connect(lambda: self._dispatch(summary.code))
        self.dispatch_dialog = dialog
        dialog.open()
        return dialog

    def _dispatch(self, code: str) -> None:
        try:
            result = self.service.dispatch_van(code)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self._after(result)

    def reopen(self) -> None:
        """A coordinator takes a dispatched van back (PIN): its boxes are loading again."""
        code = self.selected_code()
        if code is None or self._ask_pin is None:
            return
        credentials = self._ask_pin(
            _tr("Reopen van load {code}: its boxes come back as loading").format(code=code)
        )
        if credentials is None:
            return
        coordinator, pin = credentials
        try:
            result = self.service.reopen_van(code, coordinator=coordinator, pin=pin)
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
