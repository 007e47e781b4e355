"""Meeting templates and the employer profile that new meetings start from."""

from __future__ import annotations

from dataclasses import field, replace
from datetime import datetime

from .model import Candidate, Debrief, Language, Meeting, Offer, Outcome, Role, Status, new_id
from .plain import record
from .serialize import copy_meeting
from .workdays import default_country


@record
class Template:
    """A reusable plan: agenda, case, criteria, planned time and coach overrides.

    ``name`` is the stable key (one name, a version per language); ``title`` is
    what a person reads.
    """

    name: str = ""
    title: str = ""
    description: str = ""
    language: Language = Language.EN
    meeting: Meeting = field(default_factory=Meeting)
    builtin: bool = False


@record
class EmployerProfile:
    """What the company offers, reused across meetings: the offer, culture and tech."""

    company: str = ""
    about: str = ""
    values: list[str] = field(default_factory=list)
    culture: str = ""
    location: str = ""
    team: str = ""
    tech_stack: list[str] = field(default_factory=list)
    ways_of_working: str = ""
    projects: list[str] = field(default_factory=list)
    offer: Offer = field(default_factory=Offer)
    # Where the employer is (ISO code such as "SE"): follow-up deadlines skip its
    # public holidays. Empty until set, or asked once for an English meeting.
    country: str = ""


def meeting_from_template(
    template: Template,
    *,
    candidate_name: str,
    role_title: str,
    start: datetime,
    language: Language | None = None,
    profile: EmployerProfile | None = None,
) -> Meeting:
    """A new meeting (fresh ids, planned) from a template, filled from the employer profile."""
    meeting = _fresh_copy(template.meeting)
    meeting.template = template.name
    meeting.start = start
    meeting.language = language or template.language
    meeting.candidate = Candidate(name=candidate_name)
    meeting.role = replace(meeting.role, title=role_title)
    if profile is not None:
        _apply_profile(meeting, profile)
    meeting.country = default_country(
        meeting.language, profile.country if profile is not None else ""
    )
    if not meeting.title:
        meeting.title = role_title
    return meeting


def template_from_meeting(
    meeting: Meeting, *, name: str, title: str = "", description: str = ""
) -> Template:
    """A template from a meeting's plan, without the candidate's personal data or any
    assessment: candidate, debrief, outcome and internal notes stay behind."""
    plan = _fresh_copy(meeting)
    plan.candidate = Candidate()
    plan.debrief = Debrief()
    plan.outcome = Outcome()
    plan.status = Status.PLANNED
    plan.ended_at = None
    plan.template = name
    plan.title = ""
    for block in plan.agenda:
        block.internal_notes = ""
    return Template(
        name=name,
        title=title or name,
        description=description,
        language=meeting.language,
        meeting=plan,
    )


def _fresh_copy(meeting: Meeting) -> Meeting:
    copy = copy_meeting(meeting)
    copy.id = new_id()
    copy.status = Status.PLANNED
    copy.ended_at = None
    copy.debrief = Debrief()
    copy.outcome = Outcome()
    for block in copy.agenda:
        block.id = new_id()
    for criterion in copy.criteria:
        criterion.id = new_id()
    copy.participants = [replace(p, id=new_id()) for p in copy.participants]
    return copy


def _apply_profile(meeting: Meeting, profile: EmployerProfile) -> None:
    role: Role = meeting.role
    if not role.company and profile.company:
        role.company = profile.company.strip()
    if not role.team and profile.team:
        role.team = profile.team
    if not role.tech_stack:
        role.tech_stack = list(profile.tech_stack)
    if not role.ways_of_working:
        role.ways_of_working = profile.ways_of_working
    if not role.projects:
        role.projects = list(profile.projects)
    if meeting.offer == Offer():
        meeting.offer = replace(
            profile.offer,
            salary=replace(profile.offer.salary),
            development_paths=list(profile.offer.development_paths),
            benefits=list(profile.offer.benefits),
        )
    if not meeting.location:
        meeting.location = profile.location
