"""The `warehouse-desktop` command line: a contract that automation relies on (README, "Command line").

With no sub-command it opens the bench window; with one it works headless.  Every
failure a person can cause (bad input, a missing file, an unreachable database or
printer) ends as one clear line on stderr and a non-zero exit status, never a traceback.

The core never imports the packages above it.  `reports`, `hardware` and `ui` contribute
their sub-commands as entry points declared in `pyproject.toml` (group `COMMANDS`: the
entry's name is the command, its value a `register(subparsers)` function; `ui`'s is the
`window` command that no command at all runs), and `reports` the needs list as a document
(group `DOCUMENTS`).  An entry point is loaded by name when its command is asked for, all
of them for `--help`.  One that fails to import is an error (`PluginBroken`): its traceback
goes to the crash log and the terminal gets one line.  After changing the entry points,
`pip install -e .` registers them again.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any, NoReturn

from warehouse_desktop import __version__, boxtribute_commands, config
from warehouse_desktop.errors import InputError, PermissionRefused, StorageError, WarehouseError
from warehouse_desktop.messages import render
from warehouse_desktop.redaction import redact_secrets

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REFUSED_SCAN = 3

# Entry-point groups the packages above the core contribute to (see the module docstring).
COMMANDS = "warehouse_desktop.commands"
DOCUMENTS = "warehouse_desktop.documents"
# The command that no command at all runs: the bench window, contributed by `ui`.
WINDOW = "window"


class PluginBroken(Exception):
    """A declared entry point whose module fails to import: a bug or a broken install."""

    def __init__(self, entry: EntryPoint, error: BaseException) -> None:
        super().__init__(
            f"{entry.name} could not be loaded ({entry.value}): {type(error).__name__}: {error}"
        )
        self.entry = entry


@functools.cache
def _declared(group: str) -> tuple[EntryPoint, ...]:
    """Every entry point of `group` the installed distributions declare (read once)."""
    return tuple(entry_points(group=group))


def _entry_points(group: str, names: Collection[str] | None = None) -> list[EntryPoint]:
    """The declared entry points of `group`, only those named in `names` unless None."""
    return [entry for entry in _declared(group) if names is None or entry.name in names]


def load_entry_point(entry: EntryPoint) -> Any:
    """The object an entry point names; any failure to import it is `PluginBroken`."""
    try:
        return entry.load()
    except Exception as exc:
        raise PluginBroken(entry, exc) from exc


def plugin_document(name: str) -> Any:
    """What a plugin contributes for document `name` (e.g. "needs"), or None."""
    for entry in _entry_points(DOCUMENTS, {name}):
        return load_entry_point(entry)
    return None


def document_writer(name: str) -> Callable[[Path], object] | None:
    """The writer a plugin contributes for document `name` (e.g. "needs"), if any."""
    writer: Callable[[Path], object] | None = plugin_document(name)
    return writer


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


class _NotCore(Exception):
    """The core-only parser met something it cannot answer alone (see `_parse`)."""


class _CoreParser(_Parser):
    """The parser without the plugins: raises instead of printing, so the full one answers."""

    def error(self, message: str) -> NoReturn:
        raise _NotCore(message)


def build_parser(*, commands: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the core's commands and the plugins' commands named in `commands`
    (all of them when None; with none, a parser that raises `_NotCore` instead of exiting)."""
    parser_class = _Parser if commands is None or commands else _CoreParser
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
    seed = p.add_mutually_exclusive_group()
    seed.add_argument("--demo", action="store_true", help="seed a realistic demo warehouse")
    seed.add_argument("--catalogue", choices=["standard"], default=None,
                   help="seed the sector's standard catalogue into an empty one")  # fmt: skip
    p.add_argument(
        "--coordinator", metavar="NAME",
        help="create or change a coordinator (once one exists, a coordinator's PIN is asked "
        "on the terminal or read from $WAREHOUSE_PIN)",
    )  # fmt: skip
    p.add_argument(
        "--pin", metavar="PIN", help="new PIN of the coordinator given with --coordinator"
    )
    p.set_defaults(handler=_cmd_init, needs_db=True, create_db=True)

    p = sub.add_parser(
        "scan", parents=[common], help="route scans exactly as the bench window does"
    )
    p.add_argument(
        "--json", action="store_true", help="one JSON object per code, as each is durable"
    )
    p.add_argument("--operator", metavar="NAME", default="",
                   help='who is scanning (default: "command line (OS user)")')  # fmt: skip
    p.add_argument(
        "codes", nargs="+", metavar="CODE", help="codes to scan, or - to read lines from stdin"
    )
    p.set_defaults(handler=_cmd_scan, needs_db=True)

    p = sub.add_parser("export", parents=[common], help="write a CSV export")
    p.add_argument(
        "what",
        choices=["boxes", "movements", "stock", "needs", "categories", "locations", "counts",
                 "cards", "volunteers"],
    )  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE", help="CSV file, or - for standard output "
                   "(needs also: .pdf, .txt or .png)")  # fmt: skip
    p.add_argument("--excel", action="store_true",
                   help="for a spreadsheet: byte-order mark, readable headers and values")  # fmt: skip
    p.add_argument("--hxl", action="store_true", help="add a row of HXL hashtags under the header")
    p.add_argument("--as", dest="as_format", choices=["boxtribute"], default=None,
                   help="boxes: in Boxtribute's box-export columns")  # fmt: skip
    p.set_defaults(handler=_cmd_export, needs_db=True)

    p = sub.add_parser("van-load", parents=[common], help="van loads from the command line")
    van = p.add_subparsers(dest="van_command", metavar="ACTION", parser_class=parser_class)
    p = van.add_parser("new", parents=[common], help="create a van load; prints its code")
    p.add_argument("destination", metavar="DESTINATION")
    p.add_argument("--driver", metavar="NAME", default="")
    p.add_argument("--notes", metavar="TEXT", default="")
    p.set_defaults(handler=_cmd_van_load_new, needs_db=True)

    p = sub.add_parser("box", parents=[common], help="one box from the command line")
    box = p.add_subparsers(dest="box_command", metavar="ACTION", parser_class=parser_class)
    p = box.add_parser(
        "weight", parents=[common],
        help="set, correct or clear (--clear) the weight of a box in kg; coordinator only",
        description="Coordinator only: the PIN is asked on the terminal, or read from "
        "$WAREHOUSE_PIN. The weighing is recorded in the box's history.",
    )  # fmt: skip
    p.add_argument("code", metavar="CODE", help="the box code")
    weight = p.add_mutually_exclusive_group(required=True)
    weight.add_argument("kg", metavar="KG", nargs="?", help='the weight in kg ("12.5" or "12,5")')
    weight.add_argument("--clear", action="store_true", help="the box is no longer weighed")
    p.set_defaults(handler=_cmd_box_weight, needs_db=True)

    p = sub.add_parser("import", parents=[common],
                       help="import categories or locations from CSV, or boxes from Boxtribute")  # fmt: skip
    p.add_argument("what", choices=["categories", "locations", "boxes"])
    p.add_argument("file", metavar="FILE.csv", type=Path)
    boxtribute_commands.add_arguments(p)
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
    for name in ("import", "restore"):
        sub.choices[
            name
        ].description = (
            "Coordinator only: the PIN is asked on the terminal, or read from $WAREHOUSE_PIN."
        )

    registered: list[Callable[[argparse._SubParsersAction[Any]], None]] = []
    for entry in _entry_points(COMMANDS, commands) if commands is None or commands else ():
        register = load_entry_point(entry)
        if register not in registered:  # one register function may add several commands
            registered.append(register)
            register(sub)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line, importing only the plugins it names.

    The plugins (labels and reports, printers and scanners, the window) take a few hundred
    milliseconds to import each, which the core commands do not need.  No command at all is
    the `window` command, which loads only `ui`.  A plugin's command loads the plugin that
    declares it; help and anything no command name explains load them all, so every
    answer and error message is the full parser's.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    if not any(_asks_help(word) for word in words):
        try:
            args = build_parser(commands=()).parse_args(words)
        except _NotCore:
            pass
        else:
            if getattr(args, "handler", None) is not None:
                return args
            if args.command is None:
                if not _entry_points(COMMANDS, {WINDOW}):
                    _Parser(prog="warehouse-desktop").error(
                        "the bench window is not installed (run: pip install -e . again)"
                    )
                return build_parser(commands={WINDOW}).parse_args([*words, WINDOW])
    named = {entry.name for entry in _entry_points(COMMANDS)} & set(words)
    return build_parser(commands=named or None).parse_args(words)


def _asks_help(word: str) -> bool:
    """-h, --help, or an abbreviation of it that argparse would accept (--he)."""
    return word.startswith("-h") or (word.startswith("--h") and "--help".startswith(word))


# --- handlers -------------------------------------------------------------------------


def _out(line: str) -> None:
    print(redact_secrets(line), flush=True)


def _cmd_init(args: argparse.Namespace) -> int:
    from warehouse_desktop import auth, demo
    from warehouse_desktop.db import write_transaction
    from warehouse_desktop.migrations import restore_guards
    from warehouse_desktop.models import LATEST_VERSION, Role

    restore_guards()
    _out(render("init_done", {"target": args.db_target, "version": LATEST_VERSION}))
    if args.coordinator:
        if not args.pin:
            raise InputError("pin_too_short")
        auth.hash_pin(args.pin)  # a PIN too short is refused before anything is asked
        if auth.coordinators():
            # Changing who is a coordinator (or a PIN) takes a coordinator.
            auth.check_any_coordinator_pin(_coordinator_pin())
        with write_transaction():
            auth.set_pin(args.coordinator, args.pin, role=Role.COORDINATOR)
    if args.catalogue:
        from warehouse_desktop import standard_catalogue

        _out(render("standard_catalogue_done", {"count": standard_catalogue.seed()}))
    if args.demo:
        summary = demo.seed_demo()
        _out(render("demo_done", vars(summary)))
    return EXIT_OK


def _coordinator_pin() -> str:
    """The coordinator PIN: `$WAREHOUSE_PIN`, else asked on the terminal; never guessed."""
    pin = os.environ.get("WAREHOUSE_PIN")
    if pin is not None:
        return pin
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise PermissionRefused("pin_needed")
    try:
        return getpass.getpass(render("pin_prompt") + " ")
    except (EOFError, OSError) as exc:
        raise PermissionRefused("pin_needed") from exc


def _stdin_lines() -> Iterable[str]:
    """Lines of standard input as text, one at a time, whatever bytes arrive.

    Read as bytes so one line that is not UTF-8 cannot end the session: it is decoded with
    replacement characters and refused by the router like any other garbage.
    """
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream given by a test harness
        yield from sys.stdin
        return
    first = True
    for raw in stream:
        if first and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark from Windows Notepad
        first = False
        yield raw.decode("utf-8", errors="replace")


def _iter_codes(codes: Sequence[str]) -> Iterable[str]:
    for code in codes:
        if code == "-":
            for line in _stdin_lines():
                stripped = line.rstrip("\r\n").removeprefix("\ufeff")
                if stripped.strip():
                    yield stripped
        else:
            yield code


def command_line_operator() -> str:
    """Who the command line records when no --operator is given: the OS user."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = "unknown"
    return f"command line ({' '.join(user.split())[:40] or 'unknown'})"


def _cmd_scan(args: argparse.Namespace) -> int:
    from warehouse_desktop.bench import BenchService

    operator = " ".join(args.operator.split()) or command_line_operator()
    service = BenchService(args.bench_name, operator=operator)
    refused = 0
    for raw in _iter_codes(args.codes):
        result = service.scan(raw)
        if not result.ok:
            refused += 1
        if args.json:
            _out(json.dumps(result.as_json(), ensure_ascii=False))
        elif not result.silent:
            mark = "OK " if result.ok else "?? " if result.confirm else "NO "
            _out(f"{mark} {result.code or result.args.get('shown', '')}: {result.text}")
    return EXIT_REFUSED_SCAN if refused else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from warehouse_desktop import exchange

    suffix = Path(args.out).suffix.lower() if args.out != "-" else ".csv"
    if args.as_format == "boxtribute" or (args.hxl and suffix in (".pdf", ".txt", ".png")):
        return boxtribute_commands.export_other(args, suffix, _out)
    writer = document_writer(args.what) if suffix in (".pdf", ".txt", ".png") else None
    if writer is not None:  # the needs list as a sheet or a picture, by `reports`
        writer(Path(args.out))
        return EXIT_OK
    count = exchange.export(args.what, args.out, excel=args.excel, hxl=args.hxl)
    if args.out != "-":
        _out(render("export_done", {"count": count, "path": args.out}))
    return EXIT_OK


def _cmd_van_load_new(args: argparse.Namespace) -> int:
    from warehouse_desktop.bench.vanload import new_van_load
    from warehouse_desktop.db import write_transaction

    if not " ".join(args.destination.split()):
        raise InputError("van_load_destination_empty")
    with write_transaction():
        van = new_van_load(args.destination, args.driver, args.notes)
    _out(van.code)
    return EXIT_OK


def _cmd_box_weight(args: argparse.Namespace) -> int:
    from warehouse_desktop import auth, inventory
    from warehouse_desktop.weight import parse_kg

    kg = None if args.clear else args.kg
    if kg is not None:
        parse_kg(kg)  # a wrong figure is refused before the PIN is asked
    inventory.get_box(args.code)  # and so is a code that is no box
    pin = _coordinator_pin()
    coordinator = auth.check_any_coordinator_pin(pin)
    done = inventory.set_weight(
        args.code, kg, coordinator=coordinator.name, pin=pin, bench=args.bench_name
    )
    _out(render(done.key, done.args))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from warehouse_desktop import auth, exchange

    if args.what == "boxes":
        labels = plugin_document("box-labels") if args.labels is not None else None
        operator = " ".join(args.operator.split()) or command_line_operator()
        return boxtribute_commands.import_boxes(args, _out, _coordinator_pin, operator, labels)
    auth.check_any_coordinator_pin(_coordinator_pin())
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
    from warehouse_desktop.db import close_database, is_url, open_database
    from warehouse_desktop.migrations import ensure_schema

    if is_url(args.db_target):
        raise StorageError("backup_sqlite_only")
    target = Path(args.db_target)
    backup.check_backup_file(args.file)  # a wrong file is refused before the PIN is asked
    _restore_authority(target, args.file)
    kept = backup.restore_sqlite(target, args.file)
    # An older backup climbs to this version now, not at the next bench's scan.
    open_database(target, create=False)
    try:
        ensure_schema()
    finally:
        close_database()
    _out(render("restore_done", {"path": str(args.file), "kept": str(kept) if kept else "-"}))
    return EXIT_OK


def _restore_authority(target: Path, source: Path) -> None:
    """A coordinator of the live database, or of the backup when the live one is unreadable."""
    from warehouse_desktop import auth
    from warehouse_desktop.db import close_database, open_database

    pin = _coordinator_pin()
    try:
        usable = "operator" in open_database(target, create=False).get_tables()
    except StorageError:
        usable = False
    try:
        if usable:
            try:
                auth.check_any_coordinator_pin(pin)
                return
            except StorageError:
                pass  # damaged beyond reading its operators: the backup decides
    finally:
        close_database()
    open_database(source, create=False)
    try:
        auth.check_any_coordinator_pin(pin)
    finally:
        close_database()


# --- entry ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parse(argv)
    except PluginBroken as exc:
        return _plugin_broken(exc)
    args.db_target = getattr(args, "db", None) or config.default_database_target()
    args.db = args.db_target
    args.bench_name = getattr(args, "bench", None) or config.default_bench()
    args.bench = args.bench_name
    try:
        _check_bench_name(args.bench_name)
        if getattr(args, "needs_db", True):
            _prepare_database(args, create=getattr(args, "create_db", False))
        return int(args.handler(args))
    except WarehouseError as exc:
        _error_line(str(exc))
        return EXIT_ERROR
    except PluginBroken as exc:
        return _plugin_broken(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        _error_line(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, log the rest
        log = _log_crash(exc)
        _error_line(f"unexpected error: {exc.__class__.__name__}: {exc} (details in {log})")
        return EXIT_ERROR
    finally:
        from warehouse_desktop.db import close_database

        try:
            close_database()
        except Exception:  # noqa: BLE001 - closing must never hide the real outcome
            pass


MAX_ERROR_LINE = 500
MAX_BENCH_NAME = 60


def _check_bench_name(name: str) -> None:
    if len(name) > MAX_BENCH_NAME or not name.strip() or not name.isprintable():
        raise InputError("bench_name_invalid", limit=MAX_BENCH_NAME)


def _error_line(text: str) -> None:
    """The contract's one line on stderr: drivers add multi-line details, names can be huge,
    and no database password ever shows."""
    line = redact_secrets(" ".join(text.split()))
    if len(line) > MAX_ERROR_LINE:
        line = line[: MAX_ERROR_LINE - 1] + "…"
    print(f"warehouse-desktop: {line}", file=sys.stderr, flush=True)


def _plugin_broken(exc: PluginBroken) -> int:
    """A declared plugin that does not import: a bug or a broken install, never "missing"."""
    _error_line(f"{exc} (details in {_log_crash(exc)})")
    return EXIT_ERROR


def _log_crash(exc: BaseException) -> Path | str:
    """Append the traceback to the crash log a helper can send; return where it went.

    The log is private to the user (it may name files and data) and never holds a password.
    """
    import traceback

    path = config.data_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = redact_secrets("".join(traceback.format_exception(exc)))
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            os.chmod(path, 0o600)
            handle.write(text)
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
