"""Qt adapter for serial scanners: reader-thread callbacks re-emitted as Qt signals.

Create `ScannerSignals` on the GUI thread; its signals are emitted from reader threads and
so reach slots on the GUI thread queued (Qt's automatic connection does this because the
object lives on the GUI thread).  Connect `scanned` to the window's scan handler, and
`state_changed` to the status bar (`ui.scanner_status.ScannerStatusWidget.attach`).

    signals = ScannerSignals()
    signals.scanned.connect(window.handle_scan)          # text only
    signals.start([ScannerConfig("/dev/ttyACM0")])
    ...
    signals.stop()   # at quit

`QtSerialScanner("/dev/ttyACM0", parent=window)` is the same for `--scanner PORT` (one port
or a list of ports, default settings); `start()` then needs no arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from hardware.serial_scanner import (
    RejectReason,
    ScannerConfig,
    ScannerPool,
    ScannerState,
    SerialScanner,
)


class ScannerSignals(QObject):
    """Owns a `ScannerPool` and reports what it reads as signals.

    Signals (all arguments are str so they cross threads without registration):
      scanned(text)                        a clean line read from any scanner
      scanned_by(scanner_name, text)       the same, saying which scanner read it
      state_changed(scanner_name, state)   a `ScannerState` value: connected,
                                           disconnected, reconnected, stopped
      rejected(scanner_name, reason, shown) garbage refused as a scan (`RejectReason`)
    """

    scanned = Signal(str)
    scanned_by = Signal(str, str)
    state_changed = Signal(str, str)
    rejected = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None, *, retry_interval: float = 0.25) -> None:
        super().__init__(parent)
        self._configs: list[ScannerConfig] = []
        self._pool = ScannerPool(
            on_scan=self._scan,
            on_state=self._state,
            on_rejected=self._rejected,
            retry_interval=retry_interval,
        )

    @property
    def scanners(self) -> list[SerialScanner]:
        return self._pool.scanners

    def start(self, configs: Iterable[ScannerConfig] | None = None) -> None:
        """Read from these scanners (replacing any read before); None: the ones given before."""
        if configs is not None:
            self._configs = list(configs)
        self._pool.replace_all(self._configs)

    def stop(self) -> None:
        self._pool.stop()

    def _scan(self, scanner: SerialScanner, text: str) -> None:
        self.scanned_by.emit(scanner.name, text)
        self.scanned.emit(text)

    def _state(self, scanner: SerialScanner, state: ScannerState, _detail: str) -> None:
        self.state_changed.emit(scanner.name, str(state))

    def _rejected(self, scanner: SerialScanner, reason: RejectReason, shown: str) -> None:
        self.rejected.emit(scanner.name, str(reason), shown)


class QtSerialScanner(ScannerSignals):
    """Scanners on the given port(s) with default settings: what `--scanner PORT` opens."""

    def __init__(
        self,
        ports: str | Sequence[str],
        parent: QObject | None = None,
        *,
        baud: int = 9600,
        terminator: bytes = b"\r",
    ) -> None:
        super().__init__(parent)
        names = [ports] if isinstance(ports, str) else list(ports)
        self._configs = [ScannerConfig(port, baud, terminator) for port in names if port]
