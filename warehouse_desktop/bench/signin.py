"""Sign-in: a volunteer card (P code) or a typed name signs a volunteer in at the bench.

Signing in or out clears the bench context (template, location, van load, count,
waiting confirmations), so nothing carries over to the next volunteer.  The same
volunteer scanning their own card again stays signed in with the context kept.
"""

from __future__ import annotations

from dataclasses import replace

from warehouse_desktop import volunteers
from warehouse_desktop.bench.context import clear_context
from warehouse_desktop.bench.frame import Refusal, Step, ok, on_command, on_kind
from warehouse_desktop.bench.results import ScanAction, ScanResult
from warehouse_desktop.codes import CodeKind, Command
from warehouse_desktop.models import Operator


def _signed_in(step: Step, operator: Operator, code: str) -> ScanResult:
    service = step.service
    if service.operator == operator.name:
        return ok(code, CodeKind.VOLUNTEER, ScanAction.SIGNED_IN, "still_signed_in",
                  name=operator.name, role=operator.role)  # fmt: skip
    service.operator = operator.name
    step.actor = replace(step.actor, operator=operator.name)
    step.state.operator = operator.name
    clear_context(step.state, template=True)
    return ok(code, CodeKind.VOLUNTEER, ScanAction.SIGNED_IN, "signed_in",
              name=operator.name, role=operator.role)  # fmt: skip


@on_kind(CodeKind.VOLUNTEER)
def volunteer_card(step: Step) -> ScanResult:
    operator = volunteers.find_by_card(step.code)
    if operator is None:
        raise Refusal("volunteer_card_unknown", code=step.code)
    if not operator.active:
        raise Refusal("volunteer_inactive", name=operator.name)
    return _signed_in(step, operator, step.code)


def sign_in_by_name(step: Step, name: str) -> ScanResult:
    """Typed sign-in: an active volunteer of that name (a first-time volunteer is added)."""
    operator = volunteers.volunteer_for_sign_in(name)
    if operator is None:
        raise Refusal("operator_unknown", name=" ".join(name.split())[:40])
    if not operator.active:
        raise Refusal("volunteer_inactive", name=operator.name)
    return _signed_in(step, operator, operator.card_code or "")


@on_command(Command.SIGN_OUT)
def sign_out(step: Step) -> ScanResult:
    name = step.service.operator
    step.service.operator = ""
    step.state.operator = ""
    clear_context(step.state, template=True)
    return ok(step.code, CodeKind.COMMAND, ScanAction.SIGNED_OUT, "signed_out", name=name or "-")
