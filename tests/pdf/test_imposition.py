"""Imposition read back as a print shop would: which page lands where, the gutters, creep, marks.

The sheets themselves (their sizes and boxes) are tested in test_imposition_sheets.py.
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass

import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from editor.pdf.imposition import booklet_blanks, impose

FONT = "ImpositionTestFiraGO"
BLEED = 3 * mm
MARK_ROOM = 10 * mm
MARK_GAP = 2 * mm
PAPER = 0.1 * mm  # impose's default paper thickness
Box = tuple[float, float, float, float]


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
    pdf.setSubject("Pay rise for care workers")
    pdf.setKeywords("care, pay")
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


def sheets_of(pdf: bytes):
    return PdfReader(io.BytesIO(pdf)).pages


@dataclass
class Placed:
    """One source page drawn on a sheet: its number, where that number landed, what of it shows."""

    number: int
    x: float
    y: float
    clip: Box  # left, bottom, right, top on the sheet


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


@dataclass
class Drawn:
    """One page form drawn on a sheet, read from the sheet's own operators."""

    clip: Box
    move: tuple[float, float]  # the translation of its ``cm``
    trim: Box  # where the source page's trim landed


def drawn(sheet, size: tuple[float, float] = A5, edge: float = BLEED + MARK_ROOM) -> list[Drawn]:
    """Each ``q … re W n … cm … Do Q`` of ``sheet``; ``edge`` is where the source trim starts."""
    found, rect, clip, move = [], None, None, None
    for operands, operator in ContentStream(sheet.get_contents(), sheet.pdf).operations:
        if operator == b"re":
            x, y, w, h = (float(value) for value in operands)
            rect = (x, y, x + w, y + h)
        elif operator == b"W":
            clip = rect
        elif operator == b"cm":
            move = (float(operands[4]), float(operands[5]))
        elif operator == b"Do":
            left, bottom = move[0] + edge, move[1] + edge
            found.append(Drawn(clip, move, (left, bottom, left + size[0], bottom + size[1])))
    return found


def sides(pdf: bytes) -> list[tuple[int | None, int | None]]:
    """Each sheet side as (left page, right page) by where the numbers landed; None for a blank."""
    result = []
    for sheet in sheets_of(pdf):
        centre = (float(sheet.mediabox.left) + float(sheet.mediabox.right)) / 2
        placed = placed_pages(sheet)
        left = [page.number for page in placed if page.x < centre]
        right = [page.number for page in placed if page.x >= centre]
        assert len(left) <= 1 and len(right) <= 1
        result.append((left[0] if left else None, right[0] if right else None))
    return result


def reading_order(printed: list[tuple[int | None, int | None]]) -> list[int | None]:
    """The pages as a reader turns them once the duplexed sheets are stacked, folded and stitched."""
    fronts, backs = printed[::2], printed[1::2]
    first_half = [page for front, back in zip(fronts, backs, strict=True) for page in (front[1], back[0])]
    second_half = [
        page
        for front, back in reversed(list(zip(fronts, backs, strict=True)))
        for page in (back[1], front[0])
    ]
    return first_half + second_half


def lines(sheet, dashed: bool) -> list[Box]:
    """The sheet's straight strokes, solid (the crop marks) or dashed (the fold mark)."""
    segments, start, dashing = [], None, False
    for operands, operator in operators(sheet):
        if operator == b"d":
            dashing = bool(operands[0])
        elif operator == b"m":
            start = tuple(float(value) for value in operands)
        elif operator == b"l" and dashing == dashed:
            segments.append((*start, *(float(value) for value in operands)))
    return segments


def mark_segments(sheet) -> list[Box]:
    return lines(sheet, dashed=False)


def vertical_cuts(sheet) -> list[float]:
    """Where the crop marks above the pages stand, left to right."""
    top = float(sheet.trimbox.top)
    return sorted({round(x0, 1) for x0, y0, x1, y1 in mark_segments(sheet) if x0 == x1 and y0 > top})


def horizontal_cuts(sheet) -> list[float]:
    """Where the crop marks right of the pages stand, bottom to top."""
    right = float(sheet.trimbox.right)
    return sorted({round(y0, 1) for x0, y0, x1, y1 in mark_segments(sheet) if y0 == y1 and x0 > right})


def operators(sheet) -> list[tuple[list, bytes]]:
    return ContentStream(sheet.get_contents(), sheet.pdf).operations


# ---------------------------------------------------------------------------------------------- 2-up


def test_two_up_puts_two_copies_of_each_page_side_by_side_on_its_own_sheet():
    imposed = impose(leaflet(3), "2-up")

    assert sides(imposed) == [(1, 1), (2, 2), (3, 3)]


def test_two_up_leaves_a_gutter_of_twice_the_bleed_between_the_trims():
    left, right = sorted(drawn(sheets_of(impose(leaflet(1), "2-up"))[0]), key=lambda page: page.trim[0])

    assert right.trim[0] - left.trim[2] == pytest.approx(2 * BLEED, abs=0.1)
    assert left.trim[1] == pytest.approx(right.trim[1], abs=0.1)


def test_two_up_shows_each_copys_full_bleed_and_the_bleeds_meet_mid_gutter():
    for page in drawn(sheets_of(impose(leaflet(1), "2-up"))[0]):
        assert page.clip == pytest.approx(
            (page.trim[0] - BLEED, page.trim[1] - BLEED, page.trim[2] + BLEED, page.trim[3] + BLEED), abs=0.1
        )
    left, right = sorted(drawn(sheets_of(impose(leaflet(1), "2-up"))[0]), key=lambda page: page.trim[0])
    assert left.clip[2] == pytest.approx(right.clip[0], abs=0.1)


def test_two_up_marks_both_sides_of_the_gutter():
    sheet = sheets_of(impose(leaflet(1), "2-up"))[0]
    left, right = sorted(drawn(sheet), key=lambda page: page.trim[0])

    assert vertical_cuts(sheet) == pytest.approx(
        [left.trim[0], left.trim[2], right.trim[0], right.trim[2]], abs=0.1
    )
    assert horizontal_cuts(sheet) == pytest.approx([left.trim[1], left.trim[3]], abs=0.1)


def test_two_up_without_bleed_butts_the_copies_at_one_cut():
    sheet = sheets_of(impose(leaflet(1, bleed=0), "2-up"))[0]
    left, right = sorted(drawn(sheet, edge=MARK_ROOM), key=lambda page: page.trim[0])

    assert right.trim[0] == pytest.approx(left.trim[2], abs=0.1)
    assert vertical_cuts(sheet) == pytest.approx([left.trim[0], left.trim[2], right.trim[2]], abs=0.1)


def test_two_up_of_landscape_pages_stacks_them_with_the_gutter_between():
    sheet = sheets_of(impose(leaflet(1, landscape(A5)), "2-up"))[0]
    low, high = sorted(drawn(sheet, landscape(A5)), key=lambda page: page.trim[1])

    assert [copy.number for copy in placed_pages(sheet)] == [1, 1]
    assert low.trim[0] == pytest.approx(high.trim[0], abs=0.1)
    assert high.trim[1] - low.trim[3] == pytest.approx(2 * BLEED, abs=0.1)
    assert float(sheet.mediabox.height) > float(sheet.mediabox.width)


# ---------------------------------------------------------------------------------------------- 4-up


def test_four_up_puts_four_copies_of_each_page_on_its_own_sheet():
    for number, sheet in enumerate(sheets_of(impose(leaflet(2, A6), "4-up")), start=1):
        assert [placed.number for placed in placed_pages(sheet)] == [number] * 4


def test_four_up_sets_the_copies_two_by_two_with_gutters_both_ways():
    pages = drawn(sheets_of(impose(leaflet(1, A6), "4-up"))[0], A6)
    lefts = sorted({round(page.trim[0], 1) for page in pages})
    bottoms = sorted({round(page.trim[1], 1) for page in pages})

    assert len(pages) == 4
    assert len(lefts) == 2 and len(bottoms) == 2
    assert lefts[1] - lefts[0] == pytest.approx(A6[0] + 2 * BLEED, abs=0.1)
    assert bottoms[1] - bottoms[0] == pytest.approx(A6[1] + 2 * BLEED, abs=0.1)
    assert {(round(page.trim[0], 1), round(page.trim[1], 1)) for page in pages} == {
        (left, bottom) for left in lefts for bottom in bottoms
    }


def test_four_up_marks_every_cut_both_ways():
    sheet = sheets_of(impose(leaflet(1, A6), "4-up"))[0]
    pages = drawn(sheet, A6)

    assert vertical_cuts(sheet) == pytest.approx(
        sorted({round(x, 1) for p in pages for x in p.trim[::2]}), abs=0.1
    )
    assert horizontal_cuts(sheet) == pytest.approx(
        sorted({round(y, 1) for p in pages for y in p.trim[1::2]}), abs=0.1
    )
    assert len(vertical_cuts(sheet)) == 4 and len(horizontal_cuts(sheet)) == 4


# ------------------------------------------------------------------------------------------- booklet


def test_booklet_of_eight_pages_prints_in_printers_spreads():
    assert sides(impose(leaflet(8), "booklet")) == [(8, 1), (2, 7), (6, 3), (4, 5)]


def test_booklet_duplexed_on_the_short_edge_backs_every_page_with_the_next():
    """Turning a landscape sheet over its short edge puts the back's left behind the front's right."""
    printed = sides(impose(leaflet(12), "booklet"))

    for (front_left, front_right), (back_left, back_right) in zip(printed[::2], printed[1::2], strict=True):
        assert back_left == front_right + 1
        assert back_right == front_left - 1
    assert printed[0] == (12, 1)


@pytest.mark.parametrize("count", range(1, 14))
def test_booklet_with_blanks_at_the_end_reads_on_unbroken(count):
    order = reading_order(sides(impose(leaflet(count), "booklet", blanks="end")))

    assert order == [*range(1, count + 1), *[None] * booklet_blanks(count)]


@pytest.mark.parametrize("count", range(2, 14))
def test_booklet_with_blanks_before_the_back_keeps_the_last_page_the_back_cover(count):
    order = reading_order(sides(impose(leaflet(count), "booklet", blanks="before-back")))

    assert order == [*range(1, count), *[None] * booklet_blanks(count), count]


@pytest.mark.parametrize("blanks", ["end", "before-back"])
def test_a_one_page_booklet_is_a_front_cover_and_three_blank_pages(blanks):
    assert reading_order(sides(impose(leaflet(1), "booklet", blanks=blanks))) == [1, None, None, None]


@pytest.mark.parametrize(
    ("count", "blanks"), [(1, 3), (2, 2), (3, 1), (4, 0), (5, 3), (6, 2), (7, 1), (8, 0), (13, 3), (40, 0)]
)
def test_booklet_blanks_make_the_pages_up_to_a_multiple_of_four(count, blanks):
    assert booklet_blanks(count) == blanks


def test_booklet_blanks_refuse_a_booklet_of_no_pages():
    with pytest.raises(ValueError, match="at least one page"):
        booklet_blanks(0)


def test_booklet_draws_nothing_on_a_blank_page():
    sheet = sheets_of(impose(leaflet(2), "booklet", blanks="before-back"))[1]  # the inside spread

    assert placed_pages(sheet) == []
    assert "/XObject" not in sheet["/Resources"] or not sheet["/Resources"]["/XObject"]


def test_booklet_pages_meet_at_the_fold_and_show_their_bleed_elsewhere():
    sheet = sheets_of(impose(leaflet(4), "booklet"))[0]
    left, right = sorted(drawn(sheet), key=lambda page: page.trim[0])
    fold = float(sheet.mediabox.width) / 2

    assert left.trim[2] == pytest.approx(fold, abs=0.1) == right.trim[0]
    assert left.clip == pytest.approx(
        (left.trim[0] - BLEED, left.trim[1] - BLEED, fold, left.trim[3] + BLEED), abs=0.1
    )
    assert right.clip == pytest.approx(
        (fold, right.trim[1] - BLEED, right.trim[2] + BLEED, right.trim[3] + BLEED), abs=0.1
    )


# --------------------------------------------------------------------------------------------- creep


def creep_by_side(pdf: bytes) -> list[tuple[float, float]]:
    """How far each side's left and right page moved toward the spine, against the outer sheet."""
    moves = [sorted(page.move[0] for page in drawn(sheet)) for sheet in sheets_of(pdf)]
    left0, right0 = moves[0]
    return [(left - left0, right0 - right) for left, right in moves]


@pytest.mark.parametrize("paper_mm", [0.1, 0.25])
def test_a_six_sheet_booklet_moves_each_sheets_pages_one_paper_thickness_further_toward_the_spine(paper_mm):
    shifts = creep_by_side(impose(leaflet(24), "booklet", paper_mm=paper_mm))

    expected = [(side // 2 * paper_mm * mm,) * 2 for side in range(12)]
    assert shifts == [pytest.approx(pair, abs=0.01) for pair in expected]


def test_creep_keeps_the_clip_at_the_fold_and_the_trim_and_marks_with_the_pages():
    sheets = sheets_of(impose(leaflet(24), "booklet"))
    innermost = sheets[-1]
    fold = float(innermost.mediabox.width) / 2
    left, right = sorted(drawn(innermost), key=lambda page: page.trim[0])
    creep = 5 * PAPER

    assert left.clip[2] == pytest.approx(fold, abs=0.01) == right.clip[0]
    assert left.trim[0] == pytest.approx(fold - A5[0] + creep, abs=0.1)
    assert float(innermost.trimbox.left) == pytest.approx(left.trim[0], abs=0.1)
    assert float(innermost.trimbox.right) == pytest.approx(right.trim[2], abs=0.1)
    assert vertical_cuts(innermost) == pytest.approx([left.trim[0], right.trim[2]], abs=0.1)
    assert float(sheets[0].trimbox.width) - float(innermost.trimbox.width) == pytest.approx(
        2 * creep, abs=0.1
    )


@pytest.mark.parametrize("count", [12, 16])
def test_a_booklet_of_up_to_four_sheets_has_no_creep(count):
    assert all(
        shift == pytest.approx((0, 0), abs=0.001)
        for shift in creep_by_side(impose(leaflet(count), "booklet"))
    )


def test_a_booklet_of_five_sheets_creeps():
    assert creep_by_side(impose(leaflet(20), "booklet"))[-1] == pytest.approx(
        (4 * PAPER, 4 * PAPER), abs=0.01
    )


def test_paper_of_no_thickness_has_no_creep():
    assert all(shift == (0, 0) for shift in creep_by_side(impose(leaflet(24), "booklet", paper_mm=0)))


# --------------------------------------------------------------------------------- marks and colour


def separation(segment: Box, box: Box) -> float:
    """How far the line ``segment`` stays outside ``box``: negative when it enters it."""
    x0, x1 = sorted(segment[::2])
    y0, y1 = sorted(segment[1::2])
    return max(box[0] - x1, x0 - box[2], box[1] - y1, y0 - box[3])


@pytest.mark.parametrize(
    ("mode", "size"), [("2-up", A5), ("4-up", A6), ("booklet", A5), ("booklet", A4), ("2-up", A4)]
)
def test_marks_stand_a_gap_clear_of_every_bleed_and_short_of_the_sheet_edge(mode, size):
    """A4 pages go on SRA3 with a few millimetres to spare: there the marks shorten, still
    3 mm long at least, and stop 3 mm from the edge, where no press prints."""
    for sheet in sheets_of(impose(leaflet(24, size), mode)):
        segments = mark_segments(sheet)
        bleeds = [page.clip for page in drawn(sheet, size)] + [tuple(float(v) for v in sheet.bleedbox)]

        assert segments
        for segment in segments:
            assert all(separation(segment, bleed) >= MARK_GAP - 0.01 for bleed in bleeds), segment
            assert separation(segment, tuple(float(v) for v in sheet.mediabox)) <= -3 * mm + 0.01
            assert math.dist(segment[:2], segment[2:]) >= 3 * mm - 0.01


def test_booklet_marks_its_fold_with_dashes_above_and_below_the_bleed():
    sheet = sheets_of(impose(leaflet(4), "booklet"))[0]
    fold = float(sheet.mediabox.width) / 2
    dashes = [operands[0] for operands, operator in operators(sheet) if operator == b"d"]
    folds = lines(sheet, dashed=True)

    assert [[float(v) for v in dash] for dash in dashes] == [[3, 2]]
    assert len(folds) == 2
    assert all(x0 == pytest.approx(fold, abs=0.01) == x1 for x0, y0, x1, y1 in folds)
    assert (
        sorted(separation(segment, tuple(float(v) for v in sheet.bleedbox)) for segment in folds)
        == [pytest.approx(MARK_GAP, abs=0.01)] * 2
    )
    above = [segment for segment in folds if segment[1] > float(sheet.bleedbox.top)]
    assert len(above) == 1


@pytest.mark.parametrize("mode", ["2-up", "4-up", "booklet"])
def test_marks_on_a_cmyk_job_are_in_the_all_separation(mode):
    sheet = sheets_of(impose(leaflet(2, A6, cmyk=True), mode))[0]
    spaces = sheet["/Resources"]["/ColorSpace"]
    ((name, space),) = spaces.items()
    space = space.get_object()
    tint = space[3].get_object()
    ops = operators(sheet)

    assert [space[0], space[1], space[2]] == ["/Separation", "/All", "/DeviceCMYK"]
    assert tint["/FunctionType"] == 2 and tint["/N"] == 1
    assert list(tint["/C0"]) == [0, 0, 0, 0] and list(tint["/C1"]) == [1, 1, 1, 1]
    assert [operands for operands, operator in ops if operator == b"CS"] == [[name]]
    assert [[float(v) for v in operands] for operands, operator in ops if operator == b"SCN"] == [[1]]
    assert not {operator for operands, operator in ops} & {b"rg", b"RG", b"k", b"K", b"G", b"g"}


def test_marks_on_an_rgb_job_are_plain_black():
    sheet = sheets_of(impose(leaflet(2), "2-up"))[0]
    ops = operators(sheet)

    assert [[float(v) for v in operands] for operands, operator in ops if operator == b"G"] == [[0]]
    assert "/ColorSpace" not in sheet["/Resources"]
    assert b"SCN" not in {operator for operands, operator in ops}


@pytest.mark.parametrize("mode", ["2-up", "4-up", "booklet"])
def test_pages_without_crop_marks_get_none_on_the_sheet(mode):
    sheet = sheets_of(impose(leaflet(2, A6, mark_room=0, cmyk=True), mode))[0]

    assert mark_segments(sheet) == []
    assert "/ColorSpace" not in sheet["/Resources"]


# ---------------------------------------------------------------------------------- the document


def test_fonts_stay_the_embedded_fonts_of_the_input():
    fonts = {}
    for sheet in sheets_of(impose(leaflet(4), "booklet")):
        for form in sheet["/Resources"]["/XObject"].values():
            for font in form.get_object()["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts[font.indirect_reference.idnum] = font

    assert len(fonts) == 1
    (font,) = fonts.values()
    assert font["/BaseFont"].endswith("FiraGO-Regular")
    assert "/FontFile2" in font["/FontDescriptor"]


def test_the_describing_entries_and_language_carry_over():
    source = leaflet(2)
    with (
        pikepdf.open(io.BytesIO(source)) as original,
        pikepdf.open(io.BytesIO(impose(source, "2-up"))) as imposed,
    ):
        keys = ("/Title", "/Author", "/CreationDate")
        assert {key: str(imposed.docinfo[key]) for key in keys} == {
            key: str(original.docinfo[key]) for key in keys
        }
        assert str(imposed.docinfo["/Title"]) == "Fair Pay for Care Workers"
        assert str(imposed.Root.Lang) == "uk"


def with_trapped(pdf: bytes, value) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        if value is None:
            del document.docinfo["/Trapped"]
        else:
            document.docinfo["/Trapped"] = value
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (pikepdf.Name("/False"), pikepdf.Name("/False")),
        (pikepdf.Name("/True"), pikepdf.Name("/True")),
        (pikepdf.String("/False"), pikepdf.Name("/False")),
        (pikepdf.Name("/Unknown"), None),
        (None, None),
    ],
    ids=["name False", "name True", "string /False", "Unknown", "absent"],
)
def test_trapped_is_written_as_a_name_or_not_at_all(given, kept):
    imposed = impose(with_trapped(leaflet(1), given), "2-up")

    with pikepdf.open(io.BytesIO(imposed)) as document:
        trapped = document.docinfo.get("/Trapped")
        assert trapped == kept
        assert trapped is None or isinstance(trapped, pikepdf.Name)


@pytest.mark.parametrize("mode", ["2-up", "4-up", "booklet"])
def test_the_same_input_gives_the_same_bytes(mode):
    source = leaflet(5)

    assert impose(source, mode) == impose(source, mode)


def test_links_are_dropped_without_complaint():
    imposed = impose(leaflet(2, link=True), "2-up")

    assert all("/Annots" not in sheet for sheet in sheets_of(imposed))
    assert sides(imposed) == [(1, 1), (2, 2)]


# ------------------------------------------------------------------------------------------ refusals


@pytest.mark.parametrize("mode", ["none", "8-up", "Booklet", ""])
def test_an_unknown_mode_is_refused(mode):
    with pytest.raises(ValueError, match="not one of 2-up, 4-up, booklet"):
        impose(leaflet(1), mode)


@pytest.mark.parametrize(
    ("choice", "message"),
    [
        ({"sheet": "B5"}, "sheet 'B5' is not one of A4, A3, SRA3, Tabloid"),
        ({"blanks": "middle"}, "blank pages go at 'end' or 'before-back', not 'middle'"),
        ({"paper_mm": -0.1}, "paper -0.1 mm thick"),
        ({"paper_mm": 5.0}, "give 0 to 1 mm"),
        ({"paper_mm": math.nan}, "paper nan mm thick"),
    ],
)
def test_an_unknown_choice_is_refused(choice, message):
    with pytest.raises(ValueError, match=message):
        impose(leaflet(4), "booklet", **choice)


def test_pages_of_different_sizes_are_refused():
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
