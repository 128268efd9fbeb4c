"""The reports package's message keys and the fixed words printed on labels, declared once.

Error and result keys go to the command line in English and to the window through Qt
(context "Messages").  The label words (context "Labels", keys `word_*`) are printed in
the label languages: English from here, every other language from its
`resources/i18n/warehouse_LANG.ts`, read without Qt by `reports.labels`.
"""

from __future__ import annotations

from warehouse_desktop.words import LABELS_CONTEXT as LABELS
from warehouse_desktop.words import message

message("label_format_unknown", "Unknown label format {name}: use one of {known}")
message("label_skip_range", "--skip must be between 0 and {per_page} minus one (got {skip})")
message("label_output_suffix", "{path}: the output must end in .pdf, .png or .zpl")
message("label_output_unsupported", "{output} is not made for the {format} format: use {outputs}")
message("label_dpi", "Printer resolution must be 203 or 300 dpi (got {dpi})")
message("label_offset_range", "The calibration offset must be between -20 and 20 mm")
message(
    "label_offset_cuts_barcode",
    "A calibration offset of {x} mm right and {y} mm down would push a barcode off the label: this format allows {left} to {right} mm right and {up} to {down} mm down",
)
message("label_language_unknown", "Unknown label language {lang}: use one of {known}")
message("label_nothing", "There is nothing to print")
message("label_box_unknown", "No box has the code {code}")
message("label_location_unknown", "No location has the code {code}")
message("label_van_unknown", "No van load has the code {code}")
message("label_blank_count", "Give the number of blank labels with --count (1 to {limit})")
message("label_kind_unknown", "Unknown label kind {kind}: use one of {known}")
message("label_codes_or_all", "Give the codes to print, or --all")
message("label_cards_unknown", "Unknown kind of card {cards}: choose among {known}")
message("labels_done", "Wrote {count} labels to {path}")
message("report_date_invalid", "{value} is not a date: write it as YYYY-MM-DD")
message("report_output_suffix", "{path}: the output must end in {suffixes}")
message("report_done", "Wrote {what} to {path}")
message("manifest_van_unknown", "No van load has the code {code}")

# Words printed on labels and bench cards ("" prints nothing: a category for no gender).
message("word_size", "Size", LABELS)
message("word_one_size", "One size", LABELS)
message("word_items", "items", LABELS)
message("word_item", "item", LABELS)
message("word_packed", "Packed", LABELS)
message("word_expires", "EXP", LABELS)
message("word_boxes", "boxes", LABELS)
message("word_box", "box", LABELS)
message("word_contents", "Contents", LABELS)
message("word_size_short", "Size", LABELS)
message("word_qty", "Qty", LABELS)
message("word_men", "Men", LABELS)
message("word_women", "Women", LABELS)
message("word_unisex_adult", "Adults", LABELS)
message("word_boys", "Boys", LABELS)
message("word_girls", "Girls", LABELS)
message("word_unisex_kids", "Children", LABELS)
message("word_baby", "Baby", LABELS)
message("word_none", "", LABELS)
message("word_check_in", "CHECK IN", LABELS)
message("word_load", "LOAD VAN", LABELS)
message("word_dispatch", "DISPATCH", LABELS)
message("word_count", "COUNT", LABELS)
message("word_done", "DONE", LABELS)
message("word_undo", "UNDO", LABELS)
message("word_check_in_help", "Back to checking boxes in", LABELS)
message("word_load_help", "Then scan the van-load code", LABELS)
message("word_dispatch_help", "The van leaves with its boxes", LABELS)
message("word_count_help", "Stock-take: then scan the shelf", LABELS)
message("word_done_help", "End the stock-take", LABELS)
message("word_undo_help", "Take back the last scan", LABELS)
message("word_look", "LOOK", LABELS)
message("word_look_help", "The next box is shown, never moved", LABELS)
message("word_sign_out", "SIGN OUT", LABELS)
message("word_sign_out_help", "Leaving the bench", LABELS)
message("word_quantity", "{n} PER BOX", LABELS)
message("word_quantity_help", "Items in the next boxes", LABELS)
message("word_expiry", "EXPIRES IN {n} MONTHS", LABELS)
message("word_expiry_help", "Expiry month of the next boxes, from today", LABELS)
message("word_volunteer", "Volunteer card", LABELS)
message("word_bench_card", "Bench card", LABELS)
