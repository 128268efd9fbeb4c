"""Save a screenshot of every screen of the bench window to docs/screenshots/.

Runs the real window on a freshly seeded demo warehouse.  Without a display it starts
its own Xvfb (the same X server the end-to-end test uses) and runs itself inside it.

    python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768] [--lang en|fr]
                                  [--only-bench]

Each picture is named after its screen, language and size (02-bench-fr-1024x768.png).
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


def _small_png(path: Path) -> None:
    """Re-save `path` with a 256-colour palette: a screenshot stays sharp and small (the
    pictures are kept in git)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _take(out: Path, size: tuple[int, int], language: str, only_bench: bool) -> list[Path]:
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from warehouse_desktop import demo, volunteers
    from warehouse_desktop.codes import CodeKind, Command, command_code
    from warehouse_desktop.db import open_database
    from warehouse_desktop.migrations import ensure_schema
    from warehouse_desktop.models import Box, BoxState, Category, Location, utcnow
    from warehouse_desktop.numbering import reserve_codes

    work = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["WAREHOUSE_DATA_DIR"] = str(work / "data")
    open_database(work / "demo.db")
    ensure_schema()
    demo.seed_demo()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-1", lang=language, settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    window = session.window
    # The window fills the screen, in logical pixels (so QT_SCALE_FACTOR=2 shows 200%).
    screen = window.screen().availableGeometry()
    window.setGeometry(0, 0, min(size[0], screen.width()), min(size[1], screen.height()))
    window.show()
    window.install_report_actions()
    app = QApplication.instance()
    clock = [utcnow()]
    window.service.clock = lambda: clock[0]
    suffix = f"{language}-{size[0]}x{size[1]}"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    def scan(code: str) -> None:
        clock[0] += dt.timedelta(seconds=2)  # past the double-read window
        window.handle_scan(code)

    shots: list[Path] = []

    def save(name: str, widget=None, *, whole_screen: bool = False) -> None:
        settle()
        path = out / f"{name}-{suffix}.png"
        if whole_screen:
            # Dialogs are windows of their own: take the screen to show them over the bench.
            window.screen().grabWindow(0, 0, 0, window.width(), window.height()).save(str(path))
        else:
            (widget or window).grab().save(str(path))
        _small_png(path)
        shots.append(path)

    # Sign-in: the dialog asks for the volunteer card.
    window.start_shift()
    save("01-sign-in", whole_screen=True)
    scan(volunteers.list_volunteers()[-1].card_code)  # the card closes it
    # A real shift: an 8-size category, three boxes, a shelf, a damaged label.
    shoes = Category.get(Category.name == "Men's shoes")
    shelf = Location.select().where(Location.kind == "shelf").first()
    scan(shoes.code)
    window.bench._size_buttons[3].click()
    for code in reserve_codes(CodeKind.BOX, 3):
        scan(code)
    scan(shelf.code)
    scan(reserve_codes(CodeKind.BOX, 1)[0])
    save("02-bench")
    scan("B12345")  # a damaged label: red
    save("03-bench-error")
    # Loading a van, then the first DISPATCH: amber, nothing sent yet.
    scan(command_code(Command.LOAD))
    window.bench.run(lambda: window.service.create_van_load("Grande-Synthe"))
    boxes = Box.select().where(Box.state == BoxState.IN_STOCK.value).limit(4)
    for box in boxes:
        scan(box.code)
    scan(command_code(Command.DISPATCH))
    save("04-bench-amber")
    scan(command_code(Command.CHECK_IN))
    # A stock-take of the shelf that finds one box: the others there become missing.
    scan(command_code(Command.COUNT))
    scan(shelf.code)
    here = Box.select().where((Box.location == shelf.id) & (Box.state == BoxState.IN_STOCK.value))
    scan(here.first().code)
    scan(command_code(Command.DONE))
    scan(command_code(Command.CHECK_IN))
    if not only_bench:
        window.signed_in(
            type("Op", (), {"name": demo.DEMO_COORDINATOR, "is_coordinator": True})(),
            pin=demo.DEMO_PIN,
        )
        pages = [("05-stock", "stock"), ("06-van-loads", "van_loads"), ("07-needs", "needs")]
        for name, key in pages:
            window.tabs.setCurrentWidget(window._holders[key])
            save(name)
        window.tabs.setCurrentWidget(window._holders["volunteers"])
        page = window.page("volunteers")
        page._ask_pin = lambda _reason: (demo.DEMO_COORDINATOR, demo.DEMO_PIN)
        page.unlock()
        save("08-volunteers")
        window.tabs.setCurrentWidget(window._holders["counts"])
        save("09-stock-takes")
        window.tabs.setCurrentWidget(window._holders["reports"])  # the last four weeks
        save("11-reports")
        window.tabs.setCurrentIndex(0)
        dialog = window.open_box(_any_box())
        dialog.resize(min(760, window.width()), min(520, window.height()))
        save("10-box-detail", dialog)
        dialog.close()
    window.close()
    session.translations.switch("en")
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
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    parser.add_argument("--only-bench", action="store_true", help="the bench screens alone")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    raw = sys.argv[1:] if argv is None else argv
    if not args.inside and not os.environ.get("DISPLAY"):
        return _under_xvfb([a for a in raw if a != "--inside"], args.size)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in _take(args.out, (width, height), args.lang, args.only_bench):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
