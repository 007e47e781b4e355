"""The coach's checks on the people: a decision maker, a future colleague who leads a block,
a panel small enough for a conversation, and a lead for every block who is in the meeting."""

from __future__ import annotations

from collections.abc import Iterator

from .coach_parts import Finding, Severity, block_name, block_target
from .model import BlockKind, Meeting, Part
from .panel import colleagues, company_side, decision_makers, leader
from .phrases import text
from .placeholders import has_placeholder
from .rules import CoachThresholds


def people_checks(meeting: Meeting, t: CoachThresholds, lg: str) -> Iterator[Finding]:
    yield from _decision_maker(meeting, lg)
    yield from _colleagues(meeting, lg)
    yield from _panel_size(meeting, t, lg)
    yield from _owners(meeting, lg)


def _decision_maker(meeting: Meeting, lg: str) -> Iterator[Finding]:
    if decision_makers(meeting):
        return
    yield Finding(
        "decision-maker-missing",
        Severity.PROBLEM,
        text(
            lg,
            "No hiring manager or other decision maker takes part; add the person who "
            "decides on the hire to the people.",
        ),
        text(
            lg,
            "Without someone who can decide, the candidate's questions about the role and the "
            "offer wait for another meeting, and a slow process loses candidates to offers "
            "that come first.",
        ),
        "participants",
    )


def _colleagues(meeting: Meeting, lg: str) -> Iterator[Finding]:
    present = colleagues(meeting)
    team_blocks = [b for b in meeting.agenda if b.kind is BlockKind.TEAM]
    why = text(
        lg,
        "Candidates judge the culture by the people. Meeting future colleagues, and hearing "
        "them describe the work, shows how the team really works; without them the culture "
        "stays a claim.",
    )
    if not present:
        message = text(
            lg,
            "No future colleague takes part; invite one and let them lead a block, such as "
            "meeting the team or the case.",
        )
        if team_blocks:
            message += " " + text(
                lg,
                "Until then, {block} does not count as selling.",
                block=block_name(team_blocks[0], lg),
            )
        yield Finding("colleague-missing", Severity.WARNING, message, why, "participants")
        return
    leading = {
        person.id
        for block in meeting.agenda
        if (person := leader(meeting, block)) is not None and person.part is Part.COLLEAGUE
    }
    if not leading:
        yield Finding(
            "colleague-leads-nothing",
            Severity.WARNING,
            text(
                lg,
                "{name} takes part but leads no block; let them lead meeting the team or the case.",
                name=present[0].name.strip() or present[0].title.strip() or "?",
            ),
            why,
            "participants",
        )
    for block in team_blocks:
        person = leader(meeting, block)
        if person is not None and person.part is Part.COLLEAGUE:
            continue
        if has_placeholder(block.owner):
            continue
        yield Finding(
            "team-not-led-by-colleague",
            Severity.WARNING,
            text(
                lg,
                "{block} is led by {owner}, not by a future colleague, so it does not count "
                "as selling; let a colleague lead it.",
                block=block_name(block, lg),
                owner=block.owner.strip() or text(lg, "nobody"),
            ),
            why,
            block_target(block),
        )


def _panel_size(meeting: Meeting, t: CoachThresholds, lg: str) -> Iterator[Finding]:
    people = company_side(meeting)
    if len(people) <= t.max_company_people:
        return
    yield Finding(
        "panel-too-large",
        Severity.WARNING,
        text(
            lg,
            "{count} people sit on the company's side; keep it to {limit} or fewer at once, "
            "and let the others join for their own block.",
            count=len(people),
            limit=t.max_company_people,
        ),
        text(
            lg,
            "A row of interviewers facing one candidate is the traditional interview that "
            "makes candidates lose interest. A small group can hold a conversation.",
        ),
        "participants",
    )


def _owners(meeting: Meeting, lg: str) -> Iterator[Finding]:
    for block in meeting.agenda:
        if block.kind is BlockKind.BREAK:
            continue
        owner = block.owner.strip()
        if not owner:
            yield Finding(
                "block-no-owner",
                Severity.WARNING,
                text(lg, "Nobody leads {block}.", block=block_name(block, lg)),
                text(
                    lg,
                    "When each part has a lead, the meeting keeps its time and its balance, "
                    "and the candidate meets people who know their subject.",
                ),
                block_target(block),
            )
        elif leader(meeting, block) is None and not has_placeholder(owner):
            yield Finding(
                "block-owner-absent",
                Severity.WARNING,
                text(
                    lg,
                    "{block} is led by {owner}, who is not among the people in the meeting; "
                    "add them or pick someone who is.",
                    block=block_name(block, lg),
                    owner=owner,
                ),
                text(
                    lg,
                    "A block led by someone who is not there is a block nobody has prepared.",
                ),
                block_target(block),
            )
