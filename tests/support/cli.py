"""Running the real command line as a child process, for tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "warehouse_desktop"]


def run(*args: str, stdin: str | None = None, check_ok: bool = False,
        env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:  # fmt: skip
    import os

    result = subprocess.run(
        [*CLI, *args], input=stdin, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    if check_ok:
        assert result.returncode == 0, result.stderr
    return result


def scan_json(db: Path | str, *codes: str, bench: str = "bench-1", stdin: str | None = None,
              env: dict[str, str] | None = None) -> list[dict]:  # fmt: skip
    result = run("scan", "--db", str(db), "--bench", bench, "--json", *codes, stdin=stdin, env=env)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for line in lines:
        assert set(line) >= {"code", "ok", "kind", "action", "message", "box"}
    return lines


COORDINATOR_PIN = "2468"


def as_coordinator(db: Path | str) -> dict[str, str]:
    """Give `db` a coordinator (Boss, PIN 2468) if it has none; the environment that acts as one."""
    env = {"WAREHOUSE_PIN": COORDINATOR_PIN}
    run("init", "--db", str(db), "--coordinator", "Boss", "--pin", COORDINATOR_PIN, env=env,
        check_ok=True)  # fmt: skip
    return env
