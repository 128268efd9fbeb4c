"""Handing out fresh codes: a counter per code kind, so no code is ever issued twice."""

from __future__ import annotations

from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import find, write_transaction
from warehouse_desktop.models import CodeCounter


def _take(kind: CodeKind, count: int) -> int:
    CodeCounter.insert(kind=kind.value, next_number=1).on_conflict_ignore().execute()
    # Increment first, then read: on PostgreSQL the update takes the row lock, so two
    # benches reserving at once get disjoint ranges.
    CodeCounter.update(next_number=CodeCounter.next_number + count).where(
        CodeCounter.kind == kind.value
    ).execute()
    end = CodeCounter.get(CodeCounter.kind == kind.value).next_number
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
