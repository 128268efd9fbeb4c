"""Translations: one catalogue of words, extracted into the .ts files, complete in English
and French, built by the build and only loaded by the window."""

from __future__ import annotations

import logging
import shutil
import string
from pathlib import Path

import pytest
from build_translations import build_qm

import hardware  # noqa: F401 - declares its keys
import reports  # noqa: F401 - declares its keys
import warehouse_desktop.messages  # noqa: F401 - declares the core's keys
from ui.i18n import I18N_DIR, declared_messages, extract_strings, read_ts
from warehouse_desktop import words
from warehouse_desktop.words import CATALOGUE, DuplicateKeyError, message


def test_the_extractor_reads_every_declaration_of_core_reports_and_hardware() -> None:
    declared = declared_messages()
    # one key of each package, by the file that declares it
    assert declared["box_scrapped"][2].startswith("messages.py")
    assert declared["label_nothing"][1] == "There is nothing to print"
    assert declared["printer_none"][0] == "Messages"
    assert declared["word_size"][:2] == ("Labels", "Size")
    assert declared["format_l7163"][:2] == ("Names", "Avery L7163 (A4, 2×7)")
    # the source read by the extractor and the catalogue built by importing agree exactly
    assert {k: v[:2] for k, v in declared.items()} == {
        k: (e.context, e.text) for k, e in CATALOGUE.items()
    }
    strings = extract_strings()
    for context, text, _where in declared.values():
        if text:
            assert text in strings[context], (context, text)


def test_every_declared_key_has_english_and_french() -> None:
    for language in ("en", "fr"):
        done = read_ts(I18N_DIR / f"warehouse_{language}.ts")
        missing = [
            key
            for key, entry in CATALOGUE.items()
            if entry.text and not done.get((entry.context, entry.text))
        ]
        assert missing == [], language
        assert all(words.translated(k, language) for k, e in CATALOGUE.items() if e.text)


def test_french_and_english_are_complete() -> None:
    strings = extract_strings()
    for language in ("en", "fr"):
        done = read_ts(I18N_DIR / f"warehouse_{language}.ts")
        untranslated = [
            (context, text)
            for context, texts in strings.items()
            for text in texts
            if not done.get((context, text))
        ]
        assert untranslated == [], language


def test_french_keeps_every_placeholder() -> None:
    done = read_ts(I18N_DIR / "warehouse_fr.ts")
    for (context, source), translation in done.items():
        wanted = {f for _, f, _, _ in string.Formatter().parse(source) if f}
        got = {f for _, f, _, _ in string.Formatter().parse(translation) if f}
        assert wanted == got, (context, source)


def test_a_key_declared_twice_is_an_error() -> None:
    message("test_only_key", "First text")
    try:
        with pytest.raises(DuplicateKeyError, match="test_only_key"):
            message("test_only_key", "First text")  # same text, another place: still an error
        with pytest.raises(DuplicateKeyError):
            message("box_scrapped", "Box {code} thrown away")
        assert CATALOGUE["box_scrapped"].text == "Box {code} scrapped"
    finally:
        del CATALOGUE["test_only_key"]


def test_the_extractor_refuses_a_key_declared_twice_in_the_source(tmp_path: Path) -> None:
    one = tmp_path / "one.py"
    two = tmp_path / "two.py"
    one.write_text('from warehouse_desktop.words import message\nmessage("k", "A")\n')
    two.write_text('from warehouse_desktop.words import message\nmessage("k", "B")\n')
    assert declared_messages([one]) == {"k": ("Messages", "A", "one.py:2")}
    with pytest.raises(DuplicateKeyError, match="one.py:2 and two.py:2"):
        declared_messages([one, two])


def test_a_declaration_the_extractor_cannot_read_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('from warehouse_desktop.words import message\nmessage("k", f"{1} box")\n')
    with pytest.raises(ValueError, match="literal"):
        declared_messages([bad])


def test_the_build_compiles_every_ts_into_a_qm(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    shutil.copy(I18N_DIR / "warehouse_fr.ts", tmp_path / "warehouse_fr.ts")
    assert build_qm(tmp_path) == [tmp_path / "warehouse_fr.qm"]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "warehouse_fr.qm"))
    assert translator.translate("Messages", "Box {code} scrapped") == "Carton {code} mis au rebut"
    assert translator.translate("Labels", "Packed") == "Emballé"


def test_the_window_only_loads_and_says_when_a_translation_is_missing(
    qapp, tmp_path: Path, monkeypatch, caplog
) -> None:
    import ui.i18n
    from ui.i18n import Translations
    from ui.messages import tr_message

    shutil.copy(I18N_DIR / "warehouse_fr.ts", tmp_path / "warehouse_fr.ts")
    monkeypatch.setattr(ui.i18n, "I18N_DIR", tmp_path)
    translations = Translations(qapp)
    with caplog.at_level(logging.WARNING, logger="ui.i18n"):
        assert not translations.switch("fr")
    try:
        assert translations.language == "en"
        assert "warehouse_fr.qm" in caplog.text and "English" in caplog.text
        assert list(tmp_path.glob("*.qm")) == []  # nothing compiled at start
        assert tr_message("box_scrapped", {"code": "B1"}) == "Box B1 scrapped"
    finally:
        translations.switch("en")


def test_french_message_is_shown_translated(qapp) -> None:
    from ui.i18n import Translations
    from ui.messages import tr_message

    translations = Translations(qapp)
    try:
        assert translations.switch("fr")
        assert tr_message("box_scrapped", {"code": "B1"}) == "Carton B1 mis au rebut"
        assert tr_message("box_not_loadable", {"code": "B1", "state": "lost"}) == (
            "Le carton B1 est perdu : il ne peut pas être chargé"
        )
        # a key of reports and one of hardware, declared in their own packages
        assert (
            tr_message("label_nothing")
            == read_ts(I18N_DIR / "warehouse_fr.ts")[("Messages", "There is nothing to print")]
        )
        assert tr_message("printer_none") != words.render("printer_none")
    finally:
        translations.switch("en")


def test_the_window_titles_the_formats_of_the_one_table_in_french(qapp) -> None:
    from ui.i18n import Translations
    from ui.messages import FORMAT_NAMES, name
    from warehouse_desktop.label_formats import FORMATS

    assert list(FORMAT_NAMES) == list(FORMATS)
    translations = Translations(qapp)
    try:
        assert translations.switch("fr")
        french = read_ts(I18N_DIR / "warehouse_fr.ts")
        for key, fmt in FORMATS.items():
            assert name(FORMAT_NAMES, key) == french[("Names", fmt.title)]
    finally:
        translations.switch("en")
