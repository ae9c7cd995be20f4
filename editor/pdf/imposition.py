"""Imposition: leaflet pages placed on press sheets, to be cut apart (2-up, 4-up) or folded (booklet).

Each page becomes one Form XObject that sheets draw moved and clipped. pypdf's own
``merge_transformed_page`` re-parses every content stream and copies the page per placement:
5.6 s and 1.2 MB for a 39-page leaflet, against about 30 ms and 220 kB this way. A form keeps
the page's compressed drawing and resources as they are, so embedded fonts stay the same
objects and a 2-up sheet stores its page once. Links are dropped: paper has none.

Pages are placed by their TrimBox, not the MediaBox. Copies to be cut apart stand a gutter of
twice the bleed apart, so each shows its full bleed (BleedBox) and every trim edge is a cut of
its own. Booklet pages meet at the fold, where each is clipped so neither bleed covers the
other. The pages' own crop marks are clipped away and the sheet gets its own.

The MediaBox is a real press sheet (SHEETS), the one named or the smallest that holds the
pages with their bleed and crop marks, and the pages sit in its middle.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)
from reportlab.lib.pagesizes import A2, A3, A4, A5, A6, LEGAL, LETTER, TABLOID
from reportlab.lib.units import inch, mm

from editor.pdf.production import MARK_GAP_MM, MARK_LENGTH_MM, MARK_WIDTH_PT

MODES = ("2-up", "4-up", "booklet")
BLANKS = ("end", "before-back")
SHEETS: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "A4": A4,
        "A3": A3,
        "SRA3": (320 * mm, 450 * mm),
        "Tabloid": TABLOID,
        "12x18": (12 * inch, 18 * inch),
        "13x19": (13 * inch, 19 * inch),
        "19x25": (19 * inch, 25 * inch),
        "A2": A2,
        "SRA2": (450 * mm, 640 * mm),
    }
)
"""Press sheets as (short side, long side) in points; a job lies on whichever way round it fits."""
MAX_SHEETS_WITHOUT_CREEP = 4  # 16 pages: on 0.1 mm paper the inner sheet sticks out 0.3 mm
MAX_PAPER_MM = 1.0  # thicker than any paper that still folds into a booklet
SIZE_TOLERANCE = 1.0  # points; pages of one size may differ by rounding
FIT_TOLERANCE = 0.1  # points; boxes are written to a thousandth, so an exact fit may be over by a hair
MARK_ROOM = (MARK_GAP_MM + MARK_LENGTH_MM) * mm  # beyond a page's bleed, for a crop mark and its gap
SHEET_EDGE_MM = 3.0
"""No press prints to the very edge of its sheet: crop marks stop this far short of it."""
SHORTEST_MARK_MM = 3.0
"""Where a sheet is tight (A4 pages two by two on SRA3), marks shorten to this, not below."""
SHEET_MARK_ROOM = (MARK_GAP_MM + SHORTEST_MARK_MM + SHEET_EDGE_MM) * mm
FOLD_DASH = b"[3 2] 0 d"
_PAGE_NAMES = {"A3": A3, "A4": A4, "A5": A5, "A6": A6, "Letter": LETTER, "Legal": LEGAL}
_INCH_PAGES = ("Letter", "Legal")
_INCH_SHEETS = ("Tabloid", "12x18", "13x19", "19x25")
_COUNT_WORDS = {2: "two", 4: "four"}
_TRAPPED = ("/True", "/False")  # PDF/X allows no /Unknown
_INFO_KEYS = (
    "/Title",
    "/Author",
    "/Subject",
    "/Keywords",
    "/Creator",
    "/Producer",
    "/CreationDate",
    "/ModDate",
)
_CMYK_OPERATOR = re.compile(rb"[\d.]\s+[kK](?=\s|$)")
_RGB_OPERATOR = re.compile(rb"[\d.]\s+(?:rg|RG)(?=\s|$)")

Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True, slots=True)
class _Job:
    """What decides the sheet: how the pages are laid out, their trim size, bleed, and crop marks."""

    mode: str
    width: float
    height: float
    bleed: float
    marks: bool

    @property
    def grid(self) -> tuple[int, int]:
        """Columns and rows of pages: side by side, except 2-up landscape pages, which stack."""
        if self.mode == "4-up":
            return 2, 2
        if self.mode == "2-up" and self.width > self.height:
            return 1, 2
        return 2, 1

    @property
    def gutter(self) -> float:
        """Between copies to be cut apart, room for both bleeds; a booklet's pages meet at the fold."""
        return 0.0 if self.mode == "booklet" else 2 * self.bleed

    @property
    def group(self) -> tuple[float, float]:
        """Width and height of the pages' trims with the gutters between them."""
        columns, rows = self.grid
        return (
            columns * self.width + (columns - 1) * self.gutter,
            rows * self.height + (rows - 1) * self.gutter,
        )

    @property
    def needed(self) -> tuple[float, float]:
        """The smallest paper the job fits: the group with the bleed and the crop marks all round,
        the marks short of the sheet's edge."""
        around = 2 * (self.bleed + (SHEET_MARK_ROOM if self.marks else 0.0))
        width, height = self.group
        return width + around, height + around

    def describe(self) -> str:
        """The job in words, for a message about its size."""
        kind = "booklet pages" if self.mode == "booklet" else "pages"
        pages = f"{_COUNT_WORDS[math.prod(self.grid)]} {_page_name(self.width, self.height)} {kind}"
        extras = [f"{_mm(self.bleed)} mm bleed"] if self.bleed else []
        if self.marks:
            extras.append("crop marks")
        return f"{pages} with {' and '.join(extras)}" if extras else pages


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where one page goes on a sheet: where its trim lands, and what of it shows."""

    trim: Box
    clip: Box  # its bleed, cut at a booklet's fold

    @property
    def shown_trim(self) -> Box:
        return (
            max(self.trim[0], self.clip[0]),
            max(self.trim[1], self.clip[1]),
            min(self.trim[2], self.clip[2]),
            min(self.trim[3], self.clip[3]),
        )


@dataclass(frozen=True, slots=True)
class _Form:
    """A page turned into a Form XObject, and where its trim starts in its own coordinates."""

    reference: IndirectObject
    trim_left: float
    trim_bottom: float


def impose(
    pdf: bytes, mode: str, *, sheet: str | None = None, blanks: str = "end", paper_mm: float = 0.1
) -> bytes:
    """Return ``pdf`` imposed on press sheets; ValueError for an unknown choice or unusable PDF.

    ``sheet`` names one of SHEETS, or None for the smallest the job fits. A booklet's ``blanks``
    (see ``booklet_blanks``) go at the ``"end"`` or ``"before-back"``, keeping the last page the
    back cover; ``paper_mm`` is the paper's thickness, for creep. Print duplex, turning
    landscape sheets over their short edge and portrait sheets over their long edge.
    """
    _check_mode(mode)
    if sheet is not None and sheet not in SHEETS:
        raise ValueError(f"sheet '{sheet}' is not one of {', '.join(SHEETS)}")
    if blanks not in BLANKS:
        raise ValueError(f"blank pages go at '{BLANKS[0]}' or '{BLANKS[1]}', not '{blanks}'")
    if not 0 <= paper_mm <= MAX_PAPER_MM:  # also refuses NaN
        raise ValueError(f"paper {paper_mm} mm thick cannot be right: give 0 to {MAX_PAPER_MM:g} mm")
    reader = _read(pdf)
    job = _measure(reader, mode)
    size = _fitted(job, sheet or _smallest(job))
    writer = PdfWriter()
    forms = [_page_form(writer, page, job.bleed) for page in reader.pages]
    colour, colour_space = _registration(writer, _is_cmyk(reader)) if job.marks else (b"", None)
    if mode == "booklet":
        sides = _booklet_sides(len(forms), blanks)
    else:
        sides = [(index,) * math.prod(job.grid) for index in range(len(forms))]
    creeps = mode == "booklet" and len(sides) // 2 > MAX_SHEETS_WITHOUT_CREEP
    for number, side in enumerate(sides):
        slots = _slots(job, size, creep=number // 2 * paper_mm * mm if creeps else 0.0)
        marks = _marks(job, slots, colour, size) if job.marks else b""
        placed = [
            (slot, index, forms[index]) for slot, index in zip(slots, side, strict=True) if index is not None
        ]
        _add_sheet(writer, size, slots, placed, job.bleed, marks, colour_space)
    _copy_document_info(reader, writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def booklet_blanks(page_count: int) -> int:
    """How many blank pages make a booklet of ``page_count`` pages up to a multiple of four.

    A single page becomes a front cover with three blank pages behind it, wherever blanks go.
    """
    if page_count < 1:
        raise ValueError("a booklet needs at least one page")
    return -page_count % 4


def sheet_for(
    mode: str, page_width: float, page_height: float, bleed: float, marks: bool, sheet: str | None = None
) -> str:
    """The name of the sheet ``mode``'s pages go on (sizes in points): ``sheet``, or the
    smallest of SHEETS that holds them. ValueError, saying the sizes, when the job is larger."""
    _check_mode(mode)
    job = _Job(mode, page_width, page_height, bleed, marks)
    name = sheet or _smallest(job)
    _fitted(job, name)
    return name


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"imposition '{mode}' is not one of {', '.join(MODES)}")


def _read(pdf: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        count = len(reader.pages)
    except PdfReadError as error:
        raise ValueError(f"the PDF cannot be read for imposition: {error}") from error
    if count == 0:
        raise ValueError("the PDF has no pages to impose")
    return reader


def _measure(reader: PdfReader, mode: str) -> _Job:
    """The trim size all pages share, the bleed they all have, and whether they carry crop marks.

    A page without an explicit BleedBox has no bleed: the PDF default (the CropBox) would count
    the crop-mark area as artwork. Pages with room for crop marks beyond the bleed were made
    with them, so the sheet gets them too.
    """
    sizes, bleeds, rooms = [], [], []
    for number, page in enumerate(reader.pages, start=1):
        if page.rotation % 360:
            raise ValueError(f"page {number} is rotated; imposition needs upright pages")
        trim = _box(page.trimbox)
        bleed = _box(page.bleedbox) if "/BleedBox" in page else trim
        sizes.append((trim[2] - trim[0], trim[3] - trim[1]))
        bleeds.append(max(0.0, min(_insets(bleed, trim))))
        rooms.append(min(_insets(_box(page.cropbox), trim)) - bleeds[-1])
    width, height = sizes[0]
    if any(abs(w - width) > SIZE_TOLERANCE or abs(h - height) > SIZE_TOLERANCE for w, h in sizes):
        raise ValueError("the pages differ in size; imposition needs pages of one size")
    return _Job(mode, width, height, min(bleeds), min(rooms) >= MARK_ROOM - FIT_TOLERANCE)


def _smallest(job: _Job) -> str:
    """The first sheet of ``_fitting_sheets``: the smallest the job fits, of its own measure if any."""
    fitting = _fitting_sheets(job)
    if not fitting:
        largest = max(_own_measure(job), key=lambda name: _area(SHEETS[name]))
        raise ValueError(
            f"{job.describe()} need {_size_mm(job.needed)}, more than the largest press sheet, "
            f"{largest} ({_size_mm(_oriented(SHEETS[largest], job.needed))})"
        )
    return fitting[0]


def _fitted(job: _Job, name: str) -> tuple[float, float]:
    """The named sheet's width and height turned like the job; ValueError when the job is too big."""
    size = _oriented(SHEETS[name], job.needed)
    if _holds(size, job):
        return size
    others = _fitting_sheets(job)
    advice = f"choose {_either(others)}" if others else "no press sheet is that large"
    raise ValueError(
        f"{job.describe()} need {_size_mm(job.needed)}; the {name} sheet is {_size_mm(size)}; {advice}"
    )


def _fitting_sheets(job: _Job) -> list[str]:
    """Names of the sheets the job fits, smallest first; only those of the pages' own measure if any.

    Tabloid is the sheet for Letter and Legal pages, as the A sizes are for A pages: a shop
    that cuts one rarely stocks the other.
    """
    fits = [name for name, size in SHEETS.items() if _holds(_oriented(size, job.needed), job)]
    own = [name for name in fits if name in _own_measure(job)]
    return sorted(own or fits, key=lambda name: _area(SHEETS[name]))


def _own_measure(job: _Job) -> list[str]:
    """The sheets a shop printing the job's page size stocks: inch sheets for US pages."""
    inches = _page_name(job.width, job.height).removeprefix("landscape ") in _INCH_PAGES
    return [name for name in SHEETS if (name in _INCH_SHEETS) == inches]


def _holds(sheet: tuple[float, float], job: _Job) -> bool:
    return all(n <= s + FIT_TOLERANCE for n, s in zip(job.needed, sheet, strict=True))


def _oriented(size: tuple[float, float], like: tuple[float, float]) -> tuple[float, float]:
    """``size`` turned so its long side lies along the long side of ``like``.

    A wide job that fits a sheet standing up also fits it lying down, so this is the only way
    round worth trying.
    """
    short, long = sorted(size)
    return (long, short) if like[0] > like[1] else (short, long)


def _slots(job: _Job, sheet: tuple[float, float], creep: float) -> list[_Slot]:
    """The pages' places on a sheet, the group centred; in a booklet, left page then right.

    Creep: a folded sheet wraps around the sheets inside it, so each sheet further in sticks out
    at the fore-edge by about one paper thickness more than the sheet around it, and the trim
    cuts that much more off it. Its pages move toward the spine by ``creep`` (the outermost
    sheet none, then one paper thickness more per sheet), so every page keeps its margins; the
    clip at the fold stays at the fold, and the trim lines follow the pages.
    """
    columns, rows = job.grid
    group_width, group_height = job.group
    left, bottom = (sheet[0] - group_width) / 2, (sheet[1] - group_height) / 2
    step_x, step_y = job.width + job.gutter, job.height + job.gutter
    corners = [
        (left + column * step_x, bottom + row * step_y)
        for row in reversed(range(rows))
        for column in range(columns)
    ]
    trims = [(x, y, x + job.width, y + job.height) for x, y in corners]
    if job.mode != "booklet":
        return [_Slot(trim, _grow(trim, job.bleed)) for trim in trims]
    fold = left + job.width
    left_page, right_page = _shift(trims[0], creep), _shift(trims[1], -creep)
    left_clip, right_clip = _grow(left_page, job.bleed), _grow(right_page, job.bleed)
    return [
        _Slot(left_page, (*left_clip[:2], fold, left_clip[3])),
        _Slot(right_page, (fold, *right_clip[1:])),
    ]


def _marks(job: _Job, slots: list[_Slot], colour: bytes, sheet: tuple[float, float]) -> bytes:
    """Crop marks continuing every cut line, and a booklet's dashed fold mark, outside the bleed.

    A gutter holds nothing but the two copies' bleeds, so the marks stand outside the group of
    pages only, a gap beyond its bleed, at both ends of each cut; a double cut gets a pair.
    """
    trim = _union([slot.shown_trim for slot in slots])
    fold = slots[0].clip[2] if job.mode == "booklet" else None
    xs = sorted({round(x, 3) for slot in slots for x in slot.shown_trim[::2] if x != fold})
    ys = sorted({round(y, 3) for slot in slots for y in slot.shown_trim[1::2]})
    lines = _mark_lines(trim, job.bleed, sheet, xs, ys)
    ops = [b"q %s w %s" % (_nums(MARK_WIDTH_PT), colour), lines, b"S"]
    if fold is not None:
        ops += [FOLD_DASH, _mark_lines(trim, job.bleed, sheet, [fold], []), b"S"]
    return b"\n".join([*ops, b"Q"])


def _mark_lines(
    trim: Box, bleed: float, sheet: tuple[float, float], xs: list[float], ys: list[float]
) -> bytes:
    """Strokes continuing the vertical lines at ``xs`` and horizontal lines at ``ys`` past the bleed,
    each MARK_LENGTH_MM long or as long as the sheet leaves room for short of its edge."""
    left, bottom, right, top = trim
    near = bleed + MARK_GAP_MM * mm
    edge = SHEET_EDGE_MM * mm
    across = near + min(MARK_LENGTH_MM * mm, min(left, sheet[0] - right) - edge - near)
    along = near + min(MARK_LENGTH_MM * mm, min(bottom, sheet[1] - top) - edge - near)
    segments = [(x, top + near, x, top + along) for x in xs]
    segments += [(x, bottom - near, x, bottom - along) for x in xs]
    segments += [(right + near, y, right + across, y) for y in ys]
    segments += [(left - near, y, left - across, y) for y in ys]
    return b"\n".join(b"%s m %s l" % (_nums(*segment[:2]), _nums(*segment[2:])) for segment in segments)


def _booklet_sides(count: int, blanks: str) -> list[tuple[int | None, ...]]:
    """Sheet sides in printing order (front, back, front, ...) as (left, right) page indices.

    Blank pages (None) make the count up to a multiple of four, at the end so the reading order
    runs on unbroken, or before the last page so it stays the back cover with the imprint on
    the outside. Sides alternate front and back so a duplex print comes out ready to fold.
    """
    padding: list[int | None] = [None] * booklet_blanks(count)
    pages: list[int | None] = list(range(count))
    order = [*pages[:-1], *padding, pages[-1]] if blanks == "before-back" and count > 1 else pages + padding
    total = len(order)
    sides: list[tuple[int | None, ...]] = []
    for sheet in range(total // 4):
        outer, inner = 2 * sheet, total - 1 - 2 * sheet
        sides += [(order[inner], order[outer]), (order[outer + 1], order[inner - 1])]
    return sides


def _page_form(writer: PdfWriter, page: PageObject, bleed: float) -> _Form:
    """The page's drawing as a Form XObject, bounded by its trim plus the bleed the sheet shows."""
    contents = page.get("/Contents")
    stream = contents.get_object() if contents is not None else None
    if isinstance(stream, StreamObject) and stream.indirect_reference is not None:
        form = stream.clone(writer, force_duplicate=True)  # still compressed: nothing re-encoded
        reference = form.indirect_reference
    else:  # no drawing, or an array of streams: one new stream with all of it
        form = DecodedStreamObject()
        form.set_data(_drawing(page))
        reference = _indirect(writer, form)
    trim = _box(page.trimbox)
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = RectangleObject(_grow(trim, bleed))
    form[NameObject("/Resources")] = page.get("/Resources", DictionaryObject()).clone(writer)
    if "/Group" in page:
        form[NameObject("/Group")] = page["/Group"].clone(writer)
    return _Form(cast(IndirectObject, reference), trim[0], trim[1])


def _registration(writer: PdfWriter, cmyk: bool) -> tuple[bytes, IndirectObject | None]:
    """The marks' colour operators, and the colour space they need.

    Registration prints on every plate, so each separation can be trimmed: in a CMYK job the
    Separation /All, full tint on all four inks; in any other job plain black.
    """
    if not cmyk:
        return b"0 G", None
    tint = DictionaryObject(
        {
            NameObject("/FunctionType"): NumberObject(2),
            NameObject("/Domain"): ArrayObject([NumberObject(0), NumberObject(1)]),
            NameObject("/C0"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/C1"): ArrayObject([NumberObject(1)] * 4),
            NameObject("/N"): NumberObject(1),
        }
    )
    space = ArrayObject([NameObject("/Separation"), NameObject("/All"), NameObject("/DeviceCMYK"), tint])
    return b"/All CS 1 SCN", _indirect(writer, space)


def _add_sheet(
    writer: PdfWriter,
    size: tuple[float, float],
    slots: list[_Slot],
    placed: list[tuple[_Slot, int, _Form]],
    bleed: float,
    marks: bytes,
    colour_space: IndirectObject | None,
) -> None:
    """One sheet side: each page clipped and moved so its trim lands on its slot, then the marks.

    The TrimBox spans the pages' trims (blank pages too) and the BleedBox their bleed.
    """
    page = writer.add_blank_page(*size)
    trim = _union([slot.shown_trim for slot in slots])
    left, bottom, right, top = _grow(trim, bleed)
    page.trimbox = RectangleObject(trim)
    page.bleedbox = RectangleObject(
        (max(0.0, left), max(0.0, bottom), min(size[0], right), min(size[1], top))
    )
    ops, xobjects = [], DictionaryObject()
    for slot, index, form in placed:
        name = f"/P{index + 1}"
        xobjects[NameObject(name)] = form.reference
        clip = _nums(slot.clip[0], slot.clip[1], slot.clip[2] - slot.clip[0], slot.clip[3] - slot.clip[1])
        move = _nums(slot.trim[0] - form.trim_left, slot.trim[1] - form.trim_bottom)
        ops.append(b"q %s re W n 1 0 0 1 %s cm %s Do Q" % (clip, move, name.encode()))
    resources = DictionaryObject({NameObject("/XObject"): xobjects})
    if colour_space is not None:
        resources[NameObject("/ColorSpace")] = DictionaryObject({NameObject("/All"): colour_space})
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data(b"\n".join([*ops, marks]))
    page.replace_contents(content.flate_encode())


def _copy_document_info(reader: PdfReader, writer: PdfWriter) -> None:
    """Version, the describing entries and the language carry over: it is the same document.

    pypdf's public setter would turn every value into text, but /Trapped must stay a name:
    PDF/X refuses the string "/False". So the dictionary is set whole, through its private one.
    """
    writer.pdf_header = reader.pdf_header
    info = reader.metadata or DictionaryObject()
    entries = DictionaryObject({NameObject(key): info[key] for key in _INFO_KEYS if key in info})
    trapped = "/" + str(info.get("/Trapped", "")).lstrip("/")
    if trapped in _TRAPPED:
        entries[NameObject("/Trapped")] = NameObject(trapped)
    writer._info = entries
    language = reader.root_object.get("/Lang")
    if language is not None:
        writer.root_object[NameObject("/Lang")] = language.clone(writer)


def _is_cmyk(reader: PdfReader) -> bool:
    """A job drawn in CMYK with no RGB gets its marks in registration colour."""
    cmyk = False
    for page in reader.pages:
        drawing = _drawing(page)
        if _RGB_OPERATOR.search(drawing):
            return False
        cmyk = cmyk or _CMYK_OPERATOR.search(drawing) is not None
    return cmyk


def _drawing(page: PageObject) -> bytes:
    content = page.get_contents()
    return content.get_data() if content is not None else b""


def _indirect(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """A new object of the output, shared by reference: pypdf's writer protocol for it is private."""
    return writer._add_object(obj)


def _page_name(width: float, height: float) -> str:
    for name, (short, long) in _PAGE_NAMES.items():
        if abs(width - short) <= SIZE_TOLERANCE and abs(height - long) <= SIZE_TOLERANCE:
            return name
        if abs(width - long) <= SIZE_TOLERANCE and abs(height - short) <= SIZE_TOLERANCE:
            return f"landscape {name}"
    return _size_mm((width, height))


def _either(names: list[str]) -> str:
    return " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def _size_mm(size: tuple[float, float]) -> str:
    return f"{_mm(size[0])} × {_mm(size[1])} mm"


def _mm(points: float) -> str:
    return f"{points / mm:.1f}".removesuffix(".0")


def _area(size: tuple[float, float]) -> float:
    return size[0] * size[1]


def _box(rectangle: RectangleObject) -> Box:
    return (float(rectangle.left), float(rectangle.bottom), float(rectangle.right), float(rectangle.top))


def _grow(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _shift(box: Box, by: float) -> Box:
    return (box[0] + by, box[1], box[2] + by, box[3])


def _union(boxes: list[Box]) -> Box:
    return (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )


def _insets(outer: Box, inner: Box) -> tuple[float, float, float, float]:
    return (inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3])


def _nums(*values: float) -> bytes:
    """Numbers as PDF operands, fixed to a thousandth of a point so output is reproducible."""
    texts = [b"%.3f" % value for value in values]
    return b" ".join(b"0" if float(text) == 0 else text.rstrip(b"0").rstrip(b".") for text in texts)
