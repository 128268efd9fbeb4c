"""The `print` sub-command: send a PDF, PNG or ZPL file to a printer, list printers and
serial scanners.

    warehouse-desktop print FILE [--printer NAME | --raw HOST:PORT | --to FILE] [--copies N]
    warehouse-desktop print --list-printers
    warehouse-desktop print --list-scanners

Declared as the `print` entry point in pyproject.toml, which `warehouse_desktop.cli` loads
when the command is asked for; errors are `WarehouseError`s, which the command line
prints as one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hardware.printers import (
    CONNECT_TIMEOUT,
    WRITE_TIMEOUT,
    DocumentKind,
    FilePrinter,
    Printer,
    RawPrinter,
    check_copies,
    document_kind,
    parse_raw_address,
)
from hardware.settings import MAX_OFFSET_MM
from warehouse_desktop.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `print` sub-command."""
    parser = subparsers.add_parser(
        "print",
        help="send a PDF, PNG or ZPL file to a printer; list printers and scanners",
        description=(
            "Print FILE on a system printer (default: the system's default printer), "
            "on a label printer over the network (--raw HOST:PORT, ZPL), or copy it to a file."
        ),
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="PDF, PNG or ZPL")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--printer", metavar="NAME", help="system printer (see --list-printers)")
    where.add_argument(
        "--raw", metavar="HOST:PORT", help="label printer taking ZPL, e.g. 192.168.1.50:9100"
    )
    where.add_argument("--to", type=Path, metavar="PATH", help="copy to this file or folder")
    parser.add_argument("--copies", type=int, default=1, metavar="N", help="copies (default 1)")
    parser.add_argument(
        "--offset-x", type=float, default=None, metavar="MM", help="calibration, mm right"
    )
    parser.add_argument(
        "--offset-y", type=float, default=None, metavar="MM", help="calibration, mm down"
    )
    parser.add_argument(
        "--dpi", type=int, default=203, help="label printer resolution for --raw (default 203)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="S",
        help=f"seconds to wait for a --raw printer (default {CONNECT_TIMEOUT:g} to connect, "
        f"{WRITE_TIMEOUT:g} to take the data)",
    )
    parser.add_argument("--list-printers", action="store_true", help="list system printers")
    parser.add_argument("--list-scanners", action="store_true", help="list serial ports")
    # Accepted for symmetry with the other commands; printing needs no database.
    parser.add_argument("--db", metavar="DB", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--bench", metavar="NAME", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    parser.set_defaults(handler=print_command, needs_db=False)


def print_command(args: argparse.Namespace) -> int:
    listed = False
    if args.list_printers:
        _list_printers()
        listed = True
    if args.list_scanners:
        _list_scanners()
        listed = True
    if args.file is None:
        if listed:
            return 0
        raise InputError("print_file_needed")
    check_copies(args.copies)
    offset: tuple[float, float] | None = None
    if args.offset_x is not None or args.offset_y is not None:
        offset = (args.offset_x or 0.0, args.offset_y or 0.0)
        if any(abs(v) > MAX_OFFSET_MM for v in offset):
            raise InputError("print_offset_bad", maximum=f"{MAX_OFFSET_MM:g}")
    kind = document_kind(args.file)
    printer = _choose_printer(args, kind)
    where = printer.print_file(
        args.file,
        copies=args.copies,
        offset_mm=offset,
        title=args.file.name,
    )
    copies = f"{args.copies} copies" if args.copies != 1 else "1 copy"
    print(f"Sent {args.file} to {where} ({copies})", flush=True)
    return 0


def _choose_printer(args: argparse.Namespace, kind: DocumentKind) -> Printer:
    if args.raw is not None:
        host, port = parse_raw_address(args.raw)
        timeouts = {}
        if args.timeout is not None:
            if args.timeout <= 0:
                raise InputError("print_timeout_bad")
            timeouts = {"connect_timeout": args.timeout, "write_timeout": args.timeout}
        if kind is DocumentKind.PDF:
            _gui()
        return RawPrinter(host, port, dpi=args.dpi, **timeouts)
    if args.to is not None:
        return FilePrinter(args.to)
    if kind is DocumentKind.ZPL:
        raise InputError("print_zpl_needs_raw", path=str(args.file))
    _gui()
    from hardware.system_printer import SystemPrinter

    return SystemPrinter(args.printer)


def _gui() -> None:
    from hardware.system_printer import ensure_gui_application

    ensure_gui_application()


def _list_printers() -> None:
    _gui()
    from hardware.system_printer import list_system_printers

    choices = list_system_printers()
    if not choices:
        print("No system printers.", flush=True)
    for choice in choices:
        marks = ["default"] if choice.is_default else []
        if choice.state:
            marks.append(choice.state)
        described = (
            f" — {choice.description}" if choice.description not in ("", choice.name) else ""
        )
        print(f"{choice.name}{described} ({', '.join(marks)})", flush=True)


def _list_scanners() -> None:
    from hardware.serial_scanner import list_scanner_ports

    ports = list_scanner_ports()
    if not ports:
        print("No serial ports.", flush=True)
    for port in ports:
        print(port.display_name, flush=True)
