"""The print job list: what is printing, what is done, what failed and why, with Retry.

Interface for the main window:

    view = PrintJobsView(jobs)                 # jobs: the window's one PrintQueueSignals
    jobs.queue.submit(path, target, copies=1)  # from anywhere that prints

`jobs` is made once, by `ui.app`, and handed to everything that prints (the window, the
Settings printer page, the print preview), so every job is listed here.

`PrintJobsModel(jobs)` is the QAbstractTableModel behind it (one row per job, newest
last); `PrintJobsView.retry_selected()` and the Retry button queue a failed job again.
Signal `PrintJobsModel.job_failed(str)` carries the plain-words reason of each failure,
for the window's banner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hardware.print_queue import JobState, PrintJob
from hardware.qt_print_queue import PrintQueueSignals
from ui.messages import tr_message
from ui.table_models import FlatTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintJobs", text)


Index = QModelIndex | QPersistentModelIndex


def job_reason(job: PrintJob) -> str:
    """Why `job` failed, in the window's language ("" unless it failed)."""
    if job.state is not JobState.FAILED:
        return ""
    try:
        return tr_message(job.error_key, job.error_args)
    except (KeyError, ValueError):
        return job.reason


class PrintJobsModel(FlatTableModel):
    """One row per print job; columns: document, printer, copies, state, reason."""

    COLUMNS = ("document", "printer", "copies", "state", "reason")
    job_failed = Signal(str)

    def __init__(self, jobs: PrintQueueSignals, parent: Any = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._rows: list[PrintJob] = list(jobs.queue.jobs())
        jobs.job_changed.connect(self.job_changed)

    # -- Qt model ------------------------------------------------------------------------

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            _tr("Document"),
            _tr("Printer"),
            _tr("Copies"),
            _tr("State"),
            _tr("What went wrong"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        job = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "document":
                return job.title or Path(job.path).name
            if column == "printer":
                return job.printed_to or _target_name(job.target)
            if column == "copies":
                return str(job.copies)
            if column == "state":
                return self.state_text(job.state)
            return job_reason(job)
        if role == Qt.ItemDataRole.ToolTipRole:
            return job_reason(job) or str(job.path)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("state", "reason"):
            if job.state is JobState.FAILED:
                return QColor("#b00020")
            if job.state is JobState.DONE:
                return QColor("#1b7f3b")
        if role == Qt.ItemDataRole.UserRole:
            return job
        return None

    def state_text(self, state: JobState) -> str:
        return {
            JobState.QUEUED: _tr("waiting"),
            JobState.PRINTING: _tr("printing"),
            JobState.DONE: _tr("printed"),
            JobState.FAILED: _tr("failed"),
        }[state]

    # -- jobs ----------------------------------------------------------------------------

    def job_at(self, row: int) -> PrintJob:
        return self._rows[row]

    @Slot(object)
    def job_changed(self, job: PrintJob) -> None:
        for row, existing in enumerate(self._rows):
            if existing.id == job.id:
                self._rows[row] = job
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                break
        else:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(job)
            self.endInsertRows()
        if job.state is JobState.FAILED:
            self.job_failed.emit(job_reason(job))

    def retry(self, row: int) -> bool:
        """Queue the job on `row` again if it failed; True if it was queued."""
        if not 0 <= row < len(self._rows) or not self._rows[row].can_retry:
            return False
        self.jobs.queue.retry(self._rows[row].id)
        return True

    def clear_finished(self) -> None:
        """Drop printed jobs from the list (failed ones stay until printed or retried)."""
        keep = [job for job in self._rows if job.state is not JobState.DONE]
        for job in self._rows:
            if job.state is JobState.DONE:
                self.jobs.queue.remove(job.id)
        self.beginResetModel()
        self._rows = keep
        self.endResetModel()


def _target_name(target: str) -> str:
    kind, _, rest = target.partition(":")
    if kind == "system" and not rest:
        return QCoreApplication.translate("PrintJobsModel", "default printer")
    return rest or target


class PrintJobsView(QWidget):
    """The job table with Retry and Clear printed buttons."""

    def __init__(self, jobs: PrintQueueSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PrintJobsModel(jobs, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            len(PrintJobsModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.retry_button = QPushButton(self)
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.model.clear_finished)
        # An empty page says what will appear on it, so nobody wonders whether it works.
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.retry_button.setText(_tr("Retry"))
        self.clear_button.setText(_tr("Clear printed"))
        self.empty_note.setText(
            _tr(
                "No print jobs yet. Every label and sheet sent to a printer is listed here "
                "with how it went; a job that failed can be sent again with Retry."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def retry_selected(self) -> bool:
        row = self.selected_row()
        return row is not None and self.model.retry(row)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.retry_button.setEnabled(row is not None and self.model.job_at(row).can_retry)
        self.empty_note.setVisible(self.model.rowCount() == 0)
