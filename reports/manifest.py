"""The van manifest (PDF): what a van load carries, for the driver and the receiving end.

Contents by category and size come from `stock.van_load_contents`; the box list (with a
tick column for checking boxes off on arrival) from the van load's boxes.  The title is
shaped and right to left when the destination is in Arabic script, and the van load's
code is printed as a Code128 barcode with its QR code.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports import sheets
from reports.fonts import paragraph_text
from reports.labels import warehouse_name
from reports.stock_sheet import group_name
from warehouse_desktop import localtime, stock
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import Box, Category, VanLoad
from warehouse_desktop.weight import format_kg

STATE_NAMES = {"loading": "Loading", "dispatched": "Dispatched", "cancelled": "Cancelled"}


def _find_load(code: str) -> VanLoad:
    load = VanLoad.get_or_none(VanLoad.code == code.strip().upper())
    if load is None:
        raise InputError("manifest_van_unknown", code=code)
    return load


def manifest_pdf(code: str) -> bytes:
    load = _find_load(code)
    summary = stock.van_load_summary(load)
    contents = stock.van_load_contents(load.code)
    boxes = list(
        Box.select(Box.code, Category.name, Box.size, Box.quantity, Box.weight_g)
        .join(Category)
        .where(Box.van_load == load.id)
        .order_by(Category.name, Box.size, Box.code)
        .tuples()
    )
    # The drivers need the van's weight: the boxes weighed, and a word on those that were not.
    van_weight = sheets.weight_text(
        sum(weight or 0 for *_rest, weight in boxes),
        sum(1 for *_rest, weight in boxes if weight is None),
    )
    warehouse = warehouse_name()
    when = localtime.to_local(load.dispatched_at or load.created_at)
    facts = [
        [sheets.cell("Van load"), sheets.cell(load.code)],
        [sheets.cell("Destination"), sheets.cell(load.destination)],
        [sheets.cell("State"), sheets.cell(STATE_NAMES.get(load.state, load.state))],
        [sheets.cell("Created"), sheets.cell(localtime.format_local(load.created_at))],
        [sheets.cell("Dispatched"), sheets.cell(localtime.format_local(load.dispatched_at) or "—")],
        [sheets.cell("Boxes"), sheets.num(summary.boxes, True)],
        [sheets.cell("Items"), sheets.num(summary.items, True)],
        [sheets.cell("Weight"), sheets.cell(van_weight, sheets.BODY_BOLD)],
    ]
    if load.notes:
        facts.append([sheets.cell("Driver / notes"), sheets.cell(load.notes)])
    story = [
        sheets.title(f"Van manifest — {load.destination}"),
        Paragraph(
            paragraph_text(f"{warehouse} · {when:%Y-%m-%d}" if when else warehouse), sheets.SMALL
        ),
        Spacer(1, 3 * mm),
        # The van load's own code, for a scanner at the receiving end or a phone.
        sheets.CodeSymbols(load.code),
        Spacer(1, 3 * mm),
        sheets.table(["", ""], facts, [40 * mm, 110 * mm]),
        Paragraph("Contents", sheets.HEADING),
    ]
    if contents:
        rows = [
            [
                sheets.cell(group_name(g)),
                sheets.cell(name),
                sheets.cell(size),
                sheets.num(n),
                sheets.num(items),
            ]
            for g, name, size, n, items in contents
        ]
        rows.append(
            [
                sheets.cell("Total"),
                sheets.cell(""),
                sheets.cell(""),
                sheets.num(summary.boxes, True),
                sheets.num(summary.items, True),
            ]
        )
        widths = [28 * mm, 72 * mm, 30 * mm, 24 * mm, 26 * mm]
        story.append(sheets.table(["Group", "Category", "Size", "Boxes", "Items"], rows, widths))
    else:
        story.append(Paragraph("This van load has no boxes.", sheets.BODY))
    if boxes:
        story.append(Paragraph("Boxes (tick on arrival)", sheets.HEADING))
        rows = [
            [sheets.cell("☐"), sheets.cell(c), sheets.cell(name), sheets.cell(size), sheets.num(q),
             sheets.num(format_kg(weight))]
            for c, name, size, q, weight in boxes
        ]  # fmt: skip
        widths = [10 * mm, 32 * mm, 72 * mm, 30 * mm, 18 * mm, 18 * mm]
        header = ["✓", "Box", "Category", "Size", "Items", "kg"]
        story.append(sheets.table(header, rows, widths))
    story += [
        Spacer(1, 10 * mm),
        Paragraph(
            "Loaded by: ______________________  Received by: ______________________", sheets.BODY
        ),
    ]
    return sheets.build_pdf(
        story, f"Manifest {load.code}", f"{warehouse} · van manifest {load.code}"
    )


def write_manifest(code: str, out: Path | str) -> Path:
    """Write the manifest of van load `code` to `out` (.pdf)."""
    path = sheets.check_output(out, (".pdf",))
    sheets.write_bytes(path, manifest_pdf(code))
    return path


def loads_with_boxes() -> list[tuple[str, str, str]]:
    """(code, destination, state) of every van load, newest first, for choosing one."""
    return [
        (code, destination, state)
        for code, destination, state in VanLoad.select(
            VanLoad.code, VanLoad.destination, VanLoad.state
        )
        .order_by(VanLoad.created_at.desc(), VanLoad.id.desc())
        .tuples()
    ]
