"""The coach's checks: each looks at one side of a meeting plan and says what to fix and why."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from . import rules
from .model import AgendaBlock, BlockKind, Group, Meeting, Part
from .rules import CoachThresholds


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


# Problems first, hints last.
SEVERITY_ORDER: dict[Severity, int] = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed.

    ``id`` is stable across versions (the UI and tests key on it); ``target`` is
    ``block:<block id>`` or a field path such as ``role.tech_stack``.
    """

    id: str
    severity: Severity
    message: str
    why: str
    target: str


@dataclass(frozen=True)
class Balance:
    """Minutes of the agenda per group, and their total."""

    minutes: dict[Group, int]
    total: int

    def share(self, group: Group) -> float:
        return self.minutes[group] / self.total if self.total else 0.0


# Floating-point shares exactly at a threshold must pass, whatever the rounding.
_EPSILON = 1e-9

# Words that say nothing about what a candidate wants, so they never count as a match.
_STOP_WORDS = frozenset(
    """a about able all also an and any are as at be been being but by can could do
    does for from get good great has have he her his how i in into is it its lot lots
    many me more much my new nice no not of on or other our own place really she so
    some than that the their them they this to up us very want wants was we were what
    when where which who will with would you your job jobs role company work working
    works""".split()
)
_WORD = re.compile(r"[^\W_]+")


def find_all(meeting: Meeting, t: CoachThresholds, balance: Balance) -> list[Finding]:
    """Every finding for ``meeting``, in a stable order (not yet sorted by severity)."""
    findings: list[Finding] = []
    if meeting.agenda:
        findings += _balance(meeting, t, balance)
        findings += _case(meeting, t, balance)
        findings += _structure(meeting, t, balance)
        findings += _motivations(meeting)
    else:
        findings.append(
            Finding(
                "agenda-empty",
                Severity.PROBLEM,
                "The agenda is empty; add blocks to plan the meeting.",
                "Without a plan the meeting drifts into questioning the candidate, and the "
                "role, the team and the offer go unsaid.",
                "agenda",
            )
        )
    findings += _role(meeting)
    findings += _offer(meeting)
    findings += _people(meeting)
    findings += _follow_up(meeting, t)
    findings += _criteria(meeting, t)
    if meeting.agenda:
        findings += _blocks(meeting)
    return findings


def _balance(meeting: Meeting, t: CoachThresholds, b: Balance) -> Iterator[Finding]:
    sell, assess = b.share(Group.SELL), b.share(Group.ASSESS)
    if sell < t.min_sell_share - _EPSILON:
        yield Finding(
            "sell-share-low",
            Severity.PROBLEM,
            f"Selling takes {_pct_down(sell)} of the time ({b.minutes[Group.SELL]} of "
            f"{b.total} minutes); aim for at least {_pct(t.min_sell_share)}.",
            "Tech candidates are courted by several employers at once. If they leave "
            "knowing little about the work, the team and the offer, the role feels vague "
            "and the offer thin: the two most common reasons they say no.",
            "agenda",
        )
    if assess > t.max_assess_share + _EPSILON:
        first = _first(meeting.agenda, BlockKind.DIALOGUE)
        yield Finding(
            "assess-share-high",
            Severity.PROBLEM,
            f"Questioning the candidate takes {_pct_up(assess)} of the time; keep it "
            f"to {_pct(t.max_assess_share)} or less.",
            "A meeting spent questioning the candidate feels like an interrogation. "
            "Candidates read it as a sign of the culture and often lose interest right after.",
            _block_target(first) if first else "agenda",
        )


def _case(meeting: Meeting, t: CoachThresholds, b: Balance) -> Iterator[Finding]:
    cases = [block for block in meeting.agenda if block.kind == BlockKind.CASE]
    exam_why = (
        "A case gives a taste of the real work, but a long one feels like an exam or "
        "unpaid work, and leaves too little time to show the role and talk together."
    )
    share = b.share(Group.CASE)
    if share > t.max_case_share + _EPSILON:
        yield Finding(
            "case-share-high",
            Severity.WARNING,
            f"The case takes {_pct_up(share)} of the time; keep it to "
            f"{_pct(t.max_case_share)} or less.",
            exam_why,
            _block_target(cases[0]),
        )
    case_minutes = sum(block.minutes for block in cases)
    if case_minutes > t.max_case_minutes:
        yield Finding(
            "case-too-long",
            Severity.WARNING,
            f"The case runs {case_minutes} minutes in the agenda; keep it to "
            f"{t.max_case_minutes} minutes or less.",
            exam_why,
            _block_target(cases[0]),
        )
    elif meeting.case.minutes > t.max_case_minutes:
        yield Finding(
            "case-too-long",
            Severity.WARNING,
            f"The case task is planned for {meeting.case.minutes} minutes; keep it to "
            f"{t.max_case_minutes} minutes or less.",
            exam_why,
            "case",
        )
    if not cases and meeting.planned_minutes >= t.case_expected_from_minutes:
        yield Finding(
            "case-missing",
            Severity.WARNING,
            f"This {meeting.planned_minutes}-minute meeting has no case; meetings of "
            f"{t.case_expected_from_minutes} minutes or more have room for a short one.",
            "A small case shows the candidate the real problems they would solve. That "
            "makes the role concrete and raises interest, and it shows you how they work.",
            "agenda",
        )
    if cases and meeting.case.is_empty:
        yield Finding(
            "case-undescribed",
            Severity.INFO,
            "The agenda has time for a case, but the case itself is not described yet.",
            "A case prepared on the spot rarely resembles the real work, and the real work "
            "is what makes the role concrete to the candidate.",
            "case",
        )


def _structure(meeting: Meeting, t: CoachThresholds, b: Balance) -> Iterator[Finding]:
    questions = [blk for blk in meeting.agenda if blk.kind == BlockKind.CANDIDATE_QUESTIONS]
    questions_why = (
        "The candidate's own questions show what matters to them and what worries them. "
        "Worries about the role, the team or the offer left unanswered are what make "
        "candidates decline."
    )
    if not questions:
        yield Finding(
            "questions-missing",
            Severity.WARNING,
            "There is no time for the candidate's own questions; set aside at least "
            f"{_pct(t.min_questions_share)} of the meeting.",
            questions_why,
            "agenda",
        )
    else:
        share = sum(blk.minutes for blk in questions) / b.total if b.total else 0.0
        if share < t.min_questions_share - _EPSILON:
            yield Finding(
                "questions-share-low",
                Severity.WARNING,
                f"The candidate's questions get {_pct_down(share)} of the time; aim for "
                f"at least {_pct(t.min_questions_share)}.",
                questions_why,
                _block_target(questions[0]),
            )
    if _first(meeting.agenda, BlockKind.NEXT_STEPS) is None:
        yield Finding(
            "next-steps-missing",
            Severity.WARNING,
            "The meeting ends without next steps; close by saying what happens next and "
            "when the candidate will hear from you.",
            "Many candidates say no because another offer came first. A clear timeline "
            "from the start keeps them waiting for yours.",
            "agenda",
        )
    opening = next(
        (blk for blk in meeting.agenda if blk.kind not in (BlockKind.WELCOME, BlockKind.BREAK)),
        None,
    )
    if opening is not None and opening.kind in (BlockKind.DIALOGUE, BlockKind.CASE):
        what = "a case" if opening.kind == BlockKind.CASE else "questions"
        yield Finding(
            "opens-with-assessment",
            Severity.WARNING,
            f"The meeting opens with {what} ({_block_name(opening)}); open with the role, "
            "the team or the offer instead.",
            "Opening with questions or a test sets the tone of an exam. Opening with the work "
            "and the team shows the candidate that they are the one being courted.",
            _block_target(opening),
        )
    over = b.total - meeting.planned_minutes
    if over > t.max_over_minutes:
        yield Finding(
            "agenda-over-time",
            Severity.WARNING,
            f"The agenda adds up to {b.total} minutes, {over} more than the "
            f"{meeting.planned_minutes} planned; up to {t.max_over_minutes} over is fine.",
            "An overrunning meeting cuts what comes last: the candidate's questions and "
            "the next steps, the parts that keep a candidate interested.",
            "agenda",
        )
    elif -over > t.max_under_minutes:
        yield Finding(
            "agenda-under-time",
            Severity.INFO,
            f"The agenda adds up to {b.total} minutes, {-over} fewer than the "
            f"{meeting.planned_minutes} planned.",
            "Time left unplanned is time you could spend showing the work, the team and the offer.",
            "agenda",
        )


def _motivations(meeting: Meeting) -> Iterator[Finding]:
    pitched: set[str] = set()
    for block in meeting.agenda:
        if block.kind == BlockKind.PITCH:
            pitched |= _stems([block.title, *block.talking_points])
    for i, motivation in enumerate(meeting.candidate.motivations):
        wanted = _stems([motivation])
        if wanted and not wanted & pitched:
            yield Finding(
                "motivation-unaddressed",
                Severity.WARNING,
                f"No pitch speaks to what the candidate wants: “{motivation.strip()}”.",
                "The candidate told you what matters to them. An offer that never mentions "
                "it looks weaker than a rival's that does.",
                f"candidate.motivations[{i}]",
            )


def _role(meeting: Meeting) -> Iterator[Finding]:
    why = (
        "A vague role is the most common reason tech candidates lose interest: they want "
        "to know the technical environment, what they will own and which problems they "
        "will solve."
    )
    role = meeting.role
    if not _filled(role.tech_stack):
        yield Finding(
            "role-no-stack",
            Severity.WARNING,
            "The role names no tech stack.",
            why,
            "role.tech_stack",
        )
    if not _filled(role.responsibilities):
        yield Finding(
            "role-no-responsibilities",
            Severity.WARNING,
            "The role lists no responsibilities.",
            why,
            "role.responsibilities",
        )
    if not _filled(role.problems):
        yield Finding(
            "role-no-problems",
            Severity.WARNING,
            "The role names no problems the new person will solve.",
            why,
            "role.problems",
        )


def _offer(meeting: Meeting) -> Iterator[Finding]:
    offer = meeting.offer
    if not offer.salary.is_set:
        yield Finding(
            "offer-no-salary",
            Severity.WARNING,
            "The offer has no salary range.",
            "An offer that is not competitive is a top reason to decline. Without a "
            "range, neither you nor the candidate can tell whether it is.",
            "offer.salary",
        )
    if not offer.has_flexibility:
        yield Finding(
            "offer-no-flexibility",
            Severity.WARNING,
            "The offer says nothing about flexibility, such as remote days or hours.",
            "Tech candidates compare the whole package, not only the salary; hybrid work "
            "and work-life balance often decide between two offers.",
            "offer.flexibility",
        )
    if not offer.has_development:
        yield Finding(
            "offer-no-development",
            Severity.WARNING,
            "The offer says nothing about development: no budget, time or career paths.",
            "Continuous learning and new technical platforms weigh heavily for tech "
            "candidates; an offer silent on them looks like a dead end.",
            "offer.development_paths",
        )


def _people(meeting: Meeting) -> Iterator[Finding]:
    has_colleague = any(p.part == Part.COLLEAGUE for p in meeting.participants)
    has_team_block = _first(meeting.agenda, BlockKind.TEAM) is not None
    if not (has_colleague or has_team_block):
        yield Finding(
            "colleague-missing",
            Severity.WARNING,
            "The candidate meets no future colleague: no colleague takes part and no "
            "block is set aside for the team.",
            "Candidates judge the culture by the people. Meeting future colleagues shows "
            "how the team really works; without them the culture stays a claim.",
            "participants",
        )


def _follow_up(meeting: Meeting, t: CoachThresholds) -> Iterator[Finding]:
    hours = meeting.follow_up.feedback_hours
    if hours > t.max_feedback_hours:
        yield Finding(
            "feedback-slow",
            Severity.WARNING,
            f"Feedback is due {hours} hours after the meeting; candidates expect an answer "
            f"within {t.max_feedback_hours} hours.",
            "A slow process loses candidates: many accept another offer while they wait, "
            "and no answer is their biggest frustration.",
            "follow_up.feedback_hours",
        )


def _criteria(meeting: Meeting, t: CoachThresholds) -> Iterator[Finding]:
    criteria = meeting.criteria
    if not criteria:
        yield Finding(
            "criteria-missing",
            Severity.WARNING,
            "No selection criteria are set; name the few that matter most and rank them.",
            "Ranked criteria steer the assessment and give the feedback its reasons. "
            "A no without a reason is candidates' second biggest frustration.",
            "criteria",
        )
        return
    ranks = [c.rank for c in criteria if c.rank is not None]
    unranked = len(criteria) - len(ranks)
    shared = len(ranks) - len(set(ranks))
    if unranked or shared:
        parts = []
        if unranked:
            parts.append(f"{unranked} of {len(criteria)} criteria have no rank")
        if shared:
            parts.append("some criteria share a rank")
        yield Finding(
            "criteria-unranked",
            Severity.WARNING,
            f"{' and '.join(parts).capitalize()}; rank them, most important first.",
            "A ranking decides what counts most, in the assessment and in the feedback. "
            "Without it a no becomes vague, and candidates want a concrete reason.",
            "criteria",
        )
    if len(criteria) > t.max_criteria:
        yield Finding(
            "criteria-too-many",
            Severity.WARNING,
            f"There are {len(criteria)} criteria; keep to {t.max_criteria} or fewer so the "
            "most important ones carry weight.",
            "Too many criteria blur the assessment and make the feedback a list instead "
            "of an honest, concrete reason.",
            "criteria",
        )


def _blocks(meeting: Meeting) -> Iterator[Finding]:
    for block in meeting.agenda:
        if block.kind == BlockKind.PITCH and not _filled(block.talking_points):
            yield Finding(
                "pitch-no-talking-points",
                Severity.INFO,
                f"The pitch {_block_name(block)} has no talking points yet.",
                "Concrete points (the stack, a real project, the development budget) make "
                "the role tangible; a pitch made up on the spot tends to stay general.",
                _block_target(block),
            )
    for block in meeting.agenda:
        if block.kind != BlockKind.BREAK and not block.owner.strip():
            yield Finding(
                "block-no-owner",
                Severity.INFO,
                f"Nobody leads {_block_name(block)}.",
                "When each part has a lead, the meeting keeps its time and its balance, "
                "and the candidate meets people who know their subject.",
                _block_target(block),
            )


def _stems(texts: Iterable[str]) -> set[str]:
    """Word stems that carry meaning: lowercase, no punctuation or stop words, cut short."""
    stems = set()
    for text in texts:
        for word in _WORD.findall(text.lower()):
            if len(word) > 1 and word not in _STOP_WORDS:
                stems.add(word[: rules.MOTIVATION_STEM_LETTERS])
    return stems


def _filled(items: list[str]) -> bool:
    return any(item.strip() for item in items)


def _first(blocks: list[AgendaBlock], kind: BlockKind) -> AgendaBlock | None:
    return next((blk for blk in blocks if blk.kind == kind), None)


def _block_target(block: AgendaBlock) -> str:
    return f"block:{block.id}"


def _block_name(block: AgendaBlock) -> str:
    title = block.title.strip()
    return f"“{title}”" if title else f"the {block.kind.value.replace('_', ' ')} block"


def _pct(share: float) -> str:
    return f"{round(share * 100)} %"


# Shown figures round away from the threshold, so a share just under 35 % never
# reads "35 %; aim for at least 35 %".
def _pct_down(share: float) -> str:
    return f"{math.floor(share * 100 + _EPSILON)} %"


def _pct_up(share: float) -> str:
    return f"{math.ceil(share * 100 - _EPSILON)} %"
