"""Sending a new box's label out, and making a van manifest, from the window.

Count reports of stock-takes and volunteer cards likewise.

Labels are rendered by `reports.labels` (the labels helper's renderer) into a PDF in the
labels folder (Settings), which is what "print to PDF" means until a printer is set up.
Should the renderer refuse the box (a format or a file it cannot write), a plain PDF with
the code and contents is written with Qt, so the volunteer still gets something to stick on
the box.  The renderer and the printer settings are imported when first used: a bench that
never prints does not pay for reportlab at start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from reports.formats import DEFAULT_FORMAT
from warehouse_desktop import config
from warehouse_desktop.bench import BoxInfo
from warehouse_desktop.errors import WarehouseError


def labels_folder(settings: QSettings | None = None) -> Path:
    default = config.data_dir() / "labels"
    value = settings.value("labels/folder", str(default)) if settings is not None else default
    folder = Path(str(value or default))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def label_printer(settings: QSettings | None) -> str | None:
    """The printer chosen for labels in Settings (hardware helper's store), if any."""
    if settings is None:
        return None
    from hardware.settings import HardwareSettings
    from ui.printer_settings import QSettingsStore

    fmt = str(settings.value("labels/format", "") or "") or DEFAULT_FORMAT
    try:
        return HardwareSettings(QSettingsStore(settings)).printer_for(fmt)
    except (WarehouseError, ValueError, TypeError):
        return None


def print_box_label(box: BoxInfo, settings: QSettings | None = None) -> Path | None:
    """Write the label of `box` as a PDF in the labels folder; returns the file."""
    try:
        folder = labels_folder(settings)
    except OSError:
        return None
    out = folder / f"label-{box.code}.pdf"
    fmt = str(settings.value("labels/format", "") or "") if settings is not None else ""
    from reports.labels import write_labels

    try:
        # No printer: one label on a page of its own size, not a whole A4 sheet.
        own_page = label_printer(settings) is None
        if fmt:
            write_labels("boxes", out, fmt, codes=[box.code], own_page=own_page)
        else:
            write_labels("boxes", out, codes=[box.code], own_page=own_page)
        return out
    except (WarehouseError, OSError, ValueError):
        return _plain_label(box, out)


def _plain_label(box: BoxInfo, out: Path) -> Path | None:
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QSizeF(100, 62), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(writer):
        return None
    try:
        big = QFont("Sans", 22, QFont.Weight.Bold)
        painter.setFont(big)
        rect = painter.viewport()
        painter.drawText(rect.adjusted(0, 0, 0, -rect.height() // 2), 0x84, box.category)
        painter.setFont(QFont("Sans", 14))
        text = f"{box.size}  ×{box.quantity}\n{box.code}"
        painter.drawText(rect.adjusted(0, rect.height() // 2, 0, 0), 0x84, text)
    finally:
        painter.end()
    return out


def manifest_pdf(code: str) -> Path | None:
    """The van manifest PDF of van load `code`, written by `reports.manifest`."""
    from reports.manifest import write_manifest

    folder = config.data_dir() / "manifests"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    out = folder / f"manifest-{code}.pdf"
    write_manifest(code, out)
    return out


def count_report_pdf(count_id: int) -> Path:
    """The count report of stock-take `count_id` as a PDF in the counts folder (who, when,
    where, found, missing, found here but recorded elsewhere), by the reports package."""
    from reports.count_report import write_count_report

    folder = config.data_dir() / "counts"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError("file_unwritable", path=str(folder), detail=exc.strerror) from exc
    return write_count_report(count_id, folder / f"count-{count_id}.pdf")


def write_volunteer_cards(
    people: list[tuple[str, str]], out: Path, fmt: str = "", *, lang: str = "en"
) -> Path:
    """Volunteer cards (name, barcode of the card code) into `out`, laid out by the label
    renderer's volunteer card.  No Qt: runs off the GUI thread."""
    from reports import labels

    fmt = fmt or DEFAULT_FORMAT
    contents = [labels.volunteer_card(name, code, lang) for name, code in people]
    job = labels.label_job(out, fmt)
    return labels.render_labels(labels.lay_out(contents, job), job)[0]
