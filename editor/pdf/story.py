"""The statement as a sequence of flowables, in reading order: what the reader sees first
(preamble, demands) before what only the reader who stays needs (sign-up, names, imprint).

Each flowable carries ``source`` naming the statement field it prints, so fitting to pages can
say what did not fit.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from reportlab.platypus import Paragraph as TextParagraph
from reportlab.platypus.flowables import BalancedColumns

from editor.model import Heading, Quote, Signatory, Statement
from editor.model.statement import Block
from editor.model.validation import is_web_address
from editor.pdf.blocks import DemandBlock, FootBlock, Look, QuoteBlock, SectionLabel, SignUpPanel
from editor.pdf.capitals import in_capitals
from editor.pdf.labels import PrintedLabels
from editor.pdf.markup import Hyphenate, escape, paragraphs, to_markup, without_last_hyphens, without_runts
from editor.pdf.signatories import Group, SignatoryColumns, SignatoryItems

NARROW_MEASURE_EMS = 30
"""A text column narrower than this many body sizes (about 60 characters) is hyphenated even
when ragged: without it, the right edge of the A3 poster's and A4's two columns is very ragged."""


class StoryBuilder:
    def __init__(
        self,
        statement: Statement,
        look: Look,
        labels: PrintedLabels,
        hyphenate: Hyphenate | None,
        frame_width: float,
        signatory_columns: int,
    ) -> None:
        self.statement = statement
        self.look = look
        self.labels = labels
        self.frame_width = frame_width
        self.signatory_columns = signatory_columns
        theme = look.theme
        self.gap = float(theme["column_gap_mm"]) * mm
        self.two_columns = frame_width > float(theme["two_columns_from_mm"]) * mm
        measure = (frame_width - self.gap) / 2 if self.two_columns else frame_width
        narrow = measure < NARROW_MEASURE_EMS * look.styles.body_size
        self.hyphenate = hyphenate if theme["justify"] or narrow else None

    def signatory_column_width(self) -> float:
        return (self.frame_width - self.gap * (self.signatory_columns - 1)) / self.signatory_columns

    def story(self) -> list[Flowable]:
        s = self.statement
        story: list[Flowable] = []
        story += self._columned(self._blocks(s.preamble, "preamble"))
        if s.demands:
            label = SectionLabel(self.labels.demands, self.look)
            story += [self._room_for(label, self.look.styles.number_size * 2.5), _sourced(label, "demands")]
            story += self._columned(self._demands())
        story += self._columned(self._blocks(s.closing, "closing"))
        if not s.sign_up.is_empty():
            story.append(self._sign_up())
        foot = self._foot()
        if s.signatories:
            story += self._signatories(foot)
        if foot:
            story.append(foot)
        return story or [Spacer(0, 0)]  # a statement of only a title still gets its page

    def _text(
        self, text: str, style: ParagraphStyle, source: str, *, hyphenate: bool = True
    ) -> list[Flowable]:
        hyphens = self.hyphenate if hyphenate else None
        return [
            _sourced(
                TextParagraph(without_last_hyphens(self._markup(without_runts(part), hyphens)), style), source
            )
            for part in paragraphs(text)
        ]

    def _markup(self, text: str, hyphenate: Hyphenate | None = None) -> str:
        return to_markup(text, hyphenate, printed_links=self.look.links_printed)

    def _blocks(self, blocks: list[Block], key: str) -> list[Flowable]:
        styles = self.look.styles
        flowables: list[Flowable] = []
        for index, block in enumerate(blocks):
            source = f"{key}[{index + 1}]"
            if isinstance(block, Heading):
                heading = TextParagraph(self._markup(without_runts(block.text, display=True)), styles.heading)
                heading.spaceBefore = styles.body_size * 0.8
                heading.spaceAfter = styles.body_size * 0.35
                flowables += [self._room_for(heading, styles.body.leading * 3), _sourced(heading, source)]
            elif isinstance(block, Quote):
                flowables.append(_sourced(self._quote(block), source))
            else:
                flowables += self._text(block.text, styles.body, source)
        return flowables

    def _quote(self, quote: Quote) -> QuoteBlock:
        styles = self.look.styles
        parts = self._text(quote.text, styles.quote, "", hyphenate=False)
        if quote.by:
            parts.append(TextParagraph("\u2014\u2009" + escape(quote.by), styles.attribution))
        indent = float(self.look.theme.section("quote")["indent_mm"]) * mm
        block = QuoteBlock(parts, indent, self.look, gap=styles.body_size * 0.25)
        block.spaceBefore = styles.body_size * 0.5
        block.spaceAfter = styles.body_size * 1.1
        return block

    def _demands(self) -> list[Flowable]:
        look, styles = self.look, self.look.styles
        indent = DemandBlock.indent_for(len(self.statement.demands), look)
        space = styles.demand.leading * float(look.theme.section("demands")["space_between"])
        flowables: list[Flowable] = []
        for index, demand in enumerate(self.statement.demands):
            parts = []
            if demand.heading:
                heading = without_runts(demand.heading, display=True)
                parts.append(TextParagraph(self._markup(heading), styles.demand_heading))
            parts += self._text(demand.text, styles.demand, "")
            if not parts:  # a demand just added and not yet typed: its number still shows
                parts.append(TextParagraph("", styles.demand))
            block = DemandBlock(index + 1, parts, indent, look)
            block.spaceAfter = space
            flowables.append(_sourced(block, f"demands[{index + 1}]"))
        return flowables

    def _room_for(self, heading: Flowable, following: float) -> CondPageBreak:
        """A new page unless the heading and the start of what it heads fit on this one."""
        height = heading.wrap(self.frame_width, 10_000)[1]
        return CondPageBreak(heading.getSpaceBefore() + height + heading.getSpaceAfter() + following)

    def _columned(self, flowables: list[Flowable]) -> list[Flowable]:
        """On wide pages running text goes in two balanced columns, for 45-75 characters a line."""
        if not self.two_columns or len(flowables) < 2:
            return flowables
        columns = BalancedColumns(
            flowables,
            nCols=2,
            innerPadding=self.gap / 2,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            spaceBefore=0,
            spaceAfter=self.look.styles.body_size,
        )
        return [_sourced(columns, next(f.source for f in flowables if getattr(f, "source", "")))]

    def _capacity_note(self) -> TextParagraph:
        """The line that explains the personal capacity mark."""
        return TextParagraph(escape(self.labels.personal_capacity), self.look.styles.note)

    def _sign_up(self) -> Flowable:
        s, styles = self.statement, self.look.styles
        label = self.labels.sign_up
        # "SIGN THE STATEMENT" over "Sign the plan" says one thing twice: the call alone says it.
        repeated = _first_word(label) == _first_word(s.sign_up.text)
        parts = [] if repeated else [TextParagraph(escape(in_capitals(label)), styles.label)]
        if s.sign_up.text:
            parts += self._text(s.sign_up.text, styles.call_to_action, "", hyphenate=False)
        # An address being typed, or not a web address, is printed as written: no link, and no
        # QR code, as a code of a typo sends no one.
        panel = SignUpPanel(parts, s.sign_up.url, self.look, scannable=is_web_address(s.sign_up.url))
        return _sourced(panel, "sign_up")

    def _signatories(self, foot: Flowable | None) -> list[Flowable]:
        """The list, then the "(pc)" note; the note and the foot never go on a page of their own."""
        look, styles, signatories = self.look, self.look.styles, self.statement.signatories
        label = SectionLabel(
            f"{self.labels.signatories}  \u00b7  {self.labels.count(len(signatories))}", look
        )
        followers: list[Flowable] = []
        if any(person.personal_capacity for person in signatories):
            note = self._capacity_note()
            note.spaceBefore = styles.signatory_size * 0.8
            followers.append(_sourced(note, "signatories"))
        items = SignatoryItems(self._groups(), look, self.labels)
        columns = SignatoryColumns(
            items,
            self.signatory_columns,
            self.gap,
            label=label,
            followers=[*followers, *([foot] if foot else [])],
            footnote=self._capacity_note() if followers else None,
        )
        return [
            self._room_for(label, styles.group_size * 2 + styles.signatory_size * 4),
            _sourced(columns, "signatories"),
            *followers,
        ]

    def _groups(self) -> list[Group]:
        """Groups in order of first appearance, the names without a group among them: unheaded
        where they come first (directly under the list's heading), else under "Also signed by"
        so they do not read as part of the group above."""
        members: dict[str, list[tuple[int, Signatory]]] = {}
        for index, person in enumerate(self.statement.signatories):
            members.setdefault(person.group, []).append((index, person))
        return [
            Group(group or (self.labels.unheaded_group if position else ""), people)
            for position, (group, people) in enumerate(members.items())
        ]

    def _foot(self) -> Flowable | None:
        s, styles = self.statement, self.look.styles
        parts = []
        if s.contact:
            parts += self._text(s.contact, styles.contact, "", hyphenate=False)
        if s.imprint:
            parts += self._text(s.imprint, styles.imprint, "", hyphenate=False)
        if not parts:
            return None
        foot = FootBlock(parts, self.look)
        foot.spaceBefore = styles.body_size
        return _sourced(foot, "contact" if s.contact else "imprint")


def _sourced(flowable: Flowable, source: str) -> Flowable:
    flowable.source = source
    return flowable


def _first_word(text: str) -> str:
    words = text.split(maxsplit=1)
    return words[0].casefold() if words else ""
