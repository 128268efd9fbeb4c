"""Exit 0 when the installed project registers exactly the entry points pyproject.toml
declares (the command plugins), 1 when `pip install -e .` must run again."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        (group, name, value)
        for group, entries in project.get("entry-points", {}).items()
        for name, value in entries.items()
    }
    declared |= {("console_scripts", n, v) for n, v in project.get("scripts", {}).items()}
    try:
        installed = distribution(project["name"]).entry_points
    except PackageNotFoundError:
        return 1
    return 0 if {(e.group, e.name, e.value) for e in installed} == declared else 1


if __name__ == "__main__":
    sys.exit(main())
