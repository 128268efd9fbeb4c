"""The end-of-day stock sheet (PDF): totals, stock by group → category → size, van loads
dispatched that day, stock per location and the needs list.

Every figure comes from `warehouse_desktop.stock`, the same queries `export stock` uses,
so the sheet and the CSV always agree.  Those queries aggregate in SQL, so the sheet's
cost follows the number of categories and locations, not the number of boxes.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports.fonts import paragraph_text
from reports.labels import warehouse_name, words
from reports.sheets import (
    BODY,
    BODY_BOLD,
    GROUP_BG,
    HEADING,
    SMALL,
    TITLE,
    build_pdf,
    cell,
    check_output,
    num,
    table,
    write_bytes,
)
from warehouse_desktop import localtime, stock
from warehouse_desktop.errors import InputError

GROUP_NAMES = {
    "clothing": "Clothing",
    "footwear": "Footwear",
    "bedding": "Bedding",
    "hygiene": "Hygiene",
    "shelter": "Shelter",
    "food": "Food",
    "other": "Other",
}
LOCATION_KINDS = {"shelf": "Shelf", "zone": "Zone", "bench": "Bench", "loading_bay": "Loading bay"}


def group_name(group: str) -> str:
    return GROUP_NAMES.get(group, group.title())


def gender_name(gender: str) -> str:
    return words("en").get(gender, gender)


@dataclass(frozen=True)
class StockSheet:
    """The figures on one sheet, as read from the stock queries."""

    day: dt.date
    warehouse: str
    exported_by: str
    exported_at: dt.datetime
    totals: stock.DayTotals
    by_size: list[stock.StockLine]
    by_category: list[stock.CategoryStock]
    by_location: list[stock.LocationStock]
    van_loads: list[stock.VanLoadSummary]
    needs: list[stock.Need]


def categories_from_sizes(lines: list[stock.StockLine]) -> list[stock.CategoryStock]:
    """Category totals as the sum of their size lines: the very rows `export stock` writes,
    so the sheet's category totals add up to it exactly (and the boxes are read once)."""
    totals: dict[int, stock.CategoryStock] = {}
    for line in lines:
        seen = totals.get(line.category_id)
        boxes = line.boxes + (seen.boxes if seen else 0)
        items = line.items + (seen.items if seen else 0)
        totals[line.category_id] = stock.CategoryStock(
            line.group, line.category_id, line.category, line.gender, boxes, items, line.target
        )
    return list(totals.values())


def gather(day: dt.date | None = None, exported_by: str | None = None) -> StockSheet:
    day = day or localtime.today()
    if day > localtime.today() + dt.timedelta(days=1):  # one day of slack for a clock behind
        raise InputError("day_in_future", day=day.isoformat())
    if exported_by is None:
        try:
            exported_by = getpass.getuser()
        except (KeyError, OSError):
            exported_by = ""
    by_size = stock.stock_by_size()
    return StockSheet(
        day=day,
        warehouse=warehouse_name(),
        exported_by=exported_by,
        exported_at=localtime.now().replace(microsecond=0, tzinfo=None),
        totals=stock.day_totals(day),
        by_size=by_size,
        by_category=categories_from_sizes(by_size),
        by_location=stock.stock_by_location(),
        van_loads=stock.van_loads_dispatched_on(day),
        needs=stock.needs_list(),
    )


def _totals_table(sheet: StockSheet) -> object:
    t = sheet.totals
    rows = [
        [cell("Boxes in stock"), num(t.boxes_in_stock, True)],
        [cell("Items in stock"), num(t.items_in_stock, True)],
        [cell("Boxes in today"), num(t.boxes_in)],
        [cell("Boxes out today (dispatched)"), num(t.boxes_out)],
        [cell("Boxes moved today"), num(t.boxes_moved)],
    ]
    return table(["Totals", ""], rows, [70 * mm, 30 * mm])


def _stock_table(sheet: StockSheet) -> object:
    categories = {c.category_id: c for c in sheet.by_category}
    rows: list[list] = []
    styles: list[tuple] = []
    current_group = None
    current_category = None
    for line in sheet.by_size:
        if line.group != current_group:
            current_group = line.group
            styles += [
                ("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)),
                ("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), GROUP_BG),
            ]
            rows.append([cell(group_name(line.group), BODY_BOLD), "", "", "", "", "", ""])
        if line.category_id != current_category:
            current_category = line.category_id
            c = categories.get(line.category_id)
            boxes = c.boxes if c else 0
            items = c.items if c else 0
            target = c.target if c else line.target
            shortfall = c.shortfall if c else 0
            rows.append(
                [
                    cell(line.category, BODY_BOLD),
                    cell("all sizes", SMALL),
                    cell(gender_name(line.gender)),
                    num(boxes, True),
                    num(items, True),
                    num(target or "", True),
                    num(shortfall or "", True),
                ]
            )
        rows.append(
            [
                cell(""),
                cell(line.size),
                cell(""),
                num(line.boxes),
                num(line.items),
                cell(""),
                cell(""),
            ]
        )
    header = ["Category", "Size", "Gender", "Boxes", "Items", "Target", "Short"]
    return table(
        header, rows, [58 * mm, 24 * mm, 26 * mm, 16 * mm, 20 * mm, 18 * mm, 18 * mm], styles
    )


def _van_table(sheet: StockSheet) -> object:
    rows = [
        [
            cell(v.code),
            cell(v.destination),
            cell(v.dispatched_at.strftime("%H:%M") if v.dispatched_at else ""),
            num(v.boxes),
            num(v.items),
        ]
        for v in sheet.van_loads
    ]
    return table(["Van load", "Destination", "Left at", "Boxes", "Items"], rows,
                 [26 * mm, 90 * mm, 20 * mm, 22 * mm, 22 * mm])  # fmt: skip


def _location_table(sheet: StockSheet) -> object:
    rows = [
        [
            cell(loc.code),
            cell(loc.name or "(no location)"),
            cell(LOCATION_KINDS.get(loc.kind, loc.kind)),
            num(loc.boxes),
            num(loc.items),
        ]
        for loc in sheet.by_location
    ]
    return table(["Code", "Location", "Kind", "Boxes", "Items"], rows,
                 [24 * mm, 82 * mm, 30 * mm, 22 * mm, 22 * mm])  # fmt: skip


def needs_table(needs: list[stock.Need]) -> object:
    rows = [
        [
            num(rank),
            cell(n.category),
            cell(group_name(n.group)),
            cell(gender_name(n.gender)),
            num(n.target),
            num(n.in_stock),
            num(n.shortfall, True),
        ]
        for rank, n in enumerate(needs, 1)
    ]
    return table(["#", "Category", "Group", "Gender", "Target", "In stock", "Short"], rows,
                 [10 * mm, 62 * mm, 26 * mm, 26 * mm, 18 * mm, 20 * mm, 18 * mm])  # fmt: skip


def stock_sheet_pdf(sheet: StockSheet) -> bytes:
    title = f"Stock sheet {sheet.day.isoformat()}"
    story = [
        Paragraph(paragraph_text(f"End-of-day stock sheet — {sheet.warehouse}"), TITLE),
        Paragraph(
            paragraph_text(
                f"Day {sheet.day.isoformat()} · exported {sheet.exported_at:%Y-%m-%d %H:%M}"
                + (f" by {sheet.exported_by}" if sheet.exported_by else "")
                + (
                    " · stock figures are as at the export time"
                    if sheet.day != sheet.exported_at.date()
                    else ""
                )
            ),
            SMALL,
        ),
        Spacer(1, 4 * mm),
        _totals_table(sheet),
        Paragraph("Stock by group, category and size", HEADING),
        Paragraph(
            "Target and shortfall are in boxes, per category. Size lines show the boxes of "
            "each size.",
            SMALL,
        ),
        Spacer(1, 2 * mm),
        _stock_table(sheet),
        Paragraph("Van loads dispatched this day", HEADING),
    ]
    if sheet.van_loads:
        story.append(_van_table(sheet))
    else:
        story.append(Paragraph("No van load left this day.", BODY))
    story += [Paragraph("Stock per location", HEADING), _location_table(sheet)]
    story.append(Paragraph("Needs list (biggest shortfall first)", HEADING))
    if sheet.needs:
        story.append(needs_table(sheet.needs))
    else:
        story.append(Paragraph("Every category is at or above its target.", BODY))
    header = f"{sheet.warehouse} · stock sheet {sheet.day.isoformat()}"
    return build_pdf(story, title, header)


def write_stock_sheet(
    out: Path | str, day: dt.date | None = None, exported_by: str | None = None
) -> Path:
    """Write the stock sheet for `day` (default today) to `out` (.pdf)."""
    path = check_output(out, (".pdf",))
    write_bytes(path, stock_sheet_pdf(gather(day, exported_by)))
    return path
