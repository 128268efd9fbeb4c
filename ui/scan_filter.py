"""The application-wide scan capture: a keyboard-wedge burst never lands in a text field.

Installed on the QApplication, the filter looks at key presses as they reach a top-level
window (once per key, before any widget sees them), feeds them to the Qt-free
`hardware.wedge.WedgeDecoder`, swallows the keys of a scan and emits `scanned`.  Keys that
turn out to be a person typing are sent on to the window unchanged, in order, a few
milliseconds late.  The clock is injectable so tests control timing exactly.

One exception: a field that asks for codes (marked with `accept_scans`, such as the label
dialog's Codes) takes a scan as text when it has the focus, instead of the bench.
"""

from __future__ import annotations

import time
import typing
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit

from hardware.wedge import Replay, Scan, WedgeDecoder, WedgeKey, WedgeSettings

_TERMINATOR_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}


# The dynamic property that marks a code field.
ACCEPTS_SCANS = "acceptsScans"


def accept_scans(field: QLineEdit) -> QLineEdit:
    """Mark `field` as asking for codes: a scan while it has the focus is typed into it
    (separated by a space from what is there), never routed to the bench."""
    field.setProperty(ACCEPTS_SCANS, True)
    return field


def _code_field(window: QWindow | None) -> QLineEdit | None:
    """The code field with the focus in `window` (the window the scan was typed into)."""
    focused = QApplication.focusWidget()
    if window is not None and _alive(window):
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window:
                focused = widget.focusWidget()
                break
    if isinstance(focused, QLineEdit) and focused.property(ACCEPTS_SCANS) and focused.isEnabled():
        return focused
    return None


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class ScanEventFilter(QObject):
    """Install with `app.installEventFilter(filter)`; connect `scanned(str)`."""

    scanned = Signal(str)

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        use_keycodes: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if use_keycodes is None:
            # nativeScanCode() is an X11 key code only on xcb; elsewhere it means other things.
            use_keycodes = QGuiApplication.platformName() == "xcb"
        self._decoder = WedgeDecoder(settings or WedgeSettings(), use_keycodes=use_keycodes)
        self._clock = clock
        self._replaying = False
        # The window the last key was typed into: a scan lands in its code field, if any.
        self._window: QWindow | None = None
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.settle)

    @property
    def settings(self) -> WedgeSettings:
        return self._decoder.settings

    def set_settings(self, settings: WedgeSettings) -> None:
        self.settle(force=True)
        self._decoder.settings = settings

    @property
    def holding(self) -> bool:
        return self._decoder.holding

    def settle(self, *, force: bool = False) -> None:
        """Settle held keys whose time is up (the timer calls this; tests may too)."""
        now = self._clock()
        if force and self._decoder.holding:
            deadline = self._decoder.next_deadline() or now
            now = max(now, deadline + 1.0)
        self._act(self._decoder.tick(now))
        self._arm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        # A key press reaches the window first, then each widget up the focus chain: look
        # at it once, at the window.
        if not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        self._window = watched
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False
        now = self._clock()
        text = event.text()
        mods = event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if key in _TERMINATOR_KEYS:
            swallow, outcomes = self._decoder.terminator(now)
            self._act(outcomes)
            self._arm()
            return swallow
        if plain and len(text) == 1 and text.isprintable() and not event.isAutoRepeat():
            wedge_key = WedgeKey(
                char=text,
                at=now,
                keycode=event.nativeScanCode() or None,
                shifted=bool(mods & Qt.KeyboardModifier.ShiftModifier),
                token=(watched, _copy(event)),
            )
            self._act(self._decoder.press(wedge_key))
            self._arm()
            return True
        # Anything else, including a key held down (auto-repeat comes as fast as a scanner
        # but is a person), settles what is held and goes through untouched.
        self._act(self._decoder.other_key(now))
        self._arm()
        return False

    def _arm(self) -> None:
        deadline = self._decoder.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        wait_ms = max(1, int((deadline - self._clock()) * 1000) + 1)
        self._timer.start(wait_ms)

    def _act(self, outcomes: list[Scan | Replay]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Scan):
                field = _code_field(self._window)
                if field is not None and not field.isReadOnly():
                    _type_into(field, outcome.text)
                else:
                    self.scanned.emit(outcome.text)
            else:
                self._replay(outcome)

    def _replay(self, replay: Replay) -> None:
        self._replaying = True
        try:
            for key in replay.keys:
                window, event = typing.cast(tuple[QWindow, QKeyEvent], key.token)
                target = window if _alive(window) else QGuiApplication.focusWindow()
                if target is not None:
                    QCoreApplication.sendEvent(target, _copy(event))
        finally:
            self._replaying = False


def _type_into(field: QLineEdit, text: str) -> None:
    current = field.text()
    if current and not current.endswith(" "):
        field.setText(current + " ")
    field.insert(text.strip())


def _alive(window: QWindow) -> bool:
    try:
        return window.isVisible()
    except RuntimeError:  # the C++ window is gone
        return False
