"""Fill in a meeting made from a template as a manager would: real names for the people
(their blocks follow), and every template placeholder replaced with concrete text."""

from __future__ import annotations

from meeting_planner.domain.model import Meeting, PitchTopic
from meeting_planner.domain.panel import blocks_owned_by
from meeting_planner.domain.placeholders import PLACEHOLDER

NAMES = ("Erik Lundgren", "Aino Björk", "Maja Ström", "Jonas Holm")
# What a manager writes where the template says "[...]", by the pitch's topic: facts
# that match the sample employer profile, so the pitch names the offer's figures.
_BY_TOPIC = {
    PitchTopic.STACK: "Python 3.12 with FastAPI and PostgreSQL 16",
    PitchTopic.DEVELOPMENT: "SEK 20,000 a year for courses",
    PitchTopic.BENEFITS: "SEK 52,000-64,000 a month",
    PitchTopic.FLEXIBILITY: "three remote days a week",
}
_ANYWHERE = "the delivery-slot service"


def fill_in(meeting: Meeting) -> Meeting:
    """``meeting`` with names for its people and no placeholder left, changed in place."""
    for person, name in zip(meeting.participants, NAMES, strict=False):
        for block_id in blocks_owned_by(meeting, person.name):
            meeting.block(block_id).owner = name
        person.name = name
        person.title = _fill(person.title, "Senior developer")
    for block in meeting.agenda:
        filler = _BY_TOPIC.get(block.topic, _ANYWHERE) if block.topic else _ANYWHERE
        block.title = _fill(block.title, filler)
        block.owner = _fill(block.owner, NAMES[0])
        block.talking_points = [_fill(point, filler) for point in block.talking_points]
    case = meeting.case
    case.title, case.brief = _fill(case.title, _ANYWHERE), _fill(case.brief, _ANYWHERE)
    case.prepare, case.real_work = _fill(case.prepare, _ANYWHERE), _fill(case.real_work, "")
    case.materials = [_fill(item, "the slot service's query") for item in case.materials]
    case.observe = [_fill(item, _ANYWHERE) for item in case.observe]
    for criterion in meeting.criteria:
        criterion.description = _fill(criterion.description, _ANYWHERE)
        criterion.good_evidence = _fill(criterion.good_evidence, _ANYWHERE)
    return meeting


def _fill(text: str, filler: str) -> str:
    return PLACEHOLDER.sub(filler, text)
