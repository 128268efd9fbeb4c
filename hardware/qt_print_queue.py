"""Qt adapter for the print queue: job changes re-emitted as a signal on the GUI thread.

Create `PrintQueueSignals` on the GUI thread.  `job_changed(PrintJob)` reaches slots
there queued, whatever thread printed.  `ui.print_jobs.PrintJobsModel` listens to it.

    jobs = PrintQueueSignals()
    jobs.queue.submit(path, "system:PDF")
    jobs.job_changed.connect(on_job)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hardware.print_queue import PrintJob, PrintQueue


class PrintQueueSignals(QObject):
    """Owns a `PrintQueue` (or wraps one given) and emits `job_changed(PrintJob)`."""

    job_changed = Signal(object)

    def __init__(self, queue: PrintQueue | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = queue or PrintQueue()
        self.queue.add_listener(self._changed)

    def _changed(self, job: PrintJob) -> None:
        self.job_changed.emit(job)

    def stop(self) -> None:
        self.queue.stop()
