"""What the invite adds to the preflight (addresses, the organiser, the time zone), and how
the computer's own time zone is found."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from meeting_planner.domain import zones
from meeting_planner.domain.addresses import is_address
from meeting_planner.domain.preflight import check
from meeting_planner.domain.sample import sample_meeting

MONDAY = datetime(2026, 12, 7, 9, 0)


def test_the_invite_needs_the_candidates_address_and_an_organiser() -> None:
    m = sample_meeting(MONDAY)
    m.candidate.email = ""
    m.participants[0].email = ""
    issues = check("invite", m)
    assert [(i.id, i.target) for i in issues] == [
        ("candidate-address", "candidate.email"),
        ("no-organiser", "participants"),
    ]
    # The agenda is a PDF: it goes wherever the user sends it.
    assert check("agenda", m) == []


def test_an_unknown_time_zone_is_named_in_the_meetings_language() -> None:
    m = sample_meeting(MONDAY)
    m.language = "sv"
    m.time_zone = "Europe/Gothenburg"
    (issue,) = check("invite", m)
    assert issue.target == "time_zone"
    assert issue.message.startswith("Tidszonen Europe/Gothenburg är okänd")


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("sanna@example.com", True),
        ("  ola.nordmann+jobb@mail.example.no ", True),
        ("åsa@exempel.se", True),
        ("sanna at example", False),
        ("sanna@example", False),
        ("a@b.com, c@d.com", False),
        ("Sanna <sanna@example.com>", False),
        ("sanna@example.com\r\nBcc: x@y.z", False),
        ("", False),
    ],
)
def test_an_address_is_one_mailbox_and_nothing_more(text: str, valid: bool) -> None:
    assert is_address(text) is valid


def test_the_computers_zone_comes_from_tz_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", ":Europe/Copenhagen")
    assert zones.system_zone_name() == "Europe/Copenhagen"
    monkeypatch.setenv("TZ", "Nowhere/Special")
    assert zones.system_zone_name() is None


def test_the_meetings_own_zone_wins_over_its_countrys_and_the_computers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    m = sample_meeting(MONDAY)
    m.country = "US"
    assert zones.meeting_zone(m).key == "America/Chicago"
    m.country = "DK"
    assert zones.meeting_zone(m).key == "Europe/Copenhagen"
    m.time_zone = "America/New_York"
    assert zones.meeting_zone(m).key == "America/New_York"
    start = zones.instant(datetime(2026, 7, 1, 9), zones.meeting_zone(m))
    assert start.astimezone(UTC).hour == 13


def test_a_zone_name_cannot_reach_outside_the_zone_database() -> None:
    assert zones.zone("../../etc/passwd") is None
    assert zones.zone("/etc/localtime") is None


def test_erasure_forgets_what_the_invites_said_but_not_how_many_went_out() -> None:
    from meeting_planner.domain.model import InviteRecord
    from meeting_planner.domain.retention import erase_personal_data

    m = sample_meeting(MONDAY)
    m.invites = InviteRecord(sequence={"candidate": 3}, content={"candidate": "ab" * 16})
    erased = erase_personal_data(m, MONDAY)
    assert erased.invites.content == {} and erased.invites.sequence == {"candidate": 3}
    assert [p.email for p in erased.participants] == ["", "", ""]
