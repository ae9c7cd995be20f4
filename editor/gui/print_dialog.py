"""File → Print: the leaflet or a booklet on a desk printer, both sides by hand if need be.

The pages are the leaflet's own PDF (``editor.actions.printing``), drawn through Qt's PDF
renderer at 300 dots an inch, which a desk printer shows as it shows any document.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.actions.exporting import Cause, NotExported
from editor.actions.printing import BLANK, PrintJob, PrintPass, print_job
from editor.gui import messages
from editor.gui.document import StatementDocument
from editor.model.field_names import problem_said

RENDER_DPI = 300
"""Fine enough for type on a desk printer, and an A4 page of it stays near 35 MB in memory."""


class PrintDialog(QDialog):
    """What to print and how the printer handles the two sides; then the system's print dialog."""

    def __init__(self, document: StatementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print")
        self.document = document
        self.leaflet = QRadioButton("The &leaflet, one page to a sheet")
        self.booklet = QRadioButton("A &booklet: two pages to a side, to fold down the middle")
        self.leaflet.setChecked(True)
        self.by_hand = QCheckBox(
            "&Both sides on a printer that prints one side: the fronts first, then the backs"
        )
        note = QLabel(
            "Printed at the leaflet's own size, without bleed or crop marks. For the print shop, "
            "use File → Export PDF. A booklet on a printer that prints both sides needs it to "
            "turn the sheet on its short side."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("&Print…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.leaflet, self.booklet, self.by_hand, note, buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        super().accept()
        document = self.document
        job = print_job(
            document.statement,
            source=document.path,
            booklet=self.booklet.isChecked(),
            by_hand_both_sides=self.by_hand.isChecked(),
        )
        owner = self.parentWidget()
        if isinstance(job, NotExported):
            details = "\n".join(f"• {problem_said(problem)}" for problem in job.problems)
            reason = job.cause.value if job.cause is Cause.STATEMENT else job.reason
            messages.tell(owner, "Cannot print", f"Nothing was printed: {reason}.\n{details}".strip())
            return
        print_on_paper(job, booklet=self.booklet.isChecked(), parent=owner)


def print_on_paper(job: PrintJob, *, booklet: bool, parent: QWidget | None) -> bool:
    """Ask for the printer, then print each pass, asking before the next; False if not printed."""
    pdf = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(job.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    if pdf.status() != QPdfDocument.Status.Ready:  # our own PDF: only a broken Qt would refuse it
        messages.tell(parent, "Cannot print", f"The pages could not be prepared ({pdf.error().name}).")
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Statement")
    size = pdf.pagePointSize(0)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    page_size = QPageSize(
        QSizeF(min(size.width(), size.height()), max(size.width(), size.height())), QPageSize.Unit.Point
    )
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF()))
    if booklet and len(job.passes) == 1:
        printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    if len(job.passes) == 1 and booklet and not _turns_sheets(printer):
        if (
            messages.ask(
                parent,
                "Print the backs by hand?",
                "This printer does not print both sides of a sheet by itself, and a booklet needs both."
                "\n\nOK prints the fronts first, then tells you how to put the stack back for the backs.",
                messages.Button.Ok | messages.Button.Cancel,
                messages.Button.Ok,
            )
            != messages.Button.Ok
        ):
            return False
        job = job.by_hand()
    copies = printer.copyCount()
    passes = job.passes
    if len(passes) > 1 and copies > 1:  # each copy's fronts, then each copy's backs, in step
        printer.setCopyCount(1)
        passes = [one_pass.copies(copies) for one_pass in passes]
    for number, one_pass in enumerate(passes):
        if (
            number
            and messages.ask(
                parent,
                "Print the backs",
                f"{job.turning(copies)}\n\nOK prints the backs.",
                messages.Button.Ok | messages.Button.Cancel,
                messages.Button.Ok,
            )
            != messages.Button.Ok
        ):
            return False
        if not _print_pass(printer, pdf, one_pass):
            messages.tell(
                parent, "Cannot print", "The printer could not be started; nothing more was printed."
            )
            return False
    if job.afterwards:
        messages.tell(parent, "Printed", job.afterwards, messages.Icon.Information)
    return True


def _turns_sheets(printer: QPrinter) -> bool:
    """Whether the printer prints a booklet's two sides itself: a PDF file takes any duplex."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return True
    return QPrinter.DuplexMode.DuplexShortSide in QPrinterInfo(printer).supportedDuplexModes()


def _print_pass(printer: QPrinter, pdf: QPdfDocument, one_pass: PrintPass) -> bool:
    """Each page at its own size on the paper, centred, or made smaller where the paper is."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index, page in enumerate(one_pass.pages):
            if index:
                printer.newPage()
            if page == BLANK:
                continue
            paper = printer.pageRect(QPrinter.Unit.DevicePixel)  # the painter starts at its corner
            points = pdf.pagePointSize(page)
            scale = min(
                printer.resolution() / 72, paper.width() / points.width(), paper.height() / points.height()
            )
            drawn = QSizeF(points.width() * scale, points.height() * scale)
            image = pdf.render(
                page, QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
            )
            painter.save()
            painter.translate(paper.width() / 2, paper.height() / 2)
            if one_pass.turned:
                painter.rotate(180)
            painter.drawImage(QRectF(QPointF(-drawn.width() / 2, -drawn.height() / 2), drawn), image)
            painter.restore()
    finally:
        painter.end()
    return True
