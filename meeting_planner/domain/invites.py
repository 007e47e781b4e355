"""Calendar invites for a meeting: what each audience's invite says, and its SEQUENCE.

The candidate's invite says only what the candidate may see (the same
:class:`~meeting_planner.domain.candidate_view.CandidateView` as the agenda PDF);
the panel's says who leads which block and the essentials of the brief. Each
audience's invite is one calendar event with a fixed UID: issued again after the
meeting changed, it carries a higher SEQUENCE, so calendars move the event instead
of adding a second one; a cancellation is one more step. The file itself is written
by ``export.invite``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime

from .addresses import is_address
from .candidate_view import candidate_view, meeting_heading, plain_text, with_company
from .coach import block_times
from .coach_parts import block_name
from .model import InviteRecord, Meeting
from .phrases import format_moment, format_time, format_when, text
from .plain import record
from .preflight import organiser

CANDIDATE, PANEL = "candidate", "panel"
AUDIENCES = (CANDIDATE, PANEL)
# What the record holds for an audience once its event was cancelled.
CANCELLED = "cancelled"
# The domain part of every event's UID: ours, and never a real host.
UID_DOMAIN = "meeting-planner.invalid"


@record(frozen=True)
class Mailbox:
    name: str
    address: str


@record(frozen=True)
class InviteContent:
    """What one audience's calendar event says; times are wall-clock, in the meeting's zone."""

    audience: str
    uid: str
    summary: str
    start: datetime
    end: datetime
    location: str
    description: str
    organiser: Mailbox | None
    attendees: tuple[Mailbox, ...]

    def fingerprint(self, time_zone: str) -> str:
        """A short hash of everything a calendar shows, to tell whether it changed."""
        facts = [
            self.summary,
            self.start.isoformat(),
            self.end.isoformat(),
            time_zone,
            self.location,
            self.description,
            [self.organiser.name, self.organiser.address] if self.organiser else None,
            [[a.name, a.address] for a in self.attendees],
        ]
        data = json.dumps(facts, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(data).hexdigest()[:32]


def event_uid(meeting: Meeting, audience: str) -> str:
    return f"{meeting.id}-{audience}@{UID_DOMAIN}"


def invite_content(meeting: Meeting, audience: str) -> InviteContent:
    """What ``audience`` ("candidate" or "panel") is sent about the meeting."""
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; expected candidate or panel")
    host = organiser(meeting)
    host_box = Mailbox(host.name.strip(), host.email.strip()) if host is not None else None
    if audience == CANDIDATE:
        view = candidate_view(meeting)
        # The meeting's own title is the team's working name for it, so not used here.
        summary = meeting_heading(view)
        if host_box is not None and view.company:
            # The candidate's calendar shows whose invite it is by the organiser's name too.
            host_box = replace(host_box, name=with_company(host_box.name, view.company))
        address = meeting.candidate.email.strip()
        attendees = (Mailbox(view.name, address),) if is_address(address) else ()
        description = plain_text(view)
    else:
        lg = str(meeting.language)
        name = meeting.candidate.name.strip() or text(lg, "the candidate")
        summary = text(lg, "Manager brief: meeting with {name}", name=name)
        attendees = tuple(
            Mailbox(p.name.strip(), p.email.strip())
            for p in meeting.participants
            if is_address(p.email)
        )
        description = panel_text(meeting)
    return InviteContent(
        audience=audience,
        uid=event_uid(meeting, audience),
        summary=summary,
        start=meeting.start,
        end=meeting.planned_end,
        location=meeting.location.strip(),
        description=description,
        organiser=host_box,
        attendees=attendees,
    )


def panel_text(meeting: Meeting) -> str:
    """The panel's description: who leads which block, then the brief's essentials
    (internal notes included: only the panel receives it)."""
    lg = str(meeting.language)
    c = meeting.candidate
    out = [f"{text(lg, 'Candidate')}: {c.name.strip() or text(lg, 'Candidate not named yet')}"]
    if c.current_title.strip():
        out.append(f"{text(lg, 'Candidate now')}: {c.current_title.strip()}")
    role = " · ".join(p for p in (meeting.role.title.strip(), meeting.role.team.strip()) if p)
    if role:
        out.append(f"{text(lg, 'Role')}: {role}")
    out.append(f"{text(lg, 'When')}: {format_when(meeting.start, meeting.planned_end, lg)}")
    out.append(f"{text(lg, 'Where')}: {meeting.location.strip() or text(lg, 'No room set')}")
    times = {t.block_id: t for t in block_times(meeting)}

    def span(block_id: str) -> str:
        t = times[block_id]
        return f"{format_time(t.start, lg)}–{format_time(t.end, lg)}"

    people = [p for p in meeting.participants if p.name.strip()]
    if people:
        out += ["", text(lg, "Participants")]
        for person in people:
            own = [b for b in meeting.agenda if b.owner.strip() == person.name.strip()]
            blocks = "; ".join(f"{span(b.id)} {block_name(b, lg)}" for b in own)
            title = f", {person.title.strip()}" if person.title.strip() else ""
            out.append(f"- {person.name.strip()}{title}" + (f": {blocks}" if blocks else ""))
    if meeting.agenda:
        out += ["", text(lg, "Block by block: points and notes")]
        for block in meeting.agenda:
            owner = f" ({block.owner.strip()})" if block.owner.strip() else ""
            out.append(f"{span(block.id)}  {block_name(block, lg)}{owner}")
            out += [f"    - {point.strip()}" for point in block.talking_points if point.strip()]
            if block.internal_notes.strip():
                out.append(f"    {text(lg, 'Note: ')}{block.internal_notes.strip()}")
    case = meeting.case
    if not case.is_empty:
        title = case.title.strip()
        out += ["", text(lg, "The case: {title}", title=title) if title else text(lg, "The case")]
        if case.brief.strip():
            out.append(case.brief.strip())
        if any(o.strip() for o in case.observe):
            out.append(text(lg, "What to observe") + ":")
            out += [f"- {o.strip()}" for o in case.observe if o.strip()]
    ranked = [c for c in meeting.ranked_criteria if c.name.strip()]
    if ranked:
        out += ["", text(lg, "What we assess, most important first")]
        out += [f"{n}. {c.name.strip()}" for n, c in enumerate(ranked, start=1)]
    answer = text(lg, "by {moment}", moment=format_moment(meeting.feedback_due, lg))
    out += ["", f"{text(lg, 'Answer due')}: {answer}"]
    return "\n".join(out) + "\n"


# -- the SEQUENCE -------------------------------------------------------------------


def next_issue(record: InviteRecord, audience: str, fingerprint: str) -> tuple[int, InviteRecord]:
    """The SEQUENCE to issue ``audience``'s invite with, and the record after issuing it:
    0 the first time, the same number while nothing changed, one more after a change
    (or after a cancellation)."""
    if audience not in record.content:
        sequence = record.sequence.get(audience, 0)
    elif record.content[audience] == fingerprint:
        return record.sequence.get(audience, 0), record
    else:
        sequence = record.sequence.get(audience, 0) + 1
    return sequence, _recorded(record, audience, sequence, fingerprint)


def cancellation(record: InviteRecord, audience: str) -> tuple[int, InviteRecord]:
    """The SEQUENCE of ``audience``'s cancellation, and the record after it."""
    if record.content.get(audience) == CANCELLED:
        return record.sequence.get(audience, 0), record
    sequence = record.sequence.get(audience, 0) + 1
    return sequence, _recorded(record, audience, sequence, CANCELLED)


def issued(record: InviteRecord) -> list[str]:
    """The audiences whose invite went out and is not cancelled."""
    return [a for a in AUDIENCES if a in record.content and record.content[a] != CANCELLED]


def _recorded(record: InviteRecord, audience: str, sequence: int, content: str) -> InviteRecord:
    return replace(
        record,
        sequence={**record.sequence, audience: sequence},
        content={**record.content, audience: content},
    )
