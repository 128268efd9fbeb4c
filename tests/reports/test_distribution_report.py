"""`report distributed` (PDF with a chart, CSV) and `export needs --out needs.png`, through
the real command line; the PDF rasterised and read back, the picture read by OCR."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.reports.report_helpers import ARABIC_NAME, pdf_text
from tests.support.cli import run
from tests.support.distribution import dispatched_file


@pytest.fixture
def dispatched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The three-week warehouse in a file the command line opens."""
    path = dispatched_file(tmp_path / "dispatched.db")
    monkeypatch.setenv("WAREHOUSE_DB", str(path))
    return path


def _pages(pdf: Path, dpi: int = 100) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(prefix.name + "-*.png"))
    images = []
    for page in pages:
        with Image.open(page) as image:
            images.append(image.convert("RGB"))
    return images


def test_csv_has_one_row_per_period_category_and_destination(
    dispatched: Path, tmp_path: Path
) -> None:
    out = tmp_path / "distributed.csv"
    result = run("report", "distributed", "--from", "2026-11-02", "--to", "2026-11-29",
                 "--by", "week", "--out", str(out), check_ok=True)  # fmt: skip
    assert "distribution report" in result.stdout
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert list(rows[0]) == ["period", "period_end", "group", "category", "category_code",
                             "destination", "boxes", "items", "weight_kg",
                             "boxes_not_weighed"]  # fmt: skip
    assert [
        (r["period"], r["period_end"], r["category"], r["destination"], r["boxes"], r["items"])
        for r in rows
    ] == [  # fmt: skip
        ("2026-11-02", "2026-11-08", "Men's jackets", "Calais", "3", "30"),
        ("2026-11-02", "2026-11-08", "Blankets", "Calais", "2", "12"),
        ("2026-11-09", "2026-11-15", "Blankets", "Dunkirk", "2", "12"),
        ("2026-11-16", "2026-11-22", "Men's jackets", "Calais", "1", "12"),
        ("2026-11-16", "2026-11-22", "Men's jackets", "Dunkirk", "2", "20"),
    ]
    assert {r["group"] for r in rows} == {"clothing", "bedding"}
    by_month = run("report", "distributed", "--from", "2026-11-01", "--to", "2026-11-30",
                   "--by", "month", "--out", "-", check_ok=True).stdout  # fmt: skip
    monthly = list(csv.DictReader(by_month.splitlines()))
    assert sum(int(r["boxes"]) for r in monthly) == 10
    assert sum(int(r["items"]) for r in monthly) == 86


def test_pdf_has_the_chart_and_the_totals(dispatched: Path, tmp_path: Path) -> None:
    out = tmp_path / "distributed.pdf"
    run("label-languages", "en", "fr", check_ok=True)  # names as on the labels
    run("report", "distributed", "--from", "2026-11-02", "--to", "2026-11-29", "--by", "week",
        "--out", str(out), check_ok=True)  # fmt: skip
    pages = _pages(out)
    assert len(pages) == 1
    text = pdf_text(out)
    assert "10 boxes and 86 items dispatched" in text
    assert "Week 2026-11-16 to 2026-11-22" in text
    assert "Men's jackets / Vestes homme" in text and "Blankets" in text
    total = next(line for line in text.splitlines() if line.strip().startswith("Total"))
    assert total.split()[-2:] == ["10", "86"]
    # The chart's bars: the clothing blue and the bedding green, between the heading and
    # the table (upper part of the page at 100 dpi: 827 × 1169 pixels).
    chart = pages[0].crop((40, 150, 800, 560))
    colours = chart.getcolors(maxcolors=1_000_000) or []
    count = {rgb: n for n, rgb in colours}
    assert count.get((0, 114, 178), 0) > 500  # clothing
    assert count.get((0, 158, 115), 0) > 300  # bedding
    assert count.get((255, 255, 255), 0) < chart.width * chart.height


def test_empty_period_makes_a_valid_pdf_that_says_so(dispatched: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = run("report", "distributed", "--from", "2025-01-01", "--to", "2025-01-31",
                 "--out", str(out), check_ok=True)  # fmt: skip
    assert "Nothing was dispatched from 2025-01-01 to 2025-01-31" in result.stdout
    assert len(_pages(out)) == 1
    assert "Nothing was dispatched from 2025-01-01 to 2025-01-31" in pdf_text(out)


@pytest.mark.parametrize(
    ("dates", "says"),
    [
        (["--from", "2026-11-31", "--to", "2026-12-01"], "'2026-11-31' is not a date"),
        (["--from", "yesterday", "--to", "2026-12-01"], "write it as YYYY-MM-DD"),
        (["--from", "2026-12-01", "--to", "2026-11-01"], "swap the two dates"),
    ],
)
def test_bad_dates_are_usage_errors(
    dispatched: Path, tmp_path: Path, dates: list[str], says: str
) -> None:
    out = tmp_path / "bad.csv"
    result = run("report", "distributed", *dates, "--out", str(out))
    assert result.returncode == 2
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_wrong_suffix_and_step(dispatched: Path, tmp_path: Path) -> None:
    result = run("report", "distributed", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(tmp_path / "r.xlsx"))  # fmt: skip
    assert result.returncode == 1 and ".pdf or .csv" in result.stderr
    result = run("report", "distributed", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--by", "year", "--out", str(tmp_path / "r.csv"))  # fmt: skip
    assert result.returncode == 2


def _ocr(image: Path) -> str:
    return subprocess.run(["tesseract", str(image), "-", "-l", "eng+fra"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def test_needs_picture_is_a_post_with_the_name_and_ten_needs(
    demo_copy: Path, tmp_path: Path
) -> None:
    from warehouse_desktop import stock

    out = tmp_path / "needs.png"
    run("label-languages", "en", "fr", check_ok=True)
    run("export", "needs", "--out", str(out), check_ok=True)
    with Image.open(out) as image:
        assert image.size == (1080, 1350)
    text = " ".join(_ocr(out).split())
    assert "Calais Aid Warehouse" in text
    assert "Besoins prioritaires" in text
    needs = stock.needs_list()
    assert len(needs) > 10
    assert needs[0].category in text and "10." in text
    assert needs[10].category not in text  # the ten most needed, no more
    # The plain text stays as it was.
    plain = tmp_path / "needs.txt"
    run("export", "needs", "--out", str(plain), check_ok=True)
    assert plain.read_text(encoding="utf-8").startswith("Calais Aid Warehouse (demo) — needs on")


def test_needs_picture_in_arabic_draws_the_shaped_names(labels_db: dict, tmp_path: Path) -> None:
    from reports.labels import Languages
    from reports.needs_picture import needs_picture, write_needs_picture
    from warehouse_desktop.models import Category

    with_arabic = needs_picture(langs=Languages("en", "ar"))
    Category.update(names={"fr": "Vestes"}).where(Category.name == "Vestes homme").execute()
    without = needs_picture(langs=Languages("en", "ar"))
    assert with_arabic.size == (1080, 1350)
    # The Arabic name is drawn: the two pictures differ where it stands (first row).
    row = (130, 280, 900, 380)
    assert with_arabic.crop(row).tobytes() != without.crop(row).tobytes()

    def dark(image: Image.Image) -> int:
        return image.crop(row).convert("L").point(lambda p: 255 if p < 100 else 0).histogram()[255]

    assert dark(with_arabic) > dark(without)
    assert ARABIC_NAME  # the seeded jackets' Arabic name
    out = write_needs_picture(tmp_path / "ar.png")
    with Image.open(out) as image:
        assert image.size == (1080, 1350)
    with pytest.raises(Exception, match=r"\.png"):
        write_needs_picture(tmp_path / "ar.jpg")
