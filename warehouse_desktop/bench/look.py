"""Look: see what a code is without changing anything.

The LOOK card arms the bench for one scan: the next box (or shelf, van load, category)
scanned is shown, never moved, and the bench is back to normal after it.  One-shot is
what a volunteer expects: "LOOK, then the box".  Any other card or a volunteer card
after LOOK cancels it.  The window also calls `BenchService.look` for every scan while
it shows another page than the bench.
"""

from __future__ import annotations

import peewee as pw

from warehouse_desktop.bench.checkin import category_card_code
from warehouse_desktop.bench.context import pending, set_pending
from warehouse_desktop.bench.frame import Refusal, Step, names, ok, on_command, pre_route
from warehouse_desktop.bench.results import ScanAction, ScanResult, box_info
from warehouse_desktop.codes import CodeKind, Command, ParsedCode
from warehouse_desktop.fast_sql import find
from warehouse_desktop.models import Box, BoxState, Category, Location, VanLoad
from warehouse_desktop.stock import van_load_summary

LOOK = "look"
# What LOOK's next scan may be: the things that have something to show.
LOOKABLE = (CodeKind.BOX, CodeKind.LOCATION, CodeKind.VAN_LOAD, CodeKind.CATEGORY)


@on_command(Command.LOOK)
def look_card(step: Step) -> ScanResult:
    set_pending(step, LOOK, "")
    return ok(step.code, CodeKind.COMMAND, ScanAction.LOOK_ARMED, "look_armed")


@pre_route
def armed_look(step: Step) -> ScanResult | None:
    """Before any routing: the scan after LOOK is shown, and LOOK is spent."""
    if step.state.pending is None:  # the usual case, checked first: every scan passes here
        return None
    assert step.parsed is not None
    if step.parsed.kind not in LOOKABLE:
        return None
    if pending(step, LOOK, step.service.context_timeout()) is None:
        return None
    return describe(step.parsed)


def describe(parsed: ParsedCode) -> ScanResult:
    """What `parsed` is, read only."""
    code = parsed.code
    if parsed.kind is CodeKind.BOX:
        box = find(Box, Box.code, code)
        if box is None:
            raise Refusal("box_unknown", code=code)
        info = box_info(box)
        return ok(code, CodeKind.BOX, ScanAction.LOOKED, "look_box", info,
                  code=code, category=info.category, category_names=names(box.category),
                  size=info.size, quantity=info.quantity, state=info.state,
                  location=info.location_name or "-", van_load=info.van_load or "-")  # fmt: skip
    if parsed.kind is CodeKind.LOCATION:
        place = find(Location, Location.code, code)
        if place is None:
            raise Refusal("location_unknown", code=code)
        boxes, items = (
            Box.select(pw.fn.COUNT(Box.id), pw.fn.SUM(Box.quantity))
            .where((Box.location == place.id) & (Box.state == BoxState.IN_STOCK.value))
            .tuples()
            .get()
        )
        return ok(code, CodeKind.LOCATION, ScanAction.LOOKED, "look_location",
                  location=place.name, boxes=boxes or 0, items=int(items or 0))  # fmt: skip
    if parsed.kind is CodeKind.VAN_LOAD:
        van = find(VanLoad, VanLoad.code, code)
        if van is None:
            raise Refusal("van_load_unknown", code=code)
        summary = van_load_summary(van)
        return ok(code, CodeKind.VAN_LOAD, ScanAction.LOOKED, "look_van_load",
                  code=code, destination=van.destination, state=van.state,
                  boxes=summary.boxes, items=summary.items)  # fmt: skip
    if parsed.kind is CodeKind.CATEGORY:
        category = find(Category, Category.code, category_card_code(parsed))
        if category is None:
            raise Refusal("category_unknown", code=code)
        in_stock = (
            Box.select()
            .where((Box.category == category.id) & (Box.state == BoxState.IN_STOCK.value))
            .count()
        )
        return ok(code, CodeKind.CATEGORY, ScanAction.LOOKED, "look_category",
                  category=category.name, category_names=names(category), boxes=in_stock)  # fmt: skip
    raise Refusal("look_nothing_to_show", code=code)
