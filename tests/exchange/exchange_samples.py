"""A meeting with every field set, shared by the meeting file tests."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    BlockNote,
    Candidate,
    CaseTask,
    Concern,
    ConcernCategory,
    Criterion,
    Debrief,
    Decision,
    DeclineReason,
    FollowUp,
    InviteRecord,
    Language,
    Marker,
    MarkerKind,
    Meeting,
    MeetingRun,
    Offer,
    OfferResult,
    Outcome,
    Part,
    Participant,
    PitchTopic,
    Rating,
    Role,
    SalaryPeriod,
    SalaryRange,
    Status,
)

# Each internal field holds its own marker, so a leak names the field it came from.
INTERNAL_MARKERS = {
    "candidate.notes": "LEAK-candidate-notes",
    "agenda[0].internal_notes": "LEAK-block0-internal",
    "agenda[1].internal_notes": "LEAK-block1-internal",
    "case.observe": "LEAK-case-observe",
    "debrief.ratings[0].evidence": "LEAK-rating-evidence",
    "debrief.resonated": "LEAK-resonated",
    "debrief.concerns[0].text": "LEAK-concern",
    "debrief.competing_offers": "LEAK-competing-offers",
    "debrief.competing_timeline": "LEAK-competing-timeline",
    "debrief.reasons": "LEAK-reasons",
    "debrief.feedback": "LEAK-feedback",
    "outcome.decline_reasons[0].text": "LEAK-decline-reason",
    "outcome.survey_answers key": "LEAK-survey-question",
    "outcome.survey_answers value": "LEAK-survey-answer",
    "run.notes[0].text": "LEAK-run-note",
    "run.markers[0].text": "LEAK-run-marker",
}


def make_full_meeting() -> Meeting:
    m = INTERNAL_MARKERS
    return Meeting(
        title="Backend-utvecklare – Łukasz Dvořák",
        start=datetime(2025, 3, 11, 9, 30),
        planned_minutes=75,
        location="Mötesrum Älvsjö, plan 3",
        time_zone="Europe/Stockholm",
        language=Language.SV,
        status=Status.DEBRIEFED,
        candidate=Candidate(
            name="Łukasz Dvořák",
            email="lukasz@example.org",
            phone="+46 70 123 45 67",
            current_title="Systemutvecklare",
            motivations=["flexibilitet", "lärande", "ett team som bryr sig"],
            notes=m["candidate.notes"],
        ),
        role=Role(
            title="Senior backend developer",
            team="Betalningar",
            company="Kvarnbo Betal AB",
            tech_stack=["Python 3.12", "PostgreSQL", "Kafka"],
            responsibilities=["design reviews", "on-call one week in six"],
            problems=["settlement runs take four hours"],
            ways_of_working="Pairing on Tuesdays, no meetings on Fridays.",
            projects=["Ny avräkningsmotor"],
        ),
        offer=Offer(
            salary=SalaryRange(
                minimum=62_000, maximum=71_000, currency="SEK", period=SalaryPeriod.MONTH
            ),
            flexibility="Work from anywhere in the EU four weeks a year.",
            remote_days_per_week=3,
            development_budget="15 000 SEK a year",
            development_time="Every fourth Friday",
            development_paths=["staff engineer", "engineering manager"],
            benefits=["friskvårdsbidrag", "six weeks of holiday"],
            work_life_balance="No on-call during parental leave.",
        ),
        participants=[
            Participant(
                name="Σοφία Παπαδοπούλου",
                title="Engineering manager",
                part=Part.MANAGER,
                email="sofia@example.org",
                id="p-sofia",
            ),
            Participant(
                name="Дмитрий Иванов", title="Backend developer", part=Part.COLLEAGUE, id="p-dmitry"
            ),
        ],
        agenda=[
            AgendaBlock(
                title="Välkommen",
                kind=BlockKind.WELCOME,
                minutes=5,
                owner="Σοφία",
                talking_points=["coffee", "the plan for today"],
                internal_notes=m["agenda[0].internal_notes"],
                id="b-welcome",
            ),
            AgendaBlock(
                title="Our stack",
                kind=BlockKind.PITCH,
                minutes=15,
                owner="Дмитрий",
                talking_points=["how we deploy 20 times a day"],
                topic=PitchTopic.STACK,
                internal_notes=m["agenda[1].internal_notes"],
                id="b-stack",
            ),
            AgendaBlock(title="Case", kind=BlockKind.CASE, minutes=25, id="b-case"),
            AgendaBlock(title="Dialog", kind=BlockKind.DIALOGUE, minutes=20, id="b-dialogue"),
            AgendaBlock(title="Nästa steg", kind=BlockKind.NEXT_STEPS, minutes=10, id="b-next"),
        ],
        case=CaseTask(
            title="Settlement in parallel",
            brief="Sketch how to split the nightly run.",
            prepare="Nothing; we bring a whiteboard.",
            materials=["a data-flow diagram"],
            minutes=25,
            observe=[m["case.observe"]],
            real_work="This is the project for the first half year.",
        ),
        criteria=[
            Criterion(
                name="System design",
                description="Splits a problem into parts that fail alone.",
                good_evidence="PLAN-criterion0-evidence",
                rank=1,
                id="c-design",
            ),
            Criterion(
                name="Samarbete",
                description="Thinks aloud and builds on others' ideas.",
                good_evidence="PLAN-criterion1-evidence",
                rank=2,
                id="c-collab",
            ),
        ],
        debrief=Debrief(
            ratings=[
                Rating(criterion_id="c-design", rating=3, evidence=m["debrief.ratings[0].evidence"])
            ],
            interest=4,
            resonated=m["debrief.resonated"],
            concerns=[
                Concern(category=ConcernCategory.COMPENSATION, text=m["debrief.concerns[0].text"])
            ],
            competing_offers=m["debrief.competing_offers"],
            competing_timeline=m["debrief.competing_timeline"],
            decision=Decision.OFFER,
            reasons=m["debrief.reasons"],
            feedback=m["debrief.feedback"],
            feedback_sent_at=datetime(2025, 3, 12, 16, 45, 10),
        ),
        outcome=Outcome(
            offer_made=True,
            result=OfferResult.DECLINED,
            decline_reasons=[
                DeclineReason(
                    category=ConcernCategory.PROCESS_TEMPO,
                    text=m["outcome.decline_reasons[0].text"],
                    controllable=True,
                )
            ],
            survey_answers={m["outcome.survey_answers key"]: m["outcome.survey_answers value"]},
        ),
        follow_up=FollowUp(feedback_hours=24, decision_days=10),
        ended_at=datetime(2025, 3, 11, 10, 50),
        run=MeetingRun(
            started_at=datetime(2025, 3, 11, 9, 2),
            notes=[BlockNote(block_id="b-welcome", text=m["run.notes[0].text"])],
            markers=[
                Marker(
                    kind=MarkerKind.CONCERN,
                    block_id="b-welcome",
                    at=datetime(2025, 3, 11, 9, 5, 30),
                    elapsed_seconds=210,
                    text=m["run.markers[0].text"],
                )
            ],
        ),
        closed_at=datetime(2025, 4, 1, 12, 0),
        template="case-meeting-90",
        coach_overrides={"min_sell_share": 0.4, "max_case_minutes": 30.0},
        invites=InviteRecord(sequence={"candidate": 2}, content={"candidate": "0f" * 16}),
        id="m-lukasz",
    )
