"""The three outputs read back as the print shop, a screen and an office printer receive them.

Everything here reads the written PDF with pikepdf, Ghostscript or zbar, never our own objects.
"""

from __future__ import annotations

import datetime
import io
import re
import subprocess

import pikepdf
import pytest
from reportlab.lib.units import mm

from editor.model import Layout, Paragraph, SignUp
from editor.pdf import ExportOptions, render_pdf
from tests.pdf.printed_type import inks, printed
from tests.pdf.samples import example, many_signatories, small
from tests.pdfx_rules import pdfx4_problems
from tests.programs import needs

PRESS_SIZES = ("A6", "A5", "A4", "A3", "Letter")


def render(statement=None, **layout) -> bytes:
    statement = statement or example()
    return render_pdf(statement, ExportOptions.from_layout(statement.layout.overlay(Layout(**layout)))).pdf


def opened(pdf: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(pdf))


@pytest.fixture(scope="module")
def press() -> bytes:
    return render_pdf(example()).pdf  # no output named: the print shop's


def test_an_export_that_names_no_output_is_pdfx_for_the_print_shop(press):
    assert pdfx4_problems(press) == []
    with opened(press) as document:
        (intent,) = document.Root.OutputIntents
        assert intent.OutputConditionIdentifier == "FOGRA39"
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[16:20] == b"CMYK" and profile[12:16] == b"prtr"
        assert document.docinfo.Trapped == pikepdf.Name("/False")
        for page in document.pages:
            trim, bleed = [float(v) for v in page.TrimBox], [float(v) for v in page.BleedBox]
            assert trim[0] - bleed[0] == pytest.approx(3 * mm, abs=0.01)  # 3 mm bleed
            assert float(page.MediaBox[2]) > bleed[2]  # room for the crop marks
            assert "/Annots" not in page


@pytest.mark.parametrize("page_size", PRESS_SIZES)
def test_every_press_page_size_passes_the_pdfx_rules(page_size):
    pdf = render(many_signatories(60), page_size=page_size)
    assert pdfx4_problems(pdf) == []
    with opened(pdf) as document:
        identifier = document.Root.OutputIntents[0].OutputConditionIdentifier
    assert identifier == ("CGATS TR 006" if page_size == "Letter" else "FOGRA39")


def test_the_print_shop_can_tell_two_exports_apart(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    first = render()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780003600")
    second = render()
    with opened(first) as one, opened(second) as two:
        assert one.docinfo.CreationDate != two.docinfo.CreationDate
        assert one.trailer.ID[0] == two.trailer.ID[0]  # the same job: its permanent ID
        assert one.trailer.ID[1] != two.trailer.ID[1]  # another version of it
        meta_one, meta_two = one.open_metadata(), two.open_metadata()
        assert meta_one["xmpMM:DocumentID"] == meta_two["xmpMM:DocumentID"]  # the same statement
        assert meta_one["xmpMM:InstanceID"] != meta_two["xmpMM:InstanceID"]  # another rendition


def test_the_same_statement_at_another_size_is_another_document(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    with opened(render(page_size="A5")) as leaflet, opened(render(page_size="A3")) as poster:
        assert leaflet.trailer.ID[0] != poster.trailer.ID[0]
        assert leaflet.open_metadata()["xmpMM:DocumentID"] != poster.open_metadata()["xmpMM:DocumentID"]


def test_without_a_fixed_time_the_file_carries_the_time_it_was_made(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with opened(render()) as document:
        made = datetime.datetime.strptime(str(document.docinfo.CreationDate)[2:16], "%Y%m%d%H%M%S")
    assert abs(made.replace(tzinfo=datetime.UTC) - datetime.datetime.now(datetime.UTC)).total_seconds() < 120


def test_subsets_of_different_fonts_have_different_tags(press):
    with opened(press) as document:
        names = {str(font.BaseFont) for page in document.pages for font in page.Resources.Font.values()}
    tags = [name[1:7] for name in names]
    assert len(names) >= 3 and len(set(tags)) == len(tags) and "AAAAAA" not in tags


def test_the_accent_prints_as_the_designer_gave_it_and_another_through_the_profile():
    theme_red = {run.fill for run in printed(render()).runs if run.size > 12 and inks(run.fill) > 1}
    assert theme_red == {("k", (0.0, 1.0, 0.81, 0.04))}
    green = {
        run.fill
        for run in printed(render(accent_color="#007A33")).runs
        if run.size > 12 and inks(run.fill) > 1
    }
    ((_, (cyan, magenta, yellow, black)),) = green
    # the formula (K = 1 - max) gives 100/0/58/52: a dark olive; the ICC conversion keeps it green
    assert cyan > 0.75 and magenta < 0.05 and yellow > 0.9 and 0.25 < black < 0.45


def test_small_type_prints_in_one_ink_and_no_type_is_under_seven_points(press):
    runs = printed(press).runs
    assert min(run.size for run in runs) >= 7
    assert all(inks(run.fill) <= 1 for run in runs if run.size < 12)
    knocked_out = [run for run in runs if run.fill == ("k", (0.0, 0.0, 0.0, 0.0))]
    assert knocked_out and min(run.size for run in knocked_out) >= 8


@pytest.mark.parametrize("page_size", ["A6", "A3"])
def test_no_type_is_under_seven_points_on_any_page_size_even_when_fitting(page_size):
    pdf = render(many_signatories(400), page_size=page_size, fit_pages=2)
    assert min(run.size for run in printed(pdf).runs) >= 7


def test_thin_rules_print_in_one_ink_and_no_tint_leaves_a_dot_under_five_percent(press):
    reading = printed(press)
    assert all(inks(stroke.colour) <= 1 for stroke in reading.strokes if stroke.width < 1)
    tints = {area.fill for area in reading.areas if area.fill[0] == "k" and 0 < max(area.fill[1]) < 0.5}
    assert tints == {("k", (0.0, 0.1, 0.081, 0.0))}  # the sign-up panel: 10% of 0/100/81/4, no 0.4% K
    for _, values in tints:
        assert all(value == 0 or value >= 0.05 for value in values)


def test_crop_marks_print_on_every_plate(press):
    with opened(press) as document:
        spaces = document.pages[0].Resources.ColorSpace
        separations = [space for space in spaces.values() if space[0] == "/Separation"]
    assert [space[1] for space in separations] == ["/All"]


@needs("pdftotext")
def test_on_paper_a_link_prints_its_address_and_on_screen_it_is_a_link():
    statement = small()
    statement.preamble = [Paragraph("Read [the briefing](https://example.org/briefing) first.")]
    for output, annotated in (("press", False), ("office", False), ("screen", True)):
        pdf = render(statement, output=output)
        with opened(pdf) as document:
            page = document.pages[0]
            links = [str(a.A.URI) for a in page.get("/Annots", [])]
        assert ("https://example.org/briefing" in links) is annotated
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout
        assert (b"the briefing (https://example.org/briefing)" in text) is not annotated


def test_screen_and_office_outputs_are_rgb_at_the_finished_size():
    for output in ("screen", "office"):
        pdf = render(output=output)  # the example asks for bleed and marks, for its own output
        with opened(pdf) as document:
            assert "/OutputIntents" not in document.Root
            page = document.pages[0]
            assert [float(v) for v in page.MediaBox] == pytest.approx([float(v) for v in page.TrimBox])
            drawn = page.Contents.read_bytes()
        assert re.search(rb" rg\b", drawn) and not re.search(rb" k\b", drawn)


@needs("gs")
def test_ghostscript_reads_the_press_file_and_the_ink_stays_under_the_limit(tmp_path, press):
    source = tmp_path / "press.pdf"
    source.write_bytes(press)
    result = subprocess.run(
        ["gs", "-q", "-o", "-", "-sDEVICE=inkcov", str(source)], capture_output=True, text=True, check=True
    )
    assert result.stderr == ""
    pages = [list(map(float, line.split()[:4])) for line in result.stdout.splitlines() if "CMYK" in line]
    assert len(pages) == 2 and all(sum(page) < 1.0 for page in pages)  # coverage, not ink density


@needs("pdftoppm", "zbarimg", "pdftotext")
@pytest.mark.parametrize(("page_size", "least_mm"), [("A6", 20), ("A5", 20), ("A4", 27), ("A3", 45)])
def test_the_qr_code_scans_and_is_large_enough_for_its_page(tmp_path, page_size, least_mm):
    statement = small()
    statement.sign_up = SignUp(text="Sign", url="https://example.org/workers-plan/sign")
    source = tmp_path / "qr.pdf"
    source.write_bytes(render(statement, page_size=page_size))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "page")], check=True)
    (image,) = sorted(tmp_path.glob("page*.png"))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True)
    assert decoded.stdout.split() == ["https://example.org/workers-plan/sign"]
    areas = printed(source.read_bytes()).areas
    white = ("k", (0.0, 0.0, 0.0, 0.0))
    (ground,) = [
        a.box for a in areas if a.fill == white and abs((a.box[2] - a.box[0]) - (a.box[3] - a.box[1])) < 0.1
    ]
    modules = [a.box for a in areas if a.fill != white and all(ground[i] <= a.box[i] for i in (0, 1))
               and all(a.box[i] <= ground[i] for i in (2, 3))]  # fmt: skip
    code_mm = (max(box[2] for box in modules) - min(box[0] for box in modules)) / mm
    assert code_mm >= least_mm - 0.01
    printed_text = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, text=True).stdout
    assert "https://example.org/workers-plan/sign" in printed_text.replace("\n", "")


def ink_coverage(pdf: bytes, tmp_path, name: str) -> list[list[float]]:
    """Each page's C, M, Y, K coverage as Ghostscript prints it, overprint simulated as on press."""
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        ["gs", "-q", "-o", "-", "-sDEVICE=inkcov", str(source)], capture_output=True, text=True, check=True
    )
    return [list(map(float, line.split()[:4])) for line in result.stdout.splitlines() if "CMYK" in line]


@needs("gs")
def test_black_overprint_keeps_the_tint_under_small_black_text_and_nothing_else(tmp_path, press):
    """Page 2's sign-up panel is a tint with black text on it: overprinted, the tint's magenta
    stays under the letters. Page 1's white title on the red band must still knock out (white
    overprinted would vanish), so its inks stay as they were."""
    overprinting = render(black_overprint=True)
    assert pdfx4_problems(overprinting) == []
    knocked_out, overprinted = (
        ink_coverage(press, tmp_path, "off"),
        ink_coverage(overprinting, tmp_path, "on"),
    )

    assert overprinted[0] == knocked_out[0]
    assert overprinted[1][1] > knocked_out[1][1] + 0.001  # magenta under the panel's black text
    assert overprinted[1][3] == knocked_out[1][3]  # the black itself prints the same
    with opened(overprinting) as document:
        states = [dict(state) for state in document.pages[1].Resources.ExtGState.values()]
    assert {"/Type": "/ExtGState", "/OP": True, "/op": True, "/OPM": 1} in [
        {key: (str(value) if key == "/Type" else value) for key, value in state.items()} for state in states
    ]


def test_without_black_overprint_nothing_overprints(press):
    with opened(press) as document:
        for page in document.pages:
            states = page.Resources.get("/ExtGState", {})
            assert not any(state.get("/OP") or state.get("/op") for state in states.values())


@pytest.mark.parametrize("output", ["screen", "office"])
def test_every_output_carries_its_date_its_job_s_id_and_unique_subset_tags(monkeypatch, output):
    """Not only the print shop's: a file sent by email is told apart by its date and ID too."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    with opened(render(output=output)) as first, opened(render(output=output, page_size="A4")) as other:
        assert first.docinfo.CreationDate == "D:20260528202640+00'00'"
        assert first.trailer.ID[0] != other.trailer.ID[0]
        tags = [str(font.BaseFont)[1:7] for font in first.objects if isinstance(font, pikepdf.Dictionary)
                and font.get("/Type") == "/Font" and "/FontDescriptor" in font]  # fmt: skip
        assert len(tags) == len(set(tags)) >= 3
        assert "/OutputIntents" not in first.Root
