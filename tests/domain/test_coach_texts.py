"""Every finding the coach can give says what to fix, why, and where, in each language."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

from meeting_planner.domain.coach import Severity, review
from meeting_planner.domain.model import (
    BlockKind,
    CaseTask,
    Criterion,
    Language,
    Meeting,
    Offer,
    Participant,
    Role,
)
from meeting_planner.domain.sample import sample_meeting

START = datetime(2026, 11, 23, 10, 0)


def _plans() -> list[Meeting]:
    """The sample meeting spoilt in many ways at once, the same ways on every run."""
    rng = random.Random(20261203)
    plans = [Meeting(start=START), Meeting(start=START, agenda=sample_meeting(START).agenda)]
    for _ in range(120):
        m = sample_meeting(START)
        if rng.random() < 0.4:
            m.role = replace(Role(title=m.role.title), tech_stack=rng.choice([[], ["Go"]]))
        if rng.random() < 0.4:
            m.offer = Offer()
        if rng.random() < 0.3:
            m.participants = [
                Participant("Maja", part=rng.choice(list(type(p.part)))) for p in m.participants[:1]
            ]
        if rng.random() < 0.3:
            m.case = CaseTask() if rng.random() < 0.5 else replace(m.case, minutes=120)
        if rng.random() < 0.5:
            count = rng.choice([0, 2, 9])
            ranks = [rng.choice([None, 1, 1, 2]) for _ in range(count)]
            m.criteria = [Criterion(f"Criterion {n}", rank=r) for n, r in enumerate(ranks)]
        if rng.random() < 0.3:
            m.follow_up.feedback_hours = rng.choice([96, 200])
        if rng.random() < 0.6:
            rng.shuffle(m.agenda)
            m.agenda = m.agenda[: rng.randint(1, len(m.agenda))]
        for block in m.agenda:
            if rng.random() < 0.2:
                block.owner = ""
            if rng.random() < 0.2:
                block.talking_points = []
            if rng.random() < 0.2:
                block.title = ""
            if rng.random() < 0.2:
                block.minutes = rng.choice([1, 5, 45])
            if rng.random() < 0.1:
                block.kind = rng.choice(list(BlockKind))
        m.planned_minutes = rng.choice([m.planned_minutes, 30, 240])
        plans.append(m)
    return plans


def _resolves(meeting: Meeting, target: str) -> bool:
    """Whether a finding's target names a block of the plan or one of its fields."""
    if target.startswith("block:"):
        return target.removeprefix("block:") in {b.id for b in meeting.agenda}
    value: object = meeting
    for part in target.split("."):
        name, _, index = part.partition("[")  # "motivations[0]": a line of a list
        if not hasattr(value, name):
            return False
        value = getattr(value, name)
        if index and int(index.rstrip("]")) >= len(value):  # type: ignore[arg-type]
            return False
    return True


def test_every_finding_says_what_why_and_where_in_every_language() -> None:
    seen: set[str] = set()
    for meeting in _plans():
        english = review(meeting, language=Language.EN).findings
        seen.update(f.id for f in english)
        # Problems first, then warnings, then hints.
        order = [Severity.PROBLEM, Severity.WARNING, Severity.INFO]
        ranks = [order.index(f.severity) for f in english]
        assert ranks == sorted(ranks), [f.id for f in english]
        for finding in english:
            assert len(finding.message) > 15, finding.id
            assert "None" not in finding.message, finding.message
            assert len(finding.why) > 40, finding.id
            assert _resolves(meeting, finding.target), (finding.id, finding.target)
        for language in (Language.SV, Language.DA):
            translated = review(meeting, language=language).findings
            assert [f.id for f in translated] == [f.id for f in english]
            for ours, theirs in zip(english, translated, strict=True):
                assert theirs.target == ours.target
                assert len(theirs.why) > 40 and theirs.why != ours.why, (language, ours.id)
                assert theirs.message and theirs.message != ours.message, (language, ours.id)
    # The plans above give most findings there are; a change that made them give
    # few would leave this test checking little.
    assert len(seen) >= 25, sorted(seen)
