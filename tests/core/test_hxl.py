"""`export … --hxl`: a row of HXL hashtags under the header of every CSV export."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.support.cli import as_coordinator, run
from warehouse_desktop import boxtribute, demo, exchange
from warehouse_desktop.db import close_database
from warehouse_desktop.hxl import TAGS, tag_row

# The HXL standard's hashtag with attributes, written out here independently of the code.
HASHTAG = re.compile(r"^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$")
EXPORTS = sorted(exchange.EXPORTS)


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def demo_db(warehouse_db: Path) -> Path:
    demo.seed_demo(boxes=60)
    return warehouse_db


@pytest.mark.parametrize("what", EXPORTS)
def test_every_export_gets_a_valid_hashtag_for_every_column(
    demo_db: Path, tmp_path: Path, what: str
) -> None:
    plain, tagged = tmp_path / "plain.csv", tmp_path / "tagged.csv"
    count = exchange.export(what, plain)
    assert exchange.export(what, tagged, hxl=True) == count  # the tag row is not a data row
    rows, tagged_rows = _read(plain), _read(tagged)
    header, tags = tagged_rows[0], tagged_rows[1]
    assert header == rows[0]
    assert len(tags) == len(header)
    assert all(HASHTAG.match(tag) for tag in tags), tags
    assert tagged_rows[2:] == rows[1:]


def test_a_spreadsheet_export_keeps_its_hashtags_as_hxl_spells_them(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "movements.csv"
    exchange.export("movements", out, excel=True, hxl=True)
    rows = _read(out)
    assert rows[0][rows[0].index("Van load")] == "Van load"
    assert rows[1] == tag_row(exchange.MOVEMENT_COLUMNS, "movements")
    assert "#meta+van_load" in rows[1]


def test_the_boxtribute_export_has_its_hashtags_too(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bt.csv"
    assert boxtribute.export_boxes(out, hxl=True) == 60
    rows = _read(out)
    assert rows[0] == boxtribute.COLUMNS
    assert len(rows[1]) == 15 and all(HASHTAG.match(tag) for tag in rows[1])
    assert rows[1][boxtribute.COLUMNS.index("Location")] == "#loc+name"


def test_the_tags_say_what_the_sector_reads() -> None:
    assert TAGS["category"] == "#item+name"
    assert TAGS["code"] == "#item+code"
    assert TAGS["location_name"] == "#loc+name"
    assert TAGS["updated_at"] == "#date+reported"
    assert TAGS["quantity"] == "#output+num"
    assert tag_row(["name", "code"], "locations") == ["#loc+name", "#loc+code"]
    assert tag_row(["something new"]) == [""]  # untagged, still one cell per column


def test_a_file_exported_with_hashtags_imports_as_it_is(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "categories.csv"
    exchange.export("categories", out, hxl=True)
    assert exchange.import_categories(out)[:2] == (0, 0)  # nothing new, nothing changed


@pytest.mark.parametrize("what", EXPORTS)
def test_command_line_export_with_hxl(demo_db: Path, what: str) -> None:
    close_database()
    result = run("export", what, "--hxl", "--out", "-", "--db", str(demo_db), check_ok=True)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows[1]) == len(rows[0])
    assert all(tag == "" or HASHTAG.match(tag) for tag in rows[1])
    assert any(rows[1])


def test_command_line_hxl_on_a_file_that_is_not_csv_is_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    as_coordinator(db)
    result = run("export", "needs", "--hxl", "--out", str(tmp_path / "needs.pdf"), "--db", db)
    assert result.returncode == 1 and "CSV" in result.stderr
    assert not (tmp_path / "needs.pdf").exists()
    tagged = run("export", "boxes", "--as", "boxtribute", "--hxl", "--out", "-", "--db", db,
                 check_ok=True).stdout  # fmt: skip
    assert tagged.splitlines()[1].startswith("#item+code+boxtribute,")
