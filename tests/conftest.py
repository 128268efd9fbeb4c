"""Shared fixtures: an offscreen Qt platform, a fresh warehouse database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the per-user data folder out of the real home during tests.
os.environ.setdefault("WAREHOUSE_DATA_DIR", str(Path(__file__).parent / ".data-unused"))

POSTGRES_URL = os.environ.get("WAREHOUSE_TEST_POSTGRES")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WAREHOUSE_DATA_DIR", str(data))
    monkeypatch.delenv("WAREHOUSE_DB", raising=False)


@pytest.fixture
def warehouse_db(tmp_path: Path) -> Iterator[Path]:
    """An empty warehouse in a SQLite file, schema at the latest version."""
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    path = tmp_path / "warehouse.db"
    open_database(path)
    ensure_schema()
    yield path
    close_database()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo warehouse, seeded once per session; copy it before changing it."""
    from warehouse_desktop import demo
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path)
    ensure_schema()
    demo.seed_demo()
    close_database()
    return path


@pytest.fixture
def demo_db(demo_db_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy of the demo warehouse, connected."""
    import shutil

    from warehouse_desktop.db import close_database, open_database

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_template, path)
    open_database(path)
    yield path
    close_database()
