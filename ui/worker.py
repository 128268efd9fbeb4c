"""Slow work off the GUI thread, its outcome back on the GUI thread: the window's one way.

    run_in_background(
        lambda: write_stock_sheet(out),
        owner=self,                      # a QObject: no callback once it is deleted
        done=lambda path: self.preview(path),
        failed=lambda exc: self.show_error(exc),
    )

`work()` runs on a worker thread of its own.  `done(result)` or `failed(exception)` then
run on the GUI thread (a queued signal of one courier object that lives as long as the
application), and only while `owner` is alive: a dialog closed and deleted while its work
was in flight is never called back, and nothing is emitted on it.  The worker thread
closes its own database connection when the work ends (Peewee keeps one per thread).

Printing is the print queue's (`hardware.print_queue`), which runs its jobs one after
another on its own thread; the serial scanners read on their own reader threads.  Every
other piece of slow work in the window goes through `run_in_background`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

_log = logging.getLogger(__name__)


class _Courier(QObject):
    """Carries callables from worker threads to the GUI thread (queued, in order)."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _call(self, call: Callable[[], None]) -> None:
        call()


_courier: _Courier | None = None


def _gui_courier() -> _Courier:
    global _courier
    if _courier is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_in_background needs a running QApplication")
        _courier = _Courier()
        _courier.moveToThread(app.thread())
    return _courier


def _log_failure(exc: BaseException) -> None:
    _log.warning("background work failed: %s", exc or type(exc).__name__)


def run_in_background(
    work: Callable[[], Any],
    *,
    owner: QObject,
    done: Callable[[Any], object] | None = None,
    failed: Callable[[Exception], object] | None = None,
    name: str = "background work",
    daemon: bool = True,
) -> threading.Thread:
    """Run `work()` on a worker thread; `done(result)` or `failed(exc)` on the GUI thread
    while `owner` lives.  Call it on the GUI thread.  `daemon=False` for work that must
    finish whole even when the window quits (a backup copy).  Returns the thread."""
    courier = _gui_courier()

    def deliver(callback: Callable[[Any], object] | None, value: Any) -> None:
        def call() -> None:
            if callback is not None and shiboken6.isValid(owner):
                callback(value)

        try:
            courier.arrived.emit(call)
        except RuntimeError:
            pass  # the application itself is gone: nobody is left to tell

    def job() -> None:
        from warehouse_desktop.models import database

        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - handed to `failed`, never a traceback
            deliver(failed or _log_failure, exc)
        else:
            deliver(done, result)
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()

    thread = threading.Thread(target=job, name=name, daemon=daemon)
    thread.start()
    return thread
