"""Statement -> print-ready PDF bytes: the one entry point the command line and the GUI share.

Pure and repeatable: nothing is written to disk, identical input gives identical bytes
(ReportLab's ``invariant``), and each call builds its own document, so the preview can render
in a worker thread. It always starts from ``without_private_data()``.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from editor.model import Problem, Statement
from editor.pdf.blocks import FootBlock, Look
from editor.pdf.errors import RenderError
from editor.pdf.fonts import FontFamily, font_family
from editor.pdf.labels import PrintedLabels, labels_for, language_problem
from editor.pdf.logo import LogoProblem, open_logo
from editor.pdf.markup import escape, hyphenator, to_markup, without_runts
from editor.pdf.options import ExportOptions
from editor.pdf.press_checks import output_problems
from editor.pdf.press_colour import cmyk_image, press_profile
from editor.pdf.production import Palette, Sheet
from editor.pdf.quotes import with_typographic_quotes
from editor.pdf.signatories import SignatoryColumns
from editor.pdf.story import StoryBuilder
from editor.pdf.styles import make_styles
from editor.pdf.text_checks import text_problems
from editor.pdf.themes import Theme, load_theme
from editor.pdf.title import TitleBlock
from editor.wording import counted

# Streams deflated only, not deflated and then spelled out in ASCII85 (ReportLab's default, for
# seven-bit channels no PDF goes through now): a fifth smaller, and the press output's PDF/X
# pass keeps them as they are instead of decoding and deflating them again.
rl_config.useA85 = 0

NARROWEST_COLUMN = 8
"""Signatory columns narrower than this many times the type size break names mid-word."""

FIT_STEP_PT = 0.1
SHORT_LAST_PAGE = 0.25
"""Of a page: a last page holding less is worth saving, if a little tighter type saves it."""
TIGHTEN_PT = 0.4
"""How much smaller the type may be set to save a short last page: barely seen, unlike a page."""
MOST_PAGES_TO_SAVE = 16
"""Past a booklet's length one page saved matters less than the trial layouts of a long list
that saving it costs (at 10,000 names they made an export two and a half times as long)."""
BOOKLET_SHRINK = 0.92
"""A booklet's type may shrink to this share of its size to save blank pages."""
PAGE_NUMBER_FORM = "pageNumber{}"
_FONT_FILES = threading.Lock()
"""Writing a PDF cuts the fonts' subsets out of font files that every render shares, reading
them through one file position: two renders at once (the preview's and an export) could
read each other's glyphs, or fail. Laying out only measures, so it runs side by side."""
TOO_LARGE = (
    "something is too large to fit on the page at this size; choose a smaller font size, "
    "fewer signatory columns or a larger page"
)


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    page_count: int  # pages of the finished leaflet, before any imposition onto sheets
    problems: list[Problem] = field(default_factory=list)
    made_as: str = ""  # what the file is for and how: "for the print shop: PDF/X-4, CMYK, ..."


@dataclass(frozen=True)
class _Build:
    pdf: bytes
    page_count: int
    first_on_page: dict[int, str]  # page -> the statement field that starts it
    pages_filled: float  # pages the text takes, with the last one's used fraction


def render_pdf(
    statement: Statement, options: ExportOptions | None = None, *, base_dir: Path | None = None
) -> RenderResult:
    return _rendered(statement, options, base_dir, write=True)


def layout_problems(
    statement: Statement, options: ExportOptions, *, base_dir: Path | None = None
) -> list[Problem]:
    """What ``render_pdf`` would say, from laying the leaflet out without drawing or writing
    it: the names, most of a long list's time, are measured but never set."""
    return _rendered(statement, options, base_dir, write=False).problems


def _rendered(
    statement: Statement, options: ExportOptions | None, base_dir: Path | None, *, write: bool
) -> RenderResult:
    try:
        return _render(statement, options, base_dir, write)
    except LayoutError:
        raise RenderError(TOO_LARGE) from None
    except ValueError as error:
        if "cannot make initial split" not in str(error):
            raise
        raise RenderError(TOO_LARGE) from None  # ReportLab's balanced columns say it this way


def _render(
    statement: Statement, options: ExportOptions | None, base_dir: Path | None, write: bool
) -> RenderResult:
    public = statement.without_private_data()
    options = options or ExportOptions.from_layout(public.layout)
    job = _Job(public, options, base_dir)
    problems = text_problems(public, job.family)
    if untranslated := language_problem(public):
        problems.append(untranslated)
    problems += output_problems(public, options, job.theme)
    target = job.fit_target()
    size, names_size, fit_problem = (
        job.fitting_size(target) if target else (options.font_size, options.font_size, None)
    )
    build = job.build(size, names_size, trial=not write)
    made_as = options.described()
    if not target and options.imposition != "booklet":
        build, tightened = job.without_short_last_page(build, trial=not write)
        made_as += f", {tightened}" if tightened else ""
    if options.imposition == "booklet" and build.page_count % 4:
        build, blanks_problem, shrunk = job.booklet(build, refit=not target, trial=not write)
        problems += [blanks_problem] if blanks_problem else []
        made_as += f", {shrunk}" if shrunk else ""
    pdf = build.pdf
    if write and options.imposition != "none":
        pdf = _imposed(pdf, options)
    if write:
        from editor.pdf.finishing import finish  # pikepdf only for a file written out

        what = f"{options.page_size} {options.orientation}, theme {options.theme}, {options.described()}"
        pdf = finish(
            pdf,
            title=job.statement.title,  # as printed, its quotes typeset
            job=what,
            pdfx_profile=job.palette.profile if options.is_pdfx else None,
            black_overprint=options.black_overprint and options.is_cmyk,
        )
    problems += job.problems + ([fit_problem] if fit_problem else [])
    return RenderResult(pdf, build.page_count, problems, made_as)


def _in_fours(pages: int) -> int:
    """``pages`` rounded up to the multiple of four a folded booklet has."""
    return -(-pages // 4) * 4


def _imposed(pdf: bytes, options: ExportOptions) -> bytes:
    from editor.pdf.imposition import impose  # another module's job; loaded only when asked

    blanks = "before-back" if options.booklet_blanks == "before-back-cover" else "end"
    try:
        return impose(pdf, options.imposition, sheet=options.sheet, blanks=blanks)
    except ValueError as error:
        raise RenderError(str(error), ("layout", "sheet" if options.sheet else "imposition")) from None


class _Job:
    """One statement with one set of options: builds at any body size."""

    def __init__(self, statement: Statement, options: ExportOptions, base_dir: Path | None) -> None:
        self.options = options
        self.theme: Theme = load_theme(options.theme)
        self.family: FontFamily = font_family(options.font)
        self.statement = with_typographic_quotes(statement, self.family.has)
        self.palette = Palette(
            dict(self.theme["colours"]),
            self._accent_hex(),
            cmyk=options.is_cmyk,
            press_colours=self.theme["press_colours"],
            profile=press_profile(options.us_press),
        )
        self.labels: PrintedLabels = labels_for(self.statement)  # its own headings typeset too
        self.hyphenate = hyphenator(statement.effective_language)  # where the story's measure wants it
        self.sheet = Sheet.for_options(options)
        self.margin = self.theme.margin_mm(options.page_size) * mm
        self.problems: list[Problem] = []
        self.logo = self._logo(base_dir)

    def booklet(self, build: _Build, *, refit: bool, trial: bool) -> tuple[_Build, Problem | None, str]:
        """A booklet's pages come in fours: when the type can shrink a little to lose the pages
        over the last four, it does (unless the layout fits to pages itself), and says so in
        words for the export's report; otherwise blank pages make up the count, and a warning
        says how many, where they go and which fit would avoid them."""
        from editor.pdf.imposition import booklet_blanks  # pypdf only when imposing

        pages = build.page_count
        fewer = pages - pages % 4
        if fewer and refit:
            floor = max(float(self.theme["min_body_size"]), self.options.font_size * BOOKLET_SHRINK)
            size, names, problem = self.fitting_size(fewer, floor=floor)
            if problem is None:
                return self.build(size, names, trial=trial), None, self._shrunk(size, names, fewer)
        blanks = booklet_blanks(pages)
        before_back = self.options.booklet_blanks == "before-back-cover"
        before_back = before_back and pages > 1  # a single page is the front cover; nothing is the back
        where = (
            ("come before the back cover of" if before_back else "end")
            if blanks > 1
            else ("comes before the back cover of" if before_back else "ends")
        )
        if not fewer:
            advice = "a folded sheet holds four pages; print it unfolded (imposition: none) or 2-up"
        elif fewer != self.fit_target() and self.fitting_size(fewer)[2] is None:
            advice = f"shorten the text, or set fit_pages: {fewer} to fit {fewer} pages in smaller type"
        else:
            advice = (
                f"even in the smallest type the text needs more than {fewer} pages; shorten it to lose them"
            )
        return (
            build,
            Problem(
                f"{counted(blanks, 'blank page')} {where} the booklet of {counted(pages, 'page')} (a "
                f"booklet's pages come in fours): {advice}",
                ("layout", "imposition"),
                is_warning=True,
            ),
            "",
        )

    def without_short_last_page(self, build: _Build, *, trial: bool) -> tuple[_Build, str]:
        """A last page holding less than SHORT_LAST_PAGE of a page costs paper and looks
        forgotten: the type set up to TIGHTEN_PT smaller, the names first, saves it where it
        can, and the export says so; otherwise the page stays."""
        pages = build.page_count
        if not 2 <= pages <= MOST_PAGES_TO_SAVE or build.pages_filled - (pages - 1) >= SHORT_LAST_PAGE:
            return build, ""
        size, names, problem = self.fitting_size(pages - 1, floor=self.options.font_size - TIGHTEN_PT)
        if problem is not None:
            return build, ""
        return self.build(
            size, names, trial=trial
        ), f"{self._shrunk(size, names, pages - 1)} rather than {pages}"

    def fit_target(self) -> int | None:
        """The pages the layout fits to: a booklet's ``fit_pages`` rounded up to a multiple of
        four, as a folded sheet has four pages and fitting two would only add two blank ones."""
        pages = self.options.fit_pages
        if pages and self.options.imposition == "booklet":
            return _in_fours(pages)
        return pages

    def _shrunk(self, size: float, names: float, pages: int) -> str:
        """The type's shrinking to ``size`` (the names to ``names``) for ``pages``, in words."""
        share = {
            key: f"{round(100 * value / self.options.font_size)}%"
            for key, value in (("text", size), ("names", names))
        }
        if share["text"] == share["names"]:
            return f"type at {share['text']} of its size to make {pages} pages"
        return f"text at {share['text']} and names at {share['names']} of their size to make {pages} pages"

    def fitting_size(self, pages: int, *, floor: float | None = None) -> tuple[float, float, Problem | None]:
        """Body and names sizes (to 0.1 pt) at which the leaflet fits ``pages``, never below the
        theme's floor. The list of names shrinks first, the statement's own text only once the
        names are at the floor; when even the floor needs more pages, the sizes for the fewest it
        can take (a booklet: the fewest in fours), and a warning. Trial layouts skip writing the
        PDF, a third of the time."""
        size = self.options.font_size
        first = self.build(size, trial=True)
        if first.page_count <= pages:
            return size, size, None
        floor = min(size, floor or float(self.theme["min_body_size"]))
        names_small = self.build(size, floor, trial=True)
        if names_small.page_count <= pages:
            names = self._largest_fitting(
                pages, lambda guess: self.build(size, guess, trial=True),
                (floor, names_small.pages_filled), (size, first.pages_filled),
            )  # fmt: skip
            return size, names, None
        smallest = self.build(floor, floor, trial=True)
        fewest = smallest.page_count

        def with_small_names(guess: float) -> _Build:
            return self.build(guess, floor, trial=True)

        bracket = ((floor, smallest.pages_filled), (size, names_small.pages_filled))
        if fewest <= pages:
            return self._largest_fitting(pages, with_small_names, *bracket), floor, None
        wanted = f"{pages} page{'s' if pages > 1 else ''}"
        asked = self.options.fit_pages
        if self.options.imposition == "booklet" and asked not in (None, pages) and pages == self.fit_target():
            wanted += f" (fit_pages: {asked}, taken up to a multiple of four for the booklet)"
        in_fours = _in_fours(fewest) if self.options.imposition == "booklet" else fewest
        if in_fours >= first.page_count:  # shrinking would only cost legibility: keep the normal size
            chosen, names, outcome = size, size, f"it is printed at its normal size on {first.page_count}"
        elif in_fours > fewest:  # a booklet's blank pages are better filled with larger type
            chosen, names, _ = self.fitting_size(in_fours, floor=floor)
            outcome = f"it is printed on {in_fours}, the fewest a booklet of it can take, with larger type"
        else:
            chosen, names = self._largest_fitting(fewest, with_small_names, *bracket), floor
            outcome = (
                f"it is printed on {fewest}, the fewest it can take, with the names at {floor:g} pt "
                f"and body text at {chosen:g} pt"
            )
        where = first.first_on_page.get(pages + 1, "the end")
        return (
            chosen,
            names,
            Problem(
                f"does not fit on {wanted}: even with all text at {floor:g} pt the leaflet needs "
                f"{fewest}, so {outcome} (nothing was left out; at the normal size, page {pages + 1} "
                f"starts at {where})",
                ("layout", "fit_pages"),
                is_warning=True,
            ),
        )

    @staticmethod
    def _largest_fitting(
        pages: int,
        build: Callable[[float], _Build],
        fits: tuple[float, float],
        too_big: tuple[float, float],
    ) -> float:
        """Narrow the bracket between a size that fits and one that does not to one step.

        Each guess interpolates the pages the two ends fill, aiming just inside the last page,
        but stays at least a quarter of the bracket from either end: pages jump where a block
        moves to the next page, and a pure interpolation then creeps up one step at a time.
        """
        (low, low_filled), (high, high_filled) = fits, too_big
        while (steps := round((high - low) / FIT_STEP_PT)) > 1:
            share = (pages - 0.01 - low_filled) / max(high_filled - low_filled, 1e-6)
            margin = math.ceil(steps / 4)
            guess = round(low + min(max(math.floor(share * steps), margin), steps - margin) * FIT_STEP_PT, 2)
            trial = build(guess)
            if trial.page_count <= pages:
                low, low_filled = guess, trial.pages_filled
            else:
                high, high_filled = guess, trial.pages_filled
        return low

    def build(self, body_size: float, names_size: float | None = None, *, trial: bool = False) -> _Build:
        options, sheet, margin = self.options, self.sheet, self.margin
        styles = make_styles(self.theme, self.family, self.palette, body_size, names_size)
        width = sheet.trim_width - 2 * margin
        foot_room = styles.page_number_size * 2.2
        later_height = sheet.trim_height - 2 * margin - foot_room
        look = Look(
            self.theme,
            self.family,
            self.palette,
            styles,
            later_height,
            options.page_size,
            links_printed=options.purpose.links_printed,
        )
        title = TitleBlock(
            self._meta(),
            to_markup(without_runts(self.statement.title, display=True)),
            to_markup(without_runts(self.statement.subtitle, display=True)),
            look,
            sheet,
            margin,
            self.logo,
        )
        first_top = max(title.space_below_top(), margin)
        x, bottom = sheet.offset + margin, sheet.offset + margin + foot_room
        first_height = sheet.trim_height - first_top - margin - foot_room
        if first_height < later_height / 4:
            first_height = later_height / 4  # the text starts over the title rather than off the page
            self._report_once(
                Problem(
                    "the title block fills most of the first page; shorten the "
                    "title or subtitle so the text has room",
                    ("title",),
                )
            )
        first = Frame(
            x,
            bottom,
            width,
            first_height,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            x,
            bottom,
            width,
            later_height,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        decorate = _PageDecoration(self, title, styles.page_number_size)
        buffer = io.BytesIO()
        doc = _LeafletDocument(
            buffer,
            pagesize=sheet.media_size,
            invariant=1,
            title=self.statement.title,
            author=self.statement.issuer,
            subject=self.statement.subtitle,
            creator="Statement Editor",
            producer="Statement Editor",
            lang=self.statement.effective_language,
            enforceColorSpace="sep_cmyk" if options.is_cmyk else None,  # CMYK and /All for the marks
            initialFontName=self.family.regular,
            initialFontSize=body_size,
            **sheet.page_boxes(),
        )
        doc.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=decorate.first_page, autoNextPageTemplate="later"),
                PageTemplate("later", [later], onPage=decorate.later_page),
            ]
        )
        builder = StoryBuilder(
            self.statement, look, self.labels, self.hyphenate, width, options.signatory_columns
        )
        if (
            self.statement.signatories
            and builder.signatory_column_width() < NARROWEST_COLUMN * styles.signatory_size
        ):
            self._report_once(
                Problem(
                    f"{options.signatory_columns} signatory columns are too narrow for this page and "
                    "type: names and roles are broken mid-word; choose fewer columns",
                    ("layout", "signatory_columns"),
                )
            )
        doc.build(builder.story(), canvasmaker=decorate.canvas_maker(write=not trial))
        return _Build(buffer.getvalue(), decorate.pages, doc.first_on_page, doc.pages_filled)

    def _report_once(self, problem: Problem) -> None:
        """Builds for fitting repeat; a problem is still said once."""
        if problem not in self.problems:
            self.problems.append(problem)

    def _meta(self) -> str:
        parts = [escape(part) for part in (self.statement.issuer,) if part]
        if self.statement.date:
            parts.append(escape(self.labels.date(self.statement.date)).replace(" ", "\u00a0"))  # one unit
        return "\u2002\u00b7\u2002".join(parts)

    def _logo(self, base_dir: Path | None) -> ImageReader | None:
        """The logo for the title block: in greys for a black-and-white theme. CMYK has no
        transparency, so there the logo is first laid on the colour it will sit on (the band,
        or white paper) and then converted."""
        name = self.options.logo
        if not name:
            return None
        try:
            image = open_logo(name, base_dir, allow_outside=self.options.allow_outside_assets)
        except LogoProblem as problem:
            self.problems.append(problem.as_problem())
            return None
        if self.theme["monochrome"]:  # a photocopier prints colour as muddy greys: choose them here
            image = Image.merge("RGBA", (*image.convert("L").convert("RGB").split(), image.getchannel("A")))
        if self.options.is_cmyk:
            banded = self.theme["title"]["style"] == "band"
            ground = self.palette.inks_of(self.palette.accent if banded else self.palette.paper)
            image = cmyk_image(image, ground, self.palette.profile, grey=self.theme["monochrome"])
        return ImageReader(image)

    def _accent_hex(self) -> str:
        """The photocopy theme prints whatever accent the statement asks for in black."""
        return self.theme["colours"]["text"] if self.theme["monochrome"] else self.options.accent_color


class _LeafletDocument(BaseDocTemplate):
    """Remembers which statement field starts each page, to say what does not fit."""

    def __init__(self, buffer: io.BytesIO, **settings: object) -> None:
        super().__init__(buffer, **settings)
        self.first_on_page: dict[int, str] = {}
        self.pages_filled = 0.0

    def afterFlowable(self, flowable: Flowable) -> None:
        page, frame = self.page, self.frame
        if frame is not None:  # None between pages, as after a BalancedColumns split
            self.pages_filled = _pages_filled(flowable, page, frame, self.pages_filled)
        if page in self.first_on_page:
            return
        if isinstance(flowable, SignatoryColumns):
            index = flowable.first_signatory()
            self.first_on_page[page] = f"signatories[{index + 1}]" if index is not None else "signatories"
        elif getattr(flowable, "source", ""):
            self.first_on_page[page] = flowable.source


def _pages_filled(flowable: Flowable, page: int, frame: Frame, before: float) -> float:
    """Pages used so far, counting the used part of this one; the foot block takes the rest of
    the page to sit at its foot, but needs only its own height."""
    height = max(frame._height, 1.0)  # a frame squeezed to nothing by a tall title still counts
    if isinstance(flowable, FootBlock):
        return (before if before > page - 1 else page - 1) + flowable.needed / height
    return page - 1 + (frame._y1 + frame._height - frame._y) / height


class _PageDecoration:
    """What every page gets besides the text: the title band, crop marks, the page number.

    The number is a form XObject filled in when the document is saved, because only then is
    it known whether there is more than one page (a single page carries no number).
    """

    def __init__(self, job: _Job, title: TitleBlock, number_size: float) -> None:
        self.job = job
        self.title = title
        self.number_size = number_size
        self.pages = 0

    def first_page(self, canvas: Canvas, doc: _LeafletDocument) -> None:
        self.title.draw(canvas)
        self.later_page(canvas, doc)

    def later_page(self, canvas: Canvas, doc: _LeafletDocument) -> None:
        sheet = self.job.sheet
        sheet.draw_crop_marks(canvas, self.job.palette.registration)
        page = canvas.getPageNumber()
        self.pages = max(self.pages, page)
        canvas.saveState()
        x0, y0, x1, _ = sheet.trim_box
        canvas.translate((x0 + x1) / 2, y0 + max(self.job.margin * 0.55, 5 * mm))
        canvas.doForm(PAGE_NUMBER_FORM.format(page))
        canvas.restoreState()

    def canvas_maker(self, *, write: bool) -> type[Canvas]:
        decoration = self

        class LeafletCanvas(Canvas):
            keeps_drawing = write  # read by blocks.drawing_is_kept

            def save(self) -> None:
                if write:
                    decoration.define_page_numbers(self)
                    with _FONT_FILES:
                        super().save()

        return LeafletCanvas

    def define_page_numbers(self, canvas: Canvas) -> None:
        job, size = self.job, self.number_size
        for page in range(1, self.pages + 1):
            canvas.beginForm(PAGE_NUMBER_FORM.format(page), -60, -size, 60, size * 1.5)
            if self.pages > 1:
                canvas.setFillColor(job.palette.muted)
                canvas.setFont(job.family.regular, size)
                canvas.drawCentredString(0, 0, job.labels.page.format(page=page, pages=self.pages))
            canvas.endForm()


__all__ = ["RenderError", "RenderResult", "layout_problems", "render_pdf"]
