"""Settings: the label languages and the warehouse's time zone, shared by every bench,
changed by a coordinator (PIN) in the window, and in French after a switch."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reports.labels import Languages, label_languages
from tests.ui.conftest import PIN
from tests.ui.test_coordinator_work import PinAnswers
from ui.dialogs import PinDialog
from warehouse_desktop import localtime, settings
from warehouse_desktop.auth import OperatorInfo
from warehouse_desktop.models import Role


@pytest.fixture
def session(small_warehouse, open_window):
    return open_window("bench-s", 1024, 768)


def _unlock(page, monkeypatch) -> None:
    answers = PinAnswers(PIN)
    monkeypatch.setattr(PinDialog, "exec", lambda dialog: answers(dialog))
    assert page.unlock()


def test_label_languages_and_time_zone_need_the_pin(session, monkeypatch) -> None:
    page = session.window.settings_page
    page.reload()
    assert page.locked and not page.labels_box.isEnabled()
    # Shown as they are: English labels (the window's language), the machine's zone.
    assert page.label_primary.currentData() == "en" and page.label_second.currentData() == ""
    assert page.time_zone.currentIndex() == 0
    assert localtime.machine_zone_name() in page.time_zone.currentText()
    page.label_second.setCurrentIndex(page.label_second.findData("ar"))
    assert not page.store_labels_and_time()  # locked: nothing stored
    assert settings.get_setting("label_second_language", "") == ""
    assert "coordinator" in page.status.text()
    _unlock(page, monkeypatch)
    assert page.labels_box.isEnabled()
    page.label_primary.setCurrentIndex(page.label_primary.findData("fr"))
    page.label_second.setCurrentIndex(page.label_second.findData("ti"))
    page.time_zone.setCurrentIndex(page.time_zone.findData("Pacific/Kiritimati"))
    assert page.store_labels_and_time()
    assert label_languages() == Languages("fr", "ti")
    assert getattr(localtime.warehouse_zone(), "key", "") == "Pacific/Kiritimati"
    assert "saved" in page.status.text()
    # Another volunteer signs in: locked again, and the stored choices are shown.
    session.window.signed_in(OperatorInfo("Ana", Role.VOLUNTEER))
    page.reload()
    assert page.locked and not page.labels_box.isEnabled()
    assert page.label_primary.currentData() == "fr" and page.label_second.currentData() == "ti"
    assert page.time_zone.currentData() == "Pacific/Kiritimati"


def test_a_typed_zone_is_checked_and_the_machine_zone_comes_back(session, monkeypatch) -> None:
    page = session.window.settings_page
    page.reload()
    _unlock(page, monkeypatch)
    localtime.store_time_zone("Asia/Tokyo")
    page.reload()
    assert page.time_zone.currentData() == "Asia/Tokyo"
    page.time_zone.setEditText("Mars/Olympus_Mons")
    assert not page.store_labels_and_time()
    assert "Mars/Olympus_Mons" in page.status.text()
    assert settings.get_setting(localtime.TIME_ZONE, "") == "Asia/Tokyo"  # untouched
    page.time_zone.setEditText("europe/paris")  # typed in any case: the list's own name
    assert page.store_labels_and_time()
    assert settings.get_setting(localtime.TIME_ZONE, "") == "Europe/Paris"
    page.time_zone.setCurrentIndex(0)  # back to this computer's zone
    assert page.store_labels_and_time()
    assert settings.get_setting(localtime.TIME_ZONE, "") == ""
    # A second language equal to the first is no second language.
    page.label_primary.setCurrentIndex(page.label_primary.findData("fr"))
    page.label_second.setCurrentIndex(page.label_second.findData("fr"))
    assert page.store_labels_and_time()
    assert page.label_second.currentData() == ""


def test_the_labels_section_speaks_french(session) -> None:
    page = session.window.settings_page
    session.translations.switch("fr")
    QApplication.processEvents()
    assert page.labels_box.title() == "Étiquettes et heure (tous les postes)"
    assert page.label_second.itemText(0) == "Aucune"
    assert page.time_zone.itemText(0).startswith("Celui de cet ordinateur")
    assert page.save_labels.text() == "Enregistrer les langues des étiquettes et le fuseau horaire"
