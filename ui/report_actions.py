"""Menu actions for every label and sheet, each opening a print preview.

    from ui.report_actions import install_report_actions
    install_report_actions(main_window, main_window.menuBar().addMenu("&Print"), print_jobs)

`install_report_actions(window, menu, jobs)` adds: box labels, blank box labels, shelf labels,
van-load labels, bench cards (each asks for format, codes, skip, calibration offset and
label language), the end-of-day stock sheet, a van manifest (pick the load), the needs
list (and an export as PDF, text or CSV), and "Close the day" (stock sheet written to a
folder, then a backup of the database).  Files are made by `reports` on a worker thread,
so the window keeps answering scans; the preview opens when the file is ready.

`window.settings` (a QSettings), when present, keeps the last choices under `reports/`.
Errors are shown as one plain sentence, never a traceback.
"""

from __future__ import annotations

import tempfile
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from hardware.qt_print_queue import PrintQueueSignals
from reports.formats import FORMATS
from reports.labels import CARD_GROUPS, DEFAULT_CARD_GROUPS, LANGUAGE_NAMES
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import FORMAT_NAMES
from ui.messages import name as translated_name
from ui.print_preview import PrintPreviewDialog
from ui.scan_filter import accept_scans
from ui.worker import run_in_background
from warehouse_desktop import config, localtime
from warehouse_desktop.errors import WarehouseError

# "" = the label languages set for every bench (reports.labels.label_languages).
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("ReportActions", "As set for every bench")),
    *((code, LANGUAGE_NAMES[code]) for code in ("fr", "ar", "ps", "fa", "ku", "ti", "en")),
)


_Result = typing.TypeVar("_Result")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


# The kinds of bench card a person can tick (reports.labels.CARD_GROUPS).
CARD_GROUP_TITLES = {
    "categories": QT_TRANSLATE_NOOP("ReportActions", "Category cards"),
    "sizes": QT_TRANSLATE_NOOP("ReportActions", "Size cards (one per size of each category)"),
    "commands": QT_TRANSLATE_NOOP("ReportActions", "Command cards (CHECK IN, LOAD, UNDO…)"),
    "quantities": QT_TRANSLATE_NOOP("ReportActions", "Quantity cards (items per box)"),
    "expiry": QT_TRANSLATE_NOOP("ReportActions", "Expiry cards (+3, +6, +12 months)"),
    "volunteers": QT_TRANSLATE_NOOP("ReportActions", "Volunteer cards"),
}


class LabelOptionsDialog(QDialog):
    """Format, codes (or all), count, skip, calibration offset and language for labels."""

    def __init__(
        self, kind: str, settings: QSettings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.settings = settings
        self.setWindowTitle(_tr("Label options"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        self.format = QComboBox()
        for fmt in FORMATS.values():
            self.format.addItem(translated_name(FORMAT_NAMES, fmt.name), fmt.name)
        self.codes = accept_scans(QLineEdit())  # a scanned code lands here, not on the bench
        self.codes.setPlaceholderText(_tr("all (or codes separated by spaces)"))
        self.count = QSpinBox()
        self.count.setRange(1, 500)
        self.count.setValue(14)
        self.skip = QSpinBox()
        self.skip.setRange(0, 13)
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-20.0, 20.0)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(_tr(name) if not code else name, code)
        form.addRow(_tr("Format"), self.format)
        if kind in ("boxes", "shelves", "vans"):
            form.addRow(_tr("Codes"), self.codes)
        if kind == "blank":
            form.addRow(_tr("How many labels"), self.count)
        form.addRow(_tr("Used positions to skip"), self.skip)
        form.addRow(_tr("Move right"), self.offset_x)
        form.addRow(_tr("Move down"), self.offset_y)
        if kind in ("boxes", "cards"):
            form.addRow(_tr("Second language"), self.language)
        # Which bench cards: the whole set is a dozen pages, most benches need a few.
        self.card_boxes: dict[str, QCheckBox] = {}
        if kind == "cards":
            for group in CARD_GROUPS:
                box = QCheckBox(_tr(CARD_GROUP_TITLES[group]))
                box.toggled.connect(lambda _on: self._cards_changed())
                self.card_boxes[group] = box
                form.addRow(_tr("Print") if group == CARD_GROUPS[0] else "", box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._load()

    def _value(self, key: str, default: object) -> object:
        return (
            self.settings.value(f"reports/{key}", default) if self.settings is not None else default
        )

    def _load(self) -> None:
        index = self.format.findData(str(self._value("format", "l7163")))
        self.format.setCurrentIndex(max(0, index))
        self._format_changed()
        try:
            self.offset_x.setValue(float(self._value("offset_x", 0.0)))  # type: ignore[arg-type]
            self.offset_y.setValue(float(self._value("offset_y", 0.0)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            pass
        index = self.language.findData(str(self._value("language", "")))
        self.language.setCurrentIndex(max(0, index))
        chosen = str(self._value("cards", ",".join(DEFAULT_CARD_GROUPS))).split(",")
        if not set(chosen) & set(CARD_GROUPS):
            chosen = list(DEFAULT_CARD_GROUPS)
        for group, box in self.card_boxes.items():
            box.setChecked(group in chosen)
        self._cards_changed()

    def _cards_changed(self) -> None:
        # Nothing ticked, nothing to print: OK waits for a kind of card.
        if self.card_boxes:
            self.ok_button.setEnabled(bool(self.chosen_cards()))

    def chosen_cards(self) -> tuple[str, ...]:
        return tuple(group for group, box in self.card_boxes.items() if box.isChecked())

    def _format_changed(self) -> None:
        fmt = FORMATS[self.format.currentData()]
        self.skip.setMaximum(fmt.per_page - 1)
        self.skip.setEnabled(fmt.per_page > 1)

    def save(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("reports/format", self.format.currentData())
        self.settings.setValue("reports/offset_x", self.offset_x.value())
        self.settings.setValue("reports/offset_y", self.offset_y.value())
        self.settings.setValue("reports/language", self.language.currentData())
        if self.card_boxes:
            self.settings.setValue("reports/cards", ",".join(self.chosen_cards()))

    def options(self) -> dict[str, Any]:
        codes = self.codes.text().split()
        return {
            "fmt": self.format.currentData(),
            "codes": codes or None,
            "count": self.count.value(),
            "skip": self.skip.value() if self.skip.isEnabled() else 0,
            "offset": (self.offset_x.value(), self.offset_y.value()),
            "lang": self.language.currentData() or None,
            "only": self.chosen_cards() or None,
        }


class ReportActions(QObject):
    """The report menu's logic; one per window (find it with window.findChild)."""

    preview_opened = Signal(object)  # the PrintPreviewDialog
    failed = Signal(str)  # one plain sentence
    day_closed = Signal(object, object)  # stock sheet path, backup path (or None)

    def __init__(self, window: QWidget, menu: QMenu, jobs: PrintQueueSignals) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = jobs
        self.settings: QSettings | None = getattr(window, "settings", None)
        if not isinstance(self.settings, QSettings):
            self.settings = None
        self.folder = Path(tempfile.mkdtemp(prefix="warehouse-print-"))
        self.busy = False
        self.menu = menu
        # (action or submenu, its text): set again on a live language switch.
        self._texts: list[tuple[QAction | QMenu, Callable[[], str]]] = []
        label_menu = menu.addMenu("")
        self._texts.append((label_menu, lambda: _tr("&Labels")))
        for kind, text in (
            ("boxes", lambda: _tr("&Box labels…")),
            ("blank", lambda: _tr("B&lank box labels…")),
            ("shelves", lambda: _tr("&Shelf labels…")),
            ("vans", lambda: _tr("&Van-load labels…")),
            ("cards", lambda: _tr("Bench &cards…")),
        ):
            action = label_menu.addAction("")
            action.setObjectName(f"report-labels-{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.ask_labels(k))
            self._texts.append((action, text))
        menu.addSeparator()
        for name, text, slot in (
            ("stock-sheet", lambda: _tr("End-of-day &stock sheet"), self.stock_sheet),
            ("manifest", lambda: _tr("Van &manifest…"), self.ask_manifest),
            ("needs", lambda: _tr("&Needs list"), self.needs_list),
            ("export-needs", lambda: _tr("&Export needs list…"), self.export_needs),
        ):
            action = menu.addAction("")
            action.setObjectName(f"report-{name}")
            action.triggered.connect(slot)
            self._texts.append((action, text))
        menu.addSeparator()
        close_day = menu.addAction("")
        close_day.setObjectName("report-close-day")
        close_day.triggered.connect(self.ask_close_the_day)
        self._texts.append((close_day, lambda: _tr("&Close the day…")))
        menu.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Every menu text in the window's language (the menu is rebuilt in place)."""
        for item, text in self._texts:
            if isinstance(item, QMenu):
                item.setTitle(text())
            else:
                item.setText(text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- running work off the GUI thread ------------------------------------------

    def run(self, work: Callable[[], _Result], then: Callable[[_Result], object]) -> bool:
        """Run `work` on a worker thread, then `then(result)` back on the GUI thread."""
        if self.busy:
            return False
        self.busy = True
        run_in_background(
            work,
            owner=self,
            done=lambda result: self._deliver(then, result),
            failed=self._failed,
            name="report-job",
        )
        return True

    def _deliver(self, then: Callable[[Any], object], result: object) -> None:
        self.busy = False
        then(result)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, WarehouseError):
            self._show_error(str(exc))
        else:
            self._show_error(_tr("Something went wrong: {error}").format(error=exc))

    def _show_error(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)
        QMessageBox.warning(self.window, _tr("Not printed"), message)

    def configured_printer(self, fmt: str) -> tuple[str | None, tuple[float, float]]:
        """The printer set up for `fmt` in Settings (else the default) and its offset."""
        if self.settings is None:
            return None, (0.0, 0.0)
        # Imported on first print, not with the Print menu: they bring pyserial along.
        from hardware.settings import HardwareSettings
        from ui.printer_settings import QSettingsStore

        hardware = HardwareSettings(QSettingsStore(self.settings))
        target = hardware.printer_for(fmt)
        return target, hardware.calibration_offset(target) if target else (0.0, 0.0)

    def preview(self, path: Path, title: str, fmt: str = "sheet") -> PrintPreviewDialog:
        """Open the preview; Print goes to the printer set up for `fmt`, if any."""
        target, offset = self.configured_printer(fmt)
        dialog = PrintPreviewDialog(
            path, title, self.window, jobs=self.jobs, printer_target=target, offset_mm=offset
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview_opened.emit(dialog)
        return dialog

    def _out(self, stem: str) -> Path:
        # The warehouse's local time in the name, as the person saving it reads the clock.
        return self.folder / f"{stem}-{localtime.now():%Y%m%d-%H%M%S-%f}.pdf"

    # --- labels --------------------------------------------------------------------

    @Slot()
    def ask_labels(self, kind: str, codes: list[str] | None = None) -> LabelOptionsDialog:
        """The label options dialog for `kind`, its Codes filled with `codes` if given."""
        dialog = LabelOptionsDialog(kind, self.settings, self.window)
        if codes:
            dialog.codes.setText(" ".join(codes))

        def accepted() -> None:
            dialog.save()
            self.make_labels(kind, **dialog.options())

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def make_labels(
        self,
        kind: str,
        *,
        fmt: str = "l7163",
        codes: list[str] | None = None,
        count: int = 14,
        skip: int = 0,
        offset: tuple[float, float] = (0.0, 0.0),
        lang: str | None = None,
        only: tuple[str, ...] | None = None,
    ) -> bool:
        """Make labels of `kind` as a PDF on a worker thread and preview them; `only` the
        kinds of bench card (default: category and command cards)."""
        from reports.labels import write_labels

        out = self._out(f"labels-{kind}")
        window_language = QLocale().name()[:2]  # the window's language, set on switching
        titles = {
            "boxes": _tr("Box labels"),
            "blank": _tr("Blank box labels"),
            "shelves": _tr("Shelf labels"),
            "vans": _tr("Van-load labels"),
            "cards": _tr("Bench cards"),
        }
        return self.run(
            lambda: write_labels(
                kind,
                out,
                fmt,
                codes=codes,
                count=count,
                skip=skip,
                offset=offset,
                lang=lang,
                window_language=window_language,
                only=only,
            )[0],
            lambda path: self.preview(path, titles.get(kind, kind), fmt),
        )

    # --- sheets --------------------------------------------------------------------

    def volunteer(self) -> str:
        """The volunteer signed in at this bench: the sheets name who exported them."""
        service = getattr(getattr(self.window, "bench", None), "service", None)
        return str(getattr(service, "operator", "") or "")

    @Slot()
    def stock_sheet(self) -> bool:
        from reports.stock_sheet import write_stock_sheet

        out = self._out("stock-sheet")
        who = self.volunteer()
        return self.run(
            lambda: write_stock_sheet(out, exported_by=who),
            lambda path: self.preview(path, _tr("End-of-day stock sheet")),
        )

    @Slot()
    def ask_manifest(self) -> None:
        from reports.manifest import loads_with_boxes

        loads = loads_with_boxes()
        if not loads:
            QMessageBox.information(
                self.window, _tr("Van manifest"), _tr("There is no van load yet.")
            )
            return
        items = [f"{code} — {destination} ({state})" for code, destination, state in loads]
        choice, ok = QInputDialog.getItem(
            self.window, _tr("Van manifest"), _tr("Van load:"), items, 0, False
        )
        if ok and choice:
            self.manifest(choice.split(" — ", 1)[0])

    def manifest(self, code: str) -> bool:
        from reports.manifest import write_manifest

        out = self._out(f"manifest-{code}")
        return self.run(
            lambda: write_manifest(code, out),
            lambda path: self.preview(path, _tr("Van manifest {code}").format(code=code)),
        )

    @Slot()
    def needs_list(self) -> bool:
        from reports.needs import write_needs

        out = self._out("needs")

        def work() -> Path:
            write_needs(out)
            return out

        return self.run(
            work,
            lambda path: self.preview(path, _tr("Needs list")),
        )

    @Slot()
    def export_needs(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            _tr("Export needs list"),
            str(Path.home() / "needs.txt"),
            _tr("Text to post (*.txt);;PDF (*.pdf);;Spreadsheet (*.csv)"),
        )
        if target:
            self.export_needs_to(Path(target))

    def export_needs_to(self, path: Path) -> bool:
        from reports.needs import write_needs

        return self.run(lambda: write_needs(path), lambda _result: None)

    # --- close the day ---------------------------------------------------------------

    def close_day_folder(self) -> Path:
        default = config.data_dir() / "stock-sheets"
        value = self.settings.value("reports/close_day_folder", "") if self.settings else ""
        return Path(str(value)) if value else default

    @Slot()
    def ask_close_the_day(self) -> None:
        """The first time, ask where the day's stock sheets go; then close the day."""
        if self.settings is not None and not self.settings.value("reports/close_day_folder", ""):
            folder = QFileDialog.getExistingDirectory(
                self.window,
                _tr("Folder for the end-of-day stock sheets"),
                str(self.close_day_folder()),
            )
            if not folder:
                return
            self.settings.setValue("reports/close_day_folder", folder)
        self.close_the_day()

    @Slot()
    def close_the_day(self) -> bool:
        """Write today's stock sheet to the close-the-day folder, then back up the database."""
        folder = self.close_day_folder()

        who = self.volunteer()

        def work() -> tuple[Path, Path | None]:
            from reports.stock_sheet import write_stock_sheet
            from warehouse_desktop.backup import backup_sqlite
            from warehouse_desktop.db import sqlite_path

            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WarehouseError(
                    "file_unwritable", path=str(folder), detail=exc.strerror
                ) from exc
            today = localtime.today()  # the warehouse's day, not UTC's
            sheet = write_stock_sheet(
                folder / f"stock-sheet-{today.isoformat()}.pdf", today, exported_by=who
            )
            db_path = sqlite_path()
            backup = backup_sqlite(db_path, reason="end-of-day") if db_path else None
            return sheet, backup

        def done(result: tuple[Path, Path | None]) -> None:
            sheet, backup = result
            dialog = self.preview(sheet, _tr("End-of-day stock sheet"))
            if backup is not None:
                note = _tr("Saved to {sheet}; database backed up to {backup}")
            else:
                note = _tr("Saved to {sheet} (the shared database is backed up on its server)")
            dialog.info.setText(note.format(sheet=sheet, backup=backup))
            self.day_closed.emit(sheet, backup)

        return self.run(work, done)


def install_report_actions(window: QWidget, menu: QMenu, jobs: PrintQueueSignals) -> None:
    """Add every label and sheet action to `menu`; each opens a print preview that prints
    through `jobs` (the window's print queue).

    The actions live as long as `window`; `window.findChild(ReportActions)` reaches them.
    """
    ReportActions(window, menu, jobs)
