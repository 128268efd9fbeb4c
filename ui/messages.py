"""Every core message key as a translatable string (context "Messages").

The core hands the window a key and its placeholders; this table gives Qt Linguist the
English text to translate, with the same `{placeholders}`.  A test checks that every key
the core and the other packages register is here, in English and in French.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ui.i18n import tr_plural
from warehouse_desktop.messages import render

UI_MESSAGES: dict[str, str] = {
    "template_set": QT_TRANSLATE_NOOP("Messages", "Template: {category} {size} × {quantity}"),
    "quantity_set": QT_TRANSLATE_NOOP("Messages", "Quantity per box: {quantity}"),
    "size_unknown": QT_TRANSLATE_NOOP("Messages", "Size {size} is not a size of {category}"),
    "box_created": QT_TRANSLATE_NOOP(
        "Messages", "New box {code}: {category} {size} × {quantity} at {location}"
    ),
    "box_moved": QT_TRANSLATE_NOOP("Messages", "Box {code} moved to {location}"),
    "box_returned": QT_TRANSLATE_NOOP("Messages", "Box {code} returned to stock at {location}"),
    "box_shown": QT_TRANSLATE_NOOP(
        "Messages", "Box {code}: {category} {size} × {quantity} at {location}"
    ),
    "box_state_shown": QT_TRANSLATE_NOOP("Messages", "Box {code}: {category} {size} is {state}"),
    "scan_category_first": QT_TRANSLATE_NOOP("Messages", "Scan a category card first"),
    "location_set": QT_TRANSLATE_NOOP("Messages", "Location: {location}"),
    "location_inactive": QT_TRANSLATE_NOOP("Messages", "Location {location} is not in use"),
    "category_inactive": QT_TRANSLATE_NOOP("Messages", "Category {category} is not in use"),
    "category_unknown": QT_TRANSLATE_NOOP("Messages", "No category has the card {code}"),
    "location_unknown": QT_TRANSLATE_NOOP("Messages", "No location has the code {code}"),
    "box_code_not_issued": QT_TRANSLATE_NOOP(
        "Messages", "Box code {code} was never printed here: use a label from this warehouse"
    ),
    "retail_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Retail barcode {code} is not linked to a category"
    ),
    "retail_linked": QT_TRANSLATE_NOOP("Messages", "Retail barcode {code} now means {category}"),
    "van_load_selected": QT_TRANSLATE_NOOP(
        "Messages", "Loading van to {destination} ({count} boxes)"
    ),
    "van_load_unknown": QT_TRANSLATE_NOOP("Messages", "No van load has the code {code}"),
    "van_load_closed": QT_TRANSLATE_NOOP(
        "Messages", "Van load {code} is {state}: it cannot take boxes"
    ),
    "van_load_created": QT_TRANSLATE_NOOP("Messages", "New van load {code} to {destination}"),
    "box_loaded": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} loaded for {destination} ({count} boxes)"
    ),
    "already_on_load": QT_TRANSLATE_NOOP("Messages", "Box {code} is already on this van load"),
    "box_on_other_load": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} is on another van load ({van_load})"
    ),
    "box_not_loadable": QT_TRANSLATE_NOOP("Messages", "Box {code} is {state}: it cannot be loaded"),
    "no_van_load": QT_TRANSLATE_NOOP("Messages", "Scan a van-load code first"),
    "load_dispatched": QT_TRANSLATE_NOOP(
        "Messages", "Van to {destination} dispatched with {count} boxes"
    ),
    "load_empty": QT_TRANSLATE_NOOP(
        "Messages", "Van load {code} has no boxes: nothing to dispatch"
    ),
    "dispatch_needs_load": QT_TRANSLATE_NOOP("Messages", "Scan a van-load code before DISPATCH"),
    "mode_check_in": QT_TRANSLATE_NOOP("Messages", "Check in"),
    "mode_load": QT_TRANSLATE_NOOP("Messages", "Load van: scan a van-load code"),
    "count_started": QT_TRANSLATE_NOOP("Messages", "Stock-take: scan the location to count"),
    "count_location_set": QT_TRANSLATE_NOOP(
        "Messages", "Counting {location}: scan every box there, then DONE"
    ),
    "count_needs_location": QT_TRANSLATE_NOOP("Messages", "Scan the location to count first"),
    "box_counted": QT_TRANSLATE_NOOP("Messages", "Counted box {code} ({count} so far)"),
    "box_counted_again": QT_TRANSLATE_NOOP("Messages", "Box {code} was already counted"),
    "count_done": QT_TRANSLATE_NOOP(
        "Messages", "Count of {location} done: {found} found, {missing} missing, {moved} moved here"
    ),
    "done_without_count": QT_TRANSLATE_NOOP(
        "Messages", "DONE only ends a stock-take: scan COUNT first"
    ),
    "box_found_here": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} was recorded elsewhere: moved here"
    ),
    "undone": QT_TRANSLATE_NOOP("Messages", "Undone: {what} of box {code} ({before} → {after})"),
    "undone_many": QT_TRANSLATE_NOOP("Messages", "Undone: {what} of {count} boxes"),
    "nothing_to_undo": QT_TRANSLATE_NOOP(
        "Messages", "Nothing of yours to undo here (the last {depth} changes, {minutes} minutes)"
    ),
    "undo_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} has changed since: its {what} cannot be undone"
    ),
    # the bench's sign-in, look, confirmations, undo bounds and stock-takes
    "van_load_destination_empty": QT_TRANSLATE_NOOP("Messages", "A van load needs a destination"),
    "box_found": QT_TRANSLATE_NOOP("Messages", "Box {code} found: back in stock at {location}"),
    "box_repacked": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} repacked: {category} {size} × {quantity} at {location}"
    ),
    "confirm_return_loading": QT_TRANSLATE_NOOP(
        "Messages",
        "Box {code} is on van load {van_load} to {destination}: scan it again to take it off and back into stock, or scan a category card to repack it",
    ),
    "confirm_return_dispatched": QT_TRANSLATE_NOOP(
        "Messages",
        "Box {code} left on van load {van_load} to {destination} ({when}): scan it again to return it to stock as it was, or scan a category card to repack it",
    ),
    "confirm_return_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "Box {code} was marked lost: scan it again to put it back in stock, or scan a category card to repack it",
    ),
    "confirm_return_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Box {code} was missing from {location} (count of {when}): scan it again to put it back in stock, or scan a category card to repack it",
    ),
    "confirm_return_scrapped": QT_TRANSLATE_NOOP(
        "Messages",
        "Box {code} was scrapped: scan it again to put it back in stock as it was, or scan a category card to repack it",
    ),
    "location_while_loading": QT_TRANSLATE_NOOP(
        "Messages", "Loading a van: scan CHECK IN before the location {location}"
    ),
    "confirm_dispatch": QT_TRANSLATE_NOOP(
        "Messages",
        "Dispatch van load {van_load} to {destination}: {boxes} boxes, {items} items? Scan DISPATCH again to confirm",
    ),
    "van_reopened": QT_TRANSLATE_NOOP(
        "Messages", "Van load {code} to {destination} reopened: {count} boxes loading again"
    ),
    "van_load_not_dispatched": QT_TRANSLATE_NOOP(
        "Messages", "Van load {code} is {state}, not dispatched: nothing to reopen"
    ),
    "count_unknown": QT_TRANSLATE_NOOP("Messages", "No stock-take has the number {id}"),
    "box_not_missing": QT_TRANSLATE_NOOP("Messages", "Box {code} is {state}, not missing"),
    "look_armed": QT_TRANSLATE_NOOP("Messages", "Look: scan a box to see it (nothing changes)"),
    "look_box": QT_TRANSLATE_NOOP(
        "Messages",
        "Box {code}: {category} {size} × {quantity}, {state} at {location} (van load {van_load})",
    ),
    "look_location": QT_TRANSLATE_NOOP(
        "Messages", "{location}: {boxes} boxes, {items} items in stock"
    ),
    "look_van_load": QT_TRANSLATE_NOOP(
        "Messages", "Van load {code} to {destination}: {state}, {boxes} boxes, {items} items"
    ),
    "look_category": QT_TRANSLATE_NOOP("Messages", "{category}: {boxes} boxes in stock"),
    "look_nothing_to_show": QT_TRANSLATE_NOOP("Messages", "Nothing to show for {code}"),
    "sign_in_first": QT_TRANSLATE_NOOP("Messages", "Scan your volunteer card first"),
    "signed_in": QT_TRANSLATE_NOOP("Messages", "Signed in: {name}"),
    "still_signed_in": QT_TRANSLATE_NOOP("Messages", "Still signed in: {name}"),
    "signed_out": QT_TRANSLATE_NOOP("Messages", "Signed out: {name}"),
    "volunteer_card_unknown": QT_TRANSLATE_NOOP("Messages", "No volunteer has the card {code}"),
    "volunteer_inactive": QT_TRANSLATE_NOOP(
        "Messages", "{name} is no longer a volunteer here: ask a coordinator"
    ),
    "volunteer_name_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A volunteer's name is 1 to {limit} printable characters"
    ),
    "last_coordinator": QT_TRANSLATE_NOOP(
        "Messages", "{name} is the last coordinator: name another one first"
    ),
    "context_expired": QT_TRANSLATE_NOOP(
        "Messages", "Nothing scanned for {minutes} minutes: location, van load and count cleared"
    ),
    "undo_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Your last change ({what}) cannot be undone: a coordinator corrects it"
    ),
    "duplicate_ignored": QT_TRANSLATE_NOOP("Messages", ""),
    "invalid_empty": QT_TRANSLATE_NOOP("Messages", "Empty scan"),
    "invalid_too_long": QT_TRANSLATE_NOOP("Messages", "Not a code (too long): {shown}"),
    "invalid_control_characters": QT_TRANSLATE_NOOP(
        "Messages", "Not a code (control characters): {shown}"
    ),
    "invalid_bad_check": QT_TRANSLATE_NOOP(
        "Messages", "Code {shown} has a wrong check character: type it again"
    ),
    "invalid_unknown_format": QT_TRANSLATE_NOOP("Messages", "Not a warehouse code: {shown}"),
    "box_changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} was changed at another bench just now: scan again"
    ),
    "quantity_invalid": QT_TRANSLATE_NOOP("Messages", "Quantity must be between 1 and 999"),
    "no_template_for_new_box": QT_TRANSLATE_NOOP(
        "Messages", "Choose a category before making a new box"
    ),
    "coordinator_only": QT_TRANSLATE_NOOP(
        "Messages", "Only a coordinator can do this: enter the coordinator PIN"
    ),
    "pin_wrong": QT_TRANSLATE_NOOP("Messages", "Wrong PIN"),
    "pin_too_many": QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs: wait {seconds} seconds"),
    "pin_too_short": QT_TRANSLATE_NOOP("Messages", "A PIN has at least 4 digits"),
    "operator_unknown": QT_TRANSLATE_NOOP("Messages", "No volunteer named {name}"),
    "box_unknown": QT_TRANSLATE_NOOP("Messages", "No box has the code {code}"),
    "box_scrapped": QT_TRANSLATE_NOOP("Messages", "Box {code} scrapped"),
    "box_marked_lost": QT_TRANSLATE_NOOP("Messages", "Box {code} marked lost"),
    "box_adjusted": QT_TRANSLATE_NOOP("Messages", "Box {code} now holds {quantity}"),
    "box_not_movable": QT_TRANSLATE_NOOP(
        "Messages", "Box {code} is {state}: only a box in stock can be moved"
    ),
    "db_locked": QT_TRANSLATE_NOOP(
        "Messages", "The database is busy at another bench: try the scan again"
    ),
    "db_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The database file cannot be written (read-only): nothing was saved"
    ),
    "db_disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: nothing was saved. Free some space and scan again"
    ),
    "db_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged. Restore the newest backup"
    ),
    "db_corrupt_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged. The newest good backup is {backup}: restore it with 'warehouse-desktop restore {backup}'",
    ),
    "db_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Other benches were changing the same boxes: scan again"
    ),
    "db_error": QT_TRANSLATE_NOOP("Messages", "Database error: {detail}"),
    "db_unreachable": QT_TRANSLATE_NOOP("Messages", "Cannot reach the database {target}: {detail}"),
    "db_missing": QT_TRANSLATE_NOOP(
        "Messages", "There is no database at {target}: run 'warehouse-desktop init' first"
    ),
    "db_folder": QT_TRANSLATE_NOOP(
        "Messages", "Cannot create the database folder {target}: {detail}"
    ),
    "db_is_folder": QT_TRANSLATE_NOOP("Messages", "{target} is a folder, not a database file"),
    "db_driver": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot use the database {target}: {detail} "
        "Install the PostgreSQL extra: pip install 'warehouse-desktop[postgres]'",
    ),
    "db_not_warehouse": QT_TRANSLATE_NOOP(
        "Messages", "That database belongs to some other program"
    ),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of the program (schema {version}; this version knows up to {supported}). Update the program; nothing was changed",
    ),
    "backup_failed": QT_TRANSLATE_NOOP("Messages", "The backup to {target} failed: {detail}"),
    "backup_sqlite_only": QT_TRANSLATE_NOOP(
        "Messages", "Backups of a shared server database are made on the server"
    ),
    "backup_done": QT_TRANSLATE_NOOP("Messages", "Backup written to {path}"),
    "restore_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "{path} is damaged (integrity check failed): nothing was replaced"
    ),
    "restore_not_database": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a warehouse backup: nothing was replaced"
    ),
    "restore_failed": QT_TRANSLATE_NOOP("Messages", "Restoring {path} failed: {detail}"),
    "db_needs_owner": QT_TRANSLATE_NOOP(
        "Messages",
        "This database must be created or upgraded by its owner: run 'warehouse-desktop init --db' with the owner's URL, then start the bench again",
    ),
    "restore_schema_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a backup of this program's database ({detail}): nothing was replaced",
    ),
    "restore_bad_value": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} holds data this program cannot use ({detail}): nothing was replaced",
    ),
    "restore_same_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is the database itself: choose a backup file",
    ),
    "backup_unverified": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup to {target} did not match the database ({detail}): it was not kept",
    ),
    "pin_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a coordinator can do this: run it on a terminal to be asked the coordinator PIN, or set WAREHOUSE_PIN. Nothing was changed",
    ),
    "pin_prompt": QT_TRANSLATE_NOOP(
        "Messages",
        "Coordinator PIN:",
    ),
    "no_coordinator": QT_TRANSLATE_NOOP(
        "Messages",
        "This warehouse has no coordinator yet: create one with 'warehouse-desktop init --coordinator NAME --pin PIN'. Nothing was changed",
    ),
    "codes_exhausted": QT_TRANSLATE_NOOP(
        "Messages",
        "Every {kind} code is in use: none is left for a new one",
    ),
    "bench_name_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "A bench name is 1 to {limit} printable characters",
    ),
    "day_in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "{day} has not happened yet: choose today or a day before",
    ),
    "restore_done": QT_TRANSLATE_NOOP(
        "Messages", "Restored {path}; the replaced database was kept as {kept}"
    ),
    "file_missing": QT_TRANSLATE_NOOP("Messages", "No such file: {path}"),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {detail}"),
    "file_unwritable": QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {detail}"),
    "csv_not_utf8": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not UTF-8 text (line {line}): save it as CSV UTF-8"
    ),
    "csv_columns": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the columns must be {expected} (found {found})"
    ),
    "csv_bad_row": QT_TRANSLATE_NOOP("Messages", "{path} line {line}: {problem}"),
    "csv_too_big": QT_TRANSLATE_NOOP(
        "Messages", "{path} is larger than {limit} MB: not a catalogue file"
    ),
    "import_done": QT_TRANSLATE_NOOP(
        "Messages", "Imported {path}: {created} new, {updated} changed, {unchanged} unchanged"
    ),
    "export_done": QT_TRANSLATE_NOOP("Messages", "Wrote {count} rows to {path}"),
    "init_done": QT_TRANSLATE_NOOP(
        "Messages", "Database ready at {target} (schema version {version})"
    ),
    "demo_done": QT_TRANSLATE_NOOP(
        "Messages",
        "Demo warehouse created: {categories} categories, {locations} locations, {boxes} boxes",
    ),
    "demo_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The database already holds boxes: the demo is only seeded into an empty one"
    ),
    "command_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The command {command} is not available in this version"
    ),
    "catalogue_field_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Check the {field}: it cannot be saved like this"
    ),
    "category_saved": QT_TRANSLATE_NOOP("Messages", "Saved {name} (card {code})"),
    "location_saved": QT_TRANSLATE_NOOP("Messages", "Saved {name} (code {code})"),
    "retail_unlinked": QT_TRANSLATE_NOOP(
        "Messages", "Retail barcode {code} no longer means {category}"
    ),
    "retail_link_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Retail barcode {code} is not linked to anything"
    ),
    "label_format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown label format {name}: use one of {known}"
    ),
    "label_skip_range": QT_TRANSLATE_NOOP(
        "Messages", "--skip must be between 0 and {per_page} minus one (got {skip})"
    ),
    "label_output_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the output must end in .pdf, .png or .zpl"
    ),
    "label_output_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "{output} is not made for the {format} format: use {outputs}"
    ),
    "label_dpi": QT_TRANSLATE_NOOP(
        "Messages", "Printer resolution must be 203 or 300 dpi (got {dpi})"
    ),
    "label_offset_range": QT_TRANSLATE_NOOP(
        "Messages", "The calibration offset must be between -20 and 20 mm"
    ),
    "label_offset_cuts_barcode": QT_TRANSLATE_NOOP(
        "Messages",
        "A calibration offset of {x} mm right and {y} mm down would push a barcode off the "
        "label: this format allows {left} to {right} mm right and {up} to {down} mm down",
    ),
    "label_language_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown label language {lang}: use one of {known}"
    ),
    "label_nothing": QT_TRANSLATE_NOOP("Messages", "There is nothing to print"),
    "label_box_unknown": QT_TRANSLATE_NOOP("Messages", "No box has the code {code}"),
    "label_location_unknown": QT_TRANSLATE_NOOP("Messages", "No location has the code {code}"),
    "label_van_unknown": QT_TRANSLATE_NOOP("Messages", "No van load has the code {code}"),
    "label_blank_count": QT_TRANSLATE_NOOP(
        "Messages", "Give the number of blank labels with --count (1 to {limit})"
    ),
    "label_kind_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown label kind {kind}: use one of {known}"
    ),
    "label_codes_or_all": QT_TRANSLATE_NOOP("Messages", "Give the codes to print, or --all"),
    "labels_done": QT_TRANSLATE_NOOP("Messages", "Wrote {count} labels to {path}"),
    "report_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a date: write it as YYYY-MM-DD"
    ),
    "report_output_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the output must end in {suffixes}"
    ),
    "report_done": QT_TRANSLATE_NOOP("Messages", "Wrote {what} to {path}"),
    "manifest_van_unknown": QT_TRANSLATE_NOOP("Messages", "No van load has the code {code}"),
    "print_file_missing": QT_TRANSLATE_NOOP("Messages", "The file {path} does not exist"),
    "print_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} cannot be read: {detail}"
    ),
    "print_file_kind": QT_TRANSLATE_NOOP(
        "Messages", "Cannot print {path}: only PDF, PNG and ZPL files can be printed"
    ),
    "print_file_not_pdf": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is not a PDF that can be opened"
    ),
    "print_zpl_needs_raw": QT_TRANSLATE_NOOP(
        "Messages", "{path} is ZPL: send it to a label printer with --raw HOST:PORT"
    ),
    "printer_unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no printer called {printer}: choose one from --list-printers"
    ),
    "printer_none": QT_TRANSLATE_NOOP(
        "Messages", "No printer is set up on this computer: add one in the system settings"
    ),
    "printer_stopped": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer {printer} is stopped or paused: start it in the system settings and retry",
    ),
    "printer_not_accepting": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer {printer} is not accepting jobs: enable it in the system settings and retry",
    ),
    "printer_failed": QT_TRANSLATE_NOOP(
        "Messages", "The printer {printer} refused the job: {detail}"
    ),
    "raw_address_bad": QT_TRANSLATE_NOOP(
        "Messages",
        "{address} is not a printer address: write HOST:PORT, for example 192.168.1.50:9100",
    ),
    "raw_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The label printer at {address} refused the connection: is it switched on and is the address right?",
    ),
    "raw_connect_timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "The label printer at {address} did not answer within {seconds} s: check the cable or network and retry",
    ),
    "raw_write_timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "The label printer at {address} stopped taking data for {seconds} s: check paper and ribbon, then retry",
    ),
    "raw_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The label printer at {address} cannot be reached: {detail}"
    ),
    "raw_closed": QT_TRANSLATE_NOOP(
        "Messages", "The label printer at {address} closed the connection during the job: retry"
    ),
    "print_output_failed": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the print file {path}: {detail}"
    ),
    "print_copies_bad": QT_TRANSLATE_NOOP(
        "Messages", "The number of copies must be between 1 and {maximum}"
    ),
    "printer_target_bad": QT_TRANSLATE_NOOP("Messages", "{target} is not a printer setting"),
    "print_label_format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown label format {format}: use one of {formats}"
    ),
    "print_offset_bad": QT_TRANSLATE_NOOP(
        "Messages", "The calibration offset must be within ±{maximum} mm"
    ),
    "print_file_needed": QT_TRANSLATE_NOOP(
        "Messages", "Give the FILE to print, or use --list-printers or --list-scanners"
    ),
    "print_timeout_bad": QT_TRANSLATE_NOOP(
        "Messages", "The timeout must be a number of seconds above 0"
    ),
    "print_sent": QT_TRANSLATE_NOOP("Messages", "Sent {path} to {printer} ({copies} copies)"),
    "scanner_port_missing": QT_TRANSLATE_NOOP(
        "Messages", "Scanner port {port} is not there: plug the scanner in"
    ),
    "scanner_open_failed": QT_TRANSLATE_NOOP(
        "Messages", "Cannot open scanner port {port}: {detail}"
    ),
    "scanner_terminator_bad": QT_TRANSLATE_NOOP(
        "Messages", "{terminator} is not a line end: use CR, LF, CRLF or one byte like 0x03"
    ),
    "scanner_baud_bad": QT_TRANSLATE_NOOP("Messages", "{baud} is not a serial speed"),
    "label_cards_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown kind of card {cards}: choose among {known}"
    ),
    "restore_in_progress": QT_TRANSLATE_NOOP(
        "Messages", "A backup is being restored: nothing was recorded. Scan again in a moment"
    ),
    # issue 14: distribution
    "distribution_dates_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The period ends on {last}, before it starts on {first}: swap the two dates"
    ),
    "distribution_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "That period has more than {limit} columns by {step}: choose a shorter period "
        "or a longer step (week or month)",
    ),
    "distribution_step_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Report by day, week or month (not {step})"
    ),
    "distribution_empty": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was dispatched from {first} to {last}"
    ),
}

# Messages with counts as the window shows them: the core's English says "({count} boxes)"
# whatever the count, so the window has its own template in which each counted placeholder
# is a phrase put in its plural form by Qt's `%n` ("1 box", "2 boxes"; "0 carton", "1 trouvé").
# Key -> (the window's template, placeholder -> its `%n` phrase).
COUNTED_PHRASES: dict[str, str] = {
    "boxes": QT_TRANSLATE_NOOP("Messages", "%n box(es)"),
    "items": QT_TRANSLATE_NOOP("Messages", "%n item(s)"),
    "found": QT_TRANSLATE_NOOP("Messages", "%n found"),
    "missing": QT_TRANSLATE_NOOP("Messages", "%n missing"),
    "moved": QT_TRANSLATE_NOOP("Messages", "%n moved here"),
    "changes": QT_TRANSLATE_NOOP("Messages", "%n change(s)"),
    "minutes": QT_TRANSLATE_NOOP("Messages", "%n minute(s)"),
    "seconds": QT_TRANSLATE_NOOP("Messages", "%n second(s)"),
    "rows": QT_TRANSLATE_NOOP("Messages", "%n row(s)"),
    "labels": QT_TRANSLATE_NOOP("Messages", "%n label(s)"),
    "copies": QT_TRANSLATE_NOOP("Messages", "%n cop(y|ies)"),
    "seen": QT_TRANSLATE_NOOP("Messages", "%n box(es) seen"),
    "new": QT_TRANSLATE_NOOP("Messages", "%n new"),
    "changed": QT_TRANSLATE_NOOP("Messages", "%n changed"),
    "unchanged": QT_TRANSLATE_NOOP("Messages", "%n unchanged"),
    "categories": QT_TRANSLATE_NOOP("Messages", "%n categor(y|ies)"),
    "locations": QT_TRANSLATE_NOOP("Messages", "%n location(s)"),
}
_P = COUNTED_PHRASES
WINDOW_MESSAGES: dict[str, tuple[str, dict[str, str]]] = {
    "van_load_selected": (
        QT_TRANSLATE_NOOP("Messages", "Loading van to {destination} ({count})"),
        {"count": _P["boxes"]},
    ),
    "box_loaded": (
        QT_TRANSLATE_NOOP("Messages", "Box {code} loaded for {destination} ({count} on the van)"),
        {"count": _P["boxes"]},
    ),
    "load_dispatched": (
        QT_TRANSLATE_NOOP("Messages", "Van to {destination} dispatched with {count}"),
        {"count": _P["boxes"]},
    ),
    "confirm_dispatch": (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Dispatch van load {van_load} to {destination}: {boxes}, {items}? Scan DISPATCH again to confirm",
        ),
        {"boxes": _P["boxes"], "items": _P["items"]},
    ),
    "van_reopened": (
        QT_TRANSLATE_NOOP(
            "Messages", "Van load {code} to {destination} reopened: {count} loading again"
        ),
        {"count": _P["boxes"]},
    ),
    "box_counted": (
        QT_TRANSLATE_NOOP("Messages", "Counted box {code} ({count} so far)"),
        {"count": _P["boxes"]},
    ),
    "count_done": (
        QT_TRANSLATE_NOOP("Messages", "Count of {location} done: {found}, {missing}, {moved}"),
        {"found": _P["found"], "missing": _P["missing"], "moved": _P["moved"]},
    ),
    "undone": (
        QT_TRANSLATE_NOOP("Messages", "Undone ({what}): box {code}, {before} → {after}"),
        {},
    ),
    "undone_many": (
        QT_TRANSLATE_NOOP("Messages", "Undone ({what}): {count}"),
        {"count": _P["boxes"]},
    ),
    "nothing_to_undo": (
        QT_TRANSLATE_NOOP(
            "Messages", "Nothing of yours to undo here (the last {depth}, {minutes})"
        ),
        {"depth": _P["changes"], "minutes": _P["minutes"]},
    ),
    "look_location": (
        QT_TRANSLATE_NOOP("Messages", "{location}: {boxes}, {items} in stock"),
        {"boxes": _P["boxes"], "items": _P["items"]},
    ),
    "look_van_load": (
        QT_TRANSLATE_NOOP(
            "Messages", "Van load {code} to {destination}: {state}, {boxes}, {items}"
        ),
        {"boxes": _P["boxes"], "items": _P["items"]},
    ),
    "look_category": (
        QT_TRANSLATE_NOOP("Messages", "{category}: {boxes} in stock"),
        {"boxes": _P["boxes"]},
    ),
    "context_expired": (
        QT_TRANSLATE_NOOP(
            "Messages", "Nothing scanned for {minutes}: location, van load and count cleared"
        ),
        {"minutes": _P["minutes"]},
    ),
    "pin_too_many": (
        QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs: wait {seconds}"),
        {"seconds": _P["seconds"]},
    ),
    "export_done": (
        QT_TRANSLATE_NOOP("Messages", "Wrote {count} to {path}"),
        {"count": _P["rows"]},
    ),
    "labels_done": (
        QT_TRANSLATE_NOOP("Messages", "Wrote {count} to {path}"),
        {"count": _P["labels"]},
    ),
    "print_sent": (
        QT_TRANSLATE_NOOP("Messages", "Sent {path} to {printer} ({copies})"),
        {"copies": _P["copies"]},
    ),
    "import_done": (
        QT_TRANSLATE_NOOP("Messages", "Imported {path}: {created}, {updated}, {unchanged}"),
        {"created": _P["new"], "updated": _P["changed"], "unchanged": _P["unchanged"]},
    ),
    "demo_done": (
        QT_TRANSLATE_NOOP("Messages", "Demo warehouse created: {categories}, {locations}, {boxes}"),
        {"categories": _P["categories"], "locations": _P["locations"], "boxes": _P["boxes"]},
    ),
}

# Values the core puts into placeholders that are words, not data.
STATE_NAMES: dict[str, str] = {
    "in_stock": QT_TRANSLATE_NOOP("Names", "in stock"),
    "loading": QT_TRANSLATE_NOOP("Names", "loading"),
    "dispatched": QT_TRANSLATE_NOOP("Names", "dispatched"),
    "scrapped": QT_TRANSLATE_NOOP("Names", "scrapped"),
    "lost": QT_TRANSLATE_NOOP("Names", "lost"),
    "missing": QT_TRANSLATE_NOOP("Names", "missing"),
    "cancelled": QT_TRANSLATE_NOOP("Names", "cancelled"),
}
ACTION_NAMES: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("Names", "created"),
    "moved": QT_TRANSLATE_NOOP("Names", "moved"),
    "loaded": QT_TRANSLATE_NOOP("Names", "loaded"),
    "unloaded": QT_TRANSLATE_NOOP("Names", "unloaded"),
    "dispatched": QT_TRANSLATE_NOOP("Names", "dispatched"),
    "returned": QT_TRANSLATE_NOOP("Names", "returned"),
    "adjusted": QT_TRANSLATE_NOOP("Names", "adjusted"),
    "scrapped": QT_TRANSLATE_NOOP("Names", "scrapped"),
    "lost": QT_TRANSLATE_NOOP("Names", "lost"),
    "found": QT_TRANSLATE_NOOP("Names", "found"),
    "undone": QT_TRANSLATE_NOOP("Names", "undone"),
    "repacked": QT_TRANSLATE_NOOP("Names", "repacked"),
    "missing": QT_TRANSLATE_NOOP("Names", "found missing"),
    "reopened": QT_TRANSLATE_NOOP("Names", "reopened"),
}
MODE_NAMES: dict[str, str] = {
    "check_in": QT_TRANSLATE_NOOP("Names", "CHECK IN"),
    "load": QT_TRANSLATE_NOOP("Names", "LOAD VAN"),
    "count": QT_TRANSLATE_NOOP("Names", "STOCK-TAKE"),
}
GENDER_NAMES: dict[str, str] = {
    "men": QT_TRANSLATE_NOOP("Names", "men"),
    "women": QT_TRANSLATE_NOOP("Names", "women"),
    "unisex_adult": QT_TRANSLATE_NOOP("Names", "unisex adult"),
    "boys": QT_TRANSLATE_NOOP("Names", "boys"),
    "girls": QT_TRANSLATE_NOOP("Names", "girls"),
    "unisex_kids": QT_TRANSLATE_NOOP("Names", "unisex kids"),
    "baby": QT_TRANSLATE_NOOP("Names", "baby"),
    "none": QT_TRANSLATE_NOOP("Names", "none"),
}
GROUP_NAMES: dict[str, str] = {
    "clothing": QT_TRANSLATE_NOOP("Names", "Clothing"),
    "footwear": QT_TRANSLATE_NOOP("Names", "Footwear"),
    "bedding": QT_TRANSLATE_NOOP("Names", "Bedding"),
    "hygiene": QT_TRANSLATE_NOOP("Names", "Hygiene"),
    "shelter": QT_TRANSLATE_NOOP("Names", "Shelter"),
    "food": QT_TRANSLATE_NOOP("Names", "Food"),
    "other": QT_TRANSLATE_NOOP("Names", "Other"),
}
LOCATION_KIND_NAMES: dict[str, str] = {
    "shelf": QT_TRANSLATE_NOOP("Names", "shelf"),
    "zone": QT_TRANSLATE_NOOP("Names", "zone"),
    "bench": QT_TRANSLATE_NOOP("Names", "bench"),
    "loading_bay": QT_TRANSLATE_NOOP("Names", "loading bay"),
}
# Label formats by their command-line name (reports.formats); the English titles match.
FORMAT_NAMES: dict[str, str] = {
    "l7163": QT_TRANSLATE_NOOP("Names", "Avery L7163 (A4, 2×7)"),
    "a4-2up": QT_TRANSLATE_NOOP("Names", "A4, two per page"),
    "62x100": QT_TRANSLATE_NOOP("Names", "62 × 100 mm roll"),
    "4x6": QT_TRANSLATE_NOOP("Names", "4 × 6 in thermal"),
    "100x150": QT_TRANSLATE_NOOP("Names", "100 × 150 mm thermal"),
}
_WORD_ARGS = {"state": STATE_NAMES, "what": ACTION_NAMES}


def name(table: Mapping[str, str], value: str) -> str:
    """The translated word for an enum value (the value itself if unknown)."""
    text = table.get(value)
    return QCoreApplication.translate("Names", text) if text else value


def category_name(english: str, names: Mapping[str, str] | None) -> str:
    """A category's name in the window's language where the catalogue has one."""
    local = (names or {}).get(QLocale().name().split("_")[0])
    return local or english


def size_name(size: str) -> str:
    """A size as the window's language says it ("one size" is a word, not a size)."""
    return QCoreApplication.translate("Names", "one size") if size == "one size" else size


def tr_message(key: str, args: Mapping[str, Any] | None = None) -> str:
    """The message for `key` in the current language, counts in their plural form;
    never raises."""
    template = UI_MESSAGES.get(key)
    if template is None:
        return render(key, args)
    if not template:
        return ""
    counted: dict[str, str] = {}
    if key in WINDOW_MESSAGES:
        template, counted = WINDOW_MESSAGES[key]
    translated = QCoreApplication.translate("Messages", template)
    filled = {k: name(_WORD_ARGS[k], v) if k in _WORD_ARGS else v for k, v in (args or {}).items()}
    if isinstance(filled.get("size"), str):
        filled["size"] = size_name(filled["size"])
    for placeholder, phrase in counted.items():
        value = filled.get(placeholder)
        if isinstance(value, int) and not isinstance(value, bool):
            filled[placeholder] = tr_plural("Messages", phrase, value)
    # A category is shown by its name in the window's language when the catalogue has one.
    names = filled.get("category_names")
    if isinstance(names, Mapping):
        local = names.get(QLocale().name().split("_")[0])
        if local:
            filled["category"] = local
    try:
        return translated.format(**filled)
    except (KeyError, IndexError, ValueError):
        return translated
