"""Label formats are defined once, in the core; labels and printers use that one table."""

from __future__ import annotations

import pytest

from warehouse_desktop.errors import InputError
from warehouse_desktop.label_formats import FORMATS


def test_reports_and_hardware_use_the_one_table() -> None:
    import hardware.label_formats
    import reports.formats

    assert reports.formats.FORMATS is FORMATS
    assert hardware.label_formats.PAGE_FORMATS is FORMATS
    roll = hardware.label_formats.page_format("62X100")
    assert (roll.width_mm, roll.height_mm, roll.dpi, roll.is_roll) == (62.0, 100.0, 300, True)
    assert not hardware.label_formats.page_format("l7163").is_roll
    with pytest.raises(InputError) as printing:
        hardware.label_formats.page_format("a5")
    assert printing.value.key == "print_label_format_unknown"
    with pytest.raises(InputError) as laying_out:
        reports.formats.get_format("a5")
    assert laying_out.value.key == "label_format_unknown"


def test_every_format_has_a_declared_title() -> None:
    from warehouse_desktop.words import CATALOGUE, NAMES_CONTEXT

    for name, fmt in FORMATS.items():
        entry = CATALOGUE[f"format_{name}"]
        assert (entry.context, entry.text) == (NAMES_CONTEXT, fmt.title)
    assert FORMATS["4x6"].title == "4 × 6 in thermal"
