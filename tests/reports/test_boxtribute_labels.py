"""`import boxes --from boxtribute --labels FILE`: the imported boxes' labels in one go."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.reports.report_helpers import decode, pdf_text, rasterise
from tests.support.cli import as_coordinator, run
from warehouse_desktop.boxtribute import COLUMNS

ROWS = [
    "20000001,Blanket,Bedding,,,10,InStock,Shelf A1,,,,,,Anna,Ben",
    "20000002,Blanket,Bedding,,,10,Donated,Shelf A1,,,,,,Anna,Ben",
    "20000003,Sleeping bag,Bedding,,,4,InStock,Shelf A2,,,,,,Anna,Ben",
]


def test_labels_of_the_imported_boxes_in_stock_come_out_in_one_pdf(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    env = as_coordinator(db)
    path = tmp_path / "bt.csv"
    path.write_text("\n".join([",".join(COLUMNS), *ROWS]) + "\n", encoding="utf-8")
    out = tmp_path / "labels.pdf"
    result = run("import", "boxes", "--from", "boxtribute", str(path), "--apply",
                 "--create-missing", "--labels", str(out), "--db", db, env=env,
                 check_ok=True)  # fmt: skip
    assert "labels: 2" in result.stdout
    with sqlite3.connect(db) as conn:
        in_stock = sorted(r[0] for r in conn.execute("SELECT code FROM box WHERE state='in_stock'"))
        donated = conn.execute("SELECT code FROM box WHERE state='dispatched'").fetchone()[0]
    text = pdf_text(out)
    assert all(code in text for code in in_stock) and donated not in text
    decoded = set(decode(rasterise(out, 203)[0]))
    assert set(in_stock) <= decoded


def test_a_label_file_that_cannot_be_written_stops_the_import_first(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    env = as_coordinator(db)
    path = tmp_path / "bt.csv"
    path.write_text("\n".join([",".join(COLUMNS), *ROWS]) + "\n", encoding="utf-8")
    result = run("import", "boxes", "--from", "boxtribute", str(path), "--apply",
                 "--create-missing", "--labels", str(tmp_path / "labels.doc"), "--db", db,
                 env=env)  # fmt: skip
    assert result.returncode == 1 and "labels.doc" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM box").fetchone()[0] == 0
