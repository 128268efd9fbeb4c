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
# The domain tests run on every backend available: SQLite always, PostgreSQL when
# WAREHOUSE_TEST_POSTGRES names a server (scripts/run-tests.sh starts one as root).
BACKENDS = ["sqlite"] + (
    [pytest.param("postgres", marks=pytest.mark.postgres)] if POSTGRES_URL else []
)


def pytest_report_header(config: pytest.Config) -> str:
    return "database backends: " + ("sqlite, postgres" if POSTGRES_URL else "sqlite only")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(pytest_report_header(terminalreporter.config))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a PostgreSQL server the postgres tests are deselected (named in the header)."""
    if POSTGRES_URL:
        return
    keep = [item for item in items if item.get_closest_marker("postgres") is None]
    dropped = [item for item in items if item.get_closest_marker("postgres") is not None]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def reset_postgres(url: str) -> None:
    """Empty the test database: drop and recreate its public schema."""
    from warehouse_desktop.db import open_database

    db = open_database(url)
    db.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
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


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty warehouse on each backend in turn (SQLite file, PostgreSQL server)."""
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    if request.param == "postgres":
        assert POSTGRES_URL
        reset_postgres(POSTGRES_URL)
        target = POSTGRES_URL
    else:
        target = str(tmp_path / "warehouse.db")
    open_database(target)
    ensure_schema()
    yield target
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


@pytest.fixture(params=BACKENDS)
def demo_any(
    request: pytest.FixtureRequest, demo_db_template: Path, tmp_path: Path
) -> Iterator[str]:
    """The demo warehouse on each backend in turn."""
    import shutil

    from warehouse_desktop import demo
    from warehouse_desktop.db import close_database, open_database
    from warehouse_desktop.migrations import ensure_schema

    if request.param == "postgres":
        assert POSTGRES_URL
        reset_postgres(POSTGRES_URL)
        open_database(POSTGRES_URL)
        ensure_schema()
        demo.seed_demo()
        target = POSTGRES_URL
    else:
        path = tmp_path / "demo.db"
        shutil.copy(demo_db_template, path)
        open_database(path)
        target = str(path)
    yield target
    close_database()
