"""The read-only row model behind the window's lists: the model tester on every model the
views make, lazy paging of the van loads and the stock browser, the scan log, keys,
colours, translated headers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from tests.support.warehouse import pack_boxes
from tests.ui.conftest import COORDINATOR, PIN
from ui.bench_view import LogEntry, ScanLogModel
from ui.box_detail import BoxDetailDialog
from ui.catalogue_view import CatalogueView
from ui.needs_view import NeedsView
from ui.stock_view import BoxTableModel
from ui.table_models import NUMBER, Column, RowTableModel
from ui.van_loads import VanLoadsView
from ui.widgets import CONFIRM_COLOUR, ERROR_COLOUR
from warehouse_desktop import catalogue, inventory
from warehouse_desktop.bench import BenchService
from warehouse_desktop.errors import InputError
from warehouse_desktop.inventory import BoxFilter
from warehouse_desktop.models import Category


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    crates: int


COLUMNS = (
    Column(lambda: "Name", lambda f: f.name),
    Column(lambda: "Crates", lambda f: f.crates, NUMBER, lambda f: "#b3261e" if f.crates else None),
)
FRUIT = [Fruit(i, f"fruit {i:02d}", i % 3) for i in range(23)]


def _paged(calls: list[tuple[int, int]]):
    def fetch(offset: int, limit: int) -> list[Fruit]:
        calls.append((offset, limit))
        return FRUIT[offset : offset + limit]

    return fetch


def test_rows_keys_alignment_and_colour(qtmodeltester) -> None:
    model = RowTableModel(COLUMNS, key=lambda f: f.id)
    qtmodeltester.check(model)  # empty
    model.set_rows(FRUIT[:3])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert not model.canFetchMore()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Crates"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(1, 0)) == "fruit 01"
    assert model.data(model.index(1, 1)) == "1"  # shown as text, as the tables always did
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 1
    assert model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == int(NUMBER)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert isinstance(model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.row_of(2) == 2 and model.row_of(99) == -1 and model.key_at(5) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.reload()  # nothing to fetch from: the rows stay
    assert model.rowCount() == 3


def test_set_rows_resets_the_model(qtbot) -> None:
    model = RowTableModel(COLUMNS)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(FRUIT[:5])
    assert model.rowCount() == 5
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) is None  # no key given
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()


def test_pages_are_fetched_as_asked(qtmodeltester) -> None:
    calls: list[tuple[int, int]] = []
    model = RowTableModel(COLUMNS, key=lambda f: f.id, fetch=_paged(calls), page_size=10)
    assert model.rowCount() == 0 and model.canFetchMore() and calls == []
    assert model.reload()
    assert model.rowCount() == 10 and calls == [(0, 10)]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20 and calls[-1] == (10, 10)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 23
    assert not model.canFetchMore()
    calls.clear()
    model.fetchMore()  # nothing left: no query
    assert calls == []
    # A reload reads as many rows as were shown, so the list keeps its length.
    assert model.reload()
    assert calls[0] == (0, 23) and model.rowCount() == 23
    model.fetchMore(model.index(0, 0))  # a table has no children
    assert model.rowCount() == 23


def test_fetch_errors_are_reported_not_raised(qtbot) -> None:
    def broken(offset: int, limit: int) -> list[Fruit]:
        raise InputError("van_load_unknown", code="V1")

    model = RowTableModel(COLUMNS, fetch=broken, page_size=5)
    with qtbot.waitSignal(model.failed) as failed:
        assert model.reload() is False
    assert "V1" in failed.args[0]
    with qtbot.waitSignal(model.failed):
        model.fetchMore()
    assert not model.canFetchMore() and model.rowCount() == 0


def test_a_view_fetches_the_van_loads_a_page_at_a_time(small_warehouse, qtbot) -> None:
    service = BenchService("b", operator="Tester")
    for n in range(7):
        service.create_van_load(f"Camp {n}")
    everything = [x.code for x in catalogue.list_van_loads()]
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[catalogue.VanLoadRow]:
        calls.append((offset, limit))
        return catalogue.list_van_loads(offset=offset, limit=limit)

    model = RowTableModel(COLUMNS[:1], key=lambda x: x.code, fetch=fetch, page_size=3)
    assert model.reload()
    assert model.rowCount() == 3
    while model.canFetchMore():
        model.fetchMore()
    assert [model.key_at(row) for row in range(model.rowCount())] == everything
    assert calls == [(0, 3), (3, 3), (6, 3)]


def test_every_view_model_passes_the_model_tester(small_warehouse, qtbot, qtmodeltester) -> None:
    codes = pack_boxes(3)
    service = BenchService("b", operator="Tester")
    load = service.create_van_load("Dunkirk camp").code
    assert service.scan(codes[0]).ok
    vans = VanLoadsView(service)
    qtbot.addWidget(vans)
    detail = BoxDetailDialog(codes[0], lambda reason: (COORDINATOR, PIN))
    qtbot.addWidget(detail)
    cat = CatalogueView(lambda reason: (COORDINATOR, PIN))
    qtbot.addWidget(cat)
    needs = NeedsView()
    qtbot.addWidget(needs)
    needs.reload()
    assert vans.selected_code() == load
    models = {
        "loads": (vans.load_model, 1),
        "contents": (vans.contents_model, 1),
        "history": (detail.history_model, 2),  # created, loaded
        "categories": (cat.category_model, 3),
        "locations": (cat.location_model, 2),
        "needs": (needs.model, 3),
    }
    for label, (model, rows) in models.items():
        assert model.rowCount() == rows, label
        qtmodeltester.check(model)
    assert vans.loads.model() is vans.load_model and needs.table.model() is needs.model
    assert detail.history.model() is detail.history_model


def test_van_loads_keep_the_chosen_load_and_open_a_box(small_warehouse, qtbot) -> None:
    codes = pack_boxes(3)
    service = BenchService("b", operator="Tester")
    first = service.create_van_load("Calais").code
    second = service.create_van_load("Dunkirk").code  # the bench now loads onto this one
    for code in codes[:2]:
        assert service.scan(code).ok
    view = VanLoadsView(service)
    qtbot.addWidget(view)
    view.loads.selectRow(view.load_model.row_of(first))
    assert view.selected_code() == first
    assert view.contents.model().rowCount() == 0
    view.loads.selectRow(view.load_model.row_of(second))
    assert [view.contents_model.key_at(r) for r in range(2)] == codes[:2]
    view.reload()
    assert view.selected_code() == second and view.contents_model.rowCount() == 2
    assert view.loads.currentIndex().row() == view.load_model.row_of(second)
    with qtbot.waitSignal(view.box_opened) as opened:
        view.contents.doubleClicked.emit(view.contents_model.index(1, 2))
    assert opened.args == [codes[1]]
    with qtbot.waitSignal(view.box_opened) as opened:
        view.contents.activated.emit(view.contents_model.index(0, 0))
    assert opened.args == [codes[0]]
    assert view.contents_model.headerData(3, Qt.Orientation.Horizontal) == "Items"


def test_catalogue_keeps_the_edited_row_and_what_is_typed(small_warehouse, qtbot) -> None:
    view = CatalogueView(lambda reason: (COORDINATOR, PIN))
    qtbot.addWidget(view)
    row = view.category_model.row_of(Category.get(Category.name == "Sleeping bags").id)
    view.category_table.selectRow(row)
    assert view.cat_name.text() == "Sleeping bags"
    view.cat_target.setValue(75)
    view.reload()  # e.g. the language changed: the form keeps what was typed
    assert view.cat_target.value() == 75
    assert view.category_table.selectionModel().selectedRows()[0].row() == row
    assert view.save_category() is True
    assert Category.get(Category.name == "Sleeping bags").target == 75
    target = view.category_model.index(row, 3)
    assert view.category_model.data(target) == "75"
    view.location_table.selectRow(1)
    assert view.loc_name.text() == view.location_model.row_at(1).name
    in_use = view.location_model.index(1, 3)
    assert view.location_model.data(in_use) == "yes"


@pytest.fixture
def french(qapp):
    from ui.i18n import Translations

    translations = Translations(qapp)
    assert translations.switch("fr")
    yield translations
    translations.switch("en")


def test_headers_and_cells_follow_the_language(small_warehouse, qtbot, french) -> None:
    pack_boxes(1, "Toothbrushes")
    needs = NeedsView()
    qtbot.addWidget(needs)
    needs.reload()
    header = needs.model.headerData(4, Qt.Orientation.Horizontal)
    assert header == "Manque"
    vans = VanLoadsView(BenchService("b", operator="Tester"))
    qtbot.addWidget(vans)
    assert vans.load_model.headerData(0, Qt.Orientation.Horizontal) == "Chargement"
    cat = CatalogueView(lambda reason: None)
    qtbot.addWidget(cat)
    assert cat.location_model.data(cat.location_model.index(0, 3)) != "yes"
    french.switch("en")
    assert needs.model.headerData(4, Qt.Orientation.Horizontal) == "Short by"
    assert vans.load_model.headerData(0, Qt.Orientation.Horizontal) == "Van load"
    assert cat.location_model.data(cat.location_model.index(0, 3)) == "yes"
    assert needs.model.index(0, 0).data(Qt.ItemDataRole.UserRole) is not None
    assert not needs.model.index(0, 0).parent().isValid()
    assert needs.model.rowCount(QModelIndex()) == needs.model.rowCount()


def test_van_loads_view_reads_more_loads_as_it_scrolls(small_warehouse, qtbot) -> None:
    service = BenchService("b", operator="Tester")
    for n in range(40):
        service.create_van_load(f"Camp {n}")
    view = VanLoadsView(service, page_size=10)
    qtbot.addWidget(view)
    assert view.load_model.rowCount() == 10  # one page, not 40 loads
    assert view.selected_code() == view.load_model.key_at(0)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.loads.scrollToBottom()
    qtbot.waitUntil(lambda: view.load_model.rowCount() > 10)
    chosen = view.load_model.key_at(view.load_model.rowCount() - 1)
    view.loads.selectRow(view.load_model.rowCount() - 1)
    shown = view.load_model.rowCount()
    view.reload()  # as many loads as were shown come back, the chosen one still chosen
    assert view.load_model.rowCount() >= shown
    assert view.selected_code() == chosen


def test_the_stock_model_is_the_paged_row_model(small_warehouse, qtbot, qtmodeltester) -> None:
    codes = sorted(pack_boxes(7))
    asked: list[tuple[int, int]] = []
    broken = False

    def list_boxes(*args, **kwargs) -> list[inventory.BoxRow]:
        if broken:
            raise InputError("van_load_unknown", code="V1")
        asked.append((kwargs["offset"], kwargs["limit"]))
        return inventory.list_boxes(*args, **kwargs)

    model = BoxTableModel(page_size=3, fetch=list_boxes)
    assert isinstance(model, RowTableModel)
    assert asked == [(0, 3)] and model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    assert [model.key_at(row) for row in range(model.rowCount())] == codes[:6]
    # A scan changed the stock: as many rows as were shown are read again, in one go.
    model.reload()
    assert asked[-1] == (0, 6) and model.rowCount() == 6
    # A new order or filter starts again from one page.
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert asked[-1] == (0, 3) and [model.key_at(row) for row in range(3)] == codes[::-1][:3]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7 and asked[-1] == (6, 3)
    qtmodeltester.check(model)
    first = model.index(0, model.FIELDS.index("quantity"))
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) == int(NUMBER)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == codes[-1]
    assert model.box_at(0).code == codes[-1] and model.box_at(7) is None
    broken = True
    with qtbot.waitSignal(model.failed) as failed:
        model.set_filter(BoxFilter(size="M"))
    assert "V1" in failed.args[0]
    assert model.rowCount() == 0 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_the_scan_log_is_a_row_model_newest_first_in_colour(warehouse_db, qtmodeltester) -> None:
    model = ScanLogModel(limit=2)
    assert isinstance(model, RowTableModel)
    qtmodeltester.check(model)  # empty
    at = dt.datetime(2026, 11, 27, 9, 0, 0)
    for second, (ok, confirm) in enumerate([(True, False), (False, False), (False, True)]):
        model.add(LogEntry(at + dt.timedelta(seconds=second), f"C{second}", ok,
                           "van_load_unknown", {"code": f"V{second}"}, confirm))  # fmt: skip
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the oldest fell off the end
    assert [model.index(row, 1).data() for row in range(2)] == ["C2", "C1"]
    assert "V2" in model.index(0, 2).data() and "V2" in model.index(0, 2).data(Qt.ToolTipRole)
    confirm_row = model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(confirm_row, QBrush) and confirm_row.color().name() == CONFIRM_COLOUR
    error_row = model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(error_row, QBrush) and error_row.color().name() == ERROR_COLOUR
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.entry(1).code == "C1" and model.index(1, 0).data(Qt.UserRole) is False
