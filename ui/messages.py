"""The window's words for the core's messages: Qt translation of the one catalogue.

The core, `reports` and `hardware` declare every message key once with its English text
(`warehouse_desktop.words.message`); `tr_message` translates that text through Qt in the
key's context.  Here live only the window's own forms: messages whose counts take Qt's
plural forms (`WINDOW_MESSAGES`, `COUNTED_PHRASES`) and the words of enum values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

import hardware  # noqa: F401 - declares the printers' and scanners' messages
import reports  # noqa: F401 - declares the labels' and reports' messages
from ui.i18n import QT_TRANSLATE_NOOP, tr_plural
from warehouse_desktop.label_formats import FORMATS
from warehouse_desktop.messages import render
from warehouse_desktop.words import CATALOGUE, MESSAGES_CONTEXT

# Messages with counts as the window shows them: the core's English says "({count} boxes)"
# whatever the count, so the window has its own template in which each counted placeholder
# is a phrase put in its plural form by Qt's `%n` ("1 box", "2 boxes"; "0 carton", "1 trouvé").
# Key -> (the window's template, None where it is the catalogue's own text, placeholder ->
# its `%n` phrase).
COUNTED_PHRASES: dict[str, str] = {
    "boxes": QT_TRANSLATE_NOOP("Messages", "%n box(es)"),
    "items": QT_TRANSLATE_NOOP("Messages", "%n item(s)"),
    "found": QT_TRANSLATE_NOOP("Messages", "%n found"),
    "missing": QT_TRANSLATE_NOOP("Messages", "%n missing"),
    "moved": QT_TRANSLATE_NOOP("Messages", "%n moved here"),
    "changes": QT_TRANSLATE_NOOP("Messages", "%n change(s)"),
    "minutes": QT_TRANSLATE_NOOP("Messages", "%n minute(s)"),
    "seconds": QT_TRANSLATE_NOOP("Messages", "%n second(s)"),
    "rows": QT_TRANSLATE_NOOP("Messages", "%n row(s)"),
    "labels": QT_TRANSLATE_NOOP("Messages", "%n label(s)"),
    "copies": QT_TRANSLATE_NOOP("Messages", "%n cop(y|ies)"),
    "seen": QT_TRANSLATE_NOOP("Messages", "%n box(es) seen"),
    "new": QT_TRANSLATE_NOOP("Messages", "%n new"),
    "changed": QT_TRANSLATE_NOOP("Messages", "%n changed"),
    "unchanged": QT_TRANSLATE_NOOP("Messages", "%n unchanged"),
    "categories": QT_TRANSLATE_NOOP("Messages", "%n categor(y|ies)"),
    "locations": QT_TRANSLATE_NOOP("Messages", "%n location(s)"),
}
_P = COUNTED_PHRASES
WINDOW_MESSAGES: dict[str, tuple[str | None, dict[str, str]]] = {
    "van_load_selected": (
        QT_TRANSLATE_NOOP("Messages", "Loading van to {destination} ({count})"),
        {"count": _P["boxes"]},
    ),
    "box_loaded": (
        QT_TRANSLATE_NOOP("Messages", "Box {code} loaded for {destination} ({count} on the van)"),
        {"count": _P["boxes"]},
    ),
    "load_dispatched": (
        QT_TRANSLATE_NOOP("Messages", "Van to {destination} dispatched with {count}"),
        {"count": _P["boxes"]},
    ),
    "confirm_dispatch": (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Dispatch van load {van_load} to {destination}: {boxes}, {items}? Scan DISPATCH again to confirm",
        ),
        {"boxes": _P["boxes"], "items": _P["items"]},
    ),
    "van_reopened": (
        QT_TRANSLATE_NOOP(
            "Messages", "Van load {code} to {destination} reopened: {count} loading again"
        ),
        {"count": _P["boxes"]},
    ),
    "box_counted": (None, {"count": _P["boxes"]}),  # the catalogue's own text
    "count_done": (
        QT_TRANSLATE_NOOP("Messages", "Count of {location} done: {found}, {missing}, {moved}"),
        {"found": _P["found"], "missing": _P["missing"], "moved": _P["moved"]},
    ),
    "undone": (
        QT_TRANSLATE_NOOP("Messages", "Undone ({what}): box {code}, {before} → {after}"),
        {},
    ),
    "undone_many": (
        QT_TRANSLATE_NOOP("Messages", "Undone ({what}): {count}"),
        {"count": _P["boxes"]},
    ),
    "nothing_to_undo": (
        QT_TRANSLATE_NOOP(
            "Messages", "Nothing of yours to undo here (the last {depth}, {minutes})"
        ),
        {"depth": _P["changes"], "minutes": _P["minutes"]},
    ),
    "look_location": (
        QT_TRANSLATE_NOOP("Messages", "{location}: {boxes}, {items} in stock"),
        {"boxes": _P["boxes"], "items": _P["items"]},
    ),
    "look_van_load": (
        QT_TRANSLATE_NOOP(
            "Messages", "Van load {code} to {destination}: {state}, {boxes}, {items}"
        ),
        {"boxes": _P["boxes"], "items": _P["items"]},
    ),
    "look_category": (
        QT_TRANSLATE_NOOP("Messages", "{category}: {boxes} in stock"),
        {"boxes": _P["boxes"]},
    ),
    "context_expired": (
        QT_TRANSLATE_NOOP(
            "Messages", "Nothing scanned for {minutes}: location, van load and count cleared"
        ),
        {"minutes": _P["minutes"]},
    ),
    "pin_too_many": (
        QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs: wait {seconds}"),
        {"seconds": _P["seconds"]},
    ),
    "export_done": (
        QT_TRANSLATE_NOOP("Messages", "Wrote {count} to {path}"),
        {"count": _P["rows"]},
    ),
    "labels_done": (
        QT_TRANSLATE_NOOP("Messages", "Wrote {count} to {path}"),
        {"count": _P["labels"]},
    ),
    "print_sent": (
        QT_TRANSLATE_NOOP("Messages", "Sent {path} to {printer} ({copies})"),
        {"copies": _P["copies"]},
    ),
    "import_done": (
        QT_TRANSLATE_NOOP("Messages", "Imported {path}: {created}, {updated}, {unchanged}"),
        {"created": _P["new"], "updated": _P["changed"], "unchanged": _P["unchanged"]},
    ),
    "demo_done": (
        QT_TRANSLATE_NOOP("Messages", "Demo warehouse created: {categories}, {locations}, {boxes}"),
        {"categories": _P["categories"], "locations": _P["locations"], "boxes": _P["boxes"]},
    ),
}

# Values the core puts into placeholders that are words, not data.
STATE_NAMES: dict[str, str] = {
    "in_stock": QT_TRANSLATE_NOOP("Names", "in stock"),
    "loading": QT_TRANSLATE_NOOP("Names", "loading"),
    "dispatched": QT_TRANSLATE_NOOP("Names", "dispatched"),
    "scrapped": QT_TRANSLATE_NOOP("Names", "scrapped"),
    "lost": QT_TRANSLATE_NOOP("Names", "lost"),
    "missing": QT_TRANSLATE_NOOP("Names", "missing"),
    "cancelled": QT_TRANSLATE_NOOP("Names", "cancelled"),
}
ACTION_NAMES: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("Names", "created"),
    "moved": QT_TRANSLATE_NOOP("Names", "moved"),
    "loaded": QT_TRANSLATE_NOOP("Names", "loaded"),
    "unloaded": QT_TRANSLATE_NOOP("Names", "unloaded"),
    "dispatched": QT_TRANSLATE_NOOP("Names", "dispatched"),
    "returned": QT_TRANSLATE_NOOP("Names", "returned"),
    "adjusted": QT_TRANSLATE_NOOP("Names", "adjusted"),
    "scrapped": QT_TRANSLATE_NOOP("Names", "scrapped"),
    "lost": QT_TRANSLATE_NOOP("Names", "lost"),
    "found": QT_TRANSLATE_NOOP("Names", "found"),
    "undone": QT_TRANSLATE_NOOP("Names", "undone"),
    "repacked": QT_TRANSLATE_NOOP("Names", "repacked"),
    "missing": QT_TRANSLATE_NOOP("Names", "found missing"),
    "reopened": QT_TRANSLATE_NOOP("Names", "reopened"),
    "weighed": QT_TRANSLATE_NOOP("Names", "weighed"),
}
MODE_NAMES: dict[str, str] = {
    "check_in": QT_TRANSLATE_NOOP("Names", "CHECK IN"),
    "load": QT_TRANSLATE_NOOP("Names", "LOAD VAN"),
    "count": QT_TRANSLATE_NOOP("Names", "STOCK-TAKE"),
}
GENDER_NAMES: dict[str, str] = {
    "men": QT_TRANSLATE_NOOP("Names", "men"),
    "women": QT_TRANSLATE_NOOP("Names", "women"),
    "unisex_adult": QT_TRANSLATE_NOOP("Names", "unisex adult"),
    "boys": QT_TRANSLATE_NOOP("Names", "boys"),
    "girls": QT_TRANSLATE_NOOP("Names", "girls"),
    "unisex_kids": QT_TRANSLATE_NOOP("Names", "unisex kids"),
    "baby": QT_TRANSLATE_NOOP("Names", "baby"),
    "none": QT_TRANSLATE_NOOP("Names", "none"),
}
GROUP_NAMES: dict[str, str] = {
    "clothing": QT_TRANSLATE_NOOP("Names", "Clothing"),
    "footwear": QT_TRANSLATE_NOOP("Names", "Footwear"),
    "bedding": QT_TRANSLATE_NOOP("Names", "Bedding"),
    "hygiene": QT_TRANSLATE_NOOP("Names", "Hygiene"),
    "shelter": QT_TRANSLATE_NOOP("Names", "Shelter"),
    "food": QT_TRANSLATE_NOOP("Names", "Food"),
    "other": QT_TRANSLATE_NOOP("Names", "Other"),
}
LOCATION_KIND_NAMES: dict[str, str] = {
    "shelf": QT_TRANSLATE_NOOP("Names", "shelf"),
    "zone": QT_TRANSLATE_NOOP("Names", "zone"),
    "bench": QT_TRANSLATE_NOOP("Names", "bench"),
    "loading_bay": QT_TRANSLATE_NOOP("Names", "loading bay"),
}
# Label formats by their command-line name, titled from the one table of formats.
FORMAT_NAMES: dict[str, str] = {key: fmt.title for key, fmt in FORMATS.items()}
_WORD_ARGS = {"state": STATE_NAMES, "what": ACTION_NAMES}


def name(table: Mapping[str, str], value: str) -> str:
    """The translated word for an enum value (the value itself if unknown)."""
    text = table.get(value)
    return QCoreApplication.translate("Names", text) if text else value


def category_name(english: str, names: Mapping[str, str] | None) -> str:
    """A category's name in the window's language where the catalogue has one."""
    local = (names or {}).get(QLocale().name().split("_")[0])
    return local or english


def size_name(size: str) -> str:
    """A size as the window's language says it ("one size" is a word, not a size)."""
    return QCoreApplication.translate("Names", "one size") if size == "one size" else size


def tr_message(key: str, args: Mapping[str, Any] | None = None) -> str:
    """The message for `key` in the current language, counts in their plural form;
    never raises."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return render(key, args)
    if not entry.text:
        return ""
    template, context = entry.text, entry.context
    counted: dict[str, str] = {}
    if key in WINDOW_MESSAGES:
        own, counted = WINDOW_MESSAGES[key]
        if own is not None:
            template, context = own, MESSAGES_CONTEXT
    translated = QCoreApplication.translate(context, template)
    filled = {k: name(_WORD_ARGS[k], v) if k in _WORD_ARGS else v for k, v in (args or {}).items()}
    if isinstance(filled.get("size"), str):
        filled["size"] = size_name(filled["size"])
    for placeholder, phrase in counted.items():
        value = filled.get(placeholder)
        if isinstance(value, int) and not isinstance(value, bool):
            filled[placeholder] = tr_plural("Messages", phrase, value)
    # A category is shown by its name in the window's language when the catalogue has one.
    names = filled.get("category_names")
    if isinstance(names, Mapping):
        local = names.get(QLocale().name().split("_")[0])
        if local:
            filled["category"] = local
    try:
        return translated.format(**filled)
    except (KeyError, IndexError, ValueError):
        return translated
