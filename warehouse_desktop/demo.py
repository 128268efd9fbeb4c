"""A realistic, deterministic demo warehouse for `warehouse-desktop init --demo`.

About forty categories with sizes, French names and targets, thirty shelves, a sorting
bench and a loading bay, about 2,000 boxes with four weeks of movements, van loads
dispatched and one still loading.  The same seed always gives the same warehouse
(times are relative to the day it is seeded).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from warehouse_desktop import auth, settings
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import is_sqlite, write_transaction
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    CodeCounter,
    Location,
    LocationKind,
    Movement,
    MovementAction,
    Operator,
    Role,
    VanLoad,
    VanLoadState,
    database,
)
from warehouse_desktop.movements import new_batch
from warehouse_desktop.volunteers import ensure_card

SEED = 20261127
DEMO_COORDINATOR = "Coordinator"
DEMO_PIN = "1234"
WAREHOUSE_NAME = "Calais Aid Warehouse (demo)"

ADULT = ["S", "M", "L", "XL", "XXL"]
KIDS = ["2-4", "5-7", "8-10", "11-13"]
BABY = ["0-6 m", "6-12 m", "12-24 m"]
SHOES = [str(n) for n in range(39, 47)]
WOMEN_SHOES = [str(n) for n in range(36, 42)]
ONE = ["one size"]

# name, French name, group, gender, sizes, target (boxes), items per box
CATALOGUE: list[tuple[str, str, str, str, list[str], int, int]] = [
    ("Men's jackets", "Vestes homme", "clothing", "men", ADULT[:4], 60, 10),
    (
        "Men's trousers",
        "Pantalons homme",
        "clothing",
        "men",
        ["28", "30", "32", "34", "36"],
        50,
        15,
    ),
    ("Men's jumpers", "Pulls homme", "clothing", "men", ADULT[:4], 50, 15),
    ("Men's T-shirts", "T-shirts homme", "clothing", "men", ADULT, 40, 25),
    ("Men's underwear", "Sous-vêtements homme", "clothing", "men", ADULT[:4], 60, 40),
    (
        "Tracksuit bottoms",
        "Pantalons de survêtement",
        "clothing",
        "unisex_adult",
        ADULT[:4],
        45,
        15,
    ),
    ("Hoodies", "Sweats à capuche", "clothing", "unisex_adult", ADULT[:4], 40, 12),
    ("Waterproof jackets", "Vestes imperméables", "clothing", "unisex_adult", ADULT[:4], 50, 8),
    ("Women's jackets", "Vestes femme", "clothing", "women", ADULT[:4], 20, 10),
    (
        "Women's trousers",
        "Pantalons femme",
        "clothing",
        "women",
        ["36", "38", "40", "42", "44"],
        15,
        15,
    ),
    ("Women's jumpers", "Pulls femme", "clothing", "women", ADULT[:4], 15, 15),
    ("Women's underwear", "Sous-vêtements femme", "clothing", "women", ADULT[:4], 20, 40),
    ("Scarves", "Écharpes", "clothing", "unisex_adult", ONE, 20, 30),
    ("Hats", "Bonnets", "clothing", "unisex_adult", ONE, 40, 50),
    ("Gloves", "Gants", "clothing", "unisex_adult", ["S/M", "L/XL"], 40, 50),
    ("Socks", "Chaussettes", "clothing", "unisex_adult", ["39-42", "43-46"], 80, 100),
    ("Thermal tops", "Hauts thermiques", "clothing", "unisex_adult", ADULT[:4], 30, 20),
    ("Boys' jackets", "Vestes garçon", "clothing", "boys", KIDS, 15, 10),
    ("Girls' jackets", "Vestes fille", "clothing", "girls", KIDS, 15, 10),
    ("Kids' trousers", "Pantalons enfant", "clothing", "unisex_kids", KIDS, 15, 15),
    ("Kids' jumpers", "Pulls enfant", "clothing", "unisex_kids", KIDS, 15, 15),
    ("Baby clothes", "Vêtements bébé", "clothing", "baby", BABY, 10, 30),
    ("Men's shoes", "Chaussures homme", "footwear", "men", SHOES, 60, 8),
    ("Walking boots", "Chaussures de marche", "footwear", "men", SHOES, 40, 6),
    ("Women's shoes", "Chaussures femme", "footwear", "women", WOMEN_SHOES, 15, 8),
    ("Flip-flops", "Tongs", "footwear", "unisex_adult", ["S", "M", "L"], 20, 20),
    ("Kids' shoes", "Chaussures enfant", "footwear", "unisex_kids", ["28-31", "32-35"], 10, 10),
    ("Sleeping bags", "Sacs de couchage", "bedding", "none", ONE, 120, 4),
    ("Blankets", "Couvertures", "bedding", "none", ONE, 100, 6),
    ("Roll mats", "Tapis de sol", "bedding", "none", ONE, 60, 10),
    ("Tents", "Tentes", "shelter", "none", ["2-person", "4-person"], 50, 2),
    ("Tarpaulins", "Bâches", "shelter", "none", ONE, 30, 10),
    ("Rucksacks", "Sacs à dos", "other", "none", ONE, 40, 10),
    ("Hygiene kits", "Kits d'hygiène", "hygiene", "none", ONE, 80, 20),
    ("Toothbrushes", "Brosses à dents", "hygiene", "none", ONE, 20, 100),
    ("Sanitary pads", "Serviettes hygiéniques", "hygiene", "women", ONE, 20, 50),
    ("Nappies", "Couches", "hygiene", "baby", ["Size 3", "Size 4", "Size 5"], 10, 60),
    ("Razors", "Rasoirs", "hygiene", "men", ONE, 15, 100),
    ("Water bottles", "Gourdes", "food", "none", ONE, 20, 24),
    ("Tinned food", "Conserves", "food", "none", ONE, 30, 24),
    ("Power banks", "Batteries externes", "other", "none", ONE, 10, 10),
]
DESTINATIONS = [
    "Calais, rue des Verrotières",
    "Grande-Synthe",
    "Dunkirk, Loon-Plage",
    "Calais, hospital site",
    "Women's centre",
    "Family shelter, Coquelles",
]
FIRST_NAMES = ["Amina", "Jules", "Sam", "Yonas", "Claire", "Farid", "Lena"]
DAYS = 28


@dataclass(frozen=True)
class DemoSummary:
    categories: int
    locations: int
    boxes: int
    movements: int
    van_loads: int


def seed_demo(today: dt.date | None = None, boxes: int = 2000) -> DemoSummary:
    """Fill an empty warehouse with the demo.  Refuses a database that already has boxes."""
    if Box.select().exists():
        raise InputError("demo_not_empty")
    rng = random.Random(SEED)
    today = today or dt.datetime.now(dt.UTC).date()
    with write_transaction():
        categories = _categories()
        shelves, bench, bay = _locations()
        settings.set_setting(settings.WAREHOUSE_NAME, WAREHOUSE_NAME)
        # Every volunteer has a card (the coordinator's first), printable from the demo.
        ensure_card(auth.set_pin(DEMO_COORDINATOR, DEMO_PIN, role=Role.COORDINATOR))
        for name in FIRST_NAMES:
            operator, _ = Operator.get_or_create(name=name, defaults={"role": Role.VOLUNTEER.value})
            ensure_card(operator)
        summary = _boxes_and_movements(rng, today, categories, shelves, bench, bay, boxes)
    return summary


def _categories() -> list[Category]:
    result = []
    for number, (name, fr, group, gender, sizes, target, quantity) in enumerate(CATALOGUE, 1):
        result.append(
            Category.create(
                code=make_code(CodeKind.CATEGORY, number),
                name=name,
                group=group,
                gender=gender,
                sizes=sizes,
                names={"fr": fr},
                target=target,
                default_quantity=quantity,
            )  # fmt: skip
        )
    _set_counter(CodeKind.CATEGORY, len(result))
    return result


def _locations() -> tuple[list[Location], Location, Location]:
    number = 0

    def make(name: str, kind: LocationKind) -> Location:
        nonlocal number
        number += 1
        location: Location = Location.create(
            code=make_code(CodeKind.LOCATION, number), name=name, kind=kind.value
        )
        return location

    bench = make("Sorting bench", LocationKind.BENCH)
    bay = make("Loading bay", LocationKind.LOADING_BAY)
    make("Overflow zone", LocationKind.ZONE)
    shelves = [
        make(f"Shelf {row}{col}", LocationKind.SHELF) for row in "BCDEF" for col in range(1, 7)
    ]
    _set_counter(CodeKind.LOCATION, number)
    return shelves, bench, bay


def _set_counter(kind: CodeKind, last: int) -> None:
    CodeCounter.insert(kind=kind.value, next_number=last + 1).on_conflict(
        conflict_target=[CodeCounter.kind], update={CodeCounter.next_number: last + 1}
    ).execute()


def _boxes_and_movements(
    rng: random.Random,
    today: dt.date,
    categories: list[Category],
    shelves: list[Location],
    bench: Location,
    bay: Location,
    count: int,
) -> DemoSummary:
    start = dt.datetime.combine(today - dt.timedelta(days=DAYS - 1), dt.time(8, 0))
    # Each category lives on one or two home shelves, as a real warehouse arranges them.
    home = {c.id: [shelves[i % len(shelves)], shelves[(i * 7 + 3) % len(shelves)]]
            for i, c in enumerate(categories)}  # fmt: skip
    weights = [max(c.target, 5) for c in categories]
    box_rows = []
    movements: list[dict[str, Any]] = []
    for number in range(1, count + 1):
        category = rng.choices(categories, weights)[0]
        day = min(int((number - 1) * DAYS / count), DAYS - 1)
        packed = start + dt.timedelta(days=day, minutes=rng.randrange(0, 9 * 60))
        shelf = rng.choice(home[category.id])
        size = rng.choice(category.sizes)
        quantity = max(1, category.default_quantity + rng.randint(-2, 2))
        code = make_code(CodeKind.BOX, number)
        box_rows.append(
            {"id": number, "code": code, "category": category.id, "size": size,
             "quantity": quantity, "location": shelf.id, "state": BoxState.IN_STOCK.value,
             "packed_at": packed, "updated_at": packed + dt.timedelta(minutes=5), "version": 2}
        )  # fmt: skip
        operator = rng.choice(FIRST_NAMES)
        batch = new_batch()
        movements.append(_movement(number, MovementAction.CREATED, packed, operator, batch,
                                    to_location=bench.id, to_state="in_stock", qty=quantity))  # fmt: skip
        moved_batch = new_batch()
        movements.append(_movement(number, MovementAction.MOVED, packed + dt.timedelta(minutes=5),
                                    operator, moved_batch, from_location=bench.id,
                                    to_location=shelf.id, from_state="in_stock",
                                    to_state="in_stock", from_qty=quantity))  # fmt: skip

    Box.insert_many(box_rows).execute()
    van_loads = _van_loads(rng, start, box_rows, movements, bay)
    _scrap_and_lose(rng, box_rows, movements, start)
    movements.sort(key=lambda m: m["at"])
    for offset in range(0, len(movements), 500):
        Movement.insert_many(movements[offset : offset + 500]).execute()
    _set_counter(CodeKind.BOX, count)
    _set_counter(CodeKind.VAN_LOAD, van_loads)
    _resync_sequences()
    return DemoSummary(len(categories), Location.select().count(), len(box_rows),
                       len(movements), van_loads)  # fmt: skip


def _movement(box_id: int, action: MovementAction, at: dt.datetime, operator: str, batch: str,
              *, from_location: int | None = None, to_location: int | None = None,
              from_state: str | None = None, to_state: str | None = None,
              van_load: int | None = None, from_van_load: int | None = None,
              qty: int = 0, from_qty: int | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "box": box_id, "action": action.value, "at": at, "operator": operator, "bench": "bench-1",
        "batch": batch, "from_location": from_location, "to_location": to_location,
        "from_state": from_state, "to_state": to_state, "van_load": van_load,
        "from_van_load": from_van_load, "quantity_change": qty, "from_quantity": from_qty,
    }  # fmt: skip


def _van_loads(rng: random.Random, start: dt.datetime, box_rows: list[dict[str, Any]],
               movements: list[dict[str, Any]], bay: Location) -> int:  # fmt: skip
    """Two van loads a day on most days, taken from the oldest boxes in stock; one loading now."""
    in_stock = list(box_rows)
    number = 0
    for day in range(2, DAYS):
        for _trip in range(rng.choice((0, 1, 1, 2))):
            number += 1
            departs = start + dt.timedelta(days=day, hours=rng.randrange(3, 8))
            load = VanLoad.create(
                code=make_code(CodeKind.VAN_LOAD, number), destination=rng.choice(DESTINATIONS),
                notes=f"Driver: {rng.choice(FIRST_NAMES)}", state=VanLoadState.DISPATCHED.value,
                created_at=departs - dt.timedelta(hours=1), dispatched_at=departs,
            )  # fmt: skip
            candidates = [r for r in in_stock if r["packed_at"] < departs - dt.timedelta(hours=2)]
            chosen = rng.sample(candidates, min(len(candidates), rng.randrange(25, 45)))
            for row in chosen:
                in_stock.remove(row)
                _load(row, load, departs - dt.timedelta(minutes=30), movements, dispatch_at=departs)
    number += 1
    now_load = VanLoad.create(
        code=make_code(CodeKind.VAN_LOAD, number), destination=DESTINATIONS[0],
        notes="Driver: Farid", state=VanLoadState.LOADING.value,
        created_at=start + dt.timedelta(days=DAYS - 1, hours=2),
    )  # fmt: skip
    for row in rng.sample(in_stock, min(12, len(in_stock))):
        in_stock.remove(row)
        _load(row, now_load, start + dt.timedelta(days=DAYS - 1, hours=3), movements)
    return number


def _load(row: dict[str, Any], load: VanLoad, at: dt.datetime, movements: list[dict[str, Any]],
          dispatch_at: dt.datetime | None = None) -> None:  # fmt: skip
    operator = "Coordinator"
    movements.append(_movement(row["id"], MovementAction.LOADED, at, operator, new_batch(),
                                from_location=row["location"], to_location=row["location"],
                                from_state="in_stock", to_state="loading", van_load=load.id,
                                from_qty=row["quantity"]))  # fmt: skip
    state, location = BoxState.LOADING.value, row["location"]
    if dispatch_at is not None:
        movements.append(_movement(row["id"], MovementAction.DISPATCHED, dispatch_at, operator,
                                    f"dispatch-{load.code}", from_location=row["location"],
                                    from_state="loading", to_state="dispatched",
                                    van_load=load.id, from_van_load=load.id,
                                    from_qty=row["quantity"]))  # fmt: skip
        state, location = BoxState.DISPATCHED.value, None
    Box.update(state=state, location=location, van_load=load.id,
               updated_at=dispatch_at or at).where(Box.id == row["id"]).execute()  # fmt: skip


def _scrap_and_lose(rng: random.Random, box_rows: list[dict[str, Any]], movements: list[dict[str, Any]],
                    start: dt.datetime) -> None:  # fmt: skip
    stocked = [r["id"] for r in box_rows]
    in_stock_ids = {
        b for (b,) in Box.select(Box.id).where(Box.state == BoxState.IN_STOCK.value).tuples()
    }
    candidates = [b for b in stocked if b in in_stock_ids]
    for index, box_id in enumerate(rng.sample(candidates, min(14, len(candidates)))):
        action, state = (
            (MovementAction.SCRAPPED, BoxState.SCRAPPED) if index < 9
            else (MovementAction.LOST, BoxState.LOST)
        )  # fmt: skip
        box = box_rows[box_id - 1]
        at = start + dt.timedelta(days=DAYS - 2, hours=index % 8)
        movements.append(_movement(box_id, action, at, DEMO_COORDINATOR, new_batch(),
                                    from_location=box["location"], to_location=None,
                                    from_state="in_stock", to_state=state.value,
                                    from_qty=box["quantity"]))  # fmt: skip
        Box.update(state=state.value, location=None, updated_at=at).where(
            Box.id == box_id
        ).execute()


def _resync_sequences() -> None:
    """PostgreSQL: explicit ids were inserted, so move the box id sequence past them."""
    if is_sqlite():
        return
    database.execute_sql(
        "SELECT setval(pg_get_serial_sequence('box', 'id'), (SELECT MAX(id) FROM box))"
    )
