"""The stock browser: every box, filtered and sorted in SQL, fetched a page at a time.

`BoxTableModel` is the window's lazy `RowTableModel`: it starts with one page and asks for
the next through canFetchMore/fetchMore as the view scrolls, so a warehouse of 100,000 boxes
opens without reading every row.  Double-click or Enter opens the box detail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import GENDER_NAMES, STATE_NAMES, category_name, name, size_name
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import message_of
from warehouse_desktop import inventory, localtime
from warehouse_desktop.catalogue import list_categories, list_locations
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.inventory import BoxFilter, BoxRow
from warehouse_desktop.models import BoxState


def _tr(text: str) -> str:
    return QCoreApplication.translate("StockView", text)


# The expiry filter's choices: expired boxes, or those whose month begins within N days.
EXPIRED = "expired"
EXPIRY_DAYS = (30, 60, 90, 180)


def _when(at: Any) -> str:
    # Rows are read through `localtime.localised`: already the warehouse's time.
    return at.strftime("%Y-%m-%d %H:%M")


class BoxTableModel(RowTableModel):
    """Boxes matching a filter, sorted in SQL, loaded in pages of `page_size` rows."""

    # The box field each column shows, in column order: what a click on its header sorts by.
    FIELDS = (
        "code", "category", "size", "gender", "quantity", "location", "state", "van_load",
        "packed_at", "updated_at", "expires_on",
    )  # fmt: skip

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        page_size: int = inventory.PAGE_SIZE,
        fetch: Callable[..., list[BoxRow]] = inventory.list_boxes,
    ) -> None:
        columns = {
            "code": Column(lambda: _tr("Box"), lambda box: box.code),
            "category": Column(
                lambda: _tr("Category"),
                lambda box: category_name(box.category, self.category_names.get(box.category)),
            ),
            "size": Column(lambda: _tr("Size"), lambda box: size_name(box.size)),
            "gender": Column(lambda: _tr("For"), lambda box: name(GENDER_NAMES, box.gender)),
            "quantity": Column(lambda: _tr("Items"), lambda box: box.quantity, NUMBER),
            "location": Column(
                lambda: _tr("Location"),
                lambda box: f"{box.location_name} ({box.location})" if box.location else "",
            ),
            "state": Column(lambda: _tr("State"), lambda box: name(STATE_NAMES, box.state)),
            "van_load": Column(lambda: _tr("Van load"), lambda box: box.van_load),
            "packed_at": Column(lambda: _tr("Packed"), lambda box: _when(box.packed_at)),
            "updated_at": Column(lambda: _tr("Last change"), lambda box: _when(box.updated_at)),
            "expires_on": Column(
                lambda: _tr("Expires"),
                lambda box: box.expires_on.strftime("%Y-%m") if box.expires_on else "",
            ),
        }
        super().__init__(
            [columns[field] for field in self.FIELDS],
            key=lambda box: box.code,
            fetch=self._page,
            page_size=page_size,
            parent=parent,
        )
        self._list_boxes = fetch
        self._filter = BoxFilter()
        self._sort = "code"
        self._descending = False
        # English category name -> its names in other languages, for the window's language.
        self.category_names: dict[str, dict[str, str]] = {}
        self.restart()

    @property
    def box_filter(self) -> BoxFilter:
        return self._filter

    def set_filter(self, box_filter: BoxFilter, *, force: bool = True) -> None:
        if not force and box_filter == self._filter:
            return
        self._filter = box_filter
        self.restart()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.FIELDS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.FIELDS[column], descending) == (self._sort, self._descending):
            return
        self._sort = self.FIELDS[column]
        self._descending = descending
        self.restart()

    def box_at(self, row: int) -> BoxRow | None:
        return self.row_at(row)

    def _page(self, offset: int, limit: int) -> list[BoxRow]:
        rows = self._list_boxes(
            self._filter, sort=self._sort, descending=self._descending, offset=offset, limit=limit
        )
        # Stored UTC; a person reads the warehouse's local time.
        return localtime.localised(rows, "packed_at", "updated_at")


class StockView(QWidget):
    """Filters above, the box table below; `box_opened(code)` on Enter/double-click."""

    box_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.category = QComboBox(self)
        self.size_filter = QComboBox(self)
        self.state = QComboBox(self)
        self.location = QComboBox(self)
        # Expiry: expired boxes, or those whose month begins within so many days.
        self.expiry = QComboBox(self)
        self.expiry.addItem("", None)
        self.expiry.addItem("", EXPIRED)
        for days in EXPIRY_DAYS:
            self.expiry.addItem("", days)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        for combo in (self.category, self.size_filter, self.state, self.location, self.expiry):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.model = BoxTableModel(self)
        self.model.failed.connect(self.count_label.setText)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        # Typing in the search box filters after a short pause, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.category, self.size_filter, self.state, self.location, self.expiry):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._filling = False
        self._sized = False
        self._shown_once = False
        self.retranslate()
        self.reload_choices()

    def reload_choices(self) -> None:
        self._filling = True
        try:
            categories = list_categories()
            self.model.category_names = {c.name: c.names for c in categories}
            shown = [(category_name(c.name, c.names), c.id) for c in categories]
            self._fill(self.category, sorted(shown, key=lambda item: item[0].casefold()))
            self._fill(self.size_filter, [(size_name(s), s) for s in inventory.box_sizes()])
            self._fill(self.state, [(name(STATE_NAMES, s.value), s.value) for s in BoxState])
            self._fill(self.location, [(f"{x.code} {x.name}", x.id) for x in list_locations()])
        except WarehouseError as exc:
            self.count_label.setText(message_of(exc))
        finally:
            self._filling = False
        self.apply_filter(force=self._shown_once)
        self._shown_once = True

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self._all_text(combo), None)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(found, 0))

    def _all_text(self, combo: QComboBox) -> str:
        return {
            id(self.category): _tr("All categories"),
            id(self.size_filter): _tr("All sizes"),
            id(self.state): _tr("All states"),
            id(self.location): _tr("All locations"),
        }[id(combo)]

    def current_filter(self) -> BoxFilter:
        expiry = self.expiry.currentData()
        return BoxFilter(
            text=self.search.text(),
            category_id=self.category.currentData(),
            size=self.size_filter.currentData(),
            state=self.state.currentData(),
            location_id=self.location.currentData(),
            expiring_within_days=expiry if isinstance(expiry, int) else None,
            expired=expiry == EXPIRED,
        )

    def apply_filter(self, *, force: bool = False) -> None:
        if self._filling:
            return
        box_filter = self.current_filter()
        self.model.set_filter(box_filter, force=force)
        if not self._sized:
            self._size_columns()
        try:
            total = inventory.count_boxes(box_filter)
        except WarehouseError as exc:
            self.count_label.setText(message_of(exc))
            return
        self.count_label.setText(_tr("{count} boxes").format(count=total))

    def _size_columns(self) -> None:
        # Widths from typical contents, not by measuring rows: that would read them all.
        metrics = self.table.fontMetrics()
        samples = {
            "code": "B0000000XX", "category": "Waterproof jackets", "size": "one size",
            "gender": "unisex adult", "quantity": "9999", "location": "Shelf A10 (L0000X)",
            "state": "dispatched", "van_load": "V00000XX", "packed_at": "2026-01-01 00:00",
            "updated_at": "2026-01-01 00:00", "expires_on": "2027-03",
        }  # fmt: skip
        for column, key in enumerate(self.model.FIELDS):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(samples[key]) + 24)
        self._sized = True

    def retranslate(self) -> None:
        self.search_label.setText(_tr("&Search:"))
        self.search.setPlaceholderText(_tr("box code, category or note"))
        for combo in (self.category, self.size_filter, self.state, self.location):
            if combo.count():
                combo.setItemText(0, self._all_text(combo))
        self.expiry.setItemText(0, _tr("Any expiry"))
        self.expiry.setItemText(1, _tr("Expired"))
        for i, days in enumerate(EXPIRY_DAYS, start=2):
            self.expiry.setItemText(i, _tr("Expiring within {days} days").format(days=days))
        for i in range(1, self.state.count()):
            self.state.setItemText(i, name(STATE_NAMES, self.state.itemData(i)))
        for i in range(1, self.size_filter.count()):
            self.size_filter.setItemText(i, size_name(self.size_filter.itemData(i)))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload_choices()  # category names in the new language, sorted in it
        super().changeEvent(event)

    def _open(self, index: QModelIndex) -> None:
        box = self.model.box_at(index.row())
        if box is not None:
            self.box_opened.emit(box.code)
