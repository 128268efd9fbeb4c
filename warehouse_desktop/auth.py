"""Operators and coordinator PINs.

PINs are stored only as salted scrypt hashes and compared in constant time.  Repeated
wrong PINs for one operator add a growing delay, kept in memory per process.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from warehouse_desktop.errors import PermissionRefused
from warehouse_desktop.models import Operator, Role

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
MIN_PIN_LENGTH = 4
FREE_ATTEMPTS = 3
_failures: dict[str, tuple[int, float]] = {}


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


def _wait_after_failures(name: str, *, sleep: bool) -> None:
    count, last = _failures.get(name, (0, 0.0))
    if count < FREE_ATTEMPTS:
        return
    delay = min(2 ** (count - FREE_ATTEMPTS), 30)
    remaining = last + delay - time.monotonic()
    if remaining > 0:
        if not sleep:
            raise PermissionRefused("pin_too_many", seconds=int(remaining) + 1)
        time.sleep(remaining)


def check_pin(name: str, pin: str, *, sleep: bool = False) -> Operator:
    """The coordinator `name` if `pin` is theirs; PermissionRefused otherwise."""
    _wait_after_failures(name, sleep=sleep)
    operator = Operator.get_or_none(Operator.name == name, Operator.active == True)  # noqa: E712
    if operator is None or operator.role != Role.COORDINATOR.value:
        # Still hash, so a wrong name costs as long as a wrong PIN.
        verify_pin(_DUMMY_HASH, pin)
        _record_failure(name)
        raise PermissionRefused("coordinator_only")
    if not verify_pin(operator.pin_hash, pin):
        _record_failure(name)
        raise PermissionRefused("pin_wrong")
    _failures.pop(name, None)
    return operator


def _record_failure(name: str) -> None:
    count, _ = _failures.get(name, (0, 0.0))
    _failures[name] = (count + 1, time.monotonic())


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
    return Operator.get_by_id(operator.id)


_DUMMY_HASH = "scrypt$16384$8$1$00000000000000000000000000000000$" + "00" * 64
