"""The declined-offer survey: a fillable PDF for a candidate who said no, on screen or paper.

It is made for the candidate, so it carries none of the panel's notes. It comes in
two kinds. The anonymous one (the default: domain notes say an anonymous survey
gets more honest answers) carries no name, no meeting id and nothing else that ties
it to the person: only the role and the month, so that its answers count in the
insights of that role and period. The named one, for candidates who agree to it,
names the meeting and is read back into that meeting's outcome.

Field names are stable; the importer and anyone scripting the form rely on them:

- ``mp_meeting_id``: read-only, the meeting's id (named survey only; also in the
  document keywords).
- ``mp_meeting_label``: read-only and hidden, "candidate, date", to name the meeting
  a survey belongs to when it is imported into the wrong one (named only).
- ``mp_anonymous``: read-only and hidden, "yes" (anonymous survey only).
- ``mp_role``, ``mp_month``: read-only, the role and the month ("2026-12") an
  anonymous survey was made for.
- ``answer_<question id>``: multiline text, one per declined-offer question
  (``positives``, ``concerns``, ``deciding_factors``, ``improve_process``,
  ``improve_experience``, ``convincing_picture``).
- ``reason_<category>``: check box, one per reason category (``role_clarity``,
  ``process_tempo``, ``chemistry``, ``compensation``, ``flexibility``, ``development``,
  ``culture_values``, ``location``, ``industry``, ``other``);
  ``reason_<category>_text``: text, what the candidate adds about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.enums import DeclineCategory, Language
from ..domain.phrases import format_short_day, mark, text
from ..domain.surveys import month_of
from .debrief_form import MEETING_ID, MEETING_LABEL, meeting_label

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from ..domain.model import Meeting

SURVEY_KIND = "meeting-planner-decline-survey"
ANONYMOUS = "mp_anonymous"
ROLE = "mp_role"
MONTH = "mp_month"
ANONYMOUS_VALUE = "yes"
__all__ = [
    "ANONYMOUS",
    "MEETING_ID",
    "MEETING_LABEL",
    "MONTH",
    "ROLE",
    "SURVEY_KIND",
    "answer_field",
    "export_decline_survey",
    "reason_field",
    "reason_text_field",
]

# The survey's own words in English; ``phrases`` gives them in the meeting's language.
# Questions come from the meeting's library.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "document": mark("Declined offer survey"),
        "title": mark("Your view of our recruitment"),
        "intro": mark(
            "Thank you for the time you gave us. You chose another path, and we respect "
            "that. Would you tell us why? Your answers help us improve how we meet "
            "candidates and what we offer. Answer as much or as little as you like, "
            "on screen or with a pen, and send the form back to us."
        ),
        "reference": mark("Reference"),
        "anonymous_intro": mark(
            "This survey is anonymous: it carries no name and no reference to you, only "
            "the role and the month. Leave out anything that would tell us who you are."
        ),
        "role": mark("Role"),
        "month": mark("Month"),
        "reasons": mark("1. What made the difference"),
        "reasons_hint": mark(
            "Tick what played a part in your decision and add a few words if you like: "
            "anything from the role to the location or the industry."
        ),
        "questions": mark("2. Your experience of us"),
        "thanks": mark(
            "Thank you. Every answer is read, and it shapes how we meet the next candidate."
        ),
        "footer_role": mark("Role"),
    },
}

REASON_LABELS: dict[str, dict[DeclineCategory, str]] = {
    "en": {
        DeclineCategory.ROLE_CLARITY: mark("The role was unclear"),
        DeclineCategory.PROCESS_TEMPO: mark("The process was slow"),
        DeclineCategory.CHEMISTRY: mark("The chemistry in the interview"),
        DeclineCategory.COMPENSATION: mark("Pay or the offer"),
        DeclineCategory.FLEXIBILITY: mark("Flexibility, remote work"),
        DeclineCategory.DEVELOPMENT: mark("Learning and growth"),
        DeclineCategory.CULTURE_VALUES: mark("Culture or values"),
        DeclineCategory.LOCATION: mark("The location"),
        DeclineCategory.INDUSTRY: mark("The industry"),
        DeclineCategory.OTHER: mark("Something else"),
    },
}


def phrases(language: Language | str) -> dict[str, str]:
    return {key: text(language, english) for key, english in PHRASES["en"].items()}


def reason_labels(language: Language | str) -> dict[DeclineCategory, str]:
    return {key: text(language, english) for key, english in REASON_LABELS["en"].items()}


def answer_field(question_id: str) -> str:
    return f"answer_{question_id}"


def reason_field(category: DeclineCategory) -> str:
    return f"reason_{category.value}"


def reason_text_field(category: DeclineCategory) -> str:
    return f"reason_{category.value}_text"


def export_decline_survey(meeting: Meeting, *, paper: str = "a4", anonymous: bool = True) -> bytes:
    """The fillable declined-offer survey for ``meeting``'s candidate, as PDF bytes:
    anonymous (no name, no reference, only the role and month) unless ``anonymous``
    is False, for a candidate who agreed to answer by name."""
    from .metadata import PRODUCT, document_author, document_keywords
    from .page import PageMarks, page_size, render_form

    page_size(paper)  # an unknown paper fails here, before any work
    lg = str(meeting.language)
    words = phrases(lg)
    role = _role(meeting, anonymous)
    if anonymous:
        month = month_of(meeting.start)
        # Not even the manager's name as the author: nothing points at a meeting.
        marks = PageMarks(
            document=words["document"],
            context=f"{role} · {month}" if role else month,
            title=f"{words['document']}: {role}" if role else words["document"],
            subject=words["document"],
            language=lg,
            keywords=document_keywords(f"{SURVEY_KIND} anonymous", words["document"], role),
            author=PRODUCT,
        )
    else:
        who = meeting.candidate.name.strip() or text(lg, "Candidate")
        day = format_short_day(meeting.start, lg)
        marks = PageMarks(
            document=words["document"],
            context=f"{who} · {role} · {day}" if role else who,
            title=f"{words['document']}: {meeting_label(meeting)}",
            subject=text(lg, "Declined offer survey for the candidate meeting {id}", id=meeting.id),
            language=lg,
            keywords=document_keywords(
                f"{SURVEY_KIND} meeting-id={meeting.id}", words["document"], meeting.role.title
            ),
            author=document_author(meeting),
        )
    return render_form(lambda: _story(meeting, anonymous), paper=paper, marks=marks)


def _story(meeting: Meeting, anonymous: bool) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Spacer

    from ..domain.candidate_view import role_at_company
    from ..domain.library import library
    from .debrief_fields import ConcernRow, ReadOnlyValue, TextBox
    from .styles import para

    lg = str(meeting.language)
    words = phrases(lg)
    role = _role(meeting, anonymous)
    story: list[Flowable] = [para(words["title"], "title")]
    # The employer's name is no trace of the candidate: the anonymous survey has it too.
    heading = role_at_company(lg, role, meeting.role.company.strip())
    if heading:
        story.append(para(heading, "subtitle"))
    story += [Spacer(1, 4), para(words["intro"])]
    if anonymous:
        story += [
            para(words["anonymous_intro"], "small"),
            ReadOnlyValue(ROLE, words["role"], role),
            ReadOnlyValue(MONTH, words["month"], month_of(meeting.start)),
            ReadOnlyValue(ANONYMOUS, words["document"], ANONYMOUS_VALUE, hidden=True),
        ]
    else:
        story += [
            ReadOnlyValue(MEETING_ID, words["reference"], meeting.id),
            ReadOnlyValue(MEETING_LABEL, words["reference"], meeting_label(meeting), hidden=True),
        ]
    reasons: list[Flowable] = [
        para(words["reasons"], "h1"),
        para(words["reasons_hint"], "small"),
    ]
    for category, label in reason_labels(lg).items():
        reasons += [
            ConcernRow(reason_field(category), reason_text_field(category), label, language=lg),
            Spacer(1, 3),
        ]
    story.append(KeepTogether(reasons))
    heading: list[Flowable] = [para(words["questions"], "h1")]
    for question in library(meeting.language).decline_questions:
        story.append(
            KeepTogether(
                heading
                + [
                    para(question.text, "h2"),
                    TextBox(answer_field(question.id), question.text, 74),
                ]
            )
        )
        heading = []
    story += [Spacer(1, 6), para(words["thanks"], "muted")]
    return story


def _role(meeting: Meeting, anonymous: bool) -> str:
    # A meeting's own title may name the candidate ("Meeting with Ana"): an anonymous
    # survey names the role only.
    role = meeting.role.title.strip()
    return role if anonymous else role or meeting.title.strip()
