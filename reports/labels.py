"""The label kinds (box, blank box, shelf, van load, bench cards) and writing them out.

`*_contents` read the database and say what each label prints; `write_labels` lays the
labels out in a format and writes PDF, PNG or ZPL by the output file's suffix.  Blank box
labels reserve their codes only once the format and output are known to be good, so a
mistyped option never wastes codes, and a code once printed is never handed out again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import peewee as pw

from reports.barcodes import SUPPORTED_DPI, VAN_BAR_HEIGHT_MM, ZPL_MAX_QR_DOTS
from reports.formats import DEFAULT_FORMAT, LabelFormat, get_format
from reports.layout import BarcodeItem, Label, LabelContent, QrItem, TextItem, layout_label
from reports.render import (
    draw_labels_png,
    labels_to_pdf,
    labels_to_zpl,
    place,
    png_paths,
    save_png,
)
from warehouse_desktop import localtime, settings
from warehouse_desktop import words as words_catalogue
from warehouse_desktop.codes import (
    CodeKind,
    Command,
    classify,
    command_code,
    expiry_cards,
    expiry_code,
    make_code,
)
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

# The few fixed words printed on labels, per label language: declared once in
# `reports.messages` (keys `word_*`), English there, every other language from its .ts
# file.  Labels speak the primary label language (English unless set otherwise) and add
# the second one when it is set; a language without its own words prints its names only.
_WORD_PREFIX = "word_"
_words_cache: dict[str, tuple[object, dict[str, str], dict[str, str]]] = {}


def _label_words(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(`lang`'s own words, its words with English for any it lacks), by short key
    ("size"); re-read when its translation file changes."""
    table: object = words_catalogue.translations(lang) if lang != "en" else None
    cached = _words_cache.get(lang)
    if cached is not None and cached[0] is table:
        return cached[1], cached[2]
    keys = [
        key
        for key, entry in words_catalogue.CATALOGUE.items()
        if entry.context == words_catalogue.LABELS_CONTEXT and key.startswith(_WORD_PREFIX)
    ]
    english = {key[len(_WORD_PREFIX) :]: words_catalogue.CATALOGUE[key].text for key in keys}
    own = english if lang == "en" else {}
    if lang != "en":
        for key in keys:
            word = words_catalogue.translated(key, lang)
            if word:
                own[key[len(_WORD_PREFIX) :]] = word
    merged = {**english, **own}
    _words_cache[lang] = (table, own, merged)
    return own, merged


def own_words(lang: str) -> dict[str, str]:
    """The fixed label words `lang` has in its translation file ({} for none)."""
    return _label_words(lang)[0]


# Languages a label can carry (the catalogue's name languages and the window's).
LABEL_LANGUAGES = ("en", "fr", "ar", "ps", "fa", "ku", "ti")
# Each language by its own name, as a reader of it looks for it in a list.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "ps": "پښتو",
    "fa": "فارسی",
    "ku": "کوردی",
    "ti": "ትግርኛ",
}
LABEL_LANGUAGE_KEY = "label_language"
LABEL_SECOND_LANGUAGE_KEY = "label_second_language"
DEFAULT_LABEL_LANGUAGE = "en"


def words(lang: str) -> dict[str, str]:
    """The fixed label words of `lang`, in English where it has none of its own."""
    return _label_words(lang)[1]


@dataclass(frozen=True)
class Languages:
    """The label languages: `primary` always, `second` ("" for none) when set."""

    primary: str = DEFAULT_LABEL_LANGUAGE
    second: str = ""

    def word(self, key: str) -> str:
        """The fixed word in the primary language, "/" the second one's when it has its
        own words and they differ ("Size/Taille")."""
        first = words(self.primary).get(key, "")
        other = own_words(self.second).get(key, "") if self.second else ""
        return f"{first}/{other}" if other and other != first else first


def _check_language(lang: str) -> str:
    lang = (lang or "").strip().lower()
    if lang and lang not in LABEL_LANGUAGES:
        raise InputError("label_language_unknown", lang=lang, known=", ".join(LABEL_LANGUAGES))
    return lang


def label_languages(
    primary: str | None = None, second: str | None = None, window_language: str | None = None
) -> Languages:
    """The languages labels are printed in: the arguments where given, else the shared
    setting, else the window's language (English by default) and no second language."""
    stored_primary = settings.get_setting(LABEL_LANGUAGE_KEY, "")
    stored_second = settings.get_setting(LABEL_SECOND_LANGUAGE_KEY, "")
    if window_language not in LABEL_LANGUAGES:
        window_language = None  # a window in a language labels do not know: English
    first = _check_language(primary or stored_primary or window_language or DEFAULT_LABEL_LANGUAGE)
    other = _check_language(stored_second if second is None else second)
    return Languages(first or DEFAULT_LABEL_LANGUAGE, "" if other == first else other)


def store_label_languages(primary: str, second: str = "") -> Languages:
    """Save the label languages every bench prints (the shared Setting table)."""
    from warehouse_desktop.db import write_transaction

    first = _check_language(primary) or DEFAULT_LABEL_LANGUAGE
    other = _check_language(second)
    with write_transaction():
        settings.set_setting(LABEL_LANGUAGE_KEY, first)
        settings.set_setting(LABEL_SECOND_LANGUAGE_KEY, "" if other == first else other)
    return Languages(first, "" if other == first else other)


def warehouse_name() -> str:
    return settings.warehouse_name().strip() or settings.DEFAULT_WAREHOUSE_NAME


def normalise_codes(codes: Sequence[str]) -> list[str]:
    """Codes as printed: upper case, and repaired if typed through another keyboard layout."""
    result = []
    for raw in codes:
        parsed = classify(raw)
        result.append(parsed.code if parsed.ok else raw.strip().upper())
    return result


def category_names(category: Category, langs: Languages) -> tuple[str, str]:
    """The category's name in the primary language and, when different, in the second."""
    names = category.names or {}
    first = (names.get(langs.primary) if langs.primary != "en" else "") or category.name
    second = (names.get(langs.second) or "") if langs.second else ""
    if langs.second == "en":
        second = category.name
    return first, "" if second == first else second


def _size_text(size: str, langs: Languages) -> str:
    if not size:
        return ""
    if size.strip().casefold() == "one size":
        return langs.word("one_size")
    return f"{langs.word('size')} {size}"


def _count(n: int, langs: Languages, one: str, many: str) -> str:
    return f"{n} {langs.word(one if n == 1 else many)}"


def _as_languages(lang: Languages | str | None) -> Languages:
    """The languages for one label: as given, English alone for None (no database
    needed), or a second language added to the shared first one."""
    if isinstance(lang, Languages):
        return lang
    if lang is None:
        return Languages()
    return label_languages(second=lang)


# --- what each label says ---------------------------------------------------------------


def box_content(
    box: Box,
    lang: Languages | str | None = None,
    warehouse: str | None = None,
    zone: dt.tzinfo | None = None,
) -> LabelContent:
    """A box label; its packed date is the warehouse's date (`zone`, else the setting)."""
    langs = _as_languages(lang)
    category: Category = box.category
    name, other = category_names(category, langs)
    packed = localtime.local_date(box.packed_at, zone).isoformat() if box.packed_at else ""
    return LabelContent(
        code=box.code,
        heading=name,
        subheading=other,
        details=(
            _size_text(box.size, langs),
            langs.word(category.gender),
            _count(box.quantity, langs, "item", "items"),
            # The date alone when two languages would make the line too long to read.
            (
                f"{packed}"
                if bool(langs.second and own_words(langs.second))
                else f"{langs.word('packed')} {packed}"
            )
            if packed
            else "",
        ),
        footer=warehouse if warehouse is not None else warehouse_name(),
        kind="box",
        banner=expiry_text(box.expires_on, langs),
    )


def expiry_text(month: dt.date | None, langs: Languages) -> str:
    """A box's expiry month as its label prints it ("EXP 2027-03"); "" for none."""
    if month is None:
        return ""
    return f"{langs.word('expires')} {month.strftime('%Y-%m')}"


def box_contents(
    codes: Sequence[str] | None, lang: Languages | str | None = None
) -> list[LabelContent]:
    """Box labels for `codes` (in that order), or every box in stock when codes is None."""
    langs = _as_languages(lang)
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
    zone = localtime.warehouse_zone()
    return [box_content(box, langs, warehouse, zone) for box in boxes]


def blank_content(
    code: str, lang: Languages | str | None = None, warehouse: str | None = None
) -> LabelContent:
    langs = _as_languages(lang)
    return LabelContent(
        code=code,
        heading=warehouse if warehouse is not None else warehouse_name(),
        details=(
            f"{langs.word('contents')} ____________",
            f"{langs.word('size_short')} _____  {langs.word('qty')} ____",
        ),
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


def van_content(
    load: VanLoad, lang: Languages | str | None = None, today: dt.date | None = None
) -> LabelContent:
    langs = _as_languages(lang)
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
    day = localtime.local_date(when) if when else (today or localtime.today())
    return LabelContent(
        code=load.code,
        heading=load.destination,
        details=(day.isoformat(), _count(total, langs, "box", "boxes")),
        note=contents,
        bar_height_mm=VAN_BAR_HEIGHT_MM,
        kind="van",
    )


def van_contents(
    codes: Sequence[str] | None, lang: Languages | str | None = None
) -> list[LabelContent]:
    langs = _as_languages(lang)
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
    return [van_content(load, langs) for load in loads]


def _category_card(code: str, category: Category, size_text: str, langs: Languages) -> LabelContent:
    name, other = category_names(category, langs)
    return LabelContent(
        code=code,
        heading=name,
        subheading=other,
        details=tuple(x for x in (langs.word(category.gender), size_text) if x),
        kind="card",
        border=True,
    )


def category_card(category: Category, lang: Languages | str | None = None) -> LabelContent:
    langs = _as_languages(lang)
    sizes = category.sizes or []
    if len(sizes) > 1:
        size_text = f"{langs.word('size')} {sizes[0]} … {sizes[-1]}"
    else:
        size_text = _size_text(sizes[0], langs) if sizes else ""
    return _category_card(category.code, category, size_text, langs)


def _instruction_card(code: str, key: str, langs: Languages, n: int = 0) -> LabelContent:
    """A card that tells the bench what to do: its word in the primary language (and the
    second one's, when it has its own), with a line of help in each."""
    first = words(langs.primary)
    other = own_words(langs.second) if langs.second else {}
    heading = first[key].format(n=n)
    second = other[key].format(n=n) if other.get(key) else ""
    help_lines = [first[f"{key}_help"]]
    if other.get(f"{key}_help"):
        help_lines.append(other[f"{key}_help"])
    return LabelContent(
        code=code,
        heading=heading,
        subheading="" if second == heading else second,
        details=tuple(help_lines),
        kind="command",
        border=True,
    )


def command_card(command: Command, lang: Languages | str | None = None) -> LabelContent:
    return _instruction_card(command_code(command), command.value, _as_languages(lang))


def size_card(category: Category, index: int, lang: Languages | str | None = None) -> LabelContent:
    """A category-and-size card: sets the category and the size with one scan."""
    langs = _as_languages(lang)
    code = make_code(CodeKind.CATEGORY, classify(category.code).number or 0, size_index=index)
    return _category_card(code, category, _size_text(category.sizes[index], langs), langs)


def quantity_card(quantity: int, lang: Languages | str | None = None) -> LabelContent:
    """A quantity card: the next boxes hold this many items."""
    code = command_code(Command.QUANTITY, quantity)
    return _instruction_card(code, "quantity", _as_languages(lang), quantity)


def expiry_card(months: int, lang: Languages | str | None = None) -> LabelContent:
    """An expiry card: the next boxes expire this many months from the day they are packed."""
    return _instruction_card(expiry_code(months), "expiry", _as_languages(lang), months)


def volunteer_card(name: str, code: str, lang: Languages | str | None = None) -> LabelContent:
    """A volunteer's card: one scan signs them in at a bench."""
    langs = _as_languages(lang)
    return LabelContent(
        code=code, heading=name, details=(langs.word("volunteer"),), kind="card", border=True
    )


# The kinds of bench card, in the order they are printed.  A full set is a dozen pages
# (every size, quantity and volunteer card), so a sheet holds the commands and the
# category cards unless more are asked for.
CARD_GROUPS = ("categories", "sizes", "commands", "quantities", "expiry", "volunteers")
DEFAULT_CARD_GROUPS = ("categories", "commands")


def card_groups(only: Iterable[str] | str | None) -> tuple[str, ...]:
    """The card kinds asked for ("commands,categories" or a list), in printing order;
    the default ones for None; InputError naming the unknown one."""
    if only is None:
        return DEFAULT_CARD_GROUPS
    asked = only.split(",") if isinstance(only, str) else list(only)
    wanted = {word.strip().lower() for word in asked if word.strip()}
    unknown = sorted(wanted - set(CARD_GROUPS))
    if unknown or not wanted:
        raise InputError(
            "label_cards_unknown", cards=", ".join(unknown) or "-", known=", ".join(CARD_GROUPS)
        )
    return tuple(group for group in CARD_GROUPS if group in wanted)


def card_contents(
    lang: Languages | str | None = None, only: Iterable[str] | str | None = None
) -> list[LabelContent]:
    """The bench cards of the kinds in `only` (default: the category and command cards):
    each active category's card followed by its size cards, the command cards, the
    quantity cards, the expiry cards, then every active volunteer's card."""
    from warehouse_desktop.volunteers import list_volunteers

    groups = card_groups(only)
    langs = _as_languages(lang)
    cards = []
    if "categories" in groups or "sizes" in groups:
        categories = (
            Category.select().where(Category.active).order_by(Category.group, Category.name)
        )
        for category in categories:
            if "categories" in groups:
                cards.append(category_card(category, langs))
            if "sizes" in groups and len(category.sizes or []) > 1:
                cards += [size_card(category, i, langs) for i in range(len(category.sizes))]
    if "commands" in groups:
        cards += [command_card(c, langs) for c in BENCH_COMMANDS]
    if "quantities" in groups:
        cards += [quantity_card(q, langs) for q in BENCH_QUANTITIES]
    if "expiry" in groups:
        cards += [expiry_card(months, langs) for _code, months in expiry_cards()]
    if "volunteers" in groups:
        cards += [volunteer_card(v.name, v.card_code, langs) for v in list_volunteers()]
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
    own_page: bool = False,
) -> LabelJob:
    """Check every option before anything is reserved or written.

    `own_page` puts each label on a page of its own size (one label from a sheet format,
    printed on whatever the printer has) instead of its slot on the sheet.
    """
    out = Path(out)
    label_format = get_format(fmt)
    if own_page and label_format.is_sheet:
        label_format = replace(
            label_format,
            page_width=label_format.label_width,
            page_height=label_format.label_height,
            slots=((0.0, 0.0),),
        )
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
    job = LabelJob(label_format, output, out, skip, offset, dpi or 0)
    # A typical box label tells whether the offset pushes a barcode off the label before
    # any code is reserved; `render_labels` checks the real labels again.
    _check_sample(job)
    return job


SAMPLE_CODE = "B0000001G"


def _check_sample(job: LabelJob) -> None:
    sample = LabelContent(
        SAMPLE_CODE, "Sample", "Sample", ("Size M", "Men", "10 items", "2026-01-01"), "Sample"
    )
    check_offset(lay_out([sample], job), job.offset)


def check_calibration(fmt: str, offset: tuple[float, float], dpi: int | None = None) -> None:
    """Refuse a printer's calibration offset that would push a box label's barcode or QR
    code off a label of format `fmt` (InputError naming the room there is), as the label
    dialog and the `labels` command do, so a setting that cuts barcodes is never saved."""
    if any(abs(v) > 20 for v in offset):
        raise InputError("label_offset_range")
    if dpi is not None and dpi not in SUPPORTED_DPI:
        raise InputError("label_dpi", dpi=dpi)
    _check_sample(LabelJob(get_format(fmt), "pdf", Path("calibration.pdf"), 0, offset, dpi or 0))


def offset_room(labels: Sequence[Label]) -> tuple[float, float, float, float]:
    """How far (mm) the labels' barcodes and QR codes (quiet zones included) and the code
    printed under the bars can move left, right, up and down before one of them leaves
    its label."""
    left = right = up = down = float("inf")
    for label in labels:
        for item in label.items:
            if isinstance(item, BarcodeItem):
                x, y = item.x, item.y
                w, h = item.geometry.width_mm, item.geometry.height_mm
            elif isinstance(item, QrItem):
                x, y = item.x, item.y
                w = h = item.geometry.side_mm
            elif isinstance(item, TextItem) and item.role == "code":
                x, y, w, h = item.x, item.top, item.width, item.bottom - item.top
            else:
                continue
            left = min(left, x)
            right = min(right, label.width - x - w)
            up = min(up, y)
            down = min(down, label.height - y - h)
    return left, right, up, down


def check_offset(labels: Sequence[Label], offset: tuple[float, float]) -> None:
    """Refuse a calibration offset that would cut a barcode or QR code at the label's edge."""
    left, right, up, down = offset_room(labels)
    dx, dy = offset
    if -dx > left + 1e-6 or dx > right + 1e-6 or -dy > up + 1e-6 or dy > down + 1e-6:
        raise InputError(
            "label_offset_cuts_barcode",
            x=f"{dx:g}",
            y=f"{dy:g}",
            left=f"{-left:.1f}",
            right=f"{right:.1f}",
            up=f"{-up:.1f}",
            down=f"{down:.1f}",
        )


def lay_out(contents: Iterable[LabelContent], job: LabelJob) -> list[Label]:
    fmt = job.fmt
    qr_dots = ZPL_MAX_QR_DOTS if "zpl" in fmt.outputs else 0
    return [
        layout_label(
            c, fmt.label_width, fmt.label_height, job.resolution, fmt.margin, qr_max_dots=qr_dots
        )
        for c in contents
    ]


def render_labels(labels: Sequence[Label], job: LabelJob, title: str = "Labels") -> list[Path]:
    """Write the labels; returns the files written (several PNGs for several pages)."""
    if not labels:
        raise InputError("label_nothing")
    check_offset(labels, job.offset)
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
    lang: str | None = None,
    primary: str | None = None,
    own_page: bool = False,
    window_language: str | None = None,
    only: Iterable[str] | str | None = None,
) -> list[Path]:
    """Make labels of `kind` ('boxes', 'blank', 'shelves', 'vans', 'cards') into `out`.

    `primary` and `lang` (the second language) default to the shared label languages,
    the first of them to `window_language` (then English) when none is set.  For cards,
    `only` names the kinds of card (`CARD_GROUPS`; default `DEFAULT_CARD_GROUPS`).
    """
    groups = card_groups(only)  # checked before anything is written
    job = label_job(out, fmt, skip=skip, offset=offset, dpi=dpi, own_page=own_page)
    langs = label_languages(primary, lang, window_language)
    contents = label_contents(kind, codes=codes, count=count, lang=langs, only=groups)
    return render_labels(lay_out(contents, job), job)


def label_contents(
    kind: str,
    *,
    codes: Sequence[str] | None = None,
    count: int = 0,
    lang: Languages | str | None = None,
    only: Iterable[str] | str | None = None,
) -> list[LabelContent]:
    """What the labels of `kind` say.  For 'blank' this reserves `count` fresh box codes;
    for 'cards' `only` names the kinds of card (default: categories and commands).

    `lang` is the label languages, or a second language added to the shared primary one.
    """
    lang = lang if isinstance(lang, Languages) else label_languages(second=lang)
    if codes is not None:
        codes = normalise_codes(codes)
    if kind == "boxes":
        return box_contents(codes, lang)
    if kind == "shelves":
        return shelf_contents(codes)
    if kind == "vans":
        return van_contents(codes, lang)
    if kind == "cards":
        return card_contents(lang, only)
    if kind == "blank":
        if not 1 <= count <= MAX_BLANK_LABELS:
            raise InputError("label_blank_count", limit=MAX_BLANK_LABELS)
        from warehouse_desktop.numbering import reserve_codes

        warehouse = warehouse_name()
        return [blank_content(code, lang, warehouse) for code in reserve_codes(CodeKind.BOX, count)]
    raise InputError("label_kind_unknown", kind=kind, known=", ".join(LABEL_KINDS))
