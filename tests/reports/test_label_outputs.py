"""Every label kind in every format and output decodes back to its exact codes.

PDFs are rasterised at 203 dpi with pdftoppm, PNGs are read as written (printer pixels),
ZPL is drawn by a tiny interpreter of the commands the writer emits; zxing-cpp, an
independent decoder, reads every barcode.  The human-readable text is found with pdftotext.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from reports.formats import FORMATS
from reports.labels import LABEL_KINDS, label_contents, label_job, lay_out, render_labels
from tests.reports.report_helpers import HOSTILE_NAMES, decode, pdf_text, rasterise, rasterise_zpl

CASES = [(fmt.name, output) for fmt in FORMATS.values() for output in fmt.outputs]


def _contents(kind: str, codes: dict[str, list[str]]) -> list:
    if kind in ("boxes", "shelves", "vans"):
        return label_contents(kind, codes=codes[kind])
    return label_contents(kind, count=3)


@pytest.mark.parametrize(("fmt", "output"), CASES, ids=[f"{f}-{o}" for f, o in CASES])
def test_every_kind_decodes(
    labels_db: dict[str, list[str]], tmp_path: Path, fmt: str, output: str
) -> None:
    for kind in LABEL_KINDS:
        contents = _contents(kind, labels_db)
        expected = Counter(c.code for c in contents)
        assert expected, kind
        job = label_job(tmp_path / f"{kind}.{output}", fmt, dpi=None)
        labels = lay_out(contents, job)
        paths = render_labels(labels, job, title=kind)
        decoded: Counter[str] = Counter()
        if output == "pdf":
            for page in rasterise(paths[0]):
                decoded.update(decode(page))
            text = pdf_text(paths[0])
            for content in contents:
                assert content.code in text, (kind, content.code)
        elif output == "png":
            for path in paths:
                with Image.open(path) as image:
                    assert image.mode == "1"
                    f = job.fmt
                    assert image.size == (
                        round(f.page_width * f.dpi / 25.4),
                        round(f.page_height * f.dpi / 25.4),
                    )
                    assert round(image.info["dpi"][0]) == f.dpi
                    # 1-bit: no grey anti-aliasing anywhere.
                    histogram = image.convert("L").histogram()
                    assert sum(histogram[1:255]) == 0
                    decoded.update(decode(image))
        else:
            zpl = paths[0].read_text(encoding="ascii")
            assert zpl.count("^XA") == len(contents) == zpl.count("^XZ")
            for image in rasterise_zpl(
                zpl, job.resolution, job.fmt.label_width, job.fmt.label_height
            ):
                decoded.update(decode(image))
        assert decoded == expected, (kind, fmt, output)


def test_hostile_and_accented_text_prints_literally(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    job = label_job(tmp_path / "boxes.pdf", "4x6")
    contents = label_contents("boxes", codes=labels_db["boxes"], lang="fr")
    render_labels(lay_out(contents, job), job)
    # Lines wrap (inside a word that is too long) where the layout chose: compare with
    # whitespace folded, and with none at all for the names without spaces.
    text = " ".join(pdf_text(tmp_path / "boxes.pdf").split())
    bare = "".join(text.split())
    assert "<b>Bold</b>" in text  # markup printed as text, not interpreted
    assert "&amp;" in text
    assert "^XZ^XA^FO0,0^FDPWNED" in bare
    assert '=HYPERLINK("http' in text
    assert "Entrepôt d'Aide — Calais" in text
    assert "Vestes homme" in text and "Vestes pour hommes (été)" in text
    # The 300-character name is cut with an ellipsis, never spilling off the label.
    assert "Very long name" in text and "…" in text
    assert HOSTILE_NAMES["long"] not in text


def test_skip_and_offset_move_labels(labels_db: dict[str, list[str]], tmp_path: Path) -> None:
    """--skip leaves used positions; the calibration offset moves every label."""
    contents = label_contents("shelves", codes=labels_db["shelves"])
    plain = label_job(tmp_path / "plain.png", "l7163")
    render_labels(lay_out(contents, plain), plain)
    moved = label_job(tmp_path / "moved.png", "l7163", skip=5, offset=(2.0, -1.5))
    render_labels(lay_out(contents, moved), moved)
    with Image.open(tmp_path / "plain.png") as a, Image.open(tmp_path / "moved.png") as b:
        box_a = a.convert("L").point(lambda v: 255 - v).getbbox()
        box_b = b.convert("L").point(lambda v: 255 - v).getbbox()
        assert sorted(decode(b)) == sorted(labels_db["shelves"])
    dots_per_mm = 300 / 25.4
    # Skip 5 = the first label lands in row 3, right column; offset 2 mm right, 1.5 mm up.
    assert box_b[1] - box_a[1] == pytest.approx((2 * 38.1 - 1.5) * dots_per_mm, abs=2)
    assert box_b[0] > box_a[0]


def test_roll_formats_have_one_label_per_page(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    contents = label_contents("vans", codes=labels_db["vans"])
    job = label_job(tmp_path / "vans.pdf", "100x150")
    render_labels(lay_out(contents, job), job)
    pages = rasterise(tmp_path / "vans.pdf")
    assert len(pages) == 2
    assert [decode(p) for p in pages] == [[c] for c in labels_db["vans"]]


def test_arabic_names_are_shaped_and_right_to_left(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    import unicodedata

    from tests.reports.report_helpers import ARABIC_NAME

    contents = label_contents("boxes", codes=labels_db["boxes"][:1], lang="ar")
    assert contents[0].subheading == ARABIC_NAME
    job = label_job(tmp_path / "ar.pdf", "62x100")
    render_labels(lay_out(contents, job), job)
    raw = pdf_text(tmp_path / "ar.pdf")
    # Joined letters are drawn with their initial/medial/final glyphs (presentation forms)...
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in raw)
    # ...and read back (pdftotext applies the bidi algorithm) as the name, in order.
    text = "".join(
        ch for ch in unicodedata.normalize("NFKC", raw) if unicodedata.category(ch) != "Cf"
    )
    assert ARABIC_NAME in text
