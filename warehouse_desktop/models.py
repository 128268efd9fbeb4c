"""Peewee models of the warehouse: categories, locations, boxes, van loads, movements.

All models bind to the one `database` proxy; `warehouse_desktop.db` points it at SQLite or
PostgreSQL.  Movements are append-only: nothing in the code base updates or deletes one.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import TYPE_CHECKING, Any

import peewee as pw

database = pw.DatabaseProxy()


def utcnow() -> dt.datetime:
    """Naive UTC timestamp; every time in the database is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Group(enum.StrEnum):
    CLOTHING = "clothing"
    FOOTWEAR = "footwear"
    BEDDING = "bedding"
    HYGIENE = "hygiene"
    SHELTER = "shelter"
    FOOD = "food"
    OTHER = "other"


class Gender(enum.StrEnum):
    MEN = "men"
    WOMEN = "women"
    UNISEX_ADULT = "unisex_adult"
    BOYS = "boys"
    GIRLS = "girls"
    UNISEX_KIDS = "unisex_kids"
    BABY = "baby"
    NONE = "none"


class LocationKind(enum.StrEnum):
    SHELF = "shelf"
    ZONE = "zone"
    BENCH = "bench"
    LOADING_BAY = "loading_bay"


class BoxState(enum.StrEnum):
    IN_STOCK = "in_stock"
    LOADING = "loading"
    DISPATCHED = "dispatched"
    SCRAPPED = "scrapped"
    LOST = "lost"
    # Expected at a counted location but not found there; out of the stock totals.
    MISSING = "missing"


class VanLoadState(enum.StrEnum):
    LOADING = "loading"
    DISPATCHED = "dispatched"
    CANCELLED = "cancelled"


class MovementAction(enum.StrEnum):
    CREATED = "created"
    MOVED = "moved"
    LOADED = "loaded"
    UNLOADED = "unloaded"
    DISPATCHED = "dispatched"
    RETURNED = "returned"
    ADJUSTED = "adjusted"
    SCRAPPED = "scrapped"
    LOST = "lost"
    FOUND = "found"
    UNDONE = "undone"
    # A box that had left stock, packed again with the bench template's contents.
    REPACKED = "repacked"
    # Not found where it was recorded during a stock-take.
    MISSING = "missing"
    # A coordinator took a dispatched van load back (its boxes are loading again).
    REOPENED = "reopened"
    # The box was weighed (or its weight corrected or cleared); `weight_g` holds the new one.
    WEIGHED = "weighed"


class BenchMode(enum.StrEnum):
    CHECK_IN = "check_in"
    LOAD = "load"
    COUNT = "count"


class Role(enum.StrEnum):
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"


class JSONField(pw.TextField):
    """A column holding JSON text: lists and dicts in Python."""

    if TYPE_CHECKING:
        # What a model instance holds: whatever the JSON decodes to.
        def __get__(self, instance: object, owner: object) -> Any: ...
        def __set__(self, instance: object, value: object) -> None: ...

    def db_value(self, value: object) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value: str | None) -> object:
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    """Every model's database and table naming.

    Bare annotations in the models below (`id`, `location_id`...) are for the type checker
    only: Peewee adds the automatic id and each foreign key's id accessor at run time.
    """

    class Meta:
        database = database
        legacy_table_names = False


# The schema version this program writes: the top rung of `schema.MIGRATIONS` (a test holds
# them equal).  Here, not in the ladder, so the connection can refuse a newer database
# before anything else is imported.
LATEST_VERSION = 8


class SchemaVersion(BaseModel):
    id: pw.AutoField[int]
    version = pw.IntegerField()
    applied_at = pw.DateTimeField(default=utcnow)
    app_version = pw.CharField(default="")


class Category(BaseModel):
    id: pw.AutoField[int]
    code = pw.CharField(max_length=12, unique=True)
    name = pw.CharField()
    group = pw.CharField(default=Group.OTHER.value)
    gender = pw.CharField(default=Gender.NONE.value)
    # Ordered list of size labels; ["one size"] when sizes do not apply.
    sizes = JSONField(default=lambda: ["one size"])
    # {"fr": "...", "ar": "..."}: names in other languages.
    names = JSONField(default=dict)
    target = pw.IntegerField(default=0)  # target stock in boxes, for the needs list
    default_quantity = pw.IntegerField(default=1)
    active = pw.BooleanField(default=True)
    # Hygiene, food, medicine: each box gets an expiry month when it is packed.
    # The database's own default lets a migration add the column NOT NULL in one step
    # (SQLite would otherwise rebuild the table under its foreign keys).
    expires = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])

    def name_in(self, lang: str) -> str:
        names: dict[str, str] = self.names or {}
        return names.get(lang) or str(self.name)


class Location(BaseModel):
    id: pw.AutoField[int]
    code = pw.CharField(max_length=12, unique=True)
    name = pw.CharField()
    kind = pw.CharField(default=LocationKind.SHELF.value)
    active = pw.BooleanField(default=True)


class Operator(BaseModel):
    id: pw.AutoField[int]
    name = pw.CharField(unique=True)
    role = pw.CharField(default=Role.VOLUNTEER.value)
    pin_hash = pw.CharField(null=True)  # "scrypt$n$r$p$salt_hex$hash_hex"; never the PIN
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)
    # The volunteer card (P code) that signs this volunteer in with one scan.
    card_code = pw.CharField(max_length=12, null=True, unique=True)


class VanLoad(BaseModel):
    id: pw.AutoField[int]
    code = pw.CharField(max_length=12, unique=True)
    destination = pw.CharField()
    notes = pw.TextField(default="")
    driver = pw.CharField(null=True, default="")
    state = pw.CharField(default=VanLoadState.LOADING.value, index=True)
    created_at = pw.DateTimeField(default=utcnow)
    dispatched_at = pw.DateTimeField(null=True, index=True)


class Box(BaseModel):
    id: pw.AutoField[int]
    category_id: int
    location_id: int | None
    van_load_id: int | None
    code = pw.CharField(max_length=12, unique=True)
    category = pw.ForeignKeyField(Category, backref="boxes", index=True)
    size = pw.CharField(default="")
    quantity = pw.IntegerField(default=1)
    location = pw.ForeignKeyField(Location, null=True, backref="boxes", index=True)
    state = pw.CharField(default=BoxState.IN_STOCK.value, index=True)
    van_load = pw.ForeignKeyField(VanLoad, null=True, backref="boxes", index=True)
    packed_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)
    note = pw.TextField(default="")
    # Optimistic concurrency: every state change bumps it, so two benches on one shared
    # database can never both load the same box.
    version = pw.IntegerField(default=0)
    # A box brought over from Boxtribute: its number there (searchable) and the columns of
    # its row that have no place here (tags, shipment, who made it), for the export back.
    boxtribute_number = pw.CharField(max_length=40, null=True, unique=True)
    boxtribute_details = JSONField(null=True)
    # The month the contents expire, stored as its first day (boxes of expiring categories).
    expires_on = pw.DateField(null=True, index=True)
    # What the box weighs, in grams (shown in kg): a whole number is the same on SQLite
    # and PostgreSQL, where a float would not add up exactly.  None: not weighed.
    weight_g = pw.IntegerField(null=True)

    class Meta:
        indexes = (
            (("state", "category", "size"), False),
            # Loading a van looks for a box of the same kind that expires sooner.
            (("state", "category", "size", "expires_on"), False),
        )


class Movement(BaseModel):
    id: pw.AutoField[int]
    box_id: int
    from_location_id: int | None
    to_location_id: int | None
    van_load_id: int | None
    from_van_load_id: int | None
    undoes_id: int | None
    box = pw.ForeignKeyField(Box, backref="movements", index=True)
    action = pw.CharField()
    from_location = pw.ForeignKeyField(Location, null=True, column_name="from_location_id")
    to_location = pw.ForeignKeyField(Location, null=True, column_name="to_location_id")
    from_state = pw.CharField(null=True)
    to_state = pw.CharField(null=True)
    van_load = pw.ForeignKeyField(VanLoad, null=True, index=True)
    from_van_load = pw.ForeignKeyField(VanLoad, null=True, column_name="from_van_load_id")
    quantity_change = pw.IntegerField(default=0)
    from_quantity = pw.IntegerField(null=True)
    operator = pw.CharField(default="")
    bench = pw.CharField(default="")  # indexed with id below, for UNDO
    # All movements written by one scan share a batch; UNDO reverts a whole batch.
    batch = pw.CharField(max_length=36, index=True)
    undoes = pw.ForeignKeyField("self", null=True, backref="undone_by", index=True)
    at = pw.DateTimeField(default=utcnow, index=True)
    # The weight in grams this movement gave the box (a new box weighed at the bench, a
    # weighing); None when the movement did not set one.
    weight_g = pw.IntegerField(null=True)

    class Meta:
        indexes = ((("bench", "id"), False),)


class RetailCode(BaseModel):
    """A retail EAN/UPC linked once to a category; scanning it acts like the category card."""

    id: pw.AutoField[int]
    category_id: int
    code = pw.CharField(max_length=14, unique=True)
    category = pw.ForeignKeyField(Category, backref="retail_codes")


class CodeCounter(BaseModel):
    """Next number to hand out per code kind, so no code is ever issued twice."""

    kind = pw.CharField(primary_key=True)
    next_number = pw.IntegerField(default=1)


class BenchState(BaseModel):
    """Per-bench context that survives a restart and is shared by window and command line."""

    template_category_id: int | None
    location_id: int | None
    van_load_id: int | None
    count_location_id: int | None

    class Meta:
        only_save_dirty = True

    bench = pw.CharField(primary_key=True)
    mode = pw.CharField(default=BenchMode.CHECK_IN.value)
    template_category = pw.ForeignKeyField(Category, null=True)
    template_size = pw.CharField(null=True)
    template_quantity = pw.IntegerField(null=True)
    location = pw.ForeignKeyField(Location, null=True)
    van_load = pw.ForeignKeyField(VanLoad, null=True)
    operator = pw.CharField(default="")
    last_code = pw.CharField(null=True)
    # When the last scan or action happened here (the context expires after a quiet
    # spell); with last_code it also catches a scanner's double read.
    last_scan_at = pw.DateTimeField(null=True)
    count_location = pw.ForeignKeyField(Location, null=True, column_name="count_location_id")
    # Box ids seen during the running stock-take at count_location.
    count_seen = JSONField(default=list)
    # A scan waiting for its confirming second scan: "ACTION CODE" ("return B…",
    # "dispatch V…", "look ").  Any other scan clears it, so it was always set by the
    # last scan and last_scan_at says since when.  One column: read on every scan.
    pending = pw.CharField(null=True)
    count_started_at = pw.DateTimeField(null=True)
    # The expiry month (its first day) the next box of an expiring category gets; part of
    # the template, cleared with it and whenever the category changes.
    template_expiry = pw.DateField(null=True)
    # The weight in grams typed for the next box packed here; the box takes it and it is
    # cleared, so one box's weight never passes silently to the next.
    next_weight_g = pw.IntegerField(null=True)


class StockCount(BaseModel):
    """One finished stock-take of a location: who, when, where and what was (not) found.

    The box lists are box codes: `found` every box scanned, `missing` the boxes recorded
    there but not found (now `missing`), `elsewhere` the boxes found there but recorded
    somewhere else (now moved here).
    """

    id: pw.AutoField[int]
    location_id: int
    bench = pw.CharField(default="")
    operator = pw.CharField(default="")
    location = pw.ForeignKeyField(Location, backref="counts")
    started_at = pw.DateTimeField(null=True)
    done_at = pw.DateTimeField(default=utcnow, index=True)
    found = JSONField(default=list)
    missing = JSONField(default=list)
    elsewhere = JSONField(default=list)


class StockSummary(BaseModel):
    """Boxes and items per state, category, size and location, kept by database triggers.

    Every insert or update of a box adjusts it in the same transaction (see
    `schema.stock_summary_triggers`), so stock queries read rows per category, not
    per box.  `location_key` is the location id, 0 for none (a key cannot be NULL).
    Each count is spread over `SUMMARY_SHARDS` rows by box id, so benches packing the
    same category at once on a shared server do not all queue for one row lock.
    """

    state = pw.CharField()
    category_id = pw.IntegerField()
    size = pw.CharField()
    location_key = pw.IntegerField()
    shard = pw.IntegerField()
    boxes = pw.IntegerField(default=0)
    items = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("state", "category_id", "size", "location_key", "shard")


SUMMARY_SHARDS = 8


class Setting(BaseModel):
    """Settings shared by every bench of a warehouse (warehouse name, bench location...)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Category,
    Location,
    Operator,
    VanLoad,
    Box,
    Movement,
    RetailCode,
    CodeCounter,
    BenchState,
    Setting,
    StockSummary,
    StockCount,
]
