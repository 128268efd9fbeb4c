"""The count report (PDF): one stock-take, as recorded by the bench's DONE.

Who counted, when, where; the boxes found, the boxes missing (now `missing`, out of the
stock totals until found or marked lost), and the boxes found there but recorded
elsewhere (moved there by the count).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports.fonts import paragraph_text
from reports.labels import warehouse_name
from reports.sheets import (
    BODY,
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
from warehouse_desktop import counts, localtime
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import Box, Category


def _box_rows(codes: list[str]) -> list[list]:
    if not codes:
        return []
    found = {
        code: (name, size, quantity)
        for code, name, size, quantity in Box.select(
            Box.code, Category.name, Box.size, Box.quantity
        )
        .join(Category)
        .where(Box.code.in_(codes))
        .tuples()
    }
    rows = []
    for code in sorted(codes):
        name, size, quantity = found.get(code, ("—", "", 0))
        rows.append([cell(code), cell(name), cell(size), num(quantity)])
    return rows


def count_report_pdf(count_id: int) -> bytes:
    detail = counts.count_detail(count_id)
    # Stored UTC; the report reads the warehouse's clock (cell() prints it as it is).
    (row,) = localtime.localised([detail.row], "started_at", "done_at")
    warehouse = warehouse_name()
    facts = [
        [cell("Count"), cell(f"#{row.id}")],
        [cell("Location"), cell(f"{row.location_name} ({row.location})")],
        [cell("Counted by"), cell(row.operator or "—")],
        [cell("Bench"), cell(row.bench or "—")],
        [cell("Started"), cell(row.started_at or "—")],
        [cell("Done"), cell(row.done_at)],
        [cell("Found"), num(row.found, True)],
        [cell("Missing"), num(row.missing, True)],
        [cell("Found here, recorded elsewhere"), num(row.elsewhere, True)],
    ]
    story = [
        Paragraph(paragraph_text(f"Stock-take — {row.location_name}"), TITLE),
        Paragraph(paragraph_text(f"{warehouse} · {row.done_at:%Y-%m-%d %H:%M}"), SMALL),
        Spacer(1, 4 * mm),
        table(["", ""], facts, [60 * mm, 90 * mm]),
    ]
    widths = [34 * mm, 86 * mm, 30 * mm, 24 * mm]
    header = ["Box", "Category", "Size", "Items"]
    for title, codes, empty in (
        ("Missing (not found here)", detail.missing, "No box was missing."),
        ("Found here but recorded elsewhere (moved here)", detail.elsewhere, "None."),
        ("Found", detail.found, "No box was scanned."),
    ):
        story.append(Paragraph(paragraph_text(title), HEADING))
        rows = _box_rows(codes)
        story.append(table(header, rows, widths) if rows else Paragraph(empty, BODY))
    return build_pdf(story, f"Count {row.id}", f"{warehouse} · stock-take {row.id}")


def write_count_report(count_id: int | str, out: Path | str) -> Path:
    """Write the report of stock-take `count_id` to `out` (.pdf)."""
    try:
        number = int(str(count_id).strip().lstrip("#"))
    except ValueError:
        raise InputError("count_unknown", id=str(count_id)[:20]) from None
    path = check_output(out, (".pdf",))
    write_bytes(path, count_report_pdf(number))
    return path
