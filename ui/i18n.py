"""Translations: build the .qm files from the .ts sources and switch language at run time.

The .ts sources live in `resources/i18n/`; the compiled .qm files are not kept in the
repository, so `ensure_qm()` runs `lrelease` (shipped with PySide6) for any that are
missing or older than their source, at start-up and in the test fixtures.

After adding or changing UI strings, refresh the sources with
`python -c "from ui.i18n import update_ts; update_ts()"` (not pyside6-lupdate, which does
not know the modules' `_tr` helpers), then translate the new French entries, e.g. in
`pyside6-linguist resources/i18n/warehouse_fr.ts`.  A test fails while any is unfinished.
"""

from __future__ import annotations

import re
import shutil
import sys
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

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
# Languages written right to left; the layout mirrors for them.
RTL_LANGUAGES = {"ar", "fa", "ps", "ckb", "he"}


def _lrelease() -> list[str] | None:
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return [str(bundled)]
    script = Path(sys.executable).parent / "pyside6-lrelease"
    if script.exists():
        return [str(script)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def ensure_qm(folder: Path = I18N_DIR) -> list[Path]:
    """Compile every stale .ts in `folder`; return the .qm files now present."""
    built: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = _lrelease()
            if tool is None:
                continue
            import subprocess

            try:
                subprocess.run(
                    [*tool, "-silent", str(ts), "-qm", str(qm)],
                    check=True,
                    capture_output=True,
                    timeout=60,
                )
            except (OSError, subprocess.SubprocessError):
                # A read-only install keeps working in English.
                continue
        if qm.exists():
            built.append(qm)
    return built


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
        ensure_qm()
        # Load first and set the language before installing: widgets retranslate on the
        # LanguageChange event that installing sends, and may ask which language it is.
        loaded: list[QTranslator] = []
        own = QTranslator(self._app)
        found = language == "en"
        if own.load(str(I18N_DIR / f"warehouse_{language}.qm")):
            loaded.append(own)
            found = True
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
# `_tr("text")` helper (whose context is fixed in its body) or QT_TRANSLATE_NOOP.  This
# extractor reads them with `ast` (so concatenated literals and multi-line calls are fine)
# and writes Qt Linguist .ts files, keeping translations already there.

UI_DIR = Path(__file__).resolve().parent


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
    """Context -> source texts marked for translation in the window's modules."""
    import ast

    found: dict[str, list[str]] = {}
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
# several; French counts 0 as one).  In memory the forms are joined by this separator.
PLURAL_FORMS_SEPARATOR = "\u241e"


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


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of a .ts file (empty for unfinished ones); the
    plural forms of a `%n` text joined by PLURAL_FORMS_SEPARATOR."""
    from xml.etree import ElementTree

    if not path.exists():
        return {}
    root = ElementTree.parse(path).getroot()
    result: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            if message.get("numerus") == "yes" and translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = PLURAL_FORMS_SEPARATOR.join(forms) if done and all(forms) else ""
            else:
                text = (translation.text or "") if done and translation is not None else ""
            result[(name, message.findtext("source") or "")] = text or ""
    return result


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
