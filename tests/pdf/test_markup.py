"""Only *emphasis*, **strong** and [text](url) are markup; everything else prints as written."""

from __future__ import annotations

import pytest

from editor.pdf.markup import SOFT_HYPHEN, hyphenator, paragraphs, to_markup


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("A & B <together>", "A &amp; B &lt;together&gt;"),
        ("<b>not bold</b> &amp;", "&lt;b&gt;not bold&lt;/b&gt; &amp;amp;"),
        ("*reconstruction*", "<i>reconstruction</i>"),
        ("**who decides**", "<b>who decides</b>"),
        ("a * b * c", "a * b * c"),
        ("**bold with *em* inside**", "<b>bold with <i>em</i> inside</b>"),
        (
            '[the briefing](https://example.org/a?b=1&c="2")',
            '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;"><u>the briefing</u></a>',
        ),
        ("[not a link](javascript:alert(1))", "[not a link](javascript:alert(1))"),
    ],
)
def test_markup(text, markup):
    assert to_markup(text) == markup


def test_a_blank_line_separates_paragraphs():
    assert paragraphs("One\nstill one.\n\n  \nTwo.") == ["One\nstill one.", "Two."]


def test_ukrainian_words_with_i_yi_ye_ghe_get_soft_hyphens():
    hyphenate = hyphenator("uk")
    for word in ("Їжакевич", "євакуювали", "ґрунтовно", "профспілки"):
        hyphenated = hyphenate(word)
        assert SOFT_HYPHEN in hyphenated and hyphenated.replace(SOFT_HYPHEN, "") == word


def test_hyphens_never_enter_urls_and_unknown_languages_have_none():
    hyphenate = hyphenator("en-GB")
    assert SOFT_HYPHEN not in to_markup("[x](https://example.org/reconstruction)", hyphenate).split('"')[1]
    assert hyphenator("tlh") is None
