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
