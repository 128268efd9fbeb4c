"""Status-bar widget: one badge per serial scanner saying whether it is there.

Interface for the main window:

    status = ScannerStatusWidget()
    window.statusBar().addPermanentWidget(status)
    status.attach(scanner_signals)        # a hardware.qt_scanner.ScannerSignals
    status.announced.connect(show_banner) # optional: "Scanner X disconnected" as one line

`set_state(name, state)` may also be called directly (state: "connected",
"disconnected", "reconnected", "stopped").  A stopped scanner's badge is removed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hardware.qt_scanner import ScannerSignals


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScannerStatus", text)


_COLOURS = {
    "connected": "#1b7f3b",
    "reconnected": "#1b7f3b",
    "disconnected": "#b00020",
}


class ScannerStatusWidget(QWidget):
    """Badges `Scanner bench-1: connected` in green, `disconnected` in red.

    Signal `announced(str)`: a translated sentence when a scanner is lost or comes back,
    for the window's banner or log.
    """

    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self._badges: dict[str, QLabel] = {}
        self._states: dict[str, str] = {}

    def attach(self, signals: ScannerSignals) -> None:
        signals.state_changed.connect(self.set_state)

    def state(self, name: str) -> str | None:
        return self._states.get(name)

    def badge_text(self, name: str) -> str:
        badge = self._badges.get(name)
        return badge.text() if badge is not None else ""

    @Slot(str, str)
    def set_state(self, name: str, state: str) -> None:
        if state == "stopped":
            badge = self._badges.pop(name, None)
            self._states.pop(name, None)
            if badge is not None:
                badge.deleteLater()
            return
        previous = self._states.get(name)
        self._states[name] = state
        badge = self._badges.get(name)
        if badge is None:
            badge = QLabel(self)
            self._badges[name] = badge
            self._layout.addWidget(badge)
        self._paint(name, badge)
        if state == "disconnected" and previous != "disconnected":
            self.announced.emit(_tr("Scanner {0} disconnected: plug it back in").format(name))
        elif state == "reconnected":
            self.announced.emit(_tr("Scanner {0} reconnected").format(name))

    def _words(self, state: str) -> str:
        words = {
            "connected": _tr("connected"),
            "reconnected": _tr("reconnected"),
            "disconnected": _tr("disconnected"),
        }
        return words.get(state, state)

    def _paint(self, name: str, badge: QLabel) -> None:
        state = self._states[name]
        badge.setText(_tr("Scanner {0}: {1}").format(name, self._words(state)))
        colour = _COLOURS.get(state, "palette(text)")
        badge.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        badge.setToolTip(
            _tr("Reading barcodes")
            if state != "disconnected"
            else _tr("Not found: the program keeps looking and reconnects by itself")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            for name, badge in self._badges.items():
                self._paint(name, badge)
        super().changeEvent(event)


def settings_page(settings: QSettings, parent: QWidget | None = None) -> QWidget:
    """The serial scanner settings page (what the window's Settings looks up here)."""
    from ui.printer_settings import scanner_settings_page

    return scanner_settings_page(settings, parent)
