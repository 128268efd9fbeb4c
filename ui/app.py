"""The one module that composes the program: database, bench service, window, start-up work.

`warehouse-desktop [--db DB] [--lang en|fr] [--scanner PORT] [--bench NAME]` is the `window`
command, which this module contributes to the command line (entry point `window` in
`pyproject.toml`): the command line opens the database, then calls `run_window(args)`.
`build_window` does everything but the event loop, for tests and the screenshots script.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from hardware.print_queue import PrintQueue
from hardware.qt_print_queue import PrintQueueSignals
from ui.i18n import LANGUAGES, Translations
from ui.main_window import MainWindow
from ui.messages import tr_message
from ui.scan_filter import ScanEventFilter
from ui.settings_view import wedge_settings
from ui.sounds import Feedback
from ui.worker import run_in_background
from warehouse_desktop import config
from warehouse_desktop.bench import BenchService
from warehouse_desktop.errors import WarehouseError

ORGANISATION = "warehouse-desktop"
# Where Settings keeps the serial scanners (`hardware.settings.HardwareSettings`); read here
# so that a bench without one never imports pyserial and the printer settings.
SCANNERS_KEY = "hardware/scanners"
# How long start-up work waits before looking again while a scan is coming in (ms).
BUSY_RETRY_MS = 50


@dataclass
class Session:
    """Everything the running window is made of (kept alive together)."""

    app: QApplication
    window: MainWindow
    scan_filter: ScanEventFilter
    translations: Translations
    settings: QSettings
    # The program's one print queue: the window, Settings and every preview print through it.
    print_jobs: PrintQueueSignals
    serial: Any = None
    # Work that waits until the window is up, one job per event-loop turn (`_after_start`).
    later: list[Callable[[], object]] = field(default_factory=list)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("warehouse-desktop")
    app.setApplicationDisplayName("Warehouse bench")
    return app


def _language(requested: str | None, settings: QSettings) -> str:
    if requested:
        return requested
    stored = settings.value("ui/language", "")
    if stored:
        return str(stored)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def build_window(
    *,
    bench: str | None = None,
    lang: str | None = None,
    settings: QSettings | None = None,
    audio: bool = True,
    sign_in: bool = True,
) -> Session:
    """Build the window on the already open database (not shown)."""
    app = application()
    settings = settings or QSettings(ORGANISATION, "warehouse-desktop")
    translations = Translations(app)
    translations.switch(_language(lang, settings))  # loads the built .qm (English without)
    service = BenchService(bench or config.default_bench())
    # The sound effects load once the window is up (QtMultimedia is slow to start); an
    # error scanned before then still beeps.
    feedback = Feedback(use_audio=audio, deferred=True)
    feedback.enabled = str(settings.value("sounds/enabled", "true")) != "false"

    def set_language(code: str) -> None:
        translations.switch(code)

    print_jobs = PrintQueueSignals(PrintQueue())
    window = MainWindow(
        service,
        settings=settings,
        print_jobs=print_jobs,
        feedback=feedback,
        language=lambda: translations.language,
        set_language=set_language,
    )
    feedback.setParent(window)
    print_jobs.setParent(window)
    # The job in hand finishes; what is still queued is not sent after the window closed.
    app.aboutToQuit.connect(print_jobs.stop)
    scan_filter = ScanEventFilter(wedge_settings(settings), parent=window)
    scan_filter.scanned.connect(window.handle_scan)
    app.installEventFilter(scan_filter)
    window.wedge_changed.connect(scan_filter.set_settings)
    window.sounds_changed.connect(feedback.set_enabled)
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    session = Session(app, window, scan_filter, translations, settings, print_jobs)
    if sign_in:
        QTimer.singleShot(0, window.start_shift)
    if audio:
        session.later.append(feedback.load_audio)
    _after_start(window, session.later, busy=lambda: scan_filter.holding)
    return session


def _after_start(
    owner: QObject, jobs: list[Callable[[], object]], *, busy: Callable[[], bool] = lambda: False
) -> None:
    """Run `jobs` (a list that may still grow) one per event-loop turn, beginning after
    the first turn: the window paints and takes keys first, and a key pressed meanwhile
    waits for one job at most.

    No job starts while `busy()` (the scan filter holding the keys of a burst): a job
    that blocked the event loop in the middle of a scan would stretch the gaps between
    its keys.  Keys that arrive during a job wait in the queue and come through together
    afterwards, which the scan filter reads as one fast burst."""

    def step() -> None:
        if not jobs:
            return
        if busy():
            QTimer.singleShot(BUSY_RETRY_MS, owner, step)
            return
        jobs.pop(0)()
        QTimer.singleShot(0, owner, step)

    QTimer.singleShot(0, owner, lambda: QTimer.singleShot(0, owner, step))


def show_window(session: Session) -> None:
    """Show the bench maximised: the whole screen, whatever its size.  A session with no
    window manager (a kiosk X server) maximises nothing, so the window is first given the
    screen's whole free area."""
    window = session.window
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()


class DailyBackup(QObject):
    """The first start of each day copies the database, on a worker thread once the window
    is up: the bench takes scans meanwhile (SQLite's online backup reads a snapshot; a
    scan's write does not wait for it)."""

    finished = Signal(object)  # the backup written, or None when one was made today
    failed = Signal(str)  # one plain sentence

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_thread: threading.Thread | None = None
        self.failed.connect(lambda text: window.statusBar().showMessage(text, 30000))

    def start(self) -> threading.Thread | None:
        from warehouse_desktop import backup
        from warehouse_desktop.db import sqlite_path

        path = sqlite_path()
        if path is None:
            return None  # a shared PostgreSQL database is backed up on its server
        # Not a daemon: quitting waits for the copy to be whole rather than cut it off.
        self.backup_thread = run_in_background(
            lambda: backup.daily_backup_if_due(path),
            owner=self,
            done=self.finished.emit,
            failed=self._failed,
            name="daily-backup",
            daemon=False,
        )
        return self.backup_thread

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, WarehouseError):
            self.failed.emit(tr_message(exc.key, exc.args_))
        else:
            self.failed.emit(str(exc))


def _start_serial(session: Session, port: str | None) -> None:
    """Serial scanners (the hardware helper's): `--scanner PORT`, else those set up in
    Settings; their state shows in the status bar."""
    if not port and not session.settings.value(SCANNERS_KEY):
        return  # no serial scanner set up: nothing to import or start
    from hardware.qt_scanner import QtSerialScanner, ScannerSignals
    from ui.scanner_status import ScannerStatusWidget

    window = session.window
    scanner: QtSerialScanner | ScannerSignals
    try:
        if port:
            scanner = QtSerialScanner(port, parent=window)
            configs = None
        else:
            from hardware.settings import HardwareSettings
            from ui.printer_settings import QSettingsStore

            configs = HardwareSettings(QSettingsStore(session.settings)).scanners()
            if not configs:
                return
            scanner = ScannerSignals(parent=window)
        status = ScannerStatusWidget(window)
        window.statusBar().addPermanentWidget(status)
        status.attach(scanner)
        scanner.scanned.connect(window.handle_scan)
        scanner.start() if configs is None else scanner.start(configs)
    except (TypeError, OSError, WarehouseError) as exc:
        window.statusBar().showMessage(str(exc), 10000)
        return
    session.serial = scanner
    session.app.aboutToQuit.connect(scanner.stop)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `window` command, which `warehouse-desktop` with no command runs."""
    window = subparsers.add_parser(
        "window", help="open the bench window (what no command at all does)"
    )
    window.set_defaults(handler=run_window, needs_db=True, create_db=True)


def run_window(args: Any) -> int:
    """Open the bench window and run until Ctrl+Q or the window is closed."""
    session = build_window(
        bench=getattr(args, "bench", None),
        lang=getattr(args, "lang", None),
    )
    window = session.window
    # Serial scanners (pyserial), the sounds and the Print menu (QtPdf, QtPrintSupport) come
    # in once the bench is up, so they never delay the window or the first scan.
    port = getattr(args, "scanner", None)
    session.later.insert(0, lambda: _start_serial(session, port))
    session.later.append(window.install_report_actions)
    # The day's first backup once the window is up, off the GUI thread.
    session.later.append(DailyBackup(window).start)
    show_window(session)
    # Ctrl+C in the terminal closes the window the same way Ctrl+Q does.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    ticker = QTimer(window)
    ticker.start(200)  # lets Python see the signal while Qt waits for events
    return int(session.app.exec())
