"""Catalogue, locations and van-load listings, without Qt."""

from __future__ import annotations

import pytest

from warehouse_desktop import auth, catalogue
from warehouse_desktop.bench import BenchService
from warehouse_desktop.catalogue import CategoryData, LocationData
from warehouse_desktop.codes import CodeKind, classify
from warehouse_desktop.errors import InputError, PermissionRefused
from warehouse_desktop.models import Category, Role
from warehouse_desktop.numbering import reserve_codes

PIN = "1357"


@pytest.fixture
def coordinator(warehouse_db) -> str:
    auth.set_pin("Lea", PIN, role=Role.COORDINATOR)
    return "Lea"


def test_new_category_gets_a_fresh_card_code(coordinator) -> None:
    saved = catalogue.save_category(
        CategoryData(name="  Winter   hats ", sizes=["kids", " adult ", ""], names={"fr": "Bonnets"},
                     target=10, default_quantity=6),
        coordinator=coordinator, pin=PIN,
    )  # fmt: skip
    assert saved.name == "Winter hats"
    assert saved.sizes == ["kids", "adult"]
    assert classify(saved.code).kind is CodeKind.CATEGORY
    again = catalogue.save_category(
        CategoryData(name="Winter hats", target=12, id=saved.id, sizes=saved.sizes),
        coordinator=coordinator, pin=PIN,
    )  # fmt: skip
    assert again.code == saved.code and again.target == 12
    assert [c.name for c in catalogue.list_categories()] == ["Winter hats"]


def test_saving_needs_a_coordinator_and_valid_fields(coordinator) -> None:
    with pytest.raises(PermissionRefused):
        catalogue.save_category(CategoryData(name="X"), coordinator=coordinator, pin="9999")
    for bad in (
        CategoryData(name="   "),
        CategoryData(name="A", group="weapons"),
        CategoryData(name="A", sizes=["S", "S"]),
        CategoryData(name="A", default_quantity=0),
    ):
        with pytest.raises(InputError):
            catalogue.save_category(bad, coordinator=coordinator, pin=PIN)
    assert Category.select().count() == 0


def test_locations_and_inactive_filter(coordinator) -> None:
    shelf = catalogue.save_location(LocationData(name="Shelf Z"), coordinator=coordinator, pin=PIN)
    assert classify(shelf.code).kind is CodeKind.LOCATION
    catalogue.save_location(
        LocationData(name="Old shelf", active=False), coordinator=coordinator, pin=PIN
    )
    assert len(catalogue.list_locations()) == 2
    assert [x.name for x in catalogue.list_locations(include_inactive=False)] == ["Shelf Z"]
    with pytest.raises(InputError):
        catalogue.save_location(LocationData(name="Bay", kind="roof"), coordinator=coordinator,
                                pin=PIN)  # fmt: skip


def test_van_loads_and_their_boxes(coordinator) -> None:
    category = catalogue.save_category(CategoryData(name="Soap"), coordinator=coordinator, pin=PIN)
    service = BenchService("b", operator="Tester")
    service.set_template(category.id)
    codes = reserve_codes(CodeKind.BOX, 3)
    for code in codes:
        service.scan(code)
    load = service.create_van_load("Grande-Synthe").code
    for code in codes[:2]:
        assert service.scan(code).ok
    loads = catalogue.list_van_loads()
    assert [(x.code, x.boxes, x.state) for x in loads] == [(load, 2, "loading")]
    assert [b[0] for b in catalogue.van_load_boxes(load)] == codes[:2]
    assert service.dispatch_van(load).ok
    assert catalogue.list_van_loads(state="dispatched")[0].code == load
    with pytest.raises(InputError):
        catalogue.van_load_boxes("V000000")


def test_van_loads_are_read_a_page_at_a_time(coordinator) -> None:
    service = BenchService("b", operator="Tester")
    for n in range(5):
        service.create_van_load(f"Camp {n}")
    everything = [x.code for x in catalogue.list_van_loads()]
    assert len(everything) == 5
    pages = [catalogue.list_van_loads(offset=offset, limit=2) for offset in (0, 2, 4, 6)]
    assert [len(page) for page in pages] == [2, 2, 1, 0]
    assert [x.code for page in pages for x in page] == everything


def test_retail_links_are_listed_and_removed_by_a_coordinator(warehouse_db) -> None:
    from warehouse_desktop.models import RetailCode
    from warehouse_desktop.numbering import reserve_codes

    auth.set_pin("Coord", "2468", role=Role.COORDINATOR)
    soap = Category.create(code=reserve_codes(CodeKind.CATEGORY, 1)[0], name="Soap")
    RetailCode.create(code="4006381333931", category=soap)
    RetailCode.create(code="012345678905", category=soap)
    assert catalogue.retail_codes(soap.id) == ["4006381333931", "012345678905"]
    with pytest.raises(PermissionRefused):
        catalogue.unlink_retail_code("4006381333931", coordinator="Coord", pin="0000")
    assert catalogue.unlink_retail_code("4006381333931", coordinator="Coord", pin="2468") == "Soap"
    assert catalogue.retail_codes(soap.id) == ["012345678905"]
    with pytest.raises(InputError) as unknown:
        catalogue.unlink_retail_code("4006381333931", coordinator="Coord", pin="2468")
    assert unknown.value.key == "retail_link_unknown"


def test_a_location_is_checked_before_any_pin(warehouse_db) -> None:
    assert catalogue.validate_location(LocationData("  Shelf   C3 ")).name == "Shelf C3"
    for bad in (LocationData("   "), LocationData("x" * 81), LocationData("A", kind="attic")):
        with pytest.raises(InputError):
            catalogue.validate_location(bad)
