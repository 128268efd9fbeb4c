"""ZPL field escaping: the one way any text reaches a Zebra label printer.

Both the label renderer (`reports`) and the printer backends (`hardware`) write ZPL; every
piece of text goes into a `^FH^FD…^FS` field as hex bytes, so no name can carry a printer
command.  It lives in the core because those two packages may not import each other.
"""

from __future__ import annotations


def field_data(text: str) -> str:
    """`^FH^FD...^FS` content: every UTF-8 byte as `_XX` (pair with ^CI28)."""
    return "".join(f"_{byte:02X}" for byte in text.encode("utf-8"))


def decode_field_data(data: str) -> str:
    """The inverse of `field_data`, for checking what a printer received."""
    return bytes.fromhex(data.replace("_", "")).decode("utf-8")
