"""The survey and insights commands: export, import, figures as text, JSON and PDF."""

from __future__ import annotations

import io
import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from meeting_planner.cli import main
from meeting_planner.domain.enums import DeclineCategory, OfferResult, Status
from meeting_planner.domain.model import DeclineReason, Meeting
from meeting_planner.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _store() -> Store:
    return Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"]))


def _held(day: str, hours_to_feedback: float | None, reason: DeclineCategory | None) -> Meeting:
    meeting = Meeting(title="Backend", start=datetime.fromisoformat(day), status=Status.HELD)
    meeting.candidate.name = "Ana Lima"
    meeting.ended_at = meeting.planned_end
    if hours_to_feedback is not None:
        meeting.status = Status.FEEDBACK_SENT
        meeting.debrief.feedback_sent_at = meeting.ended_at + timedelta(hours=hours_to_feedback)
        meeting.debrief.reasons = "Strong on design, less on operations"
    if reason is not None:
        meeting.outcome.offer_made = True
        meeting.outcome.result = OfferResult.DECLINED
        meeting.outcome.decline_reasons = [DeclineReason(reason, "", True)]
    return meeting


@pytest.fixture
def seeded() -> list[Meeting]:
    meetings = [
        _held("2026-10-05T10:00", 20, DeclineCategory.COMPENSATION),
        _held("2026-10-20T10:00", 70, None),
        _held("2026-11-02T10:00", None, None),
    ]
    with _store() as store:
        store.meetings.save_many(meetings)
    return meetings


def test_insights_json_counts_the_period_only(capsys, seeded) -> None:
    code, out, _ = run(capsys, "insights", "--from", "2026-10-01", "--to", "2026-10-31", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["from"], data["to"], data["meetings"], data["held"]) == (
        "2026-10-01",
        "2026-10-31",
        2,
        2,
    )
    assert data["feedback"]["within_target"] == 1
    assert data["feedback"]["median_hours"] == pytest.approx(45)
    assert data["decline_reasons"]["compensation"]["controllable"] == 1


def test_insights_as_text_and_as_a_pdf_page(capsys, seeded, tmp_path: Path) -> None:
    out_pdf = tmp_path / "insights.pdf"
    code, out, _ = run(capsys, "insights", "-o", str(out_pdf))
    assert code == 0
    assert "3 meetings, 3 held" in out
    # Monday's answer after 20 hours is on time; Tuesday's after 70 hours (Friday) is late.
    assert "Feedback within 2 working days: 50 % (1 of 2" in out
    reader = PdfReader(out_pdf)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Why candidates declined" in text
    assert "Pay or the offer" in text
    assert "Ana Lima" not in text


def test_insights_refuses_a_period_that_ends_before_it_starts(capsys) -> None:
    code, _, err = run(capsys, "insights", "--from", "2026-11-01", "--to", "2026-10-01")
    assert code == 1
    assert "--from is after --to" in err
    code, _, err = run(capsys, "insights", "--from", "yesterday")
    assert code == 1
    assert "not a date" in err


def test_survey_export_then_import_fills_the_outcome(capsys, seeded, tmp_path: Path) -> None:
    meeting = seeded[2]
    blank = tmp_path / "survey.pdf"
    code, out, _ = run(capsys, "survey-export", meeting.id[:8], "-o", str(blank), "--named")
    assert code == 0 and "named declined offer survey" in out
    writer = PdfWriter(clone_from=PdfReader(blank))
    writer.update_page_form_field_values(
        None,
        {"answer_improve_process": "Answer within a week", "reason_process_tempo": "/Yes"},
        auto_regenerate=False,
    )
    filled = tmp_path / "filled.pdf"
    buffer = io.BytesIO()
    writer.write(buffer)
    filled.write_bytes(buffer.getvalue())
    code, out, _ = run(capsys, "survey-import", meeting.id, str(filled))
    assert code == 0
    assert "Reason added: The process was slow" in out
    with _store() as store:
        saved = store.meetings.get(meeting.id)
    assert saved.outcome.survey_answers == {"improve_process": "Answer within a week"}
    assert saved.outcome.result == OfferResult.DECLINED
    code, out, _ = run(capsys, "survey-import", meeting.id, str(filled))
    assert code == 0 and "nothing new" in out


def test_survey_import_refuses_another_meetings_survey(capsys, seeded, tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    run(capsys, "survey-export", seeded[0].id, "-o", str(other), "--named")
    code, _, err = run(capsys, "survey-import", seeded[1].id, str(other))
    assert code == 1
    assert "another meeting" in err
    code, _, err = run(capsys, "survey-import", seeded[1].id, str(tmp_path / "missing.pdf"))
    assert code == 1


def _filled(blank: Path, target: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=PdfReader(blank))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


def test_the_anonymous_survey_carries_nothing_that_ties_it_to_the_person(
    capsys, seeded, tmp_path: Path
) -> None:
    meeting = seeded[0]
    meeting.role.title = "Backend developer"
    with _store() as store:
        store.meetings.save(meeting)
    blank = tmp_path / "survey.pdf"
    code, out, _ = run(capsys, "survey-export", meeting.id, "-o", str(blank))
    assert code == 0 and "anonymous declined offer survey" in out
    reader = PdfReader(blank)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    fields = reader.get_fields() or {}
    values = " ".join(str(f.get("/V", "")) for f in fields.values())
    for where in (text, metadata, values, " ".join(fields)):
        assert "Ana Lima" not in where and "Ana" not in where
        assert meeting.id not in where and "meeting_id" not in where
    assert "mp_meeting_id" not in fields and "mp_meeting_label" not in fields
    assert "Backend developer" in text and "2026-10" in values


def test_an_anonymous_survey_counts_in_the_insights_of_its_role_and_month(
    capsys, seeded, tmp_path: Path
) -> None:
    blank = tmp_path / "survey.pdf"
    run(capsys, "survey-export", seeded[1].id, "-o", str(blank))
    filled = _filled(
        blank,
        tmp_path / "filled.pdf",
        {
            "answer_deciding_factors": "Another offer came first",
            "reason_location": "/Yes",
            "reason_chemistry": "/Yes",
            "reason_chemistry_text": "The panel felt like an exam",
        },
    )
    # Into one meeting it does not go: nothing there is tied to it.
    code, _, err = run(capsys, "survey-import", seeded[1].id, str(filled))
    assert code == 1 and "anonymous" in err
    code, out, _ = run(capsys, "survey-import", str(filled))
    assert code == 0 and "Imported an anonymous survey" in out and "2026-10" in out
    code, out, _ = run(capsys, "survey-import", str(filled))
    assert code == 0 and "counts once" in out
    code, out, _ = run(capsys, "insights", "--from", "2026-10-01", "--to", "2026-10-31", "--json")
    data = json.loads(out)
    assert data["anonymous_responses"]["count"] == 1
    # Chemistry is ours to act on; the location is not.
    assert data["decline_reasons"]["chemistry"] == {"controllable": 1, "not_controllable": 0}
    assert data["decline_reasons"]["location"] == {"controllable": 0, "not_controllable": 1}
    code, out, _ = run(capsys, "insights", "--from", "2026-11-01", "--json")
    assert json.loads(out)["anonymous_responses"]["count"] == 0
    with _store() as store:
        assert [
            s.outcome.survey_answers for s in map(store.meetings.get, (m.id for m in seeded))
        ] == [
            {},
            {},
            {},
        ]
