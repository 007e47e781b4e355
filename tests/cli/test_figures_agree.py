"""The Due view and Insights read the same store the same way: who is still waiting for an
answer, who is past the deadline, and when the deadline is."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.domain.model import Candidate, Decision, Meeting, Status
from meeting_planner.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _meeting(name: str, start: datetime, status: Status) -> Meeting:
    return Meeting(
        title="Backend developer",
        start=start,
        status=status,
        country="SE",
        candidate=Candidate(name=name),
    )


@pytest.fixture
def store_with_answers_owed() -> dict[str, Meeting]:
    now = datetime.now().replace(second=0, microsecond=0)
    weeks_ago = now - timedelta(days=30)
    meetings = {
        "held": _meeting("Held Late", weeks_ago, Status.HELD),
        # Never marked held: the candidate still waits from the meeting's end.
        "forgotten": _meeting("Never Marked", weeks_ago - timedelta(days=1), Status.PLANNED),
        "coming": _meeting("Next Week", now + timedelta(days=7), Status.PLANNED),
        "answered": _meeting("Got Answer", weeks_ago, Status.FEEDBACK_SENT),
        "closed": _meeting("Closed Quietly", weeks_ago, Status.CLOSED),
        "decided": _meeting("Just Decided", now - timedelta(hours=3), Status.DEBRIEFED),
    }
    meetings["answered"].debrief.decision = Decision.REJECT
    meetings["answered"].debrief.feedback_sent_at = weeks_ago + timedelta(days=1)
    meetings["decided"].debrief.decision = Decision.ADVANCE
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save_many(list(meetings.values()))
    return meetings


def test_insights_count_as_waiting_exactly_what_the_due_view_lists(
    capsys, store_with_answers_owed
) -> None:
    due = json.loads(run(capsys, "due", "--json"))
    owed = [item for item in due if item["what"] == "feedback"]
    figures = json.loads(run(capsys, "insights", "--json"))["feedback"]
    assert figures["waiting"] == len(owed) == 3
    assert figures["overdue"] == sum(item["overdue"] for item in owed) == 2
    names = {item["candidate"] for item in owed}
    assert names == {"Held Late", "Never Marked", "Just Decided"}


def test_every_deadline_listed_is_a_working_day_and_the_meetings_own(
    capsys, store_with_answers_owed
) -> None:
    due = json.loads(run(capsys, "due", "--json", "--all"))
    by_id = {m.id: m for m in store_with_answers_owed.values()}
    for item in due:
        moment = datetime.fromisoformat(item["due"])
        meeting = by_id[item["id"]]
        expected = meeting.feedback_due if item["what"] == "feedback" else meeting.decision_due
        # As the candidate was told it, where the meeting is; a working day there.
        assert moment == expected.replace(second=0, microsecond=0)
        assert moment.weekday() < 5
