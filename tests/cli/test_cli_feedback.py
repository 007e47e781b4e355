"""`meeting-planner feedback ID`: the draft answer on standard output, or a clear refusal."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.domain.model import Decision, Meeting
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange import write_meeting_file
from meeting_planner.store import Store

NOW = datetime(2026, 11, 20, 9, 0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _saved(data_dir: Path, decision: Decision | None) -> Meeting:
    meeting = sample_meeting(NOW)
    first = meeting.ranked_criteria[0]
    meeting.set_rating(first.id, 1, "Guessed before measuring")
    meeting.debrief.decision = decision
    with Store(data_dir) as store:
        store.meetings.save(meeting)
    return meeting


def test_feedback_prints_the_draft(capsys, tmp_path) -> None:
    meeting = _saved(tmp_path / "store", Decision.REJECT)
    code, out, err = run(capsys, "feedback", meeting.id[:6], "--data-dir", str(tmp_path / "store"))
    assert code == 0, err
    assert out.startswith("Hi Sanna,")
    assert "ranked first for this role is problem solving" in out
    # The panel's evidence stays internal; the draft asks for a line to the candidate.
    assert "Guessed before measuring" not in out
    assert "[to fill in: one concrete sentence to the candidate about problem solving]" in out
    assert out.rstrip().endswith("Engineering manager\nNordvik Logistics")
    # The draft is for the manager to finish: what is left to fill in is a warning.
    assert "warning" in err and "about problem solving]" in err


def test_feedback_prints_the_stored_text_unless_a_fresh_draft_is_asked(capsys, tmp_path) -> None:
    data = tmp_path / "store"
    meeting = _saved(data, Decision.ADVANCE)
    with Store(data) as store:
        stored = store.meetings.get(meeting.id)
        stored.debrief.feedback = "Hi Sanna, welcome to round two."
        store.meetings.save(stored)
    code, out, _ = run(capsys, "feedback", meeting.id, "--data-dir", str(data))
    assert (code, out) == (0, "Hi Sanna, welcome to round two.\n")
    code, out, _ = run(capsys, "feedback", meeting.id, "--draft", "--data-dir", str(data))
    assert code == 0 and "take the next step" in out


def test_feedback_reads_a_meeting_file(capsys, tmp_path) -> None:
    meeting = sample_meeting(NOW)
    meeting.debrief.decision = Decision.HOLD
    path = tmp_path / "sanna.meeting.json"
    write_meeting_file(meeting, path)
    code, out, _ = run(capsys, "feedback", str(path))
    assert code == 0 and "not made our decision yet" in out


def test_without_a_decision_it_says_so_and_exits_1(capsys, tmp_path) -> None:
    meeting = _saved(tmp_path / "store", None)
    code, out, err = run(capsys, "feedback", meeting.id, "--data-dir", str(tmp_path / "store"))
    assert code == 1 and out == ""
    assert "no decision yet for Sanna Järvinen" in err
    assert len(err.strip().splitlines()) == 1


def test_an_unknown_id_is_a_one_line_error(capsys, tmp_path) -> None:
    _saved(tmp_path / "store", Decision.REJECT)
    code, _, err = run(capsys, "feedback", "ffffffffffff", "--data-dir", str(tmp_path / "store"))
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_the_letter_is_kept_from_the_draft_or_a_file_and_the_email_sends_it(
    capsys, tmp_path
) -> None:
    data = tmp_path / "store"
    meeting = _saved(data, Decision.REJECT)
    with Store(data) as store:  # held a week ago, so its letter may go out
        held = store.meetings.get(meeting.id)
        held.start = datetime(2026, 11, 2, 10, 0)
        held.mark_held(held.planned_end)
        store.meetings.save(held)
    where = ("--data-dir", str(data))
    eml = tmp_path / "letter.eml"
    code, _out, err = run(capsys, "email", "feedback", meeting.id, "-o", str(eml), *where)
    assert code == 1 and "`feedback ID --keep`" in err and "`feedback ID --from FILE`" in err
    # The draft, kept: still with its gap to fill, which the email then refuses.
    code, out, err = run(capsys, "feedback", meeting.id, "--keep", *where)
    assert code == 0 and out.startswith("Hi Sanna,")
    assert err.rstrip().endswith("Kept as the letter to send to Sanna Järvinen.")
    assert "warning" in err and "about problem solving]" in err
    with Store(data, read_only=True) as store:
        assert store.meetings.get(meeting.id).debrief.feedback.rstrip("\n") == out.rstrip("\n")
    code, _out, err = run(capsys, "email", "feedback", meeting.id, "-o", str(eml), *where)
    assert code == 1 and not eml.exists()
    # The manager's own text, from a file: that is what the email sends.
    letter = tmp_path / "letter.txt"
    mine = out.replace(
        "[to fill in: one concrete sentence to the candidate about problem solving]",
        "In the case you went for a fix before measuring where the time went.",
    )
    letter.write_text(mine.replace("\n", "\r\n"), encoding="utf-8")
    code, out, err = run(capsys, "feedback", meeting.id, "--from", str(letter), *where)
    assert code == 0 and "warning" not in err and out == mine.rstrip("\n") + "\n"
    code, _out, err = run(capsys, "email", "feedback", meeting.id, "-o", str(eml), *where)
    assert code == 0, err
    import email
    from email import policy

    sent = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert sent.defects == []
    body = sent.get_body(preferencelist=("plain",))
    assert "you went for a fix before measuring" in body.get_content()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the file is empty"), (b"\xff\xfe bad", "not UTF-8 text")],
)
def test_a_letter_file_that_cannot_be_the_letter_is_refused(
    capsys, tmp_path, content: bytes, message: str
) -> None:
    data = tmp_path / "store"
    meeting = _saved(data, Decision.REJECT)
    letter = tmp_path / "letter.txt"
    letter.write_bytes(content)
    code, _out, err = run(
        capsys, "feedback", meeting.id, "--from", str(letter), "--data-dir", str(data)
    )
    assert code == 1 and err == f"meeting-planner: {letter}: {message}\n"
    with Store(data, read_only=True) as store:
        assert store.meetings.get(meeting.id).debrief.feedback == ""
