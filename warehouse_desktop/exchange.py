"""CSV export and import, safe to open in a spreadsheet.

Exports stream rows from SQL.  Text cells that a spreadsheet would run as a formula
(starting with = + - @, tab or CR), and cells that already start with an apostrophe,
are prefixed with an apostrophe; import removes that one prefix again so a round trip
changes nothing.  Sizes are joined with `|`; a `|` or `\\` inside a size is escaped
with a backslash.  An import checks every row first and writes all of them in one
transaction, or none.  A file export is written to a temporary file of its own and
renamed into place, so two exports to one file never mix.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import secrets
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import peewee as pw

from warehouse_desktop import counts, stock, volunteers
from warehouse_desktop.codes import CodeKind, classify, command_cards
from warehouse_desktop.counts import COUNT_COLUMNS
from warehouse_desktop.db import write_transaction
from warehouse_desktop.errors import InputError
from warehouse_desktop.hxl import is_tag_row
from warehouse_desktop.models import (
    Box,
    Category,
    CodeCounter,
    Gender,
    Group,
    Location,
    LocationKind,
    Movement,
    VanLoad,
)
from warehouse_desktop.numbering import reserve_catalogue_code
from warehouse_desktop.weight import format_kg

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# An apostrophe of the data itself is doubled, so import can tell it from the prefix.
_PREFIXED = (*FORMULA_STARTS, "'")
MAX_IMPORT_BYTES = 10 * 1024 * 1024
NAME_LANGUAGES = ("fr", "ar", "ps", "ti", "ku", "fa")
SIZE_SEPARATOR = "|"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def spreadsheet_safe(value: Any) -> str:
    """A cell value that no spreadsheet will evaluate as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.strftime(TIME_FORMAT)
    text = str(value)
    if text.startswith(_PREFIXED):
        return "'" + text
    return text


def unsafe_cell(text: str) -> str:
    """Undo `spreadsheet_safe` on a cell read back from a CSV file."""
    if text.startswith("'") and text[1:].startswith(_PREFIXED):
        return text[1:]
    return text


def join_sizes(sizes: Iterable[str]) -> str:
    """Sizes as one cell: `S|M|L`, with `|` and `\\` inside a size escaped."""
    return SIZE_SEPARATOR.join(s.replace("\\", "\\\\").replace("|", "\\|") for s in sizes)


def split_sizes(cell: str) -> list[str]:
    """The sizes of a cell written by `join_sizes` (a plain `S|M|L` reads the same)."""
    sizes: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in cell:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == SIZE_SEPARATOR:
            sizes.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    sizes.append("".join(current))
    return sizes


def write_csv(handle: IO[str], header: list[str], rows: Iterable[Iterable[Any]]) -> int:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
        count += 1
    return count


@contextmanager
def open_output(out: str | Path) -> Iterator[IO[str]]:
    """`-` is standard output; anything else a UTF-8 file written whole or not at all."""
    if str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(out)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        # Opened apart from its with-block below so only a failed open says "unwritable".
        handle = open(tmp, "x", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise InputError("file_unwritable", path=str(path), detail=exc.strerror) from exc
    try:
        with handle:
            yield handle
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- exports --------------------------------------------------------------------------

BOX_COLUMNS = [
    "code", "category", "size", "gender", "quantity", "location", "state", "van_load",
    "packed_at", "updated_at", "category_code", "note", "expiry_month", "weight_kg",
]  # fmt: skip
MOVEMENT_COLUMNS = [
    "id", "at", "box", "action", "from_location", "to_location", "from_state", "to_state",
    "van_load", "quantity_change", "operator", "bench", "undoes",
]  # fmt: skip
STOCK_COLUMNS = ["group", "category", "gender", "size", "boxes", "items", "target"]
NEEDS_COLUMNS = [
    "category", "group", "gender", "target", "in_stock", "shortfall", "percent_of_target",
]  # fmt: skip
CATEGORY_COLUMNS = [
    "code", "name", "group", "gender", "sizes", "target", "default_quantity", "active",
    "expires", *(f"name_{lang}" for lang in NAME_LANGUAGES),
]  # fmt: skip
# Columns a file written by an older version may lack: read as empty (the default).
CATEGORY_COLUMNS_ADDED = frozenset({"expires"})
LOCATION_COLUMNS = ["code", "name", "kind", "active"]


def _box_rows() -> Iterator[tuple[Any, ...]]:
    location = Location.alias()
    query = (
        Box.select(
            Box.code,
            Category.name,
            Box.size,
            Category.gender,
            Box.quantity,
            location.code,
            Box.state,
            VanLoad.code,
            Box.packed_at,
            Box.updated_at,
            Category.code,
            Box.note,
            Box.expires_on,
            Box.weight_g,
        )  # fmt: skip
        .join(Category)
        .switch(Box)
        .join(location, pw.JOIN.LEFT_OUTER, on=(Box.location == location.id))
        .switch(Box)
        .join(VanLoad, pw.JOIN.LEFT_OUTER, on=(Box.van_load == VanLoad.id))
        .order_by(Box.code)
        .tuples()
    )
    # The expiry as the label prints it (a month); the weight in kg as the bench shows it,
    # exactly the grams stored.  Blank: does not expire, not weighed.
    for *row, expires_on, grams in query.iterator():
        yield (*row, expires_on.strftime("%Y-%m") if expires_on else "", format_kg(grams))


def _movement_rows() -> Iterator[tuple[Any, ...]]:
    from_loc = Location.alias()
    to_loc = Location.alias()
    query = (
        Movement.select(
            Movement.id,
            Movement.at,
            Box.code,
            Movement.action,
            from_loc.code,
            to_loc.code,
            Movement.from_state,
            Movement.to_state,
            VanLoad.code,
            Movement.quantity_change,
            Movement.operator,
            Movement.bench,
            Movement.undoes,
        )  # fmt: skip
        .join(Box, on=(Movement.box == Box.id))
        .switch(Movement)
        .join(from_loc, pw.JOIN.LEFT_OUTER, on=(Movement.from_location == from_loc.id))
        .switch(Movement)
        .join(to_loc, pw.JOIN.LEFT_OUTER, on=(Movement.to_location == to_loc.id))
        .switch(Movement)
        .join(VanLoad, pw.JOIN.LEFT_OUTER, on=(Movement.van_load == VanLoad.id))
        .order_by(Movement.id)
        .tuples()
    )
    yield from query.iterator()


def _stock_rows() -> Iterator[tuple[Any, ...]]:
    for line in stock.stock_by_size():
        yield (line.group, line.category, line.gender, line.size, line.boxes, line.items,
               line.target)  # fmt: skip


def _needs_rows() -> Iterator[tuple[Any, ...]]:
    for need in stock.needs_list():
        percent = need.in_stock * 100 // need.target if need.target else 0
        yield (need.category, need.group, need.gender, need.target, need.in_stock,
               need.shortfall, percent)  # fmt: skip


def category_row(category: Category) -> list[Any]:
    names: dict[str, str] = category.names or {}
    return [
        category.code, category.name, category.group, category.gender,
        join_sizes(category.sizes or []), category.target, category.default_quantity,
        category.active, category.expires, *(names.get(lang, "") for lang in NAME_LANGUAGES),
    ]  # fmt: skip


def _category_rows() -> Iterator[list[Any]]:
    for category in Category.select().order_by(Category.code):
        yield category_row(category)


def _location_rows() -> Iterator[list[Any]]:
    for location in Location.select().order_by(Location.code):
        yield [location.code, location.name, location.kind, location.active]


CARD_COLUMNS = ["code", "command", "name"]
VOLUNTEER_COLUMNS = ["name", "role", "card_code", "active", "created_at"]
_CARD_NAMES = {
    "check_in": "CHECK IN", "load": "LOAD", "dispatch": "DISPATCH", "count": "COUNT",
    "done": "DONE", "undo": "UNDO", "look": "LOOK", "sign_out": "SIGN OUT",
}  # fmt: skip


def _card_rows() -> Iterator[list[Any]]:
    for code, command, quantity in command_cards():
        name = f"QUANTITY {quantity}" if quantity is not None else _CARD_NAMES[command.value]
        yield [code, command.value, name]


def _volunteer_rows() -> Iterator[list[Any]]:
    for v in volunteers.list_volunteers(include_inactive=True):
        yield [v.name, v.role, v.card_code, v.active, v.created_at]


def _count_rows() -> Iterable[tuple[Any, ...]]:
    return counts.count_rows()


def _count_columns() -> list[str]:
    return COUNT_COLUMNS


EXPORTS: dict[str, tuple[list[str], Callable[[], Iterable[Iterable[Any]]]]] = {
    "boxes": (BOX_COLUMNS, _box_rows),
    "movements": (MOVEMENT_COLUMNS, _movement_rows),
    "stock": (STOCK_COLUMNS, _stock_rows),
    "needs": (NEEDS_COLUMNS, _needs_rows),
    "categories": (CATEGORY_COLUMNS, _category_rows),
    "locations": (LOCATION_COLUMNS, _location_rows),
    "counts": (_count_columns(), _count_rows),
    "cards": (CARD_COLUMNS, _card_rows),
    "volunteers": (VOLUNTEER_COLUMNS, _volunteer_rows),
}


# Columns whose values are keys (`unisex_adult`): a spreadsheet export shows them as words.
KEY_COLUMNS = {"group", "gender", "state", "kind", "action", "from_state", "to_state"}


def readable(key: Any) -> Any:
    """`unisex_adult` → "Unisex adult": a stored key as a person reads it ("none": blank)."""
    if not isinstance(key, str) or not key or key == "none":
        return "" if key == "none" else key
    return key.replace("_", " ").capitalize()


def _for_spreadsheet(
    header: list[str], rows: Iterable[Iterable[Any]]
) -> tuple[list[str], Iterator[list[Any]]]:
    keyed = [name in KEY_COLUMNS for name in header]

    def converted() -> Iterator[list[Any]]:
        for row in rows:
            yield [readable(v) if k else v for v, k in zip(row, keyed, strict=False)]

    return [readable(name) for name in header], converted()


def export(what: str, out: str | Path, *, excel: bool = False, hxl: bool = False) -> int:
    """Write the `what` export as CSV to `out` (`-` for standard output); return the row count.

    `excel` writes for a spreadsheet rather than for `import`: a UTF-8 byte-order mark (so
    Excel reads accents and Arabic right) and readable headers and keys ("Unisex adult").
    `hxl` adds the row of HXL hashtags under the header (`warehouse_desktop.hxl`).
    """
    header, rows = EXPORTS[what]
    data: Iterable[Iterable[Any]] = rows()
    columns = header
    if excel:
        header, data = _for_spreadsheet(header, data)
    if hxl:
        from warehouse_desktop.hxl import with_tags

        data = with_tags(columns, data, what)
    with open_output(out) as handle:
        if excel:
            handle.write("\ufeff")
        return write_csv(handle, header, data) - hxl


# --- imports --------------------------------------------------------------------------


def read_csv_rows(
    path: Path, expected: list[str], added: frozenset[str] = frozenset()
) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row; refuses wrong columns, encodings and sizes.

    A file without the columns in `added` (written before they existed) is read with
    those cells empty."""
    if not path.is_file():
        raise InputError("file_missing", path=str(path))
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise InputError("csv_too_big", path=str(path), limit=MAX_IMPORT_BYTES // (1024 * 1024))
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("csv_not_utf8", path=str(path), line=line) from exc
    if "\x00" in text:
        raise InputError(
            "csv_not_utf8", path=str(path), line=text[: text.index("\x00")].count("\n") + 1
        )
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        full = expected
        older = [column for column in expected if column not in added]
        if added and header is not None and [h.strip() for h in header] == older:
            expected = older
        if header is None or [h.strip() for h in header] != expected:
            raise InputError(
                "csv_columns", path=str(path), expected=",".join(expected),
                found=",".join(header or [])[:200],
            )  # fmt: skip
        rows = []
        for row in reader:
            if not any(cell.strip() for cell in row) or (reader.line_num == 2 and is_tag_row(row)):
                continue
            if len(row) != len(expected):
                raise InputError(
                    "csv_bad_row", path=str(path), line=reader.line_num,
                    problem=f"{len(row)} cells, expected {len(expected)}",
                )  # fmt: skip
            rows.append(
                (reader.line_num, {k: unsafe_cell(v) for k, v in zip(expected, row, strict=True)})
            )
    except csv.Error as exc:
        raise InputError(
            "csv_bad_row", path=str(path), line=reader.line_num, problem=str(exc)
        ) from exc
    return [(line, {column: row.get(column, "") for column in full}) for line, row in rows]


def _bool(value: str, name: str = "active") -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "y"):
        return True
    if lowered in ("0", "false", "no", "n"):
        return False
    raise ValueError(f"{name} must be 1 or 0, not {value!r}")


def _int(value: str, name: str, low: int = 0, high: int = 1_000_000) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise ValueError(f"{name} must be between {low} and {high}")
    return number


def _text(value: str, name: str, limit: int = 200) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValueError(f"{name} is empty")
    if len(text) > limit:
        raise ValueError(f"{name} is longer than {limit} characters")
    return text


def _code(value: str, kind: CodeKind) -> str | None:
    if not value.strip():
        return None
    parsed = classify(value.strip())
    if parsed.kind is not kind or parsed.size_index is not None:
        raise ValueError(f"{value!r} is not a valid {kind.value} code")
    return parsed.code


def import_categories(path: Path) -> tuple[int, int, int]:
    rows = read_csv_rows(path, CATEGORY_COLUMNS, CATEGORY_COLUMNS_ADDED)
    parsed: list[tuple[int, str | None, dict[str, Any]]] = []
    for line, row in rows:
        try:
            sizes = [s.strip() for s in split_sizes(row["sizes"]) if s.strip()]
            if not sizes:
                raise ValueError("sizes is empty (write 'one size' when sizes do not apply)")
            if len(sizes) > 99:
                raise ValueError("more than 99 sizes")
            fields = {
                "name": _text(row["name"], "name"),
                "group": Group(row["group"].strip()).value,
                "gender": Gender(row["gender"].strip()).value,
                "sizes": sizes,
                "target": _int(row["target"], "target"),
                "default_quantity": _int(row["default_quantity"], "default_quantity", 1, 999),
                "active": _bool(row["active"]),
                "expires": _bool(row["expires"], "expires") if row["expires"].strip() else False,
                "names": {
                    lang: " ".join(row[f"name_{lang}"].split())
                    for lang in NAME_LANGUAGES
                    if row[f"name_{lang}"].strip()
                },
            }
            parsed.append((line, _code(row["code"], CodeKind.CATEGORY), fields))
        except ValueError as exc:
            raise InputError("csv_bad_row", path=str(path), line=line, problem=str(exc)) from exc
    _no_repeats(path, [(line, code) for line, code, _ in parsed if code])
    return _apply(Category, CodeKind.CATEGORY, parsed)


def import_locations(path: Path) -> tuple[int, int, int]:
    rows = read_csv_rows(path, LOCATION_COLUMNS)
    parsed: list[tuple[int, str | None, dict[str, Any]]] = []
    for line, row in rows:
        try:
            fields = {
                "name": _text(row["name"], "name"),
                "kind": LocationKind(row["kind"].strip()).value,
                "active": _bool(row["active"]),
            }
            parsed.append((line, _code(row["code"], CodeKind.LOCATION), fields))
        except ValueError as exc:
            raise InputError("csv_bad_row", path=str(path), line=line, problem=str(exc)) from exc
    _no_repeats(path, [(line, code) for line, code, _ in parsed if code])
    return _apply(Location, CodeKind.LOCATION, parsed)


def _no_repeats(path: Path, codes: list[tuple[int, str]]) -> None:
    seen: set[str] = set()
    for line, code in codes:
        if code in seen:
            raise InputError(
                "csv_bad_row", path=str(path), line=line, problem=f"{code} appears twice"
            )
        seen.add(code)


def _apply(
    model: type[Category] | type[Location],
    kind: CodeKind,
    parsed: list[tuple[int, str | None, dict[str, Any]]],
) -> tuple[int, int, int]:
    created = updated = unchanged = 0
    with write_transaction():
        for _line, code, fields in parsed:
            existing = model.get_or_none(model.code == code) if code else None
            if existing is None:
                new_code = code or reserve_catalogue_code(model, kind)
                model.create(code=new_code, **fields)
                created += 1
                continue
            if all(getattr(existing, k) == v for k, v in fields.items()):
                unchanged += 1
                continue
            model.update(**fields).where(model.id == existing.id).execute()
            updated += 1
        _keep_counter_ahead(model, kind)
    return created, updated, unchanged


def _keep_counter_ahead(model: type[Category] | type[Location], kind: CodeKind) -> None:
    """Imported codes may be ahead of the counter; never hand them out again."""
    highest = 0
    for (code,) in model.select(model.code).tuples():
        parsed = classify(code)
        if parsed.number is not None:
            highest = max(highest, parsed.number)
    counter = CodeCounter.get_or_none(CodeCounter.kind == kind.value)
    if counter is None:
        CodeCounter.create(kind=kind.value, next_number=highest + 1)
    elif counter.next_number <= highest:
        CodeCounter.update(next_number=highest + 1).where(CodeCounter.kind == kind.value).execute()


IMPORTS: dict[str, Callable[[Path], tuple[int, int, int]]] = {
    "categories": import_categories,
    "locations": import_locations,
}
