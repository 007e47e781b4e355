"""The preflight: what would reach the candidate wrongly is caught, named and located, and a
sound plan passes untouched."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.model import Language, Part, Participant
from meeting_planner.domain.preflight import check, contact_person, is_working_day
from meeting_planner.domain.sample import sample_meeting

# A Monday: the sample meeting is on Tuesday, its answer due on Thursday.
MONDAY = datetime(2026, 12, 7, 9, 0)


def _sample():
    return sample_meeting(MONDAY)


def test_a_sound_plan_passes_for_the_agenda_and_the_invite() -> None:
    assert check("agenda", _sample()) == []
    assert check("invite", _sample()) == []


def test_template_text_is_named_once_with_every_place_it_shows() -> None:
    m = _sample()
    erik = next(p for p in m.participants if p.name == "Erik Lundgren")
    for block in m.agenda:
        if block.owner == erik.name:
            block.owner = "[Hiring manager's name]"
    erik.name = "[Hiring manager's name]"
    m.location = "[Room]"
    issues = check("agenda", m)
    assert [i.id for i in issues] == ["placeholder", "placeholder"]
    first = issues[0]
    assert first.target == "location"
    assert first.message == "Template text would reach the candidate: [Room] in the location."
    people = issues[1]
    assert people.target == "participants"
    assert people.message.startswith(
        "Template text would reach the candidate: [Hiring manager's name] in the people, "
        "“Welcome and the plan for today”, “Our modern platform, precisely” and "
    )
    assert people.message.endswith(" more.")


def test_internal_text_is_not_checked_because_it_never_leaves() -> None:
    m = _sample()
    m.agenda[1].talking_points.append("Say [the figure] here")
    m.agenda[1].internal_notes = "[check with HR]"
    m.case.observe.append("[what good looks like]")
    assert check("agenda", m) == []


def test_an_agenda_longer_than_promised_is_caught() -> None:
    m = _sample()
    m.agenda[5].minutes += 10
    (issue,) = check("agenda", m)
    assert issue.id == "ends-late" and issue.target == "agenda"
    assert issue.message == (
        "The agenda ends at 11:40, later than the 11:30 the candidate is told."
    )


def test_an_answer_is_never_promised_on_a_day_off() -> None:
    m = sample_meeting(datetime(2026, 12, 3, 9, 0))  # a Friday meeting
    # Deadlines count working days: Friday's answer is due on Tuesday, not Sunday.
    assert m.feedback_due == datetime(2026, 12, 8, 11, 30)
    assert check("agenda", m) == []
    # The check knows the country's holidays, should a deadline ever land on one.
    assert not is_working_day(datetime(2026, 12, 24, 11, 30), m)
    assert not is_working_day(datetime(2026, 12, 6, 11, 30), m)
    assert is_working_day(datetime(2026, 12, 8, 11, 30), m)


def test_without_a_recruiter_the_manager_is_the_contact_and_without_either_no_one() -> None:
    m = _sample()
    m.participants = [p for p in m.participants if p.part is not Part.RECRUITER]
    assert contact_person(m).name == "Erik Lundgren"
    assert check("agenda", m) == []
    # The agenda, the invite and the email name the one the preflight accepted.
    from meeting_planner.domain.candidate_view import candidate_view, plain_text

    assert candidate_view(m).contact == "Erik Lundgren"
    assert "Ask Erik Lundgren (erik.lundgren@nordvik.example), who is glad to help." in plain_text(
        candidate_view(m)
    )
    # With no address on the plan, the sentence names them only.
    next(p for p in m.participants if p.name == "Erik Lundgren").email = " "
    assert "Ask Erik Lundgren, who is glad to help." in plain_text(candidate_view(m))
    m.participants = [Participant(name="Aino Björk", part=Part.COLLEAGUE)]
    issues = {i.id: i for i in check("agenda", m)}
    assert issues["no-contact"].target == "participants"
    assert issues["no-contact"].message == (
        "No one is named for the candidate to contact: add the recruiter or the "
        "hiring manager to the people."
    )


def test_template_text_in_a_title_or_what_the_case_asks_is_caught_where_it_is() -> None:
    m = _sample()
    m.participants[0].title = "[Title]"
    m.case.prepare = "Read [the repository]"
    issues = check("agenda", m)
    assert [(i.target, i.message) for i in issues] == [
        ("participants", "Template text would reach the candidate: [Title] in the people."),
        (
            "case.prepare",
            "Template text would reach the candidate: [the repository] in what the "
            "candidate prepares for the case.",
        ),
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.SV, "Malltext skulle nå kandidaten: [Rum] i platsen."),
        (Language.DA, "Skabelontekst ville nå kandidaten: [Rum] i stedet."),
    ],
)
def test_issues_come_in_the_meetings_language(language: Language, expected: str) -> None:
    m = _sample()
    m.language = language
    m.location = "[Rum]"
    assert [i.message for i in check("agenda", m)] == [expected]


def test_issues_can_be_said_in_the_readers_language_whatever_the_meetings() -> None:
    m = _sample()
    m.language = Language.DA
    m.location = "[Rum]"
    m.candidate.email = ""
    assert [i.message for i in check("agenda", m, language="sv")] == [
        "Malltext skulle nå kandidaten: [Rum] i platsen."
    ]
    assert "Kandidaten har ingen e-postadress att skicka till." in [
        i.message for i in check("invite", m, language="sv")
    ]
    assert [i.message for i in check("agenda", m)] == [
        "Skabelontekst ville nå kandidaten: [Rum] i stedet."
    ]


def test_the_letter_must_be_written_free_of_template_text_and_after_the_meeting() -> None:
    m = _sample()
    during = datetime(2026, 12, 8, 11, 0)
    after = datetime(2026, 12, 8, 12, 0)
    assert [i.id for i in check("letter", m, letter="  ", now=after)] == ["letter-empty"]
    issues = check("letter", m, letter="Dear Sanna, ... [Hiring manager's name]", now=during)
    assert [i.id for i in issues] == ["placeholder", "letter-before-meeting"]
    assert all(i.target == "debrief.feedback" for i in issues)
    assert check("letter", m, letter="Dear Sanna, thank you.", now=after) == []
    m.ended_at = datetime(2026, 12, 8, 10, 50)  # ended early: the letter may go
    assert check("letter", m, letter="Dear Sanna, thank you.", now=during) == []


def test_an_unknown_document_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        check("poster", _sample())


def test_unfinished_marks_a_person_leaves_are_caught_before_the_candidate_sees_them() -> None:
    m = _sample()
    m.case.prepare = "The dataset we use: TBD."
    m.agenda[1].talking_points.append("Team lunch on Fridays: XXX")  # the manager's own
    found = [i.message for i in check("agenda", m)]
    assert found == [
        "Template text would reach the candidate: TBD in what the candidate prepares for the case."
    ]
    from meeting_planner.domain.coach import review

    coach = [f.message for f in review(m).findings if f.id == "placeholder"]
    assert any("XXX" in message for message in coach)
    assert any("TBD" in message for message in coach)
    assert review(m).score <= 55  # a problem: not ready


@pytest.mark.parametrize(
    ("start", "country"),
    [
        (datetime(2026, 12, 19, 10, 0), ""),  # a Saturday, anywhere
        (datetime(2026, 12, 25, 10, 0), "SE"),  # Christmas Day, a Friday
        (datetime(2027, 6, 26, 10, 0), "SE"),  # Midsummer Day, a Saturday
    ],
)
def test_a_meeting_on_a_day_off_never_reaches_the_candidate_unremarked(
    start: datetime, country: str
) -> None:
    m = _sample()
    m.start, m.country = start, country
    issues = {i.id: i for i in check("agenda", m)}
    assert issues["meeting-on-day-off"].target == "start"
    assert issues["meeting-on-day-off"].blocking
    from meeting_planner.domain.coach import review

    assert "meeting-on-day-off" in {f.id for f in review(m).findings}
    m.start = datetime(2026, 12, 22, 10, 0)  # a Tuesday
    assert "meeting-on-day-off" not in {i.id for i in check("agenda", m)}


def test_a_letter_with_a_stock_phrase_or_no_criterion_is_a_warning_not_a_stop() -> None:
    from meeting_planner.domain.model import Decision

    m = _sample()
    m.debrief.decision = Decision.REJECT
    ended = datetime(2026, 12, 20, 9, 0)
    stock = "Dear Sanna,\n\nAnother candidate matched better.\n\nErik"
    issues = {i.id: i for i in check("letter", m, letter=stock, now=ended)}
    assert set(issues) == {"letter-stock-phrase", "letter-no-criterion"}
    assert not any(i.blocking for i in issues.values())
    assert "(another candidate, matched better)" in issues["letter-stock-phrase"].message
    named = f"Dear Sanna,\n\nOn {m.ranked_criteria[0].name.lower()} we saw too little.\n\nErik"
    assert check("letter", m, letter=named, now=ended) == []
    swedish = check("letter", m, letter=stock, now=ended, language="sv")
    assert swedish[0].message.startswith("Brevet använder en standardfras")


def test_a_meeting_or_answer_on_a_holiday_names_the_holiday_in_the_reader_s_language() -> None:
    from meeting_planner.domain.coach import review
    from meeting_planner.domain.model import Language

    m = _sample()
    m.start, m.country = datetime(2026, 12, 25, 10, 0), "SE"
    m.language = Language.SV
    found = {f.id: f for f in review(m).findings}
    assert "Juldagen" in found["meeting-on-day-off"].message
    assert "Juldagen" in {i.id: i for i in check("agenda", m)}["meeting-on-day-off"].message
    m.language = Language.EN
    assert "Christmas Day" in {f.id: f for f in review(m).findings}["meeting-on-day-off"].message
    # A weekend has no name: the day itself says it.
    m.start = datetime(2027, 1, 9, 10, 0)  # a Saturday
    message = {f.id: f for f in review(m).findings}["meeting-on-day-off"].message
    assert "Saturday 9 January 2027, a weekend;" in message and "holiday" not in message
    message = {i.id: i for i in check("agenda", m)}["meeting-on-day-off"].message
    assert "Saturday 9 January 2027 at 10:00, a weekend:" in message
    # Danish names for a Danish employer's holiday: Constitution Day, a Friday in 2026.
    m.country, m.language = "DK", Language.DA
    m.start = datetime(2026, 6, 5, 10, 0)
    assert "Grundlovsdag" in {i.id: i for i in check("agenda", m)}["meeting-on-day-off"].message
