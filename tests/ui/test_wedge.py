"""The keyboard-wedge path: the pure decoder, and the application-wide event filter driven
by synthetic key events with an injected clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from hardware.wedge import Replay, Scan, WedgeDecoder, WedgeKey, WedgeSettings, decode
from ui.scan_filter import ScanEventFilter
from warehouse_desktop.codes import CodeKind, make_code, type_through_layout

SCANNER_GAP = 0.004  # 4 ms per key: a typical USB wedge scanner
HUMAN_GAP = 0.18


def _codes(count: int) -> list[str]:
    return [make_code(CodeKind.BOX, 1000 + i) for i in range(count)]


# --- the pure decoder ------------------------------------------------------------------


def _feed(decoder: WedgeDecoder, text: str, start: float, gap: float, enter: bool = True):
    out = []
    t = start
    for ch in text:
        out += decoder.press(WedgeKey(ch, t))
        t += gap
    if enter:
        swallow, more = decoder.terminator(t)
        out += more
        return out, swallow, t
    return out, None, t


def test_decoder_turns_a_fast_burst_into_one_scan() -> None:
    decoder = WedgeDecoder()
    out, swallowed, _ = _feed(decoder, "B0001234X", 0.0, SCANNER_GAP)
    assert swallowed is True
    assert out == [Scan("B0001234X", "B0001234X", out[0].keys)]
    assert not decoder.holding


def test_decoder_gives_slow_typing_back_in_order() -> None:
    decoder = WedgeDecoder()
    out, swallowed, t = _feed(decoder, "hello", 0.0, HUMAN_GAP, enter=False)
    out += decoder.tick(t + 1)
    assert all(isinstance(o, Replay) for o in out)
    assert "".join(k.char for o in out for k in o.keys) == "hello"


def test_decoder_short_fast_pair_is_typing_not_a_scan() -> None:
    decoder = WedgeDecoder()
    out, swallowed, _ = _feed(decoder, "ok", 0.0, 0.01)
    assert swallowed is False
    assert [type(o) for o in out] == [Replay]


def test_decoder_prefix_and_suffix_mark_a_scan_even_when_slow() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="§", suffix="#"))
    out, _, _ = _feed(decoder, "§B0001234X#", 0.0, 0.1, enter=False)
    scans = [o for o in out if isinstance(o, Scan)]
    assert [s.text for s in scans] == ["B0001234X"]


def test_decoder_strips_the_aim_identifier() -> None:
    decoder = WedgeDecoder()
    out, _, _ = _feed(decoder, "]C0B0001234X", 0.0, SCANNER_GAP)
    assert out[0].text == "B0001234X"


def test_decoder_burst_without_terminator_ends_when_quiet() -> None:
    decoder = WedgeDecoder()
    out, _, t = _feed(decoder, "L00017", 0.0, SCANNER_GAP, enter=False)
    assert out == []
    assert decoder.tick(t + 0.01) == []  # a short stall does not cut the scan
    settled = decoder.tick(t + 1)
    assert [s.text for s in settled] == ["L00017"]


@pytest.mark.parametrize("layout", ["fr", "de"])
def test_decoder_recovers_codes_from_us_key_positions(layout: str) -> None:
    code = make_code(CodeKind.BOX, 4711)
    # What a US-configured scanner produces on this layout, with the X11 key codes it sent.
    from warehouse_desktop.codes import US_KEYCODES

    by_char = {v[0]: (k, False) for k, v in US_KEYCODES.items()}
    by_char.update({v[1]: (k, True) for k, v in US_KEYCODES.items()})
    typed = type_through_layout(code, layout)
    keys = tuple(
        WedgeKey(t, i * 0.004, keycode=by_char[c.lower() if c.isalpha() else c][0],
                 shifted=c.isupper())
        for i, (t, c) in enumerate(zip(typed, code, strict=True))
    )  # fmt: skip
    assert decode(keys, WedgeSettings(), use_keycodes=True) == code


# --- the Qt event filter ---------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def form(qtbot):
    widget = QWidget()
    layout = QVBoxLayout(widget)
    field = QLineEdit(widget)
    layout.addWidget(field)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    field.setFocus()
    return widget, field


@pytest.fixture
def wedge(qapp):
    clock = Clock()
    event_filter = ScanEventFilter(clock=clock, use_keycodes=False)
    qapp.installEventFilter(event_filter)
    scans: list[str] = []
    event_filter.scanned.connect(scans.append)
    yield event_filter, clock, scans
    qapp.removeEventFilter(event_filter)


def _press(window, text: str, key: int | None = None) -> None:
    if key is None:
        key = ord(text.upper()) if text.isalnum() else 0
    mods = Qt.KeyboardModifier.ShiftModifier if text.isupper() else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(window, QKeyEvent(kind, key, mods, text))


def _type(window, clock: Clock, text: str, gap: float, enter: bool = False) -> None:
    for ch in text:
        clock.now += gap
        _press(window, ch)
    if enter:
        clock.now += gap
        _press(window, "\r", Qt.Key.Key_Return)


def test_filter_records_100_back_to_back_scans_none_split_or_merged(form, wedge) -> None:
    widget, field = form
    event_filter, clock, scans = wedge
    expected = _codes(100)
    for code in expected:
        _type(widget.windowHandle(), clock, code, SCANNER_GAP, enter=True)
    assert scans == expected
    assert field.text() == ""  # not one scan key landed in the text field


def test_filter_leaves_slow_typing_in_the_text_field(form, wedge, qtbot) -> None:
    widget, field = form
    event_filter, clock, scans = wedge
    _type(widget.windowHandle(), clock, "Blankets 12", HUMAN_GAP)
    clock.now += 1
    event_filter.settle()
    assert field.text() == "Blankets 12"
    assert scans == []


def test_filter_scan_in_the_middle_of_typing(form, wedge) -> None:
    widget, field = form
    event_filter, clock, scans = wedge
    window = widget.windowHandle()
    _type(window, clock, "note", HUMAN_GAP)
    clock.now += HUMAN_GAP
    _type(window, clock, "B0001234X", SCANNER_GAP, enter=True)
    _type(window, clock, " ok", HUMAN_GAP)
    clock.now += 1
    event_filter.settle()
    assert scans == ["B0001234X"]
    assert field.text() == "note ok"


def test_filter_timer_settles_typing_without_help(form, qapp, qtbot) -> None:
    widget, field = form
    event_filter = ScanEventFilter(use_keycodes=False)  # the real clock and timer
    qapp.installEventFilter(event_filter)
    try:
        _press(widget.windowHandle(), "x")
        assert field.text() == ""  # held for a moment: it might be a scan
        qtbot.waitUntil(lambda: field.text() == "x")
    finally:
        qapp.removeEventFilter(event_filter)


def test_filter_lets_a_held_down_key_repeat(form, wedge) -> None:
    widget, field = form
    event_filter, clock, scans = wedge
    window = widget.windowHandle()
    for i in range(8):
        clock.now += 0.03
        QCoreApplication.sendEvent(
            window,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a",
                      i > 0),
        )  # fmt: skip
    clock.now += 1
    event_filter.settle()
    assert field.text() == "a" * 8
    assert scans == []
