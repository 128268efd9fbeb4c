"""The needs list — what is running short — as PDF, CSV or plain text ready to post.

The ranking and the figures are `stock.needs_list()`'s; the CSV is exactly what
`export needs` writes (spreadsheet-safe cells), so every version agrees.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports.fonts import paragraph_text
from reports.labels import warehouse_name
from reports.sheets import BODY, SMALL, build_pdf, check_output, title, write_bytes
from reports.stock_sheet import gender_name, needs_table, percent_of_target
from warehouse_desktop import exchange, localtime, stock
from warehouse_desktop.models import Category

SUFFIXES = (".pdf", ".txt", ".csv", ".png")


def _french_names() -> dict[int, str]:
    return {
        c.id: (c.names or {}).get("fr", "") for c in Category.select(Category.id, Category.names)
    }


def needs_text(day: dt.date | None = None) -> str:
    """A plain-text needs list to paste into a message or print on a notice board."""
    day = day or localtime.today()  # the warehouse's day, not the machine's
    needs = stock.needs_list()
    french = _french_names()
    lines = [f"{warehouse_name()} — needs on {day.isoformat()}", ""]
    if not needs:
        lines.append("Nothing is short: every category is at or above its target. Thank you!")
    else:
        lines.append("Most needed (boxes short of target):")
        for rank, need in enumerate(needs, 1):
            name = need.category
            other = french.get(need.category_id, "")
            if other and other != name:
                name = f"{name} / {other}"
            gender = gender_name(need.gender)
            who = f" ({gender})" if gender else ""
            lines.append(
                f"{rank}. {name}{who}: {need.shortfall} boxes short — {need.in_stock} of "
                f"{need.target} in stock ({percent_of_target(need)} %)"
            )
    return "\n".join(lines) + "\n"


def needs_pdf(day: dt.date | None = None) -> bytes:
    day = day or localtime.today()  # the warehouse's day, not the machine's
    warehouse = warehouse_name()
    needs = stock.needs_list()
    story = [
        title(f"Needs list — {warehouse}"),
        Paragraph(
            paragraph_text(
                f"{day.isoformat()} · biggest shortfall in boxes first; "
                "“of target” is the share of the target in stock"
            ),
            SMALL,
        ),
        Spacer(1, 4 * mm),
    ]
    if needs:
        story.append(needs_table(needs))
    else:
        story.append(Paragraph("Every category is at or above its target.", BODY))
    return build_pdf(story, f"Needs {day.isoformat()}", f"{warehouse} · needs {day.isoformat()}")


def write_needs(path: Path, *, excel: bool = True) -> None:
    """Write the needs list to `path`: PDF, plain text (.txt), a picture to post (.png) or
    CSV by its suffix.

    A CSV is for a spreadsheet unless `excel` is False: byte-order mark, readable words.
    """
    path = check_output(path, SUFFIXES)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_bytes(path, needs_pdf())
    elif suffix == ".png":
        from reports.needs_picture import write_needs_picture

        write_needs_picture(path)
    elif suffix == ".txt":
        write_bytes(path, needs_text().encode("utf-8"))
    else:
        exchange.export("needs", path, excel=excel)
