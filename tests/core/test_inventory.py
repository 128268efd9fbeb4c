"""The stock browser's queries and the coordinator's corrections, without Qt."""

from __future__ import annotations

import pytest

from warehouse_desktop import auth, inventory
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.errors import InputError, PermissionRefused
from warehouse_desktop.inventory import BoxFilter
from warehouse_desktop.models import Box, BoxState, Category, Location, Movement, Role
from warehouse_desktop.numbering import reserve_codes

PIN = "2468"


@pytest.fixture
def stocked(warehouse_db):
    cats = reserve_codes(CodeKind.CATEGORY, 2)
    jackets = Category.create(code=cats[0], name="Jackets 100%", sizes=["S", "M"], target=5)
    soap = Category.create(code=cats[1], name="Soap_bars", sizes=["one size"], target=5)
    shelf = Location.create(code=reserve_codes(CodeKind.LOCATION, 1)[0], name="Shelf A")
    auth.set_pin("Coord", PIN, role=Role.COORDINATOR)
    auth.sign_in("Vol", Role.VOLUNTEER)
    service = BenchService("b1", operator="Vol")
    codes = {}
    for category, size, count in ((jackets, "S", 3), (jackets, "M", 2), (soap, None, 4)):
        service.set_template(category.id, size)
        codes[(category.name, size)] = reserve_codes(CodeKind.BOX, count)
        for code in codes[(category.name, size)]:
            assert service.scan(code).ok
    service.scan(shelf.code)
    service.scan(codes[("Soap_bars", None)][0])
    return {"codes": codes, "shelf": shelf, "jackets": jackets, "soap": soap}


def test_paging_is_complete_and_without_overlap(stocked) -> None:
    seen = []
    offset = 0
    while page := inventory.list_boxes(offset=offset, limit=4):
        seen += [row.code for row in page]
        offset += 4
    assert len(seen) == len(set(seen)) == inventory.count_boxes() == 9
    assert seen == sorted(seen)


def test_sorting_by_every_column_keeps_every_row(stocked) -> None:
    for column in inventory.SORT_COLUMNS:
        up = inventory.list_boxes(sort=column, limit=100)
        down = inventory.list_boxes(sort=column, descending=True, limit=100)
        assert len(up) == len(down) == 9
    quantities = [r.quantity for r in inventory.list_boxes(sort="quantity", limit=100)]
    assert quantities == sorted(quantities)
    with pytest.raises(ValueError):
        inventory.list_boxes(sort="1; drop table box")


def test_filters(stocked) -> None:
    jackets = stocked["jackets"]
    assert inventory.count_boxes(BoxFilter(category_id=jackets.id)) == 5
    assert inventory.count_boxes(BoxFilter(category_id=jackets.id, size="M")) == 2
    assert inventory.count_boxes(BoxFilter(location_id=stocked["shelf"].id)) == 1
    assert inventory.count_boxes(BoxFilter(state=BoxState.IN_STOCK.value)) == 9
    # LIKE wildcards typed by a person match literally.
    assert inventory.count_boxes(BoxFilter(text="100%")) == 5
    assert inventory.count_boxes(BoxFilter(text="_")) == 4
    assert inventory.count_boxes(BoxFilter(text="soap")) == 4
    code = stocked["codes"][("Jackets 100%", "S")][0]
    assert [r.code for r in inventory.list_boxes(BoxFilter(text=code.lower()))] == [code]


def test_history_lists_every_movement(stocked) -> None:
    code = stocked["codes"][("Soap_bars", None)][0]
    history = inventory.box_history(code)
    assert [h.action for h in history] == ["created", "moved"]
    assert history[1].to_location == stocked["shelf"].code
    with pytest.raises(InputError):
        inventory.box_history("B9999999X")


def test_corrections_need_the_coordinator_pin(stocked) -> None:
    code = stocked["codes"][("Jackets 100%", "M")][0]
    with pytest.raises(PermissionRefused):
        inventory.scrap_box(code, coordinator="Vol", pin=PIN)
    with pytest.raises(PermissionRefused):
        inventory.scrap_box(code, coordinator="Coord", pin="0000")
    assert Box.get(Box.code == code).state == BoxState.IN_STOCK.value
    done = inventory.scrap_box(code, coordinator="Coord", pin=PIN, bench="b1")
    assert done.key == "box_scrapped"
    assert Box.get(Box.code == code).state == BoxState.SCRAPPED.value
    last = Movement.select().order_by(Movement.id.desc()).first()
    assert (last.action, last.operator) == ("scrapped", "Coord")


def test_mark_lost_and_correct_quantity(stocked) -> None:
    code = stocked["codes"][("Jackets 100%", "S")][1]
    inventory.correct_quantity(code, 17, coordinator="Coord", pin=PIN)
    assert Box.get(Box.code == code).quantity == 17
    with pytest.raises(InputError):
        inventory.correct_quantity(code, 0, coordinator="Coord", pin=PIN)
    inventory.mark_lost(code, coordinator="Coord", pin=PIN)
    box = Box.get(Box.code == code)
    assert box.state == BoxState.LOST.value
    assert [h.action for h in inventory.box_history(code)] == ["created", "adjusted", "lost"]


def test_move_by_hand_needs_the_pin_and_a_box_in_stock(stocked) -> None:
    code = stocked["codes"][("Jackets 100%", "M")][0]
    shelf_b = Location.create(code=reserve_codes(CodeKind.LOCATION, 1)[0], name="Shelf B")
    with pytest.raises(PermissionRefused):
        inventory.move_box(code, shelf_b.code, coordinator="Coord", pin="0000")
    with pytest.raises(PermissionRefused):
        inventory.move_box(code, shelf_b.code, coordinator="Vol", pin=PIN)
    with pytest.raises(InputError):
        inventory.move_box(code, "L999999", coordinator="Coord", pin=PIN)
    assert Box.get(Box.code == code).location_id != shelf_b.id
    done = inventory.move_box(code, shelf_b.code.lower(), coordinator="Coord", pin=PIN, bench="b2")
    assert (done.key, done.args) == ("box_moved", {"code": code, "location": "Shelf B"})
    last = inventory.box_history(code)[-1]
    assert (last.action, last.to_location, last.to_location_name) == (
        "moved", shelf_b.code, "Shelf B"
    )  # fmt: skip
    assert (last.operator, last.bench) == ("Coord", "b2")
    # Gone boxes stay where they were recorded; an unused shelf takes nothing.
    Location.update(active=False).where(Location.id == shelf_b.id).execute()
    other = stocked["codes"][("Jackets 100%", "M")][1]
    with pytest.raises(InputError) as refused:
        inventory.move_box(other, shelf_b.code, coordinator="Coord", pin=PIN)
    assert refused.value.key == "location_inactive"
    inventory.scrap_box(other, coordinator="Coord", pin=PIN)
    with pytest.raises(InputError) as refused:
        inventory.move_box(other, stocked["shelf"].code, coordinator="Coord", pin=PIN)
    assert refused.value.key == "box_not_movable"
    assert inventory.box_history(other)[-1].action == "scrapped"


def test_history_names_the_locations_and_the_label_reprints_what_is_in_the_box(
    stocked,
) -> None:
    code = stocked["codes"][("Soap_bars", None)][0]
    moved = inventory.box_history(code)[-1]
    assert (moved.to_location, moved.to_location_name) == (stocked["shelf"].code, "Shelf A")
    inventory.correct_quantity(code, 12, coordinator="Coord", pin=PIN)
    info = inventory.label_info(code.lower())
    assert (info.code, info.category, info.quantity, info.location_name) == (
        code, "Soap_bars", 12, "Shelf A",
    )  # fmt: skip
    with pytest.raises(InputError):
        inventory.label_info("B000000000")
