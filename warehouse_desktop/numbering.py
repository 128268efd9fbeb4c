"""Handing out fresh codes: a counter per code kind, so no code is ever issued twice."""

from __future__ import annotations

from warehouse_desktop.codes import CodeKind, classify, make_code
from warehouse_desktop.db import write_transaction
from warehouse_desktop.errors import InputError
from warehouse_desktop.fast_sql import find
from warehouse_desktop.models import Category, CodeCounter, Location


def _take(kind: CodeKind, count: int) -> int:
    CodeCounter.insert(kind=kind.value, next_number=1).on_conflict_ignore().execute()
    # Increment first, then read: on PostgreSQL the update takes the row lock, so two
    # benches reserving at once get disjoint ranges.
    CodeCounter.update(next_number=CodeCounter.next_number + count).where(
        CodeCounter.kind == kind.value
    ).execute()
    end: int = CodeCounter.get(CodeCounter.kind == kind.value).next_number
    return end - count


def reserve_codes(kind: CodeKind, count: int) -> list[str]:
    """Reserve `count` fresh codes of `kind` in their own durable transaction."""
    if count < 0:
        raise ValueError("count must not be negative")
    with write_transaction():
        first = _take(kind, count)
    return [make_code(kind, first + i) for i in range(count)]


def reserve_in_transaction(kind: CodeKind, count: int = 1) -> list[str]:
    """Like reserve_codes, inside a transaction the caller already holds."""
    first = _take(kind, count)
    return [make_code(kind, first + i) for i in range(count)]


def issued_up_to(kind: CodeKind) -> int:
    """The highest number handed out so far for `kind` (0 if none)."""
    row = find(CodeCounter, CodeCounter.kind, kind.value)
    return (row.next_number - 1) if row else 0


def reserve_catalogue_code(model: type[Category] | type[Location], kind: CodeKind) -> str:
    """A fresh code for a new category or location, inside the caller's transaction.

    Normally the next number of the counter.  An imported code near the end of the range
    pushes the counter past the last number; then the lowest number no row of `model`
    uses is taken (every code of these kinds lives in its table), and when none is left
    the refusal says so.
    """
    number = _take(kind, 1)
    used: set[int] | None = None
    try:
        code = make_code(kind, number)
        if model.get_or_none(model.code == code) is None:
            return code
    except ValueError:
        pass
    numbers = (classify(c).number for (c,) in model.select(model.code).tuples())
    used = {n for n in numbers if n is not None}
    candidate = 1
    while True:
        if candidate not in used:
            try:
                return make_code(kind, candidate)
            except ValueError:
                raise InputError("codes_exhausted", kind=kind.value) from None
        candidate += 1
