"""The debrief form: a fillable PDF the panel completes right after the meeting, on screen or paper.

Field names are stable; the importer and anyone scripting the form rely on them:

- ``mp_meeting_id``: read-only, the meeting's id (also in the document keywords).
- ``mp_meeting_label``: read-only and hidden, "candidate, date", to name the meeting
  a form belongs to when it is imported into the wrong one.
- ``mp_interviewer_id`` and ``mp_interviewer``: read-only, on one interviewer's own form
  only: the participant's id and name. Such a form is that person's scorecard; it has
  their recommendation (``decision``) and notes (``reasons``), and no shared reason,
  later-role tick or feedback, which stay the hiring manager's.
- ``crit_<key>_rating``: radio group, values "1" to "4", one per criterion.
- ``crit_<key>_evidence``: text, the evidence seen for that criterion (internal).
- ``crit_<key>_shared``: text, what to tell the candidate about it, written to them.
  ``<key>`` is the criterion's id where it is made of letters, digits and "-",
  otherwise "_" followed by the id's UTF-8 bytes in hex (see ``criterion_key``).
- ``interest``: radio group, "1" to "5".
- ``resonated``: text.
- ``concern_<category>``: check box, one per concern category (``role_clarity``...);
  ``concern_<category>_text``: text, what the candidate said about it.
- ``competing_offers``, ``competing_timeline``: text.
- ``decision``: radio group, "advance", "offer", "reject" or "hold".
- ``shared_reason``: text, the reason to give the candidate, tied to a criterion.
- ``later_role``: check box, the candidate could fit a later role (keep in touch).
- ``reasons`` (the panel's notes on the decision), ``feedback``: text.

Every text field takes any text and any length; none has a maximum length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.model import ConcernCategory, Decision
from ..domain.phrases import format_moment, format_short_day, format_when, mark, plural, text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from ..domain.model import Criterion, Meeting, Participant

FORM_KIND = "meeting-planner-debrief-form"
MEETING_ID = "mp_meeting_id"
MEETING_LABEL = "mp_meeting_label"
INTERVIEWER_ID = "mp_interviewer_id"
INTERVIEWER_NAME = "mp_interviewer"
INTEREST = "interest"
RESONATED = "resonated"
COMPETING_OFFERS = "competing_offers"
COMPETING_TIMELINE = "competing_timeline"
DECISION = "decision"
REASONS = "reasons"
SHARED_REASON = "shared_reason"
LATER_ROLE = "later_role"
FEEDBACK = "feedback"

RATING_VALUES = tuple(str(n) for n in range(rules.RATING_MIN, rules.RATING_MAX + 1))
INTEREST_VALUES = tuple(str(n) for n in range(rules.INTEREST_MIN, rules.INTEREST_MAX + 1))
DECISION_VALUES = tuple(d.value for d in Decision)

# Labels in English; the form shows them in the meeting's language through ``text``.
RATING_LABELS = {
    "1": mark("1 not shown"),
    "2": mark("2 partly"),
    "3": mark("3 clearly"),
    "4": mark("4 strongly"),
}
INTEREST_LABELS = {"1": mark("1 cool"), "2": "2", "3": "3", "4": "4", "5": mark("5 keen")}
DECISION_LABELS = {
    Decision.ADVANCE: mark("Advance to the next step"),
    Decision.OFFER: mark("Make an offer"),
    Decision.REJECT: mark("Say no"),
    Decision.HOLD: mark("Hold"),
}
CONCERN_LABELS = {
    ConcernCategory.ROLE_CLARITY: mark("The role felt unclear"),
    ConcernCategory.PROCESS_TEMPO: mark("The process is slow"),
    ConcernCategory.CULTURE_VALUES: mark("Culture or values"),
    ConcernCategory.COMPENSATION: mark("Pay or the offer"),
    ConcernCategory.FLEXIBILITY: mark("Flexibility, remote work"),
    ConcernCategory.DEVELOPMENT: mark("Learning and growth"),
    ConcernCategory.OTHER: mark("Something else"),
}

_PLAIN_KEY = re.compile(r"[A-Za-z0-9-]{1,64}")


def criterion_key(criterion_id: str) -> str:
    """The part of a criterion's field names that stands for its id (never contains a dot)."""
    if _PLAIN_KEY.fullmatch(criterion_id):
        return criterion_id
    return "_" + criterion_id.encode("utf-8").hex()


def criterion_id_from_key(key: str) -> str:
    """The criterion id a key stands for; raises ValueError for a key no form would hold."""
    if key.startswith("_"):
        return bytes.fromhex(key[1:]).decode("utf-8")
    if not _PLAIN_KEY.fullmatch(key):
        raise ValueError(f"not a criterion key: {key!r}")
    return key


def rating_field(criterion_id: str) -> str:
    return f"crit_{criterion_key(criterion_id)}_rating"


def evidence_field(criterion_id: str) -> str:
    return f"crit_{criterion_key(criterion_id)}_evidence"


def shared_field(criterion_id: str) -> str:
    return f"crit_{criterion_key(criterion_id)}_shared"


def concern_field(category: ConcernCategory) -> str:
    return f"concern_{category.value}"


def concern_text_field(category: ConcernCategory) -> str:
    return f"concern_{category.value}_text"


def meeting_label(meeting: Meeting) -> str:
    """How the form names its meeting in messages: "Ana Lima, 2026-11-23"."""
    name = meeting.candidate.name.strip() or "no candidate name"
    return f"{name}, {meeting.start.date().isoformat()}"


def export_debrief_form(
    meeting: Meeting, *, paper: str = "a4", interviewer: Participant | None = None
) -> bytes:
    """The fillable debrief form for ``meeting``, as PDF bytes; with ``interviewer``,
    that person's own scorecard form."""
    from .metadata import document_author, document_keywords
    from .page import PageMarks, page_size, render_form

    lg = str(meeting.language)
    page_size(paper)  # an unknown paper fails here, before any work
    candidate = meeting.candidate.name or text(lg, "Candidate")
    marks = PageMarks(
        document=text(lg, "Debrief form"),
        context=f"{candidate} · {format_short_day(meeting.start, lg)}",
        confidential=True,
        title=text(lg, "Debrief form: {meeting}", meeting=meeting_label(meeting))
        + (f" · {interviewer.name}" if interviewer is not None else ""),
        subject=text(lg, "Debrief of the candidate meeting {id}", id=meeting.id),
        language=lg,
        keywords=document_keywords(
            f"{FORM_KIND} meeting-id={meeting.id}", text(lg, "Debrief form"), meeting.role.title
        ),
        author=document_author(meeting),
    )
    return render_form(lambda: _story(meeting, interviewer), paper=paper, marks=marks)


def _para(value: str, style: str = "body") -> Flowable:
    """A paragraph of user text, escaped: never pass markup in ``value``."""
    from .text import para_text

    return _markup(para_text(value), style)


def _markup(trusted: str, style: str = "body") -> Flowable:
    """A paragraph of our own markup; user text in it must already be through para_text."""
    from reportlab.platypus import Paragraph

    from .styles import stylesheet

    return Paragraph(trusted, stylesheet()[style])


def _heading(text: str) -> Flowable:
    return _markup(text, "h1")


def _story(meeting: Meeting, interviewer: Participant | None = None) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Spacer

    from .debrief_fields import CheckRow, ChoiceRow, ConcernRow, ReadOnlyValue, TextBox
    from .text import para_text

    lg = str(meeting.language)
    due = format_moment(meeting.feedback_due, lg)
    story: list[Flowable] = [
        _para(text(lg, "Debrief form"), "title"),
        _para(
            f"{meeting.candidate.name or text(lg, 'Candidate')}: "
            f"{meeting.role.title or meeting.title}",
            "subtitle",
        ),
        _para(
            format_when(meeting.start, meeting.planned_end, lg)
            + (f", {meeting.location}" if meeting.location else ""),
            "muted",
        ),
    ]
    panel = ", ".join(p.name for p in meeting.participants if p.name.strip())
    if panel:
        story.append(_para(text(lg, "Panel: {names}", names=panel), "muted"))
    story += [
        Spacer(1, 4),
        _markup(
            "<b>"
            + para_text(text(lg, "Feedback to the candidate is due {due}", due=due))
            + "</b> "
            + para_text(
                plural(
                    lg,
                    meeting.follow_up.feedback_hours,
                    "({count} hour after the meeting, counting working days only). Fill this "
                    "in straight after the meeting, on screen or with a pen, while the details "
                    "are fresh.",
                    "({count} hours after the meeting, counting working days only). Fill this "
                    "in straight after the meeting, on screen or with a pen, while the details "
                    "are fresh.",
                )
            ),
            "body",
        ),
        ReadOnlyValue(MEETING_ID, text(lg, "Meeting reference"), meeting.id),
        ReadOnlyValue(MEETING_LABEL, text(lg, "Meeting"), meeting_label(meeting), hidden=True),
    ]
    if interviewer is not None:
        story += _interviewer_fields(interviewer, lg)
    # Each section's heading is kept together with its first part: never alone at a page end.
    section: list[Flowable] = [
        _heading(para_text(text(lg, "1. The criteria, most important first"))),
        _para(
            text(
                lg,
                "Rate what you saw, not what you expect: 1 not shown, 2 partly, 3 clearly, "
                "4 strongly. The evidence stays with the panel; the line to the candidate, "
                "written to them, is what the feedback tells them.",
            ),
            "small",
        ),
    ]
    criteria = meeting.ranked_criteria
    if not criteria:
        section.append(_para(text(lg, "No criteria were set for this meeting."), "muted"))
    for number, criterion in enumerate(criteria, start=1):
        story.append(KeepTogether(section + _criterion(number, criterion, lg)))
        section = []
    if section:
        story.append(KeepTogether(section))

    interest = [(v, text(lg, INTEREST_LABELS[v])) for v in INTEREST_VALUES]
    story += [
        KeepTogether(
            [
                _heading(para_text(text(lg, "2. The candidate"))),
                _para(text(lg, "How keen did they seem on the role?"), "h2"),
                ChoiceRow(INTEREST, text(lg, "Candidate interest, 1 to 5"), interest),
            ]
        ),
        KeepTogether(
            [
                _para(text(lg, "What resonated with them"), "h2"),
                TextBox(RESONATED, text(lg, "What resonated with the candidate"), 60),
            ]
        ),
    ]
    concerns: list[Flowable] = [
        _para(text(lg, "Concerns they raised: tick and add what they said"), "h2")
    ]
    for category, label in CONCERN_LABELS.items():
        concerns += [
            ConcernRow(
                concern_field(category),
                concern_text_field(category),
                text(lg, label),
                language=lg,
            ),
            Spacer(1, 3),
        ]
    story.append(KeepTogether(concerns))
    decisions = [(d.value, text(lg, DECISION_LABELS[d])) for d in Decision]
    story += [
        KeepTogether(
            [
                _para(text(lg, "Other offers or processes they mentioned"), "h2"),
                TextBox(COMPETING_OFFERS, text(lg, "Competing offers"), 40),
                _para(text(lg, "Their timeline (when they must decide)"), "h2"),
                TextBox(
                    COMPETING_TIMELINE,
                    text(lg, "The candidate's timeline"),
                    20,
                    multiline=False,
                ),
            ]
        ),
    ]
    if interviewer is not None:
        return story + _recommendation(lg)
    story += [
        KeepTogether(
            [
                _heading(para_text(text(lg, "3. Decision and feedback"))),
                _para(text(lg, "Decision"), "h2"),
                ChoiceRow(DECISION, text(lg, "Decision"), decisions),
                _para(text(lg, "The reason to give them, tied to a criterion (shared)"), "h2"),
                TextBox(SHARED_REASON, text(lg, "The reason to give the candidate"), 44),
                Spacer(1, 3),
                CheckRow(
                    LATER_ROLE, text(lg, "They could fit a later role: offer to keep in touch")
                ),
                _para(text(lg, "Decision notes, for the panel (internal)"), "h2"),
                TextBox(REASONS, text(lg, "Decision notes"), 50),
            ]
        ),
        KeepTogether(
            [
                _para(text(lg, "Feedback to the candidate"), "h2"),
                _para(
                    text(
                        lg,
                        "A concrete reason and their strengths, in words you could send "
                        "them. Due {due}.",
                        due=due,
                    ),
                    "small",
                ),
                TextBox(FEEDBACK, text(lg, "Feedback to the candidate"), 90),
            ]
        ),
    ]
    return story


def _interviewer_fields(interviewer: Participant, lg: str) -> list[Flowable]:
    """Whose scorecard this form is: read-only, so a form is never filled in as someone else's."""
    from .debrief_fields import ReadOnlyValue

    return [
        ReadOnlyValue(INTERVIEWER_NAME, text(lg, "Interviewer"), interviewer.name),
        ReadOnlyValue(INTERVIEWER_ID, text(lg, "Interviewer reference"), interviewer.id),
        _para(
            text(
                lg,
                "This is your own scorecard: fill it in before you hear the others' views. "
                "The decision and the answer to the candidate are the hiring manager's.",
            ),
            "small",
        ),
    ]


def _recommendation(lg: str) -> list[Flowable]:
    from reportlab.platypus import KeepTogether

    from .debrief_fields import ChoiceRow, TextBox
    from .text import para_text

    decisions = [(d.value, text(lg, DECISION_LABELS[d])) for d in Decision]
    return [
        KeepTogether(
            [
                _heading(para_text(text(lg, "3. Your recommendation"))),
                ChoiceRow(DECISION, text(lg, "Your recommendation"), decisions),
                _para(text(lg, "Why, for the panel (internal)"), "h2"),
                TextBox(REASONS, text(lg, "Your notes on the recommendation"), 60),
            ]
        )
    ]


def _criterion(number: int, criterion: Criterion, lg: str) -> list[Flowable]:
    from .debrief_fields import ChoiceRow, TextBox
    from .text import para_text

    name = criterion.name.strip() or text(lg, "Unnamed criterion")
    parts: list[Flowable] = [_markup(f"{number}. {para_text(name)}", "h2")]
    if criterion.description.strip():
        parts.append(_para(criterion.description, "small"))
    if criterion.good_evidence.strip():
        parts.append(
            _markup(
                f"<b>{para_text(text(lg, 'Good evidence:'))}</b> "
                f"{para_text(criterion.good_evidence)}",
                "small",
            )
        )
    ratings = [(v, text(lg, RATING_LABELS[v])) for v in RATING_VALUES]
    parts += [
        ChoiceRow(rating_field(criterion.id), text(lg, "Rating: {name}", name=name), ratings),
        TextBox(evidence_field(criterion.id), text(lg, "Evidence: {name}", name=name), 40),
        _para(text(lg, "To the candidate (shared), written to them:"), "small"),
        TextBox(shared_field(criterion.id), text(lg, "To the candidate: {name}", name=name), 26),
    ]
    return parts
