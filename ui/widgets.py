"""Small shared widgets and helpers: big fonts, the feedback banner, message boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

from ui.messages import tr_message
from warehouse_desktop.errors import WarehouseError

# What a window manager adds around a window (title bar, borders): the screen's available
# area does not count it, so a window of that area's full height would lose its bottom.
WINDOW_FRAME = QSize(16, 40)

OK_COLOUR = "#1b7f3b"
# Amber: needs a second scan to confirm, nothing changed yet.  Dark text on amber reads
# better from across a bench than white.
CONFIRM_COLOUR = "#f2a900"
CONFIRM_TEXT_COLOUR = "#1a1a1a"
ERROR_COLOUR = "#b3261e"
IDLE_COLOUR = "#37474f"


def feedback_state(ok: bool, confirm: bool = False) -> str:
    """ "ok" (green), "confirm" (amber) or "error" (red) for a result."""
    if confirm and not ok:
        return "confirm"
    return "ok" if ok else "error"


def fit_to_screen(window: QWidget, width: int, height: int) -> QSize:
    """Size a top-level `window` at `width` × `height`, or smaller on a small screen (a
    1024×768 laptop, 200 % scaling), title bar and borders included; never below what
    its layout needs.  Returns the size given."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - WINDOW_FRAME.width())
        height = min(height, area.height() - WINDOW_FRAME.height())
    least = window.minimumSizeHint()
    size = QSize(max(width, least.width()), max(height, least.height()))
    window.resize(size)
    return size


def big_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


class Banner(QLabel):
    """Full-width strip with the last scan's outcome in very large text: green (done),
    amber (scan again to confirm, nothing changed yet) or red (refused)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        # Messages carry names typed by people (destinations, categories): never markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFont(big_font(self, 2.4, bold=True))
        self.ok: bool | None = None
        # "ok", "confirm", "error", or "idle".
        self.state = "idle"
        self.show_idle("")

    def _paint(self, colour: str, text_colour: str = "white") -> None:
        self.setStyleSheet(
            f"QLabel#banner {{ background: {colour}; color: {text_colour}; padding: 10px; "
            "border-radius: 6px; }"
        )

    def show_result(self, ok: bool, text: str, *, confirm: bool = False) -> None:
        self.ok = ok
        self.state = feedback_state(ok, confirm)
        if self.state == "confirm":
            self._paint(CONFIRM_COLOUR, CONFIRM_TEXT_COLOUR)
        else:
            self._paint(OK_COLOUR if ok else ERROR_COLOUR)
        self.setText(text)
        self.setAccessibleName(text)

    def show_idle(self, text: str) -> None:
        self.ok = None
        self.state = "idle"
        self._paint(IDLE_COLOUR)
        self.setText(text)


def show_error(parent: QWidget | None, exc: WarehouseError) -> None:
    """A clear message for a failed action; never a traceback."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Common", "Cannot do that"),
        tr_message(exc.key, exc.args_),
    )


def message_of(exc: WarehouseError) -> str:
    return tr_message(exc.key, exc.args_)
