"""The bench fits a small laptop screen and does not move while a volunteer works.

The offscreen platform is given a 1024×768 or a 1366×768 screen (also at 200 %); a child
process (`tests.support.measure_bench`) opens the bench maximised in French on the demo
warehouse and walks it through its contexts: an 8-size category (Men's shoes), one size,
the longest shelf name, a long refusal, a van with a long destination, the amber DISPATCH,
a stock-take and its result.  After each one it reports where things are."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.support.screens import measure_on_screen


def _french_order(name: str) -> str:
    letters = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in letters if not unicodedata.combining(ch))


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(1024, 768, 1), (1366, 768, 1), (1366, 768, 2)]
)
def test_the_bench_fits_and_stays_put_across_contexts(
    demo_db_template: Path, tmp_path: Path, width: int, height: int, scale: int
) -> None:
    report = measure_on_screen("measure_bench", demo_db_template, tmp_path, width, height, scale)
    width, height = width // scale, height // scale
    assert report["screen"] == [0, 0, width, height]
    contexts = {c["context"]: c for c in report["contexts"]}
    assert len(contexts) == 12
    first = report["contexts"][0]
    for name, shown in contexts.items():
        # The window is the screen, and nothing in it needs more than the screen.
        assert shown["window"] == [0, 0, width, height], name
        least_w, least_h = shown["least"]
        assert least_w <= width and least_h <= height, (name, shown["least"])
        # Scan log, UNDO, status bar and banner are all in the window, none cut.
        assert shown["off_window"] == [], name
        assert shown["clipped"] == [], name
        assert shown["banner_fits"], (name, shown["banner_text"])
        time_width, needed = shown["time_column"]
        assert time_width >= needed, name
        # Nothing moves: the banner, the context panel and the splitter stay where they were.
        assert shown["banner"] == first["banner"], name
        assert shown["panel"] == first["panel"], name
        assert shown["splitter"] == first["splitter"], name
    # The 8 sizes of Men's shoes each show whole on a 1024-pixel screen (and at 200 %).
    assert contexts["8 sizes"]["sizes"] == [str(n) for n in range(39, 47)]
    assert contexts["one size"]["sizes"] == ["taille unique"]
    # A long destination is one line (elided on screen), whole in the text.
    assert "Victor-Hugo (entrée nord)" in contexts["van load"]["van_line"]
    # The category grid in French alphabetical order.
    grid = contexts["signed in"]["grid"]
    assert grid == sorted(grid, key=_french_order)
    assert "Chaussures homme" in grid and "Men's shoes" not in grid
