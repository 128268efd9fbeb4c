"""The hardware package's message keys with their English text, declared once.

Declared when the `hardware` package is imported, so the command line can render a
`WarehouseError` raised here; the window translates the same keys.  Every text says what
went wrong and what to do about it.
"""

from __future__ import annotations

from warehouse_desktop.words import message

# printing
message("print_file_missing", "The file {path} does not exist")
message("print_file_unreadable", "The file {path} cannot be read: {detail}")
message("print_file_kind", "Cannot print {path}: only PDF, PNG and ZPL files can be printed")
message("print_file_not_pdf", "The file {path} is not a PDF that can be opened")
message("print_zpl_needs_raw", "{path} is ZPL: send it to a label printer with --raw HOST:PORT")
message(
    "printer_unknown",
    "There is no printer called {printer}: choose one in Settings (Printers), or list them with print --list-printers",
)
message("printer_none", "No printer is set up on this computer: add one in the system settings")
message(
    "printer_stopped",
    "The printer {printer} is stopped or paused: start it in the system settings and retry",
)
message(
    "printer_not_accepting",
    "The printer {printer} is not accepting jobs: enable it in the system settings and retry",
)
message("printer_failed", "The printer {printer} refused the job: {detail}")
message(
    "raw_address_bad",
    "{address} is not a printer address: write HOST:PORT, for example 192.168.1.50:9100",
)
message(
    "raw_refused",
    "The label printer at {address} refused the connection: is it switched on and is the address right?",
)
message(
    "raw_connect_timeout",
    "The label printer at {address} did not answer within {seconds} s: check the cable or network and retry",
)
message(
    "raw_write_timeout",
    "The label printer at {address} stopped taking data for {seconds} s: check paper and ribbon, then retry",
)
message("raw_unreachable", "The label printer at {address} cannot be reached: {detail}")
message("raw_closed", "The label printer at {address} closed the connection during the job: retry")
message("print_output_failed", "Cannot write the print file {path}: {detail}")
message("print_copies_bad", "The number of copies must be between 1 and {maximum}")
message("printer_target_bad", "{target} is not a printer setting")
message("print_label_format_unknown", "Unknown label format {format}: use one of {formats}")
message("print_offset_bad", "The calibration offset must be within ±{maximum} mm")
message("print_file_needed", "Give the FILE to print, or use --list-printers or --list-scanners")
message("print_timeout_bad", "The timeout must be a number of seconds above 0")
message("print_sent", "Sent {path} to {printer} ({copies} copies)")
# scanners
message("scanner_port_missing", "Scanner port {port} is not there: plug the scanner in")
message("scanner_open_failed", "Cannot open scanner port {port}: {detail}")
message(
    "scanner_terminator_bad",
    "{terminator} is not a line end: use CR, LF, CRLF or one byte like 0x03",
)
message("scanner_baud_bad", "{baud} is not a serial speed")
