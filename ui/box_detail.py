"""One box: what it holds, where it is, its whole movement history, and the coordinator's
corrections (scrap, mark lost, correct quantity), each behind the PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import ACTION_NAMES, GENDER_NAMES, STATE_NAMES, name, tr_message
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import big_font, message_of
from warehouse_desktop import inventory
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.inventory import HistoryRow

# Asks for (coordinator name, PIN) with a reason shown; None when cancelled.
AskPin = Callable[[str], tuple[str, str] | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoxDetail", text)


def _change(move: HistoryRow) -> str:
    return f"{move.quantity_change:+d}" if move.quantity_change else ""


HISTORY_COLUMNS = (
    Column(lambda: _tr("When"), lambda move: move.at.strftime("%Y-%m-%d %H:%M:%S")),
    Column(lambda: _tr("What"), lambda move: name(ACTION_NAMES, move.action)),
    Column(
        lambda: _tr("From"), lambda move: move.from_location or name(STATE_NAMES, move.from_state)
    ),
    Column(lambda: _tr("To"), lambda move: move.to_location or name(STATE_NAMES, move.to_state)),
    Column(lambda: _tr("Change"), _change, NUMBER),
    Column(lambda: _tr("Who"), lambda move: f"{move.operator} @ {move.bench}".strip(" @")),
)


class BoxDetailDialog(QDialog):
    def __init__(
        self, code: str, ask_pin: AskPin, *, bench: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.code = code
        self._ask_pin = ask_pin
        self._bench = bench
        self.changed = False
        self.setWindowTitle(_tr("Box {code}").format(code=code))
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setFont(big_font(self.title, 1.8, bold=True))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("quantity", _tr("Items:")),
            ("location", _tr("Location:")),
            ("state", _tr("State:")),
            ("van_load", _tr("Van load:")),
            ("packed_at", _tr("Packed:")),
        ):
            label = QLabel(self)
            self.fact_labels[key] = label
            self.facts.addRow(caption, label)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(_tr("History"), self))
        self.history_model = RowTableModel(HISTORY_COLUMNS, parent=self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setWordWrap(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.history, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        self.scrap_button = QPushButton(_tr("&Scrap…"), self)
        self.lost_button = QPushButton(_tr("Mark &lost…"), self)
        self.quantity_button = QPushButton(_tr("Correct &quantity…"), self)
        for button in (self.scrap_button, self.lost_button, self.quantity_button):
            actions.addWidget(button)
        self.scrap_button.clicked.connect(self.scrap)
        self.lost_button.clicked.connect(self.mark_lost)
        self.quantity_button.clicked.connect(lambda: self.correct_quantity())
        layout.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 520)
        self.reload()

    def reload(self) -> None:
        try:
            box = inventory.get_box(self.code)
            history = inventory.box_history(self.code)
        except WarehouseError as exc:
            self.title.setText(message_of(exc))
            return
        gender = name(GENDER_NAMES, box.gender)
        self.title.setText(f"{box.code} — {box.category} {box.size} ({gender})")
        self.fact_labels["quantity"].setText(str(box.quantity))
        self.fact_labels["location"].setText(
            f"{box.location_name} ({box.location})" if box.location else "—"
        )
        self.fact_labels["state"].setText(name(STATE_NAMES, box.state))
        self.fact_labels["van_load"].setText(box.van_load or "—")
        self.fact_labels["packed_at"].setText(box.packed_at.strftime("%Y-%m-%d %H:%M"))
        self.history_model.set_rows(history)
        gone = box.state in ("scrapped", "lost", "dispatched")
        self.scrap_button.setEnabled(not gone)
        self.lost_button.setEnabled(not gone)
        self.quantity_button.setEnabled(not gone)

    def _run(self, reason: str, action: Callable[[str, str], inventory.ActionDone]) -> bool:
        credentials = self._ask_pin(reason)
        if credentials is None:
            return False
        try:
            done = action(*credentials)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return False
        self.status.setText(tr_message(done.key, done.args))
        self.changed = True
        self.reload()
        return True

    def scrap(self) -> bool:
        return self._run(
            _tr("Scrap box {code}").format(code=self.code),
            lambda who, pin: inventory.scrap_box(
                self.code, coordinator=who, pin=pin, bench=self._bench
            ),
        )

    def mark_lost(self) -> bool:
        return self._run(
            _tr("Mark box {code} lost").format(code=self.code),
            lambda who, pin: inventory.mark_lost(
                self.code, coordinator=who, pin=pin, bench=self._bench
            ),
        )

    def correct_quantity(self, quantity: int | None = None) -> bool:
        if quantity is None:
            value, ok = QInputDialog.getInt(
                self, _tr("Correct quantity"), _tr("Items in the box:"), 1, 1, 999
            )
            if not ok:
                return False
            quantity = value
        return self._run(
            _tr("Set box {code} to {quantity} items").format(code=self.code, quantity=quantity),
            lambda who, pin: inventory.correct_quantity(
                self.code, quantity, coordinator=who, pin=pin, bench=self._bench
            ),
        )
