"""Bench cards: a person chooses which kinds are printed (the full set is a dozen pages).

`labels cards --only commands,categories,sizes,quantities,volunteers` and the Print menu's
checkboxes; the default is the command and category cards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from hardware.qt_print_queue import PrintQueueSignals
from reports.labels import CARD_GROUPS, DEFAULT_CARD_GROUPS, card_groups, label_contents
from tests.reports.report_helpers import decode, rasterise
from ui.report_actions import LabelOptionsDialog, ReportActions, install_report_actions
from warehouse_desktop import auth
from warehouse_desktop.cli import main
from warehouse_desktop.codes import Command, command_code
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import Category, Role

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _kinds_of(codes: set[str]) -> dict[str, set[str]]:
    """The printed codes sorted into the kinds of card they are."""
    categories = Category.select().where(Category.active)
    category_codes = {c.code for c in categories}
    size_codes = {c.code for c in label_contents("cards", only=["sizes"])}
    commands = {command_code(c) for c in Command if c is not Command.QUANTITY}
    quantities = {code for code in codes if code.startswith(command_code(Command.QUANTITY, 1)[:2])}
    return {
        "categories": codes & category_codes,
        "sizes": codes & size_codes,
        "commands": codes & commands,
        "quantities": quantities - commands,
    }


def test_cards_default_to_commands_and_categories(labels_db: dict) -> None:
    auth.set_pin("Sam", "4321", role=Role.COORDINATOR)  # a volunteer card exists
    default = {c.code for c in label_contents("cards")}
    every = {c.code for c in label_contents("cards", only=CARD_GROUPS)}
    assert DEFAULT_CARD_GROUPS == ("categories", "commands")
    kinds = _kinds_of(default)
    assert kinds["categories"] and kinds["commands"]
    assert not kinds["sizes"] and command_code(Command.QUANTITY, 12) not in default
    assert len(every) > len(default) and default < every
    assert command_code(Command.QUANTITY, 12) in every
    assert any(c.heading == "Sam" for c in label_contents("cards", only="volunteers"))
    # Order and spelling do not matter; a wrong word is named.
    assert card_groups(" Volunteers, commands ") == ("commands", "volunteers")
    with pytest.raises(InputError) as refused:
        card_groups("commands,stickers")
    assert refused.value.key == "label_cards_unknown" and "stickers" in str(refused.value)
    with pytest.raises(InputError):
        card_groups(",")


def test_labels_cards_only_on_the_command_line(labels_db: dict, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cards.pdf"
    assert main(["labels", "cards", "--only", "quantities", "--format", "l7163",
                 "--out", str(out)]) == 0  # fmt: skip
    printed = {code for page in rasterise(out) for code in decode(page)}
    assert command_code(Command.QUANTITY, 12) in printed
    assert command_code(Command.UNDO) not in printed
    assert not _kinds_of(printed)["categories"]
    default = tmp_path / "default.pdf"
    assert main(["labels", "cards", "--format", "l7163", "--out", str(default)]) == 0
    printed = {code for page in rasterise(default) for code in decode(page)}
    assert command_code(Command.UNDO) in printed and _kinds_of(printed)["categories"]
    assert command_code(Command.QUANTITY, 12) not in printed
    capsys.readouterr()
    # A wrong kind: one line on stderr, nothing written.
    bad = tmp_path / "bad.pdf"
    assert main(["labels", "cards", "--only", "stickers", "--out", str(bad)]) != 0
    err = capsys.readouterr().err
    assert "stickers" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not bad.exists()


def test_the_dialog_offers_the_kinds_of_card(labels_db: dict, qtbot, tmp_path: Path) -> None:
    win = QMainWindow()
    win.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    install_report_actions(win, win.menuBar().addMenu("&Print"), PrintQueueSignals(parent=win))
    actions = win.findChild(ReportActions)
    dialog: LabelOptionsDialog = actions.ask_labels("cards")
    assert set(dialog.card_boxes) == set(CARD_GROUPS)
    assert dialog.chosen_cards() == DEFAULT_CARD_GROUPS
    for box in dialog.card_boxes.values():
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled()  # nothing ticked: nothing to print
    dialog.card_boxes["quantities"].setChecked(True)
    dialog.card_boxes["volunteers"].setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.options()["only"] == ("quantities", "volunteers")
    with qtbot.waitSignal(actions.preview_opened, timeout=30000) as opened:
        dialog.accept()
    preview = opened.args[0]
    printed = {code for page in rasterise(preview.pdf_path) for code in decode(page)}
    preview.close()
    assert command_code(Command.QUANTITY, 12) in printed
    assert command_code(Command.UNDO) not in printed
    # The choice is remembered for the next time.
    again = actions.ask_labels("cards")
    assert again.chosen_cards() == ("quantities", "volunteers")
    again.reject()
    # Other labels have no such choice.
    boxes = actions.ask_labels("boxes")
    assert boxes.card_boxes == {} and boxes.options()["only"] is None
    boxes.reject()
