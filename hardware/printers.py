"""Printers: one interface, three backends.

A printer is named by a *target* string, which is what the settings store:

    system:NAME        a system print queue (CUPS, the Windows spooler); `system:` alone is
                       the system's default printer
    raw:HOST:PORT      a label printer taking ZPL on a TCP port (Zebra: 9100)
    file:PATH          a file or folder: the document is copied there

`printer_from_target(target).print_file(path, copies=..., offset_mm=(right, down))` prints a
PDF, PNG or ZPL file (offset in mm; None: no calibration shift) and returns a short description of where it went, or raises `PrinterError`
(a `WarehouseError`, so its message is one plain line).  It blocks: run it off the GUI
thread (`hardware.print_queue.PrintQueue` does).  The interface every backend implements
is `hardware.printer_base`'s; the system backend lives in `hardware.system_printer`
because it needs Qt, and is imported only when a system printer is used.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
from datetime import datetime
from pathlib import Path

from hardware import zpl
from hardware.printer_base import (
    MAX_COPIES,
    DocumentKind,
    Printer,
    PrinterChoice,
    PrinterError,
    PrintRequest,
    check_copies,
    document_kind,
)
from warehouse_desktop.errors import InputError

# The interface comes from `printer_base` and is offered here too: callers of this module
# get a `Printer` and may need to say what it took or refused.
__all__ = [
    "CONNECT_TIMEOUT",
    "DEFAULT_RAW_PORT",
    "MAX_COPIES",
    "WRITE_TIMEOUT",
    "DocumentKind",
    "FilePrinter",
    "Printer",
    "PrinterChoice",
    "PrinterError",
    "PrintRequest",
    "RawPrinter",
    "check_copies",
    "document_kind",
    "parse_raw_address",
    "printer_from_target",
]

DEFAULT_RAW_PORT = 9100
CONNECT_TIMEOUT = 5.0
WRITE_TIMEOUT = 30.0


# -- file -------------------------------------------------------------------------------


class FilePrinter(Printer):
    """Copies the document to a file, or into a folder under a fresh time-stamped name."""

    def __init__(self, destination: Path) -> None:
        self.destination = destination
        self.target = f"file:{destination}"

    @property
    def display_name(self) -> str:
        return str(self.destination)

    def _output_path(self, source: Path) -> Path:
        if self.destination.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            return self.destination / f"{source.stem}-{stamp}{source.suffix}"
        return self.destination

    def send_document(self, request: PrintRequest) -> str:
        path, copies = request.path, request.copies
        out = self._output_path(path)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            if request.kind is DocumentKind.ZPL and copies > 1:
                text = path.read_bytes().decode("latin-1")
                out.write_bytes(zpl.with_copies(text, copies).encode("latin-1"))
            else:
                shutil.copyfile(path, out)
        except OSError as exc:
            raise PrinterError(
                "print_output_failed", path=str(out), detail=exc.strerror or str(exc)
            ) from None
        return str(out)


# -- raw TCP ----------------------------------------------------------------------------


def parse_raw_address(text: str) -> tuple[str, int]:
    """`HOST:PORT` (or `HOST`, port 9100; `[v6]:PORT`) -> (host, port)."""
    cleaned = text.strip()
    host, port_text = cleaned, ""
    if cleaned.startswith("["):
        end = cleaned.find("]")
        if end > 0:
            host, port_text = cleaned[1:end], cleaned[end + 1 :].lstrip(":")
    elif cleaned.count(":") == 1:
        host, port_text = cleaned.split(":")
    elif ":" in cleaned:
        # Several colons without brackets: only a bare IPv6 address makes sense.
        try:
            ipaddress.IPv6Address(cleaned)
        except ValueError:
            raise InputError("raw_address_bad", address=text) from None
    if not host or any(ch.isspace() for ch in host):
        raise InputError("raw_address_bad", address=text)
    if not port_text:
        return host, DEFAULT_RAW_PORT
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise InputError("raw_address_bad", address=text)
    return host, int(port_text)


class RawPrinter(Printer):
    """ZPL straight to a label printer's TCP port, with connect and write timeouts.

    PNG and PDF documents are sent as one graphic per page (`dpi` dots per inch).
    """

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_RAW_PORT,
        *,
        dpi: int = 203,
        connect_timeout: float = CONNECT_TIMEOUT,
        write_timeout: float = WRITE_TIMEOUT,
    ) -> None:
        self.host = host
        self.port = port
        self.dpi = dpi
        self.connect_timeout = connect_timeout
        self.write_timeout = write_timeout
        self.target = f"raw:{self.address}"

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    @property
    def display_name(self) -> str:
        return self.address

    def payload(
        self, path: Path, copies: int = 1, offset_mm: tuple[float, float] | None = None
    ) -> bytes:
        """The bytes the printer will receive for `path`.

        With `offset_mm` every label is shifted explicitly, (0, 0) included: a Zebra keeps
        the last shift it was sent until switched off.  None leaves the file as it is.
        """
        kind = document_kind(path)
        check_copies(copies)
        if kind is DocumentKind.ZPL:
            # Latin-1 maps bytes to characters one to one: whatever code page the file
            # uses (^CI), its bytes reach the printer unchanged.
            text = path.read_bytes().decode("latin-1")
        elif kind is DocumentKind.PNG:
            text = _png_to_zpl(path)
        else:
            from hardware.system_printer import pdf_to_zpl

            text = pdf_to_zpl(path, self.dpi)
        text = zpl.with_copies(text, copies)
        if offset_mm is not None:
            text = zpl.with_label_home(text, offset_mm, self.dpi)
        return text.encode("latin-1")

    def send_document(self, request: PrintRequest) -> str:
        self.send(self.payload(request.path, request.copies, request.offset_mm))
        return self.address

    def send(self, data: bytes) -> None:
        address = self.address
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except ConnectionRefusedError:
            raise PrinterError("raw_refused", address=address) from None
        except TimeoutError:
            raise PrinterError(
                "raw_connect_timeout", address=address, seconds=_seconds(self.connect_timeout)
            ) from None
        except OSError as exc:
            raise PrinterError(
                "raw_unreachable", address=address, detail=exc.strerror or str(exc)
            ) from None
        with sock:
            # A modest send buffer keeps the write timeout about the printer taking data,
            # not about the kernel swallowing megabytes on its behalf.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 256 * 1024)
            sock.settimeout(self.write_timeout)
            try:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
            except TimeoutError:
                raise PrinterError(
                    "raw_write_timeout", address=address, seconds=_seconds(self.write_timeout)
                ) from None
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                raise PrinterError("raw_closed", address=address) from None
            except OSError as exc:
                raise PrinterError(
                    "raw_unreachable", address=address, detail=exc.strerror or str(exc)
                ) from None


def _seconds(value: float) -> str:
    return f"{value:g}"


def _png_to_zpl(path: Path) -> str:
    """A PNG as one graphic label, one image pixel per printer dot."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.load()
            mono = image.convert("L").point(lambda v: 255 if v >= 128 else 0).convert("1")
    except OSError as exc:
        raise InputError("print_file_unreadable", path=str(path), detail=str(exc)) from None
    width, height = mono.size
    row_bytes = (width + 7) // 8
    # Pillow's 1-bit: set bit = white; ZPL: set bit = black.
    raw = bytes(byte ^ 0xFF for byte in mono.tobytes())
    rows = [raw[n * row_bytes : (n + 1) * row_bytes] for n in range(height)]
    # Padding bits past the right edge were white (set) in Pillow, so black after the
    # flip: clear them.
    spare = row_bytes * 8 - width
    if spare:
        mask = (0xFF << spare) & 0xFF
        rows = [row[:-1] + bytes([row[-1] & mask]) for row in rows]
    return zpl.graphic_label(rows, width, height)


# -- choosing a printer -----------------------------------------------------------------


def printer_from_target(target: str, *, dpi: int = 203) -> Printer:
    """The printer a settings string names.  Raises InputError for a malformed string."""
    kind, _, rest = target.partition(":")
    kind = kind.strip().lower()
    if kind == "raw":
        host, port = parse_raw_address(rest)
        return RawPrinter(host, port, dpi=dpi)
    if kind == "file" and rest.strip():
        return FilePrinter(Path(rest.strip()).expanduser())
    if kind == "system":
        from hardware.system_printer import SystemPrinter

        return SystemPrinter(rest.strip() or None)
    raise InputError("printer_target_bad", target=target)
