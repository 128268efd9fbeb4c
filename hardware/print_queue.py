"""The print job queue: jobs run one after another on a worker thread, never on the GUI's.

Each job has a state (queued, printing, done, failed) and, when it failed, a plain-words
reason; a failed job stays in the list and can be retried.  Listeners get a snapshot of a
job each time it changes, on the worker thread (`hardware.qt_print_queue` re-emits them as
Qt signals for the window).

    queue = PrintQueue(on_change=print)
    job = queue.submit(Path("labels.pdf"), "raw:192.168.1.50:9100", copies=2)
    ...
    queue.retry(job.id)      # after a failure
    queue.stop()
"""

from __future__ import annotations

import enum
import logging
import queue as queue_module
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hardware.printer_base import Printer
from warehouse_desktop.errors import WarehouseError

_log = logging.getLogger(__name__)


class JobState(enum.StrEnum):
    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class PrintJob:
    """One document to print; listeners always get an immutable snapshot."""

    id: int
    path: Path
    target: str
    copies: int = 1
    title: str = ""
    offset_mm: tuple[float, float] = (0.0, 0.0)
    state: JobState = JobState.QUEUED
    error_key: str = ""
    error_args: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    submitted_at: float = 0.0
    finished_at: float = 0.0
    printed_to: str = ""

    @property
    def reason(self) -> str:
        """Why the job failed, in plain English ("" unless it failed)."""
        if self.state is not JobState.FAILED:
            return ""
        from warehouse_desktop.messages import render

        return render(self.error_key, self.error_args)

    @property
    def can_retry(self) -> bool:
        return self.state is JobState.FAILED


PrinterFactory = Callable[[str], Printer]


def _printer_from_target(target: str) -> Printer:
    # The backends are imported with the first job, not when the window starts.
    from hardware.printers import printer_from_target

    return printer_from_target(target)


JobListener = Callable[[PrintJob], None]


class PrintQueue:
    """Jobs in submission order on one worker thread (started on the first job)."""

    def __init__(
        self,
        on_change: JobListener | None = None,
        *,
        printer_factory: PrinterFactory | None = None,
    ) -> None:
        self._listeners: list[JobListener] = [on_change] if on_change else []
        self._factory = printer_factory or _printer_from_target
        self._jobs: dict[int, PrintJob] = {}
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending: queue_module.Queue[int | None] = queue_module.Queue()
        self._next_id = 1
        self._busy = 0
        self._thread: threading.Thread | None = None
        self._stopped = False

    def add_listener(self, listener: JobListener) -> None:
        self._listeners.append(listener)

    # -- what the window calls ---------------------------------------------------------

    def submit(
        self,
        path: Path,
        target: str,
        *,
        copies: int = 1,
        title: str = "",
        offset_mm: tuple[float, float] = (0.0, 0.0),
    ) -> PrintJob:
        with self._lock:
            job = PrintJob(
                id=self._next_id,
                path=Path(path),
                target=target,
                copies=copies,
                title=title or Path(path).name,
                offset_mm=offset_mm,
                submitted_at=time.time(),
            )
            self._next_id += 1
            self._jobs[job.id] = job
            self._busy += 1
        self._notify(job)
        self._enqueue(job.id)
        return job

    def retry(self, job_id: int) -> PrintJob:
        """Queue a failed job again; a job that has not failed is returned unchanged."""
        with self._lock:
            job = self._jobs[job_id]
            if job.state is not JobState.FAILED:
                return job
            job = replace(job, state=JobState.QUEUED, error_key="", error_args={})
            self._jobs[job_id] = job
            self._busy += 1
        self._notify(job)
        self._enqueue(job_id)
        return job

    def remove(self, job_id: int) -> None:
        """Forget a finished or failed job (queued and printing jobs stay)."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None and job.state in (JobState.DONE, JobState.FAILED):
                del self._jobs[job_id]

    def jobs(self) -> list[PrintJob]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: j.id)

    def job(self, job_id: int) -> PrintJob:
        with self._lock:
            return self._jobs[job_id]

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no job is queued or printing (for the command line and tests)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the job in hand and stop; queued jobs are left queued."""
        self._stopped = True
        self._pending.put(None)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- the worker --------------------------------------------------------------------

    def _enqueue(self, job_id: int) -> None:
        if self._thread is None and not self._stopped:
            self._thread = threading.Thread(target=self._run, name="print queue", daemon=True)
            self._thread.start()
        self._pending.put(job_id)

    def _run(self) -> None:
        while True:
            job_id = self._pending.get()
            if job_id is None or self._stopped:
                return
            self._print(job_id)

    def _print(self, job_id: int) -> None:
        with self._lock:
            job = replace(self._jobs[job_id], state=JobState.PRINTING)
            job = replace(job, attempts=job.attempts + 1)
            self._jobs[job_id] = job
        self._notify(job)
        try:
            printer = self._factory(job.target)
            printed_to = printer.print_file(
                job.path, copies=job.copies, offset_mm=job.offset_mm, title=job.title
            )
            done = replace(job, state=JobState.DONE, printed_to=printed_to)
        except WarehouseError as exc:
            done = replace(job, state=JobState.FAILED, error_key=exc.key, error_args=exc.args_)
        except Exception as exc:  # noqa: BLE001 - logged; a driver's fault fails only the job
            # Whatever breaks inside a driver, the job fails with a reason; the queue lives.
            _log.exception("print job %s failed", job_id)
            done = replace(
                job,
                state=JobState.FAILED,
                error_key="printer_failed",
                error_args={"printer": job.target, "detail": str(exc) or type(exc).__name__},
            )
        done = replace(done, finished_at=time.time())
        with self._lock:
            self._jobs[job_id] = done
        self._notify(done)
        with self._idle:
            self._busy -= 1
            self._idle.notify_all()

    def _notify(self, job: PrintJob) -> None:
        for listener in list(self._listeners):
            try:
                listener(job)
            except Exception:  # noqa: BLE001 - logged; one listener cannot stop the others
                _log.exception("print job listener failed")
