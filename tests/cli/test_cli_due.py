"""`meeting-planner due`: what a manager owes candidates, as text and as JSON."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.domain.model import Candidate, Decision, Meeting, Role, Status
from meeting_planner.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def held(name: str, ended_ago: timedelta, status: Status = Status.HELD) -> Meeting:
    end = datetime.now().replace(second=0, microsecond=0) - ended_ago
    return Meeting(
        title=f"Meeting with {name}",
        start=end - timedelta(minutes=60),
        planned_minutes=60,
        status=status,
        candidate=Candidate(name=name),
        role=Role(title="Backend developer"),
    )


@pytest.fixture
def meetings() -> dict[str, Meeting]:
    """Four candidates: one answer 5 hours late, one due today or tomorrow, one already
    answered and decided, and one meeting next week."""
    late = held("Alex Berg", timedelta(hours=53))
    fresh = held("Kim Ek", timedelta(hours=1))
    answered = held("Sam Lind", timedelta(days=3), Status.FEEDBACK_SENT)
    answered.debrief.decision = Decision.REJECT
    answered.debrief.feedback_sent_at = answered.end + timedelta(hours=20)
    future = held("Noor Aziz", -timedelta(days=7), Status.PLANNED)
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save_many([late, fresh, answered, future])
    return {m.candidate.name: m for m in (late, fresh, answered, future)}


def test_json_lists_what_is_owed_with_overdue_flags(
    capsys: pytest.CaptureFixture[str], meetings: dict[str, Meeting]
) -> None:
    code, out, err = run(capsys, "due", "--json")
    assert code == 0, err
    items = json.loads(out)
    for entry in items:
        assert {"id", "candidate", "what", "due", "overdue"} <= set(entry)
        datetime.fromisoformat(entry["due"])
    owed = {(e["candidate"], e["what"]): e for e in items}
    assert set(owed) == {
        ("Alex Berg", "feedback"),
        ("Alex Berg", "decision"),
        ("Kim Ek", "feedback"),
        ("Kim Ek", "decision"),
    }, "nothing for the answered candidate or the meeting still to come"
    late = owed[("Alex Berg", "feedback")]
    assert late["overdue"] is True and late["state"] == "overdue"
    assert late["id"] == meetings["Alex Berg"].id
    assert datetime.fromisoformat(late["due"]) == meetings["Alex Berg"].feedback_due
    assert owed[("Kim Ek", "feedback")]["overdue"] is False
    assert items[0] == late, "overdue comes first"


def test_all_adds_what_is_done(
    capsys: pytest.CaptureFixture[str], meetings: dict[str, Meeting]
) -> None:
    code, out, _ = run(capsys, "due", "--json", "--all")
    assert code == 0
    done = [e for e in json.loads(out) if e["state"] == "done"]
    assert {(e["candidate"], e["what"]) for e in done} == {
        ("Sam Lind", "feedback"),
        ("Sam Lind", "decision"),
    }


def test_text_says_how_late_overdue_first_then_by_due_date(
    capsys: pytest.CaptureFixture[str], meetings: dict[str, Meeting]
) -> None:
    code, out, _ = run(capsys, "due")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("overdue by 5 h")
    assert "feedback" in lines[0] and "Alex Berg" in lines[0]
    assert meetings["Alex Berg"].id in lines[0]
    assert "Kim Ek" in lines[1] and "feedback" in lines[1] and "due" in lines[1]
    assert [("Kim Ek" in line, "Alex Berg" in line) for line in lines[2:]] == [
        (False, True),
        (True, False),
    ], "the decisions follow, the earlier one first"
    assert "due in 11 d" in lines[2]
    assert "Sam Lind" not in out and "Noor Aziz" not in out


def test_an_empty_store_has_nothing_due(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "due")
    assert (code, out.strip()) == (0, "Nothing is due or overdue.")
    code, out, _ = run(capsys, "due", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_a_meeting_marked_held_by_hand_counts_from_its_planned_end(
    capsys: pytest.CaptureFixture[str],
) -> None:
    m = held("Robin Dahl", timedelta(hours=50))
    m.planned_minutes = 120  # the planned end is an hour after the one above
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save(m)
    code, out, _ = run(capsys, "due", "--json")
    feedback = next(e for e in json.loads(out) if e["what"] == "feedback")
    assert datetime.fromisoformat(feedback["due"]) == m.start + timedelta(hours=50)
    assert feedback["overdue"] is True


def _owed(capsys: pytest.CaptureFixture[str]) -> set[tuple[str, str]]:
    code, out, err = run(capsys, "due", "--json")
    assert code == 0, err
    return {(e["candidate"], e["what"]) for e in json.loads(out)}


def test_a_decision_recorded_from_the_debrief_form_is_no_longer_owed(
    capsys: pytest.CaptureFixture[str], meetings: dict[str, Meeting], tmp_path: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    alex = meetings["Alex Berg"].id
    assert ("Alex Berg", "decision") in _owed(capsys)
    form, filled = tmp_path / "debrief.pdf", tmp_path / "filled.pdf"
    assert run(capsys, "export", "debrief", alex, "-o", str(form))[0] == 0
    writer = PdfWriter(clone_from=PdfReader(form))
    for page in writer.pages:
        writer.update_page_form_field_values(page, {"decision": "/reject"}, auto_regenerate=False)
    writer.write(filled)
    code, _, err = run(capsys, "debrief-import", alex, str(filled))
    assert code == 0, err
    owed = _owed(capsys)
    assert ("Alex Berg", "decision") not in owed
    assert ("Alex Berg", "feedback") in owed, "the answer is still owed"
    code, out, _ = run(capsys, "due")
    [line] = [line for line in out.splitlines() if "Alex Berg" in line]
    assert "feedback" in line and "decision" not in line


def test_a_held_meeting_with_its_decision_recorded_owes_only_the_answer(
    capsys: pytest.CaptureFixture[str], meetings: dict[str, Meeting]
) -> None:
    # Held, with the decision in its debrief (from a plan file, say): its status in
    # the list says held, so only the meeting itself tells that the decision is made.
    kim = meetings["Kim Ek"]
    kim.debrief.decision = Decision.ADVANCE
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save(kim)
    owed = _owed(capsys)
    assert ("Kim Ek", "decision") not in owed and ("Kim Ek", "feedback") in owed
    code, out, _ = run(capsys, "due", "--json", "--all")
    done = {(e["candidate"], e["what"]) for e in json.loads(out) if e["state"] == "done"}
    assert ("Kim Ek", "decision") in done


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_list_writes_its_dates_in_the_command_line_s_language(
    capsys: pytest.CaptureFixture[str], meetings: dict[str, Meeting], language: str
) -> None:
    from meeting_planner.domain.phrases import format_brief_moment

    code, out, err = run(capsys, "--language", language, "due")
    assert code == 0, err
    line = next(line for line in out.splitlines() if "Alex Berg" in line)
    expected = format_brief_moment(meetings["Alex Berg"].feedback_due, language)
    assert expected in line
    words = {"en": "Mon Tue Wed Thu Fri Sat Sun", "sv": "mån tis ons tor fre lör sön"}
    words["da"] = "man tir ons tor fre lør søn"
    assert expected.split()[0] in words[language].split()
