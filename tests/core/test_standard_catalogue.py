"""`init --catalogue standard`: the sector's standard product list as a starting catalogue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support.cli import run
from warehouse_desktop import standard_catalogue
from warehouse_desktop.codes import CodeKind, classify
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import Category, Gender, Group


def test_standard_catalogue_is_complete_and_usable(warehouse_db: Path) -> None:
    assert standard_catalogue.seed() == Category.select().count()
    categories = list(Category.select())
    assert 130 <= len(categories) <= 180
    assert {c.group for c in categories} == {g.value for g in Group}
    assert {c.gender for c in categories} >= {
        Gender.MEN.value, Gender.WOMEN.value, Gender.BOYS.value, Gender.GIRLS.value,
        Gender.BABY.value, Gender.UNISEX_KIDS.value, Gender.NONE.value,
    }  # fmt: skip
    names = [c.name for c in categories]
    assert len(set(names)) == len(names)
    for category in categories:
        french = category.names.get("fr", "")
        assert french and french != "", category.name
        assert category.target > 0 and 1 <= category.default_quantity <= 999, category.name
        sizes = category.sizes
        assert sizes and len(set(sizes)) == len(sizes) and all(s.strip() == s != "" for s in sizes)
        assert len(sizes) <= 20
        parsed = classify(category.code)
        assert parsed.kind is CodeKind.CATEGORY and parsed.code == category.code
    by_name = {c.name: c for c in categories}
    assert by_name["Sleeping bags"].names["fr"] == "Sacs de couchage"
    assert by_name["Men's winter coats"].sizes == ["XS", "S", "M", "L", "XL", "XXL"]
    assert by_name["Girls' jumpers"].sizes[0] == "2-3"
    assert "0-3 m" in by_name["Baby bodysuits"].sizes
    assert by_name["Men's trainers"].sizes[0] == "39"
    assert {"Blankets", "Tents 1-2 person", "Drinking water 1.5 l", "Toothbrushes"} <= set(names)


def test_standard_catalogue_goes_only_into_an_empty_one(warehouse_db: Path) -> None:
    standard_catalogue.seed()
    count = Category.select().count()
    with pytest.raises(InputError) as caught:
        standard_catalogue.seed()
    assert caught.value.key == "catalogue_not_empty"
    assert Category.select().count() == count


def test_command_line_init_with_the_standard_catalogue(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    result = run("init", "--catalogue", "standard", "--db", str(db), check_ok=True)
    with sqlite3.connect(db) as conn:
        count = conn.execute("SELECT COUNT(*) FROM category").fetchone()[0]
        codes = [r[0] for r in conn.execute("SELECT code FROM category")]
        french = conn.execute("SELECT names FROM category WHERE name = 'Blankets'").fetchone()[0]
    assert f"categories {count}" in result.stdout
    assert len(set(codes)) == count and "Couvertures" in french
    again = run("init", "--catalogue", "standard", "--db", str(db))
    assert again.returncode == 1 and "empty" in again.stderr
    both = run("init", "--catalogue", "standard", "--demo", "--db", str(tmp_path / "x.db"))
    assert both.returncode == 2
    demo_db = tmp_path / "demo.db"
    run("init", "--demo", "--db", str(demo_db), check_ok=True)
    with sqlite3.connect(demo_db) as conn:  # the demo keeps its own, smaller list
        from warehouse_desktop.demo import CATALOGUE

        assert conn.execute("SELECT COUNT(*) FROM category").fetchone()[0] == len(CATALOGUE)
