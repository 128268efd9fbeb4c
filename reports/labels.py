"""The label kinds (box, blank box, shelf, van load, bench cards) and writing them out.

`*_contents` read the database and say what each label prints; `write_labels` lays the
labels out in a format and writes PDF, PNG or ZPL by the output file's suffix.  Blank box
labels reserve their codes only once the format and output are known to be good, so a
mistyped option never wastes codes, and a code once printed is never handed out again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from reports.barcodes import SUPPORTED_DPI, VAN_BAR_HEIGHT_MM
from reports.formats import DEFAULT_FORMAT, LabelFormat, get_format
from reports.layout import Label, LabelContent, layout_label
from reports.render import (
    draw_labels_png,
    labels_to_pdf,
    labels_to_zpl,
    place,
    png_paths,
    save_png,
)
from warehouse_desktop import settings
from warehouse_desktop.codes import CodeKind, Command, classify, command_code, make_code
from warehouse_desktop.errors import InputError
from warehouse_desktop.models import (
    Box,
    BoxState,
    Category,
    Location,
    VanLoad,
    VanLoadState,
)

LABEL_KINDS = ("boxes", "blank", "shelves", "vans", "cards")
OUTPUTS = ("pdf", "png", "zpl")
BENCH_COMMANDS = (
    Command.CHECK_IN,
    Command.LOAD,
    Command.DISPATCH,
    Command.COUNT,
    Command.DONE,
    Command.UNDO,
    Command.LOOK,
    Command.SIGN_OUT,
)
# Quantity cards on the bench sheet: the counts boxes are usually packed with.
BENCH_QUANTITIES = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50)
MAX_BLANK_LABELS = 5000

# The few fixed words printed on labels, in the label language.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "size": "Size",
        "one_size": "One size",
        "items": "{n} items",
        "item": "1 item",
        "packed": "Packed {date}",
        "boxes": "{n} boxes",
        "box": "1 box",
        "contents": "Contents ____________",
        "size_qty": "Size ______  Qty ____",
        "men": "Men",
        "women": "Women",
        "unisex_adult": "Adults",
        "boys": "Boys",
        "girls": "Girls",
        "unisex_kids": "Children",
        "baby": "Baby",
        "none": "",
        "check_in": "CHECK IN",
        "load": "LOAD VAN",
        "dispatch": "DISPATCH",
        "count": "COUNT",
        "done": "DONE",
        "undo": "UNDO",
        "check_in_help": "Back to checking boxes in",
        "load_help": "Then scan the van-load code",
        "dispatch_help": "The van leaves with its boxes",
        "count_help": "Stock-take: then scan the shelf",
        "done_help": "End the stock-take",
        "undo_help": "Take back the last scan",
        "look": "LOOK",
        "look_help": "The next box is shown, never moved",
        "sign_out": "SIGN OUT",
        "sign_out_help": "Leaving the bench",
        "quantity": "{n} PER BOX",
        "quantity_help": "Items in the next boxes",
        "volunteer": "Volunteer card",
        "bench_card": "Bench card",
    },
    "fr": {
        "size": "Taille",
        "one_size": "Taille unique",
        "items": "{n} articles",
        "item": "1 article",
        "packed": "Emballé le {date}",
        "boxes": "{n} cartons",
        "box": "1 carton",
        "contents": "Contenu ____________",
        "size_qty": "Taille ______  Qté ____",
        "men": "Hommes",
        "women": "Femmes",
        "unisex_adult": "Adultes",
        "boys": "Garçons",
        "girls": "Filles",
        "unisex_kids": "Enfants",
        "baby": "Bébé",
        "none": "",
        "check_in": "ENTRÉE",
        "load": "CHARGER",
        "dispatch": "DÉPART",
        "count": "INVENTAIRE",
        "done": "TERMINÉ",
        "undo": "ANNULER",
        "check_in_help": "Retour à l'entrée des cartons",
        "load_help": "Puis scanner le code du chargement",
        "dispatch_help": "La camionnette part avec ses cartons",
        "count_help": "Inventaire : puis scanner l'étagère",
        "done_help": "Terminer l'inventaire",
        "undo_help": "Annuler le dernier scan",
        "look": "VOIR",
        "look_help": "Le carton suivant est montré, jamais déplacé",
        "sign_out": "FIN DE POSTE",
        "sign_out_help": "Je quitte le poste",
        "quantity": "{n} PAR CARTON",
        "quantity_help": "Articles dans les cartons suivants",
        "volunteer": "Carte bénévole",
        "bench_card": "Carte de poste",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def warehouse_name() -> str:
    return settings.warehouse_name().strip() or settings.DEFAULT_WAREHOUSE_NAME


def normalise_codes(codes: Sequence[str]) -> list[str]:
    """Codes as printed: upper case, and repaired if typed through another keyboard layout."""
    result = []
    for raw in codes:
        parsed = classify(raw)
        result.append(parsed.code if parsed.ok else raw.strip().upper())
    return result


def _second_name(category: Category, lang: str) -> str:
    names = category.names or {}
    second = names.get(lang) or ""
    return "" if second == category.name else second


def _size_text(size: str, w: dict[str, str]) -> str:
    if not size:
        return ""
    if size.strip().casefold() == "one size":
        return w["one_size"]
    return f"{w['size']} {size}"


def _count(n: int, w: dict[str, str], one: str, many: str) -> str:
    return w[one] if n == 1 else w[many].format(n=n)


# --- what each label says ---------------------------------------------------------------


def box_content(box: Box, lang: str = "fr", warehouse: str | None = None) -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    category: Category = box.category
    gender = w.get(category.gender, "")
    size_line = " · ".join(part for part in (_size_text(box.size, w), gender) if part)
    packed = box.packed_at.date().isoformat() if box.packed_at else ""
    return LabelContent(
        code=box.code,
        heading=category.name,
        subheading=_second_name(category, lang),
        details=(
            size_line,
            _count(box.quantity, w, "item", "items"),
            w["packed"].format(date=packed),
        ),
        footer=warehouse if warehouse is not None else warehouse_name(),
        kind="box",
    )


def box_contents(codes: Sequence[str] | None, lang: str = "fr") -> list[LabelContent]:
    """Box labels for `codes` (in that order), or every box in stock when codes is None."""
    query = Box.select(Box, Category).join(Category)
    warehouse = warehouse_name()
    if codes is None:
        boxes = list(query.where(Box.state == BoxState.IN_STOCK.value).order_by(Box.code))
    else:
        found = {b.code: b for b in query.where(Box.code.in_([c.upper() for c in codes]))}
        missing = [c for c in codes if c.upper() not in found]
        if missing:
            raise InputError("label_box_unknown", code=missing[0])
        boxes = [found[c.upper()] for c in codes]
    return [box_content(box, lang, warehouse) for box in boxes]


def blank_content(code: str, lang: str = "en", warehouse: str | None = None) -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    return LabelContent(
        code=code,
        heading=warehouse if warehouse is not None else warehouse_name(),
        details=(w["contents"], w["size_qty"]),
        kind="blank",
    )


def shelf_content(location: Location, warehouse: str) -> LabelContent:
    return LabelContent(code=location.code, heading=location.name, footer=warehouse, kind="shelf")


def shelf_contents(codes: Sequence[str] | None) -> list[LabelContent]:
    warehouse = warehouse_name()
    if codes is None:
        locations = list(Location.select().where(Location.active).order_by(Location.name))
    else:
        found = {
            loc.code: loc
            for loc in Location.select().where(Location.code.in_([c.upper() for c in codes]))
        }
        missing = [c for c in codes if c.upper() not in found]
        if missing:
            raise InputError("label_location_unknown", code=missing[0])
        locations = [found[c.upper()] for c in codes]
    return [shelf_content(loc, warehouse) for loc in locations]


def van_content(load: VanLoad, lang: str = "en", today: dt.date | None = None) -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    rows = (
        Box.select(Category.name, pw.fn.COUNT(Box.id))
        .join(Category)
        .where(Box.van_load == load.id)
        .group_by(Category.name)
        .order_by(pw.fn.COUNT(Box.id).desc(), Category.name)
        .tuples()
    )
    summary = [(name, n) for name, n in rows]
    total = sum(n for _, n in summary)
    contents = ", ".join(f"{n} × {name}" for name, n in summary[:4])
    if len(summary) > 4:
        contents += ", …"
    when = load.dispatched_at or load.created_at
    day = when.date() if when else (today or dt.date.today())
    return LabelContent(
        code=load.code,
        heading=load.destination,
        details=(day.isoformat(), _count(total, w, "box", "boxes")),
        note=contents,
        bar_height_mm=VAN_BAR_HEIGHT_MM,
        kind="van",
    )


def van_contents(codes: Sequence[str] | None, lang: str = "en") -> list[LabelContent]:
    if codes is None:
        loads = list(
            VanLoad.select()
            .where(VanLoad.state == VanLoadState.LOADING.value)
            .order_by(VanLoad.code)
        )
    else:
        found = {
            v.code: v for v in VanLoad.select().where(VanLoad.code.in_([c.upper() for c in codes]))
        }
        missing = [c for c in codes if c.upper() not in found]
        if missing:
            raise InputError("label_van_unknown", code=missing[0])
        loads = [found[c.upper()] for c in codes]
    return [van_content(load, lang) for load in loads]


def category_card(category: Category, lang: str = "fr") -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    gender = w.get(category.gender, "")
    sizes = category.sizes or []
    if len(sizes) > 1:
        size_text = f"{sizes[0]} … {sizes[-1]}"
    else:
        size_text = _size_text(sizes[0], w) if sizes else ""
    detail = " · ".join(x for x in (gender, size_text) if x)
    return LabelContent(
        code=category.code,
        heading=category.name,
        subheading=_second_name(category, lang),
        details=(detail,) if detail else (),
        kind="card",
        border=True,
    )


def command_card(command: Command, lang: str = "en") -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    return LabelContent(
        code=command_code(command),
        heading=w[command.value],
        details=(w[f"{command.value}_help"],),
        kind="command",
        border=True,
    )


def size_card(category: Category, index: int, lang: str = "fr") -> LabelContent:
    """A category-and-size card: sets the category and the size with one scan."""
    w = words("fr" if lang == "fr" else "en")
    size = category.sizes[index]
    gender = w.get(category.gender, "")
    return LabelContent(
        code=make_code(CodeKind.CATEGORY, classify(category.code).number or 0, size_index=index),
        heading=category.name,
        subheading=_second_name(category, lang),
        details=(" · ".join(x for x in (gender, _size_text(size, w)) if x),),
        kind="card",
        border=True,
    )


def quantity_card(quantity: int, lang: str = "en") -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    return LabelContent(
        code=command_code(Command.QUANTITY, quantity),
        heading=w["quantity"].format(n=quantity),
        details=(w["quantity_help"],),
        kind="command",
        border=True,
    )


def volunteer_card(name: str, code: str, lang: str = "en") -> LabelContent:
    w = words("fr" if lang == "fr" else "en")
    return LabelContent(
        code=code, heading=name, details=(w["volunteer"],), kind="card", border=True
    )


def card_contents(lang: str = "fr") -> list[LabelContent]:
    """Every active category's card and its size cards, the command cards, the quantity
    cards, then every active volunteer's card."""
    from warehouse_desktop.volunteers import list_volunteers

    categories = Category.select().where(Category.active).order_by(Category.group, Category.name)
    command_lang = "fr" if lang == "fr" else "en"
    cards = []
    for category in categories:
        cards.append(category_card(category, lang))
        if len(category.sizes or []) > 1:
            cards += [size_card(category, i, lang) for i in range(len(category.sizes))]
    cards += [command_card(c, command_lang) for c in BENCH_COMMANDS]
    cards += [quantity_card(q, command_lang) for q in BENCH_QUANTITIES]
    cards += [volunteer_card(v.name, v.card_code, command_lang) for v in list_volunteers()]
    return cards


# --- writing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelJob:
    """A checked request to print labels: format, output kind, where, and how."""

    fmt: LabelFormat
    output: str
    out: Path
    skip: int = 0
    offset: tuple[float, float] = (0.0, 0.0)
    dpi: int = 0

    @property
    def resolution(self) -> int:
        return self.dpi or self.fmt.dpi


def label_job(
    out: Path | str,
    fmt: str = DEFAULT_FORMAT,
    *,
    skip: int = 0,
    offset: tuple[float, float] = (0.0, 0.0),
    dpi: int | None = None,
) -> LabelJob:
    """Check every option before anything is reserved or written."""
    out = Path(out)
    label_format = get_format(fmt)
    output = out.suffix.lower().lstrip(".")
    if output not in OUTPUTS:
        raise InputError("label_output_suffix", path=str(out))
    if output not in label_format.outputs:
        raise InputError(
            "label_output_unsupported",
            output=output.upper(),
            format=label_format.name,
            outputs=", ".join(o.upper() for o in label_format.outputs),
        )
    if dpi is not None and dpi not in SUPPORTED_DPI:
        raise InputError("label_dpi", dpi=dpi)
    if any(abs(v) > 20 for v in offset):
        raise InputError("label_offset_range")
    if skip < 0 or (skip and skip >= label_format.per_page):
        raise InputError("label_skip_range", skip=skip, per_page=label_format.per_page)
    if not out.parent.is_dir():
        raise InputError("file_unwritable", path=str(out), detail="no such folder")
    return LabelJob(label_format, output, out, skip, offset, dpi or 0)


def lay_out(contents: Iterable[LabelContent], job: LabelJob) -> list[Label]:
    fmt = job.fmt
    return [
        layout_label(c, fmt.label_width, fmt.label_height, job.resolution, fmt.margin)
        for c in contents
    ]


def render_labels(labels: Sequence[Label], job: LabelJob, title: str = "Labels") -> list[Path]:
    """Write the labels; returns the files written (several PNGs for several pages)."""
    if not labels:
        raise InputError("label_nothing")
    dpi = job.resolution
    try:
        if job.output == "zpl":
            data = labels_to_zpl(labels, dpi, job.offset).encode("ascii")
            _write_bytes(job.out, data)
            return [job.out]
        pages = place(labels, job.fmt, job.skip, job.offset)
        if job.output == "pdf":
            _write_bytes(job.out, labels_to_pdf(pages, job.fmt, dpi, title))
            return [job.out]
        paths = png_paths(job.out, len(pages))
        for page, path in zip(pages, paths, strict=True):
            save_png(draw_labels_png(page, job.fmt, dpi), path, dpi)
        return paths
    except OSError as exc:
        raise InputError("file_unwritable", path=str(job.out), detail=exc.strerror) from exc


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def write_labels(
    kind: str,
    out: Path | str,
    fmt: str = DEFAULT_FORMAT,
    *,
    codes: Sequence[str] | None = None,
    count: int = 0,
    skip: int = 0,
    offset: tuple[float, float] = (0.0, 0.0),
    dpi: int | None = None,
    lang: str = "fr",
) -> list[Path]:
    """Make labels of `kind` ('boxes', 'blank', 'shelves', 'vans', 'cards') into `out`."""
    job = label_job(out, fmt, skip=skip, offset=offset, dpi=dpi)
    return render_labels(
        lay_out(label_contents(kind, codes=codes, count=count, lang=lang), job), job
    )


def label_contents(
    kind: str, *, codes: Sequence[str] | None = None, count: int = 0, lang: str = "fr"
) -> list[LabelContent]:
    """What the labels of `kind` say.  For 'blank' this reserves `count` fresh box codes."""
    if codes is not None:
        codes = normalise_codes(codes)
    if kind == "boxes":
        return box_contents(codes, lang)
    if kind == "shelves":
        return shelf_contents(codes)
    if kind == "vans":
        return van_contents(codes, lang)
    if kind == "cards":
        return card_contents(lang)
    if kind == "blank":
        if not 1 <= count <= MAX_BLANK_LABELS:
            raise InputError("label_blank_count", limit=MAX_BLANK_LABELS)
        from warehouse_desktop.numbering import reserve_codes

        warehouse = warehouse_name()
        return [blank_content(code, lang, warehouse) for code in reserve_codes(CodeKind.BOX, count)]
    raise InputError("label_kind_unknown", kind=kind, known=", ".join(LABEL_KINDS))
