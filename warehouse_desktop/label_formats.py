"""Label formats, defined once: sticker sheets and label rolls with their page size, label
slots, printer resolution and the outputs that make sense for each.

`reports` lays labels out on them, `hardware` prints at their page size and the window
lists them by their titles (declared in `warehouse_desktop.messages`, translated by Qt).
"""

from __future__ import annotations

from dataclasses import dataclass

import warehouse_desktop.messages  # noqa: F401 - declares the formats' titles
from warehouse_desktop.words import text

A4 = (210.0, 297.0)


@dataclass(frozen=True)
class LabelFormat:
    name: str
    page_width: float  # mm
    page_height: float
    label_width: float
    label_height: float
    slots: tuple[tuple[float, float], ...]  # top-left of each label on the page, mm
    dpi: int  # resolution barcodes are snapped to (and PNG pixels)
    margin: float  # blank border inside each label, mm
    outputs: tuple[str, ...]

    @property
    def title(self) -> str:
        """The format's English title (`format_NAME` in the catalogue of words)."""
        return text(f"format_{self.name}")

    @property
    def width_mm(self) -> float:
        return self.page_width

    @property
    def height_mm(self) -> float:
        return self.page_height

    @property
    def is_roll(self) -> bool:
        """A label roll (Brother, Zebra) rather than an A4 sheet."""
        return (self.page_width, self.page_height) != A4

    @property
    def per_page(self) -> int:
        return len(self.slots)

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1


def _l7163() -> LabelFormat:
    # Avery L7163: 99.1 x 38.1 mm, 2 across x 7 down, 15.15 mm top margin, 2.5 mm gutter.
    left, top, pitch_x, pitch_y = 4.65, 15.15, 101.6, 38.1
    slots = tuple(
        (left + col * pitch_x, top + row * pitch_y) for row in range(7) for col in range(2)
    )
    return LabelFormat("l7163", *A4, 99.1, 38.1, slots, 300, 2.5, ("pdf", "png"))


FORMATS: dict[str, LabelFormat] = {
    f.name: f
    for f in (
        _l7163(),
        # name, page w/h, label w/h (mm), label slots (top-left, mm), dpi, margin, outputs
        LabelFormat(
            "a4-2up", *A4, 210.0, 148.5, ((0.0, 0.0), (0.0, 148.5)), 300, 10.0, ("pdf", "png")
        ),
        LabelFormat(
            "62x100", 62.0, 100.0, 62.0, 100.0, ((0.0, 0.0),), 300, 3.0, ("pdf", "png", "zpl")
        ),
        LabelFormat(
            "4x6", 101.6, 152.4, 101.6, 152.4, ((0.0, 0.0),), 203, 4.0, ("pdf", "png", "zpl")
        ),
        LabelFormat(
            "100x150", 100.0, 150.0, 100.0, 150.0, ((0.0, 0.0),), 203, 4.0, ("pdf", "png", "zpl")
        ),
    )
}
DEFAULT_FORMAT = "l7163"
