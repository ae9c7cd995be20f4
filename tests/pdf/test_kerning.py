"""Display type is kerned (HarfBuzz shaping), read back from the content streams with pikepdf."""

from __future__ import annotations

import collections
import io

import pikepdf

from editor.pdf import render_pdf
from tests.pdf.samples import example, flat_text


def text_sizes(pdf: bytes, page: int = 0) -> tuple[collections.Counter[float], set[float]]:
    """How many text runs each type size has, and the sizes at which a TJ array moves glyphs."""
    shown: collections.Counter[float] = collections.Counter()
    kerned: set[float] = set()
    size = 0.0
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for operands, operator in pikepdf.parse_content_stream(document.pages[page]):
            name = str(operator)
            if name == "Tf":
                size = round(float(operands[1]), 1)
            elif name in ("Tj", "TJ", "'", '"'):
                shown[size] += 1
                if name == "TJ" and any(
                    not isinstance(item, pikepdf.String) and float(item) for item in operands[0]
                ):
                    kerned.add(size)
    return shown, kerned


def test_the_title_subtitle_and_headings_are_kerned_and_the_body_is_set_plain():
    result = render_pdf(example())
    shown, kerned = text_sizes(result.pdf)
    body = shown.most_common(1)[0][0]
    assert max(shown) in kerned  # the title
    assert len(kerned) >= 2  # and the subtitle or a heading
    assert body not in kerned
    assert "A Workers\u2019 Plan for Rebuilding Ukraine" in flat_text(result.pdf)  # still reads as text
