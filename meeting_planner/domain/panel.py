"""Who is in the meeting on the company's side, and who leads each agenda block.

A block's owner is free text. It names a participant when it equals the participant's
name, or failing that, the title of exactly one participant ("Engineering manager"),
ignoring case and spacing. Everything that asks "who leads this block?" asks here.
"""

from __future__ import annotations

from .model import AgendaBlock, Meeting, Part, Participant


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def leader(meeting: Meeting, block: AgendaBlock) -> Participant | None:
    """The participant who leads ``block``, or None when its owner names nobody present."""
    return person_named(meeting, block.owner)


def person_named(meeting: Meeting, name: str) -> Participant | None:
    """The participant ``name`` refers to, by name first, then by a unique title."""
    key = _key(name)
    if not key:
        return None
    for person in meeting.participants:
        if _key(person.name) == key:
            return person
    titled = [p for p in meeting.participants if _key(p.title) == key]
    return titled[0] if len(titled) == 1 else None


def company_side(meeting: Meeting) -> list[Participant]:
    """The people the company sends: every participant (the candidate is not one)."""
    return [p for p in meeting.participants if p.name.strip() or p.title.strip()]


def decision_makers(meeting: Meeting) -> list[Participant]:
    """Participants who can decide on the hire: the hiring manager and other managers."""
    return [p for p in meeting.participants if p.part is Part.MANAGER]


def colleagues(meeting: Meeting) -> list[Participant]:
    """Future colleagues taking part."""
    return [p for p in meeting.participants if p.part is Part.COLLEAGUE]


def led_by_colleague(meeting: Meeting, block: AgendaBlock) -> bool:
    person = leader(meeting, block)
    return person is not None and person.part is Part.COLLEAGUE


def blocks_owned_by(meeting: Meeting, name: str) -> list[str]:
    """The ids of the blocks whose owner is written as ``name`` (ignoring case and spacing).

    A participant's rename carries over to these blocks, so they keep their lead.
    """
    key = _key(name)
    if not key:
        return []
    return [block.id for block in meeting.agenda if _key(block.owner) == key]
