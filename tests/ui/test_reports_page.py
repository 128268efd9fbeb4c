"""The Reports page: the distribution chart (one stacked bar set per category group), the
table with its total, Save PDF/CSV off the GUI thread; the Needs page's picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.support.distribution import seed_dispatches


@pytest.fixture
def session(warehouse_db: Path, open_window):
    seed_dispatches()
    return open_window("bench-r", 1366, 768)


def _reports(session):
    window = session.window
    holder = window._holders["reports"]
    window.tabs.setCurrentWidget(holder)
    return window.page("reports")


def _table(page) -> list[list[str]]:
    model = page.table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_reports_page_draws_the_weeks_stacked_by_group_with_the_totals(session) -> None:
    page = _reports(session)
    assert session.window.tabs.tabText(session.window.tabs.currentIndex()) == "R&eports"
    page.first.setDate(QDate(2026, 11, 2))
    page.last.setDate(QDate(2026, 11, 29))
    series = page.chart_view.chart().series()
    assert len(series) == 1
    sets = series[0].barSets()
    assert [s.label() for s in sets] == ["Clothing", "Bedding"]
    # Boxes per week: clothing 3, 0, 3; bedding 2, 2, 0; the fourth week empty.
    assert [[s.at(i) for i in range(4)] for s in sets] == [[3, 0, 3, 0], [2, 2, 0, 0]]
    rows = _table(page)
    assert rows[-1] == ["Total", "", "", "", "10", "86", ""]  # nothing weighed: no kg
    assert sum(int(r[4]) for r in rows[:-1]) == 10
    assert ["Week of 2026-11-09", "Bedding", "Blankets", "Dunkirk", "2", "12", ""] in rows
    assert "10 boxes, 86 items" in page.status.text()
    # By month: one bar per month, the same totals.
    page.step.setCurrentIndex(page.step.findData("month"))
    assert page.chart_view.chart().series()[0].barSets()[0].count() == 1
    assert _table(page)[-1][4:6] == ["10", "86"]


def test_an_empty_period_says_so_and_bad_dates_are_explained(session) -> None:
    page = _reports(session)
    page.first.setDate(QDate(2025, 1, 1))
    page.last.setDate(QDate(2025, 1, 31))
    assert "Nothing was dispatched from 2025-01-01 to 2025-01-31" in page.status.text()
    assert page.chart_view.chart().series()[0].barSets() == []
    assert _table(page) == [["Total", "", "", "", "0", "0", ""]]
    page.first.setDate(QDate(2025, 2, 10))
    assert "swap the two dates" in page.status.text()
    assert not page.save_pdf.isEnabled()


def test_save_pdf_and_csv_run_off_the_gui_thread(session, qtbot, tmp_path: Path) -> None:
    import threading

    page = _reports(session)
    page.first.setDate(QDate(2026, 11, 2))
    page.last.setDate(QDate(2026, 11, 29))
    gui = threading.get_ident()
    seen: list[int] = []
    from reports import distribution

    real = distribution.distribution_pdf

    def spy(*args, **kwargs):
        seen.append(threading.get_ident())
        return real(*args, **kwargs)

    distribution.distribution_pdf = spy
    try:
        with qtbot.waitSignal(page.saved, timeout=20000) as saved:
            assert page.save_to(tmp_path / "week.pdf")
    finally:
        distribution.distribution_pdf = real
    assert saved.args == [tmp_path / "week.pdf"]
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")
    assert seen and seen[0] != gui
    with qtbot.waitSignal(page.saved, timeout=20000):
        assert page.save_to(tmp_path / "week.csv")
    assert (tmp_path / "week.csv").read_text(encoding="utf-8").count("\n") == 6


def test_the_needs_page_saves_the_picture(session, qtbot, tmp_path: Path) -> None:
    from PIL import Image

    window = session.window
    window.tabs.setCurrentWidget(window._holders["needs"])
    button = window.needs.picture_button
    assert button.text() == "Save as picture…" and button.isEnabled()
    with qtbot.waitSignal(button.saved, timeout=20000):
        assert button.save_to(tmp_path / "needs.png")
    with Image.open(tmp_path / "needs.png") as image:
        assert image.size == (1080, 1350)
