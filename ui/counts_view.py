"""Stock-takes: past counts (newest first) with their count reports, and the Missing list.

A count is recorded by the bench's DONE.  Boxes it did not find are missing: out of the
stock totals and listed here until they are scanned again anywhere (found) or a
coordinator marks them lost with the PIN.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import category_name, size_name
from ui.table_models import NUMBER, Column, RowTableModel, select_row
from ui.widgets import AskPin, message_of
from warehouse_desktop import catalogue, counts, localtime
from warehouse_desktop.counts import CountRow, MissingBox
from warehouse_desktop.errors import WarehouseError

# Starts making the count report of a count (by id) and opens it when ready; False when
# it cannot be made here (or another report is still being made).
CountReport = Callable[[int], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Counts", text)


def _when(at: dt.datetime | None) -> str:
    # Rows are read through `localtime.localised`: `at` is already the warehouse's time.
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else ""


COUNT_COLUMNS = (
    Column(lambda: _tr("Finished"), lambda row: _when(row.done_at)),
    Column(lambda: _tr("Location"), lambda row: f"{row.location_name} ({row.location})"),
    Column(lambda: _tr("Counted by"), lambda row: row.operator),
    Column(lambda: _tr("Bench"), lambda row: row.bench),
    Column(lambda: _tr("Found"), lambda row: row.found, NUMBER),
    Column(
        lambda: _tr("Missing"),
        lambda row: row.missing,
        NUMBER,
        foreground=lambda row: "#b3261e" if row.missing else None,
    ),
    Column(lambda: _tr("Recorded elsewhere"), lambda row: row.elsewhere, NUMBER),
)
# Missing rows hold the category's names (`_category_names`) to show it in this language.
MISSING_COLUMNS = (
    Column(lambda: _tr("Box"), lambda box: box.code),
    Column(
        lambda: _tr("Category"),
        lambda box: category_name(box.category, _category_names.get(box.category)),
    ),
    Column(lambda: _tr("Size"), lambda box: size_name(box.size)),
    Column(lambda: _tr("Items"), lambda box: box.quantity, NUMBER),
    Column(lambda: _tr("Expected at"), lambda box: f"{box.location_name} ({box.location})"),
    Column(lambda: _tr("Missing since"), lambda box: _when(box.since)),
)


# English category name -> its other names, read when the Missing list is read.
_category_names: dict[str, dict[str, str]] = {}


def _fetch_counts(offset: int, limit: int) -> list[CountRow]:
    return localtime.localised(
        counts.list_counts(offset=offset, limit=limit), "done_at", "started_at"
    )


def _table(view: QTableView, *, many: bool = False) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


class CountsView(QWidget):
    """Counts on top (read a page at a time), the Missing list below."""

    box_opened = Signal(str)

    def __init__(
        self,
        ask_pin: AskPin,
        *,
        bench: str = "",
        report: CountReport | None = None,
        page_size: int = counts.PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask_pin = ask_pin
        self._bench = bench
        self._report = report
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)

        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.counts_caption = QLabel(top)
        top_layout.addWidget(self.counts_caption)
        self.count_model = RowTableModel(
            COUNT_COLUMNS, key=lambda row: row.id, fetch=_fetch_counts, page_size=page_size,
            parent=self,
        )  # fmt: skip
        self.counts = QTableView(top)
        _table(self.counts)
        self.counts.setModel(self.count_model)
        self.counts.activated.connect(lambda _index: self.open_report())
        self.counts.doubleClicked.connect(lambda _index: self.open_report())
        top_layout.addWidget(self.counts, 1)
        row = QHBoxLayout()
        self.report_button = QPushButton(top)
        self.report_button.setMinimumHeight(40)
        self.report_button.clicked.connect(self.open_report)
        row.addWidget(self.report_button)
        row.addStretch(1)
        top_layout.addLayout(row)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.missing_caption = QLabel(bottom)
        bottom_layout.addWidget(self.missing_caption)
        self.missing_model = RowTableModel(MISSING_COLUMNS, key=lambda box: box.code, parent=self)
        self.missing = QTableView(bottom)
        _table(self.missing, many=True)
        self.missing.setModel(self.missing_model)
        self.missing.doubleClicked.connect(self._open_box)
        bottom_layout.addWidget(self.missing, 1)
        row = QHBoxLayout()
        self.lost_button = QPushButton(bottom)
        self.lost_button.setMinimumHeight(40)
        self.lost_button.clicked.connect(self.mark_lost)
        row.addWidget(self.lost_button)
        row.addStretch(1)
        bottom_layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.count_model.failed.connect(self.status.setText)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.counts_caption.setText(_tr("Stock-takes done (newest first)"))
        self.report_button.setText(_tr("Open the count &report"))
        self.missing_caption.setText(
            _tr("Missing boxes: not found where they were counted; scanning one finds it")
        )
        self.lost_button.setText(_tr("Mark selected &lost (coordinator)…"))
        self.count_model.retranslate()
        self.missing_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the Missing list's names are shown in the new language
        super().changeEvent(event)

    def reload(self) -> None:
        self.count_model.reload()
        try:
            _category_names.clear()
            _category_names.update({c.name: c.names for c in catalogue.list_categories()})
            self.missing_model.set_rows(localtime.localised(counts.missing_boxes(), "since"))
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
        if self.count_model.rowCount() and not self.counts.selectionModel().selectedRows():
            select_row(self.counts, 0)

    def selected_count(self) -> CountRow | None:
        rows = self.counts.selectionModel().selectedRows()
        return self.count_model.row_at(rows[0].row()) if rows else None

    def selected_missing(self) -> list[MissingBox]:
        rows = sorted(index.row() for index in self.missing.selectionModel().selectedRows())
        return [b for b in (self.missing_model.row_at(i) for i in rows) if b is not None]

    def open_report(self) -> bool:
        """The selected count's report, made off the GUI thread and opened in the print
        preview when ready."""
        count = self.selected_count()
        if count is None:
            self.status.setText(_tr("Choose a stock-take first"))
            return False
        if self._report is None or not self._report(count.id):
            self.status.setText(_tr("The count report cannot be made on this computer"))
            return False
        self.status.setText(_tr("Making the count report…"))
        return True

    def mark_lost(self) -> int:
        """A coordinator gives up on the selected missing boxes (PIN): they become lost."""
        boxes = self.selected_missing()
        if not boxes:
            self.status.setText(_tr("Choose the missing boxes to mark lost"))
            return 0
        credentials = self._ask_pin(
            _tr("Mark {count} missing boxes lost: {codes}").format(
                count=len(boxes), codes=", ".join(b.code for b in boxes[:10])
            )
        )
        if credentials is None:
            return 0
        coordinator, pin = credentials
        try:
            done = counts.mark_missing_lost(
                [b.code for b in boxes], coordinator=coordinator, pin=pin, bench=self._bench
            )
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            self.reload()
            return 0
        self.status.setText(_tr("{count} boxes marked lost").format(count=done))
        self.reload()
        return done

    def _open_box(self, index: QModelIndex) -> None:
        code = self.missing_model.key_at(index.row())
        if code is not None:
            self.box_opened.emit(str(code))
