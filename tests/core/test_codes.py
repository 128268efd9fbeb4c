"""Codes: check characters, classification, AIM prefixes and keyboard-layout repair."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warehouse_desktop import codes
from warehouse_desktop.codes import CodeKind, Command, InvalidReason

OWN_KINDS = [CodeKind.BOX, CodeKind.LOCATION, CodeKind.VAN_LOAD, CodeKind.CATEGORY]
DIGITS = {CodeKind.BOX: 7, CodeKind.LOCATION: 4, CodeKind.VAN_LOAD: 5, CodeKind.CATEGORY: 4}


@st.composite
def own_codes(draw: st.DrawFn) -> tuple[CodeKind, int, str]:
    kind = draw(st.sampled_from(OWN_KINDS))
    number = draw(st.integers(0, 10 ** DIGITS[kind] - 1))
    return kind, number, codes.make_code(kind, number)


@given(own_codes())
def test_every_generated_code_classifies_back_to_its_kind_and_number(item) -> None:
    kind, number, code = item
    parsed = codes.classify(code)
    assert parsed.kind is kind
    assert parsed.number == number
    assert parsed.code == code
    assert len(code) <= codes.MAX_CODE_LENGTH


@given(own_codes(), st.data())
def test_one_wrong_character_is_refused(item, data) -> None:
    _kind, _number, code = item
    position = data.draw(st.integers(1, len(code) - 1))
    alphabet = [c for c in codes.CHECK_ALPHABET if c != code[position]]
    replacement = data.draw(st.sampled_from(alphabet))
    typo = code[:position] + replacement + code[position + 1 :]
    parsed = codes.classify(typo)
    assert not parsed.ok
    assert parsed.reason in (InvalidReason.BAD_CHECK, InvalidReason.UNKNOWN_FORMAT)


@given(own_codes(), st.sampled_from(codes.LAYOUTS), st.sampled_from(["", "]C0", "]C1"]))
def test_us_scanner_typing_into_another_layout_is_repaired(item, layout, aim) -> None:
    kind, number, code = item
    typed = codes.type_through_layout(aim + code + "\r", layout)
    parsed = codes.classify(typed)
    assert parsed.ok, typed
    assert (parsed.kind, parsed.number, parsed.code) == (kind, number, code)


def test_french_layout_really_mangles_digits() -> None:
    code = codes.make_code(CodeKind.BOX, 1234567)
    typed = codes.type_through_layout(code, "fr")
    assert typed != code
    assert typed.startswith("B")
    assert codes.classify(typed).code == code
    assert codes.classify(typed).layout == "fr"


def test_aim_identifier_is_stripped() -> None:
    code = codes.make_code(CodeKind.LOCATION, 12)
    assert codes.classify("]C0" + code).code == code
    assert codes.strip_aim("]E04006381333931") == "4006381333931"


@given(st.text(max_size=200))
def test_classify_never_raises_on_any_text(text: str) -> None:
    parsed = codes.classify(text)
    assert isinstance(parsed.kind, CodeKind)
    assert "\n" not in parsed.safe_display or "\\x0a" in parsed.safe_display


@given(st.binary(max_size=100))
def test_classify_never_raises_on_decoded_bytes(data: bytes) -> None:
    parsed = codes.classify(data.decode("utf-8", errors="replace"))
    assert isinstance(parsed.kind, CodeKind)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", InvalidReason.EMPTY),
        ("   ", InvalidReason.EMPTY),
        ("B000\x1b123", InvalidReason.CONTROL_CHARACTERS),
        ("X" * 500, InvalidReason.TOO_LONG),
        ("hello", InvalidReason.UNKNOWN_FORMAT),
        ("4006381333932", InvalidReason.UNKNOWN_FORMAT),  # EAN with a wrong check digit
    ],
)
def test_garbage_is_invalid_with_a_reason(raw: str, reason: InvalidReason) -> None:
    parsed = codes.classify(raw)
    assert parsed.kind is CodeKind.INVALID
    assert parsed.reason is reason


def test_control_characters_are_shown_safely() -> None:
    parsed = codes.classify("B12\x1b[2J")
    assert "\x1b" not in parsed.safe_display
    assert "\\x1b" in parsed.safe_display


@pytest.mark.parametrize("retail", ["4006381333931", "036000291452", "96385074"])
def test_retail_codes_are_recognised(retail: str) -> None:
    assert codes.classify(retail).kind is CodeKind.RETAIL


def test_command_and_quantity_cards() -> None:
    for command in Command:
        if command is Command.QUANTITY:
            continue
        parsed = codes.classify(codes.command_code(command))
        assert parsed.kind is CodeKind.COMMAND and parsed.command is command
    parsed = codes.classify(codes.command_code(Command.QUANTITY, 12))
    assert parsed.command is Command.QUANTITY and parsed.quantity == 12


def test_category_and_size_card() -> None:
    code = codes.make_code(CodeKind.CATEGORY, 7, size_index=3)
    parsed = codes.classify(code)
    assert (parsed.kind, parsed.number, parsed.size_index) == (CodeKind.CATEGORY, 7, 3)


def test_code_letters_avoid_keys_that_move_between_layouts() -> None:
    moving = set("AQWZYM")
    assert not moving & set(codes.CHECK_ALPHABET)
    assert not moving & set("BLVCK")


def test_keycodes_give_us_characters() -> None:
    assert codes.char_from_keycode(10, False) == "1"
    assert codes.char_from_keycode(19, False) == "0"
    assert codes.char_from_keycode(56, True) == "B"
    assert codes.char_from_keycode(9, False) is None
