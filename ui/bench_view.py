"""The bench: where a volunteer scans.  Banner, context in large type, scan log, UNDO,
a grid of category buttons with size and quantity pickers, and the New box key.

Every action goes through `BenchService` (one durable transaction each); the view only
shows what came back, translated, with a sound: green (done), amber (scan again to
confirm, nothing changed yet) or red (refused).  Until a volunteer signs in (their card,
or a typed name) the core refuses every other scan.  A timer asks the core now and then
to clear a context left idle, and the log says so.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import sounds
from ui.i18n import tr_plural
from ui.messages import COUNTED_PHRASES, MODE_NAMES, name, size_name, tr_message
from ui.sounds import Feedback
from ui.table_models import Column, RowTableModel
from ui.widgets import (
    CONFIRM_COLOUR,
    ERROR_COLOUR,
    Banner,
    ElidedLabel,
    big_font,
    feedback_state,
)
from warehouse_desktop import codes, localtime
from warehouse_desktop.bench import BenchContext, BenchService, ScanAction, ScanResult
from warehouse_desktop.catalogue import CategoryData, list_categories
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.models import BenchMode, utcnow
from warehouse_desktop.weight import format_kg

LOG_SIZE = 50
# How often the window asks the core to clear a bench context left idle (ms).
EXPIRY_CHECK_MS = 60_000
# F2 held down or pressed twice: the window asks the core at most once in this time (s).
NEW_BOX_REPEAT_SECONDS = 1.0


def play_feedback(feedback: Feedback, state: str) -> None:
    """The sound for "ok", "confirm" or "error".  Where the sounds offer no confirm
    sound, amber plays the error sound: something to look at, nothing was done."""
    if state == "confirm":
        if "confirm" in getattr(sounds, "KINDS", ()):
            feedback.play("confirm")
        else:
            feedback.play(False)
        return
    feedback.play(state == "ok")


@dataclass(frozen=True)
class LogEntry:
    at: dt.datetime
    code: str
    ok: bool
    key: str
    args: dict[str, Any] = field(default_factory=dict)
    confirm: bool = False

    @property
    def state(self) -> str:
        return feedback_state(self.ok, self.confirm)


def _error_colour(entry: LogEntry) -> str | None:
    return ERROR_COLOUR if entry.state == "error" else None


def _confirm_colour(entry: LogEntry) -> str | None:
    return CONFIRM_COLOUR if entry.state == "confirm" else None


class ScanLogModel(RowTableModel):
    """The last 50 scans at this bench, newest first.  Text is translated when shown; each
    row's `Qt.UserRole` says whether the scan did what it asked."""

    FIELDS = ("time", "code", "message")  # what each column shows, in column order

    def __init__(self, parent: QWidget | None = None, *, limit: int = LOG_SIZE) -> None:
        shown: dict[str, Callable[[LogEntry], str]] = {
            "time": self._time,
            "code": lambda entry: entry.code,
            "message": lambda entry: tr_message(entry.key, entry.args),
        }
        headers = {
            "time": lambda: QCoreApplication.translate("ScanLog", "Time"),
            "code": lambda: QCoreApplication.translate("ScanLog", "Code"),
            "message": lambda: QCoreApplication.translate("ScanLog", "What happened"),
        }
        columns = [
            Column(headers[key], shown[key], tooltip=shown[key], foreground=_error_colour,
                   background=_confirm_colour)
            for key in self.FIELDS
        ]  # fmt: skip
        super().__init__(columns, key=lambda entry: entry.ok, parent=parent)
        self._limit = limit
        # The warehouse's zone, read once (not at every paint); a new zone shows from the
        # next start.
        self._zone: dt.tzinfo | None = None

    def add(self, entry: LogEntry) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()
        if len(self._rows) > self._limit:
            self.beginRemoveRows(QModelIndex(), self._limit, len(self._rows) - 1)
            del self._rows[self._limit :]
            self.endRemoveRows()

    def entry(self, row: int) -> LogEntry:
        return self._rows[row]

    def _time(self, entry: LogEntry) -> str:
        if self._zone is None:
            self._zone = localtime.warehouse_zone()
        return localtime.to_local(entry.at, self._zone).strftime("%H:%M:%S")


class FittingButton(QPushButton):
    """A big button whose text is never clipped and never widens the window: it goes onto
    two lines (when `lines` is 2), and only then into smaller type, as the room narrows
    (long French words, 200 % scaling, a 1024-pixel screen)."""

    SMALLEST_POINT_SIZE = 7.0

    def __init__(self, name: str = "", parent: QWidget | None = None, *, lines: int = 2) -> None:
        super().__init__(name, parent)
        self.full_name = name
        self._lines = lines
        self._name_font = QFont(self.font())
        self._fitted_for: tuple[int, int] | None = None
        # Ignored width: the text shrinks into the room instead of widening the layout.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_name_font(self, font: QFont) -> None:
        self._name_font = QFont(font)
        self._fitted_for = None
        self._fit()

    def set_name(self, name: str) -> None:
        """Show `name` (fitted); `full_name` keeps it whole."""
        self.full_name = name
        self._fitted_for = None
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self.isVisible():
            # Not laid out yet: its size means nothing; fitted when shown.
            self._fitted_for = None
            super().setText(self.full_name)
            return
        size = (self.width(), self.height())
        if self._fitted_for == size:
            return
        self._fitted_for = size
        room_w, room_h = max(self.width() - 14, 10), max(self.height() - 8, 10)
        font = QFont(self._name_font)
        point = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        while True:
            font.setPointSizeF(point)
            text = _fitting_text(self.full_name, QFontMetrics(font), room_w, room_h, self._lines)
            if text is not None or point <= self.SMALLEST_POINT_SIZE:
                break
            point -= 0.5
        if text is None:
            text = QFontMetrics(font).elidedText(
                self.full_name, Qt.TextElideMode.ElideRight, room_w
            )
        super().setFont(font)
        super().setText(text)


class CategoryButton(FittingButton):
    """A category's big button: its name on one or two lines, never clipped."""


class SizeButton(FittingButton):
    """One size of the category in hand, on one line; `box_size` is the size it sets."""

    def __init__(self, box_size: str, parent: QWidget | None = None) -> None:
        super().__init__(size_name(box_size), parent, lines=1)
        self.box_size = box_size


def _fitting_text(
    name: str, metrics: QFontMetrics, width: int, height: int, lines: int = 2
) -> str | None:
    """`name` on one line, or on two split at the best space, if it fits; else None."""
    if metrics.horizontalAdvance(name) <= width and metrics.height() <= height:
        return name
    if lines < 2 or " " not in name or 2 * metrics.height() > height:
        return None
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    best = min(
        spaces,
        key=lambda i: max(
            metrics.horizontalAdvance(name[:i]), metrics.horizontalAdvance(name[i + 1 :])
        ),
    )
    halves = [name[:best], name[best + 1 :]]
    if max(metrics.horizontalAdvance(half) for half in halves) <= width:
        return "\n".join(halves)
    return None


class CategoryGrid(QWidget):
    """Big buttons, one per active category; `chosen(category_id)`."""

    chosen = Signal(int)
    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setSpacing(6)
        self.buttons: dict[int, CategoryButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._categories: list[CategoryData] = []
        self.language = "en"

    def load(self, categories: list[CategoryData], language: str) -> None:
        self.language = language
        self._categories = categories
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        # In the window's language's alphabetical order (accents and case as people sort).
        collator = QCollator(QLocale(language))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        categories = sorted(
            categories, key=lambda c: collator.sortKey(c.names.get(language) or c.name)
        )
        self._categories = categories
        for i, category in enumerate(categories):
            label = category.names.get(language) or category.name
            button = CategoryButton(label, self)
            button.setCheckable(True)
            button.setFixedHeight(52)
            button.setMinimumWidth(60)
            button.set_name_font(big_font(button, 1.25, bold=True))
            button.setToolTip(f"{category.name} ({category.code})")
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, cid=category.id: self.chosen.emit(cid))
            self._group.addButton(button)
            self._layout.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            self.buttons[category.id] = button  # type: ignore[index]

    def mark(self, category_id: int | None) -> None:
        button = self.buttons.get(category_id) if category_id is not None else None
        if button is not None:
            button.setChecked(True)
        else:
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)


class BenchView(QWidget):
    """The scan-first bench screen."""

    label_requested = Signal(object)  # BoxInfo of a new box whose label should print
    result_shown = Signal(object)  # every ScanResult shown, for tests and other views
    # Who is signed in changed through the bench (a card, SIGN OUT): name and role, or
    # "" and "" when nobody is signed in any more.
    volunteer_changed = Signal(str, str)

    def __init__(
        self,
        service: BenchService,
        feedback: Feedback,
        *,
        language: Callable[[], str] = lambda: "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.feedback = feedback
        self._language = language
        self.context: BenchContext | None = None
        self.last_result: ScanResult | None = None
        self._updating_pickers = False
        self._last_new_box = -NEW_BOX_REPEAT_SECONDS
        self._build()
        self.retranslate()
        self.reload_categories()
        self.refresh_context()
        # The core clears a context idle for too long on the next scan anyway; the timer
        # clears it on screen too, so the next volunteer never sees a stale location.
        self.expiry_timer = QTimer(self)
        self.expiry_timer.setInterval(EXPIRY_CHECK_MS)
        self.expiry_timer.timeout.connect(self.expire_context)
        self.expiry_timer.start()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self._outer = outer
        self.banner = Banner(self)
        outer.addWidget(self.banner)

        strip = QFrame(self)
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(strip)
        grid.setContentsMargins(8, 4, 8, 4)
        # One line each, cut with "…" when too long: a long destination or name never
        # wraps, so the panel and everything under it stay where they are.
        self.mode_caption, self.mode_value = ElidedLabel("", strip), ElidedLabel("", strip)
        self.template_caption, self.template_value = ElidedLabel("", strip), ElidedLabel("", strip)
        self.location_caption, self.location_value = ElidedLabel("", strip), ElidedLabel("", strip)
        self.van_caption = ElidedLabel("", strip)
        # "Grande-Syn… : 4 boxes": the count stays in sight, the destination gives way.
        self.van_value = ElidedLabel("", strip)
        self.count_caption, self.count_value = ElidedLabel("", strip), ElidedLabel("", strip)
        self.operator_caption, self.operator_value = ElidedLabel("", strip), ElidedLabel("", strip)
        pairs = [
            (self.operator_caption, self.operator_value),
            (self.mode_caption, self.mode_value),
            (self.template_caption, self.template_value),
            (self.location_caption, self.location_value),
            (self.van_caption, self.van_value),
            (self.count_caption, self.count_value),
        ]
        for column, (caption, value) in enumerate(pairs):
            value.setFont(big_font(value, 1.6, bold=True))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
            wide = value in (self.template_value, self.van_value)
            grid.setColumnStretch(column, 3 if wide else 2)
        strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        outer.addWidget(strip)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.grid = CategoryGrid()
        self.grid.chosen.connect(self._category_chosen)
        scroll = QScrollArea(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid)
        left_layout.addWidget(scroll, 1)
        self._grid_scroll = scroll

        # Sizes on a line of their own, always there and always as high: one size or
        # eight, the buttons share the width (never widening the bench) and nothing moves.
        sizes = QWidget(left)
        sizes.setFixedHeight(48)
        self._size_line = sizes
        sizes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        size_line = QHBoxLayout(sizes)
        size_line.setContentsMargins(0, 2, 0, 2)
        self.size_caption = QLabel(sizes)
        size_line.addWidget(self.size_caption)
        self.size_row = QHBoxLayout()
        size_line.addLayout(self.size_row, 1)
        left_layout.addWidget(sizes)
        self.size_group = QButtonGroup(self)
        self.size_group.setExclusive(True)
        self.size_group.buttonClicked.connect(self._size_chosen)
        picker = QHBoxLayout()
        self.quantity_caption = QLabel(left)
        picker.addWidget(self.quantity_caption)
        self.quantity = QSpinBox(left)
        self.quantity.setRange(1, 999)
        self.quantity.setFont(big_font(self.quantity, 1.5, bold=True))
        self.quantity.setMinimumWidth(90)
        self.quantity.editingFinished.connect(self._quantity_chosen)
        # Typed but not confirmed with Enter: still what the volunteer means (commit_quantity).
        self._quantity_edited = False
        self.quantity.lineEdit().textEdited.connect(self._quantity_typed)
        self.quantity.valueChanged.connect(self._quantity_typed)
        self.quantity_caption.setBuddy(self.quantity)
        picker.addWidget(self.quantity)
        # The expiry month, shown for expiring categories (hygiene, food, medicine).  Like
        # the quantity, a month typed but not confirmed with Enter is saved before a scan.
        self.expiry_caption = QLabel(left)
        picker.addWidget(self.expiry_caption)
        self.expiry = QLineEdit(left)
        self.expiry.setMaxLength(10)
        self.expiry.setFont(big_font(self.expiry, 1.5, bold=True))
        self.expiry.setMinimumWidth(self.expiry.fontMetrics().horizontalAdvance("2027-03") + 24)
        self.expiry.setMaximumWidth(self.expiry.fontMetrics().horizontalAdvance("2027-03") * 2)
        self.expiry.returnPressed.connect(lambda: self._expiry_chosen())
        self._expiry_edited = False
        self.expiry.textEdited.connect(self._expiry_typed)
        self.expiry_caption.setBuddy(self.expiry)
        picker.addWidget(self.expiry)
        # The weight of the next box packed (from the scale), in kg.  It goes to that one
        # box and is then cleared: a weight never passes silently to the next box.
        self.weight_caption = QLabel(left)
        picker.addWidget(self.weight_caption)
        self.weight = QLineEdit(left)
        self.weight.setMaxLength(16)
        self.weight.setFont(big_font(self.weight, 1.5, bold=True))
        self.weight.setMinimumWidth(110)
        self.weight.setMaximumWidth(160)
        self._weight_edited = False
        self.weight.textEdited.connect(self._weight_typed)
        self.weight.returnPressed.connect(self._weight_entered)
        self.weight_caption.setBuddy(self.weight)
        picker.addWidget(self.weight)
        picker.addStretch(1)
        left_layout.addLayout(picker)
        self._size_buttons: list[SizeButton] = []

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.log_model = ScanLogModel(self)
        self.log_view = QTableView(right)
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.verticalHeader().setVisible(False)
        header = self.log_view.horizontalHeader()
        # Time and code keep a fixed width, wide enough for "23:59:59" and a box code and
        # for their titles; what happened takes the rest (never the Time column's room).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(20)
        self.log_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log_caption = QLabel(right)
        right_layout.addWidget(self.log_caption)
        # "Not found: …" after a stock-take: one line whose room is always kept.
        self.details = ElidedLabel("", right)
        self.details.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        policy = self.details.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.details.setSizePolicy(policy)
        self.details.setVisible(False)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.log_view, 1)
        manual = QHBoxLayout()
        self.manual_caption = QLabel(right)
        self.manual_entry = QLineEdit(right)
        self.manual_entry.setMaxLength(codes.MAX_RAW_LENGTH)
        self.manual_entry.returnPressed.connect(self.submit_manual)
        self.manual_caption.setBuddy(self.manual_entry)
        manual.addWidget(self.manual_caption)
        manual.addWidget(self.manual_entry, 1)
        right_layout.addLayout(manual)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Neither side asks for more than a share of a small screen: the sides keep the
        # share they were given whatever the size row or the log holds.
        left.setMinimumWidth(0)
        right.setMinimumWidth(0)
        left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        right.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        outer.addWidget(splitter, 1)
        # Three fifths for the categories, two for the log, whatever their contents ask;
        # once a volunteer drags the handle, their choice stays.
        self._splitter_dragged = False
        splitter.splitterMoved.connect(self._splitter_moved)

        buttons = QHBoxLayout()
        self.new_box_button = FittingButton("", self, lines=1)
        self.undo_button = FittingButton("", self, lines=1)
        self.dispatch_button = FittingButton("", self, lines=1)
        self.check_in_button = FittingButton("", self, lines=1)
        for button in (
            self.new_box_button,
            self.undo_button,
            self.dispatch_button,
            self.check_in_button,
        ):
            button.setFixedHeight(56)
            button.set_name_font(big_font(button, 1.4, bold=True))
            buttons.addWidget(button)
        self.new_box_button.clicked.connect(self.new_box)
        self.undo_button.clicked.connect(self.undo)
        self.dispatch_button.clicked.connect(self.dispatch)
        self.check_in_button.clicked.connect(self.check_in)
        outer.addLayout(buttons)

        # The keys (F2 new box, F4/Ctrl+Z undo, F8 type a code) are window actions: the
        # main window owns them (`bench_actions`), so they work from any page.

    def retranslate(self) -> None:
        tr = QCoreApplication.translate
        self.mode_caption.setText(tr("BenchView", "Mode"))
        self.template_caption.setText(tr("BenchView", "Category template"))
        self.location_caption.setText(tr("BenchView", "Location"))
        self.van_caption.setText(tr("BenchView", "Van load"))
        self.count_caption.setText(tr("BenchView", "Stock-take"))
        self.operator_caption.setText(tr("BenchView", "Volunteer"))
        self.size_caption.setText(tr("BenchView", "Size:"))
        self.quantity_caption.setText(tr("BenchView", "&Items per box:"))
        self.expiry_caption.setText(tr("BenchView", "E&xpiry month:"))
        self.expiry.setPlaceholderText(tr("BenchView", "YYYY-MM"))
        self.weight_caption.setText(tr("BenchView", "&Weight (kg):"))
        self.weight.setPlaceholderText(tr("BenchView", "not weighed"))
        self.weight.setToolTip(
            tr(
                "BenchView",
                "The weight of the next box only, e.g. 12.5 or 12,5; cleared once it is made",
            )
        )
        self.log_caption.setText(tr("BenchView", "Last scans at this bench"))
        self.manual_caption.setText(tr("BenchView", "Damaged label? &Type the code:"))
        self.manual_entry.setPlaceholderText(tr("BenchView", "e.g. B0000123X, then Enter"))
        self.new_box_button.set_name(tr("BenchView", "New box + label (F2)"))
        self.undo_button.set_name(tr("BenchView", "UNDO (F4)"))
        self.dispatch_button.set_name(tr("BenchView", "DISPATCH van"))
        self.check_in_button.set_name(tr("BenchView", "Back to CHECK IN"))
        self.log_model.retranslate()
        self._size_log_columns()
        if self.last_result is None:
            self._show_idle()
        elif not self.last_result.silent:
            self.banner.show_result(
                self.last_result.ok,
                tr_message(self.last_result.message, self.last_result.args),
                confirm=self.last_result.confirm,
            )
        if self.context is not None:
            self._show_context(self.context)

    # Heights on a normal screen and on a short one (768 pixels at 200 %: 384 to lay out).
    ROOMY = {"banner": 96, "buttons": 56, "size_line": 48, "size_button": 44, "scroll": 70,
             "spacing": 6}  # fmt: skip
    COMPACT = {"banner": 72, "buttons": 40, "size_line": 38, "size_button": 34, "scroll": 36,
               "spacing": 3}  # fmt: skip
    COMPACT_BELOW = 600

    def fit_heights(self) -> bool:
        """Fixed heights that suit the screen: on a short one (under 600 pixels) the
        buttons and rows are lower, so the whole bench fits.  True when compact."""
        screen = self.screen()
        compact = screen is not None and screen.availableGeometry().height() < self.COMPACT_BELOW
        sizes = self.COMPACT if compact else self.ROOMY
        for button in (self.new_box_button, self.undo_button, self.dispatch_button,
                       self.check_in_button):  # fmt: skip
            button.setFixedHeight(sizes["buttons"])
        self.banner.setFixedHeight(sizes["banner"])
        self._size_line.setFixedHeight(sizes["size_line"])
        for button in self._size_buttons:
            button.setFixedHeight(sizes["size_button"])
        self._grid_scroll.setMinimumHeight(sizes["scroll"])
        self.log_view.setMinimumHeight(sizes["scroll"])
        self._outer.setSpacing(sizes["spacing"])
        margin = 2 * sizes["spacing"] // 3 + 2
        self._outer.setContentsMargins(margin, margin, margin, margin)
        self._compact = compact
        return compact

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.fit_heights()
        super().showEvent(event)

    def _splitter_moved(self, *_args: object) -> None:
        self._splitter_dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self._splitter_dragged:
            margins = self._outer.contentsMargins()
            total = max(
                self.width() - margins.left() - margins.right() - self.splitter.handleWidth(), 2
            )
            self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def _size_log_columns(self) -> None:
        """The Time and Code columns as wide as their longest content or title."""
        metrics = self.log_view.fontMetrics()
        header = self.log_view.horizontalHeader()
        title = header.fontMetrics()
        pad = 2 * self.log_view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 14
        for column, sample in ((0, "23:59:59"), (1, "B0000000XX")):
            heading = str(self.log_model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(sample), title.horizontalAdvance(heading)) + pad,
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self._size_log_columns()
        if event.type() == QEvent.Type.LanguageChange:
            # Category buttons show the name in the bench's language when there is one.
            if self.grid.language != self._language():
                self.reload_categories()
            self.retranslate()
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------

    def reload_categories(self) -> None:
        try:
            categories = list_categories(include_inactive=False)
        except WarehouseError as exc:
            self._show_failure(exc)
            return
        self.grid.load(categories, self._language())
        if self.context is not None:
            self.grid.mark(self.context.category_id)

    def refresh_context(self) -> None:
        try:
            self.context = self.service.context()
        except WarehouseError as exc:
            self._show_failure(exc)
            return
        self._show_context(self.context)
        if self.last_result is None:
            self._show_idle()

    def show_sign_in_prompt(self) -> None:
        """Nobody signed in and the sign-in dialog closed: the banner asks for the card."""
        self.last_result = None
        self.refresh_context()
        self._show_idle()

    def _show_idle(self) -> None:
        tr = QCoreApplication.translate
        if self.context is not None and not self.context.volunteer:
            self.banner.show_idle(tr("BenchView", "Scan your volunteer card to start"))
        else:
            self.banner.show_idle(tr("BenchView", "Scan a category card, then each box"))

    def _show_context(self, ctx: BenchContext) -> None:
        tr = QCoreApplication.translate
        self.mode_value.setText(name(MODE_NAMES, ctx.mode.value))
        if ctx.category_name:
            category = ctx.category_name
            button = self.grid.buttons.get(ctx.category_id) if ctx.category_id else None
            if button is not None:
                category = button.full_name
            size = size_name(ctx.size) if ctx.size else ""
            quantity = ctx.quantity if ctx.quantity is not None else 1
            line = f"{category} {size} × {quantity}".replace("  ", " ")
            if ctx.category_expires:
                month = ctx.expiry.strftime("%Y-%m") if ctx.expiry else "?"
                line += " · " + tr("BenchView", "EXP {month}").format(month=month)
            self.template_value.setText(line)
        else:
            self.template_value.setText(tr("BenchView", "none: scan a category card"))
        if ctx.location_code:
            self.location_value.setText(f"{ctx.location_name} ({ctx.location_code})")
        else:
            self.location_value.setText(tr("BenchView", "bench"))
        if ctx.van_load_code:
            count = tr_plural("Messages", COUNTED_PHRASES["boxes"], ctx.van_load_box_count)
            destination = ctx.van_load_destination or ""
            line = tr("BenchView", "{destination}: {count}").format(
                destination=destination, count=count
            )
            self.van_value.keep_end = (
                line[len(destination) :] if destination and line.startswith(destination) else count
            )
            self.van_value.setText(line)
        else:
            self.van_value.setText("—")
        if ctx.count_location_code:
            self.count_value.setText(
                tr("BenchView", "{location}: {count}").format(
                    location=ctx.count_location_name or ctx.count_location_code,
                    count=tr_plural("Messages", COUNTED_PHRASES["seen"], ctx.count_seen),
                )
            )
        else:
            self.count_value.setText("—")
        self.operator_value.setText(ctx.volunteer or tr("BenchView", "nobody: scan your card"))
        loading = ctx.mode is BenchMode.LOAD
        self.dispatch_button.setVisible(loading)
        self.check_in_button.setVisible(ctx.mode is not BenchMode.CHECK_IN)
        self.new_box_button.setEnabled(ctx.category_id is not None)
        self.grid.mark(ctx.category_id)
        self._show_pickers(ctx)

    def _show_pickers(self, ctx: BenchContext) -> None:
        self._updating_pickers = True
        try:
            sizes = list(ctx.sizes) if ctx.category_id is not None else []
            shown = [(b.box_size, b.full_name) for b in self._size_buttons]
            if shown != [(size, size_name(size)) for size in sizes]:
                for button in self._size_buttons:
                    # Out of the line now, not when Qt gets round to deleting it.
                    self.size_group.removeButton(button)
                    self.size_row.removeWidget(button)
                    button.hide()
                    button.deleteLater()
                self._size_buttons = []
                for size in sizes:
                    # Shares the line with the others (Ignored width): never widens it.
                    button = SizeButton(size, self)
                    button.setCheckable(True)
                    compact = getattr(self, "_compact", False)
                    button.setFixedHeight((self.COMPACT if compact else self.ROOMY)["size_button"])
                    button.set_name_font(big_font(button, 1.2, bold=True))
                    self.size_group.addButton(button)
                    self.size_row.addWidget(button)
                    self._size_buttons.append(button)
            for button in self._size_buttons:
                button.setChecked(button.box_size == ctx.size)
            self.quantity.setEnabled(ctx.category_id is not None)
            if ctx.quantity is not None:
                self.quantity.setValue(ctx.quantity)
            self.expiry_caption.setVisible(ctx.category_expires)
            self.expiry.setVisible(ctx.category_expires)
            if not self._expiry_edited or not ctx.category_expires:
                self.expiry.setText(ctx.expiry.strftime("%Y-%m") if ctx.expiry else "")
                self._expiry_edited = False
            self.weight.setEnabled(ctx.category_id is not None)
            if not self._weight_edited:
                # What the next box will weigh, as saved; empty once a box took it.
                self.weight.setText(format_kg(ctx.next_weight_g))
        finally:
            self._updating_pickers = False

    # --- actions ----------------------------------------------------------------------

    def handle_scan(self, raw: str) -> ScanResult | None:
        """Route one scan (from the wedge filter, a serial scanner or manual entry).

        An "Items per box" typed but not yet confirmed with Enter is what the volunteer
        means for the next box: it is saved first, and so is a weight typed without Enter.
        A weight that is not one stops the scan (red, nothing written): the box is not
        made without the weight the volunteer meant, and is scanned again once it is put
        right."""
        self.commit_quantity()
        held = self.commit_expiry()
        if held is not None:
            # The typed month was refused or is waiting for confirmation: the scan is not
            # run with another month than the one on screen (scan the box again).
            return held
        if not self.commit_weight():
            return None
        was = self.context.volunteer if self.context is not None else None
        result = self._call(lambda: self.service.scan(raw), code=raw)
        now = self.context.volunteer if self.context is not None else None
        if result is not None and now != was:
            role = self.context.volunteer_role if self.context is not None else None
            self.volunteer_changed.emit(now or "", (role or "") if now else "")
        return result

    def commit_quantity(self) -> None:
        """Save the on-screen quantity if it differs from the template's."""
        if self._updating_pickers or self.context is None or self.context.category_id is None:
            return
        if not self._quantity_edited or not self.quantity.isEnabled():
            return
        # Digits typed into the box are only read into value() when interpreted.
        self.quantity.interpretText()
        self._quantity_chosen(quiet=True)

    def commit_expiry(self) -> ScanResult | None:
        """Save an expiry month typed but not confirmed with Enter (before a scan or F2).
        Its result when it was not saved (refused, or amber for a month already past)."""
        if self._updating_pickers or self.context is None or not self.context.category_expires:
            return None
        if self._expiry_edited and self.expiry.text().strip():
            result = self._expiry_chosen(quiet=True)
            if result is not None and not result.ok:
                return result
        return None

    def _expiry_typed(self, *_args: object) -> None:
        if not self._updating_pickers:
            self._expiry_edited = True

    def _expiry_chosen(self, *, quiet: bool = False) -> ScanResult | None:
        """Save the on-screen expiry month.  `quiet` (just before a scan): a line in the log
        when it is saved, the banner when it is refused or needs confirming."""
        if self._updating_pickers or self.context is None or not self.context.category_expires:
            return None
        self._expiry_edited = False
        text = self.expiry.text().strip()
        if not quiet:
            result = self._call(lambda: self.service.set_expiry(text))
        else:
            try:
                result = self.service.set_expiry(text)
            except WarehouseError as exc:
                self._show_failure(exc)
                result = None
            else:
                if result.ok:
                    self._log(result)
                    self.refresh_context()
                else:
                    self.show_result(result)
        if result is None or not result.ok:
            # Not saved: the month stays on screen to correct, or to confirm with Enter.
            self.expiry.setText(text)
            self._expiry_edited = True
        return result

    def commit_weight(self) -> bool:
        """Save a weight typed but not confirmed with Enter; False if it was refused."""
        if not self._weight_edited or self._updating_pickers or not self.weight.isEnabled():
            return True
        return self._weight_entered(quiet=True)

    def _weight_typed(self, *_args: object) -> None:
        if not self._updating_pickers:
            self._weight_edited = True

    def _weight_entered(self, *, quiet: bool = False) -> bool:
        """Save the typed weight for the next box.  `quiet` (just before a scan): a log line
        when it is taken, so the scan's own banner is the one seen."""
        self._weight_edited = False
        typed = self.weight.text()
        try:
            result = self.service.set_next_weight(typed)
        except WarehouseError as exc:
            self._show_failure(exc)
            return False
        if not result.ok:
            self._weight_edited = True  # still what was typed: fixed, then saved
            self.show_result(result)
            self.weight.setFocus(Qt.FocusReason.OtherFocusReason)
            self.weight.selectAll()
            return False
        if quiet:
            self._log(result)
            self.refresh_context()
        else:
            self.show_result(result)
        return True

    def _quantity_typed(self, *_args: object) -> None:
        if not self._updating_pickers:
            self._quantity_edited = True

    def expire_context(self) -> ScanResult | None:
        """The timer's call: clear a context left idle; the log says so."""
        try:
            result = self.service.expire_context()
        except WarehouseError:
            # A busy or unreachable database: no red banner for a check nobody asked
            # for; the next minute tries again, and the next scan clears it anyway.
            return None
        if result is None:
            return None
        self._log_cleared(result.args)
        self.refresh_context()
        if self.last_result is not None and not self.last_result.silent:
            # The old banner speaks of a context that is gone.
            self.last_result = None
            self._show_idle()
        return result

    def _log_cleared(self, args: dict[str, Any]) -> None:
        minutes = args.get("minutes")
        if minutes is None:
            minutes = int(self.service.context_timeout().total_seconds() // 60)
        self.log_model.add(LogEntry(utcnow(), "", True, "context_expired", {"minutes": minutes}))

    def submit_manual(self) -> None:
        text = self.manual_entry.text().strip()
        if not text:
            return
        result = self.handle_scan(text)
        if result is not None and result.ok:
            self.manual_entry.clear()
        else:
            self.manual_entry.selectAll()

    def bench_actions(self) -> list[tuple[str, Callable[[], object]]]:
        """Key sequence and slot of each bench key, for the window to install."""
        return [
            ("F2", self.new_box),
            ("F4", self.undo),
            ("Ctrl+Z", self.undo),
            ("F8", self.focus_manual),
        ]

    def focus_manual(self) -> None:
        self.manual_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.manual_entry.selectAll()

    def new_box(self) -> None:
        # A key held down repeats faster than anyone means: once a second at most.  The
        # core refuses a second new box within 1 s as well (silently, nothing written).
        now = time.monotonic()
        if now - self._last_new_box < NEW_BOX_REPEAT_SECONDS:
            return
        self._last_new_box = now
        self.commit_quantity()
        self.commit_expiry()
        if not self.commit_weight():
            return
        result = self._call(self.service.new_box)
        if (
            result is not None
            and result.ok
            and result.action is ScanAction.BOX_CREATED
            and result.box is not None
        ):
            self.label_requested.emit(result.box)

    def undo(self) -> None:
        self._call(self.service.undo)

    def dispatch(self) -> QWidget | None:
        """The DISPATCH button: a dialog naming the van being loaded, then dispatch that
        van (as the DISPATCH card's second scan would)."""
        from ui.van_loads import DispatchDialog

        code = self.context.van_load_code if self.context is not None else None
        if not code:
            self._call(self.service.dispatch)  # not loading: the core says what to do
            return None
        try:
            summary = self.service.van_summary(code)
        except WarehouseError as exc:
            self._show_failure(exc, code=code)
            return None
        dialog = DispatchDialog(summary, self)
        dialog.accepted.connect(lambda: self._call(lambda: self.service.dispatch_van(code)))
        dialog.open()
        return dialog

    def check_in(self) -> None:
        self._call(self.service.check_in_mode)

    def _category_chosen(self, category_id: int) -> None:
        self._call(lambda: self.service.set_template(category_id))

    def _size_chosen(self, button: QPushButton) -> None:
        if self._updating_pickers or self.context is None or self.context.category_id is None:
            return
        ctx = self.context
        quantity = ctx.quantity
        if self._quantity_edited:
            # A quantity typed just before choosing the size is meant too.
            self.quantity.interpretText()
            quantity = self.quantity.value()
            self._quantity_edited = False
        size = button.box_size if isinstance(button, SizeButton) else button.text()
        self._call(lambda: self.service.set_template(ctx.category_id or 0, size, quantity))

    def _quantity_chosen(self, *, quiet: bool = False) -> None:
        """Save the on-screen quantity.  `quiet` (just before a scan): a line in the log
        only, so the scan's own banner and sound are the ones seen and heard."""
        if self._updating_pickers or self.context is None or self.context.category_id is None:
            return
        self._quantity_edited = False
        if self.quantity.value() == self.context.quantity:
            return
        quantity = self.quantity.value()
        if not quiet:
            self._call(lambda: self.service.set_quantity(quantity))
            return
        try:
            result = self.service.set_quantity(quantity)
        except WarehouseError as exc:
            self._show_failure(exc)
            return
        if result.ok:
            self._log(result)
            self.refresh_context()
        else:
            self.show_result(result)

    def run(self, action: Callable[[], ScanResult]) -> ScanResult | None:
        """Run one bench action of the window (sign-in, sign-out...) and show its result."""
        return self._call(action)

    def play_state(self, state: str) -> None:
        play_feedback(self.feedback, state)

    def log_look(self, result: ScanResult) -> None:
        """A scan that only looked (another page was shown): a line in the log, no more."""
        self._log(result)

    def _log(self, result: ScanResult) -> None:
        self.log_model.add(
            LogEntry(utcnow(), codes.safe_display(result.code, 16), result.ok, result.message,
                     dict(result.args))
        )  # fmt: skip

    def _call(self, action: Callable[[], ScanResult], *, code: str = "") -> ScanResult | None:
        try:
            result = action()
        except WarehouseError as exc:
            self._show_failure(exc, code=code)
            return None
        self.show_result(result)
        return result

    def show_result(self, result: ScanResult) -> None:
        """Feedback for one result: banner, sound, log line, fresh context."""
        if result.silent or result.action is ScanAction.DUPLICATE_IGNORED:
            return
        if result.context_cleared:
            self._log_cleared({})
        self.last_result = result
        text = tr_message(result.message, result.args)
        self.banner.show_result(result.ok, text, confirm=result.confirm)
        missing = [b.code for b in result.details]
        self.details.setVisible(bool(missing))
        if missing:
            self.details.setText(
                QCoreApplication.translate("BenchView", "Not found: {codes}").format(
                    codes=", ".join(missing)
                )
            )
        play_feedback(self.feedback, feedback_state(result.ok, result.confirm))
        self.log_model.add(
            LogEntry(utcnow(), codes.safe_display(result.code, 16), result.ok, result.message,
                     dict(result.args), confirm=result.confirm)
        )  # fmt: skip
        self.refresh_context()
        self.result_shown.emit(result)

    def _show_failure(self, exc: WarehouseError, *, code: str = "") -> None:
        text = tr_message(exc.key, exc.args_)
        self.banner.show_result(False, text)
        play_feedback(self.feedback, "error")
        self.log_model.add(
            LogEntry(utcnow(), codes.safe_display(code, 16), False, exc.key, dict(exc.args_))
        )
