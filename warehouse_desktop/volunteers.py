"""Volunteers: who may sign in at a bench, their cards, and who is a coordinator.

Each volunteer has a card code (P + 4 digits + check character) printed on a card that
signs them in with one scan.  Adding volunteers and naming coordinators needs a
coordinator's PIN.  Names are the only thing stored about a volunteer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warehouse_desktop import auth
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.db import reading, write_transaction
from warehouse_desktop.errors import InputError
from warehouse_desktop.fast_sql import find
from warehouse_desktop.models import Operator, Role, utcnow
from warehouse_desktop.numbering import reserve_in_transaction

MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class VolunteerRow:
    name: str
    role: str
    card_code: str
    active: bool
    created_at: dt.datetime

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR.value


def clean_name(name: str) -> str:
    """Spaces tidied; refuses an empty, over-long or control-character name."""
    cleaned = " ".join(str(name).split())
    if not cleaned or len(cleaned) > MAX_NAME_LENGTH or not cleaned.isprintable():
        raise InputError("volunteer_name_invalid", limit=MAX_NAME_LENGTH)
    return cleaned


def _row(operator: Operator) -> VolunteerRow:
    return VolunteerRow(
        operator.name, operator.role, operator.card_code or "", operator.active, operator.created_at
    )


def ensure_card(operator: Operator) -> str:
    """The operator's card code, handing out a fresh one if they have none (in a transaction)."""
    if operator.card_code:
        return str(operator.card_code)
    code = reserve_in_transaction(CodeKind.VOLUNTEER, 1)[0]
    Operator.update(card_code=code).where(Operator.id == operator.id).execute()
    operator.card_code = code
    return code


def find_by_card(code: str) -> Operator | None:
    return find(Operator, Operator.card_code, code)


def volunteer_for_sign_in(name: str) -> Operator | None:
    """The volunteer signing in by name; a first-time volunteer is added with a card."""
    try:
        cleaned = clean_name(name)
    except InputError:
        return None
    operator: Operator | None = Operator.get_or_none(Operator.name == cleaned)
    if operator is None:
        operator = Operator.create(name=cleaned, role=Role.VOLUNTEER.value, created_at=utcnow())
    ensure_card(operator)
    return operator


def list_volunteers(*, include_inactive: bool = False) -> list[VolunteerRow]:
    """Every volunteer by name, with a card code each (given out here if missing)."""
    with reading():
        missing = Operator.select().where(Operator.card_code.is_null()).count()
    if missing:
        with write_transaction():
            for operator in Operator.select().where(Operator.card_code.is_null()):
                ensure_card(operator)
    with reading():
        query = Operator.select().order_by(Operator.name)
        if not include_inactive:
            query = query.where(Operator.active == True)  # noqa: E712
        return [_row(o) for o in query]


def add_volunteer(name: str, *, coordinator: str, pin: str) -> VolunteerRow:
    """Add a volunteer (a coordinator's PIN needed); an existing name is made active again."""
    auth.require_coordinator(coordinator, pin)
    cleaned = clean_name(name)
    with write_transaction():
        operator, created = Operator.get_or_create(
            name=cleaned, defaults={"role": Role.VOLUNTEER.value, "created_at": utcnow()}
        )
        if not created and not operator.active:
            Operator.update(active=True).where(Operator.id == operator.id).execute()
            operator.active = True
        ensure_card(operator)
    return _row(operator)


def set_coordinator(name: str, new_pin: str, *, coordinator: str, pin: str) -> VolunteerRow:
    """Make `name` a coordinator with `new_pin` (a coordinator's PIN needed)."""
    auth.require_coordinator(coordinator, pin)
    cleaned = clean_name(name)
    with write_transaction():
        operator = auth.set_pin(cleaned, new_pin, role=Role.COORDINATOR)
        ensure_card(operator)
    return _row(Operator.get_by_id(operator.id))


def set_volunteer_role(name: str, *, coordinator: str, pin: str) -> VolunteerRow:
    """Make a coordinator a plain volunteer again (their PIN is forgotten)."""
    auth.require_coordinator(coordinator, pin)
    with write_transaction():
        operator = _existing(name)
        coordinators = Operator.select().where(
            (Operator.role == Role.COORDINATOR.value) & (Operator.active == True)  # noqa: E712
        )
        if operator.role == Role.COORDINATOR.value and coordinators.count() <= 1:
            raise InputError("last_coordinator", name=operator.name)
        Operator.update(role=Role.VOLUNTEER.value, pin_hash=None).where(
            Operator.id == operator.id
        ).execute()
    return _row(Operator.get_by_id(operator.id))


def set_active(name: str, active: bool, *, coordinator: str, pin: str) -> VolunteerRow:
    """A volunteer who left: their card no longer signs in (history keeps their name)."""
    auth.require_coordinator(coordinator, pin)
    with write_transaction():
        operator = _existing(name)
        Operator.update(active=active).where(Operator.id == operator.id).execute()
    return _row(Operator.get_by_id(operator.id))


def card_code(name: str) -> str:
    """The card code to print for the volunteer `name` (given out if they had none)."""
    with write_transaction():
        return ensure_card(_existing(name))


def _existing(name: str) -> Operator:
    operator: Operator | None = Operator.get_or_none(Operator.name == " ".join(str(name).split()))
    if operator is None:
        raise InputError("operator_unknown", name=str(name)[:MAX_NAME_LENGTH])
    return operator
