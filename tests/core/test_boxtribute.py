"""Migrating from Boxtribute: its box export in (checked whole, one transaction), and back out.

The files here are written in Boxtribute's own export columns, with its state and
gender spellings, Arabic and Cyrillic names, a byte-order mark, and every kind of bad row.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from tests.support.cli import as_coordinator, run
from tests.support.old_versions import check_old_backup, open_version
from warehouse_desktop import boxtribute, inventory
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, classify, make_code
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.errors import InputError
from warehouse_desktop.migrations import LATEST_VERSION, current_version, ensure_schema
from warehouse_desktop.models import Box, BoxState, Category, Location, Movement, database
from warehouse_desktop.numbering import issued_up_to

HEADER = ",".join(boxtribute.COLUMNS)
FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "warehouse-v1.db"

ROWS = [
    "10000001,T-Shirt,Tops,Men,M,20,InStock,Shelf A1,winter;men,,clean and folded,3 months,"
    "2024-03-05 14:22,Anna,Ben",
    "10000002,Blanket,Bedding,,,10,Donated,Shelf A1,,Shipment 7,,1 year,2024-01-02 09:00,Anna,Ben",
    "10000003,Рубашка,Tops,Women,L,5,InTransit,Склад Б,,,,2 days,2024-03-05T14:22:01.000Z,Olga,Olga",
    "10000004,حذاء,Shoes,Boy,32,4,Lost,مخزن,,,,,,Anna,Ben",
    "10000005,Jacket,Outerwear,Unisex Adult,XL,8,Scrap,Shelf A1,,,torn,,,Anna,Ben",
    "10000006,T-Shirt,Tops,Men,XXS,12,MarkedForShipment,shelf a1,,,,,,Anna,Ben",
    "10000007,Jacket,Outerwear,Unisex Adult,L,9,Receiving,Shelf A1,,,,,,Anna,Ben",
]


def write(path: Path, rows: list[str], *, header: str = HEADER, bom: bool = False) -> Path:
    text = "\n".join([header, *rows]) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def seed_catalogue() -> None:
    Category.create(code="C0001X", name="Men's T-shirts", gender="men", group="clothing",
                    sizes=["S", "M", "L", "XL"], names={"fr": "T-shirts homme"})  # fmt: skip
    Category.create(code="C0002X", name="Blankets", gender="none", group="bedding",
                    sizes=["one size"], names={"fr": "Couvertures"})  # fmt: skip
    Location.create(code="L0001X", name="Shelf A1", kind="shelf")


def _bad_row(tmp_path: Path, row: str) -> str:
    with pytest.raises(InputError) as caught:
        boxtribute.plan_import(write(tmp_path / "bad.csv", [ROWS[0], row]))
    return str(caught.value)


# --- the service --------------------------------------------------------------------------


def test_dry_run_lists_what_it_would_create_and_writes_nothing(
    warehouse_db: Path, tmp_path: Path
) -> None:
    seed_catalogue()
    plan = boxtribute.plan_import(write(tmp_path / "bt.csv", ROWS, bom=True))
    assert len(plan.boxes) == 7
    # Matched by name whatever the case and accents, and the catalogue's plural form.
    assert set(plan.wanted()) == {
        "category Рубашка (women)", "category حذاء (boys)", "category Jacket (unisex_adult)",
        "size XXS of Men's T-shirts", "location Склад Б", "location مخزن",
    }  # fmt: skip
    assert plan.unknown == plan.wanted()
    with pytest.raises(InputError) as caught:
        boxtribute.apply_import(plan, operator="Zoé")
    assert "--create-missing" in str(caught.value)
    assert Box.select().count() == 0
    assert Category.select().count() == 2


def test_import_creates_boxes_with_our_codes_and_keeps_the_boxtribute_number(
    warehouse_db: Path, tmp_path: Path
) -> None:
    seed_catalogue()
    plan = boxtribute.plan_import(write(tmp_path / "bt.csv", ROWS), create_missing=True)
    result = boxtribute.apply_import(plan, operator="Zoé", bench="office")
    assert [number for _code, number, _state in result.boxes] == [
        f"1000000{n}" for n in range(1, 8)
    ]
    assert (result.categories, result.sizes, result.locations) == (3, 1, 2)
    boxes = {b.boxtribute_number: b for b in Box.select()}
    states = {n: b.state for n, b in boxes.items()}
    assert states == {
        "10000001": "in_stock", "10000002": "dispatched", "10000003": "in_stock",
        "10000004": "lost", "10000005": "scrapped", "10000006": "in_stock", "10000007": "in_stock",
    }  # fmt: skip
    for box in boxes.values():
        parsed = classify(box.code)
        assert parsed.kind is CodeKind.BOX and parsed.number is not None
        assert parsed.number <= issued_up_to(CodeKind.BOX)  # issued: the bench accepts it
    tshirt = boxes["10000001"]
    assert tshirt.category.name == "Men's T-shirts" and tshirt.size == "M"
    assert tshirt.location.name == "Shelf A1" and tshirt.quantity == 20
    assert "clean and folded" in tshirt.note and "winter;men" in tshirt.note
    assert boxes["10000002"].category.name == "Blankets"
    assert boxes["10000002"].size == "one size"
    # The states that are a step of a shipment stay in stock, with a note saying so.
    assert "InTransit" in boxes["10000003"].note
    assert "MarkedForShipment" in boxes["10000006"].note
    assert boxes["10000003"].location.name == "Склад Б"
    assert boxes["10000004"].category.name == "حذاء"
    assert boxes["10000004"].category.gender == "boys"
    assert "XXS" in Category.get(Category.name == "Men's T-shirts").sizes
    # One movement per box records the import: who, where, and the state it came in.
    movements = list(Movement.select().order_by(Movement.id))
    assert len(movements) == 7
    assert {m.operator for m in movements} == {"Zoé"}
    assert {m.bench for m in movements} == {"office"}
    assert {m.action for m in movements} == {"created"}
    assert sorted(m.to_state for m in movements) == sorted(states.values())


def test_boxtribute_number_is_found_by_the_stock_browser_search(
    warehouse_db: Path, tmp_path: Path
) -> None:
    seed_catalogue()
    plan = boxtribute.plan_import(write(tmp_path / "bt.csv", ROWS), create_missing=True)
    boxtribute.apply_import(plan, operator="Zoé")
    found = inventory.list_boxes(inventory.BoxFilter(text="10000004"))
    assert [row.category for row in found] == ["حذاء"]
    assert inventory.count_boxes(inventory.BoxFilter(text="1000000")) == 7


def test_an_imported_box_works_at_the_bench(warehouse_db: Path, tmp_path: Path) -> None:
    seed_catalogue()
    plan = boxtribute.plan_import(write(tmp_path / "bt.csv", ROWS), create_missing=True)
    result = boxtribute.apply_import(plan, operator="Zoé")
    codes = {number: code for code, number, _state in result.boxes}
    bench = BenchService("b1", operator="Zoé")
    shelf = Location.create(code=make_code(CodeKind.LOCATION, 9), name="Shelf Z", kind="shelf")
    assert bench.scan(shelf.code).ok
    assert bench.scan(codes["10000001"]).ok  # put away
    assert Box.get(Box.code == codes["10000001"]).location_id == shelf.id
    donated = bench.scan(codes["10000002"])  # dispatched with no van: told, nothing changes
    assert not donated.ok and donated.confirm
    assert Box.get(Box.code == codes["10000002"]).state == BoxState.DISPATCHED.value


def test_reimporting_the_same_file_makes_no_second_box(warehouse_db: Path, tmp_path: Path) -> None:
    seed_catalogue()
    path = write(tmp_path / "bt.csv", ROWS)
    boxtribute.apply_import(boxtribute.plan_import(path, create_missing=True), operator="Zoé")
    again = boxtribute.plan_import(path, create_missing=True)
    assert again.boxes == [] and len(again.already_imported) == 7
    result = boxtribute.apply_import(again, operator="Zoé")
    assert result.boxes == [] and result.skipped == 7
    assert Box.select().count() == 7
    # A file with one more row brings only that row.
    more = write(
        tmp_path / "more.csv", [*ROWS, "10000008,Blanket,Bedding,,,3,InStock,Shelf A1,,,,,,A,B"]
    )
    plan = boxtribute.plan_import(more, create_missing=True)
    assert [b.number for b in plan.boxes] == ["10000008"]
    boxtribute.apply_import(plan, operator="Zoé")
    assert Box.select().count() == 8


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("10000009,T-Shirt,Tops,Men,M,20,Borrowed,Shelf A1,,,,,,A,B", "line 3: State: 'Borrowed'"),
        ("10000009,T-Shirt,Tops,Men,M,lots,InStock,Shelf A1,,,,,,A,B", "line 3: Number of items"),
        ("10000009,T-Shirt,Tops,Men,M,-3,InStock,Shelf A1,,,,,,A,B", "line 3: Number of items"),
        ("10000009,T-Shirt,Tops,Martian,M,2,InStock,Shelf A1,,,,,,A,B", "line 3: Gender"),
        (",T-Shirt,Tops,Men,M,2,InStock,Shelf A1,,,,,,A,B", "line 3: Box Number: empty"),
        ("10000009,,Tops,Men,M,2,InStock,Shelf A1,,,,,,A,B", "line 3: Product: empty"),
        ("10000009,T-Shirt,Tops,Men,M,2,InStock,,,,,,,A,B", "line 3: Location: empty"),
        ("10000009,T-Shirt,Tops,Men,M,2,InStock,Shelf A1,,,,,yesterday,A,B",
         "line 3: Last Modified (UTC time)"),
        ("10000001,T-Shirt,Tops,Men,M,2,InStock,Shelf A1,,,,,,A,B",
         "line 3: Box Number: 10000001 is also on line 2"),
        ("10000009,T-Shirt,Tops,Men,M,2,InStock,Shelf A1", "line 3: 8 cells, expected 15"),
    ],
)  # fmt: skip
def test_a_bad_row_is_named_by_line_and_column_and_nothing_is_written(
    warehouse_db: Path, tmp_path: Path, row: str, expected: str
) -> None:
    seed_catalogue()
    assert expected in _bad_row(tmp_path, row)
    assert Box.select().count() == 0 and Movement.select().count() == 0


def test_broken_files_get_a_clear_message(warehouse_db: Path, tmp_path: Path) -> None:
    semicolons = write(tmp_path / "semi.csv", [r.replace(",", ";") for r in ROWS[:2]],
                       header=HEADER.replace(",", ";"))  # fmt: skip
    with pytest.raises(InputError) as caught:
        boxtribute.plan_import(semicolons)
    assert "semicolons" in str(caught.value)
    other = write(tmp_path / "other.csv", ["1,2"], header="code,name")
    with pytest.raises(InputError) as caught:
        boxtribute.plan_import(other)
    assert caught.value.key == "csv_columns"
    quote = write(tmp_path / "quote.csv", ['10000001,"T-Shirt,Tops,Men,M,20,InStock'])
    with pytest.raises(InputError) as caught:
        boxtribute.plan_import(quote)
    assert caught.value.key == "csv_bad_row"
    empty = write(tmp_path / "empty.csv", [])
    with pytest.raises(InputError) as caught:
        boxtribute.plan_import(empty)
    assert caught.value.key == "boxtribute_empty"
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes((HEADER + "\n10000001,Chaussure été,Shoes,Men,42,1,InStock,A,,,,,,A,B\n")
                       .encode("latin-1"))  # fmt: skip
    with pytest.raises(InputError) as caught:
        boxtribute.plan_import(latin1)
    assert caught.value.key == "csv_not_utf8"


def test_export_writes_the_same_fifteen_columns_back(warehouse_db: Path, tmp_path: Path) -> None:
    seed_catalogue()
    path = write(tmp_path / "bt.csv", ROWS)
    boxtribute.apply_import(boxtribute.plan_import(path, create_missing=True), operator="Zoé")
    out = tmp_path / "back.csv"
    assert boxtribute.export_boxes(out) == 7
    with open(out, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        assert next(reader) == boxtribute.COLUMNS
        back = {row[0]: dict(zip(boxtribute.COLUMNS, row, strict=True)) for row in reader}
    original = {
        row[0]: dict(zip(boxtribute.COLUMNS, row, strict=True))
        for row in csv.reader(io.StringIO("\n".join(ROWS)))
    }
    assert set(back) == set(original)
    for number, row in original.items():
        for column in ("Number of items", "State", "Tags", "Shipment", "Comment",
                       "Last Modified By", "Created By", "Product Category"):  # fmt: skip
            assert back[number][column] == row[column], (number, column)
        assert boxtribute.fold(back[number]["Location"]) == boxtribute.fold(row["Location"])
    assert back["10000001"]["Product"] == "Men's T-shirts"  # what the box is here
    assert back["10000003"]["Gender"] == "Women"
    assert back["10000002"]["Size"] == "one size"
    assert back["10000001"]["Last Modified (UTC time)"] == "2024-03-05 14:22"


def test_round_trip_into_a_new_warehouse_gives_the_same_boxes(tmp_path: Path) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    open_database(first)
    ensure_schema()
    seed_catalogue()
    boxtribute.apply_import(
        boxtribute.plan_import(write(tmp_path / "bt.csv", ROWS), create_missing=True),
        operator="Zoé",
    )
    boxtribute.export_boxes(tmp_path / "back.csv")

    def boxes() -> list[tuple]:
        return sorted(
            (b.boxtribute_number, b.category.name, b.category.gender, b.size, b.quantity, b.state,
             b.location.name if b.location_id else "")
            for b in Box.select()
        )  # fmt: skip

    before = boxes()
    close_database()
    open_database(second)
    try:
        ensure_schema()
        plan = boxtribute.plan_import(tmp_path / "back.csv", create_missing=True)
        boxtribute.apply_import(plan, operator="Zoé")
        assert boxes() == before
    finally:
        close_database()


def test_a_version_5_database_climbs_to_the_boxtribute_column(tmp_path: Path) -> None:
    open_version(tmp_path / "old.db", 5)
    try:
        columns = {c.name for c in database.obj.get_columns("box")}
        assert "boxtribute_number" not in columns
        assert ensure_schema() == LATEST_VERSION
        assert current_version(database.obj) == LATEST_VERSION
        assert [b.code for b in Box.select()] == ["B0000001G"]  # the old box is intact
        assert Box.get().boxtribute_number is None
        seed_catalogue()
        write(tmp_path / "bt.csv", ROWS[:1])
        boxtribute.apply_import(boxtribute.plan_import(tmp_path / "bt.csv"), operator="Zoé")
        assert Box.select().where(Box.boxtribute_number == "10000001").count() == 1
        # The column is unique: one Boxtribute box can never become two of ours.
        with pytest.raises(Exception, match="UNIQUE"):
            database.execute_sql(
                "UPDATE box SET boxtribute_number = '10000001' WHERE code = 'B0000001G'"
            )
    finally:
        close_database()


def test_a_restored_version_5_backup_passes_the_restore_check(tmp_path: Path) -> None:
    check_old_backup(tmp_path / "v5.db", 5)


# --- the command line ---------------------------------------------------------------------


def test_command_line_dry_run_then_apply_then_again(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    env = as_coordinator(db)
    open_database(db)
    seed_catalogue()
    close_database()
    path = str(write(tmp_path / "bt.csv", ROWS, bom=True))
    dry = run("import", "boxes", "--from", "boxtribute", path, "--db", db, check_ok=True)
    assert "new boxes 7" in dry.stdout and "Nothing was written" in dry.stdout
    assert "Склад Б" in dry.stdout and "--create-missing" in dry.stdout
    refused = run("import", "boxes", "--from", "boxtribute", path, "--apply", "--db", db, env=env)
    assert refused.returncode == 1 and "--create-missing" in refused.stderr
    no_pin = run("import", "boxes", "--from", "boxtribute", path, "--apply", "--create-missing",
                 "--db", db, env={"WAREHOUSE_PIN": "0000"})  # fmt: skip
    assert no_pin.returncode == 1
    done = run("import", "boxes", "--from", "boxtribute", path, "--apply", "--create-missing",
               "--operator", "Amina", "--db", db, env=env, check_ok=True)  # fmt: skip
    assert "new boxes 7" in done.stdout and "locations 2" in done.stdout
    again = run("import", "boxes", "--from", "boxtribute", path, "--apply", "--create-missing",
                "--db", db, env=env, check_ok=True)  # fmt: skip
    assert "imported before" in again.stdout and "nothing was written" in again.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM box").fetchone()[0] == 7
        assert {r[0] for r in conn.execute("SELECT operator FROM movement")} == {"Amina"}
    exported = run("export", "boxes", "--as", "boxtribute", "--out", "-", "--db", db,
                   check_ok=True).stdout  # fmt: skip
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[0] == boxtribute.COLUMNS and len(rows) == 8
    assert {r[0] for r in rows[1:]} == {f"1000000{n}" for n in range(1, 8)}


def test_command_line_names_a_bad_row_and_writes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    env = as_coordinator(db)
    path = write(
        tmp_path / "bt.csv", [*ROWS, "10000009,Coat,Tops,Men,M,2,Stolen,Shelf A1,,,,,,A,B"]
    )
    result = run("import", "boxes", "--from", "boxtribute", str(path), "--apply",
                 "--create-missing", "--db", db, env=env)  # fmt: skip
    assert result.returncode == 1
    assert "line 9" in result.stderr and "State" in result.stderr and "Stolen" in result.stderr
    assert result.stderr.count("\n") == 1
    semi = write(
        tmp_path / "semi.csv", [ROWS[0].replace(",", ";")], header=HEADER.replace(",", ";")
    )
    result = run("import", "boxes", "--from", "boxtribute", str(semi), "--db", db)
    assert result.returncode == 1 and "semicolons" in result.stderr
    result = run("import", "boxes", str(path), "--db", db)
    assert result.returncode == 1 and "--from boxtribute" in result.stderr
    result = run("export", "stock", "--as", "boxtribute", "--out", "-", "--db", db)
    assert result.returncode == 1 and "boxes" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM box").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM category").fetchone()[0] == 0


def test_import_and_reimport_on_every_backend(any_db: str, tmp_path: Path) -> None:
    seed_catalogue()
    path = write(tmp_path / "bt.csv", ROWS)
    result = boxtribute.apply_import(boxtribute.plan_import(path, create_missing=True),
                                     operator="Zoé")  # fmt: skip
    assert len(result.boxes) == 7
    assert boxtribute.plan_import(path).boxes == []
    assert inventory.count_boxes(inventory.BoxFilter(text="10000003")) == 1
    assert Movement.select().count() == 7


def test_boxes_made_here_export_with_our_code_and_boxtribute_spellings(
    warehouse_db: Path, tmp_path: Path
) -> None:
    from warehouse_desktop import demo

    demo.seed_demo(boxes=40)
    out = tmp_path / "bt.csv"
    assert boxtribute.export_boxes(out) == 40
    lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    rows = [dict(zip(boxtribute.COLUMNS, r, strict=True)) for r in lines[1:]]
    codes = {b.code: b for b in Box.select()}
    assert {r["Box Number"] for r in rows} == set(codes)
    allowed = set(boxtribute.EXPORT_STATES.values())
    assert {r["State"] for r in rows} <= allowed
    assert {r["Gender"] for r in rows} <= {words[0] for words in boxtribute.GENDERS.values()}
    for row in rows:
        box = codes[row["Box Number"]]
        assert row["Product"] == box.category.name and int(row["Number of items"]) == box.quantity
        assert row["Created By"]  # the volunteer of the box's first movement


def test_labels_asked_for_without_the_labels_package_are_refused_before_anything(
    tmp_path: Path,
) -> None:
    import argparse

    from warehouse_desktop import boxtribute_commands
    from warehouse_desktop.errors import InputError

    args = argparse.Namespace(
        source="boxtribute", file=tmp_path / "never-read.csv", labels=tmp_path / "l.pdf",
        label_format=None, apply=True, create_missing=False, bench_name="bench",
    )  # fmt: skip
    printed: list[str] = []
    with pytest.raises(InputError) as refused:
        boxtribute_commands.import_boxes(args, printed.append, lambda: "1234", "Amina", None)
    assert refused.value.key == "boxtribute_labels_unavailable"
    assert printed == [] and not (tmp_path / "l.pdf").exists()
