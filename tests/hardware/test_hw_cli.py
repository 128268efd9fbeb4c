"""`warehouse-desktop print`: real subprocesses, real listeners, real CUPS."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from hardware.label_formats import page_format
from hardware.test_label import test_label_pdf


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "warehouse_desktop", "print", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def assert_one_clean_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr == f"warehouse-desktop: {expected}\n"


@pytest.fixture
def label_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "label.pdf"
    path.write_bytes(test_label_pdf(page_format("62x100")))
    return path


def test_print_zpl_to_a_raw_printer(tmp_path: Path, fake_zebra) -> None:
    label = tmp_path / "box.zpl"
    label.write_text("^XA^FO20,20^A0N,30,30^FH^FD_41_42^FS^XZ\n", encoding="utf-8")
    result = run_cli(str(label), "--raw", fake_zebra.address, "--copies", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Sent {label} to {fake_zebra.address} (2 copies)\n"
    assert fake_zebra.done.wait(10)
    assert fake_zebra.received.decode() == "^XA^FO20,20^A0N,30,30^FH^FD_41_42^FS^PQ2^XZ\n"


def test_refused_raw_printer(tmp_path: Path, refused_address: str) -> None:
    label = tmp_path / "box.zpl"
    label.write_text("^XA^XZ", encoding="utf-8")
    assert_one_clean_line(
        run_cli(str(label), "--raw", refused_address),
        f"The label printer at {refused_address} refused the connection: "
        "is it switched on and is the address right?",
    )


def test_raw_printer_that_never_reads(tmp_path: Path, deaf_zebra: str) -> None:
    label = tmp_path / "big.zpl"
    label.write_text("^XA^GFA,1,1,1," + "0" * 4_000_000 + "^XZ", encoding="utf-8")
    assert_one_clean_line(
        run_cli(str(label), "--raw", deaf_zebra, "--timeout", "0.5"),
        f"The label printer at {deaf_zebra} stopped taking data for 0.5 s: "
        "check paper and ribbon, then retry",
    )


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    assert_one_clean_line(
        run_cli(str(missing), "--raw", "127.0.0.1:9100"), f"The file {missing} does not exist"
    )


def test_bad_address_and_nothing_to_print(label_pdf: Path) -> None:
    assert_one_clean_line(
        run_cli(str(label_pdf), "--raw", "printer:port"),
        "printer:port is not a printer address: write HOST:PORT, for example 192.168.1.50:9100",
    )
    assert_one_clean_line(
        run_cli(), "Give the FILE to print, or use --list-printers or --list-scanners"
    )


def test_zpl_without_raw_printer(tmp_path: Path) -> None:
    label = tmp_path / "box.zpl"
    label.write_text("^XA^XZ", encoding="utf-8")
    assert_one_clean_line(
        run_cli(str(label)),
        f"{label} is ZPL: send it to a label printer with --raw HOST:PORT",
    )


def test_copy_to_a_file(tmp_path: Path, label_pdf: Path) -> None:
    out = tmp_path / "copy.pdf"
    result = run_cli(str(label_pdf), "--to", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == label_pdf.read_bytes()


def test_list_scanners() -> None:
    result = run_cli("--list-scanners")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


@pytest.mark.cups
def test_print_to_cups_and_list_printers(cups_pdf, label_pdf: Path, tmp_path: Path) -> None:
    titled = tmp_path / f"wh-cli-{uuid.uuid4().hex[:8]}.pdf"
    titled.write_bytes(label_pdf.read_bytes())
    result = run_cli(str(titled), "--printer", cups_pdf.queue)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Sent {titled} to {cups_pdf.queue} (1 copy)\n"
    assert cups_pdf.wait_for_pdf(titled.stem)

    listed = run_cli("--list-printers")
    assert listed.returncode == 0, listed.stderr
    assert any(line.startswith(cups_pdf.queue) for line in listed.stdout.splitlines())


@pytest.mark.cups
def test_unknown_printer(cups_pdf, label_pdf: Path) -> None:
    assert_one_clean_line(
        run_cli(str(label_pdf), "--printer", "Not_A_Printer"),
        "There is no printer called Not_A_Printer: choose one in Settings (Printers), or list them with print --list-printers",
    )


def test_calibration_offset_on_the_command_line(tmp_path: Path, fake_zebra) -> None:
    label = tmp_path / "box.zpl"
    label.write_text("^XA^FO5,5^FS^XZ", encoding="utf-8")
    assert_one_clean_line(
        run_cli(str(label), "--raw", fake_zebra.address, "--offset-x", "25"),
        "The calibration offset must be within ±20 mm",
    )
    result = run_cli(str(label), "--raw", fake_zebra.address, "--offset-x", "-2.5")
    assert result.returncode == 0, result.stderr
    assert fake_zebra.done.wait(10)
    assert fake_zebra.received.decode() == "^XA^LS20^LT0^FO5,5^FS^XZ"
