"""`BenchService`: the one router every scan goes through, and the bench's actions.

Scans come from the window's wedge filter, a serial scanner or `warehouse-desktop scan`.
Each is one write transaction that commits whole (and only then is acknowledged) or
writes nothing.  The service keeps who is signed in; the rest of the bench context lives
in the bench's row, shared by the window and the command line.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import replace

import peewee as pw

from warehouse_desktop import auth, codes, settings
from warehouse_desktop.bench import checkin, expiry, look, signin, undo, vanload
from warehouse_desktop.bench import context as bench_context
from warehouse_desktop.bench.frame import (
    BOX_BY_MODE,
    BY_COMMAND,
    BY_KIND,
    LOCATION_BY_MODE,
    PRE_ROUTES,
    Duplicate,
    Refusal,
    Step,
    on_kind,
)
from warehouse_desktop.bench.results import (
    CONFIRM_WINDOW,
    DEFAULT_CONTEXT_MINUTES,
    DUPLICATE_WINDOW,
    RETRIES,
    BenchContext,
    BoxInfo,
    ScanAction,
    ScanResult,
    box_info,
)
from warehouse_desktop.codes import CodeKind, Command, ParsedCode
from warehouse_desktop.db import reading, write_transaction
from warehouse_desktop.errors import StorageError
from warehouse_desktop.fast_sql import find, get, update_rows
from warehouse_desktop.models import (
    BenchMode,
    BenchState,
    Box,
    Category,
    Location,
    LocationKind,
    Operator,
    utcnow,
)
from warehouse_desktop.movements import Actor, BoxChangedElsewhere, new_batch
from warehouse_desktop.stock import VanLoadSummary

# The shared setting: minutes without a scan before the bench context is cleared.
CONTEXT_MINUTES_SETTING = "bench_context_minutes"
_SETTING_REFRESH_SECONDS = 30.0

Action = Callable[[Step], ScanResult]


def context_minutes() -> int:
    """Minutes without a scan after which a bench's location, van load and count clear."""
    try:
        minutes = int(settings.get_setting(CONTEXT_MINUTES_SETTING, str(DEFAULT_CONTEXT_MINUTES)))
    except ValueError:
        return DEFAULT_CONTEXT_MINUTES
    return minutes if 1 <= minutes <= 24 * 60 else DEFAULT_CONTEXT_MINUTES


def store_context_minutes(minutes: int) -> int:
    """Save the context expiry for every bench (1 minute to 24 hours); return what was saved."""
    minutes = max(1, min(int(minutes), 24 * 60))
    with write_transaction():
        settings.set_setting(CONTEXT_MINUTES_SETTING, str(minutes))
    return minutes


class BenchService:
    """The scan router and bench context of one bench.

    `operator` is who this service acts for before any card is scanned: the command line
    passes `--operator` or "command line (OS user)".  The window passes nobody, so every
    scan but a volunteer card is refused until someone signs in.
    """

    def __init__(
        self,
        bench: str,
        *,
        operator: str = "",
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.bench = bench
        self.operator = " ".join(operator.split())
        self.clock = clock
        # The bench location rarely changes: found once, checked on each use.
        self._bench_location_id: int | None = None
        self._timeout: dt.timedelta | None = None
        self._timeout_read_at = 0.0

    # --- scans ------------------------------------------------------------------------

    def scan(self, raw: str) -> ScanResult:
        """Route one scanned or typed string.  Never raises for bad input."""
        parsed = codes.classify(raw)
        if not parsed.ok:
            self._end_waiting_confirmation()
            return _invalid(raw, parsed)
        return self._run(parsed, self._route, needs_operator=parsed.kind is not CodeKind.VOLUNTEER)

    def look(self, raw: str) -> ScanResult:
        """What the scanned code is (a box's detail, a van load's summary...).  Never writes.

        The window calls this for a scan while it shows another page than the bench.
        """
        parsed = codes.classify(raw)
        if not parsed.ok:
            return _invalid(raw, parsed)
        with reading():
            try:
                return _with_origin(look.describe(parsed), parsed)
            except Refusal as refusal:
                return _refused(parsed.raw, parsed.code, parsed.kind, refusal)

    # --- sign-in --------------------------------------------------------------------------

    def sign_in(self, name: str) -> ScanResult:
        """Sign a volunteer in by name (typed at the bench); clears the bench context."""
        return self._run(
            None, lambda step: signin.sign_in_by_name(step, name), needs_operator=False
        )

    def set_operator(self, name: str) -> None:
        """The window's sign-in dialog: the same as `sign_in` (kept for the window)."""
        self.sign_in(name)

    def sign_out(self) -> ScanResult:
        """Nobody at the bench any more: clears the bench context; scans are refused."""
        return self._run(None, signin.sign_out, needs_operator=False)

    @property
    def signed_in(self) -> bool:
        return bool(self.operator)

    # --- context --------------------------------------------------------------------------

    def context(self) -> BenchContext:
        with reading():
            state = self._state()
            category = state.template_category
            location = state.location
            van_load = state.van_load
            count_location = state.count_location
            volunteer = (
                Operator.get_or_none(Operator.name == self.operator) if self.operator else None
            )
            pending = bench_context.waiting(state)
            pending_until = None
            if pending is not None and pending[0] != "look" and state.last_scan_at is not None:
                pending_until = state.last_scan_at + CONFIRM_WINDOW
            return BenchContext(
                bench=self.bench,
                mode=BenchMode(state.mode),
                category_id=category.id if category else None,
                category_name=category.name if category else None,
                size=state.template_size,
                sizes=list(category.sizes) if category else [],
                quantity=state.template_quantity,
                location_code=location.code if location else None,
                location_name=location.name if location else None,
                van_load_code=van_load.code if van_load else None,
                van_load_destination=van_load.destination if van_load else None,
                van_load_box_count=(
                    Box.select().where(Box.van_load == van_load.id).count() if van_load else 0
                ),
                operator=self.operator,
                count_location_code=count_location.code if count_location else None,
                count_seen=len(state.count_seen or []),
                volunteer=self.operator or None,
                volunteer_role=volunteer.role if volunteer is not None else None,
                expires_at=bench_context.expires_at(state, self.context_timeout()),
                pending_action=pending[0] if pending else None,
                pending_code=pending[1] if pending else None,
                pending_until=pending_until,
                count_location_name=count_location.name if count_location else None,
                category_expires=bool(category.expires) if category else False,
                expiry=state.template_expiry,
                next_weight_g=state.next_weight_g,
            )

    def context_timeout(self) -> dt.timedelta:
        """The shared expiry setting, re-read now and then (not on every scan)."""
        now = time.monotonic()
        if self._timeout is None or now - self._timeout_read_at > _SETTING_REFRESH_SECONDS:
            self._timeout = dt.timedelta(minutes=context_minutes())
            self._timeout_read_at = now
        return self._timeout

    def expire_context(self) -> ScanResult | None:
        """For the window's timer: clear an expired context now.  The result (for the log)
        says so; None when nothing had expired."""
        now = self.clock()
        with write_transaction():
            state = self._state()
            if not bench_context.expire_if_quiet(state, now, self.context_timeout()):
                return None
            self._save(state)
        return ScanResult(
            raw="", code="", ok=True, kind=CodeKind.INVALID, action=ScanAction.CONTEXT_EXPIRED,
            message="context_expired", args={"minutes": self.context_timeout().seconds // 60},
            context_cleared=True,
        )  # fmt: skip

    # --- check-in actions from the window --------------------------------------------------

    def set_template(
        self, category_id: int, size: str | None = None, quantity: int | None = None
    ) -> ScanResult:
        """A category chosen on screen: like its card (a box waiting to return is repacked)."""

        def action(step: Step) -> ScanResult:
            category = Category.get_or_none(Category.id == category_id)
            if category is None:
                raise Refusal("category_unknown", code=str(category_id))
            return checkin.category_chosen(step, category, size, quantity, category.code)

        return self._run(None, action)

    def set_quantity(self, quantity: int) -> ScanResult:
        """The on-screen quantity: what the next box gets (a waiting confirmation stays)."""

        def action(step: Step) -> ScanResult:
            step.extra["keep_pending"] = True
            return checkin.apply_quantity(step, quantity, str(quantity))

        return self._run(None, action)

    def set_expiry(self, month: dt.date | str) -> ScanResult:
        """The on-screen expiry month ("2027-03" or a date in it): what the next boxes of
        an expiring category get.  A month already past is amber until set again."""

        def action(step: Step) -> ScanResult:
            chosen = month if isinstance(month, dt.date) else expiry.parse_month(month)
            if chosen is None:
                raise Refusal("expiry_invalid", expiry=codes.safe_display(str(month), 20))
            return expiry.apply_expiry(step, chosen, expiry.month_text(chosen), CodeKind.EXPIRY)

        return self._run(None, action)

    def set_next_weight(self, kg: str) -> ScanResult:
        """The weight typed on screen for the next box packed here ("" clears it).  Refused,
        with nothing written, when it is not a weight (see `weight.parse_kg`)."""

        def action(step: Step) -> ScanResult:
            step.extra["keep_pending"] = True
            return checkin.apply_next_weight(step, kg)

        return self._run(None, action)

    def set_location(self, location_code: str) -> ScanResult:
        return self.scan(location_code)

    def new_box(self) -> ScanResult:
        """A box from the template with a fresh code (F2).  A second press within 1 s of
        this bench's last new box is ignored: silent, nothing written."""
        return self._run(None, checkin.new_box)

    def check_in_mode(self) -> ScanResult:
        return self.scan(codes.command_code(Command.CHECK_IN))

    # --- undo -----------------------------------------------------------------------------

    def undo(self) -> ScanResult:
        """UNDO key: the signed-in volunteer's last change at this bench (bounded)."""
        return self._run(None, undo.undo_last)

    # --- van loads ------------------------------------------------------------------------

    def dispatch(self) -> ScanResult:
        """The DISPATCH card: amber first, dispatches when repeated within 30 s."""
        return self.scan(codes.command_code(Command.DISPATCH))

    def create_van_load(self, destination: str, notes: str = "", driver: str = "") -> ScanResult:
        """A new van load (made on screen); the bench starts loading it."""
        return self._run(
            None, lambda step: vanload.create_and_select(step, destination, notes, driver)
        )

    def van_summary(self, code: str) -> VanLoadSummary:
        """Code, destination, state, boxes and items of a van load, for a confirmation dialog."""
        with reading():
            return vanload.summary(code)

    def dispatch_van(self, code: str) -> ScanResult:
        """Dispatch the van load `code` after the window's own confirmation dialog.

        Acts on that code only, never on the van this bench remembers."""
        return self._run(None, lambda step: vanload.dispatch_code(step, code))

    def reopen_van(self, code: str, *, coordinator: str, pin: str) -> ScanResult:
        """A coordinator takes a dispatched van load back: its boxes are loading again,
        each with a `reopened` movement.  Needs the coordinator's PIN."""
        auth.require_coordinator(coordinator, pin)
        return self._run(
            None, lambda step: vanload.reopen(step, code, coordinator), needs_operator=False
        )

    # --- transaction frame ------------------------------------------------------------

    def _state(self) -> BenchState:
        state = find(BenchState, BenchState.bench, self.bench)
        if state is None:
            BenchState.insert(
                bench=self.bench, operator=self.operator
            ).on_conflict_ignore().execute()
            state = get(BenchState, BenchState.bench, self.bench)
        return state

    def _save(self, state: BenchState) -> None:
        if state.dirty_fields:
            dirty = sorted(f.name for f in state.dirty_fields)
            update_rows(
                BenchState,
                {name: state.__data__.get(name) for name in dirty},
                {"bench": state.bench},
            )

    def _run(
        self, parsed: ParsedCode | None, action: Action, *, needs_operator: bool = True
    ) -> ScanResult:
        now = self.clock()
        for attempt in range(1, RETRIES + 1):
            try:
                return self._attempt(parsed, action, now, needs_operator)
            except StorageError as exc:
                # Another bench won a race on a shared server; the whole scan rolled back.
                if exc.key != "db_conflict" or attempt == RETRIES:
                    raise
                # Benches that deadlocked would meet again at once: spread their retries.
                time.sleep(random.uniform(0, 0.01 * 2**attempt))
        raise AssertionError("unreachable")

    def _attempt(
        self, parsed: ParsedCode | None, action: Action, now: dt.datetime, needs_operator: bool
    ) -> ScanResult:
        code = parsed.code if parsed else ""
        raw = parsed.raw if parsed else ""
        kind = parsed.kind if parsed else CodeKind.INVALID
        housekeeping = False
        cleared = False
        try:
            with write_transaction():
                state = self._state()
                if parsed is not None and _is_duplicate(state, parsed.code, now):
                    raise Duplicate()
                if needs_operator and not self.operator:
                    raise Refusal("sign_in_first")
                step = Step(self, state, Actor(self.operator, self.bench, new_batch()), now, parsed)
                had_pending = state.pending is not None
                cleared = step.context_cleared = bench_context.expire_if_quiet(
                    state, now, self.context_timeout()
                )
                housekeeping = cleared or had_pending
                try:
                    result = action(step)
                except BoxChangedElsewhere as exc:
                    raise Refusal("box_changed_elsewhere", code=str(exc)) from exc
                if had_pending and not step.pending_set and not step.extra.get("keep_pending"):
                    bench_context.drop_pending(state)
                # A window action (no code) in between makes the next scan deliberate.
                state.last_code = parsed.code if parsed is not None else step.extra.get("mark")
                state.last_scan_at = now
                self._save(state)
        except Duplicate:
            return ScanResult(raw, code, True, kind, ScanAction.DUPLICATE_IGNORED,
                              "duplicate_ignored", silent=True)  # fmt: skip
        except Refusal as refusal:
            if housekeeping:
                self._after_refusal(now)
            return replace(_refused(raw, code, kind, refusal), context_cleared=cleared)
        if parsed is not None:
            result = _with_origin(result, parsed)
        if cleared:
            result = replace(result, context_cleared=True)
        return result

    def _end_waiting_confirmation(self) -> None:
        """Garbage is still a scan: it ends a confirmation that was waiting (stock untouched)."""
        try:
            with write_transaction():
                state = find(BenchState, BenchState.bench, self.bench)
                if state is not None and bench_context.drop_pending(state):
                    self._save(state)
        except StorageError:
            pass  # the refusal itself is the answer; a busy database must not hide it

    def _after_refusal(self, now: dt.datetime) -> None:
        """A refused scan is still a scan: it ends a waiting confirmation, and a context
        that had expired stays cleared.  Nothing about stock is written."""
        with write_transaction():
            state = self._state()
            bench_context.expire_if_quiet(state, now, self.context_timeout())
            bench_context.drop_pending(state)
            self._save(state)

    # --- routing ----------------------------------------------------------------------

    def _route(self, step: Step) -> ScanResult:
        for pre in PRE_ROUTES:
            result = pre(step)
            if result is not None:
                return result
        assert step.parsed is not None
        handler = BY_KIND.get(step.parsed.kind)
        if handler is None:
            raise Refusal("invalid_unknown_format", shown=step.parsed.safe_display)
        return handler(step)

    # --- places -----------------------------------------------------------------------

    def bench_location(self, state: BenchState) -> Location | None:
        """Where a new or returned box goes: the current location, else this bench's."""
        if state.location_id is not None:
            return find(Location, Location.id, state.location_id)
        if self._bench_location_id is not None:
            known = find(Location, Location.id, self._bench_location_id)
            if known is not None and known.active:
                return known
        located = self._find_bench_location()
        self._bench_location_id = located.id if located is not None else None
        return located

    def _find_bench_location(self) -> Location | None:
        named: Location | None = Location.get_or_none(
            (Location.kind == LocationKind.BENCH.value)
            & (Location.active == True)  # noqa: E712
            & ((Location.name == self.bench) | (Location.code == self.bench))
        )
        if named is not None:
            return named
        first: Location | None = (
            Location.select()
            .where((Location.kind == LocationKind.BENCH.value) & (Location.active == True))  # noqa: E712
            .order_by(Location.id)
            .first()
        )
        return first


# --- routing by kind and mode ----------------------------------------------------------------


@on_kind(CodeKind.COMMAND)
def _command(step: Step) -> ScanResult:
    assert step.parsed is not None
    command = step.parsed.command
    handler = BY_COMMAND.get(command) if command is not None else None
    if handler is None:
        raise Refusal("invalid_unknown_format", shown=step.parsed.safe_display)
    return handler(step)


@on_kind(CodeKind.BOX)
def _box(step: Step) -> ScanResult:
    # The tables are keyed by BenchMode, a str enum: the stored string finds its entry.
    return BOX_BY_MODE[step.state.mode](step)


@on_kind(CodeKind.LOCATION)
def _location(step: Step) -> ScanResult:
    handler = LOCATION_BY_MODE.get(step.state.mode) or LOCATION_BY_MODE[BenchMode.CHECK_IN]
    return handler(step)


# --- helpers ---------------------------------------------------------------------------------


def _is_duplicate(state: BenchState, code: str, now: dt.datetime) -> bool:
    if state.last_code != code or state.last_scan_at is None:
        return False
    since: dt.timedelta = now - state.last_scan_at
    return dt.timedelta(0) <= since < DUPLICATE_WINDOW


def _invalid(raw: str, parsed: ParsedCode) -> ScanResult:
    reason = parsed.reason.value if parsed.reason else "unknown_format"
    return ScanResult(
        raw=raw, code=parsed.code, ok=False, kind=CodeKind.INVALID, action=ScanAction.REFUSED,
        message=f"invalid_{reason}", args={"shown": parsed.safe_display},
    )  # fmt: skip


def _refused(raw: str, code: str, kind: CodeKind, refusal: Refusal) -> ScanResult:
    return ScanResult(
        raw=raw, code=code, ok=False, kind=kind, action=ScanAction.REFUSED,
        message=refusal.message, args=refusal.args_, box=_safe_box_info(refusal.box),
    )  # fmt: skip


def _safe_box_info(box: Box | None) -> BoxInfo | None:
    if box is None:
        return None
    try:
        return box_info(Box.get_by_id(box.id))
    except pw.PeeweeException:
        return None


def _with_origin(result: ScanResult, parsed: ParsedCode) -> ScanResult:
    """Report the code as scanned (raw and normalised) rather than as routed internally."""
    if result.raw == parsed.raw and result.code == parsed.code and result.kind is parsed.kind:
        return result  # the usual case: a clean scan answered as itself
    return replace(result, raw=parsed.raw, code=parsed.code, kind=parsed.kind)
