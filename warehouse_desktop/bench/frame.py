"""The frame every bench workflow plugs into: the step a handler gets, the answers it
gives, and the dispatch tables that route a scan to the workflow module that owns it.

A workflow module registers its handlers with the decorators below (`on_kind`,
`on_command`, `on_box`, `on_location`); `warehouse_desktop.bench.WORKFLOWS` lists the
modules.  Adding a workflow is one new module and one line there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from warehouse_desktop.bench.results import BoxInfo, ScanAction, ScanResult, box_info
from warehouse_desktop.codes import CodeKind, Command, ParsedCode
from warehouse_desktop.models import BenchMode, BenchState, Box, Category, Location
from warehouse_desktop.movements import Actor


class Bench(Protocol):
    """What the workflows need of the bench a scan came from (`BenchService` is one).

    Declared here, not imported from `service`, which imports the workflows: the
    package's imports then run one way, from the service down to the frame.
    """

    bench: str
    operator: str

    def bench_location(self, state: BenchState) -> Location | None: ...

    def context_timeout(self) -> dt.timedelta: ...


class Refusal(Exception):
    """Leaves the scan's transaction: nothing it did is written (red)."""

    def __init__(self, message: str, box: Box | None = None, **args: Any) -> None:
        super().__init__(message)
        self.message = message
        self.box = box
        self.args_ = args


class Duplicate(Exception):
    """The scanner read the same code twice: ignored, nothing written."""


@dataclass
class Step:
    """One scan (or window action) in its transaction: what handlers read and change.

    `state` is this bench's row, changed in place and saved by the frame when the
    handler returns.  `parsed` is None for window actions that are not scans.
    """

    service: Bench
    state: BenchState
    actor: Actor
    now: dt.datetime
    parsed: ParsedCode | None
    # Set by `context.set_pending`: this scan leaves a confirmation waiting.
    pending_set: bool = False
    context_cleared: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.parsed.code if self.parsed is not None else ""

    @property
    def mode(self) -> BenchMode:
        return BenchMode(self.state.mode)


Handler = Callable[[Step], ScanResult]

# The dispatch tables.  Kinds route first; boxes and locations then go by the bench mode.
BY_KIND: dict[CodeKind, Handler] = {}
BY_COMMAND: dict[Command, Handler] = {}
BOX_BY_MODE: dict[BenchMode, Handler] = {}
LOCATION_BY_MODE: dict[BenchMode, Handler] = {}
# Run before the tables, in order; the first that answers (not None) wins.
PRE_ROUTES: list[Callable[[Step], ScanResult | None]] = []


def _register(table: dict[Any, Handler], key: object) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        if key in table and table[key] is not handler:
            raise ValueError(f"two bench workflows claim {key!r}")
        table[key] = handler
        return handler

    return decorate


def on_kind(kind: CodeKind) -> Callable[[Handler], Handler]:
    return _register(BY_KIND, kind)


def on_command(command: Command) -> Callable[[Handler], Handler]:
    return _register(BY_COMMAND, command)


def on_box(mode: BenchMode) -> Callable[[Handler], Handler]:
    return _register(BOX_BY_MODE, mode)


def on_location(mode: BenchMode) -> Callable[[Handler], Handler]:
    return _register(LOCATION_BY_MODE, mode)


def pre_route(check: Callable[[Step], ScanResult | None]) -> Callable[[Step], ScanResult | None]:
    if check not in PRE_ROUTES:
        PRE_ROUTES.append(check)
    return check


# --- answers ----------------------------------------------------------------------------


def ok(code: str, kind: CodeKind, action: ScanAction, message: str,
       box: Box | BoxInfo | None = None,
       /, *, details_: list[BoxInfo] | None = None, **args: Any) -> ScanResult:  # fmt: skip
    """Green: done and durable once the frame commits."""
    return _answer(code, kind, action, message, box, args, ok=True, details=details_ or [])


def amber(code: str, kind: CodeKind, action: ScanAction, message: str,
          box: Box | BoxInfo | None = None, /, **args: Any) -> ScanResult:  # fmt: skip
    """Amber: nothing changed; the confirming second scan is awaited."""
    return _answer(code, kind, action, message, box, args, ok=False, confirm=True)


def _answer(code: str, kind: CodeKind, action: ScanAction, message: str,
            box: Box | BoxInfo | None, args: dict[str, Any], **outcome: Any) -> ScanResult:  # fmt: skip
    return ScanResult(
        raw=code,
        code=code,
        kind=kind,
        action=action,
        message=message,
        args=args,
        box=box if isinstance(box, BoxInfo | None) else box_info(box),
        **outcome,
    )


def names(category: Category) -> dict[str, str]:
    """The category's names in other languages, so the window can show its own."""
    return dict(category.names or {})
