"""The hardware widgets: scanner status badges, the print job list, the settings pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from hardware.print_queue import JobState, PrintQueue
from hardware.qt_print_queue import PrintQueueSignals
from hardware.qt_scanner import ScannerSignals
from hardware.serial_scanner import ScannerConfig
from hardware.settings import HardwareSettings, JsonFileSettings, MemorySettings
from ui.print_jobs import PrintJobsView
from ui.printer_settings import PrinterSettingsPage, QSettingsStore, ScannerSettingsPage
from ui.scanner_status import ScannerStatusWidget


def test_status_badges_follow_a_real_scanner(qtbot, pty_scanner) -> None:
    status = ScannerStatusWidget()
    qtbot.addWidget(status)
    signals = ScannerSignals(retry_interval=0.05)
    status.attach(signals)
    announced: list[str] = []
    status.announced.connect(announced.append)
    try:
        signals.start([ScannerConfig(str(pty_scanner.link), name="bench-1")])
        qtbot.waitUntil(lambda: status.state("bench-1") == "connected", timeout=10_000)
        assert status.badge_text("bench-1") == "Scanner bench-1: connected"
        pty_scanner.unplug()
        qtbot.waitUntil(lambda: status.state("bench-1") == "disconnected", timeout=10_000)
        assert status.badge_text("bench-1") == "Scanner bench-1: disconnected"
        pty_scanner.plug()
        qtbot.waitUntil(lambda: status.state("bench-1") == "reconnected", timeout=10_000)
    finally:
        signals.stop()
    qtbot.waitUntil(lambda: status.state("bench-1") is None, timeout=10_000)
    assert announced == [
        "Scanner bench-1 disconnected: plug it back in",
        "Scanner bench-1 reconnected",
    ]


def test_job_list_shows_failures_and_retries_them(qtbot, tmp_path: Path) -> None:
    jobs = PrintQueueSignals(PrintQueue())
    view = PrintJobsView(jobs)
    qtbot.addWidget(view)
    model = view.model
    failures: list[str] = []
    model.job_failed.connect(failures.append)
    later = tmp_path / "later.zpl"
    out = tmp_path / "out.zpl"
    try:
        jobs.queue.submit(later, f"file:{out}", copies=2)
        qtbot.waitUntil(lambda: model.rowCount() == 1 and model.job_at(0).state is JobState.FAILED)
        assert [model.index(0, c).data() for c in range(model.columnCount())] == [
            "later.zpl",
            str(out),
            "2",
            "failed",
            f"The file {later} does not exist",
        ]
        assert failures == [f"The file {later} does not exist"]
        assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert not view.retry_button.isEnabled()
        view.table.selectRow(0)
        assert view.retry_button.isEnabled()

        later.write_text("^XA^XZ", encoding="utf-8")
        view.retry_button.click()
        qtbot.waitUntil(lambda: model.job_at(0).state is JobState.DONE)
        assert model.index(0, 3).data() == "printed"
        assert model.index(0, 4).data() == ""
        assert not view.retry_button.isEnabled()
        assert out.read_text(encoding="utf-8") == "^XA^PQ2^XZ"
        view.clear_button.click()
        assert model.rowCount() == 0
    finally:
        jobs.stop()


def test_printer_page_stores_choices_and_prints_a_calibrated_test_label(qtbot, fake_zebra) -> None:
    store = MemorySettings()
    jobs = PrintQueueSignals(PrintQueue())
    page = PrinterSettingsPage(store, jobs, system_printers=[])
    qtbot.addWidget(page)
    try:
        page.raw_address.setText("no address")
        assert not page.store_raw_address()
        assert "is not a printer address" in page.message.text()

        page.raw_address.setText(fake_zebra.address)
        assert page.store_raw_address()
        combo = page.format_printers["4x6"]
        combo.setCurrentIndex(combo.findData(f"raw:{fake_zebra.address}"))
        settings = HardwareSettings(store)
        assert settings.printer_for("4x6") == f"raw:{fake_zebra.address}"
        assert settings.printer_for("62x100") is None

        page.calibration_format.setCurrentIndex(page.calibration_format.findData("4x6"))
        page.offset_x.setValue(2.5)
        page.offset_y.setValue(1.0)
        assert settings.calibration_offset(f"raw:{fake_zebra.address}") == (2.5, 1.0)

        with qtbot.waitSignal(jobs.job_changed, timeout=10_000):
            page.test_button.click()
        assert fake_zebra.done.wait(10)
        zpl = fake_zebra.received.decode()
        assert zpl.startswith("^XA^LS-20^LT8^CI28^PW812^LL1218^LH0,0")
        qtbot.waitUntil(lambda: jobs.queue.jobs()[-1].state is JobState.DONE)
    finally:
        jobs.stop()


def test_scanner_page_saves_scanners(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)
    page = ScannerSettingsPage(QSettingsStore(settings))
    qtbot.addWidget(page)
    page.port.setEditText("/dev/ttyACM7")
    page.terminator.setEditText("end")
    assert not page.add_scanner()
    assert "is not a line end" in page.message.text()

    page.terminator.setEditText("0x03")
    page.baud.setCurrentIndex(page.baud.findData(115200))
    page.prefix.setText("@")
    with qtbot.waitSignal(page.scanners_changed) as saved:
        assert page.add_scanner()
    (config,) = saved.args[0]
    assert config == ScannerConfig("/dev/ttyACM7", 115200, b"\x03", "@", "")
    assert page.configured.count() == 1
    # Stored in QSettings, read back by a fresh store.
    again = QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)
    assert HardwareSettings(QSettingsStore(again)).scanners() == [config]

    page.configured.setCurrentRow(0)
    page.remove_button.click()
    assert HardwareSettings(QSettingsStore(settings)).scanners() == []


def test_settings_file_survives_damage(tmp_path: Path) -> None:
    path = tmp_path / "hardware.json"
    settings = HardwareSettings(JsonFileSettings(path))
    settings.set_printer_for(None, "system:Office")
    settings.set_printer_for("62x100", "system:Brother_QL")
    settings.set_calibration_offset("system:Brother_QL", (1.5, -0.5))
    again = HardwareSettings(JsonFileSettings(path))
    assert again.printer_for("62x100") == "system:Brother_QL"
    assert again.printer_for("4x6") == "system:Office"
    assert again.calibration_offset("system:Brother_QL") == (1.5, -0.5)
    assert again.destination("62x100") == ("system:Brother_QL", (1.5, -0.5))
    assert again.destination("4x6") == ("system:Office", (0.0, 0.0))
    assert HardwareSettings(MemorySettings()).destination("4x6") == ("system:", (0.0, 0.0))
    path.write_text("{not json", encoding="utf-8")
    assert HardwareSettings(JsonFileSettings(path)).printer_for("62x100") is None


def test_settings_refuse_nonsense() -> None:
    import pytest

    from warehouse_desktop.errors import InputError

    settings = HardwareSettings(MemorySettings())
    with pytest.raises(InputError) as caught:
        settings.set_calibration_offset("system:X", (25.0, 0.0))
    assert str(caught.value) == "The calibration offset must be within ±20 mm"
    with pytest.raises(InputError) as caught:
        settings.set_printer_for("A3-poster", "system:X")
    assert str(caught.value).startswith("Unknown label format A3-poster: use one of l7163")
