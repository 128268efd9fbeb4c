"""Translations: every core message key and every marked string has English and French."""

from __future__ import annotations

import importlib.util

from ui.i18n import I18N_DIR, ensure_qm, extract_strings, read_ts
from ui.messages import UI_MESSAGES
from warehouse_desktop.messages import MESSAGES


def _all_registered_keys() -> dict[str, str]:
    import warehouse_desktop.catalogue  # noqa: F401 - registers its keys

    for module in ("reports.commands", "hardware.commands"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    return dict(MESSAGES)


def test_every_message_key_has_a_ui_string_with_the_same_placeholders() -> None:
    messages = _all_registered_keys()
    missing = sorted(set(messages) - set(UI_MESSAGES))
    assert missing == []
    for key, english in messages.items():
        assert UI_MESSAGES[key] == english, key


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
    import string

    done = read_ts(I18N_DIR / "warehouse_fr.ts")
    for (context, source), translation in done.items():
        wanted = {f for _, f, _, _ in string.Formatter().parse(source) if f}
        got = {f for _, f, _, _ in string.Formatter().parse(translation) if f}
        assert wanted == got, (context, source)


def test_qm_files_are_built() -> None:
    built = {p.name for p in ensure_qm()}
    assert {"warehouse_en.qm", "warehouse_fr.qm"} <= built


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
    finally:
        translations.switch("en")
