"""Headings in capitals, as each alphabet writes them."""

from __future__ import annotations

import pytest

from editor.model import Signatory, Statement
from editor.pdf import render_pdf
from editor.pdf.capitals import in_capitals
from tests.pdf.samples import flat_text


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("Σωματεία", "ΣΩΜΑΤΕΙΑ"),  # Greek capitals drop the accent
        ("Ελένη Αντωνίου", "ΕΛΕΝΗ ΑΝΤΩΝΙΟΥ"),
        ("τσάι", "ΤΣΑΪ"),  # the accent kept α and ι apart: a diaeresis does it now
        ("Μαΐου", "ΜΑΪΟΥ"),  # a diaeresis stays
        ("ἄνθρωπος", "ΑΝΘΡΩΠΟΣ"),  # polytonic breathings and accents go too
        ("καὶ", "ΚΑΙ"),
        ("Εργάτες ή συνταξιούχοι", "ΕΡΓΑΤΕΣ Ή ΣΥΝΤΑΞΙΟΥΧΟΙ"),  # 'or' keeps its accent
        ("ήλιος", "ΗΛΙΟΣ"),
        ("Профспілки України", "ПРОФСПІЛКИ УКРАЇНИ"),
        ("Café Ó Briain", "CAFÉ Ó BRIAIN"),  # Latin capitals keep theirs
    ],
)
def test_capitals_follow_each_alphabet(text, capitals):
    assert in_capitals(text) == capitals


def test_greek_group_headings_print_without_accents():
    people = [Signatory("Ελένη Αντωνίου", group="Σωματεία")]
    text = flat_text(render_pdf(Statement(title="Αλληλεγγύη", language="el", signatories=people)).pdf)
    assert "ΣΩΜΑΤΕΙΑ" in text and "ΣΩΜΑΤΕΊΑ" not in text
