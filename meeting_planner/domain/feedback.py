"""The feedback composer: a reasoned answer to the candidate, drafted from the ranked criteria."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from . import rules
from .feedback_phrases import PHRASES
from .model import Criterion, Decision, DomainError, Language, Meeting, Part, Rating
from .placeholders import has_placeholder, placeholders_in
from .plain import record
from .reasons import names_criterion

# Every sentence of a letter, by language (data, in their own module).
__all__ = [
    "PHRASES",
    "Assessment",
    "NoDecisionError",
    "SendProblem",
    "assess",
    "draft_feedback",
    "send_problems",
]


class NoDecisionError(DomainError):
    """The debrief has no decision yet, so there is nothing to tell the candidate."""


class SendProblem(StrEnum):
    """Why a letter cannot be marked as sent yet."""

    EMPTY = "empty"
    NOT_ENDED = "not_ended"
    PLACEHOLDERS = "placeholders"


@record(frozen=True)
class Assessment:
    """The rated criteria split by the composer's rule, most important first, each with
    its rating (for the line shared with the candidate)."""

    unmet: list[tuple[Criterion, Rating]]
    met: list[tuple[Criterion, Rating]]


def phrases(language: Language | str) -> dict[str, str]:
    """The phrases for ``language``, with English filling anything not yet translated."""
    english = PHRASES["en"]
    own = PHRASES.get(str(language), {})
    return {key: own.get(key, text) for key, text in english.items()}


def assess(meeting: Meeting) -> Assessment:
    """Ranked criteria with a rating, split into not met (1-2) and met (3-4); unrated
    criteria are left out."""
    unmet: list[tuple[Criterion, Rating]] = []
    met: list[tuple[Criterion, Rating]] = []
    for criterion in meeting.ranked_criteria:
        rating = meeting.debrief.rating_for(criterion.id)
        if rating is None or rating.rating is None:
            continue
        target = met if rating.rating >= rules.FEEDBACK_MET_RATING else unmet
        target.append((criterion, rating))
    return Assessment(unmet=unmet, met=met)


def draft_feedback(meeting: Meeting) -> str:
    """The answer to the candidate for the debrief's decision, in the meeting's language.

    Built only from what is meant for the candidate: the role, the ranked criteria
    with their names and descriptions, the line per criterion the panel wrote for the
    candidate, the manager's chosen reason and whether a later role could fit. The
    panel's evidence, concerns, notes and decision notes never appear. Where the
    debrief has no line for the candidate, the criterion is named in plain words and
    a placeholder ("[to fill in: ...]") asks for one concrete sentence. Raises
    NoDecisionError without a decision.
    """
    decision = meeting.debrief.decision
    if decision is None:
        raise NoDecisionError("there is no decision yet: record one in the debrief first")
    words = phrases(meeting.language)
    found = assess(meeting)
    body = {
        Decision.REJECT: _reject,
        Decision.ADVANCE: _advance,
        Decision.OFFER: _offer,
        Decision.HOLD: _hold,
    }[decision](meeting, found, words)
    paragraphs = [_greeting(meeting, words), _thanks(meeting, words), *body]
    paragraphs.append(_signature(meeting, words))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def has_gaps(text: str, language: Language | str = Language.EN) -> bool:
    """Whether a letter still holds a placeholder ("[to fill in: ...]", "[Name]")."""
    return has_placeholder(text)


def send_problems(meeting: Meeting, text: str, now: datetime) -> list[SendProblem]:
    """Why ``text`` cannot be marked as sent to the candidate at ``now``; empty when it can.

    A letter is about a meeting that has ended (its recorded end, else its planned
    end), and holds no placeholder left for the manager to fill.
    """
    problems = []
    if not text.strip():
        problems.append(SendProblem.EMPTY)
    if _naive(now) < _naive(meeting.end):
        problems.append(SendProblem.NOT_ENDED)
    if has_placeholder(text):
        problems.append(SendProblem.PLACEHOLDERS)
    return problems


def gaps_in(text: str) -> list[str]:
    """The placeholders left in a letter, each once, in order."""
    return list(dict.fromkeys(placeholders_in(text)))


def manager_name(meeting: Meeting) -> tuple[str, str]:
    """The name and title the answer is signed with: the hiring manager's, if named
    (a template's "[Hiring manager's name]" is no name)."""
    named = [p for p in meeting.participants if p.name.strip() and not has_placeholder(p.name)]
    manager = next((p for p in named if p.part == Part.MANAGER), None)
    if manager is None:
        return "", ""
    title = "" if has_placeholder(manager.title) else manager.title.strip()
    return manager.name.strip(), title


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


def date_text(day: date, language: Language | str = Language.EN) -> str:
    """A date as people write it in a letter: "Monday 23 November"."""
    words = phrases(language)
    return words["date"].format(
        weekday=words["weekdays"].split()[day.weekday()],
        day=day.day,
        month=words["months"].split()[day.month - 1],
    )


# -- the parts of a draft ---------------------------------------------------------------
def _greeting(meeting: Meeting, words: dict[str, str]) -> str:
    name = "" if has_placeholder(meeting.candidate.name) else first_name(meeting.candidate.name)
    return words["greeting"].format(name=name) if name else words["greeting_no_name"]


def _thanks(meeting: Meeting, words: dict[str, str]) -> str:
    role = meeting.role.title.strip() or meeting.title.strip() or words["role_fallback"]
    key = "thanks" if meeting.case.is_empty else "thanks_case"
    return words[key].format(date=date_text(meeting.start.date(), meeting.language), role=role)


def _chosen_reason(meeting: Meeting) -> str:
    return _sentence(meeting.debrief.shared_reason)


def _reject(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    chosen = _chosen_reason(meeting)
    lines = [chosen] if chosen else []
    reasons = found.unmet[: rules.FEEDBACK_REASONS_MAX]
    top = meeting.ranked_criteria[0] if meeting.ranked_criteria else None
    for index, (criterion, rating) in enumerate(reasons):
        shared = _sentence(rating.shared)
        if chosen and names_criterion(chosen, criterion):
            # The manager's reason already names it; a line for the candidate adds detail.
            lines += [shared] if shared else []
            continue
        if index == 0:
            key = "reason_top" if top is not None and criterion.id == top.id else "reason_first"
        else:
            key = "reason_more"
        lines.append(words[key].format(name=_name(criterion), about=_about(criterion, words)))
        lines.append(shared or _shared_gap(criterion, words))
    if not lines:
        lines.append(words["reason_gap"])
    strengths = _strengths(found, words, words["strengths_intro"], gap=False)
    door = words["reject_door"] if meeting.debrief.later_role else ""
    return [
        f"{words['reject_intro']} {' '.join(lines)}",
        strengths,
        door,
        words["invite_reject"],
    ]


def _advance(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    parts = [
        _with_reason(words["advance_intro"], meeting),
        _strengths(found, words, words["strengths_intro_good"]),
    ]
    explore = [_name(c) for c, _ in found.unmet[: rules.FEEDBACK_REASONS_MAX]]
    if explore:
        parts.append(words["advance_explore"].format(names=_joined(explore, words)))
    parts += [words["advance_next"].format(date=_due(meeting)), words["invite"]]
    return parts


def _offer(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    return [
        _with_reason(words["offer_intro"], meeting),
        _strengths(found, words, words["strengths_intro_good"]),
        words["offer_next"].format(date=_due(meeting)),
        words["invite"],
    ]


def _hold(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    return [
        _with_reason(words["hold_intro"], meeting),
        _strengths(found, words, words["strengths_intro_hold"], gap=False),
        words["hold_next"].format(date=_due(meeting)),
        words["invite"],
    ]


def _with_reason(intro: str, meeting: Meeting) -> str:
    chosen = _chosen_reason(meeting)
    return f"{intro} {chosen}" if chosen else intro


def _strengths(found: Assessment, words: dict[str, str], intro: str, *, gap: bool = True) -> str:
    """The met criteria, most important first, one sentence each: the line the panel
    wrote for the candidate, or the criterion in plain words and a gap asking for one."""
    shown = found.met[: rules.FEEDBACK_STRENGTHS_MAX]
    if not shown:
        return f"{intro}\n{words['strengths_gap']}" if gap else ""
    lines = [intro]
    for criterion, rating in shown:
        shared = _sentence(rating.shared)
        if shared:
            lines.append(f"- {shared}")
        else:
            named = words["strength_named"].format(
                name=_name(criterion), about=_about(criterion, words)
            )
            lines.append(f"- {named} {_shared_gap(criterion, words)}")
    return "\n".join(lines)


def _shared_gap(criterion: Criterion, words: dict[str, str]) -> str:
    """A placeholder asking for one concrete sentence about ``criterion``; the name is
    cut and freed of brackets so that the gap is always recognised as a placeholder."""
    name = _name(criterion).replace("[", "(").replace("]", ")")
    if len(name) > rules.FEEDBACK_GAP_NAME_MAX:
        name = name[: rules.FEEDBACK_GAP_NAME_MAX].rstrip() + "…"
    return words["shared_gap"].format(name=name)


def _signature(meeting: Meeting, words: dict[str, str]) -> str:
    name, title = manager_name(meeting)
    lines = [words["closing"], name or words["signature_gap"]]
    if name and title:
        lines.append(title)
    if meeting.role.company.strip():
        lines.append(meeting.role.company.strip())
    return "\n".join(lines)


def _due(meeting: Meeting) -> str:
    return date_text(meeting.decision_due.date(), meeting.language)


def _name(criterion: Criterion) -> str:
    """The criterion's name as it reads mid-sentence: "problem solving", but "SQL"."""
    return _mid_sentence(" ".join(criterion.name.split())) or "?"


def _about(criterion: Criterion, words: dict[str, str]) -> str:
    """What the criterion asks for, from its description, lower-cased to sit mid-sentence."""
    text = _mid_sentence(" ".join(criterion.description.split()).rstrip(".;: "))
    return words["about"].format(text=text) if text else ""


def _mid_sentence(text: str) -> str:
    # "Finds the cause" reads "finds the cause" mid-sentence; "SQL tuning" keeps its case.
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _sentence(text: str) -> str:
    """A line the manager wrote for the candidate, as one tidy sentence: capital first,
    a full stop last (unless it already ends a sentence)."""
    line = " ".join(text.split())
    if not line:
        return ""
    line = line[0].upper() + line[1:]
    return line if line[-1] in '.!?…)»”"' else line + "."


def _joined(items: list[str], words: dict[str, str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {words['and']} {items[-1]}"


def _naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)
