"""Check-in (the default mode): templates, new boxes, put-away, and boxes coming back.

A box that is not in stock (on a van being loaded, dispatched, lost, scrapped, missing)
is only shown at first (amber, nothing written); the same box again within 30 s brings
it back into stock with its recorded contents, a category card instead repacks it with
the template's contents.
"""

from __future__ import annotations

from typing import Any

from warehouse_desktop import codes, localtime
from warehouse_desktop.bench.context import change_mode, pending, set_pending
from warehouse_desktop.bench.expiry import expiry_for_new_box
from warehouse_desktop.bench.frame import (
    Duplicate,
    Refusal,
    Step,
    amber,
    names,
    ok,
    on_box,
    on_command,
    on_kind,
    on_location,
)
from warehouse_desktop.bench.results import (
    CONFIRM_WINDOW,
    MAX_QUANTITY,
    NEW_BOX_WINDOW,
    RETAIL_LINK_WINDOW,
    ScanAction,
    ScanResult,
    box_info,
)
from warehouse_desktop.codes import CodeKind, Command, ParsedCode
from warehouse_desktop.errors import InputError
from warehouse_desktop.fast_sql import find, get
from warehouse_desktop.models import (
    BenchMode,
    Box,
    BoxState,
    Category,
    Location,
    Movement,
    MovementAction,
    RetailCode,
    StockCount,
    VanLoad,
)
from warehouse_desktop.movements import change_box, create_box
from warehouse_desktop.numbering import issued_up_to, reserve_in_transaction
from warehouse_desktop.weight import format_kg, parse_kg

RETURN = "return"
# Stands in bench_state.last_code after F2: no scanned code has a space.
NEW_BOX_MARK = "new box"
# How a box that had left stock comes back, by the state it was in.
RETURN_ACTIONS = {
    BoxState.LOADING.value: MovementAction.UNLOADED,
    BoxState.DISPATCHED.value: MovementAction.RETURNED,
    BoxState.LOST.value: MovementAction.FOUND,
    BoxState.MISSING.value: MovementAction.FOUND,
    BoxState.SCRAPPED.value: MovementAction.RETURNED,
}


@on_command(Command.CHECK_IN)
def check_in(step: Step) -> ScanResult:
    change_mode(step.state, BenchMode.CHECK_IN)
    return ok(step.code, CodeKind.COMMAND, ScanAction.MODE_CHANGED, "mode_check_in")


# --- template -----------------------------------------------------------------------------


def category_card_code(parsed: ParsedCode) -> str:
    """The plain category card code, also for a category-and-size card."""
    return codes.make_code(CodeKind.CATEGORY, parsed.number or 0)


@on_kind(CodeKind.CATEGORY)
def category_card(step: Step) -> ScanResult:
    assert step.parsed is not None
    category = find(Category, Category.code, category_card_code(step.parsed))
    if category is None:
        raise Refusal("category_unknown", code=step.code)
    size = None
    if step.parsed.size_index is not None:
        sizes = list(category.sizes or [])
        if step.parsed.size_index >= len(sizes):
            raise Refusal("size_unknown", size=str(step.parsed.size_index), category=category.name)
        size = sizes[step.parsed.size_index]
    return category_chosen(step, category, size, None, step.code)


def category_chosen(
    step: Step, category: Category, size: str | None, quantity: int | None, code: str
) -> ScanResult:
    """A category card, a linked retail barcode or a category picked on screen."""
    result = apply_template(step, category, size, quantity, code)
    waiting = pending(step, RETURN, CONFIRM_WINDOW)
    if waiting is None:
        return result
    box = find(Box, Box.code, waiting)
    if box is None or box.state == BoxState.IN_STOCK.value:
        return result
    return _repack(step, box, code)


def apply_template(
    step: Step, category: Category, size: str | None, quantity: int | None, code: str
) -> ScanResult:
    state = step.state
    if not category.active:
        raise Refusal("category_inactive", category=category.name)
    sizes = list(category.sizes or [""])
    if size is not None and size not in sizes:
        raise Refusal("size_unknown", size=size, category=category.name)
    same_category = state.template_category_id == category.id
    if size is None:
        size = state.template_size if same_category and state.template_size in sizes else sizes[0]
    if quantity is None:
        quantity = (
            state.template_quantity
            if same_category and state.template_quantity
            else category.default_quantity
        )
    if not 1 <= quantity <= MAX_QUANTITY:
        raise Refusal("quantity_invalid")
    if not same_category:
        # An expiry month belongs to what was being packed, never to the next category.
        state.template_expiry = None
    state.template_category = category.id
    state.template_size = size
    state.template_quantity = quantity
    return ok(code, CodeKind.CATEGORY, ScanAction.TEMPLATE_SET, "template_set",
              category=category.name, category_names=names(category), size=size,
              quantity=quantity)  # fmt: skip


@on_command(Command.QUANTITY)
def quantity_card(step: Step) -> ScanResult:
    assert step.parsed is not None
    step.extra["keep_pending"] = True
    return apply_quantity(step, step.parsed.quantity or 0, step.code)


def apply_quantity(step: Step, quantity: int, code: str) -> ScanResult:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise Refusal("quantity_invalid")
    step.state.template_quantity = quantity
    return ok(code, CodeKind.COMMAND, ScanAction.QUANTITY_SET, "quantity_set", quantity=quantity)


@on_kind(CodeKind.RETAIL)
def retail(step: Step) -> ScanResult:
    state, now = step.state, step.now
    link = RetailCode.get_or_none(RetailCode.code == step.code)
    if link is not None:
        return category_chosen(step, link.category, None, None, step.code)
    last = codes.classify(state.last_code) if state.last_code else None
    recent = state.last_scan_at is not None and now - state.last_scan_at < RETAIL_LINK_WINDOW
    if last is not None and last.kind is CodeKind.CATEGORY and recent:
        category = Category.get_or_none(Category.code == category_card_code(last))
        if category is not None:
            RetailCode.create(code=step.code, category=category)
            return ok(step.code, CodeKind.RETAIL, ScanAction.RETAIL_LINKED, "retail_linked",
                      code=step.code, category=category.name, category_names=names(category))  # fmt: skip
    raise Refusal("retail_unknown", code=step.code)


# --- locations ----------------------------------------------------------------------------


@on_location(BenchMode.CHECK_IN)
def location(step: Step) -> ScanResult:
    place = active_location(step.code)
    if step.mode is BenchMode.LOAD:
        raise Refusal("location_while_loading", location=place.name)
    step.state.location = place.id
    return ok(step.code, CodeKind.LOCATION, ScanAction.LOCATION_SET, "location_set",
              location=place.name)  # fmt: skip


def active_location(code: str) -> Location:
    place = find(Location, Location.code, code)
    if place is None:
        raise Refusal("location_unknown", code=code)
    if not place.active:
        raise Refusal("location_inactive", location=place.name)
    return place


def apply_next_weight(step: Step, kg: str) -> ScanResult:
    """The weight the next box made here takes; blank clears it."""
    if not kg.strip():
        step.state.next_weight_g = None
        return ok("", CodeKind.COMMAND, ScanAction.WEIGHT_SET, "weight_cleared")
    try:
        grams = parse_kg(kg)
    except InputError as exc:
        raise Refusal(exc.key, None, **exc.args_) from exc
    step.state.next_weight_g = grams
    return ok("", CodeKind.COMMAND, ScanAction.WEIGHT_SET, "weight_set", weight=format_kg(grams))


# --- boxes --------------------------------------------------------------------------------


def create(step: Step, code: str) -> ScanResult:
    state = step.state
    category = get(Category, Category.id, state.template_category_id)
    if not category.active:
        raise Refusal("category_inactive", category=category.name)
    expires_on = expiry_for_new_box(step, category)
    place = step.service.bench_location(state)
    box = create_box(
        step.actor,
        code=code,
        category=category,
        size=state.template_size or "",
        quantity=state.template_quantity or category.default_quantity,
        location=place,
        at=step.now,
        expires_on=expires_on,
        weight_g=state.next_weight_g,
    )
    # The weight belonged to this box: the next one is weighed again or not at all.
    weighed = state.next_weight_g is not None
    state.next_weight_g = None
    args: dict[str, Any] = {
        "code": code, "category": category.name, "category_names": names(category),
        "size": box.size, "quantity": box.quantity, "location": place.name if place else "-",
    }  # fmt: skip
    if weighed:
        args["weight"] = format_kg(box.weight_g)
    return ok(code, CodeKind.BOX, ScanAction.BOX_CREATED,
              "box_created_weighed" if weighed else "box_created",
              box_info(box, category=category, location=place), **args)  # fmt: skip


def new_box(step: Step) -> ScanResult:
    """F2: a box from the template with a fresh code; a second press within 1 s is ignored."""
    state = step.state
    last = state.last_scan_at
    if (
        state.last_code == NEW_BOX_MARK
        and last is not None
        and abs(step.now - last) < NEW_BOX_WINDOW
    ):
        raise Duplicate()
    if state.template_category_id is None:
        raise Refusal("no_template_for_new_box")
    code = reserve_in_transaction(CodeKind.BOX, 1)[0]
    step.extra["mark"] = NEW_BOX_MARK
    return create(step, code)


@on_box(BenchMode.CHECK_IN)
def box_scanned(step: Step) -> ScanResult:
    assert step.parsed is not None
    code = step.code
    box = find(Box, Box.code, code)
    if box is None or _creation_undone(box):
        if box is None and (
            step.parsed.number is None or step.parsed.number > issued_up_to(CodeKind.BOX)
        ):
            raise Refusal("box_code_not_issued", code=code)
        if step.state.template_category_id is None:
            raise Refusal("scan_category_first")
        if box is None:
            return create(step, code)
        return _repack(step, box, code, action=MovementAction.CREATED)
    if box.state == BoxState.IN_STOCK.value:
        return _in_stock(step, box)
    if pending(step, RETURN, CONFIRM_WINDOW) == code:
        return _back_in_stock(step, box)
    set_pending(step, RETURN, code)
    return amber(code, CodeKind.BOX, ScanAction.CONFIRM_RETURN, f"confirm_return_{box.state}",
                 box, **where_it_went(box))  # fmt: skip


def _in_stock(step: Step, box: Box) -> ScanResult:
    state = step.state
    code = box.code
    if state.location_id is not None and box.location_id != state.location_id:
        place = get(Location, Location.id, state.location_id)
        change_box(step.actor, box, MovementAction.MOVED, location=place, at=step.now)
        return ok(code, CodeKind.BOX, ScanAction.BOX_MOVED, "box_moved",
                  box_info(box, location=place), code=code, location=place.name)  # fmt: skip
    info = box_info(box)
    return ok(code, CodeKind.BOX, ScanAction.BOX_SHOWN, "box_shown", info,
              code=code, category=info.category, category_names=names(box.category),
              size=info.size, quantity=info.quantity, location=info.location_name or "-")  # fmt: skip


def where_it_went(box: Box) -> dict[str, object]:
    """What the amber banner says about a box that is not in stock."""
    category = get(Category, Category.id, box.category_id)
    args: dict[str, Any] = {
        "code": box.code, "state": box.state, "category": category.name,
        "category_names": names(category), "size": box.size, "quantity": box.quantity,
        "van_load": "-", "destination": "-", "location": "-", "when": "-",
    }  # fmt: skip
    van_id = box.van_load_id
    if van_id is None and box.state == BoxState.DISPATCHED.value:
        last_van = (
            Movement.select(Movement.van_load)
            .where((Movement.box == box.id) & Movement.van_load.is_null(False))
            .order_by(Movement.id.desc())
            .first()
        )
        van_id = last_van.van_load_id if last_van else None
    if van_id is not None:
        van = get(VanLoad, VanLoad.id, van_id)
        args["van_load"] = van.code
        args["destination"] = van.destination
        if van.dispatched_at is not None:
            args["when"] = localtime.format_local(van.dispatched_at)
    if box.location_id is not None:
        args["location"] = get(Location, Location.id, box.location_id).name
    if box.state == BoxState.MISSING.value:
        count = (
            StockCount.select().where(StockCount.location == box.location_id)
            .order_by(StockCount.id.desc()).first()
        )  # fmt: skip
        if count is not None:
            args["when"] = localtime.format_local(count.done_at)
    return args


def _back_in_stock(step: Step, box: Box) -> ScanResult:
    """The confirming second scan: back in stock with the box's recorded contents."""
    place = step.service.bench_location(step.state)
    was = box.state
    change_box(step.actor, box, RETURN_ACTIONS[was], location=place, state=BoxState.IN_STOCK,
               van_load=None, at=step.now)  # fmt: skip
    action = (
        ScanAction.BOX_FOUND
        if RETURN_ACTIONS[was] is MovementAction.FOUND
        else ScanAction.BOX_RETURNED
    )
    message = "box_found" if action is ScanAction.BOX_FOUND else "box_returned"
    return ok(box.code, CodeKind.BOX, action, message, box_info(box, location=place),
              code=box.code, location=place.name if place else "-", was=was)  # fmt: skip


def _repack(
    step: Step, box: Box, code: str, *, action: MovementAction = MovementAction.REPACKED
) -> ScanResult:
    """Back in stock holding what the template says (a re-used carton, an undone creation)."""
    state = step.state
    category = get(Category, Category.id, state.template_category_id)
    expires_on = expiry_for_new_box(step, category)
    place = step.service.bench_location(state)
    was = box.state
    # New contents: the weight typed for the next box, or none (the old one was of the old).
    weight_g, state.next_weight_g = state.next_weight_g, None
    change_box(
        step.actor, box, action, location=place, state=BoxState.IN_STOCK, van_load=None,
        quantity=state.template_quantity or category.default_quantity, category=category,
        size=state.template_size or "", at=step.now, expires_on=expires_on, weight_g=weight_g,
    )  # fmt: skip
    scan_action = (
        ScanAction.BOX_CREATED if action is MovementAction.CREATED else ScanAction.BOX_REPACKED
    )
    message = "box_created" if action is MovementAction.CREATED else "box_repacked"
    weighed: dict[str, Any] = {}
    if weight_g is not None and action is MovementAction.CREATED:
        message, weighed = "box_created_weighed", {"weight": format_kg(weight_g)}
    return ok(code, box_code_kind(code), scan_action, message,
              box_info(box, category=category, location=place),
              code=box.code, category=category.name, category_names=names(category),
              size=box.size, quantity=box.quantity, location=place.name if place else "-",
              was=was, **weighed)  # fmt: skip


def box_code_kind(code: str) -> CodeKind:
    return codes.classify(code).kind


def _creation_undone(box: Box) -> bool:
    """A box whose creation was undone: its code is as good as unused."""
    if box.state != BoxState.SCRAPPED.value:
        return False
    last = Movement.select().where(Movement.box == box.id).order_by(Movement.id.desc()).first()
    if last is None or last.action != MovementAction.UNDONE.value or last.undoes_id is None:
        return False
    undone: Movement = Movement.get_by_id(last.undoes_id)
    return bool(undone.action == MovementAction.CREATED.value)
