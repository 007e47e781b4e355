"""A typed value's appearance built the way pdf.js (Firefox's viewer) builds it, for the tests.

When a person types into a form in Firefox and then prints or saves it, pdf.js
draws each typed value itself (``WidgetAnnotation._getAppearance`` in pdf.js 5):

- in the font the field's /DA names, taken from the first of the field's own /DR,
  its appearance's /Resources and the form's /DR that has a font by that name;
- encoding the value through that font's ToUnicode map, one code a character;
- and if any character has no code there, it draws the whole field in a stand-in
  font of the system's, not embedded, and saves the field with no appearance.

``fill_as_pdfjs`` does the same with the outside drawing left to the test's reader
(``outside_fillers.drawn_text``), and fails where pdf.js would take the stand-in.
It lays the text out more simply than pdf.js (greedy lines at the /DA size, 10
where that is 0); which font draws which letter is what it is for.
tests/tools/pdfjs_forms.py checks the real pdf.js by hand.
"""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

AUTO_SIZE = 10.0
LINE_FACTOR = 1.35  # pdf.js's line height, in font sizes
PADDING = 2.0


def fill_as_pdfjs(pdf: bytes, text: dict[str, str]) -> bytes:
    """``pdf`` with each field in ``text`` given its value and the appearance pdf.js
    would draw for it; raises AssertionError where pdf.js would use a stand-in font."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    form_resources = writer._root_object["/AcroForm"].get("/DR")
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            name = widget.get("/T")
            if name not in text:
                continue
            value = text[name]
            font_name, size = _font_and_size(str(widget["/DA"]))
            font_ref, where = _font_as_pdfjs_finds_it(widget, font_name, form_resources)
            codes = _codes(font_ref.get_object())
            missing = sorted({c for c in value if c not in codes and c != "\n"})
            assert not missing, (
                f"{name}: pdf.js cannot encode {''.join(missing)!r} in the font /{font_name} "
                f"it finds in {where}, so it draws the field in a stand-in font"
            )
            widget[NameObject("/V")] = TextStringObject(value)
            widget[NameObject("/AP")] = DictionaryObject(
                {
                    NameObject("/N"): writer._add_object(
                        _appearance(widget, value, font_name, font_ref, codes, size or AUTO_SIZE)
                    )
                }
            )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _font_and_size(da: str) -> tuple[str, float]:
    match = re.search(r"/([^\s/]+)\s+([\d.]+)\s+Tf", da)
    assert match, f"no font in /DA {da!r}"
    return match.group(1), float(match.group(2))


def _font_as_pdfjs_finds_it(widget: Any, font_name: str, form_resources: Any) -> tuple[Any, str]:
    normal = widget.get("/AP", {}).get("/N")
    own = normal.get_object().get("/Resources") if hasattr(normal, "get_data") else None
    places = (
        ("the field's /DR", widget.get("/DR")),
        ("the appearance's resources", own),
        ("the form's /DR", form_resources),
    )
    for where, resources in places:
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is not None and f"/{font_name}" in fonts:
            return fonts.get_object().raw_get(f"/{font_name}"), where
    raise AssertionError(f"no font /{font_name} anywhere pdf.js looks")


def _codes(font: Any) -> dict[str, int]:
    """Each character the font's ToUnicode map gives a code, by character (the lowest code)."""
    cmap = font["/ToUnicode"].get_data().decode("latin-1")
    codes: dict[str, int] = {}

    def add(code: int, utf16: str) -> None:
        codes.setdefault(bytes.fromhex(utf16).decode("utf-16-be"), code)

    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            add(int(code, 16), target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, start in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            for offset in range(int(last, 16) - int(first, 16) + 1):
                add(int(first, 16) + offset, f"{int(start, 16) + offset:04X}")
    assert codes, "the font's ToUnicode map is empty"
    return codes


def _appearance(
    widget: Any, value: str, font_name: str, font_ref: Any, codes: dict[str, int], size: float
) -> DecodedStreamObject:
    font = font_ref.get_object()
    first = int(font["/FirstChar"])
    widths = [float(w) for w in font["/Widths"]]
    missing = float(font["/FontDescriptor"].get("/MissingWidth", 0))

    def width(line: str) -> float:
        units = (
            widths[codes[c] - first] if 0 <= codes[c] - first < len(widths) else missing
            for c in line
        )
        return sum(units) * size / 1000

    left, bottom, right, top = (float(v) for v in widget["/Rect"])
    room = right - left - 2 * PADDING
    lines: list[str] = []
    for paragraph in value.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            wider = f"{line} {word}" if line else word
            if line and width(wider) > room:
                lines.append(line)
                line = word
            else:
                line = wider
        lines.append(line)
    height = top - bottom
    shown = []
    for number, line in enumerate(lines):
        y = height - PADDING - size * (number + 1) * LINE_FACTOR + size * 0.35
        encoded = bytes(codes[c] for c in line).hex()
        shown.append(f"1 0 0 1 {PADDING} {y:.2f} Tm <{encoded}> Tj")
    stream = DecodedStreamObject()
    stream.set_data(
        (
            f"/Tx BMC q 1 1 {right - left - 2} {height - 2} re W n "
            f"BT /{font_name} {size:g} Tf 0 g {' '.join(shown)} ET Q EMC"
        ).encode("ascii")
    )
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [NumberObject(0), NumberObject(0), FloatObject(right - left), FloatObject(height)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject(f"/{font_name}"): font_ref})}
            ),
        }
    )
    return stream
