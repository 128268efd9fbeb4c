"""Child process for the screen-fit test: on the screen the offscreen platform was given
(QT_QPA_PLATFORM=offscreen:configfile=...), opens the bench window in French on the demo
warehouse, then every dialog and coordinator page it can make, and measures each one.

    python -m tests.support.measure_dialogs DB SETTINGS.ini WORK_FOLDER

Prints one JSON object: the screen's available area, the window's state, and per dialog
its place, and whether its buttons are all on the screen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from tests.support.screens import open_french_window, rect_of


def _measure(app: QApplication, widget: QWidget) -> dict[str, object]:
    """Show `widget` as a volunteer would see it, and where it and its buttons land."""
    widget.show()
    for _ in range(5):
        app.processEvents()
    screen = widget.screen().availableGeometry()
    buttons = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or not button.text():
            continue
        top_left = button.mapToGlobal(QPoint(0, 0))
        place = QRect(top_left, button.size())
        buttons.append({"text": button.text(), "on_screen": screen.contains(place)})
    # The window itself, without the offscreen platform's make-believe frame: the test
    # adds what a real window manager puts around it.
    shown = {
        "frame": rect_of(widget.geometry()),
        "minimum": [widget.minimumSizeHint().width(), widget.minimumSizeHint().height()],
        "on_screen": screen.contains(widget.geometry()),
        "buttons": buttons,
    }
    widget.hide()
    return shown


def main(db: str, settings_path: str, work: str) -> int:
    from warehouse_desktop import catalogue, inventory

    session = open_french_window(db, settings_path)
    app, window = session.app, session.window
    screen = window.screen().availableGeometry()
    report: dict[str, object] = {
        "screen": rect_of(screen),
        "window": {
            "maximized": window.isMaximized(),
            "frame": rect_of(window.frameGeometry()),
        },
        "dialogs": {},
    }
    dialogs: dict[str, dict[str, object]] = report["dialogs"]  # type: ignore[assignment]

    # The print preview of the end-of-day stock sheet (A4, several pages).
    from reports.stock_sheet import write_stock_sheet
    from ui.print_preview import PrintPreviewDialog

    sheet = write_stock_sheet(Path(work) / "sheet.pdf")
    dialogs["print preview"] = _measure(app, PrintPreviewDialog(sheet, "Stock", window))

    from ui.dialogs import PinDialog, SignInDialog

    dialogs["sign-in"] = _measure(app, SignInDialog(window, name="Dominique-Marie"))
    dialogs["PIN"] = _measure(
        app,
        PinDialog(window, name="Coordinatrice", action="Mettre au rebut le carton B000000001"),
    )

    from ui.box_detail import BoxDetailDialog

    boxes = inventory.list_boxes(limit=50)
    busiest = max(boxes, key=lambda b: len(inventory.box_history(b.code)))
    dialogs["box detail"] = _measure(
        app, BoxDetailDialog(busiest.code, window.ask_pin, reprint=lambda _b: None, parent=window)
    )

    from ui.report_actions import LabelOptionsDialog

    dialogs["label options"] = _measure(
        app, LabelOptionsDialog("shelves", session.settings, window)
    )

    # Coordinator pages: what each needs, plus the window's menus, tabs and status bar.
    chrome = (
        window.menuBar().sizeHint().height()
        + window.tabs.tabBar().sizeHint().height()
        + window.statusBar().sizeHint().height()
    )
    for name, page in (
        ("settings", window.settings_page),
        ("catalogue", window.catalogue),
        ("print jobs", window.page("print_jobs")),
    ):
        window.tabs.setCurrentWidget(page.parentWidget())
        for _ in range(3):
            app.processEvents()
        least = page.minimumSizeHint()
        frame = QRect(0, 0, least.width(), least.height() + chrome)
        dialogs[name] = {
            "frame": rect_of(frame),
            "minimum": [least.width(), least.height()],
            "on_screen": screen.contains(frame),
            "buttons": [],
        }
    window.tabs.setCurrentIndex(0)

    # The dialogs that backups, exports and restores open: files, questions, answers.
    files = QFileDialog(window, "Restaurer une sauvegarde", str(Path(work)), "*.db")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs["backup file"] = _measure(app, files)
    question = QMessageBox(
        QMessageBox.Icon.Question, "Restaurer une sauvegarde",
        "Remplacer la base de données actuelle par la sauvegarde "
        "/home/benevole/.local/share/warehouse-desktop/backups/"
        "warehouse-20261130-081500-123456-daily.db ? La base actuelle est gardée comme "
        "sauvegarde.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window,
    )  # fmt: skip
    dialogs["backup question"] = _measure(app, question)
    ask = QInputDialog(window)
    ask.setComboBoxItems([f"{x.name} ({x.code})" for x in catalogue.list_locations()])
    dialogs["move box"] = _measure(app, ask)
    for dialog in window.findChildren(QDialog):
        dialog.close()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
