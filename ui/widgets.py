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
ERROR_COLOUR = "#b3261e"
IDLE_COLOUR = "#37474f"


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
    """Full-width green/red strip with the last scan's outcome in very large text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFont(big_font(self, 2.4, bold=True))
        self.ok: bool | None = None
        self.show_idle("")

    def _paint(self, colour: str) -> None:
        self.setStyleSheet(
            f"QLabel#banner {{ background: {colour}; color: white; padding: 10px; "
            "border-radius: 6px; }"
        )

    def show_result(self, ok: bool, text: str) -> None:
        self.ok = ok
        self._paint(OK_COLOUR if ok else ERROR_COLOUR)
        self.setText(text)
        self.setAccessibleName(text)

    def show_idle(self, text: str) -> None:
        self.ok = None
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
