"""Hypothesis strategies for whole statements: every field, every form, any Unicode."""

from __future__ import annotations

from hypothesis import strategies as st

from editor.model import (
    COLOUR_MODES,
    IMPOSITIONS,
    ORIENTATIONS,
    PAGE_SIZES,
    Demand,
    Heading,
    Labels,
    Layout,
    Paragraph,
    Quote,
    Signatory,
    SignUp,
    Statement,
)

# Any character a str can hold in a UTF-8 file: lone surrogates cannot be encoded at all.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
prose = st.one_of(
    text,
    st.lists(
        st.sampled_from(["Fair pay", "Київ", "Αθήνα", "A & B <c>", "*so*", "", "  x", "#1", "é\t"]),
        max_size=6,
    ).map("\n".join),
)
# Infinite numbers are not read: no size, count or page number is infinite.
numbers = st.one_of(st.integers(-1000, 1000), st.floats(allow_nan=False, allow_infinity=False))

blocks = st.one_of(
    st.builds(Paragraph, prose),
    st.builds(Quote, prose, text),
    st.builds(Heading, text),
)
demands = st.builds(Demand, prose, text)
signatories = st.builds(
    Signatory,
    name=text,
    role=text,
    group=text,
    personal_capacity=st.booleans(),
    sort_as=text,
    email=text,
    phone=text,
    note=prose,
)


def optional(strategy):
    return st.none() | strategy


layouts = st.builds(
    Layout,
    page_size=optional(st.sampled_from(PAGE_SIZES)),
    orientation=optional(st.sampled_from(ORIENTATIONS)),
    theme=optional(text),
    accent_color=optional(st.from_regex(r"#[0-9A-F]{6}", fullmatch=True)),
    font=optional(text),
    font_size=optional(numbers),
    fit_pages=optional(st.integers(-5, 50)),
    signatory_columns=optional(st.integers(0, 8)),
    bleed_mm=optional(numbers),
    crop_marks=optional(st.booleans()),
    colour=optional(st.sampled_from(COLOUR_MODES)),
    imposition=optional(st.sampled_from(IMPOSITIONS)),
    logo=optional(text),
)

statements = st.builds(
    Statement,
    title=text,
    subtitle=text,
    issuer=text,
    date=optional(st.dates()),
    language=st.sampled_from(["", "en", "uk", "en-GB", "el"]),
    preamble=st.lists(blocks, max_size=4),
    demands=st.lists(demands, max_size=4),
    closing=st.lists(blocks, max_size=3),
    sign_up=st.builds(SignUp, text, text),
    contact=text,
    imprint=prose,
    labels=st.builds(Labels, text, text, text),
    signatories=st.lists(signatories, max_size=5),
    layout=layouts,
)
