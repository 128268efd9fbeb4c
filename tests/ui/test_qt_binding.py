"""The Qt binding keeps Python's reference counts straight over a long shift.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every void call, and a
window aborted with "none_dealloc" after a few thousand label updates; pyproject.toml
keeps PySide6 below 6.12 for that.  This test fails on such a binding.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_and_bool_calls_keep_none_true_and_false_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for i in range(3000):
        label.setText(str(i))
        label.setVisible(False)
        label.isVisible()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    # Other threads may move the counts a little; a leak moves them by thousands.
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
