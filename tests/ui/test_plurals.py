"""Counts in the window's messages take their plural form in English and French, for 0, 1
and 2: "1 box", "2 boxes", "0 carton", "1 trouvé", "2 trouvés" (French counts 0 as one)."""

from __future__ import annotations

import re
import string

import pytest

from ui.i18n import Translations, tr_plural
from ui.messages import COUNTED_PHRASES, WINDOW_MESSAGES, tr_message
from warehouse_desktop.words import CATALOGUE

# Each counted phrase for n = 0, 1, 2, written out by hand in both languages.
EXPECTED: dict[str, dict[str, tuple[str, str, str]]] = {
    "%n box(es)": {"en": ("0 boxes", "1 box", "2 boxes"),
                   "fr": ("0 carton", "1 carton", "2 cartons")},
    "%n item(s)": {"en": ("0 items", "1 item", "2 items"),
                   "fr": ("0 article", "1 article", "2 articles")},
    "%n found": {"en": ("0 found", "1 found", "2 found"),
                 "fr": ("0 trouvé", "1 trouvé", "2 trouvés")},
    "%n missing": {"en": ("0 missing", "1 missing", "2 missing"),
                   "fr": ("0 manquant", "1 manquant", "2 manquants")},
    "%n moved here": {"en": ("0 moved here", "1 moved here", "2 moved here"),
                      "fr": ("0 déplacé ici", "1 déplacé ici", "2 déplacés ici")},
    "%n change(s)": {"en": ("0 changes", "1 change", "2 changes"),
                     "fr": ("0 changement", "1 changement", "2 changements")},
    "%n minute(s)": {"en": ("0 minutes", "1 minute", "2 minutes"),
                     "fr": ("0 minute", "1 minute", "2 minutes")},
    "%n second(s)": {"en": ("0 seconds", "1 second", "2 seconds"),
                     "fr": ("0 seconde", "1 seconde", "2 secondes")},
    "%n row(s)": {"en": ("0 rows", "1 row", "2 rows"), "fr": ("0 ligne", "1 ligne", "2 lignes")},
    "%n label(s)": {"en": ("0 labels", "1 label", "2 labels"),
                    "fr": ("0 étiquette", "1 étiquette", "2 étiquettes")},
    "%n cop(y|ies)": {"en": ("0 copies", "1 copy", "2 copies"),
                      "fr": ("0 exemplaire", "1 exemplaire", "2 exemplaires")},
    "%n box(es) seen": {"en": ("0 boxes seen", "1 box seen", "2 boxes seen"),
                        "fr": ("0 carton vu", "1 carton vu", "2 cartons vus")},
    "%n new": {"en": ("0 new", "1 new", "2 new"), "fr": ("0 nouveau", "1 nouveau", "2 nouveaux")},
    "%n changed": {"en": ("0 changed", "1 changed", "2 changed"),
                   "fr": ("0 modifié", "1 modifié", "2 modifiés")},
    "%n unchanged": {"en": ("0 unchanged", "1 unchanged", "2 unchanged"),
                     "fr": ("0 inchangé", "1 inchangé", "2 inchangés")},
    "%n categor(y|ies)": {"en": ("0 categories", "1 category", "2 categories"),
                          "fr": ("0 catégorie", "1 catégorie", "2 catégories")},
    "%n location(s)": {"en": ("0 locations", "1 location", "2 locations"),
                       "fr": ("0 emplacement", "1 emplacement", "2 emplacements")},
}  # fmt: skip

# Wrong forms that must never be shown, whatever the message.
WRONG = {
    "en": re.compile(r"\b1 (boxes|items|changes|minutes|seconds|rows|labels|copies|categories)\b"),
    "fr": re.compile(
        r"\b[01] (cartons|articles|trouvés|manquants|déplacés|changements|minutes|secondes"
        r"|lignes|étiquettes|exemplaires|nouveaux|modifiés|inchangés|catégories)\b"
    ),
}


@pytest.fixture
def translations(qapp):
    translations = Translations(qapp)
    yield translations
    translations.switch("en")


def test_every_counted_phrase_has_its_forms_written_here() -> None:
    assert set(COUNTED_PHRASES.values()) == set(EXPECTED)


def test_every_core_message_with_a_count_has_a_counted_window_form() -> None:
    """A core message that puts a number before a plural noun ("{count} boxes") is shown
    by the window through its `%n` form, never as the core's fixed English."""
    counted = re.compile(r"\{(\w+)\} (boxes|items|found|missing|moved|minutes|seconds|rows"
                         r"|labels|copies|changes|new|changed|unchanged|categories|locations)")  # fmt: skip
    for key, entry in CATALOGUE.items():
        for placeholder, _noun in counted.findall(entry.text):
            if placeholder == "code":
                continue  # "Box {code} moved to": a box, not a number
            assert key in WINDOW_MESSAGES, key
            assert placeholder in WINDOW_MESSAGES[key][1], (key, placeholder)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("n", [0, 1, 2])
def test_every_counted_message_is_right_for_0_1_and_2(translations, language, n) -> None:
    assert translations.switch(language)
    for key, (own, counted) in WINDOW_MESSAGES.items():
        template = own or CATALOGUE[key].text
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        args = {name: n if name in counted else f"<{name}>" for name in names}
        args["state"] = "in_stock"
        args["what"] = "created"
        shown = tr_message(key, args)
        for placeholder, phrase in counted.items():
            assert EXPECTED[phrase][language][n] in shown, (key, placeholder, shown)
        assert not WRONG[language].search(shown), shown
        assert "%n" not in shown and "(s)" not in shown and "(es)" not in shown, shown
        assert "{" not in shown, shown


def test_plural_phrases_without_a_translator_are_still_english(qapp) -> None:
    # A bare QApplication (no translation installed): the spelling is resolved here.
    assert [tr_plural("Nowhere", "%n box(es)", n) for n in (0, 1, 2)] == [
        "0 boxes", "1 box", "2 boxes",
    ]  # fmt: skip
    assert [tr_plural("Nowhere", "%n cop(y|ies)", n) for n in (1, 2)] == ["1 copy", "2 copies"]


def test_undo_says_what_it_undid_in_words(translations) -> None:
    english = tr_message("undone", {"what": "created", "code": "B1", "before": "a", "after": "b"})
    assert english == "Undone (created): box B1, a → b"
    assert translations.switch("fr")
    french = tr_message("undone", {"what": "created", "code": "B1", "before": "a", "after": "b"})
    assert french == "Défait (création) : carton B1, a → b"
