"""The type a PDF prints, read back with pikepdf: each text run's size on the page and its fill.

Follows the graphics state through q/Q, cm, form XObjects (page numbers are forms) and the text
matrix, so a size is what a ruler on the printed page would measure, not the operand of Tf.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

import pikepdf

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class Run:
    page: int
    size: float  # points on the page
    fill: tuple[str, tuple[float, ...]]  # ("k", (c, m, y, k)), ("rg", (r, g, b)), ("g", (grey,))
    text: bytes


@dataclass(frozen=True)
class Area:
    page: int
    box: tuple[float, float, float, float]  # left, bottom, right, top on the page
    fill: tuple[str, tuple[float, ...]]


@dataclass(frozen=True)
class Stroke:
    page: int
    width: float
    colour: tuple[str, tuple[float, ...]]


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    return matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]


def _scale(matrix: Matrix) -> float:
    return abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]) ** 0.5


class _Reader:
    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.strokes: list[Stroke] = []
        self.areas: list[Area] = []

    def walk(self, page_number: int, stream: object, resources: pikepdf.Object, ctm: Matrix) -> None:
        fill: tuple[str, tuple[float, ...]] = ("g", (0.0,))
        stroke_colour: tuple[str, tuple[float, ...]] = ("G", (0.0,))
        line_width = 1.0
        stack: list[tuple[Matrix, tuple, tuple, float]] = []
        text_matrix, size = IDENTITY, 0.0
        path: list[tuple[float, float, float, float]] = []
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            values = [float(v) for v in operands if isinstance(v, (int, float, Decimal))]
            if op == "q":
                stack.append((ctm, fill, stroke_colour, line_width))
            elif op == "Q":
                ctm, fill, stroke_colour, line_width = stack.pop()
            elif op == "cm":
                ctm = _multiply(tuple(values), ctm)  # type: ignore[arg-type]
            elif op in ("k", "rg", "g", "sc", "scn"):
                fill = (op, tuple(values))
            elif op in ("K", "RG", "G", "SC", "SCN"):
                stroke_colour = (op, tuple(values))
            elif op == "w":
                line_width = values[0]
            elif op == "BT":
                text_matrix = IDENTITY
            elif op == "Tm":
                text_matrix = tuple(values)  # type: ignore[assignment]
            elif op == "Tf":
                size = values[-1]
            elif op in ("Tj", "TJ", "'", '"'):
                shown = b"".join(
                    bytes(part) for part in (operands[0] if op == "TJ" else operands[-1:])
                    if isinstance(part, pikepdf.String)
                )  # fmt: skip
                if shown.strip():
                    on_page = size * _scale(_multiply(text_matrix, ctm))
                    self.runs.append(Run(page_number, round(on_page, 2), fill, shown))
            elif op == "re":
                x, y, width, height = values
                (x0, y0), (x1, y1) = _apply(ctm, x, y), _apply(ctm, x + width, y + height)
                path.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
            elif op in ("f", "f*", "F", "B", "B*", "b", "b*"):
                self.areas += [Area(page_number, box, fill) for box in path]
            if op in ("S", "s", "B", "b", "B*", "b*"):
                self.strokes.append(Stroke(page_number, line_width * _scale(ctm), stroke_colour))
            if op in ("S", "s", "f", "f*", "F", "B", "B*", "b", "b*", "n"):
                path = []
            if op == "Do":
                xobject = resources.get("/XObject", {}).get(str(operands[0]))
                if xobject is not None and xobject.get("/Subtype") == "/Form":
                    inner = xobject.get("/Resources", resources)
                    matrix = tuple(float(v) for v in xobject.get("/Matrix", IDENTITY))
                    self.walk(page_number, xobject, inner, _multiply(matrix, ctm))  # type: ignore[arg-type]


def printed(pdf: bytes) -> _Reader:
    reader = _Reader()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            reader.walk(number, page, page.obj.get("/Resources", pikepdf.Dictionary()), IDENTITY)
    return reader


def inks(colour: tuple[str, tuple[float, ...]]) -> int:
    """How many plates a CMYK colour prints on."""
    return sum(1 for value in colour[1] if value > 0)
