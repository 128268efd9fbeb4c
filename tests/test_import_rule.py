"""The one-way dependency rule of docs/ARCHITECTURE.md ("Layers"), checked on the source itself.

ui -> hardware, reports -> warehouse_desktop.  The core imports no Qt at all; reports
no Qt; hardware only Qt's non-widget modules.  The layers are import-linter contracts
(`[tool.importlinter]` in pyproject.toml), which see every `import` and `from ... import`
wherever it stands, inside functions too; the one other way in, importing by name
(`importlib.import_module`, `__import__`), is refused outright in the product's code:
the packages above the core reach the command line only through entry points.  No import
cycle exists among the product's modules, counting imports inside functions.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("warehouse_desktop", "reports", "hardware", "ui")
# Calls that import a module named by a string, which no contract can follow.
IMPORT_BY_NAME = {"import_module", "__import__", "find_spec", "spec_from_file_location"}

# Run in a subprocess so that the packages are the ones found from `cwd` (a planted copy).
_LINT = (
    "import sys\n"
    "from importlinter.cli import lint_imports\n"
    "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))\n"
)
_CYCLES = (
    "import json, sys\n"
    "import grimp\n"
    "sys.setrecursionlimit(10000)\n"
    f"graph = grimp.build_graph(*{PACKAGES!r}, cache_dir=None,\n"
    "                           exclude_type_checking_imports=False)\n"
    "edges = {m: sorted(graph.find_modules_directly_imported_by(m) & graph.modules)\n"
    "         for m in sorted(graph.modules)}\n"
    "print(json.dumps(edges))\n"
)


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges.get(module, []):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1 or module in edges.get(module, []):
                found.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def _imports_by_name(path: Path) -> list[str]:
    """Where `path` calls something that imports a module named by a string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in IMPORT_BY_NAME:
                found.append(f"{path}:{node.lineno} calls {name}")
    return found


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """A copy of the product's packages and pyproject.toml, to plant violations in."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ttf", "*.wav", "*.png"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_layer_contracts_hold() -> None:
    result = _run(_LINT, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in ("One-way layers", "The core has no Qt", "Reports have no Qt"):
        assert f"{contract}" in result.stdout
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        # The core reaching up, hidden inside a function.
        ("warehouse_desktop/_planted.py", "def f():\n    from ui import app\n", "One-way layers"),
        # Two packages of the middle layer must not lean on each other.
        ("hardware/_planted.py", "import reports.labels\n", "One-way layers"),
        ("reports/_planted.py", "def f():\n    import PySide6.QtGui\n", "Reports have no Qt"),
        ("warehouse_desktop/_planted.py", "from shiboken6 import isValid\n", "core has no Qt"),
    ],
)
def test_a_planted_violation_breaks_its_contract(
    planted: Path, module: str, source: str, contract: str
) -> None:
    (planted / module).write_text(source, encoding="utf-8")
    result = _run(_LINT, planted)
    assert result.returncode != 0, result.stdout
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), result.stdout


def test_nothing_is_imported_by_name() -> None:
    problems = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            problems += _imports_by_name(path)
    assert problems == []


@pytest.mark.parametrize(
    "source",
    [
        "import importlib\nimportlib.import_module('ui.app')\n",
        "from importlib import import_module\ndef f(name):\n    return import_module(name)\n",
        "def f():\n    return __import__('reports.labels')\n",
    ],
)
def test_the_by_name_checker_catches_a_violation(tmp_path: Path, source: str) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(source, encoding="utf-8")
    assert _imports_by_name(bad)


def test_hardware_uses_only_non_widget_qt() -> None:
    # import-linter sees a third-party package as one module, so Qt's parts are told apart here.
    for path in sorted((ROOT / "hardware").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            assert not any("QtWidgets" in name for name in names), f"{path}:{node.lineno}"


def test_the_scan_workflow_runs_without_qt() -> None:
    code = (
        "import sys\n"
        "import warehouse_desktop.bench, warehouse_desktop.cli, warehouse_desktop.stock\n"
        "import warehouse_desktop.exchange, warehouse_desktop.demo, reports\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'ui.', 'hardware.'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_import_cycles() -> None:
    result = _run(_CYCLES, ROOT)
    assert result.returncode == 0, result.stderr
    edges = json.loads(result.stdout)
    assert "ui.app" in edges and "warehouse_desktop.cli" in edges  # the graph is the product's
    assert cycles(edges) == []


def test_a_planted_cycle_inside_functions_is_found(planted: Path) -> None:
    (planted / "hardware" / "_planted_a.py").write_text(
        "def f():\n    from hardware import _planted_b\n", encoding="utf-8"
    )
    (planted / "hardware" / "_planted_b.py").write_text(
        "def g():\n    import hardware._planted_a\n", encoding="utf-8"
    )
    result = _run(_CYCLES, planted)
    assert result.returncode == 0, result.stderr
    assert cycles(json.loads(result.stdout)) == [["hardware._planted_a", "hardware._planted_b"]]


def test_cycles_are_found_through_several_modules() -> None:
    edges = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": [], "e": ["e"]}
    assert cycles(edges) == [["a", "b", "c"], ["e"]]
