"""On PostgreSQL the tables belong to an owner role; benches connect as a role that cannot
alter a table or switch a trigger off, so the append-only guard holds against a bench.

The roles come from `scripts/setup-postgres.sh warehouse NAME`, exactly as the README tells
a coordinator; passwords travel in a ~/.pgpass file, never in a URL.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import POSTGRES_URL
from tests.support.cli import run
from warehouse_desktop.models import ALL_MODELS

ROOT = Path(__file__).resolve().parents[2]
NAME = os.environ.get("WAREHOUSE_TEST_ROLES_DB", "warehouse_roles_test")

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def roles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    assert POSTGRES_URL
    assert os.geteuid() == 0, "scripts/setup-postgres.sh creates roles: run the suite as root"
    pgpass = tmp_path_factory.mktemp("pg") / "warehouse.pgpass"
    script = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup-postgres.sh"), "warehouse", NAME, str(pgpass)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert script.returncode == 0, script.stderr
    passwords = [line.rsplit(":", 1)[1] for line in pgpass.read_text().splitlines()]
    assert all(p not in script.stdout + script.stderr for p in passwords)
    assert pgpass.stat().st_mode & 0o077 == 0
    server = urlsplit(POSTGRES_URL)
    host = f"{server.hostname or '127.0.0.1'}:{server.port or 5432}"
    env = {"PGPASSFILE": str(pgpass)}
    owner = f"postgresql://{NAME}_owner@{host}/{NAME}"
    # Start from an empty warehouse: the owner drops what an earlier run left.
    _sql(owner, env, "DROP TABLE IF EXISTS " + ", ".join(_TABLES) + " CASCADE",
         "DROP FUNCTION IF EXISTS movement_append_only, box_stock_summary CASCADE")  # fmt: skip
    return {"owner": owner, "bench": f"postgresql://{NAME}_bench@{host}/{NAME}",
            "PGPASSFILE": str(pgpass), "passwords": "\n".join(passwords)}  # fmt: skip


# Every table the program makes, so a run after a schema change starts empty too.
_TABLES = [model._meta.table_name for model in ALL_MODELS]


def _sql(url: str, env: dict[str, str], *statements: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url, passfile=env["PGPASSFILE"])
    try:
        conn.autocommit = True
        with conn.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        conn.close()


def test_the_owner_migrates_and_the_bench_cannot_switch_the_guard_off(
    roles: dict[str, str],
) -> None:
    import psycopg2

    env = {"PGPASSFILE": roles["PGPASSFILE"]}
    # The bench's role cannot create the tables: it says who can.
    refused = run("init", "--db", roles["bench"], env=env)
    assert refused.returncode == 1 and "owner" in refused.stderr
    result = run("init", "--db", roles["owner"], "--demo", env=env, check_ok=True)
    for password in roles["passwords"].splitlines():
        assert password not in result.stdout + result.stderr
    # A bench works as usual through its own role...
    out = run("export", "boxes", "--db", roles["bench"], "--out", "-", env=env, check_ok=True)
    assert len(out.stdout.splitlines()) > 100
    cards = run("export", "categories", "--db", roles["bench"], "--out", "-", env=env).stdout
    first_card = cards.splitlines()[1].split(",")[0]
    assert run("scan", "--db", roles["bench"], first_card, env=env).returncode == 0
    # ...but cannot touch the guard, nor the tables' shape.
    for statement in (
        "ALTER TABLE movement DISABLE TRIGGER movement_append_only",
        "ALTER TABLE movement DISABLE TRIGGER ALL",
        "DROP TRIGGER movement_append_only ON movement",
        "ALTER TABLE box ADD COLUMN owner TEXT",
        "CREATE TABLE loot (id INTEGER)",
        "SET session_replication_role = replica",
        "DELETE FROM movement",
        "UPDATE movement SET operator = 'someone else'",
    ):
        with pytest.raises(psycopg2.Error):
            _sql(roles["bench"], env, statement)
    # The owner's init puts back a guard that was switched off.
    _sql(roles["owner"], env, "ALTER TABLE movement DISABLE TRIGGER movement_append_only")
    run("init", "--db", roles["owner"], env=env, check_ok=True)
    with pytest.raises(psycopg2.Error, match="append-only"):
        _sql(roles["owner"], env, "DELETE FROM movement")
