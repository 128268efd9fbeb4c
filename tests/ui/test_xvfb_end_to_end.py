"""End to end under a real X server: the window runs as its own process on a demo
warehouse while xdotool types scans at scanner speed as X key codes (what a US-configured
USB scanner sends), first with a US keyboard layout, then after `setxkbmap fr`.  The
outcome is read back from the database.

The volunteer signs in with their card (scans before that change nothing), Ctrl+L signs
out and a typed name signs in; a scan on the Stock page only opens the box's detail; a
van leaves on the second DISPATCH; a dispatched box comes back only on its second scan.
A screenshot of the amber banner is kept next to the test's files (`amber.png`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from warehouse_desktop.codes import US_KEYCODES, CodeKind, Command, command_code
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.models import VanLoad

pytestmark = pytest.mark.xvfb

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60.0


def _wait_for(check, what: str, timeout: float = TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _free_display() -> int:
    for number in range(91, 400):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise AssertionError("no free X display number")


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[dict[str, str]]:
    for tool in ("Xvfb", "xdotool", "setxkbmap"):
        assert shutil.which(tool), (
            f"{tool} is needed for this test (apt: xvfb xdotool x11-xkb-utils)"
        )
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = dict(os.environ)
    env.update(
        DISPLAY=f":{number}",
        QT_QPA_PLATFORM="xcb",
        WAREHOUSE_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="en_GB.UTF-8",
    )
    try:
        _wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), "Xvfb")
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def _keys(code: str) -> list[str]:
    """xdotool key arguments: US key codes, shift for capitals, then Return."""
    by_char: dict[str, str] = {}
    for keycode, (plain, shifted) in US_KEYCODES.items():
        by_char[plain] = str(keycode)
        by_char[shifted] = f"shift+{keycode}"
    keys = []
    for ch in code:
        if ch.isalpha():
            keys.append(("shift+" if ch.isupper() else "") + by_char[ch.lower()])
        else:
            keys.append(by_char[ch])
    return [*keys, "Return"]


def _type_scans(env: dict[str, str], codes: list[str]) -> None:
    for code in codes:
        subprocess.run(["xdotool", "key", "--delay", "5", *_keys(code)], env=env, check=True)


def _scan_again_later(env: dict[str, str], code: str) -> None:
    """The same card or box a second time, as a person does it: later than the 1.5 s in
    which the bench takes a repeat for a scanner's double read."""
    time.sleep(1.6)
    _type_scans(env, [code])


def _amber_on_screen(env: dict[str, str], shot: Path) -> bool:
    """Screenshot the display into `shot`; is a banner-sized area amber?"""
    from PIL import Image

    from ui.widgets import CONFIRM_COLOUR

    subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True)
    amber = tuple(int(CONFIRM_COLOUR[i : i + 2], 16) for i in (1, 3, 5))
    with Image.open(shot) as image:
        pixels = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    # The banner is the full width and about 90 pixels high; a log line is far smaller.
    return any(colour == amber and count > 60_000 for count, colour in pixels)


def _count_boxes(db: Path, codes: list[str], shelf: str | None = None) -> int:
    """How many of `codes` exist (on `shelf`, if given)."""
    rows = _db_rows(
        db,
        "select b.code, l.code from box b left join location l on b.location_id = l.id",
    )
    return sum(1 for code, at in rows if code in codes and (shelf is None or at == shelf))


def _db_rows(db: Path, sql: str, *args) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db, timeout=10) as conn:
        return conn.execute(sql, args).fetchall()


def test_scans_typed_by_a_us_scanner_reach_the_database_through_us_and_french_layouts(
    xserver: dict[str, str], tmp_path: Path
) -> None:
    env = xserver
    db = tmp_path / "demo.db"
    python = sys.executable
    subprocess.run(
        [python, "-m", "warehouse_desktop", "init", "--demo", "--db", str(db)],
        env=env, check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    open_database(db)
    try:
        from warehouse_desktop.numbering import reserve_codes

        boxes = reserve_codes(CodeKind.BOX, 15)
        van = reserve_codes(CodeKind.VAN_LOAD, 1)[0]
        VanLoad.create(code=van, destination="Grande-Synthe")
    finally:
        close_database()
    category, category_name = _db_rows(
        db, "select code, name from category where active = 1 order by id limit 1"
    )[0]
    shelf, other_shelf = (
        row[0]
        for row in _db_rows(
            db, "select code from location where kind = 'shelf' order by id limit 2"
        )
    )
    volunteer, card = _db_rows(
        db,
        "select name, card_code from operator where role = 'volunteer' and name != 'Ana' "
        "order by id limit 1",
    )[0]
    movements_before = _db_rows(db, "select count(*) from movement")[0][0]

    def bench_state(column: str) -> object:
        import sqlite3

        with sqlite3.connect(db, timeout=10) as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute("select * from bench_state where bench = 'e2e'").fetchone()
        return row[column] if row is not None else None

    def box(code: str) -> tuple:
        return _db_rows(
            db,
            "select b.state, l.code from box b left join location l on b.location_id = l.id "
            "where b.code = ?",
            code,
        )[0]

    log_path = tmp_path / "window.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed in the finally below
    app = subprocess.Popen(
        [python, "-m", "warehouse_desktop", "--db", str(db), "--bench", "e2e", "--lang", "en"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:

        def window_id(name: str = "Warehouse bench") -> str:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", name],
                env=env, capture_output=True, text=True,
            )  # fmt: skip
            assert app.poll() is None, log_path.read_text()
            return found.stdout.split()[0] if found.stdout.split() else ""

        _wait_for(window_id, "the bench window")
        # The shift starts with the sign-in dialog in front.  There is no window manager
        # under Xvfb, so the dialog is given the keyboard explicitly: scans must work
        # whatever window has focus.
        sign_in = _wait_for(lambda: window_id("Sign in"), "the sign-in dialog")
        subprocess.run(["xdotool", "windowfocus", "--sync", sign_in], env=env, check=True)

        # Nobody signed in yet: a category card and a box are refused, nothing is written.
        _type_scans(env, [category, boxes[0]])
        # The volunteer's card signs them in and closes the sign-in dialog.
        _type_scans(env, [card])
        _wait_for(lambda: bench_state("operator") == volunteer, f"{volunteer} signed in by card")
        _wait_for(lambda: not window_id("Sign in"), "the sign-in dialog closed")
        assert _db_rows(db, "select count(*) from movement")[0][0] == movements_before
        assert bench_state("template_category_id") is None
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id()], env=env, check=True)

        # US layout: category card, ten new boxes, then shelve them.
        _type_scans(env, [category, *boxes[:10], shelf, *boxes[:10]])
        _wait_for(lambda: _count_boxes(db, boxes[:10], shelf) == 10, "ten boxes shelved")
        assert _db_rows(db, "select distinct operator from movement where bench = 'e2e'") == [
            (volunteer,)
        ]

        # Ctrl+L signs out (the context is cleared); a person types a name slowly into the
        # sign-in dialog: it is typing, not a scan.
        subprocess.run(["xdotool", "key", "ctrl+l"], env=env, check=True)
        _wait_for(lambda: bench_state("operator") == "", "signed out")
        assert bench_state("location_id") is None and bench_state("template_category_id") is None
        sign_in = _wait_for(lambda: window_id("Sign in"), "the sign-in dialog again")
        subprocess.run(["xdotool", "windowfocus", "--sync", sign_in], env=env, check=True)
        subprocess.run(["xdotool", "type", "--delay", "150", "Ana"], env=env, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        _wait_for(lambda: bench_state("operator") == "Ana", "Ana signed in")
        _wait_for(lambda: not window_id("Sign in"), "the sign-in dialog closed")
        # New box key: a box from the template with a fresh code.
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id()], env=env, check=True)
        _type_scans(env, [category, other_shelf])
        _wait_for(lambda: bench_state("location_id") is not None, "Ana's location set")
        before = _db_rows(db, "select count(*) from box")[0][0]
        subprocess.run(["xdotool", "key", "F2"], env=env, check=True)
        _wait_for(
            lambda: _db_rows(db, "select count(*) from box")[0][0] == before + 1, "F2 new box"
        )

        # On the Stock page (search field focused) a scan only opens the box's detail.
        moves = _db_rows(db, "select count(*) from movement")[0][0]
        subprocess.run(["xdotool", "key", "ctrl+2"], env=env, check=True)
        _type_scans(env, [boxes[9]])
        detail = _wait_for(lambda: window_id(f"Box {boxes[9]}"), "the box detail")
        assert box(boxes[9]) == ("in_stock", shelf)  # not moved to Ana's other shelf
        assert _db_rows(db, "select count(*) from movement")[0][0] == moves
        subprocess.run(["xdotool", "windowfocus", "--sync", detail], env=env, check=True)
        subprocess.run(["xdotool", "key", "Escape"], env=env, check=True)
        _wait_for(lambda: not window_id(f"Box {boxes[9]}"), "the box detail closed")
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id()], env=env, check=True)
        subprocess.run(["xdotool", "key", "ctrl+1"], env=env, check=True)

        # French AZERTY layout on the same display: the scanner still sends US key codes.
        subprocess.run(["setxkbmap", "fr"], env=env, check=True)
        _type_scans(env, boxes[10:15])
        _wait_for(lambda: _count_boxes(db, boxes[10:15]) == 5, "boxes typed through AZERTY")

        # Still through AZERTY: the van-load label, five shelved boxes, the DISPATCH card:
        # amber, the van still loading; DISPATCH again dispatches it.
        dispatch = command_code(Command.DISPATCH)
        _type_scans(env, [van, *boxes[:5], dispatch])
        _wait_for(lambda: bench_state("pending") == f"dispatch {van}", "DISPATCH amber")
        assert _db_rows(db, "select state from van_load where code = ?", van) == [("loading",)]
        _scan_again_later(env, dispatch)
        _wait_for(
            lambda: (
                _db_rows(db, "select state from van_load where code = ?", van) == [("dispatched",)]
            ),
            "the van dispatched",
        )
        on_van = _db_rows(
            db,
            "select b.code, b.state from box b join van_load v on b.van_load_id = v.id "
            "where v.code = ?",
            van,
        )
        assert sorted(on_van) == sorted((code, "dispatched") for code in boxes[:5])

        # A dispatched box scanned in CHECK IN is amber and stays dispatched; its second
        # scan brings it back to stock.
        _type_scans(env, [command_code(Command.CHECK_IN), boxes[0]])
        _wait_for(lambda: bench_state("pending") == f"return {boxes[0]}", "the returned box amber")
        assert box(boxes[0])[0] == "dispatched"
        # The banner turns amber on screen (kept as amber.png for a person to look at).
        _wait_for(lambda: _amber_on_screen(env, tmp_path / "amber.png"), "the amber banner")
        _scan_again_later(env, boxes[0])
        _wait_for(lambda: box(boxes[0])[0] == "in_stock", "the returned box back in stock")

        subprocess.run(["setxkbmap", "us"], env=env, check=True)
        # Ctrl+Q quits even with the sign-in dialog still open.
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        assert app.wait(timeout=TIMEOUT) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
    assert "Traceback" not in log_path.read_text()

    created = sorted(
        (code, name)
        for code, name in _db_rows(
            db, "select b.code, c.name from box b join category c on b.category_id = c.id"
        )
        if code in boxes
    )
    assert [code for code, _ in created] == sorted(boxes)
    assert {name for _, name in created} == {category_name}
    # Nothing else was created: no scan was split into two or merged with another.
    scans = _db_rows(db, "select count(*) from movement where bench = 'e2e'")[0][0]
    # 15 created, 10 shelved, 1 new box (F2), 5 loaded, 5 dispatched, 1 returned; nothing
    # before the sign-in, nothing from the Stock page.
    assert scans == 15 + 10 + 1 + 5 + 5 + 1
    assert _db_rows(db, "select count(*) from operator where name = 'Ana'") == [(1,)]
