"""Private signatory fields never leave the organisers: no exporter prints email, phone or note."""

from __future__ import annotations

import io

import pytest

from editor.model import Signatory, SignUp, Statement
from editor.storage.csv_export import signatories_csv

PRIVATE_MARKERS = ("private-email@example.org", "+44 7700 900999", "secret-note-about-ana")


def full_of_private_data() -> Statement:
    private = {"email": PRIVATE_MARKERS[0], "phone": PRIVATE_MARKERS[1], "note": PRIVATE_MARKERS[2]}
    people = [
        Signatory(
            f"Person {i}",
            role="Nurse",
            group="Unions" if i % 2 else "",
            personal_capacity=bool(i % 3),
            **private,
        )
        for i in range(60)
    ]
    sign_up = SignUp("Sign", "https://example.org/sign")
    return Statement(title="Fair pay", issuer="Network", sign_up=sign_up, signatories=people)


def leaked(text: str) -> list[str]:
    return [marker for marker in PRIVATE_MARKERS if marker in text]


def test_the_public_csv_carries_no_private_field():
    assert leaked(signatories_csv(full_of_private_data().signatories).decode("utf-8-sig")) == []


@pytest.mark.parametrize("imposition", ["none", "2-up", "booklet"])
def test_the_pdf_carries_no_private_field_in_its_text_or_its_bytes(imposition):
    pypdf = pytest.importorskip("pypdf")
    from editor.model import Layout
    from editor.pdf import ExportOptions, render_pdf

    statement = full_of_private_data()
    # for the screen, where links are links, so their addresses are read too
    options = ExportOptions.from_layout(
        statement.layout.overlay(Layout(imposition=imposition, output="screen"))
    )
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(statement, options).pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    links = " ".join(
        str(annotation.get_object()["/A"].get("/URI", ""))
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object()
    )
    assert "Person 59" in text, "the names themselves are printed and read back"
    assert "Fair pay" in metadata, "the document information is read"
    assert "example.org/sign" in links or imposition != "none", "links are read (imposition drops them)"
    assert leaked(text) == [] and leaked(metadata) == [] and leaked(links) == []
