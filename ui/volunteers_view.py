"""Volunteers: who may sign in at a bench, their cards, and who is a coordinator.

The page is for coordinators: it opens with the coordinator PIN and locks again as soon
as it is left.  A coordinator adds volunteers (each gets a card code), prints their cards,
makes someone a coordinator (with a PIN of their own) or a plain volunteer again, stops
the card of someone who left (their name stays in the history), and sets how long a
bench keeps its location, van load and count without a scan (for every bench).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.table_models import Column, RowTableModel, select_row
from ui.widgets import AskPin, big_font, message_of
from warehouse_desktop import auth, volunteers
from warehouse_desktop.bench import context_minutes, store_context_minutes
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.volunteers import VolunteerRow

# Prints the cards of these volunteers: (name, card code) each.
PrintCards = Callable[[list[tuple[str, str]]], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Volunteers", text)


def _role(row: VolunteerRow) -> str:
    return _tr("coordinator") if row.is_coordinator else _tr("volunteer")


COLUMNS = (
    Column(lambda: _tr("Name"), lambda row: row.name),
    Column(lambda: _tr("Role"), _role),
    Column(lambda: _tr("Card"), lambda row: row.card_code),
    Column(
        lambda: _tr("Card works"),
        lambda row: _tr("yes") if row.active else _tr("no: left"),
        foreground=lambda row: None if row.active else "#b3261e",
    ),
)


class VolunteersView(QWidget):
    """Locked until a coordinator's PIN is given; every change is made under that PIN."""

    changed = Signal()

    def __init__(
        self,
        ask_pin: AskPin,
        *,
        print_cards: PrintCards | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask_pin = ask_pin
        self._print_cards = print_cards
        # The coordinator who unlocked the page, and their PIN, until the page is left.
        self._credentials: tuple[str, str] | None = None
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        locked = QWidget(self.stack)
        locked_layout = QVBoxLayout(locked)
        locked_layout.addStretch(1)
        self.locked_label = QLabel(locked)
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_label.setWordWrap(True)
        self.locked_label.setFont(big_font(self.locked_label, 1.3))
        locked_layout.addWidget(self.locked_label)
        self.unlock_button = QPushButton(locked)
        self.unlock_button.setMinimumHeight(48)
        self.unlock_button.clicked.connect(self.unlock)
        locked_layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.locked_error = QLabel(locked)
        self.locked_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_error.setStyleSheet("color: #b3261e; font-weight: bold;")
        locked_layout.addWidget(self.locked_error)
        locked_layout.addStretch(2)
        self.stack.addWidget(locked)

        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        add_row = QHBoxLayout()
        self.name_label = QLabel(page)
        self.name = QLineEdit(page)
        self.name.setMaxLength(volunteers.MAX_NAME_LENGTH)
        self.name_label.setBuddy(self.name)
        self.name.returnPressed.connect(self.add)
        self.add_button = QPushButton(page)
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.name_label)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.model = RowTableModel(COLUMNS, key=lambda row: row.name, parent=self)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.coordinator_button = QPushButton(page)
        self.coordinator_button.clicked.connect(self.make_coordinator)
        self.volunteer_button = QPushButton(page)
        self.volunteer_button.clicked.connect(self.make_volunteer)
        self.active_button = QPushButton(page)
        self.active_button.clicked.connect(self.toggle_active)
        self.print_button = QPushButton(page)
        self.print_button.clicked.connect(self.print_selected)
        self.print_all_button = QPushButton(page)
        self.print_all_button.clicked.connect(self.print_all)
        for button in (
            self.coordinator_button,
            self.volunteer_button,
            self.active_button,
            self.print_button,
            self.print_all_button,
        ):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        expiry_row = QHBoxLayout()
        self.expiry_label = QLabel(page)
        self.expiry = QSpinBox(page)
        self.expiry.setRange(1, 24 * 60)
        self.expiry_label.setBuddy(self.expiry)
        self.expiry_button = QPushButton(page)
        self.expiry_button.clicked.connect(self.save_expiry)
        expiry_row.addWidget(self.expiry_label)
        expiry_row.addWidget(self.expiry)
        expiry_row.addWidget(self.expiry_button)
        expiry_row.addStretch(1)
        layout.addLayout(expiry_row)
        self.status = QLabel(page)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names are typed by people
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.stack.addWidget(page)
        self.retranslate()
        self.lock()

    # --- locking ----------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self._credentials is not None

    def unlock(self) -> bool:
        """Ask the coordinator's PIN; True when the page opened."""
        credentials = self._ask_pin(_tr("The volunteers page is for coordinators"))
        if credentials is None:
            return False
        try:
            auth.require_coordinator(*credentials)
        except WarehouseError as exc:
            self.locked_error.setText(message_of(exc))
            return False
        self._credentials = credentials
        self.locked_error.clear()
        self.stack.setCurrentIndex(1)
        self.reload()
        return True

    def lock(self) -> None:
        """Forget the PIN and hide the list (the page was left)."""
        self._credentials = None
        self.model.set_rows([])
        self.status.clear()
        self.stack.setCurrentIndex(0)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.lock()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.locked_label.setText(
            _tr("Adding volunteers, printing their cards and naming coordinators need a PIN.")
        )
        self.unlock_button.setText(_tr("&Open with the coordinator PIN…"))
        self.name_label.setText(_tr("New volunteer's &name:"))
        self.name.setPlaceholderText(_tr("first name, as on their card"))
        self.add_button.setText(_tr("&Add volunteer"))
        self.coordinator_button.setText(_tr("Make &coordinator…"))
        self.volunteer_button.setText(_tr("Make plain &volunteer"))
        self.active_button.setText(_tr("Card &works / stop card"))
        self.print_button.setText(_tr("&Print selected cards"))
        self.print_all_button.setText(_tr("Print a&ll cards"))
        self.expiry_label.setText(
            _tr("Every bench forgets its location, van load and count after no scan for:")
        )
        self.expiry.setSuffix(_tr(" min"))
        self.expiry_button.setText(_tr("&Save"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list ---------------------------------------------------------------------

    def reload(self) -> None:
        if not self.unlocked:
            return
        selected = self.selected_names()
        try:
            self.expiry.setValue(context_minutes())
            rows = volunteers.list_volunteers(include_inactive=True)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.model.set_rows(rows)
        for name in selected:
            row = self.model.row_of(name)
            if row >= 0:
                select_row(self.table, row, add=True)

    def selected_rows(self) -> list[VolunteerRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def selected_names(self) -> list[str]:
        return [row.name for row in self.selected_rows()]

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            select_row(self.table, row)

    # --- changes, each under the coordinator's PIN -----------------------------------

    def _run(self, change: Callable[[str, str], VolunteerRow], done: str) -> VolunteerRow | None:
        if self._credentials is None:
            return None
        coordinator, pin = self._credentials
        try:
            row = change(coordinator, pin)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return None
        self.status.setText(done.format(name=row.name, card=row.card_code))
        self.reload()
        self.select(row.name)
        self.changed.emit()
        return row

    def add(self) -> VolunteerRow | None:
        name = " ".join(self.name.text().split())
        if not name:
            self.status.setText(_tr("Type the new volunteer's name first"))
            self.name.setFocus()
            return None
        row = self._run(
            lambda who, pin: volunteers.add_volunteer(name, coordinator=who, pin=pin),
            _tr("{name} can sign in with the card {card}"),
        )
        if row is not None:
            self.name.clear()
        return row

    def _one_selected(self) -> VolunteerRow | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            self.status.setText(_tr("Choose one volunteer in the list first"))
            return None
        return rows[0]

    def make_coordinator(self, new_pin: str | None = None) -> VolunteerRow | None:
        """The chosen volunteer becomes a coordinator with a PIN of their own."""
        row = self._one_selected()
        if row is None:
            return None
        if new_pin is None:
            new_pin, ok = QInputDialog.getText(
                self,
                _tr("New coordinator"),
                _tr("PIN for {name} (at least 4 digits):").format(name=row.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        chosen = new_pin
        return self._run(
            lambda who, pin: volunteers.set_coordinator(row.name, chosen, coordinator=who, pin=pin),
            _tr("{name} is a coordinator"),
        )

    def make_volunteer(self) -> VolunteerRow | None:
        row = self._one_selected()
        if row is None:
            return None
        return self._run(
            lambda who, pin: volunteers.set_volunteer_role(row.name, coordinator=who, pin=pin),
            _tr("{name} is a volunteer (no PIN)"),
        )

    def toggle_active(self) -> VolunteerRow | None:
        """A volunteer who left: their card stops signing in (or works again)."""
        row = self._one_selected()
        if row is None:
            return None
        done = _tr("{name}'s card works again") if not row.active else _tr("{name}'s card stopped")
        return self._run(
            lambda who, pin: volunteers.set_active(
                row.name, not row.active, coordinator=who, pin=pin
            ),
            done,
        )

    def save_expiry(self) -> int | None:
        """The minutes without a scan after which every bench clears its context."""
        if self._credentials is None:
            return None
        try:
            auth.require_coordinator(*self._credentials)
            minutes = store_context_minutes(self.expiry.value())
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return None
        self.status.setText(
            _tr("Benches clear their context after {minutes} minutes without a scan").format(
                minutes=minutes
            )
        )
        return minutes

    def print_selected(self) -> object:
        rows = self.selected_rows()
        if not rows:
            self.status.setText(_tr("Choose the volunteers whose cards to print"))
            return None
        return self._print(rows)

    def print_all(self) -> object:
        return self._print([row for row in self.model.rows() if row.active])

    def _print(self, rows: list[VolunteerRow]) -> object:
        if self._print_cards is None or not rows:
            self.status.setText(_tr("Cards cannot be printed on this computer"))
            return None
        self.status.setText(_tr("Printing {count} cards…").format(count=len(rows)))
        return self._print_cards([(row.name, row.card_code) for row in rows])
