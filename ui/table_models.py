"""A small read-only table model for the window's short lists (van loads, a load's boxes,
a box's history, categories, locations, needs).

`RowTableModel` shows a list of rows (dataclasses, tuples) through column specs: a header
(called each time, so it is translated in the current language), the shown value, an
alignment, optional text and background colours, and a key per row on `Qt.UserRole`.
Rows come either all at once through `set_rows()`, or lazily from a `fetch(offset, limit)`
function a page at a time through canFetchMore/fetchMore, as the stock browser does.

`FlatTableModel` is the row-and-column count every list model here shares, for the one
model (the print jobs) that draws its own cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ui.widgets import message_of
from warehouse_desktop.errors import WarehouseError

_Index = QModelIndex | QPersistentModelIndex

# Numbers line up on their trailing edge (Qt mirrors it for right-to-left languages).
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Fetch = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> rows


def select_row(view: Any, row: int, *, add: bool = False) -> None:
    """Select `row` of a QTableView from code.  Unlike `selectRow`, the keyboard's
    modifiers at that moment (Ctrl held) never turn it into a toggle."""
    index = view.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.Rows | (
        QItemSelectionModel.SelectionFlag.Select
        if add
        else QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.selectionModel().select(index, flags)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


@dataclass(frozen=True)
class Column:
    """One column: `header()` is its translated title, `value(row)` what a cell shows."""

    header: Callable[[], str]
    value: Callable[[Any], object]
    alignment: Qt.AlignmentFlag | None = None
    foreground: Callable[[Any], str | None] | None = None  # a colour name, or None
    tooltip: Callable[[Any], str | None] | None = None  # the whole text of an elided cell
    background: Callable[[Any], str | None] | None = None  # a colour name, or None


class FlatTableModel(QAbstractTableModel):
    """A flat list of rows (`_rows`) under `COLUMNS`; subclasses say what a cell shows."""

    COLUMNS: Sequence[Any] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class RowTableModel(FlatTableModel):
    """Read-only rows under column specs; optionally fetched in pages of `page_size`."""

    failed = Signal(str)  # a fetch went wrong: the message to show

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        key: Callable[[Any], object] | None = None,
        fetch: Fetch | None = None,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.COLUMNS: tuple[Column, ...] = tuple(columns)
        self._key = key
        self._fetch = fetch
        self._page_size = max(page_size, 1)
        self._exhausted = fetch is None
        self.pages_fetched = 0

    # --- rows ---------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Show exactly these rows (nothing more to fetch)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = True
        self.endResetModel()

    def reload(self) -> bool:
        """Read the rows again from the fetch function, as many as were loaded (at least a
        page), so a list scrolled down stays as long.  False (and `failed`) on an error, the
        rows shown being kept."""
        if self._fetch is None:
            return True
        wanted = max(self._page_size, len(self._rows))
        try:
            rows = list(self._fetch(0, wanted))
        except WarehouseError as exc:
            self.failed.emit(message_of(exc))
            return False
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < wanted
        self.pages_fetched = 1
        self.endResetModel()
        return True

    def restart(self) -> None:
        """Show only the first page again, read afresh (the filter or the order changed).
        On an error the list is empty and `failed` says why."""
        if self._fetch is None:
            return
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.pages_fetched = 0
        self._rows = self._next_page()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def key_at(self, row: int) -> object | None:
        item = self.row_at(row)
        return None if item is None or self._key is None else self._key(item)

    def row_of(self, key: object) -> int:
        """The row holding `key` among the rows loaded, or -1."""
        if self._key is None or key is None:
            return -1
        return next((i for i, item in enumerate(self._rows) if self._key(item) == key), -1)

    def retranslate(self) -> None:
        """Headers and cells are translated when shown: ask the views to show them again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )

    # --- lazy loading -------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        more = self._next_page()
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def _next_page(self) -> list[Any]:
        """The page after the rows loaded; none more asked once one comes back short.  On
        an error: no rows, nothing more asked, and `failed` says why."""
        if self._fetch is None:
            self._exhausted = True
            return []
        try:
            more = list(self._fetch(len(self._rows), self._page_size))
        except WarehouseError as exc:
            self._exhausted = True
            self.failed.emit(message_of(exc))
            return []
        self.pages_fetched += 1
        if len(more) < self._page_size:
            self._exhausted = True
        return more

    # --- model --------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(item)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(item)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item) or None
        if role == Qt.ItemDataRole.UserRole and self._key is not None:
            return self._key(item)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.COLUMNS[section].header()
