"""The PDF/X-4 checker passes a conforming leaflet and names each rule broken in a copy of it.

A checker that never fails would let any output through, so every rule is broken once here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from pymupdf_fonts import FiraGO_Bold, FiraGO_Regular
from reportlab.lib.colors import CMYKColorSep
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.pdfx_rules import REQUIRED_XMP, RULES_CHECKED, RULES_NOT_CHECKED, pdfx4_problems

# A CMYK characterisation the project ships; the checker only needs a real four-channel profile.
CMYK_PROFILE = Path(__file__).parents[2] / "resources" / "icc" / "FOGRA39-coated.icc"
MEDIA = (0, 0, 300, 400)
BLEED = (18, 18, 282, 382)
TRIM = (27, 27, 273, 373)
# Info in UTC and XMP an hour ahead: the same moment, so the checker must weigh time zones.
INFO_CREATED = "D:20260314082653Z"
XMP_CREATED = "2026-03-14T09:26:53+01:00"
INFO_MODIFIED = "D:20260315120000+02'00'"
XMP_MODIFIED = "2026-03-15T10:00:00Z"
TITLE = "Open letter on the closure of the night buses"


def register_fonts() -> None:
    for name, module in (("PdfxTest-Regular", FiraGO_Regular), ("PdfxTest-Bold", FiraGO_Bold)):
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(bytes(module.fontbuffer))))


def drawn_leaflet() -> bytes:
    """Two pages as ReportLab draws them: CMYK, a spot colour, a CMYK image, text in nested forms."""
    register_fonts()
    output = io.BytesIO()
    sheet = canvas.Canvas(output, pagesize=MEDIA[2:], initialFontName="PdfxTest-Regular")
    sheet.setFillColorCMYK(0.1, 0.0, 0.0, 0.0)
    sheet.rect(BLEED[0], BLEED[1], BLEED[2] - BLEED[0], BLEED[3] - BLEED[1], fill=1, stroke=0)
    sheet.beginForm("signature")
    sheet.setFont("PdfxTest-Bold", 11)
    sheet.drawString(40, 60, "Народна рада")
    sheet.endForm()
    sheet.beginForm("footer")
    sheet.doForm("signature")
    sheet.setFont("PdfxTest-Regular", 9)
    sheet.setFillGray(0.3)
    sheet.drawString(40, 45, "Λέσχη εργαζομένων")
    sheet.endForm()
    sheet.doForm("footer")
    sheet.setFillColor(CMYKColorSep(0, 0.6, 1, 0, spotName="Campaign Orange"))
    sheet.rect(40, 300, 100, 20, fill=1, stroke=0)
    sheet.drawImage(ImageReader(Image.new("CMYK", (4, 4), (0, 128, 255, 0))), 200, 300, width=40, height=40)
    sheet.setFillColorCMYK(0, 0, 0, 1)
    sheet.setFont("PdfxTest-Regular", 14)
    sheet.drawString(40, 340, TITLE)
    sheet.showPage()
    sheet.drawString(40, 340, "Signatories")
    sheet.showPage()
    sheet.save()
    return output.getvalue()


def add_pdfx(pdf: pikepdf.Pdf) -> None:
    """What the PDF/X step adds after ReportLab: boxes, subset tags, output intent, Info and XMP."""
    for page in pdf.pages:
        page.obj.BleedBox = pikepdf.Array(BLEED)
        page.obj.TrimBox = pikepdf.Array(TRIM)
        page.obj.Annots = pdf.make_indirect(
            pikepdf.Array(
                [
                    annotation(pdf, "/Link", (2, 2, 12, 12)),  # on the slug, off the bleed
                    annotation(pdf, "/PrinterMark", (19, 19, 25, 25)),  # on the bleed, off the trim
                ]
            )
        )
    give_each_subset_its_own_tag(pdf)
    profile = pdf.make_stream(CMYK_PROFILE.read_bytes(), N=4)
    pdf.Root.OutputIntents = pikepdf.Array(
        [
            pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent,
                S=pikepdf.Name.GTS_PDFX,
                OutputConditionIdentifier="FOGRA39",
                OutputCondition="Coated FOGRA39",
                RegistryName="http://www.color.org",
                DestOutputProfile=profile,
            )
        ]
    )
    layer = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name="Crop marks"))
    pdf.Root.OCProperties = pikepdf.Dictionary(
        OCGs=[layer],
        D=pikepdf.Dictionary(Name="Print", ON=[layer]),
        Configs=[pikepdf.Dictionary(Name="Proof", OFF=[layer])],
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
        xmp["dc:title"] = TITLE
        xmp["xmp:CreateDate"] = XMP_CREATED
        xmp["xmp:ModifyDate"] = XMP_MODIFIED
        xmp["xmp:MetadataDate"] = XMP_MODIFIED
        xmp["pdf:Trapped"] = "False"
        xmp["xmpMM:DocumentID"] = "uuid:6f1f3c8e-7d0a-4c55-9a53-0c1d2e3f4a5b"
        xmp["xmpMM:InstanceID"] = "uuid:0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f"
        xmp["xmpMM:VersionID"] = "1"
        xmp["xmpMM:RenditionClass"] = "default"
    info = pdf.trailer.Info
    info.Title = TITLE
    info.CreationDate = INFO_CREATED
    info.ModDate = INFO_MODIFIED
    info.GTS_PDFXVersion = "PDF/X-4"
    info.Trapped = pikepdf.Name("/False")


def annotation(pdf: pikepdf.Pdf, subtype: str, rect: tuple[float, ...]) -> pikepdf.Dictionary:
    return pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name(subtype), Rect=list(rect), F=4)
    )


def embedded_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Each embedded font once, by name: ReportLab lists every font in every resource dictionary."""
    fonts: dict[tuple[int, int], pikepdf.Dictionary] = {}
    for obj in pdf.objects:
        if (
            isinstance(obj, pikepdf.Dictionary)
            and obj.get("/Type") == pikepdf.Name.Font
            and "/FontDescriptor" in obj
        ):
            fonts.setdefault(obj.objgen, obj)
    return sorted(fonts.values(), key=lambda font: str(font.BaseFont))


def retag(font: pikepdf.Dictionary, tag: str) -> None:
    name = pikepdf.Name("/" + tag + "+" + str(font.BaseFont).split("+", 1)[1])
    font.BaseFont = name
    font.FontDescriptor.FontName = name


def give_each_subset_its_own_tag(pdf: pikepdf.Pdf) -> None:
    """ReportLab tags every subset AAAAAA+; the PDF/X step must tell them apart."""
    for index, font in enumerate(embedded_fonts(pdf)):
        retag(font, "PDFXA" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index])


@cache
def conforming_leaflet() -> bytes:
    with pikepdf.open(io.BytesIO(drawn_leaflet())) as pdf:
        add_pdfx(pdf)
        output = io.BytesIO()
        pdf.save(output)
    return output.getvalue()


def test_a_conforming_leaflet_passes():
    assert pdfx4_problems(conforming_leaflet()) == []


def test_rules_are_listed_once_each_and_kept_apart():
    assert len(set(RULES_CHECKED)) == len(RULES_CHECKED)
    assert not set(RULES_CHECKED) & set(RULES_NOT_CHECKED)
    assert all(rule.strip() for rule in RULES_CHECKED + RULES_NOT_CHECKED)


Edit = Callable[[pikepdf.Pdf], None]
Locate = Callable[[pikepdf.Pdf], pikepdf.Dictionary]


def edited(edit: Edit, **save_options) -> bytes:
    with pikepdf.open(io.BytesIO(conforming_leaflet())) as pdf:
        edit(pdf)
        output = io.BytesIO()
        pdf.save(output, fix_metadata_version=False, **save_options)  # else pikepdf rewrites a broken XMP
    return output.getvalue()


def resaved(**save_options) -> Callable[[], bytes]:
    return lambda: edited(lambda pdf: None, **save_options)


def broken(edit: Edit) -> Callable[[], bytes]:
    return lambda: edited(edit)


def without_trailer_id() -> bytes:
    """qpdf writes an /ID on every save, so it is blanked in the saved bytes, keeping every offset."""
    data = conforming_leaflet()
    file_id = re.search(rb"/ID\s*\[\s*<[0-9a-fA-F]*>\s*<[0-9a-fA-F]*>\s*\]", data)
    assert file_id is not None
    return data[: file_id.start()] + b" " * len(file_id.group()) + data[file_id.end() :]


def catalog(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.Root


def info(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.trailer.Info


def pdfx_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.Root.OutputIntents[0]


def first_page(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.pages[0].obj


def footer_form(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    return first_page(pdf).Resources.XObject["/FormXob.footer"]


def signature_form(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    """The form inside the footer form: only a checker that walks nested forms sees it."""
    return footer_form(pdf).Resources.XObject["/FormXob.signature"]


def set_key(locate: Locate, key: str, value=None) -> Edit:
    """Set one entry of the dictionary `locate` finds, or remove it when no value is given."""

    def edit(pdf: pikepdf.Pdf) -> None:
        target = locate(pdf)
        if value is None:
            del target[key]
        else:
            target[key] = value

    return edit


def set_xmp(name: str, value: str | None = None) -> Edit:
    def edit(pdf: pikepdf.Pdf) -> None:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            if value is None:
                del xmp[name]
            else:
                xmp[name] = value

    return edit


def patch_profile_header(offset: int, replacement: bytes) -> Edit:
    def edit(pdf: pikepdf.Pdf) -> None:
        profile = pdfx_intent(pdf).DestOutputProfile
        data = profile.read_bytes()
        profile.write(data[:offset] + replacement + data[offset + len(replacement) :])

    return edit


def add_annotation(subtype: str, rect: tuple[float, ...], **entries) -> Edit:
    def edit(pdf: pikepdf.Pdf) -> None:
        added = annotation(pdf, subtype, rect)
        for key, value in entries.items():
            added[f"/{key}"] = value
        first_page(pdf).Annots.append(added)

    return edit


def draw_on_page(operators: bytes) -> Edit:
    return lambda pdf: pdf.pages[0].contents_add(pdf.make_stream(operators))


def draw_in_signature(operators: bytes) -> Edit:
    def edit(pdf: pikepdf.Pdf) -> None:
        form = signature_form(pdf)
        form.write(form.read_bytes() + b"\n" + operators)

    return edit


def add_resource(category: str, name: str, make: Callable[[pikepdf.Pdf], pikepdf.Object]) -> Edit:
    """A resource in the nested signature form, where a checker of pages alone would miss it."""

    def edit(pdf: pikepdf.Pdf) -> None:
        resources = signature_form(pdf).Resources
        if category not in resources:
            resources[category] = pikepdf.Dictionary()
        resources[category][name] = make(pdf)

    return edit


def one_pixel_image(pdf: pikepdf.Pdf, colour_space: pikepdf.Name, **entries) -> pikepdf.Stream:
    channels = 3 if colour_space == pikepdf.Name.DeviceRGB else 4
    return pdf.make_stream(
        b"\x80" * channels,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=1,
        Height=1,
        BitsPerComponent=8,
        ColorSpace=colour_space,
        **entries,
    )


def add_cmyk_image(name: str, **entries) -> Edit:
    return add_resource(
        "/XObject", name, lambda pdf: one_pixel_image(pdf, pikepdf.Name.DeviceCMYK, **entries)
    )


def rgb_shading(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(
        ShadingType=2,
        ColorSpace=pikepdf.Name.DeviceRGB,
        Coords=[0, 0, 1, 0],
        Function=pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[1, 0, 0], C1=[0, 0, 1], N=1),
    )


def set_graphics_state(**entries) -> Edit:
    return add_resource(
        "/ExtGState", "/GS9", lambda pdf: pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, **entries)
    )


def add_soft_mask_group(colour_space: pikepdf.Name) -> Edit:
    def soft_mask(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
        group_form = pdf.make_stream(
            b"0 0 0 1 k 0 0 10 10 re f",
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 10, 10],
            Group=pikepdf.Dictionary(S=pikepdf.Name.Transparency, CS=colour_space),
        )
        return pikepdf.Dictionary(SMask=pikepdf.Dictionary(S=pikepdf.Name.Luminosity, G=group_form))

    return add_resource("/ExtGState", "/GS8", soft_mask)


def type3_font_drawing_in_rgb(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    glyph = pdf.make_stream(b"1 0 d0 1 0 0 rg 0 0 1 1 re f")
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type3,
        FontBBox=[0, 0, 1, 1],
        FontMatrix=[1, 0, 0, 1, 0, 0],
        CharProcs=pikepdf.Dictionary(square=glyph),
        Encoding=pikepdf.Dictionary(Differences=[97, pikepdf.Name.square]),
        FirstChar=97,
        LastChar=97,
        Widths=[1],
    )


def tiling_pattern_in_rgb(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    return pdf.make_stream(
        b"1 0 0 rg 0 0 5 5 re f",
        PatternType=1,
        PaintType=1,
        TilingType=1,
        BBox=[0, 0, 5, 5],
        XStep=5,
        YStep=5,
        Resources=pikepdf.Dictionary(),
    )


def link_with_rgb_appearance(pdf: pikepdf.Pdf) -> None:
    """A link off the bleed, so only its appearance's colour breaks a rule."""
    appearance = pdf.make_stream(
        b"1 0 0 rg 0 0 10 10 re f", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 10, 10]
    )
    add_annotation("/Link", (2, 100, 12, 110), AP=pikepdf.Dictionary(N=appearance))(pdf)


def unembedded_cid_font(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name.NotoSansCJK, Flags=4
    )
    descendant = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name.NotoSansCJK,
        CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=descriptor,
    )
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type0,
        BaseFont=pikepdf.Name("/NotoSansCJK-Identity-H"),
        Encoding=pikepdf.Name("/Identity-H"),
        DescendantFonts=[descendant],
    )


def unembedded_helvetica(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )


def unembed_bold_font(pdf: pikepdf.Pdf) -> None:
    bold = next(font for font in embedded_fonts(pdf) if "Bold" in str(font.BaseFont))
    del bold.FontDescriptor.FontFile2


def share_one_subset_tag(pdf: pikepdf.Pdf) -> None:
    first, second = embedded_fonts(pdf)[:2]
    retag(second, str(first.BaseFont)[1:7])


def add_second_pdfx_intent(pdf: pikepdf.Pdf) -> None:
    pdf.Root.OutputIntents.append(pdfx_intent(pdf))


def trim_past_the_media_edge(pdf: pikepdf.Pdf) -> None:
    del first_page(pdf).BleedBox
    first_page(pdf).TrimBox = [-5, 27, 273, 373]


def crop_inherited_from_page_tree(pdf: pikepdf.Pdf) -> None:
    """Set on the page tree only, so a checker that ignores inheritance misses it."""
    pdf.Root.Pages.CropBox = [30, 30, 270, 370]


def media_inherited_from_page_tree(pdf: pikepdf.Pdf) -> None:
    pdf.Root.Pages.MediaBox = list(MEDIA)
    for page in pdf.pages:
        del page.obj.MediaBox


def xmp_written_as_attributes(pdf: pikepdf.Pdf) -> None:
    """XMP may give simple properties as attributes, and a title in several languages."""
    pdf.Root.Metadata.write(
        f"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" pdfxid:GTS_PDFXVersion="PDF/X-4" xmp:CreateDate="{XMP_CREATED}"
 xmp:ModifyDate="{XMP_MODIFIED}" xmp:MetadataDate="{XMP_MODIFIED}" pdf:Trapped="False"
 xmpMM:DocumentID="uuid:1" xmpMM:InstanceID="uuid:2" xmpMM:VersionID="1" xmpMM:RenditionClass="default">
<dc:title><rdf:Alt><rdf:li xml:lang="uk">Відкритий лист</rdf:li><rdf:li xml:lang="x-default">{TITLE}</rdf:li></rdf:Alt></dc:title>
</rdf:Description></rdf:RDF></x:xmpmeta>""".encode()
    )


def javascript_names(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
    return pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=["hello", script]))


RGB = pikepdf.Name.DeviceRGB

# Each case breaks one rule in a copy of the conforming leaflet; the checker's report must contain the words.
BROKEN_RULES: dict[str, tuple[Callable[[], bytes], str]] = {
    "header newer than 1.6": (resaved(force_version="1.7"), "header says PDF-1.7"),
    "catalog version newer than 1.6": (
        broken(set_key(catalog, "/Version", pikepdf.Name("/1.7"))),
        "catalog's /Version is /1.7",
    ),
    "encrypted, open to all": (
        resaved(encryption=pikepdf.Encryption(owner="shop", user="")),
        "encrypted (/Encrypt in the trailer)",
    ),
    "encrypted with a password": (
        resaved(encryption=pikepdf.Encryption(owner="shop", user="reader")),
        "encrypted with a password",
    ),
    "no trailer ID": (without_trailer_id, "no /ID of two strings"),
    "Info without GTS_PDFXVersion": (
        broken(set_key(info, "/GTS_PDFXVersion")),
        "Info /GTS_PDFXVersion is not",
    ),
    "Info says PDF/X-3": (
        broken(set_key(info, "/GTS_PDFXVersion", "PDF/X-3:2003")),
        "Info /GTS_PDFXVersion is not",
    ),
    "Info title blank": (broken(set_key(info, "/Title", " ")), "Info /Title is missing or empty"),
    "Info without CreationDate": (broken(set_key(info, "/CreationDate")), "Info /CreationDate is missing"),
    "Info ModDate without time zone": (
        broken(set_key(info, "/ModDate", "D:20260315120000")),
        "Info /ModDate (D:20260315120000) is not a full PDF date",
    ),
    "Info ModDate on no calendar": (
        broken(set_key(info, "/ModDate", "D:20260231120000Z")),
        "Info /ModDate (D:20260231120000Z) is not a full PDF date",
    ),
    "Info CreationDate a placeholder": (
        broken(set_key(info, "/CreationDate", "D:20000101000000+00'00'")),
        "Info /CreationDate (D:20000101000000+00'00') is a placeholder",
    ),
    "Info without Trapped": (broken(set_key(info, "/Trapped")), "Info /Trapped is missing"),
    "Info Trapped a string": (
        broken(set_key(info, "/Trapped", "False")),
        "Info /Trapped is the string (False)",
    ),
    "Info Trapped Unknown": (
        broken(set_key(info, "/Trapped", pikepdf.Name.Unknown)),
        "Info /Trapped is /Unknown",
    ),
    "no XMP": (broken(set_key(catalog, "/Metadata")), "no /Metadata stream"),
    "XMP not XML": (broken(lambda pdf: pdf.Root.Metadata.write(b"<x:xmpmeta><rdf:RDF>")), "does not parse"),
    **{f"XMP without {name}": (broken(set_xmp(name)), f"the XMP has no {name}") for name in REQUIRED_XMP},
    "XMP says PDF/X-3": (
        broken(set_xmp("pdfxid:GTS_PDFXVersion", "PDF/X-3:2003")),
        "pdfxid:GTS_PDFXVersion is 'PDF/X-3:2003'",
    ),
    "XMP date without a time": (
        broken(set_xmp("xmp:MetadataDate", "2026-03-15")),
        "xmp:MetadataDate (2026-03-15) is not a full date",
    ),
    "XMP trapped Unknown": (broken(set_xmp("pdf:Trapped", "Unknown")), "pdf:Trapped is 'Unknown'"),
    "XMP title differs": (broken(set_xmp("dc:title", "Draft")), "dc:title 'Draft' differs"),
    "XMP creation a second off": (
        broken(set_xmp("xmp:CreateDate", "2026-03-14T09:26:54+01:00")),
        "xmp:CreateDate (2026-03-14T09:26:54+01:00) differs from Info /CreationDate",
    ),
    "XMP modification in another zone": (
        broken(set_xmp("xmp:ModifyDate", "2026-03-15T10:00:00+02:00")),
        "xmp:ModifyDate (2026-03-15T10:00:00+02:00) differs from Info /ModDate",
    ),
    "XMP trapped differs": (broken(set_xmp("pdf:Trapped", "True")), "pdf:Trapped 'True' differs"),
    "no output intent": (broken(set_key(catalog, "/OutputIntents")), "has 0 intents"),
    "two PDF/X intents": (broken(add_second_pdfx_intent), "has 2 intents"),
    "no condition identifier": (
        broken(set_key(pdfx_intent, "/OutputConditionIdentifier")),
        "no /OutputConditionIdentifier",
    ),
    "no output profile": (
        broken(set_key(pdfx_intent, "/DestOutputProfile")),
        "/DestOutputProfile is missing or not an ICC profile",
    ),
    "display profile": (broken(patch_profile_header(12, b"mntr")), "device class is b'mntr'"),
    "ICC version 5": (broken(patch_profile_header(8, b"\x05")), "ICC version 5"),
    "profile /N wrong": (
        broken(set_key(lambda pdf: pdfx_intent(pdf).DestOutputProfile, "/N", 3)),
        "/N is 3, but its header says b'CMYK'",
    ),
    "registered condition without registry": (
        broken(set_key(pdfx_intent, "/RegistryName")),
        "FOGRA39 is a registered name",
    ),
    "neither TrimBox nor ArtBox": (broken(set_key(first_page, "/TrimBox")), "page 1 has neither"),
    "both TrimBox and ArtBox": (
        broken(set_key(first_page, "/ArtBox", pikepdf.Array(TRIM))),
        "page 1 has both a /TrimBox and an /ArtBox",
    ),
    "box without area": (
        broken(set_key(first_page, "/ArtBox", pikepdf.Array([50, 50, 50, 90]))),
        "page 1: the /ArtBox has no area",
    ),
    "trim outside bleed": (
        broken(set_key(first_page, "/TrimBox", pikepdf.Array([10, 27, 273, 373]))),
        "page 1: the /TrimBox reaches outside the /BleedBox",
    ),
    "trim outside an inherited crop": (
        broken(crop_inherited_from_page_tree),
        "page 2: the /TrimBox reaches outside the /CropBox",
    ),
    "trim outside media": (
        broken(trim_past_the_media_edge),
        "page 1: the /TrimBox reaches outside the /MediaBox",
    ),
    "bleed outside media": (
        broken(set_key(first_page, "/BleedBox", pikepdf.Array([18, 18, 282, 410]))),
        "page 1: the /BleedBox reaches outside the /MediaBox",
    ),
    "link on the trim": (
        broken(add_annotation("/Link", (50, 50, 90, 60))),
        "page 1: a /Link annotation lies on the /BleedBox",
    ),
    "note on the bleed": (
        broken(add_annotation("/Text", (19, 100, 24, 110))),
        "page 1: a /Text annotation lies on the /BleedBox",
    ),
    "printer's mark on the trim": (
        broken(add_annotation("/PrinterMark", (100, 100, 110, 110))),
        "page 1: a /PrinterMark annotation lies on the /TrimBox",
    ),
    "JavaScript on opening": (
        broken(set_key(catalog, "/OpenAction", pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="print()"))),
        "the catalog /OpenAction is a JavaScript action",
    ),
    "JavaScript name tree": (
        broken(lambda pdf: set_key(catalog, "/Names", javascript_names(pdf))(pdf)),
        "the catalog /Names is a /JavaScript name tree",
    ),
    "additional actions": (
        broken(
            set_key(
                first_page,
                "/AA",
                pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Named, N="NextPage")),
            )
        ),
        "page 1 is additional actions (/AA)",
    ),
    "font program removed": (broken(unembed_bold_font), "font /F1+0 (/PDFXAA+FiraGO-Bold) is not embedded"),
    "standard font in a nested form": (
        broken(add_resource("/Font", "/Helv", unembedded_helvetica)),
        "form /FormXob.footer form /FormXob.signature: font /Helv (/Helvetica) is not embedded",
    ),
    "Type 0 font without its program": (
        broken(add_resource("/Font", "/CJK", unembedded_cid_font)),
        "font /CJK (/NotoSansCJK) is not embedded",
    ),
    "one subset tag for two fonts": (broken(share_one_subset_tag), "the subset tag PDFXAA+ names 2"),
    "rg on the page": (broken(draw_on_page(b"1 0 0 rg 0 0 5 5 re f")), "page 1: operator rg uses DeviceRGB"),
    "RG in a nested form": (
        broken(draw_in_signature(b"0 0 1 RG 0 0 m 5 5 l S")),
        "form /FormXob.signature: operator RG uses DeviceRGB",
    ),
    "cs DeviceRGB": (
        broken(draw_on_page(b"/DeviceRGB cs 1 0 0 sc 0 0 5 5 re f")),
        "page 1: operator cs uses DeviceRGB",
    ),
    "inline RGB image": (
        broken(draw_on_page(b"q 5 0 0 5 0 0 cm BI /W 1 /H 1 /CS /RGB /BPC 8 ID \xff\x00\x00 EI Q")),
        "page 1: inline image uses DeviceRGB",
    ),
    "RGB colour space resource": (
        broken(add_resource("/ColorSpace", "/CS7", lambda pdf: RGB)),
        "colour space /CS7 uses DeviceRGB",
    ),
    "Indexed over RGB": (
        broken(
            add_resource("/ColorSpace", "/CS6", lambda pdf: [pikepdf.Name.Indexed, RGB, 0, b"\xff\x00\x00"])
        ),
        "colour space /CS6 uses DeviceRGB",
    ),
    "pattern over RGB": (
        broken(add_resource("/ColorSpace", "/CS5", lambda pdf: [pikepdf.Name.Pattern, RGB])),
        "colour space /CS5 uses DeviceRGB",
    ),
    "RGB image": (
        broken(add_resource("/XObject", "/Im7", lambda pdf: one_pixel_image(pdf, RGB))),
        "image /Im7 uses DeviceRGB",
    ),
    "RGB shading": (broken(add_resource("/Shading", "/Sh7", rgb_shading)), "shading /Sh7 uses DeviceRGB"),
    "RGB shading pattern": (
        broken(
            add_resource(
                "/Pattern", "/P7", lambda pdf: pikepdf.Dictionary(PatternType=2, Shading=rgb_shading(pdf))
            )
        ),
        "shading /P7 uses DeviceRGB",
    ),
    "rg in a tiling pattern": (
        broken(add_resource("/Pattern", "/P6", tiling_pattern_in_rgb)),
        "pattern /P6: operator rg uses DeviceRGB",
    ),
    "rg in a Type 3 glyph": (
        broken(add_resource("/Font", "/T3", type3_font_drawing_in_rgb)),
        "Type 3 font /T3 glyph /square: operator rg uses DeviceRGB",
    ),
    "rg in an annotation's appearance": (
        broken(link_with_rgb_appearance),
        "page 1 annotation 2 appearance: operator rg uses DeviceRGB",
    ),
    "RGB page group": (
        broken(set_key(first_page, "/Group", pikepdf.Dictionary(S=pikepdf.Name.Transparency, CS=RGB))),
        "page 1: transparency group /CS uses DeviceRGB",
    ),
    "RGB soft mask group": (
        broken(add_soft_mask_group(RGB)),
        "soft mask /GS8: transparency group /CS uses DeviceRGB",
    ),
    "PostScript XObject": (
        broken(
            add_resource(
                "/XObject",
                "/PS1",
                lambda pdf: pdf.make_stream(b"showpage", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.PS),
            )
        ),
        "/PS1 is a PostScript XObject",
    ),
    "OPI": (broken(add_cmyk_image("/Im6", OPI=pikepdf.Dictionary())), "/Im6 is an /OPI dictionary"),
    "image alternates": (
        broken(add_cmyk_image("/Im5", Alternates=pikepdf.Array())),
        "/Im5 is an image with /Alternates",
    ),
    "external stream": (broken(add_cmyk_image("/Im4", F="picture.raw")), "/Im4 is an external stream (/F)"),
    "transfer function": (
        broken(set_graphics_state(TR=pikepdf.Name.Identity)),
        "/GS9 is a transfer function (/TR)",
    ),
    "TR2 not Default": (
        broken(set_graphics_state(TR2=pikepdf.Name.Identity)),
        "/GS9 is a transfer function (/TR2)",
    ),
    "HTP": (broken(set_graphics_state(HTP=pikepdf.Array([0]))), "/GS9 is an /HTP entry"),
    "alternate presentations": (
        broken(set_key(catalog, "/Names", pikepdf.Dictionary(AlternatePresentations=pikepdf.Dictionary()))),
        "the catalog /Names is an alternate presentation",
    ),
    "presentation steps": (
        broken(set_key(first_page, "/PresSteps", pikepdf.Dictionary(Type=pikepdf.Name.NavNode))),
        "page 1 is an alternate presentation",
    ),
    "XFA": (
        broken(set_key(catalog, "/AcroForm", pikepdf.Dictionary(Fields=[], XFA=pikepdf.Array()))),
        "the catalog /AcroForm is an XFA form",
    ),
    "layer configuration without a name": (
        broken(set_key(lambda pdf: pdf.Root.OCProperties.Configs[0], "/Name")),
        "configuration /Configs[0] has no /Name",
    ),
    "layer configuration that switches by itself": (
        broken(set_key(lambda pdf: pdf.Root.OCProperties.D, "/AS", pikepdf.Array())),
        "configuration /D has an /AS",
    ),
}


@pytest.mark.parametrize("case", BROKEN_RULES)
def test_each_broken_rule_is_named(case):
    make_broken, expected = BROKEN_RULES[case]
    problems = pdfx4_problems(make_broken())
    assert any(expected in problem for problem in problems), problems


ALLOWED = {
    "TR2 Default": set_graphics_state(TR2=pikepdf.Name.Default),
    "CMYK soft mask group": add_soft_mask_group(pikepdf.Name.DeviceCMYK),
    "ICCBased colour space": add_resource(
        "/ColorSpace", "/CS4", lambda pdf: [pikepdf.Name.ICCBased, pdfx_intent(pdf).DestOutputProfile]
    ),
    "TrapNet on the page": add_annotation("/TrapNet", (50, 50, 60, 60)),
    "MediaBox inherited": media_inherited_from_page_tree,
    "XMP as attributes": xmp_written_as_attributes,
}


@pytest.mark.parametrize("case", ALLOWED)
def test_what_pdfx4_allows_passes(case):
    assert pdfx4_problems(edited(ALLOWED[case])) == []


def test_the_printing_guide_lists_every_rule_checked_and_not_checked():
    guide = (Path(__file__).resolve().parents[2] / "docs" / "printing.md").read_text(encoding="utf-8")
    listed = {line[2:] for line in guide.splitlines() if line.startswith("- ")}
    assert set(RULES_CHECKED) | set(RULES_NOT_CHECKED) <= listed
