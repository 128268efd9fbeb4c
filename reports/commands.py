"""Command-line sub-commands for labels and sheets: `labels`, `stock-sheet`, `manifest`.

`warehouse_desktop.cli` calls `register(subparsers)` and opens the database before it
calls a handler; every handler returns the exit status.  Bad input raises
`WarehouseError` with a message key (registered below) and the CLI prints one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from reports.barcodes import SUPPORTED_DPI
from reports.distribution import register_command
from reports.formats import DEFAULT_FORMAT, FORMATS
from reports.labels import (
    CARD_GROUPS,
    DEFAULT_CARD_GROUPS,
    LABEL_KINDS,
    label_job,
    label_languages,
    store_label_languages,
    write_labels,
)
from reports.manifest import write_manifest
from reports.stock_sheet import write_stock_sheet
from warehouse_desktop.errors import InputError
from warehouse_desktop.messages import render


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `labels`, `stock-sheet` and `manifest` sub-commands."""
    labels = subparsers.add_parser(
        "labels",
        help="print labels: boxes, blank box labels, shelves, van loads, bench cards",
        description="Make labels as PDF, PNG (printer pixels, 1-bit) or ZPL, by --out's suffix.",
    )
    labels.add_argument("kind", choices=LABEL_KINDS, help="which labels")
    labels.add_argument(
        "--codes", nargs="+", metavar="CODE", help="codes of the boxes, shelves or van loads"
    )
    labels.add_argument(
        "--all", action="store_true", help="every box in stock / active shelf / loading van"
    )
    labels.add_argument(
        "--count", type=int, default=0, help="how many blank box labels (fresh codes)"
    )
    labels.add_argument(
        "--format", default=DEFAULT_FORMAT, metavar="FMT", help=f"one of {', '.join(FORMATS)}"
    )
    labels.add_argument(
        "--skip", type=int, default=0, help="used positions to leave on the first sheet"
    )
    labels.add_argument(
        "--offset-x", type=float, default=0.0, metavar="MM", help="calibration, mm right"
    )
    labels.add_argument(
        "--offset-y", type=float, default=0.0, metavar="MM", help="calibration, mm down"
    )
    labels.add_argument(
        "--dpi", type=int, choices=SUPPORTED_DPI, help="printer resolution (default: the format's)"
    )
    labels.add_argument(
        "--lang",
        dest="label_lang",
        metavar="LANG",
        default=None,
        help="second language on labels, added to the first (fr, ar, ps, ti...; "
        "default: the label-languages setting; 'none' for none)",
    )
    labels.add_argument(
        "--primary-lang",
        dest="label_primary",
        metavar="LANG",
        default=None,
        help="first language on labels (default: the label-languages setting, else en)",
    )
    labels.add_argument(
        "--only",
        metavar="KINDS",
        default=None,
        help="bench cards: which kinds, comma separated, of "
        f"{','.join(CARD_GROUPS)} (default: {','.join(DEFAULT_CARD_GROUPS)})",
    )
    labels.add_argument(
        "--own-page",
        action="store_true",
        help="each label on a page of its own size, not on the sheet",
    )
    labels.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="FILE.pdf, FILE.png or FILE.zpl"
    )
    _database_options(labels)
    labels.set_defaults(handler=labels_command, needs_db=True)

    sheet = subparsers.add_parser("stock-sheet", help="write the end-of-day stock sheet (PDF)")
    sheet.add_argument("--date", help="the day, YYYY-MM-DD (default today)")
    sheet.add_argument(
        "--by",
        "--operator",
        dest="by",
        default=None,
        metavar="NAME",
        help="who exports it (shown on the sheet; default: the command line's --operator)",
    )
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _database_options(sheet)
    sheet.set_defaults(handler=stock_sheet_command, needs_db=True)

    languages = subparsers.add_parser(
        "label-languages",
        help="show or set the languages every bench prints on labels",
        description="With no argument, show them; else save PRIMARY and the optional SECOND.",
    )
    languages.add_argument("primary", nargs="?", metavar="PRIMARY", help="en, fr, ar...")
    languages.add_argument("second", nargs="?", default="", metavar="SECOND", help="or none")
    _database_options(languages)
    languages.set_defaults(handler=label_languages_command, needs_db=True)

    manifest = subparsers.add_parser("manifest", help="write a van load's manifest (PDF)")
    manifest.add_argument("van_code", metavar="VAN_CODE")
    manifest.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _database_options(manifest)
    manifest.set_defaults(handler=manifest_command, needs_db=True)

    count_report = subparsers.add_parser("count-report", help="write a stock-take's report (PDF)")
    count_report.add_argument("count_id", metavar="COUNT_ID", help="the count's number")
    count_report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _database_options(count_report)
    count_report.set_defaults(handler=count_report_command, needs_db=True)

    register_command(subparsers, _database_options)


class ImportedBoxLabels:
    """`import boxes --labels FILE`: the labels of the boxes just imported, in one go."""

    def check(self, out: Path, fmt: str | None) -> None:
        """Refuse a label file or format that cannot be written, before any box is imported."""
        label_job(out, fmt or DEFAULT_FORMAT)

    def write(self, out: Path, fmt: str | None, codes: list[str]) -> str:
        """Write the labels of `codes`; return where they went, for the summary line."""
        paths = write_labels("boxes", out, fmt or DEFAULT_FORMAT, codes=codes)
        return str(paths[0]) if len(paths) == 1 else f"{paths[0]} … {paths[-1].name}"


# The document the core's `import boxes --labels` asks for (entry point "box-labels").
IMPORTED_BOX_LABELS = ImportedBoxLabels()


def _database_options(parser: argparse.ArgumentParser) -> None:
    """--db and --bench after the sub-command too, as the other commands take them."""
    parser.add_argument(
        "--db", metavar="DB", default=argparse.SUPPRESS, help="SQLite file or database URL"
    )
    parser.add_argument("--bench", metavar="NAME", default=argparse.SUPPRESS, help="bench name")


def parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("report_date_invalid", value=value) from None


def labels_command(args: argparse.Namespace) -> int:
    codes = args.codes
    if args.kind in ("boxes", "shelves", "vans"):
        if not codes and not args.all:
            raise InputError("label_codes_or_all")
        if args.all:
            codes = None
    paths = write_labels(
        args.kind,
        args.out,
        args.format,
        codes=codes,
        count=args.count,
        skip=args.skip,
        offset=(args.offset_x, args.offset_y),
        dpi=args.dpi,
        lang=_second_language(args.label_lang),
        primary=args.label_primary,
        own_page=args.own_page,
        only=args.only,
    )
    shown = paths[0] if len(paths) == 1 else f"{paths[0]} … {paths[-1].name}"
    print(render("report_done", {"what": f"{args.kind} labels", "path": shown}))
    return 0


def _second_language(value: str | None) -> str | None:
    if value is not None and value.strip().lower() in ("none", "-"):
        return ""
    return value


def label_languages_command(args: argparse.Namespace) -> int:
    if args.primary:
        langs = store_label_languages(args.primary, _second_language(args.second) or "")
    else:
        langs = label_languages()
    print(f"{langs.primary} {langs.second or 'none'}")
    return 0


def _exporter(args: argparse.Namespace) -> str:
    """Who exports: --by, else the command line's --operator, else the OS user's name."""
    if args.by:
        return str(args.by)
    operator = getattr(args, "operator", None)
    if operator:
        return str(operator)
    import getpass

    try:
        return f"command line (OS user {getpass.getuser()})"
    except (KeyError, OSError):
        return "command line"


def stock_sheet_command(args: argparse.Namespace) -> int:
    path = write_stock_sheet(args.out, parse_day(args.date), _exporter(args))
    print(render("report_done", {"what": "the stock sheet", "path": path}))
    return 0


def count_report_command(args: argparse.Namespace) -> int:
    from reports.count_report import write_count_report

    path = write_count_report(args.count_id, args.out)
    print(render("report_done", {"what": "the count report", "path": path}))
    return 0


def manifest_command(args: argparse.Namespace) -> int:
    path = write_manifest(args.van_code, args.out)
    print(render("report_done", {"what": "the manifest", "path": path}))
    return 0
