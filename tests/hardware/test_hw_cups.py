"""System printing through the real Qt -> CUPS path into a cups-pdf queue.

Needs `.ci/setup-cups.sh` (cupsd running, a cups-pdf queue, a fixed output folder).
"""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from hardware.label_formats import page_format
from hardware.print_queue import JobState, PrintQueue
from hardware.printers import PrinterError
from hardware.system_printer import SystemPrinter, list_system_printers
from hardware.test_label import TEST_CODE, test_label_pdf

pytestmark = pytest.mark.cups

POINTS_PER_MM = 72 / 25.4


def unique_title(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]) / POINTS_PER_MM, float(parts[2]) / POINTS_PER_MM))
    return sizes


def rasterise(pdf: Path, tmp_path: Path) -> list[Image.Image]:
    prefix = tmp_path / f"page-{uuid.uuid4().hex[:6]}"
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(pdf), str(prefix)], check=True)
    return [Image.open(p) for p in sorted(tmp_path.glob(prefix.name + "*.png"))]


def barcodes(image: Image.Image) -> list[tuple[str, int]]:
    """(text, left edge in pixels) of each barcode found."""
    return [(r.text, r.position.top_left.x) for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("fmt_name", ["62x100", "4x6", "l7163"])
def test_label_prints_at_its_exact_size_and_scans(
    qapp, cups_pdf, tmp_path: Path, fmt_name: str
) -> None:
    fmt = page_format(fmt_name)
    source = tmp_path / "label.pdf"
    source.write_bytes(test_label_pdf(fmt, printer_name=cups_pdf.queue))
    title = unique_title(f"wh-size-{fmt_name}")
    assert SystemPrinter(cups_pdf.queue).print_file(source, title=title) == cups_pdf.queue
    printed = cups_pdf.wait_for_pdf(title)
    ((width, height),) = page_sizes_mm(printed)
    assert width == pytest.approx(fmt.width_mm, abs=0.5)
    assert height == pytest.approx(fmt.height_mm, abs=0.5)
    (page,) = rasterise(printed, tmp_path)
    assert [text for text, _ in barcodes(page)] == [TEST_CODE]


def test_a_real_box_label_from_reports_prints_and_scans(qapp, cups_pdf, tmp_path: Path) -> None:
    from reports.labels import blank_content, label_job, lay_out, render_labels
    from warehouse_desktop.codes import CodeKind, make_code

    code = make_code(CodeKind.BOX, 4242)
    job = label_job(tmp_path / "blank.pdf", "62x100")
    (source,) = render_labels(lay_out([blank_content(code, warehouse="Test")], job), job)
    title = unique_title("wh-box")
    SystemPrinter(cups_pdf.queue).print_file(source, title=title)
    printed = cups_pdf.wait_for_pdf(title)
    ((width, height),) = page_sizes_mm(printed)
    assert (round(width), round(height)) == (62, 100)
    (page,) = rasterise(printed, tmp_path)
    # The Code128 and, beside it, the QR code with the same code both survive printing.
    found = zxingcpp.read_barcodes(page)
    assert [r.text for r in found if r.format == zxingcpp.BarcodeFormat.Code128] == [code]
    assert [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode] == [code]


def test_copies_and_calibration_offset(qapp, cups_pdf, tmp_path: Path) -> None:
    fmt = page_format("100x150")
    source = tmp_path / "label.pdf"
    source.write_bytes(test_label_pdf(fmt))
    plain, shifted = unique_title("wh-plain"), unique_title("wh-shifted")
    SystemPrinter(cups_pdf.queue).print_file(source, title=plain)
    SystemPrinter(cups_pdf.queue).print_file(source, title=shifted, copies=2, offset_mm=(5.0, 0.0))
    plain_pdf, shifted_pdf = cups_pdf.wait_for_pdf(plain), cups_pdf.wait_for_pdf(shifted)
    assert len(page_sizes_mm(shifted_pdf)) == 2
    ((_, plain_x),) = barcodes(rasterise(plain_pdf, tmp_path)[0])
    for page in rasterise(shifted_pdf, tmp_path):
        ((text, x),) = barcodes(page)
        assert text == TEST_CODE
        # 5 mm at 203 dpi is 40 dots.
        assert x - plain_x == pytest.approx(40, abs=3)


def test_the_print_queue_prints_to_cups(qapp, cups_pdf, tmp_path: Path) -> None:
    source = tmp_path / "label.pdf"
    source.write_bytes(test_label_pdf(page_format("62x100")))
    title = unique_title("wh-queue")
    jobs = PrintQueue()
    try:
        job = jobs.submit(source, f"system:{cups_pdf.queue}", title=title)
        assert jobs.wait_idle(60)
        assert jobs.job(job.id).state is JobState.DONE
    finally:
        jobs.stop()
    assert page_sizes_mm(cups_pdf.wait_for_pdf(title))


def test_printers_are_listed(qapp, cups_pdf) -> None:
    names = {choice.name: choice for choice in list_system_printers()}
    assert cups_pdf.queue in names
    assert names[cups_pdf.queue].target == f"system:{cups_pdf.queue}"


def test_unknown_printer_is_refused_not_sent_to_the_default(qapp, tmp_path: Path) -> None:
    source = tmp_path / "label.pdf"
    source.write_bytes(test_label_pdf(page_format("62x100")))
    with pytest.raises(PrinterError) as caught:
        SystemPrinter("No_Such_Printer").print_file(source)
    assert str(caught.value) == (
        "There is no printer called No_Such_Printer: choose one in Settings (Printers), or list them with print --list-printers"
    )


def test_stopped_queue_is_reported(qapp, spare_cups_queue: str, tmp_path: Path) -> None:
    subprocess.run(["cupsdisable", spare_cups_queue], check=True)
    source = tmp_path / "label.pdf"
    source.write_bytes(test_label_pdf(page_format("62x100")))
    with pytest.raises(PrinterError) as caught:
        SystemPrinter(spare_cups_queue).print_file(source)
    assert caught.value.key == "printer_stopped"
    assert "stopped or paused" in str(caught.value)


def test_queue_not_accepting_jobs_is_reported(qapp, spare_cups_queue: str, tmp_path: Path):
    subprocess.run(["cupsreject", spare_cups_queue], check=True)
    source = tmp_path / "label.pdf"
    source.write_bytes(test_label_pdf(page_format("62x100")))
    with pytest.raises(PrinterError) as caught:
        SystemPrinter(spare_cups_queue).print_file(source)
    assert caught.value.key == "printer_not_accepting"


def test_zpl_is_not_sent_to_a_system_queue(qapp, cups_pdf, tmp_path: Path) -> None:
    from warehouse_desktop.errors import InputError

    source = tmp_path / "label.zpl"
    source.write_text("^XA^XZ", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        SystemPrinter(cups_pdf.queue).print_file(source)
    assert "--raw HOST:PORT" in str(caught.value)


def test_png_prints_at_the_size_its_resolution_says(qapp, cups_pdf, tmp_path: Path) -> None:
    fmt = page_format("4x6")
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(test_label_pdf(fmt))
    (page,) = rasterise(pdf, tmp_path)
    png = tmp_path / "label.png"
    page.convert("1", dither=Image.Dither.NONE).save(png, dpi=(203, 203))
    title = unique_title("wh-png")
    SystemPrinter(cups_pdf.queue).print_file(png, title=title)
    printed = cups_pdf.wait_for_pdf(title)
    ((width, height),) = page_sizes_mm(printed)
    assert width == pytest.approx(101.6, abs=0.5)
    assert height == pytest.approx(152.4, abs=0.5)
    (again,) = rasterise(printed, tmp_path)
    assert [text for text, _ in barcodes(again)] == [TEST_CODE]


def test_each_page_keeps_its_own_size(qapp, cups_pdf, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "mixed.pdf"
    canvas = Canvas(str(source))
    for width_mm, height_mm in ((62, 100), (100, 150), (150, 100)):
        canvas.setPageSize((width_mm * POINTS_PER_MM, height_mm * POINTS_PER_MM))
        canvas.drawString(20, 20, f"{width_mm} x {height_mm}")
        canvas.showPage()
    canvas.save()
    title = unique_title("wh-mixed")
    SystemPrinter(cups_pdf.queue).print_file(source, title=title)
    # One job per paper size, in page order: CUPS gives a job one media size.  A landscape
    # page goes on the same paper turned, as the printer feeds it.
    printed = cups_pdf.wait_for_pdfs(title, 3)
    sizes = [size for pdf in printed for size in page_sizes_mm(pdf)]
    assert [(round(w), round(h)) for w, h in sizes] == [(62, 100), (100, 150), (100, 150)]
