"""A corpus of plans for the coach: sound ones in every language, and flawed ones, each with
the findings it must raise. Each flaw is one a recruiter has seen fooling a coach that
only checked for empty fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from plan_filling import fill_in

from meeting_planner.domain.library import builtin_template
from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    Language,
    Meeting,
    Part,
    Participant,
    PitchTopic,
    SalaryRange,
)
from meeting_planner.domain.sample import sample_meeting, sample_profile
from meeting_planner.domain.templates import meeting_from_template

# A Tuesday morning: the answer is due on a Thursday.
START = datetime(2026, 12, 8, 10, 0)


def sample() -> Meeting:
    """The sound English plan: the demo meeting, 90 minutes with a backend developer."""
    return sample_meeting(datetime(2026, 12, 7, 9, 0))


def from_template(name: str, language: Language) -> Meeting:
    """A built-in template as a manager fills it in: profile, role, names, no placeholders."""
    template = builtin_template(name, language)
    assert template is not None
    meeting = meeting_from_template(
        template,
        candidate_name="Kim Berg",
        role_title="Backend developer",
        start=START,
        profile=sample_profile(),
    )
    meeting.role = replace(
        meeting.role,
        responsibilities=["Build and run the order service"],
        problems=["Checkout slows down at peak hours"],
    )
    return fill_in(meeting)


SOUND: dict[str, Callable[[], Meeting]] = {
    "sample-en": sample,
    **{
        f"{name}-{language}": (lambda n=name, lg=language: from_template(n, lg))
        for name in ("candidate-meeting-60", "case-meeting-90", "senior-lead", "team-meeting")
        for language in Language
    },
}


@dataclass(frozen=True)
class Flawed:
    """A plan with a known flaw and the finding ids it must raise (at least these)."""

    name: str
    build: Callable[[], Meeting]
    must_raise: frozenset[str]


def _people(meeting: Meeting, part: Part) -> list[Participant]:
    return [p for p in meeting.participants if p.part is part]


def _lead_by(meeting: Meeting, old: str, new: str) -> None:
    for block in meeting.agenda:
        if block.owner == old:
            block.owner = new


def no_pitch_at_all() -> Meeting:
    """Welcome, a chat with the team, questions, their questions, next steps: no pitch."""
    m = sample()
    erik, aino = "Erik Lundgren", "Aino Björk"
    m.planned_minutes = 60
    m.agenda = [
        AgendaBlock("Welcome", BlockKind.WELCOME, 5, erik, ["Introductions"]),
        AgendaBlock("Team chat", BlockKind.TEAM, 15, aino, ["How we work"]),
        AgendaBlock("Questions", BlockKind.DIALOGUE, 15, erik, ["Tell us about a project"]),
        AgendaBlock("Your questions", BlockKind.CANDIDATE_QUESTIONS, 20, erik, ["Ask us"]),
        AgendaBlock("Next steps", BlockKind.NEXT_STEPS, 5, "Maja Ström", ["Answer in 48 h"]),
    ]
    return m


def no_colleague_team_led_by_manager() -> Meeting:
    m = sample()
    m.participants = [p for p in m.participants if p.part is not Part.COLLEAGUE]
    _lead_by(m, "Aino Björk", "Erik Lundgren")
    return m


def colleague_present_but_manager_leads_the_team() -> Meeting:
    m = sample()
    for block in m.agenda:
        if block.kind is BlockKind.TEAM:
            block.owner = "Erik Lundgren"
    return m


def no_decision_maker() -> Meeting:
    m = sample()
    manager = _people(m, Part.MANAGER)[0]
    manager.part = Part.OTHER
    return m


def swedish_template_left_unfilled() -> Meeting:
    template = builtin_template("candidate-meeting-60", Language.SV)
    assert template is not None
    m = meeting_from_template(
        template,
        candidate_name="Kim Berg",
        role_title="Backendutvecklare",
        start=START,
        profile=sample_profile(),
    )
    m.role = replace(m.role, responsibilities=["Bygga ordertjänsten"], problems=["Långsam kassa"])
    return m


def danish_people_still_placeholders() -> Meeting:
    m = from_template("case-meeting-90", Language.DA)
    m.participants[0].name = "[Ansættende leders navn]"
    return m


def vague_role() -> Meeting:
    m = sample()
    m.role.tech_stack = ["Modern tools"]
    m.role.responsibilities = ["Various tasks in the team"]
    m.role.problems = ["Interesting challenges"]
    return m


def vague_offer_in_danish() -> Meeting:
    m = from_template("candidate-meeting-60", Language.DA)
    m.offer.benefits = ["Gode personalegoder"]
    m.offer.development_paths = ["Gode udviklingsmuligheder"]
    return m


def vague_pitch_in_swedish() -> Meeting:
    m = from_template("case-meeting-90", Language.SV)
    pitch = next(b for b in m.agenda if b.kind is BlockKind.PITCH)
    pitch.talking_points.append("Konkurrenskraftig lön och härlig stämning")
    return m


def history_monologue_to_a_big_panel() -> Meeting:
    m = sample()
    m.participants += [
        Participant(name="Per Holm", title="CTO", part=Part.MANAGER),
        Participant(name="Lena Berg", title="Architect", part=Part.OTHER),
    ]
    m.planned_minutes = 140
    m.agenda.insert(
        1,
        AgendaBlock(
            "The company's history",
            BlockKind.PITCH,
            50,
            "Per Holm",
            ["Founding in 1998", "The merger", "Our offices"],
        ),
    )
    return m


def decision_sixty_days_out() -> Meeting:
    m = sample()
    m.follow_up.decision_days = 60
    return m


def answer_after_a_week() -> Meeting:
    m = sample()
    m.follow_up.feedback_hours = 168
    return m


def lead_not_in_the_meeting() -> Meeting:
    m = sample()
    m.agenda[2].owner = "Jonas, who is on holiday"
    return m


def block_without_a_lead() -> Meeting:
    m = sample()
    m.agenda[5].owner = ""
    return m


def token_pitch() -> Meeting:
    m = sample()
    for block in m.agenda:
        if block.kind is BlockKind.PITCH:
            block.minutes = 4
    m.agenda.append(AgendaBlock("More dialogue", BlockKind.DIALOGUE, 12, "Erik Lundgren"))
    return m


def stack_pitch_naming_nothing() -> Meeting:
    m = sample()
    stack = next(b for b in m.agenda if b.topic is PitchTopic.STACK)
    stack.title = "Our platform"
    stack.talking_points = ["We like good engineering", "Deploys are quick"]
    return m


def salary_pitch_with_an_empty_offer() -> Meeting:
    m = sample()
    m.offer.salary = SalaryRange()
    m.offer.benefits = []
    offer = next(b for b in m.agenda if b.title == "The whole offer")
    offer.topic = PitchTopic.BENEFITS
    return m


def interrogation() -> Meeting:
    m = sample()
    m.planned_minutes = 60
    m.agenda = [
        AgendaBlock("Welcome", BlockKind.WELCOME, 5, "Erik Lundgren"),
        AgendaBlock("Pitch", BlockKind.PITCH, 10, "Erik Lundgren", ["Python 3.12 and Kafka"]),
        AgendaBlock("Questions", BlockKind.DIALOGUE, 35, "Erik Lundgren"),
        AgendaBlock("Your questions", BlockKind.CANDIDATE_QUESTIONS, 6, "Erik Lundgren"),
        AgendaBlock("Next steps", BlockKind.NEXT_STEPS, 4, "Maja Ström"),
    ]
    return m


def no_time_for_their_questions() -> Meeting:
    m = sample()
    m.agenda = [b for b in m.agenda if b.kind is not BlockKind.CANDIDATE_QUESTIONS]
    m.planned_minutes = m.agenda_minutes
    return m


def opens_with_the_case() -> Meeting:
    m = sample()
    case = next(b for b in m.agenda if b.kind is BlockKind.CASE)
    m.agenda.remove(case)
    m.agenda.insert(1, case)
    return m


def no_next_steps() -> Meeting:
    m = sample()
    m.agenda = [b for b in m.agenda if b.kind is not BlockKind.NEXT_STEPS]
    m.planned_minutes = m.agenda_minutes
    return m


def an_hour_long_case() -> Meeting:
    m = sample()
    case = next(b for b in m.agenda if b.kind is BlockKind.CASE)
    case.minutes = 60
    m.case.minutes = 60
    m.planned_minutes = m.agenda_minutes
    return m


def letter_left_with_a_placeholder() -> Meeting:
    m = sample()
    m.debrief.feedback = "Dear Sanna, thank you. Best regards, [Hiring manager's name]"
    return m


def no_criteria() -> Meeting:
    m = sample()
    m.criteria = []
    return m


def agenda_runs_over() -> Meeting:
    m = sample()
    m.agenda[5].minutes += 15
    return m


def meeting_on_christmas_day() -> Meeting:
    m = sample()
    m.country = "SE"
    m.start = m.start.replace(month=12, day=25)  # a Friday, and a public holiday
    return m


def motivation_never_pitched() -> Meeting:
    m = sample()
    m.candidate.motivations.append("Kotlin")
    return m


FLAWED: list[Flawed] = [
    Flawed("no pitch at all", no_pitch_at_all, frozenset({"pitch-missing", "sell-share-low"})),
    Flawed(
        "no colleague, team led by the manager",
        no_colleague_team_led_by_manager,
        frozenset({"colleague-missing", "sell-share-low"}),
    ),
    Flawed(
        "a colleague present, the manager leads the team",
        colleague_present_but_manager_leads_the_team,
        frozenset({"team-not-led-by-colleague", "sell-share-low"}),
    ),
    Flawed("no decision maker", no_decision_maker, frozenset({"decision-maker-missing"})),
    Flawed(
        "Swedish template left unfilled",
        swedish_template_left_unfilled,
        frozenset({"placeholder"}),
    ),
    Flawed(
        "Danish people still placeholders",
        danish_people_still_placeholders,
        frozenset({"placeholder"}),
    ),
    Flawed("vague role", vague_role, frozenset({"vague-wording"})),
    Flawed("vague offer in Danish", vague_offer_in_danish, frozenset({"vague-wording"})),
    Flawed("vague pitch in Swedish", vague_pitch_in_swedish, frozenset({"vague-wording"})),
    Flawed(
        "a 50-minute history monologue to five people",
        history_monologue_to_a_big_panel,
        frozenset({"monologue", "panel-too-large", "sell-share-high"}),
    ),
    Flawed("decision 60 days out", decision_sixty_days_out, frozenset({"decision-slow"})),
    Flawed("an answer after a week", answer_after_a_week, frozenset({"feedback-slow"})),
    Flawed("a lead who is not there", lead_not_in_the_meeting, frozenset({"block-owner-absent"})),
    Flawed("a block without a lead", block_without_a_lead, frozenset({"block-no-owner"})),
    Flawed("a token pitch", token_pitch, frozenset({"pitch-share-low", "sell-share-low"})),
    Flawed(
        "a stack pitch naming nothing",
        stack_pitch_naming_nothing,
        frozenset({"pitch-facts-unused"}),
    ),
    Flawed(
        "a salary pitch with an empty offer",
        salary_pitch_with_an_empty_offer,
        frozenset({"pitch-facts-missing", "offer-no-salary"}),
    ),
    Flawed(
        "an interrogation",
        interrogation,
        frozenset({"assess-share-high", "sell-share-low", "case-missing"}),
    ),
    Flawed(
        "no time for their questions", no_time_for_their_questions, frozenset({"questions-missing"})
    ),
    Flawed("opens with the case", opens_with_the_case, frozenset({"opens-with-assessment"})),
    Flawed("no next steps", no_next_steps, frozenset({"next-steps-missing"})),
    Flawed(
        "an hour-long case",
        an_hour_long_case,
        frozenset({"case-too-long", "case-share-high"}),
    ),
    Flawed(
        "a letter left with a placeholder",
        letter_left_with_a_placeholder,
        frozenset({"placeholder"}),
    ),
    Flawed("no criteria", no_criteria, frozenset({"criteria-missing"})),
    Flawed("the agenda runs over", agenda_runs_over, frozenset({"agenda-over-time"})),
    Flawed(
        "a meeting on Christmas Day", meeting_on_christmas_day, frozenset({"meeting-on-day-off"})
    ),
    Flawed(
        "a motivation never pitched",
        motivation_never_pitched,
        frozenset({"motivation-unaddressed"}),
    ),
]
