"""Expiry months on paper: the box label prints the month large in both label languages
(read back from the PDF's text and by OCR of the rendered page), and the expiry cards
print as `labels cards --only expiry` and decode to what the bench reads."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from reports.formats import FORMATS
from reports.labels import label_contents, label_job, lay_out, write_labels
from tests.reports.report_helpers import decode, pdf_text, rasterise
from warehouse_desktop import codes
from warehouse_desktop.cli import main
from warehouse_desktop.models import Box


def _expiring(code: str, month: dt.date) -> None:
    Box.update(expires_on=month).where(Box.code == code).execute()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_box_label_prints_its_expiry_month(labels_db: dict, tmp_path: Path, fmt: str) -> None:
    expiring, plain = labels_db["boxes"][1], labels_db["boxes"][2]
    _expiring(expiring, dt.date(2027, 3, 1))
    out = tmp_path / "boxes.pdf"
    write_labels("boxes", out, fmt, codes=[expiring, plain], primary="en", lang="fr")
    text = " ".join(pdf_text(out).split())
    assert text.count("2027-03") == 1  # on the expiring box's label only
    assert "EXP/PÉR. 2027-03" in text
    # Every label still lays out without overlaps or type under the minimum.
    job = label_job(tmp_path / "x.pdf", fmt)
    (label, other) = lay_out(label_contents("boxes", codes=[expiring, plain], lang="fr"), job)
    banner = [i for i in label.items if getattr(i, "text", "") == "EXP/PÉR. 2027-03"]
    assert len(banner) == 1
    details = [i.size for i in label.items if getattr(i, "role", "") in ("detail", "")
               and getattr(i, "text", "") and i is not banner[0]]  # fmt: skip
    # Large: bigger than every line of small type on the label (size, items, date).
    assert details and banner[0].size > max(details)
    assert not any("EXP" in t for t in other.texts())


def test_the_expiry_month_reads_back_from_the_rendered_label(
    labels_db: dict, tmp_path: Path
) -> None:
    code = labels_db["boxes"][1]
    _expiring(code, dt.date(2027, 3, 1))
    out = tmp_path / "box.pdf"
    write_labels("boxes", out, "62x100", codes=[code], primary="en")
    page = rasterise(out, dpi=300)[0]
    image = tmp_path / "box.png"
    page.save(image)
    seen = subprocess.run(["tesseract", str(image), "-", "--psm", "11"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    assert "EXP 2027-03" in " ".join(seen.split())
    assert code in decode(page)  # the barcode still reads


def test_expiry_cards_print_and_decode(labels_db: dict, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cards.pdf"
    assert main(["labels", "cards", "--only", "expiry", "--format", "l7163",
                 "--out", str(out)]) == 0  # fmt: skip
    printed = {code for page in rasterise(out) for code in decode(page)}
    assert printed == {code for code, _months in codes.expiry_cards()}
    assert {codes.classify(code).months for code in printed} == {3, 6, 12}
    text = " ".join(pdf_text(out).split())
    assert "EXPIRES IN 6 MONTHS" in text
    capsys.readouterr()


def test_the_stock_sheet_lists_the_boxes_expiring_within_60_days(
    labels_db: dict, tmp_path: Path
) -> None:
    from reports.stock_sheet import gather, write_stock_sheet

    expired, soon, later, plain = labels_db["boxes"][1:5]
    day = dt.date(2026, 11, 20)
    _expiring(expired, dt.date(2026, 9, 1))
    _expiring(soon, dt.date(2027, 1, 1))  # begins 42 days after the sheet's day
    _expiring(later, dt.date(2027, 2, 1))  # 73 days: not yet
    listed = gather(day).expiring
    assert [box.code for box in listed] == [expired, soon]  # soonest first
    assert listed[1].location_name  # where to find it
    out = write_stock_sheet(tmp_path / "sheet.pdf", day)
    text = " ".join(pdf_text(out).split())
    assert "Boxes expiring within 60 days" in text
    assert f"{expired} " in text and "2026-09 (expired)" in text
    assert f"{soon} " in text and "2027-01" in text
    assert later not in text.split("Boxes expiring within 60 days")[1].split("Van loads")[0]
    assert plain not in text.split("Boxes expiring within 60 days")[1].split("Van loads")[0]


def test_a_stock_sheet_without_expiring_boxes_says_so(labels_db: dict, tmp_path: Path) -> None:
    from reports.stock_sheet import write_stock_sheet

    out = write_stock_sheet(tmp_path / "sheet.pdf", dt.date(2026, 11, 20))
    assert "No box expires within 60 days." in " ".join(pdf_text(out).split())
