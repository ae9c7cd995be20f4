"""The one exception the PDF layer raises: an export option that cannot be honoured at all."""

from __future__ import annotations


class RenderError(Exception):
    """Raised for an unknown theme or font, a broken theme file or an unusable option.

    The message is written for the user and names the option and the choices there are.
    Problems that still allow a leaflet (a missing glyph, text that does not fit) are not
    raised but returned with the result.
    """
