"""The window's one worker helper: work off the GUI thread, the outcome back on it, and
nothing for an owner deleted meanwhile."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from ui.worker import run_in_background


class Outcome(QObject):
    """Records what came back, and on which thread."""

    arrived = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.values: list[object] = []
        self.threads: list[threading.Thread] = []

    def record(self, value: object) -> None:
        self.values.append(value)
        self.threads.append(threading.current_thread())
        self.arrived.emit()


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot) -> None:
    outcome = Outcome()
    worked_on: list[threading.Thread] = []

    def work() -> int:
        worked_on.append(threading.current_thread())
        return 42

    with qtbot.waitSignal(outcome.arrived, timeout=10_000):
        run_in_background(work, owner=outcome, done=outcome.record)
    assert outcome.values == [42]
    assert worked_on[0] is not threading.main_thread()
    assert outcome.threads == [threading.main_thread()]


def test_an_error_comes_back_as_the_exception_not_a_traceback(qtbot) -> None:
    outcome = Outcome()

    def work() -> None:
        raise OSError(28, "No space left on device")

    with qtbot.waitSignal(outcome.arrived, timeout=10_000):
        run_in_background(work, owner=outcome, done=outcome.record, failed=outcome.record)
    [error] = outcome.values
    assert isinstance(error, OSError) and error.strerror == "No space left on device"
    assert outcome.threads == [threading.main_thread()]


def test_a_dialog_closed_while_its_work_is_in_flight_is_never_called_back(qtbot) -> None:
    dialog = QDialog()
    calls: list[object] = []
    release = threading.Event()
    started = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(10)
        return "rendered"

    worker = run_in_background(
        slow, owner=dialog, done=lambda value: (calls.append(value), dialog.setWindowTitle("x"))
    )
    assert started.wait(10)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=10_000)
    release.set()
    worker.join(10)
    # Results come back in order: once a later one arrived, the first was handled (dropped).
    later = Outcome()
    with qtbot.waitSignal(later.arrived, timeout=10_000):
        run_in_background(lambda: "after", owner=later, done=later.record)
    assert calls == []
    assert later.values == ["after"]


def test_the_serial_ports_are_listed_off_the_gui_thread(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    import ui.printer_settings as printer_settings
    from hardware.serial_scanner import PortInfo
    from ui.printer_settings import QSettingsStore, ScannerSettingsPage

    listed_on: list[threading.Thread] = []
    port = PortInfo("/dev/ttyACM0", "Honeywell Scanner", 0x0C2E, 0x0B61, "SN9", "Honeywell")

    def list_ports() -> list[PortInfo]:
        listed_on.append(threading.current_thread())
        return [port]

    monkeypatch.setattr(printer_settings, "list_scanner_ports", list_ports)
    settings = QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)
    page = ScannerSettingsPage(QSettingsStore(settings))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.port.count() == 1, timeout=10_000)
    page.port.setEditText("/dev/ttyUSB9")  # typed while the system is asked again
    with qtbot.waitSignal(page.ports_listed, timeout=10_000) as listed:
        page.refresh.click()
        assert not page.refresh.isEnabled()
    assert listed.args == [1] and page.refresh.isEnabled()
    assert page.port.itemData(0) == port and page.port.currentText() == "/dev/ttyUSB9"
    assert len(listed_on) == 2 and threading.main_thread() not in listed_on
