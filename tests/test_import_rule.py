"""The one-way dependency rule of docs/ARCHITECTURE.md ("Layers"), checked on the source itself.

ui -> hardware, reports -> warehouse_desktop.  The core imports no Qt at all; reports
no Qt; hardware only Qt's non-widget modules.  The command line may reach reports,
hardware and ui lazily (inside functions, by module name), never at import time.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("warehouse_desktop", "reports", "hardware", "ui")
FORBIDDEN = {
    "warehouse_desktop": {"PySide6", "shiboken6", "ui", "hardware", "reports"},
    "reports": {"PySide6", "shiboken6", "ui", "hardware"},
    "hardware": {"ui", "reports", "PySide6.QtWidgets"},
}


def _imports(path: Path) -> list[tuple[int, str, bool]]:
    """(line, imported module, at module level) for every import in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            found.append((node.lineno, name, id(node) in top_level))
    return found


def _violates(name: str, banned: set[str]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_against_the_dependency_direction(package: str) -> None:
    problems = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, name, _top in _imports(path):
            if _violates(name, FORBIDDEN[package]):
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert problems == []


def test_hardware_uses_only_non_widget_qt() -> None:
    for path in sorted((ROOT / "hardware").rglob("*.py")):
        for line, name, _top in _imports(path):
            assert "QtWidgets" not in name, f"{path}:{line}"


def test_the_scan_workflow_runs_without_qt() -> None:
    code = (
        "import sys\n"
        "import warehouse_desktop.bench, warehouse_desktop.cli, warehouse_desktop.stock\n"
        "import warehouse_desktop.exchange, warehouse_desktop.demo, reports\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'ui.', 'hardware.'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_rule_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6 import QtCore\n", encoding="utf-8")
    assert any(_violates(name, FORBIDDEN["warehouse_desktop"]) for _l, name, _t in _imports(bad))
