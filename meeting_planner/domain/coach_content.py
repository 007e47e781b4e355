"""The coach's checks on the plan's content: the role, the offer, follow-up, criteria and
each pitch block's readiness."""

from __future__ import annotations

from collections.abc import Iterator

from .coach_parts import Finding, Severity, block_name, block_target, filled
from .model import BlockKind, Meeting
from .phrases import format_day, text
from .rules import CoachThresholds


def role_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    why = text(
        lg,
        "A vague role is the most common reason tech candidates lose interest: they want "
        "to know the technical environment, what they will own and which problems they "
        "will solve.",
    )
    role = meeting.role
    if not filled(role.tech_stack):
        yield Finding(
            "role-no-stack",
            Severity.WARNING,
            text(lg, "The role names no tech stack."),
            why,
            "role.tech_stack",
        )
    if not filled(role.responsibilities):
        yield Finding(
            "role-no-responsibilities",
            Severity.WARNING,
            text(lg, "The role lists no responsibilities."),
            why,
            "role.responsibilities",
        )
    if not filled(role.problems):
        yield Finding(
            "role-no-problems",
            Severity.WARNING,
            text(lg, "The role names no problems the new person will solve."),
            why,
            "role.problems",
        )


def offer_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    offer = meeting.offer
    if not offer.salary.is_set:
        yield Finding(
            "offer-no-salary",
            Severity.WARNING,
            text(lg, "The offer has no salary range."),
            text(
                lg,
                "An offer that is not competitive is a top reason to decline. Without a "
                "range, neither you nor the candidate can tell whether it is.",
            ),
            "offer.salary",
        )
    if not offer.has_flexibility:
        yield Finding(
            "offer-no-flexibility",
            Severity.WARNING,
            text(lg, "The offer says nothing about flexibility, such as remote days or hours."),
            text(
                lg,
                "Tech candidates compare the whole package, not only the salary; hybrid work "
                "and work-life balance often decide between two offers.",
            ),
            "offer.flexibility",
        )
    if not offer.has_development:
        yield Finding(
            "offer-no-development",
            Severity.WARNING,
            text(lg, "The offer says nothing about development: no budget, time or career paths."),
            text(
                lg,
                "Continuous learning and new technical platforms weigh heavily for tech "
                "candidates; an offer silent on them looks like a dead end.",
            ),
            "offer.development_paths",
        )


def follow_up_checks(meeting: Meeting, t: CoachThresholds, lg: str) -> Iterator[Finding]:
    from .workdays import is_working_day

    if not is_working_day(meeting.start.date(), meeting.country):
        yield Finding(
            "meeting-on-day-off",
            Severity.WARNING,
            day_off_message(meeting, lg),
            text(
                lg,
                "The candidate would be invited on a day off: it reads as a mistake, or as a "
                "team that never stops working.",
            ),
            "start",
        )
    hours = meeting.follow_up.feedback_hours
    if hours > t.max_feedback_hours:
        yield Finding(
            "feedback-slow",
            Severity.WARNING,
            text(
                lg,
                "Feedback is due {hours} hours after the meeting; candidates expect an answer "
                "within {limit} hours.",
                hours=hours,
                limit=t.max_feedback_hours,
            ),
            text(
                lg,
                "A slow process loses candidates: many accept another offer while they wait, "
                "and no answer is their biggest frustration.",
            ),
            "follow_up.feedback_hours",
        )
    days = meeting.follow_up.decision_days
    if days > t.max_decision_days:
        yield Finding(
            "decision-slow",
            Severity.WARNING,
            text(
                lg,
                "The decision is due {days} days after the meeting; give every candidate "
                "a decision within {limit} days.",
                days=days,
                limit=t.max_decision_days,
            ),
            text(
                lg,
                "Weeks of waiting tell a candidate they are not a priority, and the one you "
                "want most is the one another employer will hire first.",
            ),
            "follow_up.decision_days",
        )


def criteria_checks(meeting: Meeting, t: CoachThresholds, lg: str) -> Iterator[Finding]:
    criteria = meeting.criteria
    if not criteria:
        yield Finding(
            "criteria-missing",
            Severity.WARNING,
            text(
                lg,
                "No selection criteria are set; name the few that matter most and rank them.",
            ),
            text(
                lg,
                "Ranked criteria steer the assessment and give the feedback its reasons. "
                "A no without a reason is candidates' second biggest frustration.",
            ),
            "criteria",
        )
        return
    ranks = [c.rank for c in criteria if c.rank is not None]
    unranked = len(criteria) - len(ranks)
    shared = len(ranks) - len(set(ranks))
    if unranked or shared:
        if unranked and shared:
            message = text(
                lg,
                "{unranked} of {count} criteria have no rank and some criteria share a rank; "
                "rank them, most important first.",
                unranked=unranked,
                count=len(criteria),
            )
        elif unranked:
            message = text(
                lg,
                "{unranked} of {count} criteria have no rank; rank them, most important first.",
                unranked=unranked,
                count=len(criteria),
            )
        else:
            message = text(lg, "Some criteria share a rank; rank them, most important first.")
        yield Finding(
            "criteria-unranked",
            Severity.WARNING,
            message,
            text(
                lg,
                "A ranking decides what counts most, in the assessment and in the feedback. "
                "Without it a no becomes vague, and candidates want a concrete reason.",
            ),
            "criteria",
        )
    if len(criteria) > t.max_criteria:
        yield Finding(
            "criteria-too-many",
            Severity.WARNING,
            text(
                lg,
                "There are {count} criteria; keep to {limit} or fewer so the most important "
                "ones carry weight.",
                count=len(criteria),
                limit=t.max_criteria,
            ),
            text(
                lg,
                "Too many criteria blur the assessment and make the feedback a list instead "
                "of an honest, concrete reason.",
            ),
            "criteria",
        )


def block_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    for block in meeting.agenda:
        if block.kind == BlockKind.PITCH and not filled(block.talking_points):
            yield Finding(
                "pitch-no-talking-points",
                Severity.INFO,
                text(
                    lg,
                    "The pitch {block} has no talking points yet.",
                    block=block_name(block, lg),
                ),
                text(
                    lg,
                    "Concrete points (the stack, a real project, the development budget) make "
                    "the role tangible; a pitch made up on the spot tends to stay general.",
                ),
                block_target(block),
            )


def day_off_message(meeting: Meeting, lg: str) -> str:
    """What the coach says of a meeting on a day off: which holiday it is, when it is one."""
    from .workdays import holiday_name

    day = format_day(meeting.start, lg)
    holiday = holiday_name(meeting.start.date(), meeting.country, lg)
    if holiday:
        return text(
            lg,
            "The meeting is on {day}, {holiday}, a public holiday where the employer is; "
            "move it to a working day.",
            day=day,
            holiday=holiday,
        )
    if meeting.start.weekday() >= 5:
        return text(lg, "The meeting is on {day}, a weekend; move it to a working day.", day=day)
    return text(
        lg,
        "The meeting is on {day}, a weekend or public holiday where the employer is; "
        "move it to a working day.",
        day=day,
    )
