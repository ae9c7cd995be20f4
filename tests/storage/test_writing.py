"""Saved files are canonical: readable, diffable, and the same bytes every time."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from editor.model import Demand, Heading, Layout, Paragraph, Quote, Signatory, Statement
from editor.paths import resources_dir
from editor.storage import CommentsWouldBeLost, dumps, load, loads, save

EXAMPLES = sorted((resources_dir() / "examples").glob("*.statement.yaml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_saving_a_file_the_application_wrote_gives_the_same_bytes(example: Path):
    text = example.read_text(encoding="utf-8")
    assert dumps(loads(text).statement) == text


def test_keys_follow_the_format_page_and_short_forms_stay_short():
    statement = Statement(
        title="Fair Pay",
        date=datetime.date(2026, 5, 1),
        issuer="Network",
        preamble=[Paragraph("One."), Quote("An injury to one.", by="motto"), Heading("Why")],
        demands=[Demand("Sick pay."), Demand("Real wage.", heading="A living wage")],
        signatories=[Signatory("Ana"), Signatory("Олена", personal_capacity=True, email="o@example.org")],
        layout=Layout(page_size="A5", bleed_mm=3, crop_marks=True),
    )
    assert dumps(statement) == (
        "format: 1\n"
        "title: Fair Pay\n"
        "issuer: Network\n"
        "date: 2026-05-01\n"
        "preamble:\n"
        "  - One.\n"
        "  - quote: An injury to one.\n"
        "    by: motto\n"
        "  - heading: Why\n"
        "demands:\n"
        "  - Sick pay.\n"
        "  - heading: A living wage\n"
        "    text: Real wage.\n"
        "signatories:\n"
        "  - Ana\n"
        "  - name: Олена\n"
        "    personal_capacity: true\n"
        "    email: o@example.org\n"
        "layout:\n"
        "  page_size: A5\n"
        "  bleed_mm: 3\n"
        "  crop_marks: true\n"
    )


def test_multi_line_text_is_a_literal_block():
    statement = Statement(title="X", demands=[Demand("First line.\n\nSecond paragraph.", heading="H")])
    assert "  - heading: H\n    text: |-\n      First line.\n\n      Second paragraph.\n" in dumps(statement)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("2026", "'2026'"),
        ("yes", "'yes'"),
        ("null", "'null'"),
        ("Pay: now", "'Pay: now'"),
        ("- dash", "'- dash'"),
        ("#hashtag", "'#hashtag'"),
        ("it's", "it's"),
        ("C# and F#", "C# and F#"),
        ("A & B <together>", "A & B <together>"),
        ("tab\there", '"tab\\there"'),
        (" leading", "' leading'"),
        ("Ünïcödé — Київ ☭ 🌹", "Ünïcödé — Київ ☭ 🌹"),
    ],
)
def test_text_is_quoted_only_when_it_must_be(value, written):
    text = dumps(Statement(title=value))
    assert f"\ntitle: {written}\n" in text
    assert yaml.safe_load(text)["title"] == value


def test_saving_a_file_with_comments_asks_first(tmp_path: Path):
    path = tmp_path / "plan.statement.yaml"
    original = "format: 1\n# the working title\ntitle: X  # change later\nsubtitle: 'no # comment'\n"
    path.write_text(original, encoding="utf-8")
    loaded = load(path)
    assert loaded.comment_lines == [2, 3]
    with pytest.raises(CommentsWouldBeLost) as caught:
        save(loaded.statement, path)
    assert "has comments (lines 2 and 3)" in str(caught.value)
    assert path.read_text(encoding="utf-8") == original
    save(loaded.statement, path, discard_comments=True)
    assert path.read_text(encoding="utf-8") == "format: 1\ntitle: X\nsubtitle: 'no # comment'\n"


def test_hashes_inside_values_are_not_comments():
    text = "format: 1\ntitle: 'A #1 priority'\nlayout:\n  accent_color: '#C8102E'\npreamble:\n  - |\n    # not a comment\n"
    assert loads(text).comment_lines == []


def test_a_statement_too_large_to_open_again_is_not_saved(tmp_path: Path):
    from editor.storage import SaveFailed

    path = tmp_path / "s.yaml"
    save(Statement(title="Small"), path)
    with pytest.raises(SaveFailed, match="over the 20 MB a statement file may be"):
        people = [Signatory(name="x" * 1900, role="y" * 1900) for _ in range(6000)]  # each within its limits
        save(Statement(title="Huge", signatories=people), path)
    assert load(path).statement.title == "Small"


def test_every_field_of_the_model_is_written_and_read_back_by_both_readers():
    """A field declared in the model alone reaches the writer, the full reader and the fast
    reader: forgetting one would make large files silently slower, or lose the value."""
    from editor.model.fields import Kind
    from editor.model.statement import LAYOUT_FIELDS, SIGNATORY_FIELDS
    from editor.storage.canonical import read_canonical
    from editor.storage.reader import parse
    from editor.storage.statement_file import _decode

    samples = {Kind.TEXT: "x", Kind.FLAG: True, Kind.NUMBER: 9.5, Kind.WHOLE_NUMBER: 2}
    person = Signatory(
        **{f.key: f"{f.key} value" if f.kind is Kind.TEXT else samples[f.kind] for f in SIGNATORY_FIELDS}
    )
    layout = Layout(**{f.key: f.choices[-1] if f.choices else samples[f.kind] for f in LAYOUT_FIELDS})
    layout.accent_color, layout.logo = "#123456", "logo.png"
    statement = Statement(title="Every field", signatories=[person], layout=layout)
    text = dumps(statement)
    fast = read_canonical(text)
    assert fast is not None and fast.statement == statement
    assert _decode(parse(text), text, "every.statement.yaml").statement == statement
