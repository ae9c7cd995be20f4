"""Signatories in balanced columns, fast enough for ten thousand names.

ReportLab's BalancedColumns re-wraps every paragraph at each split (about a second a page), and
a Paragraph or table cell per name is several times slower than needed. Here each name is
measured once per column width with the font's own width table, broken into lines by hand,
poured into plain columns page by page, and only the final page is balanced. Group headings
never end a column; a name is never split between columns; a group that runs on to another page
has its heading carried over, marked as continued, so a reader on page 40 still knows whose
names these are. The list draws its own SIGNATORIES label, so the two never part, and sends its
last names on with the "(pc)" note and the imprint rather than leave those alone on a page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from editor.model import Signatory
from editor.pdf.blocks import FootBlock, Look, drawing_is_kept
from editor.pdf.capitals import in_capitals
from editor.pdf.labels import PrintedLabels
from editor.pdf.styles import Styles

Segment = tuple[float, str, str, object]  # x offset in the column, text, font name, colour
Entries = tuple[tuple[str, tuple[tuple[int, str, str, bool], ...]], ...]
"""Each group's heading and its people: index in the statement, name, role, personal capacity."""
Fonts = tuple[str, str, str]  # for names, roles and group headings
Sizes = tuple[float, float]  # of a name and of a group heading
Colours = tuple[Color, Color, Color]  # of names, roles and group headings
BALANCE_STEPS = 18


@dataclass(frozen=True, slots=True)
class Item:
    """One group heading or one signatory, already broken into lines for a column width."""

    lines: tuple[tuple[Segment, ...], ...]
    space_before: float
    line_height: float
    is_heading: bool
    source: int  # the signatory's index in the statement; -1 for a heading
    heading: int = -1  # for a name, where its group's heading is in the laid-out list
    continued: Item | None = None  # for a heading, itself as carried on to the next page
    marked: bool = False  # a name with the personal capacity mark
    height: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "height", len(self.lines) * self.line_height)  # read on every pour


@dataclass(frozen=True, slots=True)
class Group:
    heading: str  # empty: an unheaded list
    people: Sequence[tuple[int, Signatory]]  # with each one's index in the statement


class HeadingWords(NamedTuple):
    """The printed words a group heading needs, in the statement's language."""

    thousands: str  # the separator in "1,234"
    continued: str  # after a heading carried on to the next page
    capacity_mark: str  # after a name signed in a personal capacity: "(pc)"


LayoutKey = tuple[Fonts, Sizes, Colours, float, HeadingWords]
"""What a layout depends on besides the names: the arguments of ``_laid_out`` after them."""


class SignatoryItems:
    """The whole list as items, laid out once per column width and shared by every page's part."""

    def __init__(self, groups: list[Group], look: Look, labels: PrintedLabels) -> None:
        self.groups = groups
        self.look = look
        self.words = HeadingWords(labels.thousands, labels.continued, labels.capacity_mark)
        self._entries = _HashedOnce(
            tuple(
                (group.heading, tuple((i, p.name, p.role, p.personal_capacity) for i, p in group.people))
                for group in groups
            )
        )
        self._by_width: dict[LayoutKey, tuple[Item, ...]] = {}

    def for_width(self, width: float) -> tuple[Item, ...]:
        """Asked hundreds of times per document: answered from this list's own memo after the first."""
        look = self.look
        styles, palette, family = look.styles, look.palette, look.family
        bold_names = look.theme.section("signatories")["name_style"] == "bold"
        heading_colour = palette.for_type(
            palette.named(look.theme.section("section_heading")["colour"]), styles.group_size
        )
        key: LayoutKey = (
            (family.bold if bold_names else family.regular, family.regular, family.bold),
            (styles.signatory_size, styles.group_size),
            (palette.text, palette.muted, heading_colour),
            round(width, 2),
            self.words,
        )
        items = self._by_width.get(key)
        if items is None:
            items = self._by_width[key] = _laid_out(self._entries, *key)
        return items


class _HashedOnce:
    """Ten thousand names as a cache key: hashed once, not on every lookup."""

    __slots__ = ("_hash", "value")

    def __init__(self, value: Entries) -> None:
        self.value = value
        self._hash = hash(value)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (
            isinstance(other, _HashedOnce) and self._hash == other._hash and self.value == other.value
        )


@functools.lru_cache(maxsize=8)
def _laid_out(
    hashed: _HashedOnce, fonts: Fonts, sizes: Sizes, colours: Colours, width: float, words: HeadingWords
) -> tuple[Item, ...]:
    """Cached across renders: the preview renders again after every edit, and most edits do not
    touch the names. Every argument is a plain value, so equal input means an equal layout."""
    name_font, role_font, heading_font = fonts
    size, heading_size = sizes
    name_colour, role_colour, heading_colour = colours
    line_height = size * 1.3
    breaker = _LineBreaker(width, size, hang=size)
    heading_breaker = _LineBreaker(width, heading_size, hang=0)
    items: list[Item] = []
    for heading, people in hashed.value:
        group_heading = -1
        if heading:
            # No-break spaces round the dot: a heading that wraps keeps its last word and
            # "· 1,234" together, so the count never starts a line of its own.
            count = f"{len(people):,}".replace(",", words.thousands)
            counted = f"{in_capitals(heading)}\u00a0\u00a0·\u00a0\u00a0{count}"
            carried = heading_breaker.lines(
                [
                    (
                        in_capitals(f"{heading}\u00a0\u00a0·\u00a0\u00a0{words.continued}"),
                        heading_font,
                        heading_colour,
                    )
                ]
            )
            group_heading = len(items)
            items.append(
                Item(
                    heading_breaker.lines([(counted, heading_font, heading_colour)]),
                    size * 0.9,
                    heading_size * 1.45,
                    True,
                    -1,
                    continued=Item(carried, 0.0, heading_size * 1.45, True, -1),
                )
            )
        for index, name, role, personal_capacity in people:
            runs = [(name, name_font, name_colour)]
            # A no-break space keeps "(pc)" on the line of the word before it.
            capacity = f"\u00a0{words.capacity_mark}" if personal_capacity else ""
            if role:
                runs.append((", " + role + capacity, role_font, role_colour))
            elif capacity:
                runs.append((capacity, role_font, role_colour))
            lines = breaker.lines(runs)
            items.append(
                Item(lines, size * 0.12, line_height, False, index, group_heading, marked=personal_capacity)
            )
    return tuple(items)


class _LineBreaker:
    """Greedy line breaking of styled runs, continuation lines hanging by ``hang``."""

    def __init__(self, width: float, size: float, *, hang: float) -> None:
        self.width = width
        self.size = size
        self.hang = hang

    def lines(self, runs: list[tuple[str, str, object]]) -> tuple[tuple[Segment, ...], ...]:
        size = self.size
        widths = [getFont(font).stringWidth(text, size) for text, font, _ in runs]
        if sum(widths) <= self.width:  # the usual case: one line, no word measuring
            x, segments = 0.0, []
            for (text, font, colour), run_width in zip(runs, widths, strict=True):
                segments.append((x, text, font, colour))
                x += run_width
            return (tuple(segments),)
        return self._broken(runs)

    def _broken(self, runs: list[tuple[str, str, object]]) -> tuple[tuple[Segment, ...], ...]:
        lines: list[tuple[Segment, ...]] = []
        current: list[Segment] = []
        x = 0.0
        for text, font, colour in runs:
            measure = getFont(font).stringWidth
            for word in self._unbound(_words(text), measure):
                word_width = measure(word, self.size)
                if current and x + measure(word.rstrip(), self.size) > self.width:
                    lines.append(tuple(current))
                    current, x = [], self.hang
                    word = word.lstrip()
                    word_width = measure(word, self.size)
                for piece, piece_width in self._pieces(word, word_width, measure):
                    if current and x + piece_width > self.width:
                        lines.append(tuple(current))
                        current, x = [], self.hang
                    current.append((x, piece, font, colour))
                    x += piece_width
        if current:
            lines.append(tuple(current))
        return tuple(lines)

    def _unbound(self, words: list[str], measure: Callable[[str, float], float]) -> Iterator[str]:
        """The words, each kept together by no-break spaces unless it is wider than a line:
        then it breaks at them, as a heading's last word and its count would otherwise be cut
        mid-word."""
        for word in words:
            if "\u00a0" in word and measure(word, self.size) > self.width - self.hang:
                yield from _words(word.replace("\u00a0", " "))
            else:
                yield word

    def _pieces(
        self, word: str, word_width: float, measure: Callable[[str, float], float]
    ) -> list[tuple[str, float]]:
        """A word wider than a whole line is cut into pieces that fit; text is never lost."""
        room = self.width - self.hang
        if word_width <= room:
            return [(word, word_width)]
        pieces, piece = [], ""
        for character in word:
            if piece and measure(piece + character, self.size) > room:
                pieces.append((piece, measure(piece, self.size)))
                piece = ""
            piece += character
        pieces.append((piece, measure(piece, self.size)))
        return pieces


def _words(text: str) -> list[str]:
    """Words with the space before each, so joining the pieces gives back the text."""
    words: list[str] = []
    for index, word in enumerate(text.split(" ")):
        words.append(word if index == 0 else " " + word)
    return [w for w in words if w]


class SignatoryColumns(Flowable):
    """Items ``start``..``end`` poured into columns; splits page by page, balances the last."""

    def __init__(
        self,
        items: SignatoryItems,
        columns: int,
        gap: float,
        *,
        start: int = 0,
        end: int | None = None,
        fixed: tuple[float, list[tuple[int, int]]] | None = None,
        label: Flowable | None = None,
        followers: Sequence[Flowable] = (),
        followers_moved: bool = False,
        footnote: Flowable | None = None,
        footnote_shown: bool = False,
    ) -> None:
        super().__init__()
        self.items = items
        self.columns = columns
        self.gap = gap
        self.start = start
        self.end = end
        self.fixed = fixed  # a page's part, as the split poured it: its height and its columns
        self.followers = followers  # the "(pc)" note and the foot: they end the list's last page
        self.followers_moved = followers_moved  # the names sent on to keep them company
        # The "(pc)" note, at the foot of the page where the first mark is when the list goes on
        # past it, so no reader meets the mark pages before its explanation at the end.
        self.footnote = footnote
        self.footnote_shown = footnote_shown
        # "SIGNATORIES · 36" over the first part: drawn by it, so it moves with the names.
        self.label = label if start == 0 else None
        if self.label is not None:
            self.spaceBefore = self.label.getSpaceBefore()
        self.placed: list[tuple[int, int]] = []
        self.carried: Item | None = None  # set for the width this part is laid out at
        self.page_height = items.look.full_frame_height

    def _prepared(self, available_width: float) -> tuple[Sequence[Item], int, float]:
        """The items laid out for this width, where this part ends, and the height its carried
        heading takes at the top of the first column."""
        self.width = available_width
        self.column_width = (available_width - self.gap * (self.columns - 1)) / self.columns
        laid_out = self.items.for_width(self.column_width)
        end = len(laid_out) if self.end is None else self.end
        self.carried = _carried_heading(laid_out, self.start, end)
        self.header = 0.0
        if self.label is not None:
            self.header = self.label.wrap(available_width, self.page_height)[1] + self.label.getSpaceAfter()
        return laid_out, end, self.carried.height if self.carried else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        laid_out, end, lead = self._prepared(available_width)
        if self.fixed is not None:
            # Not poured again: at a lower height a group heading may no longer stand alone,
            # and the names after it would be in no column at all.
            self.height, self.placed = self.fixed
            return self.width, self.height
        room = available_height - self.header
        reached = _pour(laid_out, self.start, end, room, self.columns, self.page_height, lead)[1]
        if reached < end:
            self.height = available_height + 1  # asks the frame to split
            return self.width, self.height
        columns = _balanced_height(laid_out, self.start, end, room, self.columns, self.page_height, lead)
        self.height = self.header + columns
        if self._leaves_followers_alone(laid_out, end, available_height):
            self.height = available_height + 1  # split, so some names go over with them
            return self.width, self.height
        self.placed, _ = _pour(laid_out, self.start, end, columns, self.columns, self.page_height, lead)
        return self.width, self.height

    def _leaves_followers_alone(self, laid_out: Sequence[Item], end: int, available_height: float) -> bool:
        """Whether the names fit here but what follows them would stand alone on the next page,
        and moving helps: a few names go over with it, or a short list and its label move to
        a fresh page where all of it fits."""
        if not self.followers or self.followers_moved:
            return False
        room = sum(f.getSpaceBefore() + _natural_height(f, self.width) for f in self.followers)
        if self.height + room <= available_height + 0.01:
            return False
        tail = _tail_start(laid_out, self.start, end, self.columns)
        if tail > self.start:  # only if the names that go over fit on the next page with it
            carried = _carried_heading(laid_out, tail, end)
            lead = carried.height if carried else 0.0
            height = _balanced_height(
                laid_out, tail, end, self.page_height, self.columns, self.page_height, lead
            )
            return height + room <= self.page_height
        return self._moves_whole(available_height, self.height + room)

    def _moves_whole(self, available_height: float, needed: float) -> bool:
        """A list too short to divide moves, label and all, when a fresh page takes it whole."""
        return (
            self.label is not None
            and available_height < self.page_height - 0.01
            and needed <= self.page_height
        )

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        laid_out, end, lead = self._prepared(available_width)
        room = available_height - self.header
        placed, reached = _pour(laid_out, self.start, end, room, self.columns, self.page_height, lead)
        if reached == self.start:
            return []
        if reached >= end and not self.followers:
            return [self]
        moving_for_followers = reached >= end
        if moving_for_followers:  # everything fits, but what follows would stand alone on the next page
            reached = _tail_start(laid_out, self.start, end, self.columns)
            if reached <= self.start:
                return [] if self.label is not None else [self]  # the whole list to a fresh page
            balanced = _balanced_height(
                laid_out, self.start, reached, room, self.columns, self.page_height, lead
            )
            placed, _ = _pour(laid_out, self.start, reached, balanced, self.columns, self.page_height, lead)
        footnote_here = not moving_for_followers and self._first_mark_in(laid_out, reached)
        if footnote_here:
            with_note = _pour(
                laid_out, self.start, end, room - self._footnote_room(), self.columns, self.page_height, lead
            )
            footnote_here = with_note[1] > self.start  # in type so large the note leaves no room, none
            if footnote_here:
                placed, reached = with_note
        # The part takes the rest of the page, so the names after it start the next one: in the
        # space left under the columns they would print as a second set of columns.
        first = SignatoryColumns(
            self.items,
            self.columns,
            self.gap,
            start=self.start,
            end=reached,
            fixed=(available_height, placed),
            label=self.label,
            footnote=self.footnote,
            footnote_shown=footnote_here,
        )
        rest = SignatoryColumns(
            self.items,
            self.columns,
            self.gap,
            start=reached,
            end=end,
            followers=self.followers,
            followers_moved=moving_for_followers,  # once: the next page is not divided again
            footnote=None if footnote_here or self._marked_before(laid_out, reached) else self.footnote,
        )
        return [first, rest]

    def _first_mark_in(self, laid_out: Sequence[Item], reached: int) -> bool:
        """Whether the list's first marked name is in this page's part and more pages follow."""
        if self.footnote is None:
            return False
        first = next((i for i in range(self.start, len(laid_out)) if laid_out[i].marked), None)
        return first is not None and first < reached and not self._marked_before(laid_out, self.start)

    @staticmethod
    def _marked_before(laid_out: Sequence[Item], index: int) -> bool:
        return any(item.marked for item in laid_out[:index])

    def _footnote_room(self) -> float:
        assert self.footnote is not None
        return self.footnote.getSpaceBefore() + _natural_height(self.footnote, self.width)

    def draw(self) -> None:
        if not drawing_is_kept(self.canv):
            return  # thousands of names are most of a trial layout's time, and none of its result
        laid_out = self.items.for_width(self.column_width)
        if self.label is not None:
            self.label.drawOn(self.canv, 0, self.height - self.label.height)
        pen = _Pen(self.canv.beginText(), self.items.look.styles)
        for column, (first, last) in enumerate(self.placed):
            left = column * (self.column_width + self.gap)
            top = self.height - self.header
            if column == 0 and self.carried:
                pen.write(self.carried, left, top)
                top -= self.carried.height
            for index in range(first, last):
                item = laid_out[index]
                if top < self.height - self.header:  # something above it in this column
                    top -= item.space_before
                pen.write(item, left, top)
                top -= item.height
        self.canv.drawText(pen.text)
        if self.footnote_shown and self.footnote is not None:
            self.footnote.wrap(self.width, self.page_height)
            self.footnote.drawOn(self.canv, 0, 0)

    def first_signatory(self) -> int | None:
        """Index in the statement of the first name this part prints, for "does not fit" messages."""
        laid_out = self.items.for_width(self.column_width)
        stop = len(laid_out) if self.end is None else self.end
        return next((laid_out[i].source for i in range(self.start, stop) if laid_out[i].source >= 0), None)


def _column_height(items: Sequence[Item], first: int, last: int, lead: float = 0.0) -> float:
    """``lead``: what a carried heading already takes at the top of the column."""
    height = lead
    for index in range(first, last):
        something_above = index > first or lead > 0
        height += items[index].height + (items[index].space_before if something_above else 0.0)
    return height


def _tail_start(items: Sequence[Item], start: int, end: int, columns: int) -> int:
    """Where the names that end the list begin: two names per column, the least that keeps the
    foot of the list from standing alone, and at least one name stays behind with the heading
    above it. A group heading goes with its names, and a group is not left behind with its
    heading and one name. ``start`` when the part is too short to divide."""
    names = sum(not items[i].is_heading for i in range(start, end))
    needed, index = min(2 * columns, names - 1), end
    if needed < 1:
        return start
    while index > start and needed > 0:
        index -= 1
        if not items[index].is_heading:
            needed -= 1
    heading = next((i for i in range(index - 1, max(start, index - 2) - 1, -1) if items[i].is_heading), None)
    return heading if heading is not None else index


def _natural_height(flowable: Flowable, width: float) -> float:
    if isinstance(flowable, FootBlock):
        return flowable.natural_height(width)  # it takes the page's rest, but needs only this
    return flowable.wrap(width, 100_000)[1]


def _carried_heading(items: Sequence[Item], start: int, end: int) -> Item | None:
    """The continued heading of the group this part starts inside, if it starts inside one."""
    if start >= end or items[start].is_heading or items[start].heading < 0:
        return None
    return items[items[start].heading].continued


class _Pen:
    """Writes items into one PDF text object, changing font and colour only when they change."""

    def __init__(self, text: PDFTextObject, styles: Styles) -> None:
        # The palette's colours are already in the output's colour space. ReportLab's check of
        # the press output's colour space copies every black-only colour on every change (name,
        # role, name, ...): a quarter of the list's drawing time at 10,000 names, for nothing.
        text._enforceColorSpace = None
        self.text = text
        self.styles = styles
        self.font: tuple[str, float] | None = None
        self.colour: object = None

    def write(self, item: Item, left: float, top: float) -> None:
        text, styles = self.text, self.styles
        size = styles.group_size if item.is_heading else styles.signatory_size
        baseline = top - item.line_height * 0.78
        for line in item.lines:
            # Only a line's first piece is placed: PDF moves on by each piece's width.
            text.setTextOrigin(left + line[0][0], baseline)
            for _, piece, piece_font, piece_colour in line:
                if (piece_font, size) != self.font:
                    self.font = (piece_font, size)
                    text.setFont(*self.font)
                if piece_colour is not self.colour:
                    self.colour = piece_colour
                    text.setFillColor(piece_colour)
                text.textOut(piece)
            baseline -= item.line_height


def _pour(
    items: Sequence[Item],
    start: int,
    end: int,
    height: float,
    columns: int,
    page_height: float,
    lead: float = 0.0,
) -> tuple[list[tuple[int, int]], int]:
    """Fill up to ``columns`` columns of ``height``, the first below a carried heading of
    ``lead``. A heading never ends a column: it takes at least two of its names along, and
    stands alone only where nothing else could go with it, in a column a whole page high."""
    placed: list[tuple[int, int]] = []
    index = start
    for column in range(columns):
        if index >= end:
            break
        first, used = index, (lead if column == 0 else 0.0)
        while index < end:
            item = items[index]
            space = item.space_before if used > 0 else 0.0  # only below something in the column
            needed = item.height + space
            if item.is_heading:  # keep it with the first two names of its group
                for following in range(index + 1, min(index + 3, end)):
                    if items[following].is_heading:
                        break
                    needed += items[following].height + items[following].space_before
            alone_fits = (
                index == first
                and used + item.height <= height + 0.01
                and (not item.is_heading or height >= page_height - 0.01)
            )
            if used + needed > height + 0.01 and not alone_fits:
                break
            used += item.height + space
            index += 1
        if index == first:
            break
        placed.append((first, index))
    return placed, index


def _balanced_height(
    items: Sequence[Item],
    start: int,
    end: int,
    limit: float,
    columns: int,
    page_height: float,
    lead: float = 0.0,
) -> float:
    """The least column height that still takes every item: equal columns on the last page."""
    total = _column_height(items, start, end, lead)
    low = max(total / columns, max(items[i].height for i in range(start, end))) if end > start else 0.0
    high = limit
    if _pour(items, start, end, low, columns, page_height, lead)[1] >= end:
        return low
    for _ in range(BALANCE_STEPS):
        middle = (low + high) / 2
        if _pour(items, start, end, middle, columns, page_height, lead)[1] >= end:
            high = middle
        else:
            low = middle
    return high
