"""The press sheets imposition chooses, and the boxes each imposed sheet carries, read back with pikepdf."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from reportlab.lib.pagesizes import A3, A4, A5, A6, LEGAL, LETTER, landscape
from reportlab.lib.units import inch, mm

from editor.pdf.imposition import SHEETS, impose, sheet_for
from tests.pdf.test_imposition import BLEED, MARK_ROOM, leaflet

MARKS = 7 * mm  # the crop marks' gap and length beyond the bleed
Box = tuple[float, float, float, float]


def boxes(pdf: bytes) -> list[dict[str, Box]]:
    """Every sheet's MediaBox, TrimBox and BleedBox, and the union of the drawn clips (the artwork)."""
    found = []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            clips = []
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "re":
                    x, y, w, h = (float(value) for value in operands)
                    rect = (x, y, x + w, y + h)
                elif str(operator) == "W":
                    clips.append(rect)
            sheet = {
                name: tuple(float(v) for v in page.obj[name])
                for name in ("/MediaBox", "/TrimBox", "/BleedBox")
            }
            found.append(sheet | {"drawn": union(clips) if clips else None})
    return found


def union(rects: list[Box]) -> Box:
    return (
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    )


def grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def centred(width: float, height: float, on: Box) -> Box:
    left, bottom = (on[2] - width) / 2, (on[3] - height) / 2
    return (left, bottom, left + width, bottom + height)


# ----------------------------------------------------------------------------------- the boxes


@pytest.mark.parametrize(
    ("mode", "page", "count", "sheet", "group"),
    [
        ("2-up", A5, 2, landscape(A3), (2 * A5[0] + 2 * BLEED, A5[1])),
        ("2-up", landscape(A5), 2, A3, (A5[1], 2 * A5[0] + 2 * BLEED)),
        ("4-up", A6, 2, A3, (2 * A6[0] + 2 * BLEED, 2 * A6[1] + 2 * BLEED)),
        ("booklet", A5, 8, landscape(A3), (2 * A5[0], A5[1])),
        ("booklet", A4, 4, (450 * mm, 320 * mm), (2 * A4[0], A4[1])),
    ],
    ids=["2-up A5", "2-up landscape A5", "4-up A6", "booklet A5", "booklet A4"],
)
def test_every_sheet_is_the_press_sheet_with_the_group_centred_and_boxes_matching_the_drawing(
    mode, page, count, sheet, group
):
    for side in boxes(impose(leaflet(count, page), mode)):
        trim = centred(*group, side["/MediaBox"])

        assert side["/MediaBox"] == pytest.approx((0, 0, *sheet), abs=0.1)
        assert side["/TrimBox"] == pytest.approx(trim, abs=0.1)
        assert side["/BleedBox"] == pytest.approx(grown(trim, BLEED), abs=0.1)
        assert side["drawn"] == pytest.approx(side["/BleedBox"], abs=0.1)


def test_a_sheet_without_bleed_has_its_bleed_box_on_its_trim():
    for side in boxes(impose(leaflet(2, bleed=0, mark_room=0), "2-up")):
        assert side["/MediaBox"] == pytest.approx((0, 0, *landscape(A4)), abs=0.1)
        assert side["/TrimBox"] == pytest.approx(centred(2 * A5[0], A5[1], side["/MediaBox"]), abs=0.1)
        assert side["/BleedBox"] == pytest.approx(side["/TrimBox"], abs=0.1)


def test_a_booklet_side_with_a_blank_page_still_spans_both_pages():
    blank_left, _ = boxes(impose(leaflet(1), "booklet"))

    assert blank_left["/TrimBox"] == pytest.approx(
        centred(2 * A5[0], A5[1], blank_left["/MediaBox"]), abs=0.1
    )
    assert blank_left["drawn"][0] == pytest.approx(blank_left["/MediaBox"][2] / 2, abs=0.1)  # right page only


def test_the_bleed_lies_on_the_sheet_not_outside_it():
    """Two A5 pages make A4, but with bleed and marks they no longer fit on it: they go on A3."""
    (side,) = boxes(impose(leaflet(1), "2-up"))

    media, bleed = side["/MediaBox"], side["/BleedBox"]
    assert media == pytest.approx((0, 0, *landscape(A3)), abs=0.1)
    assert media[0] < bleed[0] and media[1] < bleed[1] and bleed[2] < media[2] and bleed[3] < media[3]


def test_a_named_sheet_larger_than_needed_holds_the_group_in_its_middle():
    (side,) = boxes(impose(leaflet(1, bleed=0, mark_room=0), "2-up", sheet="SRA3"))

    assert side["/MediaBox"] == pytest.approx((0, 0, 450 * mm, 320 * mm), abs=0.1)
    assert side["/TrimBox"] == pytest.approx(centred(2 * A5[0], A5[1], side["/MediaBox"]), abs=0.1)


# --------------------------------------------------------------------------------- sheet choice


def test_the_press_sheets_are_the_iso_sizes_sra3_and_the_us_sheets():
    in_mm = {name: (round(w / mm), round(h / mm)) for name, (w, h) in SHEETS.items()}

    assert in_mm == {
        "A4": (210, 297),
        "A3": (297, 420),
        "SRA3": (320, 450),
        "Tabloid": (279, 432),
        "A2": (420, 594),
        "12x18": (305, 457),
        "13x19": (330, 483),
        "19x25": (483, 635),
        "SRA2": (450, 640),
    }
    assert SHEETS["Tabloid"] == pytest.approx((11 * inch, 17 * inch))


@pytest.mark.parametrize(
    ("mode", "page", "bare", "bled"),
    [
        ("2-up", A6, "A4", "A4"),
        ("4-up", A6, "A4", "A3"),
        ("2-up", A5, "A4", "A3"),
        ("booklet", A5, "A4", "A3"),
        ("4-up", A5, "A3", "A2"),
        ("2-up", A4, "A3", "SRA3"),
        ("booklet", A4, "A3", "SRA3"),
        ("2-up", A3, "A2", "SRA2"),
        ("2-up", LEGAL, "19x25", "19x25"),
        ("booklet", LEGAL, "19x25", "19x25"),
        ("2-up", LETTER, "Tabloid", "13x19"),
        ("booklet", LETTER, "Tabloid", "12x18"),
    ],
)
def test_the_smallest_sheet_the_job_fits_is_chosen(mode, page, bare, bled):
    """``bare``: no bleed nor crop marks; ``bled``: 3 mm bleed and crop marks (None: nothing fits)."""
    assert sheet_for(mode, *page, 0, False) == bare
    if bled is None:
        with pytest.raises(ValueError, match="more than the largest press sheet"):
            sheet_for(mode, *page, BLEED, True)
    else:
        assert sheet_for(mode, *page, BLEED, True) == bled


@pytest.mark.parametrize(
    ("bleed", "marks", "chosen"),
    [(0, False, "A4"), (BLEED, False, "A3"), (0, True, "A3"), (BLEED, True, "A3")],
)
def test_bleed_and_crop_marks_each_need_their_room(bleed, marks, chosen):
    """Two A5 pages are exactly A4: either bleed or crop marks push them onto the next sheet."""
    assert sheet_for("2-up", *A5, bleed, marks) == chosen


def test_letter_pages_with_bleed_go_on_a_us_press_sheet_before_any_a_sheet():
    assert sheet_for("2-up", *LETTER, 0.125 * inch, False) == "12x18"


def test_a_pages_never_go_on_tabloid_although_it_is_smaller_than_a3():
    assert sheet_for("2-up", *A5, BLEED, True) == "A3"
    assert SHEETS["Tabloid"][0] * SHEETS["Tabloid"][1] < SHEETS["A3"][0] * SHEETS["A3"][1]


def test_the_sheet_chosen_is_the_sheet_imposed_on():
    for count, mode, page, sheet in (
        (1, "2-up", LETTER, "Tabloid"),
        (1, "4-up", A6, "A3"),
        (4, "booklet", A4, "SRA3"),
    ):
        pdf = leaflet(
            count, page, bleed=0 if page == LETTER else BLEED, mark_room=0 if page == LETTER else MARK_ROOM
        )
        media = boxes(impose(pdf, mode))[0]["/MediaBox"]
        assert sorted(media[2:]) == pytest.approx(sorted(SHEETS[sheet]), abs=0.1)


def test_pages_with_room_for_marks_are_measured_with_them():
    """A5 pages with bleed alone fit A3 too; with crop marks the job needs 14 mm more each way."""
    with_marks = boxes(impose(leaflet(1, mark_room=MARK_ROOM), "2-up", sheet="A3"))[0]
    without = boxes(impose(leaflet(1, mark_room=0), "2-up", sheet="A3"))[0]

    assert with_marks["/TrimBox"] == pytest.approx(without["/TrimBox"], abs=0.1)
    with pytest.raises(ValueError, match="need 324 × 232 mm"):
        impose(leaflet(1, mark_room=MARKS), "2-up", sheet="A4")
    with pytest.raises(ValueError, match="need 308 × 216 mm"):
        impose(leaflet(1, mark_room=MARKS - 1 * mm), "2-up", sheet="A4")


def test_a_named_sheet_too_small_for_the_job_is_refused_with_the_sizes():
    message = (
        "two A5 pages with 3 mm bleed and crop marks need 324 × 232 mm; "
        "the A4 sheet is 297 × 210 mm; choose A3, SRA3, A2 or SRA2"
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        impose(leaflet(2), "2-up", sheet="A4")


def test_a_named_sheet_too_small_for_a_booklet_says_so_in_its_terms():
    message = (
        "two A4 booklet pages with 3 mm bleed and crop marks need 442 × 319 mm; "
        "the A3 sheet is 420 × 297 mm; choose SRA3, A2 or SRA2"
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        impose(leaflet(4, A4), "booklet", sheet="A3")


def test_a_job_larger_than_every_sheet_is_refused_with_the_sizes():
    message = "four A3 pages with 3 mm bleed need 606 × 852 mm, more than the largest press sheet, SRA2 (450 × 640 mm)"
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        impose(leaflet(1, A3, mark_room=0), "4-up")
    with pytest.raises(ValueError, match="more than the largest press sheet"):
        sheet_for("4-up", *A3, BLEED, False)


def test_a_named_sheet_of_the_other_measure_is_used_when_the_job_fits_it():
    """A5 pages are not put on Tabloid unasked, but a shop that stocks it may ask."""
    (side,) = boxes(impose(leaflet(1), "2-up", sheet="Tabloid"))
    (us,) = boxes(impose(leaflet(1, LETTER, mark_room=0), "2-up", sheet="SRA3"))

    assert sorted(side["/MediaBox"][2:]) == pytest.approx(sorted(SHEETS["Tabloid"]), abs=0.1)
    assert sorted(us["/MediaBox"][2:]) == pytest.approx(sorted(SHEETS["SRA3"]), abs=0.1)


def test_a_named_sheet_the_job_fits_is_used_even_when_a_smaller_one_would_do():
    (side,) = boxes(impose(leaflet(1, A6, bleed=0, mark_room=0), "4-up", sheet="A3"))

    assert side["/MediaBox"] == pytest.approx((0, 0, *A3), abs=0.1)


def test_sheet_for_refuses_an_unknown_mode():
    with pytest.raises(ValueError, match="imposition 'none' is not one of"):
        sheet_for("none", *A5, 0, False)


def test_the_layout_offers_every_press_sheet_imposition_knows():
    from editor.model import SHEETS as LAYOUT_SHEETS

    assert set(LAYOUT_SHEETS) == set(SHEETS)
