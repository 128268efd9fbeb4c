"""The fixed words on labels come from the one catalogue of words: English as declared in
`reports.messages`, every other label language from its Qt Linguist file, read without Qt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reports.labels import Languages, blank_content, command_card, own_words, quantity_card
from warehouse_desktop import words
from warehouse_desktop.codes import Command

FRENCH_TS = words.I18N_DIR / "warehouse_fr.ts"


@pytest.fixture
def i18n_copy(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the translation folder that the labels read instead of the real one."""
    shutil.copy(FRENCH_TS, tmp_path / FRENCH_TS.name)
    monkeypatch.setattr(words, "I18N_DIR", tmp_path)
    return tmp_path


def _retranslate(path: Path, source: str, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    entry = f"<source>{source}</source>\n      <translation>{old}</translation>"
    assert entry in text
    path.write_text(text.replace(entry, entry.replace(old, new)), encoding="utf-8")


def test_french_label_words_are_the_translations_in_the_ts_file() -> None:
    blank = blank_content("B0000001G", Languages("fr"), warehouse="Calais")
    assert blank.details == ("Contenu ____________", "Taille _____  Qté ____")
    card = command_card(Command.DISPATCH, Languages("fr"))
    assert (card.heading, card.details) == ("DÉPART", ("La camionnette part avec ses cartons",))
    assert quantity_card(12, Languages("fr")).heading == "12 PAR CARTON"
    assert Languages("en", "fr").word("packed") == "Packed/Emballé"


def test_changing_a_translation_changes_the_label(i18n_copy: Path) -> None:
    _retranslate(i18n_copy / FRENCH_TS.name, "Contents", "Contenu", "Contient")
    blank = blank_content("B0000001G", Languages("fr"), warehouse="Calais")
    assert blank.details[0] == "Contient ____________"
    _retranslate(i18n_copy / FRENCH_TS.name, "DISPATCH", "DÉPART", "EXPÉDIER")
    assert command_card(Command.DISPATCH, Languages("en", "fr")).subheading == "EXPÉDIER"


def test_an_unfinished_word_prints_in_english_on_a_french_label(i18n_copy: Path) -> None:
    path = i18n_copy / FRENCH_TS.name
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("<translation>Contenu</translation>", '<translation type="unfinished" />'),
        encoding="utf-8",
    )
    assert blank_content("B1", Languages("fr"), warehouse="W").details[0].startswith("Contents")


def test_a_language_gets_label_words_from_its_own_ts_file(i18n_copy: Path) -> None:
    assert own_words("ar") == {}
    assert Languages("en", "ar").word("size") == "Size"  # names only, no words of its own
    (i18n_copy / "warehouse_ar.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">'
        "<context><name>Labels</name><message><source>Size</source>"
        "<translation>المقاس</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    assert own_words("ar")["size"] == "المقاس"
    assert Languages("en", "ar").word("size") == "Size/المقاس"


def test_labels_read_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom reports.labels import words\nassert words('fr')['size'] == 'Taille'\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
