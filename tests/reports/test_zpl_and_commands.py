"""ZPL escaping and the `labels` / `stock-sheet` / `manifest` command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reports.render import zpl_field
from tests.reports.report_helpers import ARABIC_NAME, HOSTILE_NAMES, decode, pdf_text
from warehouse_desktop.cli import main
from warehouse_desktop.codes import CodeKind, classify
from warehouse_desktop.numbering import issued_up_to

FIELD = re.compile(r"\^FH\^FD(.*?)\^FS")


def _fields(zpl: str) -> list[str]:
    return [bytes.fromhex(raw.replace("_", "")).decode("utf-8") for raw in FIELD.findall(zpl)]


@pytest.mark.parametrize("text", [*HOSTILE_NAMES.values(), "Étagère ^ ~ _ \\ ,", ARABIC_NAME])
def test_zpl_field_data_is_all_hex(text: str) -> None:
    field = zpl_field(text)
    assert re.fullmatch(r"(_[0-9A-F]{2})*", field)
    assert bytes.fromhex(field.replace("_", "")).decode("utf-8") == text


def test_zpl_labels_carry_no_injected_commands(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    out = tmp_path / "shelves.zpl"
    assert main(["labels", "shelves", "--all", "--format", "4x6", "--out", str(out)]) == 0
    zpl = out.read_text(encoding="ascii")
    labels = re.findall(r"\^XA(.*?)\^XZ", zpl, flags=re.S)
    assert len(labels) == 3  # the hostile name did not add or end any label
    # Text goes only as bitmaps of the embedded fonts: no text field at all, so the
    # hostile name reaches the printer as pixels, never as characters.
    assert "PWNED" not in zpl and "^A0" not in zpl and "^FT" not in zpl
    # Field data holds only the QR codes' "MA,<code>"; outside it, only the writer's commands.
    assert all(re.fullmatch(r"MA,[A-Z0-9]+", f) for f in re.findall(r"\^FD(.*?)\^FS", zpl))
    commands = set(re.findall(r"\^([A-Z@][A-Z0-9]?)", re.sub(r"\^FD.*?\^FS", "", zpl)))
    assert commands <= {"XA", "XZ", "CI", "PW", "LL", "LH", "FO", "GB", "FS", "BQ", "GF"}
    assert "~" not in zpl


def test_arabic_text_goes_to_zpl_as_a_graphic(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    out = tmp_path / "cards.zpl"
    assert main(["labels", "cards", "--lang", "ar", "--format", "100x150", "--out", str(out)]) == 0
    zpl = out.read_text(encoding="ascii")
    assert "^GFA," in zpl  # Zebra fonts cannot shape Arabic: it is sent as a bitmap
    assert ARABIC_NAME not in " ".join(_fields(zpl))


def test_blank_labels_reserve_fresh_codes(labels_db: dict[str, list[str]], tmp_path: Path) -> None:
    before = issued_up_to(CodeKind.BOX)
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    assert main(["labels", "blank", "--count", "2", "--format", "62x100", "--out", str(first)]) == 0
    assert (
        main(["labels", "blank", "--count", "2", "--format", "62x100", "--out", str(second)]) == 0
    )
    from PIL import Image

    codes = []
    for stem in ("a", "b"):
        for n in (1, 2):
            with Image.open(tmp_path / f"{stem}-{n:03d}.png") as image:
                codes += decode(image)
    assert len(set(codes)) == 4
    assert all(classify(c).kind is CodeKind.BOX for c in codes)
    assert sorted(classify(c).number for c in codes) == list(range(before + 1, before + 5))
    assert set(codes).isdisjoint(labels_db["boxes"])
    assert issued_up_to(CodeKind.BOX) == before + 4


def test_a_bad_option_reserves_nothing(
    labels_db: dict[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = issued_up_to(CodeKind.BOX)
    assert (
        main(
            [
                "labels",
                "blank",
                "--count",
                "5",
                "--format",
                "l7163",
                "--out",
                str(tmp_path / "x.zpl"),
            ]
        )
        != 0
    )
    assert (
        main(
            ["labels", "blank", "--count", "5", "--format", "a5", "--out", str(tmp_path / "x.pdf")]
        )
        != 0
    )
    assert issued_up_to(CodeKind.BOX) == before
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "warehouse-desktop: ZPL is not made for the l7163 format: use PDF, PNG",
        "warehouse-desktop: Unknown label format a5: use one of l7163, a4-2up, 62x100, 4x6, 100x150",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["labels", "boxes", "--codes", "B9999999X", "--out", "{tmp}/x.pdf"],
            "No box has the code B9999999X",
        ),
        (["labels", "boxes", "--out", "{tmp}/x.pdf"], "Give the codes to print, or --all"),
        (
            ["labels", "shelves", "--all", "--out", "{tmp}/x.docx"],
            "the output must end in .pdf, .png or .zpl",
        ),
        (
            ["labels", "shelves", "--all", "--skip", "14", "--out", "{tmp}/x.pdf"],
            "--skip must be between 0",
        ),
        (["labels", "shelves", "--all", "--out", "{tmp}/missing/x.pdf"], "Cannot write"),
        (["stock-sheet", "--date", "27/11/2026", "--out", "{tmp}/s.pdf"], "is not a date"),
        (["manifest", "V999999", "--out", "{tmp}/m.pdf"], "No van load has the code V999999"),
    ],
)
def test_bad_input_is_one_clear_line(
    labels_db: dict[str, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    status = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    err = capsys.readouterr().err.strip().splitlines()
    assert status != 0
    assert len(err) == 1 and message in err[0], err
    assert "Traceback" not in err[0]


def test_labels_command_with_codes_offset_and_dpi(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    out = tmp_path / "boxes.pdf"
    codes = labels_db["boxes"][:3]
    argv = ["labels", "boxes", "--codes", *codes, "--format", "a4-2up", "--dpi", "203",
            "--offset-x", "1.5", "--offset-y", "-1", "--lang", "ar", "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    text = pdf_text(out)
    assert all(code in text for code in codes)


def test_manifest_lists_the_van_boxes(labels_db: dict[str, list[str]], tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    assert main(["manifest", labels_db["vans"][0].lower(), "--out", str(out)]) == 0
    text = " ".join(pdf_text(out).split())
    assert "Van manifest — Grande-Synthe — Puythouck" in text
    assert labels_db["boxes"][0] in text
    assert "Page 1 of 1" in text


def test_zpl_calibration_offset_moves_every_field(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    plain, moved = tmp_path / "plain.zpl", tmp_path / "moved.zpl"
    code = labels_db["shelves"][:1]
    assert (
        main(["labels", "shelves", "--codes", *code, "--format", "4x6", "--out", str(plain)]) == 0
    )
    argv = ["labels", "shelves", "--codes", *code, "--format", "4x6", "--offset-x", "2.5",
            "--offset-y", "-1.25", "--out", str(moved)]  # fmt: skip
    assert main(argv) == 0
    position = re.compile(r"\^F[OT](\d+),(\d+)")
    before = [(int(x), int(y)) for x, y in position.findall(plain.read_text())]
    after = [(int(x), int(y)) for x, y in position.findall(moved.read_text())]
    assert len(before) == len(after) > 10
    # 2.5 mm = 20 dots right, 1.25 mm = 10 dots up at 203 dpi.
    assert all(
        (xa - xb, ya - yb) == (20, -10) for (xb, yb), (xa, ya) in zip(before, after, strict=True)
    )
    from tests.reports.report_helpers import rasterise_zpl

    [image] = rasterise_zpl(moved.read_text(), 203, 101.6, 152.4)
    assert decode(image) == code


def test_codes_typed_through_a_french_keyboard_are_repaired(
    labels_db: dict[str, list[str]], tmp_path: Path
) -> None:
    from warehouse_desktop.codes import type_through_layout

    typed = type_through_layout(labels_db["boxes"][1], "fr")
    assert typed != labels_db["boxes"][1]
    out = tmp_path / "box.png"
    assert main(["labels", "boxes", "--codes", typed, "--format", "62x100", "--out", str(out)]) == 0
    from PIL import Image

    with Image.open(out) as image:
        assert decode(image) == [labels_db["boxes"][1]]
