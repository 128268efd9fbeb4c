"""Fixtures for the window tests: a small warehouse (seeded by `tests.support.warehouse`),
the bench window, built translations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.warehouse import seed_warehouse
from warehouse_desktop import auth
from warehouse_desktop.models import Role

COORDINATOR = "Sam"
PIN = "4321"


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    """The .qm files as the build makes them (rebuilt if a .ts changed since install)."""
    from build_translations import build_qm

    build_qm()


@pytest.fixture
def small_warehouse(warehouse_db: Path) -> Iterator[Path]:
    """Three categories, two shelves, a coordinator with a PIN."""
    seed_warehouse(
        [
            dict(name="Men's jackets", group="clothing", gender="men",
                 sizes=["S", "M", "L", "XL"], names={"fr": "Vestes homme"}, target=20,
                 default_quantity=5),
            dict(name="Sleeping bags", group="bedding", gender="none", sizes=["one size"],
                 names={"fr": "Sacs de couchage"}, target=50, default_quantity=2),
            dict(name="Toothbrushes", group="hygiene", gender="none", sizes=["one size"],
                 names={"fr": "Brosses à dents"}, target=5, default_quantity=50),
        ],
        [dict(name="Shelf A1", kind="shelf"), dict(name="Shelf B2", kind="shelf")],
    )  # fmt: skip
    auth.set_pin(COORDINATOR, PIN, role=Role.COORDINATOR)
    yield warehouse_db


@pytest.fixture
def open_window(qtbot, tmp_path: Path):
    """A factory for the bench window as `ui.app` builds it (no sound, no sign-in dialog),
    with its own settings file, at a given screen size; cleaned up after the test."""
    from PySide6.QtCore import QSettings

    from ui.app import build_window

    built = []

    def build(bench: str, width: int = 1366, height: int = 768, lang: str = "en"):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        session = build_window(bench=bench, lang=lang, settings=settings, audio=False,
                               sign_in=False)  # fmt: skip
        qtbot.addWidget(session.window)
        session.window.resize(width, height)
        built.append(session)
        return session

    yield build
    for session in built:
        session.app.removeEventFilter(session.scan_filter)
        session.translations.switch("en")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin says this for every top-level window; it is not ours.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
