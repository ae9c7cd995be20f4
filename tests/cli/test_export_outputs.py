"""export --for press|screen|office and check --for, run as the installed command."""

from __future__ import annotations

import re

import pikepdf
import pytest

from tests.cli.installed import run_cli
from tests.pdf.samples import EXAMPLE

STATEMENT = """\
format: 1
title: Fair Pay for Care Workers
issuer: Riverside Care Workers' Network
preamble:
  - Care workers kept our town going; they are paid less than the cost of living.
sign_up:
  text: Add your name
  url: https://example.org/sign
"""


@pytest.mark.parametrize(
    ("output", "said", "pdfx"),
    [
        ("press", "for the print shop: PDF/X-4, CMYK, 3 mm bleed, crop marks", True),
        ("screen", "for screen and email: RGB", False),
        ("office", "for a home or office printer: RGB", False),
    ],
)
def test_each_output_says_what_it_made(tmp_path, output, said, pdfx):
    target = tmp_path / f"{output}.pdf"
    result = run_cli("export", str(EXAMPLE), "-o", str(target), "--for", output)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target}: written (2 pages, {said})\n"
    with pikepdf.open(target) as document:
        assert ("/OutputIntents" in document.Root) is pdfx


def test_a_flag_still_changes_one_setting_of_the_output(tmp_path):
    target = tmp_path / "press.pdf"
    result = run_cli("export", str(EXAMPLE), "-o", str(target), "--for", "press", "--no-crop-marks")
    assert result.returncode == 0, result.stderr
    assert "PDF/X-4, CMYK, 3 mm bleed)" in result.stdout
    with pikepdf.open(target) as document:
        page = document.pages[0]
        assert [float(v) for v in page.MediaBox] == pytest.approx([float(v) for v in page.BleedBox], abs=0.01)


def test_the_layout_names_its_usual_output(tmp_path):
    source = tmp_path / "care.statement.yaml"
    source.write_text(STATEMENT + "layout:\n  output: screen\n", encoding="utf-8")
    result = run_cli("export", str(source), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 0 and "for screen and email: RGB" in result.stdout


def test_check_says_what_the_print_shop_will_miss(tmp_path):
    source = tmp_path / "care.statement.yaml"
    source.write_text(STATEMENT + "layout:\n  bleed_mm: 0\n  crop_marks: true\n", encoding="utf-8")
    result = run_cli("check", str(source))
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert any(
        ":10:13: layout.bleed_mm: warning:" in line
        and "for the print shop: the title band runs to the edge" in line
        for line in lines
    ), lines
    assert any("for the print shop: crop marks are asked for without bleed" in line for line in lines), lines
    for_screen = run_cli("check", str(source), "--for", "screen")
    assert "title band" not in for_screen.stdout and "crop marks" not in for_screen.stdout


def test_a_web_address_too_long_for_a_small_code_is_said(tmp_path):
    source = tmp_path / "care.statement.yaml"
    long_address = "https://example.org/sign?" + "&".join(
        f"campaign{n}=care-workers-fair-pay" for n in range(12)
    )
    source.write_text(STATEMENT.replace("https://example.org/sign", long_address), encoding="utf-8")
    result = run_cli("check", str(source), "--for", "press")
    assert "sign_up.url: warning: the web address is long for a QR code" in result.stdout
    assert "a shorter address (a short link)" in result.stdout


def with_names(tmp_path, count: int):
    source = tmp_path / "care.statement.yaml"
    names = "".join(f"  - name: Person {n}\n    role: Care worker, Riverside\n" for n in range(count))
    source.write_text(STATEMENT + "signatories:\n" + names, encoding="utf-8")
    return source


def test_a_booklet_whose_type_shrinks_to_fill_its_pages_says_by_how_much(tmp_path):
    """120 names make five A6 pages, the fifth nearly empty; a little smaller, they make the
    four of one folded sheet, as the leaflet too now saves its short last page."""
    source = with_names(tmp_path, 120)
    plain = run_cli("export", str(source), "-o", str(tmp_path / "plain.pdf"), "--page-size", "A6")
    result = run_cli("export", str(source), "-o", str(tmp_path / "booklet.pdf"), "--imposition", "booklet",
                     "--page-size", "A6")  # fmt: skip
    assert "written (4 pages" in plain.stdout and "to make 4 pages rather than 5)" in plain.stdout
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "written (4 pages" in result.stdout
    assert re.search(
        r"booklet, text at 9\d% and names at 9\d% of their size to make 4 pages\)", result.stdout
    )


@pytest.mark.parametrize(
    ("names", "advice"),
    [(360, "shorten the text, or set fit_pages: 4 to fit 4 pages in smaller type"),
     (390, "even in the smallest type the text needs more than 4 pages; shorten it to lose them")],
)  # fmt: skip
def test_a_booklet_the_type_cannot_shrink_enough_for_says_how_many_pages_are_blank(tmp_path, names, advice):
    """Five A5 pages: fit_pages is offered only where it would work."""
    source = with_names(tmp_path, names)
    target = tmp_path / "booklet.pdf"
    result = run_cli("export", str(source), "-o", str(target), "--imposition", "booklet")
    assert result.returncode == 0, result.stderr
    assert "written (5 pages" in result.stdout
    assert (
        f"3 blank pages end the booklet of 5 pages (a booklet's pages come in fours): {advice}"
        in result.stderr
    )


def test_a_booklet_fits_to_pages_in_fours(tmp_path):
    """fit_pages: 2 for a booklet means its one folded sheet: four pages, not two and two blanks."""
    source = with_names(tmp_path, 120)
    result = run_cli("export", str(source), "-o", str(tmp_path / "booklet.pdf"), "--imposition", "booklet",
                     "--page-size", "A6", "--fit-pages", "2")  # fmt: skip
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "written (4 pages" in result.stdout


def test_a_one_page_booklet_has_no_back_cover_to_put_blanks_before(tmp_path):
    source = with_names(tmp_path, 0)
    result = run_cli("export", str(source), "-o", str(tmp_path / "one.pdf"), "--imposition", "booklet",
                     "--booklet-blanks", "before-back-cover")  # fmt: skip
    assert "3 blank pages end the booklet of 1 page" in result.stderr, result.stderr


def test_black_overprint_is_asked_for_on_the_command_line_and_needs_cmyk(tmp_path):
    on_press = run_cli("export", str(EXAMPLE), "-o", str(tmp_path / "press.pdf"), "--black-overprint")
    in_rgb = run_cli(
        "export", str(EXAMPLE), "-o", str(tmp_path / "rgb.pdf"), "--black-overprint", "--for", "screen"
    )
    assert on_press.returncode == 0 and "crop marks, black overprint)" in on_press.stdout
    assert "--black-overprint: warning: for screen and email: black overprint is asked for" in in_rgb.stderr


def test_a_sheet_named_without_imposition_is_said_to_do_nothing(tmp_path):
    result = run_cli("export", str(EXAMPLE), "-o", str(tmp_path / "single.pdf"), "--sheet", "A2")
    assert result.returncode == 0
    assert (
        "--sheet: warning: for the print shop: the sheet A2 is named but the pages are not imposed"
        in result.stderr
    )


def test_a_sheet_of_the_other_measure_is_used_when_the_job_fits_it(tmp_path):
    target = tmp_path / "tabloid.pdf"
    result = run_cli("export", str(EXAMPLE), "-o", str(target), "--imposition", "2-up", "--sheet", "Tabloid")
    assert result.returncode == 0, result.stderr
    with pikepdf.open(target) as document:
        assert sorted(float(v) for v in document.pages[0].MediaBox[2:]) == pytest.approx([792, 1224], abs=0.1)


def test_a_sheet_too_small_for_the_job_is_refused_and_names_the_sizes(tmp_path):
    target = tmp_path / "two-up.pdf"
    result = run_cli("export", str(EXAMPLE), "-o", str(target), "--imposition", "2-up", "--sheet", "A4")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "--sheet:" in result.stderr and "A4" in result.stderr and "mm" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize(("fit", "said"), [(None, "1 blank page ends the booklet of 3 pages"),
                                           ("3", "1 blank page ends the booklet of 3 pages")])  # fmt: skip
def test_blank_pages_of_a_booklet_are_said_even_when_the_layout_fits_to_pages(tmp_path, fit, said):
    """The example fits to 2 pages; a booklet fits to four, and at its normal size it fills three."""
    fitting = ["--fit-pages", fit] if fit else []
    target = tmp_path / "booklet.pdf"
    result = run_cli("export", str(EXAMPLE), "-o", str(target), "--imposition", "booklet", *fitting)
    assert result.returncode == 0, result.stderr
    assert f"--imposition: warning: {said}" in result.stderr
    with pikepdf.open(target) as document:
        assert len(document.pages) == 2  # one sheet, both sides
