"""Settings: scanner input (wedge timing, prefix/suffix), language, sounds, warehouse name,
the label languages and the warehouse's time zone.

Language and sounds are anyone's; what changes scanning or printing (the keyboard
scanner's timing, serial scanners, printers, the label format, the label languages) and
the warehouse's time zone need the coordinator PIN: those parts stay greyed out until a
coordinator unlocks them, and lock again when the coordinator session ends.

Per-machine settings live in QSettings; the warehouse name, the label languages and the
time zone are shared by every bench and live in the database.  The serial-scanner and
printer pages are `ui/scanner_status.py`'s and `ui/printer_settings.py`'s, imported when
Settings is first built so that the window's start does not pay for them.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hardware.qt_print_queue import PrintQueueSignals
from hardware.wedge import WedgeSettings
from ui.i18n import LANGUAGES
from ui.messages import FORMAT_NAMES, name
from ui.widgets import message_of
from warehouse_desktop import localtime, settings
from warehouse_desktop.errors import WarehouseError


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsView", text)


def wedge_settings(settings: QSettings) -> WedgeSettings:
    """The wedge settings stored on this machine (defaults where unset or damaged)."""
    default = WedgeSettings()
    try:
        gap_ms = int(str(settings.value("scanner/max_gap_ms", int(default.max_gap * 1000))))
        min_length = int(str(settings.value("scanner/min_length", default.min_length)))
    except (TypeError, ValueError):
        return default
    return WedgeSettings(
        max_gap=min(max(gap_ms, 5), 200) / 1000,
        min_length=min(max(min_length, 2), 12),
        prefix=str(settings.value("scanner/prefix", "") or "")[:1],
        suffix=str(settings.value("scanner/suffix", "") or "")[:1],
    )


def label_formats() -> list[tuple[str, str]]:
    """(name, title) of the label formats the reports package can make."""
    from reports.formats import FORMATS

    return [(key, f"{name(FORMAT_NAMES, key)} ({key})") for key in FORMATS]


def label_language_choices() -> list[tuple[str, str]]:
    """(code, the language's own name) of the languages a label can carry."""
    from reports.labels import LABEL_LANGUAGES, LANGUAGE_NAMES

    return [(code, LANGUAGE_NAMES.get(code, code)) for code in LABEL_LANGUAGES]


def time_zone_names() -> list[str]:
    """Every IANA zone name this machine knows (Windows needs the tzdata package)."""
    try:
        return sorted(zoneinfo.available_timezones())
    except OSError:
        return []


def _scrolled(page: QWidget) -> QScrollArea:
    """`page` in a scroll area: on a 768-pixel screen (or at 200 %) its lower settings
    scroll into view instead of pushing the window's bottom off the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class SettingsView(QWidget):
    wedge_changed = Signal(object)  # WedgeSettings
    sounds_changed = Signal(bool)

    def __init__(
        self,
        settings: QSettings,
        *,
        language: Callable[[], str] = lambda: "en",
        set_language: Callable[[str], None] | None = None,
        ask_pin: Callable[[str], tuple[str, str] | None] | None = None,
        unlocked: Callable[[], bool] = lambda: False,
        print_jobs: PrintQueueSignals,
        parent: QWidget | None = None,
    ) -> None:
        from ui.scanner_status import settings_page as scanner_settings_page

        super().__init__(parent)
        self.settings = settings
        self._language = language
        self._set_language = set_language
        self._ask_pin = ask_pin
        self._unlocked = unlocked
        self.locked = False
        layout = QVBoxLayout(self)
        lock_row = QHBoxLayout()
        self.lock_note = QLabel(self)
        self.lock_note.setWordWrap(True)
        self.unlock_button = QPushButton(self)
        self.unlock_button.clicked.connect(lambda: self.unlock())
        lock_row.addWidget(self.lock_note, 1)
        lock_row.addWidget(self.unlock_button)
        layout.addLayout(lock_row)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        form = QFormLayout()
        general_layout.addLayout(form)
        self.language = QComboBox(general)
        for code, title in LANGUAGES.items():
            self.language.addItem(title, code)
        self.language.setCurrentIndex(max(self.language.findData(language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.sounds = QCheckBox(general)
        self.sounds.setChecked(str(settings.value("sounds/enabled", "true")) != "false")
        self.sounds.toggled.connect(self._sounds_toggled)
        self.warehouse = QLineEdit(general)
        self.warehouse.setMaxLength(80)
        self.save_warehouse = QPushButton(general)
        self.save_warehouse.clicked.connect(self.store_warehouse_name)
        self.label_format = QComboBox(general)
        for code, title in label_formats():
            self.label_format.addItem(title, code)
        current_format = str(settings.value("labels/format", "") or "")
        self.label_format.setCurrentIndex(max(self.label_format.findData(current_format), 0))
        self.label_format.currentIndexChanged.connect(self._format_chosen)
        self.general_labels = [QLabel(general) for _ in range(4)]
        for label, field in zip(
            self.general_labels,
            [self.language, self.sounds, self.label_format, self.warehouse],
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.save_warehouse)
        self.labels_box = self._labels_box(general)
        general_layout.addWidget(self.labels_box)
        general_layout.addStretch(1)
        self.tabs.addTab(_scrolled(general), "")

        scanner = QWidget()
        scanner_layout = QVBoxLayout(scanner)
        self.wedge_box = QGroupBox(scanner)
        form = QFormLayout(self.wedge_box)
        current = wedge_settings(settings)
        self.max_gap = QSpinBox(self.wedge_box)
        self.max_gap.setRange(5, 200)
        self.max_gap.setSuffix(" ms")
        self.max_gap.setValue(int(round(current.max_gap * 1000)))
        self.min_length = QSpinBox(self.wedge_box)
        self.min_length.setRange(2, 12)
        self.min_length.setValue(current.min_length)
        self.prefix = QLineEdit(current.prefix, self.wedge_box)
        self.prefix.setMaxLength(1)
        self.suffix = QLineEdit(current.suffix, self.wedge_box)
        self.suffix.setMaxLength(1)
        self.wedge_labels = [QLabel(self.wedge_box) for _ in range(4)]
        for label, field in zip(
            self.wedge_labels, [self.max_gap, self.min_length, self.prefix, self.suffix],
            strict=True,
        ):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        self.apply_wedge = QPushButton(self.wedge_box)
        self.apply_wedge.clicked.connect(self.store_wedge)
        form.addRow(self.apply_wedge)
        scanner_layout.addWidget(self.wedge_box)
        self.scanner_page = scanner_settings_page(self.settings, scanner)
        scanner_layout.addWidget(self.scanner_page)
        scanner_layout.addStretch(1)
        self.tabs.addTab(_scrolled(scanner), "")
        # Test labels go through the window's one print queue, listed in Print jobs.
        from ui.printer_settings import settings_page

        self.printer_page = settings_page(self.settings, print_jobs, None)
        self.tabs.addTab(_scrolled(self.printer_page), "")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()
        self.reload()

    def _labels_box(self, parent: QWidget) -> QGroupBox:
        """Label languages and the warehouse's time zone: shared by every bench."""
        box = QGroupBox(parent)
        form = QFormLayout(box)
        self.label_primary = QComboBox(box)
        self.label_second = QComboBox(box)
        self.label_second.addItem("", "")  # "none", set in retranslate
        for code, own_name in label_language_choices():
            self.label_primary.addItem(own_name, code)
            self.label_second.addItem(own_name, code)
        self.time_zone = QComboBox(box)
        self.time_zone.addItem("", "")  # "the machine's", set in retranslate
        for zone in time_zone_names():
            self.time_zone.addItem(zone, zone)
        # Six hundred names: typing part of one ("Paris") finds it.
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.time_zone.setCompleter(completer)
        self.labels_labels = [QLabel(box) for _ in range(3)]
        for label, field in zip(
            self.labels_labels, [self.label_primary, self.label_second, self.time_zone],
            strict=True,
        ):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        self.save_labels = QPushButton(box)
        self.save_labels.clicked.connect(self.store_labels_and_time)
        form.addRow(self.save_labels)
        return box

    def _load_labels_and_time(self) -> None:
        """Show the stored label languages and zone (the window's language by default)."""
        from reports.labels import label_languages

        try:
            langs = label_languages(window_language=self._language())
            zone = settings.get_setting(localtime.TIME_ZONE, "")
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.label_primary.setCurrentIndex(max(self.label_primary.findData(langs.primary), 0))
        self.label_second.setCurrentIndex(max(self.label_second.findData(langs.second), 0))
        found = self.time_zone.findData(zone) if localtime.zone_from_name(zone) else 0
        self.time_zone.setCurrentIndex(max(found, 0))

    def chosen_time_zone(self) -> str | None:
        """The zone name chosen ("" = the machine's), None when what is typed is no zone."""
        text = self.time_zone.currentText().strip()
        if not text or text == self.time_zone.itemText(0):
            return ""
        index = self.time_zone.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.time_zone.itemData(index))
        return text if localtime.zone_from_name(text) is not None else None

    def store_labels_and_time(self) -> bool:
        """Save the label languages and the time zone for every bench (coordinator)."""
        if self.locked:
            self.status.setText(
                _tr("Scanner, printer, label and time zone settings need a coordinator's PIN.")
            )
            return False
        zone = self.chosen_time_zone()
        if zone is None:
            self.status.setText(
                _tr("“{zone}” is not a time zone. Choose one from the list, e.g. Europe/Paris.")
                .format(zone=self.time_zone.currentText().strip())
            )  # fmt: skip
            self.time_zone.setFocus()
            return False
        from reports.labels import store_label_languages

        try:
            store_label_languages(
                self.label_primary.currentData() or "", self.label_second.currentData() or ""
            )
            localtime.store_time_zone(zone)
        except (WarehouseError, ValueError) as exc:
            self.status.setText(message_of(exc) if isinstance(exc, WarehouseError) else str(exc))
            return False
        self._load_labels_and_time()  # a second language equal to the first is dropped
        self.status.setText(_tr("Label languages and time zone saved for every bench"))
        return True

    # --- the coordinator's part ----------------------------------------------------

    def _guarded(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.wedge_box, self.label_format, self.labels_box]
        widgets += [self.scanner_page, self.printer_page]
        return widgets

    def set_locked(self, locked: bool) -> None:
        """Grey out (or free) what changes scanning or printing."""
        self.locked = locked and self._ask_pin is not None
        for widget in self._guarded():
            widget.setEnabled(not self.locked)
        self.lock_note.setVisible(self.locked)
        self.unlock_button.setVisible(self.locked)

    def unlock(self) -> bool:
        """Ask the coordinator PIN (unless the coordinator session is open) and unlock."""
        if not self.locked:
            return True
        if self._ask_pin is None:
            return False
        if self._ask_pin(_tr("Change the scanner, printer, label and time settings")) is None:
            return False
        self.set_locked(False)
        return True

    def retranslate(self) -> None:
        self.lock_note.setText(
            _tr("Scanner, printer, label and time zone settings need a coordinator's PIN.")
        )
        self.unlock_button.setText(_tr("&Unlock…"))
        self.tabs.setTabText(0, _tr("General"))
        self.tabs.setTabText(1, _tr("Scanner"))
        self.tabs.setTabText(2, _tr("Printers"))
        for label, text in zip(
            self.general_labels,
            [
                _tr("&Language:"),
                _tr("&Sounds:"),
                _tr("Label &format for new boxes:"),
                _tr("&Warehouse name (all benches):"),
            ],
            strict=True,
        ):
            label.setText(text)
        self.sounds.setText(_tr("Beep on every scan"))
        self.labels_box.setTitle(_tr("Labels and time (all benches)"))
        for label, text in zip(
            self.labels_labels,
            [
                _tr("&Primary label language:"),
                _tr("Second label la&nguage:"),
                _tr("Warehouse &time zone:"),
            ],
            strict=True,
        ):
            label.setText(text)
        self.label_second.setItemText(0, _tr("None"))
        self.time_zone.setItemText(
            0, _tr("This computer's ({zone})").format(zone=localtime.machine_zone_name())
        )
        self.save_labels.setText(_tr("Save label languages and time zone"))
        self.save_warehouse.setText(_tr("Save warehouse name"))
        self.wedge_box.setTitle(_tr("Keyboard scanner"))
        for label, text in zip(
            self.wedge_labels,
            [_tr("Longest pause inside a scan:"), _tr("Shortest scan (characters):"),
             _tr("Prefix character (optional):"), _tr("Suffix character (optional):")],
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.apply_wedge.setText(_tr("Apply scanner settings"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        # Shown again: locked unless a coordinator session is still open.
        self.set_locked(not self._unlocked())
        try:
            stored = settings.get_setting(settings.WAREHOUSE_NAME)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.warehouse.setText(stored)
        self._load_labels_and_time()

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        self.settings.setValue("ui/language", code)
        if self._set_language is not None and code:
            self._set_language(code)

    def _format_chosen(self, _index: int) -> None:
        self.settings.setValue("labels/format", self.label_format.currentData() or "")

    def _sounds_toggled(self, on: bool) -> None:
        self.settings.setValue("sounds/enabled", "true" if on else "false")
        self.sounds_changed.emit(on)

    def store_wedge(self) -> WedgeSettings | None:
        if self.locked:
            self.status.setText(
                _tr("Scanner, printer, label and time zone settings need a coordinator's PIN.")
            )
            return None
        self.settings.setValue("scanner/max_gap_ms", self.max_gap.value())
        self.settings.setValue("scanner/min_length", self.min_length.value())
        self.settings.setValue("scanner/prefix", self.prefix.text())
        self.settings.setValue("scanner/suffix", self.suffix.text())
        wedge = wedge_settings(self.settings)
        self.wedge_changed.emit(wedge)
        self.status.setText(_tr("Scanner settings applied"))
        return wedge

    def store_warehouse_name(self) -> None:
        try:
            settings.store_warehouse_name(self.warehouse.text())
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.status.setText(_tr("Warehouse name saved"))
