"""What every PDF says about itself: document properties, XMP metadata, language, title shown.

Viewers show the title instead of the file name (DisplayDocTitle), screen
readers and spell checkers take the language from /Lang, and archives and
search tools read the XMP packet, which repeats the document properties.
"""

from __future__ import annotations

from html import escape  # not xml.sax.saxutils: it loads urllib.request and http
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from ..domain.model import Meeting

PRODUCT = "Meeting Planner"

# The packet's fixed frame (XMP Specification Part 1, 7.3): the id is the one the
# specification gives; "w" says the packet may be rewritten in place.
_PACKET_START = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
_PACKET_END = '<?xpacket end="w"?>'


def document_author(meeting: Meeting) -> str:
    """Who a meeting's documents are from: its hiring manager, else the app."""
    from ..domain.enums import Part

    managers = [p.name.strip() for p in meeting.participants if p.part is Part.MANAGER]
    return next((name for name in managers if name), PRODUCT)


def document_keywords(*words: str) -> str:
    """Keywords for the document properties, empty ones left out."""
    return ", ".join(" ".join(w.split()) for w in words if w.strip())


def add_xmp(canv: Canvas, language: str) -> None:
    """Give ``canv``'s document an XMP packet, written from its document properties
    when the file is saved (so it always says what the properties say)."""
    from functools import partial

    from reportlab.pdfbase.pdfdoc import XMP

    doc = canv._doc
    if getattr(doc.Catalog, "Metadata", None) is None:
        doc.Catalog.Metadata = XMP(creator=partial(_packet, lang=language or "x-default"))


def _packet(doc: Any, lang: str) -> bytes:
    info = doc.info
    when = doc._timeStamp.datetime.isoformat(timespec="seconds")

    def alt(value: str) -> str:
        return (
            f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
            f'<rdf:li xml:lang="{escape(lang)}">{escape(value)}</rdf:li></rdf:Alt>'
        )

    body = (
        f"{_PACKET_START}\n"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f"<dc:title>{alt(info.title)}</dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"<dc:description>{alt(info.subject)}</dc:description>\n"
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>\n"
        f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>\n"
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>\n"
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        f"{_PACKET_END}"
    )
    return body.encode("utf-8")
