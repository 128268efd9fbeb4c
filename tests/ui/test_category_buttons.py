"""Category names on the bench buttons are never clipped, however narrow the column."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from ui.bench_view import CategoryButton
from ui.widgets import big_font


@pytest.mark.parametrize("width", [300, 180, 140, 110, 90])
def test_long_french_name_fits_on_one_or_two_lines(qtbot, width: int) -> None:
    name = "Pantalons de survêtement"
    button = CategoryButton(name)
    qtbot.addWidget(button)
    button.set_name_font(big_font(button, 1.25, bold=True))
    button.resize(width, 52)
    button.show()
    qtbot.waitExposed(button)
    metrics = QFontMetrics(button.font())
    lines = button.text().split("\n")
    assert len(lines) <= 2
    assert " ".join(lines) == name  # every word there, nothing cut
    assert max(metrics.horizontalAdvance(line) for line in lines) <= width - 14
    assert metrics.height() * len(lines) <= 52 - 8


def test_short_name_keeps_its_big_type_on_one_line(qtbot) -> None:
    button = CategoryButton("Socks")
    qtbot.addWidget(button)
    font = big_font(button, 1.25, bold=True)
    button.set_name_font(font)
    button.resize(200, 52)
    button.show()
    qtbot.waitExposed(button)
    assert button.text() == "Socks"
    assert button.font().pointSizeF() == font.pointSizeF()


def test_scan_messages_name_the_category_in_the_window_language() -> None:
    from PySide6.QtCore import QLocale

    from ui.messages import tr_message

    args = {"category": "Men's jackets", "category_names": {"fr": "Vestes homme"},
            "size": "S", "quantity": 10}  # fmt: skip
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("fr"))
        assert "Vestes homme" in tr_message("template_set", args)
        QLocale.setDefault(QLocale("en"))
        assert "Men's jackets" in tr_message("template_set", args)
    finally:
        QLocale.setDefault(before)
