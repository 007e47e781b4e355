"""What the candidate may see of a meeting: one rule for the agenda PDF, the calendar
invite and the emails.

Only these fields reach the candidate: names and titles of the people, the employer's
name, the room, block titles, kinds, lengths and owners, the case's title, length and
what to prepare, when the answer comes and whom to ask. Never the talking points, notes,
criteria, case observations, offer, debrief or outcome. Every document made for the
candidate reads a :class:`CandidateView`, never the meeting itself.
"""

from __future__ import annotations

from datetime import datetime

from .coach import block_times
from .model import BlockKind, Meeting, Part, Participant
from .phrases import format_moment, format_time, format_when, mark, plural, text
from .plain import record

# What each kind of block means, told to the candidate (in English; shown through ``text``).
KIND_PLAIN: dict[BlockKind, str] = {
    BlockKind.WELCOME: mark("We introduce ourselves and go through the plan."),
    BlockKind.PITCH: mark("We tell you about the role, the team and what we offer."),
    BlockKind.CASE: mark("A short case: a taste of the real work, which we solve together."),
    BlockKind.DIALOGUE: mark(
        "A conversation about your experience and how we would work together."
    ),
    BlockKind.CANDIDATE_QUESTIONS: mark("Time for what you want to know: ask us anything."),
    BlockKind.TEAM: mark("Meet people you would work with."),
    BlockKind.NEXT_STEPS: mark("What happens next, and when you will hear from us."),
    BlockKind.BREAK: mark("A short break."),
}

INTRO = mark(
    "Thank you for meeting us. Here is the plan, so you know what to expect:"
    " it is a conversation both ways, and your questions are part of it."
)
CONTACT = mark("Questions before then? Ask {name}, who is glad to help.")
CONTACT_EMAIL = mark("Questions before then? Ask {name} ({email}), who is glad to help.")


@record(frozen=True)
class Person:
    name: str
    title: str


@record(frozen=True)
class Step:
    """One block of the plan as the candidate sees it."""

    start: datetime
    end: datetime
    title: str
    kind: BlockKind
    owner: str


@record(frozen=True)
class CasePreview:
    title: str
    minutes: int
    prepare: str


@record(frozen=True)
class CandidateView:
    """Everything a candidate document may show, and nothing else."""

    language: str
    name: str
    role: str
    team: str
    company: str
    start: datetime
    end: datetime
    minutes: int
    location: str
    people: tuple[Person, ...]
    plan: tuple[Step, ...]
    case: CasePreview | None
    answer_by: datetime
    contact: str
    # Where the candidate reaches the contact ("" when the plan has no address).
    contact_email: str = ""

    def explain(self, kind: BlockKind) -> str:
        """What a kind of block means, in the candidate's language."""
        return text(self.language, KIND_PLAIN[kind])


def candidate_view(meeting: Meeting) -> CandidateView:
    """The meeting as the candidate may see it."""
    times = {t.block_id: t for t in block_times(meeting)}
    plan = tuple(
        Step(
            times[b.id].start,
            times[b.id].end,
            b.title.strip(),
            b.kind,
            b.owner.strip(),
        )
        for b in meeting.agenda
    )
    case = meeting.case
    has_case = any(b.kind == BlockKind.CASE for b in meeting.agenda)
    contact = contact_person(meeting)
    return CandidateView(
        language=str(meeting.language),
        name=meeting.candidate.name.strip(),
        role=meeting.role.title.strip(),
        team=meeting.role.team.strip(),
        company=meeting.role.company.strip(),
        start=meeting.start,
        end=meeting.planned_end,
        minutes=meeting.planned_minutes,
        location=meeting.location.strip(),
        people=tuple(
            Person(p.name.strip(), p.title.strip()) for p in meeting.participants if p.name.strip()
        ),
        plan=plan,
        case=(
            CasePreview(case.title.strip(), case.minutes, case.prepare.strip())
            if has_case and not case.is_empty
            else None
        ),
        answer_by=meeting.feedback_due,
        contact=contact.name.strip() if contact is not None else "",
        contact_email=contact.email.strip() if contact is not None else "",
    )


# -- the same view as plain text: the invite's description and the email's body ---------


def welcome_line(view: CandidateView) -> str:
    lg = view.language
    return text(lg, "Welcome, {name}", name=view.name) if view.name else text(lg, "Welcome")


def role_at_company(lg: str, role: str, company: str) -> str:
    """The role at the company ("Backend developer at Nordvik"), or whichever is known."""
    if role and company:
        return text(lg, "{role} at {company}", role=role, company=company)
    return role or company


def role_line(view: CandidateView) -> str:
    """The role, the employer and the team: the line under the agenda's greeting."""
    role = role_at_company(view.language, view.role, view.company)
    return " · ".join(p for p in (role, view.team) if p)


def meeting_heading(view: CandidateView) -> str:
    """What the invite and the agenda email are called: the employer first, so that a
    candidate who meets several employers sees at once whose meeting it is."""
    lg = view.language
    if view.company and view.role:
        return text(
            lg, "{company}: meeting about the {role} role", company=view.company, role=view.role
        )
    if view.company:
        return text(lg, "{company}: your meeting with us", company=view.company)
    if view.role:
        return text(lg, "Your meeting with us") + f": {view.role}"
    return text(lg, "Your meeting with us")


def with_company(name: str, company: str) -> str:
    """A person as the candidate's calendar shows them: "Erik Lund (Nordvik)"."""
    if name and company:
        return f"{name} ({company})"
    return name or company


def facts(view: CandidateView) -> list[tuple[str, str]]:
    """When, where and how long, as (label, value)."""
    lg = view.language
    return [
        (text(lg, "When"), format_when(view.start, view.end, lg)),
        (text(lg, "Where"), view.location or text(lg, "We will send you the place.")),
        (text(lg, "Length"), plural(lg, view.minutes, "{count} minute", "{count} minutes")),
    ]


def step_time(step: Step, lg: str) -> str:
    return f"{format_time(step.start, lg)}–{format_time(step.end, lg)}"


def answer_line(view: CandidateView) -> str:
    lg = view.language
    due = format_moment(view.answer_by, lg)
    return text(lg, "You will hear from us by {due}, whatever we decide.", due=due)


def contact_person(meeting: Meeting) -> Participant | None:
    """Whom the candidate asks between the meeting and the answer: the recruiter, or
    failing one, the hiring manager (the agenda, the invite, the email and the
    preflight's check that someone is named all ask this one question)."""
    for part in (Part.RECRUITER, Part.MANAGER):
        person = next((p for p in meeting.participants if p.part is part and p.name.strip()), None)
        if person is not None:
            return person
    return None


def contact_line(view: CandidateView) -> str:
    if not view.contact:
        return ""
    if view.contact_email:
        return text(view.language, CONTACT_EMAIL, name=view.contact, email=view.contact_email)
    return text(view.language, CONTACT, name=view.contact)


def case_parts(case: CasePreview, lg: str) -> list[tuple[str, str]]:
    """The case's parts in reading order, each with its role: "title", "heading" or
    "text" (a document sets each in its own style)."""
    parts = [("title", case.title)] if case.title else []
    if case.minutes:
        minutes = plural(
            lg,
            case.minutes,
            "It takes about {count} minute of the meeting.",
            "It takes about {count} minutes of the meeting.",
        )
        parts.append(("text", minutes))
    if case.prepare:
        parts += [("heading", text(lg, "What to prepare")), ("text", case.prepare)]
    else:
        parts.append(
            ("text", text(lg, "You need not prepare anything: we go through it together."))
        )
    return parts


def case_lines(case: CasePreview, lg: str) -> list[str]:
    """The case's paragraphs, title first, as plain text."""
    return [words + ":" if role == "heading" else words for role, words in case_parts(case, lg)]


def plain_text(view: CandidateView) -> str:
    """The candidate's agenda as plain text, the same sections as the PDF."""
    lg = view.language
    out = [welcome_line(view)]
    if role_line(view):
        out.append(role_line(view))
    out += ["", text(lg, INTRO), ""]
    out += [f"{label}: {value}" for label, value in facts(view)]
    if view.people:
        out += ["", text(lg, "Who you will meet")]
        out += [f"- {p.name}, {p.title}" if p.title else f"- {p.name}" for p in view.people]
    if view.plan:
        out += ["", text(lg, "The plan")]
        for step in view.plan:
            what = (
                f"{step.title}: {view.explain(step.kind)}"
                if step.title
                else view.explain(step.kind)
            )
            with_whom = f" ({text(lg, 'With')}: {step.owner})" if step.owner else ""
            out.append(f"{step_time(step, lg)}  {what}{with_whom}")
    if view.case is not None:
        out += ["", text(lg, "The case"), *case_lines(view.case, lg)]
    out += ["", text(lg, "After the meeting"), answer_line(view)]
    if view.contact:
        out.append(contact_line(view))
    return "\n".join(out) + "\n"
