"""Filling the app's forms with tools no one here wrote, and reading back what they drew.

PyMuPDF (a test extra), pdftk (Debian's pdftk-java) and qpdf each build the
appearance of a filled field themselves, from the font the form names. What a
panel member sees is that appearance; ``drawn_text`` reads it from the page as
drawn, glyph by glyph, so a box, a blank or a substituted font shows up.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from meeting_planner.export.form_font import WINANSI


def need_tool(name: str) -> str:
    """The path of a command-line tool; on CI a missing one fails the test, elsewhere it
    skips it (.ci/run installs the tools these tests need)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: apt-get install {_PACKAGES[name]})"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


_PACKAGES = {"pdftk": "pdftk-java", "qpdf": "qpdf", "desktop-file-validate": "desktop-file-utils"}


def need_pymupdf():  # noqa: ANN201 (the module, typed only where installed)
    try:
        import pymupdf
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("PyMuPDF is not installed: pip install '.[test]'")
        pytest.skip("PyMuPDF is not installed")
    return pymupdf


def fill_with_pymupdf(
    pdf: bytes, text: dict[str, str], radios: dict[str, str], checks: set[str]
) -> bytes:
    """The form filled as a PyMuPDF script fills it: each widget's value set and updated."""
    pymupdf = need_pymupdf()
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for page in doc:
        for widget in page.widgets():
            name = widget.field_name
            if name in text:
                widget.field_value = text[name]
            elif name in checks:
                widget.field_value = widget.on_state()
            elif name in radios and widget.on_state() == radios[name]:
                widget.field_value = widget.on_state()
            else:
                continue
            widget.update()
    return doc.tobytes()


def fill_with_pdftk(
    pdf: bytes, text: dict[str, str], radios: dict[str, str], checks: set[str]
) -> bytes:
    """The form filled by ``pdftk fill_form`` from an XFDF file (UTF-8, so any text)."""
    pdftk = need_tool("pdftk")
    values = {**text, **radios, **{name: "Yes" for name in checks}}
    fields = "".join(
        f"<field name={quoteattr(name)}><value>{_xml(value)}</value></field>"
        for name, value in values.items()
    )
    xfdf = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<xfdf xmlns="http://ns.adobe.com/xfdf/"><fields>{fields}</fields></xfdf>'
    )
    with tempfile.TemporaryDirectory() as folder:
        source, data, out = (Path(folder, n) for n in ("form.pdf", "data.xfdf", "out.pdf"))
        source.write_bytes(pdf)
        data.write_text(xfdf, encoding="utf-8")
        _run([pdftk, str(source), "fill_form", str(data), "output", str(out)])
        return out.read_bytes()


def fill_with_qpdf(pdf: bytes, text: dict[str, str]) -> bytes:
    """The values set as a bare filler sets them (the value, and NeedAppearances), then
    ``qpdf --generate-appearances`` draws them."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject, TextStringObject

    qpdf = need_tool("qpdf")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if annot.get("/T") in text:
                annot[NameObject("/V")] = TextStringObject(text[annot["/T"]])
    writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder, "form.pdf"), Path(folder, "out.pdf")
        writer.write(source)
        _run([qpdf, "--generate-appearances", str(source), str(out)], ok=(0, 3))
        return out.read_bytes()


def drawn_text(pdf: bytes, field: str) -> str:
    """The characters drawn inside ``field``'s box, read from the page with every widget
    painted into it, whitespace left out.

    Fails where a character is drawn as the missing-glyph box, in a font that is not
    embedded (each viewer would substitute its own), or where the box has no ink.
    """
    pymupdf = need_pymupdf()
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    where = [
        (page.number, widget.rect)
        for page in doc
        for widget in page.widgets()
        if widget.field_name == field
    ]
    assert where, f"no field {field!r}"
    number, rect = where[0]
    doc.bake(annots=True, widgets=True)
    page = doc[number]
    embedded = {_plain(base) for _, ext, _, base, *_ in page.get_fonts(full=True) if ext != "n/a"}
    chars: list[str] = []
    for span in page.get_texttrace():
        inside = [c for c in span["chars"] if rect.contains(pymupdf.Point(c[2]))]
        if not inside:
            continue
        font = span["font"]
        text = "".join(chr(c[0]) for c in inside)
        # Every viewer has the standard fonts, with the Western European range.
        standard = _plain(font) in _STANDARD_FONTS and all(c in WINANSI.values() for c in text)
        assert standard or _plain(font) in embedded, (
            f"{field}: {text!r} is drawn in {font}, which is not embedded"
        )
        for unicode, glyph, *_ in inside:
            assert glyph > 0, f"{field}: {chr(unicode)!r} is drawn as a missing-glyph box"
        chars.append(text)
    ink = page.get_pixmap(clip=rect, dpi=100, colorspace=pymupdf.csGRAY)
    dark = sum(1 for value in ink.samples if value < 128)
    assert not chars or dark > 10 * len(chars), f"{field}: the text leaves no ink"
    return "".join("".join(chars).split())


_STANDARD_FONTS = {
    "Helvetica", "HelveticaBold", "HelveticaOblique", "HelveticaBoldOblique",
    "TimesRoman", "TimesBold", "TimesItalic", "TimesBoldItalic",
    "Courier", "CourierBold", "CourierOblique", "CourierBoldOblique",
}  # fmt: skip


def _plain(font_name: str) -> str:
    """A font's name without subset tag, spaces or hyphens ("AAAAAA+Nimbus Sans-Regular"
    and "NimbusSansRegular" are the same font)."""
    return font_name.split("+")[-1].replace(" ", "").replace("-", "")


def _xml(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(command: list[str], ok: tuple[int, ...] = (0,)) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode not in ok:
        raise AssertionError(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()}")
