"""Scan codes: generation, check characters, classification and keyboard-layout repair.

Every own code is a kind letter, digits and one check character.  The letters used
(B, L, V, C, K, P and the check alphabet) avoid A, Q, W, Z, Y and M, the keys that move
between US, French AZERTY and German QWERTZ layouts, so only digits and punctuation
ever need repairing when a US-configured scanner types into another layout.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

MAX_CODE_LENGTH = 12
# Anything longer than this is not even worth trying to repair: it is not a scan.
MAX_RAW_LENGTH = 64

# Luhn mod N alphabet: digits first so digit characters keep their value.
CHECK_ALPHABET = "0123456789BCDFGHJKLNPRSTVX"


class CodeKind(enum.StrEnum):
    BOX = "box"
    LOCATION = "location"
    VAN_LOAD = "van_load"
    CATEGORY = "category"
    COMMAND = "command"
    VOLUNTEER = "volunteer"
    RETAIL = "retail"
    # An expiry card: the next boxes expire this many months from today.
    EXPIRY = "expiry"
    INVALID = "invalid"


class Command(enum.StrEnum):
    CHECK_IN = "check_in"
    LOAD = "load"
    DISPATCH = "dispatch"
    COUNT = "count"
    DONE = "done"
    UNDO = "undo"
    QUANTITY = "quantity"
    LOOK = "look"
    SIGN_OUT = "sign_out"


class InvalidReason(enum.StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    BAD_CHECK = "bad_check"
    UNKNOWN_FORMAT = "unknown_format"


# Kind letter -> (kind, number of digits in the body).
_OWN_FORMATS: dict[str, tuple[CodeKind, tuple[int, ...]]] = {
    "B": (CodeKind.BOX, (7,)),
    "L": (CodeKind.LOCATION, (4,)),
    "V": (CodeKind.VAN_LOAD, (5,)),
    # A category card is C + 4 digits; a category-and-size card adds 2 digits of size index.
    "C": (CodeKind.CATEGORY, (4, 6)),
    "K": (CodeKind.COMMAND, (3,)),
    # A volunteer card: P + 4 digits, signs that volunteer in at the bench.
    "P": (CodeKind.VOLUNTEER, (4,)),
}
_KIND_PREFIX = {
    CodeKind.BOX: "B",
    CodeKind.LOCATION: "L",
    CodeKind.VAN_LOAD: "V",
    CodeKind.CATEGORY: "C",
    CodeKind.COMMAND: "K",
    CodeKind.VOLUNTEER: "P",
}

_COMMAND_NUMBERS: dict[int, Command] = {
    1: Command.CHECK_IN,
    2: Command.LOAD,
    3: Command.DISPATCH,
    4: Command.COUNT,
    5: Command.DONE,
    6: Command.UNDO,
    7: Command.LOOK,
    8: Command.SIGN_OUT,
}
# K1NN is a quantity card for NN items.
_QUANTITY_BASE = 100
# K2NN is an expiry card: the contents expire NN months from today (1-60).
_EXPIRY_BASE = 200
MAX_EXPIRY_MONTHS = 60
# The expiry cards printed on the card sheet.
EXPIRY_CARD_MONTHS = (3, 6, 12)

_OWN_RE = re.compile(r"^([BLVCKP])(\d+)([0-9BCDFGHJKLNPRSTVX])$")
_AIM_RE = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


def check_character(body: str) -> str:
    """Luhn mod N check character over `body` (upper-case letters and digits)."""
    n = len(CHECK_ALPHABET)
    factor = 2
    total = 0
    for char in reversed(body):
        value = _char_value(char)
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return CHECK_ALPHABET[(n - total % n) % n]


def _char_value(char: str) -> int:
    index = CHECK_ALPHABET.find(char)
    if index >= 0:
        return index
    # Kind letters outside the check alphabet still count, at a stable value.
    return (ord(char) - ord("A")) % len(CHECK_ALPHABET)


def make_code(kind: CodeKind, number: int, *, size_index: int | None = None) -> str:
    """The printed code for the `number`-th thing of `kind`."""
    prefix = _KIND_PREFIX[kind]
    digits = _OWN_FORMATS[prefix][1][0]
    if number < 0 or number >= 10**digits:
        raise ValueError(f"{kind} number {number} out of range")
    body = f"{prefix}{number:0{digits}d}"
    if size_index is not None:
        if kind is not CodeKind.CATEGORY or not 0 <= size_index < 100:
            raise ValueError("size index only on category cards, 0-99")
        body += f"{size_index:02d}"
    return body + check_character(body)


def command_code(command: Command, quantity: int | None = None) -> str:
    if command is Command.QUANTITY:
        if quantity is None or not 1 <= quantity <= 99:
            raise ValueError("quantity cards hold 1-99 items")
        return make_code(CodeKind.COMMAND, _QUANTITY_BASE + quantity)
    number = next(n for n, c in _COMMAND_NUMBERS.items() if c is command)
    return make_code(CodeKind.COMMAND, number)


def command_cards() -> list[tuple[str, Command, int | None]]:
    """Every command card the bench understands: (code, command, quantity), quantity cards last."""
    cards: list[tuple[str, Command, int | None]] = [
        (make_code(CodeKind.COMMAND, number), command, None)
        for number, command in sorted(_COMMAND_NUMBERS.items())
    ]
    cards += [(command_code(Command.QUANTITY, q), Command.QUANTITY, q) for q in range(1, 100)]
    return cards


def expiry_code(months: int) -> str:
    """The expiry card for contents that expire `months` months from today."""
    if not 1 <= months <= MAX_EXPIRY_MONTHS:
        raise ValueError(f"expiry cards hold 1-{MAX_EXPIRY_MONTHS} months")
    return make_code(CodeKind.COMMAND, _EXPIRY_BASE + months)


def expiry_cards() -> list[tuple[str, int]]:
    """The expiry cards printed for the bench: (code, months)."""
    return [(expiry_code(months), months) for months in EXPIRY_CARD_MONTHS]


def is_retail_code(code: str) -> bool:
    """EAN-13, UPC-A or EAN-8 with a correct GS1 check digit."""
    if not code.isascii() or not code.isdigit() or len(code) not in (8, 12, 13):
        return False
    digits = [int(c) for c in code]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


@dataclass(frozen=True)
class ParsedCode:
    """What a scanned string is.  `code` is the normalised form to store and show."""

    raw: str
    code: str
    kind: CodeKind
    number: int | None = None
    size_index: int | None = None
    command: Command | None = None
    quantity: int | None = None
    reason: InvalidReason | None = None
    # An expiry card's months from today.
    months: int | None = None
    layout: str | None = None

    @property
    def ok(self) -> bool:
        return self.kind is not CodeKind.INVALID

    @property
    def safe_display(self) -> str:
        """The raw input made safe to show: control characters as visible escapes, cut short."""
        return safe_display(self.raw)


def safe_display(text: str, limit: int = 40) -> str:
    shown = "".join(
        ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"
        for ch in text[:limit]
    )
    return shown + ("…" if len(text) > limit else "")


def strip_aim(text: str) -> str:
    """Remove an AIM symbology identifier such as ``]C0`` that some scanners prepend."""
    return _AIM_RE.sub("", text, count=1)


def _classify_clean(raw: str, text: str, layout: str | None) -> ParsedCode:
    code = strip_aim(text).upper()
    if not code:
        return ParsedCode(raw, code, CodeKind.INVALID, reason=InvalidReason.EMPTY)
    if len(code) > MAX_CODE_LENGTH + 1:  # retail EAN-13 is the longest valid code
        return ParsedCode(raw, code, CodeKind.INVALID, reason=InvalidReason.TOO_LONG)
    if is_retail_code(code):
        return ParsedCode(raw, code, CodeKind.RETAIL, layout=layout)
    match = _OWN_RE.match(code)
    if not match or len(code) > MAX_CODE_LENGTH:
        return ParsedCode(raw, code, CodeKind.INVALID, reason=InvalidReason.UNKNOWN_FORMAT)
    prefix, digits, check = match.groups()
    kind, lengths = _OWN_FORMATS[prefix]
    if len(digits) not in lengths:
        return ParsedCode(raw, code, CodeKind.INVALID, reason=InvalidReason.UNKNOWN_FORMAT)
    if check_character(prefix + digits) != check:
        return ParsedCode(raw, code, CodeKind.INVALID, reason=InvalidReason.BAD_CHECK)
    base_digits = lengths[0]
    number = int(digits[:base_digits])
    if kind is CodeKind.CATEGORY:
        size_index = int(digits[base_digits:]) if len(digits) > base_digits else None
        return ParsedCode(raw, code, kind, number=number, size_index=size_index, layout=layout)
    if kind is CodeKind.COMMAND:
        if number in _COMMAND_NUMBERS:
            return ParsedCode(
                raw, code, kind, number, command=_COMMAND_NUMBERS[number], layout=layout
            )
        if _QUANTITY_BASE < number < _QUANTITY_BASE + 100:
            return ParsedCode(
                raw,
                code,
                kind,
                number,
                command=Command.QUANTITY,
                quantity=number - _QUANTITY_BASE,
                layout=layout,
            )
        if _EXPIRY_BASE < number <= _EXPIRY_BASE + MAX_EXPIRY_MONTHS:
            return ParsedCode(
                raw, code, CodeKind.EXPIRY, number, months=number - _EXPIRY_BASE, layout=layout
            )
        return ParsedCode(raw, code, CodeKind.INVALID, reason=InvalidReason.UNKNOWN_FORMAT)
    return ParsedCode(raw, code, kind, number=number, layout=layout)


def classify(raw: str) -> ParsedCode:
    """Classify one scanned or typed string, repairing a keyboard-layout mismatch if needed.

    Never raises: anything that is not a code comes back as INVALID with a reason.
    """
    if not isinstance(raw, str):
        raw = str(raw)
    if len(raw) > MAX_RAW_LENGTH:
        return ParsedCode(raw, "", CodeKind.INVALID, reason=InvalidReason.TOO_LONG)
    # Scanners end a read with CR, LF or tab; surrounding spaces come from hand typing.
    text = raw.strip(" \r\n\t")
    if not text:
        return ParsedCode(raw, "", CodeKind.INVALID, reason=InvalidReason.EMPTY)
    if any(unicodedata.category(ch)[0] == "C" for ch in text):
        return ParsedCode(raw, "", CodeKind.INVALID, reason=InvalidReason.CONTROL_CHARACTERS)
    direct = _classify_clean(raw, text, None)
    if direct.ok:
        return direct
    for layout in LAYOUTS:
        repaired = repair_layout(text, layout)
        if repaired != text:
            candidate = _classify_clean(raw, repaired, layout)
            if candidate.ok:
                return candidate
    return direct


# --- keyboard layouts ------------------------------------------------------------------
# Each row lists the characters one physical key row produces, unshifted then shifted,
# in the same key order as the US rows.  A space stands for a dead or missing key.
_US_ROWS = (
    ("`1234567890-=", "~!@#$%^&*()_+"),
    ("qwertyuiop[]\\", "QWERTYUIOP{}|"),
    ("asdfghjkl;'", 'ASDFGHJKL:"'),
    ("zxcvbnm,./", "ZXCVBNM<>?"),
)
_LAYOUT_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("²&é\"'(-è_çà)=", " 1234567890°+"),
        ("azertyuiop $*", "AZERTYUIOP £µ"),
        ("qsdfghjklmù", "QSDFGHJKLM%"),
        ("wxcvbn,;:!", "WXCVBN?./§"),
    ),
    "de": (
        ("^1234567890ß ", '°!"§$%&/()=? '),
        ("qwertzuiopü+#", "QWERTZUIOPÜ*'"),
        ("asdfghjklöä", "ASDFGHJKLÖÄ"),
        ("yxcvbnm,.-", "YXCVBNM;:_"),
    ),
}


def _build_maps() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    to_us: dict[str, dict[str, str]] = {}
    from_us: dict[str, dict[str, str]] = {}
    for name, rows in _LAYOUT_ROWS.items():
        back: dict[str, str] = {}
        forward: dict[str, str] = {}
        for (us_plain, us_shift), (lay_plain, lay_shift) in zip(_US_ROWS, rows, strict=True):
            for us_row, lay_row in ((us_plain, lay_plain), (us_shift, lay_shift)):
                for us_char, lay_char in zip(us_row, lay_row, strict=False):
                    if lay_char == " ":
                        continue
                    forward[us_char] = lay_char
                    back.setdefault(lay_char, us_char)
        to_us[name] = back
        from_us[name] = forward
    return to_us, from_us


_TO_US, _FROM_US = _build_maps()
LAYOUTS: tuple[str, ...] = tuple(_LAYOUT_ROWS)


def repair_layout(text: str, layout: str) -> str:
    """Undo a US scanner typing into `layout`: map each character back to the US key."""
    table = _TO_US[layout]
    return "".join(table.get(ch, ch) for ch in text)


def type_through_layout(text: str, layout: str) -> str:
    """What a US-configured scanner sending `text` produces on a `layout` keyboard (tests)."""
    table = _FROM_US[layout]
    return "".join(table.get(ch, ch) for ch in text)


# X11 key codes of the US layout (what `xdotool key` and QKeyEvent.nativeScanCode() give
# on Linux), for decoders that see key positions rather than characters.
_US_KEYCODE_RUNS = (
    (10, 0, "1234567890-="),
    (24, 1, "qwertyuiop[]"),
    (38, 2, "asdfghjkl;'"),
    (52, 3, "zxcvbnm,./"),
)


def _build_keycodes() -> dict[int, tuple[str, str]]:
    table: dict[int, tuple[str, str]] = {49: ("`", "~"), 51: ("\\", "|")}
    for first, row, chars in _US_KEYCODE_RUNS:
        plain, shifted = _US_ROWS[row]
        for offset, char in enumerate(chars):
            table[first + offset] = (char, shifted[plain.index(char)])
    return table


US_KEYCODES: dict[int, tuple[str, str]] = _build_keycodes()


def char_from_keycode(keycode: int, shifted: bool) -> str | None:
    """The character a US keyboard gives for X11 key code `keycode` (None if not a symbol key)."""
    pair = US_KEYCODES.get(keycode)
    if pair is None:
        return None
    return pair[1] if shifted else pair[0]
