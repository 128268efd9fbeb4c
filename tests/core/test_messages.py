"""The command line's English: counted nouns agree with their number."""

from __future__ import annotations

import pytest

from warehouse_desktop.messages import render


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "(0 boxes)"), (1, "(1 box)"), (2, "(2 boxes)"), (11, "(11 boxes)"), (21, "(21 boxes)")],
)
def test_one_box_is_a_box(count: int, expected: str) -> None:
    text = render("box_loaded", {"code": "B1", "destination": "Calais", "count": count})
    assert text.endswith(expected), text


def test_every_counted_noun_of_a_message_agrees() -> None:
    text = render(
        "confirm_dispatch", {"van_load": "V1", "destination": "x", "boxes": 1, "items": 1}
    )
    assert "1 box, 1 item?" in text
    demo = render("demo_done", {"categories": 1, "locations": 1, "boxes": 1000})
    assert demo.endswith("1 category, 1 location, 1000 boxes")
