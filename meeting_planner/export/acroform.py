"""AcroForm fields drawn by hand: the font they type in, text fields, radio groups, check boxes.

Every field carries its own appearance for the state it is exported in (viewers
show that, and print it, without building anything), and names a font that
other fillers can build a filled appearance from: a simple TrueType font,
embedded, with a one-byte encoding (see form_font.py for the range it covers).
reportlab's own fields can only name the standard 14 fonts, which are not
embedded; so the fields here are written by hand.

Every box, circle and square is also drawn in the page content, so a printed
blank form is a usable paper form whatever a viewer does with form fields.
"""

from __future__ import annotations

import weakref
import zlib
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from . import form_font
from .styles import INK, colour

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# The resource name of the field font in the form's /DR, in every /DA and in each
# field's own appearance.
FIELD_FONT = "MPSans"
FIELD_FONT_SIZE = 10
# The line and box colour: dark enough to guide a pen on a greyscale print.
BOX = "#7d8896"
BOX_WIDTH = 0.8
MARK_SIZE = 11
LABEL_SIZE = 9
# Room between a field's edge and its text, as most fillers leave it.
TEXT_PADDING = 2.0

_READ_ONLY = 1 << 0
_MULTILINE = 1 << 12
_PRINT = 1 << 2
_RADIO = 1 << 15
_NO_TOGGLE_TO_OFF = 1 << 14
# Viewers that redraw a check box or radio button take the mark (MK /CA) from ZapfDingbats.
_BUTTON_DA = "/ZaDb 0 Tf 0 g"
_HIDDEN = 1 << 1

# One set of font objects per document being built.
_installed: weakref.WeakKeyDictionary[Any, tuple[Any, Any]] = weakref.WeakKeyDictionary()


def _deflated_stream(data: bytes, **entries: Any) -> PDFStream:
    # "Filter" present means reportlab leaves the (already compressed) data alone.
    return PDFStream(
        PDFDictionary({"Filter": PDFName("FlateDecode"), **entries}), zlib.compress(data, 6)
    )


def _to_unicode(encoding: dict[int, str]) -> bytes:
    entries = [
        f"<{code:02X}> <{char.encode('utf-16-be').hex().upper()}>"
        for code, char in sorted(encoding.items())
    ]
    # A bfchar block holds at most 100 entries.
    blocks = "\n".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar"
        for chunk in (entries[i : i + 100] for i in range(0, len(entries), 100))
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{blocks}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def install_form_font(canv: Canvas) -> tuple[Any, Any]:
    """Put the field font into ``canv``'s document once.

    Returns references to its two font dictionaries: the one in the form's default
    resources (WinAnsi with the extra letters as /Differences) and the one each
    field's own appearance uses (plain /WinAnsiEncoding, for fillers that know
    only named encodings). Also sets the form's default resources and appearance.
    """
    if canv in _installed:
        return _installed[canv]
    program = form_font.font_program()
    doc = canv._doc

    def ref(**entries: Any) -> Any:
        return doc.Reference(PDFDictionary(entries))

    font_file = doc.Reference(_deflated_stream(program.data, Length1=len(program.data)))
    descriptor = ref(
        Type=PDFName("FontDescriptor"),
        FontName=PDFName(form_font.BASE_FONT),
        FontFile2=font_file,
        MissingWidth=program.missing_width,
        **{k: PDFArray(v) if isinstance(v, list) else v for k, v in program.descriptor.items()},
    )

    def font(encoding: dict[int, str], encoding_entry: Any) -> Any:
        first, last = min(encoding), max(encoding)
        widths = [
            program.width[encoding[code]] if code in encoding else program.missing_width
            for code in range(first, last + 1)
        ]
        return ref(
            Type=PDFName("Font"),
            Subtype=PDFName("TrueType"),
            BaseFont=PDFName(form_font.BASE_FONT),
            FirstChar=first,
            LastChar=last,
            Widths=PDFArray(widths),
            FontDescriptor=descriptor,
            Encoding=encoding_entry,
            ToUnicode=doc.Reference(_deflated_stream(_to_unicode(encoding))),
        )

    differences = " ".join(
        f"{code} /{form_font.GLYPH_NAMES[char]}"
        for code, char in sorted(form_font.DIFFERENCES.items())
    )
    form_encoding = PDFDictionary(
        {
            "Type": PDFName("Encoding"),
            "BaseEncoding": PDFName("WinAnsiEncoding"),
            "Differences": PDFFromString(f"[{differences}]"),
        }
    )
    shared = font(form_font.FORM_ENCODING, form_encoding)
    own = font(form_font.WINANSI, PDFName("WinAnsiEncoding"))
    form = canv.acroForm
    form.extras["DR"] = PDFDictionary({"Font": PDFDictionary({FIELD_FONT: shared})})
    form.extras["DA"] = PDFString(f"/{FIELD_FONT} {FIELD_FONT_SIZE} Tf 0 g")
    _installed[canv] = (shared, own)
    return shared, own


def _pdf_string(data: bytes) -> str:
    """``data`` as a PDF literal string in plain ASCII (octal escapes for the rest)."""
    out = []
    for byte in data:
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif 0x20 <= byte < 0x7F:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def text_appearance(value: str, width: float, height: float, size: float) -> str:
    """The marked content of a one-line text field showing ``value`` in the field font.

    Characters outside WinAnsi show as "?": only the meeting's own values (an id, a
    name) are ever written by the app, and a filler redraws what a person types.
    """
    if not value:
        return "/Tx BMC EMC"
    baseline = max(TEXT_PADDING, (height - size * 0.76) / 2)
    encoded = bytes(
        code if form_font.WINANSI.get(code) == char else ord(form_font.REPLACEMENT)
        for char, code in zip(value, form_font.encode(value), strict=True)
    )
    return (
        f"/Tx BMC q {TEXT_PADDING / 2:.1f} {TEXT_PADDING / 2:.1f} {width - TEXT_PADDING:.1f} "
        f"{height - TEXT_PADDING:.1f} re W n BT /{FIELD_FONT} {size:g} Tf 0 g "
        f"{TEXT_PADDING:.1f} {baseline:.2f} Td {_pdf_string(encoded)} Tj ET Q EMC"
    )


def add_text_field(
    canv: Canvas,
    *,
    name: str,
    x: float,
    y: float,
    width: float,
    height: float,
    tooltip: str,
    multiline: bool = False,
    value: str = "",
    read_only: bool = False,
    hidden: bool = False,
) -> None:
    """A text field widget at (x, y) in the current drawing coordinates, with no length limit."""
    shared_font, own_font = install_form_font(canv)
    left, bottom = canv.absolutePosition(x, y)
    flags = (_MULTILINE if multiline else 0) | (_READ_ONLY if read_only else 0)
    # Multiline fields size their text to fit (0); one-line fields keep a readable size.
    size = 0 if multiline else FIELD_FONT_SIZE
    appearance = canv.acroForm.makeStream(
        width,
        height,
        text_appearance(value, width, height, FIELD_FONT_SIZE),
        Resources=PDFDictionary({"Font": PDFDictionary({FIELD_FONT: own_font})}),
    )
    widget = PDFDictionary(
        {
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "FT": PDFName("Tx"),
            "T": PDFString(name),
            "TU": PDFString(tooltip),
            "V": PDFString(value),
            "DA": PDFString(f"/{FIELD_FONT} {size} Tf 0 g"),
            "Rect": PDFArray([left, bottom, left + width, bottom + height]),
            "F": _HIDDEN if hidden else _PRINT,
            "Ff": flags,
            "P": canv._doc.thisPageRef(),
            "AP": PDFDictionary({"N": canv._doc.Reference(appearance)}),
            # pdf.js (Firefox) builds a typed value's appearance with the font its /DA
            # names, looked up in the field's /DR before the appearance's own resources:
            # without this it takes the plain WinAnsi font there and draws any text with
            # a letter beyond WinAnsi in a stand-in font, and saves it with no appearance.
            "DR": PDFDictionary({"Font": PDFDictionary({FIELD_FONT: shared_font})}),
        }
    )
    canv._addAnnotation(widget)
    canv.acroForm.fields.append(canv.acroForm.getRef(widget))


def add_radio_group(canv: Canvas, *, name: str, tooltip: str) -> PDFDictionary:
    """The parent field of a radio group; its buttons are added with ``add_button``."""
    install_form_font(canv)
    group = PDFDictionary(
        {
            "FT": PDFName("Btn"),
            "Ff": _RADIO | _NO_TOGGLE_TO_OFF,
            "T": PDFString(name),
            "TU": PDFString(tooltip),
            "DA": PDFString(_BUTTON_DA),
            "Kids": PDFArray([]),
        }
    )
    canv.acroForm.fields.append(canv._doc.Reference(group))
    return group


def add_button(
    canv: Canvas,
    *,
    x: float,
    y: float,
    on_value: str,
    tooltip: str,
    parent: PDFDictionary | None = None,
    name: str = "",
) -> None:
    """A check box (``name``) or one button of a radio group (``parent``), unset.

    Each widget has an appearance for both states, the mark drawn as a path (no
    font, so nothing to embed): viewers switch between them and never redraw.
    """
    form = canv.acroForm
    install_form_font(canv)
    left, bottom = canv.absolutePosition(x, y)
    style = "circle" if parent is not None else "check"
    states: dict[str, Any] = {}
    for state in (on_value, "Off"):
        drawing = ""
        if state != "Off":
            drawing = _dot(MARK_SIZE) if parent is not None else _tick(MARK_SIZE)
        stream = form.makeStream(MARK_SIZE, MARK_SIZE, drawing)
        states[state] = form._refMap.get(stream._af_refstr) or form.getRef(stream)
        form._refMap[stream._af_refstr] = states[state]
    widget = PDFDictionary(
        {
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "Rect": PDFArray([left, bottom, left + MARK_SIZE, bottom + MARK_SIZE]),
            "AP": PDFDictionary({"N": PDFDictionary(states)}),
            "AS": PDFName("Off"),
            "DA": PDFString(_BUTTON_DA),
            "MK": PDFDictionary({"CA": PDFString(_MARKS[style])}),
            "F": _PRINT,
            "P": canv._doc.thisPageRef(),
        }
    )
    if parent is None:
        widget.dict.update(
            FT=PDFName("Btn"), T=PDFString(name), TU=PDFString(tooltip), V=PDFName("Off")
        )
    else:
        widget.dict["Parent"] = canv._doc.Reference(parent)
    canv._addAnnotation(widget)
    ref = canv._doc.Reference(widget)
    if parent is None:
        form.fields.append(ref)
    else:
        parent.dict["Kids"].sequence.append(ref)


# The ZapfDingbats character of each mark, for viewers that redraw a button.
_MARKS = {"check": "4", "circle": "l"}


def _tick(size: float) -> str:
    """A check mark in a ``size`` square, as PDF drawing operators."""
    ink = colour(INK)
    points = ((0.22, 0.52), (0.42, 0.28), (0.78, 0.74))
    path = " ".join(
        f"{px * size:.2f} {py * size:.2f} {op}" for (px, py), op in zip(points, "mll", strict=True)
    )
    return (
        f"q {ink.red:.3f} {ink.green:.3f} {ink.blue:.3f} RG {size * 0.12:.2f} w 1 J 1 j {path} S Q"
    )


def _dot(size: float) -> str:
    """A filled circle in the middle of a ``size`` square, as PDF drawing operators."""
    c, r = size / 2, size * 0.27
    k = 0.5523 * r
    ink = colour(INK)
    return (
        f"q {ink.red:.3f} {ink.green:.3f} {ink.blue:.3f} rg {c + r:.2f} {c:.2f} m "
        f"{c + r:.2f} {c + k:.2f} {c + k:.2f} {c + r:.2f} {c:.2f} {c + r:.2f} c "
        f"{c - k:.2f} {c + r:.2f} {c - r:.2f} {c + k:.2f} {c - r:.2f} {c:.2f} c "
        f"{c - r:.2f} {c - k:.2f} {c - k:.2f} {c - r:.2f} {c:.2f} {c - r:.2f} c "
        f"{c + k:.2f} {c - r:.2f} {c + r:.2f} {c - k:.2f} {c + r:.2f} {c:.2f} c f Q"
    )
