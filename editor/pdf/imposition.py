"""Imposition: leaflet pages two to a printing sheet, for cutting (2-up) or folding (booklet).

Each page becomes one Form XObject that sheets draw moved and clipped. pypdf's own
``merge_transformed_page`` re-parses every content stream and copies the page per placement:
5.6 s and 1.2 MB for a 39-page leaflet, against about 30 ms and 220 kB this way. A form keeps
the page's compressed drawing and resources as they are, so embedded fonts stay the same
objects and a 2-up sheet stores its page once. Links are dropped: paper has none.

Pages are placed by their TrimBox, not the MediaBox, and show their bleed (BleedBox) on the
sheet's outer edges. Where two pages meet, at a 2-up sheet's cut or a booklet's fold, each is
clipped at its trim so neither bleed covers the other. The pages' own crop marks are clipped
away and the sheet gets its own.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    RectangleObject,
    StreamObject,
)
from reportlab.lib.pagesizes import A2, A3, A4, A5, TABLOID
from reportlab.lib.units import mm

from editor.pdf.production import MARK_GAP_MM, MARK_LENGTH_MM, MARK_WIDTH_PT

MODES = ("2-up", "booklet")
# Paper a pair of pages can be printed on as it is: each ISO A size holds two of the next size
# down, and Tabloid (11 x 17 in) holds two Letter pages.
STOCK_SIZES = (A2, A3, A4, A5, TABLOID)
SIZE_TOLERANCE = 1.0  # points; ReportLab's A sizes are rounded from millimetres
STOCK_SLACK = 2 * mm  # two A5 are 296 mm wide and A4 is 297: the pair sits centred on the sheet
SHEET_MARGIN = 10 * mm  # around a pair that makes no stock size: room to cut and for the marks
MARK_MIN_LENGTH = 3 * mm  # with less room than this, marks are left off
_CMYK_OPERATOR = re.compile(rb"[\d.]\s+[kK](?=\s|$)")
_RGB_OPERATOR = re.compile(rb"[\d.]\s+(?:rg|RG)(?=\s|$)")

Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True, slots=True)
class _Pages:
    """What every input page shares: trim size, bleed, and the room for marks beyond the bleed."""

    width: float
    height: float
    bleed: float
    mark_room: float


@dataclass(frozen=True, slots=True)
class _Form:
    """A page turned into a Form XObject, and where its trim starts in its own coordinates."""

    reference: IndirectObject
    trim_left: float
    trim_bottom: float


@dataclass(frozen=True, slots=True)
class _Sheet:
    """Where everything goes on every sheet of one job, in sheet coordinates."""

    width: float
    height: float
    trim_box: Box
    bleed_box: Box
    slots: tuple[Box, Box]  # each page's trim on the sheet; they meet at the cut or fold
    clips: tuple[Box, Box]  # what shows of each page: its bleed, except where the pages meet
    bleed: float
    mark_length: float  # 0 when there is no room for marks


def impose(pdf: bytes, mode: str) -> bytes:
    """Return ``pdf`` imposed two pages to a sheet; ValueError for an unknown mode or unusable PDF.

    Print the result duplex, flipping on the short edge for landscape sheets (every booklet, and
    2-up of portrait pages) and on the long edge for portrait sheets (2-up of landscape pages,
    which stack one above the other so that the sheet is still the next ISO size up).
    """
    if mode not in MODES:
        raise ValueError(f"imposition '{mode}' is not one of {', '.join(MODES)}")
    reader = _read(pdf)
    pages = _measure(reader)
    booklet = mode == "booklet"
    across = booklet or pages.width <= pages.height
    sheet = _plan(pages, across)
    marks = _marks(sheet, across, booklet, _is_cmyk(reader)) if sheet.mark_length else b""
    writer = PdfWriter()
    forms = [_page_form(writer, page, pages.bleed) for page in reader.pages]
    sides = _booklet_sides(len(forms)) if booklet else [(index, index) for index in range(len(forms))]
    for side in sides:
        placed = [(slot, index, forms[index]) for slot, index in enumerate(side) if index is not None]
        _add_sheet(writer, sheet, placed, marks)
    _copy_document_info(reader, writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _read(pdf: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        count = len(reader.pages)
    except PdfReadError as error:
        raise ValueError(f"the PDF cannot be read for imposition: {error}") from error
    if count == 0:
        raise ValueError("the PDF has no pages to impose")
    return reader


def _measure(reader: PdfReader) -> _Pages:
    """The trim size all pages share, the bleed they all have, and the room beyond it.

    A page without an explicit BleedBox has no bleed: the PDF default (the CropBox) would count
    the crop-mark area as artwork.
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
    return _Pages(width, height, min(bleeds), max(0.0, min(rooms)))


def _plan(pages: _Pages, across: bool) -> _Sheet:
    """Two page trims meeting edge to edge on one sheet, with the pages' bleed and marks around.

    The sheet's TrimBox is the paper the job is planned for. When the pair makes a stock size
    (two A5 make A4) that is the stock sheet, and the pages' bleed and room for marks lie
    outside it as they did around each page: a print shop handles the sheet as it handled the
    page, and a job without bleed prints on plain A4 as it is. A pair that makes no stock size
    (Legal, landscape booklets) gets a margin to cut away, which holds the marks; that sheet is
    its own trim, as nothing outside it needs printing.
    """
    w, h, bleed = pages.width, pages.height, pages.bleed
    pair_w, pair_h = (2 * w, h) if across else (w, 2 * h)
    stock = _stock_for(pair_w, pair_h)
    if stock is not None:
        outside = bleed + pages.mark_room
        width, height = stock[0] + 2 * outside, stock[1] + 2 * outside
        trim = (outside, outside, outside + stock[0], outside + stock[1])
        bleed_box = _grow(trim, bleed)
    else:
        outside = max(SHEET_MARGIN, bleed + pages.mark_room)
        width, height = pair_w + 2 * outside, pair_h + 2 * outside
        trim = bleed_box = (0.0, 0.0, width, height)
    x, y = (width - pair_w) / 2, (height - pair_h) / 2
    step_x, step_y = (w, 0.0) if across else (0.0, h)
    slots = ((x, y, x + w, y + h), (x + step_x, y + step_y, x + step_x + w, y + step_y + h))
    first, second = _grow(slots[0], bleed), _grow(slots[1], bleed)
    if across:
        clips = ((*first[:2], x + w, first[3]), (x + w, *second[1:]))
    else:
        clips = ((*first[:3], y + h), (second[0], y + h, *second[2:]))
    length = min(MARK_LENGTH_MM * mm, min(x, y) - bleed - MARK_GAP_MM * mm)
    return _Sheet(width, height, trim, bleed_box, slots, clips, bleed, max(0.0, length))


def _marks(sheet: _Sheet, across: bool, fold: bool, cmyk: bool) -> bytes:
    """Crop marks at both ends of every cut, and a dashed fold mark for a booklet's spine.

    They start beyond the bleed and stay off the pages, in registration colour so they print on
    every plate (CMYK 100/100/100/100), or plain black when the job is not in CMYK.
    """
    if sheet.mark_length < MARK_MIN_LENGTH:
        return b""
    left, bottom = sheet.slots[0][:2]
    right, top = sheet.slots[1][2:]
    centre = sheet.slots[0][2] if across else sheet.slots[0][3]
    xs, ys = [left, right], [bottom, top]
    if not fold:
        (xs if across else ys).insert(1, centre)
    colour = b"1 1 1 1 K" if cmyk else b"0 G"
    ops = [b"q %s w %s" % (_nums(MARK_WIDTH_PT), colour), _mark_lines(sheet, xs, ys), b"S"]
    if fold:
        ops += [b"[3 2] 0 d", _mark_lines(sheet, [centre], []), b"S"]
    return b"\n".join([*ops, b"Q"])


def _mark_lines(sheet: _Sheet, xs: list[float], ys: list[float]) -> bytes:
    """Strokes continuing the vertical cuts at ``xs`` and horizontal cuts at ``ys`` past the bleed."""
    left, bottom = sheet.slots[0][:2]
    right, top = sheet.slots[1][2:]
    near, far = sheet.bleed + MARK_GAP_MM * mm, sheet.bleed + MARK_GAP_MM * mm + sheet.mark_length
    segments = [(x, top + near, x, top + far) for x in xs] + [(x, bottom - near, x, bottom - far) for x in xs]
    segments += [(right + near, y, right + far, y) for y in ys] + [
        (left - near, y, left - far, y) for y in ys
    ]
    return b"\n".join(b"%s m %s l" % (_nums(*segment[:2]), _nums(*segment[2:])) for segment in segments)


def _booklet_sides(count: int) -> list[tuple[int | None, int | None]]:
    """Sheet sides in printing order (front, back, front, ...) as (left, right) page indices.

    Blank pages (None) pad the count to a multiple of four just before the last page, so the
    last page stays the back cover with the imprint on the outside, where readers and the law
    expect it. Sides alternate front and back so a duplex print comes out ready to fold.
    """
    order: list[int | None] = [0, None, None, None]
    if count > 1:
        order = [*range(count - 1), *[None] * (-count % 4), count - 1]
    total = len(order)
    sides = []
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
        # A new stream needs an object number; _add_object is how pypdf's writer protocol gives one.
        reference = writer._add_object(form)
    trim = _box(page.trimbox)
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = RectangleObject(_grow(trim, bleed))
    form[NameObject("/Resources")] = page.get("/Resources", DictionaryObject()).clone(writer)
    if "/Group" in page:
        form[NameObject("/Group")] = page["/Group"].clone(writer)
    return _Form(cast(IndirectObject, reference), trim[0], trim[1])


def _add_sheet(writer: PdfWriter, sheet: _Sheet, placed: list[tuple[int, int, _Form]], marks: bytes) -> None:
    """One sheet side: each page clipped, and moved so that its trim lands on its slot."""
    page = writer.add_blank_page(sheet.width, sheet.height)
    page.trimbox = RectangleObject(sheet.trim_box)
    page.bleedbox = RectangleObject(sheet.bleed_box)
    ops, xobjects = [], DictionaryObject()
    for slot, index, form in placed:
        name = f"/P{index + 1}"
        xobjects[NameObject(name)] = form.reference
        left, bottom, right, top = sheet.clips[slot]
        clip = _nums(left, bottom, right - left, top - bottom)
        move = _nums(sheet.slots[slot][0] - form.trim_left, sheet.slots[slot][1] - form.trim_bottom)
        ops.append(b"q %s re W n 1 0 0 1 %s cm %s Do Q" % (clip, move, name.encode()))
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    content = DecodedStreamObject()
    content.set_data(b"\n".join([*ops, marks]))
    page.replace_contents(content.flate_encode())


def _copy_document_info(reader: PdfReader, writer: PdfWriter) -> None:
    """Version, title, author, subject and language carry over: it is the same document."""
    writer.pdf_header = reader.pdf_header
    if reader.metadata is not None:
        writer.metadata = reader.metadata
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


def _stock_for(width: float, height: float) -> tuple[float, float] | None:
    """The stock sheet, turned like the pair of pages, that holds them with at most STOCK_SLACK over."""
    for short, long in STOCK_SIZES:
        stock = (short, long) if width <= height else (long, short)
        spare = (stock[0] - width, stock[1] - height)
        if all(-SIZE_TOLERANCE <= extra <= STOCK_SLACK for extra in spare):
            return stock
    return None


def _box(rectangle: RectangleObject) -> Box:
    return (float(rectangle.left), float(rectangle.bottom), float(rectangle.right), float(rectangle.top))


def _grow(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _insets(outer: Box, inner: Box) -> tuple[float, float, float, float]:
    return (inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3])


def _nums(*values: float) -> bytes:
    """Numbers as PDF operands, fixed to a thousandth of a point so output is reproducible."""
    texts = [b"%.3f" % value for value in values]
    return b" ".join(b"0" if float(text) == 0 else text.rstrip(b"0").rstrip(b".") for text in texts)
