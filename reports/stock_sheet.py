"""The end-of-day stock sheet (PDF): a one-page summary (totals, in/out/moved that day,
boxes on vans still loading, boxes missing since the counts, the ten biggest needs), then
stock by group → category → size (a category with one size on one line), the vans being
loaded, the boxes expiring within 60 days (and where they are), van loads dispatched that
day, stock per location and the whole needs list.

Every figure comes from `warehouse_desktop.stock`, the same queries `export stock` uses,
so the sheet and the CSV always agree.  Those queries aggregate in SQL, so the sheet's
cost follows the number of categories and locations, not the number of boxes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from reports.fonts import paragraph_text
from reports.labels import warehouse_name, words
from reports.sheets import (
    BODY,
    BODY_BOLD,
    GROUP_BG,
    HEADING,
    SMALL,
    boxes_not_weighed,
    build_pdf,
    cell,
    check_output,
    num,
    table,
    title,
    weight_text,
    write_bytes,
)
from warehouse_desktop import counts, inventory, localtime, stock
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import Box, BoxState, VanLoad, VanLoadState
from warehouse_desktop.weight import format_kg

# The box state a stock-take gives to boxes expected on a shelf and not found there.
MISSING_STATE = BoxState.MISSING.value
SUMMARY_NEEDS = 10

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
    loading: list[stock.VanLoadSummary]
    missing: tuple[int, int]  # boxes, items
    missing_lines: list[counts.MissingLine] = field(default_factory=list)
    expiring: list[inventory.BoxRow] = field(default_factory=list)
    # Category id -> the weight of its boxes in stock.
    weights: dict[int, stock.Weight] = field(default_factory=dict)

    @property
    def weight(self) -> stock.Weight:
        """The weight of everything in stock."""
        return sum(self.weights.values(), stock.Weight())


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


def loading_vans() -> list[stock.VanLoadSummary]:
    """The van loads still being loaded, with their boxes (out of the shelves' stock)."""
    loads = VanLoad.select().where(VanLoad.state == VanLoadState.LOADING.value)
    return [stock.van_load_summary(load) for load in loads.order_by(VanLoad.code)]


def missing_boxes() -> tuple[int, int]:
    """(boxes, items) recorded missing by a stock-take and not found since."""
    import peewee as pw

    boxes, items = (
        Box.select(pw.fn.COUNT(Box.id), pw.fn.SUM(Box.quantity))
        .where(Box.state == MISSING_STATE)
        .tuples()
        .get()
    )
    return int(boxes or 0), int(items or 0)


def gather(day: dt.date | None = None, exported_by: str | None = None) -> StockSheet:
    """The sheet's figures; `exported_by` names the person exporting it (the signed-in
    volunteer, or the command line's --operator)."""
    day = day or localtime.today()
    if day > localtime.today() + dt.timedelta(days=1):  # one day of slack for a clock behind
        raise InputError("day_in_future", day=day.isoformat())
    by_size = stock.stock_by_size()
    return StockSheet(
        day=day,
        warehouse=warehouse_name(),
        exported_by=(exported_by or "").strip(),
        exported_at=localtime.now().replace(microsecond=0, tzinfo=None),
        totals=stock.day_totals(day),
        by_size=by_size,
        by_category=categories_from_sizes(by_size),
        by_location=stock.stock_by_location(),
        van_loads=stock.van_loads_dispatched_on(day),
        needs=stock.needs_list(),
        loading=loading_vans(),
        missing=missing_boxes(),
        missing_lines=counts.missing_by_category(),
        expiring=inventory.expiring_boxes(inventory.EXPIRY_WARNING_DAYS, day),
        weights=stock.weight_in_stock_by_category(),
    )


def _vans(count: int) -> str:
    return f"{count} van" if count == 1 else f"{count} vans"


def _totals_table(sheet: StockSheet) -> Table:
    t = sheet.totals
    weight = sheet.weight
    on_vans = sum(v.boxes for v in sheet.loading)
    rows = [
        [cell("Boxes in stock"), num(t.boxes_in_stock, True)],
        [cell("Items in stock"), num(t.items_in_stock, True)],
        [cell("Weight in stock"), num(weight_text(weight.grams, weight.not_weighed), True)],
        [cell("Boxes in today"), num(t.boxes_in)],
        [cell("Boxes out today (dispatched)"), num(t.boxes_out)],
        [cell("Boxes moved today"), num(t.boxes_moved)],
        [cell(f"Boxes on vans being loaded ({_vans(len(sheet.loading))})"), num(on_vans)],
        [cell("Items on vans being loaded"), num(sum(v.items for v in sheet.loading))],
        # Filled by stock-takes: boxes expected on a shelf and not found there since.
        [cell("Boxes missing since the counts"), num(sheet.missing[0], True)],
    ]
    return table(["Totals", ""], rows, [80 * mm, 90 * mm])


def _stock_table(sheet: StockSheet) -> Table:
    categories = {c.category_id: c for c in sheet.by_category}
    rows: list[list] = []
    styles: list[tuple] = []
    current_group = None
    current_category = None
    sizes_of: dict[int, int] = {}
    for line in sheet.by_size:
        sizes_of[line.category_id] = sizes_of.get(line.category_id, 0) + 1
    for line in sheet.by_size:
        if line.group != current_group:
            current_group = line.group
            styles += [
                ("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)),
                ("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), GROUP_BG),
            ]
            rows.append([cell(group_name(line.group), BODY_BOLD), "", "", "", "", "", "", ""])
        if line.category_id != current_category:
            current_category = line.category_id
            c = categories.get(line.category_id)
            boxes = c.boxes if c else 0
            items = c.items if c else 0
            target = c.target if c else line.target
            shortfall = c.shortfall if c else 0
            weight = sheet.weights.get(line.category_id, stock.Weight())
            single = sizes_of[line.category_id] == 1
            rows.append(
                [
                    cell(line.category, BODY_BOLD),
                    # A category with one size is one line: its total is its size's.
                    cell(line.size) if single else cell("all sizes", SMALL),
                    cell(gender_name(line.gender)),
                    num(boxes, True),
                    num(items, True),
                    _category_weight(weight),
                    num(target or "", True),
                    num(shortfall or "", True),
                ]
            )
            if single:
                continue
        rows.append(
            [
                cell(""),
                cell(line.size),
                cell(""),
                num(line.boxes),
                num(line.items),
                cell(""),
                cell(""),
                cell(""),
            ]
        )
    header = ["Category", "Size", "Gender", "Boxes", "Items", "kg", "Target", "Short"]
    widths = [44 * mm, 20 * mm, 20 * mm, 16 * mm, 15 * mm, 29 * mm, 18 * mm, 16 * mm]
    return table(header, rows, widths, styles)


def _category_weight(weight: stock.Weight) -> Flowable:
    """A category's kg in stock, and how many of its boxes were not weighed when some were
    (a category nobody weighs is a dash: the totals say how many boxes that leaves out)."""
    if not weight.grams:
        return num("—" if weight.not_weighed else "", True)
    if not weight.not_weighed:
        return num(format_kg(weight.grams), True)
    return cell(f"{format_kg(weight.grams)} ({boxes_not_weighed(weight.not_weighed)})", SMALL)


def _van_table(sheet: StockSheet) -> Table:
    zone = localtime.warehouse_zone()  # stored UTC; the sheet reads the warehouse's clock
    rows = [
        [
            cell(v.code),
            cell(v.destination),
            cell(localtime.format_local(v.dispatched_at, "%H:%M", zone)),
            num(v.boxes),
            num(v.items),
        ]
        for v in sheet.van_loads
    ]
    return table(["Van load", "Destination", "Left at", "Boxes", "Items"], rows,
                 [26 * mm, 90 * mm, 20 * mm, 22 * mm, 22 * mm])  # fmt: skip


def _location_table(sheet: StockSheet) -> Table:
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


def needs_table(needs: list[stock.Need]) -> Table:
    rows = [
        [
            num(rank),
            cell(n.category),
            cell(group_name(n.group)),
            cell(gender_name(n.gender)),
            num(n.target),
            num(n.in_stock),
            num(f"{percent_of_target(n)} %"),
            num(n.shortfall, True),
        ]
        for rank, n in enumerate(needs, 1)
    ]
    return table(
        ["#", "Category", "Group", "Gender", "Target", "In stock", "Of target", "Short"], rows,
        [9 * mm, 50 * mm, 22 * mm, 22 * mm, 17 * mm, 17 * mm, 18 * mm, 16 * mm],
    )  # fmt: skip


def percent_of_target(need: stock.Need) -> int:
    """How much of its target a category has in stock, in whole per cent (rounded down,
    so 99.6 % never reads as the target reached; the needs CSV computes it the same way)."""
    return need.in_stock * 100 // need.target if need.target else 0


def _missing_table(sheet: StockSheet) -> Table:
    """Each category and size with missing boxes, every box named with where it was
    expected, so a volunteer can go and look for it."""
    rows = [
        [
            cell(line.category, BODY_BOLD),
            cell(line.size),
            num(line.boxes, True),
            num(line.items),
            cell(
                ", ".join(
                    f"{code} — {where}" if where else code
                    for code, where in zip(line.codes, line.expected_at, strict=False)
                ),
                SMALL,
            ),
        ]
        for line in sheet.missing_lines
    ]
    return table(["Category", "Size", "Boxes", "Items", "Boxes and where they were expected"],
                 rows, [46 * mm, 20 * mm, 17 * mm, 17 * mm, 80 * mm])  # fmt: skip


def _expiring_table(sheet: StockSheet) -> Table:
    """Boxes to send out first (or check), soonest expiry first, with where they are."""
    this_month = sheet.day.replace(day=1)
    rows = []
    for box in sheet.expiring:
        expired = box.expires_on is not None and box.expires_on < this_month
        month = box.expires_on.strftime("%Y-%m") if box.expires_on else "-"
        rows.append([
            cell(box.code),
            cell(box.category, BODY_BOLD),
            cell(box.size),
            cell(box.location_name or box.location or "-"),
            cell(month + (" (expired)" if expired else ""), BODY_BOLD if expired else BODY),
        ])  # fmt: skip
    return table(["Box", "Category", "Size", "Location", "Expires"], rows,
                 [26 * mm, 56 * mm, 22 * mm, 46 * mm, 30 * mm])  # fmt: skip


def _loading_table(sheet: StockSheet) -> Table:
    rows = [[cell(v.code), cell(v.destination), num(v.boxes), num(v.items)] for v in sheet.loading]
    return table(["Van load", "Destination", "Boxes", "Items"], rows,
                 [26 * mm, 110 * mm, 22 * mm, 22 * mm])  # fmt: skip


def stock_sheet_pdf(sheet: StockSheet) -> bytes:
    doc_title = f"Stock sheet {sheet.day.isoformat()}"
    who = sheet.exported_by or "(nobody named)"
    story: list[Flowable] = [
        title(f"End-of-day stock sheet — {sheet.warehouse}"),
        Paragraph(
            paragraph_text(
                f"Day {sheet.day.isoformat()} · exported {sheet.exported_at:%Y-%m-%d %H:%M}"
                f" by {who}"
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
        Paragraph(f"The {SUMMARY_NEEDS} biggest needs (shortfall in boxes)", HEADING),
    ]
    if sheet.needs:
        story.append(needs_table(sheet.needs[:SUMMARY_NEEDS]))
    else:
        story.append(Paragraph("Every category is at or above its target.", BODY))
    story += [
        PageBreak(),
        Paragraph("Stock by group, category and size", HEADING),
        Paragraph(
            "Target and shortfall are in boxes, per category. Size lines show the boxes of "
            "each size; a category with a single size has one line.",
            SMALL,
        ),
        Spacer(1, 2 * mm),
        _stock_table(sheet),
        Paragraph("Vans being loaded (boxes off the shelves, not yet gone)", HEADING),
    ]
    if sheet.loading:
        story.append(_loading_table(sheet))
    else:
        story.append(Paragraph("No van is being loaded.", BODY))
    story.append(Paragraph("Boxes missing since the counts (scanning one finds it)", HEADING))
    if sheet.missing_lines:
        story.append(_missing_table(sheet))
    else:
        story.append(Paragraph("No box is missing.", BODY))
    story.append(
        Paragraph(f"Boxes expiring within {inventory.EXPIRY_WARNING_DAYS} days (send these first)",
                  HEADING)
    )  # fmt: skip
    if sheet.expiring:
        story.append(_expiring_table(sheet))
    else:
        story.append(
            Paragraph(f"No box expires within {inventory.EXPIRY_WARNING_DAYS} days.", BODY)
        )
    story.append(Paragraph("Van loads dispatched this day", HEADING))
    if sheet.van_loads:
        story.append(_van_table(sheet))
    else:
        story.append(Paragraph("No van load left this day.", BODY))
    story += [Paragraph("Stock per location", HEADING), _location_table(sheet)]
    story.append(Paragraph("Needs list (biggest shortfall in boxes first)", HEADING))
    if sheet.needs:
        story.append(needs_table(sheet.needs))
    else:
        story.append(Paragraph("Every category is at or above its target.", BODY))
    header = f"{sheet.warehouse} · stock sheet {sheet.day.isoformat()} · exported by {who}"
    return build_pdf(story, doc_title, header)


def write_stock_sheet(
    out: Path | str, day: dt.date | None = None, exported_by: str | None = None
) -> Path:
    """Write the stock sheet for `day` (default today) to `out` (.pdf)."""
    path = check_output(out, (".pdf",))
    write_bytes(path, stock_sheet_pdf(gather(day, exported_by)))
    return path
