"""Weights in the window: the bench's weight field (for the next box only, saved before the
scan like a typed quantity, refused in red when it is not a weight) and Box detail's
weighing (behind the PIN, in the box's history), in English and French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import COORDINATOR, PIN
from ui.bench_view import BenchView
from ui.box_detail import BoxDetailDialog
from ui.sounds import Feedback
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.models import Box, Category, Movement
from warehouse_desktop.numbering import reserve_codes


@pytest.fixture
def bench(small_warehouse, qtbot):
    service = BenchService("bench-w", operator="Ana")
    view = BenchView(service, Feedback(use_audio=False))
    qtbot.addWidget(view)
    view.resize(1366, 700)
    service.set_template(Category.get(Category.name == "Sleeping bags").id)
    view.refresh_context()
    return view


def _type_weight(bench: BenchView, qtbot, text: str) -> None:
    bench.weight.setFocus()
    bench.weight.selectAll()
    qtbot.keyClicks(bench.weight, text)


def test_a_weight_typed_without_enter_goes_to_the_next_box_and_is_cleared(bench, qtbot) -> None:
    assert bench.weight.isEnabled() and bench.weight.text() == ""
    _type_weight(bench, qtbot, "12,5")
    first, second = reserve_codes(CodeKind.BOX, 2)
    result = bench.handle_scan(first)
    assert result is not None and result.action is ScanAction.BOX_CREATED
    assert Box.get(Box.code == first).weight_g == 12_500
    assert "12.5 kg" in bench.banner.text() and bench.banner.ok is True
    # The weight belonged to that box: the field is empty, the next box is not weighed.
    assert bench.weight.text() == ""
    assert bench.handle_scan(second).ok
    assert Box.get(Box.code == second).weight_g is None


def test_enter_saves_the_weight_and_shows_it(bench, qtbot) -> None:
    _type_weight(bench, qtbot, "7.25")
    qtbot.keyClick(bench.weight, Qt.Key.Key_Return)
    assert bench.banner.ok is True and "Weight of the next box: 7.25 kg" in bench.banner.text()
    assert bench.context.next_weight_g == 7_250
    assert bench.weight.text() == "7.25"
    bench.new_box()
    assert Box.select().order_by(Box.id.desc()).get().weight_g == 7_250


@pytest.mark.parametrize(
    ("typed", "says"),
    [("abc", "is not a weight"), ("0", "more than 0 kg"), ("-2", "more than 0 kg"),
     ("2000", "at most 1000 kg")],
)  # fmt: skip
def test_a_wrong_weight_stops_the_scan_in_red_and_nothing_is_written(
    bench, qtbot, typed: str, says: str
) -> None:
    _type_weight(bench, qtbot, typed)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    movements = Movement.select().count()
    assert bench.handle_scan(code) is None
    assert bench.banner.ok is False and says in bench.banner.text()
    assert bench.feedback.played[-1] == "error"
    assert Box.select().count() == 0 and Movement.select().count() == movements
    # What was typed stays to be put right; then the same scan makes the weighed box.
    assert bench.weight.text() == typed
    _type_weight(bench, qtbot, "3")
    assert bench.handle_scan(code).ok
    assert Box.get(Box.code == code).weight_g == 3_000


def _box() -> str:
    service = BenchService("seed", operator="Tester")
    service.set_template(Category.get(Category.name == "Men's jackets").id)
    code = reserve_codes(CodeKind.BOX, 1)[0]
    assert service.scan(code).ok
    return code


def _history(dialog: BoxDetailDialog) -> list[dict[str, str]]:
    model = dialog.history_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [
        {headers[c]: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def test_box_detail_weighs_a_box_behind_the_pin_and_its_history_shows_it(
    small_warehouse, qtbot
) -> None:
    code = _box()
    reasons: list[str] = []

    def ask_pin(reason: str) -> tuple[str, str]:
        reasons.append(reason)
        return COORDINATOR, PIN

    dialog = BoxDetailDialog(code, ask_pin)
    qtbot.addWidget(dialog)
    assert dialog.fact_labels["weight"].text() == "not weighed"
    assert dialog.set_weight("9,5")
    assert reasons == [f"Set box {code} to 9,5 kg"]
    assert Box.get(Box.code == code).weight_g == 9_500
    assert dialog.fact_labels["weight"].text() == "9.5 kg"
    assert f"Box {code} weighs 9.5 kg" in dialog.status.text()
    last = _history(dialog)[-1]
    assert (last["What"], last["Change"], last["Who"].split(" @")[0]) == (
        "weighed", "9.5 kg", COORDINATOR
    )  # fmt: skip
    # Blank: not weighed any more, and said so in the history.
    assert dialog.set_weight("  ")
    assert Box.get(Box.code == code).weight_g is None
    assert _history(dialog)[-1]["Change"] == "not weighed"


@pytest.mark.parametrize("typed", ["douze", "0", "-1", "1000,5"])
def test_box_detail_refuses_a_wrong_weight_before_asking_the_pin(
    small_warehouse, qtbot, typed: str
) -> None:
    code = _box()
    asked: list[str] = []
    dialog = BoxDetailDialog(code, lambda reason: asked.append(reason))
    qtbot.addWidget(dialog)
    before = Movement.select().count()
    assert not dialog.set_weight(typed)
    assert asked == []
    assert "Nothing was changed" in dialog.status.text()
    assert Movement.select().count() == before and Box.get(Box.code == code).weight_g is None


def test_the_weight_field_and_detail_speak_french(small_warehouse, open_window) -> None:
    session = open_window("bench-fr", lang="fr")
    assert session.window.bench.weight_caption.text() == "&Poids (kg) :"
    assert session.window.bench.weight.placeholderText() == "non pesé"
    code = _box()
    dialog = BoxDetailDialog(code, lambda _reason: (COORDINATOR, PIN), parent=session.window)
    assert dialog.weight_button.text() == "&Poids…"
    assert dialog.set_weight("4,5")
    assert dialog.fact_labels["weight"].text() == "4.5 kg"
    assert "pèse 4.5 kg" in dialog.status.text()
    assert _history(dialog)[-1]["Quoi"] == "pesé"


def test_the_reports_page_has_the_kg_of_the_weighed_boxes(warehouse_db, open_window) -> None:
    from PySide6.QtCore import QDate

    from tests.support.distribution import seed_dispatches
    from warehouse_desktop.db import write_transaction
    from warehouse_desktop.models import BoxState, MovementAction
    from warehouse_desktop.movements import Actor, change_box

    seed_dispatches()
    gone = list(Box.select().where(Box.state == BoxState.DISPATCHED.value).order_by(Box.id))
    with write_transaction():
        for box in gone[:3]:
            change_box(Actor("w", "b"), box, MovementAction.WEIGHED, weight_g=10_101)
    session = open_window("bench-r")
    window = session.window
    window.tabs.setCurrentWidget(window._holders["reports"])
    page = window.page("reports")
    page.first.setDate(QDate(2026, 11, 2))
    page.last.setDate(QDate(2026, 11, 29))
    model = page.table.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[-1] == "kg"
    total = [model.index(model.rowCount() - 1, c).data() for c in range(model.columnCount())]
    assert total[0] == "Total" and total[-1] == "30.303"
