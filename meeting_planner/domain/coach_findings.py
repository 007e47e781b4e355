"""The coach's checks: each looks at one side of a meeting plan and says what to fix and why.

The checks on the agenda's balance and shape are here; those on the plan's content in
coach_content, on the people in coach_people, on its wording (placeholders, empty
phrases, facts the pitch leaves out) in coach_wording, and what they share in coach_parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from .balance import Balance
from .coach_comments import comment_checks
from .coach_content import (
    block_checks,
    criteria_checks,
    follow_up_checks,
    offer_checks,
    role_checks,
)
from .coach_parts import (
    EPSILON,
    SEVERITY_ORDER,
    Finding,
    Severity,
    block_name,
    block_target,
    first_of,
    pct,
    pct_down,
    pct_up,
    stems,
)
from .coach_people import people_checks
from .coach_wording import pitch_fact_checks, placeholder_checks, vague_checks
from .model import BlockKind, Group, Meeting
from .phrases import text
from .rules import CoachThresholds
from .wording import find, phrases

__all__ = ["SEVERITY_ORDER", "Balance", "Finding", "Severity", "find_all", "stems"]


def find_all(
    meeting: Meeting, t: CoachThresholds, balance: Balance, language: str = "en"
) -> list[Finding]:
    """Every finding for ``meeting``, in a stable order (not yet sorted by severity),
    with messages in ``language``."""
    lg = language
    findings: list[Finding] = []
    findings += placeholder_checks(meeting, lg)
    if meeting.agenda:
        findings += _balance(meeting, t, balance, lg)
        findings += _monologues(meeting, t, lg)
        findings += _case(meeting, t, balance, lg)
        findings += _structure(meeting, t, balance, lg)
        findings += _motivations(meeting, lg)
    else:
        findings.append(
            Finding(
                "agenda-empty",
                Severity.PROBLEM,
                text(lg, "The agenda is empty; add blocks to plan the meeting."),
                text(
                    lg,
                    "Without a plan the meeting drifts into questioning the candidate, and the "
                    "role, the team and the offer go unsaid.",
                ),
                "agenda",
            )
        )
    findings += role_checks(meeting, lg)
    findings += offer_checks(meeting, lg)
    findings += vague_checks(meeting, lg)
    findings += people_checks(meeting, t, lg)
    findings += follow_up_checks(meeting, t, lg)
    findings += criteria_checks(meeting, t, lg)
    if meeting.agenda:
        findings += pitch_fact_checks(meeting, lg)
        findings += block_checks(meeting, lg)
    findings += comment_checks(meeting, lg)
    return findings


def _balance(meeting: Meeting, t: CoachThresholds, b: Balance, lg: str) -> Iterator[Finding]:
    pitch, assess = b.share(Group.PITCH), b.share(Group.ASSESS)
    first_pitch = first_of(meeting.agenda, BlockKind.PITCH)
    if first_pitch is None:
        yield Finding(
            "pitch-missing",
            Severity.PROBLEM,
            text(
                lg,
                "Nothing in the agenda presents the role or the offer; add a pitch block "
                "on the work, the tech and what you offer.",
            ),
            text(
                lg,
                "Team talk, a case and questions do not tell the candidate what the job is "
                "or what it pays. Without a pitch the role stays vague and the offer unknown, "
                "the two most common reasons tech candidates say no.",
            ),
            "agenda",
        )
    elif pitch < t.min_pitch_share - EPSILON:
        yield Finding(
            "pitch-share-low",
            Severity.PROBLEM,
            text(
                lg,
                "Presenting the role and the offer takes {share} of the time ({minutes} of "
                "{total} minutes); give it at least {target}.",
                share=pct_down(pitch),
                minutes=b.minutes[Group.PITCH],
                total=b.total,
                target=pct(t.min_pitch_share),
            ),
            text(
                lg,
                "A few minutes on the role and the offer leave the candidate guessing about "
                "the work, the stack and the package, whatever else the meeting holds.",
            ),
            block_target(first_pitch),
        )
    if b.selling_share < t.min_sell_share - EPSILON:
        uncounted = b.team_uncounted
        message = text(
            lg,
            "Selling takes {share} of the time ({minutes} of {total} minutes); aim for at "
            "least {target}.",
            share=pct_down(b.selling_share),
            minutes=b.selling,
            total=b.total,
            target=pct(t.min_sell_share),
        )
        if uncounted:
            message += " " + text(
                lg,
                "{minutes} minutes of team time are not counted: no future colleague leads them.",
                minutes=uncounted,
            )
        yield Finding(
            "sell-share-low",
            Severity.PROBLEM,
            message,
            text(
                lg,
                "Tech candidates are courted by several employers at once. If they leave "
                "knowing little about the work, the team and the offer, the role feels vague "
                "and the offer thin: the two most common reasons they say no.",
            ),
            "agenda",
        )
    if b.selling_share > t.max_sell_share + EPSILON:
        yield Finding(
            "sell-share-high",
            Severity.WARNING,
            text(
                lg,
                "Selling takes {share} of the time; keep it to {target} or less, so the "
                "candidate gets to talk and try the work.",
                share=pct_up(b.selling_share),
                target=pct(t.max_sell_share),
            ),
            text(
                lg,
                "A meeting that is mostly presentation tells the candidate a lot but lets them "
                "show and ask little; the case and the dialogue are where both sides find out "
                "whether it fits.",
            ),
            "agenda",
        )
    if assess > t.max_assess_share + EPSILON:
        first = first_of(meeting.agenda, BlockKind.DIALOGUE)
        yield Finding(
            "assess-share-high",
            Severity.PROBLEM,
            text(
                lg,
                "Questioning the candidate takes {share} of the time; keep it to {target} or less.",
                share=pct_up(assess),
                target=pct(t.max_assess_share),
            ),
            text(
                lg,
                "A meeting spent questioning the candidate feels like an interrogation. "
                "Candidates read it as a sign of the culture and often lose interest right after.",
            ),
            block_target(first) if first else "agenda",
        )


# Blocks where the company talks and the candidate listens, unless the block invites them in.
_PRESENTING = (BlockKind.PITCH, BlockKind.TEAM, BlockKind.WELCOME)


def _monologues(meeting: Meeting, t: CoachThresholds, lg: str) -> Iterator[Finding]:
    cues = phrases(lg, "dialogue_cues") + (phrases("en", "dialogue_cues") if lg != "en" else ())
    for block in meeting.agenda:
        if block.kind not in _PRESENTING or block.minutes <= t.max_monologue_minutes:
            continue
        if any(find(point, cues) for point in [block.title, *block.talking_points]):
            continue
        yield Finding(
            "monologue",
            Severity.PROBLEM if block.minutes > t.monologue_problem_minutes else Severity.WARNING,
            text(
                lg,
                "{block} presents to the candidate for {minutes} minutes with nothing that "
                "invites them in; split it, or plan questions and a discussion into it.",
                block=block_name(block, lg),
                minutes=block.minutes,
            ),
            text(
                lg,
                "A long presentation turns the candidate into an audience. Candidates judge "
                "the role by the conversation they have about it, not by what they are told.",
            ),
            block_target(block),
        )


def _case(meeting: Meeting, t: CoachThresholds, b: Balance, lg: str) -> Iterator[Finding]:
    cases = [block for block in meeting.agenda if block.kind == BlockKind.CASE]
    exam_why = text(
        lg,
        "A case gives a taste of the real work, but a long one feels like an exam or "
        "unpaid work, and leaves too little time to show the role and talk together.",
    )
    share = b.share(Group.CASE)
    if share > t.max_case_share + EPSILON:
        yield Finding(
            "case-share-high",
            Severity.WARNING,
            text(
                lg,
                "The case takes {share} of the time; keep it to {target} or less.",
                share=pct_up(share),
                target=pct(t.max_case_share),
            ),
            exam_why,
            block_target(cases[0]),
        )
    case_minutes = sum(block.minutes for block in cases)
    if case_minutes > t.max_case_minutes:
        yield Finding(
            "case-too-long",
            Severity.WARNING,
            text(
                lg,
                "The case runs {minutes} minutes in the agenda; keep it to {limit} minutes "
                "or less.",
                minutes=case_minutes,
                limit=t.max_case_minutes,
            ),
            exam_why,
            block_target(cases[0]),
        )
    elif meeting.case.minutes > t.max_case_minutes:
        yield Finding(
            "case-too-long",
            Severity.WARNING,
            text(
                lg,
                "The case task is planned for {minutes} minutes; keep it to {limit} minutes "
                "or less.",
                minutes=meeting.case.minutes,
                limit=t.max_case_minutes,
            ),
            exam_why,
            "case",
        )
    if not cases and meeting.planned_minutes >= t.case_expected_from_minutes:
        yield Finding(
            "case-missing",
            Severity.WARNING,
            text(
                lg,
                "This {minutes}-minute meeting has no case; meetings of {limit} minutes or "
                "more have room for a short one.",
                minutes=meeting.planned_minutes,
                limit=t.case_expected_from_minutes,
            ),
            text(
                lg,
                "A small case shows the candidate the real problems they would solve. That "
                "makes the role concrete and raises interest, and it shows you how they work.",
            ),
            "agenda",
        )
    if cases and meeting.case.is_empty:
        yield Finding(
            "case-undescribed",
            Severity.INFO,
            text(lg, "The agenda has time for a case, but the case itself is not described yet."),
            text(
                lg,
                "A case prepared on the spot rarely resembles the real work, and the real work "
                "is what makes the role concrete to the candidate.",
            ),
            "case",
        )


def _structure(meeting: Meeting, t: CoachThresholds, b: Balance, lg: str) -> Iterator[Finding]:
    questions = [blk for blk in meeting.agenda if blk.kind == BlockKind.CANDIDATE_QUESTIONS]
    questions_why = text(
        lg,
        "The candidate's own questions show what matters to them and what worries them. "
        "Worries about the role, the team or the offer left unanswered are what make "
        "candidates decline.",
    )
    if not questions:
        yield Finding(
            "questions-missing",
            Severity.WARNING,
            text(
                lg,
                "There is no time for the candidate's own questions; set aside at least "
                "{target} of the meeting.",
                target=pct(t.min_questions_share),
            ),
            questions_why,
            "agenda",
        )
    else:
        share = sum(blk.minutes for blk in questions) / b.total if b.total else 0.0
        if share < t.min_questions_share - EPSILON:
            yield Finding(
                "questions-share-low",
                Severity.WARNING,
                text(
                    lg,
                    "The candidate's questions get {share} of the time; aim for at least {target}.",
                    share=pct_down(share),
                    target=pct(t.min_questions_share),
                ),
                questions_why,
                block_target(questions[0]),
            )
    if first_of(meeting.agenda, BlockKind.NEXT_STEPS) is None:
        yield Finding(
            "next-steps-missing",
            Severity.WARNING,
            text(
                lg,
                "The meeting ends without next steps; close by saying what happens next and "
                "when the candidate will hear from you.",
            ),
            text(
                lg,
                "Many candidates say no because another offer came first. A clear timeline "
                "from the start keeps them waiting for yours.",
            ),
            "agenda",
        )
    opening = next(
        (blk for blk in meeting.agenda if blk.kind not in (BlockKind.WELCOME, BlockKind.BREAK)),
        None,
    )
    if opening is not None and opening.kind in (BlockKind.DIALOGUE, BlockKind.CASE):
        message = (
            text(
                lg,
                "The meeting opens with a case ({block}); open with the role, the team or "
                "the offer instead.",
                block=block_name(opening, lg),
            )
            if opening.kind == BlockKind.CASE
            else text(
                lg,
                "The meeting opens with questions ({block}); open with the role, the team "
                "or the offer instead.",
                block=block_name(opening, lg),
            )
        )
        yield Finding(
            "opens-with-assessment",
            Severity.WARNING,
            message,
            text(
                lg,
                "Opening with questions or a test sets the tone of an exam. Opening with the "
                "work and the team shows the candidate that they are the one being courted.",
            ),
            block_target(opening),
        )
    over = b.total - meeting.planned_minutes
    if over > 0:
        # The candidate is told when the meeting ends, and nothing may reach them that
        # breaks it (the preflight stops the agenda): a little over is worth fixing, a
        # lot over is a plan to redo.
        yield Finding(
            "agenda-over-time",
            Severity.PROBLEM if over > t.max_over_minutes else Severity.WARNING,
            text(
                lg,
                "The agenda adds up to {total} minutes, {over} more than the {planned} "
                "planned, so it ends after the time the candidate is told; shorten a block "
                "or plan a longer meeting.",
                total=b.total,
                over=over,
                planned=meeting.planned_minutes,
            ),
            text(
                lg,
                "An overrunning meeting cuts what comes last: the candidate's questions and "
                "the next steps, the parts that keep a candidate interested.",
            ),
            "agenda",
        )
    elif -over > t.max_under_minutes:
        yield Finding(
            "agenda-under-time",
            Severity.INFO,
            text(
                lg,
                "The agenda adds up to {total} minutes, {under} fewer than the {planned} planned.",
                total=b.total,
                under=-over,
                planned=meeting.planned_minutes,
            ),
            text(
                lg,
                "Time left unplanned is time you could spend showing the work, the team and "
                "the offer.",
            ),
            "agenda",
        )


def _motivations(meeting: Meeting, lg: str) -> Iterator[Finding]:
    pitched: set[str] = set()
    for block in meeting.agenda:
        if block.kind == BlockKind.PITCH:
            pitched |= stems([block.title, *block.talking_points])
    for i, motivation in enumerate(meeting.candidate.motivations):
        wanted = stems([motivation])
        if wanted and not wanted & pitched:
            yield Finding(
                "motivation-unaddressed",
                Severity.WARNING,
                text(
                    lg,
                    "No pitch speaks to what the candidate wants: “{motivation}”.",
                    motivation=motivation.strip(),
                ),
                text(
                    lg,
                    "The candidate told you what matters to them. An offer that never "
                    "mentions it looks weaker than a rival's that does.",
                ),
                f"candidate.motivations[{i}]",
            )
