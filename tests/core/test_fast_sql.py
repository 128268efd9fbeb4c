"""The scan path's prebuilt SQL (`warehouse_desktop.fast_sql`) against Peewee itself.

Every column type the helpers write or read (text with hostile characters, integers,
booleans, naive-UTC timestamps to the microsecond, JSON lists and dicts, nullable and
self-referencing foreign keys, enum values stored as text, text primary keys) is written
by one side and read by the other, on SQLite and on PostgreSQL.  A Peewee upgrade that
changes the internals the helpers use fails here first.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from warehouse_desktop.db import write_transaction
from warehouse_desktop.fast_sql import find, insert_row, update_rows
from warehouse_desktop.models import (
    BenchMode,
    BenchState,
    Box,
    BoxState,
    Category,
    Location,
    Movement,
    MovementAction,
    Operator,
    VanLoad,
)

HOSTILE = "O'Brien \"; DROP TABLE box; -- é ß 日本 مرحبا \U0001f9e5 \\ % _"
AT = dt.datetime(2026, 11, 30, 23, 59, 58, 123456)


def _columns(instance: pw.Model) -> dict[str, object]:
    """Every column of a row as Peewee holds it (foreign keys as their ids)."""
    return {f.name: instance.__data__.get(f.name) for f in type(instance)._meta.sorted_fields}


@pytest.fixture
def places(any_db: str) -> tuple[Category, Location, VanLoad]:
    with write_transaction():
        category = Category.create(
            code="C0001", name=HOSTILE, sizes=["S", "M", "½", "XL"],
            names={"fr": "Vestes d'hiver", "ar": "سترات"}, target=7, active=False,
        )  # fmt: skip
        shelf = Location.create(code="L0001", name="Shelf B1")
        van = VanLoad.create(code="V0001", destination="Lviv", driver=None, created_at=AT)
    return category, shelf, van


def _box_values(category: Category, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "code": "B000001",
        "category": category.id,
        "size": "½",
        "quantity": 2_000_000_000,
        "location": None,
        "state": BoxState.IN_STOCK.value,
        "van_load": None,
        "packed_at": AT,
        "updated_at": dt.datetime(1999, 1, 1, 0, 0, 0),
        "note": HOSTILE,
        "version": 0,
        "boxtribute_number": None,
        "boxtribute_details": None,
        "expires_on": None,
        "weight_g": None,
    }
    values.update(changes)
    return values


def test_insert_row_writes_every_column_as_peewee_reads_it(places) -> None:
    category, shelf, van = places
    values = _box_values(
        category,
        location=shelf.id,
        van_load=van.id,
        boxtribute_number="BT-٣٤-ü",
        boxtribute_details={"tags": ["Winter", "ثقيل"], "shipment": None},
        expires_on=dt.date(2027, 3, 1),
        weight_g=999_999,
    )
    with write_transaction():
        box_id = insert_row(Box, values)
    box = Box.get_by_id(box_id)
    assert _columns(box) == {"id": box_id, **values}
    assert box.weight_g == 999_999 and isinstance(box.weight_g, int)
    assert box.category.name == HOSTILE
    assert box.packed_at == AT and box.packed_at.microsecond == 123456


def test_insert_row_keeps_nulls_null_and_returns_each_new_id(places) -> None:
    category, _shelf, _van = places
    with write_transaction():
        first = insert_row(Box, _box_values(category))
        second = insert_row(Box, _box_values(category, code="B000002", quantity=-3))
    assert second == first + 1
    box = Box.get_by_id(first)
    assert box.location_id is None and box.van_load_id is None
    assert Box.select().where(Box.location.is_null()).count() == 2
    assert Box.get_by_id(second).quantity == -3


def test_insert_row_movement_with_a_self_reference_and_nullable_columns(places) -> None:
    category, shelf, van = places
    with write_transaction():
        box_id = insert_row(Box, _box_values(category))
        movement = {
            "box": box_id, "action": MovementAction.CREATED.value, "from_location": None,
            "to_location": shelf.id, "from_state": None, "to_state": BoxState.IN_STOCK.value,
            "van_load": van.id, "from_van_load": None, "quantity_change": 2,
            "from_quantity": None, "operator": HOSTILE, "bench": "bench-1",
            "batch": "0" * 36, "undoes": None, "at": AT, "weight_g": 12_345,
        }  # fmt: skip
        first = insert_row(Movement, movement)
        second = insert_row(
            Movement, {**movement, "undoes": first, "from_quantity": 0, "weight_g": None}
        )
    assert _columns(Movement.get_by_id(first)) == {"id": first, **movement}
    undo = Movement.get_by_id(second)
    assert undo.undoes.id == first and undo.from_quantity == 0 and undo.weight_g is None
    assert [m.id for m in Movement.get_by_id(first).undone_by] == [second]


def test_insert_row_refuses_a_partial_column_list(places) -> None:
    category, _shelf, _van = places
    with pytest.raises(ValueError, match="every column"), write_transaction():
        insert_row(Box, {"code": "B000003", "category": category.id})


def test_find_reads_what_peewee_reads(places) -> None:
    category, shelf, van = places
    with write_transaction():
        box_id = insert_row(Box, _box_values(category, location=shelf.id, van_load=van.id))
    for field, value in [(Box.code, "B000001"), (Box.id, box_id)]:
        found = find(Box, field, value)
        assert found is not None
        assert _columns(found) == _columns(Box.get_by_id(box_id))
    found_category = find(Category, Category.code, "C0001")
    assert found_category is not None
    assert _columns(found_category) == _columns(Category.get_by_id(category.id))
    assert found_category.sizes == ["S", "M", "½", "XL"]
    assert found_category.names == {"fr": "Vestes d'hiver", "ar": "سترات"}
    assert found_category.active is False
    found_van = find(VanLoad, VanLoad.code, "V0001")
    assert found_van is not None and found_van.driver is None and found_van.created_at == AT


def test_find_a_hostile_value_is_a_value_not_sql(places) -> None:
    with write_transaction():
        operator = Operator.create(name=HOSTILE, created_at=AT)
    found = find(Operator, Operator.name, HOSTILE)
    assert found is not None and found.id == operator.id and found.card_code is None
    assert find(Operator, Operator.name, "O'Brien") is None
    assert find(Operator, Operator.name, "%") is None
    # The placeholders find uses to build its statement are never matched as such.
    assert find(Operator, Operator.name, "\x00lookup\x00") is None
    assert find(Box, Box.id, -918273645) is None


def test_find_gives_a_clean_row_that_saves_only_what_changes(places) -> None:
    category, _shelf, _van = places
    with write_transaction():
        insert_row(Box, _box_values(category))
    box = find(Box, Box.code, "B000001")
    assert box is not None and box.is_dirty() is False
    box.note = "torn"
    assert box.dirty_fields == [Box.note]
    with write_transaction():
        box.save()
    assert _columns(Box.get(Box.code == "B000001")) == {
        "id": box.id, **_box_values(category, note="torn")
    }  # fmt: skip


def test_find_on_a_text_primary_key_with_json_and_nullable_timestamps(places) -> None:
    _category, shelf, _van = places
    with write_transaction():
        BenchState.create(
            bench=HOSTILE, mode=BenchMode.COUNT.value, count_location=shelf.id,
            count_seen=[3, 1, 2], last_scan_at=AT, count_started_at=None, next_weight_g=1,
        )  # fmt: skip
    state = find(BenchState, BenchState.bench, HOSTILE)
    assert state is not None
    assert _columns(state) == _columns(BenchState.get_by_id(HOSTILE))
    assert state.count_seen == [3, 1, 2] and state.count_started_at is None
    assert state.next_weight_g == 1
    assert BenchMode(state.mode) is BenchMode.COUNT
    assert state.location_id is None and state.count_location_id == shelf.id


def test_update_rows_writes_what_peewee_reads_and_counts_rows(places) -> None:
    category, shelf, van = places
    with write_transaction():
        box_id = insert_row(Box, _box_values(category, location=shelf.id))
    later = dt.datetime(2027, 2, 28, 6, 7, 8, 9)
    with write_transaction():
        changed = update_rows(
            Box,
            {"state": BoxState.LOADING.value, "van_load": van.id, "location": None,
             "updated_at": later, "note": "", "version": 1, "weight_g": 1_000_000},
            {"id": box_id, "version": 0},
        )  # fmt: skip
    assert changed == 1
    box = Box.get_by_id(box_id)
    assert box.weight_g == 1_000_000
    assert BoxState(box.state) is BoxState.LOADING
    assert (box.van_load_id, box.location_id, box.updated_at, box.note, box.version) == (
        van.id, None, later, "", 1
    )  # fmt: skip
    # The same statement again with a stale version changes nothing: the optimistic lock.
    with write_transaction():
        stale = update_rows(
            Box,
            {"state": BoxState.IN_STOCK.value, "van_load": None, "location": shelf.id,
             "updated_at": AT, "note": HOSTILE, "version": 1},
            {"id": box_id, "version": 0},
        )  # fmt: skip
    assert stale == 0
    assert Box.get_by_id(box_id).version == 1


def test_update_rows_json_and_boolean_columns(places) -> None:
    category, _shelf, _van = places
    with write_transaction():
        changed = update_rows(
            Category,
            {"sizes": ["one size"], "names": {}, "active": True},
            {"code": "C0001"},
        )
    assert changed == 1
    fresh = Category.get_by_id(category.id)
    assert (fresh.sizes, fresh.names, fresh.active) == (["one size"], {}, True)
    with write_transaction():
        assert update_rows(Category, {"active": False}, {"code": "C9999"}) == 0


def test_statements_are_kept_per_database(places, tmp_path) -> None:
    """A statement built on one database is never reused on another one."""
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    category, _shelf, _van = places
    with write_transaction():
        insert_row(Box, _box_values(category))
    assert find(Box, Box.code, "B000001") is not None
    close_database()
    open_database(tmp_path / "other.db")
    ensure_schema()
    assert find(Box, Box.code, "B000001") is None
    assert find(Category, Category.code, "C0001") is None
