"""The one exception the PDF layer raises: an export option that cannot be honoured at all."""

from __future__ import annotations

from editor.model.problems import Path, ProblemError

THEME: Path = ("layout", "theme")
FONT: Path = ("layout", "font")


class RenderError(ProblemError):
    """Raised for an unknown theme or font, a broken theme file or an unusable option.

    The message is written for the user and names the option and the choices there are; the
    problem's path names the setting. Problems that still allow a leaflet (a missing glyph,
    text that does not fit) are not raised but returned with the result.
    """

    def __init__(self, message: str, path: Path = ("layout",)) -> None:
        super().__init__(message, path=path)
