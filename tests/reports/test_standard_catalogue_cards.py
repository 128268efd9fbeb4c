"""The standard catalogue's category cards print, each with its own code that scans back."""

from __future__ import annotations

from pathlib import Path

from reports.labels import label_contents, write_labels
from tests.reports.report_helpers import decode, rasterise
from warehouse_desktop import standard_catalogue
from warehouse_desktop.models import Category


def test_every_category_card_of_the_standard_catalogue_prints(
    warehouse_db: Path, tmp_path: Path
) -> None:
    count = standard_catalogue.seed()
    cards = label_contents("cards", only="categories")
    codes = [card.code for card in cards]
    assert len(codes) == count and len(set(codes)) == count
    assert set(codes) == {c.code for c in Category.select()}
    out = tmp_path / "cards.pdf"
    write_labels("cards", out, only="categories")
    first_page = decode(rasterise(out, 203, first=1, last=1)[0])
    assert first_page and set(first_page) <= set(codes)
