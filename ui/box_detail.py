"""One box: what it holds, where it is, its whole movement history (shelves by name), its
label printed again, and the coordinator's corrections (move by hand, scrap, mark lost,
correct quantity), each behind the PIN."""

from __future__ import annotations

import datetime as dt
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

from ui.messages import (
    ACTION_NAMES,
    GENDER_NAMES,
    STATE_NAMES,
    category_name,
    name,
    size_name,
    tr_message,
)
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import AskPin, big_font, fit_to_screen, message_of
from warehouse_desktop import catalogue, inventory, localtime
from warehouse_desktop.bench import BoxInfo
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.inventory import BoxRow, HistoryRow
from warehouse_desktop.models import MovementAction
from warehouse_desktop.weight import format_kg, parse_kg

# Sends a box's label to the label printer; the file or None.
Reprint = Callable[[BoxInfo], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoxDetail", text)


def local_time(
    at: dt.datetime, pattern: str = "%Y-%m-%d %H:%M:%S", zone: dt.tzinfo | None = None
) -> str:
    """A time from the database (naive UTC) in the warehouse's time zone."""
    return localtime.format_local(at, pattern, zone)


def _change(move: HistoryRow) -> str:
    """The items it added or took, and the weight it gave the box (a weighing)."""
    parts = [f"{move.quantity_change:+d}"] if move.quantity_change else []
    if move.weight_g is not None:
        parts.append(_tr("{weight} kg").format(weight=format_kg(move.weight_g)))
    elif move.action == MovementAction.WEIGHED.value:
        parts.append(_tr("not weighed"))
    return " · ".join(parts)


HISTORY_COLUMNS = (
    # History rows are read through `localtime.localised`: `at` is the warehouse's time.
    Column(lambda: _tr("When"), lambda move: move.at.strftime("%Y-%m-%d %H:%M:%S")),
    Column(lambda: _tr("What"), lambda move: name(ACTION_NAMES, move.action)),
    Column(
        lambda: _tr("From"),
        lambda move: (
            move.from_location_name or move.from_location or name(STATE_NAMES, move.from_state)
        ),
    ),
    Column(
        lambda: _tr("To"),
        lambda move: move.to_location_name or move.to_location or name(STATE_NAMES, move.to_state),
    ),
    Column(lambda: _tr("Change"), _change, NUMBER),
    Column(lambda: _tr("Who"), lambda move: f"{move.operator} @ {move.bench}".strip(" @")),
)


class BoxDetailDialog(QDialog):
    def __init__(
        self,
        code: str,
        ask_pin: AskPin,
        *,
        bench: str = "",
        reprint: Reprint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.code = code
        self._ask_pin = ask_pin
        self._bench = bench
        self._reprint = reprint
        self.box: BoxRow | None = None
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
        # The weight on the items' line, its button beside it: a sixth button in the row
        # below, or one more line, does not fit a small screen in French.
        self.weight_button = QPushButton(_tr("&Weight…"), self)
        self.fact_labels["weight"] = QLabel(self)
        contents_line = QHBoxLayout()
        contents_line.setContentsMargins(0, 0, 0, 0)
        self.facts.removeWidget(self.fact_labels["quantity"])
        for widget in (self.fact_labels["quantity"], QLabel(_tr("Weight:"), self),
                       self.fact_labels["weight"], self.weight_button):  # fmt: skip
            contents_line.addWidget(widget)
        contents_line.addStretch(1)
        self.facts.setLayout(0, QFormLayout.ItemRole.FieldRole, contents_line)
        # The expiry month on the packing line, for the same reason.
        self.fact_labels["expires_on"] = QLabel(self)
        packed_line = QHBoxLayout()
        packed_line.setContentsMargins(0, 0, 0, 0)
        self.facts.removeWidget(self.fact_labels["packed_at"])
        for widget in (self.fact_labels["packed_at"], QLabel(_tr("Expires:"), self),
                       self.fact_labels["expires_on"]):  # fmt: skip
            packed_line.addWidget(widget)
        packed_line.addStretch(1)
        self.facts.setLayout(4, QFormLayout.ItemRole.FieldRole, packed_line)
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
        self.reprint_button = QPushButton(_tr("&Reprint label"), self)
        self.move_button = QPushButton(_tr("&Move…"), self)
        self.scrap_button = QPushButton(_tr("&Scrap…"), self)
        self.lost_button = QPushButton(_tr("Mark &lost…"), self)
        self.quantity_button = QPushButton(_tr("Correct &quantity…"), self)
        for button in (
            self.reprint_button,
            self.move_button,
            self.scrap_button,
            self.lost_button,
            self.quantity_button,
        ):
            actions.addWidget(button)
        self.reprint_button.setVisible(reprint is not None)
        self.reprint_button.clicked.connect(self.reprint_label)
        self.move_button.clicked.connect(lambda: self.move_box())
        self.scrap_button.clicked.connect(self.scrap)
        self.lost_button.clicked.connect(self.mark_lost)
        self.quantity_button.clicked.connect(lambda: self.correct_quantity())
        self.weight_button.clicked.connect(lambda: self.set_weight())
        layout.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        fit_to_screen(self, 760, 560)
        self.reload()

    def reload(self) -> None:
        try:
            box = inventory.get_box(self.code)
            history = inventory.box_history(self.code)
        except WarehouseError as exc:
            self.title.setText(message_of(exc))
            return
        self.box = box
        gender = name(GENDER_NAMES, box.gender)
        try:
            info = inventory.label_info(self.code)
            names = catalogue.names_by_category().get(info.category_id)
        except WarehouseError:
            names = None
        category = category_name(box.category, names)
        self.title.setText(f"{box.code} — {category} {size_name(box.size)} ({gender})")
        self.fact_labels["quantity"].setText(str(box.quantity))
        self.fact_labels["weight"].setText(
            _tr("{weight} kg").format(weight=format_kg(box.weight_g))
            if box.weight_g is not None
            else _tr("not weighed")
        )
        self.fact_labels["location"].setText(
            f"{box.location_name} ({box.location})" if box.location else "—"
        )
        self.fact_labels["state"].setText(name(STATE_NAMES, box.state))
        self.fact_labels["van_load"].setText(box.van_load or "—")
        self.fact_labels["packed_at"].setText(local_time(box.packed_at, "%Y-%m-%d %H:%M"))
        self.fact_labels["expires_on"].setText(
            box.expires_on.strftime("%Y-%m") if box.expires_on else "—"
        )
        self.history_model.set_rows(localtime.localised(history, "at"))
        gone = box.state in ("scrapped", "lost", "dispatched")
        self.scrap_button.setEnabled(not gone)
        self.lost_button.setEnabled(not gone)
        self.quantity_button.setEnabled(not gone)
        self.move_button.setEnabled(box.state == "in_stock")

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

    def reprint_label(self) -> bool:
        """Print the box's label again (what it holds now), to the label printer."""
        if self._reprint is None:
            return False
        try:
            info = inventory.label_info(self.code)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return False
        if self._reprint(info) is None:
            self.status.setText(_tr("The label could not be made"))
            return False
        self.status.setText(_tr("Label for {code} sent to print").format(code=self.code))
        return True

    def move_box(self, location_code: str | None = None) -> bool:
        """Put the box on another shelf by hand (coordinator PIN)."""
        if location_code is None:
            try:
                places = [
                    x for x in catalogue.list_locations(include_inactive=False)
                    if self.box is None or x.code != self.box.location
                ]  # fmt: skip
            except WarehouseError as exc:
                self.status.setText(message_of(exc))
                return False
            if not places:
                self.status.setText(_tr("There is no other location to move it to"))
                return False
            titles = [f"{x.name} ({x.code})" for x in places]
            chosen, ok = QInputDialog.getItem(
                self, _tr("Move box"), _tr("Move the box to:"), titles, 0, False
            )
            if not ok:
                return False
            location_code = places[titles.index(chosen)].code
        target = location_code
        return self._run(
            _tr("Move box {code}").format(code=self.code),
            lambda who, pin: inventory.move_box(
                self.code, target, coordinator=who, pin=pin, bench=self._bench
            ),
        )

    def set_weight(self, kg: str | None = None) -> bool:
        """Weigh the box, correct its weight, or clear it (a blank weight), with the
        coordinator PIN; the weighing goes into its history.  A figure that is not a weight
        is refused before the PIN is asked."""
        if kg is None:
            current = format_kg(self.box.weight_g) if self.box is not None else ""
            text, ok = QInputDialog.getText(
                self,
                _tr("Weight"),
                _tr("Weight of the box in kg (e.g. 12.5 or 12,5; blank: not weighed):"),
                text=current,
            )
            if not ok:
                return False
            kg = text
        typed = kg.strip() or None
        if typed is not None:
            try:
                parse_kg(typed)
            except WarehouseError as exc:
                self.status.setText(message_of(exc))
                return False
        reason = (
            _tr("Set box {code} to {weight} kg").format(code=self.code, weight=typed)
            if typed is not None
            else _tr("Clear the weight of box {code}").format(code=self.code)
        )
        return self._run(
            reason,
            lambda who, pin: inventory.set_weight(
                self.code, typed, coordinator=who, pin=pin, bench=self._bench
            ),
        )

    def correct_quantity(self, quantity: int | None = None) -> bool:
        if quantity is None:
            current = self.box.quantity if self.box is not None else 1
            value, ok = QInputDialog.getInt(
                self, _tr("Correct quantity"), _tr("Items in the box:"), current, 1, 999
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
