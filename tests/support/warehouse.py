"""Small warehouses for the core tests: a few categories, shelves and issued box codes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import write_transaction
from warehouse_desktop.models import Category, Location, LocationKind
from warehouse_desktop.numbering import reserve_codes


class Clock:
    """A clock the test moves by hand, so the 1.5 s duplicate rule is exact."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 27, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self, seconds: float = 2.0) -> None:
        self.now += dt.timedelta(seconds=seconds)


@dataclass
class SmallWarehouse:
    jackets: Category
    blankets: Category
    shelf_b1: Location
    shelf_b2: Location
    bench: Location
    box_codes: list[str] = field(default_factory=list)


def small_warehouse(boxes: int = 20) -> SmallWarehouse:
    with write_transaction():
        jackets = Category.create(
            code=make_code(CodeKind.CATEGORY, 1), name="Men's jackets", group="clothing",
            gender="men", sizes=["S", "M", "L", "XL"], names={"fr": "Vestes homme"},
            target=10, default_quantity=10,
        )  # fmt: skip
        blankets = Category.create(
            code=make_code(CodeKind.CATEGORY, 2), name="Blankets", group="bedding",
            sizes=["one size"], target=5, default_quantity=6,
        )  # fmt: skip
        bench = Location.create(code=make_code(CodeKind.LOCATION, 1), name="Sorting bench",
                                kind=LocationKind.BENCH.value)  # fmt: skip
        b1 = Location.create(code=make_code(CodeKind.LOCATION, 2), name="Shelf B1")
        b2 = Location.create(code=make_code(CodeKind.LOCATION, 3), name="Shelf B2")
    return SmallWarehouse(jackets, blankets, b1, b2, bench, reserve_codes(CodeKind.BOX, boxes))


def add_volunteers(*names: str, coordinator_pin: str = "1234") -> None:
    """A coordinator ("Coordinator") and the named volunteers, each with a card."""
    from warehouse_desktop import auth, volunteers
    from warehouse_desktop.db import write_transaction
    from warehouse_desktop.models import Operator, Role

    with write_transaction():
        volunteers.ensure_card(auth.set_pin("Coordinator", coordinator_pin, role=Role.COORDINATOR))
        for name in names:
            volunteers.ensure_card(Operator.create(name=name))
