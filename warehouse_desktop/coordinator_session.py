"""The coordinator's PIN, asked once per session at a bench.

A coordinator who has given the PIN (signing in as coordinator, or at their first
coordinator-only action) is not asked again for the next action; the session ends when
someone signs in or out at the bench, or after ten minutes without a coordinator action.
Each action still goes through the core's own PIN check with the remembered name and
PIN, so nothing is allowed here that the core would refuse.

The PIN lives only in this object's memory, never on disk.  No Qt here: the window's
dialogs consult it, and tests drive it with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from warehouse_desktop import auth
from warehouse_desktop.errors import WarehouseError

IDLE_LIMIT_SECONDS = 10 * 60


class CoordinatorSession:
    """Who gave the coordinator PIN at this bench, until sign-out or ten idle minutes."""

    def __init__(
        self,
        *,
        idle_limit: float = IDLE_LIMIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_limit = idle_limit
        self._clock = clock
        self._credentials: tuple[str, str] | None = None
        self._last_use = 0.0

    def sign_in(self, name: str, pin: str) -> tuple[str, str]:
        """Check `pin` for coordinator `name` (PermissionRefused if wrong) and open the
        session; returns the (name, PIN) to act with."""
        name = " ".join(name.split())
        auth.check_pin(name, pin)
        self.open(name, pin)
        return name, pin

    def open(self, name: str, pin: str) -> None:
        """Open the session with credentials already checked (a coordinator's sign-in)."""
        self._credentials = (" ".join(name.split()), pin)
        self._last_use = self._clock()

    @property
    def active(self) -> bool:
        """True while the session is open and not idle too long (does not count as use)."""
        if self._credentials is None:
            return False
        if self._clock() - self._last_use > self.idle_limit:
            self.close()
            return False
        return True

    @property
    def name(self) -> str:
        return self._credentials[0] if self.active and self._credentials else ""

    def credentials(self) -> tuple[str, str] | None:
        """(name, PIN) for one more coordinator action, or None when the PIN must be
        asked; using them keeps the session open another ten minutes.  They are checked
        again each time: a PIN changed (or a coordinator removed) at another bench ends
        the session here rather than failing every action until it times out."""
        if not self.active or self._credentials is None:
            return None
        try:
            auth.check_pin(*self._credentials)
        except WarehouseError:
            self.close()
            return None
        self._last_use = self._clock()
        return self._credentials

    def close(self) -> None:
        """Sign-out, a new volunteer, a refused PIN: the next action asks again."""
        self._credentials = None
