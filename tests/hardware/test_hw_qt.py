"""The Qt adapters: scans and job changes arrive on the GUI thread, which never blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, QTimer

from hardware.print_queue import JobState, PrintJob, PrintQueue
from hardware.printers import RawPrinter, parse_raw_address
from hardware.qt_print_queue import PrintQueueSignals
from hardware.qt_scanner import ScannerSignals
from hardware.serial_scanner import ScannerConfig


def test_scans_and_states_arrive_as_signals_on_the_gui_thread(qtbot, pty_scanner) -> None:
    signals = ScannerSignals(retry_interval=0.05)
    seen: list[tuple[str, str, bool]] = []
    gui = QThread.currentThread()
    signals.scanned_by.connect(
        lambda name, text: seen.append((name, text, QThread.currentThread() is gui))
    )
    texts: list[str] = []
    signals.scanned.connect(texts.append)
    states: list[str] = []
    signals.state_changed.connect(lambda _name, state: states.append(state))
    rejected: list[str] = []
    signals.rejected.connect(lambda _name, reason, _shown: rejected.append(reason))
    try:
        with qtbot.waitSignal(signals.state_changed, timeout=10_000):
            signals.start([ScannerConfig(str(pty_scanner.link), name="bench")])
        pty_scanner.write(b"\xff\rB0000001X\r")
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
        assert seen == [("bench", "B0000001X", True)]
        assert texts == ["B0000001X"]
        assert rejected == ["not_text"]

        with qtbot.waitSignal(signals.state_changed, timeout=10_000) as lost:
            pty_scanner.unplug()
        assert lost.args == ["bench", "disconnected"]
        with qtbot.waitSignal(signals.state_changed, timeout=10_000) as back:
            pty_scanner.plug()
        assert back.args == ["bench", "reconnected"]
    finally:
        signals.stop()
    assert states == ["connected", "disconnected", "reconnected", "stopped"]


def test_gui_stays_responsive_while_a_job_times_out(qtbot, tmp_path: Path, deaf_zebra: str):
    host, port = parse_raw_address(deaf_zebra)

    def slow_zebra(_target: str) -> RawPrinter:
        return RawPrinter(host, port, write_timeout=3.0)

    jobs = PrintQueueSignals(PrintQueue(printer_factory=slow_zebra))
    big = tmp_path / "big.zpl"
    big.write_text("^XA^GFA,1,1,1," + "0" * 4_000_000 + "^XZ", encoding="utf-8")
    changes: list[PrintJob] = []
    jobs.job_changed.connect(changes.append)

    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        job = jobs.queue.submit(big, f"raw:{deaf_zebra}")
        qtbot.waitUntil(lambda: any(c.state is JobState.PRINTING for c in changes), timeout=10_000)
        # The event loop keeps turning while the printer is stuck on the job.
        start = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= start + 5, timeout=10_000)
        assert jobs.queue.job(job.id).state is JobState.PRINTING
        qtbot.waitUntil(lambda: changes[-1].state is JobState.FAILED, timeout=30_000)
    finally:
        timer.stop()
        jobs.stop()
    failed = changes[-1]
    assert failed.reason == (
        f"The label printer at {deaf_zebra} stopped taking data for 3 s: "
        "check paper and ribbon, then retry"
    )
    assert [c.state for c in changes] == [JobState.QUEUED, JobState.PRINTING, JobState.FAILED]


def test_scanner_given_on_the_command_line(qtbot, pty_scanner) -> None:
    from hardware.qt_scanner import QtSerialScanner

    scanner = QtSerialScanner([str(pty_scanner.link)])
    texts: list[str] = []
    scanner.scanned.connect(texts.append)
    try:
        with qtbot.waitSignal(scanner.state_changed, timeout=10_000):
            scanner.start()
        pty_scanner.write(b"L0012K\r")
        qtbot.waitUntil(lambda: texts == ["L0012K"], timeout=10_000)
    finally:
        scanner.stop()
