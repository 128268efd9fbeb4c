"""Helpers for the label and report tests: rasterising, decoding, reading PDF text."""

from __future__ import annotations

import subprocess
from pathlib import Path

RASTER_DPI = 203

HOSTILE_NAMES = {
    "ethiopic": "ብርድ ልብስ",  # Tigrinya/Amharic: blanket
    "nospace": "Schlafsäckeundwärmedeckenfürkinder1234",  # 40 characters, no space
    "zpl_tilde": "^XA~JR^FO9,9^FDx^FS^XZ",
    "zpl": "^XZ^XA^FO0,0^FDPWNED^FS~JA",
    "markup": "<b>Bold</b> & &amp; <font size=40>x</font>",
    "formula": '=HYPERLINK("http://evil.example","click")',
    "long": "Very long name " + "x" * 285,
}
ARABIC_NAME = "جاكيتات رجالية"
PASHTO_NAME = "د نارینه جاکټونه"
TIGRINYA_NAME = "ጃኬታት ደቂ ተባዕትዮ"
PERSIAN_NAME = "کاپشن مردانه"
SORANI_NAME = "چاکەتی پیاوان"
KURMANJI_NAME = "Çakêtên mêran"


def rasterise(
    pdf: Path, dpi: int = RASTER_DPI, first: int | None = None, last: int | None = None
) -> list:
    """Every page of `pdf` as a greyscale Pillow image at `dpi`, through pdftoppm."""
    from PIL import Image

    prefix = pdf.with_suffix("")
    command = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    subprocess.run([*command, str(pdf), str(prefix)], check=True, capture_output=True)
    pages = sorted(
        pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    images = [Image.open(p) for p in pages]
    for image in images:
        image.load()
    for p in pages:
        p.unlink()
    return images


def decode(image: object, symbology: str = "Code128") -> list[str]:
    """Every symbol of `symbology` (Code128 or QRCode) zxing-cpp finds in the image."""
    import zxingcpp

    if getattr(image, "mode", "L") != "L":
        image = image.convert("L")  # type: ignore[attr-defined]
    kind = getattr(zxingcpp.BarcodeFormat, symbology)
    return [r.text for r in zxingcpp.read_barcodes(image, formats=kind)]


def decode_qr(image: object) -> list[str]:
    return decode(image, "QRCode")


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def rasterise_zpl(zpl: str, dpi: int, width_mm: float, height_mm: float) -> list:
    """A tiny ZPL interpreter for what the label writer emits (^LH, ^FO + ^GB / ^GFA).

    Bars (^GB) and text bitmaps (^GFA) are drawn; a ^BQ QR code is left out (the printer
    draws it: its field data is checked instead).  One image per ^XA...^XZ label.
    """
    import re

    from PIL import Image, ImageDraw

    images = []
    size = (round(width_mm * dpi / 25.4), round(height_mm * dpi / 25.4))
    for body in re.findall(r"\^XA(.*?)\^XZ", zpl, flags=re.S):
        image = Image.new("L", size, 255)
        draw = ImageDraw.Draw(image)
        home = re.search(r"\^LH(\d+),(\d+)", body)
        hx, hy = (int(home[1]), int(home[2])) if home else (0, 0)
        for x, y, w, h in re.findall(r"\^FO(\d+),(\d+)\^GB(\d+),(\d+),\d+\^FS", body):
            x0, y0 = hx + int(x), hy + int(y)
            draw.rectangle((x0, y0, x0 + int(w) - 1, y0 + int(h) - 1), fill=0)
        for x, y, total, _, row_bytes, data in re.findall(
            r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS", body
        ):
            raw = bytes.fromhex(data)
            assert len(raw) == int(total)
            rows = int(total) // int(row_bytes)
            # ZPL: a set bit is black; Pillow's "1" mode: a set bit is white.
            bitmap = Image.frombytes(
                "1", (int(row_bytes) * 8, rows), bytes(b ^ 0xFF for b in raw)
            ).convert("L")
            mask = bitmap.point(lambda v: 255 if v == 0 else 0)
            image.paste(0, (hx + int(x), hy + int(y)), mask)
        images.append(image)
    return images
