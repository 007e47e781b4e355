"""Shared meetings for the PDF tests: the demo, one full of markers, a hostile one, a long one."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from types import SimpleNamespace

import pytest

from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    Concern,
    ConcernCategory,
    Criterion,
    Decision,
    DeclineReason,
    Meeting,
    OfferResult,
    Part,
    Participant,
    Rating,
)
from meeting_planner.domain.sample import sample_meeting

NOW = datetime(2026, 11, 20, 9, 0)

HOSTILE = (
    '<img src="/etc/passwd"> <b>unclosed S&P '
    '<a href="javascript:alert(1)">x</a> <font color=red> &amp; &#60; "q" \'s\''
)
NAMES = ("Łukasz Dvořák", "Şükrü Öztürk", "Σοφία Παπαδοπούλου", "Дмитрий Иванов")
# Neither is in DejaVu Sans: a CJK ideograph and an emoji.
MISSING = ("中", "\U0001f680")


def pages_text(data: bytes) -> list[str]:
    """The text of each page of a PDF, as pypdf extracts it."""
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text without any whitespace, so that line wrapping does not matter."""
    return "".join(text.split())


@pytest.fixture
def pdf_pages() -> Callable[[bytes], list[str]]:
    """pages_text, for tests (conftest modules are not imported by name)."""
    return pages_text


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    """The whole text of a PDF with whitespace removed, so line wrapping does not matter."""
    return lambda data: squash("".join(pages_text(data)))


@pytest.fixture
def hostile_values() -> SimpleNamespace:
    """The hostile string, the test names and the characters missing from the font."""
    return SimpleNamespace(text=HOSTILE, names=NAMES, missing=MISSING)


@pytest.fixture
def full_meeting() -> Meeting:
    """The demo meeting, with a debrief and an outcome filled in too."""
    meeting = sample_meeting(NOW)
    first = meeting.criteria[0]
    meeting.debrief.ratings = [Rating(first.id, 3, "Found the slow query quickly.")]
    meeting.debrief.interest = 4
    meeting.debrief.decision = Decision.ADVANCE
    return meeting


@pytest.fixture
def marked_meeting() -> tuple[Meeting, list[str]]:
    """The demo meeting with a unique marker in every field meant for the panel only.

    Returns the meeting and the markers; none may reach the candidate.
    """
    meeting = sample_meeting(NOW)
    markers: list[str] = []

    def mark(name: str) -> str:
        marker = f"Zq{name}Qz"
        markers.append(marker)
        return marker

    c = meeting.candidate
    c.email, c.phone, c.notes = mark("email"), mark("phone"), mark("candnotes")
    c.motivations = [mark("motivation")]
    for i, block in enumerate(meeting.agenda):
        block.talking_points = [mark(f"point{i}")]
        block.internal_notes = mark(f"blocknote{i}")
    meeting.case.observe = [mark("observe")]
    meeting.case.real_work = mark("realwork")
    meeting.case.brief = mark("casebrief")
    meeting.case.materials = [mark("materials")]
    meeting.criteria = [
        Criterion(mark(f"crit{i}"), mark(f"critdesc{i}"), mark(f"critevid{i}"), rank=i + 1)
        for i in range(3)
    ]
    meeting.offer.salary.minimum, meeting.offer.salary.maximum = 987_654, 998_877
    markers += ["987,654", "987654", "998,877", "998877"]
    meeting.offer.flexibility = mark("flex")
    meeting.offer.benefits = [mark("benefit")]
    meeting.offer.development_budget = mark("devbudget")
    meeting.offer.work_life_balance = mark("balance")
    d = meeting.debrief
    d.ratings = [Rating(meeting.criteria[0].id, 2, mark("ratingevidence"))]
    d.resonated, d.reasons, d.feedback = mark("resonated"), mark("reasons"), mark("feedback")
    d.competing_offers, d.competing_timeline = mark("competing"), mark("comptimeline")
    d.concerns = [Concern(ConcernCategory.COMPENSATION, mark("concern"))]
    d.decision = Decision.REJECT
    meeting.outcome.offer_made = True
    meeting.outcome.result = OfferResult.DECLINED
    meeting.outcome.decline_reasons = [DeclineReason(ConcernCategory.OTHER, mark("decline"))]
    meeting.outcome.survey_answers = {"positives": mark("survey")}
    return meeting, markers


@pytest.fixture
def hostile_meeting() -> Meeting:
    """Markup in every text field, names in four scripts, characters the font lacks."""
    meeting = sample_meeting(NOW)
    meeting.title = HOSTILE
    meeting.location = HOSTILE
    c = meeting.candidate
    c.name = f"{NAMES[0]} {MISSING[0]}{MISSING[1]}"
    c.current_title = c.notes = HOSTILE
    c.motivations = [HOSTILE]
    meeting.role.title = meeting.role.team = meeting.role.company = HOSTILE
    meeting.participants = [
        Participant(name, HOSTILE, part)
        for name, part in zip(
            NAMES[1:], (Part.MANAGER, Part.COLLEAGUE, Part.RECRUITER), strict=True
        )
    ]
    for block in meeting.agenda:
        block.title = block.owner = block.internal_notes = HOSTILE
        block.talking_points = [HOSTILE, HOSTILE]
    case = meeting.case
    case.title = case.brief = case.prepare = case.real_work = HOSTILE
    case.materials = case.observe = [HOSTILE]
    for criterion in meeting.criteria:
        criterion.name = criterion.description = criterion.good_evidence = HOSTILE
    offer = meeting.offer
    offer.flexibility = offer.development_budget = offer.work_life_balance = HOSTILE
    offer.development_paths = offer.benefits = [HOSTILE]
    offer.salary.currency = HOSTILE
    return meeting


# Words of five letters and a space: a little over 5,000 characters.
NOTE_WORDS = 840


@pytest.fixture
def long_meeting() -> Meeting:
    """40 blocks, 12 criteria, a 5,000-character note and a 5,000-character case preparation."""
    meeting = sample_meeting(NOW)
    notes = " ".join(f"n{i:04d}" for i in range(NOTE_WORDS))
    prepare = " ".join(f"p{i:04d}" for i in range(NOTE_WORDS))
    kinds = list(BlockKind)
    meeting.agenda = [
        AgendaBlock(
            f"Block number {i} " + "with a rather long title " * (i % 3),
            kinds[i % len(kinds)],
            5,
            f"Owner {i}",
            [f"point {i}"],
        )
        for i in range(1, 41)
    ]
    meeting.planned_minutes = 200
    meeting.candidate.notes = notes
    meeting.case.prepare = prepare
    meeting.criteria = [
        Criterion(f"Criterion {i}", f"What criterion {i} means. " * 8, f"Evidence {i}.", rank=i)
        for i in range(1, 13)
    ]
    return meeting
