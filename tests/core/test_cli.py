"""The command line contract (README, "Command line"), run as a real child process."""

from __future__ import annotations

import csv
import io
import sqlite3
import time
from pathlib import Path

import pytest

from tests.support.cli import as_coordinator, run, scan_json
from tests.support.warehouse import SmallWarehouse, small_warehouse
from warehouse_desktop.codes import CodeKind, Command, command_code, make_code, type_through_layout
from warehouse_desktop.db import close_database
from warehouse_desktop.demo import DEMO_PIN


@pytest.fixture
def small(warehouse_db: Path) -> tuple[Path, SmallWarehouse]:
    wh = small_warehouse()
    close_database()
    return warehouse_db, wh


def test_init_demo_then_export_boxes_prints_the_demo_stock(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    run("init", "--demo", "--db", str(db), check_ok=True)
    out = run("export", "boxes", "--db", str(db), "--out", "-", check_ok=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2000
    assert {"code", "category", "size", "gender", "quantity", "location", "state", "van_load",
            "packed_at", "updated_at"} <= set(rows[0])  # fmt: skip
    states = {row["state"] for row in rows}
    assert {"in_stock", "dispatched", "loading"} <= states
    in_stock = [r for r in rows if r["state"] == "in_stock"]
    assert all(r["location"].startswith("L") for r in in_stock)


def test_scan_json_walks_the_whole_check_in_and_load_workflow(small) -> None:
    db, wh = small
    codes = wh.box_codes
    steps = scan_json(db, codes[0], wh.jackets.code, codes[0], codes[1], wh.shelf_b1.code, codes[0])
    assert [(s["ok"], s["action"]) for s in steps] == [
        (False, "refused"),  # no template yet
        (True, "template_set"),
        (True, "box_created"),
        (True, "box_created"),
        (True, "location_set"),
        (True, "box_moved"),
    ]
    assert steps[0]["message"] == "Scan a category card first"
    assert steps[2]["box"]["code"] == codes[0] and steps[2]["box"]["category"] == "Men's jackets"
    # The same box again, a separate run later: shown, nothing changes.
    steps = scan_json(db, wh.shelf_b1.code, codes[0])
    assert [s["action"] for s in steps] == ["location_set", "box_shown"]

    van = make_code(CodeKind.VAN_LOAD, 1)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO van_load (code, destination, notes, state, created_at) "
                 "VALUES (?, 'Calais', '', 'loading', '2026-11-27')", (van,))  # fmt: skip
    conn.commit()
    conn.close()
    steps = scan_json(db, van, codes[0], codes[1])
    assert [s["action"] for s in steps] == ["van_load_selected", "box_loaded", "box_loaded"]
    assert scan_json(db, codes[0])[0]["action"] == "already_on_load"
    steps = scan_json(db, command_code(Command.DISPATCH))
    assert (steps[0]["ok"], steps[0]["confirm"], steps[0]["action"]) == (
        False, True, "confirm_dispatch")  # fmt: skip
    after_duplicate_window()
    steps = scan_json(db, command_code(Command.DISPATCH), van)
    assert steps[0]["action"] == "load_dispatched"
    assert not steps[1]["ok"]  # a dispatched load takes no more boxes
    steps = scan_json(db, command_code(Command.CHECK_IN), codes[0])
    assert [s["action"] for s in steps] == ["mode_changed", "confirm_return"]
    after_duplicate_window()
    assert scan_json(db, codes[0])[0]["action"] == "box_returned"


def after_duplicate_window() -> None:
    """A deliberate second scan comes after the scanner double-read window (1.5 s)."""
    time.sleep(1.6)


def test_scan_json_load_refusals(small) -> None:
    db, wh = small
    codes = wh.box_codes
    scan_json(db, wh.jackets.code, codes[0], codes[1], codes[2])
    conn = sqlite3.connect(db)
    vans = [make_code(CodeKind.VAN_LOAD, n) for n in (1, 2)]
    for van in vans:
        conn.execute("INSERT INTO van_load (code, destination, notes, state, created_at) "
                     "VALUES (?, 'Calais', '', 'loading', '2026-11-27')", (van,))  # fmt: skip
    conn.execute("UPDATE box SET state = 'scrapped' WHERE code = ?", (codes[2],))
    conn.commit()
    conn.close()
    scan_json(db, vans[0], codes[0])
    steps = scan_json(db, vans[1], codes[0], codes[2], codes[1], command_code(Command.DISPATCH))
    assert [(s["ok"], s["action"]) for s in steps] == [
        (True, "van_load_selected"), (False, "refused"), (False, "refused"),
        (True, "box_loaded"), (False, "confirm_dispatch"),
    ]  # fmt: skip
    after_duplicate_window()
    assert scan_json(db, command_code(Command.DISPATCH))[0]["action"] == "load_dispatched"
    assert [steps[1]["message_key"], steps[2]["message_key"]] == [
        "box_on_other_load", "box_not_loadable"]  # fmt: skip
    steps = scan_json(db, vans[0], codes[1])  # dispatched with the second van
    assert (steps[1]["ok"], steps[1]["message_key"]) == (False, "box_not_loadable")


def test_scan_json_stock_take_undo_duplicates_and_garbage(small) -> None:
    db, wh = small
    codes = wh.box_codes
    scan_json(db, wh.blankets.code, wh.shelf_b1.code, codes[0], codes[1])
    steps = scan_json(db, command_code(Command.COUNT), wh.shelf_b1.code, codes[0],
                      command_code(Command.DONE))  # fmt: skip
    assert [s["action"] for s in steps] == ["count_started", "count_location_set", "box_counted",
                                           "count_done"]  # fmt: skip
    assert [b["code"] for b in steps[-1]["details"]] == [codes[1]]

    steps = scan_json(db, wh.shelf_b2.code, codes[0], command_code(Command.UNDO))
    assert [s["action"] for s in steps] == ["location_set", "box_moved", "undone"]

    # A double read: the second of two identical codes is ignored silently.
    steps = scan_json(db, codes[2], codes[2])
    assert [s["action"] for s in steps] == ["box_created", "duplicate_ignored"]

    steps = scan_json(db, "-", stdin="garbage\n\x1b[31mred\nB0000001X\n" + "7" * 300 + "\n")
    assert [s["ok"] for s in steps] == [False, False, False, False]
    assert all(s["action"] == "refused" for s in steps)
    assert all("\x1b" not in s["message"] for s in steps)


def test_scan_exit_status_says_whether_anything_was_refused(small) -> None:
    db, wh = small
    assert run("scan", "--db", str(db), wh.jackets.code).returncode == 0
    assert run("scan", "--db", str(db), "nonsense").returncode == 3


def test_scan_repairs_a_french_keyboard_layout(small) -> None:
    db, wh = small
    steps = scan_json(db, type_through_layout(wh.jackets.code, "fr"),
                      type_through_layout("]C0" + wh.box_codes[0], "fr"))  # fmt: skip
    assert [s["action"] for s in steps] == ["template_set", "box_created"]
    assert steps[1]["code"] == wh.box_codes[0]


def test_categories_and_locations_round_trip_through_csv(
    demo_db_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.db"
    db.write_bytes(demo_db_template.read_bytes())
    for what in ("categories", "locations"):
        first = tmp_path / f"{what}.csv"
        run("export", what, "--db", str(db), "--out", str(first), check_ok=True)
        result = run("import", what, str(first), "--db", str(db), check_ok=True,
                     env={"WAREHOUSE_PIN": DEMO_PIN})  # fmt: skip
        assert "0 new, 0 changed" in result.stdout
        second = tmp_path / f"{what}-2.csv"
        run("export", what, "--db", str(db), "--out", str(second), check_ok=True)
        assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
        header = first.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("code,")


def test_import_with_a_bad_row_names_file_and_line_and_imports_nothing(warehouse_db: Path,
                                                                      tmp_path: Path) -> None:  # fmt: skip
    close_database()
    bad = tmp_path / "cats.csv"
    bad.write_text(
        "code,name,group,gender,sizes,target,default_quantity,active,name_fr,name_ar,name_ps,"
        "name_ti,name_ku,name_fa\n"
        ",Socks,clothing,unisex_adult,39-42|43-46,10,50,1,Chaussettes,,,,,\n"
        ",Hats,clothing,nobody,one size,10,50,1,,,,,,\n",
        encoding="utf-8",
    )
    result = run("import", "categories", str(bad), "--db", str(warehouse_db),
                 env=as_coordinator(warehouse_db))  # fmt: skip
    assert result.returncode != 0
    assert str(bad) in result.stderr and "line 3" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    out = run("export", "categories", "--db", str(warehouse_db), "--out", "-", check_ok=True).stdout
    assert out.strip().count("\n") == 0  # header only: nothing half-imported


def test_export_neutralises_formulas(warehouse_db: Path, tmp_path: Path) -> None:
    from warehouse_desktop.models import Category

    Category.create(code=make_code(CodeKind.CATEGORY, 1), name='=HYPERLINK("http://x","y")')
    close_database()
    out = run("export", "categories", "--db", str(warehouse_db), "--out", "-", check_ok=True).stdout
    assert "'=HYPERLINK" in out
    target = tmp_path / "c.csv"
    target.write_text(out, encoding="utf-8")
    run("import", "categories", str(target), "--db", str(warehouse_db), check_ok=True,
        env=as_coordinator(warehouse_db))  # fmt: skip
    conn = sqlite3.connect(warehouse_db)
    assert conn.execute("SELECT name FROM category").fetchone()[0].startswith("=HYPERLINK")


@pytest.mark.parametrize(
    "args",
    [
        ("export", "boxes", "--out", "-", "--db", "{missing}"),
        ("import", "categories", "{tmp}/nope.csv", "--db", "{db}"),
        ("restore", "{tmp}/nope.db", "--db", "{db}"),
        ("scan", "--db", "postgresql://nobody:secret@127.0.0.1:1/none", "C00012"),
        ("frobnicate",),
        ("export", "boxes", "--db", "{db}", "--out", "{tmp}/no/such/folder/x.csv"),
    ],
)
def test_errors_are_one_clear_line_and_non_zero(args, warehouse_db: Path, tmp_path: Path) -> None:
    close_database()
    filled = [
        a.format(missing=tmp_path / "missing.db", tmp=tmp_path, db=warehouse_db) for a in args
    ]
    result = run(*filled)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "secret" not in result.stderr


def test_newer_database_is_refused_with_a_clear_message(warehouse_db: Path) -> None:
    close_database()
    conn = sqlite3.connect(warehouse_db)
    conn.execute("INSERT INTO schema_version (version, applied_at, app_version) "
                 "VALUES (99, '2030-01-01', '9.0')")  # fmt: skip
    conn.commit()
    conn.close()
    result = run("scan", "--db", str(warehouse_db), "C00012")
    assert result.returncode == 1
    assert "newer version" in result.stderr


def test_backup_and_restore(small, tmp_path: Path) -> None:
    db, wh = small
    scan_json(db, wh.jackets.code, wh.box_codes[0])
    copy = tmp_path / "copy.db"
    run("backup", "--db", str(db), "--out", str(copy), check_ok=True)
    scan_json(db, wh.box_codes[1])
    result = run("restore", str(copy), "--db", str(db), check_ok=True, env=as_coordinator(db))
    assert "kept" in result.stdout
    out = run("export", "boxes", "--db", str(db), "--out", "-", check_ok=True).stdout
    assert wh.box_codes[0] in out and wh.box_codes[1] not in out
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    result = run("restore", str(garbage), "--db", str(db), env=as_coordinator(db))
    assert result.returncode == 1 and "nothing was replaced" in result.stderr
    out = run("export", "boxes", "--db", str(db), "--out", "-", check_ok=True).stdout
    assert wh.box_codes[0] in out


def test_every_subcommand_has_help() -> None:
    for command in ("init", "scan", "export", "import", "backup", "restore"):
        result = run(command, "--help", check_ok=True)
        assert "usage:" in result.stdout


def test_missing_postgres_driver_says_how_to_install_it() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['psycopg2'] = None; sys.modules['psycopg'] = None\n"
        "from warehouse_desktop.cli import main\n"
        "sys.exit(main(['scan', '--db', 'postgresql://a:secret@127.0.0.1:1/x', 'C00012']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert "warehouse-desktop[postgres]" in result.stderr
    assert "unexpected" not in result.stderr and "secret" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
