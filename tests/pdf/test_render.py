"""The leaflet read back from the PDF: text, order, privacy, fonts, problems, repeatability."""

from __future__ import annotations

import datetime
import re
import threading

import pytest

from editor.model import Demand, Layout, Paragraph, Signatory, Statement
from editor.pdf import ExportOptions, RenderError, render_pdf
from tests.pdf.samples import (
    as_typed,
    content_streams,
    example,
    flat_text,
    fonts,
    page_texts,
    reader,
    small,
    ukrainian,
)

BASE_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.fixture(autouse=True, scope="module")
def one_moment():
    """The print shop's file carries the time it was made; these tests compare renders."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1780000000")
        yield


@pytest.fixture(scope="module")
def leaflet():
    return render_pdf(example())


def test_the_example_prints_every_part_in_reading_order(leaflet):
    statement = example()
    text = as_typed(flat_text(leaflet.pdf))
    expected = [
        statement.title,
        statement.subtitle,
        "Since 2022",
        "We did not keep the trains",
        "— Ольга Мельник",
        "Why we are speaking now",
        "OUR DEMANDS",
        *[f"{n} {d.heading}" for n, d in enumerate(statement.demands, 1) if d.heading],
        "Solidarity is not charity",
        "SIGN THE PLAN",
        statement.sign_up.text,
        statement.sign_up.url,
        "SIGNATORIES · 36",
        "TRADE UNIONS · 9",
        "Dr Mariam Okafor, President, Riverside Trades Council",
        "TRADE UNIONS IN UKRAINE · 7",
        "ELECTED REPRESENTATIVES · 5",
        "COMMUNITY AND FAITH · 8",
        "ALSO SIGNED BY · 7",
        "Aisha Rahman",
        "(pc) signed in a personal capacity",
        statement.contact,
        statement.imprint,
    ]
    positions = [text.find(part) for part in expected]
    assert -1 not in positions, [part for part, at in zip(expected, positions, strict=True) if at < 0]
    assert positions == sorted(positions)


def test_demands_are_numbered_one_to_n_in_order(leaflet):
    numbers = re.findall(r"(?:^|\n)(\d+)\n?(?=\S)", "\n".join(page_texts(leaflet.pdf)))
    demands = [int(n) for n in numbers if int(n) <= 6]
    assert demands[:6] == [1, 2, 3, 4, 5, 6]


def test_private_fields_never_reach_the_pdf(leaflet):
    text = flat_text(leaflet.pdf)
    for secret in ("m.okafor@example.org", "7700 900123", "oksana.h@example.org", "Asked to be listed"):
        assert secret not in text
        assert secret.encode() not in leaflet.pdf


def test_every_font_is_embedded_truetype_and_none_is_built_in(leaflet):
    used = fonts(leaflet.pdf)
    assert {name.split("+")[-1] for name in used} == {"FiraGO-Regular", "FiraGO-Bold", "FiraGO-Italic"}
    for name, font in used.items():
        assert not any(base in name for base in BASE_14)
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), name


def test_metadata_names_title_issuer_and_language(leaflet):
    statement = example()
    pdf = reader(leaflet.pdf)
    assert as_typed(pdf.metadata.title) == statement.title  # its quotes typeset, as printed
    assert pdf.metadata.author == statement.issuer
    assert pdf.metadata.subject == statement.subtitle
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_identical_input_gives_identical_bytes(leaflet):
    assert render_pdf(example()).pdf == leaflet.pdf
    options = ExportOptions.from_layout(Layout(page_size="A4", colour="cmyk", bleed_mm=3, crop_marks=True))
    assert render_pdf(example(), options).pdf == render_pdf(example(), options).pdf


def test_renders_in_several_threads_at_once_give_the_same_bytes(leaflet):
    # The preview renders in a worker while an export may render on the GUI thread; the fonts'
    # files are shared, and a race there showed up about once in a hundred pairs.
    for _ in range(10):
        results: list[bytes] = []
        workers = [threading.Thread(target=_render_into, args=(results,)) for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert results == [leaflet.pdf] * 3


def _render_into(results: list[bytes]) -> None:
    results.append(render_pdf(example()).pdf)


def test_page_numbers_only_when_there_is_more_than_one_page(leaflet):
    assert leaflet.page_count == len(reader(leaflet.pdf).pages) == 2
    texts = page_texts(leaflet.pdf)
    assert "1 / 2" in texts[0] and "2 / 2" in texts[1]
    single = render_pdf(small())
    assert single.page_count == 1
    assert "1 / 1" not in flat_text(single.pdf)


def test_user_text_is_text_and_only_our_markup_is_markup():
    statement = small()
    statement.preamble = [
        Paragraph(
            "A & B <together> <b>not bold</b> *really* **strongly**, "
            "see [the briefing](https://example.org/a?b=1&c=2)."
        )
    ]
    result = render_pdf(statement, ExportOptions.from_layout(Layout(output="screen")))
    text = flat_text(result.pdf)
    assert "A & B <together> <b>not bold</b> really strongly, see the briefing." in text
    links = [annotation.get_object()["/A"]["/URI"] for annotation in reader(result.pdf).pages[0]["/Annots"]]
    assert "https://example.org/a?b=1&c=2" in links
    assert {"FiraGO-Italic", "FiraGO-Bold"} <= {name.split("+")[-1] for name in fonts(result.pdf)}
    on_paper = render_pdf(statement)  # for the print shop: the address is printed, nothing to click
    assert "see the briefing (https://example.org/a?b=1&c=2)." in flat_text(on_paper.pdf)
    assert "/Annots" not in reader(on_paper.pdf).pages[0]


def test_a_missing_glyph_is_reported_with_its_field():
    statement = small()
    statement.signatories.append(Signatory("王小明", role="Friend"))
    problems = [str(p) for p in render_pdf(statement).problems]
    assert "signatories[2].name: '王' (U+738B CJK UNIFIED IDEOGRAPH-738B) is not in FiraGO" in problems
    assert len([p for p in problems if p.startswith("signatories[2].name")]) == 3


def test_right_to_left_text_is_detected_not_printed_silently():
    statement = small()
    statement.demands.append(Demand("Solidarity: تضامن"))
    problems = render_pdf(statement).problems
    assert [p.path for p in problems] == [("demands", 1, "text")]
    assert "right-to-left" in problems[0].message and not problems[0].is_warning


def test_ukrainian_statement_prints_ukrainian_labels_and_letters():
    result = render_pdf(ukrainian())
    text = flat_text(result.pdf)
    assert result.problems == []
    for part in (
        "НАШІ ВИМОГИ",
        "ПІДПИСАЛИ · 3",
        "ПРОФСПІЛКИ · 2",
        "ТАКОЖ ПІДПИСАЛИ · 1",
        "14 вересня 2026 р.",
        "Ігор Ґудзь, Шахтар (ос.)",  # the mark in the leaflet's language
        "(ос.) підписано в особистій якості",
        "Юлія Їжакевич",
        "євакуювали",
    ):
        assert part in text, part


def test_greek_statement_prints_greek_labels_and_date():
    statement = Statement(
        title="Αλληλεγγύη",
        language="el",
        date=datetime.date(2026, 5, 1),
        demands=[Demand("Αξιοπρεπείς μισθοί")],
        signatories=[Signatory(f"Ελένη {n}", group="Σωματεία") for n in range(1200)],
    )
    result = render_pdf(statement)
    text = flat_text(result.pdf)
    assert result.problems == []
    for part in ("ΤΑ ΑΙΤΗΜΑΤΑ ΜΑΣ", "ΥΠΟΓΡΑΦΟΥΝ · 1.200", "ΣΩΜΑΤΕΙΑ · 1.200", "1 Μαΐου 2026"):
        assert part in text, part


def test_a_language_without_printed_labels_is_said_to_print_in_english():
    result = render_pdf(Statement(title="Solidarité", language="fr-FR"))
    (problem,) = result.problems
    assert problem.path == ("language",) and problem.is_warning
    assert problem.message.startswith("there are no printed labels in 'fr-FR' yet (el, en, uk are shipped)")


def test_statement_labels_override_the_language_labels():
    statement = ukrainian()
    statement.labels.demands = "Чого ми вимагаємо"
    assert "ЧОГО МИ ВИМАГАЄМО" in flat_text(render_pdf(statement).pdf)


def test_unknown_theme_or_font_is_a_render_error_naming_the_choices():
    with pytest.raises(RenderError, match=r"no theme called 'glossy'.*default, photocopy, poster"):
        ExportOptions.from_layout(Layout(theme="glossy"))
    with pytest.raises(RenderError, match="font 'No Such Sans'"):
        render_pdf(small(), ExportOptions.from_layout(Layout(font="No Such Sans")))


def test_other_shipped_families_are_used_throughout():
    result = render_pdf(small(), ExportOptions.from_layout(Layout(font="Noto Sans")))
    assert {name.split("+")[-1] for name in fonts(result.pdf)} >= {"NotoSans-Regular", "NotoSans-Bold"}


def test_the_photocopy_theme_ignores_the_accent_colour():
    screen = Layout(output="screen")
    options = ExportOptions.from_layout(example().layout.overlay(Layout(theme="photocopy", output="screen")))
    streams = b"".join(content_streams(render_pdf(example(), options).pdf))
    assert b".784314 .062745 .180392" not in streams  # the example's red, #C8102E
    default = b"".join(content_streams(render_pdf(example(), ExportOptions.from_layout(screen)).pdf))
    assert b".784314 .062745 .180392" in default


def test_a_statement_of_only_a_title_is_one_page():
    result = render_pdf(Statement(title="Only a title"))
    assert result.page_count == 1
    assert "Only a title" in flat_text(result.pdf)


def test_a_demand_longer_than_a_page_continues_on_the_next_without_losing_text():
    sentence = "Reconstruction must respect the rights and agreements of every worker."
    statement = Statement(
        title="T", demands=[Demand(" ".join([sentence] * 80), heading="Long"), Demand("Short.")]
    )
    result = render_pdf(statement)
    text = flat_text(result.pdf)
    assert result.page_count > 1
    assert sentence in page_texts(result.pdf)[0], "it starts on the first page, not after an empty one"
    assert text.count(sentence) == 80
    assert re.search(r"\b2 Short\.", text)


def test_a_title_too_long_for_the_page_is_a_problem():
    problems = render_pdf(Statement(title="A title that goes on " * 60)).problems
    assert [p.path for p in problems] == [("title",)]


def test_the_sign_up_label_is_left_out_when_the_call_starts_with_its_word():
    """Ukrainian "ПІДПИШІТЬ ЗАЯВУ" over "Підпишіть звернення" says it twice."""
    statement = ukrainian()
    statement.sign_up.text = "Підпишіть звернення"
    repeated = flat_text(render_pdf(statement).pdf)
    statement.sign_up.text = "Додайте своє ім'я"
    distinct = flat_text(render_pdf(statement).pdf)
    assert "ПІДПИШІТЬ ЗАЯВУ" not in repeated and "Підпишіть звернення" in repeated
    assert "ПІДПИШІТЬ ЗАЯВУ" in distinct
