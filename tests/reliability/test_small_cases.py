"""The smaller holes: bytes that are not UTF-8, a byte-order mark, a catalogue code at the end
of its range, lossless CSV round trips, two exports at once, private crash logs and damaged
copies, databases refused untouched, absurd dates and names."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.support.cli import CLI, as_coordinator, run
from tests.support.warehouse import box_codes_in_file, small_warehouse
from warehouse_desktop import backup, catalogue, exchange
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import close_database
from warehouse_desktop.migrations import LATEST_VERSION
from warehouse_desktop.models import Category


def _scan_bytes(db: Path, data: bytes) -> subprocess.CompletedProcess:
    # A strict UTF-8 locale: Python's text stdin would raise on the first bad byte.
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"}
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run(
        [*CLI, "scan", "--db", str(db), "--json", "-"], input=data, capture_output=True,
        env=env, timeout=120,
    )  # fmt: skip


def test_invalid_utf8_on_stdin_is_refused_and_every_other_line_scanned(warehouse_db: Path) -> None:
    wh = small_warehouse(boxes=3)
    close_database()
    data = b"\n".join(
        [
            wh.jackets.code.encode(),
            wh.box_codes[0].encode(),
            b"B\xff\xfe\xc3(",
            wh.box_codes[1].encode(),
        ]
    )
    result = _scan_bytes(warehouse_db, data + b"\n")
    assert b"Traceback" not in result.stderr and result.stderr == b""
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 4
    assert '"ok": false' in lines[2]
    assert result.returncode == 3
    assert box_codes_in_file(warehouse_db) == {wh.box_codes[0], wh.box_codes[1]}


def test_a_byte_order_mark_does_not_spoil_the_first_code(warehouse_db: Path) -> None:
    wh = small_warehouse(boxes=2)
    close_database()
    data = "\ufeff" + wh.jackets.code + "\r\n" + wh.box_codes[0] + "\r\n"
    result = _scan_bytes(warehouse_db, data.encode("utf-8"))
    assert result.returncode == 0, result.stdout
    assert box_codes_in_file(warehouse_db) == {wh.box_codes[0]}


def test_a_category_code_at_the_end_of_the_range_leaves_new_categories_possible(
    warehouse_db: Path, tmp_path: Path
) -> None:
    small_warehouse(boxes=0)
    from warehouse_desktop import auth

    auth.set_pin("Boss", "2468")
    last = make_code(CodeKind.CATEGORY, 9999)
    csv = tmp_path / "cats.csv"
    csv.write_text(
        ",".join(exchange.CATEGORY_COLUMNS) + "\n"
        + f"{last},Tents,shelter,none,one size,2,1,1,0,,,,,,\n",
        encoding="utf-8",
    )  # fmt: skip
    assert exchange.import_categories(csv) == (1, 0, 0)
    saved = catalogue.save_category(
        catalogue.CategoryData(name="Hats"), coordinator="Boss", pin="2468"
    )
    again = catalogue.save_category(
        catalogue.CategoryData(name="Scarves"), coordinator="Boss", pin="2468"
    )
    codes = [c.code for c in Category.select()]
    assert len(codes) == len(set(codes)) == 5  # the two of the small warehouse, three here
    assert saved.code not in (last, again.code)


def test_export_then_import_changes_nothing_even_for_awkward_names_and_sizes(
    warehouse_db: Path, tmp_path: Path
) -> None:
    Category.create(code=make_code(CodeKind.CATEGORY, 1), name="'Bout de chou", group="clothing",
                    gender="baby", sizes=["0|3 m", "3\\6 m", "'12 m"], names={"fr": "'=1+1"})  # fmt: skip
    Category.create(code=make_code(CodeKind.CATEGORY, 2), name="'=SUM(A1)", group="other",
                    sizes=["one size"])  # fmt: skip
    before = [(c.name, c.sizes, c.names) for c in Category.select().order_by(Category.id)]
    first = tmp_path / "first.csv"
    exchange.export("categories", first)
    assert exchange.import_categories(first) == (0, 0, 2)
    # Into an empty warehouse: the same categories come back.
    Category.delete().execute()
    assert exchange.import_categories(first) == (2, 0, 0)
    after = [(c.name, c.sizes, c.names) for c in Category.select().order_by(Category.code)]
    assert after == before
    second = tmp_path / "second.csv"
    exchange.export("categories", second)
    assert first.read_bytes() == second.read_bytes()


def test_two_exports_to_one_file_at_once_never_mix(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(demo_db_template.read_bytes())
    reference = tmp_path / "reference.csv"
    run("export", "movements", "--db", str(db), "--out", str(reference), check_ok=True)
    target = tmp_path / "movements.csv"
    procs = [
        subprocess.Popen(
            [*CLI, "export", "movements", "--db", str(db), "--out", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(4)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert target.read_bytes() == reference.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_crash_log_is_private_and_holds_no_password(tmp_path: Path) -> None:
    from warehouse_desktop import cli

    secret = "hunter2-pw"
    try:
        raise RuntimeError(f"cannot use postgresql://bench:{secret}@db/w?password={secret}")
    except RuntimeError as exc:
        log = cli._log_crash(exc)
    assert isinstance(log, Path)
    assert log.stat().st_mode & 0o077 == 0
    assert secret not in log.read_text(encoding="utf-8")


def test_damaged_copies_are_private(warehouse_db: Path) -> None:
    small_warehouse(boxes=1)
    assert Path(f"{warehouse_db}-wal").exists()
    copy = backup._copy_raw(warehouse_db)
    close_database()
    for path in (copy, Path(f"{copy}-wal")):
        assert path.exists() and path.stat().st_mode & 0o077 == 0, path


@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_a_database_refused_is_left_untouched_not_switched_to_wal(
    tmp_path: Path, kind: str
) -> None:
    db = tmp_path / "w.db"
    conn = sqlite3.connect(db)
    if kind == "newer":
        conn.execute("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER, "
                     "applied_at TEXT, app_version TEXT)")  # fmt: skip
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST_VERSION + 1,))
    else:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
    conn.commit()
    conn.close()
    before, stamp = db.read_bytes(), db.stat().st_mtime_ns
    for command in (("scan", "C00012"), ("init",), ("export", "boxes", "--out", "-")):
        result = run(command[0], "--db", str(db), *command[1:])
        assert result.returncode == 1
        assert ("newer version" if kind == "newer" else "other program") in result.stderr
    assert db.read_bytes() == before and db.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.db"]


def test_a_far_future_date_is_one_clear_line(warehouse_db: Path, tmp_path: Path) -> None:
    close_database()
    for date in ("9999-12-31", "0001-01-01", "2026-02-30", "tomorrow"):
        result = run("stock-sheet", "--db", str(warehouse_db), "--date", date,
                     "--out", str(tmp_path / "s.pdf"))  # fmt: skip
        if date == "0001-01-01":
            assert result.returncode == 0  # a day long ago: an empty sheet, nothing wrong
            continue
        assert result.returncode != 0, date
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_an_enormous_name_is_one_short_clear_line(warehouse_db: Path, tmp_path: Path) -> None:
    close_database()
    env = as_coordinator(warehouse_db)
    huge = tmp_path / "huge.csv"
    huge.write_text(
        ",".join(exchange.CATEGORY_COLUMNS) + "\n"
        + ",{},clothing,men,S,1,1,1,0,,,,,,\n".format("N" * 1_000_000),
        encoding="utf-8",
    )  # fmt: skip
    long_name = "x" * 100_000
    for args in (
        ("import", "categories", str(huge)),
        ("stock-sheet", "--out", str(tmp_path / f"{long_name}.pdf")),
        ("export", "boxes", "--out", str(tmp_path / f"{long_name}.csv")),
        ("scan", "--bench", long_name, "C00012"),
    ):
        result = run(args[0], "--db", str(warehouse_db), *args[1:], env=env)
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and len(lines[0]) <= 600, args
