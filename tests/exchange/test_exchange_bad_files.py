"""Bad meeting files are refused whole, with one line saying what is wrong and where."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_samples import make_full_meeting

from meeting_planner.domain import rules
from meeting_planner.domain.templates import template_from_meeting
from meeting_planner.exchange import (
    MeetingFileError,
    export_meeting,
    export_template,
    parse_meeting_file,
    read_meeting_file,
)

Doc = dict[str, Any]


def _meeting_doc() -> Doc:
    return json.loads(export_meeting(make_full_meeting()))


def _template_doc() -> Doc:
    template = template_from_meeting(make_full_meeting(), name="backend")
    return json.loads(export_template(template))


def _edit(change: Callable[[Doc], object], base: Callable[[], Doc] = _meeting_doc) -> bytes:
    doc = base()
    change(doc)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _set(path: str, value: Any, base: Callable[[], Doc] = _meeting_doc) -> bytes:
    """The sample file with the value at a dotted path (numbers index lists) replaced."""

    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return _edit(change, base)


def _drop(path: str) -> bytes:
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[part]
        del target[last]

    return _edit(change)


def _same_criterion_ids(doc: Doc) -> None:
    for criterion in doc["template"]["meeting"]["criteria"]:
        criterion["id"] = "dup"


def _long_duplicate_ids(doc: Doc) -> None:
    for block in doc["meeting"]["agenda"][0:3:2]:
        block["id"] = "x" * 64


HEAD = '{"format": "meeting-planner/meeting", "version": '
KINDS = "welcome, pitch, case, dialogue, candidate_questions, team, next_steps, break"

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "file is empty"),
    ("only spaces", b"  \n ", "file is empty"),
    (
        "utf-16",
        '{"format": "x"}'.encode("utf-16"),
        "file is not UTF-8 text (byte 1 cannot be read); save it as UTF-8",
    ),
    (
        "latin-1",
        (HEAD + '1, "meeting": {"title": "Malmö"}}').encode("latin-1"),
        "file is not UTF-8 text (byte 79 cannot be read); save it as UTF-8",
    ),
    (
        "trailing comma",
        (HEAD + "1,}").encode(),
        "line 1, column 52: not valid JSON (expecting property name enclosed in double quotes)",
    ),
    ("not json", b"title: Backend\n", "line 1, column 1: not valid JSON (expecting value)"),
    ("NaN", (HEAD + "NaN}").encode(), "line 1, column 50: NaN is not a number a file may hold"),
    (
        "Infinity",
        (HEAD + '1,\n "meeting": {"planned_minutes": -Infinity}}').encode(),
        "line 2, column 33: -Infinity is not a number a file may hold",
    ),
    (
        "huge float",
        _set("meeting.planned_minutes", 0).replace(
            b'"planned_minutes": 0', b'"planned_minutes": 1e400'
        ),
        "the number 1e400 is too large",
    ),
    (
        "duplicate key",
        (HEAD + '1, "version": 1}').encode(),
        "version: appears twice in the same object",
    ),
    ("a list", b"[1, 2]", "format: not a Meeting Planner file"),
    ("no format", _drop("format"), "format: not a Meeting Planner file"),
    ("other format", _set("format", "text/calendar"), "format: not a Meeting Planner file"),
    (
        "unknown kind",
        _set("format", "meeting-planner/agenda"),
        "format: meeting-planner/agenda is a kind of file this app does not know",
    ),
    (
        "newer version",
        _set("version", 7),
        "version 7 is newer than this app understands (1); update Meeting Planner",
    ),
    ("version as text", _set("version", "1"), "version: must be a whole number"),
    ("version true", _set("version", True), "version: must be a whole number"),
    ("version 0", _set("version", 0), "version 0 is not a version of this file format"),
    ("no version", _drop("version"), "version: is required"),
    ("no meeting", _drop("meeting"), "meeting: is required"),
    ("meeting is a list", _set("meeting", []), "meeting: must be an object"),
    ("no title", _drop("meeting.title"), "title: is required"),
    ("no start", _drop("meeting.start"), "start: is required"),
    (
        "block of 0 minutes",
        _set("meeting.agenda.3.minutes", 0),
        "agenda[3].minutes: must be a whole number from 1 to 240",
    ),
    (
        "block of 241 minutes",
        _set("meeting.agenda.3.minutes", 241),
        "agenda[3].minutes: must be a whole number from 1 to 240",
    ),
    (
        "fraction of minutes",
        _set("meeting.agenda.0.minutes", 10.5),
        "agenda[0].minutes: must be a whole number from 1 to 240",
    ),
    (
        "true as minutes",
        _set("meeting.agenda.0.minutes", True),
        "agenda[0].minutes: must be a whole number from 1 to 240",
    ),
    (
        "minutes as text",
        _set("meeting.agenda.0.minutes", "10"),
        "agenda[0].minutes: must be a whole number from 1 to 240",
    ),
    (
        "planned minutes",
        _set("meeting.planned_minutes", 601),
        "planned_minutes: must be a whole number from 5 to 600",
    ),
    (
        "long name",
        _set("meeting.candidate.name", "Ł" * 301),
        "candidate.name: must be text of at most 300 characters",
    ),
    (
        "number as name",
        _set("meeting.candidate.name", 42),
        "candidate.name: must be text of at most 300 characters",
    ),
    (
        "long notes",
        _set("meeting.candidate.notes", "x" * (rules.LONG_TEXT_MAX + 1)),
        "candidate.notes: must be text of at most 20000 characters",
    ),
    ("language", _set("meeting.language", "de"), "language: must be one of en, sv, da"),
    ("kind", _set("meeting.agenda.1.kind", "lecture"), f"agenda[1].kind: must be one of {KINDS}"),
    (
        "topic",
        _set("meeting.agenda.1.topic", "weather"),
        "agenda[1].topic: must be one of stack, projects, team, development, benefits,"
        " flexibility, balance, culture or empty (null)",
    ),
    (
        "unknown field",
        _set("meeting.candidate.nickname", "Luki"),
        "candidate.nickname: is not a field of a Meeting Planner file",
    ),
    (
        "unknown field with a line break",
        _set("meeting.candidate.nick\nname", "Luki"),
        "candidate.nick\\nname: is not a field of a Meeting Planner file",
    ),
    (
        "unknown top field",
        _set("comment", "hi"),
        "comment: is not a field of a Meeting Planner file",
    ),
    (
        "interest 6",
        _set("meeting.debrief.interest", 6),
        "debrief.interest: must be a whole number from 1 to 5 or empty (null)",
    ),
    (
        "rating 0",
        _set("meeting.debrief.ratings.0.rating", 0),
        "debrief.ratings[0].rating: must be a whole number from 1 to 4 or empty (null)",
    ),
    (
        "negative salary",
        _set("meeting.offer.salary.minimum", -5),
        "offer.salary.minimum: must be a whole number from 0 to 1000000000 or empty (null)",
    ),
    (
        "too many blocks",
        _set("meeting.agenda", [{"minutes": 1}] * 101),
        "agenda: must be a list of at most 100 items",
    ),
    (
        "too many list items",
        _set("meeting.role.tech_stack", ["Go"] * 201),
        "role.tech_stack: must be a list of at most 200 items",
    ),
    (
        "a hundred thousand blocks",
        _set("meeting.agenda", [{}] * 100_000),
        "agenda: must be a list of at most 100 items",
    ),
    (
        "agenda not a list",
        _set("meeting.agenda", {}),
        "agenda: must be a list of at most 100 items",
    ),
    ("candidate null", _set("meeting.candidate", None), "candidate: must be an object"),
    (
        "start in words",
        _set("meeting.start", "next Tuesday"),
        "start: must be a date and time like 2024-05-14T09:30 in the years 1970 to 2200",
    ),
    (
        "no such day",
        _set("meeting.start", "2025-02-30T10:00"),
        "start: 2025-02-30T10:00 is not a real date and time",
    ),
    (
        "no such end",
        _set("meeting.ended_at", "2025-02-30T11:00"),
        "ended_at: 2025-02-30T11:00 is not a real date and time",
    ),
    (
        "feedback sent on no such day",
        _set("meeting.debrief.feedback_sent_at", "2025-04-31T09:00"),
        "debrief.feedback_sent_at: 2025-04-31T09:00 is not a real date and time",
    ),
    (
        "duplicate block id",
        _set("meeting.agenda.2.id", "b-welcome"),
        "agenda[2].id: the id b-welcome is already used by agenda[0]",
    ),
    (
        "empty block id",
        _set("meeting.agenda.2.id", ""),
        "agenda[2].id: must be an id of 1 to 64 letters (a-z, A-Z), digits, - and _,"
        " starting with a letter or digit",
    ),
    (
        "rating of no criterion",
        _set("meeting.debrief.ratings.0.criterion_id", "c-gone"),
        "debrief.ratings[0].criterion_id: no criterion of this meeting has id c-gone",
    ),
    (
        "rated twice",
        _edit(lambda d: d["meeting"]["debrief"]["ratings"].append({"criterion_id": "c-design"})),
        "debrief.ratings[1].criterion_id: criterion c-design is rated twice",
    ),
    (
        "long duplicate id",
        _edit(_long_duplicate_ids),
        "agenda[2].id: the id " + "x" * 59 + "… is already used by agenda[0]",
    ),
    (
        "offer made as text",
        _set("meeting.outcome.offer_made", "yes"),
        "outcome.offer_made: must be true or false",
    ),
    (
        "unknown coach setting",
        _set("meeting.coach_overrides.be_nice", 1),
        "coach_overrides.be_nice: is not a field of a Meeting Planner file",
    ),
    (
        "share above 1",
        _set("meeting.coach_overrides.min_sell_share", 1.5),
        "coach_overrides.min_sell_share: must be a number from 0 to 1",
    ),
    (
        "long survey question id",
        _set("meeting.outcome.survey_answers", {"q" * 301: "fine"}),
        "outcome.survey_answers: each key must be text of at most 300 characters",
    ),
    (
        "template in a meeting file",
        _set("template", {"name": "x", "meeting": {}}),
        "template: does not belong in a meeting file",
    ),
    (
        "template without name",
        _edit(lambda d: d["template"].pop("name"), _template_doc),
        "name: is required",
    ),
    (
        "template block minutes",
        _set("template.meeting.agenda.0.minutes", 500, _template_doc),
        "meeting.agenda[0].minutes: must be a whole number from 1 to 240",
    ),
    (
        "template duplicate criterion",
        _edit(_same_criterion_ids, _template_doc),
        "meeting.criteria[1].id: the id dup is already used by meeting.criteria[0]",
    ),
]


def test_the_table_covers_enough_bad_files() -> None:
    assert len(BAD_FILES) >= 25
    assert len({name for name, _, _ in BAD_FILES}) == len(BAD_FILES)


@pytest.mark.parametrize(
    ("data", "message"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_bad_file_is_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(MeetingFileError) as caught:
        parse_meeting_file(data)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_messages_name_the_file_they_came_from(tmp_path: Path) -> None:
    path = tmp_path / "Łukasz.meeting.json"
    path.write_bytes(_set("meeting.language", "fi"))
    with pytest.raises(MeetingFileError, match=r"^Łukasz\.meeting\.json: language: must be one of"):
        read_meeting_file(path)
    with pytest.raises(MeetingFileError, match=r"^from-mail: language: "):
        parse_meeting_file(path.read_bytes(), "from-mail")


def test_a_missing_file_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(MeetingFileError, match=r"^gone\.meeting\.json: cannot be read"):
        read_meeting_file(tmp_path / "gone.meeting.json")


def test_a_large_file_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parsing(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(json, "loads", no_parsing)
    path = tmp_path / "big.meeting.json"
    padding = b" " * (6 * 1024 * 1024)
    path.write_bytes(export_meeting(make_full_meeting())[:-2] + padding + b"}\n")
    with pytest.raises(MeetingFileError) as caught:
        read_meeting_file(path)
    assert str(caught.value) == "big.meeting.json: file is larger than 5 MB"


def test_a_huge_file_is_refused_without_reading_all_of_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.meeting.json"
    with path.open("wb") as handle:
        handle.truncate(8 * 1024 * 1024 * 1024)  # sparse: costs no disk space
    with pytest.raises(MeetingFileError, match="file is larger than 5 MB"):
        read_meeting_file(path)


def test_a_file_of_exactly_the_limit_is_not_refused_for_its_size() -> None:
    data = export_meeting(make_full_meeting())
    data += b" " * (rules.MEETING_FILE_MAX_BYTES - len(data))
    assert len(data) == rules.MEETING_FILE_MAX_BYTES
    assert parse_meeting_file(data).title == make_full_meeting().title


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_very_deep_nesting_gives_a_message_not_a_crash(opener: str) -> None:
    data = (opener * 100_000).encode()
    with pytest.raises(MeetingFileError) as caught:
        parse_meeting_file(data)
    column = rules.MEETING_FILE_MAX_DEPTH * len(opener) + 1
    assert str(caught.value) == f"line 1, column {column}: nested deeper than 32 levels"


def test_nesting_inside_text_does_not_count() -> None:
    data = _set("meeting.candidate.notes", "[" * 1000 + '{"' * 100)
    assert parse_meeting_file(data).candidate.notes.startswith("[[[")


def test_nothing_is_built_from_a_file_that_fails_late(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    monkeypatch.setattr(
        "meeting_planner.exchange.reader.meeting_from_dict", lambda d: built.append(d)
    )
    with pytest.raises(MeetingFileError):
        parse_meeting_file(_set("meeting.debrief.ratings.0.criterion_id", "c-gone"))
    assert built == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _set("meeting.outcome.survey_answers", {f"q{n}": "fine" for n in range(201)}),
            "outcome.survey_answers: must be an object of at most 200 entries",
        ),
        (
            _set("meeting.agenda.0.talking_points", ["a point"] * 201),
            "agenda[0].talking_points: must be a list of at most 200 items",
        ),
    ],
)
def test_an_oversized_part_is_refused_before_the_full_validation(
    data: bytes, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.exchange import validation

    def never() -> None:
        raise AssertionError("the full validation walked an oversized file")

    monkeypatch.setattr(validation, "_validator", never)
    with pytest.raises(MeetingFileError) as refused:
        parse_meeting_file(data, "big.meeting.json")
    assert str(refused.value) == f"big.meeting.json: {message}"


def test_of_several_errors_the_one_earliest_in_the_file_is_shown() -> None:
    def two(doc: Doc) -> None:
        doc["meeting"]["agenda"][1]["minutes"] = 0
        doc["meeting"]["title"] = "x" * 5000

    with pytest.raises(MeetingFileError) as refused:
        parse_meeting_file(_edit(two), "two.meeting.json")
    assert (
        str(refused.value)
        == "two.meeting.json: agenda[1].minutes: must be a whole number from 1 to 240"
    )
