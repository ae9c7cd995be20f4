"""statement-editor export: a complete PDF or none, options from flags, clear messages."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from editor.cli import main
from tests.pdf.samples import EXAMPLE


def test_export_writes_the_pdf_and_exits_0(tmp_path, capsys):
    target = tmp_path / "leaflet.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(target)]) == 0
    made_as = "for the print shop: PDF/X-4, CMYK, 3 mm bleed, crop marks"
    assert capsys.readouterr().out == f"{target}: written (2 pages, {made_as})\n"
    pdf = PdfReader(target)
    assert pdf.metadata.title == "A Workers\u2019 Plan for Rebuilding Ukraine"  # as printed
    assert len(pdf.pages) == 2


def test_flags_override_the_layout(tmp_path):
    target = tmp_path / "leaflet.pdf"
    arguments = [
        "export",
        str(EXAMPLE),
        "-o",
        str(target),
        "--page-size",
        "A4",
        "--orientation",
        "landscape",
        "--theme",
        "photocopy",
        "--bleed",
        "0",
        "--no-crop-marks",
        "--cmyk",
        "--fit-pages",
        "3",
    ]
    assert main(arguments) == 0
    page = PdfReader(target).pages[0]
    assert [round(float(v)) for v in page.mediabox] == [0, 0, 842, 595]
    assert b" rg\n" not in page.get_contents().get_data()


def test_a_bad_option_is_a_usage_error_that_names_the_option_and_writes_nothing(tmp_path, capsys):
    target = tmp_path / "leaflet.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(target), "--theme", "glossy"]) == 2
    error = capsys.readouterr().err
    assert error.startswith(
        "statement-editor export: --theme: there is no theme called 'glossy'; choose one of default"
    )
    assert error.endswith(f"{EXAMPLE}: not exported; fix the problems above (nothing was written)\n")
    assert "Traceback" not in error
    assert not target.exists()


def test_an_invalid_statement_writes_nothing(tmp_path, capsys):
    source = tmp_path / "bad.statement.yaml"
    source.write_text("format: 1\ntitle: X\nlayout:\n  bleed_mm: 99\n", encoding="utf-8")
    target = tmp_path / "leaflet.pdf"
    assert main(["export", str(source), "-o", str(target)]) == 1
    assert "layout.bleed_mm: must be between 0 and 20 mm" in capsys.readouterr().err
    assert not target.exists()


def test_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "nope.yaml" in capsys.readouterr().err


def test_a_failed_write_keeps_the_old_pdf(tmp_path, capsys, monkeypatch):
    target = tmp_path / "leaflet.pdf"
    target.write_bytes(b"old leaflet")
    monkeypatch.setattr("os.replace", _refuse)
    assert main(["export", str(EXAMPLE), "-o", str(target)]) == 2
    assert "could not save" in capsys.readouterr().err
    assert target.read_bytes() == b"old leaflet"
    assert [p.name for p in tmp_path.iterdir()] == ["leaflet.pdf"]


def _refuse(*_arguments):
    raise PermissionError(13, "Permission denied")


def test_problems_in_the_text_are_listed_and_exit_1(tmp_path, capsys):
    source = tmp_path / "plan.statement.yaml"
    shutil.copy(EXAMPLE, source)
    text = source.read_text(encoding="utf-8").replace("  - Aisha Rahman", "  - 王小明")
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "leaflet.pdf"
    assert main(["export", str(source), "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert (
        f"{source}:143:5: signatories[36].name: '王' (U+738B CJK UNIFIED IDEOGRAPH-738B) is not in FiraGO"
        in error
    )
    assert (
        "written (2 pages, for the print shop: PDF/X-4, CMYK, 3 mm bleed, crop marks) with the problems above"
        in error
    )
    assert target.exists()


def test_a_logo_outside_the_statement_folder_needs_the_flag(tmp_path, capsys):
    from PIL import Image

    folder = tmp_path / "shared-with-me"
    folder.mkdir()
    statement = folder / "plan.statement.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("layout:\n", "layout:\n  logo: ../private.png\n")
    statement.write_text(text, encoding="utf-8")
    Image.new("RGB", (300, 100), "navy").save(tmp_path / "private.png")
    target = tmp_path / "leaflet.pdf"

    def images() -> int:
        return sum(len(page.images) for page in PdfReader(target).pages)

    assert main(["export", str(statement), "-o", str(target)]) == 1, "written, but not as asked"
    assert "outside the statement's folder" in capsys.readouterr().err
    assert images() == 0
    assert main(["export", str(statement), "-o", str(target), "--allow-outside-assets"]) == 0
    assert images() == 1


def test_a_warning_in_the_statement_does_not_stop_the_export(tmp_path, capsys):
    statement = tmp_path / "light.statement.yaml"
    statement.write_text('format: 1\ntitle: X\nlayout:\n  accent_color: "#FFFF00"\n', encoding="utf-8")
    assert main(["export", str(statement), "-o", str(tmp_path / "out.pdf")]) == 0
    assert "warning: #FFFF00 is too light" in capsys.readouterr().err
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_a_problem_with_an_option_from_the_command_line_names_the_option(tmp_path, capsys):
    statement = tmp_path / "s.statement.yaml"
    statement.write_bytes(EXAMPLE.read_bytes())
    assert main(["export", str(statement), "-o", str(tmp_path / "out.pdf"), "--fit-pages", "1"]) == 0
    err = capsys.readouterr().err
    assert "statement-editor export: --fit-pages: warning: does not fit on 1 page" in err


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--bleed", "-1"], "-1: must be between 0 and 20 mm"),
        (["--bleed", "three"], "'three' is not a number of millimetres"),
        (["--fit-pages", "0"], "0: must be between 1 and 9,999 pages"),
        (["--fit-pages", "two"], "'two' is not a number of pages"),
    ],
)
def test_an_option_out_of_range_is_a_usage_error(tmp_path, capsys, option, message):
    target = tmp_path / "out.pdf"
    with pytest.raises(SystemExit) as stop:
        main(["export", str(EXAMPLE), "-o", str(target), *option])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_the_pdf_is_written_only_to_a_pdf_name(tmp_path):
    from tests.cli.installed import run_cli

    names = tmp_path / "names.csv"
    names.write_text("Name\nAna\n", encoding="utf-8")
    result = run_cli("export", str(EXAMPLE), "-o", str(names))
    assert result.returncode == 2
    assert result.stderr == (
        f"{EXAMPLE}: not exported: {names}: the name of the file to write must end in .pdf; "
        "choose another name for the output (nothing was written)\n"
    )
    assert names.read_text(encoding="utf-8") == "Name\nAna\n"


def test_a_theme_the_file_names_but_that_does_not_exist_is_located_in_the_file(tmp_path, capsys):
    source = tmp_path / "th.statement.yaml"
    source.write_text("format: 1\ntitle: X\nlayout:\n  theme: glossy\n", encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "out.pdf")]) == 1
    assert capsys.readouterr().err.startswith(
        f"{source}:4:10: layout.theme: there is no theme called 'glossy'"
    )


def test_an_option_stands_in_for_the_unusable_value_in_the_file(tmp_path, capsys):
    source = tmp_path / "bleed.statement.yaml"
    source.write_text("format: 1\ntitle: X\nlayout:\n  bleed_mm: 99\n", encoding="utf-8")
    target = tmp_path / "out.pdf"
    assert main(["export", str(source), "-o", str(target), "--bleed", "3"]) == 0
    assert capsys.readouterr().err == ""
    page = PdfReader(target).pages[0]
    assert round(float(page.bleedbox.width) - float(page.trimbox.width)) == 17  # 2 × 3 mm
