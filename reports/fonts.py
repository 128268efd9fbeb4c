"""The embedded fonts, per-character fallback, text measurement and right-to-left text.

Labels and sheets use DejaVu Sans for Latin, Greek and Cyrillic, Noto Sans Arabic for the
Arabic script (Arabic, Persian, Pashto, Kurdish Sorani) and Noto Sans Ethiopic for
Tigrinya and Amharic, all shipped in `resources/fonts` with their licences, so a name in
any of the catalogue's languages prints on any machine.  A line of text is cut into
*pieces*, each drawn in the one font that has its letters (`pieces`); the PDF, PNG and
ZPL renderers all draw those pieces, so they agree with each other and with the widths
the layout measured.

Arabic script is reordered with python-bidi (Unicode bidi algorithm) and shaped word by
word with HarfBuzz (uharfbuzz, through reportlab's shaping support): reportlab alone
neither joins Arabic letters nor puts right-to-left words in visual order.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR = "WarehouseSans"
BOLD = "WarehouseSans-Bold"
ARABIC = "WarehouseArabic"
ARABIC_BOLD = "WarehouseArabic-Bold"
ETHIOPIC = "WarehouseEthiopic"
ETHIOPIC_BOLD = "WarehouseEthiopic-Bold"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
}
# The fonts tried, in order, for a letter the style's own font lacks.
FALLBACKS = {REGULAR: (ARABIC, ETHIOPIC), BOLD: (ARABIC_BOLD, ETHIOPIC_BOLD)}
ARABIC_OF = {REGULAR: ARABIC, BOLD: ARABIC_BOLD}

# Bidi classes that belong to a right-to-left run when drawn.
_RTL_CLASSES = {"R", "AL", "NSM"}
# Arabic script blocks: always drawn in the Arabic font, whose shaping tables (joining,
# Persian and Pashto letters) are complete, so one word never mixes two fonts.
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


def font_path(name: str) -> Path:
    return FONT_DIR / FONT_FILES[name]


@functools.cache
def register_fonts() -> None:
    """Register the embedded fonts with reportlab once per process."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


@functools.cache
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


def _is_arabic(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


def _neutral(ch: str) -> bool:
    """Spaces, punctuation and marks that take the font of the letters around them."""
    return unicodedata.category(ch)[0] in "ZPSC" or unicodedata.category(ch) == "Mn"


@functools.lru_cache(maxsize=8192)
def font_for(ch: str, style: str) -> str:
    """The font that draws `ch` in `style` (REGULAR or BOLD): its own, else a fallback."""
    base = style if style in FALLBACKS else REGULAR
    if _is_arabic(ch):
        return ARABIC_OF[base]
    if ord(ch) in _glyphs(base):
        return base
    for fallback in FALLBACKS[base]:
        if ord(ch) in _glyphs(fallback):
            return fallback
    return base


def missing_glyphs(text: str, style: str = REGULAR) -> list[str]:
    """The characters of `text` that no embedded font can draw (they would print as □)."""
    return [
        ch
        for ch in dict.fromkeys(text)
        if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")
        and ord(ch) not in _glyphs(font_for(ch, style))
    ]


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@dataclass(frozen=True)
class Run:
    """A piece of text in visual order; `rtl` runs are in logical order, to be shaped."""

    text: str
    rtl: bool


@dataclass(frozen=True)
class Piece:
    """A run drawn in one font; `rtl` pieces are in logical order and get shaped."""

    text: str
    font: str
    rtl: bool


@functools.lru_cache(maxsize=4096)
def visual_runs(text: str) -> tuple[Run, ...]:
    """Split `text` into runs in left-to-right drawing order.

    Left-to-right runs are ready to draw; right-to-left runs (one Arabic word each) are
    given back in logical order because HarfBuzz shapes logical text and returns the
    glyphs in visual order.
    """
    if not has_rtl(text):
        return (Run(text, False),)
    shown = get_display(text)
    runs: list[Run] = []
    current = ""
    current_rtl = False
    for ch in shown:
        is_rtl = unicodedata.bidirectional(ch) in _RTL_CLASSES
        if current and is_rtl != current_rtl:
            runs.append(Run(current[::-1] if current_rtl else current, current_rtl))
            current = ""
        current += ch
        current_rtl = is_rtl
    if current:
        runs.append(Run(current[::-1] if current_rtl else current, current_rtl))
    return tuple(runs)


def _split_by_font(text: str, style: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    current, font = "", ""
    for ch in text:
        wanted = font_for(ch, style)
        if current and wanted != font and _neutral(ch) and ord(ch) in _glyphs(font):
            wanted = font  # a space or comma stays with the word before it
        if current and wanted != font:
            parts.append((current, font))
            current = ""
        if not current:
            font = wanted
        current += ch
    if current:
        parts.append((current, font))
    return parts


@functools.lru_cache(maxsize=16384)
def pieces(text: str, style: str) -> tuple[Piece, ...]:
    """`text` in `style` as pieces in left-to-right drawing order, one font each."""
    result: list[Piece] = []
    for run in visual_runs(text):
        parts = _split_by_font(run.text, style)
        if run.rtl:
            parts.reverse()  # logical order inside each piece, visual order between them
        result.extend(Piece(part, font, run.rtl) for part, font in parts)
    return tuple(result)


@functools.lru_cache(maxsize=65536)
def piece_width(text: str, font: str, rtl: bool, size: float) -> float:
    """Width in points of one piece, shaped when it is right-to-left."""
    if rtl:
        shaped = shapeStr(text, font, size)
        data = getattr(shaped, "__shapeData__", None)
        if data:
            return sum(glyph.x_advance for glyph in data) * size / 1000
    return pdfmetrics.stringWidth(text, font, size)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` drawn in `font` (REGULAR or BOLD) at `size` points."""
    register_fonts()
    return sum(piece_width(p.text, p.font, p.rtl, size) for p in pieces(text, font))


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw `text` with its left end at (x, y) on a reportlab canvas, in the embedded fonts,
    Arabic shaped and right to left."""
    register_fonts()
    for piece in pieces(text, font):
        drawn: str = piece.text
        if piece.rtl:
            # A ShapedStr carries HarfBuzz's glyphs and advances; the canvas draws those.
            drawn = shapeStr(piece.text, piece.font, size)
        canvas.setFont(piece.font, size)
        canvas.drawString(x, y, drawn)
        x += piece_width(piece.text, piece.font, piece.rtl, size)


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    """(ascent, descent) in points; descent is negative."""
    register_fonts()
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return ascent, descent


def paragraph_text(text: object, style: str = REGULAR) -> str:
    """User text made safe for reportlab's Paragraph mini-markup (`&`, `<`, `>`), with the
    letters `style`'s font lacks (Ethiopic...) put in the fallback font that has them."""
    from xml.sax.saxutils import escape

    text = "" if text is None else str(text)
    if style not in FALLBACKS or all(font_for(ch, style) == style for ch in text):
        return escape(text)
    parts = []
    for part, font in _split_by_font(text, style):
        parts.append(
            escape(part) if font == style else f'<font face="{font}">{escape(part)}</font>'
        )
    return "".join(parts)
