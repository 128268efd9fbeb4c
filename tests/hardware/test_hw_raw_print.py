"""Raw TCP printing to a stand-in Zebra, file printing, and the job queue."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from hardware import zpl
from hardware.label_formats import page_format
from hardware.print_queue import JobState, PrintJob, PrintQueue
from hardware.printers import (
    FilePrinter,
    PrinterError,
    RawPrinter,
    document_kind,
    parse_raw_address,
    printer_from_target,
)
from hardware.test_label import test_label_pdf, test_label_zpl
from warehouse_desktop.errors import InputError

NASTY = "Pull ^XA~JR^FS_1 é"


def raw_printer(address: str, **kwargs: float) -> RawPrinter:
    host, port = parse_raw_address(address)
    return RawPrinter(host, port, **kwargs)


def received_text(zebra) -> str:
    assert zebra.done.wait(10), "the printer stand-in got no complete job"
    return zebra.received.decode("utf-8")


def gfa_images(text: str) -> list[Image.Image]:
    """Decode every ^GFA graphic the printer received back into a picture."""
    images = []
    for total, row_bytes, data in re.findall(r"\^GFA,(\d+),\d+,(\d+),([0-9A-F]+)", text):
        raw = bytes.fromhex(data)
        assert len(raw) == int(total)
        width = int(row_bytes) * 8
        height = len(raw) // int(row_bytes)
        # ZPL: set bit = black; Pillow "1": set bit = white.
        images.append(
            Image.frombytes("1", (width, height), bytes(b ^ 0xFF for b in raw)).convert("L")
        )
    return images


def test_zpl_fields_are_escaped_sized_and_copied(tmp_path: Path, fake_zebra) -> None:
    fmt = page_format("4x6")
    label = tmp_path / "label.zpl"
    label.write_text(
        "^XA^CI28^PW812^LL1218"
        f"^FO50,50^A0N,40,40^FH^FD{zpl.field_data(NASTY)}^FS"
        f"^FO50,150^BY2^BCN,120,Y,N,N^FH^FD{zpl.field_data('B0000017X')}^FS^XZ\n",
        encoding="utf-8",
    )
    raw_printer(fake_zebra.address, dpi=fmt.dpi).print_file(label, copies=3)
    text = received_text(fake_zebra)
    # One label, three copies printed by the printer, page size as given.
    assert text.count("^XA") == 1 and text.count("^XZ") == 1
    assert "^PQ3^XZ" in text
    assert "^PW812^LL1218" in text
    # The hostile name arrives only as hex: no command characters in the field data.
    fields = re.findall(r"\^FH\^FD(.*?)\^FS", text)
    assert [zpl.decode_field_data(f) for f in fields] == [NASTY, "B0000017X"]
    assert all(set(f) <= set("_0123456789ABCDEF") for f in fields)
    assert "~JR" not in text


def test_test_label_zpl_has_the_format_size_and_offset(tmp_path: Path, fake_zebra) -> None:
    fmt = page_format("100x150")
    label = tmp_path / "test.zpl"
    label.write_text(test_label_zpl(fmt), encoding="utf-8")
    raw_printer(fake_zebra.address).print_file(label, offset_mm=(2.5, 1.0))
    text = received_text(fake_zebra)
    assert text.startswith("^XA^LS-20^LT8^CI28^PW799^LL1199")
    assert "^PQ1^XZ" in text
    fields = re.findall(r"\^FH\^FD(.*?)\^FS", text)
    assert [zpl.decode_field_data(f) for f in fields] == ["Test label 100x150", "TEST1234"]


def test_calibration_offset_shifts_every_label_either_way(tmp_path: Path, fake_zebra) -> None:
    label = tmp_path / "plain.zpl"
    label.write_text("^XA^LH0,0^FO10,10^GB100,100,3^FS^XZ^XA^FO5,5^FS^XZ", encoding="utf-8")
    raw_printer(fake_zebra.address, dpi=203).print_file(label, offset_mm=(-5.0, 2.5))
    assert received_text(fake_zebra) == (
        "^XA^LS40^LT20^LH0,0^FO10,10^GB100,100,3^FS^XZ^XA^LS40^LT20^FO5,5^FS^XZ"
    )


def test_copies_multiply_a_files_own_quantity() -> None:
    two_labels = "^XA^FDa^FS^PQ2^XZ\n^XA^FDb^FS^XZ\n"
    assert zpl.with_copies(two_labels, 3) == "^XA^FDa^FS^PQ6^XZ\n^XA^FDb^FS^PQ3^XZ\n"
    assert zpl.with_copies(two_labels, 1) == two_labels


def test_zpl_bytes_pass_through_unchanged(tmp_path: Path, fake_zebra) -> None:
    label = tmp_path / "cp850.zpl"
    data = b"^XA^CI13^FO5,5^A0N,30,30^FD\x82t\xe9^FS^XZ"
    label.write_bytes(data)
    raw_printer(fake_zebra.address).print_file(label)
    assert fake_zebra.done.wait(10)
    assert bytes(fake_zebra.received) == data


def test_pdf_goes_to_a_zebra_as_a_graphic_that_still_scans(qapp, tmp_path: Path, fake_zebra):
    fmt = page_format("4x6")
    pdf = tmp_path / "test.pdf"
    pdf.write_bytes(test_label_pdf(fmt))
    raw_printer(fake_zebra.address, dpi=203).print_file(pdf, copies=2)
    text = received_text(fake_zebra)
    assert "^PW812^LL1218" in text
    assert "^PQ2^XZ" in text
    (image,) = gfa_images(text)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["TEST1234"]


def test_png_goes_to_a_zebra_bit_for_bit(tmp_path: Path, fake_zebra) -> None:
    picture = Image.new("1", (203, 100), 1)
    for x in range(0, 203, 4):
        for y in range(100):
            picture.putpixel((x, y), 0)
    png = tmp_path / "bars.png"
    picture.save(png, dpi=(203, 203))
    raw_printer(fake_zebra.address).print_file(png)
    (image,) = gfa_images(received_text(fake_zebra))
    assert image.crop((0, 0, 203, 100)).tobytes() == picture.convert("L").tobytes()
    # The padding past the right edge is white, not a black stripe.
    assert image.crop((203, 0, image.width, 100)).getextrema() == (255, 255)


def test_refused_connection_is_a_clear_error(tmp_path: Path, refused_address: str) -> None:
    label = tmp_path / "a.zpl"
    label.write_text("^XA^XZ", encoding="utf-8")
    with pytest.raises(PrinterError) as caught:
        raw_printer(refused_address, connect_timeout=5).print_file(label)
    assert caught.value.key == "raw_refused"
    assert str(caught.value) == (
        f"The label printer at {refused_address} refused the connection: "
        "is it switched on and is the address right?"
    )


def test_a_printer_that_never_answers_times_out(tmp_path: Path, unanswering_address: str):
    label = tmp_path / "a.zpl"
    label.write_text("^XA^XZ", encoding="utf-8")
    with pytest.raises(PrinterError) as caught:
        raw_printer(unanswering_address, connect_timeout=0.5).print_file(label)
    assert caught.value.key == "raw_connect_timeout"
    assert str(caught.value) == (
        f"The label printer at {unanswering_address} did not answer within 0.5 s: "
        "check the cable or network and retry"
    )


def test_a_printer_that_never_reads_times_out(tmp_path: Path, deaf_zebra: str) -> None:
    big = tmp_path / "big.zpl"
    big.write_text("^XA^FO0,0^GFA,1,1,1," + "F" * 4_000_000 + "^FS^XZ", encoding="utf-8")
    with pytest.raises(PrinterError) as caught:
        raw_printer(deaf_zebra, write_timeout=0.5).print_file(big)
    assert caught.value.key == "raw_write_timeout"
    assert "stopped taking data for 0.5 s" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.0.0.5:9100", ("10.0.0.5", 9100)),
        ("zebra.local", ("zebra.local", 9100)),
        ("[::1]:6101", ("::1", 6101)),
    ],
)
def test_raw_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_raw_address(text) == expected


@pytest.mark.parametrize("text", ["", "host:port", "host:0", "host:70000", "a b:9100", "a:1:2"])
def test_bad_raw_addresses(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_raw_address(text)
    assert caught.value.key == "raw_address_bad"


# -- files and document checks ------------------------------------------------------------


def test_file_printer_copies_into_a_folder_and_to_a_file(tmp_path: Path) -> None:
    source = tmp_path / "labels.pdf"
    source.write_bytes(test_label_pdf(page_format("62x100")))
    folder = tmp_path / "out"
    folder.mkdir()
    written = Path(FilePrinter(folder).print_file(source))
    assert written.parent == folder and written.read_bytes() == source.read_bytes()
    single = tmp_path / "copy.pdf"
    assert printer_from_target(f"file:{single}").print_file(source) == str(single)
    assert single.read_bytes() == source.read_bytes()


def test_file_printer_writes_zpl_copies(tmp_path: Path) -> None:
    source = tmp_path / "a.zpl"
    source.write_text("^XA^FDx^FS^XZ", encoding="utf-8")
    out = tmp_path / "b.zpl"
    FilePrinter(out).print_file(source, copies=4)
    assert out.read_text(encoding="utf-8") == "^XA^FDx^FS^PQ4^XZ"


def test_file_printer_reports_an_unwritable_place(tmp_path: Path) -> None:
    source = tmp_path / "a.zpl"
    source.write_text("^XA^XZ", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(PrinterError) as caught:
        FilePrinter(blocker / "inside.zpl").print_file(source)
    assert caught.value.key == "print_output_failed"


def test_document_checks(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        document_kind(tmp_path / "missing.pdf")
    assert caught.value.key == "print_file_missing"
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        document_kind(text)
    assert caught.value.key == "print_file_kind"
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        document_kind(fake)
    assert caught.value.key == "print_file_not_pdf"


def test_bad_targets_and_copies(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        printer_from_target("carrier-pigeon:loft")
    source = tmp_path / "a.zpl"
    source.write_text("^XA^XZ", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        FilePrinter(tmp_path / "b.zpl").print_file(source, copies=0)
    assert caught.value.key == "print_copies_bad"


# -- the queue ------------------------------------------------------------------------------


class JobLog:
    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.changes: list[PrintJob] = []

    def __call__(self, job: PrintJob) -> None:
        with self.cond:
            self.changes.append(job)
            self.cond.notify_all()

    def states(self, job_id: int) -> list[JobState]:
        with self.cond:
            return [j.state for j in self.changes if j.id == job_id]


def test_queue_runs_jobs_in_order_and_a_failed_job_can_be_retried(tmp_path: Path) -> None:
    log = JobLog()
    jobs = PrintQueue(on_change=log)
    try:
        missing = tmp_path / "later.zpl"
        out = tmp_path / "out"
        out.mkdir()
        present = tmp_path / "now.zpl"
        present.write_text("^XA^XZ", encoding="utf-8")
        first = jobs.submit(missing, f"file:{out}")
        second = jobs.submit(present, f"file:{out}", copies=2)
        assert jobs.wait_idle(10)
        failed = jobs.job(first.id)
        assert failed.state is JobState.FAILED and failed.can_retry
        assert failed.reason == f"The file {missing} does not exist"
        assert jobs.job(second.id).state is JobState.DONE
        assert log.states(first.id) == [JobState.QUEUED, JobState.PRINTING, JobState.FAILED]

        missing.write_text("^XA^FDlater^FS^XZ", encoding="utf-8")
        retried = jobs.retry(first.id)
        assert retried.state is JobState.QUEUED
        assert jobs.wait_idle(10)
        done = jobs.job(first.id)
        assert done.state is JobState.DONE and done.attempts == 2 and done.reason == ""
        assert Path(done.printed_to).read_text(encoding="utf-8") == "^XA^FDlater^FS^XZ"
        assert len(list(out.iterdir())) == 2
    finally:
        jobs.stop()


def test_queue_survives_a_broken_printer(tmp_path: Path) -> None:
    def broken(_target: str):
        raise RuntimeError("driver exploded")

    jobs = PrintQueue(printer_factory=broken)
    try:
        job = jobs.submit(tmp_path / "x.pdf", "system:X")
        assert jobs.wait_idle(10)
        failed = jobs.job(job.id)
        assert failed.state is JobState.FAILED
        assert "driver exploded" in failed.reason
    finally:
        jobs.stop()


def test_queue_jobs_always_set_the_shift_so_an_old_one_never_lingers(tmp_path: Path, fake_zebra):
    label = tmp_path / "plain.zpl"
    label.write_text("^XA^FO5,5^FS^XZ", encoding="utf-8")
    jobs = PrintQueue()
    try:
        jobs.submit(label, f"raw:{fake_zebra.address}")
        assert jobs.wait_idle(10)
    finally:
        jobs.stop()
    assert received_text(fake_zebra) == "^XA^LS0^LT0^FO5,5^FS^XZ"
