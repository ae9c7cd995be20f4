"""What the chosen output needs that the layout does not give it, said before anything prints.

A print shop phones back about a title band with no bleed to trim into, crop marks with
nothing to mark, an RGB file where they expected CMYK, a QR code too small to scan from arm's
length, or a job that does not fit their sheet. Each of these is a problem with the layout key
that fixes it, and says which output it concerns.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from editor.model import Problem, Statement
from editor.model.validation import is_web_address
from editor.pdf.blocks import QR_MODULE_MM, qr_modules
from editor.pdf.options import ExportOptions
from editor.pdf.themes import Theme

MIN_QR_MM = {"A6": 20, "A5": 20, "A4": 27, "A3": 45, "Letter": 27, "Legal": 27}
"""The smallest code a passer-by scans from a leaflet in the hand, or from a poster on a wall."""
LONG_ADDRESS_SHARE = 1.5
"""An address whose code must grow past this share of the page's usual size is worth shortening."""
BLEED_ASKED_MM = 3


def output_problems(statement: Statement, options: ExportOptions, theme: Theme) -> list[Problem]:
    problems: list[Problem] = []
    purpose = options.purpose.purpose
    press = options.output == "press"
    bleeds = theme["title"]["style"] == "band"
    if press and bleeds and not options.bleed_mm:
        problems.append(
            _warning(
                f"{purpose}: the title band runs to the edge of the page but the export has no "
                f"bleed, so the trim may leave a white edge; set bleed_mm: {BLEED_ASKED_MM}",
                "bleed_mm",
            )
        )
    if options.crop_marks and not options.bleed_mm and bleeds:
        problems.append(
            _warning(
                f"{purpose}: crop marks are asked for without bleed: a cut a hair off the mark shows white "
                f"along the title band; set bleed_mm: {BLEED_ASKED_MM}",
                "bleed_mm",  # the setting that fixes it
            )
        )
    if press and not options.is_cmyk:
        problems.append(
            _warning(
                f"{purpose}: the colour is RGB, so the file is no PDF/X and the shop's own "
                "conversion decides how it prints; set colour: cmyk",
                "colour",
            )
        )
    if options.black_overprint and not options.is_cmyk:
        problems.append(
            _warning(
                f"{purpose}: black overprint is asked for, but overprint is a matter of inks and "
                "the colour is RGB, so nothing overprints; set colour: cmyk",
                "black_overprint",
            )
        )
    if is_web_address(statement.sign_up.url):
        problems += _qr_problems(statement.sign_up.url, options, theme)
    if options.imposition != "none":
        problems += _sheet_problems(options)
    elif options.sheet:
        problems.append(
            _warning(
                f"{purpose}: the sheet {options.sheet} is named but the pages are not imposed, so each "
                "prints on a page of its own size; choose an imposition (2-up, 4-up or booklet) "
                "or leave the sheet out",
                "sheet",
            )
        )
    return problems


def _sheet_problems(options: ExportOptions) -> list[Problem]:
    from editor.pdf.imposition import sheet_for  # pypdf only when imposing

    width, height = options.trim_size
    try:
        sheet_for(options.imposition, width, height, options.bleed_mm * mm, options.crop_marks, options.sheet)
    except ValueError as error:
        return [Problem(str(error), ("layout", "sheet" if options.sheet else "imposition"))]
    return []


def _qr_problems(url: str, options: ExportOptions, theme: Theme) -> list[Problem]:
    page = options.page_size
    wanted = float(theme.section("sign_up")["qr_mm"][page])
    needed = len(qr_modules(url)) * QR_MODULE_MM
    where = ("sign_up", "url")
    if wanted < MIN_QR_MM[page]:
        return [
            Problem(
                f"the QR code would be {wanted:g} mm on {page}: too small to scan from arm's "
                f"length; the theme's sign_up.qr_mm for {page} should be at least {MIN_QR_MM[page]}",
                where,
                is_warning=True,
            )
        ]
    if needed > wanted * LONG_ADDRESS_SHARE:
        return [
            Problem(
                f"the web address is long for a QR code: with modules of {QR_MODULE_MM:g} mm, which a "
                f"phone reads from arm's length, its code takes {needed:g} mm where {wanted:g} mm is "
                "usual on this page; a shorter address (a short link) gives a smaller code",
                where,
                is_warning=True,
            )
        ]
    return []


def _warning(message: str, key: str) -> Problem:
    return Problem(message, ("layout", key), is_warning=True)
