"""The needs view: what is running short, and for the chosen category which sizes (none
on the shelves shows red), with charts of stock against target per category and of boxes
in and out per day (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr_plural
from ui.messages import GROUP_NAMES, category_name, name, size_name
from ui.reports_page import NeedsPictureButton, Runner
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import ERROR_COLOUR, message_of
from warehouse_desktop import catalogue, stock
from warehouse_desktop.errors import WarehouseError

CHART_CATEGORIES = 10
CHART_DAYS = 14


def _tr(text: str) -> str:
    return QCoreApplication.translate("NeedsView", text)


# Category names in the window's language, refreshed at each reload (id -> names).
_NAMES: dict[int, dict[str, str]] = {}


def _local(category_id: int, english: str) -> str:
    return category_name(english, _NAMES.get(category_id))


NEED_COLUMNS = (
    Column(lambda: _tr("Category"), lambda need: _local(need.category_id, need.category)),
    Column(lambda: _tr("Group"), lambda need: name(GROUP_NAMES, need.group)),
    Column(lambda: _tr("In stock"), lambda need: need.in_stock, NUMBER),
    Column(lambda: _tr("Target"), lambda need: need.target, NUMBER),
    Column(
        lambda: _tr("Short by"),
        lambda need: need.shortfall,
        NUMBER,
        lambda need: ERROR_COLOUR if need.shortfall > 0 else None,
    ),
)


SIZE_COLUMNS = (
    Column(
        lambda: _tr("Size"),
        lambda line: size_name(line.size),
        None,
        lambda line: ERROR_COLOUR if line.boxes == 0 else None,
    ),
    Column(
        lambda: _tr("Boxes"),
        lambda line: line.boxes,
        NUMBER,
        lambda line: ERROR_COLOUR if line.boxes == 0 else None,
    ),
    Column(lambda: _tr("Items"), lambda line: line.items, NUMBER),
)


class NeedsView(QWidget):
    def __init__(self, parent: QWidget | None = None, run: Runner | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        self.picture_button = NeedsPictureButton(run, self)
        top.addWidget(self.picture_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RowTableModel(NEED_COLUMNS, key=lambda need: need.category_id, parent=self)
        lists = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.table = QTableView(lists)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The sizes of the category chosen in the needs list: which ones are missing.
        sizes = QWidget(lists)
        sizes_layout = QVBoxLayout(sizes)
        sizes_layout.setContentsMargins(0, 0, 0, 0)
        self.sizes_title = QLabel(sizes)
        self.sizes_title.setWordWrap(True)
        self.size_model = RowTableModel(SIZE_COLUMNS, parent=self)
        self.sizes = QTableView(sizes)
        self.sizes.setModel(self.size_model)
        sizes_layout.addWidget(self.sizes_title)
        sizes_layout.addWidget(self.sizes, 1)
        for table in (self.table, self.sizes):
            table.setWordWrap(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_sizes())
        charts = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.stock_chart = QChartView(charts)
        self.flow_chart = QChartView(charts)
        for view in (self.stock_chart, self.flow_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([160, 480])
        layout.addWidget(splitter, 1)
        # Python keeps every chart part alive with the view: QtCharts objects handed back
        # and forth between owners are otherwise freed twice at exit.
        self._parts: list[object] = []

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            needs = stock.needs_list()
            by_category = stock.stock_by_category()
            flow = stock.daily_in_out(CHART_DAYS)
            _NAMES.clear()
            _NAMES.update(catalogue.names_by_category())
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.status.setText(
            tr_plural("NeedsView", "%n categories below target", len(needs))
            if needs
            else _tr("Every category is at or above its target")
        )
        chosen = self._chosen_category()
        self.model.set_rows(needs)  # headers and cells are read again, translated
        row = self.model.row_of(chosen) if chosen is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._show_sizes()
        shown = sorted(
            (c for c in by_category if c.target > 0),
            key=lambda c: (-c.shortfall, c.category),
        )[:CHART_CATEGORIES]
        self._set_chart(
            self.stock_chart,
            self._bars(
                _tr("Boxes in stock against target"),
                [_local(c.category_id, c.category) for c in reversed(shown)],
                [
                    (_tr("In stock"), [c.boxes for c in reversed(shown)]),
                    (_tr("Target"), [c.target for c in reversed(shown)]),
                ],
                horizontal=True,
            ),
        )
        self._set_chart(
            self.flow_chart,
            self._bars(
                _tr("Boxes in and out per day"),
                [day.strftime("%d") for day, _i, _o in flow],
                [(_tr("In"), [i for _d, i, _o in flow]), (_tr("Out"), [o for _d, _i, o in flow])],
            ),
        )

    def _chosen_category(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        need = self.model.row_at(rows[0].row()) if rows else None
        return need.category_id if need is not None else None

    def _show_sizes(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        need = self.model.row_at(rows[0].row()) if rows else None
        if need is None:
            self.sizes_title.setText(_tr("Choose a category to see its sizes"))
            self.size_model.set_rows([])
            return
        try:
            lines = stock.stock_by_size(need.category_id)
        except WarehouseError as exc:
            self.sizes_title.setText(message_of(exc))
            return
        self.sizes_title.setText(
            _tr("{category} by size").format(category=_local(need.category_id, need.category))
        )
        self.size_model.set_rows(lines)

    def _set_chart(self, view: QChartView, chart: QChart) -> None:
        view.setChart(chart)

    def _bars(
        self,
        title: str,
        labels: list[str],
        sets: list[tuple[str, list[int]]],
        *,
        horizontal: bool = False,
    ) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        # Category names read best along the side; days along the bottom.
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        top = 1
        for set_name, values in sets:
            bar_set = QBarSet(set_name)
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
            self._parts.append(bar_set)
            top = max([top, *values])
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels or [""])
        chart.addAxis(
            axis_x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.setLabelFormat("%d")
        chart.addAxis(
            axis_y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._parts += [chart, series, axis_x, axis_y]
        return chart
