"""Operators and coordinator PINs.

PINs are stored only as salted scrypt hashes and compared in constant time.  Wrong PINs
add a growing wait before the next attempt.  The count and the time of the last wrong
PIN live in the database (the shared `setting` table), updated in the same write
transaction as the check, so a new process, another bench or the command line cannot
start afresh.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from warehouse_desktop.db import write_transaction
from warehouse_desktop.errors import PermissionRefused
from warehouse_desktop.models import Operator, Role, Setting, utcnow

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
MIN_PIN_LENGTH = 4
FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 30
# One count for the whole warehouse: trying names one after another gains nothing.
FAILURES_KEY = "pin_failures"


@dataclass(frozen=True)
class OperatorInfo:
    name: str
    role: Role

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


def hash_pin(pin: str) -> str:
    if len(pin) < MIN_PIN_LENGTH:
        raise PermissionRefused("pin_too_short")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(stored: str | None, pin: str) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest, bytes.fromhex(digest_hex))


def _read_failures() -> tuple[int, dt.datetime | None]:
    row = Setting.get_or_none(Setting.key == FAILURES_KEY)
    if row is None:
        return 0, None
    try:
        data = json.loads(row.value)
        return int(data["count"]), dt.datetime.fromisoformat(data["last"])
    except (ValueError, KeyError, TypeError):
        # A damaged record counts as a long run of failures, never as none.
        return FREE_ATTEMPTS + 8, utcnow()


def _write_failures(count: int) -> None:
    value = json.dumps({"count": count, "last": utcnow().isoformat()})
    Setting.insert(key=FAILURES_KEY, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def seconds_to_wait() -> int:
    """How long until the next PIN may be tried (0: now)."""
    count, last = _read_failures()
    return _remaining(count, last)


def _remaining(count: int, last: dt.datetime | None) -> int:
    if count < FREE_ATTEMPTS or last is None:
        return 0
    delay = min(2 ** (count - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
    remaining = (last - utcnow()).total_seconds() + delay
    # A clock put back must not lock coordinators out for longer than the delay itself.
    return int(min(max(remaining, 0.0), delay) + 0.999)


def _checked(candidates: list[Operator], pin: str) -> tuple[Operator | None, int]:
    """In one write transaction: the wait, the check and the failure count.

    Returns the matching coordinator (None: wrong) and the seconds still to wait (> 0: not
    tried at all).
    """
    with write_transaction():
        count, last = _read_failures()
        remaining = _remaining(count, last)
        if remaining > 0:
            return None, remaining
        match = None
        for operator in candidates:
            if verify_pin(operator.pin_hash, pin) and match is None:
                match = operator
        if not candidates:
            # Still hash, so a wrong name costs as long as a wrong PIN.
            verify_pin(_DUMMY_HASH, pin)
        if match is None:
            _write_failures(count + 1)
        elif count:
            Setting.delete().where(Setting.key == FAILURES_KEY).execute()
    return match, 0


def check_pin(name: str, pin: str, *, sleep: bool = False) -> Operator:
    """The coordinator `name` if `pin` is theirs; PermissionRefused otherwise."""
    operator = Operator.get_or_none(Operator.name == name, Operator.active == True)  # noqa: E712
    is_coordinator = operator is not None and operator.role == Role.COORDINATOR.value
    match, remaining = _checked([operator] if is_coordinator else [], pin)
    if remaining and sleep:
        time.sleep(remaining)
        match, remaining = _checked([operator] if is_coordinator else [], pin)
    if remaining:
        raise PermissionRefused("pin_too_many", seconds=remaining)
    if not is_coordinator:
        raise PermissionRefused("coordinator_only")
    if match is None:
        raise PermissionRefused("pin_wrong")
    return match


def coordinators() -> list[Operator]:
    return list(
        Operator.select().where(
            (Operator.role == Role.COORDINATOR.value) & (Operator.active == True)  # noqa: E712
        )
    )


def check_any_coordinator_pin(pin: str) -> Operator:
    """The coordinator whose PIN `pin` is (the command line asks for a PIN, not a name)."""
    candidates = coordinators()
    if not candidates:
        raise PermissionRefused("no_coordinator")
    match, remaining = _checked(candidates, pin)
    if remaining:
        raise PermissionRefused("pin_too_many", seconds=remaining)
    if match is None:
        raise PermissionRefused("pin_wrong")
    return match


def require_coordinator(operator_name: str, pin: str) -> None:
    """Raise PermissionRefused unless `operator_name` is a coordinator and `pin` is theirs."""
    check_pin(operator_name, pin)


def sign_in(name: str, role: Role = Role.VOLUNTEER, pin: str | None = None) -> OperatorInfo:
    """Sign a volunteer in (created on first sign-in); a coordinator must give the PIN."""
    name = " ".join(name.split())
    if not name:
        raise PermissionRefused("operator_unknown", name=name)
    if role is Role.COORDINATOR:
        check_pin(name, pin or "")
        return OperatorInfo(name, Role.COORDINATOR)
    Operator.get_or_create(name=name, defaults={"role": Role.VOLUNTEER.value})
    return OperatorInfo(name, Role.VOLUNTEER)


def set_pin(name: str, pin: str, *, role: Role = Role.COORDINATOR) -> Operator:
    """Create or update an operator with a PIN (used by `init` and by coordinators)."""
    hashed = hash_pin(pin)
    operator, created = Operator.get_or_create(
        name=name, defaults={"role": role.value, "pin_hash": hashed}
    )
    if not created:
        Operator.update(pin_hash=hashed, role=role.value).where(
            Operator.id == operator.id
        ).execute()
    fresh: Operator = Operator.get_by_id(operator.id)
    return fresh


_DUMMY_HASH = "scrypt$16384$8$1$00000000000000000000000000000000$" + "00" * 64
