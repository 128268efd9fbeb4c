"""Switching language while the window runs: the Print and Export menus follow, Qt's own
words (file dialogs, standard buttons) come from the qtbase translations that ship with
PySide6, and counts use the right plural form in English and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ui.app import build_window
from ui.i18n import Translations


@pytest.fixture
def session(small_warehouse, qtbot, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-l", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    yield session
    session.app.removeEventFilter(session.scan_filter)
    session.translations.switch("en")


def _texts(menu) -> list[str]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.append(action.menu().title())
            found += _texts(action.menu())
        elif action.text():
            found.append(action.text())
    return found


def test_print_and_export_menus_follow_a_live_language_switch(session) -> None:
    window = session.window
    window.install_report_actions()
    english = _texts(window.print_menu) + _texts(window.warehouse_menu)
    assert "End-of-day &stock sheet" in english and "&Boxes…" in english
    session.translations.switch("fr")
    QApplication.processEvents()
    french = _texts(window.print_menu) + _texts(window.warehouse_menu)
    assert "Fiche de &stock de fin de journée" in french
    assert "&Exporter (tableur)" in french and "&Cartons…" in french
    left_in_english = set(english) & set(french)
    assert left_in_english == set()
    session.translations.switch("en")
    QApplication.processEvents()
    assert _texts(window.print_menu) + _texts(window.warehouse_menu) == english


def test_qt_file_dialogs_speak_french_even_where_qt_looks_elsewhere(qapp, monkeypatch) -> None:
    # A frozen or installed program may not find Qt's configured translations folder.
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: "/nonexistent"))
    translations = Translations(qapp)
    try:
        assert translations.switch("fr")
        dialog = QFileDialog(None, "Restaurer")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        dialog.deleteLater()
        # Both labels: the second from our own translations (qtbase has no French for it).
        assert labels["lookInLabel"] == "&Regarder dans\u00a0:"
        assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
        assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"
    finally:
        translations.switch("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_counts_take_the_right_plural_form(qapp) -> None:
    from ui.export_actions import _rows_written

    translations = Translations(qapp)
    try:
        assert [_rows_written(n) for n in (0, 1, 2)] == ["0 rows", "1 row", "2 rows"]
        translations.switch("fr")
        # French: 0 and 1 are singular.
        assert [_rows_written(n) for n in (0, 1, 2)] == ["0 ligne", "1 ligne", "2 lignes"]
    finally:
        translations.switch("en")


def test_print_preview_counts_its_pages(qapp, qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from ui.print_preview import PrintPreviewDialog

    def pdf(pages: int) -> Path:
        path = tmp_path / f"{pages}.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
        painter = QPainter(writer)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.drawText(100, 100, f"page {page + 1}")
        painter.end()
        return path

    translations = Translations(qapp)
    try:
        translations.switch("en")
        for pages, text in ((1, "1 page"), (3, "3 pages")):
            dialog = PrintPreviewDialog(pdf(pages))
            qtbot.addWidget(dialog)
            assert dialog.info.text() == text
    finally:
        translations.switch("en")


def test_box_detail_and_needs_say_category_and_size_in_french(session) -> None:
    from ui.box_detail import BoxDetailDialog
    from ui.needs_view import NeedsView
    from warehouse_desktop.bench import BenchService
    from warehouse_desktop.codes import CodeKind
    from warehouse_desktop.models import Category
    from warehouse_desktop.numbering import reserve_codes

    bags = Category.get(Category.name == "Sleeping bags")
    service = BenchService("seed", operator="Tester")
    service.set_template(bags.id)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    assert service.scan(code).ok
    session.translations.switch("fr")
    dialog = BoxDetailDialog(code, lambda _reason: None, parent=session.window)
    assert "Sacs de couchage taille unique" in dialog.title.text()
    needs = NeedsView(session.window)
    needs.reload()
    names = {needs.model.index(r, 0).data() for r in range(needs.model.rowCount())}
    assert {"Sacs de couchage", "Vestes homme", "Brosses à dents"} <= names
    needs.table.selectRow(needs.model.row_of(bags.id))
    assert needs.size_model.index(0, 0).data() == "taille unique"
    assert needs.sizes_title.text() == "Sacs de couchage par taille"


def test_the_window_title_names_the_program_in_the_window_language(session) -> None:
    window = session.window
    assert window.windowTitle() == "Warehouse bench — bench-l"
    assert QApplication.applicationDisplayName() == "Warehouse bench"
    session.translations.switch("fr")
    QApplication.processEvents()
    assert window.windowTitle() == "Poste d'entrepôt — bench-l"
    assert QApplication.applicationDisplayName() == "Poste d'entrepôt"
    session.translations.switch("en")
    QApplication.processEvents()
    assert QApplication.applicationDisplayName() == "Warehouse bench"


def test_plurals_read_right_even_without_a_translation_installed(qapp) -> None:
    from ui.i18n import tr_plural

    # A context no translation has: Qt hands back the source text, as with none installed.
    assert [tr_plural("Nowhere", "%n page(s)", n) for n in (0, 1, 2)] == [
        "0 pages", "1 page", "2 pages",
    ]  # fmt: skip


def test_the_needs_page_counts_its_categories_in_both_languages(session) -> None:
    from ui.needs_view import NeedsView
    from warehouse_desktop.bench import BenchService
    from warehouse_desktop.codes import CodeKind
    from warehouse_desktop.models import Category
    from warehouse_desktop.numbering import reserve_codes

    service = BenchService("seed", operator="Tester")
    for name, boxes in (("Men's jackets", 20), ("Sleeping bags", 50)):
        service.set_template(Category.get(Category.name == name).id)
        for code in reserve_codes(CodeKind.BOX, boxes):
            assert service.scan(code).ok
    needs = NeedsView(session.window)
    needs.reload()
    assert needs.status.text() == "1 category below target"  # only the toothbrushes
    session.translations.switch("fr")
    QApplication.processEvents()
    assert needs.status.text() == "1 catégorie sous l'objectif"
