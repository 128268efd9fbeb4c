"""The catalogue the bench works from: categories, locations and van loads.

Listing is open to everyone; saving a category or a location is a coordinator's job and
checks the PIN first.  New ones get a fresh scan code from `numbering`, so a printed card
or shelf label is never reused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from warehouse_desktop import auth
from warehouse_desktop.codes import CodeKind
from warehouse_desktop.db import write_transaction
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import (
    Box,
    Category,
    Gender,
    Group,
    Location,
    LocationKind,
    RetailCode,
    VanLoad,
    VanLoadState,
)
from warehouse_desktop.numbering import reserve_catalogue_code

MAX_NAME = 80
MAX_SIZES = 60


@dataclass(frozen=True)
class CategoryData:
    """A category as the catalogue editor shows and saves it (id None: a new one)."""

    name: str
    group: str = Group.OTHER.value
    gender: str = Gender.NONE.value
    sizes: list[str] = field(default_factory=lambda: ["one size"])
    names: dict[str, str] = field(default_factory=dict)
    target: int = 0
    default_quantity: int = 1
    active: bool = True
    id: int | None = None
    code: str = ""
    # Boxes of this category are packed with an expiry month (hygiene, food, medicine).
    expires: bool = False


@dataclass(frozen=True)
class LocationData:
    name: str
    kind: str = LocationKind.SHELF.value
    active: bool = True
    id: int | None = None
    code: str = ""


@dataclass(frozen=True)
class VanLoadRow:
    code: str
    destination: str
    notes: str
    state: str
    created_at: dt.datetime
    dispatched_at: dt.datetime | None
    boxes: int
    items: int


def _category_data(c: Category) -> CategoryData:
    return CategoryData(
        name=c.name,
        group=c.group,
        gender=c.gender,
        sizes=list(c.sizes or []),
        names=dict(c.names or {}),
        target=c.target,
        default_quantity=c.default_quantity,
        active=c.active,
        id=c.id,
        code=c.code,
        expires=bool(c.expires),
    )


def list_categories(*, include_inactive: bool = True) -> list[CategoryData]:
    query = Category.select().order_by(Category.group, Category.name)
    if not include_inactive:
        query = query.where(Category.active == True)  # noqa: E712
    return [_category_data(c) for c in query]


def names_by_category() -> dict[int, dict[str, str]]:
    """Each category's names in other languages (language code -> name), by its id."""
    return {
        cid: dict(names or {})
        for cid, names in Category.select(Category.id, Category.names).tuples()
    }


def list_locations(*, include_inactive: bool = True) -> list[LocationData]:
    query = Location.select().order_by(Location.code)
    if not include_inactive:
        query = query.where(Location.active == True)  # noqa: E712
    return [LocationData(x.name, x.kind, x.active, x.id, x.code) for x in query]


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InputError("catalogue_field_invalid", field="name")
    return name


def validate_category(data: CategoryData) -> CategoryData:
    """The category with tidy fields; InputError for what cannot be saved."""
    name = _clean_name(data.name)
    if data.group not in {g.value for g in Group}:
        raise InputError("catalogue_field_invalid", field="group")
    if data.gender not in {g.value for g in Gender}:
        raise InputError("catalogue_field_invalid", field="gender")
    sizes = [" ".join(s.split()) for s in data.sizes if s.strip()] or ["one size"]
    if len(sizes) > MAX_SIZES or len(set(sizes)) != len(sizes):
        raise InputError("catalogue_field_invalid", field="sizes")
    if not 0 <= data.target <= 1_000_000 or not 1 <= data.default_quantity <= 999:
        raise InputError("quantity_invalid")
    names = {k: " ".join(v.split()) for k, v in data.names.items() if v and v.strip()}
    return CategoryData(
        name, data.group, data.gender, sizes, names, data.target, data.default_quantity,
        data.active, data.id, data.code, bool(data.expires),
    )  # fmt: skip


def save_category(data: CategoryData, *, coordinator: str, pin: str) -> CategoryData:
    """Create or update a category; returns it as saved (with its code)."""
    auth.require_coordinator(coordinator, pin)
    data = validate_category(data)
    fields = {
        Category.name: data.name,
        Category.group: data.group,
        Category.gender: data.gender,
        Category.sizes: data.sizes,
        Category.names: data.names,
        Category.target: data.target,
        Category.default_quantity: data.default_quantity,
        Category.active: data.active,
        Category.expires: data.expires,
    }
    with write_transaction():
        if data.id is None:
            code = reserve_catalogue_code(Category, CodeKind.CATEGORY)
            category = Category.create(code=code, **{f.name: v for f, v in fields.items()})
        else:
            if Category.update(fields).where(Category.id == data.id).execute() != 1:
                raise InputError("category_unknown", code=str(data.id))
            category = Category.get_by_id(data.id)
    return _category_data(category)


def validate_location(data: LocationData) -> LocationData:
    """The location with a tidy name; InputError for what cannot be saved."""
    name = _clean_name(data.name)
    if data.kind not in {k.value for k in LocationKind}:
        raise InputError("catalogue_field_invalid", field="kind")
    return LocationData(name, data.kind, data.active, data.id, data.code)


def save_location(data: LocationData, *, coordinator: str, pin: str) -> LocationData:
    auth.require_coordinator(coordinator, pin)
    data = validate_location(data)
    name = data.name
    with write_transaction():
        if data.id is None:
            code = reserve_catalogue_code(Location, CodeKind.LOCATION)
            location = Location.create(code=code, name=name, kind=data.kind, active=data.active)
        else:
            updated = (
                Location.update(name=name, kind=data.kind, active=data.active)
                .where(Location.id == data.id)
                .execute()
            )
            if updated != 1:
                raise InputError("location_unknown", code=str(data.id))
            location = Location.get_by_id(data.id)
    return LocationData(location.name, location.kind, location.active, location.id, location.code)


def retail_codes(category_id: int) -> list[str]:
    """The retail barcodes linked to the category, in the order they were linked."""
    query = (
        RetailCode.select(RetailCode.code)
        .where(RetailCode.category == category_id)
        .order_by(RetailCode.id)
    )
    return [code for (code,) in query.tuples()]


def unlink_retail_code(code: str, *, coordinator: str, pin: str) -> str:
    """Forget what a retail barcode means (linked to the wrong category by mistake); the
    next scan of it can link it again.  Returns the category's name it meant."""
    auth.require_coordinator(coordinator, pin)
    with write_transaction():
        link = RetailCode.get_or_none(RetailCode.code == code.strip())
        if link is None:
            raise InputError("retail_link_unknown", code=code)
        category: str = Category.get_by_id(link.category_id).name
        link.delete_instance()
    return category


VAN_LOAD_PAGE = 200


def list_van_loads(
    state: str | None = None, *, offset: int = 0, limit: int = VAN_LOAD_PAGE
) -> list[VanLoadRow]:
    """Van loads, the ones still loading first, then the newest; `limit` of them from
    `offset` in that order, so a window can read them a page at a time."""
    counts = (
        Box.select(
            Box.van_load.alias("load_id"),
            pw.fn.COUNT(Box.id).alias("boxes"),
            pw.fn.SUM(Box.quantity).alias("items"),
        )
        .where(Box.van_load.is_null(False))
        .group_by(Box.van_load)
    )
    query = (
        VanLoad.select(VanLoad, counts.c.boxes, counts.c.items)
        .join(counts, pw.JOIN.LEFT_OUTER, on=(VanLoad.id == counts.c.load_id))
        .order_by(
            pw.Case(None, [(VanLoad.state == VanLoadState.LOADING.value, 0)], 1),
            VanLoad.created_at.desc(),
            VanLoad.id.desc(),
        )
        .offset(max(offset, 0))
        .limit(limit)
    )
    if state:
        query = query.where(VanLoad.state == state)
    return [
        VanLoadRow(
            r["code"],
            r["destination"],
            r["notes"],
            r["state"],
            r["created_at"],
            r["dispatched_at"],
            r["boxes"] or 0,
            int(r["items"] or 0),
        )  # fmt: skip
        for r in query.dicts()
    ]


def van_load_boxes(code: str) -> list[tuple[str, str, str, int]]:
    """(box code, category, size, quantity) of every box on the load, in loading order."""
    load = VanLoad.get_or_none(VanLoad.code == code)
    if load is None:
        raise InputError("van_load_unknown", code=code)
    query = (
        Box.select(Box.code, Category.name, Box.size, Box.quantity)
        .join(Category)
        .where(Box.van_load == load.id)
        .order_by(Box.updated_at, Box.id)
        .tuples()
    )
    return [tuple(r) for r in query]
