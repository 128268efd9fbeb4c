"""The warehouse's own clock: times are stored UTC, people read them in local time.

Every "today", day total, date and time a person reads is in the warehouse's time zone:
the `time_zone` setting (an IANA name such as ``Europe/Paris``) shared by every bench,
or the machine's zone when it is not set.  The database keeps naive UTC timestamps
(`models.utcnow`); this module turns them into local ones and gives the UTC bounds of a
local day, so a query for "today" counts the boxes made this morning even where the
local date is not the UTC date.

    from warehouse_desktop import localtime
    localtime.today()                  # the warehouse's date now
    localtime.to_local(box.packed_at)  # aware local datetime for display
    start, end = localtime.day_bounds_utc(day)   # naive UTC [start, end) for SQL
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warehouse_desktop.db import write_transaction
from warehouse_desktop.settings import get_setting, set_setting

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Row = TypeVar("Row", bound="DataclassInstance")

TIME_ZONE = "time_zone"
_UTC = dt.UTC


def zone_from_name(name: str) -> ZoneInfo | None:
    """The zone called `name`, or None when the name is empty or unknown."""
    name = name.strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def machine_zone() -> dt.tzinfo:
    """The machine's zone: $TZ, else the system's zone file, else today's fixed offset."""
    named = zone_from_name(os.environ.get("TZ", "").lstrip(":"))
    if named is not None:
        return named
    system = Path("/etc/localtime")
    try:
        # The link's target names the zone (…/zoneinfo/Europe/Paris): keep that name.
        target = os.readlink(system) if system.is_symlink() else ""
        key = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "localtime"
        with open(system, "rb") as handle:
            return ZoneInfo.from_file(handle, key=key)
    except (OSError, ValueError):
        pass
    # Windows keeps its zone elsewhere: the current offset is right except across a DST change.
    return dt.datetime.now().astimezone().tzinfo or _UTC


def machine_zone_name() -> str:
    """How the machine's zone is called ("Europe/Paris"; "UTC+01:00" where unnamed)."""
    zone = machine_zone()
    key = getattr(zone, "key", "")
    if key and key != "localtime":
        return str(key)
    offset = dt.datetime.now(zone).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def warehouse_zone() -> dt.tzinfo:
    """The zone set for the warehouse, else the machine's own zone."""
    try:
        chosen = zone_from_name(get_setting(TIME_ZONE, ""))
    except Exception:  # noqa: BLE001 - no database connected yet: the machine's zone applies
        chosen = None
    return chosen if chosen is not None else machine_zone()


def store_time_zone(name: str) -> str:
    """Save the warehouse's zone (empty: the machine's); ValueError for an unknown name."""
    name = name.strip()
    if name and zone_from_name(name) is None:
        raise ValueError(f"unknown time zone {name!r}")
    with write_transaction():
        set_setting(TIME_ZONE, name)
    return name


def utcnow() -> dt.datetime:
    """Naive UTC now, as the database stores it."""
    return dt.datetime.now(_UTC).replace(tzinfo=None)


def to_local(stored: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """An aware local datetime for a stored naive-UTC one (aware ones are converted)."""
    zone = zone if zone is not None else warehouse_zone()
    aware = stored if stored.tzinfo is not None else stored.replace(tzinfo=_UTC)
    return aware.astimezone(zone)


def now(zone: dt.tzinfo | None = None) -> dt.datetime:
    """The warehouse's local time now (aware)."""
    return to_local(utcnow(), zone)


def today(zone: dt.tzinfo | None = None) -> dt.date:
    """The warehouse's date now."""
    return now(zone).date()


def local_date(stored: dt.datetime, zone: dt.tzinfo | None = None) -> dt.date:
    """The warehouse's date of a stored naive-UTC time."""
    return to_local(stored, zone).date()


def _local_midnight_utc(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    midnight = dt.datetime.combine(day, dt.time.min, tzinfo=zone)
    try:
        return midnight.astimezone(_UTC).replace(tzinfo=None)
    except OverflowError:  # the first or last representable day: the bound is open
        return dt.datetime.min if day.year == dt.MINYEAR else dt.datetime.max


def day_bounds_utc(day: dt.date, zone: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Naive UTC [start, end) of the local `day`, for comparing with stored times."""
    zone = zone if zone is not None else warehouse_zone()
    following = day + dt.timedelta(days=1) if day < dt.date.max else None
    end = _local_midnight_utc(following, zone) if following else dt.datetime.max
    return _local_midnight_utc(day, zone), end


def format_local(
    stored: dt.datetime | None, pattern: str = "%Y-%m-%d %H:%M", zone: dt.tzinfo | None = None
) -> str:
    """A stored time as the warehouse reads it ('' for none)."""
    return "" if stored is None else to_local(stored, zone).strftime(pattern)


def localised(rows: Iterable[Row], *fields: str, zone: dt.tzinfo | None = None) -> list[Row]:
    """Copies of dataclass `rows` whose time `fields` are aware local times.

    Lists convert a page of rows once as they are read (the zone looked up once), so a
    table shows local times without asking the database for the zone on every cell.
    """
    zone = zone if zone is not None else warehouse_zone()
    converted = []
    for row in rows:
        changes = {
            field: to_local(value, zone)
            for field in fields
            if isinstance(value := getattr(row, field), dt.datetime)
        }
        converted.append(dataclasses.replace(row, **changes) if changes else row)
    return converted
