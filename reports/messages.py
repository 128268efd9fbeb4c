"""English text for the message keys that reports raise (the window translates the keys)."""

from __future__ import annotations

REPORT_MESSAGES: dict[str, str] = {
    "label_format_unknown": "Unknown label format {name}: use one of {known}",
    "label_skip_range": "--skip must be between 0 and {per_page} minus one (got {skip})",
    "label_output_suffix": "{path}: the output must end in .pdf, .png or .zpl",
    "label_output_unsupported": "{output} is not made for the {format} format: use {outputs}",
    "label_dpi": "Printer resolution must be 203 or 300 dpi (got {dpi})",
    "label_offset_range": "The calibration offset must be between -20 and 20 mm",
    "label_offset_cuts_barcode": (
        "A calibration offset of {x} mm right and {y} mm down would push a barcode off the "
        "label: this format allows {left} to {right} mm right and {up} to {down} mm down"
    ),
    "label_language_unknown": "Unknown label language {lang}: use one of {known}",
    "label_nothing": "There is nothing to print",
    "label_box_unknown": "No box has the code {code}",
    "label_location_unknown": "No location has the code {code}",
    "label_van_unknown": "No van load has the code {code}",
    "label_blank_count": "Give the number of blank labels with --count (1 to {limit})",
    "label_kind_unknown": "Unknown label kind {kind}: use one of {known}",
    "label_codes_or_all": "Give the codes to print, or --all",
    "label_cards_unknown": "Unknown kind of card {cards}: choose among {known}",
    "labels_done": "Wrote {count} labels to {path}",
    "report_date_invalid": "{value} is not a date: write it as YYYY-MM-DD",
    "report_output_suffix": "{path}: the output must end in {suffixes}",
    "report_done": "Wrote {what} to {path}",
    "manifest_van_unknown": "No van load has the code {code}",
}


def register_messages() -> None:
    from warehouse_desktop.messages import register

    register(REPORT_MESSAGES)
