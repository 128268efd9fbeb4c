"""Arbitrary text and bytes at the scan router; hostile CSV files at the importer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.cli import as_coordinator, run
from tests.support.warehouse import small_warehouse
from warehouse_desktop import exchange
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.db import close_database
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import BenchState, Box, Category, Movement

FIXTURE_SETTINGS = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150, deadline=None
)


def _snapshot() -> tuple:
    return (Box.select().count(), Movement.select().count(), Category.select().count())


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 27, 9)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=2)
        return self.now


@FIXTURE_SETTINGS
@given(raw=st.text(max_size=120))
def test_arbitrary_text_never_crashes_and_writes_nothing_when_refused(any_db, raw: str) -> None:
    if not Category.select().exists():
        small_warehouse(boxes=5)
    bench = BenchService("fuzz", operator="Tester", clock=_Clock())
    bench.scan(Category.select().first().code)
    before = _snapshot()
    state_before = BenchState.get(BenchState.bench == "fuzz").last_code
    result = bench.scan(raw)
    if not result.ok:
        assert result.action is ScanAction.REFUSED
        assert _snapshot() == before
        assert BenchState.get(BenchState.bench == "fuzz").last_code == state_before


@FIXTURE_SETTINGS
@given(data=st.binary(max_size=120))
def test_arbitrary_bytes_decoded_as_a_serial_reader_would(any_db, data: bytes) -> None:
    if not Category.select().exists():
        small_warehouse(boxes=5)
    bench = BenchService("fuzz-bytes", operator="Tester", clock=_Clock())
    before = _snapshot()
    result = bench.scan(data.decode("utf-8", errors="replace"))
    if not result.ok:
        assert _snapshot() == before


def _header() -> str:
    return ",".join(exchange.CATEGORY_COLUMNS) + "\n"


def _row(name: str = "Socks", group: str = "clothing") -> str:
    return f",{name},{group},unisex_adult,39-42|43-46,10,50,1,0,Chaussettes,,,,,\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"name,group\nSocks,clothing\n", "csv_columns"),
        (b"", "csv_columns"),
        ((_header() + _row()).encode("utf-16"), "csv_not_utf8"),
        ((_header() + _row("Chaussures d\u00e9t")).encode("latin-1"), "csv_not_utf8"),
        ((_header() + _row() + _row("Hats", "hats")).encode(), "csv_bad_row"),
        ((_header() + _row() + ",Hats\n").encode(), "csv_bad_row"),
        ((_header() + _row("x" * 300)).encode(), "csv_bad_row"),
        ((_header() + _row() + 'C00012,"unterminated\n').encode(), "csv_bad_row"),
        ((_header() + _row() + "\x00\n").encode(), "csv_not_utf8"),
        ((_header() + "B0000001G,Socks,clothing,none,S,1,1,1,,,,,,\n").encode(), "csv_bad_row"),
    ],
)
def test_hostile_category_files_are_refused_whole(warehouse_db, tmp_path: Path, content: bytes,
                                                  expected: str) -> None:  # fmt: skip
    path = tmp_path / "hostile.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        exchange.import_categories(path)
    assert caught.value.key == expected
    assert str(path) in str(caught.value)
    assert Category.select().count() == 0


def test_a_100_mb_file_is_refused_without_reading_it(warehouse_db, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.write(_header().encode())
        handle.truncate(100 * 1024 * 1024)
    close_database()
    result = run("import", "categories", str(path), "--db", str(warehouse_db),
                 env=as_coordinator(warehouse_db))  # fmt: skip
    assert result.returncode == 1
    assert "larger than" in result.stderr and str(path) in result.stderr


def test_formula_cells_are_imported_as_text_and_exported_neutralised(
    warehouse_db, tmp_path: Path
) -> None:
    path = tmp_path / "formula.csv"
    path.write_text(_header() + _row("=cmd|'/C calc'!A0") + _row("@SUM(A1:A9)"), encoding="utf-8")
    exchange.import_categories(path)
    names = sorted(c.name for c in Category.select())
    assert names == ["=cmd|'/C calc'!A0", "@SUM(A1:A9)"]
    out = tmp_path / "out.csv"
    exchange.export("categories", out)
    for line in out.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split(",")
        assert cells[1].startswith("'") or cells[1].startswith("\"'")
