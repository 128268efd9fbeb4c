"""Sign-in at the start of a shift, and the coordinator PIN prompt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_font, message_of
from warehouse_desktop import auth
from warehouse_desktop.auth import OperatorInfo
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.models import Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class SignInDialog(QDialog):
    """Who is at the bench: the volunteer scans their card (the window signs them in and
    closes this), or types their name, volunteer or coordinator (with PIN).  A scan that
    is not a volunteer card while this is open is refused here, where it is seen."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.operator: OperatorInfo | None = None
        self.setWindowTitle(_tr("Sign in"))
        # Big enough to hit in gloves.
        self.setMinimumWidth(520)
        self.setFont(big_font(self, 1.3))
        layout = QVBoxLayout(self)
        title = QLabel(_tr("Scan your volunteer card"), self)
        title.setFont(big_font(title, 1.6, bold=True))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.title = title
        hint = QLabel(_tr("No card with you? Type your name instead:"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(60)
        self.name.setFont(big_font(self.name, 1.2))
        form.addRow(_tr("Your &name:"), self.name)
        roles = QHBoxLayout()
        self.volunteer = QRadioButton(_tr("&Volunteer"), self)
        self.coordinator = QRadioButton(_tr("&Coordinator"), self)
        self.volunteer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.volunteer)
        group.addButton(self.coordinator)
        roles.addWidget(self.volunteer)
        roles.addWidget(self.coordinator)
        form.addRow(_tr("Role:"), roles)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin_label = QLabel(_tr("&PIN:"), self)
        self.pin_label.setBuddy(self.pin)
        form.addRow(self.pin_label, self.pin)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Start the shift"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.coordinator.toggled.connect(self._role_changed)
        self._role_changed(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_refusal(self, text: str) -> None:
        """A scan that did not sign anyone in: why, in the dialog the volunteer looks at."""
        self.error.setText(text)

    def _role_changed(self, coordinator: bool) -> None:
        self.pin.setVisible(coordinator)
        self.pin_label.setVisible(coordinator)

    def accept(self) -> None:
        role = Role.COORDINATOR if self.coordinator.isChecked() else Role.VOLUNTEER
        if not " ".join(self.name.text().split()):
            self.error.setText(_tr("Type your first name to start"))
            self.name.setFocus()
            return
        try:
            self.operator = auth.sign_in(self.name.text(), role, self.pin.text() or None)
        except WarehouseError as exc:
            self.error.setText(message_of(exc))
            self.pin.clear()
            return
        super().accept()


class PinDialog(QDialog):
    """Asks for a coordinator's name and PIN before a coordinator-only action.

    `verify(name, pin)` checks them when OK is pressed (raising WarehouseError when
    wrong): a wrong PIN is said in the dialog, which stays open for another try."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str = "",
        action: str = "",
        verify: Callable[[str, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._verify = verify
        self.setWindowTitle(_tr("Coordinator PIN"))
        layout = QVBoxLayout(self)
        if action:
            reason = QLabel(action, self)
            reason.setWordWrap(True)
            layout.addWidget(reason)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(60)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        form.addRow(_tr("Coordinator &name:"), self.name)
        form.addRow(_tr("&PIN:"), self.pin)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.pin if name else self.name).setFocus()

    def credentials(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), self.pin.text()

    def accept(self) -> None:
        name, pin = self.credentials()
        if not name:
            self.error.setText(_tr("Type the coordinator's name"))
            self.name.setFocus()
            return
        if self._verify is not None:
            try:
                self._verify(name, pin)
            except WarehouseError as exc:
                # Said here, and the dialog stays: the next try is one keystroke away.
                self.error.setText(message_of(exc))
                self.pin.clear()
                self.pin.setFocus()
                return
        super().accept()
