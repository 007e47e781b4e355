"""What every PDF says about itself: its language, its title in the viewer, its metadata,
and no font that is named without being embedded."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject

from meeting_planner.domain.access import access_report
from meeting_planner.domain.insights import Period, insights
from meeting_planner.domain.model import Language, Meeting
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export.access_pdf import build_access_pdf
from meeting_planner.export.agenda import build_agenda
from meeting_planner.export.brief import build_brief
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.export.decline_survey import export_decline_survey
from meeting_planner.export.insights_pdf import export_insights

NOW = datetime(2026, 11, 20, 9, 0)
NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


def meeting_in(language: Language) -> Meeting:
    meeting = sample_meeting(NOW)
    meeting.language = language
    return meeting


DOCUMENTS: dict[str, Callable[[Meeting], bytes]] = {
    "brief": build_brief,
    "agenda": build_agenda,
    "debrief": export_debrief_form,
    "survey": export_decline_survey,
    "insights": lambda m: export_insights(insights([m], Period(), NOW), language=str(m.language)),
    "access": lambda m: build_access_pdf(access_report([m], NOW)),
}


def fonts_named(reader: PdfReader) -> list[DictionaryObject]:
    """Every font dictionary the file names anywhere: pages, form XObjects, appearances,
    the form's default resources."""
    seen: set[int] = set()
    fonts: list[DictionaryObject] = []

    def walk(obj: object) -> None:
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                return
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject | StreamObject):
            if obj.get("/Type") == "/Font" or "/BaseFont" in obj:
                fonts.append(obj)
            for key, value in obj.items():
                if key not in ("/Parent", "/P"):
                    walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    walk(reader.trailer["/Root"])
    return fonts


def embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(embedded(d.get_object()) for d in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_every_document_is_well_formed(document: str, language: Language) -> None:
    meeting = meeting_in(language)
    reader = PdfReader(io.BytesIO(DOCUMENTS[document](meeting)))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == str(language)
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a PDF boolean)
    info = reader.metadata
    assert info.title and info.author and info.subject
    fonts = fonts_named(reader)
    assert fonts
    assert not [str(f.get("/BaseFont")) for f in fonts if not embedded(f)]
    # The XMP packet repeats the document properties, for archives and search tools.
    xmp = root["/Metadata"].get_object()
    assert "/Filter" not in xmp
    rdf = ET.fromstring(xmp.get_data().decode("utf-8").split("?>", 1)[1].rsplit("<?", 1)[0])
    title = rdf.find(".//dc:title/rdf:Alt/rdf:li", NS)
    assert title is not None and title.text == info.title
    creator = rdf.find(".//dc:creator/rdf:Seq/rdf:li", NS)
    assert creator is not None and creator.text == info.author
    lang = rdf.find(".//dc:language/rdf:Bag/rdf:li", NS)
    assert lang is not None and lang.text == str(language)
    keywords = rdf.find(".//pdf:Keywords", NS)
    assert keywords is not None and keywords.text == (info.get("/Keywords") or None)


def test_a_meetings_documents_name_its_hiring_manager_and_role() -> None:
    meeting = meeting_in(Language.EN)
    for build in (build_brief, build_agenda, export_debrief_form):
        info = PdfReader(io.BytesIO(build(meeting))).metadata
        assert info.author == "Erik Lundgren"
        assert "Backend developer" in info["/Keywords"]


def test_markup_in_the_metadata_stays_text(hostile_meeting: Meeting) -> None:
    reader = PdfReader(io.BytesIO(build_brief(hostile_meeting)))
    packet = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    rdf = ET.fromstring(packet.split("?>", 1)[1].rsplit("<?", 1)[0])
    keywords = rdf.find(".//pdf:Keywords", NS)
    assert keywords is not None and '<img src="/etc/passwd">' in keywords.text
