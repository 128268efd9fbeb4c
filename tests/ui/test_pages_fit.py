"""The Van loads page and the stock browser as a coordinator reads them, at 1024×768.

Van loads: dates always whole, a long destination cut with "…" and whole in its tooltip,
no sideways scrolling, category and size names in the window's language.  Stock browser:
"one size" and category names in the window's language, and a filter on `missing`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ui.app import build_window
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, Command, command_code
from warehouse_desktop.models import Category, Location
from warehouse_desktop.numbering import reserve_codes

LONG_DESTINATION = "Grande-Synthe, parking de la gare, distribution du soir " * 2


@pytest.fixture
def session(small_warehouse, qtbot, tmp_path: Path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = build_window(bench="bench-p", lang="en", settings=store, audio=False,
                           sign_in=False)  # fmt: skip
    qtbot.addWidget(session.window)
    session.window.showNormal()
    session.window.resize(1024, 768)
    yield session
    session.app.removeEventFilter(session.scan_filter)
    session.translations.switch("en")


def _seed() -> dict[str, str]:
    """A sleeping bag (one size) loaded on a van with a long destination, a jacket box
    counted missing on Shelf B2."""
    service = BenchService("seed", operator="Tester")
    bags, jackets = reserve_codes(CodeKind.BOX, 2)
    service.set_template(Category.get(Category.name == "Sleeping bags").id)
    assert service.scan(bags).ok
    service.set_template(Category.get(Category.name == "Men's jackets").id)
    shelf = Location.get(Location.name == "Shelf B2").code
    assert service.scan(shelf).ok
    assert service.scan(jackets).ok
    van = service.create_van_load(" ".join(LONG_DESTINATION.split())).args["code"]
    assert service.scan(bags).ok  # onto the van
    assert service.scan(command_code(Command.COUNT)).ok
    service.scan(shelf)
    assert service.scan(command_code(Command.DONE)).ok  # the jackets box is missing
    return {"van": van, "bags": bags, "jackets": jackets}


def test_van_loads_dates_fit_and_long_destinations_are_cut(session, qtbot) -> None:
    seeded = _seed()
    window = session.window
    view = window.van_loads
    window.tabs.setCurrentWidget(view.parentWidget())
    qtbot.waitExposed(window)
    view.reload()
    QApplication.processEvents()
    table, model = view.loads, view.load_model
    row = model.row_of(seeded["van"])
    assert row == 0
    metrics = table.fontMetrics()
    for column in (4,):  # Created (the van is not dispatched yet)
        text = model.index(row, column).data()
        assert text and table.columnWidth(column) > metrics.horizontalAdvance(text)
        assert table.columnWidth(column) > metrics.horizontalAdvance(model.headerData(
            column, Qt.Orientation.Horizontal))  # fmt: skip
    assert table.columnWidth(5) >= table.columnWidth(4)  # Dispatched as wide as Created
    destination = model.index(row, 1)
    # Cut in its column (no sideways scrolling at 1024 wide), whole in the tooltip.
    assert table.horizontalScrollBar().maximum() == 0
    assert table.visualRect(destination).width() < metrics.horizontalAdvance(destination.data())
    assert destination.data(Qt.ItemDataRole.ToolTipRole).startswith("Grande-Synthe, parking")
    assert destination.data(Qt.ItemDataRole.ToolTipRole) == destination.data()  # all of it
    assert len(destination.data()) >= 80
    assert window.width() <= 1024
    # The van's boxes: names in the window's language.
    session.translations.switch("fr")
    QApplication.processEvents()
    contents = view.contents_model
    assert contents.rowCount() == 1
    assert contents.index(0, 1).data() == "Sacs de couchage"
    assert contents.index(0, 2).data() == "taille unique"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Créé"
    assert view.contents.horizontalScrollBar().maximum() == 0


def test_stock_browser_names_sizes_categories_and_filters_missing(session, qtbot) -> None:
    seeded = _seed()
    window = session.window
    session.translations.switch("fr")
    view = window.stock
    window.tabs.setCurrentWidget(view.parentWidget())
    QApplication.processEvents()
    sizes = [view.size_filter.itemText(i) for i in range(view.size_filter.count())]
    assert "taille unique" in sizes and "one size" not in sizes
    categories = [view.category.itemText(i) for i in range(1, view.category.count())]
    assert categories == sorted(categories, key=str.casefold)
    assert "Vestes homme" in categories and "Men's jackets" not in categories
    # Filtering on the one-size entry still filters on the stored size.
    view.size_filter.setCurrentIndex(sizes.index("taille unique"))
    assert view.current_filter().size == "one size"
    assert {view.model.box_at(r).code for r in range(view.model.rowCount())} == {seeded["bags"]}
    view.size_filter.setCurrentIndex(0)
    # The missing state is a filter of its own: the box the count did not find.
    states = {view.state.itemData(i): view.state.itemText(i) for i in range(view.state.count())}
    assert "missing" in states
    view.state.setCurrentIndex(view.state.findData("missing"))
    assert [view.model.box_at(r).code for r in range(view.model.rowCount())] == [seeded["jackets"]]
    category = view.model.FIELDS.index("category")
    assert view.model.index(0, category).data() == "Vestes homme"
    assert view.count_label.text().startswith("1 ")
    # The Stock-takes page's Missing list names it in French too.
    counts = window.page("counts")
    counts.reload()
    assert counts.missing_model.index(0, 0).data() == seeded["jackets"]
    assert counts.missing_model.index(0, 1).data() == "Vestes homme"
    # Back to English: the same entries in English.
    session.translations.switch("en")
    QApplication.processEvents()
    assert view.model.index(0, category).data() == "Men's jackets"
    assert view.size_filter.findText("one size") > 0
