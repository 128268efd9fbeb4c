"""Labels read from two metres, in every script, by scanner and by phone.

Glyph coverage of every name the catalogue can hold, one label per script rasterised and
compared with what a font without the script prints (empty boxes), type sizes measured on
the rendered pixels (not the sizes asked for), Code128 and QR decoded by zxing-cpp from
every format and output, ZPL text in one typeface, two label languages, margins and
calibration offsets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from reports.fonts import BOLD, REGULAR, missing_glyphs
from reports.formats import FORMATS, get_format
from reports.labels import (
    LABEL_KINDS,
    Languages,
    label_contents,
    label_job,
    label_languages,
    lay_out,
    render_labels,
    store_label_languages,
)
from reports.layout import PT_PER_MM, TALL_RULES, WIDE_RULES, LabelContent, TextItem
from reports.render import place
from tests.reports.report_helpers import (
    ARABIC_NAME,
    HOSTILE_NAMES,
    KURMANJI_NAME,
    PASHTO_NAME,
    PERSIAN_NAME,
    RASTER_DPI,
    SORANI_NAME,
    TIGRINYA_NAME,
    decode,
    decode_qr,
    pdf_text,
    rasterise,
    rasterise_zpl,
)
from warehouse_desktop.errors import InputError

SCRIPTS = {
    "latin": "Étagère Çakêtên",
    "arabic": ARABIC_NAME,
    "persian": PERSIAN_NAME,
    "pashto": PASHTO_NAME,
    "sorani": SORANI_NAME,
    "tigrinya": TIGRINYA_NAME,
    "amharic": HOSTILE_NAMES["ethiopic"],
}
HOSTILE = [*HOSTILE_NAMES.values(), KURMANJI_NAME, *SCRIPTS.values(), "Mixed ብርድ and جاكيت 42"]
CAP_HEIGHT_EM = 0.729  # DejaVu Sans capitals and digits


def _mm(px: int, dpi: int) -> float:
    return px * 25.4 / dpi


def _ink_height(image: Image.Image, box_mm: tuple[float, float, float, float], dpi: int) -> float:
    """Height (mm) of the ink inside a box of the page (mm), at the image's dpi."""
    x0, y0, x1, y1 = (round(v * dpi / 25.4) for v in box_mm)
    crop = image.convert("L").crop((x0, y0 + 1, x1 + 1, y1))
    bbox = crop.point(lambda v: 255 if v < 128 else 0).getbbox()
    return _mm(bbox[3] - bbox[1], dpi) if bbox else 0.0


def _measurable(text: str) -> bool:
    # Lines with a capital letter or a digit: their ink is at least the cap height.
    return any(ch.isascii() and (ch.isupper() or ch.isdigit()) for ch in text)


def _heights_by_role(image: Image.Image, label_items: list, origin: tuple[float, float], dpi: int):
    """The tallest measured ink per role (heading, detail...) of one label, in mm."""
    ox, oy = origin
    heights: dict[str, float] = {}
    for item in label_items:
        if not isinstance(item, TextItem) or not _measurable(item.text):
            continue
        box = (ox + item.x, oy + item.top, ox + item.x + item.width, oy + item.bottom)
        heights[item.role] = max(heights.get(item.role, 0.0), _ink_height(image, box, dpi))
    return heights


def _cap_mm(points: float) -> float:
    return CAP_HEIGHT_EM * points / PT_PER_MM


MEASURED = [
    LabelContent(
        "B0000001G",
        "Very long name " + "X" * 120,
        "Vestes " + "Y" * 80,
        ("Size/Taille XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "Men/Hommes", "12 items/articles", "2026-11-20"),
        "Entrepôt " + "Z" * 60,
    ),
    LabelContent("B0000001G", "SCHLAFSÄCKEUNDWÄRMEDECKENFÜRKINDER123"),
    LabelContent("B0000001G", "Men's jackets", "Vestes homme", ("Size M", "Men", "12 items", "Packed 2026-11-20"), "Calais Aid Warehouse (demo)"),
    LabelContent("V000010", "Grande-Synthe — Puythouck " * 4, details=("2026-11-20", "12 boxes"), note="3 × Vestes, 9 × Chaussettes " * 5, bar_height_mm=25.0, kind="van"),
    LabelContent("L0001F", "A1", footer="Calais Aid Warehouse", kind="shelf"),
    LabelContent("K0001X", "CHECK IN", "ENTRÉE", ("Back to checking boxes in", "Retour à l'entrée des cartons"), kind="command", border=True),
]  # fmt: skip
OUTPUT_CASES = [(fmt.name, output) for fmt in FORMATS.values() for output in fmt.outputs]


def _render_pages(tmp_path: Path, fmt_name: str, output: str, contents: list[LabelContent]):
    """(page images, dpi, labels with their page and origin) as printed."""
    job = label_job(tmp_path / f"m-{fmt_name}.{output}", fmt_name)
    labels = lay_out(contents, job)
    paths = render_labels(labels, job)
    fmt = job.fmt
    if output == "zpl":
        images = rasterise_zpl(
            paths[0].read_text(encoding="ascii"), job.resolution, fmt.label_width, fmt.label_height
        )
        return images, job.resolution, [(lab, i, (0.0, 0.0)) for i, lab in enumerate(labels)]
    spots = [
        (p.label, n, (p.at.x, p.at.y)) for n, page in enumerate(place(labels, fmt)) for p in page
    ]
    if output == "pdf":
        return rasterise(paths[0]), RASTER_DPI, spots
    return [Image.open(p) for p in paths], fmt.dpi, spots


# --- every script renders ----------------------------------------------------------------


def test_every_character_of_every_name_has_a_glyph(demo_copy: Path) -> None:
    from warehouse_desktop.models import Category, Location, VanLoad

    names = [HOSTILE_NAMES["long"], *HOSTILE]
    for category in Category.select():
        names.append(category.name)
        names.extend((category.names or {}).values())
    names += [loc.name for loc in Location.select()] + [v.destination for v in VanLoad.select()]
    assert any(TIGRINYA_NAME == n for n in names)
    for name in names:
        for style in (REGULAR, BOLD):
            assert missing_glyphs(name, style) == [], (name, style)
    # The check itself sees a character no font has.
    assert missing_glyphs("Box \ue000", BOLD) == ["\ue000"]


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_one_label_per_script_prints_letters_not_boxes(tmp_path: Path, script: str) -> None:
    """The heading of a 62 x 100 label, rasterised at 203 dpi, against the same text drawn
    with DejaVu alone (what the old labels printed: empty boxes for Ethiopic) and against
    a row of .notdef boxes."""
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import register_fonts

    name = SCRIPTS[script]
    job = label_job(tmp_path / "s.pdf", "62x100")
    [label] = lay_out([LabelContent("B0000001G", name)], job)
    render_labels([label], job)
    heading = [i for i in label.items if isinstance(i, TextItem) and i.role == "heading"]
    assert heading and "".join(i.text for i in heading).replace(" ", "") == name.replace(" ", "")
    [page] = rasterise(tmp_path / "s.pdf")

    def drawn_alone(text: str, out: Path) -> Image.Image:
        register_fonts()
        canvas = Canvas(str(out), pagesize=(62 * PT_PER_MM, 100 * PT_PER_MM))
        for item in heading:
            canvas.setFont(item.font, item.size)
            canvas.drawString(
                item.x * PT_PER_MM, (100 - item.baseline) * PT_PER_MM, text or item.text
            )
        canvas.save()
        return rasterise(out)[0]

    def ink(image: Image.Image) -> Image.Image:
        top = min(i.top for i in heading)
        bottom = max(i.bottom for i in heading)
        box = (0, round(top * RASTER_DPI / 25.4), image.width, round(bottom * RASTER_DPI / 25.4))
        return image.convert("L").crop(box).point(lambda v: 255 if v < 128 else 0)

    printed = ink(page)
    assert printed.getbbox(), "nothing printed"
    tofu = ink(drawn_alone("\ue000" * len(heading[0].text), tmp_path / "tofu.pdf"))
    assert _differs(printed, tofu)
    if script != "latin":  # DejaVu alone has no such letters (or no joined forms)
        assert _differs(printed, ink(drawn_alone("", tmp_path / "dejavu.pdf")))
    fonts = _pdf_fonts(tmp_path / "s.pdf")
    if script in ("tigrinya", "amharic"):
        assert "NotoSansEthiopic" in fonts
    elif script != "latin":
        assert "NotoSansArabic" in fonts


def _differs(a: Image.Image, b: Image.Image) -> bool:
    from PIL import ImageChops

    diff = ImageChops.difference(a, b).histogram()
    ink = max(1, sum(a.histogram()[128:]))
    return sum(diff[128:]) > 0.2 * ink


def _pdf_fonts(pdf: Path) -> str:
    import subprocess

    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def test_sheets_embed_the_fallback_fonts(labels_db: dict, tmp_path: Path) -> None:
    from reports.stock_sheet import write_stock_sheet

    write_stock_sheet(tmp_path / "s.pdf", exported_by="Amina")
    fonts = _pdf_fonts(tmp_path / "s.pdf")
    assert "NotoSansEthiopic" in fonts  # the Ethiopic category name
    assert HOSTILE_NAMES["ethiopic"] in " ".join(pdf_text(tmp_path / "s.pdf").split())


# --- type sizes, measured on the printed pixels ------------------------------------------


@pytest.mark.parametrize(
    ("fmt_name", "output"), OUTPUT_CASES, ids=[f"{f}-{o}" for f, o in OUTPUT_CASES]
)
def test_rendered_type_never_falls_under_the_minimum(
    tmp_path: Path, fmt_name: str, output: str
) -> None:
    fmt = get_format(fmt_name)
    rules = WIDE_RULES if fmt.is_sheet else TALL_RULES
    minimum = {"heading": rules.heading, "subheading": rules.subheading, "detail": rules.detail,
               "note": rules.detail}  # fmt: skip
    images, dpi, spots = _render_pages(tmp_path, fmt_name, output, MEASURED)
    for label, page, origin in spots:
        heights = _heights_by_role(images[page], label.items, origin, dpi)
        assert heights.get("heading"), label.content.heading
        for role, points in minimum.items():
            if role in heights:
                # 0.3 mm: one dot at 203 dpi is 0.125 mm, and edges round both ways.
                assert heights[role] >= _cap_mm(points) - 0.3, (label.content.kind, role, heights)
        if label.content.kind == "van":  # the destination at least as large as the code
            assert heights["heading"] >= heights["code"] - 0.2, heights


def test_long_names_are_cut_with_an_ellipsis_not_shrunk(labels_db: dict, tmp_path: Path) -> None:
    for fmt_name, minimum in (("l7163", 14.0), ("62x100", 24.0), ("4x6", 24.0)):
        job = label_job(tmp_path / f"{fmt_name}.pdf", fmt_name)
        labels = lay_out(label_contents("boxes", codes=labels_db["boxes"]), job)
        headings = [
            [i for i in lab.items if isinstance(i, TextItem) and i.role == "heading"]
            for lab in labels
        ]
        assert all(h and min(i.size for i in h) >= minimum - 1e-6 for h in headings)
        long = [h for h in headings if h[0].text.startswith("Very long")]
        assert long and long[0][-1].text.endswith("…")
        # 38 letters without a space: broken inside the word, whole or cut, never shrunk.
        nospace = [h for h in headings if h[0].text.startswith("Schlaf")]
        shown = "".join(i.text for i in nospace[0])
        assert shown == HOSTILE_NAMES["nospace"] or shown.endswith("…")


# --- Code128 and QR from every format ----------------------------------------------------


@pytest.mark.parametrize(
    ("fmt_name", "output"), OUTPUT_CASES, ids=[f"{f}-{o}" for f, o in OUTPUT_CASES]
)
def test_qr_beside_code128_holds_the_same_code(
    labels_db: dict[str, list[str]], tmp_path: Path, fmt_name: str, output: str
) -> None:
    for kind in ("boxes", "shelves", "vans", "cards", "blank"):
        codes = labels_db.get(kind)
        contents = label_contents(kind, codes=codes) if codes else label_contents(kind, count=2)
        expected = sorted(c.code for c in contents)
        job = label_job(tmp_path / f"{kind}.{output}", fmt_name)
        paths = render_labels(lay_out(contents, job), job)
        if output == "zpl":
            zpl = paths[0].read_text(encoding="ascii")
            qr = re.findall(r"\^BQN,2,(\d+)\^FDMA,([A-Z0-9]+)\^FS", zpl)
            assert sorted(code for _, code in qr) == expected
            # Magnification: whole dots, at most the printer's 10, at least 0.6 mm.
            assert all(2 <= int(m) <= 10 and int(m) * 25.4 / job.resolution >= 0.6 for m, _ in qr)
            images = rasterise_zpl(zpl, job.resolution, job.fmt.label_width, job.fmt.label_height)
        elif output == "pdf":
            images = rasterise(paths[0])
        else:
            images = [Image.open(p) for p in paths]
        bars = sorted(code for image in images for code in decode(image))
        assert bars == expected, (kind, fmt_name, output)
        if output != "zpl":
            qrs = sorted(code for image in images for code in decode_qr(image))
            assert qrs == expected, (kind, fmt_name, output)
            assert not any("/" in code or ":" in code for code in qrs)  # no URL


def test_qr_is_big_enough_for_a_phone(tmp_path: Path) -> None:
    from reports.layout import QrItem

    for fmt in FORMATS.values():
        job = label_job(tmp_path / "q.pdf", fmt.name)
        [label] = lay_out([LabelContent("B0000001G", "Men's jackets")], job)
        [qr] = [i for i in label.items if isinstance(i, QrItem)]
        # A version-1 symbol at least 14 mm across reads from about 40 cm; rolls bigger.
        assert qr.geometry.symbol_mm >= (14.0 if fmt.is_sheet else 17.0), fmt.name


# --- ZPL text in one typeface --------------------------------------------------------------


def test_zpl_text_is_all_bitmaps_of_the_embedded_fonts(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    job = label_job(tmp_path / "b.zpl", "4x6")
    labels = lay_out(label_contents("boxes", codes=labels_db["boxes"][:2]), job)
    zpl = render_labels(labels, job)[0].read_text(encoding="ascii")
    assert "^A" not in zpl and "^FT" not in zpl  # never the printer's own font
    texts = [i for i in labels[0].items if isinstance(i, TextItem)]
    first = zpl.split("^XZ")[0]
    assert first.count("^GFA,") == len(texts)
    # Each bitmap is as wide as the layout measured the line with the embedded font.
    widths = [int(w) * 8 for w in re.findall(r"\^GFA,\d+,\d+,(\d+),", first)]
    for item, width in zip(texts, widths, strict=True):
        assert abs(width - item.width * 203 / 25.4) <= 12, item.text


# --- languages -----------------------------------------------------------------------------


def test_labels_speak_english_by_default_and_add_the_second_language(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    assert label_languages() == Languages("en", "")
    english = label_contents("boxes", codes=labels_db["boxes"][:1])[0]
    assert english.details[0].startswith("Size ") and "Taille" not in " ".join(english.details)
    commands = [c for c in label_contents("cards") if c.kind == "command"]
    assert [c.heading for c in commands][:2] == ["CHECK IN", "LOAD VAN"]
    assert not any(c.subheading for c in commands)
    both = label_contents("boxes", codes=labels_db["boxes"][:1], lang="fr")[0]
    assert both.heading == "Vestes homme" and both.subheading == "Vestes pour hommes (été)"
    assert both.details[0].startswith("Size/Taille ") and both.details[1] == "Men/Hommes"
    cards = label_contents("cards", lang="fr")
    check_in = next(c for c in cards if c.kind == "command")
    assert (check_in.heading, check_in.subheading) == ("CHECK IN", "ENTRÉE")
    assert len(check_in.details) == 2
    blank = label_contents("blank", count=1, lang="fr")[0]
    assert blank.details[0].startswith("Contents/Contenu")


def test_label_languages_are_a_shared_setting(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    from warehouse_desktop.cli import main

    assert main(["label-languages", "fr", "ti"]) == 0
    assert label_languages() == Languages("fr", "ti")
    box = label_contents("boxes", codes=labels_db["boxes"][:1])[0]
    assert box.heading == "Vestes pour hommes (été)" and box.subheading == TIGRINYA_NAME
    assert box.details[0].startswith("Taille ")  # Tigrinya has names here, not words
    out = tmp_path / "b.pdf"
    assert main(["labels", "boxes", "--codes", labels_db["boxes"][0], "--format", "4x6",
                 "--out", str(out)]) == 0  # fmt: skip
    assert "NotoSansEthiopic" in _pdf_fonts(out)
    # --lang adds a second language for one run; it never replaces the first.
    assert main(["labels", "boxes", "--codes", labels_db["boxes"][0], "--lang", "ar",
                 "--format", "4x6", "--out", str(out)]) == 0  # fmt: skip
    text = " ".join(pdf_text(out).split())
    assert "Vestes pour hommes" in text and "Taille" in text
    with pytest.raises(InputError):
        store_label_languages("xx")
    assert label_languages() == Languages("fr", "ti")


# --- margins, calibration and one label on its own page ------------------------------------


def test_a_calibration_offset_that_cuts_a_barcode_is_refused(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    from warehouse_desktop.cli import main

    out = tmp_path / "s.pdf"
    assert main(["labels", "shelves", "--all", "--offset-x", "1.5", "--offset-y", "-1",
                 "--out", str(out)]) == 0  # fmt: skip
    for offset in ((-3.0, 0.0), (0.0, 3.0), (12.0, 0.0)):
        with pytest.raises(InputError) as refused:
            label_job(tmp_path / "x.pdf", "l7163", offset=offset)
        assert refused.value.key == "label_offset_cuts_barcode"
    # The database's -wal and -shm come and go with its connections: only written files count.
    before = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("w.db"))
    assert main(["labels", "blank", "--count", "2", "--format", "62x100", "--offset-x", "-15",
                 "--out", str(tmp_path / "b.zpl")]) == 1  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("w.db")) == before


def test_one_label_on_a_page_of_its_own_size(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    job = label_job(tmp_path / "one.pdf", "l7163", own_page=True)
    render_labels(lay_out(label_contents("boxes", codes=labels_db["boxes"][:1]), job), job)
    [page] = rasterise(tmp_path / "one.pdf")
    assert page.size[0] == pytest.approx(99.1 * RASTER_DPI / 25.4, abs=1.5)
    assert page.size[1] == pytest.approx(38.1 * RASTER_DPI / 25.4, abs=1.5)
    assert decode(page) == labels_db["boxes"][:1] == decode_qr(page)


def test_every_kind_lays_out_in_every_format_with_the_hostile_names(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    for fmt in FORMATS.values():
        for kind in LABEL_KINDS:
            codes = labels_db.get(kind)
            contents = (
                label_contents(kind, codes=codes, lang="ar")
                if codes
                else label_contents(kind, count=1, lang="ar")
            )
            job = label_job(tmp_path / "k.pdf", fmt.name)
            for label in lay_out(contents, job) + lay_out(MEASURED, job):
                for item in label.items:
                    if isinstance(item, TextItem):
                        assert missing_glyphs(item.text, item.font) == []
                _no_overlaps(label)


def _no_overlaps(label) -> None:
    """No two text lines, nor a text line and a symbol (with its quiet zone), overlap."""
    from reports.layout import BarcodeItem, QrItem

    boxes = []
    for item in label.items:
        if isinstance(item, TextItem):
            boxes.append((item.x, item.top, item.x + item.width, item.bottom, item))
        elif isinstance(item, BarcodeItem):
            g = item.geometry
            boxes.append((item.x, item.y, item.x + g.width_mm, item.y + g.height_mm, item))
        elif isinstance(item, QrItem):
            side = item.geometry.side_mm
            boxes.append((item.x, item.y, item.x + side, item.y + side, item))
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            overlap = (
                a[0] < b[2] - 0.01
                and b[0] < a[2] - 0.01
                and a[1] < b[3] - 0.01
                and b[1] < a[3] - 0.01
            )
            assert not overlap, (label.content.kind, a[4], b[4])


def test_the_window_language_is_the_default_first_label_language(labels_db: dict) -> None:
    assert label_languages(window_language="fr") == Languages("fr", "")
    assert label_languages(window_language="C") == Languages("en", "")  # not a label language
    store_label_languages("en", "ar")
    assert label_languages(window_language="fr") == Languages("en", "ar")  # the setting wins
