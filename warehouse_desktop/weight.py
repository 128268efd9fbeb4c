"""A box's weight: read from what a volunteer types, stored in grams, shown in kg.

Grams are whole numbers, so a sum is exact on SQLite and PostgreSQL alike.  What a person
types is read in kg with a point or a comma ("12.5", "12,5": a French keyboard), with or
without "kg" after it.  Zero, a negative weight, more than 1000 kg or anything that is not
a number is refused with a message key, and nothing is written.
"""

from __future__ import annotations

import decimal
import re

from warehouse_desktop.errors import InputError

# No box a person carries weighs a tonne: more is a typing slip (grams typed as kg).
MAX_WEIGHT_G = 1_000_000
MAX_WEIGHT_KG = MAX_WEIGHT_G // 1000

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_kg(text: str) -> int:
    """Grams from a weight typed in kg ("12.5", "12,5", "12.5 kg").

    Raises InputError `weight_invalid` (not a number), `weight_not_positive` (zero or
    less) or `weight_too_heavy` (more than 1000 kg).
    """
    shown = " ".join(str(text).split())[:40]
    cleaned = shown.lower().removesuffix("kg").strip()
    if not _NUMBER.match(cleaned):
        raise InputError("weight_invalid", text=shown)
    kg = decimal.Decimal(cleaned.replace(",", "."))
    # Grams are the finest a bench scale shows; a finer figure is rounded to the gram.
    grams = int((kg * 1000).quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP))
    if grams <= 0:
        raise InputError("weight_not_positive", text=shown)
    if grams > MAX_WEIGHT_G:
        raise InputError("weight_too_heavy", text=shown, limit=MAX_WEIGHT_KG)
    return grams


def format_kg(grams: int | None) -> str:
    """Grams in kg as a bench shows them: "12.5", "12.0", "0.25", "12.345"; "" for none.

    At least one decimal, and as many as the grams need (never rounded: a sum printed on a
    manifest adds up exactly from the box weights).
    """
    if grams is None:
        return ""
    whole, rest = divmod(abs(int(grams)), 1000)
    decimals = f"{rest:03d}".rstrip("0") or "0"
    sign = "-" if grams < 0 else ""
    return f"{sign}{whole}.{decimals}"
