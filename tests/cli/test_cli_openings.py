"""Openings on the command line: the first meeting of a role makes one, a reused plan
joins it, and compare lines the candidates up with their ratings and what is due."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from meeting_planner.cli import main
from meeting_planner.domain.model import Decision
from meeting_planner.store import Store, data_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_reuse_joins_the_opening_and_compare_shows_ratings_and_dues(capsys) -> None:
    first = run(capsys, "demo")[1].split()[-1]
    code, out, _ = run(
        capsys, "reuse", first, "--candidate", "Ola Nordmann", "--start", "2026-12-10 10:00"
    )
    assert code == 0
    second = out.split()[-1]
    with Store(data_dir(None)) as store:
        one, two = store.meetings.get(first), store.meetings.get(second)
        # The reused plan keeps the agenda and offer, not the previous candidate.
        renamed = [b.title.replace("Sanna", "Ola") for b in one.agenda]
        assert [b.title for b in two.agenda] == renamed
        assert two.offer == one.offer and two.candidate.name == "Ola Nordmann"
        assert two.candidate.motivations == [] and two.debrief.is_empty
        assert one.opening_id and two.opening_id == one.opening_id
        one.mark_held(datetime(2026, 11, 2, 11, 30))
        one.start = datetime(2026, 11, 2, 10, 0)
        one.set_rating(one.ranked_criteria[0].id, 3)
        one.debrief.decision = Decision.ADVANCE
        store.meetings.save(one)
        first_criterion = one.ranked_criteria[0].name
    out = run(capsys, "openings")[1]
    assert "Backend developer" in out and "Sanna Järvinen, Ola Nordmann" in out
    code, out, _ = run(capsys, "compare", "backend developer")
    assert code == 0
    header, sanna, ola = out.splitlines()[2:5]
    assert header.split()[:4] == ["Candidate", "Status", "Decision", "Coach"]
    assert sanna.startswith("Sanna Järvinen") and "next step" in sanna and "(overdue)" in sanna
    assert ola.startswith("Ola Nordmann") and ola.rstrip().endswith("-")
    data = json.loads(run(capsys, "compare", second, "--json")[1])
    assert [c["candidate"] for c in data["candidates"]] == ["Sanna Järvinen", "Ola Nordmann"]
    assert data["candidates"][0]["ratings"][first_criterion] == 3
    assert data["candidates"][1]["ratings"][first_criterion] is None
    assert data["candidates"][0]["due"]["what"] == "feedback"


def test_an_unknown_opening_is_one_line(capsys) -> None:
    run(capsys, "demo")
    code, _, err = run(capsys, "compare", "Astronaut")
    assert code == 1 and "Astronaut" in err and len(err.strip().splitlines()) == 1


def test_an_imported_plan_brings_its_opening_along(capsys, tmp_path) -> None:
    first = run(capsys, "demo")[1].split()[-1]
    path = tmp_path / "plan.meeting.json"
    run(capsys, "export-meeting", first, "-o", str(path), "--plan-only")
    other = tmp_path / "other"
    assert run(capsys, "--data-dir", str(other), "import", str(path))[0] == 0
    with Store(data_dir(None), read_only=True) as mine, Store(other, read_only=True) as theirs:
        assert [o.id for o in theirs.openings.list()] == [o.id for o in mine.openings.list()]


def test_a_meeting_is_put_in_another_opening(capsys) -> None:
    first = run(capsys, "demo")[1].split()[-1]
    second = run(capsys, "demo")[1].split()[-1]
    code, out, _ = run(capsys, "opening", first)
    assert code == 0 and "Backend developer" in out
    opening_id = out.split("opening ")[1].split(":")[0]
    with Store(data_dir(None)) as store:
        meeting = store.meetings.get(second)
        meeting.role.title = "Data engineer"
        meeting.opening_id = ""
        store.meetings.save(meeting)
    out = run(capsys, "opening", second)[1]
    assert "Data engineer" in out and opening_id not in out
    code, out, _ = run(capsys, "opening", second, opening_id)
    assert code == 0 and opening_id in out
    data = json.loads(run(capsys, "compare", opening_id, "--json")[1])
    assert [c["id"] for c in data["candidates"]].count(second) == 1


def test_a_reused_plan_names_the_next_candidate_wherever_it_named_the_last(
    capsys, tmp_path
) -> None:
    first = run(capsys, "demo")[1].split()[-1]
    argv = ("reuse", first, "--candidate", "Łukasz Żółć", "--start", "2026-12-10 10:00")
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    second = out.split()[-1]
    with Store(data_dir(None)) as store:
        plan = store.meetings.get(second)
    texts = [plan.title, *(b.title for b in plan.agenda)]
    texts += [point for b in plan.agenda for point in b.talking_points]
    assert not any("Sanna" in t for t in texts)
    assert "Łukasz's questions" in [b.title for b in plan.agenda]
    assert "Thank Łukasz for coming; we finish at 11:30." in plan.agenda[0].talking_points
    # What reaches the new candidate names only them.
    invite = tmp_path / "invite.ics"
    run(capsys, "invite", second, "-o", str(invite), "--anyway")
    assert "Łukasz's questions" in invite.read_text(encoding="utf-8")
    assert "Sanna" not in invite.read_text(encoding="utf-8")


def test_reuse_warns_where_a_first_name_shared_with_the_panel_was_left(capsys) -> None:
    first = run(capsys, "demo")[1].split()[-1]
    with Store(data_dir(None)) as store:
        meeting = store.meetings.get(first)
        meeting.participants[0].name = "Sanna Lundgren"  # the manager is a Sanna too
        store.meetings.save(meeting)
    argv = ("reuse", first, "--candidate", "Jonas Berg", "--start", "2026-12-10 10:00")
    code, _out, err = run(capsys, *argv)
    assert code == 0
    assert err == (
        "warning: the plan still names Sanna Järvinen in “Welcome and the plan for today”, "
        "“Meet the team”, “Sanna's questions”; change it before anything reaches Jonas Berg.\n"
    )
