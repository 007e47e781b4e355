"""What a meeting file brings in is safe to keep and to send on: an address that could
add a recipient or a header line, and a time zone no one knows, are refused with one
line naming the field; control and bidirectional formatting characters are taken out
of every text (line breaks kept only where a text has many lines)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from exchange_samples import make_full_meeting

from meeting_planner.domain.model import Meeting
from meeting_planner.domain.templates import Template
from meeting_planner.exchange import (
    MeetingFileError,
    export_meeting,
    export_template,
    parse_incoming,
    parse_meeting_file,
)
from meeting_planner.exchange.hygiene import may_need_cleaning

Doc = dict[str, Any]
# Every character the files must not bring in: C0 and C1 controls (tab and line feed
# apart), DEL, the bidirectional marks, embeddings, overrides and isolates.
UNSAFE = (
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u061c", "\u200e", "\u200f"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def _doc() -> Doc:
    return json.loads(export_meeting(make_full_meeting()))


def _bytes(doc: Doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _read(doc: Doc) -> Meeting:
    item = parse_meeting_file(_bytes(doc), "plan.meeting.json")
    assert isinstance(item, Meeting)
    return item


@pytest.mark.parametrize(
    "address",
    [
        "a@b.c\r\nBcc: victim@x.y",
        "a@b.c\nBcc: victim@x.y",
        "a@b.c, victim@x.y",
        "a@b.c; victim@x.y",
        "Sanna <a@b.c>",
        "a@b@c.d",
        "a\x00@b.c",
        "a@b.c\u202e",
        "two words@b.c",
    ],
)
def test_an_address_that_is_not_one_address_is_refused_naming_the_field(address: str) -> None:
    doc = _doc()
    doc["meeting"]["candidate"]["email"] = address
    with pytest.raises(MeetingFileError) as caught:
        _read(doc)
    message = str(caught.value)
    assert message.startswith("plan.meeting.json: candidate.email: ")
    assert message.endswith(
        " is not one email address; write a single address such as name@example.com,"
        " or leave it empty"
    )
    assert "\n" not in message and "\r" not in message


def test_a_panel_members_address_is_checked_the_same_way() -> None:
    doc = _doc()
    doc["meeting"]["participants"][1]["email"] = "erik@nordvik.example\r\nBcc: all@x.y"
    with pytest.raises(MeetingFileError, match=r"^participants\[1\]\.email: erik@nordvik"):
        parse_meeting_file(_bytes(doc))


@pytest.mark.parametrize(
    "address", ["", "  ", "sanna@example.com", " sanna@example.com ", "sanna@"]
)
def test_an_address_empty_or_still_being_written_comes_in(address: str) -> None:
    """Only what could add a recipient or a header is refused; an address half typed
    is the preflight's to name before anything goes to the candidate."""
    doc = _doc()
    doc["meeting"]["candidate"]["email"] = address
    assert _read(doc).candidate.email == address


def test_a_time_zone_no_one_knows_is_refused_naming_the_field() -> None:
    doc = _doc()
    doc["meeting"]["time_zone"] = "Mars/Olympus"
    with pytest.raises(MeetingFileError) as caught:
        _read(doc)
    assert str(caught.value) == (
        "plan.meeting.json: time_zone: Mars/Olympus is not a time zone this computer knows;"
        " write one such as Europe/Stockholm, or leave it empty"
    )
    assert "time_zone: Mars/Olympus är ingen tidszon" in caught.value.in_language("sv")


@pytest.mark.parametrize("zone", ["", "Europe/Stockholm", "UTC", "America/Argentina/Buenos_Aires"])
def test_a_known_time_zone_or_none_comes_in(zone: str) -> None:
    doc = _doc()
    doc["meeting"]["time_zone"] = zone
    assert _read(doc).time_zone == zone


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("time_zone", "Europe Stockholm", "a time zone such as Europe/Stockholm, or empty"),
        ("country", "sweden", "a country code of two capital letters such as SE, or empty"),
    ],
)
def test_a_code_of_the_wrong_shape_is_described_as_what_it_is(
    field: str, value: str, words: str
) -> None:
    """Not as "a date and time like 2024-05-14T09:30", which every pattern was called."""
    doc = _doc()
    doc["meeting"][field] = value
    with pytest.raises(MeetingFileError) as caught:
        _read(doc)
    assert str(caught.value) == f"plan.meeting.json: {field}: must be {words}"


def test_control_and_bidirectional_characters_are_taken_out_of_every_text() -> None:
    doc = _doc()
    # A carriage return is a line break: it becomes a space in a text of one line.
    hostile = "".join(c for c in UNSAFE if c != "\r")
    meeting = doc["meeting"]
    meeting["candidate"]["name"] = f"Sanna{hostile} Järvinen"
    meeting["candidate"]["notes"] = f"First line\r\nSecond\tline{hostile}"
    meeting["agenda"][0]["title"] = "Wel\u202ecome\x1b[31m"
    meeting["agenda"][0]["talking_points"] = ["one\x00", "two\u2066"]
    meeting["role"]["ways_of_working"] = "Pairing\u2028most days\x85"
    meeting["debrief"]["feedback"] = "Looks \x07good"
    got = _read(doc)
    assert got.candidate.name == "Sanna Järvinen"
    assert got.candidate.notes == "First line\nSecond\tline"
    assert got.agenda[0].title == "Welcome[31m"
    assert got.agenda[0].talking_points == ["one", "two"]
    assert got.role.ways_of_working == "Pairing\nmost days"
    assert got.debrief.feedback == "Looks good"


def test_a_line_break_in_a_text_of_one_line_becomes_a_space() -> None:
    doc = _doc()
    doc["meeting"]["candidate"]["name"] = "Sanna\r\nJärvinen"
    doc["meeting"]["role"]["title"] = "Backend\tdeveloper"
    doc["meeting"]["participants"][0]["name"] = "Maja\nStröm"
    got = _read(doc)
    assert got.candidate.name == "Sanna Järvinen"
    assert got.role.title == "Backend developer"
    assert got.participants[0].name == "Maja Ström"


def test_a_template_file_is_cleaned_the_same_way() -> None:
    template = Template(name="hygiene", title="Hygiene", meeting=make_full_meeting())
    doc = json.loads(export_template(template))
    doc["template"]["title"] = "Case\x1b meeting\u202e"
    doc["template"]["description"] = "Line one\r\nLine\x00 two"
    doc["template"]["meeting"]["agenda"][0]["title"] = "Wel\ncome\x9b"
    item = parse_incoming(_bytes(doc)).item
    assert isinstance(item, Template)
    assert item.title == "Case meeting"
    assert item.description == "Line one\nLine two"
    assert item.meeting.agenda[0].title == "Wel come"


def test_a_clean_file_comes_in_exactly_as_written() -> None:
    original = make_full_meeting()
    data = export_meeting(original)
    assert parse_meeting_file(data) == original


def test_the_quick_look_finds_every_unsafe_character_as_a_file_holds_it() -> None:
    """A file the quick look passes is not walked: it must see every character the walk
    takes out, escaped or raw, or a hostile file would come in uncleaned."""
    for char in [*UNSAFE, "\n", "\t", "\u2028", "\u2029"]:
        for ensure_ascii in (True, False):
            data = json.dumps({"name": f"a{char}b"}, ensure_ascii=ensure_ascii).encode()
            assert may_need_cleaning(data), (repr(char), ensure_ascii)
    plain = json.dumps({"name": "Sanna Järvinen — “ok” · \\ é ø"}, ensure_ascii=False)
    assert not may_need_cleaning(plain.encode())
