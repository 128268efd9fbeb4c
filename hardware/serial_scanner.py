"""Serial barcode scanners (USB-CDC `COM3`, `/dev/ttyACM0`): discovery, line decoding and a
reader thread that survives unplugging.

The reader runs on a plain Python thread and reports through callbacks, called on that
thread: `on_scan(scanner, text)` for each clean line, `on_rejected(scanner, reason, shown)`
for garbage refused as a scan, `on_state(scanner, state, detail)` when the scanner comes
and goes.  `hardware.qt_scanner.ScannerSignals` turns these into Qt signals for the window.
The reader hands over raw lines; `warehouse_desktop.codes.classify` and the bench service
decide what a line means.
"""

from __future__ import annotations

import enum
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import serial
import serial.tools.list_ports

from warehouse_desktop.errors import InputError

_log = logging.getLogger(__name__)

# A barcode line is short; anything longer without a line end is noise or a stuck key.
MAX_LINE_BYTES = 256
# A scanner sends a whole line within milliseconds.  A fragment left waiting longer than
# this is the tail of an interrupted read and must not be glued onto the next scan.
STALE_FRAGMENT_SECONDS = 0.5
STANDARD_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400)

TERMINATOR_NAMES = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n"}


class ScannerState(enum.StrEnum):
    """What the window shows for one serial scanner."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    RECONNECTED = "reconnected"
    STOPPED = "stopped"


class RejectReason(enum.StrEnum):
    """Why a line from the scanner was not taken as a scan."""

    NOT_TEXT = "not_text"
    CONTROL_CHARACTERS = "control_characters"
    TOO_LONG = "too_long"
    INCOMPLETE = "incomplete"
    MISSING_PREFIX = "missing_prefix"
    MISSING_SUFFIX = "missing_suffix"


def parse_terminator(text: str) -> bytes:
    """`CR`, `LF`, `CRLF`, a hex byte (`0x03`) or one character -> the line-end bytes."""
    cleaned = text.strip()
    named = TERMINATOR_NAMES.get(cleaned.upper())
    if named is not None:
        return named
    if cleaned.lower().startswith("0x"):
        try:
            value = int(cleaned, 16)
        except ValueError:
            value = -1
        if 0 <= value <= 255:
            return bytes([value])
    elif len(text) == 1 and ord(text) < 128:
        return text.encode("ascii")
    raise InputError("scanner_terminator_bad", terminator=text)


def terminator_name(terminator: bytes) -> str:
    """The inverse of `parse_terminator`, for settings and display."""
    for name, value in TERMINATOR_NAMES.items():
        if value == terminator:
            return name
    return f"0x{terminator[0]:02X}"


@dataclass(frozen=True)
class ScannerConfig:
    """One serial scanner as configured on this machine.

    `port` is the device (`/dev/ttyACM0`, `COM3`).  When `vid`/`pid` are known the scanner
    is re-found by them after an unplug even if the system gives it another port name.
    """

    port: str
    baud: int = 9600
    terminator: bytes = b"\r"
    prefix: str = ""
    suffix: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or self.port

    def to_dict(self) -> dict[str, object]:
        return {
            "port": self.port,
            "baud": self.baud,
            "terminator": terminator_name(self.terminator),
            "prefix": self.prefix,
            "suffix": self.suffix,
            "vid": self.vid,
            "pid": self.pid,
            "serial_number": self.serial_number,
            "name": self.name,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ScannerConfig:
        def _int(value: object) -> int | None:
            return int(value) if isinstance(value, int | str) and str(value) != "" else None

        baud = _int(data.get("baud")) or 9600
        return cls(
            port=str(data.get("port") or ""),
            baud=baud,
            terminator=parse_terminator(str(data.get("terminator") or "CR")),
            prefix=str(data.get("prefix") or ""),
            suffix=str(data.get("suffix") or ""),
            vid=_int(data.get("vid")),
            pid=_int(data.get("pid")),
            serial_number=(str(data["serial_number"]) if data.get("serial_number") else None),
            name=str(data.get("name") or ""),
        )


@dataclass(frozen=True)
class PortInfo:
    """A serial port as the settings page lists it."""

    device: str
    description: str
    vid: int | None
    pid: int | None
    serial_number: str | None
    manufacturer: str | None

    @property
    def usb_id(self) -> str:
        """`VID:PID` in hex (`0C2E:0B61`), or "" for a port that is not USB."""
        if self.vid is None or self.pid is None:
            return ""
        return f"{self.vid:04X}:{self.pid:04X}"

    @property
    def display_name(self) -> str:
        """`/dev/ttyACM0 — Honeywell scanner (USB 0C2E:0B61)`: what a person picks from."""
        parts = [self.device]
        described = self.description if self.description not in ("", "n/a") else ""
        if described and described != self.device:
            parts.append(f"— {described}")
        if self.usb_id:
            parts.append(f"(USB {self.usb_id})")
        return " ".join(parts)


def list_scanner_ports() -> list[PortInfo]:
    """Every serial port the system knows, USB ones first, each with a readable name."""
    ports = []
    for info in serial.tools.list_ports.comports():
        ports.append(
            PortInfo(
                device=info.device,
                description=info.description or "",
                vid=info.vid,
                pid=info.pid,
                serial_number=info.serial_number,
                manufacturer=info.manufacturer,
            )
        )
    ports.sort(key=lambda p: (p.vid is None, p.device))
    return ports


@dataclass(frozen=True)
class DecodedLine:
    """One line from the scanner: either a scan (`text`) or a refusal (`reason`)."""

    text: str | None = None
    reason: RejectReason | None = None
    shown: str = ""

    @property
    def is_scan(self) -> bool:
        return self.text is not None


def _shown(data: bytes | bytearray, limit: int = 40) -> str:
    """Garbage made safe to display: printable ASCII kept, the rest as `\\xNN`."""
    out = []
    for byte in data[:limit]:
        out.append(chr(byte) if 32 <= byte < 127 else f"\\x{byte:02x}")
    return "".join(out) + ("…" if len(data) > limit else "")


@dataclass
class LineDecoder:
    """Bytes from a serial scanner -> decoded lines.

    Pure and thread-free so the rules can be tested byte by byte.  With a CR, LF or CRLF
    terminator any CR or LF ends a line (scanners disagree about which they send) and
    empty lines are dropped.  Times are seconds from a monotonic clock.
    """

    terminator: bytes = b"\r"
    prefix: str = ""
    suffix: str = ""
    max_line: int = MAX_LINE_BYTES
    stale_after: float = STALE_FRAGMENT_SECONDS
    _buffer: bytearray = field(default_factory=bytearray)
    _overflowing: bool = False
    _last_byte_at: float = 0.0

    def reset(self) -> None:
        """Forget any partial line (the port closed or reopened)."""
        self._buffer.clear()
        self._overflowing = False

    def _line_ends(self) -> bytes:
        if self.terminator in (b"\r", b"\n", b"\r\n"):
            return b"\r\n"
        return self.terminator

    def feed(self, data: bytes, now: float | None = None) -> list[DecodedLine]:
        now = time.monotonic() if now is None else now
        results: list[DecodedLine] = []
        if data and self._buffer and now - self._last_byte_at > self.stale_after:
            results.append(DecodedLine(reason=RejectReason.INCOMPLETE, shown=_shown(self._buffer)))
            self._buffer.clear()
        if data:
            self._last_byte_at = now
        ends = self._line_ends()
        for byte in data:
            if byte in ends:
                if self._overflowing:
                    self._overflowing = False
                elif self._buffer:
                    results.append(self._decode(bytes(self._buffer)))
                self._buffer.clear()
                continue
            if self._overflowing:
                continue
            self._buffer.append(byte)
            if len(self._buffer) > self.max_line:
                results.append(
                    DecodedLine(reason=RejectReason.TOO_LONG, shown=_shown(self._buffer))
                )
                self._buffer.clear()
                self._overflowing = True
        return results

    def _decode(self, raw: bytes) -> DecodedLine:
        if self.terminator not in (b"\r", b"\n", b"\r\n"):
            # A custom terminator byte is often sent with a CR/LF around it.
            raw = raw.strip(b"\r\n")
            if not raw:
                return DecodedLine(reason=RejectReason.INCOMPLETE, shown="")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return DecodedLine(reason=RejectReason.NOT_TEXT, shown=_shown(raw))
        if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text):
            return DecodedLine(reason=RejectReason.CONTROL_CHARACTERS, shown=_shown(raw))
        if self.prefix:
            if not text.startswith(self.prefix):
                return DecodedLine(reason=RejectReason.MISSING_PREFIX, shown=_shown(raw))
            text = text[len(self.prefix) :]
        if self.suffix:
            if not text.endswith(self.suffix):
                return DecodedLine(reason=RejectReason.MISSING_SUFFIX, shown=_shown(raw))
            text = text[: -len(self.suffix)]
        if not text.strip():
            return DecodedLine(reason=RejectReason.INCOMPLETE, shown=_shown(raw))
        return DecodedLine(text=text)


ScanCallback = Callable[["SerialScanner", str], None]
StateCallback = Callable[["SerialScanner", ScannerState, str], None]
RejectCallback = Callable[["SerialScanner", RejectReason, str], None]


def _noop(*_args: object) -> None:
    return None


class SerialScanner:
    """Reads one serial scanner on its own thread and reopens it after an unplug.

    Call `start()` once and `stop()` at the end; callbacks run on the reader thread.
    `state` is the last state reported.  The first successful open reports CONNECTED;
    an open after a loss reports RECONNECTED; a lost or missing port DISCONNECTED.
    """

    def __init__(
        self,
        config: ScannerConfig,
        *,
        on_scan: ScanCallback = _noop,
        on_state: StateCallback = _noop,
        on_rejected: RejectCallback = _noop,
        retry_interval: float = 0.25,
        read_timeout: float = 0.1,
        stale_after: float = STALE_FRAGMENT_SECONDS,
    ) -> None:
        self.config = config
        self._on_scan = on_scan
        self._on_state = on_state
        self._on_rejected = on_rejected
        self._retry_interval = retry_interval
        self._read_timeout = read_timeout
        self._decoder = LineDecoder(
            terminator=config.terminator,
            prefix=config.prefix,
            suffix=config.suffix,
            stale_after=stale_after,
        )
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._port: serial.Serial | None = None
        self._ever_connected = False
        self.state = ScannerState.DISCONNECTED
        self.current_device: str | None = None

    @property
    def name(self) -> str:
        return self.config.label

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, name=f"scanner {self.config.label}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading and close the port; waits for the reader thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._close()
        self._set_state(ScannerState.STOPPED, "")

    # -- the reader thread -------------------------------------------------------

    def _run(self) -> None:
        missing_reported = False
        while not self._stop.is_set():
            if self._port is None:
                device, detail = self._open()
                if device is None:
                    if not missing_reported:
                        self._set_state(ScannerState.DISCONNECTED, detail)
                        missing_reported = True
                    self._stop.wait(self._retry_interval)
                    continue
                missing_reported = False
                state = ScannerState.RECONNECTED if self._ever_connected else ScannerState.CONNECTED
                self._ever_connected = True
                self._set_state(state, device)
            try:
                data = self._read()
            except (serial.SerialException, OSError, TypeError, AttributeError) as exc:
                # TypeError/AttributeError: pyserial's own fd handling when the port is
                # yanked mid-read on some platforms.
                self._lost(str(exc) or type(exc).__name__)
                missing_reported = True
                continue
            if data:
                self._deliver(self._decoder.feed(data))
            elif self.current_device and not _device_present(self.current_device):
                self._lost("port vanished")
                missing_reported = True

    def _read(self) -> bytes:
        port = self._port
        assert port is not None
        waiting = port.in_waiting
        return port.read(waiting or 1)

    def _deliver(self, lines: Iterable[DecodedLine]) -> None:
        for line in lines:
            try:
                if line.text is not None:
                    self._on_scan(self, line.text)
                elif line.reason is not None:
                    self._on_rejected(self, line.reason, line.shown)
            except Exception:  # noqa: BLE001 - logged
                # A faulty listener must not kill the reader thread.
                _log.exception("scanner callback failed")

    def _lost(self, detail: str) -> None:
        self._close()
        self._set_state(ScannerState.DISCONNECTED, detail)

    def _close(self) -> None:
        port, self._port = self._port, None
        self._decoder.reset()
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                pass

    def _open(self) -> tuple[str | None, str]:
        device = find_device(self.config)
        if device is None:
            return None, f"{self.config.port} not found"
        try:
            port = serial.Serial(device, self.config.baud, timeout=self._read_timeout)
        except (serial.SerialException, OSError, ValueError) as exc:
            return None, str(exc)
        self._decoder.reset()
        self._port = port
        self.current_device = device
        return device, ""

    def _set_state(self, state: ScannerState, detail: str) -> None:
        if state == self.state and state != ScannerState.DISCONNECTED:
            return
        self.state = state
        try:
            self._on_state(self, state, detail)
        except Exception:  # noqa: BLE001 - logged; the reader thread lives on
            _log.exception("scanner state callback failed")


def _device_present(device: str) -> bool:
    # Only POSIX device files can be checked cheaply; on Windows a failed read tells us.
    if os.name != "posix" or not device.startswith("/"):
        return True
    return os.path.exists(device)


def find_device(config: ScannerConfig) -> str | None:
    """The device to open for `config` now: by USB ids first, else by port name."""
    if config.vid is not None and config.pid is not None:
        matches = [
            p
            for p in list_scanner_ports()
            if p.vid == config.vid
            and p.pid == config.pid
            and (config.serial_number is None or p.serial_number == config.serial_number)
        ]
        if matches:
            for match in matches:
                if match.device == config.port:
                    return match.device
            return matches[0].device
    if os.name == "posix" and config.port.startswith("/"):
        return config.port if os.path.exists(config.port) else None
    return config.port


class ScannerPool:
    """Several serial scanners at once, all reporting to the same callbacks."""

    def __init__(
        self,
        *,
        on_scan: ScanCallback = _noop,
        on_state: StateCallback = _noop,
        on_rejected: RejectCallback = _noop,
        retry_interval: float = 0.25,
    ) -> None:
        self._on_scan, self._on_state, self._on_rejected = on_scan, on_state, on_rejected
        self._retry_interval = retry_interval
        self._scanners: dict[str, SerialScanner] = {}

    @property
    def scanners(self) -> list[SerialScanner]:
        return list(self._scanners.values())

    def add(self, config: ScannerConfig) -> SerialScanner:
        """Start reading `config` (replacing a scanner on the same port)."""
        self.remove(config.port)
        scanner = SerialScanner(
            config,
            on_scan=self._on_scan,
            on_state=self._on_state,
            on_rejected=self._on_rejected,
            retry_interval=self._retry_interval,
        )
        self._scanners[config.port] = scanner
        scanner.start()
        return scanner

    def remove(self, port: str) -> None:
        scanner = self._scanners.pop(port, None)
        if scanner is not None:
            scanner.stop()

    def replace_all(self, configs: Iterable[ScannerConfig]) -> None:
        self.stop()
        for config in configs:
            self.add(config)

    def stop(self) -> None:
        for port in list(self._scanners):
            self.remove(port)


def with_port(config: ScannerConfig, port: PortInfo) -> ScannerConfig:
    """`config` pointed at a discovered port, remembering its USB ids for re-finding."""
    return replace(
        config,
        port=port.device,
        vid=port.vid,
        pid=port.pid,
        serial_number=port.serial_number,
        name=config.name or port.description,
    )
