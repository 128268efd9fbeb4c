"""The distribution report as PDF (a stacked bar chart, then the table) or CSV.

The figures are `warehouse_desktop.distribution`'s, computed in SQL; this module only
lays them out.  The chart is drawn with reportlab's own graphics (one bar per period,
stacked by category group); category names are printed in the label languages with the
embedded fonts, as on the stock sheet.  An empty period still makes a valid one-page PDF
that says nothing was dispatched.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from reports.fonts import REGULAR, paragraph_text
from reports.labels import Languages, category_names, label_languages, warehouse_name
from reports.sheets import (
    BODY_BOLD,
    GROUP_BG,
    HEADING,
    SMALL,
    build_pdf,
    cell,
    check_output,
    num,
    page_width,
    table,
    title,
    weight_text,
    write_bytes,
)
from reports.stock_sheet import group_name
from warehouse_desktop import exchange
from warehouse_desktop.distribution import DistributionReport, Step, distribution_report
from warehouse_desktop.messages import render
from warehouse_desktop.models import Category
from warehouse_desktop.weight import format_kg

SUFFIXES = (".pdf", ".csv")
CSV_COLUMNS = [
    "period", "period_end", "group", "category", "category_code", "destination", "boxes",
    "items", "weight_kg", "boxes_not_weighed",
]  # fmt: skip
# One colour per category group, the same on every report (colour-blind safe palette).
GROUP_COLOURS = {
    "clothing": "#0072b2",
    "footwear": "#e69f00",
    "bedding": "#009e73",
    "hygiene": "#cc79a7",
    "shelter": "#56b4e9",
    "food": "#d55e00",
    "other": "#999999",
}
STEP_WORDS = {Step.DAY: "day", Step.WEEK: "week", Step.MONTH: "month"}


def period_label(start: dt.date, step: Step) -> str:
    """How a period is named on the chart and in the table ("2026-11" for a month, the
    Monday's date for a week)."""
    if step is Step.MONTH:
        return start.strftime("%Y-%m")
    if step is Step.WEEK:
        return f"wk {start.isoformat()}"
    return start.isoformat()


def _period_title(start: dt.date, report: DistributionReport) -> str:
    """A period's line in the table: its dates as cut to the report ("Week 2026-11-02 to
    2026-11-08")."""
    period = next(p for p in report.periods if p.start == start)
    if report.step is Step.DAY:
        return start.strftime("%A %Y-%m-%d")
    word = "Week" if report.step is Step.WEEK else "Month"
    return f"{word} {period.first.isoformat()} to {period.last.isoformat()}"


def category_label(category: Category | None, english: str, langs: Languages) -> str:
    """The category in the label languages: "Blankets / Couvertures"."""
    if category is None:
        return english
    first, second = category_names(category, langs)
    return f"{first} / {second}" if second else first


def _category_labels(report: DistributionReport, langs: Languages) -> dict[int, str]:
    ids = {line.category_id for line in report.lines}
    found = {c.id: c for c in Category.select().where(Category.id.in_(list(ids)))} if ids else {}
    return {
        line.category_id: category_label(found.get(line.category_id), line.category, langs)
        for line in report.lines
    }


def chart(report: DistributionReport, width: float, height: float = 78 * mm) -> Drawing:
    """Boxes dispatched per period, stacked by category group, with a legend."""
    groups = report.groups()
    by_group = report.boxes_by_period_and_group()
    starts = [p.start for p in report.periods]
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    # reportlab's chart geometry is typed as whole points.
    bars.x, bars.y = round(12 * mm), round(16 * mm)
    bars.width, bars.height = round(width - 50 * mm), round(height - 22 * mm)
    bars.data = [[by_group.get((s, g), 0) for s in starts] for g in groups] or [[0 for _ in starts]]
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.categoryNames = [period_label(s, report.step) for s in starts]
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = 6 if len(starts) > 8 else 7
    bars.categoryAxis.labels.boxAnchor = "ne"
    bars.categoryAxis.labels.angle = 30 if len(starts) > 4 else 0
    bars.categoryAxis.labels.dy = -2
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    top = max([sum(by_group.get((s, g), 0) for g in groups) for s in starts] or [0])
    bars.valueAxis.valueMax = max(top, 1) * 1.1
    bars.valueAxis.labelTextFormat = "%d"
    bars.barSpacing = 1
    bars.groupSpacing = max(2, 40 // max(len(starts), 1))
    for index, group in enumerate(groups):
        bars.bars[index].fillColor = colors.HexColor(GROUP_COLOURS.get(group, "#666666"))
        bars.bars[index].strokeColor = colors.white
        bars.bars[index].strokeWidth = 0.3
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = round(width - 34 * mm), round(height - 6 * mm)
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = len(GROUP_COLOURS)  # one column: every group shows
    legend.colorNamePairs = [
        (colors.HexColor(GROUP_COLOURS.get(g, "#666666")), group_name(g)) for g in groups
    ]
    drawing.add(legend)
    return drawing


def _table(report: DistributionReport, names: dict[int, str]) -> Table:
    rows: list[list[Flowable]] = []
    styles: list[tuple[object, ...]] = []
    totals = report.totals_by_period()
    grams_of: dict[dt.date, int] = {}
    for line in report.lines:
        grams_of[line.period] = grams_of.get(line.period, 0) + line.grams
    current = None
    for line in report.lines:
        if line.period != current:
            current = line.period
            boxes, items = totals[line.period]
            at = len(rows) + 1
            styles += [("BACKGROUND", (0, at), (-1, at), GROUP_BG), ("SPAN", (0, at), (2, at))]
            rows.append(
                [
                    cell(_period_title(line.period, report), BODY_BOLD),
                    cell(""),
                    cell(""),
                    num(boxes, True),
                    num(items, True),
                    num(format_kg(grams_of[line.period]) if grams_of[line.period] else "", True),
                ]
            )
        rows.append(
            [
                cell(group_name(line.group), SMALL),
                cell(names.get(line.category_id, line.category)),
                cell(line.destination),
                num(line.boxes),
                num(line.items),
                num(format_kg(line.grams) if line.grams else ""),
            ]
        )
    rows.append([cell("Total", BODY_BOLD), cell(""), cell(""),
                 num(report.boxes, True), num(report.items, True),
                 num(format_kg(report.grams) if report.grams else "", True)])  # fmt: skip
    styles.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1.0, colors.black))
    return table(
        ["Period / group", "Category", "Destination", "Boxes", "Items", "kg"], rows,
        [28 * mm, 62 * mm, 42 * mm, 16 * mm, 16 * mm, 18 * mm], styles,
    )  # fmt: skip


def distribution_pdf(report: DistributionReport, langs: Languages | None = None) -> bytes:
    langs = langs or label_languages()
    warehouse = warehouse_name()
    span = f"{report.first.isoformat()} to {report.last.isoformat()}"
    step = STEP_WORDS[report.step]
    story: list[Flowable] = [
        title(f"Distribution report — {warehouse}"),
        Paragraph(
            paragraph_text(
                f"Dispatched from {span} (the warehouse's local dates), by {step}"
                + (" · weeks start on Monday" if report.step is Step.WEEK else "")
            ),
            SMALL,
        ),
        Spacer(1, 3 * mm),
    ]
    if report.empty:
        story.append(
            Paragraph(
                paragraph_text(
                    render("distribution_empty", {"first": report.first, "last": report.last}) + "."
                ),
                BODY_BOLD,
            )
        )
    else:
        story += [
            Paragraph(
                paragraph_text(
                    f"{report.boxes} boxes and {report.items} items dispatched "
                    f"to {len({line.destination for line in report.lines})} destinations; "
                    f"weight: {weight_text(report.grams, report.not_weighed)}"
                ),
                BODY_BOLD,
            ),
            Spacer(1, 2 * mm),
            Paragraph(f"Boxes dispatched per {step}, by category group", HEADING),
            chart(report, page_width()),
            Paragraph(f"By {step}, category group, category and destination", HEADING),
            _table(report, _category_labels(report, langs)),
        ]
    header = f"{warehouse} · distribution {span}"
    return build_pdf(story, f"Distribution {span}", header)


def _csv_rows(report: DistributionReport) -> list[list[object]]:
    ends = {p.start: p.last for p in report.periods}
    return [
        [
            line.period.isoformat(),
            ends[line.period].isoformat(),
            line.group,
            line.category,
            line.category_code,
            line.destination,
            line.boxes,
            line.items,
            format_kg(line.grams) if line.grams else "",
            line.not_weighed,
        ]  # fmt: skip
        for line in report.lines
    ]


def write_distribution(
    out: Path | str, first: dt.date, last: dt.date, step: Step | str = Step.WEEK
) -> DistributionReport:
    """Write the report from `first` to `last` to `out`: PDF or CSV by its suffix ("-"
    writes the CSV to standard output).  Returns the figures written."""
    report = distribution_report(first, last, step)
    if str(out) == "-":
        with exchange.open_output("-") as handle:
            exchange.write_csv(handle, CSV_COLUMNS, _csv_rows(report))
        return report
    path = check_output(out, SUFFIXES)
    if path.suffix.lower() == ".pdf":
        write_bytes(path, distribution_pdf(report))
    else:
        with exchange.open_output(path) as handle:
            exchange.write_csv(handle, CSV_COLUMNS, _csv_rows(report))
    return report


# --- the command line ------------------------------------------------------------------


def date_argument(value: str) -> dt.date:
    """argparse type for --from/--to: a bad date is a usage error (exit status 2)."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: write it as YYYY-MM-DD"
        ) from None


def register_command(
    subparsers: argparse._SubParsersAction[Any],
    database_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """`report distributed --from DATE --to DATE --by week|day|month --out FILE`."""
    report = subparsers.add_parser("report", help="reports over a period (distributed)")
    kinds = report.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    distributed = kinds.add_parser(
        "distributed",
        help="boxes and items dispatched per day, week or month (PDF with a chart, or CSV)",
        description="Boxes and items dispatched by category group, category and destination, "
        "in the warehouse's local dates (weeks start on Monday); PDF or CSV by --out's suffix.",
    )
    distributed.add_argument("--from", dest="first", required=True, type=date_argument,
                             metavar="YYYY-MM-DD", help="first day (included)")  # fmt: skip
    distributed.add_argument("--to", dest="last", required=True, type=date_argument,
                             metavar="YYYY-MM-DD", help="last day (included)")  # fmt: skip
    distributed.add_argument("--by", choices=[s.value for s in Step], default=Step.WEEK.value,
                             help="one line per day, week or month (default: week)")  # fmt: skip
    distributed.add_argument("--out", required=True, metavar="FILE",
                             help="FILE.pdf or FILE.csv (- for CSV on standard output)")  # fmt: skip
    database_options(distributed)

    def command(args: argparse.Namespace) -> int:
        if args.last < args.first:  # a usage error, as a date that is not one
            distributed.error(
                render("distribution_dates_reversed", {"first": args.first, "last": args.last})
            )
        written = write_distribution(args.out, args.first, args.last, args.by)
        if args.out != "-":
            print(render("report_done", {"what": "the distribution report", "path": args.out}))
            if written.empty:
                print(render("distribution_empty", {"first": args.first, "last": args.last}))
        return 0

    distributed.set_defaults(handler=command, needs_db=True)
