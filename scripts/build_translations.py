"""Compile the Qt Linguist sources `resources/i18n/*.ts` into the .qm files the window loads.

Run by the build (`setup.py`'s build_py, so `pip install .` and `pip install -e .` both
leave the .qm files beside their sources) and by the install scripts after installing,
with the `lrelease` that ships with PySide6.  The window itself never compiles: without a
.qm it says so in its log and runs in English.  Usage: `python scripts/build_translations.py`.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def find_lrelease() -> list[str] | None:
    """The lrelease command: PySide6's own binary, its `pyside6-lrelease` script beside this
    Python, or one on PATH; None when there is none."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        bundled = Path(spec.origin).parent / "lrelease"
        for candidate in (bundled, bundled.with_suffix(".exe")):
            if candidate.exists():
                return [str(candidate)]
    script = Path(sys.executable).parent / "pyside6-lrelease"
    if script.exists():
        return [str(script)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def build_qm(folder: Path = I18N_DIR) -> list[Path]:
    """Compile every .ts in `folder` whose .qm is missing or older; return the .qm files.

    Raises RuntimeError when there is no lrelease or it fails: a build without its
    translations must not pass silently."""
    built: list[Path] = []
    tool: list[str] | None = None
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns:
            tool = tool or find_lrelease()
            if tool is None:
                raise RuntimeError("lrelease not found: install PySide6 to build translations")
            done = subprocess.run(
                [*tool, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            if done.returncode != 0 or not qm.exists():
                raise RuntimeError(f"lrelease failed on {ts.name}: {done.stderr.strip()}")
        built.append(qm)
    return built


def main() -> int:
    try:
        built = build_qm()
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:
        print(f"Translations not built: {error}", file=sys.stderr)
        return 1
    print("Translations built: " + ", ".join(p.name for p in built))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
