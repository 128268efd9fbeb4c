"""The bench: the scan-driven workflow, with no Qt.

`BenchService.scan` is the one router every scan goes through.  The package is split by
workflow, each module registering its handlers in the dispatch tables of `frame`:

- `results`: what a scan answers (ScanResult, ScanAction, BoxInfo, BenchContext);
- `frame`: the step a handler gets, green/amber answers, the dispatch tables;
- `context`: the one place modes change, expiry, waiting confirmations;
- `service`: BenchService, the transaction frame (retry, duplicate reads, sign-in);
- one module per workflow: `signin`, `checkin`, `expiry`, `look`, `vanload`, `stocktake`,
  `undo`.

Adding a workflow is one new module registering its handlers, imported and listed in WORKFLOWS below.
"""

from __future__ import annotations

from warehouse_desktop.bench import checkin, expiry, look, signin, stocktake, undo, vanload
from warehouse_desktop.bench.results import (
    CONFIRM_WINDOW,
    DEFAULT_CONTEXT_MINUTES,
    DUPLICATE_WINDOW,
    NEW_BOX_WINDOW,
    UNDO_AGE,
    UNDO_DEPTH,
    BenchContext,
    BoxInfo,
    ScanAction,
    ScanResult,
    box_info,
)
from warehouse_desktop.bench.service import (
    CONTEXT_MINUTES_SETTING,
    BenchService,
    context_minutes,
    store_context_minutes,
)

# The workflow modules: importing one registers its handlers in `frame`'s dispatch tables.
WORKFLOWS = (signin, checkin, expiry, look, vanload, stocktake, undo)

__all__ = [
    "CONFIRM_WINDOW",
    "CONTEXT_MINUTES_SETTING",
    "DEFAULT_CONTEXT_MINUTES",
    "DUPLICATE_WINDOW",
    "NEW_BOX_WINDOW",
    "UNDO_AGE",
    "UNDO_DEPTH",
    "BenchContext",
    "BenchService",
    "BoxInfo",
    "ScanAction",
    "ScanResult",
    "box_info",
    "context_minutes",
    "store_context_minutes",
]
