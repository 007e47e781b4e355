"""A text or an error said by code that does not know its reader's language (a Phrase,
a PhraseError) reads as English in logs and is told in Swedish or Danish on demand; a
Phrase kept as data (the team folder's remembered reasons) is told again later, and
stored data that is not one of our catalog texts is never taken as a template."""

from __future__ import annotations

import json

import pytest

from meeting_planner.domain.phrases import Phrase, PhraseError, mark
from meeting_planner.exchange import MeetingFileError, parse_meeting_file


def test_an_error_reads_english_and_is_told_in_each_language() -> None:
    error = PhraseError(mark("there is no folder {folder}"), folder="/srv/team")
    assert str(error) == "there is no folder /srv/team"
    assert error.in_language("sv") == "mappen /srv/team finns inte"
    assert error.in_language("da") == "mappen /srv/team findes ikke"
    assert error.in_language("fi") == "there is no folder /srv/team"


@pytest.mark.parametrize(
    ("data", "english", "swedish"),
    [
        (b"", "file is empty", "filen är tom"),
        (
            b'{"format": "meeting-planner/meeting" "version": 1}',
            "line 1, column 38: not valid JSON (expecting ',' delimiter)",
            "rad 1, kolumn 38: inte giltig JSON (väntade ',' som avgränsare)",
        ),
        (
            json.dumps({"format": "meeting-planner/meeting", "version": 1, "meeting": {}}).encode(),
            "title: is required",
            "title: krävs",
        ),
        (
            json.dumps({"format": "meeting-planner/meeting", "version": "one"}).encode(),
            "version: must be a whole number",
            "version: måste vara ett heltal",
        ),
        (
            json.dumps({"format": "meeting-planner/agenda", "version": 1}).encode(),
            "format: meeting-planner/agenda is a kind of file this app does not know",
            "format: meeting-planner/agenda är en filtyp som den här appen inte känner till",
        ),
    ],
)
def test_a_meeting_files_problem_is_told_in_the_readers_language(
    data: bytes, english: str, swedish: str
) -> None:
    with pytest.raises(MeetingFileError) as refused:
        parse_meeting_file(data, "plan.meeting.json")
    assert str(refused.value) == f"plan.meeting.json: {english}"
    assert refused.value.in_language("sv") == f"plan.meeting.json: {swedish}"


def test_a_phrase_kept_as_data_is_told_again_with_its_parts() -> None:
    reason = Phrase(mark("line {line}, column {column}"), line=1, column=12)
    said = Phrase(mark("{where}: not valid JSON ({detail})"), where=reason, detail="odd")
    counted = Phrase.counted(
        3, "{count} meeting, {held} held.", "{count} meetings, {held} held.", held=2
    )
    kept = json.loads(json.dumps(said.as_data()))
    again = Phrase.from_data(kept, "unused")
    assert again == said == "line 1, column 12: not valid JSON (odd)"
    assert again.in_language("da") == "linje 1, kolonne 12: ikke gyldig JSON (odd)"
    again_counted = Phrase.from_data(json.loads(json.dumps(counted.as_data())), "unused")
    assert again_counted == "3 meetings, 2 held."
    assert again_counted.in_language("sv") == "3 möten, varav 2 har hållits."


@pytest.mark.parametrize(
    "data",
    [
        None,
        "text",
        {"template": "{0.__class__}", "values": {}},
        {"template": "not one of ours {x}", "values": {"x": 1}},
        {"template": "there is no folder {folder}", "values": {"folder": ["a"]}},
        {"template": "there is no folder {folder}", "values": {}},
        {"template": "{where}: must be {what}", "values": {"where": {"template": 1}, "what": ""}},
    ],
)
def test_stored_data_that_is_not_a_phrase_of_ours_reads_as_the_english_kept(
    data: object,
) -> None:
    assert Phrase.from_data(data, "as it was") == "as it was"
    assert not isinstance(Phrase.from_data(data, "as it was"), Phrase)
