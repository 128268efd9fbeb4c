"""The embedded Unicode font, text measurement and right-to-left text.

Labels and sheets use DejaVu Sans (shipped in `resources/fonts` with its licence) so
French accents and Arabic or Pashto names print on any machine.  Arabic script is
reordered with python-bidi (Unicode bidi algorithm) and shaped word by word with
HarfBuzz (uharfbuzz, through reportlab's shaping support): reportlab alone neither joins
Arabic letters nor puts right-to-left words in visual order.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR = "WarehouseSans"
BOLD = "WarehouseSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# Bidi classes that belong to a right-to-left run when drawn.
_RTL_CLASSES = {"R", "AL", "NSM"}


def font_path(name: str) -> Path:
    return FONT_DIR / FONT_FILES[name]


@functools.cache
def register_fonts() -> None:
    """Register the embedded fonts with reportlab once per process."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@dataclass(frozen=True)
class Run:
    """A piece of text in visual order; `rtl` runs are in logical order, to be shaped."""

    text: str
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
    try:
        from bidi import get_display
    except ImportError:  # python-bidi missing: at least draw the words, in logical order
        return (Run(text, True),)
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


def can_shape() -> bool:
    """True when HarfBuzz is there to join Arabic letters."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=65536)
def _run_width(text: str, rtl: bool, font: str, size: float) -> float:
    if rtl and can_shape():
        from reportlab.pdfbase.ttfonts import shapeStr

        shaped = shapeStr(text, font, size)
        data = getattr(shaped, "__shapeData__", None)
        if data:
            return sum(glyph.x_advance for glyph in data) * size / 1000
    return pdfmetrics.stringWidth(text, font, size)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` drawn in `font` at `size` points."""
    register_fonts()
    if not has_rtl(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(_run_width(run.text, run.rtl, font, size) for run in visual_runs(text))


def draw_text(canvas: object, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw `text` with its left end at (x, y) on a reportlab canvas, shaping Arabic."""
    register_fonts()
    canvas.setFont(font, size)  # type: ignore[attr-defined]
    if not has_rtl(text):
        canvas.drawString(x, y, text)  # type: ignore[attr-defined]
        return
    shaping = can_shape()
    for run in visual_runs(text):
        piece: str = run.text
        if run.rtl and shaping:
            from reportlab.pdfbase.ttfonts import shapeStr

            # A ShapedStr carries HarfBuzz's glyphs and advances; the canvas draws those.
            piece = shapeStr(run.text, font, size)
        elif run.rtl:
            piece = run.text[::-1]  # no HarfBuzz: letters unjoined, but in reading order
        canvas.drawString(x, y, piece)  # type: ignore[attr-defined]
        x += _run_width(run.text, run.rtl, font, size)


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    """(ascent, descent) in points; descent is negative."""
    register_fonts()
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return ascent, descent


def paragraph_text(text: object) -> str:
    """User text made safe for reportlab's Paragraph mini-markup (`&`, `<`, `>`)."""
    from xml.sax.saxutils import escape

    return escape("" if text is None else str(text))
