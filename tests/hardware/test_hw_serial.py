"""Serial scanners: line decoding rules, and the reader on a real pty through unplug/replug."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from hardware.serial_scanner import (
    LineDecoder,
    RejectReason,
    ScannerConfig,
    ScannerPool,
    ScannerState,
    SerialScanner,
    parse_terminator,
    terminator_name,
)
from warehouse_desktop.errors import InputError

SCANS = [f"B{n:07d}X" for n in range(1, 21)]


class Collector:
    """Callback sink for the reader thread, with waits on a condition (no sleeps)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.scans: list[tuple[str, str]] = []
        self.states: list[tuple[str, ScannerState]] = []
        self.rejected: list[tuple[str, RejectReason, str]] = []

    def on_scan(self, scanner: SerialScanner, text: str) -> None:
        with self.cond:
            self.scans.append((scanner.name, text))
            self.cond.notify_all()

    def on_state(self, scanner: SerialScanner, state: ScannerState, _detail: str) -> None:
        with self.cond:
            self.states.append((scanner.name, state))
            self.cond.notify_all()

    def on_rejected(self, scanner: SerialScanner, reason: RejectReason, shown: str) -> None:
        with self.cond:
            self.rejected.append((scanner.name, reason, shown))
            self.cond.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        with self.cond:
            assert self.cond.wait_for(predicate, timeout), (
                self.scans,
                self.states,
                self.rejected,
            )

    def texts(self) -> list[str]:
        with self.cond:
            return [text for _, text in self.scans]

    def state_list(self) -> list[ScannerState]:
        with self.cond:
            return [state for _, state in self.states]


def make_scanner(config: ScannerConfig, sink: Collector) -> SerialScanner:
    return SerialScanner(
        config,
        on_scan=sink.on_scan,
        on_state=sink.on_state,
        on_rejected=sink.on_rejected,
        retry_interval=0.05,
        # The test machine is shared and slow; split writes must never look stale here.
        stale_after=30.0,
    )


# -- pure decoding --------------------------------------------------------------------


def test_lines_split_across_reads_are_joined() -> None:
    decoder = LineDecoder(terminator=b"\r")
    assert decoder.feed(b"B000", now=0.0) == []
    assert decoder.feed(b"0001", now=0.01) == []
    lines = decoder.feed(b"X\rL00", now=0.02)
    assert [line.text for line in lines] == ["B0000001X"]
    assert [line.text for line in decoder.feed(b"12K\r", now=0.03)] == ["L0012K"]


def test_any_line_end_and_empty_lines() -> None:
    decoder = LineDecoder(terminator=b"\r\n")
    lines = decoder.feed(b"A1\r\nB2\n\rC3\r\r\n", now=0.0)
    assert [line.text for line in lines] == ["A1", "B2", "C3"]


def test_custom_terminator_byte_with_cr_around_it() -> None:
    decoder = LineDecoder(terminator=b"\x03")
    lines = decoder.feed(b"B0000001X\x03\r\nB0000002X\x03", now=0.0)
    assert [line.text for line in lines] == ["B0000001X", "B0000002X"]


def test_garbage_is_refused_not_crashing() -> None:
    decoder = LineDecoder(terminator=b"\r")
    lines = decoder.feed(b"\xff\xfe\x80\rB12\x07X\r\x1b[2J\rB0000001X\r", now=0.0)
    assert [(line.text, line.reason) for line in lines] == [
        (None, RejectReason.NOT_TEXT),
        (None, RejectReason.CONTROL_CHARACTERS),
        (None, RejectReason.CONTROL_CHARACTERS),
        ("B0000001X", None),
    ]
    # What is shown of garbage is printable and short.
    assert all(ch.isprintable() for line in lines for ch in line.shown)


def test_over_long_line_is_refused_once_and_the_next_line_is_clean() -> None:
    decoder = LineDecoder(terminator=b"\r", max_line=32)
    lines = decoder.feed(b"9" * 1000 + b"\rB0000001X\r", now=0.0)
    assert [(line.text, line.reason) for line in lines] == [
        (None, RejectReason.TOO_LONG),
        ("B0000001X", None),
    ]
    assert len(lines[0].shown) < 50


def test_stale_fragment_is_not_glued_to_the_next_scan() -> None:
    decoder = LineDecoder(terminator=b"\r", stale_after=0.5)
    assert decoder.feed(b"B00", now=10.0) == []
    lines = decoder.feed(b"L0012K\r", now=12.0)
    assert [(line.text, line.reason) for line in lines] == [
        (None, RejectReason.INCOMPLETE),
        ("L0012K", None),
    ]


def test_prefix_and_suffix_are_stripped_and_required() -> None:
    decoder = LineDecoder(terminator=b"\n", prefix="@", suffix="#")
    lines = decoder.feed(b"@B0000001X#\nB0000002X#\n@B0000003X\n", now=0.0)
    assert [(line.text, line.reason) for line in lines] == [
        ("B0000001X", None),
        (None, RejectReason.MISSING_PREFIX),
        (None, RejectReason.MISSING_SUFFIX),
    ]


def test_utf8_text_passes_through_for_the_core_to_judge() -> None:
    decoder = LineDecoder(terminator=b"\r")
    assert [line.text for line in decoder.feed("]C0Bé1\r".encode(), now=0.0)] == ["]C0Bé1"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("CR", b"\r"), ("lf", b"\n"), ("CRLF", b"\r\n"), ("0x03", b"\x03"), ("\t", b"\t")],
)
def test_terminator_settings(text: str, value: bytes) -> None:
    assert parse_terminator(text) == value
    assert parse_terminator(terminator_name(value)) == value


@pytest.mark.parametrize("text", ["", "0x1FF", "end", "0xZZ"])
def test_bad_terminator_is_a_clear_error(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_terminator(text)
    assert "line end" in str(caught.value)


def test_config_round_trips_through_a_dict() -> None:
    config = ScannerConfig(
        "/dev/ttyACM0", 115200, b"\x03", "@", "#", 0x0C2E, 0x0B61, "SN1", "Bench scanner"
    )
    assert ScannerConfig.from_dict(config.to_dict()) == config


# -- the reader on a real pty ------------------------------------------------------------


def test_reads_scans_at_scanner_speed_and_refuses_garbage(pty_scanner) -> None:
    sink = Collector()
    scanner = make_scanner(ScannerConfig(str(pty_scanner.link), terminator=b"\r"), sink)
    scanner.start()
    try:
        sink.wait(lambda: ScannerState.CONNECTED in sink.state_list())
        # Back to back, as a scanner sends them: one write per scan...
        for code in SCANS[:10]:
            pty_scanner.write(code.encode() + b"\r")
        # ...garbage and a split line in between...
        pty_scanner.write(b"\xff\xfe\xfd\r")
        pty_scanner.write(b"B00\x01\x02\r")
        pty_scanner.write(SCANS[10][:4].encode())
        pty_scanner.write(SCANS[10][4:].encode() + b"\r")
        pty_scanner.write(b"7" * 5000 + b"\r")
        # ...and everything in one burst.
        pty_scanner.write(b"".join(code.encode() + b"\r" for code in SCANS[11:]))
        sink.wait(lambda: len(sink.scans) >= len(SCANS) and len(sink.rejected) >= 3)
        assert sink.texts() == SCANS
        assert [reason for _, reason, _ in sink.rejected] == [
            RejectReason.NOT_TEXT,
            RejectReason.CONTROL_CHARACTERS,
            RejectReason.TOO_LONG,
        ]
        assert scanner.state == ScannerState.CONNECTED
    finally:
        scanner.stop()
    assert scanner.state == ScannerState.STOPPED


def test_unplug_and_replug_reconnects_without_losing_or_doubling_scans(pty_scanner) -> None:
    sink = Collector()
    scanner = make_scanner(ScannerConfig(str(pty_scanner.link)), sink)
    scanner.start()
    try:
        sink.wait(lambda: sink.state_list() == [ScannerState.CONNECTED])
        for code in SCANS[:5]:
            pty_scanner.write(code.encode() + b"\r")
        sink.wait(lambda: len(sink.scans) == 5)

        # Unplug in the middle of a scan: the half line must not come back later.
        pty_scanner.write(b"B99")
        pty_scanner.unplug()
        sink.wait(lambda: ScannerState.DISCONNECTED in sink.state_list())
        assert scanner.state == ScannerState.DISCONNECTED

        pty_scanner.plug()
        sink.wait(lambda: ScannerState.RECONNECTED in sink.state_list())
        for code in SCANS[5:]:
            pty_scanner.write(code.encode() + b"\r")
        sink.wait(lambda: len(sink.scans) >= len(SCANS))

        # Twice more, to be sure reconnecting is not a one-off.
        for round_ in range(2):
            pty_scanner.unplug()
            sink.wait(lambda n=round_: sink.state_list().count(ScannerState.DISCONNECTED) == n + 2)
            pty_scanner.plug()
            sink.wait(lambda n=round_: sink.state_list().count(ScannerState.RECONNECTED) == n + 2)
            pty_scanner.write(f"L{round_:04d}K\r".encode())
            sink.wait(lambda n=round_: len(sink.scans) == len(SCANS) + n + 1)
    finally:
        scanner.stop()
    assert sink.texts() == SCANS + ["L0000K", "L0001K"]
    assert sink.rejected == []
    assert sink.state_list() == [
        ScannerState.CONNECTED,
        ScannerState.DISCONNECTED,
        ScannerState.RECONNECTED,
        ScannerState.DISCONNECTED,
        ScannerState.RECONNECTED,
        ScannerState.DISCONNECTED,
        ScannerState.RECONNECTED,
        ScannerState.STOPPED,
    ]


def test_missing_port_is_reported_and_found_when_plugged(tmp_path: Path, pty_scanner) -> None:
    pty_scanner.unplug()
    sink = Collector()
    scanner = make_scanner(ScannerConfig(str(pty_scanner.link)), sink)
    scanner.start()
    try:
        sink.wait(lambda: sink.state_list() == [ScannerState.DISCONNECTED])
        pty_scanner.plug()
        sink.wait(lambda: ScannerState.CONNECTED in sink.state_list())
        pty_scanner.write(b"B0000001X\r")
        sink.wait(lambda: sink.texts() == ["B0000001X"])
    finally:
        scanner.stop()


def test_several_scanners_at_once(tmp_path: Path, make_pty) -> None:
    ptys = [make_pty(tmp_path / f"ttyScanner{n}") for n in range(3)]
    for pty in ptys:
        pty.plug()
    sink = Collector()
    pool = ScannerPool(
        on_scan=sink.on_scan,
        on_state=sink.on_state,
        on_rejected=sink.on_rejected,
        retry_interval=0.05,
    )
    try:
        for n, pty in enumerate(ptys):
            pool.add(ScannerConfig(str(pty.link), name=f"bench {n}"))
        sink.wait(lambda: sink.state_list().count(ScannerState.CONNECTED) == 3)
        for round_ in range(5):
            for n, pty in enumerate(ptys):
                pty.write(f"L{n}{round_:03d}K\r".encode())
        sink.wait(lambda: len(sink.scans) == 15)
        for n in range(3):
            assert [t for name, t in sink.scans if name == f"bench {n}"] == [
                f"L{n}{r:03d}K" for r in range(5)
            ]
        # Unplugging one leaves the others reading.
        ptys[1].unplug()
        sink.wait(lambda: ("bench 1", ScannerState.DISCONNECTED) in sink.states)
        ptys[0].write(b"B0000001X\r")
        ptys[2].write(b"B0000002X\r")
        sink.wait(lambda: len(sink.scans) == 17)
        assert {name for name, _ in sink.scans[15:]} == {"bench 0", "bench 2"}
    finally:
        pool.stop()


def test_port_names_for_people() -> None:
    from hardware.serial_scanner import PortInfo

    usb = PortInfo("/dev/ttyACM0", "Honeywell Scanner", 0x0C2E, 0x0B61, "SN9", "Honeywell")
    assert usb.display_name == "/dev/ttyACM0 — Honeywell Scanner (USB 0C2E:0B61)"
    assert usb.usb_id == "0C2E:0B61"
    plain = PortInfo("COM1", "n/a", None, None, None, None)
    assert plain.display_name == "COM1" and plain.usb_id == ""


def test_a_replugged_scanner_is_found_by_its_usb_ids(monkeypatch, pty_scanner) -> None:
    """The system renames the port on replug (ttyACM0 -> ttyACM1); the USB ids find it."""
    import hardware.serial_scanner as serial_scanner
    from hardware.serial_scanner import PortInfo, find_device

    listed: list[PortInfo] = []
    monkeypatch.setattr(serial_scanner, "list_scanner_ports", lambda: list(listed))
    config = ScannerConfig("/dev/ttyACM0", vid=0x0C2E, pid=0x0B61, serial_number="SN9")
    listed[:] = [
        PortInfo("/dev/ttyACM3", "Other scanner", 0x0C2E, 0x0B61, "SN1", None),
        PortInfo(str(pty_scanner.link), "Honeywell", 0x0C2E, 0x0B61, "SN9", None),
    ]
    assert find_device(config) == str(pty_scanner.link)

    sink = Collector()
    scanner = make_scanner(config, sink)
    scanner.start()
    try:
        sink.wait(lambda: ScannerState.CONNECTED in sink.state_list())
        assert scanner.current_device == str(pty_scanner.link)
        pty_scanner.write(b"B0000001X\r")
        sink.wait(lambda: sink.texts() == ["B0000001X"])
    finally:
        scanner.stop()
    listed[:] = []
    assert find_device(config) is None


def test_socat_scanner_unplugged_and_replugged_at_the_same_path(socat_scanner) -> None:
    sink = Collector()
    scanner = make_scanner(ScannerConfig(str(socat_scanner.link), 9600, b"\r\n"), sink)
    scanner.start()
    try:
        sink.wait(lambda: sink.state_list() == [ScannerState.CONNECTED])
        socat_scanner.write(b"".join(code.encode() + b"\r\n" for code in SCANS[:10]))
        sink.wait(lambda: len(sink.scans) == 10)
        socat_scanner.unplug()
        sink.wait(lambda: ScannerState.DISCONNECTED in sink.state_list())
        socat_scanner.plug()
        sink.wait(lambda: ScannerState.RECONNECTED in sink.state_list())
        for code in SCANS[10:]:
            socat_scanner.write(code.encode() + b"\r\n")
        sink.wait(lambda: len(sink.scans) >= len(SCANS))
    finally:
        scanner.stop()
    assert sink.texts() == SCANS
    assert sink.rejected == []
