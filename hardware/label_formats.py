"""Page sizes of the label formats, as the printers need them.

The names match `reports.formats` (which hardware must not import): the settings keep a
default printer per format name, and the test label is drawn at the format's size.
"""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_desktop.errors import InputError


@dataclass(frozen=True)
class PageFormat:
    name: str
    width_mm: float
    height_mm: float
    dpi: int  # the resolution labels of this format are usually printed at

    @property
    def is_roll(self) -> bool:
        """A label roll (Brother, Zebra) rather than an A4 sheet."""
        return (self.width_mm, self.height_mm) != (210.0, 297.0)


PAGE_FORMATS: dict[str, PageFormat] = {
    f.name: f
    for f in (
        PageFormat("l7163", 210.0, 297.0, 300),
        PageFormat("a4-2up", 210.0, 297.0, 300),
        PageFormat("62x100", 62.0, 100.0, 300),
        PageFormat("4x6", 101.6, 152.4, 203),
        PageFormat("100x150", 100.0, 150.0, 203),
    )
}


def page_format(name: str) -> PageFormat:
    try:
        return PAGE_FORMATS[name.lower()]
    except KeyError:
        raise InputError(
            "print_label_format_unknown", format=name, formats=", ".join(PAGE_FORMATS)
        ) from None
