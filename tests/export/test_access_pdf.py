"""The access request as a PDF: everything the JSON holds, readable, user text never markup."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.access import access_report
from meeting_planner.domain.model import BlockNote, Language, Marker, MarkerKind, Rating
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.export.access_labels import VALUE_LABELS
from meeting_planner.export.access_pdf import build_access_pdf

CREATED = datetime(2027, 2, 1, 8, 0)


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def body_text(pages: list[str]) -> str:
    """The pages' text without header and footer (so text running over a page break
    reads on), whitespace removed."""
    lines = [line for page in pages for line in page.splitlines()[2:-1]]
    return "".join("".join(lines).split())


def test_every_stored_text_of_the_candidate_is_in_the_pdf(full_meeting, pdf_pages) -> None:
    meeting = full_meeting
    block = meeting.agenda[0]
    meeting.debrief.feedback = "Clear reasons, sent on time"
    meeting.outcome.survey_answers = {"positives": "Everyone was open about the stack"}
    meeting.run.notes = [BlockNote(block.id, "Wanted to hear about on-call")]
    meeting.run.markers = [Marker(MarkerKind.SIGNAL, block.id, meeting.start, 90, "Lit up")]
    text = body_text(pdf_pages(build_access_pdf(access_report([meeting], CREATED))))
    coded = {value for words in VALUE_LABELS.values() for value in words}
    stored = [
        s
        for s in strings(meeting_to_dict(meeting))
        if s.strip() and not s[:4].isdigit()  # times are printed in words
    ]

    def shown(value: str) -> bool:
        # Our own coded values (status, kind, part...) are printed as words.
        forms = [w[value] for w in VALUE_LABELS.values() if value in w] if value in coded else []
        return any("".join(f.split()) in text for f in [value, *forms])

    missing = [s for s in stored if not shown(s)]
    assert missing == []
    for heading in ("Whatwestoreaboutyou", "Aboutyou", "Ourassessment", "Notesfromthemeeting"):
        assert heading in text
    assert "MadeonMonday1February2027at08:00" in text
    assert "Start:Monday23November2026at10:00" in text


def test_ratings_show_the_criterion_they_are_for(full_meeting, pdf_pages) -> None:
    criterion = full_meeting.criteria[1]
    full_meeting.debrief.ratings = [Rating(criterion.id, 2, "Thin on tests")]
    pages = pdf_pages(build_access_pdf(access_report([full_meeting], CREATED)))
    whole = "\n".join(pages)
    assert f"Criterion: {criterion.name}" in whole
    assert "Rating: 2" in whole and "Evidence: Thin on tests" in whole


def test_user_text_is_printed_as_written_never_as_markup(
    hostile_meeting, hostile_values, pdf_text
) -> None:
    hostile_meeting.candidate.notes = hostile_values.text
    data = build_access_pdf(access_report([hostile_meeting], CREATED))
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "".join(hostile_values.text.split()) in text
    for name in hostile_values.names[1:]:
        assert "".join(name.split()) in text


def test_a_person_with_no_meetings_gets_a_short_clear_document(pdf_text) -> None:
    text = pdf_text(build_access_pdf(access_report([], CREATED)))
    assert "Nomeetingsarestoredaboutthisperson." in text


def test_labels_and_coded_values_are_in_the_readers_language(full_meeting, pdf_pages) -> None:
    full_meeting.language = Language.SV
    pages = pdf_pages(build_access_pdf(access_report([full_meeting], CREATED)))
    lines = {line.strip() for page in pages for line in page.splitlines()}
    assert "Status: Planerat" in lines
    assert "Roll i mötet: Rekryterande chef" in lines
    assert "Språk: Svenska" in lines
    assert "Typ: Välkommen" in lines
    for raw in ("Status: planned", "Part: manager", "Kind: welcome", "Language: sv"):
        assert raw not in lines
