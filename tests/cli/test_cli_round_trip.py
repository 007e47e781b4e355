"""A plan's round trip, manager -> recruiter -> manager, on the command line: the file
updates the manager's meeting, shows what changes first, and leaves everything that is
not the plan exactly as it was."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.domain.model import Concern, ConcernCategory, Decision, Status
from meeting_planner.domain.plan import INTERNAL_MEETING_FIELDS
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.store import Store

NOW = datetime(2026, 11, 20, 9, 0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def manager(tmp_path: Path) -> tuple[Path, str]:
    """The manager's store with a meeting that was held and has a debrief."""
    folder = tmp_path / "manager"
    meeting = sample_meeting(NOW)
    meeting.candidate.notes = "Asked twice about on-call."
    meeting.agenda[0].internal_notes = "Open warmly; she had a long trip."
    meeting.case.observe = ["How she splits the problem"]
    meeting.mark_held(NOW)
    meeting.set_rating(meeting.criteria[0].id, 3, "Clear reasoning")
    meeting.debrief.concerns.append(Concern(ConcernCategory.OTHER, "Wants an answer fast"))
    meeting.debrief.decision = Decision.ADVANCE
    meeting.status = Status.DEBRIEFED
    with Store(folder) as store:
        store.meetings.save(meeting)
    return folder, meeting.id


def _stored(folder: Path, meeting_id: str) -> dict:
    with Store(folder, read_only=True) as store:
        return meeting_to_dict(store.meetings.get(meeting_id))


def test_manager_recruiter_manager_with_comments(capsys, manager, tmp_path) -> None:
    folder, meeting_id = manager
    recruiter = tmp_path / "recruiter"
    sent, back = tmp_path / "sent.meeting.json", tmp_path / "back.meeting.json"
    before = _stored(folder, meeting_id)

    assert (
        run(
            capsys,
            "--data-dir",
            str(folder),
            "export-meeting",
            meeting_id,
            "-o",
            str(sent),
            "--plan-only",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "--data-dir", str(recruiter), "import", str(sent))
    assert code == 0 and out.strip() == f"{sent}: {meeting_id}"

    # The recruiter reviews: a comment on a block, one on the whole plan, a changed block.
    with Store(recruiter) as store:
        plan = store.meetings.get(meeting_id)
        from meeting_planner.domain.comments import add_comment, block_target

        add_comment(
            plan,
            "Let a future colleague lead this",
            "Rita Recruiter",
            NOW,
            block_target(plan.agenda[1].id),
        )
        add_comment(plan, "Strong plan; answer within 48 hours", "Rita Recruiter", NOW)
        plan.agenda[0].minutes += 1
        plan.role.tech_stack.append("Rust")
        store.meetings.save(plan)
    assert (
        run(
            capsys,
            "--data-dir",
            str(recruiter),
            "export-meeting",
            meeting_id,
            "-o",
            str(back),
            "--plan-only",
        )[0]
        == 0
    )

    # Without --yes the manager sees the changes and nothing is applied.
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(back))
    assert code == 1 and "--yes" in err
    assert f"{back}: updates the plan {meeting_id}" in out
    assert "Role › Tech stack: added “Rust”" in out
    assert "› Minutes: " in out
    assert "New comment by Rita Recruiter on block “" in out
    assert "New comment by Rita Recruiter on the whole plan" in out
    assert _stored(folder, meeting_id) == before

    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(back), "--yes")
    assert code == 0
    after = _stored(folder, meeting_id)
    assert after["role"]["tech_stack"][-1] == "Rust"
    assert [c["author"] for c in after["comments"]] == ["Rita Recruiter"] * 2
    assert after["revision"] > before["revision"]
    # Everything that is not the plan is exactly as it was.
    for name in (*INTERNAL_MEETING_FIELDS, "invites"):
        assert after[name] == before[name], name
    assert after["candidate"]["notes"] == before["candidate"]["notes"]
    assert after["case"]["observe"] == before["case"]["observe"]
    assert after["agenda"][0]["internal_notes"] == before["agenda"][0]["internal_notes"]

    # The same file again changes nothing; the first file, now older, is refused.
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(back))
    assert code == 0 and "already up to date" in out
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(sent), "--yes")
    assert code == 1 and "older than the stored meeting" in out and "nothing imported" in err
    assert _stored(folder, meeting_id) == after
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(sent), "--yes", "--force")
    assert code == 0
    forced = _stored(folder, meeting_id)
    assert "Rust" not in forced["role"]["tech_stack"]
    # Forcing the old plan does not lose the comments: they are merged, never dropped.
    assert len(forced["comments"]) == 2
    assert forced["debrief"] == before["debrief"]


def test_a_whole_meeting_file_updates_the_debrief_too(capsys, manager, tmp_path) -> None:
    folder, meeting_id = manager
    path = tmp_path / "full.meeting.json"
    run(capsys, "--data-dir", str(folder), "export-meeting", meeting_id, "-o", str(path))
    data = json.loads(path.read_text("utf-8"))
    data["meeting"]["debrief"]["ratings"][0]["rating"] = 4
    data["meeting"]["revision"] += 1
    path.write_text(json.dumps(data), "utf-8")
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(path), "--yes")
    assert code == 0
    assert "updates the meeting" in out and "Debrief › Rating for “" in out and "3 → 4" in out
    assert _stored(folder, meeting_id)["debrief"]["ratings"][0]["rating"] == 4


def test_an_erased_meeting_is_not_brought_back(capsys, manager, tmp_path) -> None:
    folder, meeting_id = manager
    path = tmp_path / "plan.meeting.json"
    run(capsys, "--data-dir", str(folder), "export-meeting", meeting_id, "-o", str(path))
    with Store(folder) as store:
        store.meetings.erase([meeting_id], NOW)
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(path), "--yes")
    assert code == 1 and "was erased" in out
    assert _stored(folder, meeting_id)["candidate"]["name"] == ""


def test_interviewer_forms_on_the_command_line(capsys, manager, tmp_path) -> None:
    folder, meeting_id = manager
    d = ("--data-dir", str(folder))
    with Store(folder, read_only=True) as store:
        people = store.meetings.get(meeting_id).participants
    path = tmp_path / "aino.pdf"
    code, out, _ = run(
        capsys,
        *d,
        "export",
        "debrief",
        meeting_id,
        "--interviewer",
        people[1].name.upper(),
        "-o",
        str(path),
    )
    assert code == 0 and f"Wrote {people[1].name}'s own debrief form" in out
    code, _, err = run(
        capsys,
        *d,
        "export",
        "agenda",
        meeting_id,
        "--interviewer",
        people[1].id,
        "-o",
        str(tmp_path / "a.pdf"),
    )
    assert code == 1 and "debrief form only" in err
    code, _, err = run(
        capsys,
        *d,
        "export",
        "debrief",
        meeting_id,
        "--interviewer",
        "Nobody",
        "-o",
        str(tmp_path / "n.pdf"),
    )
    assert code == 1 and "is not on this meeting's panel" in err
