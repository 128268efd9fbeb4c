"""The test warehouses: one seeder (`seed_warehouse`) and the small warehouses every test
folder builds with it: a few categories, shelves and issued box codes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, Command, command_code
from warehouse_desktop.db import write_transaction
from warehouse_desktop.models import Category, Location, LocationKind
from warehouse_desktop.numbering import reserve_codes, reserve_in_transaction

# The command cards, as a volunteer scans them.
CHECK_IN, LOAD, DISPATCH, COUNT, DONE, UNDO, LOOK, SIGN_OUT = (
    command_code(command)
    for command in (
        Command.CHECK_IN, Command.LOAD, Command.DISPATCH, Command.COUNT, Command.DONE,
        Command.UNDO, Command.LOOK, Command.SIGN_OUT,
    )
)  # fmt: skip


class Clock:
    """A clock the test moves by hand, so the 1.5 s duplicate rule is exact."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 27, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self, seconds: float = 2.0) -> None:
        self.now += dt.timedelta(seconds=seconds)


def scan_later(bench: BenchService, clock: Clock, code: str, seconds: float = 2.0) -> Any:
    """A deliberate scan: the clock moves on first, past the scanner's double-read window."""
    clock.tick(seconds)
    return bench.scan(code)


@dataclass
class SmallWarehouse:
    jackets: Category
    blankets: Category
    shelf_b1: Location
    shelf_b2: Location
    bench: Location
    box_codes: list[str] = field(default_factory=list)


def seed_warehouse(
    categories: Sequence[Mapping[str, Any]], locations: Sequence[Mapping[str, Any]] = ()
) -> tuple[list[Category], list[Location]]:
    """The one seeder every test folder uses: these categories and locations (each a dict
    of their fields), in one transaction, with codes reserved in order (on an empty
    warehouse the first category is C…1, the first location L…1), so codes a test makes
    later never collide with them."""
    with write_transaction():
        made = [
            Category.create(code=code, **fields)
            for code, fields in zip(
                reserve_in_transaction(CodeKind.CATEGORY, len(categories)), categories, strict=True
            )
        ]
        places = [
            Location.create(code=code, **fields)
            for code, fields in zip(
                reserve_in_transaction(CodeKind.LOCATION, len(locations)), locations, strict=True
            )
        ]
    return made, places


def small_warehouse(boxes: int = 20) -> SmallWarehouse:
    """Two categories, the sorting bench and two shelves, and `boxes` box codes issued."""
    (jackets, blankets), (bench, b1, b2) = seed_warehouse(
        [
            dict(name="Men's jackets", group="clothing", gender="men", sizes=["S", "M", "L", "XL"],
                 names={"fr": "Vestes homme"}, target=10, default_quantity=10),
            dict(name="Blankets", group="bedding", sizes=["one size"], target=5,
                 default_quantity=6),
        ],
        [
            dict(name="Sorting bench", kind=LocationKind.BENCH.value),
            dict(name="Shelf B1"),
            dict(name="Shelf B2"),
        ],
    )  # fmt: skip
    return SmallWarehouse(jackets, blankets, b1, b2, bench, reserve_codes(CodeKind.BOX, boxes))


def pack_boxes(count: int, category: str = "Men's jackets") -> list[str]:
    """`count` new boxes of the category named `category`, scanned in at a bench as a
    volunteer packs them (its template's size and quantity); their codes, in order."""
    service = BenchService("seed", operator="Tester")
    service.set_template(Category.get(Category.name == category).id)
    codes = reserve_codes(CodeKind.BOX, count)
    for code in codes:
        assert service.scan(code).ok
    return codes


def add_volunteers(*names: str, coordinator_pin: str = "1234") -> None:
    """A coordinator ("Coordinator") and the named volunteers, each with a card."""
    from warehouse_desktop import auth, volunteers
    from warehouse_desktop.db import write_transaction
    from warehouse_desktop.models import Operator, Role

    with write_transaction():
        volunteers.ensure_card(auth.set_pin("Coordinator", coordinator_pin, role=Role.COORDINATOR))
        for name in names:
            volunteers.ensure_card(Operator.create(name=name))


def box_codes_in_file(db: Path) -> set[str]:
    """The box codes a SQLite file holds, read by a connection of its own (what another
    process would see), not through the program's."""
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT code FROM box")}
    finally:
        conn.close()
