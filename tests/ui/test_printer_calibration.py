"""A printer's calibration offset saved in Settings is refused when it would push a
barcode off one of the labels that printer prints, as the label dialog and `labels` do."""

from __future__ import annotations

import pytest

from hardware.print_queue import PrintQueue
from hardware.qt_print_queue import PrintQueueSignals
from hardware.settings import MemorySettings
from ui.printer_settings import PrinterSettingsPage

ROLL = "raw:10.0.0.5:9100"


@pytest.fixture
def page(qtbot):
    store = MemorySettings()
    jobs = PrintQueueSignals(PrintQueue())
    page = PrinterSettingsPage(store, jobs, system_printers=[])
    qtbot.addWidget(page)
    page.raw_address.setText("10.0.0.5:9100")
    assert page.store_raw_address()
    combo = page.format_printers["62x100"]
    combo.setCurrentIndex(combo.findData(ROLL))
    yield page
    jobs.stop()


def test_an_offset_that_cuts_the_barcode_is_not_saved(page) -> None:
    settings = page.hardware
    page.calibration_format.setCurrentIndex(page.calibration_format.findData("62x100"))
    page.offset_x.setValue(3.0)  # the roll printer prints 62x100 only: 3 mm fits
    assert settings.calibration_offset(ROLL) == (3.0, 0.0)
    assert page.message.text() == ""
    page.offset_x.setValue(10.0)  # the barcode would leave the 62 mm label
    assert settings.calibration_offset(ROLL) == (3.0, 0.0)  # the last good one stays
    assert page.message.text().startswith("Not saved: A calibration offset of 10 mm right")
    assert "barcode off the label" in page.message.text()
    page.offset_x.setValue(-2.0)
    assert settings.calibration_offset(ROLL) == (-2.0, 0.0) and page.message.text() == ""
    page.offset_y.setValue(10.0)  # down off the bottom edge
    assert settings.calibration_offset(ROLL) == (-2.0, 0.0)


def test_the_offset_of_a_printer_fits_every_format_it_prints(page) -> None:
    # The system printer prints the sheet formats: 3 mm fits a roll label, not an L7163 one.
    settings = page.hardware
    page.calibration_format.setCurrentIndex(page.calibration_format.findData("4x6"))
    assert page.calibration_target() == "system:"
    page.offset_x.setValue(3.0)
    assert settings.calibration_offset("system:") == (0.0, 0.0)
    assert "Not saved" in page.message.text()
    page.offset_x.setValue(1.0)
    assert settings.calibration_offset("system:") == (1.0, 0.0)
