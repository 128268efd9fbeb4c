"""The one catalogue of words: every message key and label word, declared once, with no Qt.

Each package declares its strings in its own `messages` module with the marker
`message("key", "English text {placeholder}")` (the catalogue of the core, of `reports`
and of `hardware`).  The marker files the English text under its key and returns the key;
a key declared twice, from two places, is an error.  The English lives only there:

- the command line renders it (`render`, English, "1 boxes" written "1 box");
- `ui.i18n.update_ts` reads the same calls in the source (with `ast`) into the Qt Linguist
  files `resources/i18n/warehouse_LANG.ts`, and the window translates the key's text through
  Qt in the entry's context ("Messages" unless the call names another);
- labels and sheets (no Qt) read the translations of the label words straight from those
  .ts files (`translations`), so one file per language holds every word of the program.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# Contexts of the .ts files: messages the core hands the window, words of enum values
# (label format titles among them), and the fixed words printed on labels.
MESSAGES_CONTEXT = "Messages"
NAMES_CONTEXT = "Names"
LABELS_CONTEXT = "Labels"

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# In a .ts file the plural forms of a `%n` text; in memory they are joined by this.
PLURAL_FORMS_SEPARATOR = "\u241e"


@dataclass(frozen=True)
class Entry:
    """One declared string: its English text, its .ts context and where it was declared."""

    text: str
    context: str
    origin: str


class DuplicateKeyError(ValueError):
    """A key declared in two places: each string has exactly one home."""


CATALOGUE: dict[str, Entry] = {}


def message(key: str, text: str, context: str = MESSAGES_CONTEXT) -> str:
    """Declare `key` with its English `text` (placeholders in braces); returns the key.

    The extractor reads these calls from the source, so `key`, `text` and `context` must be
    string literals.  Declaring a key a second time from another place raises
    DuplicateKeyError; a module imported again re-declares from the same place, harmlessly.
    """
    # The declaring module and line tell a re-import (same place) from a real duplicate.
    caller = sys._getframe(1)  # noqa: SLF001 - the caller's frame, as logging does
    origin = f"{caller.f_globals.get('__name__', '?')}:{caller.f_lineno}"
    existing = CATALOGUE.get(key)
    if existing is not None and existing.origin != origin:
        raise DuplicateKeyError(
            f"message key {key!r} declared twice: {existing.origin} and {origin}"
        )
    CATALOGUE[key] = Entry(text, context, origin)
    return key


def text(key: str) -> str:
    """The English text of `key` (the key itself when nothing declares it)."""
    entry = CATALOGUE.get(key)
    return entry.text if entry is not None else key


# English nouns the messages count; "1 boxes" is written "1 box" (the window has its own
# plural forms through Qt, in every language).
_ONE = {
    "boxes": "box",
    "items": "item",
    "vans": "van",
    "labels": "label",
    "rows": "row",
    "changes": "change",
    "minutes": "minute",
    "seconds": "second",
    "categories": "category",
    "locations": "location",
    "copies": "copy",
}
_ONE_OF = re.compile(r"(?<![\d.,])1 (" + "|".join(_ONE) + r")\b")


def render(key: str, args: Mapping[str, Any] | None = None) -> str:
    """The English line for `key`; a missing placeholder never raises."""
    template = text(key)
    try:
        line = template.format(**(args or {}))
    except (KeyError, IndexError, ValueError):
        return template
    return _ONE_OF.sub(lambda match: f"1 {_ONE[match.group(1)]}", line)


# --- reading the translations without Qt -----------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of a Qt Linguist .ts file ("" for unfinished ones);
    the plural forms of a `%n` text joined by PLURAL_FORMS_SEPARATOR.  A missing file reads
    as empty; a damaged one raises ElementTree.ParseError."""
    from xml.etree import ElementTree

    if not path.exists():
        return {}
    root = ElementTree.parse(path).getroot()
    result: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for entry in context.iter("message"):
            translation = entry.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            if entry.get("numerus") == "yes" and translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                line = PLURAL_FORMS_SEPARATOR.join(forms) if done and all(forms) else ""
            else:
                line = (translation.text or "") if done and translation is not None else ""
            result[(name, entry.findtext("source") or "")] = line or ""
    return result


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or I18N_DIR) / f"warehouse_{language}.ts"


@lru_cache(maxsize=16)
def _read_cached(path: Path, _stamp: tuple[int, int]) -> dict[tuple[str, str], str]:
    return read_ts(path)


def translations(language: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """The finished translations of `language` (empty when it has no .ts file); read once
    and again only when the file changes."""
    path = ts_path(language, folder)
    try:
        stat = path.stat()
    except OSError:
        return {}
    return _read_cached(path, (stat.st_mtime_ns, stat.st_size))


def translated(key: str, language: str, folder: Path | None = None) -> str:
    """`key`'s text in `language`: its translation in the language's .ts file, the English
    for English, "" when that language has none."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return ""
    if language == "en" or not entry.text:
        return entry.text
    return translations(language, folder).get((entry.context, entry.text), "")
