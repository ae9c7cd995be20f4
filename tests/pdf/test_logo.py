"""A statement from someone else cannot pull files from your disk, or a huge image, into its PDF."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from editor.pdf.logo import PRINT_PIXELS, LogoProblem, open_logo


def png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG that claims a size but holds no pixels: enough to test refusing it from its header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b""))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    statement_folder = tmp_path / "campaign"
    statement_folder.mkdir()
    Image.new("RGB", (4000, 2000), "red").save(statement_folder / "logo.png")
    return statement_folder


def test_a_logo_beside_the_statement_opens_at_print_size(folder):
    image = open_logo("logo.png", folder)
    assert image.mode == "RGBA" and image.size == (PRINT_PIXELS, PRINT_PIXELS // 2)


@pytest.mark.parametrize("name", ["../secret.png", "/etc/passwd", "link.png"])
def test_a_logo_outside_the_folder_needs_an_explicit_choice(folder, name):
    Image.new("RGB", (10, 10)).save(folder.parent / "secret.png")
    (folder / "link.png").symlink_to(folder.parent / "secret.png")
    with pytest.raises(LogoProblem, match="outside the statement's folder"):
        open_logo(name, folder)
    if name != "/etc/passwd":
        assert open_logo(name, folder, allow_outside=True).size == (10, 10)


def test_a_file_that_is_not_an_image_is_refused(folder):
    (folder / "logo.png").write_text("format: 1\ntitle: not an image\n")
    with pytest.raises(LogoProblem) as refused:
        open_logo("logo.png", folder)
    assert str(refused.value) == "the logo 'logo.png' is not a PNG or JPEG image, or it is damaged"


def test_another_image_format_is_refused(folder):
    Image.new("RGB", (10, 10)).save(folder / "logo.gif")
    with pytest.raises(LogoProblem, match="not a PNG or JPEG"):
        open_logo("logo.gif", folder)


@pytest.mark.parametrize("size", [(20_000, 20_000), (6_000, 5_000)])
def test_a_huge_image_is_refused_from_its_header(folder, size):
    png_header_only(folder / "huge.png", *size)
    with pytest.raises(LogoProblem, match=r"pixels; use an image under 4,000 x 4,000|far too large"):
        open_logo("huge.png", folder)


def test_an_unsaved_statement_has_no_folder_for_its_logo():
    with pytest.raises(LogoProblem, match="save the statement first"):
        open_logo("logo.png", None)


@pytest.mark.parametrize(("theme", "grey"), [("photocopy", True), ("default", False)])
def test_a_black_and_white_theme_prints_the_logo_in_greys(folder, theme, grey):
    from pypdf import PdfReader

    from editor.model import Layout, Statement
    from editor.pdf import render_pdf

    statement = Statement(title="Logo", layout=Layout(logo="logo.png", theme=theme))
    pdf = render_pdf(statement, base_dir=folder).pdf
    (image,) = PdfReader(io.BytesIO(pdf)).pages[0].images
    red, green, blue = image.image.convert("RGB").getpixel((10, 10))
    assert (red == green == blue) is grey


@pytest.mark.parametrize("mode", ["RGBA", "P", "L", "I;16"])
def test_a_logo_at_the_largest_size_is_shrunk_to_print_size_keeping_its_picture(folder, mode):
    """Made from strips of the decoded image: each strip must land where it was, colours and
    transparency kept, and the last strip (not a whole multiple of the step) filled too."""
    grey = mode in ("L", "I;16")
    clear, red, blue = (0, 200, 90) if grey else ((0, 0, 0, 0), (200, 16, 46, 255), (0, 90, 160, 255))
    picture = Image.new(mode if grey else "RGBA", (4000, 3999), clear)
    picture.paste(red, (2000, 0, 4000, 3999))  # the right half; the left is clear (or black)
    picture.paste(blue, (0, 3600, 4000, 3999))  # a foot, in the last strip
    if mode == "P":
        picture = picture.convert("RGB").quantize(4)
    picture.save(folder / "logo.png")
    logo = open_logo("logo.png", folder)
    assert logo.mode == "RGBA" and logo.size == (1200, 1200 * 3999 // 4000)
    left, right, foot = logo.getpixel((300, 300)), logo.getpixel((900, 300)), logo.getpixel((600, 1150))
    if mode == "RGBA":
        assert left[3] == 0 and right == (200, 16, 46, 255) and foot == (0, 90, 160, 255)
    elif mode == "P":
        assert right[:3] == (200, 16, 46) and foot[:3] == (0, 90, 160)
    else:
        assert left[:3] == (0, 0, 0) and right[0] == right[1] == right[2] > 0 and foot[0] > 0
