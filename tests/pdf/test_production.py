"""What a print shop checks: page sizes, boxes, bleed, crop marks, CMYK, QR code, fit to pages."""

from __future__ import annotations

import re
import subprocess

import pytest
from reportlab.lib.units import mm

from editor.model import PAGE_SIZES, Layout
from editor.pdf import ExportOptions, render_pdf
from editor.pdf.options import PORTRAIT_SIZES_PT
from editor.pdf.production import MARK_GAP_MM, MARK_LENGTH_MM
from tests.pdf.samples import as_typed, content_streams, example, flat_text, many_signatories, reader, small
from tests.programs import needs


def boxes(pdf: bytes) -> dict[str, list[float]]:
    page = reader(pdf).pages[0]
    return {name: [float(v) for v in page[f"/{name}"]] for name in ("MediaBox", "TrimBox", "BleedBox")}


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("page_size", PAGE_SIZES)
def test_every_page_size_and_orientation_has_the_right_trim(page_size, orientation):
    options = ExportOptions.from_layout(Layout(output="screen", page_size=page_size, orientation=orientation))
    found = boxes(render_pdf(small(), options).pdf)
    width, height = PORTRAIT_SIZES_PT[page_size]
    if orientation == "landscape":
        width, height = height, width
    assert found["TrimBox"] == pytest.approx([0, 0, width, height], abs=0.01)
    assert found["MediaBox"] == pytest.approx(found["TrimBox"], abs=0.01)


def test_bleed_and_crop_marks_make_room_around_the_trim():
    options = ExportOptions.from_layout(Layout(page_size="A5", bleed_mm=3, crop_marks=True))
    result = render_pdf(small(), options)
    found = boxes(result.pdf)
    width, height = PORTRAIT_SIZES_PT["A5"]
    bleed, room = 3 * mm, (MARK_GAP_MM + MARK_LENGTH_MM + 1) * mm
    offset = bleed + room
    assert found["TrimBox"] == pytest.approx([offset, offset, offset + width, offset + height], abs=0.01)
    assert found["BleedBox"] == pytest.approx(
        [room, room, room + width + 2 * bleed, room + height + 2 * bleed], abs=0.01
    )
    assert found["MediaBox"] == pytest.approx([0, 0, width + 2 * offset, height + 2 * offset], abs=0.01)
    stream = content_streams(result.pdf)[0].decode("latin-1")
    band = re.search(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f", stream)
    x, y, band_width, band_height = map(float, band.groups())
    assert x == pytest.approx(room, abs=0.01), "the title band starts at the bleed edge"
    assert band_width == pytest.approx(width + 2 * bleed, abs=0.01)
    assert y + band_height == pytest.approx(room + height + 2 * bleed, abs=0.01)
    marks = re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", stream)
    assert len(marks) >= 8
    for x0, y0, x1, y1 in marks[:8]:
        for a, b in ((float(x0), float(y0)), (float(x1), float(y1))):
            outside_x = a < room - 0.01 or a > room + width + 2 * bleed + 0.01
            outside_y = b < room - 0.01 or b > room + height + 2 * bleed + 0.01
            assert outside_x or outside_y, "crop marks stay outside the bleed"


def test_without_marks_the_media_box_is_trim_plus_bleed():
    found = boxes(render_pdf(small(), ExportOptions.from_layout(Layout(output="screen", bleed_mm=5))).pdf)
    assert found["MediaBox"] == pytest.approx(found["BleedBox"], abs=0.01)
    assert found["TrimBox"][0] == pytest.approx(5 * mm, abs=0.01)


def test_cmyk_mode_has_no_rgb_and_text_in_pure_black():
    options = ExportOptions.from_layout(example().layout.overlay(Layout(colour="cmyk")))
    streams = b"\n".join(content_streams(render_pdf(example(), options).pdf)).decode("latin-1")
    assert not re.search(r"\b(rg|RG|g|G|sc|scn)\b\s*$", streams, re.MULTILINE)
    colours = set(re.findall(r"^([\d. ]+) k$", streams, re.MULTILINE))
    assert "0 0 0 1" in colours
    assert re.search(r"0 0 0 1 k\s+BT", streams) or re.search(r"0 0 0 1 k\b", streams)


def test_rgb_mode_uses_rgb():
    options = ExportOptions.from_layout(Layout(output="screen"))
    streams = b"\n".join(content_streams(render_pdf(small(), options).pdf)).decode("latin-1")
    assert re.search(r" rg$", streams, re.MULTILINE)
    assert not re.search(r" k$", streams, re.MULTILINE)


@needs("pdftoppm", "zbarimg")
def test_the_qr_code_decodes_to_the_sign_up_url(tmp_path):
    for colour in ("rgb", "cmyk"):
        pdf = tmp_path / f"{colour}.pdf"
        pdf.write_bytes(render_pdf(example(), ExportOptions.from_layout(Layout(colour=colour))).pdf)
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / colour)], check=True)
        pages = sorted(tmp_path.glob(f"{colour}*.png"))
        decoded = subprocess.run(["zbarimg", "-q", "--raw", *map(str, pages)], capture_output=True, text=True)
        assert decoded.stdout.split() == ["https://example.org/workers-plan/sign"]


def test_fit_pages_shrinks_the_type_to_the_requested_pages():
    statement = example()
    natural = render_pdf(statement, ExportOptions.from_layout(Layout(page_size="A5")))
    assert natural.page_count == 3
    fitted = render_pdf(statement, ExportOptions.from_layout(Layout(page_size="A5", fit_pages=2)))
    assert fitted.page_count == 2
    assert fitted.problems == []
    text = as_typed(flat_text(fitted.pdf))
    assert all(person.name in text for person in statement.signatories)


def test_a_booklet_that_cannot_reach_its_pages_takes_the_fewest_in_fours_not_blanks():
    """At 7 pt the list needs 7 pages; as a booklet that is 8, which the normal size fills."""
    result = render_pdf(many_signatories(500, imposition="booklet", fit_pages=2))
    assert result.page_count == 8
    (problem,) = result.problems
    assert (
        "does not fit on 4 pages (fit_pages: 2, taken up to a multiple of four for the booklet)"
        in problem.message
    )
    assert (
        "printed at its normal size on 8" in problem.message
        or "on 8, the fewest a booklet" in problem.message
    )


def test_a_short_last_page_is_saved_by_type_a_few_tenths_of_a_point_smaller():
    """500 names at their size leave a ninth page with a few of them; names 1% smaller save it."""
    from editor.pdf.render import TIGHTEN_PT, _Job

    statement = many_signatories(500)
    options = ExportOptions.from_layout(statement.layout)
    natural = _Job(statement.without_private_data(), options, None).build(options.font_size, trial=True)
    assert natural.page_count == 9 and natural.pages_filled - 8 < 0.25
    result = render_pdf(statement)
    assert result.page_count == 8
    assert "of their size to make 8 pages rather than 9" in result.made_as
    shares = [int(share) for share in re.findall(r"(\d+)% ", result.made_as)]
    assert shares and min(shares) >= 100 * (options.font_size - TIGHTEN_PT) / options.font_size - 1


def test_fit_pages_says_what_does_not_fit_and_keeps_every_name():
    statement = many_signatories(1000)
    natural = render_pdf(statement).page_count
    result = render_pdf(statement, ExportOptions.from_layout(Layout(fit_pages=2)))
    assert 2 < result.page_count < natural  # the fewest pages it can take
    (problem,) = result.problems
    assert problem.path == ("layout", "fit_pages") and problem.is_warning
    assert re.search(
        rf"even with all text at 7 pt the leaflet needs {result.page_count}, so it is printed on "
        rf"{result.page_count}, the fewest it can take, with the names at 7 pt and body text at [\d.]+ pt "
        r"\(nothing was left out; "
        r"at the normal size, page 3 starts at signatories\[\d+\]\)",
        problem.message,
    )
    text = flat_text(result.pdf)
    assert all(f"Person {n:05d} Surname" in text for n in range(1000))


def _logo(folder):
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (60, 40), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((5, 5, 35, 35), fill=(255, 200, 0, 255))
    image.save(folder / "logo.png")


@pytest.mark.parametrize(("colour", "space"), [("rgb", "/DeviceRGB"), ("cmyk", "/DeviceCMYK")])
def test_the_logo_prints_in_the_export_colour_space(tmp_path, colour, space):
    _logo(tmp_path)
    options = ExportOptions.from_layout(Layout(logo="logo.png", output="screen", colour=colour))
    result = render_pdf(small(), options, base_dir=tmp_path)
    assert result.problems == []
    images = [
        x.get_object()
        for x in reader(result.pdf).pages[0]["/Resources"]["/XObject"].values()
        if x.get_object()["/Subtype"] == "/Image"
    ]
    assert [image["/ColorSpace"] for image in images] == [space]


def test_an_unreadable_logo_is_a_problem_and_the_leaflet_still_prints(tmp_path):
    result = render_pdf(small(), ExportOptions.from_layout(Layout(logo="missing.png")), base_dir=tmp_path)
    (problem,) = result.problems
    assert problem.path == ("layout", "logo") and not problem.is_warning
    assert "the logo 'missing.png' was not found next to the statement" in problem.message
    assert result.page_count == 1


@pytest.mark.parametrize(("names", "pages"), [(300, 5), (250, 4)])
def test_fit_pages_shrinks_the_names_first_and_as_little_as_it_can(names, pages):
    from editor.pdf.render import FIT_STEP_PT, _Job

    statement = many_signatories(names).without_private_data()
    job = _Job(statement, ExportOptions.from_layout(Layout(fit_pages=pages)), None)
    normal = job.options.font_size
    assert job.build(normal).page_count > pages
    body, names, problem = job.fitting_size(pages)
    assert problem is None
    assert job.build(body, names).page_count <= pages
    if body == normal:  # the statement kept its size: the names are as large as they can be
        assert names < normal
        assert job.build(body, names + FIT_STEP_PT).page_count > pages
    else:  # the names are at the floor, and the body as large as it can be
        assert names == 7
        assert job.build(body + FIT_STEP_PT, names).page_count > pages


def test_the_statements_own_text_keeps_its_size_while_shrinking_the_names_is_enough():
    from editor.pdf.render import _Job

    options = ExportOptions.from_layout(Layout(fit_pages=5))
    job = _Job(many_signatories(280).without_private_data(), options, None)
    assert job.build(job.options.font_size).page_count > 5
    body, names, problem = job.fitting_size(5)
    assert problem is None
    assert body == job.options.font_size > names


@pytest.mark.parametrize(("names", "body_size", "pages"), [(300, 14, 5), (1000, 11.3, 12)])
def test_fit_pages_needs_few_trial_layouts_even_where_pages_jump(names, body_size, pages):
    from editor.pdf.render import _Job

    options = ExportOptions.from_layout(Layout(font_size=body_size, fit_pages=pages))
    job = _Job(many_signatories(names).without_private_data(), options, None)
    sizes: list[float] = []
    build = job.build
    job.build = lambda size, names=None, **kwargs: sizes.append(size) or build(size, names, **kwargs)
    size, names, problem = job.fitting_size(pages)
    assert problem is None and build(size, names).page_count <= pages
    assert len(sizes) <= 10, sizes  # two layouts to choose what shrinks, then 7 or 8 to bisect


@pytest.mark.parametrize("font_size", [30, 36])
def test_type_too_large_for_the_page_is_a_render_error_that_says_so(font_size):
    from editor.pdf import RenderError

    options = ExportOptions.from_layout(Layout(orientation="landscape", font_size=font_size))
    with pytest.raises(RenderError, match="something is too large to fit on the page at this size"):
        render_pdf(example(), options)
