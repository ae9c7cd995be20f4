"""The lines a PDF prints, as poppler's pdftotext reads them: each line's page, position and
words, for checks of where lines break (runts, widows, a heading's count)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from tests.pdf.samples import as_typed

_NS = {"x": "http://www.w3.org/1999/xhtml"}
_FOLIO = re.compile(r"\d+ / \d+")


@dataclass(frozen=True)
class Line:
    page: int
    top: float  # from the page's top edge, in points
    left: float
    words: tuple[str, ...]


def printed_lines(pdf: bytes) -> list[Line]:
    """Every line of every page, in poppler's reading order."""
    result = subprocess.run(
        ["pdftotext", "-bbox-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    root = ElementTree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", result.stdout))
    lines = []
    for number, page in enumerate(root.iterfind(".//x:page", _NS), start=1):
        for line in page.iterfind(".//x:line", _NS):
            words = tuple(word.text or "" for word in line.iterfind("x:word", _NS))
            lines.append(Line(number, float(line.get("yMin", 0)), float(line.get("xMin", 0)), words))
    return lines


def lines_of(text: str, lines: list[Line]) -> list[Line]:
    """The run of consecutive lines that prints ``text`` (its words in order, quotes as typed), or [];
    a page's folio ("2 / 7") between two of them is not one of them, and a word hyphenated at a
    line's end counts as the one word it is."""
    lines = [line for line in lines if not _FOLIO.fullmatch(" ".join(line.words))]
    wanted = [_unhyphenated(word) for word in text.split()]
    for start in range(len(lines)):
        taken: list[str] = []
        for end in range(start, len(lines)):
            words = [piece for word in lines[end].words for piece in as_typed(word).split()]
            if taken and _broken(taken[-1]) and words:
                words[0] = taken.pop() + words[0]
            taken += words
            done = [_unhyphenated(word) for word in taken]
            partial = _broken(taken[-1]) if taken else False
            if not _agrees(done, wanted, partial):
                break
            if len(done) == len(wanted) and not partial:
                return lines[start : end + 1]
    return []


def _broken(word: str) -> bool:
    return word.endswith(("-", "\xad"))


def _agrees(done: list[str], wanted: list[str], partial: bool) -> bool:
    """Whether the words so far begin ``wanted``; the last one only begun when ``partial``."""
    if len(done) > len(wanted):
        return False
    if partial:
        return done[:-1] == wanted[: len(done) - 1] and wanted[len(done) - 1].startswith(done[-1])
    return done == wanted[: len(done)]


def _unhyphenated(word: str) -> str:
    return word.replace("-", "").replace("\xad", "")
