"""Coordinator PINs: salted hashes, constant-time checks, refusals."""

from __future__ import annotations

import pytest

from warehouse_desktop import auth
from warehouse_desktop.errors import PermissionRefused
from warehouse_desktop.models import Operator, Role


def test_pin_is_stored_only_as_a_salted_hash(any_db) -> None:
    auth.set_pin("Chris", "2468")
    stored = Operator.get(Operator.name == "Chris").pin_hash
    assert "2468" not in stored and stored.startswith("scrypt$")
    assert auth.hash_pin("2468") != auth.hash_pin("2468")  # salted
    assert auth.verify_pin(stored, "2468") and not auth.verify_pin(stored, "2469")


def test_coordinator_sign_in_needs_the_right_pin(any_db) -> None:
    auth.set_pin("Chris", "2468")
    assert auth.sign_in("Chris", Role.COORDINATOR, "2468").is_coordinator
    with pytest.raises(PermissionRefused):
        auth.sign_in("Chris", Role.COORDINATOR, "0000")
    with pytest.raises(PermissionRefused):
        auth.require_coordinator("Amina", "2468")


def test_volunteer_sign_in_creates_the_operator(any_db) -> None:
    info = auth.sign_in("  Amina  ", Role.VOLUNTEER)
    assert info.name == "Amina" and not info.is_coordinator
    assert Operator.get(Operator.name == "Amina").role == "volunteer"


def test_repeated_wrong_pins_are_slowed_down(any_db) -> None:
    auth.set_pin("Dana", "1357")
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(PermissionRefused) as caught:
            auth.require_coordinator("Dana", "0000")
        assert caught.value.key == "pin_wrong"
    with pytest.raises(PermissionRefused) as caught:
        auth.require_coordinator("Dana", "1357")
    assert caught.value.key == "pin_too_many"


def test_short_pins_are_refused(any_db) -> None:
    with pytest.raises(PermissionRefused):
        auth.set_pin("Eve", "12")


def test_wrong_pins_are_remembered_by_the_database_not_the_process(any_db) -> None:
    from warehouse_desktop.db import close_database, open_database

    auth.set_pin("Dana", "1357")
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(PermissionRefused):
            auth.require_coordinator("Dana", "0000")
    # A new process: a fresh connection and nothing in memory.
    close_database()
    open_database(any_db)
    with pytest.raises(PermissionRefused) as caught:
        auth.require_coordinator("Dana", "1357")
    assert caught.value.key == "pin_too_many"
    assert 0 < auth.seconds_to_wait() <= auth.MAX_WAIT_SECONDS


def test_a_clock_put_back_never_locks_longer_than_the_wait(any_db, monkeypatch) -> None:
    import datetime as dt

    auth.set_pin("Dana", "1357")
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(PermissionRefused):
            auth.require_coordinator("Dana", "0000")
    real = auth.utcnow()
    monkeypatch.setattr(auth, "utcnow", lambda: real - dt.timedelta(days=3))
    assert auth.seconds_to_wait() <= 1
