"""Weights on paper: the stock sheet (kg per category and overall, the boxes not weighed
named), the van manifest (the van's kg for the driver) and the distribution report (a kg
column), each written by the real command line and read back with pdftotext."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import peewee as pw
import pytest

from tests.reports.report_helpers import pdf_text
from tests.support.cli import run
from tests.support.distribution import dispatched_file
from warehouse_desktop.cli import main
from warehouse_desktop.db import write_transaction
from warehouse_desktop.models import Box, BoxState, Category, MovementAction, VanLoad
from warehouse_desktop.movements import Actor, change_box
from warehouse_desktop.weight import format_kg

WEIGHER = Actor("Scale", "bench-1")


def _weigh(boxes: list[Box], first_grams: int) -> int:
    """Give each box its own weight (grams that do not add up in floating point); the sum."""
    total = 0
    with write_transaction():
        for n, box in enumerate(boxes):
            grams = first_grams + 101 * n
            change_box(WEIGHER, box, MovementAction.WEIGHED, weight_g=grams)
            total += grams
    return total


def _flat(pdf: Path) -> str:
    return " ".join(pdf_text(pdf).split())


def test_stock_sheet_sums_kg_per_category_and_overall(demo_copy: Path, tmp_path: Path) -> None:
    in_stock = Box.state == BoxState.IN_STOCK.value
    category = (
        Category.select()
        .join(Box)
        .where(in_stock)
        .group_by(Category.id)
        .having(pw.fn.COUNT(Box.id) >= 3)
        .order_by(Category.name)
        .first()
    )
    boxes = list(Box.select().where(in_stock & (Box.category == category.id)).order_by(Box.id))
    whole = Category.select().join(Box).where(in_stock & (Box.category != category.id)).first()
    whole_boxes = list(Box.select().where(in_stock & (Box.category == whole.id)))
    partly = _weigh(boxes[:-1], 10_100)  # the last box of this category is not weighed
    fully = _weigh(whole_boxes, 2_050)
    total_boxes = Box.select().where(in_stock).count()
    out = tmp_path / "sheet.pdf"
    assert main(["stock-sheet", "--by", "Amina", "--out", str(out)]) == 0
    text = _flat(out)
    not_weighed = total_boxes - len(boxes) + 1 - len(whole_boxes)
    assert (
        f"Weight in stock {format_kg(partly + fully)} kg ({not_weighed} boxes not weighed)" in text
    )
    assert re.search(
        # The cell wraps: the next columns' figures come between its two lines.
        rf"{re.escape(category.name)} .*?{re.escape(format_kg(partly))} \(1 box not( \d+)* "
        r"weighed\)",
        text,
    )
    assert re.search(
        rf"{re.escape(whole.name)} (?:all sizes|one size) \D*?\d+ \d+ {re.escape(format_kg(fully))} ",
        text,
    )
    # The header carries the new column on every page of the stock table.
    assert "Boxes Items kg Target Short" in text


def test_manifest_gives_the_driver_the_van_weight(demo_copy: Path, tmp_path: Path) -> None:
    van = (
        VanLoad.select()
        .join(Box, on=(Box.van_load == VanLoad.id))
        .group_by(VanLoad.id)
        .having(pw.fn.COUNT(Box.id) >= 3)
        .first()
    )
    boxes = list(Box.select().where(Box.van_load == van.id).order_by(Box.code))
    grams = _weigh(boxes[1:], 14_999)
    out = tmp_path / "manifest.pdf"
    assert main(["manifest", van.code, "--out", str(out)]) == 0
    text = _flat(out)
    assert f"Weight {format_kg(grams)} kg (1 box not weighed)" in text
    for box in boxes[1:]:
        assert re.search(rf"{box.code} .*? {re.escape(format_kg(box.weight_g))}\b", text)
    # Every box weighed: the figure alone.
    _weigh(boxes[:1], 500)
    assert main(["manifest", van.code, "--out", str(out)]) == 0
    assert re.search(rf"Weight {re.escape(format_kg(grams + 500))} kg [^(]", _flat(out))


@pytest.fixture
def dispatched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    def weigh_all_but_one() -> None:
        gone = Box.select().where(Box.state == BoxState.DISPATCHED.value).order_by(Box.id)
        _weigh(list(gone)[:-1], 7_250)

    path = dispatched_file(tmp_path / "dispatched.db", weigh_all_but_one)
    monkeypatch.setenv("WAREHOUSE_DB", str(path))
    return path


def test_distribution_report_has_a_kg_column_in_pdf_and_csv(
    dispatched: Path, tmp_path: Path
) -> None:
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.distribution import distribution_report

    open_database(dispatched)
    try:
        report = distribution_report(dt.date(2026, 11, 2), dt.date(2026, 11, 29), "week")
    finally:
        close_database()
    assert report.not_weighed == 1 and report.grams > 0
    pdf = tmp_path / "d.pdf"
    run("report", "distributed", "--from", "2026-11-02", "--to", "2026-11-29", "--out", str(pdf),
        check_ok=True)  # fmt: skip
    text = _flat(pdf)
    assert f"weight: {format_kg(report.grams)} kg (1 box not weighed)" in text
    assert re.search(
        rf"Total {report.boxes} {report.items} {re.escape(format_kg(report.grams))}", text
    )
    for line in report.lines:
        if line.grams:
            assert f"{line.boxes} {line.items} {format_kg(line.grams)}" in text
    out = tmp_path / "d.csv"
    run("report", "distributed", "--from", "2026-11-02", "--to", "2026-11-29", "--out", str(out),
        check_ok=True)  # fmt: skip
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    grams = sum(round(float(r["weight_kg"]) * 1000) for r in rows if r["weight_kg"])
    assert grams == report.grams
    assert sum(int(r["boxes_not_weighed"]) for r in rows) == 1
