"""What a scan answers and what the bench shows: results, actions, box details, context.

These are the bench's public types; the window, the command line and the benchmarks import
them from `warehouse_desktop.bench`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import asdict, dataclass, field
from typing import Any

from warehouse_desktop.codes import CodeKind
from warehouse_desktop.fast_sql import find, get
from warehouse_desktop.messages import render
from warehouse_desktop.models import BenchMode, Box, Category, Location, VanLoad

# The same code again at the same bench this soon is a scanner's double read.
DUPLICATE_WINDOW = dt.timedelta(seconds=1.5)
# A second scan that confirms an amber one (return a box, dispatch a van) must come this soon.
CONFIRM_WINDOW = dt.timedelta(seconds=30)
# A second F2 (new box with a fresh code) this soon after the last is ignored.
NEW_BOX_WINDOW = dt.timedelta(seconds=1)
# An unknown retail barcode scanned this soon after a category card is linked to it.
RETAIL_LINK_WINDOW = dt.timedelta(seconds=60)
# Without a scan for this long the location, van load and count are cleared (a setting).
DEFAULT_CONTEXT_MINUTES = 15
# UNDO reaches at most this many of the volunteer's changes back, and none older than this.
UNDO_DEPTH = 10
UNDO_AGE = dt.timedelta(minutes=10)
MAX_QUANTITY = 999
RETRIES = 5


class ScanAction(enum.StrEnum):
    TEMPLATE_SET = "template_set"
    QUANTITY_SET = "quantity_set"
    WEIGHT_SET = "weight_set"
    BOX_CREATED = "box_created"
    BOX_MOVED = "box_moved"
    BOX_RETURNED = "box_returned"
    BOX_REPACKED = "box_repacked"
    BOX_FOUND = "box_found"
    BOX_SHOWN = "box_shown"
    LOCATION_SET = "location_set"
    VAN_LOAD_SELECTED = "van_load_selected"
    BOX_LOADED = "box_loaded"
    ALREADY_ON_LOAD = "already_on_load"
    LOAD_DISPATCHED = "load_dispatched"
    VAN_REOPENED = "van_reopened"
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
    # Amber: nothing changed, the same scan again within 30 s confirms.
    CONFIRM_RETURN = "confirm_return"
    CONFIRM_DISPATCH = "confirm_dispatch"
    # An expiry month already past; a box loaded while one expiring sooner is in stock.
    CONFIRM_EXPIRY = "confirm_expiry"
    CONFIRM_LOAD_LATER = "confirm_load_later"
    EXPIRY_SET = "expiry_set"
    # LOOK: the next scan is shown, never acted on; and what a look shows.
    LOOK_ARMED = "look_armed"
    LOOKED = "looked"
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    # The bench context was cleared after a quiet spell (from `expire_context`).
    CONTEXT_EXPIRED = "context_expired"


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
    # The month the contents expire (its first day); None for boxes that do not expire.
    expires_on: dt.date | None = None
    # Grams; None: not weighed.
    weight_g: int | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["packed_at"] = self.packed_at.isoformat(timespec="seconds")
        data["updated_at"] = self.updated_at.isoformat(timespec="seconds")
        data["expires_on"] = self.expires_on.strftime("%Y-%m") if self.expires_on else None
        return data


def box_info(
    box: Box, *, category: Category | None = None, location: Location | None = None
) -> BoxInfo:
    """What the bench shows of a box; pass the rows already at hand to save queries."""
    if category is None or category.id != box.category_id:
        category = get(Category, Category.id, box.category_id)
    if box.location_id is None:
        location = None
    elif location is None or location.id != box.location_id:
        location = get(Location, Location.id, box.location_id)
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
        expires_on=box.expires_on,
        weight_g=box.weight_g,
    )


@dataclass(frozen=True)
class ScanResult:
    """What one scan did.  Green: `ok`.  Amber: `confirm` (ok is False, nothing changed).
    Red: neither.  `context_cleared` says the bench context had expired before this scan."""

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
    confirm: bool = False
    context_cleared: bool = False

    @property
    def text(self) -> str:
        """English text, for the command line and logs."""
        return render(self.message, self.args)

    @property
    def refused(self) -> bool:
        """Red: refused, nothing changed."""
        return not self.ok and not self.confirm

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "ok": self.ok,
            "confirm": self.confirm,
            "kind": self.kind.value,
            "action": self.action.value,
            "message": self.text,
            "message_key": self.message,
            "args": {k: v for k, v in self.args.items() if isinstance(v, str | int | float)},
            "box": self.box.as_json() if self.box else None,
            "details": [b.as_json() for b in self.details],
            "context_cleared": self.context_cleared,
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
    # Who is signed in at this bench (None: nobody; scans other than a card are refused).
    volunteer: str | None = None
    volunteer_role: str | None = None
    # When the location, van load and count expire without a scan (None: nothing to expire).
    expires_at: dt.datetime | None = None
    # A scan waiting for its confirming second scan ("return", "dispatch") or LOOK ("look").
    pending_action: str | None = None
    pending_code: str | None = None
    pending_until: dt.datetime | None = None
    count_location_name: str | None = None
    # The template's category needs an expiry month; the month the next box gets.
    category_expires: bool = False
    expiry: dt.date | None = None
    # The weight (grams) typed for the next box packed here; None: the next box is not weighed.
    next_weight_g: int | None = None

    @property
    def signed_in(self) -> bool:
        return bool(self.operator)
