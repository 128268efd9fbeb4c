"""The `warehouse-desktop` command line (SPEC section 9: a contract automation relies on).

With no sub-command it opens the bench window; with one it works headless.  Every
failure a person can cause (bad input, a missing file, an unreachable database or
printer) ends as one clear line on stderr and a non-zero exit status, never a traceback.

Label, report and printer sub-commands live in `reports` and `hardware`; they are
imported lazily here, which is the one place the core reaches outward.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from warehouse_desktop import __version__, config
from warehouse_desktop.errors import InputError, StorageError, WarehouseError
from warehouse_desktop.messages import render

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REFUSED_SCAN = 3

# Sub-command modules outside the core: (module, what it registers).
_PLUGINS = ("reports.commands", "hardware.commands")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


class _NotCore(Exception):
    """The core-only parser met something it cannot answer alone (see `_parse`)."""


class _CoreParser(_Parser):
    """The parser without the plugins: raises instead of printing, so the full one answers."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotCore(message)


def build_parser(*, plugins: bool = True) -> argparse.ArgumentParser:
    parser_class = _Parser if plugins else _CoreParser
    common = parser_class(add_help=False)
    common.add_argument(
        "--db",
        metavar="DB",
        default=argparse.SUPPRESS,
        help="SQLite file or database URL (default: $WAREHOUSE_DB, then the per-user file)",
    )
    common.add_argument("--bench", metavar="NAME", default=argparse.SUPPRESS, help="bench name")

    parser = parser_class(
        prog="warehouse-desktop",
        description="Bench application of a donation warehouse. With no command: open the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["en", "fr"], default=None, help="window language")
    parser.add_argument("--scanner", metavar="PORT", action="append", default=None,
                        help="serial scanner port (may be given more than once)")  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)

    p = sub.add_parser("init", parents=[common], help="create or upgrade the database")
    p.add_argument("--demo", action="store_true", help="seed a realistic demo warehouse")
    p.add_argument(
        "--coordinator", metavar="NAME", help="create a coordinator (asks nothing: use --pin)"
    )
    p.add_argument("--pin", metavar="PIN", help="PIN of the coordinator given with --coordinator")
    p.set_defaults(handler=_cmd_init, needs_db=True, create_db=True)

    p = sub.add_parser(
        "scan", parents=[common], help="route scans exactly as the bench window does"
    )
    p.add_argument(
        "--json", action="store_true", help="one JSON object per code, as each is durable"
    )
    p.add_argument("--operator", metavar="NAME", default="", help="who is scanning")
    p.add_argument(
        "codes", nargs="+", metavar="CODE", help="codes to scan, or - to read lines from stdin"
    )
    p.set_defaults(handler=_cmd_scan, needs_db=True)

    p = sub.add_parser("export", parents=[common], help="write a CSV export")
    p.add_argument(
        "what", choices=["boxes", "movements", "stock", "needs", "categories", "locations"]
    )
    p.add_argument("--out", required=True, metavar="FILE", help="CSV file, or - for standard output "
                   "(needs also: .pdf or .txt)")  # fmt: skip
    p.add_argument("--excel", action="store_true",
                   help="for a spreadsheet: byte-order mark, readable headers and values")  # fmt: skip
    p.set_defaults(handler=_cmd_export, needs_db=True)

    p = sub.add_parser("import", parents=[common], help="import categories or locations from CSV")
    p.add_argument("what", choices=["categories", "locations"])
    p.add_argument("file", metavar="FILE.csv", type=Path)
    p.set_defaults(handler=_cmd_import, needs_db=True)

    p = sub.add_parser("backup", parents=[common], help="copy the database to a backup file")
    p.add_argument(
        "--out", metavar="FILE", type=Path, help="where to write (default: backup folder)"
    )
    p.set_defaults(handler=_cmd_backup, needs_db=True)

    p = sub.add_parser(
        "restore", parents=[common], help="replace the database with a checked backup"
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(handler=_cmd_restore, needs_db=False)

    for module_name in _PLUGINS if plugins else ():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    if plugins:
        _placeholders(sub, common)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line, importing the plugins only when they are needed.

    The plugins (labels and reports, printers and scanners) take a few hundred
    milliseconds to import, which the bench window and the core commands do not need.
    Help, a plugin's command and anything the core-only parser cannot read go to the
    full parser, so every answer and error message is the full parser's.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    if not any(_asks_help(word) for word in words):
        try:
            args = build_parser(plugins=False).parse_args(words)
        except _NotCore:
            pass
        else:
            if getattr(args, "handler", None) is not None or args.command is None:
                return args
    return build_parser().parse_args(words)


def _asks_help(word: str) -> bool:
    """-h, --help, or an abbreviation of it that argparse would accept (--he)."""
    return word.startswith("-h") or (word.startswith("--h") and "--help".startswith(word))


def _placeholders(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Keep the contract's command names answering even where a plugin is missing."""
    for name in ("labels", "stock-sheet", "manifest", "print"):
        if name not in sub.choices:
            p = sub.add_parser(name, parents=[common], help=f"{name} (not available in this build)")
            p.add_argument("rest", nargs=argparse.REMAINDER)
            p.set_defaults(handler=_unavailable, needs_db=False)


def _unavailable(args: argparse.Namespace) -> int:
    raise WarehouseError("command_unavailable", command=args.command)


# --- handlers -------------------------------------------------------------------------


def _out(line: str) -> None:
    print(line, flush=True)


def _cmd_init(args: argparse.Namespace) -> int:
    from warehouse_desktop import auth, demo
    from warehouse_desktop.db import write_transaction
    from warehouse_desktop.migrations import LATEST_VERSION
    from warehouse_desktop.models import Role

    _out(render("init_done", {"target": args.db_target, "version": LATEST_VERSION}))
    if args.coordinator:
        if not args.pin:
            raise InputError("pin_too_short")
        with write_transaction():
            auth.set_pin(args.coordinator, args.pin, role=Role.COORDINATOR)
    if args.demo:
        summary = demo.seed_demo()
        _out(render("demo_done", vars(summary)))
    return EXIT_OK


def _iter_codes(codes: Sequence[str]) -> Iterable[str]:
    for code in codes:
        if code == "-":
            for line in sys.stdin:
                stripped = line.rstrip("\r\n")
                if stripped.strip():
                    yield stripped
        else:
            yield code


def _cmd_scan(args: argparse.Namespace) -> int:
    from warehouse_desktop.bench import BenchService

    service = BenchService(args.bench_name, operator=args.operator)
    refused = 0
    for raw in _iter_codes(args.codes):
        result = service.scan(raw)
        if not result.ok:
            refused += 1
        if args.json:
            _out(json.dumps(result.as_json(), ensure_ascii=False))
        elif not result.silent:
            mark = "OK " if result.ok else "NO "
            _out(f"{mark} {result.code or result.args.get('shown', '')}: {result.text}")
    return EXIT_REFUSED_SCAN if refused else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from warehouse_desktop import exchange

    suffix = Path(args.out).suffix.lower() if args.out != "-" else ".csv"
    if args.what == "needs" and suffix in (".pdf", ".txt"):
        needs = importlib.import_module("reports.needs")
        needs.write_needs(Path(args.out))
        return EXIT_OK
    count = exchange.export(args.what, args.out, excel=args.excel)
    if args.out != "-":
        _out(render("export_done", {"count": count, "path": args.out}))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from warehouse_desktop import exchange

    created, updated, unchanged = exchange.IMPORTS[args.what](args.file)
    _out(render("import_done", {"path": str(args.file), "created": created,
                                "updated": updated, "unchanged": unchanged}))  # fmt: skip
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from warehouse_desktop import backup
    from warehouse_desktop.db import sqlite_path

    path = sqlite_path()
    if path is None:
        raise StorageError("backup_sqlite_only")
    written = backup.backup_sqlite(path, args.out)
    _out(render("backup_done", {"path": str(written)}))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from warehouse_desktop import backup
    from warehouse_desktop.db import is_url

    if is_url(args.db_target):
        raise StorageError("backup_sqlite_only")
    kept = backup.restore_sqlite(Path(args.db_target), args.file)
    _out(render("restore_done", {"path": str(args.file), "kept": str(kept) if kept else "-"}))
    return EXIT_OK


def _daily_backup(args: argparse.Namespace) -> None:
    """The first start of the day copies the database; a failure must not stop the bench."""
    from warehouse_desktop import backup
    from warehouse_desktop.db import sqlite_path

    path = sqlite_path()
    if path is None:
        return
    try:
        backup.daily_backup_if_due(path)
    except StorageError as exc:
        print(f"warehouse-desktop: {exc}", file=sys.stderr, flush=True)


def _open_window(args: argparse.Namespace) -> int:
    ui_app = importlib.import_module("ui.app")
    return int(ui_app.run_window(args))


# --- entry ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    args.db_target = getattr(args, "db", None) or config.default_database_target()
    args.db = args.db_target
    args.bench_name = getattr(args, "bench", None) or config.default_bench()
    args.bench = args.bench_name
    try:
        if args.command is None:
            _prepare_database(args, create=True)
            _daily_backup(args)
            return _open_window(args)
        if getattr(args, "needs_db", True):
            _prepare_database(args, create=getattr(args, "create_db", False))
        return int(args.handler(args))
    except WarehouseError as exc:
        # Drivers add multi-line details; the contract is one line.
        print(f"warehouse-desktop: {' '.join(str(exc).split())}", file=sys.stderr, flush=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        print(f"warehouse-desktop: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr, flush=True)  # fmt: skip
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, log the rest
        log = _log_crash(exc)
        print(f"warehouse-desktop: unexpected error: {exc.__class__.__name__}: {exc} "
              f"(details in {log})", file=sys.stderr, flush=True)  # fmt: skip
        return EXIT_ERROR
    finally:
        from warehouse_desktop.db import close_database

        try:
            close_database()
        except Exception:  # noqa: BLE001 - closing must never hide the real outcome
            pass


def _log_crash(exc: BaseException) -> Path | str:
    """Append the traceback to the crash log a helper can send; return where it went."""
    import traceback

    path = config.data_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            traceback.print_exception(exc, file=handle)
    except OSError:
        return "nowhere: the data folder is not writable"
    return path


def _prepare_database(args: argparse.Namespace, *, create: bool) -> None:
    from warehouse_desktop import backup
    from warehouse_desktop.db import is_url, open_database
    from warehouse_desktop.migrations import ensure_schema

    try:
        open_database(args.db_target, create=create)
        ensure_schema()
    except StorageError as exc:
        if exc.key == "db_corrupt" and not is_url(args.db_target):
            good = backup.newest_good_backup(Path(args.db_target))
            if good is not None:
                raise StorageError("db_corrupt_backup", backup=str(good)) from exc
        raise
