"""Private signatory fields never leave the organisers: no exporter prints email, phone or note."""

from __future__ import annotations

import io

import pytest

from editor.model import Signatory, Statement
from editor.storage.csv_export import signatories_csv

PRIVATE_MARKERS = ("private-email@example.org", "+44 7700 900999", "secret-note-about-ana")


def full_of_private_data() -> Statement:
    people = [
        Signatory(
            f"Person {i}", role="Nurse", group="Unions" if i % 2 else "", personal_capacity=bool(i % 3),
            email=f"{i}-{PRIVATE_MARKERS[0]}", phone=PRIVATE_MARKERS[1], note=PRIVATE_MARKERS[2],
        )  # fmt: skip
        for i in range(60)
    ]
    return Statement(title="Fair pay", issuer="Network", signatories=people)


def leaked(text: str) -> list[str]:
    return [marker for marker in PRIVATE_MARKERS if marker in text]


def test_the_public_csv_carries_no_private_field():
    assert leaked(signatories_csv(full_of_private_data().signatories).decode("utf-8-sig")) == []


@pytest.mark.parametrize("imposition", ["none", "2-up", "booklet"])
def test_the_pdf_carries_no_private_field_in_its_text_or_its_bytes(imposition):
    pypdf = pytest.importorskip("pypdf")
    from editor.pdf import ExportOptions, render_pdf

    statement = full_of_private_data()
    options = ExportOptions.from_layout(statement.layout, imposition=imposition)
    pdf = render_pdf(statement, options).pdf
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Person 59" in text, "the names themselves are printed"
    assert leaked(text) == []
    assert leaked(pdf.decode("latin-1")) == []
