"""Meeting files written and read back: nothing lost, nothing internal shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_samples import INTERNAL_MARKERS, make_full_meeting

from meeting_planner.assets import resource
from meeting_planner.domain.model import Debrief, Meeting, Outcome, Status
from meeting_planner.domain.templates import Template, template_from_meeting
from meeting_planner.exchange import (
    MeetingFileError,
    export_meeting,
    export_template,
    parse_meeting_file,
    read_meeting_file,
    read_meeting_files,
    with_new_id,
    write_meeting_file,
    write_template_file,
)


def test_full_meeting_survives_a_round_trip_through_a_file(tmp_path: Path) -> None:
    original = make_full_meeting()
    path = tmp_path / "lukasz.meeting.json"
    write_meeting_file(original, path)
    loaded = read_meeting_file(path)
    assert loaded == original
    assert loaded.candidate.name == "Łukasz Dvořák"
    assert [p.name for p in loaded.participants] == ["Σοφία Παπαδοπούλου", "Дмитрий Иванов"]


def test_file_is_readable_utf8_text_with_names_as_written(tmp_path: Path) -> None:
    path = tmp_path / "m.meeting.json"
    write_meeting_file(make_full_meeting(), path)
    text = path.read_text(encoding="utf-8")
    assert "Łukasz Dvořák" in text and "Дмитрий Иванов" in text
    assert text.startswith('{\n  "format": "meeting-planner/meeting",')


def test_export_is_stable_so_files_can_be_compared() -> None:
    assert export_meeting(make_full_meeting()) == export_meeting(make_full_meeting())


def test_file_saved_with_a_byte_order_mark_is_read() -> None:
    original = make_full_meeting()
    assert parse_meeting_file(b"\xef\xbb\xbf" + export_meeting(original)) == original


def test_plan_only_file_holds_none_of_the_internal_fields() -> None:
    meeting = make_full_meeting()
    full = export_meeting(meeting).decode("utf-8")
    plan = export_meeting(meeting, plan_only=True).decode("utf-8")
    for field, marker in INTERNAL_MARKERS.items():
        assert marker in full, f"the test meeting lacks a marker in {field}"
        assert marker not in plan, f"{field} leaked into the plan-only file"


def test_plan_only_file_still_holds_the_whole_plan() -> None:
    meeting = make_full_meeting()
    loaded = parse_meeting_file(export_meeting(meeting, plan_only=True))
    assert isinstance(loaded, Meeting)
    assert loaded.status == Status.PLANNED
    assert loaded.debrief == Debrief() and loaded.outcome == Outcome()
    assert loaded.ended_at is None
    assert loaded.candidate.notes == "" and loaded.case.observe == []
    assert [b.internal_notes for b in loaded.agenda] == [""] * len(meeting.agenda)
    assert [(b.id, b.title, b.minutes) for b in loaded.agenda] == [
        (b.id, b.title, b.minutes) for b in meeting.agenda
    ]
    assert loaded.candidate.name == meeting.candidate.name
    assert loaded.offer == meeting.offer and loaded.role == meeting.role
    assert [(c.name, c.rank, c.good_evidence) for c in loaded.criteria] == [
        (c.name, c.rank, c.good_evidence) for c in meeting.criteria
    ]
    assert loaded.case.brief == meeting.case.brief
    assert loaded.start == meeting.start


def test_template_survives_a_round_trip(tmp_path: Path) -> None:
    template = template_from_meeting(
        make_full_meeting(), name="backend-75", title="Backend, 75 minuter", description="För Σοφία"
    )
    path = tmp_path / "backend.meeting.json"
    write_template_file(template, path)
    loaded = read_meeting_file(path)
    assert isinstance(loaded, Template)
    assert loaded == template
    assert json.loads(export_template(template))["format"] == "meeting-planner/template"


def test_shipped_templates_are_valid_meeting_files() -> None:
    paths = sorted(resource("templates").glob("*.json"))
    assert paths
    loaded = read_meeting_files(paths)
    assert all(isinstance(t, Template) and t.meeting.agenda for t in loaded)


def test_writing_replaces_the_old_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "m.meeting.json"
    path.write_text("old content", encoding="utf-8")
    meeting = make_full_meeting()
    write_meeting_file(meeting, path, plan_only=True)
    assert read_meeting_file(path).title == meeting.title
    assert [p.name for p in tmp_path.iterdir()] == ["m.meeting.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.meeting.json"
    path.write_text("old content", encoding="utf-8")

    def broken_fsync(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError):
        write_meeting_file(make_full_meeting(), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["m.meeting.json"]


def test_many_files_are_read_in_order(tmp_path: Path) -> None:
    first, second = make_full_meeting(), with_new_id(make_full_meeting())
    second.title = "Andra mötet"
    paths = [tmp_path / "a.meeting.json", tmp_path / "b.meeting.json"]
    write_meeting_file(first, paths[0])
    write_meeting_file(second, paths[1])
    assert read_meeting_files(paths) == [first, second]


def test_one_bad_file_among_many_gives_nothing_and_names_the_file(tmp_path: Path) -> None:
    good = tmp_path / "good.meeting.json"
    write_meeting_file(make_full_meeting(), good)
    bad = tmp_path / "bad.meeting.json"
    data = json.loads(export_meeting(make_full_meeting()))
    data["meeting"]["agenda"][3]["minutes"] = 0
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MeetingFileError) as caught:
        read_meeting_files([good, bad, good])
    assert str(caught.value) == (
        "bad.meeting.json: agenda[3].minutes: must be a whole number from 1 to 240"
    )


def test_with_new_id_gives_a_copy_under_another_id() -> None:
    meeting = make_full_meeting()
    copy = with_new_id(meeting)
    assert copy.id != meeting.id
    copy.id = meeting.id
    assert copy == meeting
    copy.agenda[0].title = "changed"
    assert meeting.agenda[0].title == "Välkommen"


@pytest.mark.parametrize(("language", "country"), [("sv", "SE"), ("da", "DK"), ("en", "")])
def test_a_file_from_before_countries_takes_its_languages(language: str, country: str) -> None:
    meeting = make_full_meeting()
    data = json.loads(export_meeting(meeting, plan_only=True))
    data["meeting"].pop("country")
    data["meeting"]["language"] = language
    assert parse_meeting_file(json.dumps(data).encode()).country == country


def test_the_country_travels_with_the_plan() -> None:
    meeting = make_full_meeting()
    meeting.country = "NO"
    assert parse_meeting_file(export_meeting(meeting, plan_only=True)).country == "NO"
    data = json.loads(export_meeting(meeting))
    data["meeting"]["country"] = "Norway"
    with pytest.raises(MeetingFileError, match="country"):
        parse_meeting_file(json.dumps(data).encode())


def test_a_file_from_before_good_evidence_keeps_its_guidance() -> None:
    """Files written before the rename call a criterion's guidance "evidence"."""
    meeting = make_full_meeting()
    data = json.loads(export_meeting(meeting, plan_only=True))
    for criterion in data["meeting"]["criteria"]:
        criterion["evidence"] = criterion.pop("good_evidence")
    template = json.loads(export_template(template_from_meeting(meeting, name="Older")))
    for criterion in template["template"]["meeting"]["criteria"]:
        criterion["evidence"] = criterion.pop("good_evidence")
    want = [c.good_evidence for c in meeting.criteria]
    assert all(want)
    assert [c.good_evidence for c in parse_meeting_file(json.dumps(data).encode()).criteria] == want
    read = parse_meeting_file(json.dumps(template).encode())
    assert [c.good_evidence for c in read.meeting.criteria] == want


def test_good_evidence_is_planning_guidance_that_travels_in_a_plan() -> None:
    meeting = make_full_meeting()
    data = json.loads(export_meeting(meeting, plan_only=True))
    assert [c["good_evidence"] for c in data["meeting"]["criteria"]] == [
        "PLAN-criterion0-evidence",
        "PLAN-criterion1-evidence",
    ]
    from jsonschema import Draft202012Validator

    schema = json.loads(resource("schema", "meeting-file.schema.json").read_text())
    validator = Draft202012Validator(schema)
    assert not list(validator.iter_errors(data))
    for criterion in data["meeting"]["criteria"]:
        criterion["evidence"] = criterion.pop("good_evidence")
    assert not list(validator.iter_errors(data)), "the earlier name still validates"
    described = json.dumps(schema["$defs"]["criterion"])
    assert "Internal" not in described and "left out" not in described


def test_every_object_in_a_file_lists_its_keys_in_order() -> None:
    # Sorted keys: two files of one meeting compare line by line.
    def sorted_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [key for key, _ in pairs]
        assert keys == sorted(keys)
        return dict(pairs)

    json.loads(export_meeting(make_full_meeting()), object_pairs_hook=sorted_keys)


def test_a_number_no_file_may_hold_is_never_written() -> None:
    meeting = make_full_meeting()
    meeting.coach_overrides = {"min_sell_share": float("nan")}
    with pytest.raises(ValueError):
        export_meeting(meeting)


def test_the_company_travels_with_the_plan() -> None:
    meeting = make_full_meeting()
    data = json.loads(export_meeting(meeting, plan_only=True))
    assert data["meeting"]["role"]["company"] == "Kvarnbo Betal AB"
    assert parse_meeting_file(export_meeting(meeting, plan_only=True)).role.company == (
        "Kvarnbo Betal AB"
    )


def test_a_file_from_before_the_company_reads_without_one() -> None:
    meeting = make_full_meeting()
    data = json.loads(export_meeting(meeting))
    data["meeting"]["role"].pop("company")
    read = parse_meeting_file(json.dumps(data).encode())
    assert read.role.company == ""
    assert read.role.team == meeting.role.team and read.debrief == meeting.debrief


def test_a_company_longer_than_a_short_text_is_refused() -> None:
    meeting = make_full_meeting()
    data = json.loads(export_meeting(meeting))
    data["meeting"]["role"]["company"] = "x" * 301
    with pytest.raises(MeetingFileError, match="company"):
        parse_meeting_file(json.dumps(data).encode())
