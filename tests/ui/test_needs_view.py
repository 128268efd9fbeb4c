"""The needs view on its own: shortfalls listed, both charts drawn."""

from __future__ import annotations

from ui.needs_view import NeedsView
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.models import Category
from warehouse_desktop.numbering import reserve_codes


def test_needs_view_lists_shortfalls_and_draws_charts(small_warehouse, qtbot) -> None:
    service = BenchService("seed", operator="Tester")
    service.set_template(Category.get(Category.name == "Toothbrushes").id)
    for code in reserve_codes(CodeKind.BOX, 2):
        assert service.scan(code).ok
    view = NeedsView()
    qtbot.addWidget(view)
    view.reload()
    assert view.table.model().rowCount() == 3  # all three categories are below target
    assert view.stock_chart.chart().series()
    assert view.flow_chart.chart().series()


def test_needs_show_the_chosen_category_by_size(small_warehouse, qtbot) -> None:
    from PySide6.QtCore import Qt

    from ui.widgets import ERROR_COLOUR

    jackets = Category.get(Category.name == "Men's jackets")
    service = BenchService("seed", operator="Tester")
    service.set_template(jackets.id, size="M")
    for code in reserve_codes(CodeKind.BOX, 3):
        assert service.scan(code).ok
    view = NeedsView()
    qtbot.addWidget(view)
    view.reload()
    view.table.selectRow(view.model.row_of(jackets.id))
    sizes = view.size_model
    shown = [(sizes.index(r, 0).data(), sizes.index(r, 1).data()) for r in range(sizes.rowCount())]
    assert shown == [("S", "0"), ("M", "3"), ("L", "0"), ("XL", "0")]
    assert "Men's jackets by size" in view.sizes_title.text()
    red = sizes.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().name() == ERROR_COLOUR
    assert sizes.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    view.reload()  # the chosen category stays chosen
    assert "Men's jackets" in view.sizes_title.text()
