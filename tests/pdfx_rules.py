"""A PDF/X-4 checker for the tests, written apart from the program it checks.

No PDF/X validator runs on this machine, so the tests read our output back with pikepdf and test
every rule of ISO 15930-7 that needs no colour engine. Nothing here comes from editor/: a check
that shared our code would share our mistakes.
"""

from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pikepdf

RULES_CHECKED = (
    "the header (and any catalog /Version) is PDF 1.6 or older",
    "the file is not encrypted",
    "the trailer /ID holds two strings",
    "Info /GTS_PDFXVersion is (PDF/X-4)",
    "Info /Title is a non-empty string",
    "Info /CreationDate and /ModDate are full PDF dates with a time zone, no earlier than 2008",
    "Info /Trapped is the name /True or /False",
    "the catalog has an XMP /Metadata stream that parses, pikepdf's reader included",
    "the XMP gives pdfxid:GTS_PDFXVersion, xmp:CreateDate, ModifyDate and MetadataDate, dc:title, "
    "pdf:Trapped, xmpMM:DocumentID, InstanceID, VersionID and RenditionClass",
    "the XMP says PDF/X-4, its dates are full ISO 8601 dates with a time zone, pdf:Trapped is True or False",
    "the XMP title, creation and modification dates (to the second) and trapping agree with the Info",
    "the catalog's /OutputIntents holds exactly one /GTS_PDFX intent",
    "the PDF/X intent has an /OutputConditionIdentifier",
    "the PDF/X intent has a /DestOutputProfile that is an ICC output ('prtr') profile, version 4 or older",
    "the output profile's /N agrees with the colour space in its header",
    "a registered condition (FOGRA39, CGATS TR 001, …) comes with a /RegistryName",
    "every page has a /TrimBox or an /ArtBox, not both",
    "every page box has a positive width and height",
    "the TrimBox (or ArtBox) lies inside the BleedBox, CropBox and MediaBox, the BleedBox inside the MediaBox",
    "no annotation but TrapNet and PrinterMark, links with their actions included, touches the BleedBox "
    "(the TrimBox if none); no PrinterMark touches the TrimBox",
    "no JavaScript: no JavaScript action, no /JS, no /JavaScript name tree",
    "no additional actions (/AA) anywhere",
    "every font in the resources of a page, form, pattern, soft mask, Type 3 font or appearance "
    "is embedded (Type 3 fonts need no font file)",
    "one subset tag (ABCDEF+) names one font program only",
    "with a CMYK output intent nothing uses DeviceRGB: no rg or RG, no DeviceRGB colour space, image, "
    "inline image, shading or transparency group, nor Indexed or Pattern over DeviceRGB",
    "no PostScript XObjects (/Subtype /PS or /Subtype2 /PS)",
    "no /OPI dictionaries",
    "no /Alternates on images",
    "no external streams (/F on a stream)",
    "no transfer functions: no /TR, /TR2 only as /Default",
    "no /HTP in a graphics state",
    "no alternate presentations (/AlternatePresentations, /PresSteps)",
    "no XFA forms (/XFA in the AcroForm)",
    "every optional content configuration has a /Name and no /AS",
)

RULES_NOT_CHECKED = (
    "that the output profile matches the press and the paper (a matter of agreement with the print shop)",
    "overprint simulation and overprint mode: what the press shows needs a colour engine",
    "colour accuracy of images and of ICC-based colours",
    "that the profile's data is a sound ICC profile beyond its header",
    "DeviceRGB behind a DefaultRGB colour space (unsure whether PDF/X-4 accepts the remapping; reported)",
    "alternate spaces of Separation and DeviceN colours (unsure which PDF/X-4 allows)",
    "colour rules for RGB and grey output intents (unsure; only a CMYK intent is checked)",
    "the /Info dictionary of an output intent for an unregistered condition (unsure)",
    "file specifications that point outside the file; embedded files are allowed in PDF/X-4 (unsure of details)",
    "halftone types and /HalftoneName (unsure which PDF/X-4 allows)",
    "rendering intent names, /Perms and /ViewerPreferences limits (unsure of the exact rules)",
    "reference XObjects and PDF/X-4p external profiles (unsure; we write neither)",
    "Type 3 fonts, which PDF/X-4 allows",
    "LZW and other filters, which PDF/X-4 allows",
)

_NAMESPACES = {
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
}
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REQUIRED_XMP = (
    "pdfxid:GTS_PDFXVersion",
    "xmp:CreateDate",
    "xmp:ModifyDate",
    "xmp:MetadataDate",
    "dc:title",
    "pdf:Trapped",
    "xmpMM:DocumentID",
    "xmpMM:InstanceID",
    "xmpMM:VersionID",
    "xmpMM:RenditionClass",
)
_XMP_DATES_AND_INFO = (("xmp:CreateDate", "/CreationDate"), ("xmp:ModifyDate", "/ModDate"))

# PDF/X-4 appeared in 2008: an older date in a PDF/X-4 file is a placeholder, such as ReportLab's
# invariant 2000-01-01.
_FIRST_PDFX4_YEAR = 2008
_PDF_DATE = re.compile(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:(Z)(?:00'00'?)?|([+-])(\d\d)'(\d\d)'?)")
_XMP_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:(Z)|([+-])(\d\d):(\d\d))")
# Characterisations in the ICC registry, where a RegistryName tells a reader where to look them up.
_REGISTERED_CONDITION = re.compile(r"FOGRA\d+[A-Z]?|CGATS TR \d{3}|CGATS21_CRPC\d|IFRA\d+|JC\d{6}|JCN\d{4}")
_CHANNELS_OF_PROFILE_SPACE = {b"CMYK": 4, b"RGB ": 3, b"GRAY": 1}
_SUBSET_TAG = re.compile(r"([A-Z]{6})\+")
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_PAGE_BOXES = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")
_INHERITABLE = ("/MediaBox", "/CropBox", "/Resources")
_BOX_TOLERANCE = 1e-3

Rect = tuple[float, float, float, float]


def pdfx4_problems(pdf: bytes) -> list[str]:
    """One sentence per PDF/X-4 rule the file breaks, saying where; empty when it passes."""
    try:
        document = pikepdf.open(io.BytesIO(pdf))
    except pikepdf.PasswordError:
        return ["the file is encrypted with a password, and PDF/X forbids encryption"]
    with document:
        return [problem for check in _CHECKS for problem in check(document)]


def _version_and_encryption(pdf: pikepdf.Pdf) -> Iterator[str]:
    """PDF/X-4 builds on PDF 1.6 and must open for anyone without a key."""
    if _version_tuple(pdf.pdf_version) > (1, 6):
        yield f"the header says PDF-{pdf.pdf_version}; PDF/X-4 allows 1.6 at most"
    catalog_version = pdf.Root.get("/Version")
    if isinstance(catalog_version, pikepdf.Name) and _version_tuple(str(catalog_version)[1:]) > (1, 6):
        yield f"the catalog's /Version is {catalog_version}; PDF/X-4 allows 1.6 at most"
    if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
        yield "the file is encrypted (/Encrypt in the trailer), and PDF/X forbids encryption"


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _trailer_id(pdf: pikepdf.Pdf) -> Iterator[str]:
    """Print shops tell one delivery from the next by the trailer /ID."""
    file_id = pdf.trailer.get("/ID")
    if not (
        isinstance(file_id, pikepdf.Array)
        and len(file_id) == 2
        and all(isinstance(part, pikepdf.String) for part in file_id)
    ):
        yield "the trailer has no /ID of two strings"


def _info_dictionary(pdf: pikepdf.Pdf) -> Iterator[str]:
    """The Info keys PDF/X requires, with values a reader can rely on."""
    info = _info(pdf)
    if _text(info.get("/GTS_PDFXVersion")) != "PDF/X-4":
        yield "Info /GTS_PDFXVersion is not the string (PDF/X-4)"
    if not _text(info.get("/Title")).strip():
        yield "Info /Title is missing or empty"
    for key in ("/CreationDate", "/ModDate"):
        value = info.get(key)
        if value is None:
            yield f"Info {key} is missing"
        elif (moment := _pdf_date(_text(value))) is None:
            yield f"Info {key} ({_text(value)}) is not a full PDF date D:YYYYMMDDHHmmSS with a time zone"
        elif moment.year < _FIRST_PDFX4_YEAR:
            yield f"Info {key} ({_text(value)}) is a placeholder date, older than PDF/X-4 itself"
    trapped = info.get("/Trapped")
    if trapped is None:
        yield "Info /Trapped is missing"
    elif not isinstance(trapped, pikepdf.Name):
        kind = f"the string ({trapped})" if isinstance(trapped, pikepdf.String) else "not a name"
        yield f"Info /Trapped is {kind}; PDF/X needs the name /True or /False"
    elif trapped not in (pikepdf.Name("/True"), pikepdf.Name("/False")):
        yield f"Info /Trapped is {trapped}; PDF/X needs /True or /False"


def _info(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    info = pdf.trailer.get("/Info")
    return info if isinstance(info, pikepdf.Dictionary) else pikepdf.Dictionary()


def _text(value: pikepdf.Object | None) -> str:
    return str(value) if isinstance(value, pikepdf.String) else ""


def _pdf_date(text: str) -> datetime | None:
    match = _PDF_DATE.fullmatch(text)
    return _moment(match.groups()) if match else None


def _xmp_date(text: str) -> datetime | None:
    match = _XMP_DATE.fullmatch(text.strip())
    return _moment(match.groups()) if match else None


def _moment(parts: tuple[str | None, ...]) -> datetime | None:
    """A date from its digits and time zone, or None when no calendar has it (say 31 February)."""
    year, month, day, hour, minute, second, utc, sign, zone_hours, zone_minutes = parts
    offset = timedelta(0)
    if not utc:
        offset = timedelta(hours=int(zone_hours or 0), minutes=int(zone_minutes or 0))
        offset = -offset if sign == "-" else offset
    try:
        return datetime(
            *(int(part or 0) for part in (year, month, day, hour, minute, second)), tzinfo=timezone(offset)
        )
    except ValueError:
        return None


def _xmp_metadata(pdf: pikepdf.Pdf) -> Iterator[str]:
    """PDF/X-4 identifies itself and the document in XMP, which must agree with the Info."""
    metadata = pdf.Root.get("/Metadata")
    if not isinstance(metadata, pikepdf.Stream):
        yield "the catalog has no /Metadata stream of XMP"
        return
    try:
        properties = _xmp_properties(metadata.read_bytes())
        pdf.open_metadata(
            set_pikepdf_as_editor=False, update_docinfo=False, strict=True
        )  # pikepdf's reader too
    except (
        SyntaxError,
        ValueError,
        pikepdf.PdfError,
    ) as error:  # ElementTree's and lxml's errors are SyntaxErrors
        yield f"the XMP in the catalog's /Metadata does not parse ({error})"
        return
    for name in REQUIRED_XMP:
        if not properties.get(name, "").strip():
            yield f"the XMP has no {name}"
    version = properties.get("pdfxid:GTS_PDFXVersion")
    if version is not None and version != "PDF/X-4":
        yield f"the XMP's pdfxid:GTS_PDFXVersion is {version!r}, not 'PDF/X-4'"
    for name in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
        if name in properties and _xmp_date(properties[name]) is None:
            yield f"the XMP's {name} ({properties[name]}) is not a full date with seconds and a time zone"
    trapped = properties.get("pdf:Trapped")
    if trapped is not None and trapped not in ("True", "False"):
        yield f"the XMP's pdf:Trapped is {trapped!r}; PDF/X needs True or False"
    yield from _xmp_disagreements(properties, _info(pdf))


def _xmp_disagreements(properties: dict[str, str], info: pikepdf.Dictionary) -> Iterator[str]:
    """Readers take either copy of the metadata: both must say the same."""
    title = properties.get("dc:title")
    if title is not None and title != _text(info.get("/Title")):
        yield f"the XMP's dc:title {title!r} differs from Info /Title {_text(info.get('/Title'))!r}"
    for xmp_name, info_key in _XMP_DATES_AND_INFO:
        xmp_moment = _xmp_date(properties.get(xmp_name, ""))
        info_moment = _pdf_date(_text(info.get(info_key)))
        if xmp_moment and info_moment and xmp_moment != info_moment:
            yield f"the XMP's {xmp_name} ({xmp_moment.isoformat()}) differs from Info {info_key} ({info_moment.isoformat()})"
    trapped = properties.get("pdf:Trapped")
    info_trapped = info.get("/Trapped")
    if trapped is not None and isinstance(info_trapped, pikepdf.Name) and f"/{trapped}" != str(info_trapped):
        yield f"the XMP's pdf:Trapped {trapped!r} differs from Info /Trapped {info_trapped}"


def _xmp_properties(packet: bytes) -> dict[str, str]:
    """Every simple property of the packet as 'prefix:Name': text, whether written as attribute or element.

    For a language alternative (dc:title) the x-default entry counts, else the first.
    """
    prefix_of = {uri: prefix for prefix, uri in _NAMESPACES.items()}
    properties: dict[str, str] = {}
    for description in ElementTree.fromstring(packet).iter(f"{_RDF}Description"):
        entries = [(name, value) for name, value in description.attrib.items()]
        entries += [(child.tag, _element_text(child)) for child in description]
        for name, value in entries:
            uri, _, local = name[1:].partition("}")
            if uri in prefix_of:
                properties[f"{prefix_of[uri]}:{local}"] = value
    return properties


def _element_text(element: ElementTree.Element) -> str:
    items = list(element.iter(f"{_RDF}li"))
    chosen = next(
        (item for item in items if item.get(_XML_LANG) == "x-default"), items[0] if items else element
    )
    return chosen.text or ""


def _pdfx_intents(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    intents = pdf.Root.get("/OutputIntents")
    if not isinstance(intents, pikepdf.Array):
        return []
    return [
        intent
        for intent in intents
        if isinstance(intent, pikepdf.Dictionary) and intent.get("/S") == pikepdf.Name.GTS_PDFX
    ]


def _profile_header(intent: pikepdf.Dictionary) -> bytes:
    """The 128-byte ICC header of the intent's profile, or nothing when it has no profile stream."""
    profile = intent.get("/DestOutputProfile")
    return profile.read_bytes()[:128] if isinstance(profile, pikepdf.Stream) else b""


def _output_intent(pdf: pikepdf.Pdf) -> Iterator[str]:
    """The press condition the file was made for: one intent, with a profile a RIP can use."""
    intents = _pdfx_intents(pdf)
    if len(intents) != 1:
        yield f"the catalog's /OutputIntents has {len(intents)} intents with /S /GTS_PDFX; PDF/X needs exactly one"
    if not intents:
        return
    intent = intents[0]
    identifier = _text(intent.get("/OutputConditionIdentifier"))
    if not identifier:
        yield "the PDF/X output intent has no /OutputConditionIdentifier"
    if _REGISTERED_CONDITION.fullmatch(identifier) and not _text(intent.get("/RegistryName")):
        yield f"the output condition {identifier} is a registered name, but the intent has no /RegistryName"
    header = _profile_header(intent)
    if len(header) < 128 or header[36:40] != b"acsp":
        yield "the PDF/X output intent's /DestOutputProfile is missing or not an ICC profile"
        return
    if header[12:16] != b"prtr":
        yield f"the output profile's device class is {header[12:16]!r}, not an output profile (b'prtr')"
    if header[8] > 4:
        yield f"the output profile is ICC version {header[8]}; PDF/X-4 allows 4 at most"
    channels = _CHANNELS_OF_PROFILE_SPACE.get(header[16:20])
    declared = intent.DestOutputProfile.get("/N")
    if channels is None:
        yield f"the output profile's colour space {header[16:20]!r} is not CMYK, RGB or grey"
    elif declared != channels:
        yield f"the output profile's /N is {declared}, but its header says {header[16:20]!r} ({channels} channels)"


def _inherited(page: pikepdf.Dictionary, key: str) -> pikepdf.Object | None:
    """A page attribute as it applies to the page, taken from the page tree when the page lacks it."""
    node: pikepdf.Object | None = page
    while isinstance(node, pikepdf.Dictionary):
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def _rect(value: pikepdf.Object | None) -> Rect | None:
    """A box as (left, bottom, right, top), whichever corners the file lists first."""
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    try:
        x1, y1, x2, y2 = (float(number) for number in value)
    except (TypeError, ValueError):
        return None
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _inside(inner: Rect, outer: Rect) -> bool:
    return all(inner[i] >= outer[i] - _BOX_TOLERANCE for i in (0, 1)) and all(
        inner[i] <= outer[i] + _BOX_TOLERANCE for i in (2, 3)
    )


def _touches(first: Rect, second: Rect) -> bool:
    """Rectangles meet, edges included."""
    return first[0] <= second[2] and second[0] <= first[2] and first[1] <= second[3] and second[1] <= first[3]


def _page_boxes(page: pikepdf.Dictionary) -> dict[str, Rect]:
    """The boxes a page gives (MediaBox and CropBox as inherited), without PDF's defaults."""
    boxes = {}
    for key in _PAGE_BOXES:
        value = _inherited(page, key) if key in _INHERITABLE else page.get(key)
        if (rect := _rect(value)) is not None:
            boxes[key] = rect
    return boxes


def _finished_box(boxes: dict[str, Rect]) -> tuple[str, Rect] | None:
    for key in ("/TrimBox", "/ArtBox"):
        if key in boxes:
            return key, boxes[key]
    return None


def _page_geometry(pdf: pikepdf.Pdf) -> Iterator[str]:
    """Imposition needs to know where each page is cut, and that the bleed lies on the sheet."""
    for number, page in enumerate(pdf.pages, start=1):
        boxes = _page_boxes(page.obj)
        if "/MediaBox" not in boxes:
            yield f"page {number} has no /MediaBox of four numbers"
        for key, (left, bottom, right, top) in boxes.items():
            if right - left <= 0 or top - bottom <= 0:
                yield f"page {number}: the {key} has no area"
        if "/TrimBox" in boxes and "/ArtBox" in boxes:
            yield f"page {number} has both a /TrimBox and an /ArtBox; PDF/X allows one"
        finished = _finished_box(boxes)
        if finished is None:
            yield f"page {number} has neither a /TrimBox nor an /ArtBox"
            continue
        finished_key, finished_rect = finished
        for outer_key in ("/BleedBox", "/CropBox", "/MediaBox"):
            if outer_key in boxes and not _inside(finished_rect, boxes[outer_key]):
                yield f"page {number}: the {finished_key} reaches outside the {outer_key}"
        if (
            "/BleedBox" in boxes
            and "/MediaBox" in boxes
            and not _inside(boxes["/BleedBox"], boxes["/MediaBox"])
        ):
            yield f"page {number}: the /BleedBox reaches outside the /MediaBox"


def _annotations(pdf: pikepdf.Pdf) -> Iterator[str]:
    """Notes, links and fields must keep off the printed area; printer's marks off the finished page."""
    for number, page in enumerate(pdf.pages, start=1):
        boxes = _page_boxes(page.obj)
        finished = _finished_box(boxes)
        if finished is None:
            continue
        printed_key, printed_rect = ("/BleedBox", boxes["/BleedBox"]) if "/BleedBox" in boxes else finished
        for annotation in _page_annotations(page.obj):
            subtype = annotation.get("/Subtype")
            rect = _rect(annotation.get("/Rect"))
            if subtype == pikepdf.Name.TrapNet or rect is None:
                continue
            limit_key, limit_rect = (
                finished if subtype == pikepdf.Name.PrinterMark else (printed_key, printed_rect)
            )
            if _touches(rect, limit_rect):
                yield f"page {number}: a {subtype} annotation lies on the {limit_key}"


def _page_annotations(page: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    annotations = page.get("/Annots")
    if not isinstance(annotations, pikepdf.Array):
        return []
    return [annotation for annotation in annotations if isinstance(annotation, pikepdf.Dictionary)]


def _reachable(pdf: pikepdf.Pdf) -> Iterator[tuple[str, pikepdf.Object]]:
    """Every dictionary, stream and array reachable from the pages and the catalog, once each, with a path.

    Pages come first, so whatever hangs from a page is named after the page.
    """
    pending: deque[tuple[str, pikepdf.Object]] = deque(
        (f"page {number}", page.obj) for number, page in enumerate(pdf.pages, start=1)
    )
    pending.append(("the catalog", pdf.Root))
    seen = {page.obj.objgen for page in pdf.pages} | {pdf.Root.objgen}
    while pending:
        path, obj = pending.popleft()
        yield path, obj
        if isinstance(obj, pikepdf.Array):
            children = [(f"{path}[{index}]", item) for index, item in enumerate(obj)]
        else:
            children = [(f"{path} {key}", obj[key]) for key in obj if key != "/Parent"]
        for child_path, child in children:
            if not isinstance(child, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
                continue
            if child.is_indirect:
                if child.objgen in seen:
                    continue
                seen.add(child.objgen)
            pending.append((child_path, child))


def _forbidden_object(obj: pikepdf.Object) -> str | None:
    """What PDF/X-4 forbids in this one object, judged from its own keys."""
    if isinstance(obj, pikepdf.Array):
        return None
    is_stream = isinstance(obj, pikepdf.Stream)
    for found, message in (
        (obj.get("/S") == pikepdf.Name.JavaScript or "/JS" in obj, "a JavaScript action"),
        ("/JavaScript" in obj and obj.get("/S") != pikepdf.Name.JavaScript, "a /JavaScript name tree"),
        ("/AA" in obj, "additional actions (/AA)"),
        (pikepdf.Name.PS in (obj.get("/Subtype"), obj.get("/Subtype2")), "a PostScript XObject"),
        ("/OPI" in obj, "an /OPI dictionary"),
        (obj.get("/Subtype") == pikepdf.Name.Image and "/Alternates" in obj, "an image with /Alternates"),
        (is_stream and "/F" in obj, "an external stream (/F)"),
        ("/TR" in obj, "a transfer function (/TR)"),
        ("/TR2" in obj and obj.get("/TR2") != pikepdf.Name.Default, "a transfer function (/TR2)"),
        ("/HTP" in obj, "an /HTP entry"),
        ("/AlternatePresentations" in obj or "/PresSteps" in obj, "an alternate presentation"),
        ("/XFA" in obj, "an XFA form (/XFA)"),
    ):
        if found:
            return message
    return None


def _forbidden_features(pdf: pikepdf.Pdf) -> Iterator[str]:
    """Scripts, PostScript, OPI, external data and transfer curves: a RIP would print them differently or not at all."""
    for path, obj in _reachable(pdf):
        if (message := _forbidden_object(obj)) is not None:
            yield f"{path} is {message}, which PDF/X-4 forbids"


def _optional_content(pdf: pikepdf.Pdf) -> Iterator[str]:
    """The print shop picks a layer configuration by its name, and none may switch layers automatically."""
    properties = pdf.Root.get("/OCProperties")
    if not isinstance(properties, pikepdf.Dictionary):
        return
    configurations = [("/D", properties.get("/D"))]
    configs = properties.get("/Configs")
    if isinstance(configs, pikepdf.Array):
        configurations += [(f"/Configs[{index}]", config) for index, config in enumerate(configs)]
    for where, config in configurations:
        if not isinstance(config, pikepdf.Dictionary):
            continue
        if not _text(config.get("/Name")):
            yield f"the optional content configuration {where} has no /Name"
        if "/AS" in config:
            yield f"the optional content configuration {where} has an /AS, which PDF/X-4 forbids"


@dataclass(frozen=True)
class _Drawing:
    """Anything with its own content and resources: a page, form, pattern, soft mask, glyph or appearance."""

    where: str
    content: pikepdf.Object
    resources: pikepdf.Dictionary
    group: pikepdf.Object | None = None


def _drawings(pdf: pikepdf.Pdf) -> Iterator[_Drawing]:
    """Every page and everything they draw, nested forms included, each once."""
    pending: deque[_Drawing] = deque()
    for number, page in enumerate(pdf.pages, start=1):
        resources = _resources(_inherited(page.obj, "/Resources"))
        pending.append(_Drawing(f"page {number}", page.obj, resources, page.obj.get("/Group")))
        for index, annotation in enumerate(_page_annotations(page.obj)):
            pending.extend(_appearances(f"page {number} annotation {index}", annotation, resources))
    seen: set[tuple[int, int]] = set()
    while pending:
        drawing = pending.popleft()
        if drawing.content.objgen in seen:
            continue
        seen.add(drawing.content.objgen)
        yield drawing
        pending.extend(_nested_drawings(drawing))


def _resources(
    value: pikepdf.Object | None, fallback: pikepdf.Dictionary | None = None
) -> pikepdf.Dictionary:
    if isinstance(value, pikepdf.Dictionary):
        return value
    return fallback if fallback is not None else pikepdf.Dictionary()


def _appearances(
    where: str, annotation: pikepdf.Dictionary, resources: pikepdf.Dictionary
) -> Iterator[_Drawing]:
    appearance = annotation.get("/AP")
    normal = appearance.get("/N") if isinstance(appearance, pikepdf.Dictionary) else None
    if isinstance(normal, pikepdf.Stream):
        yield _form(f"{where} appearance", normal, resources)
    elif isinstance(normal, pikepdf.Dictionary):
        for state, stream in normal.items():
            if isinstance(stream, pikepdf.Stream):
                yield _form(f"{where} appearance {state}", stream, resources)


def _form(where: str, stream: pikepdf.Stream, parent_resources: pikepdf.Dictionary) -> _Drawing:
    return _Drawing(
        where, stream, _resources(stream.get("/Resources"), parent_resources), stream.get("/Group")
    )


def _entries(resources: pikepdf.Dictionary, category: str) -> list[tuple[str, pikepdf.Object]]:
    entries = resources.get(category)
    return list(entries.items()) if isinstance(entries, pikepdf.Dictionary) else []


def _nested_drawings(drawing: _Drawing) -> Iterator[_Drawing]:
    """What a drawing's resources draw in turn: forms, tiling patterns, soft masks and Type 3 glyphs."""
    where, resources = drawing.where, drawing.resources
    for name, xobject in _entries(resources, "/XObject"):
        if isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == pikepdf.Name.Form:
            yield _form(f"{where} form {name}", xobject, resources)
    for name, pattern in _entries(resources, "/Pattern"):
        if isinstance(pattern, pikepdf.Stream):
            yield _form(f"{where} pattern {name}", pattern, resources)
    for name, state in _entries(resources, "/ExtGState"):
        mask = state.get("/SMask") if isinstance(state, pikepdf.Dictionary) else None
        if isinstance(mask, pikepdf.Dictionary) and isinstance(mask.get("/G"), pikepdf.Stream):
            yield _form(f"{where} soft mask {name}", mask.G, resources)
    for name, font in _entries(resources, "/Font"):
        if isinstance(font, pikepdf.Dictionary) and font.get("/Subtype") == pikepdf.Name.Type3:
            glyph_resources = _resources(font.get("/Resources"), resources)
            for glyph, procedure in _entries(font, "/CharProcs"):
                if isinstance(procedure, pikepdf.Stream):
                    yield _Drawing(f"{where} Type 3 font {name} glyph {glyph}", procedure, glyph_resources)


def _fonts(pdf: pikepdf.Pdf) -> Iterator[str]:
    """A RIP without the font would substitute another; a shared subset tag lets it take the wrong subset."""
    programs_by_tag: defaultdict[str, set[str]] = defaultdict(set)
    checked: set[tuple[int, int]] = set()
    for drawing in _drawings(pdf):
        for name, font in _entries(drawing.resources, "/Font"):
            if not isinstance(font, pikepdf.Dictionary) or font.get("/Subtype") == pikepdf.Name.Type3:
                continue
            if font.is_indirect and font.objgen in checked:
                continue
            checked.add(font.objgen)
            described = _described_font(font)
            base_font = str(described.get("/BaseFont", font.get("/BaseFont", "")))
            program = _font_program(described.get("/FontDescriptor"))
            if program is None:
                yield f"{drawing.where}: font {name} ({base_font}) is not embedded"
                continue
            if tag := _SUBSET_TAG.match(base_font.lstrip("/")):
                programs_by_tag[tag.group(1)].add(hashlib.sha256(program.read_bytes()).hexdigest())
    for tag, programs in programs_by_tag.items():
        if len(programs) > 1:
            yield f"the subset tag {tag}+ names {len(programs)} different font programs"


def _described_font(font: pikepdf.Dictionary) -> pikepdf.Dictionary:
    """The dictionary holding the font descriptor: a Type 0 font's descendant, else the font itself."""
    descendants = font.get("/DescendantFonts")
    if font.get("/Subtype") == pikepdf.Name.Type0 and isinstance(descendants, pikepdf.Array) and descendants:
        return descendants[0]
    return font


def _font_program(descriptor: pikepdf.Object | None) -> pikepdf.Stream | None:
    if not isinstance(descriptor, pikepdf.Dictionary):
        return None
    programs = [descriptor[key] for key in _FONT_FILES if isinstance(descriptor.get(key), pikepdf.Stream)]
    return programs[0] if programs else None


def _uses_device_rgb(space: pikepdf.Object | None) -> bool:
    """Whether a colour space is DeviceRGB or paints in it through an Indexed or Pattern base.

    pikepdf has already spelt out an inline image's abbreviations (/RGB, /I) in full.
    """
    if isinstance(space, pikepdf.Name):
        return space == pikepdf.Name.DeviceRGB
    if isinstance(space, pikepdf.Array) and len(space) >= 2:
        return space[0] in (pikepdf.Name.Indexed, pikepdf.Name.Pattern) and _uses_device_rgb(space[1])
    return False


def _rgb_in_resources(drawing: _Drawing) -> Iterator[str]:
    resources = drawing.resources
    for name, space in _entries(resources, "/ColorSpace"):
        if _uses_device_rgb(space):
            yield f"colour space {name}"
    for name, xobject in _entries(resources, "/XObject"):
        is_image = isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == pikepdf.Name.Image
        if is_image and _uses_device_rgb(xobject.get("/ColorSpace")):
            yield f"image {name}"
    shadings = list(_entries(resources, "/Shading"))
    shadings += [(name, pattern.get("/Shading")) for name, pattern in _entries(resources, "/Pattern")]
    for name, shading in shadings:
        if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream) and _uses_device_rgb(
            shading.get("/ColorSpace")
        ):
            yield f"shading {name}"
    if isinstance(drawing.group, pikepdf.Dictionary) and _uses_device_rgb(drawing.group.get("/CS")):
        yield "transparency group /CS"


def _rgb_in_content(drawing: _Drawing) -> Iterator[str]:
    for instruction in pikepdf.parse_content_stream(drawing.content):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            if _uses_device_rgb(instruction.iimage.obj.get("/ColorSpace")):
                yield "inline image"
            continue
        operator = str(instruction.operator)
        sets_space = operator in ("cs", "CS") and _uses_device_rgb(instruction.operands[0])
        if operator in ("rg", "RG") or sets_space:
            yield f"operator {operator}"


def _device_rgb(pdf: pikepdf.Pdf) -> Iterator[str]:
    """A CMYK press has no RGB: PDF/X-4 allows DeviceRGB only for an RGB output condition."""
    intents = _pdfx_intents(pdf)
    if not intents or _profile_header(intents[0])[16:20] != b"CMYK":
        return
    for drawing in _drawings(pdf):
        try:
            users = dict.fromkeys([*_rgb_in_resources(drawing), *_rgb_in_content(drawing)])
        except pikepdf.PdfError as error:
            yield f"{drawing.where}: the content stream cannot be read ({error})"
            continue
        for user in users:
            yield f"{drawing.where}: {user} uses DeviceRGB, which a CMYK output intent forbids"


_CHECKS: tuple[Callable[[pikepdf.Pdf], Iterator[str]], ...] = (
    _version_and_encryption,
    _trailer_id,
    _info_dictionary,
    _xmp_metadata,
    _output_intent,
    _page_geometry,
    _annotations,
    _forbidden_features,
    _optional_content,
    _fonts,
    _device_rgb,
)
