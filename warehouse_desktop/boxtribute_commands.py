"""The command line of the Boxtribute migration: `import boxes --from boxtribute FILE.csv`.

A dry run is the default: it reads and checks the whole file and says what the import
would create and what this warehouse does not know.  `--apply` writes (the coordinator's
PIN is asked, as for every import).  Labels for the imported boxes come from the labels
package, which adds `--labels FILE` to the `import` command when it is installed
(`reports.commands`); the core only calls what that option left in the arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from warehouse_desktop.errors import InputError
from warehouse_desktop.messages import render

# What the labels package leaves in the arguments with --labels: a check of the output
# (before anything is written) and the writer of the box labels -> where they went.
LabelCheck = Callable[[argparse.Namespace], None]
LabelWriter = Callable[[argparse.Namespace, list[str]], str]


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


def import_boxes(
    args: argparse.Namespace, out: Callable[[str], None], pin: Callable[[], str]
) -> int:
    """Plan, and with --apply write, a Boxtribute import; print what happened."""
    from warehouse_desktop import auth, boxtribute
    from warehouse_desktop.cli import command_line_operator

    if args.source != "boxtribute":
        raise InputError("import_boxes_source")
    labels_out: Path | None = getattr(args, "labels", None)
    if labels_out is not None:
        check: LabelCheck = args.box_label_check
        check(args)
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
    operator = " ".join(args.operator.split()) or command_line_operator()
    result = boxtribute.apply_import(plan, operator=operator, bench=args.bench_name)
    out(render("boxtribute_done", {
        "path": str(args.file), "boxes": len(result.boxes), "skipped": result.skipped,
        "first": result.boxes[0][0], "last": result.boxes[-1][0],
        "categories": result.categories, "sizes": result.sizes, "locations": result.locations,
    }))  # fmt: skip
    if labels_out is not None:
        codes = result.codes_in_stock
        if codes:
            writer: LabelWriter = args.box_label_writer
            shown = writer(args, codes)
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
