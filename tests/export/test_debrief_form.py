"""The debrief form: its fields, its text, its pages, and non-Latin answers typed into it."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime

import pytest
from pypdf import PdfReader, PdfWriter

from meeting_planner.assets import resource
from meeting_planner.domain.model import ConcernCategory, Criterion, Meeting
from meeting_planner.export.debrief_form import export_debrief_form

LATIN = "Łukasz Dvořák / Åsa Ærø / Şükrü"
NON_LATIN = "Σοφία / Дмитрий"
TEXT_FIELDS_LONG = {"resonated", "competing_offers", "reasons", "feedback"}
RADIO = 1 << 15
READ_ONLY = 1
MULTILINE = 1 << 12


def small_meeting() -> Meeting:
    meeting = Meeting(title="Backend", start=datetime(2026, 11, 23, 14, 0))
    meeting.candidate.name = "Ana Lima"
    meeting.add_criterion(Criterion("Second <b>S&P</b>", "d2", "e2", rank=2, id="c2"))
    meeting.add_criterion(Criterion("First & foremost", "d1", "Names a real case", rank=1, id="c1"))
    return meeting


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def radio_options(data: bytes) -> dict[str, set[str]]:
    """Each radio group's name and the values its buttons stand for."""
    options: dict[str, set[str]] = {}
    for page in reader(data).pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            parent = annot.get("/Parent")
            if parent is None:
                continue
            states = {str(k).lstrip("/") for k in annot["/AP"]["/N"]} - {"Off"}
            options.setdefault(str(parent.get_object()["/T"]), set()).update(states)
    return options


def expected_fields(meeting: Meeting) -> set[str]:
    names = {"mp_meeting_id", "mp_meeting_label", "interest", "resonated", "decision"}
    names |= {"competing_offers", "competing_timeline", "reasons", "feedback"}
    names |= {"shared_reason", "later_role"}
    for c in meeting.criteria:
        names |= {f"crit_{c.id}_rating", f"crit_{c.id}_evidence", f"crit_{c.id}_shared"}
    for category in ConcernCategory:
        names |= {f"concern_{category.value}", f"concern_{category.value}_text"}
    return names


def test_the_form_has_exactly_the_documented_fields() -> None:
    meeting = small_meeting()
    fields = reader(export_debrief_form(meeting)).get_fields()
    assert set(fields) == expected_fields(meeting)


def test_radio_groups_offer_exactly_their_choices() -> None:
    meeting = small_meeting()
    data = export_debrief_form(meeting)
    assert radio_options(data) == {
        "crit_c1_rating": {"1", "2", "3", "4"},
        "crit_c2_rating": {"1", "2", "3", "4"},
        "interest": {"1", "2", "3", "4", "5"},
        "decision": {"advance", "offer", "reject", "hold"},
    }
    fields = reader(data).get_fields()
    for name in radio_options(data):
        assert fields[name]["/FT"] == "/Btn" and fields[name]["/Ff"] & RADIO
    for category in ConcernCategory:
        check = fields[f"concern_{category.value}"]
        assert check["/FT"] == "/Btn" and not check.get("/Ff", 0) & RADIO


def test_text_fields_take_any_length_and_long_answers_get_several_lines() -> None:
    meeting = small_meeting()
    fields = reader(export_debrief_form(meeting)).get_fields()
    text = {name: f for name, f in fields.items() if f.get("/FT") == "/Tx"}
    assert set(text) == {n for n in expected_fields(meeting) if n not in radio_like(meeting)}
    assert all("/MaxLen" not in f for f in text.values())
    multiline = {name for name, f in text.items() if f.get("/Ff", 0) & MULTILINE}
    assert TEXT_FIELDS_LONG | {"crit_c1_evidence", "crit_c2_evidence"} <= multiline


def radio_like(meeting: Meeting) -> set[str]:
    names = {"interest", "decision", "later_role"}
    names |= {f"crit_{c.id}_rating" for c in meeting.criteria}
    return names | {f"concern_{c.value}" for c in ConcernCategory}


def test_the_meeting_id_travels_in_a_read_only_field_and_the_metadata() -> None:
    meeting = small_meeting()
    pdf = reader(export_debrief_form(meeting))
    field = pdf.get_fields()["mp_meeting_id"]
    assert field["/V"] == meeting.id
    assert field["/Ff"] & READ_ONLY
    assert meeting.id in pdf.metadata["/Keywords"]


def test_criteria_come_in_rank_order_with_their_hints_and_the_due_date_is_printed(
    pdf_text: Callable[[bytes], str],
) -> None:
    meeting = small_meeting()
    text = pdf_text(export_debrief_form(meeting))
    first, second = text.find("1.First&foremost"), text.find("2.Second<b>S&P</b>")
    assert 0 <= first < second
    assert "GoodevidenceNamesarealcase" in text.replace(":", "")
    assert "&amp;" not in text
    # The meeting ends at 15:00; the answer is due 48 hours later.
    assert "FeedbacktothecandidateisdueWednesday25November2026at15:00" in text


def test_markup_and_names_in_every_script_appear_literally(
    hostile_meeting: Meeting, pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(export_debrief_form(hostile_meeting))
    assert "".join('<img src="/etc/passwd"> <b>unclosed S&P'.split()) in text
    for person in hostile_meeting.participants:
        assert "".join(person.name.split()) in text
    assert "ŁukaszDvořák" in text


def test_twelve_long_criteria_flow_over_pages_with_nothing_cut_off(
    long_meeting: Meeting, pdf_pages: Callable[[bytes], list[str]]
) -> None:
    for criterion in long_meeting.criteria:
        criterion.name = f"{criterion.name} " + "with a very long and careful name " * 4
    data = export_debrief_form(long_meeting)
    pages = pdf_pages(data)
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Confidential" in page
    whole = "".join("".join(pages).split())
    for criterion in long_meeting.criteria:
        assert "".join(criterion.name.split()) in whole
        assert "".join(criterion.description.split()) in whole
    assert set(reader(data).get_fields()) == expected_fields(long_meeting)
    for page in reader(data).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        rects = [[float(v) for v in a.get_object()["/Rect"]] for a in page.get("/Annots", [])]
        for x0, y0, x1, y1 in rects:
            # Inside the margins: clear of the header and footer lines.
            assert 40 < x0 < x1 < width - 40 and 70 < y0 <= y1 < height - 70


def test_printed_blank_every_field_has_a_visible_box() -> None:
    """The page content draws a box or circle for every widget (boxes print even
    where a viewer leaves form fields out)."""
    data = export_debrief_form(small_meeting())
    for page in reader(data).pages:
        content = page.get_contents().get_data()
        widgets = [a for a in page.get("/Annots", []) if "/Rect" in a.get_object()]
        visible = [a for a in widgets if not a.get_object().get("/F", 0) & 2]
        # Rectangles (re) for boxes and squares; circles are curves (c).
        assert content.count(b" re") + content.count(b" c\n") // 4 >= len(visible) - 1


def test_typed_latin_answers_show_in_the_field_and_any_text_reads_back_exactly() -> None:
    meeting = small_meeting()
    writer = PdfWriter(clone_from=reader(export_debrief_form(meeting)))
    values = {"feedback": LATIN, "competing_timeline": LATIN, "crit_c1_evidence": NON_LATIN}
    # Flattening paints each field's generated appearance into the page: the
    # text pypdf extracts from it is what a reader of the filled form sees.
    writer.update_page_form_field_values(None, values, auto_regenerate=False, flatten=True)
    out = io.BytesIO()
    writer.write(out)
    filled = reader(out.getvalue())
    assert {k: filled.get_fields()[k]["/V"] for k in values} == values
    shown = "".join(page.extract_text() for page in filled.pages)
    assert shown.count(LATIN) == 2


def test_fields_type_in_an_embedded_simple_font_that_fillers_can_encode() -> None:
    pdf = reader(export_debrief_form(small_meeting()))
    form = pdf.trailer["/Root"]["/AcroForm"]
    font = form["/DR"]["/Font"]["/MPSans"].get_object()
    assert form["/DA"].startswith("/MPSans ")
    assert font["/Subtype"] == "/TrueType" and "/ToUnicode" in font
    encoding = font["/Encoding"]
    assert encoding["/BaseEncoding"] == "/WinAnsiEncoding"
    names = {str(n) for n in encoding["/Differences"] if not isinstance(n, int)}
    assert {"/Lslash", "/eogonek", "/Scedilla", "/Eng"} <= names
    shipped = resource("fonts", "DejaVuSans-Form.ttf").read_bytes()
    assert font["/FontDescriptor"]["/FontFile2"].get_data() == shipped
    # Every field shows its exported state by itself: no viewer needs to build it.
    assert "/NeedAppearances" not in form
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            normal = annot.get_object()["/AP"]["/N"]
            if hasattr(normal, "get_data"):
                own = normal["/Resources"]["/Font"]["/MPSans"].get_object()
                # Fillers that know only named encodings use the field's own font.
                assert own["/Encoding"] == "/WinAnsiEncoding"
                assert own["/FontDescriptor"]["/FontFile2"].get_data() == shipped


def test_a_meeting_without_criteria_still_gets_a_form(pdf_text: Callable[[bytes], str]) -> None:
    meeting = small_meeting()
    meeting.criteria = []
    data = export_debrief_form(meeting)
    assert "Nocriteriawereset" in pdf_text(data)
    assert "decision" in reader(data).get_fields()


def test_letter_paper_and_an_unknown_paper() -> None:
    page = reader(export_debrief_form(small_meeting(), paper="letter")).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    with pytest.raises(ValueError, match="paper"):
        export_debrief_form(small_meeting(), paper="a5")


def test_odd_criterion_ids_still_make_valid_field_names() -> None:
    meeting = small_meeting()
    meeting.criteria[0].id = "a.b/ü"
    names = set(reader(export_debrief_form(meeting)).get_fields())
    assert not any("." in name for name in names)
    assert expected_fields(small_meeting()) - names == {
        "crit_c2_rating",
        "crit_c2_evidence",
        "crit_c2_shared",
    }
