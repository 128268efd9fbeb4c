"""Fixtures for the label and report tests: a small warehouse with hostile and Arabic
names, rasterising helpers (pdftoppm at 203 dpi) and a decoder (zxing-cpp)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reports.report_helpers import (
    ARABIC_NAME,
    HOSTILE_NAMES,
    PASHTO_NAME,
    PERSIAN_NAME,
    SORANI_NAME,
    TIGRINYA_NAME,
)
from tests.support.warehouse import seed_warehouse


def _seed() -> dict[str, list[str]]:
    from warehouse_desktop.codes import CodeKind, make_code
    from warehouse_desktop.models import (
        BoxState,
        Location,
        Movement,
        MovementAction,
        Setting,
        VanLoad,
        VanLoadState,
    )
    from warehouse_desktop.movements import Actor, change_box, create_box
    from warehouse_desktop.numbering import reserve_codes

    Setting.replace(key="warehouse_name", value="Entrepôt d'Aide — Calais").execute()
    jackets_names = {"fr": "Vestes pour hommes (été)", "ar": ARABIC_NAME, "ps": PASHTO_NAME,
                     "ti": TIGRINYA_NAME, "fa": PERSIAN_NAME, "ku": SORANI_NAME}  # fmt: skip
    categories, (shelf, hostile_shelf, _bay) = seed_warehouse(
        [
            dict(name="Vestes homme", group="clothing", gender="men",
                 sizes=["S", "M", "L", "XL"], names=jackets_names, target=10),
            dict(name="Chaussures enfant", group="footwear", gender="unisex_kids",
                 sizes=[str(s) for s in range(28, 36)], names={"fr": "Chaussures enfant"},
                 target=4),
            *(dict(name=name, group="other", gender="none", names={"fr": name}, target=2)
              for name in HOSTILE_NAMES.values()),
            dict(name="Old stock", active=False),
        ],
        [
            dict(name="Étagère A1"),
            dict(name=HOSTILE_NAMES["zpl"]),
            dict(name="Baie de chargement", kind="loading_bay"),
        ],
    )  # fmt: skip
    categories = [c for c in categories if c.active]
    actor = Actor("Amina", "bench-1")
    boxes = []
    when = dt.datetime(2026, 11, 20, 9, 30)
    for i, code in enumerate(reserve_codes(CodeKind.BOX, len(categories) + 1)):
        category = categories[i % len(categories)]
        boxes.append(
            create_box(
                actor,
                code=code,
                category=category,
                size=category.sizes[0],
                quantity=10 + i,
                location=shelf if i % 2 else hostile_shelf,
                at=when,
            )
        )
    van = VanLoad.create(
        code=make_code(CodeKind.VAN_LOAD, 1), destination="Grande-Synthe — Puythouck"
    )
    VanLoad.create(code=make_code(CodeKind.VAN_LOAD, 2), destination=HOSTILE_NAMES["markup"])
    change_box(actor, boxes[0], MovementAction.LOADED, state=BoxState.LOADING, van_load=van)
    assert VanLoadState.LOADING.value == van.state
    assert Movement.select().count() == len(boxes) + 1
    return {
        "boxes": [b.code for b in boxes],
        "shelves": [loc.code for loc in Location.select().order_by(Location.code)],
        "vans": [v.code for v in VanLoad.select().order_by(VanLoad.code)],
    }


@pytest.fixture(scope="session")
def labels_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    """A small warehouse built once; tests get a copy."""
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    path = tmp_path_factory.mktemp("labels") / "labels.db"
    open_database(path)
    ensure_schema()
    codes = _seed()
    close_database()
    return path, codes


@pytest.fixture
def labels_db(
    labels_template: tuple[Path, dict[str, list[str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[dict[str, list[str]]]:
    """A copy of the small warehouse, opened (and the command line's default); yields its
    codes by kind."""
    from warehouse_desktop.db import close_database, open_database

    source, codes = labels_template
    target = tmp_path / "w.db"
    shutil.copy(source, target)
    monkeypatch.setenv("WAREHOUSE_DB", str(target))
    open_database(target)
    yield codes
    close_database()


@pytest.fixture
def demo_copy(
    demo_db_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The full demo warehouse (shared seed), copied and opened."""
    from warehouse_desktop.db import close_database, open_database

    target = tmp_path / "demo.db"
    shutil.copy(demo_db_template, target)
    monkeypatch.setenv("WAREHOUSE_DB", str(target))
    open_database(target)
    yield target
    close_database()
