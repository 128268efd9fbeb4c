"""The bench's rules of intent through the real command line (`scan --json` and friends),
on SQLite and, when a server is configured, PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import io
import json
import time
from pathlib import Path

import pytest

from tests.support.cli import run, scan_json
from tests.support.warehouse import (
    CHECK_IN,
    COUNT,
    DISPATCH,
    DONE,
    LOOK,
    SIGN_OUT,
    UNDO,
    SmallWarehouse,
    add_volunteers,
    small_warehouse,
)
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.models import (
    BenchState,
    Box,
    Movement,
    Operator,
    StockCount,
    VanLoad,
)


@pytest.fixture
def wh(any_db) -> SmallWarehouse:
    warehouse = small_warehouse()
    add_volunteers("Amina")
    return warehouse


def scan_as(db: str, operator: str, *codes: str) -> list[dict]:
    result = run("scan", "--db", db, "--bench", "bench-1", "--json", "--operator", operator, *codes)
    return [json.loads(line) for line in result.stdout.splitlines()]


def later() -> None:
    """A deliberate second scan comes after the scanner double-read window (1.5 s)."""
    time.sleep(1.6)


def last_movement() -> Movement:
    return Movement.select().order_by(Movement.id.desc()).first()


def test_the_command_line_records_the_os_user_or_the_operator(any_db, wh) -> None:
    scan_json(any_db, wh.jackets.code, wh.box_codes[0])
    assert last_movement().operator == f"command line ({getpass.getuser()})"
    scan_as(any_db, "  Nour  ", wh.box_codes[1])
    assert last_movement().operator == "Nour"


def test_a_volunteer_card_signs_in_and_sign_out_refuses_further_scans(any_db, wh) -> None:
    amina = Operator.get(Operator.name == "Amina").card_code
    steps = scan_json(any_db, wh.jackets.code, amina, wh.box_codes[0], SIGN_OUT, wh.box_codes[1])
    assert [(s["ok"], s["action"]) for s in steps] == [
        (True, "template_set"), (True, "signed_in"),
        (False, "refused"),  # signing in cleared the template
        (True, "signed_out"), (False, "refused"),
    ]  # fmt: skip
    assert steps[4]["message"] == "Scan your volunteer card first"
    assert Box.select().count() == 0
    steps = scan_json(any_db, amina, wh.jackets.code, wh.box_codes[0])
    assert steps[2]["action"] == "box_created" and last_movement().operator == "Amina"
    unknown = scan_json(any_db, make_code(CodeKind.VOLUNTEER, 4321))[0]
    assert (unknown["ok"], unknown["message_key"]) == (False, "volunteer_card_unknown")


def test_look_card_shows_the_box_and_moves_nothing(any_db, wh) -> None:
    scan_json(any_db, wh.jackets.code, wh.box_codes[0])
    steps = scan_json(any_db, wh.shelf_b1.code, LOOK, wh.box_codes[0])
    assert [s["action"] for s in steps] == ["location_set", "look_armed", "looked"]
    assert steps[2]["box"]["location"] == wh.bench.code
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.bench.id
    assert Movement.select().count() == 1


def test_returns_and_dispatch_are_amber_until_confirmed(any_db, wh) -> None:
    scan_json(any_db, wh.jackets.code, wh.box_codes[0], wh.box_codes[1])
    van = run("van-load", "new", "Calais", "--driver", "Sam", "--db", any_db, check_ok=True)
    code = van.stdout.strip()
    assert VanLoad.get(VanLoad.code == code).driver == "Sam"
    scan_json(any_db, code, wh.box_codes[0], wh.box_codes[1])
    first = scan_json(any_db, DISPATCH)[0]
    assert (first["ok"], first["confirm"], first["action"]) == (False, True, "confirm_dispatch")
    assert (first["args"]["boxes"], first["args"]["items"]) == (2, 20)
    assert code in first["message"] and VanLoad.get(VanLoad.code == code).state == "loading"
    later()
    done = scan_json(any_db, DISPATCH)[0]
    assert (done["ok"], done["confirm"], done["action"]) == (True, False, "load_dispatched")
    # A dispatched box at check-in: amber, then back in stock on the second scan.
    steps = scan_json(any_db, CHECK_IN, wh.box_codes[0])
    assert (steps[1]["ok"], steps[1]["confirm"]) == (False, True)
    assert "Calais" in steps[1]["message"] and steps[1]["box"]["state"] == "dispatched"
    assert Box.get(Box.code == wh.box_codes[0]).state == "dispatched"
    later()
    back = scan_json(any_db, wh.box_codes[0])[0]
    assert (back["ok"], back["action"]) == (True, "box_returned")
    # Another box, a category card instead of the second scan: repacked.
    scan_json(any_db, wh.box_codes[1])
    repacked = scan_json(any_db, wh.blankets.code)[0]
    assert repacked["action"] == "box_repacked"
    box = Box.get(Box.code == wh.box_codes[1])
    assert (box.state, box.category_id) == ("in_stock", wh.blankets.id)


def test_undo_reverts_only_the_operators_own_change_and_never_a_dispatch(any_db, wh) -> None:
    scan_as(any_db, "Amina", wh.jackets.code, wh.box_codes[0], wh.shelf_b1.code, wh.box_codes[0])
    other = scan_as(any_db, "Farid", UNDO)[0]
    assert other["action"] == "nothing_to_undo"
    later()  # the same UNDO card again at once would be a double read
    mine = scan_as(any_db, "Amina", UNDO)[0]
    assert (mine["ok"], mine["action"], mine["args"]["what"]) == (True, "undone", "moved")
    assert "Shelf B1 → Sorting bench" in mine["message"]
    van = run("van-load", "new", "Calais", "--db", any_db, check_ok=True).stdout.strip()
    scan_as(any_db, "Amina", van, wh.box_codes[0], DISPATCH)
    later()
    scan_as(any_db, "Amina", DISPATCH)
    refused = scan_as(any_db, "Amina", UNDO)[0]
    assert (refused["ok"], refused["message_key"]) == (False, "undo_not_allowed")
    assert VanLoad.get(VanLoad.code == van).state == "dispatched"


def test_expired_context_is_cleared_and_the_answer_says_so(any_db, wh) -> None:
    scan_json(any_db, wh.jackets.code, wh.box_codes[0], wh.shelf_b1.code)
    quiet = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=16)
    BenchState.update(last_scan_at=quiet).where(BenchState.bench == "bench-1").execute()
    step = scan_json(any_db, wh.box_codes[0])[0]
    assert (step["action"], step["context_cleared"]) == ("box_shown", True)
    assert Box.get(Box.code == wh.box_codes[0]).location_id == wh.bench.id


def test_stock_take_is_recorded_exported_and_printed(any_db, wh, tmp_path: Path) -> None:
    scan_json(any_db, wh.jackets.code, *wh.box_codes[:3])
    steps = scan_json(any_db, COUNT, wh.bench.code, wh.box_codes[0], DONE)
    assert steps[3]["action"] == "count_done"
    assert (steps[3]["args"]["found"], steps[3]["args"]["missing"]) == (1, 2)
    assert sorted(d["code"] for d in steps[3]["details"]) == wh.box_codes[1:3]
    assert {Box.get(Box.code == c).state for c in wh.box_codes[1:3]} == {"missing"}
    count_id = StockCount.get().id
    out = run("export", "counts", "--db", any_db, "--out", "-", check_ok=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["found"], r["missing"], r["location"]) for r in rows] == [
        (str(count_id), "1", "2", wh.bench.code)]  # fmt: skip
    assert rows[0]["missing_boxes"].split() == wh.box_codes[1:3]
    pdf = tmp_path / "count.pdf"
    run("count-report", str(count_id), "--db", any_db, "--out", str(pdf), check_ok=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = run("count-report", "999", "--db", any_db, "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode != 0 and "999" in bad.stderr and not (tmp_path / "x.pdf").exists()
    # A missing box scanned again is found (amber first, as any box not in stock).
    scan_json(any_db, CHECK_IN, wh.box_codes[1])
    later()
    assert scan_json(any_db, wh.box_codes[1])[0]["action"] == "box_found"


def test_export_cards_and_volunteers_and_van_load_new(any_db, wh) -> None:
    out = run("export", "cards", "--db", any_db, "--out", "-", check_ok=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["code", "command", "name"]
    by_command = {r["command"]: r for r in rows if r["command"] != "quantity"}
    assert {"check_in", "load", "dispatch", "count", "done", "undo", "look"} <= set(by_command)
    assert by_command["look"]["code"] == LOOK and by_command["undo"]["name"] == "UNDO"
    assert sum(1 for r in rows if r["command"] == "quantity") == 99
    out = run("export", "volunteers", "--db", any_db, "--out", "-", check_ok=True).stdout
    people = {r["name"]: r for r in csv.DictReader(io.StringIO(out))}
    assert people["Amina"]["card_code"] == Operator.get(Operator.name == "Amina").card_code
    assert people["Coordinator"]["role"] == "coordinator"
    assert "pin" not in out.lower()
    empty = run("van-load", "new", "   ", "--db", any_db)
    assert empty.returncode != 0 and empty.stderr.count("\n") == 1
