"""Small shared widgets and helpers: big fonts, the feedback banner, message boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QStyle, QStyleOption, QWidget

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

# Asks for (coordinator name, PIN) with a reason shown; None when cancelled.
AskPin = Callable[[str], tuple[str, str] | None]


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


class ReadingView(QWidget):
    """A page that shows lists read from the warehouse.  When the language changes it
    shows its own words again (`retranslate`) and reads its lists again (`reload`): names
    come in the new language, sorted in it.

    Each page defines both methods; they are declared here, not stubbed, because an
    `abc.ABC` base cannot be mixed with Qt's own metaclass.
    """

    retranslate: Callable[[], None]
    reload: Callable[[], None]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)


class ElidedLabel(QLabel):
    """One line of plain text that never widens or heightens its layout: when the room is
    too narrow it ends in "…" (the whole text in the tooltip).  `text()` is the whole text.
    The bench's context panel uses it, so a long van destination never moves the bench."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(text, parent)
        self.elide = elide
        # A tail that stays whole when the rest gives way ("…: 4 boxes").
        self.keep_end = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people: never markup
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text if self.is_elided() else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, self.sizeHint().height())

    def is_elided(self) -> bool:
        return (
            QFontMetrics(self.font()).horizontalAdvance(self.text()) > self.contentsRect().width()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.setToolTip(self.text() if self.is_elided() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        room = self.contentsRect()
        metrics = QFontMetrics(self.font())
        text, end = self.text(), self.keep_end
        if end and text.endswith(end) and metrics.horizontalAdvance(text) > room.width():
            head = text[: len(text) - len(end)]
            left = max(room.width() - metrics.horizontalAdvance(end), 0)
            shown = metrics.elidedText(head, self.elide, left) + end
        else:
            shown = metrics.elidedText(text, self.elide, room.width())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, int(self.alignment()) | int(Qt.AlignmentFlag.AlignVCenter), shown)


class Banner(QLabel):
    """Full-width strip with the last scan's outcome in very large text: green (done),
    amber (scan again to confirm, nothing changed yet) or red (refused).

    Its height is fixed (two lines of its large type): a long message is set in smaller
    type rather than pushing the bench down, so nothing under it moves between scans."""

    LINES = 2
    SMALLEST_POINT_SIZE = 8.0
    PADDING = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        # Messages carry names typed by people (destinations, categories): never markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        line = QFontMetrics(big_font(self, 1.8, bold=True)).lineSpacing()
        self._large = big_font(self, 2.4, bold=True)
        self.setFont(self._large)
        self.setFixedHeight(max(90, self.LINES * line + 2 * self.PADDING + 4))
        self.ok: bool | None = None
        # "ok", "confirm", "error", or "idle".
        self.state = "idle"
        self.show_idle("")

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, self.height())

    def _room(self) -> QRect:
        """Where the text goes: inside the style sheet's padding (and a little more)."""
        return QRect(0, 0, max(self.width() - 2 * self.PADDING - 4, 40),
                     max(self.height() - 2 * self.PADDING - 4, 20))  # fmt: skip

    def _fit(self) -> None:
        """The largest type, down to SMALLEST_POINT_SIZE, in which the text fits."""
        room = self._room()
        font = QFont(self._large)
        point = font.pointSizeF() if font.pointSizeF() > 0 else 20.0
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        while point > self.SMALLEST_POINT_SIZE:
            font.setPointSizeF(point)
            needed = QFontMetrics(font).boundingRect(room, flags, self.text())
            if needed.width() <= room.width() and needed.height() <= room.height():
                break
            point -= 1.0
        font.setPointSizeF(max(point, self.SMALLEST_POINT_SIZE))
        if font != self.font():
            self.setFont(font)

    def fits(self) -> bool:
        """Is the whole text inside the banner in its current type?"""
        room = self._room()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        needed = QFontMetrics(self.font()).boundingRect(room, flags, self.text())
        return needed.width() <= room.width() + 1 and needed.height() <= room.height() + 1

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
