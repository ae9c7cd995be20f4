"""Colour for the press: RGB converted through a CMYK characterisation, as a RIP would do it.

A formula (K = 1 − max(R, G, B)) turns a bright red into a brown one with 22% black and puts
dots too small to print into every tint. littleCMS, through Pillow's ImageCms, converts with
the profile of the printing condition the leaflet is made for instead: FOGRA39 (coated paper,
ISO 12647-2) in Europe, GRACoL 2006 (CGATS TR 006) on US paper sizes. The profiles are made
from the free characterisation data (resources/icc/README.md says how and under which licence),
and the PDF/X output intent embeds the same profile, so the shop's RIP sees what we meant.
"""

from __future__ import annotations

import functools
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

from editor.paths import resources_dir

CMYK = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class PressProfile:
    """A printing condition as an output intent names it, and the ICC profile that describes it."""

    file_name: str
    identifier: str
    """The condition's name in the ICC's registry (color.org), which a RIP knows without the file."""
    condition: str

    @property
    def path(self) -> Path:
        return resources_dir() / "icc" / self.file_name

    def deflated(self) -> bytes:
        """The profile Flate-compressed, as the output intent embeds it: compressed once, not
        on every export (a quarter of a megabyte took longer to deflate than a page to render)."""
        return _deflated_profile(self.path)


FOGRA39 = PressProfile(
    "FOGRA39-coated.icc", "FOGRA39", "Offset printing on coated paper, ISO 12647-2:2004 (FOGRA39)"
)
GRACOL = PressProfile(
    "GRACoL2006-coated.icc", "CGATS TR 006", "Offset printing on coated paper, GRACoL 2006 (CGATS TR 006)"
)
REGISTRY = "http://www.color.org"
_lock = threading.Lock()  # littleCMS transforms are built once and shared by renders in threads


def press_profile(us_press: bool) -> PressProfile:
    return GRACOL if us_press else FOGRA39


def rgb_to_cmyk(hex_colour: str, profile: PressProfile) -> CMYK:
    """``#RRGGBB`` as ink fractions on the press; a grey prints in black ink alone, so text and
    rules in grey never depend on four plates meeting."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    if red == green == blue:
        return 0.0, 0.0, 0.0, round(1 - red / 255, 4)
    pixel = Image.new("RGB", (1, 1), (red, green, blue))
    with _lock:
        converted = ImageCms.applyTransform(pixel, _transform(profile))
    values = converted.getpixel((0, 0)) if converted is not None else (0, 0, 0, 255)
    assert isinstance(values, tuple)
    return tuple(round(value / 255, 4) for value in values)  # type: ignore[return-value]


def cmyk_image(image: Image.Image, ground: CMYK, profile: PressProfile, *, grey: bool) -> Image.Image:
    """An image with transparency as CMYK laid on ``ground``: the picture is converted through
    the profile (a ``grey`` one into black ink alone) and blended with the ground ink by ink,
    so where the picture is clear the inks are exactly the ground's and no box shows around a
    logo on the title band."""
    rgba = image.convert("RGBA")
    if grey:
        none = Image.new("L", image.size, 0)
        picture = Image.merge("CMYK", (none, none, none, ImageOps.invert(rgba.convert("L"))))
    else:
        with _lock:
            converted = ImageCms.applyTransform(rgba.convert("RGB"), _transform(profile))
        assert converted is not None
        picture = converted
    ground_inks = tuple(round(value * 255) for value in ground)
    return Image.composite(picture, Image.new("CMYK", image.size, ground_inks), rgba.getchannel("A"))


@functools.cache
def _transform(profile: PressProfile) -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"),
        ImageCms.ImageCmsProfile(str(profile.path)),
        "RGB",
        "CMYK",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION,
    )


@functools.cache
def _deflated_profile(path: Path) -> bytes:
    return zlib.compress(path.read_bytes(), 9)
