"""A French volunteer's whole shift at 1024×768, driven through the window: sign in by
card, make boxes, shelve them, load a van, dispatch it (the amber DISPATCH, then the
window's dialog), a stock-take, and close the day from the Print menu.  Every text the
volunteer can see on the way (banner, context, scan log, status bar, dialogs, menus) is
collected; none may be one of the program's own English strings, no widget may stick out
of its parent, and every dialog met must close with Escape."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.support.measure_bench import clipped
from tests.ui.conftest import COORDINATOR, PIN
from tests.ui.test_french_walk import _shown_texts
from ui.app import build_window
from ui.i18n import I18N_DIR, PLURAL_FORMS_SEPARATOR, read_ts
from warehouse_desktop import volunteers
from warehouse_desktop.bench import ScanAction
from warehouse_desktop.codes import CodeKind, Command, command_code
from warehouse_desktop.models import Box, BoxState, Category, Location, StockCount, utcnow
from warehouse_desktop.numbering import reserve_codes


def _english_patterns() -> list[re.Pattern[str]]:
    """Every English string of the program that French says differently, as a pattern
    that matches it shown whole: placeholders and counts match anything, and a pattern
    needs a real English word around them to count ("{destination}: {count}" does not)."""
    english = read_ts(I18N_DIR / "warehouse_en.ts")
    french = read_ts(I18N_DIR / "warehouse_fr.ts")
    patterns = []
    for key, shown in english.items():
        if not shown or french.get(key) in (None, "", shown):
            continue
        for form in shown.split(PLURAL_FORMS_SEPARATOR):
            form = form.replace("&", "")
            fixed, parts = "", []
            for literal, field, _spec, _conv in string.Formatter().parse(form):
                literal_parts = literal.split("%n")
                parts.append(r"\d+".join(re.escape(p) for p in literal_parts))
                fixed += "".join(literal_parts)
                if field is not None:
                    parts.append(".*?")
            if not re.search(r"[A-Za-z]{3,}", fixed):
                continue
            patterns.append(re.compile("".join(parts), re.DOTALL))
    return patterns


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def shift(small_warehouse, qtbot, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("reports/close_day_folder", str(tmp_path / "sheets"))
    session = build_window(bench="bench-fr", lang="fr", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    session.clock = Clock()
    session.window.service.clock = session.clock
    yield session
    session.app.removeEventFilter(session.scan_filter)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    session.window.close()
    session.translations.switch("en")


def test_a_french_shift_at_1024_by_768_meets_no_english_and_no_trap(shift, qtbot) -> None:
    window = shift.window
    bench = window.bench
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.install_report_actions()
    seen: dict[str, set[str]] = {}
    stuck: list[str] = []

    def look(step: str, *dialogs: QWidget) -> None:
        QApplication.processEvents()
        texts = _shown_texts(window) | {window.windowTitle(), window.statusBar().currentMessage()}
        texts |= _shown_texts(window.menuBar())
        for menu in (window.warehouse_menu, window.print_menu):
            texts |= _shown_texts(menu)
        model = bench.log_model
        for row in range(model.rowCount()):
            texts |= {str(model.data(model.index(row, c, QModelIndex()))) for c in range(3)}
        for dialog in dialogs:
            texts |= _shown_texts(dialog) | {dialog.windowTitle()}
        seen[step] = {t for t in texts if t}
        # Nothing on the bench sticks out of its parent, and it all fits 1024×768.
        cut = clipped(window)
        if cut:
            stuck.append(f"{step}: {cut}")
        least = window.minimumSizeHint()
        assert least.width() <= 1024 and least.height() <= 768, (step, least)

    def escape_closes(dialog: QDialog, step: str) -> None:
        qtbot.waitExposed(dialog)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    def scan(code: str):
        shift.clock.now += dt.timedelta(seconds=2)
        return window.handle_scan(code)

    # Sign in: the dialog asks for the card; Escape closes it; the card signs in.
    card = volunteers.add_volunteer("Dominique", coordinator=COORDINATOR, pin=PIN).card_code
    dialog = window.start_shift()
    look("sign-in", dialog)
    escape_closes(dialog, "sign-in")
    assert window.operator is None
    look("sign-in dismissed")
    dialog = window.start_shift()
    qtbot.waitExposed(dialog)
    assert scan(card).action is ScanAction.SIGNED_IN
    qtbot.waitUntil(lambda: not dialog.isVisible())
    look("signed in")

    # Make three boxes of Men's jackets, size L.
    jackets = Category.get(Category.name == "Men's jackets")
    assert scan(jackets.code).ok
    next(b for b in bench._size_buttons if b.box_size == "L").click()
    boxes = reserve_codes(CodeKind.BOX, 3)
    for code in boxes:
        assert scan(code).action is ScanAction.BOX_CREATED
    look("boxes made")
    extra = reserve_codes(CodeKind.BOX, 1)[0]
    assert scan(extra).action is ScanAction.BOX_CREATED
    assert scan(command_code(Command.UNDO)).action is ScanAction.UNDONE
    look("undo")
    scan("pas-un-code!")
    look("a refusal")

    # Shelve them on Shelf A1.
    shelf = Location.get(Location.name == "Shelf A1")
    assert scan(shelf.code).ok
    for code in boxes:
        assert scan(code).ok
    assert Box.get(Box.code == boxes[0]).location_id == shelf.id
    look("shelved")

    # Load two onto a van, then the amber DISPATCH, then the window's dialog.
    assert scan(command_code(Command.LOAD)).ok
    assert bench.run(lambda: window.service.create_van_load("Grande-Synthe")).ok
    for code in boxes[:2]:
        assert scan(code).ok
    look("loading")
    first = scan(command_code(Command.DISPATCH))
    assert first.confirm and bench.banner.state == "confirm"
    look("amber dispatch")
    dispatch = bench.dispatch()
    assert dispatch is not None
    look("dispatch dialog", dispatch)
    escape_closes(dispatch, "dispatch dialog")
    assert Box.get(Box.code == boxes[0]).state == BoxState.LOADING.value
    dispatch = bench.dispatch()
    qtbot.waitExposed(dispatch)
    dispatch.dispatch_button.click()
    qtbot.waitUntil(lambda: Box.get(Box.code == boxes[0]).state == BoxState.DISPATCHED.value)
    look("dispatched")

    # A stock-take of Shelf A1: the third box is there, DONE.
    assert scan(command_code(Command.CHECK_IN)).ok
    assert scan(command_code(Command.COUNT)).ok
    assert scan(shelf.code).ok
    assert scan(boxes[2]).ok
    look("counting")
    assert scan(command_code(Command.DONE)).ok
    assert StockCount.select().count() == 1
    look("count done")

    # Close the day from the Print menu: the stock sheet's preview opens.
    close_day = window.findChild(QAction, "report-close-day")
    assert close_day is not None and close_day.text().replace("&", "") == "Clôturer la journée…"
    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)}
    close_day.trigger()

    def preview() -> QDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in before:
                return widget
        return None

    qtbot.waitUntil(lambda: preview() is not None, timeout=30_000)
    shown = preview()
    assert shown is not None
    look("day closed", shown)
    escape_closes(shown, "close the day")

    english = _english_patterns()
    left = {
        step: sorted(text for text in texts if any(p.fullmatch(text) for p in english))
        for step, texts in seen.items()
    }
    assert {step: texts for step, texts in left.items() if texts} == {}
    assert stuck == []
    # The walk read French: the strings it would catch in English are there in French.
    everything = set().union(*seen.values())
    assert "Scannez votre carte de bénévole" in everything
    assert any(text.startswith("Défait") for text in everything)
    assert "DÉFAIRE (F4)" in everything
