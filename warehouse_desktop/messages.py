"""Message keys and their English text.

The core never builds UI strings: results and errors carry a key and arguments.  The
command line renders them in English here; the window translates the same keys through
Qt (`ui/messages.py`).  Other packages add their own keys with `register`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, str] = {
    # scans: check in
    "template_set": "Template: {category} {size} × {quantity}",
    "quantity_set": "Quantity per box: {quantity}",
    "size_unknown": "Size {size} is not a size of {category}",
    "box_created": "New box {code}: {category} {size} × {quantity} at {location}",
    "box_moved": "Box {code} moved to {location}",
    "box_returned": "Box {code} returned to stock at {location}",
    "box_found": "Box {code} found: back in stock at {location}",
    "box_repacked": "Box {code} repacked: {category} {size} × {quantity} at {location}",
    "confirm_return_loading": (
        "Box {code} is on van load {van_load} to {destination}: scan it again to take it off "
        "and back into stock, or scan a category card to repack it"
    ),
    "confirm_return_dispatched": (
        "Box {code} left on van load {van_load} to {destination} ({when}): scan it again to "
        "return it to stock as it was, or scan a category card to repack it"
    ),
    "confirm_return_lost": (
        "Box {code} was marked lost: scan it again to put it back in stock, or scan a "
        "category card to repack it"
    ),
    "confirm_return_missing": (
        "Box {code} was missing from {location} (count of {when}): scan it again to put it "
        "back in stock, or scan a category card to repack it"
    ),
    "confirm_return_scrapped": (
        "Box {code} was scrapped: scan it again to put it back in stock as it was, or scan a "
        "category card to repack it"
    ),
    "location_while_loading": "Loading a van: scan CHECK IN before the location {location}",
    "box_shown": "Box {code}: {category} {size} × {quantity} at {location}",
    "box_state_shown": "Box {code}: {category} {size} is {state}",
    "scan_category_first": "Scan a category card first",
    "location_set": "Location: {location}",
    "location_inactive": "Location {location} is not in use",
    "category_inactive": "Category {category} is not in use",
    "category_unknown": "No category has the card {code}",
    "location_unknown": "No location has the code {code}",
    "box_code_not_issued": "Box code {code} was never printed here: use a label from this warehouse",
    "retail_unknown": "Retail barcode {code} is not linked to a category",
    "retail_linked": "Retail barcode {code} now means {category}",
    # scans: van loads
    "van_load_selected": "Loading van to {destination} ({count} boxes)",
    "van_load_unknown": "No van load has the code {code}",
    "van_load_closed": "Van load {code} is {state}: it cannot take boxes",
    "van_load_created": "New van load {code} to {destination}",
    "van_load_destination_empty": "A van load needs a destination",
    "box_loaded": "Box {code} loaded for {destination} ({count} boxes)",
    "already_on_load": "Box {code} is already on this van load",
    "box_on_other_load": "Box {code} is on another van load ({van_load})",
    "box_not_loadable": "Box {code} is {state}: it cannot be loaded",
    "no_van_load": "Scan a van-load code first",
    "load_dispatched": "Van to {destination} dispatched with {count} boxes",
    "confirm_dispatch": (
        "Dispatch van load {van_load} to {destination}: {boxes} boxes, {items} items? "
        "Scan DISPATCH again to confirm"
    ),
    "van_reopened": "Van load {code} to {destination} reopened: {count} boxes loading again",
    "van_load_not_dispatched": "Van load {code} is {state}, not dispatched: nothing to reopen",
    "load_empty": "Van load {code} has no boxes: nothing to dispatch",
    "dispatch_needs_load": "Scan a van-load code before DISPATCH",
    # scans: modes and stock-take
    "mode_check_in": "Check in",
    "mode_load": "Load van: scan a van-load code",
    "count_started": "Stock-take: scan the location to count",
    "count_location_set": "Counting {location}: scan every box there, then DONE",
    "count_needs_location": "Scan the location to count first",
    "box_counted": "Counted box {code} ({count} so far)",
    "box_counted_again": "Box {code} was already counted",
    "count_done": "Count of {location} done: {found} found, {missing} missing, {moved} moved here",
    "done_without_count": "DONE only ends a stock-take: scan COUNT first",
    "box_found_here": "Box {code} was recorded elsewhere: moved here",
    "count_unknown": "No stock-take has the number {id}",
    "box_not_missing": "Box {code} is {state}, not missing",
    # look
    "look_armed": "Look: scan a box to see it (nothing changes)",
    "look_box": "Box {code}: {category} {size} × {quantity}, {state} at {location} (van load {van_load})",
    "look_location": "{location}: {boxes} boxes, {items} items in stock",
    "look_van_load": "Van load {code} to {destination}: {state}, {boxes} boxes, {items} items",
    "look_category": "{category}: {boxes} boxes in stock",
    "look_nothing_to_show": "Nothing to show for {code}",
    # sign-in
    "sign_in_first": "Scan your volunteer card first",
    "signed_in": "Signed in: {name}",
    "still_signed_in": "Still signed in: {name}",
    "signed_out": "Signed out: {name}",
    "volunteer_card_unknown": "No volunteer has the card {code}",
    "volunteer_inactive": "{name} is no longer a volunteer here: ask a coordinator",
    "volunteer_name_invalid": "A volunteer's name is 1 to {limit} printable characters",
    "last_coordinator": "{name} is the last coordinator: name another one first",
    "context_expired": "Nothing scanned for {minutes} minutes: location, van load and count cleared",
    # undo
    "undone": "Undone: {what} of box {code} ({before} → {after})",
    "undone_many": "Undone: {what} of {count} boxes",
    "nothing_to_undo": "Nothing of yours to undo here (the last {depth} changes, {minutes} minutes)",
    "undo_conflict": "Box {code} has changed since: its {what} cannot be undone",
    "undo_not_allowed": ("Your last change ({what}) cannot be undone: a coordinator corrects it"),
    # refusals
    "duplicate_ignored": "",
    "invalid_empty": "Empty scan",
    "invalid_too_long": "Not a code (too long): {shown}",
    "invalid_control_characters": "Not a code (control characters): {shown}",
    "invalid_bad_check": "Code {shown} has a wrong check character: type it again",
    "invalid_unknown_format": "Not a warehouse code: {shown}",
    "box_changed_elsewhere": "Box {code} was changed at another bench just now: scan again",
    "quantity_invalid": "Quantity must be between 1 and 999",
    "no_template_for_new_box": "Choose a category before making a new box",
    # coordinator actions and sign-in
    "coordinator_only": "Only a coordinator can do this: enter the coordinator PIN",
    "pin_wrong": "Wrong PIN",
    "pin_too_many": "Too many wrong PINs: wait {seconds} seconds",
    "pin_too_short": "A PIN has at least 4 digits",
    "pin_needed": (
        "Only a coordinator can do this: run it on a terminal to be asked the coordinator PIN, "
        "or set WAREHOUSE_PIN. Nothing was changed"
    ),
    "pin_prompt": "Coordinator PIN:",
    "no_coordinator": (
        "This warehouse has no coordinator yet: create one with "
        "'warehouse-desktop init --coordinator NAME --pin PIN'. Nothing was changed"
    ),
    "operator_unknown": "No volunteer named {name}",
    "box_unknown": "No box has the code {code}",
    "box_scrapped": "Box {code} scrapped",
    "box_marked_lost": "Box {code} marked lost",
    "box_adjusted": "Box {code} now holds {quantity}",
    "box_not_movable": "Box {code} is {state}: only a box in stock can be moved",
    # storage
    "db_locked": "The database is busy at another bench: try the scan again",
    "db_read_only": "The database file cannot be written (read-only): nothing was saved",
    "db_disk_full": "The disk is full: nothing was saved. Free some space and scan again",
    "db_corrupt": "The database file is damaged. Restore the newest backup",
    "db_corrupt_backup": (
        "The database file is damaged. The newest good backup is {backup}: "
        "restore it with 'warehouse-desktop restore {backup}'"
    ),
    "db_conflict": "Other benches were changing the same boxes: scan again",
    "db_error": "Database error: {detail}",
    "db_unreachable": "Cannot reach the database {target}: {detail}",
    "db_missing": "There is no database at {target}: run 'warehouse-desktop init' first",
    "db_folder": "Cannot create the database folder {target}: {detail}",
    "db_is_folder": "{target} is a folder, not a database file",
    "db_driver": (
        "Cannot use the database {target}: {detail} "
        "Install the PostgreSQL extra: pip install 'warehouse-desktop[postgres]'"
    ),
    "db_needs_owner": (
        "This database must be created or upgraded by its owner: run "
        "'warehouse-desktop init --db' with the owner's URL, then start the bench again"
    ),
    "db_not_warehouse": "That database belongs to some other program",
    "db_too_new": (
        "This database was written by a newer version of the program (schema {version}; "
        "this version knows up to {supported}). Update the program; nothing was changed"
    ),
    "backup_failed": "The backup to {target} failed: {detail}",
    "backup_sqlite_only": "Backups of a shared server database are made on the server",
    "backup_done": "Backup written to {path}",
    "restore_corrupt": "{path} is damaged (integrity check failed): nothing was replaced",
    "restore_not_database": "{path} is not a warehouse backup: nothing was replaced",
    "restore_failed": "Restoring {path} failed: {detail}",
    "restore_schema_mismatch": (
        "{path} is not a backup of this program's database ({detail}): nothing was replaced"
    ),
    "restore_bad_value": (
        "{path} holds data this program cannot use ({detail}): nothing was replaced"
    ),
    "restore_same_file": "{path} is the database itself: choose a backup file",
    "backup_unverified": (
        "The backup to {target} did not match the database ({detail}): it was not kept"
    ),
    "restore_done": "Restored {path}; the replaced database was kept as {kept}",
    "restore_in_progress": (
        "A backup is being restored: nothing was recorded. Scan again in a moment"
    ),
    # files and import/export
    "file_missing": "No such file: {path}",
    "file_unreadable": "Cannot read {path}: {detail}",
    "file_unwritable": "Cannot write {path}: {detail}",
    "csv_not_utf8": "{path} is not UTF-8 text (line {line}): save it as CSV UTF-8",
    "csv_columns": "{path}: the columns must be {expected} (found {found})",
    "csv_bad_row": "{path} line {line}: {problem}",
    "csv_too_big": "{path} is larger than {limit} MB: not a catalogue file",
    "import_done": "Imported {path}: {created} new, {updated} changed, {unchanged} unchanged",
    "export_done": "Wrote {count} rows to {path}",
    "init_done": "Database ready at {target} (schema version {version})",
    "demo_done": "Demo warehouse created: {categories} categories, {locations} locations, {boxes} boxes",
    "demo_not_empty": "The database already holds boxes: the demo is only seeded into an empty one",
    "day_in_future": "{day} has not happened yet: choose today or a day before",
    "bench_name_invalid": "A bench name is 1 to {limit} printable characters",
    "codes_exhausted": "Every {kind} code is in use: none is left for a new one",
    "command_unavailable": "The command {command} is not available in this version",
    # issue 14: distribution
    "distribution_dates_reversed": (
        "The period ends on {last}, before it starts on {first}: swap the two dates"
    ),
    "distribution_too_long": (
        "That period has more than {limit} columns by {step}: choose a shorter period "
        "or a longer step (week or month)"
    ),
    "distribution_step_unknown": "Report by day, week or month (not {step})",
    "distribution_empty": "Nothing was dispatched from {first} to {last}",
}


def register(extra: Mapping[str, str]) -> None:
    """Add message keys from another package (labels, hardware...)."""
    for key, text in extra.items():
        existing = MESSAGES.get(key)
        if existing is not None and existing != text:
            raise ValueError(f"message key {key!r} registered twice with different text")
        MESSAGES[key] = text


# English nouns the messages count; "1 boxes" is written "1 box" (the window has its own
# plural forms through Qt, in every language).
_ONE = {
    "boxes": "box",
    "items": "item",
    "vans": "van",
    "labels": "label",
    "rows": "row",
    "changes": "change",
    "minutes": "minute",
    "seconds": "second",
    "categories": "category",
    "locations": "location",
    "copies": "copy",
}
_ONE_OF = re.compile(r"(?<![\d.,])1 (" + "|".join(_ONE) + r")\b")


def render(key: str, args: Mapping[str, Any] | None = None) -> str:
    """The English line for `key`; a missing placeholder never raises."""
    template = MESSAGES.get(key, key)
    try:
        text = template.format(**(args or {}))
    except (KeyError, IndexError, ValueError):
        return template
    return _ONE_OF.sub(lambda match: f"1 {_ONE[match.group(1)]}", text)
