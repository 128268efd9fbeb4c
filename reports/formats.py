"""Label formats: sticker sheets and label rolls, and where each label sits on a page.

Every format knows its page size, its label slots, the printer resolution its barcodes are
snapped to and which outputs make sense for it.  A calibration offset (mm) moves every
slot of every format, for printers that do not print where they are told.
"""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_desktop.errors import InputError

A4 = (210.0, 297.0)


@dataclass(frozen=True)
class LabelFormat:
    name: str
    title: str
    page_width: float  # mm
    page_height: float
    label_width: float
    label_height: float
    slots: tuple[tuple[float, float], ...]  # top-left of each label on the page, mm
    dpi: int  # resolution barcodes are snapped to (and PNG pixels)
    margin: float  # blank border inside each label, mm
    outputs: tuple[str, ...]

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
    return LabelFormat(
        "l7163", "Avery L7163 (A4, 2×7)", *A4, 99.1, 38.1, slots, 300, 2.5, ("pdf", "png")
    )


FORMATS: dict[str, LabelFormat] = {
    f.name: f
    for f in (
        _l7163(),
        LabelFormat(
            "a4-2up",
            "A4, two per page",
            *A4,
            210.0,
            148.5,
            ((0.0, 0.0), (0.0, 148.5)),
            300,
            10.0,
            ("pdf", "png"),
        ),
        LabelFormat(
            "62x100",
            "62 × 100 mm roll",
            62.0,
            100.0,
            62.0,
            100.0,
            ((0.0, 0.0),),
            300,
            3.0,
            ("pdf", "png", "zpl"),
        ),
        LabelFormat(
            "4x6",
            "4 × 6 in thermal",
            101.6,
            152.4,
            101.6,
            152.4,
            ((0.0, 0.0),),
            203,
            4.0,
            ("pdf", "png", "zpl"),
        ),
        LabelFormat(
            "100x150",
            "100 × 150 mm thermal",
            100.0,
            150.0,
            100.0,
            150.0,
            ((0.0, 0.0),),
            203,
            4.0,
            ("pdf", "png", "zpl"),
        ),
    )
}
DEFAULT_FORMAT = "l7163"


def get_format(name: str) -> LabelFormat:
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise InputError("label_format_unknown", name=name, known=", ".join(FORMATS)) from None


@dataclass(frozen=True)
class Placement:
    """Where one label goes: page index and its top-left corner on the page (mm)."""

    page: int
    x: float
    y: float


def placements(
    fmt: LabelFormat, count: int, skip: int = 0, offset: tuple[float, float] = (0.0, 0.0)
) -> list[Placement]:
    """Slots for `count` labels, leaving the first `skip` used positions of the first sheet."""
    if skip < 0 or (skip and skip >= fmt.per_page):
        raise InputError("label_skip_range", skip=skip, per_page=fmt.per_page)
    dx, dy = offset
    result = []
    for n in range(skip, skip + count):
        page, slot = divmod(n, fmt.per_page)
        x, y = fmt.slots[slot]
        result.append(Placement(page, x + dx, y + dy))
    return result
