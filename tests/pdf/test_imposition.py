"""Imposition read back as a print shop would: sheet sizes, boxes, which page lands where, marks."""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A3, A4, A5, A6, LEGAL, LETTER, TABLOID, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from editor.pdf.imposition import impose

FONT = "ImpositionTestFiraGO"
BLEED = 3 * mm
MARK_ROOM = 10 * mm


@functools.cache
def _register_font() -> str:
    from pymupdf_fonts import FiraGO_Regular

    pdfmetrics.registerFont(TTFont(FONT, io.BytesIO(bytes(FiraGO_Regular.fontbuffer))))
    return FONT


def leaflet(
    count: int,
    size: tuple[float, float] = A5,
    bleed: float = BLEED,
    mark_room: float = MARK_ROOM,
    cmyk: bool = False,
    link: bool = False,
) -> bytes:
    """Pages numbered large, with an accent band running into the bleed and corner crop marks."""
    width, height = size
    edge = bleed + mark_room
    out = io.BytesIO()
    font = _register_font()
    pdf = canvas.Canvas(
        out, pagesize=(width + 2 * edge, height + 2 * edge), invariant=1, initialFontName=font, lang="uk"
    )
    pdf.setTitle("Fair Pay for Care Workers")
    pdf.setAuthor("Riverside Care Workers' Network")
    for number in range(1, count + 1):
        pdf.setTrimBox((edge, edge, edge + width, edge + height))
        if bleed:
            pdf.setBleedBox((edge - bleed, edge - bleed, edge + width + bleed, edge + height + bleed))
        if cmyk:
            pdf.setFillColorCMYK(0, 0.9, 0.8, 0)
        else:
            pdf.setFillColorRGB(0.78, 0.06, 0.18)
        pdf.rect(edge - bleed, edge + height - 60, width + 2 * bleed, 60 + bleed, fill=1, stroke=0)
        if cmyk:
            pdf.setFillColorCMYK(0, 0, 0, 1)
        else:
            pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont(font, 72)
        pdf.drawCentredString(edge + width / 2, edge + height / 2, str(number))
        if mark_room:
            for x, y in ((edge, edge), (edge + width, edge + height)):
                pdf.line(x, 0, x, edge - bleed - 2)
                pdf.line(0, y, edge - bleed - 2, y)
        if link:
            pdf.linkURL("https://example.org/sign", (edge + 10, edge + 10, edge + 100, edge + 30))
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@dataclass
class Placed:
    """One source page drawn on a sheet: its number, where that number landed, what of it shows."""

    number: int
    x: float
    y: float
    clip: tuple[float, float, float, float]  # left, bottom, right, top on the sheet


def placed_pages(sheet) -> list[Placed]:
    """The source pages drawn on ``sheet``, followed through the transformation each is drawn with."""
    found: list[Placed] = []
    state: dict = {"rect": None, "ctm": None, "clip": None}

    def before(operator, operands, cm, tm):
        if operator == b"re":
            x, y, w, h = (float(value) for value in operands)
            state["rect"] = (x, y, x + w, y + h)
        elif operator == b"W":
            state["clip"] = state["rect"]
        elif operator == b"Do":
            state["ctm"] = list(cm)

    def text(content, cm, tm, font, size):
        if not content.strip().isdigit() or state["ctm"] is None:
            return
        a, b, c, d, e, f = state["ctm"]
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        found.append(Placed(int(content.strip()), a * x + c * y + e, b * x + d * y + f, state["clip"]))

    sheet.extract_text(visitor_operand_before=before, visitor_text=text)
    return found


def sides(pdf: bytes) -> list[tuple[int | None, int | None]]:
    """Each sheet side as (left page, right page) by where the numbers landed; None for a blank."""
    result = []
    for sheet in PdfReader(io.BytesIO(pdf)).pages:
        centre = (float(sheet.trimbox.left) + float(sheet.trimbox.right)) / 2
        placed = placed_pages(sheet)
        left = [page.number for page in placed if page.x < centre]
        right = [page.number for page in placed if page.x >= centre]
        assert len(left) <= 1 and len(right) <= 1
        result.append((left[0] if left else None, right[0] if right else None))
    return result


def size_of(box) -> tuple[float, float]:
    return (round(float(box.width), 1), round(float(box.height), 1))


def rounded(size: tuple[float, float]) -> tuple[float, float]:
    return (round(size[0], 1), round(size[1], 1))


def mark_segments(sheet) -> list[tuple[float, float, float, float]]:
    operations = ContentStream(sheet.get_contents(), sheet.pdf).operations
    segments, start = [], None
    for operands, operator in operations:
        if operator == b"m":
            start = tuple(float(value) for value in operands)
        elif operator == b"l":
            segments.append((*start, *(float(value) for value in operands)))
    return segments


# ---------------------------------------------------------------------------------------------- 2-up


@pytest.mark.parametrize(
    ("page", "sheet"),
    [(A6, landscape(A5)), (A5, landscape(A4)), (A4, landscape(A3)), (LETTER, landscape(TABLOID))],
    ids=["A6->A5", "A5->A4", "A4->A3", "Letter->Tabloid"],
)
def test_two_up_without_bleed_prints_on_the_next_size_up_as_it_is(page, sheet):
    imposed = PdfReader(io.BytesIO(impose(leaflet(2, page, bleed=0, mark_room=0), "2-up")))

    assert len(imposed.pages) == 2
    for side in imposed.pages:
        assert size_of(side.mediabox) == rounded(sheet)
        assert size_of(side.trimbox) == rounded(sheet)
        assert size_of(side.bleedbox) == rounded(sheet)
        assert mark_segments(side) == []


def test_two_up_puts_two_copies_of_each_page_side_by_side_on_its_own_sheet():
    imposed = impose(leaflet(3), "2-up")

    assert sides(imposed) == [(1, 1), (2, 2), (3, 3)]


def test_two_up_keeps_the_bleed_and_room_for_marks_around_an_a4_trim():
    reader = PdfReader(io.BytesIO(impose(leaflet(2), "2-up")))

    for sheet in reader.pages:
        outside = BLEED + MARK_ROOM
        assert size_of(sheet.trimbox) == rounded(landscape(A4))
        assert size_of(sheet.mediabox) == rounded((landscape(A4)[0] + 2 * outside, A4[0] + 2 * outside))
        assert float(sheet.trimbox.left) == pytest.approx(outside, abs=0.01)
        assert float(sheet.bleedbox.left) == pytest.approx(MARK_ROOM, abs=0.01)
        assert size_of(sheet.bleedbox) == rounded((landscape(A4)[0] + 2 * BLEED, A4[0] + 2 * BLEED))


def test_two_up_shows_bleed_on_the_outer_edges_and_butts_the_copies_at_the_cut():
    sheet = PdfReader(io.BytesIO(impose(leaflet(1), "2-up"))).pages[0]
    left, right = sorted(placed_pages(sheet), key=lambda placed: placed.x)
    centre = (float(sheet.trimbox.left) + float(sheet.trimbox.right)) / 2
    top = float(sheet.trimbox.top)

    assert left.clip[2] == pytest.approx(centre, abs=0.01) == right.clip[0]
    assert left.clip[0] == pytest.approx(centre - A5[0] - BLEED, abs=0.01)
    assert right.clip[2] == pytest.approx(centre + A5[0] + BLEED, abs=0.01)
    assert left.clip[3] == pytest.approx(top + BLEED, abs=0.01) == right.clip[3]


def test_two_up_of_landscape_pages_stacks_them_on_a_portrait_sheet():
    sheet = PdfReader(io.BytesIO(impose(leaflet(1, landscape(A5), bleed=0, mark_room=0), "2-up"))).pages[0]
    copies = sorted(placed_pages(sheet), key=lambda placed: placed.y)

    assert size_of(sheet.mediabox) == rounded(A4)
    assert [copy.number for copy in copies] == [1, 1]
    assert copies[0].y < A4[1] / 2 < copies[1].y


def test_two_up_of_a_size_without_a_stock_double_gets_a_sheet_with_a_margin_to_cut():
    sheet = PdfReader(io.BytesIO(impose(leaflet(1, LEGAL, bleed=0, mark_room=0), "2-up"))).pages[0]
    width, height = size_of(sheet.mediabox)

    assert width > 2 * LEGAL[0] and height > LEGAL[1]
    assert size_of(sheet.trimbox) == (width, height)
    assert len(mark_segments(sheet)) == 10  # both ends of three vertical and two horizontal cuts


# ------------------------------------------------------------------------------------------- booklet


def test_booklet_of_eight_pages_prints_in_printers_spreads():
    imposed = impose(leaflet(8), "booklet")

    assert sides(imposed) == [(8, 1), (2, 7), (6, 3), (4, 5)]


def test_booklet_sheets_are_twice_the_page_width():
    reader = PdfReader(io.BytesIO(impose(leaflet(4, bleed=0, mark_room=0), "booklet")))

    assert len(reader.pages) == 2
    assert {size_of(sheet.mediabox) for sheet in reader.pages} == {rounded(landscape(A4))}


def test_booklet_duplexed_on_the_short_edge_backs_every_page_with_the_next():
    """Turning a landscape sheet over its short edge puts the back's left behind the front's right."""
    printed = sides(impose(leaflet(12), "booklet"))

    for (front_left, front_right), (back_left, back_right) in zip(printed[::2], printed[1::2], strict=True):
        assert back_left == front_right + 1
        assert back_right == front_left - 1
    outer_sheet = printed[0]
    assert outer_sheet == (12, 1)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (6, [(6, 1), (2, None), (None, 3), (4, 5)]),
        (5, [(5, 1), (2, None), (None, 3), (4, None)]),
        (2, [(2, 1), (None, None)]),
        (1, [(None, 1), (None, None)]),
    ],
)
def test_booklet_pads_with_blank_pages_before_the_back_cover(count, expected):
    assert sides(impose(leaflet(count), "booklet")) == expected


def test_booklet_draws_nothing_on_a_blank_page():
    sheet = PdfReader(io.BytesIO(impose(leaflet(2), "booklet"))).pages[1]

    assert placed_pages(sheet) == []
    assert "/XObject" not in sheet["/Resources"] or not sheet["/Resources"]["/XObject"]


# --------------------------------------------------------------------------------- marks and colour


@pytest.mark.parametrize("mode", ["2-up", "booklet"])
def test_fresh_crop_marks_stay_clear_of_every_page_and_its_bleed(mode):
    sheet = PdfReader(io.BytesIO(impose(leaflet(2), mode))).pages[0]
    artwork = [placed.clip for placed in placed_pages(sheet)]
    segments = mark_segments(sheet)

    assert len(segments) == 10
    for x0, y0, x1, y1 in segments:
        for left, bottom, right, top in artwork:
            overlaps = (
                min(x0, x1) < right and max(x0, x1) > left and min(y0, y1) < top and max(y0, y1) > bottom
            )
            assert not overlaps, (x0, y0, x1, y1)
    media = sheet.mediabox
    assert all(0 <= x <= float(media.right) and 0 <= y <= float(media.top) for x, y, *_ in segments)


def test_booklet_marks_its_fold_with_a_dashed_line():
    sheet = PdfReader(io.BytesIO(impose(leaflet(4), "booklet"))).pages[0]
    content = sheet.get_contents().get_data()

    assert re.search(rb"\[3 2\] 0 d", content)


def test_marks_on_a_cmyk_job_are_in_registration_colour_and_no_rgb_appears():
    sheet = PdfReader(io.BytesIO(impose(leaflet(2, cmyk=True), "2-up"))).pages[0]
    content = sheet.get_contents().get_data()

    assert b"1 1 1 1 K" in content
    assert not re.search(rb"\b(rg|RG)\b", content)


def test_marks_on_an_rgb_job_are_plain_black():
    content = PdfReader(io.BytesIO(impose(leaflet(2), "2-up"))).pages[0].get_contents().get_data()

    assert b"0 G" in content
    assert b"1 1 1 1 K" not in content


def test_pages_with_bleed_but_no_room_for_marks_get_no_marks():
    sheet = PdfReader(io.BytesIO(impose(leaflet(2, mark_room=0), "2-up"))).pages[0]

    assert mark_segments(sheet) == []
    assert float(sheet.bleedbox.left) == 0
    assert float(sheet.trimbox.left) == pytest.approx(BLEED, abs=0.01)


# ---------------------------------------------------------------------------------- the document


def test_fonts_stay_the_embedded_fonts_of_the_input():
    reader = PdfReader(io.BytesIO(impose(leaflet(4), "booklet")))
    fonts = {}
    for sheet in reader.pages:
        for form in sheet["/Resources"]["/XObject"].values():
            for font in form.get_object()["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts[font.indirect_reference.idnum] = font

    assert len(fonts) == 1
    (font,) = fonts.values()
    assert font["/BaseFont"].endswith("FiraGO-Regular")
    assert "/FontFile2" in font["/FontDescriptor"]


def test_title_author_and_language_carry_over():
    reader = PdfReader(io.BytesIO(impose(leaflet(2), "2-up")))

    assert reader.metadata.title == "Fair Pay for Care Workers"
    assert reader.metadata.author == "Riverside Care Workers' Network"
    assert reader.root_object["/Lang"] == "uk"


@pytest.mark.parametrize("mode", ["2-up", "booklet"])
def test_the_same_input_gives_the_same_bytes(mode):
    source = leaflet(5)

    assert impose(source, mode) == impose(source, mode)


def test_links_are_dropped_without_complaint():
    reader = PdfReader(io.BytesIO(impose(leaflet(2, link=True), "2-up")))

    assert all("/Annots" not in sheet for sheet in reader.pages)
    assert sides(impose(leaflet(2, link=True), "2-up")) == [(1, 1), (2, 2)]


# ------------------------------------------------------------------------------------------ refusals


@pytest.mark.parametrize("mode", ["none", "4-up", "Booklet", ""])
def test_an_unknown_mode_is_refused(mode):
    with pytest.raises(ValueError, match="not one of 2-up, booklet"):
        impose(leaflet(1), mode)


def test_pages_of_different_sizes_are_refused():
    from pypdf import PdfWriter

    writer = PdfWriter()
    for source in (leaflet(1), leaflet(1, A4)):
        writer.append(PdfReader(io.BytesIO(source)))
    mixed = io.BytesIO()
    writer.write(mixed)

    with pytest.raises(ValueError, match="differ in size"):
        impose(mixed.getvalue(), "booklet")


def test_bytes_that_are_not_a_pdf_are_refused():
    with pytest.raises(ValueError, match="cannot be read"):
        impose(b"this is not a PDF", "2-up")
