"""Benchmark: 1,000 box labels to PDF, against a bare reportlab script drawing the same.

The program's path lays each label out (text auto-fit with minimum sizes, per-character
font fallback, Arabic shaping, barcode and QR geometry snapped to printer dots) and draws
it on Avery L7163 sheets.  The bare script draws the very same bars, QR modules and text
pieces (already split by font and shaped) at positions worked out in advance, with no
fitting at all: the floor of what reportlab costs.  A third of the labels carry a
Tigrinya or Arabic second name, so the fallback fonts are in play.  Target: program <= 2x
bare.

    /work/venv/bin/python benchmarks/labels_pdf.py [--labels 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.pdfgen.canvas import Canvas

from reports.barcodes import QR_QUIET_MODULES
from reports.fonts import piece_width, pieces, register_fonts
from reports.formats import get_format
from reports.layout import (
    PT_PER_MM,
    BarcodeItem,
    LabelContent,
    QrItem,
    TextItem,
    layout_label,
)
from reports.render import labels_to_pdf, place
from warehouse_desktop.codes import CodeKind, make_code

CATEGORIES = [
    ("Men's jackets", "ጃኬታት ደቂ ተባዕትዮ", "Men", ["S", "M", "L", "XL"]),
    ("Women's trousers", "Pantalons femme", "Women", ["36", "38", "40", "42"]),
    ("Sleeping bags", "أكياس النوم", "", ["one size"]),
    ("Kids' shoes", "Chaussures enfant", "Children", ["28", "30", "32", "34"]),
    ("Hygiene kits", "Kits d'hygiène", "", ["one size"]),
    ("Thermal tops", "Hauts thermiques", "Adults", ["S", "M", "L"]),
]


def contents(n: int) -> list[LabelContent]:
    result = []
    day = dt.date(2026, 11, 20)
    for i in range(n):
        name, french, gender, sizes = CATEGORIES[i % len(CATEGORIES)]
        size = sizes[i % len(sizes)]
        result.append(
            LabelContent(
                code=make_code(CodeKind.BOX, i + 1),
                heading=name,
                subheading=french,
                details=(
                    " · ".join(x for x in (f"Size {size}", gender) if x),
                    f"{5 + i % 40} items",
                    f"Packed {(day - dt.timedelta(days=i % 30)).isoformat()}",
                ),
                footer="Calais Aid Warehouse",
            )
        )
    return result


def program(items: list[LabelContent]) -> bytes:
    fmt = get_format("l7163")
    labels = [
        layout_label(c, fmt.label_width, fmt.label_height, fmt.dpi, fmt.margin) for c in items
    ]
    return labels_to_pdf(place(labels, fmt), fmt, fmt.dpi)


def bare_plan(items: list[LabelContent]) -> list[tuple[list, list, list]]:
    """Everything the bare script draws, positions, fonts and shapes fixed beforehand
    (not timed)."""
    from reportlab.pdfbase.ttfonts import shapeStr

    fmt = get_format("l7163")
    plan = []
    for c in items:
        label = layout_label(c, fmt.label_width, fmt.label_height, fmt.dpi, fmt.margin)
        texts = []
        for i in label.items:
            if not isinstance(i, TextItem):
                continue
            x = i.x * PT_PER_MM
            for p in pieces(i.text, i.font):
                drawn = shapeStr(p.text, p.font, i.size) if p.rtl else p.text
                texts.append((x / PT_PER_MM, i.baseline, drawn, p.font, i.size))
                x += piece_width(p.text, p.font, p.rtl, i.size)
        [bar] = [i for i in label.items if isinstance(i, BarcodeItem)]
        [qr] = [i for i in label.items if isinstance(i, QrItem)]
        plan.append(
            (
                texts,
                [(bar.x, bar.y, bar.geometry.code, bar.geometry.height_mm)],
                [(qr.x, qr.y, qr.geometry.rows, qr.geometry.module_dots)],
            )
        )
    return plan


def bare(plan: list[tuple[list, list, list]]) -> bytes:
    """Plain reportlab: python-barcode modules, one rect per bar, one rect per run of dark
    QR modules, drawString per text piece."""
    from barcode.codex import Code128

    fmt = get_format("l7163")
    page_h = fmt.page_height * PT_PER_MM
    module = 3 * 72 / 300  # 3 dots at 300 dpi, as the program chooses on L7163
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(fmt.page_width * PT_PER_MM, page_h), pageCompression=1)
    for n, (texts, bars, qrs) in enumerate(plan):
        slot = n % fmt.per_page
        if n and slot == 0:
            c.showPage()
        ox, oy = fmt.slots[slot]
        for x, baseline, text, font, size in texts:
            c.setFont(font, size)
            c.drawString((ox + x) * PT_PER_MM, page_h - (oy + baseline) * PT_PER_MM, text)
        for x, y, code, height in bars:
            pattern = Code128(code).build()[0]
            left = (ox + x) * PT_PER_MM + 10 * module
            bottom = page_h - (oy + y + height) * PT_PER_MM
            run = 0
            for i, m in enumerate(pattern + "0"):
                if m == "1":
                    run += 1
                elif run:
                    c.rect(
                        left + (i - run) * module,
                        bottom,
                        run * module,
                        height * PT_PER_MM,
                        stroke=0,
                        fill=1,
                    )
                    run = 0
        for x, y, rows, dots in qrs:
            d = dots * 72 / 300
            left = (ox + x) * PT_PER_MM + QR_QUIET_MODULES * d
            top = page_h - (oy + y) * PT_PER_MM - QR_QUIET_MODULES * d
            for r, row in enumerate(rows):
                run = 0
                for i, m in enumerate(row + "0"):
                    if m == "1":
                        run += 1
                    elif run:
                        c.rect(
                            left + (i - run) * d, top - (r + 1) * d, run * d, d, stroke=0, fill=1
                        )
                        run = 0
    c.showPage()
    c.save()
    return buffer.getvalue()


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    register_fonts()
    items = contents(args.labels)
    plan = bare_plan(items)
    program(items[:20])  # warm up fonts and imports
    bare(plan[:20])
    program_times, bare_times = [], []
    for _ in range(args.repeat):
        # The program's text-fit cache starts cold on every run: a fair comparison.
        from reports.barcodes import qr_matrix
        from reports.fonts import piece_width, pieces
        from reports.layout import fit_text

        # Every label has its own code: the QR code is encoded each time.
        qr_matrix.cache_clear()
        fit_text.cache_clear()
        pieces.cache_clear()
        piece_width.cache_clear()
        program_times.append(timed(program, items))
        bare_times.append(timed(bare, plan))
    p, b = statistics.median(program_times), statistics.median(bare_times)
    print(f"{args.labels} box labels to PDF (L7163), median of {args.repeat}:")
    print(f"  program : {p:.3f} s")
    print(f"  bare    : {b:.3f} s")
    print(f"  ratio   : {p / b:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
