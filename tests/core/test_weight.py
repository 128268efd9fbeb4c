"""A box's weight: typed at the bench for the next box, weighed or corrected later as a
movement, `box weight CODE KG`, the box export and its HXL tag, and the sums on SQLite and
PostgreSQL.  Bad weights (text, zero, negative, absurd) are refused and write nothing."""

from __future__ import annotations

import csv
import io
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from tests.support.cli import as_coordinator, run
from tests.support.distribution import seed_dispatches
from tests.support.warehouse import add_volunteers, small_warehouse
from warehouse_desktop import auth, backup, exchange, inventory, stock
from warehouse_desktop.bench import BenchService
from warehouse_desktop.bench.results import ScanAction
from warehouse_desktop.db import close_database, open_database, write_transaction
from warehouse_desktop.distribution import Step, distribution_report
from warehouse_desktop.errors import InputError, PermissionRefused
from warehouse_desktop.migrations import LATEST_VERSION, current_version, ensure_schema
from warehouse_desktop.models import (
    BenchState,
    Box,
    BoxState,
    Movement,
    MovementAction,
    database,
)
from warehouse_desktop.movements import Actor, change_box
from warehouse_desktop.weight import MAX_WEIGHT_G, format_kg, parse_kg

PIN = "1234"
FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "warehouse-v1.db"


# --- reading what a volunteer types --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "grams"),
    [
        ("12.5", 12_500),
        ("12,5", 12_500),  # a French keyboard's decimal comma
        (" 12,5 kg ", 12_500),
        ("12.5KG", 12_500),
        ("0,25", 250),
        (",5", 500),
        ("7", 7_000),
        ("1000", MAX_WEIGHT_G),
        ("0.0005", 1),  # rounded to the gram, never to nothing
        ("3.14159", 3_142),
    ],
)
def test_a_weight_is_read_in_kg_with_a_point_or_a_comma(typed: str, grams: int) -> None:
    assert parse_kg(typed) == grams


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("", "weight_invalid"),
        ("kg", "weight_invalid"),
        ("twelve", "weight_invalid"),
        ("12.5.3", "weight_invalid"),
        ("1,000.5", "weight_invalid"),  # thousands separators are ambiguous: refused
        ("12 5", "weight_invalid"),
        ("1e3", "weight_invalid"),
        ("nan", "weight_invalid"),
        ("0", "weight_not_positive"),
        ("0,0", "weight_not_positive"),
        ("0.0004", "weight_not_positive"),
        ("-3", "weight_not_positive"),
        ("1000.001", "weight_too_heavy"),
        ("12500", "weight_too_heavy"),  # grams typed as kg
    ],
)
def test_a_wrong_weight_is_refused_with_its_own_message(typed: str, key: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_kg(typed)
    assert caught.value.key == key
    assert "Nothing was changed" in str(caught.value)


def test_kg_are_shown_exactly_from_the_grams() -> None:
    assert [format_kg(g) for g in (12_500, 12_000, 250, 12_345, 1, 0, None)] == [
        "12.5", "12.0", "0.25", "12.345", "0.001", "0.0", ""
    ]  # fmt: skip
    for grams in (1, 999, 1_000, 12_345, MAX_WEIGHT_G):
        assert parse_kg(format_kg(grams)) == grams


# --- at the bench ---------------------------------------------------------------------------


@pytest.fixture
def bench(any_db: str) -> tuple[BenchService, list[str]]:
    place = small_warehouse(10)
    add_volunteers("Amina", coordinator_pin=PIN)
    service = BenchService("bench-1", operator="Amina")
    assert service.set_template(place.jackets.id, "M").ok
    return service, place.box_codes


def test_the_typed_weight_goes_to_the_next_box_only(bench) -> None:
    service, codes = bench
    result = service.set_next_weight("12,5")
    assert result.ok and result.action is ScanAction.WEIGHT_SET
    assert result.args == {"weight": "12.5"}
    assert service.context().next_weight_g == 12_500
    made = service.scan(codes[0])
    assert made.ok and made.message == "box_created_weighed" and made.args["weight"] == "12.5"
    assert "12.5 kg" in made.text
    assert made.box is not None and made.box.weight_g == 12_500
    assert Box.get(Box.code == codes[0]).weight_g == 12_500
    created = Movement.get(Movement.action == MovementAction.CREATED.value)
    assert created.weight_g == 12_500
    # Taken by that box: the next one is not weighed unless a weight is typed again.
    assert service.context().next_weight_g is None
    assert service.scan(codes[1]).message == "box_created"
    assert Box.get(Box.code == codes[1]).weight_g is None


@pytest.mark.parametrize("typed", ["abc", "0", "-2", "1500", "12.5.1"])
def test_a_wrong_weight_at_the_bench_is_red_and_keeps_the_one_typed_before(
    bench, typed: str
) -> None:
    service, codes = bench
    assert service.set_next_weight("8").ok
    refused = service.set_next_weight(typed)
    assert not refused.ok and not refused.confirm
    assert refused.message.startswith("weight_")
    assert service.context().next_weight_g == 8_000
    assert service.scan(codes[0]).ok
    assert Box.get(Box.code == codes[0]).weight_g == 8_000


def test_a_blank_weight_clears_it_and_signing_out_forgets_it(bench) -> None:
    service, codes = bench
    service.set_next_weight("5")
    cleared = service.set_next_weight("  ")
    assert cleared.ok and cleared.message == "weight_cleared"
    assert service.context().next_weight_g is None
    service.set_next_weight("5")
    service.sign_out()
    assert BenchState.get_by_id("bench-1").next_weight_g is None
    service.sign_in("Amina")
    assert service.context().next_weight_g is None
    assert service.scan(codes[0]).ok is False  # the template went too: nothing packed


def test_the_weight_waits_for_a_signed_in_volunteer(any_db: str) -> None:
    small_warehouse(1)
    service = BenchService("bench-1")
    refused = service.set_next_weight("4")
    assert not refused.ok and refused.message == "sign_in_first"
    assert BenchState.get_or_none(BenchState.bench == "bench-1") is None or (
        BenchState.get_by_id("bench-1").next_weight_g is None
    )


def test_weights_add_up_exactly_in_stock(bench) -> None:
    service, codes = bench
    # 0.1 + 0.2 kg is not 0.3 in floating point; in grams it is.
    for code, typed in zip(codes[:3], ("0,1", "0.2", "12.345"), strict=True):
        service.set_next_weight(typed)
        service.scan(code)
    service.scan(codes[3])  # not weighed
    jackets = Box.get(Box.code == codes[0]).category_id
    weight = stock.weight_in_stock_by_category()[jackets]
    assert weight == stock.Weight(grams=12_645, weighed=3, not_weighed=1)
    assert format_kg(weight.grams) == "12.645"


# --- weighing a box later (Box detail, the command line) -----------------------------------


def test_weighing_a_box_later_is_a_movement_in_its_history(bench) -> None:
    service, codes = bench
    service.scan(codes[0])
    done = inventory.set_weight(codes[0], "9,75", coordinator="Coordinator", pin=PIN, bench="b")
    assert (done.key, done.args) == ("box_weighed", {"code": codes[0], "weight": "9.75"})
    assert inventory.get_box(codes[0]).weight_g == 9_750
    history = inventory.box_history(codes[0])
    assert [(h.action, h.weight_g) for h in history] == [("created", None), ("weighed", 9_750)]
    assert history[-1].operator == "Coordinator" and history[-1].bench == "b"
    cleared = inventory.set_weight(codes[0], None, coordinator="Coordinator", pin=PIN)
    assert cleared.key == "box_weight_cleared"
    assert inventory.get_box(codes[0]).weight_g is None
    assert [h.action for h in inventory.box_history(codes[0])][-1] == "weighed"


def test_a_wrong_weight_is_refused_before_the_pin_and_writes_nothing(bench) -> None:
    service, codes = bench
    service.scan(codes[0])
    before = Movement.select().count()
    for typed in ("abc", "0", "-1", "1001"):
        with pytest.raises(InputError):
            # A wrong PIN too: the weight is refused first, no failed PIN is counted.
            inventory.set_weight(codes[0], typed, coordinator="Coordinator", pin="0000")
    assert Movement.select().count() == before
    assert auth.seconds_to_wait() == 0 and auth._read_failures()[0] == 0
    with pytest.raises(PermissionRefused):
        inventory.set_weight(codes[0], "3", coordinator="Coordinator", pin="0000")
    with pytest.raises(PermissionRefused):
        inventory.set_weight(codes[0], "3", coordinator="Amina", pin=PIN)
    assert Movement.select().count() == before
    assert Box.get(Box.code == codes[0]).weight_g is None


def test_moving_a_box_keeps_its_weight(bench) -> None:
    service, codes = bench
    service.set_next_weight("4.2")
    service.scan(codes[0])
    box = Box.get(Box.code == codes[0])
    with write_transaction():
        change_box(Actor("x", "y"), box, MovementAction.LOADED, state=BoxState.LOADING)
    assert Box.get(Box.code == codes[0]).weight_g == 4_200
    assert Movement.select().order_by(Movement.id.desc()).get().weight_g is None


# --- schema ---------------------------------------------------------------------------------


def test_an_older_database_climbs_to_weights_with_its_boxes_unweighed(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE_V1, db_path)
    open_database(db_path)
    try:
        assert ensure_schema() == LATEST_VERSION
        assert [b.weight_g for b in Box.select()] == [None]
        assert current_version(database.obj) == LATEST_VERSION
    finally:
        close_database()


def test_a_backup_with_weighings_passes_the_restore_check(tmp_path: Path) -> None:
    db_path = tmp_path / "w.db"
    open_database(db_path)
    try:
        ensure_schema()
        place = small_warehouse(2)
        add_volunteers("Amina", coordinator_pin=PIN)
        service = BenchService("bench-1", operator="Amina")
        service.set_template(place.blankets.id)
        service.set_next_weight("3")
        service.scan(place.box_codes[0])
        inventory.set_weight(place.box_codes[0], "3,5", coordinator="Coordinator", pin=PIN)
        written = backup.backup_sqlite(db_path, tmp_path / "copy.db")
    finally:
        close_database()
    assert backup.check_backup_file(written) == LATEST_VERSION


# --- exports and the distribution report ------------------------------------------------------


def _export(what: str, hxl: bool = False) -> list[list[str]]:
    out = io.StringIO()
    with redirect_stdout(out):
        exchange.export(what, "-", hxl=hxl)
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_export_boxes_has_the_weight_in_kg_and_its_hxl_tag(bench) -> None:
    service, codes = bench
    service.set_next_weight("12,5")
    service.scan(codes[0])
    service.scan(codes[1])
    header, *rows = _export("boxes")
    assert header[-1] == "weight_kg"
    weights = {row[0]: row[-1] for row in rows}
    assert weights == {codes[0]: "12.5", codes[1]: ""}
    header, tags, *_rows = _export("boxes", hxl=True)
    assert tags[header.index("weight_kg")] == "#output+weight+kg"


def test_distribution_kg_agree_with_export_movements_and_boxes(any_db: str) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    seed_dispatches()
    # Weigh every dispatched box but one, with weights that do not add up in floating point.
    dispatched = list(Box.select().where(Box.state == BoxState.DISPATCHED.value).order_by(Box.id))
    with write_transaction():
        for n, box in enumerate(dispatched[1:], 1):
            change_box(Actor("w", "b"), box, MovementAction.WEIGHED, weight_g=100 * n + 1)
    zone = ZoneInfo("Europe/Paris")
    first, last = dt.date(2026, 11, 2), dt.date(2026, 11, 29)
    boxes = {row[0]: row for row in _export("boxes")[1:]}
    header = _export("boxes")[0]
    kg_at = header.index("weight_kg")
    movement_header, *movements = _export("movements")
    at, action, box_at = (movement_header.index(n) for n in ("at", "action", "box"))
    grams = not_weighed = 0
    for row in movements:
        stored = dt.datetime.fromisoformat(row[at]).replace(tzinfo=dt.UTC)
        if not first <= stored.astimezone(zone).date() <= last:
            continue
        sign = {"dispatched": 1, "reopened": -1}.get(row[action], 0)
        kg = boxes[row[box_at]][kg_at]
        if kg:
            grams += sign * parse_kg(kg)
        else:
            not_weighed += sign
    report = distribution_report(first, last, Step.WEEK)
    assert (report.grams, report.not_weighed) == (grams, not_weighed)
    assert report.not_weighed == 1 and report.grams == sum(100 * n + 1 for n in range(1, 10))


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli_box(tmp_path: Path) -> tuple[Path, str, dict[str, str]]:
    db = tmp_path / "cli.db"
    open_database(db)
    try:
        ensure_schema()
        place = small_warehouse(2)
        service = BenchService("bench-1", operator="Amina")
        auth.sign_in("Amina")
        service.set_template(place.blankets.id)
        service.scan(place.box_codes[0])
    finally:
        close_database()
    return db, place.box_codes[0], as_coordinator(db)


def _weight_in(db: Path, code: str) -> tuple[int | None, int]:
    open_database(db)
    try:
        return Box.get(Box.code == code).weight_g, Movement.select().count()
    finally:
        close_database()


def test_box_weight_on_the_command_line(cli_box) -> None:
    db, code, env = cli_box
    result = run("box", "weight", code, "12,5", "--db", str(db), env=env)
    assert result.returncode == 0, result.stderr
    assert f"Box {code} weighs 12.5 kg" in result.stdout
    assert _weight_in(db, code)[0] == 12_500
    cleared = run("box", "weight", code, "--clear", "--db", str(db), env=env)
    assert cleared.returncode == 0 and "weight cleared" in cleared.stdout
    assert _weight_in(db, code)[0] is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("douze", "is not a weight"),
        ("0", "more than 0 kg"),
        ("-4", "more than 0 kg"),
        ("2000", "at most 1000 kg"),
    ],
)
def test_box_weight_refuses_a_wrong_weight_and_writes_nothing(cli_box, typed, says) -> None:
    db, code, env = cli_box
    before = _weight_in(db, code)
    result = run("box", "weight", code, typed, "--db", str(db), env=env)
    assert result.returncode != 0
    assert says in result.stderr + result.stdout
    assert "Nothing was changed" in result.stderr + result.stdout
    assert _weight_in(db, code) == before


def test_box_weight_refuses_an_unknown_box_and_a_wrong_pin(cli_box) -> None:
    db, code, _env = cli_box
    unknown = run("box", "weight", "B9999999X", "3", "--db", str(db), env={"WAREHOUSE_PIN": PIN})
    assert unknown.returncode != 0 and "No box has the code" in unknown.stderr + unknown.stdout
    wrong = run("box", "weight", code, "3", "--db", str(db), env={"WAREHOUSE_PIN": "0000"})
    assert wrong.returncode != 0 and "Wrong PIN" in wrong.stderr + wrong.stdout
    assert _weight_in(db, code)[0] is None


@pytest.mark.parametrize(("typed", "grams"), [("", None), ("2,5", 2_500)])
def test_a_repacked_box_takes_the_typed_weight_or_none(bench, typed: str, grams) -> None:
    service, codes = bench
    service.set_next_weight("5")
    service.scan(codes[0])
    inventory.mark_lost(codes[0], coordinator="Coordinator", pin=PIN)
    jackets = Box.get(Box.code == codes[0]).category
    service.set_next_weight(typed)
    assert service.scan(codes[0]).confirm  # amber: back, or repack with a category card
    repacked = service.scan(jackets.code)
    assert repacked.ok and repacked.message == "box_repacked"
    # New contents: the old weight was of the old ones.
    assert Box.get(Box.code == codes[0]).weight_g == grams
    assert service.context().next_weight_g is None
