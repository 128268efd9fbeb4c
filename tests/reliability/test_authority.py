"""Coordinator authority on the command line and no password in any output.

`import`, `restore` and changing a coordinator with `init` take the coordinator PIN (from
the terminal or $WAREHOUSE_PIN); from a script without it they refuse and change nothing.
Wrong PINs are counted in the database, so a new process does not start afresh.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support.cli import COORDINATOR_PIN, as_coordinator, run
from tests.support.warehouse import small_warehouse
from warehouse_desktop import auth
from warehouse_desktop.db import close_database
from warehouse_desktop.redaction import redact_secrets


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def guarded(warehouse_db: Path) -> Path:
    """A warehouse with a catalogue, a volunteer and the coordinator Boss."""
    small_warehouse(boxes=2)
    auth.sign_in("Amina")
    close_database()
    as_coordinator(warehouse_db)
    return warehouse_db


def test_import_without_the_pin_from_a_script_is_refused_and_changes_nothing(
    guarded: Path, tmp_path: Path
) -> None:
    export = tmp_path / "cats.csv"
    run("export", "categories", "--db", str(guarded), "--out", str(export), check_ok=True)
    hostile = tmp_path / "hostile.csv"
    lines = export.read_text(encoding="utf-8").splitlines()
    hostile.write_text(
        "\n".join([lines[0], *(line.replace(",1,", ",0,") for line in lines[1:])]) + "\n",
        encoding="utf-8",
    )
    before = _rows(guarded, "SELECT * FROM category ORDER BY id")
    result = run("import", "categories", str(hostile), "--db", str(guarded), stdin="")
    assert result.returncode == 1
    assert "coordinator" in result.stderr and len(result.stderr.splitlines()) == 1
    assert _rows(guarded, "SELECT * FROM category ORDER BY id") == before
    wrong = run("import", "categories", str(hostile), "--db", str(guarded),
                env={"WAREHOUSE_PIN": "0000"})  # fmt: skip
    assert wrong.returncode == 1 and "Wrong PIN" in wrong.stderr
    assert _rows(guarded, "SELECT * FROM category ORDER BY id") == before


def test_restore_without_the_pin_is_refused_and_changes_nothing(
    guarded: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.db"
    run("backup", "--db", str(guarded), "--out", str(saved), check_ok=True)
    boxes = _rows(guarded, "SELECT code FROM box")
    result = run("restore", str(saved), "--db", str(guarded), stdin="")
    assert result.returncode == 1 and "coordinator" in result.stderr
    assert _rows(guarded, "SELECT code FROM box") == boxes
    assert not list((guarded.parent / "backups").glob("*before-restore*"))


@pytest.mark.parametrize("name", ["Boss", "Amina", "Mallory"])
def test_init_cannot_reset_a_pin_or_make_a_coordinator_without_the_pin(
    guarded: Path, name: str
) -> None:
    before = _rows(guarded, "SELECT name, role, pin_hash FROM operator ORDER BY id")
    result = run("init", "--db", str(guarded), "--coordinator", name, "--pin", "9999", stdin="")
    assert result.returncode == 1 and "coordinator" in result.stderr
    wrong = run("init", "--db", str(guarded), "--coordinator", name, "--pin", "9999",
                env={"WAREHOUSE_PIN": "1111"})  # fmt: skip
    assert wrong.returncode == 1
    assert _rows(guarded, "SELECT name, role, pin_hash FROM operator ORDER BY id") == before
    # With the PIN it is a coordinator's own decision.
    run("init", "--db", str(guarded), "--coordinator", name, "--pin", "9999",
        env={"WAREHOUSE_PIN": COORDINATOR_PIN}, check_ok=True)  # fmt: skip
    assert ("coordinator",) in _rows(guarded, f"SELECT role FROM operator WHERE name = '{name}'")  # noqa: S608


def test_wrong_pins_lock_out_the_next_process_too(guarded: Path, tmp_path: Path) -> None:
    csv = tmp_path / "cats.csv"
    run("export", "categories", "--db", str(guarded), "--out", str(csv), check_ok=True)
    for _ in range(auth.FREE_ATTEMPTS):
        result = run("import", "categories", str(csv), "--db", str(guarded),
                     env={"WAREHOUSE_PIN": "0000"})  # fmt: skip
        assert "Wrong PIN" in result.stderr
    # A new process with the right PIN must still wait.
    result = run("import", "categories", str(csv), "--db", str(guarded),
                 env={"WAREHOUSE_PIN": COORDINATOR_PIN})  # fmt: skip
    assert result.returncode == 1 and "wait" in result.stderr


# --- passwords ---------------------------------------------------------------------------

SECRET = "s3cr3t-Pa55"


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://bench:{SECRET}@127.0.0.1:1/warehouse",
        f"postgresql://127.0.0.1:1/warehouse?user=bench&password={SECRET}",
        f"postgresql://127.0.0.1:1/warehouse?password={SECRET}&user=bench",
        f"postgresql://bench:{SECRET}@127.0.0.1:1/warehouse?password={SECRET}",
    ],
)
@pytest.mark.parametrize(
    "command", [("init",), ("scan", "C00012"), ("export", "boxes", "--out", "-")]
)
def test_no_command_ever_prints_a_database_password(url: str, command: tuple[str, ...]) -> None:
    result = run(command[0], "--db", url, *command[1:])
    assert result.returncode != 0
    assert SECRET not in result.stdout + result.stderr
    # The server is still named, with the password shown hidden rather than left out.
    assert "127.0.0.1:1/warehouse" in result.stderr and "***" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_redaction_covers_every_form_of_password() -> None:
    for text in (
        f"postgresql://u:{SECRET}@h/db",
        f"postgres://u:{SECRET}@h:5432/db?sslmode=require",
        f"dbname=w user=u password={SECRET} host=h",
        f"dbname=w password='{SECRET} x' host=h",
        f"?password={SECRET}",
        f"&PASSWORD={SECRET}&x=1",
    ):
        assert SECRET not in redact_secrets(text), text
    assert redact_secrets("sqlite:///srv/a:b@c.db") == "sqlite:///srv/a:b@c.db"


def _run_on_a_terminal(args: list[str], typed: str) -> tuple[int, str]:
    """Run the command line on a pseudo-terminal, typing `typed` at the PIN prompt."""
    import fcntl
    import os
    import pty
    import select
    import subprocess
    import termios

    from tests.support.cli import CLI

    fd, terminal = pty.openpty()

    def controlling_terminal() -> None:  # in the child, after setsid
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [*CLI, *args], stdin=terminal, stdout=terminal, stderr=terminal,
        start_new_session=True, preexec_fn=controlling_terminal,  # noqa: PLW1509
    )  # fmt: skip
    os.close(terminal)
    seen = b""
    answered = False
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"PIN:" in seen:
            os.write(fd, typed.encode() + b"\n")
            answered = True
    status = child.wait(timeout=60)
    os.close(fd)
    return status, seen.decode("utf-8", "replace")


def test_on_a_terminal_the_pin_is_asked_and_never_echoed(guarded: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    run("backup", "--db", str(guarded), "--out", str(saved), check_ok=True)
    status, screen = _run_on_a_terminal(["restore", str(saved), "--db", str(guarded)], "0000")
    assert status == 1 and "Coordinator PIN:" in screen and "Wrong PIN" in screen
    assert "0000" not in screen
    status, screen = _run_on_a_terminal(["restore", str(saved), "--db", str(guarded)],
                                        COORDINATOR_PIN)  # fmt: skip
    assert status == 0 and "Restored" in screen and COORDINATOR_PIN not in screen
