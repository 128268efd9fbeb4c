"""Every user-facing string is marked in a form the .ts extractor reads.

`self.tr("...")` would still run, but `ui.i18n.extract_strings` does not collect it, so the
string would silently stay English in the French window.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def test_no_window_module_uses_self_tr() -> None:
    offenders = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
