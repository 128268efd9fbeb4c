"""The main window: the bench first, then stock, van loads, needs, catalogue and settings,
one tab each (Ctrl+1 … Ctrl+6).  Ctrl+Q quits.  The shift starts with a sign-in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QProxyStyle,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.backup_actions import install_backup_actions
from ui.bench_view import BenchView
from ui.dialogs import PinDialog, SignInDialog
from ui.sounds import Feedback
from warehouse_desktop.auth import OperatorInfo
from warehouse_desktop.bench import BenchService, BoxInfo, ScanResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class _PlacedNotAnimated(QProxyStyle):
    """The application's style, except that widget animations take no time.

    Set on the central widget only.  QMainWindow places its central widget through a
    zero-length QPropertyAnimation whenever the style animates widgets; the first event
    of that animation's Qt-internal timer reaching the application-wide scan filter makes
    PySide set up some 150 Qt classes it never otherwise needs (about 20 ms at start-up).
    With no animation the widget is placed directly, as the zero-length one did.
    """

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: ANN001, ANN201, N802
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, data)


class MainWindow(QMainWindow):
    wedge_changed = Signal(object)  # WedgeSettings chosen in Settings
    sounds_changed = Signal(bool)

    def __init__(
        self,
        service: BenchService,
        *,
        settings: QSettings,
        feedback: Feedback | None = None,
        language: Callable[[], str] = lambda: "en",
        set_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.feedback = feedback or Feedback(self)
        self._language = language
        self._set_language = set_language
        self.operator: OperatorInfo | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # A new instance of the application's style (a proxy would own one it is given).
        self._tabs_style = _PlacedNotAnimated(QApplication.style().name())
        self._tabs_style.setParent(self)
        self.tabs.setStyle(self._tabs_style)
        self.setCentralWidget(self.tabs)
        self.bench = BenchView(service, self.feedback, language=language, parent=self)
        self.bench.label_requested.connect(self.print_box_label)
        # Every page but the bench is built the first time it is shown (or asked for), so
        # the bench opens fast and a page that fails to build never keeps it from opening.
        self._builders: dict[str, Callable[[], QWidget]] = {
            "stock": self._build_stock,
            "van_loads": self._build_van_loads,
            "needs": self._build_needs,
            "catalogue": self._build_catalogue,
            "settings_page": self._build_settings,
            "print_jobs": self._build_print_jobs,
        }
        self._print_queue: object | None = None
        self._built: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self.tabs.addTab(self.bench, "")
        for key in self._builders:
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, "")
        self.tabs.currentChanged.connect(self._page_shown)
        for number in range(1, min(self.tabs.count(), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        for keys, slot in self.bench.bench_actions():
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(self._on_bench(slot))
            self.addAction(action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.sign_in_action = QAction(self)
        self.sign_in_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_in_action.triggered.connect(self.start_shift)
        self.addAction(self.sign_in_action)
        self.status_operator = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_operator)
        self.warehouse_menu = self.menuBar().addMenu("")
        self.backup_actions = install_backup_actions(self, self.warehouse_menu)
        self.print_menu = self.menuBar().addMenu("")
        self._report_actions_installed = False
        self.retranslate()

    def _on_bench(self, slot: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            # A bench key brings the bench forward, as a scan does: its result must be seen.
            self.tabs.setCurrentWidget(self.bench)
            slot()

        return run

    # --- pages built on demand -------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet."""
        built = self._built.get(key)
        if built is None:
            built = self._builders[key]()
            self._holders[key].layout().addWidget(built)
            self._built[key] = built
        return built

    @property
    def stock(self) -> QWidget:
        return self.page("stock")  # type: ignore[return-value]

    @property
    def van_loads(self) -> QWidget:
        return self.page("van_loads")  # type: ignore[return-value]

    @property
    def needs(self) -> QWidget:
        return self.page("needs")

    @property
    def catalogue(self) -> QWidget:
        return self.page("catalogue")

    @property
    def settings_page(self) -> QWidget:
        return self.page("settings_page")

    def _build_stock(self) -> QWidget:
        from ui.stock_view import StockView

        view = StockView(self)
        view.box_opened.connect(self.open_box)
        return view

    def _build_van_loads(self) -> QWidget:
        from ui import label_print
        from ui.van_loads import VanLoadsView

        view = VanLoadsView(self.service, manifest=label_print.manifest_pdf, parent=self)
        view.result.connect(self._van_load_result)
        view.box_opened.connect(self.open_box)
        return view

    def _build_needs(self) -> QWidget:
        from ui.needs_view import NeedsView

        view = NeedsView(self)
        view.reload()
        return view

    def _build_catalogue(self) -> QWidget:
        from ui.catalogue_view import CatalogueView

        view = CatalogueView(self.ask_pin, self)
        view.changed.connect(self._catalogue_changed)
        return view

    @property
    def print_queue(self) -> object | None:
        """The hardware helper's print queue (made on first use); None if unavailable."""
        if self._print_queue is None:
            try:
                from hardware.qt_print_queue import PrintQueueSignals
            except ImportError:
                return None
            self._print_queue = PrintQueueSignals(parent=self)
        return self._print_queue

    def _build_print_jobs(self) -> QWidget:
        try:
            from ui.print_jobs import PrintJobsView
        except ImportError:
            return QLabel(_tr("Printing is not available on this computer"), self)
        queue = self.print_queue
        if queue is None:
            return QLabel(_tr("Printing is not available on this computer"), self)
        view = PrintJobsView(queue, self)
        model = getattr(view, "model", None)
        failed = getattr(model, "job_failed", None)
        if failed is not None:
            failed.connect(self.statusBar().showMessage)
        return view

    def _build_settings(self) -> QWidget:
        from ui.settings_view import SettingsView

        view = SettingsView(
            self.settings, language=self._language, set_language=self._set_language, parent=self
        )
        view.wedge_changed.connect(self.wedge_changed)
        view.sounds_changed.connect(self.sounds_changed)
        return view

    def install_report_actions(self) -> bool:
        """The reports helper's Print menu (labels, sheets, manifest, needs list)."""
        if self._report_actions_installed:
            return True
        try:
            from ui.report_actions import install_report_actions
        except ImportError:
            return False
        install_report_actions(self, self.print_menu)
        self._report_actions_installed = True
        return True

    def reload_after_restore(self) -> None:
        """A backup replaced the database: forget every page built from the old one."""
        for widget in self._built.values():
            widget.setParent(None)
            widget.deleteLater()
        self._built.clear()
        self.bench.refresh_context()
        self._page_shown(self.tabs.currentIndex())

    def retranslate(self) -> None:
        self.warehouse_menu.setTitle(_tr("&Warehouse"))
        self.backup_actions.retranslate()
        self.print_menu.setTitle(_tr("P&rint"))
        self.setWindowTitle(_tr("Warehouse bench — {bench}").format(bench=self.service.bench))
        titles = [
            _tr("&Bench"),
            _tr("&Stock"),
            _tr("&Van loads"),
            _tr("&Needs"),
            _tr("Ca&talogue"),
            _tr("Se&ttings"),
            _tr("&Print jobs"),
        ]
        for index, title in enumerate(titles[: self.tabs.count()]):
            self.tabs.setTabText(index, f"{title}  (Ctrl+{index + 1})")
        self.quit_action.setText(_tr("Quit"))
        self.sign_in_action.setText(_tr("Change volunteer"))
        self._show_operator()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_operator(self) -> None:
        if self.operator is None:
            self.status_operator.setText(_tr("Nobody signed in (Ctrl+L)"))
        else:
            self.status_operator.setText(
                _tr("Signed in: {name} (Ctrl+L to change)").format(name=self.operator.name)
            )

    # --- shift ------------------------------------------------------------------------

    def start_shift(self) -> SignInDialog:
        """Open the sign-in dialog (window-modal, does not block the event loop)."""
        dialog = SignInDialog(self, name=self.operator.name if self.operator else "")
        # The main window is blocked while the dialog is up: Ctrl+Q must still quit.
        dialog.addAction(self.quit_action)
        dialog.accepted.connect(lambda: self.signed_in(dialog.operator))
        dialog.open()
        return dialog

    def signed_in(self, operator: OperatorInfo | None) -> None:
        if operator is None:
            return
        self.operator = operator
        self.service.set_operator(operator.name)
        self._show_operator()
        self.bench.refresh_context()

    def ask_pin(self, reason: str) -> tuple[str, str] | None:
        name = self.operator.name if self.operator and self.operator.is_coordinator else ""
        dialog = PinDialog(self, name=name, action=reason)
        dialog.addAction(self.quit_action)
        if dialog.exec() != PinDialog.DialogCode.Accepted:
            return None
        return dialog.credentials()

    # --- scans and pages ----------------------------------------------------------------

    def handle_scan(self, raw: str) -> ScanResult | None:
        """Every scan, from the wedge filter or a serial scanner, lands here."""
        if self.tabs.currentWidget() is not self.bench:
            # The result must be seen: the bench comes forward.
            self.tabs.setCurrentWidget(self.bench)
        return self.bench.handle_scan(raw)

    def _page_shown(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if holder is self.bench:
            self.bench.refresh_context()
            return
        key = next((k for k, h in self._holders.items() if h is holder), None)
        if key is None:
            return
        fresh = key not in self._built
        page = self.page(key)
        if fresh:
            return  # just built: already current
        if key == "stock":
            self.stock.reload_choices()
        else:
            reload = getattr(page, "reload", None)
            if reload is not None:
                reload()

    def _van_load_result(self, result: ScanResult) -> None:
        self.bench.show_result(result)

    def _catalogue_changed(self) -> None:
        self.bench.reload_categories()

    def open_box(self, code: str) -> QDialog:
        from ui.box_detail import BoxDetailDialog

        dialog = BoxDetailDialog(code, self.ask_pin, bench=self.service.bench, parent=self)
        dialog.addAction(self.quit_action)
        dialog.finished.connect(self._box_closed)
        dialog.open()
        return dialog

    def _box_closed(self, _result: int) -> None:
        dialog = self.sender()
        if getattr(dialog, "changed", False) and "stock" in self._built:
            self.stock.model.reload()

    def print_box_label(self, box: BoxInfo) -> Path | None:
        from ui import label_print

        path = label_print.print_box_label(box, self.settings)
        target = label_print.label_printer(self.settings)
        if path is not None and target and self.print_queue is not None:
            self.print_queue.queue.submit(path, target, title=box.code)  # type: ignore[attr-defined]
            self.statusBar().showMessage(
                _tr("Label for {code} sent to {target}").format(code=box.code, target=target),
                8000,
            )
            return path
        if path is not None:
            self.statusBar().showMessage(
                _tr("Label for {code} sent to {target}").format(code=box.code, target=str(path)),
                8000,
            )
            # Said where the volunteer looks: no label comes out of a printer.
            banner = self.bench.banner
            banner.show_result(
                bool(banner.ok),
                banner.text()
                + "\n"
                + _tr("No printer set up: label saved as {path}").format(path=path.name),
            )
        return path

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
