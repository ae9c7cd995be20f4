"""Opening the statement's logo without trusting the statement.

A statement may come from someone else. Its logo path must not be able to pull an arbitrary file
from the organiser's disk into the PDF they send back, so a path that leads outside the
statement's folder (through '..', an absolute path or a symbolic link) needs the organiser's
explicit choice. A huge image is refused from its header, before anything is decoded.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from editor.model import Problem
from editor.storage.regular_files import FileTooLarge, NotARegularFile, read_regular

MAX_LOGO_BYTES = 30 * 1024 * 1024
"""Far beyond a logo's file, even an uncompressed one of the largest size allowed below."""
MAX_LOGO_PIXELS = 16_000_000
"""4,000 x 4,000: far beyond any logo, and at most 64 MB decoded, the one full-size copy kept."""
LARGEST_SIDES = "4,000 x 4,000"
PRINT_PIXELS = 1200
"""Longest side kept: 300 dpi across 100 mm, more than a logo in a title block ever needs."""
ACCEPTED_FORMATS = ("PNG", "JPEG")
_STRIP_ROWS = 128
"""Rows of the reduced image made at a time."""
_PATH = ("layout", "logo")


class LogoProblem(Exception):
    """Why the logo is left out; the leaflet still prints without it."""

    def as_problem(self) -> Problem:
        """Not a mere warning: a print run without its logo is not what the organiser asked for."""
        return Problem(f"{self}; the leaflet is printed without it", _PATH)


def open_logo(name: str, base_dir: Path | None, *, allow_outside: bool = False) -> Image.Image:
    """The logo as RGBA, at most ``PRINT_PIXELS`` on its longer side; raises ``LogoProblem``."""
    if base_dir is None:
        raise LogoProblem(
            f"the logo '{name}' is found relative to the statement file; save the statement first"
        )
    folder = base_dir.resolve()
    path = (folder / name).resolve()
    if not allow_outside and not path.is_relative_to(folder):
        raise LogoProblem(
            f"the logo '{name}' is outside the statement's folder, and a statement could otherwise put "
            "any file from your disk into the PDF; copy the logo next to the statement, or allow "
            "files outside its folder when you export"
        )
    try:
        with Image.open(io.BytesIO(read_regular(path, MAX_LOGO_BYTES))) as opened:
            if opened.format not in ACCEPTED_FORMATS:
                raise LogoProblem(f"the logo '{name}' is not a PNG or JPEG image")
            width, height = opened.size
            if width * height > MAX_LOGO_PIXELS:  # said from the header: nothing is decoded yet
                raise LogoProblem(
                    f"the logo '{name}' is {width:,} x {height:,} pixels; use an image under {LARGEST_SIDES}"
                )
            image = _reduced(opened)
    except FileNotFoundError:
        raise LogoProblem(f"the logo '{name}' was not found next to the statement") from None
    except NotARegularFile:
        raise LogoProblem(f"the logo '{name}' is not an image file but a device or a pipe") from None
    except FileTooLarge as error:
        raise LogoProblem(
            f"the logo '{name}' is a file of {error.size / 1048576:.0f} MB or more; "
            f"use one under {MAX_LOGO_BYTES // 1048576} MB"
        ) from None
    except UnidentifiedImageError:  # its message names an object in memory, not the file
        raise LogoProblem(f"the logo '{name}' is not a PNG or JPEG image, or it is damaged") from None
    except Image.DecompressionBombError:
        raise LogoProblem(f"the logo '{name}' is far too large an image") from None
    except (OSError, ValueError) as error:
        raise LogoProblem(f"the logo '{name}' cannot be read ({error})") from None
    return image


def _reduced(opened: Image.Image) -> Image.Image:
    """The image at print size, as RGBA, from the decoded image and strips of it. Converting or
    resampling the whole at once would make full-size copies (Pillow premultiplies the alpha of
    the entire image first): two or three times the memory of the decoded image itself."""
    opened.draft("RGB", (PRINT_PIXELS, PRINT_PIXELS))  # JPEG: decode at a reduced size
    opened.load()
    width, height = opened.size
    factor = max(1, max(width, height) // PRINT_PIXELS)
    reduced = Image.new("RGBA", (-(-width // factor), -(-height // factor)))
    rows = factor * _STRIP_ROWS
    for top in range(0, height, rows):
        strip = opened.crop((0, top, width, min(height, top + rows))).convert("RGBA")
        reduced.paste(strip.reduce(factor) if factor > 1 else strip, (0, top // factor))
    reduced.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
    return reduced
