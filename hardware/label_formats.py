"""The label formats as the printers need them: the core's one table of formats
(`warehouse_desktop.label_formats`), looked up by name with the printing error.

The settings keep a default printer per format name, and the test label is drawn at the
format's page size.
"""

from __future__ import annotations

from warehouse_desktop.errors import InputError
from warehouse_desktop.label_formats import FORMATS as PAGE_FORMATS
from warehouse_desktop.label_formats import LabelFormat as PageFormat

__all__ = ["PAGE_FORMATS", "PageFormat", "page_format"]


def page_format(name: str) -> PageFormat:
    try:
        return PAGE_FORMATS[name.lower()]
    except KeyError:
        raise InputError(
            "print_label_format_unknown", format=name, formats=", ".join(PAGE_FORMATS)
        ) from None
