"""Moving a warehouse over from Boxtribute: its box export in, and the same columns out.

Boxtribute (the web tool many aid warehouses used before) exports boxes as a CSV file
with fifteen fixed columns.  `plan_import` reads such a file and checks every row before
anything is written: products, sizes and locations are matched by name (case and
accents ignored, translated names too), Boxtribute states are mapped to ours, and a bad
row is refused by its line and column.  `apply_import` then writes every new box in one
transaction: each box gets a fresh code of ours from the box counter (so the bench
accepts it as issued here), keeps its Boxtribute number (searchable in the stock
browser), and records one `created` movement saying who imported it.  Boxes whose
Boxtribute number is already here are skipped, so importing a file twice never makes
two boxes of one.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from warehouse_desktop.codes import CodeKind
from warehouse_desktop.db import write_transaction
from warehouse_desktop.errors import InputError
from warehouse_desktop.exchange import open_output, read_csv_rows, write_csv
from warehouse_desktop.fast_sql import insert_rows
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Gender,
    Group,
    Location,
    LocationKind,
    Movement,
    MovementAction,
    VanLoad,
    utcnow,
)
from warehouse_desktop.movements import new_batch
from warehouse_desktop.numbering import reserve_catalogue_code, reserve_in_transaction

COLUMNS = [
    "Box Number", "Product", "Product Category", "Gender", "Size", "Number of items",
    "State", "Location", "Tags", "Shipment", "Comment", "Age at Export",
    "Last Modified (UTC time)", "Last Modified By", "Created By",
]  # fmt: skip

MAX_NUMBER_LENGTH = 40
MAX_QUANTITY = 999
ONE_SIZE = "one size"

# Boxtribute state -> (our state, whether the note keeps the Boxtribute state).
STATES: dict[str, tuple[BoxState, bool]] = {
    "InStock": (BoxState.IN_STOCK, False),
    "Donated": (BoxState.DISPATCHED, False),
    "Lost": (BoxState.LOST, False),
    "Scrap": (BoxState.SCRAPPED, False),
    "MarkedForShipment": (BoxState.IN_STOCK, True),
    "InTransit": (BoxState.IN_STOCK, True),
    "Receiving": (BoxState.IN_STOCK, True),
}
# Our state -> the Boxtribute state the export writes.
EXPORT_STATES = {
    BoxState.IN_STOCK.value: "InStock",
    BoxState.LOADING.value: "MarkedForShipment",
    BoxState.DISPATCHED.value: "Donated",
    BoxState.LOST.value: "Lost",
    BoxState.SCRAPPED.value: "Scrap",
    BoxState.MISSING.value: "Lost",
}

# Boxtribute's genders (any spacing or case) -> ours; the export writes the first spelling.
GENDERS: dict[Gender, tuple[str, ...]] = {
    Gender.WOMEN: ("Women", "woman", "female", "femme", "femmes"),
    Gender.MEN: ("Men", "man", "male", "homme", "hommes"),
    Gender.UNISEX_ADULT: ("Unisex Adult", "unisex", "adult", "adults"),
    Gender.GIRLS: ("Girl", "girls", "teen girl", "teengirl", "fille", "filles"),
    Gender.BOYS: ("Boy", "boys", "teen boy", "teenboy", "garcon", "garcons"),
    Gender.UNISEX_KIDS: ("Unisex Kid", "unisex kids", "kid", "kids", "children", "enfants"),
    Gender.BABY: ("Unisex Baby", "baby", "babies", "bebe", "bebes"),
    Gender.NONE: ("", "-", "none", "no gender", "n/a"),
}
# Words of Boxtribute's product categories -> our groups, for categories made on import.
GROUP_WORDS: dict[Group, tuple[str, ...]] = {
    Group.FOOTWEAR: ("shoe", "footwear", "boot", "sandal", "chaussure"),
    Group.BEDDING: ("bedding", "blanket", "sleeping", "duvet", "literie", "couverture"),
    Group.HYGIENE: ("hygiene", "toiletr", "sanitary", "soap", "nappy", "diaper", "couche"),
    Group.SHELTER: ("shelter", "tent", "camping", "tarp", "abri", "tente"),
    Group.FOOD: ("food", "water", "drink", "nourriture", "eau"),
    Group.CLOTHING: (
        "cloth", "top", "bottom", "trouser", "jacket", "coat", "jumper", "underwear", "sock",
        "dress", "winter", "hat", "glove", "scarf", "wear", "vetement", "baby",
    ),
}  # fmt: skip
TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%fZ",
    "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%f", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M",
    "%Y-%m-%d",
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """A name as the matching sees it: no case, no accents, one space between words."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


_GENDER_BY_WORD = {
    fold(word).replace(" ", ""): gender for gender, words in GENDERS.items() for word in words
}


@dataclass(frozen=True)
class PlannedBox:
    """One row of the file as it will be written."""

    line: int
    number: str
    category_key: tuple[str, str]  # (folded product name, gender)
    size: str
    quantity: int
    state: BoxState
    location_key: str | None  # folded location name
    note: str
    packed_at: dt.datetime | None
    details: dict[str, str]


@dataclass
class NewCategory:
    name: str
    gender: Gender
    group: Group
    sizes: list[str]
    default_quantity: int


@dataclass
class ImportPlan:
    """What an import would do; `unknown` is empty when it can be applied."""

    path: Path
    boxes: list[PlannedBox]
    already_imported: list[str]
    categories: dict[tuple[str, str], int] = field(default_factory=dict)  # key -> id
    new_categories: dict[tuple[str, str], NewCategory] = field(default_factory=dict)
    # category id -> sizes to add to it, in the order they appear in the file.
    new_sizes: dict[int, list[str]] = field(default_factory=dict)
    locations: dict[str, int] = field(default_factory=dict)  # folded name -> id
    new_locations: dict[str, str] = field(default_factory=dict)  # folded name -> name
    create_missing: bool = False

    @property
    def unknown(self) -> list[str]:
        """What the file names that this warehouse does not have (empty with create_missing)."""
        if self.create_missing:
            return []
        return self.wanted()

    def wanted(self) -> list[str]:
        """Every category, size and location the import has to create, as a person reads it."""
        names = [f"category {c.name} ({c.gender.value})" for c in self.new_categories.values()]
        by_id = {cid: name for cid, name in _category_names(self.new_sizes)}
        names += [
            f"size {size} of {by_id[cid]}"
            for cid, sizes in self.new_sizes.items()
            for size in sizes
        ]
        names += [f"location {name}" for name in self.new_locations.values()]
        return names


@dataclass(frozen=True)
class ImportResult:
    """The boxes made: (our code, Boxtribute number, state) in file order."""

    boxes: list[tuple[str, str, str]]
    skipped: int
    categories: int
    sizes: int
    locations: int

    @property
    def codes_in_stock(self) -> list[str]:
        """The codes of the imported boxes that are on the shelves (the labels to print)."""
        return [code for code, _number, state in self.boxes if state == BoxState.IN_STOCK.value]


def _category_names(sizes: dict[int, list[str]]) -> list[tuple[int, str]]:
    if not sizes:
        return []
    return list(
        Category.select(Category.id, Category.name).where(Category.id.in_(list(sizes))).tuples()
    )


def _bad(path: Path, line: int, column: str, problem: str) -> InputError:
    return InputError("csv_bad_row", path=str(path), line=line, problem=f"{column}: {problem}")


def _check_separator(path: Path) -> None:
    """A file saved by a spreadsheet with semicolons gets its own clear refusal."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline(4096).decode("utf-8-sig", errors="replace")
    except OSError:
        return  # read_csv_rows says what is wrong with the file
    if first.count(";") >= len(COLUMNS) - 1 and "," not in first:
        raise InputError("boxtribute_semicolons", path=str(path))


def _parse_time(value: str) -> dt.datetime | None:
    text = value.strip()
    if not text:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC)
        return parsed.replace(tzinfo=None)
    for pattern in TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date and time (write YYYY-MM-DD HH:MM)")


def _row(path: Path, line: int, row: dict[str, str]) -> PlannedBox:
    number = " ".join(row["Box Number"].split())
    if not number:
        raise _bad(path, line, "Box Number", "empty")
    if len(number) > MAX_NUMBER_LENGTH or not number.isprintable():
        raise _bad(path, line, "Box Number", f"not a box number ({number[:20]!r})")
    product = " ".join(row["Product"].split())
    if not product or len(product) > 80:
        raise _bad(path, line, "Product", "empty" if not product else "longer than 80 characters")
    gender = _GENDER_BY_WORD.get(fold(row["Gender"]).replace(" ", ""))
    if gender is None:
        raise _bad(path, line, "Gender", f"{row['Gender'].strip()!r} is not a gender")
    size = " ".join(row["Size"].split()) or ONE_SIZE
    if len(size) > 40:
        raise _bad(path, line, "Size", "longer than 40 characters")
    try:
        quantity = int(row["Number of items"].strip())
    except ValueError:
        raise _bad(
            path, line, "Number of items", f"{row['Number of items'].strip()!r} is not a number"
        ) from None
    if not 0 <= quantity <= MAX_QUANTITY:
        raise _bad(path, line, "Number of items", f"must be between 0 and {MAX_QUANTITY}")
    state_text = row["State"].strip()
    mapped = STATES.get(state_text) or STATES.get(
        next((s for s in STATES if s.casefold() == state_text.replace(" ", "").casefold()), "")
    )
    if mapped is None:
        raise _bad(path, line, "State", f"{state_text!r} is not a state this import knows "
                   f"({', '.join(STATES)})")  # fmt: skip
    state, keep_state = mapped
    location = " ".join(row["Location"].split())
    if len(location) > 80:
        raise _bad(path, line, "Location", "longer than 80 characters")
    if not location and state is BoxState.IN_STOCK:
        raise _bad(path, line, "Location", "empty for a box in stock")
    try:
        modified = _parse_time(row["Last Modified (UTC time)"])
    except ValueError as exc:
        raise _bad(path, line, "Last Modified (UTC time)", str(exc)) from None
    details = {
        "product_category": row["Product Category"].strip(),
        "gender": row["Gender"].strip(),
        "state": state_text,
        "tags": row["Tags"].strip(),
        "shipment": row["Shipment"].strip(),
        "comment": row["Comment"].strip(),
        "last_modified_by": row["Last Modified By"].strip(),
        "created_by": row["Created By"].strip(),
    }
    note_parts = [details["comment"]]
    if keep_state:
        note_parts.append(f"Boxtribute: {state_text}")
    if details["tags"]:
        note_parts.append(f"Tags: {details['tags']}")
    if details["shipment"]:
        note_parts.append(f"Shipment: {details['shipment']}")
    return PlannedBox(
        line=line,
        number=number,
        category_key=(fold(product), gender.value),
        size=size,
        quantity=quantity,
        state=state,
        location_key=fold(location) if location else None,
        note=" · ".join(p for p in note_parts if p)[:500],
        packed_at=modified,
        details={"product": product, "location": location, **details},
    )


def _group_of(product_category: str) -> Group:
    words = fold(product_category)
    for group, stems in GROUP_WORDS.items():
        if any(stem in words for stem in stems):
            return group
    return Group.OTHER


def plan_import(path: Path, *, create_missing: bool = False) -> ImportPlan:
    """Read and check the whole file; say what importing it would do.  Writes nothing."""
    _check_separator(path)
    rows = read_csv_rows(path, COLUMNS)
    if not rows:
        raise InputError("boxtribute_empty", path=str(path))
    planned = [_row(path, line, row) for line, row in rows]
    first_line: dict[str, int] = {}
    for box in planned:
        if box.number in first_line:
            raise _bad(path, box.line, "Box Number",
                       f"{box.number} is also on line {first_line[box.number]}")  # fmt: skip
        first_line[box.number] = box.line
    known = _numbers_already_here([b.number for b in planned])
    plan = ImportPlan(
        path=path,
        boxes=[b for b in planned if b.number not in known],
        already_imported=[b.number for b in planned if b.number in known],
        create_missing=create_missing,
    )
    _match_categories(plan)
    _match_locations(plan)
    return plan


def _numbers_already_here(numbers: list[str]) -> set[str]:
    # Every number imported so far, through its index: cheaper than thousands of IN values.
    here = Box.select(Box.boxtribute_number).where(Box.boxtribute_number.is_null(False))
    return {n for (n,) in here.tuples().iterator()} & set(numbers)


def _match_categories(plan: ImportPlan) -> None:
    by_name: dict[str, list[Category]] = {}
    catalogue = {c.id: c for c in Category.select()}
    for category in catalogue.values():
        for name in {category.name, *(category.names or {}).values()}:
            by_name.setdefault(fold(name), []).append(category)
    for box in plan.boxes:
        key = box.category_key
        if key not in plan.categories and key not in plan.new_categories:
            found = _choose([c for name in _names_for(*key) for c in by_name.get(name, [])], key[1])
            if found is not None:
                plan.categories[key] = found.id
            else:
                plan.new_categories[key] = NewCategory(
                    name=box.details["product"],
                    gender=Gender(key[1]),
                    group=_group_of(box.details["product_category"]),
                    sizes=[],
                    default_quantity=max(box.quantity, 1),
                )
        new = plan.new_categories.get(key)
        if new is not None:
            if fold(box.size) not in {fold(s) for s in new.sizes}:
                new.sizes.append(box.size)
            continue
        category = catalogue[plan.categories[key]]
        if fold(box.size) in _folded_sizes(category):
            continue
        extra = plan.new_sizes.setdefault(category.id, [])
        if fold(box.size) not in {fold(s) for s in extra}:
            extra.append(box.size)


# How catalogues name a product for one gender: "T-Shirt" for men is "Men's T-shirts".
_GENDER_PREFIXES: dict[str, tuple[str, ...]] = {
    Gender.MEN.value: ("men's", "mens", "men"),
    Gender.WOMEN.value: ("women's", "womens", "women"),
    Gender.BOYS.value: ("boys'", "boys", "boy's"),
    Gender.GIRLS.value: ("girls'", "girls", "girl's"),
    Gender.UNISEX_KIDS.value: ("kids'", "kids", "children's"),
    Gender.BABY.value: ("baby",),
}


def _names_for(product: str, gender: str) -> list[str]:
    """The folded names a category for this product and gender may have, closest first."""
    forms = [product] if product.endswith("s") else [product, f"{product}s"]
    prefixed = [f"{prefix} {form}" for prefix in _GENDER_PREFIXES.get(gender, ()) for form in forms]
    return forms + prefixed


def _folded_sizes(category: Category) -> set[str]:
    """The category's sizes as the matching sees them (worked out once per category)."""
    cached: set[str] | None = category.__dict__.get("_folded_sizes")
    if cached is None:
        cached = {fold(s) for s in category.sizes or []}
        category.__dict__["_folded_sizes"] = cached
    return cached


def _choose(candidates: list[Category], gender: str) -> Category | None:
    """The category of that name for that gender; a genderless one fits a genderless box."""
    unique = list({c.id: c for c in candidates}.values())
    exact = [c for c in unique if c.gender == gender]
    if exact:
        return sorted(exact, key=lambda c: (not c.active, c.id))[0]
    if gender == Gender.NONE.value and len(unique) == 1:
        return unique[0]
    return None


def _match_locations(plan: ImportPlan) -> None:
    known: dict[str, int] = {}
    for location in Location.select():
        known.setdefault(fold(location.name), location.id)
        known.setdefault(fold(location.code), location.id)
    for box in plan.boxes:
        key = box.location_key
        if key is None or key in plan.locations or key in plan.new_locations:
            continue
        if key in known:
            plan.locations[key] = known[key]
        else:
            plan.new_locations[key] = box.details["location"]


def _box_size(plan: ImportPlan, category: Category, size: str) -> str:
    """The size as the category spells it."""
    for known in category.sizes or []:
        if fold(known) == fold(size):
            return str(known)
    return size


def apply_import(plan: ImportPlan, *, operator: str, bench: str = "") -> ImportResult:
    """Write the planned boxes in one transaction, or nothing when something is unknown."""
    if plan.unknown:
        raise InputError(
            "boxtribute_unknown", path=str(plan.path), count=len(plan.unknown),
            names="; ".join(plan.unknown[:20]) + (" …" if len(plan.unknown) > 20 else ""),
        )  # fmt: skip
    if not plan.boxes:
        return ImportResult([], len(plan.already_imported), 0, 0, 0)
    now = utcnow()
    with write_transaction():
        # Another import of the same file may have finished since the plan was made.
        again = _numbers_already_here([b.number for b in plan.boxes])
        if again:
            raise InputError("boxtribute_raced", path=str(plan.path), count=len(again))
        categories = _create_categories(plan)
        _add_sizes(plan)
        locations = _create_locations(plan)
        codes = reserve_in_transaction(CodeKind.BOX, len(plan.boxes))
        by_id = {
            c.id: c
            for c in Category.select().where(Category.id.in_(list(set(categories.values()))))
        }
        rows = []
        for code, box in zip(codes, plan.boxes, strict=True):
            category = by_id[categories[box.category_key]]
            rows.append({
                "code": code,
                "category": category.id,
                "size": _box_size(plan, category, box.size),
                "quantity": box.quantity,
                "location": locations.get(box.location_key) if box.location_key else None,
                "state": box.state.value,
                "van_load": None,
                "packed_at": box.packed_at or now,
                "updated_at": box.packed_at or now,
                "note": box.note,
                "version": 0,
                "boxtribute_number": box.number,
                "boxtribute_details": box.details,
            })  # fmt: skip
        before = Box.select(pw.fn.MAX(Box.id)).scalar() or 0
        insert_rows(Box, rows)
        ids = _ids_by_code(codes, before)
        batch = new_batch()
        movements = [
            {
                "box": ids[row["code"]],
                "action": MovementAction.CREATED.value,
                "from_location": None,
                "to_location": row["location"],
                "from_state": None,
                "to_state": row["state"],
                "from_van_load": None,
                "van_load": None,
                "quantity_change": row["quantity"],
                "from_quantity": None,
                "operator": operator,
                "bench": bench,
                "batch": batch,
                "undoes": None,
                "at": now,
            }
            for row in rows
        ]
        insert_rows(Movement, movements)
    return ImportResult(
        boxes=[(row["code"], row["boxtribute_number"], row["state"]) for row in rows],
        skipped=len(plan.already_imported),
        categories=len(plan.new_categories),
        sizes=sum(len(s) for s in plan.new_sizes.values()),
        locations=len(plan.new_locations),
    )


def _ids_by_code(codes: list[str], after: int) -> dict[str, int]:
    """The ids of the boxes just inserted (all above `after`; another bench's boxes may be
    among them on a shared server, and are left out by their codes)."""
    ours = set(codes)
    new = Box.select(Box.code, Box.id).where(Box.id > after).tuples().iterator()
    return {code: box_id for code, box_id in new if code in ours}


def _create_categories(plan: ImportPlan) -> dict[tuple[str, str], int]:
    ids = dict(plan.categories)
    for key, new in plan.new_categories.items():
        category = Category.create(
            code=reserve_catalogue_code(Category, CodeKind.CATEGORY),
            name=new.name,
            group=new.group.value,
            gender=new.gender.value,
            sizes=new.sizes,
            names={},
            target=0,
            default_quantity=min(new.default_quantity, MAX_QUANTITY),
        )
        ids[key] = category.id
    return ids


def _add_sizes(plan: ImportPlan) -> int:
    for category_id, extra in plan.new_sizes.items():
        category = Category.get_by_id(category_id)
        Category.update(sizes=[*(category.sizes or []), *extra]).where(
            Category.id == category_id
        ).execute()
    return sum(len(s) for s in plan.new_sizes.values())


def _create_locations(plan: ImportPlan) -> dict[str, int]:
    ids = dict(plan.locations)
    for key, name in plan.new_locations.items():
        location = Location.create(
            code=reserve_catalogue_code(Location, CodeKind.LOCATION),
            name=name,
            kind=LocationKind.SHELF.value,
        )
        ids[key] = location.id
    return ids


# --- export -----------------------------------------------------------------------------


def _gender_word(gender: str) -> str:
    try:
        return GENDERS[Gender(gender)][0]
    except ValueError:
        return ""


def _age(packed_at: dt.datetime | None, now: dt.datetime) -> str:
    if packed_at is None:
        return ""
    days = max((now - packed_at).days, 0)
    return f"{days} days"


def _operators(edge: Any) -> dict[int, str]:
    """Box id -> the operator of its first (`edge` MIN) or last (MAX) movement."""
    ends = Movement.select(edge(Movement.id)).group_by(Movement.box)
    return dict(
        Movement.select(Movement.box, Movement.operator).where(Movement.id.in_(ends)).tuples()
    )


def export_rows() -> Iterator[list[Any]]:
    """Every box as a row of Boxtribute's fifteen columns, in code order."""
    now = utcnow()
    first, last = _operators(pw.fn.MIN), _operators(pw.fn.MAX)
    counts: dict[int, int] = dict(
        Movement.select(Movement.box, pw.fn.COUNT(Movement.id)).group_by(Movement.box).tuples()
    )
    query = (
        Box.select(Box, Category, Location, VanLoad)
        .join(Category)
        .switch(Box)
        .join(Location, pw.JOIN.LEFT_OUTER)
        .switch(Box)
        .join(VanLoad, pw.JOIN.LEFT_OUTER)
        .order_by(Box.code)
    )
    for box in query.iterator():
        details: dict[str, str] = dict(box.boxtribute_details or {})
        untouched = bool(details) and counts.get(box.id, 0) <= 1
        state = EXPORT_STATES.get(box.state, box.state)
        imported_as = STATES.get(details.get("state", ""))
        if imported_as is not None and imported_as[0].value == box.state:
            state = details["state"]  # still as imported: InTransit stays InTransit
        gender = _gender_word(box.category.gender)
        imported_gender = _GENDER_BY_WORD.get(fold(details.get("gender", "")).replace(" ", ""))
        if "gender" in details and imported_gender == Gender(box.category.gender):
            gender = details["gender"]  # the spelling the file had
        location = box.location.name if box.location_id is not None else ""
        van = box.van_load.code if box.van_load_id is not None else ""
        yield [
            box.boxtribute_number or box.code,
            box.category.name,
            details.get("product_category") or box.category.group.capitalize(),
            gender,
            box.size,
            box.quantity,
            state,
            location,
            details.get("tags", ""),
            details.get("shipment") or van,
            details.get("comment", "") if details else box.note,
            _age(box.packed_at, now),
            box.updated_at.strftime("%Y-%m-%d %H:%M") if box.updated_at else "",
            details.get("last_modified_by", "") if untouched else last.get(box.id, ""),
            details.get("created_by") or first.get(box.id, ""),
        ]


def export_boxes(out: str | Path, *, hxl: bool = False) -> int:
    """Write every box in Boxtribute's box-export columns to `out`; return the row count.

    `hxl` adds the row of HXL hashtags under the header.
    """
    from warehouse_desktop.hxl import with_tags

    rows: Iterable[Iterable[Any]] = export_rows()
    if hxl:
        rows = with_tags(COLUMNS, rows)
    with open_output(out) as handle:
        return write_csv(handle, COLUMNS, rows) - hxl
