"""In French, the coordinator's pages, dialogs and menus show none of the program's own
English strings (every English source whose French differs is looked for)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from tests.ui.conftest import COORDINATOR, PIN
from ui.app import build_window
from ui.i18n import I18N_DIR, read_ts
from warehouse_desktop.auth import OperatorInfo
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.models import Category, Location, Role
from warehouse_desktop.numbering import reserve_codes


def _english_words() -> set[str]:
    """The program's English strings that French says differently (placeholders aside)."""
    french = read_ts(I18N_DIR / "warehouse_fr.ts")
    return {
        source.replace("&", "")
        for (_context, source), translation in french.items()
        if translation and translation != source and "{" not in source and len(source) > 3
    }


def _shown_texts(widget: QWidget) -> set[str]:
    texts: list[str] = []
    for item in [widget, *widget.findChildren(QWidget)]:
        texts.append(item.toolTip())
        if isinstance(item, (QAbstractButton, QLabel)):
            texts.append(item.text())
        if isinstance(item, QGroupBox):
            texts.append(item.title())
        if isinstance(item, QTabWidget):
            texts += [item.tabText(i) for i in range(item.count())]
        if isinstance(item, QLineEdit):
            texts.append(item.placeholderText())
        if isinstance(item, QComboBox):
            texts += [item.itemText(i) for i in range(item.count())]
        if isinstance(item, QTableView) and item.model() is not None:
            model = item.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
        if isinstance(item, QMenu):
            texts.append(item.title())
            texts += [action.text() for action in item.actions()]
    return {text.replace("&", "") for text in texts if text}


@pytest.fixture
def french(small_warehouse, qtbot, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-f", lang="fr", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    yield session
    session.app.removeEventFilter(session.scan_filter)
    session.translations.switch("en")


def test_coordinator_pages_dialogs_and_menus_have_no_english_left(french) -> None:
    from ui.box_detail import BoxDetailDialog
    from ui.dialogs import PinDialog, SignInDialog
    from ui.print_preview import PrintPreviewDialog
    from ui.report_actions import LabelOptionsDialog

    window = french.window
    service = BenchService("seed", operator="Tester")
    service.set_template(Category.get(Category.name == "Sleeping bags").id)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    assert service.scan(code).ok
    assert service.scan(Location.get(Location.name == "Shelf A1").code).ok
    assert service.scan(code).ok
    window.signed_in(OperatorInfo(COORDINATOR, Role.COORDINATOR), pin=PIN)
    window.install_report_actions()
    english = _english_words()
    shown: dict[str, set[str]] = {}
    for key in ("needs", "catalogue", "settings_page", "print_jobs"):
        shown[key] = _shown_texts(window.page(key))
    window.catalogue.category_table.selectRow(0)
    shown["catalogue, a category chosen"] = _shown_texts(window.catalogue)
    shown["menus"] = _shown_texts(window.menuBar())
    for menu in (window.warehouse_menu, window.print_menu):
        shown["menus"] |= _shown_texts(menu)
    dialogs = {
        "box detail": BoxDetailDialog(code, window.ask_pin, reprint=lambda _b: None,
                                      parent=window),
        "sign-in": SignInDialog(window),
        "PIN": PinDialog(window, action="Mettre au rebut"),
        "label options": LabelOptionsDialog("shelves", window.settings, window),
    }  # fmt: skip
    from reports.stock_sheet import write_stock_sheet

    sheet = write_stock_sheet(Path(window.settings.fileName()).parent / "sheet.pdf")
    dialogs["print preview"] = PrintPreviewDialog(sheet, "Fiche", window)
    for name, dialog in dialogs.items():
        shown[name] = _shown_texts(dialog)
        dialog.deleteLater()
    left = {name: sorted(texts & english) for name, texts in shown.items() if texts & english}
    assert left == {}
    # And the walk saw French: the words it would have caught are there to catch.
    assert "Réimprimer l'étiquette" in shown["box detail"]
    assert "Exporter (tableur)" in shown["menus"]


def test_after_a_live_switch_to_french_no_english_is_left(small_warehouse, qtbot,
                                                          tmp_path: Path) -> None:  # fmt: skip
    from PySide6.QtWidgets import QApplication

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-s", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    window = session.window
    try:
        window.install_report_actions()
        pages = ("needs", "catalogue", "settings_page", "print_jobs")
        for key in pages:
            window.page(key)
        session.translations.switch("fr")
        QApplication.processEvents()
        english = _english_words()
        shown = {key: _shown_texts(window.page(key)) for key in pages}
        shown["menus"] = _shown_texts(window.menuBar())
        for menu in (window.warehouse_menu, window.print_menu):
            shown["menus"] |= _shown_texts(menu)
        left = {name: sorted(texts & english) for name, texts in shown.items() if texts & english}
        assert left == {}
    finally:
        session.app.removeEventFilter(session.scan_filter)
        session.translations.switch("en")
