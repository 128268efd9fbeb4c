"""Start-up work that waits until the window is up: sounds, serial scanners, the Print
menu; the command line opening the window without importing its plugins."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QStyle

from ui import app as ui_app
from ui.app import build_window
from ui.sounds import Feedback

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _close(session) -> None:
    session.app.removeEventFilter(session.scan_filter)
    session.window.close()
    session.window.deleteLater()


def test_deferred_sounds_beep_for_an_error_until_loaded(qapp, monkeypatch) -> None:
    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    loads: list[bool] = []
    monkeypatch.setattr(Feedback, "_load_effects", lambda self: loads.append(True) or {})
    feedback = Feedback(use_audio=True, deferred=True)
    assert loads == [] and not feedback.has_audio
    feedback.play(True)  # OK without audio stays quiet
    feedback.play(False)
    assert beeps == [True]
    assert feedback.played == ["ok", "error"]
    assert feedback.load_audio() is False  # no effects here: the beep stays
    assert feedback.load_audio() is False
    assert loads == [True]  # loaded once
    feedback.play(False)
    assert beeps == [True, True]


def test_loaded_sounds_play_instead_of_the_beep(qapp, monkeypatch) -> None:
    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    played: list[str] = []
    effects = {
        name: SimpleNamespace(play=lambda n=name: played.append(n)) for name in ("ok", "error")
    }
    monkeypatch.setattr(Feedback, "_load_effects", lambda self: effects)
    feedback = Feedback(use_audio=True, deferred=True)
    feedback.play(False)
    assert beeps == [True] and played == []
    assert feedback.load_audio() is True
    feedback.play(True)
    feedback.play(False)
    assert played == ["ok", "error"] and beeps == [True]


def test_window_loads_its_sounds_after_the_first_turn(small_warehouse, qtbot, settings,
                                                      monkeypatch) -> None:  # fmt: skip
    loads: list[bool] = []
    monkeypatch.setattr(Feedback, "_load_effects", lambda self: loads.append(True) or {})
    session = build_window(bench="bench-s", lang="en", settings=settings, sign_in=False)
    try:
        assert session.later == [session.window.feedback.load_audio]
        assert loads == []  # nothing loaded while the window is built
        session.window.show()
        qtbot.waitUntil(lambda: loads == [True], timeout=2000)
        assert session.later == []
        # The bench is ready to scan, the scan filter in place from the start.
        assert session.window.tabs.currentWidget() is session.window.bench
        assert session.window.handle_scan("garbage") is not None
    finally:
        _close(session)


def test_jobs_after_start_run_one_per_turn_after_the_first(qapp, qtbot) -> None:
    from PySide6.QtCore import QObject, QTimer

    owner = QObject()
    order: list[str] = []
    jobs = [lambda: order.append("a")]
    ui_app._after_start(owner, jobs)
    jobs.append(lambda: order.append("b"))  # added after: still run, in order
    QTimer.singleShot(0, lambda: order.append("first turn"))
    qtbot.waitUntil(lambda: order[-1:] == ["b"], timeout=2000)
    assert order == ["first turn", "a", "b"]


def test_jobs_after_start_wait_while_a_scan_is_coming_in(qapp, qtbot) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    order: list[str] = []
    holding = [True]
    ui_app._after_start(owner, [lambda: order.append("job")], busy=lambda: holding[0])
    qtbot.wait(3 * ui_app.BUSY_RETRY_MS)
    assert order == []  # keys of a burst are held: the job waits
    holding[0] = False
    qtbot.waitUntil(lambda: order == ["job"], timeout=2000)


def test_no_serial_scanner_set_up_starts_nothing(small_warehouse, qtbot, settings,
                                                  monkeypatch) -> None:  # fmt: skip
    session = build_window(bench="bench-s", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    # Importing the serial scanner (pyserial) or its status badge would now fail.
    for module in ("hardware.qt_scanner", "ui.scanner_status", "serial"):
        monkeypatch.setitem(sys.modules, module, None)
    try:
        ui_app._start_serial(session, None)
        assert session.serial is None
    finally:
        _close(session)


def test_the_scanners_key_is_where_hardware_settings_keeps_them() -> None:
    from hardware.settings import HardwareSettings

    assert HardwareSettings.PREFIX + "scanners" == ui_app.SCANNERS_KEY


def test_central_widget_is_placed_without_an_animation(small_warehouse, qtbot, settings) -> None:
    session = build_window(bench="bench-s", lang="en", settings=settings, audio=False,
                           sign_in=False)  # fmt: skip
    try:
        hint = QStyle.StyleHint.SH_Widget_Animation_Duration
        window = session.window
        assert window.tabs.style().styleHint(hint, None, window.tabs) == 0
        # Only the tab widget: its pages and the rest of the window keep the app's style,
        # and the tab widget is drawn by the same kind of style.
        assert window.bench.style() is QApplication.style()
        assert window.tabs.style().baseStyle().name() == QApplication.style().name()
        assert window.tabs.style().styleHint(QStyle.StyleHint.SH_TabBar_Alignment) == (
            QApplication.style().styleHint(QStyle.StyleHint.SH_TabBar_Alignment)
        )
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert window.tabs.geometry().width() > 1000
    finally:
        _close(session)


def test_opening_the_window_does_not_import_the_command_plugins() -> None:
    code = (
        "import sys\n"
        "from warehouse_desktop.cli import _parse\n"
        "assert _parse(['scan', '--json', 'B1']).command == 'scan'\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('reports', 'hardware', 'ui')]\n"
        "assert not bad, bad\n"
        "from ui.app import run_window\n"
        "args = _parse(['--db', 'x.db', '--lang', 'fr', '--scanner', '/dev/ttyS0'])\n"
        "assert args.command == 'window' and args.handler is run_window, args\n"
        "assert args.lang == 'fr' and args.scanner == ['/dev/ttyS0'], args\n"
        "heavy = ('reports.commands', 'reports.labels', 'hardware.commands', 'hardware.printers')\n"
        "bad = [m for m in sys.modules if m in heavy or m.startswith('reportlab')]\n"
        "assert not bad, bad\n"
        "args = _parse(['print', '--list-printers'])\n"
        "assert args.command == 'print' and callable(args.handler), args\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.mark.parametrize("flag", ["-h", "--help", "--he"])
def test_help_lists_the_plugin_commands(flag) -> None:
    out = subprocess.run([sys.executable, "-m", "warehouse_desktop", flag], cwd=ROOT,
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert "stock-sheet" in out.stdout and "print" in out.stdout


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["bogus"], "invalid choice: 'bogus'"),
        (["labels", "nothing"], "warehouse-desktop labels: argument kind"),
        (["scan"], "the following arguments are required: CODE"),
    ],
)
def test_usage_errors_still_come_from_the_full_parser(argv, message) -> None:
    out = subprocess.run([sys.executable, "-m", "warehouse_desktop", *argv], cwd=ROOT,
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 2
    assert message in out.stderr
    if argv == ["bogus"]:
        assert "'labels'" in out.stderr  # the plugins' commands are listed too
