"""Fixtures for the window tests: a small seeded warehouse and built translations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from warehouse_desktop import auth
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.models import Category, Location, Role
from warehouse_desktop.numbering import reserve_codes

COORDINATOR = "Sam"
PIN = "4321"


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    from ui.i18n import ensure_qm

    ensure_qm()


@pytest.fixture
def small_warehouse(warehouse_db: Path) -> Iterator[Path]:
    """Three categories, two shelves, a coordinator with a PIN."""
    cats = reserve_codes(CodeKind.CATEGORY, 3)
    Category.create(
        code=cats[0], name="Men's jackets", group="clothing", gender="men",
        sizes=["S", "M", "L", "XL"], names={"fr": "Vestes homme"}, target=20,
        default_quantity=5,
    )  # fmt: skip
    Category.create(
        code=cats[1], name="Sleeping bags", group="bedding", gender="none",
        sizes=["one size"], names={"fr": "Sacs de couchage"}, target=50, default_quantity=2,
    )  # fmt: skip
    Category.create(
        code=cats[2], name="Toothbrushes", group="hygiene", gender="none",
        sizes=["one size"], names={"fr": "Brosses à dents"}, target=5, default_quantity=50,
    )  # fmt: skip
    shelves = reserve_codes(CodeKind.LOCATION, 2)
    Location.create(code=shelves[0], name="Shelf A1", kind="shelf")
    Location.create(code=shelves[1], name="Shelf B2", kind="shelf")
    auth.set_pin(COORDINATOR, PIN, role=Role.COORDINATOR)
    yield warehouse_db


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin says this for every top-level window; it is not ours.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
