"""The main window: the bench first, then stock, van loads, needs, catalogue, settings,
print jobs, volunteers and stock-takes, one tab each (Ctrl+1 … Ctrl+9).  Ctrl+Q quits.

The shift starts with a sign-in: a volunteer card scanned, or a name typed; Ctrl+L signs
out.  Scans go where the volunteer is looking: on the bench they are routed by the bench
service; on any other page (or with a box's detail open) they only look: the box's
detail opens and nothing changes.
"""

from __future__ import annotations

import typing
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

from hardware.qt_print_queue import PrintQueueSignals
from ui.backup_actions import install_backup_actions
from ui.bench_view import BenchView
from ui.dialogs import PinDialog, SignInDialog
from ui.messages import tr_message
from ui.sounds import Feedback

if typing.TYPE_CHECKING:
    from hardware.qt_print_queue import PrintQueueSignals
    from ui.report_actions import ReportActions
    from ui.settings_view import SettingsView
    from ui.stock_view import StockView
    from ui.van_loads import VanLoadsView
from warehouse_desktop import codes
from warehouse_desktop.auth import OperatorInfo
from warehouse_desktop.bench import BenchService, BoxInfo, ScanAction, ScanResult
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.coordinator_session import CoordinatorSession
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.models import Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _owned_by(widget: QWidget, window: QWidget) -> bool:
    """Is `widget` (a dialog, its own window) opened from `window`?"""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class _PlacedNotAnimated(QProxyStyle):
    """The application's style, except that widget animations take no time.

    Set on the central widget only.  QMainWindow places its central widget through a
    zero-length QPropertyAnimation whenever the style animates widgets; the first event
    of that animation's Qt-internal timer reaching the application-wide scan filter makes
    PySide set up some 150 Qt classes it never otherwise needs (about 20 ms at start-up).
    With no animation the widget is placed directly, as the zero-length one did.
    """

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: ANN001, ANN202, N802
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
        print_jobs: PrintQueueSignals,
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
        # The coordinator PIN is asked once per session (sign-out or 10 idle minutes end it).
        self.coordinator = CoordinatorSession()
        self._box_dialogs: dict[str, QDialog] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # A new instance of the application's style (a proxy would own one it is given).
        self._tabs_style = _PlacedNotAnimated(QApplication.style().name())
        self._tabs_style.setParent(self)
        self.tabs.setStyle(self._tabs_style)
        self.setCentralWidget(self.tabs)
        self.bench = BenchView(service, self.feedback, language=language, parent=self)
        self.bench.label_requested.connect(self.print_box_label)
        self.bench.volunteer_changed.connect(self._volunteer_changed)
        self._sign_in_dialog: SignInDialog | None = None
        # The box detail open now (a scan away from the bench opens the next one instead).
        self.box_dialog: QDialog | None = None
        self.last_look: ScanResult | None = None
        # Every page but the bench is built the first time it is shown (or asked for), so
        # the bench opens fast and a page that fails to build never keeps it from opening.
        self._builders: dict[str, Callable[[], QWidget]] = {
            "stock": self._build_stock,
            "van_loads": self._build_van_loads,
            "needs": self._build_needs,
            "catalogue": self._build_catalogue,
            "settings_page": self._build_settings,
            "print_jobs": self._build_print_jobs,
            "volunteers": self._build_volunteers,
            "counts": self._build_counts,
            "reports": self._build_reports,
        }
        # The program's one print queue (made by `ui.app`): every print is a job in it.
        self.print_queue = print_jobs
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
        self.sign_in_action.triggered.connect(self.sign_out)
        self.addAction(self.sign_in_action)
        self.status_operator = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_operator)
        self.warehouse_menu = self.menuBar().addMenu("")
        self.backup_actions = install_backup_actions(self, self.warehouse_menu)
        from ui.export_actions import install_export_actions

        self.export_actions = install_export_actions(self, self.warehouse_menu)
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
            layout = self._holders[key].layout()
            assert layout is not None  # every holder is made with its layout
            layout.addWidget(built)
            self._built[key] = built
        return built

    @property
    def stock(self) -> StockView:
        return typing.cast("StockView", self.page("stock"))

    @property
    def van_loads(self) -> VanLoadsView:
        return typing.cast("VanLoadsView", self.page("van_loads"))

    @property
    def needs(self) -> QWidget:
        return self.page("needs")

    @property
    def catalogue(self) -> QWidget:
        return self.page("catalogue")

    @property
    def settings_page(self) -> SettingsView:
        return typing.cast("SettingsView", self.page("settings_page"))

    def _build_stock(self) -> QWidget:
        from ui.stock_view import StockView

        view = StockView(self)
        view.box_opened.connect(self.open_box)
        return view

    def _build_van_loads(self) -> QWidget:
        from ui import label_print
        from ui.van_loads import VanLoadsView

        view = VanLoadsView(
            self.service, manifest=label_print.manifest_pdf, ask_pin=self.ask_pin, parent=self
        )
        view.result.connect(self._van_load_result)
        view.box_opened.connect(self.open_box)
        return view

    def _build_needs(self) -> QWidget:
        from ui.needs_view import NeedsView

        view = NeedsView(self, run=self.run_report_job)
        view.reload()
        return view

    @property
    def volunteers(self) -> QWidget:
        return self.page("volunteers")

    @property
    def counts(self) -> QWidget:
        return self.page("counts")

    def _build_volunteers(self) -> QWidget:
        from ui.volunteers_view import VolunteersView

        view = VolunteersView(self.ask_pin, print_cards=self.print_volunteer_cards, parent=self)
        return view

    def _build_counts(self) -> QWidget:
        from ui.counts_view import CountsView

        view = CountsView(
            self.ask_pin,
            bench=self.service.bench,
            report=self.print_count_report,
            parent=self,
        )
        view.box_opened.connect(self.open_box)
        return view

    def _build_reports(self) -> QWidget:
        from ui.reports_page import ReportsPage

        return ReportsPage(self.run_report_job, self)

    def run_report_job(self, work: Callable[[], object], then: Callable[[object], None]) -> bool:
        """`work` on the Print menu's worker thread, then `then(result)` on the GUI thread."""
        actions = self._report_actions()
        return bool(actions is not None and actions.run(work, then))

    def _build_catalogue(self) -> QWidget:
        from ui.catalogue_view import CatalogueView

        view = CatalogueView(self.ask_pin, self, print_location_label=self.print_location_label)
        view.changed.connect(self._catalogue_changed)
        return view

    def print_location_label(self, code: str) -> QDialog | None:
        """The shelf-label dialog (Print menu's) for one location, e.g. a new shelf."""
        from ui.report_actions import ReportActions

        self.install_report_actions()
        actions = self.findChild(ReportActions)
        return actions.ask_labels("shelves", [code]) if actions is not None else None

    def _build_print_jobs(self) -> QWidget:
        from ui.print_jobs import PrintJobsView

        view = PrintJobsView(self.print_queue, self)
        view.model.job_failed.connect(self.statusBar().showMessage)
        return view

    def _build_settings(self) -> QWidget:
        from ui.settings_view import SettingsView

        view = SettingsView(
            self.settings,
            language=self._language,
            set_language=self._set_language,
            ask_pin=self.ask_pin,
            unlocked=lambda: self.coordinator.active,
            print_jobs=self.print_queue,
            parent=self,
        )
        view.wedge_changed.connect(self.wedge_changed)
        view.sounds_changed.connect(self.sounds_changed)
        return view

    def install_report_actions(self) -> None:
        """The reports helper's Print menu (labels, sheets, manifest, needs list)."""
        if self._report_actions_installed:
            return
        from ui.report_actions import install_report_actions

        install_report_actions(self, self.print_menu, self.print_queue)
        self._report_actions_installed = True
        self.print_menu.addSeparator()
        self.volunteer_cards_action = self.print_menu.addAction(_tr("&Volunteer cards…"))
        self.volunteer_cards_action.setObjectName("report-volunteer-cards")
        self.volunteer_cards_action.triggered.connect(self.show_volunteer_cards)

    def show_volunteer_cards(self) -> None:
        """Print menu → Volunteer cards: the Volunteers page, opened with the PIN."""
        self.tabs.setCurrentWidget(self._holders["volunteers"])
        view = self.volunteers
        if not view.unlocked:  # type: ignore[attr-defined]
            view.unlock()  # type: ignore[attr-defined]

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
        volunteer_cards = getattr(self, "volunteer_cards_action", None)
        if volunteer_cards is not None:
            volunteer_cards.setText(_tr("&Volunteer cards…"))
        # The platform adds " — " and the program's name to each window's title: in the
        # window's language too.
        QApplication.setApplicationDisplayName(_tr("Warehouse bench"))
        self.setWindowTitle(_tr("Warehouse bench — {bench}").format(bench=self.service.bench))
        titles = [
            _tr("&Bench"),
            _tr("&Stock"),
            _tr("&Van loads"),
            _tr("&Needs"),
            _tr("Ca&talogue"),
            _tr("Se&ttings"),
            _tr("&Print jobs"),
            _tr("V&olunteers"),
            _tr("Stock-ta&kes"),
            _tr("R&eports"),
        ]
        for index, title in enumerate(titles[: self.tabs.count()]):
            self.tabs.setTabText(index, f"{title}  (Ctrl+{index + 1})" if index < 9 else title)
        self.quit_action.setText(_tr("Quit"))
        self.sign_in_action.setText(_tr("Sign out / change volunteer"))
        self._show_operator()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_operator(self) -> None:
        if self.operator is None:
            self.status_operator.setText(_tr("Nobody signed in: scan your volunteer card"))
        else:
            self.status_operator.setText(
                _tr("Signed in: {name} (Ctrl+L to sign out)").format(name=self.operator.name)
            )

    # --- shift ------------------------------------------------------------------------

    def start_shift(self) -> SignInDialog:
        """Open the sign-in dialog (window-modal, does not block the event loop).  A
        volunteer card scanned meanwhile signs in and closes it."""
        if self._sign_in_dialog is not None and self._sign_in_dialog.isVisible():
            return self._sign_in_dialog
        dialog = SignInDialog(self, name="")
        # The main window is blocked while the dialog is up: Ctrl+Q must still quit.
        dialog.addAction(self.quit_action)
        dialog.accepted.connect(lambda: self.signed_in(dialog.operator, pin=dialog.pin.text()))
        dialog.rejected.connect(self._sign_in_dismissed)
        self._sign_in_dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> SignInDialog:
        """Ctrl+L: whoever was signed in is signed out (the bench context is cleared),
        then the sign-in dialog waits for the next volunteer."""
        if self.service.signed_in:
            self.bench.run(self.service.sign_out)
        self.operator = None
        self._show_operator()
        self._volunteer_left()
        return self.start_shift()

    def _sign_in_dismissed(self) -> None:
        """Escape on the sign-in dialog: scans still reach the bench, which refuses them
        in red until a volunteer card is scanned; the bench says so, and how to type a name."""
        if self.operator is not None or self.service.signed_in:
            return  # closed by a volunteer card
        self.tabs.setCurrentWidget(self.bench)
        self.bench.show_sign_in_prompt()
        self.statusBar().showMessage(
            _tr("Nobody signed in: scan your volunteer card, or press Ctrl+L to type your name")
        )
        self.activateWindow()

    def _volunteer_left(self) -> None:
        """Whoever comes next starts at the bench; a page a coordinator opened with the
        PIN is locked again, and so is their coordinator session."""
        self.tabs.setCurrentWidget(self.bench)
        self.coordinator.close()
        volunteers = self._built.get("volunteers")
        if volunteers is not None:
            volunteers.lock()  # type: ignore[attr-defined]
        if "settings_page" in self._built:
            self.settings_page.reload()  # locked again unless a coordinator signs in

    def signed_in(self, operator: OperatorInfo | None, *, pin: str = "") -> None:
        """The sign-in dialog's name (a coordinator's PIN already checked)."""
        if operator is None:
            return
        result = self.bench.run(lambda: self.service.sign_in(operator.name))
        if result is None or not result.ok:
            # Refused (a volunteer whose card was stopped...): the banner says why, and
            # the dialog is back for the next try.
            self.start_shift()
            return
        # Whoever was at the bench is signed out: so is their coordinator session.  A
        # coordinator who signed in with the PIN is not asked it again for a while.
        self.coordinator.close()
        if operator.is_coordinator and pin:
            self.coordinator.open(operator.name, pin)
        if "settings_page" in self._built:
            self.settings_page.reload()
        self.operator = operator
        self._show_operator()

    def _volunteer_changed(self, name: str, role: str) -> None:
        """A volunteer card (or SIGN OUT) scanned at the bench."""
        self._volunteer_left()
        if not name:
            self.operator = None
            self._show_operator()
            self.start_shift()
            return
        # A card proves who is at the bench, not a PIN: a coordinator's actions still ask.
        try:
            self.operator = OperatorInfo(name, Role(role))
        except ValueError:
            self.operator = OperatorInfo(name, Role.VOLUNTEER)
        self._show_operator()
        dialog = self._sign_in_dialog
        if dialog is not None and dialog.isVisible():
            dialog.reject()

    def ask_pin(self, reason: str) -> tuple[str, str] | None:
        """(coordinator, PIN) for a coordinator-only action: the open coordinator session's,
        else asked (and checked, with retries) in the PIN dialog; None if cancelled."""
        credentials = self.coordinator.credentials()
        if credentials is not None:
            return credentials
        name = self.operator.name if self.operator and self.operator.is_coordinator else ""
        dialog = PinDialog(self, name=name, action=reason, verify=self.coordinator.sign_in)
        dialog.addAction(self.quit_action)
        if dialog.exec() != PinDialog.DialogCode.Accepted:
            return None
        return self.coordinator.credentials()

    # --- scans and pages ----------------------------------------------------------------

    def handle_scan(self, raw: str) -> ScanResult | None:
        """Every scan, from the wedge filter or a serial scanner, lands here.

        On the bench (or with the sign-in dialog up) the bench routes it.  Anywhere else
        the scan only looks: nothing changes.  A volunteer card always goes to the bench,
        which signs the volunteer in."""
        if self._bench_in_view() or codes.classify(raw).kind is CodeKind.VOLUNTEER:
            if self.tabs.currentWidget() is not self.bench:
                self.tabs.setCurrentWidget(self.bench)
            result = self.bench.handle_scan(raw)
            dialog = self._sign_in_dialog
            if dialog is not None and dialog.isVisible():
                if result is not None and not result.ok and not result.silent:
                    dialog.show_refusal(tr_message(result.message, result.args))
                elif result is None:
                    dialog.show_refusal(self.bench.banner.text())
            if (
                result is not None
                and result.action is ScanAction.LOOKED
                and result.box is not None
                and result.ok
            ):
                self.open_box(result.box.code)  # LOOK, then a box: its detail
            return result
        return self.look(raw)

    def _bench_in_view(self) -> bool:
        modal = QApplication.activeModalWidget()
        if (
            modal is not None
            and modal.isVisible()
            and not isinstance(modal, SignInDialog)
            and _owned_by(modal, self)
        ):
            return False  # a box's detail, a coordinator dialog...: only look
        return self.tabs.currentWidget() is self.bench

    def look(self, raw: str) -> ScanResult | None:
        """A scan away from the bench: the box's detail opens (or what the code is shows
        in the status bar); nothing changes."""
        try:
            result = self.service.look(raw)
        except WarehouseError as exc:
            self.statusBar().showMessage(tr_message(exc.key, exc.args_), 15000)
            self.bench.play_state("error")
            return None
        self.last_look = result
        self.bench.log_look(result)
        state = "ok" if result.ok else "error"
        self.bench.play_state(state)
        self.statusBar().showMessage(tr_message(result.message, result.args), 15000)
        if result.ok and result.action is ScanAction.LOOKED and result.box is not None:
            modal = QApplication.activeModalWidget()
            # Over a question being asked (a PIN, a dispatch) the status bar is enough.
            if modal is None or modal is self.box_dialog or not _owned_by(modal, self):
                self.open_box(result.box.code)
        return result

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
        """The box's detail; the one already open for it if there is one (a double-click
        also activates the row: two requests, one dialog)."""
        from ui.box_detail import BoxDetailDialog

        open_already = self._box_dialogs.get(code)
        if open_already is not None and open_already.isVisible():
            open_already.raise_()
            open_already.activateWindow()
            return open_already
        # One box at a time: a box looked at replaces the one shown.
        previous = self.box_dialog
        if previous is not None and previous.isVisible():
            previous.reject()
        dialog = BoxDetailDialog(
            code, self.ask_pin, bench=self.service.bench, reprint=self.print_box_label,
            parent=self,
        )  # fmt: skip
        self.box_dialog = dialog
        dialog.addAction(self.quit_action)
        dialog.finished.connect(self._box_closed)
        self._box_dialogs[code] = dialog
        dialog.open()
        return dialog

    def _box_closed(self, _result: int) -> None:
        dialog = self.sender()
        for code, shown in list(self._box_dialogs.items()):
            if shown is dialog:
                del self._box_dialogs[code]
        if getattr(dialog, "changed", False) and "stock" in self._built:
            self.stock.model.reload()

    def print_box_label(self, box: BoxInfo) -> Path | None:
        from ui import label_print

        path = label_print.print_box_label(box, self.settings)
        target = label_print.label_printer(self.settings)
        if path is not None and target:
            self.print_queue.queue.submit(path, target, title=box.code)
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

    def _report_actions(self) -> ReportActions | None:
        """The Print menu's worker (installed on first use)."""
        from ui.report_actions import ReportActions

        self.install_report_actions()
        return self.findChild(ReportActions)

    def print_count_report(self, count_id: int) -> bool:
        """The count report of stock-take `count_id`, made off the GUI thread, then shown
        in the print preview."""
        from ui import label_print

        actions = self._report_actions()
        if actions is None:
            return False
        title = _tr("Stock-take {number}").format(number=count_id)
        return actions.run(
            lambda: label_print.count_report_pdf(count_id),
            lambda path: actions.preview(path, title),
        )

    def print_volunteer_cards(self, people: list[tuple[str, str]]) -> bool:
        """Volunteer cards for `people` (name, card code), made off the GUI thread and
        opened in the print preview, like every label of the Print menu."""
        from ui import label_print

        actions = self._report_actions()
        if actions is None:
            return False
        out = actions.folder / f"volunteer-cards-{len(people)}-{id(people)}.pdf"
        fmt = str(self.settings.value("reports/format", "") or "")
        lang = "fr" if self._language() == "fr" else "en"
        title = _tr("Volunteer cards")
        return actions.run(
            lambda: label_print.write_volunteer_cards(people, out, fmt, lang=lang),
            lambda path: actions.preview(path, title, fmt or "sheet"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
