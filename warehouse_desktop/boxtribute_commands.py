"""The command line of the Boxtribute migration: `import boxes --from boxtribute FILE.csv`.

A dry run is the default: it reads and checks the whole file and says what the import
would create and what this warehouse does not know.  `--apply` writes (the coordinator's
PIN is asked, as for every import).  With `--labels FILE` the labels of the imported boxes
are written in one go by the labels package, which contributes them as the document
"box-labels" (an entry point); the core checks the file before importing and asks for the
labels after.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from warehouse_desktop.errors import InputError
from warehouse_desktop.messages import render


class BoxLabels(Protocol):
    """The labels package's "box-labels" document."""

    def check(self, out: Path, fmt: str | None) -> None: ...

    def write(self, out: Path, fmt: str | None, codes: list[str]) -> str: ...


def add_arguments(import_parser: argparse.ArgumentParser) -> None:
    """The options of `import boxes --from boxtribute`."""
    import_parser.add_argument(
        "--from", dest="source", choices=["boxtribute"], default=None,
        help="boxes: the program the file was exported from",
    )  # fmt: skip
    mode = import_parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help="boxes: check the file and say what would happen (the default)")  # fmt: skip
    mode.add_argument("--apply", action="store_true", help="boxes: import for real")
    import_parser.add_argument(
        "--create-missing", action="store_true",
        help="boxes: create the categories, sizes and locations this warehouse does not have",
    )  # fmt: skip
    import_parser.add_argument("--operator", metavar="NAME", default="",
                               help='who imports (default: "command line (OS user)")')  # fmt: skip
    import_parser.add_argument("--labels", type=Path, metavar="FILE", default=None,
                               help="boxes: write the labels of the imported boxes in stock "
                               "(FILE.pdf, .png or .zpl)")  # fmt: skip
    import_parser.add_argument("--label-format", metavar="FMT", default=None,
                               help="boxes: the label format of --labels")  # fmt: skip


def import_boxes(
    args: argparse.Namespace,
    out: Callable[[str], None],
    pin: Callable[[], str],
    operator: str,
    labels: BoxLabels | None = None,
) -> int:
    """Plan, and with --apply write, a Boxtribute import by `operator`; print what happened.

    `labels` writes the labels asked for with --labels (None: the labels package is not
    installed, which --labels then says)."""
    from warehouse_desktop import auth, boxtribute

    if args.source != "boxtribute":
        raise InputError("import_boxes_source")
    if args.labels is not None:
        if labels is None:
            raise InputError("boxtribute_labels_unavailable")
        labels.check(args.labels, args.label_format)
    plan = boxtribute.plan_import(args.file, create_missing=args.create_missing)
    wanted = plan.wanted()
    names = "; ".join(wanted[:20]) + (" …" if len(wanted) > 20 else "")
    if not args.apply:
        out(render("boxtribute_plan", {"path": str(args.file), "boxes": len(plan.boxes),
                                       "skipped": len(plan.already_imported)}))  # fmt: skip
        if wanted and args.create_missing:
            out(render("boxtribute_would_create", {"names": names}))
        elif wanted:
            out(render("boxtribute_unknown", {"path": str(args.file), "count": len(wanted),
                                              "names": names}))  # fmt: skip
        return 0
    if not plan.boxes:
        out(render("boxtribute_nothing_new", {"path": str(args.file),
                                              "skipped": len(plan.already_imported)}))  # fmt: skip
        return 0
    auth.check_any_coordinator_pin(pin())
    result = boxtribute.apply_import(plan, operator=operator, bench=args.bench_name)
    out(render("boxtribute_done", {
        "path": str(args.file), "boxes": len(result.boxes), "skipped": result.skipped,
        "first": result.boxes[0][0], "last": result.boxes[-1][0],
        "categories": result.categories, "sizes": result.sizes, "locations": result.locations,
    }))  # fmt: skip
    if args.labels is not None and labels is not None:
        codes = result.codes_in_stock
        if codes:
            shown = labels.write(args.labels, args.label_format, codes)
            out(render("boxtribute_labels", {"count": len(codes), "path": shown}))
    return 0


def export_other(args: argparse.Namespace, suffix: str, out: Callable[[str], None]) -> int:
    """`export boxes --as boxtribute`, and the refusal of --hxl on a file that is not CSV."""
    if args.hxl and suffix != ".csv":
        raise InputError("export_hxl_csv_only", path=args.out)
    if args.what != "boxes":
        raise InputError("export_as_boxes_only", what=args.what)
    from warehouse_desktop import boxtribute

    count = boxtribute.export_boxes(args.out, hxl=args.hxl)
    if args.out != "-":
        out(render("export_done", {"count": count, "path": args.out}))
    return 0
