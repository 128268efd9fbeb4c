"""A warehouse with van loads dispatched across three weeks, for the distribution tests.

Times are given as the warehouse's local wall-clock time (zone Europe/Paris) and stored
UTC, as the bench stores them.  Expected figures, per local Monday-starting week:

- week of 2026-11-02: van 1 to "Calais" — 3 jackets (10 items each), 2 blankets (6 each)
- week of 2026-11-09: van 2 to "Dunkirk" leaves on Sunday 15 at 23:30 local (22:30 UTC)
  with 2 blankets (6 each); van 3 to "Calais" leaves on Monday 16 at 00:30 local, which
  is Sunday 15 at 23:30 UTC, with 1 jacket (12 items): that one is the next week's
- week of 2026-11-16: van 3's jacket; van 4 to "Dunkirk" dispatched, reopened by a
  coordinator and dispatched again (its 2 jackets count once, 10 items each)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.support.warehouse import small_warehouse
from warehouse_desktop import localtime
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import write_transaction
from warehouse_desktop.models import Box, BoxState, Category, MovementAction, VanLoad, VanLoadState
from warehouse_desktop.movements import Actor, change_box, create_box

ZONE = "Europe/Paris"
ACTOR = Actor("Amina", "bench-1", "seed")
EXPECTED_WEEKS = {
    dt.date(2026, 11, 2): (5, 42),
    dt.date(2026, 11, 9): (2, 12),
    dt.date(2026, 11, 16): (3, 32),
}


def _utc(local: dt.datetime) -> dt.datetime:
    aware = local.replace(tzinfo=ZoneInfo(ZONE))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


class Seeder:
    def __init__(self) -> None:
        self.place = small_warehouse(40)
        self.codes = iter(self.place.box_codes)
        self.vans = 0

    def boxes(self, category: Category, count: int, quantity: int, at: dt.datetime) -> list[Box]:
        size = category.sizes[0]
        return [
            create_box(
                ACTOR,
                code=next(self.codes),
                category=category,
                size=size,
                quantity=quantity,
                location=self.place.shelf_b1,
                at=_utc(at),
            )  # fmt: skip
            for _ in range(count)
        ]

    def van(self, destination: str, boxes: list[Box], leaves: dt.datetime) -> VanLoad:
        """A van loaded an hour before `leaves` (local) and dispatched then."""
        self.vans += 1
        van = VanLoad.create(code=make_code(CodeKind.VAN_LOAD, self.vans), destination=destination)
        for box in boxes:
            change_box(ACTOR, box, MovementAction.LOADED, state=BoxState.LOADING, van_load=van,
                       at=_utc(leaves - dt.timedelta(hours=1)))  # fmt: skip
        self.dispatch(van, boxes, leaves)
        return van

    def dispatch(self, van: VanLoad, boxes: list[Box], leaves: dt.datetime) -> None:
        for box in boxes:
            change_box(ACTOR, box, MovementAction.DISPATCHED, state=BoxState.DISPATCHED,
                       location=None, at=_utc(leaves))  # fmt: skip
        VanLoad.update(state=VanLoadState.DISPATCHED.value, dispatched_at=_utc(leaves)).where(
            VanLoad.id == van.id
        ).execute()

    def reopen(self, van: VanLoad, boxes: list[Box], at: dt.datetime) -> None:
        for box in boxes:
            change_box(ACTOR, box, MovementAction.REOPENED, state=BoxState.LOADING, at=_utc(at))


def seed_dispatches() -> Seeder:
    """The three weeks described above, in the warehouse's zone Europe/Paris."""
    localtime.store_time_zone(ZONE)
    seeder = Seeder()
    jackets, blankets = seeder.place.jackets, seeder.place.blankets
    with write_transaction():
        packed = dt.datetime(2026, 11, 2, 9, 0)
        week1 = seeder.boxes(jackets, 3, 10, packed) + seeder.boxes(blankets, 2, 6, packed)
        seeder.van("Calais", week1, dt.datetime(2026, 11, 4, 15, 0))
        sunday = seeder.boxes(blankets, 2, 6, dt.datetime(2026, 11, 10, 9, 0))
        seeder.van("Dunkirk", sunday, dt.datetime(2026, 11, 15, 23, 30))
        monday = seeder.boxes(jackets, 1, 12, dt.datetime(2026, 11, 10, 9, 0))
        seeder.van("Calais", monday, dt.datetime(2026, 11, 16, 0, 30))
        again = seeder.boxes(jackets, 2, 10, dt.datetime(2026, 11, 16, 9, 0))
        van = seeder.van("Dunkirk", again, dt.datetime(2026, 11, 17, 10, 0))
        seeder.reopen(van, again, dt.datetime(2026, 11, 17, 10, 30))
        seeder.dispatch(van, again, dt.datetime(2026, 11, 17, 11, 0))
        # Still on the shelf, and a van still loading: neither was given out.
        seeder.boxes(jackets, 4, 10, dt.datetime(2026, 11, 18, 9, 0))
    return seeder


def dispatched_file(path: Path, then: Callable[[], object] | None = None) -> Path:
    """The three weeks in a closed SQLite file at `path` (for the command line), after
    `then` has changed them (the same connection, before it closes)."""
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    open_database(path)
    try:
        ensure_schema()
        seed_dispatches()
        if then is not None:
            then()
    finally:
        close_database()
    return path
