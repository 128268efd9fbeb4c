"""The bench context and the one place it changes: modes, expiry, pending confirmations.

Each mode owns part of the context: check-in the current location, van loading the van
load, stock-take the count's location and the boxes seen.  `change_mode` is the only
code that switches modes, and it clears what the old mode owned, so nothing one mode
set up leaks into the next.  The template (category, size, quantity) belongs to the
bench, not to a mode.
"""

from __future__ import annotations

import datetime as dt

from warehouse_desktop.bench.frame import Step
from warehouse_desktop.models import BenchMode, BenchState

# What each mode owns: the bench-state fields cleared when the bench leaves that mode.
OWNED_BY_MODE: dict[BenchMode, dict[str, object]] = {
    BenchMode.CHECK_IN: {"location": None},
    BenchMode.LOAD: {"van_load": None},
    BenchMode.COUNT: {"count_location": None, "count_seen": [], "count_started_at": None},
}
TEMPLATE_FIELDS: dict[str, object] = {
    "template_category": None,
    "template_size": None,
    "template_quantity": None,
    "template_expiry": None,
    "next_weight_g": None,
}
PENDING_FIELDS: dict[str, object] = {"pending": None}


def _clear(state: BenchState, fields: dict[str, object]) -> bool:
    """Set `fields` to their empty values; True if any was set (only those are written)."""
    changed = False
    for name, empty in fields.items():
        # Foreign keys hold the id in __data__: no query to read them.
        if state.__data__.get(name) in (None, []):
            continue
        setattr(state, name, list(empty) if isinstance(empty, list) else empty)
        changed = True
    return changed


def change_mode(state: BenchState, mode: BenchMode) -> None:
    """Enter `mode`, clearing what every other mode owned (even the mode being re-entered
    keeps only its own fields when it is the same mode)."""
    current = BenchMode(state.mode)
    if current is mode:
        return
    _clear(state, OWNED_BY_MODE[current])
    state.mode = mode.value


def clear_context(state: BenchState, *, template: bool) -> bool:
    """Back to check-in with no location, van load, count or pending confirmation; the
    template too when `template` (sign-in and sign-out).  True if anything was cleared."""
    changed = False
    for owned in OWNED_BY_MODE.values():
        changed |= _clear(state, owned)
    if state.mode != BenchMode.CHECK_IN.value:
        state.mode = BenchMode.CHECK_IN.value
        changed = True
    changed |= _clear(state, PENDING_FIELDS)
    if template:
        changed |= _clear(state, TEMPLATE_FIELDS)
    return changed


def has_expiring_context(state: BenchState) -> bool:
    """Is there a location, van load or count that a quiet spell would clear?"""
    return (
        state.location_id is not None
        or state.van_load_id is not None
        or state.count_location_id is not None
        or state.mode != BenchMode.CHECK_IN.value
    )


def expires_at(state: BenchState, timeout: dt.timedelta) -> dt.datetime | None:
    if state.last_scan_at is None or not has_expiring_context(state):
        return None
    last: dt.datetime = state.last_scan_at
    return last + timeout


def expire_if_quiet(state: BenchState, now: dt.datetime, timeout: dt.timedelta) -> bool:
    """Clear the location, van load and count after `timeout` without a scan.

    A clock that went backwards (a laptop's clock corrected) counts as activity, never as
    a quiet spell.  True if something was cleared.
    """
    last = state.last_scan_at
    if last is None or now - last <= timeout or not has_expiring_context(state):
        return False
    return clear_context(state, template=False)


# --- pending confirmations -------------------------------------------------------------


def set_pending(step: Step, action: str, code: str) -> None:
    """This scan waits for a confirming second scan of `code` (or LOOK's next scan)."""
    state = step.state
    state.pending = f"{action} {code}"
    step.pending_set = True


def waiting(state: BenchState) -> tuple[str, str] | None:
    """(action, code) of the confirmation waiting at this bench, if any."""
    if not state.pending:
        return None
    action, _, code = state.pending.partition(" ")
    return action, code


def pending(step: Step, action: str, window: dt.timedelta) -> str | None:
    """The code awaiting confirmation by `action`, if it is still within `window`."""
    state = step.state
    found = waiting(state)
    # The scan that set it was the last scan: no other scan came since.
    if found is None or found[0] != action or state.last_scan_at is None:
        return None
    age = step.now - state.last_scan_at
    if age < dt.timedelta(0) or age > window:
        return None
    return found[1]


def drop_pending(state: BenchState) -> bool:
    return _clear(state, PENDING_FIELDS)
