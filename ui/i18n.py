"""Translations: load the compiled .qm files and switch language at run time; refresh the
.ts sources from the code.

The .ts sources live in `resources/i18n/`; the build compiles them into .qm files
(`scripts/build_translations.py`, run by setup.py and the install scripts), which are not
kept in the repository.  The window only loads them: a missing .qm is logged and the
window runs in English.

The core, `reports` and `hardware` declare their messages once with
`warehouse_desktop.words.message`; the window's own strings are marked here with
`QCoreApplication.translate`, `_tr` or `QT_TRANSLATE_NOOP`.  After adding or changing
strings, refresh the sources with `python -c "from ui.i18n import update_ts; update_ts()"`
(not pyside6-lupdate, which knows neither the marker nor the `_tr` helpers), then translate
the new French entries, e.g. in `pyside6-linguist resources/i18n/warehouse_fr.ts`.  A test
fails while any is unfinished.
"""

from __future__ import annotations

import logging
import re
import typing
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

if typing.TYPE_CHECKING:
    import ast

from warehouse_desktop.words import (
    I18N_DIR,
    MESSAGES_CONTEXT,
    PLURAL_FORMS_SEPARATOR,
    DuplicateKeyError,
    read_ts,
)

__all__ = ["I18N_DIR", "PLURAL_FORMS_SEPARATOR", "read_ts"]

log = logging.getLogger(__name__)
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
# Languages written right to left; the layout mirrors for them.
RTL_LANGUAGES = {"ar", "fa", "ps", "ckb", "he"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, which the extractor reads
    """Mark `text` for translation in `context`; it comes back unchanged.

    Qt's own marker does the same, but PySide6 types its result as `object`.
    """
    return text


# Qt's own words that the qtbase translations shipped with PySide6 lack (its file dialog's
# labels); ours fill the gap, since Qt asks every installed translator in turn.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_fr.qm…) may be: where Qt says, then where the
    PySide6 wheels put them (Qt/translations on Linux and macOS, translations on
    Windows), since an installed or frozen program may not find Qt's configured path."""
    package = Path(PySide6.__file__).parent
    found: list[Path] = []
    for folder in (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ):
        if folder not in found and folder.is_dir():
            found.append(folder)
    return found


class Translations:
    """The application's installed translators; `switch` changes language live."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install `language` (falls back to English); True if its file was found."""
        # Load first and set the language before installing: widgets retranslate on the
        # LanguageChange event that installing sends, and may ask which language it is.
        loaded: list[QTranslator] = []
        own = QTranslator(self._app)
        found = language == "en"
        compiled = I18N_DIR / f"warehouse_{language}.qm"
        if own.load(str(compiled)):
            loaded.append(own)
            found = True
        elif language != "en":
            log.warning(
                "No translation file %s: the window stays in English. Build the translations "
                "with 'python scripts/build_translations.py' (or reinstall the program)",
                compiled,
            )
        qt_base = QTranslator(self._app)
        if language != "en" and any(
            qt_base.load(f"qtbase_{language}", str(folder)) for folder in qt_translation_dirs()
        ):
            loaded.append(qt_base)  # Qt's own words: file dialogs, standard buttons
        # A right-to-left language without a translation file still mirrors the layout,
        # which is how the layout is checked before its translators deliver.
        self.language = language if found or language in RTL_LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = loaded
        for translator in loaded:
            self._app.installTranslator(translator)
        if isinstance(self._app, QApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if self.language in RTL_LANGUAGES
                else Qt.LayoutDirection.LeftToRight
            )
            self._app.setLayoutDirection(direction)
        return found


# --- the .ts sources -------------------------------------------------------------------
# Strings are marked with QCoreApplication.translate("Context", "text"), a module's
# `_tr("text")` helper (whose context is fixed in its body) or QT_TRANSLATE_NOOP in the
# window, and with `message("key", "text"[, "Context"])` in the packages below it.  This
# extractor reads them with `ast` (so concatenated literals and multi-line calls are fine)
# and writes Qt Linguist .ts files, keeping translations already there.

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
# The packages that declare their words with `warehouse_desktop.words.message`.
WORD_PACKAGES = ("warehouse_desktop", "reports", "hardware")


def declared_messages(
    paths: list[Path] | None = None,
) -> dict[str, tuple[str, str, str]]:
    """Key -> (context, English text, "file:line") of every `message(...)` declaration in
    the core, `reports` and `hardware` (or in `paths`); a key declared twice raises
    DuplicateKeyError, as it does at import."""
    import ast

    found: dict[str, tuple[str, str, str]] = {}
    files = paths or [
        f for package in WORD_PACKAGES for f in sorted((ROOT / package).rglob("*.py"))
    ]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_marker(node.func)):
                continue
            args = list(node.args) + [k.value for k in node.keywords if k.arg == "context"]
            if not 2 <= len(args) <= 3:
                continue
            values = [_literal(tree, a) for a in args]
            strings = [v for v in values if v is not None]
            if len(strings) != len(values):
                raise ValueError(f"{path}:{node.lineno}: message() needs literal strings")
            key, text = strings[0], strings[1]
            context = strings[2] if len(strings) == 3 else MESSAGES_CONTEXT
            where = f"{path.name}:{node.lineno}"
            if key in found:
                raise DuplicateKeyError(
                    f"message key {key!r} declared twice: {found[key][2]} and {where}"
                )
            found[key] = (context, text, where)
    return found


def _is_marker(func: ast.expr) -> bool:
    """`message(...)` or `words.message(...)`: the catalogue's marker."""
    import ast

    if isinstance(func, ast.Name):
        return func.id == "message"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "message"
        and isinstance(func.value, ast.Name)
        and func.value.id == "words"
    )


def _literal(tree: ast.Module, node: ast.expr) -> str | None:
    """A string literal, or a module-level name bound to one (`LABELS` for a context)."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        from warehouse_desktop import words

        for statement in tree.body:
            if isinstance(statement, ast.ImportFrom) and statement.module == words.__name__:
                for alias in statement.names:
                    if (alias.asname or alias.name) == node.id:
                        value = getattr(words, alias.name, None)
                        return value if isinstance(value, str) else None
    return None


def _module_context(tree: ast.Module) -> str | None:
    import ast

    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                ):
                    return call.args[0].value
    return None


def extract_strings(paths: list[Path] | None = None) -> dict[str, list[str]]:
    """Context -> source texts to translate: the declared messages of the core, `reports`
    and `hardware`, then the strings marked in the window's modules (only `paths` when
    given)."""
    import ast

    found: dict[str, list[str]] = {}
    if paths is None:
        for context, text, _where in declared_messages().values():
            texts = found.setdefault(context, [])
            if text and text not in texts:
                texts.append(text)
    for path in paths or sorted(UI_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = _module_context(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            constants = [a.value for a in node.args if isinstance(a, ast.Constant)]
            strings = [s for s in constants if isinstance(s, str)]
            if len(strings) != len(constants):
                continue
            if fname == "_tr" and own and len(node.args) == 1 and strings:
                context, text = own, strings[0]
            elif (
                fname in ("translate", "QT_TRANSLATE_NOOP", "tr", "tr_plural") and len(strings) >= 2
            ):
                context, text = strings[0], strings[1]
            else:
                continue
            if not text:
                continue
            texts = found.setdefault(context, [])
            if text not in texts:
                texts.append(text)
    return found


# Plurals: a source text with `%n` is translated with QCoreApplication.translate(context,
# text, "", n) and has one form per plural form of the language (English and French: one,
# several; French counts 0 as one).  In memory the forms are joined by
# PLURAL_FORMS_SEPARATOR.


def is_plural(text: str) -> bool:
    return "%n" in text


def tr_plural(context: str, text: str, count: int) -> str:
    """`text` ("%n page(s)") for `count` in the window's language, in its plural form.

    With no translation installed (a bare QApplication, a test) Qt hands back the source,
    so English is then made here from the "(s)" spelling rather than shown as "1 page(s)"."""
    translated = QCoreApplication.translate(context, text, "", count)
    if translated == text.replace("%n", QLocale().toString(count)) and "(" in text:
        # "box(es)" -> box / boxes; "cop(y|ies)" -> copy / copies
        translated = re.sub(
            r"\(([^()|]*)\|?([^()]*)\)",
            lambda m: (
                (m.group(1) if "|" in m.group(0) else "")
                if count == 1
                else (m.group(2) if "|" in m.group(0) else m.group(1))
            ),
            translated,
        )
    return translated


def write_ts(path: Path, language: str, strings: dict[str, list[str]],
             translations: dict[tuple[str, str], str]) -> None:  # fmt: skip
    from xml.etree import ElementTree

    root = ElementTree.Element("TS", version="2.1", language=language)
    for context in sorted(strings):
        ctx = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(ctx, "name").text = context
        for text in strings[context]:
            message = ElementTree.SubElement(ctx, "message")
            ElementTree.SubElement(message, "source").text = text
            translated = translations.get((context, text), "")
            if is_plural(text):
                # Every language's plural forms are written by hand, English's too.
                message.set("numerus", "yes")
                element = ElementTree.SubElement(message, "translation")
                forms = translated.split(PLURAL_FORMS_SEPARATOR) if translated else ["", ""]
                for form in forms:
                    ElementTree.SubElement(element, "numerusform").text = form or None
                if not translated:
                    element.set("type", "unfinished")
                continue
            if language == "en" and not translated:
                translated = text
            element = ElementTree.SubElement(message, "translation")
            if translated:
                element.text = translated
            else:
                element.set("type", "unfinished")
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update_ts(folder: Path = I18N_DIR, languages: tuple[str, ...] = ("en", "fr")) -> None:
    """Refresh the .ts sources from the code, keeping existing translations."""
    strings = extract_strings()
    for language in languages:
        path = folder / f"warehouse_{language}.ts"
        write_ts(path, language, strings, read_ts(path))
