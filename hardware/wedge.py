"""Keyboard-wedge burst decoder: tells a scanner's keystrokes from a person's typing.

A USB scanner in keyboard mode types a whole code in a few milliseconds, usually followed
by Enter.  People type far slower.  The decoder holds every printable key for a moment;
keys that arrive back to back and are long enough become a scan, anything else is handed
back to be typed normally.  A configured prefix or suffix character marks a scan
explicitly.  Codes typed through a mismatched keyboard layout are recovered from the US
key positions (X11 key codes) when they are known, else from the characters.

Pure Python and Qt-free: the window's event filter feeds it key presses with timestamps
and acts on what comes back.  Times are in seconds from any monotonic clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warehouse_desktop.codes import char_from_keycode, classify, strip_aim

TERMINATORS = ("\r", "\n", "\t")


@dataclass(frozen=True)
class WedgeSettings:
    """How a burst is recognised; the window keeps these per machine."""

    # Longest pause between two keys of one scan (scanners: 1-20 ms; people: 80 ms and up).
    max_gap: float = 0.035
    # Fewer keys than this in a burst are a person's fast fingers, not a scan.
    min_length: int = 4
    # A burst that already looks like a scan may stall this long (a busy PC) and go on.
    stall: float = 0.3
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class WedgeKey:
    """One key press: the character it typed, when, and the physical key if known."""

    char: str
    at: float
    keycode: int | None = None
    shifted: bool = False
    token: object = None  # whatever the caller needs to replay the key (a Qt event copy)


@dataclass(frozen=True)
class Scan:
    """A complete scan: the decoded code text and the raw characters as typed."""

    text: str
    typed: str
    keys: tuple[WedgeKey, ...] = ()


@dataclass(frozen=True)
class Replay:
    """Keys that were a person typing: give them back to the focused field, in order."""

    keys: tuple[WedgeKey, ...]


Outcome = Scan | Replay


@dataclass
class WedgeDecoder:
    """State machine over key presses.  Every method returns what to do, in order."""

    settings: WedgeSettings = field(default_factory=WedgeSettings)
    use_keycodes: bool = False
    _pending: list[WedgeKey] = field(default_factory=list)
    _prefixed: bool = False

    @property
    def holding(self) -> bool:
        return bool(self._pending)

    def press(self, key: WedgeKey) -> list[Outcome]:
        """A printable key was pressed.  The key itself is always held (swallowed)."""
        out: list[Outcome] = []
        s = self.settings
        if self._pending and not self._continues(key.at):
            out.extend(self._resolve_stale())
        if not self._pending and s.prefix and key.char == s.prefix[0]:
            self._prefixed = True
        self._pending.append(key)
        if self._prefixed and s.suffix and self._typed().endswith(s.suffix):
            out.append(self._take_scan())
        return out

    def terminator(self, at: float) -> tuple[bool, list[Outcome]]:
        """Enter or Tab was pressed.  Returns (swallow the terminator?, outcomes)."""
        if not self._pending:
            return False, []
        if not self._continues(at):
            return False, self._resolve_stale()
        if self._prefixed or self._is_burst():
            return True, [self._take_scan()]
        return False, [self._take_replay()]

    def other_key(self, at: float) -> list[Outcome]:
        """A non-text key (arrow, F-key, Ctrl+...): whatever is held is settled first."""
        if not self._pending:
            return []
        if self._continues(at) and (self._prefixed or self._is_burst()):
            return [self._take_scan()]
        return self._resolve_stale()

    def tick(self, now: float) -> list[Outcome]:
        """Called from a timer: settle held keys once the keyboard has gone quiet."""
        if not self._pending or self._continues(now):
            return []
        return self._resolve_stale()

    def next_deadline(self) -> float | None:
        """When `tick` should next be called (None when nothing is held)."""
        if not self._pending:
            return None
        return self._pending[-1].at + self._allowed_gap()

    # --- internals -------------------------------------------------------------------

    def _allowed_gap(self) -> float:
        s = self.settings
        if self._prefixed or len(self._pending) >= s.min_length and self._is_burst():
            return max(s.stall, s.max_gap)
        return s.max_gap

    def _continues(self, at: float) -> bool:
        return at - self._pending[-1].at <= self._allowed_gap()

    def _is_burst(self) -> bool:
        keys = self._pending
        if len(keys) < self.settings.min_length:
            return False
        gap = self.settings.max_gap
        # Stalls after the burst was established are allowed (see `stall`).
        head = keys[: self.settings.min_length]
        return all(b.at - a.at <= gap for a, b in zip(head, head[1:], strict=False))

    def _typed(self) -> str:
        return "".join(k.char for k in self._pending)

    def _resolve_stale(self) -> list[Outcome]:
        if self._prefixed or self._is_burst():
            return [self._take_scan()]
        return [self._take_replay()]

    def _take_replay(self) -> Replay:
        keys = tuple(self._pending)
        self._pending.clear()
        self._prefixed = False
        return Replay(keys)

    def _take_scan(self) -> Scan:
        keys = tuple(self._pending)
        self._pending.clear()
        self._prefixed = False
        typed = "".join(k.char for k in keys)
        return Scan(decode(keys, self.settings, use_keycodes=self.use_keycodes), typed, keys)


def strip_marks(text: str, settings: WedgeSettings) -> str:
    """Remove the configured prefix/suffix, a trailing terminator and an AIM identifier."""
    if settings.prefix and text.startswith(settings.prefix):
        text = text[len(settings.prefix) :]
    if settings.suffix and text.endswith(settings.suffix):
        text = text[: -len(settings.suffix)]
    text = text.rstrip("".join(TERMINATORS))
    return strip_aim(text)


def decode(keys: tuple[WedgeKey, ...], settings: WedgeSettings, *, use_keycodes: bool) -> str:
    """The code a burst stands for.

    When every key's physical position is known, the US characters of those positions are
    what a US-configured scanner meant; otherwise the characters go to the core's
    classifier, which repairs AZERTY/QWERTZ text.  A valid code comes back normalised.
    """
    typed = strip_marks("".join(k.char for k in keys), settings)
    if use_keycodes:
        by_position = _by_position(keys, settings)
        if by_position is not None:
            parsed = classify(by_position)
            if parsed.ok:
                return parsed.code
    parsed = classify(typed)
    return parsed.code if parsed.ok else typed


def _by_position(keys: tuple[WedgeKey, ...], settings: WedgeSettings) -> str | None:
    chars: list[str] = []
    for key in keys:
        char = char_from_keycode(key.keycode, key.shifted) if key.keycode is not None else None
        if char is None:
            # Letters sit on the same keys in all three layouts; keep what was typed.
            if len(key.char) == 1 and key.char.isalpha() and key.char.isascii():
                char = key.char
            else:
                return None
        chars.append(char)
    return strip_marks("".join(chars), settings)
