"""Child process for the bench-layout test: on the screen the offscreen platform was given
(QT_QPA_PLATFORM=offscreen:configfile=...), opens the bench window maximised in French on
the demo warehouse, signs a volunteer in by card and walks the bench through its contexts
(an 8-size category, one size, a shelf, a long refusal, a van with a long destination,
the amber DISPATCH, a stock-take and its "Not found"), measuring after each one.

    python -m tests.support.measure_bench DB SETTINGS.ini

Prints one JSON object: the screen's available area and, per context, where the banner
and the context panel are, the splitter's sizes, the window's frame and least size, the
Time column against what it needs, and every visible widget that sticks out of its parent.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QScrollBar,
    QWidget,
)

from tests.support.screens import open_french_window, rect_of

LONG_DESTINATION = "Centre d'accueil de Grande-Synthe, gymnase municipal Victor-Hugo (entrée nord)"


def _place(widget: QWidget, window: QWidget) -> list[int]:
    return rect_of(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: what sticks out is scrolled to, not cut."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def clipped(window: QWidget) -> list[str]:
    """Every visible widget whose geometry is not inside its parent's."""
    out = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is None or widget.isWindow() or isinstance(widget, (QMenu, QScrollBar)):
            continue
        if not widget.isVisibleTo(window) or _scrolled(widget):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if not parent.rect().contains(widget.geometry()):
            text = getattr(widget, "text", lambda: "")()
            out.append(
                f"{type(widget).__name__} {widget.objectName()!r} {text!r} "
                f"{rect_of(widget.geometry())} in {type(parent).__name__} {rect_of(parent.rect())}"
            )
    return out


def measure(app: QApplication, window, name: str) -> dict[str, object]:
    for _ in range(5):
        app.processEvents()
    bench = window.bench
    header = bench.log_view.horizontalHeader()
    needed = max(
        bench.log_view.sizeHintForColumn(0),
        header.sectionSizeHint(0),
        bench.log_view.fontMetrics().horizontalAdvance("23:59:59"),
    )
    inside = window.rect()
    visible = {
        "log": bench.log_view,
        "undo": bench.undo_button,
        "status bar": window.statusBar(),
        "banner": bench.banner,
    }
    return {
        "context": name,
        "banner": _place(bench.banner, window),
        "banner_text": bench.banner.text(),
        "banner_fits": bench.banner.fits(),
        "panel": _place(bench.mode_value.parentWidget(), window),
        "splitter": bench.splitter.sizes(),
        "window": rect_of(window.frameGeometry()),
        "least": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "time_column": [header.sectionSize(0), needed],
        "off_window": [
            key
            for key, widget in visible.items()
            if not widget.isVisibleTo(window)
            or not inside.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
        ],
        "clipped": clipped(window),
        "sizes": [b.text() for b in bench._size_buttons],
        "van_line": bench.van_value.text(),
        "grid": [button.full_name for button in bench.grid.buttons.values()],
    }


def main(db: str, settings_path: str) -> int:
    from warehouse_desktop import catalogue, volunteers
    from warehouse_desktop.codes import Command, command_code
    from warehouse_desktop.models import Box, BoxState, Category

    session = open_french_window(db, settings_path)
    app, window = session.app, session.window
    screen = window.screen().availableGeometry()
    contexts: list[dict[str, object]] = []
    report: dict[str, object] = {"screen": rect_of(screen), "contexts": contexts}
    clock = [window.service.clock()]

    def scan(code: str):
        # Past the double-read window between scans, on the bench's own clock.
        import datetime as dt

        clock[0] += dt.timedelta(seconds=2)
        window.service.clock = lambda: clock[0]
        return window.handle_scan(code)

    card = volunteers.list_volunteers()[0].card_code
    contexts.append(measure(app, window, "nobody"))
    scan(card)
    contexts.append(measure(app, window, "signed in"))
    shoes = Category.get(Category.name == "Men's shoes")
    scan(shoes.code)
    contexts.append(measure(app, window, "8 sizes"))
    window.bench._size_buttons[3].click()
    contexts.append(measure(app, window, "size chosen"))
    one = next(c for c in Category.select() if list(c.sizes) == ["one size"])
    scan(one.code)
    contexts.append(measure(app, window, "one size"))
    shelf = max(catalogue.list_locations(), key=lambda loc: len(loc.name))
    scan(shelf.code)
    contexts.append(measure(app, window, "shelf"))
    scan("Z" * 40)
    contexts.append(measure(app, window, "long refusal"))
    scan(shoes.code)
    window.bench._size_buttons[0].click()
    contexts.append(measure(app, window, "8 sizes again"))
    scan(command_code(Command.LOAD))
    window.bench.run(lambda: window.service.create_van_load(LONG_DESTINATION))
    in_stock = Box.select().where(Box.state == BoxState.IN_STOCK.value).limit(3)
    for box in in_stock:
        scan(box.code)
    contexts.append(measure(app, window, "van load"))
    scan(command_code(Command.DISPATCH))
    contexts.append(measure(app, window, "amber dispatch"))
    scan(command_code(Command.CHECK_IN))
    scan(command_code(Command.COUNT))
    scan(shelf.code)
    contexts.append(measure(app, window, "stock-take"))
    scan(command_code(Command.DONE))
    contexts.append(measure(app, window, "not found"))
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
