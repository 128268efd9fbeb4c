"""Settings pages for serial scanners and printers, stored per machine in QSettings.

Interface for the main window:

    store = QSettingsStore(qsettings)                 # hardware.settings.SettingsStore
    printers = PrinterSettingsPage(store, jobs)       # jobs: the window's PrintQueueSignals
    scanners = ScannerSettingsPage(store)
    scanners.scanners_changed.connect(scanner_signals.start)   # list[ScannerConfig]

    settings_page(qsettings, jobs, parent) -> PrinterSettingsPage (what SettingsView shows)
    scanner_settings_page(qsettings, parent) -> ScannerSettingsPage

`HardwareSettings(store)` reads what these pages wrote: `printer_for(format)`,
`calibration_offset(target)`, `scanners()`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hardware.label_formats import PAGE_FORMATS, page_format
from hardware.print_queue import PrintJob
from hardware.printers import PrinterChoice, parse_raw_address
from hardware.qt_print_queue import PrintQueueSignals
from hardware.serial_scanner import (
    STANDARD_BAUDS,
    PortInfo,
    ScannerConfig,
    list_scanner_ports,
    parse_terminator,
    terminator_name,
    with_port,
)
from hardware.settings import HardwareSettings
from hardware.system_printer import list_system_printers
from hardware.test_label import test_label_pdf, test_label_zpl
from reports.labels import check_calibration
from ui.messages import tr_message
from ui.worker import run_in_background
from warehouse_desktop.errors import WarehouseError


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrinterSettings", text)


class QSettingsStore:
    """`hardware.settings.SettingsStore` on top of QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, key: str) -> str | None:
        value = self.settings.value(key)
        return None if value is None else str(value)

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, value)
        self.settings.sync()


def _error_text(exc: WarehouseError) -> str:
    return tr_message(exc.key, exc.args_)


# -- scanners -----------------------------------------------------------------------------


class ScannerSettingsPage(QWidget):
    """Serial scanners of this machine: port (with names and USB ids), speed, line end,
    prefix and suffix.  Signal `scanners_changed(list[ScannerConfig])` after each change."""

    scanners_changed = Signal(list)
    ports_listed = Signal(int)  # how many serial ports were found

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hardware = HardwareSettings(store)
        layout = QVBoxLayout(self)
        self.box = QGroupBox(self)
        form = QFormLayout(self.box)
        self.port = QComboBox(self.box)
        self.port.setEditable(True)
        self.refresh = QPushButton(self.box)
        self.refresh.clicked.connect(self.refresh_ports)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port, 1)
        port_row.addWidget(self.refresh)
        self.baud = QComboBox(self.box)
        for baud in STANDARD_BAUDS:
            self.baud.addItem(str(baud), baud)
        self.baud.setCurrentIndex(self.baud.findData(9600))
        self.terminator = QComboBox(self.box)
        self.terminator.setEditable(True)
        for name in ("CR", "LF", "CRLF"):
            self.terminator.addItem(name)
        self.prefix = QLineEdit(self.box)
        self.prefix.setMaxLength(4)
        self.suffix = QLineEdit(self.box)
        self.suffix.setMaxLength(4)
        self.labels = [QLabel(self.box) for _ in range(5)]
        fields: list[Any] = [port_row, self.baud, self.terminator, self.prefix, self.suffix]
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        self.add_button = QPushButton(self.box)
        self.add_button.clicked.connect(self.add_scanner)
        form.addRow(self.add_button)
        layout.addWidget(self.box)

        self.configured = QListWidget(self)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.configured)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh_ports()
        self._show_configured()

    def retranslate(self) -> None:
        self.box.setTitle(_tr("Serial scanner"))
        self.refresh.setText(_tr("Look again"))
        for label, text in zip(
            self.labels,
            [
                _tr("Port"),
                _tr("Speed (baud)"),
                _tr("Line end"),
                _tr("Prefix"),
                _tr("Suffix"),
            ],
            strict=True,
        ):
            label.setText(text)
        self.add_button.setText(_tr("Use this scanner"))
        self.remove_button.setText(_tr("Stop using the selected scanner"))
        self.terminator.setToolTip(_tr("CR, LF, CRLF, or one byte such as 0x03"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def refresh_ports(self) -> None:
        """List the serial ports again, off the GUI thread (the system can take seconds)."""
        self.refresh.setEnabled(False)
        run_in_background(
            list_scanner_ports,
            owner=self,
            done=self._show_ports,
            failed=lambda _exc: self._show_ports([]),
            name="serial-port-list",
        )

    def _show_ports(self, ports: list[PortInfo]) -> None:
        # What the person typed meanwhile stays in the field.
        typed = self.port.currentText()
        self.port.clear()
        for info in ports:
            self.port.addItem(info.display_name, info)
        if typed:
            self.port.setEditText(typed)
        self.refresh.setEnabled(True)
        self.ports_listed.emit(len(ports))

    def current_config(self) -> ScannerConfig:
        """The scanner the fields describe; raises InputError for a bad line end."""
        terminator = parse_terminator(self.terminator.currentText())
        config = ScannerConfig(
            port="",
            baud=int(self.baud.currentData() or 9600),
            terminator=terminator,
            prefix=self.prefix.text(),
            suffix=self.suffix.text(),
        )
        info = self.port.currentData()
        if info is not None and self.port.currentText() == info.display_name:
            return with_port(config, info)
        return ScannerConfig(
            port=self.port.currentText().strip(),
            baud=config.baud,
            terminator=terminator,
            prefix=config.prefix,
            suffix=config.suffix,
        )

    @Slot()
    def add_scanner(self) -> bool:
        try:
            config = self.current_config()
        except WarehouseError as exc:
            self.message.setText(_error_text(exc))
            return False
        if not config.port:
            self.message.setText(_tr("Choose the port the scanner is on"))
            return False
        configs = [c for c in self.hardware.scanners() if c.port != config.port] + [config]
        self._store(configs)
        self.message.setText(_tr("Scanner on {0} saved").format(config.port))
        return True

    @Slot()
    def remove_selected(self) -> None:
        row = self.configured.currentRow()
        configs = self.hardware.scanners()
        if 0 <= row < len(configs):
            del configs[row]
            self._store(configs)

    def _store(self, configs: list[ScannerConfig]) -> None:
        self.hardware.set_scanners(configs)
        self._show_configured()
        self.scanners_changed.emit(configs)

    def _show_configured(self) -> None:
        self.configured.clear()
        for config in self.hardware.scanners():
            usb = f" USB {config.vid:04X}:{config.pid:04X}" if config.vid and config.pid else ""
            text = f"{config.label} — {config.port}{usb}, {config.baud} baud, "
            text += terminator_name(config.terminator)
            QListWidgetItem(text, self.configured)


# -- printers -----------------------------------------------------------------------------


class PrinterSettingsPage(QWidget):
    """A printer per label format, the network label printer's address, the calibration
    offset of each printer and a test label.

    Signal `test_label_sent(PrintJob)` when a test label was queued.
    """

    test_label_sent = Signal(object)
    RAW = "raw"

    def __init__(
        self,
        store: Any,
        jobs: PrintQueueSignals,
        parent: QWidget | None = None,
        *,
        system_printers: list[PrinterChoice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.hardware = HardwareSettings(store)
        # The window's print queue: a test label is a job on the Print jobs page like any.
        self.jobs = jobs
        self._system = system_printers
        self._folder = Path(tempfile.gettempdir()) / "warehouse-test-labels"
        layout = QVBoxLayout(self)

        self.raw_box = QGroupBox(self)
        raw_form = QFormLayout(self.raw_box)
        self.raw_address = QLineEdit(self.hardware.raw_address(), self.raw_box)
        self.raw_address.setPlaceholderText("192.168.1.50:9100")
        self.raw_address.editingFinished.connect(self.store_raw_address)
        self.raw_label = QLabel(self.raw_box)
        raw_form.addRow(self.raw_label, self.raw_address)
        layout.addWidget(self.raw_box)

        self.formats_box = QGroupBox(self)
        formats_form = QFormLayout(self.formats_box)
        self.format_printers: dict[str, QComboBox] = {}
        for name in PAGE_FORMATS:
            combo = QComboBox(self.formats_box)
            combo.currentIndexChanged.connect(lambda _i, fmt=name: self._printer_chosen(fmt))
            self.format_printers[name] = combo
            formats_form.addRow(self._format_title(name), combo)
        layout.addWidget(self.formats_box)

        self.calibration_box = QGroupBox(self)
        cal_form = QFormLayout(self.calibration_box)
        self.calibration_format = QComboBox(self.calibration_box)
        for name in PAGE_FORMATS:
            self.calibration_format.addItem(self._format_title(name), name)
        self.calibration_format.currentIndexChanged.connect(self._show_offset)
        self.offset_x = QDoubleSpinBox(self.calibration_box)
        self.offset_y = QDoubleSpinBox(self.calibration_box)
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-20.0, 20.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            spin.valueChanged.connect(self.store_offset)
        self.test_button = QPushButton(self.calibration_box)
        self.test_button.clicked.connect(self.print_test_label)
        self.cal_labels = [QLabel(self.calibration_box) for _ in range(3)]
        for label, field in zip(
            self.cal_labels, [self.calibration_format, self.offset_x, self.offset_y], strict=True
        ):
            cal_form.addRow(label, field)
        cal_form.addRow(self.test_button)
        layout.addWidget(self.calibration_box)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()
        self.reload()

    @staticmethod
    def _format_title(name: str) -> str:
        fmt = page_format(name)
        return f"{name} ({fmt.width_mm:g} × {fmt.height_mm:g} mm)"

    def retranslate(self) -> None:
        self.raw_box.setTitle(_tr("Label printer on the network (ZPL)"))
        self.raw_label.setText(_tr("Address (host:port)"))
        self.formats_box.setTitle(_tr("Printer for each label format"))
        self.calibration_box.setTitle(_tr("Calibration and test label"))
        for label, text in zip(
            self.cal_labels,
            [_tr("Label format"), _tr("Move right by"), _tr("Move down by")],
            strict=True,
        ):
            label.setText(text)
        self.test_button.setText(_tr("Print a test label"))
        self._fill_printers()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def system_printers(self) -> list[PrinterChoice]:
        if self._system is None:
            self._system = list_system_printers()
        return self._system

    def choices(self) -> list[tuple[str, str]]:
        """(title, target) pairs offered for every format."""
        items = [(_tr("System default printer"), "system:")]
        for choice in self.system_printers():
            items.append((choice.name, choice.target))
        address = self.hardware.raw_address()
        if address:
            items.append((_tr("Label printer at {0}").format(address), f"raw:{address}"))
        return items

    def _fill_printers(self) -> None:
        choices = self.choices()
        for name, combo in self.format_printers.items():
            combo.blockSignals(True)
            combo.clear()
            for title, target in choices:
                combo.addItem(title, target)
            current = self.hardware.printer_for(name) or "system:"
            index = combo.findData(current)
            if index < 0:
                combo.addItem(current, current)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def reload(self) -> None:
        self.raw_address.setText(self.hardware.raw_address())
        self._fill_printers()
        self._show_offset()

    def _printer_chosen(self, fmt: str) -> None:
        target = self.format_printers[fmt].currentData()
        self.hardware.set_printer_for(fmt, target if target and target != "system:" else None)
        if fmt == self.calibration_format.currentData():
            self._show_offset()

    @Slot()
    def store_raw_address(self) -> bool:
        text = self.raw_address.text().strip()
        if text:
            try:
                host, port = parse_raw_address(text)
            except WarehouseError as exc:
                self.message.setText(_error_text(exc))
                return False
            text = f"{host}:{port}"
        self.hardware.set_raw_address(text)
        self.message.setText("")
        self._fill_printers()
        return True

    def calibration_target(self) -> str:
        fmt = self.calibration_format.currentData()
        return self.hardware.printer_for(fmt) or "system:"

    def _show_offset(self, *_args: object) -> None:
        x, y = self.hardware.calibration_offset(self.calibration_target())
        for spin, value in ((self.offset_x, x), (self.offset_y, y)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def formats_printed_by(self, target: str) -> list[str]:
        """The label formats this printer prints (its calibration offset applies to all)."""
        shown = self.calibration_format.currentData()
        return [
            name
            for name in PAGE_FORMATS
            if name == shown or (self.hardware.printer_for(name) or "system:") == target
        ]

    @Slot()
    def store_offset(self, *_args: object) -> bool:
        """Save the printer's offset, unless it would push a barcode off one of the labels
        it prints: then the message says so and the last good offset stays saved."""
        target = self.calibration_target()
        offset = (self.offset_x.value(), self.offset_y.value())
        try:
            # The geometry is the reports package's; hardware cannot import it, ui can.
            for fmt in self.formats_printed_by(target):
                check_calibration(fmt, offset)
        except WarehouseError as exc:
            self.message.setText(_tr("Not saved: {0}").format(_error_text(exc)))
            self.message.setStyleSheet("color: #b3261e;")
            return False
        self.hardware.set_calibration_offset(target, offset)
        self.message.setText("")
        self.message.setStyleSheet("")
        return True

    @Slot()
    def print_test_label(self) -> PrintJob | None:
        """Queue a test label in the chosen format on its printer, with its offset."""
        fmt = page_format(self.calibration_format.currentData())
        target = self.calibration_target()
        offset = self.hardware.calibration_offset(target)
        folder = self._folder
        folder.mkdir(parents=True, exist_ok=True)
        if target.startswith("raw:"):
            path = folder / f"test-{fmt.name}.zpl"
            path.write_text(test_label_zpl(fmt), encoding="utf-8")
        else:
            path = folder / f"test-{fmt.name}.pdf"
            path.write_bytes(test_label_pdf(fmt, printer_name=target.partition(":")[2]))
        job = self.jobs.queue.submit(
            path, target, title=_tr("Test label {0}").format(fmt.name), offset_mm=offset
        )
        self.message.setText(_tr("Test label sent to {0}").format(target.partition(":")[2]))
        self.test_label_sent.emit(job)
        return job


def settings_page(
    settings: QSettings, jobs: PrintQueueSignals, parent: QWidget | None = None
) -> PrinterSettingsPage:
    """The printer page for the window's Settings, printing through the window's queue."""
    return PrinterSettingsPage(QSettingsStore(settings), jobs, parent)


def scanner_settings_page(
    settings: QSettings, parent: QWidget | None = None
) -> ScannerSettingsPage:
    return ScannerSettingsPage(QSettingsStore(settings), parent)
