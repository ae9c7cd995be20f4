"""Black text that overprints: small 100% K type printed on top of what lies under it.

Knocked out (PDF's default), black type on a tint leaves a hole in the tint's plates the shape
of each letter; a hair of misregistration then shows a white edge beside thin strokes. Printed
over the tint instead, nothing can show. Only text in 100% black under SMALL_TYPE_PT is
switched, and only for as long as it is being drawn: overprinting white (the title band's
type) would make it vanish, and overprinting the QR code's white ground would lay the code
on the panel's tint.

ReportLab has no notion of overprint for a run of text, so this edits the finished content
streams (pikepdf): before a text object's 100% K fill at a small size it sets an ExtGState
with overprint on (mode 1, so the zero inks leave the plates below alone), and before any
other fill, and after the text object, it sets it off again.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import pikepdf

from editor.pdf.production import SMALL_TYPE_PT

Instruction = pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage
_ON = pikepdf.Name("/OPblack")
_OFF = pikepdf.Name("/OPnone")
_FILL_OPERATORS = frozenset({"k", "rg", "g", "sc", "scn", "cs"})
_BLACK = (0.0, 0.0, 0.0, 1.0)


def overprint_black_text(document: pikepdf.Pdf) -> None:
    """Make every page's (and every page form's) small 100% K text overprint."""
    for page in document.pages:
        _rewrite(document, page.obj, pikepdf.parse_content_stream(page))
    for obj in document.objects:
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == pikepdf.Name.Form:
            _rewrite(document, obj, pikepdf.parse_content_stream(obj))


def _rewrite(document: pikepdf.Pdf, owner: pikepdf.Object, instructions: list[Instruction]) -> None:
    rewritten = list(_switched(instructions))
    if len(rewritten) == len(instructions):
        return
    _add_states(owner)
    data = zlib.compress(pikepdf.unparse_content_stream(rewritten))
    if isinstance(owner, pikepdf.Stream):
        owner.write(data, filter=pikepdf.Name.FlateDecode)
    else:
        owner.Contents = pikepdf.Stream(document, data)
        owner.Contents.Filter = pikepdf.Name.FlateDecode


def _switched(instructions: list[Instruction]) -> Iterator[Instruction]:
    """The instructions with the overprint state switched around small black text."""
    in_text = black = on = False  # black: the current fill is 100% K
    size = 0.0
    saved: list[tuple[bool, bool, float]] = []
    for instruction in instructions:
        yield instruction
        operands, name = instruction.operands, str(instruction.operator)
        if name in _FILL_OPERATORS:
            black = name == "k" and tuple(float(v) for v in operands) == _BLACK
        elif name == "Tf":
            size = float(operands[1])
        elif name in ("BT", "ET"):
            in_text = name == "BT"
        elif name == "q":
            saved.append((on, black, size))
        elif name == "Q" and saved:
            on, black, size = saved.pop()  # Q restores the state the overprint lived in
            continue
        else:
            continue
        wanted = in_text and black and 0 < size < SMALL_TYPE_PT
        if wanted != on:
            yield pikepdf.ContentStreamInstruction([_ON if wanted else _OFF], pikepdf.Operator("gs"))
            on = wanted


def _add_states(owner: pikepdf.Object) -> None:
    resources = owner.get("/Resources")
    if resources is None:
        resources = owner.Resources = pikepdf.Dictionary()
    states = resources.get("/ExtGState")
    if states is None:
        states = resources.ExtGState = pikepdf.Dictionary()
    states[_ON] = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, OP=True, op=True, OPM=1)
    states[_OFF] = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, OP=False, op=False, OPM=0)
