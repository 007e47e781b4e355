"""A fictional company and a fully planned demo meeting, for a first run and for demos."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from .model import (
    AgendaBlock,
    BlockKind,
    Candidate,
    CaseTask,
    Criterion,
    Meeting,
    Offer,
    Part,
    Participant,
    PitchTopic,
    Role,
    SalaryPeriod,
    SalaryRange,
)
from .templates import EmployerProfile
from .workdays import next_working_day

SAMPLE_TEMPLATE = "case-meeting-90"
SAMPLE_START = time(10, 0)
# Nordvik Logistics is in Gothenburg: its deadlines skip Swedish public holidays.
SAMPLE_COUNTRY = "SE"

_TECH_STACK = [
    "Python 3.12 with FastAPI",
    "PostgreSQL 16",
    "Apache Kafka for events between services",
    "Kubernetes on Azure (AKS), deployed with Argo CD",
    "Terraform for infrastructure",
    "Grafana and OpenTelemetry for monitoring",
]
_PROJECTS = [
    "Delivery slots: the service that lets 40 shops offer same-day delivery windows",
    "Route replanning: moving from nightly batch jobs to events, finished last spring",
]
_WAYS_OF_WORKING = (
    "Two-week cycles, small pull requests reviewed within a day, pairing on hard problems, "
    "deploys to production several times a day, blameless post-mortems."
)
_TEAM = "Delivery Platform: five backend developers, a product owner and a designer"


def sample_profile() -> EmployerProfile:
    """Nordvik Logistics, the fictional company behind the demo meeting."""
    return EmployerProfile(
        company="Nordvik Logistics",
        about="Software for same-day deliveries, used by shops and couriers across the Nordics.",
        values=["Say it straight", "Ship small, learn fast", "Look after each other"],
        culture="Around 60 people, half of them in tech. Decisions are made close to the work, "
        "and people are expected to question them.",
        location="Gothenburg, Lindholmen",
        country=SAMPLE_COUNTRY,
        team=_TEAM,
        tech_stack=list(_TECH_STACK),
        ways_of_working=_WAYS_OF_WORKING,
        projects=list(_PROJECTS),
        offer=Offer(
            salary=SalaryRange(
                minimum=52_000, maximum=64_000, currency="SEK", period=SalaryPeriod.MONTH
            ),
            flexibility="Hybrid: the team meets in the office on Tuesdays; core hours 10-15.",
            remote_days_per_week=3,
            development_budget="SEK 20,000 a year for courses, books and conferences",
            development_time="Every other Friday afternoon for learning or own projects",
            development_paths=[
                "Senior developer to tech lead",
                "Developer to platform engineer",
                "Mentor in the company's mentoring programme",
            ],
            benefits=[
                "Occupational pension (ITP)",
                "Private health insurance",
                "Wellness allowance of SEK 5,000 a year",
                "Parental pay top-up to 90 % for six months",
            ],
            work_life_balance="40-hour weeks; on-call one week in six, paid separately; "
            "five weeks of holiday.",
        ),
    )


def sample_meeting(now: datetime) -> Meeting:
    """A 90-minute case meeting with a backend developer, on the next working day at 10:00."""
    profile = sample_profile()
    return Meeting(
        title="Backend developer, Delivery Platform",
        start=next_working_morning(now, profile.country),
        planned_minutes=90,
        location="Nordvik Logistics, Lindholmen, Gothenburg: meeting room Skagen",
        country=profile.country,
        candidate=Candidate(
            name="Sanna Järvinen",
            email="sanna.jarvinen@example.com",
            current_title="Backend developer at a payments company",
            motivations=["remote work", "mentoring", "modern platform"],
            notes="Found us through a colleague. Is in one other process, expects an offer "
            "there within two weeks.",
        ),
        role=Role(
            title="Backend developer",
            team=profile.team,
            company=profile.company,
            tech_stack=list(profile.tech_stack),
            responsibilities=[
                "Build and run the delivery-slot service with the team",
                "Design the events other teams consume from Kafka",
                "Take part in the on-call rota and the post-mortems after incidents",
            ],
            problems=[
                "Slot lookups slow down at peak hours as shops are added",
                "Two older services still share one database and block each other's releases",
            ],
            ways_of_working=profile.ways_of_working,
            projects=list(profile.projects),
        ),
        offer=profile.offer,
        participants=[
            Participant(
                name="Erik Lundgren",
                title="Engineering manager",
                part=Part.MANAGER,
                email="erik.lundgren@nordvik.example",
            ),
            Participant(
                name="Aino Björk",
                title="Senior backend developer",
                part=Part.COLLEAGUE,
                email="aino.bjork@nordvik.example",
            ),
            Participant(
                name="Maja Ström",
                title="Talent partner",
                part=Part.RECRUITER,
                email="maja.strom@nordvik.example",
            ),
        ],
        agenda=_agenda(),
        case=_case(),
        criteria=_criteria(),
        template=SAMPLE_TEMPLATE,
    )


def next_working_morning(now: datetime, country: str = SAMPLE_COUNTRY) -> datetime:
    """10:00 on the first working day after ``now``'s date (no weekend, no public holiday)."""
    day = next_working_day(now.date() + timedelta(days=1), country)
    return datetime.combine(day, SAMPLE_START, tzinfo=now.tzinfo)


def _agenda() -> list[AgendaBlock]:
    erik, aino = "Erik Lundgren", "Aino Björk"
    return [
        AgendaBlock(
            "Welcome and the plan for today",
            BlockKind.WELCOME,
            4,
            erik,
            [
                "Thank Sanna for coming; we finish at 11:30.",
                "Go through the agenda and say this is a conversation both ways.",
                "Ask what caught her interest in the role.",
            ],
        ),
        AgendaBlock(
            "Our modern platform, precisely",
            BlockKind.PITCH,
            8,
            erik,
            [
                "The modern platform she asked about: Python 3.12 and FastAPI, PostgreSQL 16, "
                "Kafka between services, Kubernetes on Azure deployed with Argo CD.",
                "A change goes from pull request to production in under an hour.",
                "Be honest about the two older services that still share one database, and "
                "the plan to split them this autumn.",
                "What she would own from day one: the delivery-slot service, with Aino.",
            ],
            topic=PitchTopic.STACK,
        ),
        AgendaBlock(
            "Real projects and the problems ahead",
            BlockKind.PITCH,
            6,
            erik,
            [
                "Show the route-replanning move from nightly batches to events: what "
                "changed for couriers.",
                "The problem she would solve first: slot lookups that slow down at peak hours.",
                "Where she could leave a mark: the event design other teams will build on.",
            ],
            topic=PitchTopic.PROJECTS,
        ),
        AgendaBlock(
            "Case: speed up the slot lookup",
            BlockKind.CASE,
            25,
            aino,
            [
                "Hand over the brief, the query and the latency graph; five minutes to read.",
                "Answer questions as a colleague would, with real numbers.",
                "Halfway, add that a large shop chain joins next month.",
                "End by showing what the team has tried so far.",
            ],
            internal_notes="Look at how she reasons from the data, not at the final answer.",
        ),
        AgendaBlock(
            "Short break", BlockKind.BREAK, 4, erik, ["Coffee, and a look at the team's corner."]
        ),
        AgendaBlock(
            "Working together: a two-way conversation",
            BlockKind.DIALOGUE,
            12,
            erik,
            [
                "Pick up one choice from the case and talk through the trade-offs.",
                "Ask about a release that went wrong and what she learnt; share one of ours.",
                "Ask how she likes to get feedback, and how reviews work here.",
            ],
        ),
        AgendaBlock(
            "Meet the team",
            BlockKind.TEAM,
            8,
            aino,
            [
                "Aino describes last week: what the team shipped and what got in the way.",
                "How pairing and reviews work, and how on-call feels in practice.",
                "Mentoring: Aino mentors two juniors and Sanna could join the programme as a "
                "mentor after her first months.",
            ],
        ),
        AgendaBlock(
            "The whole offer",
            BlockKind.PITCH,
            10,
            erik,
            [
                "Remote work: three remote days a week; the team meets in the office on "
                "Tuesdays; core hours 10-15.",
                "Mentoring: a named mentor for the first six months, and a place in the "
                "mentoring programme to coach others later.",
                "Development: SEK 20,000 a year, every other Friday afternoon for learning, "
                "paths to tech lead or platform engineer.",
                "Balance: 40-hour weeks, on-call one week in six and paid separately, five "
                "weeks of holiday.",
                "Salary SEK 52,000-64,000 a month, ITP pension, health insurance, wellness "
                "allowance, parental pay top-up.",
            ],
            topic=PitchTopic.DEVELOPMENT,
        ),
        AgendaBlock(
            "Sanna's questions",
            BlockKind.CANDIDATE_QUESTIONS,
            10,
            erik,
            [
                "What would she need to know to say yes?",
                "Prompts if needed: a typical week, on-call, how priorities are set.",
                "Note anything we cannot answer today; Maja replies within two days.",
            ],
        ),
        AgendaBlock(
            "Next steps and timeline",
            BlockKind.NEXT_STEPS,
            3,
            "Maja Ström",
            [
                "An answer within 48 hours, with reasons whatever the outcome.",
                "If we go ahead: a reference call and an offer within a week, before her "
                "other process concludes.",
                "Maja is her contact throughout; ask how the meeting felt.",
            ],
        ),
    ]


def _case() -> CaseTask:
    return CaseTask(
        title="Speed up the slot lookup",
        brief="At peak hours, looking up free delivery slots takes over two seconds for large "
        "shops. Here is the endpoint, its query and a latency graph. Find the likely causes "
        "and tell us what you would change first, and how you would know it worked.",
        prepare="Nothing in advance; we send the brief the day before if you want to read it.",
        materials=[
            "The slot-lookup handler and its SQL query (simplified copy)",
            "A latency graph for the last four weeks",
            "Row counts for the three tables involved",
        ],
        minutes=25,
        observe=[
            "Whether she looks at the data and the query plan before guessing",
            "How she ranks fixes by effort and effect",
            "Whether she plans measurement and a safe rollout",
        ],
        real_work="This is the first problem the new developer would work on, with Aino.",
    )


def _criteria() -> list[Criterion]:
    return [
        Criterion(
            "Problem solving",
            "Finds the real cause before fixing and picks a sensible first step.",
            "Asks about data and load in the case; weighs two options before choosing.",
            rank=1,
        ),
        Criterion(
            "System design",
            "Sees how a change affects the services and teams around it.",
            "Mentions caching trade-offs, event consumers or migrations unprompted.",
            rank=2,
        ),
        Criterion(
            "Collaboration",
            "Thinks in the open and builds on other people's input.",
            "Uses Aino's hints; describes past teamwork with concrete examples.",
            rank=3,
        ),
        Criterion(
            "Ownership",
            "Follows work into production and takes responsibility when it breaks.",
            "Describes something she shipped, measured and fixed after release.",
            rank=4,
        ),
        Criterion(
            "Code quality",
            "Writes code others can read, test and change.",
            "Talks about tests and reviews with examples from her own work.",
            rank=5,
        ),
    ]
