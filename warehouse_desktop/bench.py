"""The bench: the scan-driven workflow of SPEC section 5, with no Qt.

`BenchService.scan` is the one router every scan goes through, from the window's wedge
filter, a serial scanner or `warehouse-desktop scan`.  Each scan is one write
transaction: it either commits whole (and only then is it acknowledged) or writes
nothing.  Results carry message keys, never UI text.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import peewee as pw

from warehouse_desktop import codes
from warehouse_desktop.codes import CodeKind, Command, ParsedCode
from warehouse_desktop.db import find, update_rows, write_transaction
from warehouse_desktop.errors import StorageError
from warehouse_desktop.messages import render
from warehouse_desktop.models import (
    BenchMode,
    BenchState,
    Box,
    BoxState,
    Category,
    Location,
    LocationKind,
    Movement,
    MovementAction,
    RetailCode,
    VanLoad,
    VanLoadState,
    utcnow,
)
from warehouse_desktop.movements import (
    Actor,
    BoxChangedElsewhere,
    change_box,
    create_box,
    new_batch,
)
from warehouse_desktop.numbering import issued_up_to, reserve_in_transaction

DUPLICATE_WINDOW = dt.timedelta(seconds=1.5)
# An unknown retail barcode scanned this soon after a category card is linked to it.
RETAIL_LINK_WINDOW = dt.timedelta(seconds=60)
MAX_QUANTITY = 999
RETRIES = 5


class ScanAction(enum.StrEnum):
    TEMPLATE_SET = "template_set"
    QUANTITY_SET = "quantity_set"
    BOX_CREATED = "box_created"
    BOX_MOVED = "box_moved"
    BOX_RETURNED = "box_returned"
    BOX_SHOWN = "box_shown"
    LOCATION_SET = "location_set"
    VAN_LOAD_SELECTED = "van_load_selected"
    BOX_LOADED = "box_loaded"
    ALREADY_ON_LOAD = "already_on_load"
    LOAD_DISPATCHED = "load_dispatched"
    MODE_CHANGED = "mode_changed"
    COUNT_STARTED = "count_started"
    COUNT_LOCATION_SET = "count_location_set"
    BOX_COUNTED = "box_counted"
    COUNT_DONE = "count_done"
    UNDONE = "undone"
    NOTHING_TO_UNDO = "nothing_to_undo"
    RETAIL_LINKED = "retail_linked"
    DUPLICATE_IGNORED = "duplicate_ignored"
    REFUSED = "refused"


@dataclass(frozen=True)
class BoxInfo:
    code: str
    category: str
    category_id: int
    size: str
    gender: str
    quantity: int
    location: str | None
    location_name: str | None
    state: str
    van_load: str | None
    packed_at: dt.datetime
    updated_at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["packed_at"] = self.packed_at.isoformat(timespec="seconds")
        data["updated_at"] = self.updated_at.isoformat(timespec="seconds")
        return data


def box_info(
    box: Box, *, category: Category | None = None, location: Location | None = None
) -> BoxInfo:
    """What the bench shows of a box; pass the rows already at hand to save queries."""
    if category is None or category.id != box.category_id:
        category = find(Category, Category.id, box.category_id)
    if box.location_id is None:
        location = None
    elif location is None or location.id != box.location_id:
        location = find(Location, Location.id, box.location_id)
    van_load = find(VanLoad, VanLoad.id, box.van_load_id) if box.van_load_id else None
    return BoxInfo(
        code=box.code,
        category=category.name,
        category_id=category.id,
        size=box.size,
        gender=category.gender,
        quantity=box.quantity,
        location=location.code if location else None,
        location_name=location.name if location else None,
        state=box.state,
        van_load=van_load.code if van_load else None,
        packed_at=box.packed_at,
        updated_at=box.updated_at,
    )


@dataclass(frozen=True)
class ScanResult:
    raw: str
    code: str
    ok: bool
    kind: CodeKind
    action: ScanAction
    message: str
    args: dict[str, Any] = field(default_factory=dict)
    box: BoxInfo | None = None
    silent: bool = False
    details: list[BoxInfo] = field(default_factory=list)

    @property
    def text(self) -> str:
        """English text, for the command line and logs."""
        return render(self.message, self.args)

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "ok": self.ok,
            "kind": self.kind.value,
            "action": self.action.value,
            "message": self.text,
            "message_key": self.message,
            "args": {k: v for k, v in self.args.items() if isinstance(v, str | int | float)},
            "box": self.box.as_json() if self.box else None,
            "details": [b.as_json() for b in self.details],
        }


@dataclass(frozen=True)
class BenchContext:
    bench: str
    mode: BenchMode
    category_id: int | None
    category_name: str | None
    size: str | None
    sizes: list[str]
    quantity: int | None
    location_code: str | None
    location_name: str | None
    van_load_code: str | None
    van_load_destination: str | None
    van_load_box_count: int
    operator: str
    count_location_code: str | None
    count_seen: int


class _Refusal(Exception):
    """Leaves the scan's transaction: nothing it did is written."""

    def __init__(self, message: str, box: Box | None = None, **args: Any) -> None:
        super().__init__(message)
        self.message = message
        self.box = box
        self.args_ = args


class BenchService:
    """The scan router and bench context of one bench."""

    def __init__(
        self,
        bench: str,
        *,
        operator: str = "",
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.bench = bench
        self.operator = operator
        self.clock = clock
        # The bench location rarely changes: found once, checked on each use.
        self._bench_location_id: int | None = None

    # --- public API -------------------------------------------------------------------

    def scan(self, raw: str) -> ScanResult:
        """Route one scanned or typed string.  Never raises for bad input."""
        parsed = codes.classify(raw)
        if not parsed.ok:
            reason = parsed.reason.value if parsed.reason else "unknown_format"
            return ScanResult(
                raw=raw,
                code=parsed.code,
                ok=False,
                kind=CodeKind.INVALID,
                action=ScanAction.REFUSED,
                message=f"invalid_{reason}",
                args={"shown": parsed.safe_display},
            )
        return self._run(parsed, lambda state, actor, now: self._route(parsed, state, actor, now))

    def context(self) -> BenchContext:
        state = self._state()
        category = state.template_category
        location = state.location
        van_load = state.van_load
        count_location = state.count_location
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
            operator=state.operator or self.operator,
            count_location_code=count_location.code if count_location else None,
            count_seen=len(state.count_seen or []),
        )

    def set_operator(self, name: str) -> None:
        self.operator = name
        with write_transaction():
            state = self._state()
            state.operator = name
            state.save()

    def set_template(
        self, category_id: int, size: str | None = None, quantity: int | None = None
    ) -> ScanResult:
        def action(state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
            category = Category.get_or_none(Category.id == category_id)
            if category is None:
                raise _Refusal("category_unknown", code=str(category_id))
            return self._apply_template(state, category, size, quantity, category.code)

        return self._run(None, action)

    def set_quantity(self, quantity: int) -> ScanResult:
        def action(state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
            return self._apply_quantity(state, quantity, str(quantity))

        return self._run(None, action)

    def set_location(self, location_code: str) -> ScanResult:
        return self.scan(location_code)

    def new_box(self) -> ScanResult:
        """A box from the template with a fresh code (for boxes without a pre-printed label)."""

        def action(state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
            if state.template_category is None:
                raise _Refusal("no_template_for_new_box")
            code = reserve_in_transaction(CodeKind.BOX, 1)[0]
            return self._create(state, actor, now, code)

        return self._run(None, action)

    def undo(self) -> ScanResult:
        return self._run(None, lambda state, actor, now: self._undo(state, actor, now))

    def check_in_mode(self) -> ScanResult:
        return self.scan(codes.command_code(Command.CHECK_IN))

    def dispatch(self) -> ScanResult:
        return self.scan(codes.command_code(Command.DISPATCH))

    def create_van_load(self, destination: str, notes: str = "") -> ScanResult:
        def action(state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
            code = reserve_in_transaction(CodeKind.VAN_LOAD, 1)[0]
            load = VanLoad.create(
                code=code, destination=destination.strip() or code, notes=notes, created_at=now
            )
            state.mode = BenchMode.LOAD.value
            state.van_load = load.id
            return self._ok(
                code, CodeKind.VAN_LOAD, ScanAction.VAN_LOAD_SELECTED, "van_load_created",
                code=code, destination=load.destination, count=0,
            )  # fmt: skip

        return self._run(None, action)

    # --- transaction frame ------------------------------------------------------------

    def _state(self) -> BenchState:
        state = find(BenchState, BenchState.bench, self.bench)
        if state is None:
            BenchState.insert(
                bench=self.bench, operator=self.operator
            ).on_conflict_ignore().execute()
            state = find(BenchState, BenchState.bench, self.bench)
        return state

    def _run(
        self,
        parsed: ParsedCode | None,
        action: Callable[[BenchState, Actor, dt.datetime], ScanResult],
    ) -> ScanResult:
        now = self.clock()
        for attempt in range(1, RETRIES + 1):
            try:
                return self._attempt(parsed, action, now)
            except StorageError as exc:
                # Another bench won a race on a shared server; the whole scan rolled back.
                if exc.key != "db_conflict" or attempt == RETRIES:
                    raise
        raise AssertionError("unreachable")

    def _attempt(
        self,
        parsed: ParsedCode | None,
        action: Callable[[BenchState, Actor, dt.datetime], ScanResult],
        now: dt.datetime,
    ) -> ScanResult:
        code = parsed.code if parsed else ""
        raw = parsed.raw if parsed else ""
        kind = parsed.kind if parsed else CodeKind.INVALID
        try:
            with write_transaction():
                state = self._state()
                if parsed is not None and self._is_duplicate(state, parsed.code, now):
                    raise _Duplicate()
                actor = Actor(state.operator or self.operator, self.bench, new_batch())
                try:
                    result = action(state, actor, now)
                except BoxChangedElsewhere as exc:
                    raise _Refusal("box_changed_elsewhere", code=str(exc)) from exc
                if parsed is not None:
                    state.last_code = parsed.code
                    state.last_scan_at = now
                if state.dirty_fields:
                    dirty = sorted(f.name for f in state.dirty_fields)
                    update_rows(
                        BenchState,
                        {name: state.__data__.get(name) for name in dirty},
                        {"bench": state.bench},
                    )
        except _Duplicate:
            return ScanResult(
                raw,
                code,
                True,
                kind,
                ScanAction.DUPLICATE_IGNORED,
                "duplicate_ignored",
                silent=True,
            )
        except _Refusal as refusal:
            return ScanResult(
                raw=raw,
                code=code,
                ok=False,
                kind=kind,
                action=ScanAction.REFUSED,
                message=refusal.message,
                args=refusal.args_,
                box=_safe_box_info(refusal.box),
            )
        if parsed is not None:
            result = _with_origin(result, parsed)
        return result

    @staticmethod
    def _is_duplicate(state: BenchState, code: str, now: dt.datetime) -> bool:
        if state.last_code != code or state.last_scan_at is None:
            return False
        return dt.timedelta(0) <= now - state.last_scan_at < DUPLICATE_WINDOW

    @staticmethod
    def _ok(code: str, kind: CodeKind, action: ScanAction, message: str,
            box: Box | BoxInfo | None = None,
            /, *, details_: list[BoxInfo] | None = None, **args: Any) -> ScanResult:  # fmt: skip
        return ScanResult(
            raw=code,
            code=code,
            ok=True,
            kind=kind,
            action=action,
            message=message,
            args=args,
            box=box if isinstance(box, BoxInfo | None) else box_info(box),
            details=details_ or [],
        )

    # --- routing ----------------------------------------------------------------------

    def _route(
        self, parsed: ParsedCode, state: BenchState, actor: Actor, now: dt.datetime
    ) -> ScanResult:
        kind = parsed.kind
        if kind is CodeKind.COMMAND:
            return self._command(parsed, state, actor, now)
        if kind is CodeKind.CATEGORY:
            category = find(Category, Category.code, _category_card(parsed))
            if category is None:
                raise _Refusal("category_unknown", code=parsed.code)
            size = None
            if parsed.size_index is not None:
                sizes = list(category.sizes or [])
                if parsed.size_index >= len(sizes):
                    raise _Refusal(
                        "size_unknown", size=str(parsed.size_index), category=category.name
                    )
                size = sizes[parsed.size_index]
            return self._apply_template(state, category, size, None, parsed.code)
        if kind is CodeKind.RETAIL:
            return self._retail(parsed, state, now)
        if kind is CodeKind.LOCATION:
            return self._location(parsed, state)
        if kind is CodeKind.VAN_LOAD:
            return self._select_van_load(parsed.code, state)
        if kind is CodeKind.BOX:
            return self._box(parsed, state, actor, now)
        raise _Refusal("invalid_unknown_format", shown=parsed.safe_display)

    def _command(
        self, parsed: ParsedCode, state: BenchState, actor: Actor, now: dt.datetime
    ) -> ScanResult:
        command = parsed.command
        code = parsed.code
        if command is Command.CHECK_IN:
            state.mode = BenchMode.CHECK_IN.value
            state.count_location = None
            state.count_seen = []
            return self._ok(code, CodeKind.COMMAND, ScanAction.MODE_CHANGED, "mode_check_in")
        if command is Command.LOAD:
            state.mode = BenchMode.LOAD.value
            if state.van_load_id is not None:
                load = VanLoad.get_by_id(state.van_load_id)
                if load.state == VanLoadState.LOADING.value:
                    return self._van_load_selected(code, load, state)
                state.van_load = None
            return self._ok(code, CodeKind.COMMAND, ScanAction.MODE_CHANGED, "mode_load")
        if command is Command.DISPATCH:
            return self._dispatch(code, state, actor, now)
        if command is Command.COUNT:
            state.mode = BenchMode.COUNT.value
            state.count_location = None
            state.count_seen = []
            return self._ok(code, CodeKind.COMMAND, ScanAction.COUNT_STARTED, "count_started")
        if command is Command.DONE:
            return self._count_done(code, state, actor, now)
        if command is Command.UNDO:
            return self._undo(state, actor, now)
        if command is Command.QUANTITY:
            return self._apply_quantity(state, parsed.quantity or 0, code)
        raise _Refusal("invalid_unknown_format", shown=parsed.safe_display)

    # --- template ---------------------------------------------------------------------

    def _apply_template(
        self,
        state: BenchState,
        category: Category,
        size: str | None,
        quantity: int | None,
        code: str,
    ) -> ScanResult:
        if not category.active:
            raise _Refusal("category_inactive", category=category.name)
        sizes = list(category.sizes or [""])
        if size is not None and size not in sizes:
            raise _Refusal("size_unknown", size=size, category=category.name)
        if size is None:
            same = state.template_category_id == category.id and state.template_size in sizes
            size = state.template_size if same else sizes[0]
        if quantity is None:
            same_category = state.template_category_id == category.id
            quantity = (
                state.template_quantity
                if same_category and state.template_quantity
                else category.default_quantity
            )
        if not 1 <= quantity <= MAX_QUANTITY:
            raise _Refusal("quantity_invalid")
        state.template_category = category.id
        state.template_size = size
        state.template_quantity = quantity
        if state.mode == BenchMode.COUNT.value:
            state.mode = BenchMode.CHECK_IN.value
        return self._ok(
            code, CodeKind.CATEGORY, ScanAction.TEMPLATE_SET, "template_set",
            category=category.name, category_names=_names(category), size=size,
            quantity=quantity,
        )  # fmt: skip

    def _apply_quantity(self, state: BenchState, quantity: int, code: str) -> ScanResult:
        if not 1 <= quantity <= MAX_QUANTITY:
            raise _Refusal("quantity_invalid")
        state.template_quantity = quantity
        return self._ok(
            code, CodeKind.COMMAND, ScanAction.QUANTITY_SET, "quantity_set", quantity=quantity
        )

    def _retail(self, parsed: ParsedCode, state: BenchState, now: dt.datetime) -> ScanResult:
        link = RetailCode.get_or_none(RetailCode.code == parsed.code)
        if link is not None:
            return self._apply_template(state, link.category, None, None, parsed.code)
        last = codes.classify(state.last_code) if state.last_code else None
        recent = state.last_scan_at is not None and now - state.last_scan_at < RETAIL_LINK_WINDOW
        if last is not None and last.kind is CodeKind.CATEGORY and recent:
            category = Category.get_or_none(Category.code == _category_card(last))
            if category is not None:
                RetailCode.create(code=parsed.code, category=category)
                return self._ok(
                    parsed.code, CodeKind.RETAIL, ScanAction.RETAIL_LINKED, "retail_linked",
                    code=parsed.code, category=category.name, category_names=_names(category),
                )  # fmt: skip
        raise _Refusal("retail_unknown", code=parsed.code)

    # --- locations and van loads ------------------------------------------------------

    def _location(self, parsed: ParsedCode, state: BenchState) -> ScanResult:
        location = find(Location, Location.code, parsed.code)
        if location is None:
            raise _Refusal("location_unknown", code=parsed.code)
        if not location.active:
            raise _Refusal("location_inactive", location=location.name)
        if state.mode == BenchMode.COUNT.value:
            state.count_location = location.id
            state.count_seen = []
            return self._ok(
                parsed.code, CodeKind.LOCATION, ScanAction.COUNT_LOCATION_SET,
                "count_location_set", location=location.name,
            )  # fmt: skip
        state.location = location.id
        return self._ok(
            parsed.code, CodeKind.LOCATION, ScanAction.LOCATION_SET, "location_set",
            location=location.name,
        )  # fmt: skip

    def _select_van_load(self, code: str, state: BenchState) -> ScanResult:
        load = VanLoad.get_or_none(VanLoad.code == code)
        if load is None:
            raise _Refusal("van_load_unknown", code=code)
        if load.state != VanLoadState.LOADING.value:
            raise _Refusal("van_load_closed", code=code, state=load.state)
        state.mode = BenchMode.LOAD.value
        state.count_location = None
        state.count_seen = []
        return self._van_load_selected(code, load, state)

    def _van_load_selected(self, code: str, load: VanLoad, state: BenchState) -> ScanResult:
        state.van_load = load.id
        count = Box.select().where(Box.van_load == load.id).count()
        return self._ok(
            code, CodeKind.VAN_LOAD, ScanAction.VAN_LOAD_SELECTED, "van_load_selected",
            destination=load.destination, count=count, code=load.code,
        )  # fmt: skip

    def _dispatch(self, code: str, state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
        if state.van_load_id is None:
            raise _Refusal("dispatch_needs_load")
        load = VanLoad.get_by_id(state.van_load_id)
        if load.state != VanLoadState.LOADING.value:
            raise _Refusal("van_load_closed", code=load.code, state=load.state)
        boxes = list(
            Box.select()
            .where((Box.van_load == load.id) & (Box.state == BoxState.LOADING.value))
            .order_by(Box.id)
        )
        if not boxes:
            raise _Refusal("load_empty", code=load.code)
        for box in boxes:
            change_box(actor, box, MovementAction.DISPATCHED, state=BoxState.DISPATCHED,
                       location=None, at=now)  # fmt: skip
        changed = (
            VanLoad.update(state=VanLoadState.DISPATCHED.value, dispatched_at=now)
            .where((VanLoad.id == load.id) & (VanLoad.state == VanLoadState.LOADING.value))
            .execute()
        )
        if changed != 1:
            raise _Refusal("van_load_closed", code=load.code, state=VanLoadState.DISPATCHED.value)
        state.mode = BenchMode.CHECK_IN.value
        state.van_load = None
        return self._ok(
            code, CodeKind.COMMAND, ScanAction.LOAD_DISPATCHED, "load_dispatched",
            destination=load.destination, count=len(boxes), van_load=load.code,
        )  # fmt: skip

    # --- boxes ------------------------------------------------------------------------

    def _bench_location(self, state: BenchState) -> Location | None:
        """Where a new box goes: the current location, else this bench's bench location."""
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
        named = Location.get_or_none(
            (Location.kind == LocationKind.BENCH.value)
            & (Location.active == True)  # noqa: E712
            & ((Location.name == self.bench) | (Location.code == self.bench))
        )
        if named is not None:
            return named
        return (
            Location.select()
            .where((Location.kind == LocationKind.BENCH.value) & (Location.active == True))  # noqa: E712
            .order_by(Location.id)
            .first()
        )

    def _create(self, state: BenchState, actor: Actor, now: dt.datetime, code: str) -> ScanResult:
        category = find(Category, Category.id, state.template_category_id)
        if not category.active:
            raise _Refusal("category_inactive", category=category.name)
        location = self._bench_location(state)
        box = create_box(
            actor,
            code=code,
            category=category,
            size=state.template_size or "",
            quantity=state.template_quantity or category.default_quantity,
            location=location,
            at=now,
        )
        return self._ok(
            code, CodeKind.BOX, ScanAction.BOX_CREATED, "box_created",
            box_info(box, category=category, location=location),
            code=code, category=category.name, category_names=_names(category), size=box.size,
            quantity=box.quantity,
            location=location.name if location else "-",
        )  # fmt: skip

    def _box(
        self, parsed: ParsedCode, state: BenchState, actor: Actor, now: dt.datetime
    ) -> ScanResult:
        code = parsed.code
        box = find(Box, Box.code, code)
        mode = BenchMode(state.mode)
        if box is None:
            if mode is not BenchMode.CHECK_IN:
                raise _Refusal("box_unknown", code=code)
            if parsed.number is None or parsed.number > issued_up_to(CodeKind.BOX):
                raise _Refusal("box_code_not_issued", code=code)
            if state.template_category_id is None:
                raise _Refusal("scan_category_first")
            return self._create(state, actor, now, code)
        if mode is BenchMode.LOAD:
            return self._load_box(box, state, actor, now)
        if mode is BenchMode.COUNT:
            return self._count_box(box, state)
        return self._check_in_box(box, state, actor, now)

    def _check_in_box(
        self, box: Box, state: BenchState, actor: Actor, now: dt.datetime
    ) -> ScanResult:
        code = box.code
        box_state = BoxState(box.state)
        if box_state is BoxState.IN_STOCK:
            if state.location_id is not None and box.location_id != state.location_id:
                location = find(Location, Location.id, state.location_id)
                change_box(actor, box, MovementAction.MOVED, location=location, at=now)
                return self._ok(
                    code, CodeKind.BOX, ScanAction.BOX_MOVED, "box_moved",
                    box_info(box, location=location),
                    code=code, location=location.name,
                )  # fmt: skip
            info = box_info(box)
            return self._ok(
                code, CodeKind.BOX, ScanAction.BOX_SHOWN, "box_shown", box,
                code=code, category=info.category, category_names=_names(box.category), size=info.size,
                quantity=info.quantity,
                location=info.location_name or "-",
            )  # fmt: skip
        if box_state in (BoxState.LOADING, BoxState.DISPATCHED, BoxState.LOST):
            location = self._bench_location(state)
            action = {
                BoxState.LOADING: MovementAction.UNLOADED,
                BoxState.DISPATCHED: MovementAction.RETURNED,
                BoxState.LOST: MovementAction.FOUND,
            }[box_state]
            change_box(actor, box, action, location=location, state=BoxState.IN_STOCK,
                       van_load=None, at=now)  # fmt: skip
            return self._ok(
                code, CodeKind.BOX, ScanAction.BOX_RETURNED, "box_returned", box,
                code=code, location=location.name if location else "-",
            )  # fmt: skip
        # Scrapped: a box whose creation was undone may be packed again with the template.
        if _creation_undone(box) and state.template_category_id is not None:
            category = Category.get_by_id(state.template_category_id)
            location = self._bench_location(state)
            change_box(
                actor, box, MovementAction.CREATED, location=location, state=BoxState.IN_STOCK,
                van_load=None, quantity=state.template_quantity or category.default_quantity,
                category=category, size=state.template_size or "", at=now,
            )  # fmt: skip
            return self._ok(
                code, CodeKind.BOX, ScanAction.BOX_CREATED, "box_created", box,
                code=code, category=category.name, category_names=_names(category), size=box.size,
            quantity=box.quantity,
                location=location.name if location else "-",
            )  # fmt: skip
        raise _Refusal(
            "box_state_shown", box, code=code, category=box.category.name,
            category_names=_names(box.category), size=box.size,
            state=box.state,
        )  # fmt: skip

    def _load_box(self, box: Box, state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
        code = box.code
        if state.van_load_id is None:
            raise _Refusal("no_van_load", box)
        load = VanLoad.get_by_id(state.van_load_id)
        if load.state != VanLoadState.LOADING.value:
            raise _Refusal("van_load_closed", box, code=load.code, state=load.state)
        if box.state == BoxState.LOADING.value:
            if box.van_load_id == load.id:
                count = Box.select().where(Box.van_load == load.id).count()
                return self._ok(
                    code, CodeKind.BOX, ScanAction.ALREADY_ON_LOAD, "already_on_load", box,
                    code=code, destination=load.destination, count=count,
                )  # fmt: skip
            other = VanLoad.get_by_id(box.van_load_id)
            raise _Refusal("box_on_other_load", box, code=code, van_load=other.code)
        if box.state != BoxState.IN_STOCK.value:
            raise _Refusal("box_not_loadable", box, code=code, state=box.state)
        change_box(actor, box, MovementAction.LOADED, state=BoxState.LOADING, van_load=load, at=now)
        count = Box.select().where(Box.van_load == load.id).count()
        return self._ok(
            code, CodeKind.BOX, ScanAction.BOX_LOADED, "box_loaded", box,
            code=code, destination=load.destination, count=count,
        )  # fmt: skip

    # --- stock-take -------------------------------------------------------------------

    def _count_box(self, box: Box, state: BenchState) -> ScanResult:
        if state.count_location_id is None:
            raise _Refusal("count_needs_location", box)
        seen = list(state.count_seen or [])
        if box.id in seen:
            return self._ok(
                box.code, CodeKind.BOX, ScanAction.BOX_COUNTED, "box_counted_again", box,
                code=box.code, count=len(seen),
            )  # fmt: skip
        seen.append(box.id)
        state.count_seen = seen
        return self._ok(
            box.code, CodeKind.BOX, ScanAction.BOX_COUNTED, "box_counted", box,
            code=box.code, count=len(seen),
        )  # fmt: skip

    def _count_done(
        self, code: str, state: BenchState, actor: Actor, now: dt.datetime
    ) -> ScanResult:
        if state.mode != BenchMode.COUNT.value:
            raise _Refusal("done_without_count")
        if state.count_location_id is None:
            raise _Refusal("count_needs_location")
        location = Location.get_by_id(state.count_location_id)
        seen = set(state.count_seen or [])
        expected = list(
            Box.select()
            .where((Box.location == location.id) & (Box.state == BoxState.IN_STOCK.value))
            .order_by(Box.code)
        )
        missing = [box for box in expected if box.id not in seen]
        found_elsewhere = 0
        for box in Box.select().where(Box.id.in_(list(seen))).order_by(Box.code) if seen else []:
            if box.state == BoxState.IN_STOCK.value and box.location_id == location.id:
                continue
            action = {
                BoxState.IN_STOCK.value: MovementAction.MOVED,
                BoxState.LOST.value: MovementAction.FOUND,
            }.get(box.state, MovementAction.RETURNED)
            if box.state == BoxState.SCRAPPED.value:
                continue
            change_box(actor, box, action, location=location, state=BoxState.IN_STOCK,
                       van_load=None, at=now)  # fmt: skip
            found_elsewhere += 1
        state.mode = BenchMode.CHECK_IN.value
        state.count_location = None
        state.count_seen = []
        return self._ok(
            code, CodeKind.COMMAND, ScanAction.COUNT_DONE, "count_done",
            details_=[box_info(b) for b in missing], location=location.name,
            found=len(seen), missing=len(missing), moved=found_elsewhere,
        )  # fmt: skip

    # --- undo -------------------------------------------------------------------------

    def _undo(self, state: BenchState, actor: Actor, now: dt.datetime) -> ScanResult:
        undo_code = codes.command_code(Command.UNDO)
        already_undone = Movement.select(Movement.undoes).where(Movement.undoes.is_null(False))
        last = (
            Movement.select()
            .where(
                (Movement.bench == self.bench)
                & (Movement.action != MovementAction.UNDONE.value)
                & (Movement.id.not_in(already_undone))
            )
            .order_by(Movement.id.desc())
            .first()
        )
        if last is None:
            return self._ok(
                undo_code, CodeKind.COMMAND, ScanAction.NOTHING_TO_UNDO, "nothing_to_undo"
            )
        batch = list(
            Movement.select()
            .where((Movement.batch == last.batch) & (Movement.id.not_in(already_undone)))
            .order_by(Movement.id.desc())
        )
        reopened: set[int] = set()
        last_box: Box | None = None
        for movement in batch:
            box = Box.get_by_id(movement.box_id)
            if (
                box.state != movement.to_state
                or box.location_id != movement.to_location_id
                or box.van_load_id != movement.van_load_id
            ):
                raise _Refusal("undo_conflict", box, code=box.code)
            if movement.action == MovementAction.CREATED.value and movement.from_state is None:
                change_box(actor, box, MovementAction.UNDONE, location=None,
                           state=BoxState.SCRAPPED, van_load=None, undoes=movement, at=now)  # fmt: skip
            else:
                from_van_load = (
                    VanLoad.get_by_id(movement.from_van_load_id)
                    if movement.from_van_load_id
                    else None
                )
                from_location = (
                    Location.get_by_id(movement.from_location_id)
                    if movement.from_location_id
                    else None
                )
                change_box(
                    actor, box, MovementAction.UNDONE, location=from_location,
                    state=BoxState(movement.from_state), van_load=from_van_load,
                    quantity=movement.from_quantity, undoes=movement, at=now,
                )  # fmt: skip
            if movement.action == MovementAction.DISPATCHED.value and movement.van_load_id:
                reopened.add(movement.van_load_id)
            last_box = box
        for load_id in reopened:
            VanLoad.update(state=VanLoadState.LOADING.value, dispatched_at=None).where(
                VanLoad.id == load_id
            ).execute()
        what = last.action
        if len(batch) == 1 and last_box is not None:
            return self._ok(
                undo_code, CodeKind.COMMAND, ScanAction.UNDONE, "undone", last_box,
                what=what, code=last_box.code,
            )  # fmt: skip
        return self._ok(
            undo_code, CodeKind.COMMAND, ScanAction.UNDONE, "undone_many",
            what=what, count=len(batch),
        )  # fmt: skip


class _Duplicate(Exception):
    pass


def _names(category: Category) -> dict[str, str]:
    """The category's names in other languages, so the window can show its own."""
    return dict(category.names or {})


def _category_card(parsed: ParsedCode) -> str:
    """The plain category card code, also for a category-and-size card."""
    return codes.make_code(CodeKind.CATEGORY, parsed.number or 0)


def _creation_undone(box: Box) -> bool:
    last = Movement.select().where(Movement.box == box.id).order_by(Movement.id.desc()).first()
    if last is None or last.action != MovementAction.UNDONE.value or last.undoes_id is None:
        return False
    undone = Movement.get_by_id(last.undoes_id)
    return undone.action == MovementAction.CREATED.value


def _safe_box_info(box: Box | None) -> BoxInfo | None:
    if box is None:
        return None
    try:
        return box_info(Box.get_by_id(box.id))
    except pw.PeeweeException:
        return None


def _with_origin(result: ScanResult, parsed: ParsedCode) -> ScanResult:
    """Report the code as scanned (raw and normalised) rather than as routed internally."""
    return replace(result, raw=parsed.raw, code=parsed.code, kind=parsed.kind)
