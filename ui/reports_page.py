"""The Reports page: what the warehouse gave out over a period, as a chart and a table.

A coordinator picks the dates and the step (day, week, month); the page shows the boxes
dispatched per period stacked by category group (QtCharts) and the lines by group,
category and destination with a total, from `warehouse_desktop.distribution` (one SQL
aggregate, so it answers at once).  Save PDF and Save CSV write the same report as
`warehouse-desktop report distributed`; the file is made off the GUI thread by the
window's report worker (`ReportActions.run`), so scans keep being answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reports.distribution import GROUP_COLOURS, write_distribution
from ui.messages import GROUP_NAMES, category_name, name, tr_message
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import message_of
from warehouse_desktop import catalogue, localtime
from warehouse_desktop.distribution import DistributionLine, DistributionReport, Step
from warehouse_desktop.distribution import distribution_report as compute_report
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.weight import format_kg

# run(work, then): `work` on a worker thread, `then(result)` back on the GUI thread.
Runner = Callable[[Callable[[], object], Callable[[object], None]], bool]
DEFAULT_WEEKS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


STEP_TITLES = {
    Step.DAY: lambda: _tr("Day"),
    Step.WEEK: lambda: _tr("Week"),
    Step.MONTH: lambda: _tr("Month"),
}


@dataclass(frozen=True)
class TotalRow:
    """The table's last line: the whole period."""

    boxes: int
    items: int
    grams: int = 0


# Category names in the window's language, refreshed at each reload (id -> names).
_NAMES: dict[int, dict[str, str]] = {}


def period_text(start: dt.date, step: Step) -> str:
    if step is Step.MONTH:
        return start.strftime("%Y-%m")
    if step is Step.WEEK:
        return _tr("Week of {date}").format(date=start.isoformat())
    return start.isoformat()


_STEP: list[Step] = [Step.WEEK]  # the step shown, for the period column


def _cell(row: DistributionLine | TotalRow, value: Callable[[DistributionLine], object]) -> object:
    return "" if isinstance(row, TotalRow) else value(row)


COLUMNS = (
    Column(
        lambda: _tr("Period"),
        lambda row: (
            _tr("Total") if isinstance(row, TotalRow) else period_text(row.period, _STEP[0])
        ),
    ),
    Column(
        lambda: _tr("Group"), lambda row: _cell(row, lambda line: name(GROUP_NAMES, line.group))
    ),
    Column(
        lambda: _tr("Category"),
        lambda row: _cell(
            row, lambda line: category_name(line.category, _NAMES.get(line.category_id))
        ),
    ),
    Column(lambda: _tr("Destination"), lambda row: _cell(row, lambda line: line.destination)),
    Column(lambda: _tr("Boxes"), lambda row: row.boxes, NUMBER),
    Column(lambda: _tr("Items"), lambda row: row.items, NUMBER),
    # The weighed boxes' kg (blank: none of them was weighed).
    Column(lambda: _tr("kg"), lambda row: format_kg(row.grams) if row.grams else "", NUMBER),
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportsPage(QWidget):
    """Distribution report: period pickers, step, chart, table, Save PDF / Save CSV."""

    saved = Signal(object)  # the path written
    failed = Signal(str)

    def __init__(self, run: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.report: DistributionReport | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.from_label, self.to_label, self.by_label = QLabel(self), QLabel(self), QLabel(self)
        today = localtime.today()
        monday = today - dt.timedelta(days=today.weekday())
        self.first = QDateEdit(_qdate(monday - dt.timedelta(weeks=DEFAULT_WEEKS - 1)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.step = QComboBox(self)
        for step in Step:
            self.step.addItem("", step.value)
        self.step.setCurrentIndex(self.step.findData(Step.WEEK.value))
        self.step.currentIndexChanged.connect(lambda _i: self.reload())
        self.save_pdf = QPushButton(self)
        self.save_csv = QPushButton(self)
        self.save_pdf.clicked.connect(lambda: self.ask_save(".pdf"))
        self.save_csv.clicked.connect(lambda: self.ask_save(".csv"))
        for widget in (self.from_label, self.first, self.to_label, self.last, self.by_label,
                       self.step):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_pdf)
        bar.addWidget(self.save_csv)
        layout.addLayout(bar)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.chart_view = QChartView(splitter)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.model = RowTableModel(COLUMNS, parent=self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        # Python keeps every chart part alive with the page: QtCharts objects handed
        # between owners are otherwise freed twice at exit.
        self._parts: list[object] = []
        self.series: QStackedBarSeries | None = None
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.from_label.setText(_tr("From"))
        self.to_label.setText(_tr("To"))
        self.by_label.setText(_tr("By"))
        for index in range(self.step.count()):
            self.step.setItemText(index, STEP_TITLES[Step(self.step.itemData(index))]())
        self.save_pdf.setText(_tr("Save PDF…"))
        self.save_csv.setText(_tr("Save CSV…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # --- the figures -------------------------------------------------------------------

    def chosen(self) -> tuple[dt.date, dt.date, Step]:
        return (
            self.first.date().toPython(),  # type: ignore[return-value]
            self.last.date().toPython(),
            Step(self.step.currentData()),
        )

    def reload(self) -> None:
        first, last, step = self.chosen()
        try:
            report = compute_report(first, last, step)
            _NAMES.clear()
            _NAMES.update(catalogue.names_by_category())
        except WarehouseError as exc:
            self.report = None
            self.status.setText(message_of(exc))
            self.model.set_rows([])
            self._show_chart(None)
            self._enable_saving(False)
            return
        self.report = report
        _STEP[0] = step
        if report.empty:
            self.status.setText(
                tr_message(
                    "distribution_empty", {"first": first.isoformat(), "last": last.isoformat()}
                )
            )
        else:
            self.status.setText(
                _tr("Dispatched: {boxes} boxes, {items} items").format(
                    boxes=report.boxes, items=report.items
                )
            )
        self.model.set_rows([*report.lines, TotalRow(report.boxes, report.items, report.grams)])
        self._show_chart(report)
        self._enable_saving(True)

    def _enable_saving(self, enabled: bool) -> None:
        self.save_pdf.setEnabled(enabled and self._run is not None)
        self.save_csv.setEnabled(enabled and self._run is not None)

    def _show_chart(self, report: DistributionReport | None) -> None:
        chart = QChart()
        chart.setTitle(_tr("Boxes dispatched, by category group"))
        series = QStackedBarSeries()
        starts = [p.start for p in report.periods] if report else []
        by_group = report.boxes_by_period_and_group() if report else {}
        top = 1
        for group in report.groups() if report else []:
            bar_set = QBarSet(name(GROUP_NAMES, group))
            bar_set.setColor(QColor(GROUP_COLOURS.get(group, "#666666")))
            bar_set.append([float(by_group.get((s, group), 0)) for s in starts])
            series.append(bar_set)
            self._parts.append(bar_set)
        if report:
            top = max([1, *(sum(by_group.get((s, g), 0) for g in report.groups()) for s in starts)])
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([period_text(s, report.step) if report else "" for s in starts] or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()  # 0, 100, 200… rather than quarters of the tallest bar
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._parts += [chart, series, axis_x, axis_y]
        self.series = series
        self.chart_view.setChart(chart)

    # --- saving ------------------------------------------------------------------------

    def ask_save(self, suffix: str) -> None:
        first, last, step = self.chosen()
        proposed = Path.home() / f"distribution-{first.isoformat()}-{last.isoformat()}{suffix}"
        kinds = _tr("PDF (*.pdf)") if suffix == ".pdf" else _tr("Spreadsheet (*.csv)")
        target, _ = QFileDialog.getSaveFileName(self, _tr("Save the report"), str(proposed), kinds)
        if target:
            path = Path(target)
            self.save_to(path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def save_to(self, path: Path) -> bool:
        """Write the chosen report to `path` (.pdf or .csv) on the report worker."""
        if self._run is None or self.report is None:
            return False
        first, last, step = self.chosen()
        return self._run(
            lambda: (write_distribution(path, first, last, step), path)[1],
            self._saved,
        )

    def _saved(self, path: object) -> None:
        self.status.setText(_tr("Saved to {path}").format(path=path))
        self.saved.emit(path)


class NeedsPictureButton(QPushButton):
    """The Needs page's "Save as picture…": the needs list as a 1080×1350 PNG to post,
    made on the report worker; `saved` carries the path written."""

    saved = Signal(object)

    def __init__(self, run: Runner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.setEnabled(run is not None)
        self.clicked.connect(self.ask)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("NeedsView", "Save as picture…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self) -> None:
        proposed = Path.home() / f"needs-{localtime.today().isoformat()}.png"
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("NeedsView", "Save the needs list as a picture"),
            str(proposed),
            QCoreApplication.translate("NeedsView", "Picture (*.png)"),
        )
        if target:
            self.save_to(Path(target).with_suffix(".png"))

    def save_to(self, path: Path) -> bool:
        from reports.needs_picture import write_needs_picture

        return self._run is not None and self._run(
            lambda: write_needs_picture(path), self.saved.emit
        )
