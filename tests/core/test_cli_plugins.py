"""The command line's plugins: `reports`, `hardware` and `ui` add their commands through
entry points (pyproject.toml), loaded by name; one that fails to import is an error with
its traceback in the crash log, never a command quietly missing."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse_desktop import cli

ROOT = Path(__file__).resolve().parents[2]


def _registered(entry_name: str) -> set[str]:
    """The commands the register function of entry point `entry_name` adds."""
    (entry,) = cli._entry_points(cli.COMMANDS, {entry_name})
    sub = argparse.ArgumentParser().add_subparsers()
    cli.load_entry_point(entry)(sub)
    return set(sub.choices)


def test_each_plugin_command_is_declared_under_its_own_name() -> None:
    declared = {entry.name for entry in cli._entry_points(cli.COMMANDS)}
    assert {"labels", "stock-sheet", "manifest", "count-report", "print", "window"} <= declared
    added: set[str] = set()
    for name in declared:
        registered = _registered(name)
        assert name in registered  # asking for the command by name loads what adds it
        added |= registered
    assert added == declared  # no command hides behind another's name


def test_the_needs_sheet_is_a_document_reports_contributes() -> None:
    from reports.needs import write_needs

    assert cli.document_writer("needs") is write_needs
    assert cli.document_writer("boxes") is None


@pytest.fixture
def broken_plugin(tmp_path: Path) -> Path:
    """A distribution on the path that declares commands whose module fails to import."""
    dist = tmp_path / "plugins" / "bench_extras-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: bench-extras\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[warehouse_desktop.commands]\n"
        "sort-gloves = bench_extras:register\n"
        "window = bench_extras:register\n",
        encoding="utf-8",
    )
    (tmp_path / "plugins" / "bench_extras.py").write_text(
        "import glove_sizes_not_installed\n\ndef register(subparsers):\n    pass\n",
        encoding="utf-8",
    )
    return tmp_path / "plugins"


def _run(args: list[str], plugins: Path, data: Path) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(plugins), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "WAREHOUSE_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "warehouse_desktop", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ["sort-gloves"],  # its own command
        ["--help"],  # help loads every plugin: a broken one is not left out
        ["--db", "bench.db"],  # no command: the window, which this plugin also declares
    ],
)
def test_a_plugin_that_fails_to_import_is_an_error_with_its_traceback_logged(
    broken_plugin: Path, tmp_path: Path, args: list[str]
) -> None:
    data = tmp_path / "data"
    args = [a.replace("bench.db", str(tmp_path / "bench.db")) for a in args]
    result = _run(args, broken_plugin, data)
    assert result.returncode == cli.EXIT_ERROR
    assert "Traceback" not in result.stderr and "not available" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("warehouse-desktop: ")
    assert "could not be loaded (bench_extras:register)" in lines[0]
    assert "No module named 'glove_sizes_not_installed'" in lines[0]
    log = data / "crash.log"
    assert f"details in {log}" in lines[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and 'bench_extras.py", line 1' in text
    assert not (tmp_path / "bench.db").exists()  # nothing was opened on the way


def test_core_commands_do_not_load_the_plugins(broken_plugin: Path, tmp_path: Path) -> None:
    # A broken plugin stops only what needs it: the core commands still answer.
    db = tmp_path / "bench.db"
    result = _run(["init", "--db", str(db)], broken_plugin, tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data" / "crash.log").exists()
