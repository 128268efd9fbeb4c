"""The core's message keys and their English text, declared once with `message`.

The core never builds UI strings: results and errors carry a key and arguments.  The
command line renders them in English (`render`); the window translates the same keys
through Qt (`ui/messages.py`), its French kept in `resources/i18n/warehouse_fr.ts`.
`reports` and `hardware` declare theirs in their own `messages` modules the same way.
"""

from __future__ import annotations

from warehouse_desktop.words import NAMES_CONTEXT as NAMES
from warehouse_desktop.words import message, render

__all__ = ["render"]

# scans: check in
message("template_set", "Template: {category} {size} × {quantity}")
message("quantity_set", "Quantity per box: {quantity}")
message("size_unknown", "Size {size} is not a size of {category}")
message("box_created", "New box {code}: {category} {size} × {quantity} at {location}")
message("box_moved", "Box {code} moved to {location}")
message("box_returned", "Box {code} returned to stock at {location}")
message("box_found", "Box {code} found: back in stock at {location}")
message(
    "box_created_weighed",
    "New box {code}: {category} {size} × {quantity}, {weight} kg, at {location}",
)
message("weight_set", "Weight of the next box: {weight} kg")
message("weight_cleared", "No weight for the next box")
message("box_repacked", "Box {code} repacked: {category} {size} × {quantity} at {location}")
message(
    "confirm_return_loading",
    "Box {code} is on van load {van_load} to {destination}: scan it again to take it off and back into stock, or scan a category card to repack it",
)
message(
    "confirm_return_dispatched",
    "Box {code} left on van load {van_load} to {destination} ({when}): scan it again to return it to stock as it was, or scan a category card to repack it",
)
message(
    "confirm_return_lost",
    "Box {code} was marked lost: scan it again to put it back in stock, or scan a category card to repack it",
)
message(
    "confirm_return_missing",
    "Box {code} was missing from {location} (count of {when}): scan it again to put it back in stock, or scan a category card to repack it",
)
message(
    "confirm_return_scrapped",
    "Box {code} was scrapped: scan it again to put it back in stock as it was, or scan a category card to repack it",
)
message("location_while_loading", "Loading a van: scan CHECK IN before the location {location}")
message("box_shown", "Box {code}: {category} {size} × {quantity} at {location}")
message("box_state_shown", "Box {code}: {category} {size} is {state}")
message("scan_category_first", "Scan a category card first")
# scans: expiry months
message("expiry_first", "Scan an expiry card or set the expiry month ({category} expires)")
message("expiry_set", "Expiry month for {category}: EXP {expiry}")
message("expiry_category_first", "Scan a category card before the expiry card")
message(
    "expiry_not_needed", "{category} does not expire: the expiry card was ignored, nothing changed"
)
message(
    "confirm_expiry_past",
    "EXP {expiry} is already past (today is {today}): check the month or the bench clock, then scan or set it again to keep it",
)
message("expiry_too_far", "EXP {expiry} is too far ahead: check the month")
message("expiry_invalid", "{expiry} is not a month: write it as 2027-03")
message(
    "confirm_load_later",
    "Box {code} expires {expiry}, but box {other} of {category} {size} expires sooner ({other_expiry}) at {location}: load that one, or scan {code} again to load it anyway",
)
message("location_set", "Location: {location}")
message("location_inactive", "Location {location} is not in use")
message("category_inactive", "Category {category} is not in use")
message("category_unknown", "No category has the card {code}")
message("location_unknown", "No location has the code {code}")
message(
    "box_code_not_issued", "Box code {code} was never printed here: use a label from this warehouse"
)
message("retail_unknown", "Retail barcode {code} is not linked to a category")
message("retail_linked", "Retail barcode {code} now means {category}")
# scans: van loads
message("van_load_selected", "Loading van to {destination} ({count} boxes)")
message("van_load_unknown", "No van load has the code {code}")
message("van_load_closed", "Van load {code} is {state}: it cannot take boxes")
message("van_load_created", "New van load {code} to {destination}")
message("van_load_destination_empty", "A van load needs a destination")
message("box_loaded", "Box {code} loaded for {destination} ({count} boxes)")
message("already_on_load", "Box {code} is already on this van load")
message("box_on_other_load", "Box {code} is on another van load ({van_load})")
message("box_not_loadable", "Box {code} is {state}: it cannot be loaded")
message("no_van_load", "Scan a van-load code first")
message("load_dispatched", "Van to {destination} dispatched with {count} boxes")
message(
    "confirm_dispatch",
    "Dispatch van load {van_load} to {destination}: {boxes} boxes, {items} items? Scan DISPATCH again to confirm",
)
message("van_reopened", "Van load {code} to {destination} reopened: {count} boxes loading again")
message("van_load_not_dispatched", "Van load {code} is {state}, not dispatched: nothing to reopen")
message("load_empty", "Van load {code} has no boxes: nothing to dispatch")
message("dispatch_needs_load", "Scan a van-load code before DISPATCH")
# scans: modes and stock-take
message("mode_check_in", "Check in")
message("mode_load", "Load van: scan a van-load code")
message("count_started", "Stock-take: scan the location to count")
message("count_location_set", "Counting {location}: scan every box there, then DONE")
message("count_needs_location", "Scan the location to count first")
message("box_counted", "Counted box {code} ({count} so far)")
message("box_counted_again", "Box {code} was already counted")
message(
    "count_done", "Count of {location} done: {found} found, {missing} missing, {moved} moved here"
)
message("done_without_count", "DONE only ends a stock-take: scan COUNT first")
message("box_found_here", "Box {code} was recorded elsewhere: moved here")
message("count_unknown", "No stock-take has the number {id}")
message("box_not_missing", "Box {code} is {state}, not missing")
# look
message("look_armed", "Look: scan a box to see it (nothing changes)")
message(
    "look_box",
    "Box {code}: {category} {size} × {quantity}, {state} at {location} (van load {van_load})",
)
message("look_location", "{location}: {boxes} boxes, {items} items in stock")
message("look_van_load", "Van load {code} to {destination}: {state}, {boxes} boxes, {items} items")
message("look_category", "{category}: {boxes} boxes in stock")
message("look_nothing_to_show", "Nothing to show for {code}")
# sign-in
message("sign_in_first", "Scan your volunteer card first")
message("signed_in", "Signed in: {name}")
message("still_signed_in", "Still signed in: {name}")
message("signed_out", "Signed out: {name}")
message("volunteer_card_unknown", "No volunteer has the card {code}")
message("volunteer_inactive", "{name} is no longer a volunteer here: ask a coordinator")
message("volunteer_name_invalid", "A volunteer's name is 1 to {limit} printable characters")
message("last_coordinator", "{name} is the last coordinator: name another one first")
message(
    "context_expired", "Nothing scanned for {minutes} minutes: location, van load and count cleared"
)
# undo
message("undone", "Undone: {what} of box {code} ({before} → {after})")
message("undone_many", "Undone: {what} of {count} boxes")
message(
    "nothing_to_undo", "Nothing of yours to undo here (the last {depth} changes, {minutes} minutes)"
)
message("undo_conflict", "Box {code} has changed since: its {what} cannot be undone")
message("undo_not_allowed", "Your last change ({what}) cannot be undone: a coordinator corrects it")
# refusals
message("duplicate_ignored", "")
message("invalid_empty", "Empty scan")
message("invalid_too_long", "Not a code (too long): {shown}")
message("invalid_control_characters", "Not a code (control characters): {shown}")
message("invalid_bad_check", "Code {shown} has a wrong check character: type it again")
message("invalid_unknown_format", "Not a warehouse code: {shown}")
message("box_changed_elsewhere", "Box {code} was changed at another bench just now: scan again")
message("quantity_invalid", "Quantity must be between 1 and 999")
message("no_template_for_new_box", "Choose a category before making a new box")
# coordinator actions and sign-in
message("coordinator_only", "Only a coordinator can do this: enter the coordinator PIN")
message("pin_wrong", "Wrong PIN")
message("pin_too_many", "Too many wrong PINs: wait {seconds} seconds")
message("pin_too_short", "A PIN has at least 4 digits")
message(
    "pin_needed",
    "Only a coordinator can do this: run it on a terminal to be asked the coordinator PIN, or set WAREHOUSE_PIN. Nothing was changed",
)
message("pin_prompt", "Coordinator PIN:")
message(
    "no_coordinator",
    "This warehouse has no coordinator yet: create one with 'warehouse-desktop init --coordinator NAME --pin PIN'. Nothing was changed",
)
message("operator_unknown", "No volunteer named {name}")
message("box_unknown", "No box has the code {code}")
message("box_scrapped", "Box {code} scrapped")
message("box_marked_lost", "Box {code} marked lost")
message("box_adjusted", "Box {code} now holds {quantity}")
message("box_weighed", "Box {code} weighs {weight} kg")
message("box_weight_cleared", "Box {code}: weight cleared (not weighed)")
message(
    "weight_invalid",
    "“{text}” is not a weight: type the kg as a number, like 12.5 or 12,5. Nothing was changed",
)
message(
    "weight_not_positive",
    "A weight must be more than 0 kg (typed: {text}). Nothing was changed",
)
message(
    "weight_too_heavy",
    "{text} kg is more than a box weighs (at most {limit} kg): check the figure. Nothing was changed",
)
message("box_not_movable", "Box {code} is {state}: only a box in stock can be moved")
# storage
message("db_locked", "The database is busy at another bench: try the scan again")
message("db_read_only", "The database file cannot be written (read-only): nothing was saved")
message("db_disk_full", "The disk is full: nothing was saved. Free some space and scan again")
message("db_corrupt", "The database file is damaged. Restore the newest backup")
message(
    "db_corrupt_backup",
    "The database file is damaged. The newest good backup is {backup}: restore it with 'warehouse-desktop restore {backup}'",
)
message("db_conflict", "Other benches were changing the same boxes: scan again")
message("db_error", "Database error: {detail}")
message("db_unreachable", "Cannot reach the database {target}: {detail}")
message("db_missing", "There is no database at {target}: run 'warehouse-desktop init' first")
message("db_folder", "Cannot create the database folder {target}: {detail}")
message("db_is_folder", "{target} is a folder, not a database file")
message(
    "db_driver",
    "Cannot use the database {target}: {detail} Install the PostgreSQL extra: pip install 'warehouse-desktop[postgres]'",
)
message(
    "db_needs_owner",
    "This database must be created or upgraded by its owner: run 'warehouse-desktop init --db' with the owner's URL, then start the bench again",
)
message("db_not_warehouse", "That database belongs to some other program")
message(
    "db_too_new",
    "This database was written by a newer version of the program (schema {version}; this version knows up to {supported}). Update the program; nothing was changed",
)
message("backup_failed", "The backup to {target} failed: {detail}")
message("backup_sqlite_only", "Backups of a shared server database are made on the server")
message("backup_done", "Backup written to {path}")
message("restore_corrupt", "{path} is damaged (integrity check failed): nothing was replaced")
message("restore_not_database", "{path} is not a warehouse backup: nothing was replaced")
message("restore_failed", "Restoring {path} failed: {detail}")
message(
    "restore_schema_mismatch",
    "{path} is not a backup of this program's database ({detail}): nothing was replaced",
)
message(
    "restore_bad_value",
    "{path} holds data this program cannot use ({detail}): nothing was replaced",
)
message("restore_same_file", "{path} is the database itself: choose a backup file")
message(
    "backup_unverified",
    "The backup to {target} did not match the database ({detail}): it was not kept",
)
message("restore_done", "Restored {path}; the replaced database was kept as {kept}")
message(
    "restore_in_progress",
    "A backup is being restored: nothing was recorded. Scan again in a moment",
)
# files and import/export
message("file_missing", "No such file: {path}")
message("file_unreadable", "Cannot read {path}: {detail}")
message("file_unwritable", "Cannot write {path}: {detail}")
message("csv_not_utf8", "{path} is not UTF-8 text (line {line}): save it as CSV UTF-8")
message("csv_columns", "{path}: the columns must be {expected} (found {found})")
message("csv_bad_row", "{path} line {line}: {problem}")
message("csv_too_big", "{path} is larger than {limit} MB: not a catalogue file")
message("import_done", "Imported {path}: {created} new, {updated} changed, {unchanged} unchanged")
message("export_done", "Wrote {count} rows to {path}")
message("init_done", "Database ready at {target} (schema version {version})")
message(
    "demo_done",
    "Demo warehouse created: {categories} categories, {locations} locations, {boxes} boxes",
)
message(
    "demo_not_empty", "The database already holds boxes: the demo is only seeded into an empty one"
)
message("day_in_future", "{day} has not happened yet: choose today or a day before")
message("bench_name_invalid", "A bench name is 1 to {limit} printable characters")
message("codes_exhausted", "Every {kind} code is in use: none is left for a new one")
# the catalogue editor
message("catalogue_field_invalid", "Check the {field}: it cannot be saved like this")
message("category_saved", "Saved {name} (card {code})")
message("location_saved", "Saved {name} (code {code})")
message("retail_unlinked", "Retail barcode {code} no longer means {category}")
message("retail_link_unknown", "Retail barcode {code} is not linked to anything")
# label formats by their command-line name (warehouse_desktop.label_formats)
message("format_l7163", "Avery L7163 (A4, 2×7)", NAMES)
message("format_a4-2up", "A4, two per page", NAMES)
message("format_62x100", "62 × 100 mm roll", NAMES)
message("format_4x6", "4 × 6 in thermal", NAMES)
message("format_100x150", "100 × 150 mm thermal", NAMES)


# Importing from Boxtribute, HXL and the standard catalogue
message(
    "boxtribute_plan",
    "Dry run of {path}: new boxes {boxes}, imported before {skipped}. Nothing was written: add --apply to import",
)
message("boxtribute_would_create", "It would also create: {names}")
message(
    "boxtribute_unknown",
    "{path} names what this warehouse does not have ({count}): {names}. Add --create-missing to create them",
)
message(
    "boxtribute_nothing_new",
    "Every box in {path} was imported before (boxes: {skipped}): nothing was written",
)
message(
    "boxtribute_done",
    "Imported from {path}: new boxes {boxes} ({first} to {last}), imported before and skipped {skipped}; created: categories {categories}, sizes {sizes}, locations {locations}",
)
message("boxtribute_labels", "Labels of the boxes in stock (labels: {count}) written to {path}")
message(
    "boxtribute_semicolons",
    "{path} is separated by semicolons: Boxtribute exports commas. Export it again from Boxtribute, or save it as CSV UTF-8 (comma delimited)",
)
message("boxtribute_empty", "{path} holds no boxes: nothing was written")
message(
    "boxtribute_raced",
    "{path}: some of these boxes (boxes: {count}) were imported at another bench meanwhile. Nothing was written: run the import again",
)
message(
    "boxtribute_labels_unavailable",
    "Labels cannot be written here: the labels package is missing from this installation",
)
message("import_boxes_source", "Boxes are imported from another program: add --from boxtribute")
message("export_as_boxes_only", "--as boxtribute exports boxes, not {what}")
message("export_hxl_csv_only", "--hxl adds a row to CSV files only, not to {path}")
message(
    "catalogue_not_empty",
    "The catalogue already has categories ({count}): the standard catalogue only goes into an empty one",
)
message("standard_catalogue_done", "Standard catalogue added: categories {count}")


# The distribution report
message(
    "distribution_dates_reversed",
    "The period ends on {last}, before it starts on {first}: swap the two dates",
)
message(
    "distribution_too_long",
    "That period has more than {limit} columns by {step}: choose a shorter period or a longer step (week or month)",
)
message("distribution_step_unknown", "Report by day, week or month (not {step})")
message("distribution_empty", "Nothing was dispatched from {first} to {last}")
