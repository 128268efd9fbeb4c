"""The stock sheet, van manifest and needs list agree with the database and read safely."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import peewee as pw

from reports.needs import needs_text, write_needs
from reports.stock_sheet import write_stock_sheet
from tests.reports.report_helpers import ARABIC_NAME, HOSTILE_NAMES, pdf_text
from warehouse_desktop.cli import main
from warehouse_desktop.models import Box, Category, database


def _in_stock_by_category() -> dict[str, tuple[int, int]]:
    """Straight from the tables, independent of the stock module."""
    rows = database.execute_sql(
        "SELECT c.name, COUNT(b.id), COALESCE(SUM(b.quantity), 0) FROM box b "
        "JOIN category c ON c.id = b.category_id WHERE b.state = 'in_stock' GROUP BY c.name"
    ).fetchall()
    return {name: (boxes, items) for name, boxes, items in rows}


def test_stock_sheet_totals_match_the_database(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    today = dt.datetime.now(dt.UTC).date()
    assert (
        main(["stock-sheet", "--date", today.isoformat(), "--by", "Amina", "--out", str(out)]) == 0
    )
    raw = pdf_text(out)
    pages = raw.split("\f")[:-1]
    assert len(pages) >= 2
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    text = " ".join(raw.split())
    boxes = Box.select().where(Box.state == "in_stock").count()
    items = Box.select(pw.fn.SUM(Box.quantity)).where(Box.state == "in_stock").scalar()
    assert f"Boxes in stock {boxes} " in text
    assert f"Items in stock {items} " in text
    assert f"Day {today.isoformat()}" in text and "by Amina" in text
    per_category = _in_stock_by_category()
    assert sum(b for b, _ in per_category.values()) == boxes
    for name, (n_boxes, n_items) in per_category.items():
        match = re.search(rf"{re.escape(name)} (?:all sizes|one size) \D*?(\d+) (\d+)", text)
        assert match, name
        assert (int(match[1]), int(match[2])) == (n_boxes, n_items), name
    # Each category once: "all sizes" only on categories with several sizes, and a
    # single-size category is one line (it used to come twice, total and size alike).
    stock_part = text.split("Stock by group, category and size", 1)[1].split("Vans being")[0]
    several = Category.select().where(Category.active).count() - sum(
        1 for c in Category.select().where(Category.active) if len(c.sizes or []) == 1
    )
    assert stock_part.count("all sizes") == several
    for c in Category.select().where(Category.active):
        if c.sizes == ["one size"]:
            assert len(re.findall(rf"{re.escape(c.name)} one size", stock_part)) == 1, c.name
            assert not re.search(rf"{re.escape(c.name)} one size [^A-Z]*? one size", stock_part)
    # The stock table runs over several pages with its header repeated on each.
    header = re.compile(r"Category\s+Size\s+Gender\s+Boxes\s+Items\s+kg\s+Target\s+Short")
    assert sum(1 for page in pages if header.search(page)) >= 2
    for section in ("Van loads dispatched this day", "Stock per location", "Needs list"):
        assert section in text


def test_stock_sheet_prints_hostile_and_non_latin_names_safely(
    labels_db: dict, tmp_path: Path
) -> None:
    path = write_stock_sheet(tmp_path / "s.pdf", dt.date(2026, 11, 20), "<i>coordinator</i>")
    text = " ".join(pdf_text(path).split())
    # Names wrap inside their table cells; the markup is printed, not obeyed.
    assert "<b>Bold</b> & &amp; <font" in text and "size=40>x</font>" in text
    assert '=HYPERLINK("http://evil.exa' in text  # the cell wraps after that
    assert "by <i>coordinator</i>" in text
    assert "Étagère A1" in text and "Entrepôt d'Aide — Calais" in text
    in_stock = Box.select().where(Box.state == "in_stock").count()
    assert in_stock == Box.select().count() - 1  # one box is on a van load
    assert f"Boxes in stock {in_stock} " in text


def test_needs_in_three_forms(labels_db: dict, tmp_path: Path) -> None:
    for suffix in ("pdf", "txt", "csv"):
        write_needs(tmp_path / f"needs.{suffix}")
    # The needs CSV is for a spreadsheet: a byte-order mark (Excel then reads UTF-8) and
    # readable headers and values.
    assert (tmp_path / "needs.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "needs.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [row["Category"] for row in rows]
    assert {row["Gender"] for row in rows} >= {"Men", "Unisex kids"}
    # A cell a spreadsheet would run as a formula is neutralised.
    assert "'" + HOSTILE_NAMES["formula"] in names
    assert not any(name.startswith(("=", "+", "-", "@")) for name in names)
    text = (tmp_path / "needs.txt").read_text(encoding="utf-8")
    assert text == needs_text()
    assert (
        "Vestes homme / Vestes pour hommes (été) (Men): 9 boxes short — 1 of 10 in stock (10 %)"
        in text
    )
    pdf = " ".join(pdf_text(tmp_path / "needs.pdf").split())
    assert "Needs list" in pdf and "<b>Bold</b>" in pdf
    assert Category.get(Category.name == "Vestes homme").names["ar"] == ARABIC_NAME


def test_export_needs_goes_through_write_needs(labels_db: dict, tmp_path: Path) -> None:
    out = tmp_path / "needs.txt"
    assert main(["export", "needs", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("Entrepôt d'Aide — Calais — needs on ")


def test_category_totals_agree_with_the_stock_queries(demo_copy: Path) -> None:
    from reports.stock_sheet import categories_from_sizes
    from warehouse_desktop import stock

    assert categories_from_sizes(stock.stock_by_size()) == stock.stock_by_category()


def test_arabic_category_names_on_the_sheet(labels_db: dict, tmp_path: Path) -> None:
    import unicodedata

    Category.update(name=ARABIC_NAME).where(Category.name == "Chaussures enfant").execute()
    path = write_stock_sheet(tmp_path / "s.pdf", dt.date(2026, 11, 20))
    raw = pdf_text(path)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKC", raw) if unicodedata.category(ch) != "Cf"
    )
    assert ARABIC_NAME in text


def _pages(pdf: Path) -> list[str]:
    return [" ".join(page.split()) for page in pdf_text(pdf).split("\f")[:-1]]


def test_stock_sheet_opens_with_a_one_page_summary(labels_db: dict, tmp_path: Path) -> None:
    from warehouse_desktop.models import VanLoad

    out = tmp_path / "s.pdf"
    assert main(["stock-sheet", "--operator", "Amina", "--out", str(out)]) == 0
    pages = _pages(out)
    first = pages[0]
    assert "Totals" in first and "by Amina" in first
    in_stock = Box.select().where(Box.state == "in_stock").count()
    assert f"Boxes in stock {in_stock} " in first
    # The box on the van still loading is counted there, not lost from the sheet.
    assert "Boxes on vans being loaded (2 vans) 1 " in first
    from reports.stock_sheet import _vans

    assert (_vans(1), _vans(0)) == ("1 van", "0 vans")
    assert "Boxes missing since the counts 0" in first
    assert "The 10 biggest needs" in first
    assert "Stock by group" not in first and "Stock by group" in pages[1]
    van = VanLoad.get(VanLoad.code == labels_db["vans"][0])
    loading = " ".join(pages[1:]).split("Vans being loaded", 1)[1]
    assert f"{van.code} Grande-Synthe — Puythouck 1 " in loading


def test_the_exporter_is_named_never_just_the_os_user(labels_db: dict, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    assert main(["stock-sheet", "--out", str(out)]) == 0
    assert "by command line (OS user " in _pages(out)[0]


def test_missing_boxes_are_on_the_summary(labels_db: dict, tmp_path: Path) -> None:
    # A stock-take's "missing" state (the counts): out of stock, on the summary.
    Box.update(state="missing").where(Box.code == labels_db["boxes"][1]).execute()
    path = write_stock_sheet(tmp_path / "s.pdf", exported_by="Amina")
    assert "Boxes missing since the counts 1" in _pages(path)[0]


def test_needs_rank_by_boxes_short_and_show_the_share_of_target(
    demo_copy: Path, tmp_path: Path
) -> None:
    from warehouse_desktop import stock

    needs = stock.needs_list()
    write_needs(tmp_path / "n.pdf")
    text = " ".join(pdf_text(tmp_path / "n.pdf").split())
    rows = re.findall(r"(\d+) (\d+) (\d+) % (\d+)", text)
    assert len(rows) == len(needs)
    shortfalls = [int(short) for _, _, _, short in rows]
    assert shortfalls == sorted(shortfalls, reverse=True) == [n.shortfall for n in needs]
    for (target, in_stock, percent, _), need in zip(rows, needs, strict=True):
        assert (int(target), int(in_stock)) == (need.target, need.in_stock)
        assert int(percent) == need.in_stock * 100 // need.target


def test_export_for_a_spreadsheet(labels_db: dict, tmp_path: Path) -> None:
    out = tmp_path / "boxes.csv"
    assert main(["export", "boxes", "--excel", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert {"Code", "Category", "Gender", "State", "Packed at"} <= set(rows[0])
    assert {r["Gender"] for r in rows} >= {"Men", "Unisex kids", ""}
    assert {r["State"] for r in rows} == {"In stock", "Loading"}
    # Without --excel: what `import` reads back, keys as stored, no byte-order mark.
    plain = tmp_path / "plain.csv"
    assert main(["export", "boxes", "--out", str(plain)]) == 0
    assert plain.read_bytes().startswith(b"code,") and b"unisex_kids" in plain.read_bytes()


def test_manifest_title_is_shaped_and_carries_the_van_barcode(
    labels_db: dict, tmp_path: Path
) -> None:
    import unicodedata

    from reports.manifest import write_manifest
    from tests.reports.report_helpers import decode, decode_qr, rasterise
    from warehouse_desktop.models import VanLoad

    code = labels_db["vans"][0]
    VanLoad.update(destination=f"{ARABIC_NAME} — Calais").where(VanLoad.code == code).execute()
    path = write_manifest(code, tmp_path / "m.pdf")
    raw = pdf_text(path)
    title = next(line for line in raw.splitlines() if "Van manifest" in line)
    # Joined letters (presentation forms) in the title itself, read back in logical order.
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in title)
    logical = "".join(
        ch for ch in unicodedata.normalize("NFKC", title) if unicodedata.category(ch) != "Cf"
    )
    assert ARABIC_NAME in logical
    [page] = rasterise(path)
    assert decode(page) == [code] and decode_qr(page) == [code]


def test_missing_boxes_are_listed_by_category_with_where_they_were_expected(
    labels_db: dict, tmp_path: Path
) -> None:
    from warehouse_desktop.bench import BenchService
    from warehouse_desktop.codes import Command, command_code
    from warehouse_desktop.models import Location

    # A stock-take of the shelf holding the first box that finds nothing there.
    box = Box.get(Box.code == labels_db["boxes"][0])
    shelf = Location.get_by_id(box.location_id)
    expected = {
        b.code: b
        for b in Box.select().where((Box.location == shelf.id) & (Box.state == "in_stock"))
    }
    bench = BenchService("bench-count", operator="Amina")
    assert bench.scan(command_code(Command.COUNT)).ok
    bench.scan(shelf.code)
    assert bench.scan(command_code(Command.DONE)).ok
    assert Box.select().where(Box.state == "missing").count() == len(expected) >= 1
    path = write_stock_sheet(tmp_path / "s.pdf", exported_by="Amina")
    pages = _pages(path)
    assert f"Boxes missing since the counts {len(expected)}" in pages[0]
    listed = " ".join(pages[1:]).split("Boxes missing since the counts (scanning one finds it)")[1]
    listed = listed.split("Van loads dispatched this day")[0]
    # Each box by its code with where it was expected (long hostile shelf names wrap, so the
    # shelf is found by its code), under its category.
    for code, missing in expected.items():
        assert f"{code} — " in listed
        if len(missing.category.name) < 12:  # longer hostile names wrap inside the cell
            assert missing.category.name in listed
    assert listed.count(f"({shelf.code})") == len(expected)
    # Found again: off the list.
    now = [dt.datetime.now(dt.UTC).replace(tzinfo=None)]
    again = BenchService("bench-2", operator="Amina", clock=lambda: now[0])
    assert again.scan(box.code).confirm  # amber: a missing box comes back on a second scan
    now[0] += dt.timedelta(seconds=3)
    assert again.scan(box.code).ok
    listed = " ".join(_pages(write_stock_sheet(tmp_path / "t.pdf"))[1:])
    assert box.code not in listed.split("Boxes missing since the counts (scanning")[1]
