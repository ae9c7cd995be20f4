"""What ReportLab cannot write, added to its finished file: for every output, real dates, IDs
that tell one job and one version from the next, and font subset tags that stay unique when
files are merged; for the print shop, PDF/X-4 as well.

A shop's preflight reads the output intent (the printing condition the colours were made for,
with its ICC profile) and the PDF/X version in the document information and in the XMP
metadata. ReportLab writes the year 2000 as every file's date (its reproducible mode) and tags
every subset AAAAAA+. pikepdf (over qpdf) edits the objects in place, so the drawing, the
fonts and the boxes stay exactly as rendered.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import string
import uuid

import pikepdf

from editor.pdf.overprint import overprint_black_text
from editor.pdf.press_colour import REGISTRY, PressProfile

PDFX_VERSION = "PDF/X-4"
SUBSET_TAG_LENGTH = 6
_TAG_LETTERS = string.ascii_uppercase


def finish(
    pdf: bytes, *, title: str, job: str, pdfx_profile: PressProfile | None, black_overprint: bool
) -> bytes:
    """``pdf`` with its time (now, or SOURCE_DATE_EPOCH when that is set, for reproducible
    builds), its IDs and unique subset tags; a PDF/X-4 file for printing under ``pdfx_profile``
    when one is given (no annotations, an output intent, XMP); its small black text overprinting
    when ``black_overprint``.

    ``job`` says what the file is beside its title (page size, theme, output, imposition): the
    same statement as an A5 leaflet and as an A3 poster are two documents to a shop's job
    system, and the same leaflet exported again is a new version of one.
    """
    moment = _moment()
    fingerprint = hashlib.sha256(pdf).hexdigest()
    document_key = f"statement:{title}\n{job}"
    with pikepdf.open(io.BytesIO(pdf)) as document:
        _retag_subsets(document)
        if black_overprint:
            overprint_black_text(document)
        _write_info(document, title, moment)
        if pdfx_profile is not None:
            _drop_annotations(document)
            _add_output_intent(document, pdfx_profile)
            _write_pdfx_keys(document)
            _write_xmp(document, title, moment, fingerprint, document_key)
        # The trailer's first ID is the job's, kept from one export to the next, as the PDF
        # standard has it; qpdf derives the second from the content it writes.
        first_id = hashlib.md5(document_key.encode(), usedforsecurity=False).digest()
        document.trailer.ID = pikepdf.Array([pikepdf.String(first_id), pikepdf.String(first_id)])
        out = io.BytesIO()
        # Every stream arrives deflated (the profile too): copied as it is, not inflated and
        # deflated again, which took longer than rendering the leaflet's last pages.
        document.save(
            out,
            deterministic_id=True,
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
    return out.getvalue()


def _moment() -> datetime.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isascii() and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _retag_subsets(document: pikepdf.Pdf) -> None:
    """Give each embedded subset a tag made from its own glyph data: ReportLab tags every subset
    AAAAAA+, and two different subsets with one name clash when a shop merges jobs."""
    for font in document.objects:
        if not isinstance(font, pikepdf.Dictionary) or font.get("/Type") != pikepdf.Name.Font:
            continue
        descriptor = font.get("/FontDescriptor")
        base = str(font.get("/BaseFont", ""))
        if descriptor is None or not _is_subset_name(base):
            continue
        program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3") or descriptor.get("/FontFile")
        data = program.read_raw_bytes() if program is not None else base.encode()
        renamed = pikepdf.Name(f"/{_tag(data, base)}+{base[SUBSET_TAG_LENGTH + 2 :]}")
        font.BaseFont = renamed
        descriptor.FontName = renamed


def _is_subset_name(name: str) -> bool:
    tag = name[1 : SUBSET_TAG_LENGTH + 1]
    return len(name) > SUBSET_TAG_LENGTH + 2 and name[SUBSET_TAG_LENGTH + 1] == "+" and tag.isupper()


def _tag(data: bytes, name: str) -> str:
    digest = hashlib.sha256(name.encode() + data).digest()
    return "".join(_TAG_LETTERS[byte % len(_TAG_LETTERS)] for byte in digest[:SUBSET_TAG_LENGTH])


def _drop_annotations(document: pikepdf.Pdf) -> None:
    """A link on a printed page is a rule break in PDF/X (annotations inside the trim) and
    useless on paper, where its address is printed instead."""
    for page in document.pages:
        if "/Annots" in page.obj:
            del page.obj["/Annots"]


def _add_output_intent(document: pikepdf.Pdf, profile: PressProfile) -> None:
    icc = pikepdf.Stream(document, profile.deflated())
    icc.Filter = pikepdf.Name.FlateDecode
    icc.N = 4
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFX,
        OutputConditionIdentifier=profile.identifier,
        OutputCondition=profile.condition,
        RegistryName=REGISTRY,
        Info=profile.condition,
        DestOutputProfile=document.make_indirect(icc),
    )
    document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])


def _write_info(document: pikepdf.Pdf, title: str, moment: datetime.datetime) -> None:
    info = document.docinfo
    stamp = moment.strftime("D:%Y%m%d%H%M%S+00'00'")
    info.Title = title
    info.CreationDate = stamp
    info.ModDate = stamp


def _write_pdfx_keys(document: pikepdf.Pdf) -> None:
    info = document.docinfo
    info.Trapped = pikepdf.Name("/False")
    info.GTS_PDFXVersion = PDFX_VERSION


def _write_xmp(
    document: pikepdf.Pdf, title: str, moment: datetime.datetime, fingerprint: str, document_key: str
) -> None:
    """The same facts in XMP, which PDF/X-4 reads first, and the IDs of this document and this
    rendition of it: the same statement rendered again is the same document, a new instance."""
    stamp = moment.isoformat().replace("+00:00", "Z")
    with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = title
        xmp["xmp:CreateDate"] = stamp
        xmp["xmp:ModifyDate"] = stamp
        xmp["xmp:MetadataDate"] = stamp
        xmp["xmp:CreatorTool"] = str(document.docinfo.get("/Creator", ""))
        xmp["pdf:Producer"] = str(document.docinfo.get("/Producer", ""))
        xmp["pdf:Trapped"] = "False"
        xmp["pdfxid:GTS_PDFXVersion"] = PDFX_VERSION
        xmp["xmpMM:DocumentID"] = f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, document_key)}"
        xmp["xmpMM:InstanceID"] = f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, fingerprint + stamp)}"
        xmp["xmpMM:VersionID"] = "1"
        xmp["xmpMM:RenditionClass"] = "default"
