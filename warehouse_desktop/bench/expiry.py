"""Expiry months: the bench's expiry month, expiry cards, and the check when loading a van.

A box of an expiring category (hygiene, food, medicine) is only packed with an expiry
month.  The month is part of the bench template: set on screen or by an expiry card
(`K2NN`: NN months from today in the warehouse's time zone), cleared when the category
changes and at sign-in and sign-out.  A month already past (a wrong month picked, or a
bench clock running years behind the warehouse's records) is amber: the same card or
month again within 30 s keeps it.  A month is stored as its first day.

Loading a van, a box is amber when a box of the same category and size that expires
sooner is in stock (the banner says where); the same box again within 30 s loads it.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from warehouse_desktop import localtime
from warehouse_desktop.bench.context import pending, set_pending
from warehouse_desktop.bench.frame import Refusal, Step, amber, names, ok, on_kind
from warehouse_desktop.bench.results import CONFIRM_WINDOW, ScanAction, ScanResult
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.fast_sql import find, get
from warehouse_desktop.models import Box, BoxState, Category, Location, Movement

EXPIRY = "expiry"
LOAD_LATER = "later"
# Further ahead than this is a typing slip, not an expiry month.
MAX_YEARS_AHEAD = 10


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_text(month: dt.date | None) -> str:
    """How an expiry month is written everywhere: 2027-03."""
    return month.strftime("%Y-%m") if month is not None else "-"


def parse_month(text: str) -> dt.date | None:
    """ "2027-03" (or a full date in that month) as the month's first day; None if not one."""
    text = str(text).strip()
    for pattern in ("%Y-%m", "%Y-%m-%d"):
        try:
            return first_of_month(dt.datetime.strptime(text, pattern).date())
        except ValueError:
            continue
    return None


def _local_today(step: Step) -> dt.date:
    """Today in the warehouse's zone by this bench's clock."""
    return localtime.local_date(step.now)


def _reference_today(step: Step) -> dt.date:
    """Today as best known: the bench clock, unless the records already go further (a
    bench clock running behind must not make a past month look like the future)."""
    today = _local_today(step)
    latest = Movement.select(pw.fn.MAX(Movement.at)).scalar()
    if isinstance(latest, dt.datetime):
        recorded = localtime.local_date(latest)
        if recorded > today:
            return recorded
    elif isinstance(latest, str):  # SQLite hands back text when the column's type is lost
        return max(today, localtime.local_date(dt.datetime.fromisoformat(latest)))
    return today


def _template_category(step: Step) -> Category:
    state = step.state
    if state.template_category_id is None:
        raise Refusal("expiry_category_first")
    category = get(Category, Category.id, state.template_category_id)
    if not category.expires:
        raise Refusal("expiry_not_needed", category=category.name, category_names=names(category))
    return category


def apply_expiry(step: Step, month: dt.date, code: str, kind: CodeKind) -> ScanResult:
    """Set the bench's expiry month (after the checks); amber for a month already past."""
    category = _template_category(step)
    month = first_of_month(month)
    today = _reference_today(step)
    if month > add_months(today, 12 * MAX_YEARS_AHEAD):
        raise Refusal("expiry_too_far", expiry=month_text(month))
    if month < first_of_month(today) and pending(step, EXPIRY, CONFIRM_WINDOW) != month_text(month):
        set_pending(step, EXPIRY, month_text(month))
        return amber(code, kind, ScanAction.CONFIRM_EXPIRY, "confirm_expiry_past",
                     expiry=month_text(month), today=today.isoformat())  # fmt: skip
    step.state.template_expiry = month
    return ok(code, kind, ScanAction.EXPIRY_SET, "expiry_set",
              expiry=month_text(month), category=category.name,
              category_names=names(category))  # fmt: skip


@on_kind(CodeKind.EXPIRY)
def expiry_card(step: Step) -> ScanResult:
    assert step.parsed is not None and step.parsed.months is not None
    month = add_months(_local_today(step), step.parsed.months)
    return apply_expiry(step, month, step.code, CodeKind.EXPIRY)


def expiry_for_new_box(step: Step, category: Category) -> dt.date | None:
    """The expiry month a box of `category` packed now gets; refused when one is needed
    and the bench has none (nothing is written)."""
    if not category.expires:
        return None
    month: dt.date | None = step.state.template_expiry
    if month is None:
        raise Refusal("expiry_first", category=category.name, category_names=names(category))
    return month


def sooner_in_stock(box: Box) -> Box | None:
    """A box in stock of the same category and size that expires before `box`."""
    if box.expires_on is None:
        return None
    found: Box | None = (
        Box.select()
        .where(
            (Box.state == BoxState.IN_STOCK.value)
            & (Box.category == box.category_id)
            & (Box.size == box.size)
            & (Box.expires_on < box.expires_on)
            & (Box.id != box.id)
        )
        # The index (state, category, size, expires_on) gives them in this order.
        .order_by(Box.expires_on)
        .first()
    )
    return found


def check_load(step: Step, box: Box) -> ScanResult | None:
    """Amber when a box that expires sooner should go first; None to load `box` now."""
    sooner = sooner_in_stock(box)
    if sooner is None or pending(step, LOAD_LATER, CONFIRM_WINDOW) == box.code:
        return None
    place = find(Location, Location.id, sooner.location_id) if sooner.location_id else None
    category = get(Category, Category.id, box.category_id)
    set_pending(step, LOAD_LATER, box.code)
    return amber(box.code, CodeKind.BOX, ScanAction.CONFIRM_LOAD_LATER, "confirm_load_later",
                 box, code=box.code, expiry=month_text(box.expires_on),
                 other=sooner.code, other_expiry=month_text(sooner.expires_on),
                 location=place.name if place is not None else "-",
                 category=category.name, category_names=names(category), size=box.size)  # fmt: skip
