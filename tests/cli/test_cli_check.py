"""`check`: findings grouped by severity, `--fail-under` for scripts, and the preflight on
candidate documents (`export agenda`, `feedback`) with `--anyway`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.cli import main
from meeting_planner.domain.model import Part, Participant
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange import write_meeting_file

# A Monday: the sample meeting is on Tuesday, its answer due on Thursday.
MONDAY = datetime(2026, 12, 7, 9, 0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _file(tmp_path: Path, name: str, change=None) -> Path:
    meeting = sample_meeting(MONDAY)
    if change is not None:
        change(meeting)
    path = tmp_path / f"{name}.meeting.json"
    write_meeting_file(meeting, path)
    return path


def _no_colleague(meeting) -> None:
    meeting.participants = [p for p in meeting.participants if p.part is not Part.COLLEAGUE]
    for block in meeting.agenda:
        if block.owner == "Aino Björk":
            block.owner = "Erik Lundgren"


def test_a_sound_plan_passes_fail_under_and_a_flawed_one_fails_it(capsys, tmp_path) -> None:
    good = _file(tmp_path, "good")
    bad = _file(tmp_path, "bad", _no_colleague)
    code, out, err = run(capsys, "check", str(good), "--fail-under", "90")
    assert (code, err) == (0, "")
    assert "Readiness 100/100, ready for the candidate." in out
    code, out, err = run(capsys, "check", str(bad), "--fail-under", "90")
    assert code == 1
    assert err.strip().endswith("is below 90")
    assert "Readiness 55/100, not ready: fix the problems first." in out


def test_findings_are_grouped_by_severity_with_why_and_source(capsys, tmp_path) -> None:
    bad = _file(tmp_path, "bad", _no_colleague)
    code, out, _ = run(capsys, "check", str(bad))
    assert code == 0
    lines = out.splitlines()
    problems = lines.index("Problems, to fix before the meeting:")
    warnings = lines.index("Warnings, worth a look:")
    assert problems < warnings
    between = "\n".join(lines[problems:warnings])
    assert "!! Selling takes 26 % of the time (24 of 90 minutes); aim for at least 35 %." in (
        between
    )
    assert "8 minutes of team time are not counted: no future colleague leads them." in between
    after = "\n".join(lines[warnings:])
    assert "!  No future colleague takes part;" in after
    assert "   Source: Research: culture is judged by the people;" in after


def test_fail_under_takes_only_a_score(capsys, tmp_path) -> None:
    good = _file(tmp_path, "good")
    code, out, err = run(capsys, "check", str(good), "--fail-under", "101")
    assert (code, out) == (1, "")
    assert "argument --fail-under: the score limit is 0 to 100" in err


def test_json_keeps_its_keys_and_says_the_selling_share(capsys, tmp_path) -> None:
    bad = _file(tmp_path, "bad", _no_colleague)
    code, out, _ = run(capsys, "check", str(bad), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"score", "shares", "findings"} <= set(data)
    assert data["selling"] == {
        "minutes": 24,
        "share": pytest.approx(24 / 90),
        "team_uncounted_minutes": 8,
    }
    ids = [f["id"] for f in data["findings"]]
    assert ids[0] == "sell-share-low" and "colleague-missing" in ids
    assert all({"id", "severity", "message"} <= set(f) for f in data["findings"])


def test_an_agenda_with_template_text_is_not_written_without_anyway(capsys, tmp_path) -> None:
    def leftover(meeting) -> None:
        meeting.participants.append(Participant(name="[Recruiter's name]", part=Part.OTHER))

    plan = _file(tmp_path, "plan", leftover)
    out = tmp_path / "agenda.pdf"
    code, _, err = run(capsys, "export", "agenda", str(plan), "-o", str(out))
    assert code == 1 and not out.exists()
    assert "  - Template text would reach the candidate: [Recruiter's name] in the people." in err
    assert "the candidate agenda is not ready to send: 1 thing to fix" in err
    code, _, err = run(capsys, "export", "agenda", str(plan), "-o", str(out), "--anyway")
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "warning: Template text would reach the candidate: [Recruiter's name]" in err


def test_a_friday_agenda_promises_the_answer_on_tuesday_not_sunday(capsys, tmp_path) -> None:
    def on_friday(meeting) -> None:
        meeting.start = datetime(2026, 12, 4, 10, 0)

    plan = _file(tmp_path, "friday", on_friday)
    out = tmp_path / "a.pdf"
    code, _, err = run(capsys, "export", "agenda", str(plan), "-o", str(out))
    assert code == 0, err
    assert "not a working day" not in err
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Tuesday 8 December 2026" in text and "Sunday" not in text


def test_an_agenda_without_the_company_is_written_with_a_warning(capsys, tmp_path) -> None:
    def nameless(meeting) -> None:
        meeting.role.company = ""

    plan = _file(tmp_path, "nameless", nameless)
    out = tmp_path / "agenda.pdf"
    code, _, err = run(capsys, "export", "agenda", str(plan), "-o", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "warning: The company's name is empty" in err
    assert "not ready to send" not in err


def test_a_missing_company_is_named_beside_what_blocks_but_not_counted(capsys, tmp_path) -> None:
    def nameless_with_leftover(meeting) -> None:
        meeting.role.company = ""
        meeting.location = "[Room]"

    plan = _file(tmp_path, "both", nameless_with_leftover)
    out = tmp_path / "agenda.pdf"
    code, _, err = run(capsys, "export", "agenda", str(plan), "-o", str(out))
    assert code == 1 and not out.exists()
    assert "  - Template text would reach the candidate: [Room] in the location." in err
    assert "warning: The company's name is empty" in err
    assert "the candidate agenda is not ready to send: 1 thing to fix" in err


def test_show_names_the_company(capsys, tmp_path) -> None:
    plan = _file(tmp_path, "plan")
    code, _, err = run(capsys, "import", str(plan))
    assert code == 0, err
    meeting_id = json.loads(run(capsys, "list", "--json")[1])[0]["id"]
    code, out, _ = run(capsys, "show", meeting_id)
    assert code == 0 and "Company:" in out and "Nordvik Logistics" in out
    code, out, _ = run(capsys, "show", meeting_id, "--json")
    assert json.loads(out)["role"]["company"] == "Nordvik Logistics"


@pytest.mark.parametrize(
    ("language", "fix", "warning", "summary"),
    [
        (
            "sv",
            "  - Malltext skulle nå kandidaten: [Room] i platsen.",
            "meeting-planner: varning: Företagets namn saknas, så inget av det kandidaten får"
            " säger vems möte det är: fyll i det på fliken Roll.",
            "meeting-planner: kandidatens agenda är inte klar att skicka: 1 sak att åtgärda",
        ),
        (
            "da",
            "  - Skabelontekst ville nå kandidaten: [Room] i stedet.",
            "meeting-planner: advarsel: Virksomhedens navn mangler, så intet af det, kandidaten"
            " modtager, siger, hvis møde det er: udfyld det under fanen Rolle.",
            "meeting-planner: kandidatens dagsorden er ikke klar til at blive sendt: 1 ting",
        ),
    ],
)
def test_the_preflight_speaks_the_users_language_about_an_english_meeting(
    capsys, tmp_path, language: str, fix: str, warning: str, summary: str
) -> None:
    def nameless_with_leftover(meeting) -> None:
        meeting.role.company = ""
        meeting.location = "[Room]"

    plan = _file(tmp_path, "both", nameless_with_leftover)
    out = tmp_path / "agenda.pdf"
    code, _, err = run(
        capsys, "--language", language, "export", "agenda", str(plan), "-o", str(out)
    )
    lines = err.splitlines()
    assert code == 1 and not out.exists()
    assert lines[:2] == [fix, warning]
    assert lines[2].startswith(summary)


def test_the_findings_speak_the_command_line_s_language_whatever_the_meeting_s(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from meeting_planner.domain.model import Language

    def swedish_on_christmas_day(meeting) -> None:
        meeting.language, meeting.country = Language.SV, "SE"
        meeting.start = datetime(2026, 12, 25, 10, 0)

    path = _file(tmp_path, "jul", swedish_on_christmas_day)
    code, out, _err = run(capsys, "--language", "en", "check", str(path))
    assert "Readiness" in out and "Christmas Day" in out and "Juldagen" not in out
    code, out, _err = run(capsys, "--language", "sv", "check", str(path))
    assert "Juldagen" in out and "Christmas Day" not in out
