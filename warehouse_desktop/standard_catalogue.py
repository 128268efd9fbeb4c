"""A standard starting catalogue for `warehouse-desktop init --catalogue standard`.

About 150 categories shaped like the aid sector's standard product list: clothing by
gender and age with their size ranges, shoes, hygiene, bedding, shelter, food and water,
each with its French name, a target stock in boxes and the items a box usually holds.
The list is the CSV file next to this module, in the columns `export categories`
writes, and goes in through the same `import categories` path (every row checked first,
one transaction, a fresh card code for each).  The demo warehouse keeps its own list.
"""

from __future__ import annotations

from pathlib import Path

from warehouse_desktop.errors import InputError
from warehouse_desktop.exchange import import_categories
from warehouse_desktop.models import Category

CATALOGUE_FILE = Path(__file__).with_name("standard_catalogue.csv")


def seed(path: Path = CATALOGUE_FILE) -> int:
    """Add the standard catalogue to an empty one; return how many categories it added."""
    existing = Category.select().count()
    if existing:
        raise InputError("catalogue_not_empty", count=existing)
    created, _updated, _unchanged = import_categories(path)
    return created
