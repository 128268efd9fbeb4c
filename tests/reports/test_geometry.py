"""Barcode geometry and label layout rules: whole dots, quiet zones, heights, auto-fit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.barcodes import BarcodeTooWide, code128_modules, fit_barcode, mm_to_dots
from reports.fonts import BOLD, REGULAR, text_width, visual_runs
from reports.formats import FORMATS, get_format, placements
from reports.layout import (
    PT_PER_MM,
    BarcodeItem,
    LabelContent,
    QrItem,
    RectItem,
    TextItem,
    fit_text,
    layout_label,
)
from tests.reports.report_helpers import HOSTILE_NAMES
from warehouse_desktop.errors import InputError


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("width", [30.0, 45.0, 60.0, 90.0])
def test_bars_are_whole_dots_with_wide_quiet_zones(dpi: int, width: float) -> None:
    g = fit_barcode("B0000123X", width, dpi)
    assert g.module_dots >= 1
    assert g.width_mm <= width
    assert g.quiet_modules >= 10
    bars = g.bars_dots()
    # Every bar starts and ends on a whole dot and is a whole number of modules.
    assert all(
        isinstance(x, int) and isinstance(w, int) and w % g.module_dots == 0 for x, w in bars
    )
    assert bars[0][0] == 10 * g.module_dots  # quiet zone before the first bar
    assert g.width_dots - (bars[-1][0] + bars[-1][1]) == 10 * g.module_dots
    assert g.height_mm >= 13.0 and g.height_dots >= mm_to_dots(13.0, dpi)


def test_modules_get_as_wide_as_the_room_allows() -> None:
    narrow = fit_barcode("L0001F", 25.0, 203)
    wide = fit_barcode("L0001F", 80.0, 203)
    assert wide.module_dots > narrow.module_dots
    # ...but never absurdly wide.
    assert fit_barcode("L0001F", 500.0, 300).module_mm <= 0.6


def test_a_code_that_cannot_fit_is_refused() -> None:
    with pytest.raises(BarcodeTooWide):
        fit_barcode("B0000123X", 10.0, 203)
    with pytest.raises(ValueError):
        code128_modules("é")


def _boxes_overlap(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float]
) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


CONTENTS = [
    LabelContent("B0000001G", "Vestes homme", "Vestes pour hommes", ("Taille M · Hommes", "12 articles", "Emballé le 2026-11-20"), "Entrepôt"),
    LabelContent("B0000001G", HOSTILE_NAMES["long"], HOSTILE_NAMES["markup"], ("x" * 120,), HOSTILE_NAMES["zpl"]),
    LabelContent("L0001F", "Étagère A1", footer="Entrepôt", kind="shelf"),
    LabelContent("V000010", "Grande-Synthe", details=("2026-11-20", "12 cartons"), note="3 × Vestes, 9 × Chaussettes", bar_height_mm=25.0, kind="van"),
    LabelContent("C00012", "جاكيتات رجالية", "د نارینه جاکټونه", ("Hommes",), kind="card", border=True),
]  # fmt: skip


@pytest.mark.parametrize("fmt_name", list(FORMATS))
@pytest.mark.parametrize("index", range(len(CONTENTS)))
def test_text_stays_on_the_label_and_off_the_barcode(fmt_name: str, index: int) -> None:
    fmt = FORMATS[fmt_name]
    content = CONTENTS[index]
    label = layout_label(content, fmt.label_width, fmt.label_height, fmt.dpi, fmt.margin)
    [barcode] = [i for i in label.items if isinstance(i, BarcodeItem)]
    g = barcode.geometry
    assert g.height_mm >= 13.0
    if not fmt.is_sheet:  # a van's tall bars give way only on a sticker sheet's small label
        assert g.height_mm >= content.bar_height_mm
    bars = (barcode.x, barcode.y, barcode.x + g.width_mm, barcode.y + g.height_mm)
    [qr] = [i for i in label.items if isinstance(i, QrItem)]
    qr_box = (qr.x, qr.y, qr.x + qr.geometry.side_mm, qr.y + qr.geometry.side_mm)
    assert not _boxes_overlap(qr_box, bars)
    m = 2.5
    for box in (bars, qr_box):  # symbols and their quiet zones inside the margins
        assert box[0] >= m - 0.01 and box[2] <= fmt.label_width - m + 0.01
        assert box[1] >= m - 0.01 and box[3] <= fmt.label_height - m + 0.01
    for rect in (i for i in label.items if isinstance(i, RectItem)):  # card frames too
        assert rect.x >= m - 0.01 and rect.x + rect.w <= fmt.label_width - m + 0.01
        assert rect.y >= m - 0.01 and rect.y + rect.h <= fmt.label_height - m + 0.01
    texts = [i for i in label.items if isinstance(i, TextItem)]
    assert any(t.text == content.code for t in texts)
    for t in texts:
        box = (t.x, t.top, t.x + t.width, t.bottom)
        assert box[0] >= fmt.margin - 0.01 and box[2] <= fmt.label_width - fmt.margin + 0.01, t
        assert box[1] >= m - 0.01 and box[3] <= fmt.label_height - m + 0.01, t
        assert not _boxes_overlap(box, bars), t
        assert not _boxes_overlap(box, qr_box), t
        for other in texts:
            if other is not t:
                other_box = (other.x, other.top, other.x + other.width, other.bottom)
                assert not _boxes_overlap(box, other_box), (t, other)


def test_the_heading_takes_the_largest_type_that_fits() -> None:
    fmt = get_format("4x6")
    short = layout_label(LabelContent("L0001F", "A1"), fmt.label_width, fmt.label_height, 203, 4)
    long = layout_label(LabelContent("L0001F", "Overflow zone behind the loading bay"), fmt.label_width, fmt.label_height, 203, 4)  # fmt: skip
    size = {
        lab.content.heading: max(i.size for i in lab.items if isinstance(i, TextItem))
        for lab in (short, long)
    }
    assert size["A1"] > size["Overflow zone behind the loading bay"] > 20


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(
        st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=80
    ),
    width=st.floats(10, 200),
    height=st.floats(3, 80),
)
def test_fitted_text_never_exceeds_its_box(text: str, width: float, height: float) -> None:
    size, lines = fit_text(text, BOLD, width, height, 200.0, 2)
    assert lines
    for line in lines:
        assert text_width(line, BOLD, size) / PT_PER_MM <= width + 1e-6


def test_arabic_runs_come_in_visual_order() -> None:
    runs = visual_runs("جاكيتات رجالية")
    # Right to left: the second word is drawn first (leftmost); each word stays logical.
    assert [r.text for r in runs if r.text.strip()] == ["رجالية", "جاكيتات"]
    assert all(r.rtl for r in runs if r.text.strip())
    mixed = visual_runs("Taille 36 جاكيت")
    assert mixed[0].text.startswith("Taille") and not mixed[0].rtl
    # Shaped (joined) Arabic is narrower than its letters set one by one.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert 0 < text_width("جاكيتات", REGULAR, 10) < 0.8 * stringWidth("جاكيتات", REGULAR, 10)


def test_sheet_placements_skip_used_positions() -> None:
    fmt = get_format("l7163")
    slots = placements(fmt, 3, skip=13)
    assert [s.page for s in slots] == [0, 1, 1]
    assert (slots[0].x, slots[0].y) == pytest.approx(fmt.slots[13])
    assert (slots[1].x, slots[1].y) == pytest.approx(fmt.slots[0])
    with pytest.raises(InputError):
        placements(fmt, 1, skip=14)
    with pytest.raises(InputError):
        get_format("letter")
