"""Print-ready PDF leaflets from statements, with ReportLab; no Qt here.

``render_pdf(statement, options)`` returns the PDF as bytes with the problems found on the
way; ``ExportOptions`` holds the resolved print options.
"""

from editor.pdf.errors import RenderError
from editor.pdf.options import ExportOptions
from editor.pdf.render import RenderResult, render_pdf

__all__ = ["ExportOptions", "RenderError", "RenderResult", "render_pdf"]
