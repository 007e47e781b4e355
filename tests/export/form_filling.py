"""Filling in the app's PDF forms as a viewer would, for the import tests."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject


def fill(
    pdf: bytes,
    text: dict[str, str] | None = None,
    radios: dict[str, str] | None = None,
    checks: set[str] | None = None,
) -> bytes:
    """The form filled in as a viewer would: text values, ticked boxes, chosen buttons."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    values: dict[str, str] = dict(text or {})
    values.update({name: "/Yes" for name in checks or set()})
    if values:
        writer.update_page_form_field_values(None, values, auto_regenerate=False)
    radios = radios or {}
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            parent = annot.get("/Parent")
            if parent is None or parent.get_object()["/T"] not in radios:
                continue
            parent = parent.get_object()
            chosen = "/" + radios[parent["/T"]]
            parent[NameObject("/V")] = NameObject(chosen)
            mine = [k for k in annot["/AP"]["/N"] if k != "/Off"][0]
            annot[NameObject("/AS")] = NameObject(chosen if mine == chosen else "/Off")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
