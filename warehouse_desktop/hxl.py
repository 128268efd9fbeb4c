"""HXL, the Humanitarian Exchange Language: a row of hashtags under a CSV export's header.

Coordination platforms (HDX, the sector's 3W and stock dashboards) read a CSV file by
the hashtag under each column rather than by its header, so an export with `--hxl`
can be shared with them as it is.  `TAGS` is the one table from column names to
hashtags, for every export; a column it does not name gets an empty cell, which HXL
reads as "not tagged".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

# A hashtag and its attributes, as the HXL standard writes them.
HASHTAG = re.compile(r"^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$")

TAGS: dict[str, str] = {
    # boxes
    "code": "#item+code",
    "category": "#item+name",
    "size": "#item+size",
    "gender": "#item+gender",
    "quantity": "#output+num",
    "location": "#loc+code",
    "state": "#status",
    "van_load": "#meta+van_load",
    "packed_at": "#date+packed",
    "updated_at": "#date+reported",
    "category_code": "#item+code+category",
    "note": "#description",
    # The month a box's contents expire.
    "expiry_month": "#date+expiry",
    # The box's weight: an output measured in kg (an attribute names the unit).
    "weight_kg": "#output+weight+kg",
    # movements
    "id": "#meta+id",
    "at": "#date+reported",
    "box": "#item+code",
    "action": "#activity",
    "from_location": "#loc+code+from",
    "to_location": "#loc+code+to",
    "from_state": "#status+from",
    "to_state": "#status+to",
    "quantity_change": "#output+num+change",
    "operator": "#meta+operator",
    "bench": "#meta+bench",
    "undoes": "#meta+undoes",
    # stock and needs
    "group": "#item+type",
    "boxes": "#output+num+boxes",
    "items": "#output+num+items",
    "target": "#output+num+target",
    "in_stock": "#output+num+stock",
    "shortfall": "#output+num+shortfall",
    "percent_of_target": "#output+pct+target",
    # categories and locations
    "name": "#item+name",
    "sizes": "#item+size+list",
    "default_quantity": "#output+num+per_box",
    "active": "#status+active",
    "expires": "#status+expires",
    "name_fr": "#item+name+i_fr",
    "name_ar": "#item+name+i_ar",
    "name_ps": "#item+name+i_ps",
    "name_ti": "#item+name+i_ti",
    "name_ku": "#item+name+i_ku",
    "name_fa": "#item+name+i_fa",
    "kind": "#loc+type",
    # stock-takes
    "done_at": "#date+reported",
    "started_at": "#date+start",
    "location_name": "#loc+name",
    "found": "#output+num+found",
    "missing": "#output+num+missing",
    "elsewhere": "#output+num+elsewhere",
    "found_boxes": "#item+code+found",
    "missing_boxes": "#item+code+missing",
    "elsewhere_boxes": "#item+code+elsewhere",
    # command cards and volunteers
    "command": "#meta+command",
    "role": "#meta+role",
    "card_code": "#meta+code+card",
    "created_at": "#date+created",
    # Boxtribute's box export
    "Box Number": "#item+code+boxtribute",
    "Product": "#item+name",
    "Product Category": "#item+type",
    "Gender": "#item+gender",
    "Size": "#item+size",
    "Number of items": "#output+num",
    "State": "#status",
    "Location": "#loc+name",
    "Tags": "#meta+tags",
    "Shipment": "#meta+shipment",
    "Comment": "#description",
    "Age at Export": "#meta+age",
    "Last Modified (UTC time)": "#date+reported",
    "Last Modified By": "#meta+modified_by",
    "Created By": "#meta+created_by",
}
# Where one name means different things in two exports, the export's own reading wins.
BY_EXPORT: dict[str, dict[str, str]] = {
    "cards": {"code": "#meta+code+card", "name": "#meta+name"},
    "volunteers": {"name": "#meta+volunteer"},
    "locations": {"code": "#loc+code", "name": "#loc+name"},
    "counts": {"id": "#meta+count_id", "location": "#loc+code"},
}


def tag_row(header: list[str], export: str = "") -> list[str]:
    """The hashtag of each column of `header` (empty for a column not in the table)."""
    own = BY_EXPORT.get(export, {})
    return [own.get(name) or TAGS.get(name, "") for name in header]


def with_tags(
    header: list[str], rows: Iterable[Iterable[Any]], export: str = ""
) -> Iterator[Iterable[Any]]:
    """`rows` with the hashtag row first, for `write_csv` (which counts it as a row)."""
    return chain([tag_row(header, export)], rows)


def is_tag_row(cells: list[str]) -> bool:
    """A row of hashtags (some cells may be empty): an import skips it, so a file exported
    with `--hxl` imports as it is."""
    texts = [cell.strip() for cell in cells]
    return any(texts) and all(HASHTAG.match(text) for text in texts if text)
