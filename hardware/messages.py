"""English texts for the hardware package's message keys.

Registered with the core's message table when the `hardware` package is imported, so the
command line can render a `WarehouseError` raised here; the window translates the same
keys.  Every text says what went wrong and what to do about it.
"""

from __future__ import annotations

HARDWARE_MESSAGES: dict[str, str] = {
    # printing
    "print_file_missing": "The file {path} does not exist",
    "print_file_unreadable": "The file {path} cannot be read: {detail}",
    "print_file_kind": "Cannot print {path}: only PDF, PNG and ZPL files can be printed",
    "print_file_not_pdf": "The file {path} is not a PDF that can be opened",
    "print_zpl_needs_raw": "{path} is ZPL: send it to a label printer with --raw HOST:PORT",
    "printer_unknown": "There is no printer called {printer}: choose one from --list-printers",
    "printer_none": "No printer is set up on this computer: add one in the system settings",
    "printer_stopped": "The printer {printer} is stopped or paused: start it in the system settings and retry",
    "printer_not_accepting": "The printer {printer} is not accepting jobs: enable it in the system settings and retry",
    "printer_failed": "The printer {printer} refused the job: {detail}",
    "raw_address_bad": "{address} is not a printer address: write HOST:PORT, for example 192.168.1.50:9100",
    "raw_refused": "The label printer at {address} refused the connection: is it switched on and is the address right?",
    "raw_connect_timeout": "The label printer at {address} did not answer within {seconds} s: check the cable or network and retry",
    "raw_write_timeout": "The label printer at {address} stopped taking data for {seconds} s: check paper and ribbon, then retry",
    "raw_unreachable": "The label printer at {address} cannot be reached: {detail}",
    "raw_closed": "The label printer at {address} closed the connection during the job: retry",
    "print_output_failed": "Cannot write the print file {path}: {detail}",
    "print_copies_bad": "The number of copies must be between 1 and {maximum}",
    "printer_target_bad": "{target} is not a printer setting",
    "print_label_format_unknown": "Unknown label format {format}: use one of {formats}",
    "print_offset_bad": "The calibration offset must be within ±{maximum} mm",
    "print_file_needed": "Give the FILE to print, or use --list-printers or --list-scanners",
    "print_timeout_bad": "The timeout must be a number of seconds above 0",
    "print_sent": "Sent {path} to {printer} ({copies} copies)",
    # scanners
    "scanner_port_missing": "Scanner port {port} is not there: plug the scanner in",
    "scanner_open_failed": "Cannot open scanner port {port}: {detail}",
    "scanner_terminator_bad": "{terminator} is not a line end: use CR, LF, CRLF or one byte like 0x03",
    "scanner_baud_bad": "{baud} is not a serial speed",
}


def register_hardware_messages() -> None:
    """Add the hardware keys to the core's table (idempotent)."""
    from warehouse_desktop.messages import register

    for key, text in HARDWARE_MESSAGES.items():
        try:
            register({key: text})
        except ValueError:
            # The core already has this key with its own wording: the core's text wins, and
            # importing the hardware package must never fail over a sentence.
            continue
