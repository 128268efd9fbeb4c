"""Where each label sits on a page of a label format (the formats themselves are the core's
`warehouse_desktop.label_formats`).

A calibration offset (mm) moves every slot of every format, for printers that do not print
where they are told.
"""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_desktop.errors import InputError
from warehouse_desktop.label_formats import A4, DEFAULT_FORMAT, FORMATS, LabelFormat

__all__ = ["A4", "DEFAULT_FORMAT", "FORMATS", "LabelFormat", "get_format", "placements"]


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
