"""Save a screenshot of every screen of the bench window to docs/screenshots/.

Runs the real window on a freshly seeded demo warehouse.  Without a display it starts
its own Xvfb (the same X server the end-to-end test uses) and runs itself inside it.

    python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _under_xvfb(argv: list[str], size: str) -> int:
    for number in range(120, 400):
        if not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline:
                print("screenshots: Xvfb did not start", file=sys.stderr)
                return 1
            time.sleep(0.1)
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        return subprocess.call([sys.executable, __file__, *argv, "--inside"], env=env)
    finally:
        server.terminate()
        server.wait(timeout=10)


def _take(out: Path, size: tuple[int, int]) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from warehouse_desktop import demo
    from warehouse_desktop.codes import CodeKind
    from warehouse_desktop.db import open_database
    from warehouse_desktop.migrations import ensure_schema
    from warehouse_desktop.models import Category, Location
    from warehouse_desktop.numbering import reserve_codes

    work = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["WAREHOUSE_DATA_DIR"] = str(work / "data")
    open_database(work / "demo.db")
    ensure_schema()
    demo.seed_demo()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-1", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    window = session.window
    # The window fills the screen, in logical pixels (so QT_SCALE_FACTOR=2 shows 200%).
    screen = window.screen().availableGeometry()
    window.resize(min(size[0], screen.width()), min(size[1], screen.height()))
    window.show()
    window.install_report_actions()
    app = QApplication.instance()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    # A few scans so the bench shows a real shift.
    category = Category.select().where(Category.active == True).first()  # noqa: E712
    shelf = Location.select().where(Location.kind == "shelf").first()
    window.signed_in(type("Op", (), {"name": "Amina", "is_coordinator": False})())
    window.handle_scan(category.code)
    for code in reserve_codes(CodeKind.BOX, 3):
        window.handle_scan(code)
    window.handle_scan(shelf.code)
    window.handle_scan("B12345")  # a damaged label: red
    shots: list[Path] = []

    def save(name: str, widget=None, *, whole_screen: bool = False) -> None:
        settle()
        path = out / f"{name}.png"
        if whole_screen:
            # Dialogs are windows of their own: take the screen to show them over the bench.
            screen = window.screen()
            screen.grabWindow(0, 0, 0, window.width(), window.height()).save(str(path))
        else:
            (widget or window).grab().save(str(path))
        shots.append(path)

    save("01-bench-error")
    window.handle_scan(reserve_codes(CodeKind.BOX, 1)[0])
    save("02-bench")
    names = ["03-stock", "04-van-loads", "05-needs", "06-catalogue", "07-settings"]
    for index, name in enumerate(names, start=1):
        window.tabs.setCurrentIndex(index)
        save(name)
    window.tabs.setCurrentIndex(0)
    dialog = window.open_box(_any_box())
    dialog.resize(760, 520)
    save("08-box-detail", dialog)
    dialog.close()
    sign_in = window.start_shift()
    sign_in.name.setText("Amina")
    save("09-sign-in", whole_screen=True)
    sign_in.reject()
    session.translations.switch("fr")
    window.handle_scan(category.code)
    save("10-bench-french")
    session.translations.switch("ar")
    save("11-bench-right-to-left")
    session.translations.switch("en")
    window.close()
    return shots


def _any_box() -> str:
    from warehouse_desktop.models import Box, Movement

    busiest = (
        Movement.select(Movement.box).group_by(Movement.box)
        .order_by(Movement.id.desc()).first()
    )  # fmt: skip
    return Box.get_by_id(busiest.box_id).code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    raw = sys.argv[1:] if argv is None else argv
    if not args.inside and not os.environ.get("DISPLAY"):
        return _under_xvfb([a for a in raw if a != "--inside"], args.size)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in _take(args.out, (width, height)):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
