"""Expiry months through the bench service and the command line: packing an expiring
category, expiry cards (K2NN) across the year end and time zones, a wrong clock, loading a
van while a box expiring sooner is in stock, and the schema rung that brought them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.cli import run
from tests.support.old_versions import check_old_backup, open_version
from tests.support.warehouse import (
    LOAD,
    SIGN_OUT,
    Clock,
    SmallWarehouse,
    add_volunteers,
    seed_warehouse,
    small_warehouse,
)
from tests.support.warehouse import (
    scan_later as scan,
)
from warehouse_desktop import codes, localtime
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.bench.expiry import add_months
from warehouse_desktop.codes import CodeKind, InvalidReason
from warehouse_desktop.db import close_database, database, open_database
from warehouse_desktop.migrations import LATEST_VERSION, current_version, ensure_schema
from warehouse_desktop.models import BenchState, Box, BoxState, Category, Movement, VanLoad

K3, K6, K12 = (codes.expiry_code(months) for months in (3, 6, 12))


@pytest.fixture
def clock() -> Clock:
    return Clock()  # 2026-11-27 09:00 UTC


@pytest.fixture
def wh(any_db) -> SmallWarehouse:
    warehouse = small_warehouse()
    (hygiene,), _ = seed_warehouse(
        [dict(name="Hygiene kits", group="hygiene", sizes=["adult", "baby"], expires=True,
              names={"fr": "Kits d'hygiène"}, default_quantity=4)]
    )  # fmt: skip
    warehouse.hygiene = hygiene  # type: ignore[attr-defined]
    return warehouse


@pytest.fixture
def bench(wh: SmallWarehouse, clock: Clock) -> BenchService:
    return BenchService("bench-1", operator="Amina", clock=clock)


def state() -> BenchState:
    return BenchState.get(BenchState.bench == "bench-1")


def hygiene(wh: SmallWarehouse) -> Category:
    return wh.hygiene  # type: ignore[attr-defined, no-any-return]


# --- the cards ---------------------------------------------------------------------------


def test_expiry_cards_are_k_codes_with_a_check_character() -> None:
    assert [months for _code, months in codes.expiry_cards()] == [3, 6, 12]
    for code, months in codes.expiry_cards():
        parsed = codes.classify(code)
        assert code.startswith("K") and parsed.kind is CodeKind.EXPIRY
        assert parsed.months == months
        assert code[-1] == codes.check_character(code[:-1])
    # Commands and quantity cards keep their meaning.
    assert codes.classify(codes.command_code(codes.Command.QUANTITY, 12)).quantity == 12
    with pytest.raises(ValueError):
        codes.expiry_code(0)


def test_months_are_added_across_the_year_end() -> None:
    assert add_months(dt.date(2026, 11, 27), 3) == dt.date(2027, 2, 1)
    assert add_months(dt.date(2026, 10, 31), 3) == dt.date(2027, 1, 1)
    assert add_months(dt.date(2026, 12, 31), 12) == dt.date(2027, 12, 1)
    assert add_months(dt.date(2026, 1, 1), 60) == dt.date(2031, 1, 1)


# --- packing -----------------------------------------------------------------------------


def test_a_box_of_an_expiring_category_needs_an_expiry_month(bench, wh, clock) -> None:
    assert scan(bench, clock, hygiene(wh).code).ok
    before = Movement.select().count()
    refused = scan(bench, clock, wh.box_codes[0])
    assert refused.refused and refused.message == "expiry_first"
    assert "Scan an expiry card or set the expiry month" in refused.text
    assert Box.select().count() == 0 and Movement.select().count() == before
    # F2 (a box with a fresh code) is held to the same rule.
    assert bench.new_box().message == "expiry_first" and Box.select().count() == 0

    set_ = scan(bench, clock, K3)
    assert set_.ok and set_.action is ScanAction.EXPIRY_SET and set_.args["expiry"] == "2027-02"
    assert bench.context().expiry == dt.date(2027, 2, 1) and bench.context().category_expires
    made = scan(bench, clock, wh.box_codes[0])
    assert made.ok and made.box is not None and made.box.expires_on == dt.date(2027, 2, 1)
    assert Box.get(Box.code == wh.box_codes[0]).expires_on == dt.date(2027, 2, 1)
    assert made.box.as_json()["expires_on"] == "2027-02"
    # The month stays for the next boxes of the same category.
    assert scan(bench, clock, wh.box_codes[1]).ok
    assert Box.get(Box.code == wh.box_codes[1]).expires_on == dt.date(2027, 2, 1)


def test_a_box_of_a_category_that_does_not_expire_has_no_expiry(bench, wh, clock) -> None:
    assert scan(bench, clock, wh.jackets.code).ok
    assert scan(bench, clock, wh.box_codes[0]).ok
    assert Box.get(Box.code == wh.box_codes[0]).expires_on is None
    assert not bench.context().category_expires


def test_the_month_set_on_screen(bench, wh, clock) -> None:
    bench.set_template(hygiene(wh).id)
    done = bench.set_expiry("2027-03")
    assert done.ok and bench.context().expiry == dt.date(2027, 3, 1)
    assert bench.set_expiry(dt.date(2027, 5, 17)).ok
    assert bench.context().expiry == dt.date(2027, 5, 1)  # stored as the month's first day
    for bad in ("soon", "2027-13", "", "2027-03'; DROP TABLE box"):
        refused = bench.set_expiry(bad)
        assert refused.refused and refused.message == "expiry_invalid"
    assert bench.set_expiry("2099-01").message == "expiry_too_far"
    assert bench.context().expiry == dt.date(2027, 5, 1)  # nothing changed by the refusals


def test_changing_the_category_or_signing_out_clears_the_month(bench, wh, clock) -> None:
    add_volunteers("Amina")
    scan(bench, clock, hygiene(wh).code)
    scan(bench, clock, K6)
    assert bench.context().expiry == dt.date(2027, 5, 1)
    # The same category again (another size) keeps it.
    scan(bench, clock, codes.make_code(CodeKind.CATEGORY, int(hygiene(wh).code[1:5]), size_index=1))
    assert bench.context().expiry == dt.date(2027, 5, 1) and bench.context().size == "baby"
    scan(bench, clock, wh.jackets.code)
    assert bench.context().expiry is None
    scan(bench, clock, hygiene(wh).code)
    refused = scan(bench, clock, wh.box_codes[0])
    assert refused.message == "expiry_first"  # the month did not come back with the category
    scan(bench, clock, K12)
    assert state().template_expiry == dt.date(2027, 11, 1)
    assert scan(bench, clock, SIGN_OUT).ok
    assert state().template_expiry is None


def test_an_expiry_card_for_a_category_that_does_not_expire_is_refused(bench, wh, clock) -> None:
    refused = scan(bench, clock, K3)
    assert refused.refused and refused.message == "expiry_category_first"
    scan(bench, clock, wh.jackets.code)
    refused = scan(bench, clock, K3)
    assert refused.refused and refused.message == "expiry_not_needed"
    assert "does not expire" in refused.text and state().template_expiry is None


def test_an_expiry_card_with_a_bad_check_character_is_red_and_writes_nothing(
    bench, wh, clock
) -> None:
    scan(bench, clock, hygiene(wh).code)
    bad = K6[:-1] + ("0" if K6[-1] != "0" else "1")
    before = (Movement.select().count(), state().template_expiry, state().last_code)
    result = scan(bench, clock, bad)
    assert result.refused and result.message == "invalid_bad_check"
    assert codes.classify(bad).reason is InvalidReason.BAD_CHECK
    assert (Movement.select().count(), state().template_expiry, state().last_code) == before


@pytest.mark.parametrize(
    ("utc", "zone", "months", "expected"),
    [
        # New Year in Auckland while it is still 31 December in UTC.
        (dt.datetime(2026, 12, 31, 11, 30), "Pacific/Auckland", 3, dt.date(2027, 4, 1)),
        # Still 31 December in Los Angeles when UTC is already in January.
        (dt.datetime(2027, 1, 1, 3, 0), "America/Los_Angeles", 3, dt.date(2027, 3, 1)),
        (dt.datetime(2026, 12, 31, 12, 0), "UTC", 12, dt.date(2027, 12, 1)),
        (dt.datetime(2026, 10, 31, 23, 30), "Europe/Athens", 3, dt.date(2027, 2, 1)),
    ],
)
def test_an_expiry_card_counts_months_from_the_warehouses_local_date(
    bench, wh, clock, utc, zone, months, expected
) -> None:
    localtime.store_time_zone(zone)
    clock.now = utc
    scan(bench, clock, hygiene(wh).code)
    result = scan(bench, clock, codes.expiry_code(months))
    assert result.ok, result.text
    assert bench.context().expiry == expected


def test_a_month_already_past_is_amber_until_confirmed(bench, wh, clock) -> None:
    bench.set_template(hygiene(wh).id)
    clock.tick()
    first = bench.set_expiry("2026-08")
    assert first.confirm and first.action is ScanAction.CONFIRM_EXPIRY
    assert bench.context().expiry is None
    clock.tick()
    assert bench.set_expiry("2026-08").ok
    assert bench.context().expiry == dt.date(2026, 8, 1)
    # The current month is not past.
    clock.tick()
    assert bench.set_expiry("2026-11").ok


def test_a_bench_clock_years_behind_makes_an_expiry_card_amber(bench, wh, clock) -> None:
    scan(bench, clock, hygiene(wh).code)
    scan(bench, clock, K3)
    assert scan(bench, clock, wh.box_codes[0]).ok  # the records now reach 2026-11-27
    clock.now = dt.datetime(2019, 3, 2, 9, 0)  # the bench's clock lost its battery
    first = scan(bench, clock, K3)
    assert first.confirm and first.message == "confirm_expiry_past"
    assert first.args == {"expiry": "2019-06", "today": "2026-11-27"}
    assert state().template_expiry == dt.date(2027, 2, 1)  # unchanged
    # The same card again within 30 s keeps it.
    assert scan(bench, clock, K3).ok
    assert state().template_expiry == dt.date(2019, 6, 1)


def test_a_repacked_box_gets_the_months_rule_too(bench, wh, clock) -> None:
    scan(bench, clock, wh.jackets.code)
    scan(bench, clock, wh.box_codes[0])
    Box.update(state=BoxState.LOST.value).where(Box.code == wh.box_codes[0]).execute()
    scan(bench, clock, hygiene(wh).code)
    scan(bench, clock, K3)
    assert scan(bench, clock, wh.box_codes[0]).confirm  # lost: amber first
    repacked = scan(bench, clock, hygiene(wh).code)  # same category: the month stays
    assert repacked.action is ScanAction.BOX_REPACKED
    assert Box.get(Box.code == wh.box_codes[0]).expires_on == dt.date(2027, 2, 1)


# --- loading a van -------------------------------------------------------------------------


def pack(bench: BenchService, clock: Clock, category: Category, month: str, box: str,
         shelf: str) -> None:  # fmt: skip
    clock.tick()
    bench.set_template(category.id)
    clock.tick()
    assert bench.set_expiry(month).ok
    assert scan(bench, clock, shelf).ok
    assert scan(bench, clock, box).ok


def test_loading_a_box_while_one_expiring_sooner_is_in_stock_is_amber(bench, wh, clock) -> None:
    soon, later_box, other_size = wh.box_codes[:3]
    pack(bench, clock, hygiene(wh), "2027-03", soon, wh.shelf_b1.code)
    pack(bench, clock, hygiene(wh), "2027-09", later_box, wh.shelf_b2.code)
    bench.set_template(hygiene(wh).id, size="baby")
    clock.tick()
    bench.set_expiry("2027-01")
    scan(bench, clock, other_size)  # sooner, but another size: not a reason to wait
    bench.create_van_load("Calais")
    before = Movement.select().count()

    amber = scan(bench, clock, later_box)
    assert amber.confirm and amber.action is ScanAction.CONFIRM_LOAD_LATER
    assert amber.args["other"] == soon and amber.args["location"] == "Shelf B1"
    assert amber.args["other_expiry"] == "2027-03" and amber.args["expiry"] == "2027-09"
    assert "Shelf B1" in amber.text and soon in amber.text
    assert Box.get(Box.code == later_box).state == BoxState.IN_STOCK.value
    assert Movement.select().count() == before
    loaded = scan(bench, clock, later_box)  # the same box again within 30 s
    assert loaded.ok and loaded.action is ScanAction.BOX_LOADED
    assert Box.get(Box.code == later_box).state == BoxState.LOADING.value
    # The sooner box loads at once; the box of another size never waited.
    assert scan(bench, clock, soon).action is ScanAction.BOX_LOADED
    assert scan(bench, clock, other_size).action is ScanAction.BOX_LOADED


def test_the_confirmation_of_a_later_box_expires_after_30_seconds(bench, wh, clock) -> None:
    soon, later_box = wh.box_codes[:2]
    pack(bench, clock, hygiene(wh), "2027-03", soon, wh.shelf_b1.code)
    pack(bench, clock, hygiene(wh), "2027-09", later_box, wh.shelf_b2.code)
    scan(bench, clock, LOAD)
    bench.create_van_load("Calais")
    assert scan(bench, clock, later_box).confirm
    clock.tick(31)
    assert scan(bench, clock, later_box).confirm  # too late: asked again
    # Another box in between also ends the wait.
    assert scan(bench, clock, soon).ok
    assert scan(bench, clock, later_box).ok  # nothing sooner in stock any more
    assert VanLoad.get().code == bench.context().van_load_code


# --- the schema rung -----------------------------------------------------------------------


def test_a_version_6_database_climbs_to_expiry_months(tmp_path: Path) -> None:
    open_version(tmp_path / "old.db", 6)
    try:
        assert "expires" not in {c.name for c in database.obj.get_columns("category")}
        assert ensure_schema() == LATEST_VERSION >= 7
        assert current_version(database.obj) == LATEST_VERSION
        assert [b.code for b in Box.select()] == ["B0000001G"]  # the old box is intact
        assert Box.get().expires_on is None
        assert not any(c.expires for c in Category.select())  # nothing expires by itself
        indexes = {tuple(i.columns) for i in database.obj.get_indexes("box")}
        assert ("state", "category_id", "size", "expires_on") in indexes
        box = Box.get()
        Box.update(expires_on=dt.date(2027, 3, 1)).where(Box.id == box.id).execute()
        assert Box.get().expires_on == dt.date(2027, 3, 1)
    finally:
        close_database()
    from warehouse_desktop import backup

    assert backup.check_backup_file(tmp_path / "old.db") == LATEST_VERSION


def test_a_version_6_backup_passes_the_restore_check(tmp_path: Path) -> None:
    check_old_backup(tmp_path / "v6.db", 6)


@pytest.mark.parametrize("value", ["2027-03-15", "March 2027", "1"])
def test_a_backup_with_an_expiry_that_is_not_a_month_is_refused(
    warehouse_db: Path, tmp_path: Path, value: str
) -> None:
    from warehouse_desktop import backup

    small_warehouse()
    pack_one = BenchService("b", operator="Amina")
    (cat,), _ = seed_warehouse([dict(name="Food", group="food", expires=True)])
    pack_one.set_template(cat.id)
    assert pack_one.set_expiry("2027-03").ok
    code = codes.make_code(CodeKind.BOX, 1)
    assert pack_one.scan(code).ok
    close_database()
    copy = tmp_path / "copy.db"
    shutil.copy(warehouse_db, copy)
    assert backup.check_backup_file(copy) == LATEST_VERSION
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE box SET expires_on = ?", (value,))
    with pytest.raises(Exception, match="expires_on"):
        backup.check_backup_file(copy)
    open_database(warehouse_db)


# --- the command line ----------------------------------------------------------------------


def test_scan_json_with_expiry_cards(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    open_database(db)
    ensure_schema()
    wh = small_warehouse()
    (food,), _ = seed_warehouse([dict(name="Tinned food", group="food", expires=True)])
    add_volunteers("Amina")
    localtime.store_time_zone("Pacific/Kiritimati")  # UTC+14: often a day ahead of UTC
    close_database()
    box, bad_box = wh.box_codes[:2]

    def scan_json(*scanned: str) -> list[dict]:
        result = run("scan", "--db", db, "--bench", "bench-1", "--json", "--operator", "Amina",
                     *scanned)  # fmt: skip
        return [json.loads(line) for line in result.stdout.splitlines()]

    bad_k = K6[:-1] + ("0" if K6[-1] != "0" else "1")
    lines = scan_json(food.code, bad_box, bad_k, K6, box)
    assert [line["message_key"] for line in lines] == [
        "template_set", "expiry_first", "invalid_bad_check", "expiry_set", "box_created",
    ]  # fmt: skip
    local_today = dt.datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    expected = add_months(local_today, 6).strftime("%Y-%m")
    assert lines[1]["ok"] is False and lines[1]["confirm"] is False
    assert lines[2]["ok"] is False and lines[2]["kind"] == "invalid"
    assert lines[3]["kind"] == "expiry" and lines[3]["args"]["expiry"] == expected
    assert lines[4]["box"]["expires_on"] == expected
    jackets = scan_json(wh.jackets.code, K3)
    assert jackets[1]["message_key"] == "expiry_not_needed" and jackets[1]["ok"] is False
    open_database(db)
    try:
        assert Box.select().count() == 1
        assert Box.get().expires_on.strftime("%Y-%m") == expected
    finally:
        close_database()


# --- the catalogue -------------------------------------------------------------------------


def test_the_expires_flag_goes_out_and_back_in_through_the_catalogue_csv(
    warehouse_db: Path, tmp_path: Path
) -> None:
    from warehouse_desktop import exchange

    small_warehouse()
    seed_warehouse([dict(name="Baby formula", group="food", expires=True)])
    out = tmp_path / "categories.csv"
    exchange.export("categories", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert header[header.index("active") + 1] == "expires"
    flags = {line.split(",")[1]: line.split(",")[header.index("expires")] for line in lines[1:]}
    assert flags == {"Men's jackets": "0", "Blankets": "0", "Baby formula": "1"}
    # Blankets expire from now on (a coordinator's edit in a spreadsheet).
    out.write_text(out.read_text(encoding="utf-8").replace(",Blankets,bedding,none,one size,5,6,1,0,",
                                                           ",Blankets,bedding,none,one size,5,6,1,1,"),
                   encoding="utf-8")  # fmt: skip
    assert exchange.import_categories(out) == (0, 1, 2)
    assert Category.get(Category.name == "Blankets").expires


def test_a_catalogue_csv_from_before_expiry_months_still_imports(
    warehouse_db: Path, tmp_path: Path
) -> None:
    from warehouse_desktop import exchange
    from warehouse_desktop.errors import InputError

    old = tmp_path / "old.csv"
    columns = [c for c in exchange.CATEGORY_COLUMNS if c != "expires"]
    old.write_text(",".join(columns) + "\n,Soap,hygiene,none,one size,5,10,1,Savon,,,,,\n",
                   encoding="utf-8")  # fmt: skip
    assert exchange.import_categories(old) == (1, 0, 0)
    assert not Category.get(Category.name == "Soap").expires
    bad = tmp_path / "bad.csv"
    bad.write_text(",".join(exchange.CATEGORY_COLUMNS) + "\n,Rice,food,none,one size,5,10,1,maybe,,,,,,\n",
                   encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError) as caught:
        exchange.import_categories(bad)
    assert "expires must be 1 or 0" in str(caught.value.args) + str(caught.value)
    assert not Category.select().where(Category.name == "Rice").exists()


def test_the_standard_catalogue_marks_hygiene_and_food_as_expiring(warehouse_db: Path) -> None:
    from warehouse_desktop import standard_catalogue

    standard_catalogue.seed()
    by_name = {c.name: c for c in Category.select()}
    for name in ("Toothpaste", "Baby formula", "Rice", "Hygiene kits", "Drinking water 1.5 l"):
        assert by_name[name].expires, name
    for name in ("Sleeping bags", "Men's winter coats", "Towels", "Toothbrushes"):
        assert not by_name[name].expires, name
    food = [c for c in by_name.values() if c.group == "food"]
    assert food and all(c.expires for c in food)
    assert all(not c.expires for c in by_name.values() if c.group in ("clothing", "shelter"))


# --- the stock browser -----------------------------------------------------------------------


def test_the_stock_browser_filters_expired_and_expiring_boxes(bench, wh, clock) -> None:
    from warehouse_desktop import inventory
    from warehouse_desktop.inventory import BoxFilter

    today = localtime.today()
    clock.now = localtime.utcnow()
    months = {wh.box_codes[0]: -1, wh.box_codes[1]: 0, wh.box_codes[2]: 1, wh.box_codes[3]: 7}
    for code, ahead in months.items():
        clock.tick()
        bench.set_template(hygiene(wh).id)
        clock.tick()
        bench.set_expiry(add_months(today, ahead))
        clock.tick()
        bench.set_expiry(add_months(today, ahead))  # past months are confirmed
        assert scan(bench, clock, code).ok
    scan(bench, clock, wh.jackets.code)
    assert scan(bench, clock, wh.box_codes[4]).ok

    def codes_for(**filters: object) -> list[str]:
        f = BoxFilter(**filters)  # type: ignore[arg-type]
        listed = [row.code for row in inventory.list_boxes(f, sort="expires_on")]
        assert inventory.count_boxes(f) == len(listed)
        return listed

    assert codes_for(expired=True) == [wh.box_codes[0]]
    # This month and next begin within 62 days; 7 months ahead does not.
    assert codes_for(expiring_within_days=62) == wh.box_codes[:3]
    assert codes_for(expiring_within_days=0) == wh.box_codes[:2]
    assert len(codes_for()) == 5
    row = inventory.get_box(wh.box_codes[3])
    assert row.expires_on == add_months(today, 7)
    assert inventory.get_box(wh.box_codes[4]).expires_on is None
    # The filter combines with the others, and a search never reaches the SQL as text.
    assert codes_for(expired=True, text="'; DROP TABLE box; --") == []


def test_export_boxes_gives_the_expiry_month_with_its_hxl_tag(
    bench, wh, clock, tmp_path: Path
) -> None:
    import csv
    import io

    from warehouse_desktop import exchange

    assert scan(bench, clock, hygiene(wh).code).ok
    assert scan(bench, clock, K3).ok
    assert scan(bench, clock, wh.box_codes[0]).ok
    out = tmp_path / "boxes.csv"
    exchange.export("boxes", out, hxl=True)
    header, tags, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    at = header.index("expiry_month")
    assert tags[at] == "#date+expiry"
    assert {row[0]: row[at] for row in rows} == {wh.box_codes[0]: "2027-02"}
