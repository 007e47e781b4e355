"""What the coach's checks share: findings, severities and small helpers."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from enum import StrEnum

from . import rules
from .model import AgendaBlock, BlockKind
from .phrases import mark, text
from .plain import record


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


# Problems first, hints last.
SEVERITY_ORDER: dict[Severity, int] = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.INFO: 2}


@record(frozen=True)
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
    # Where the rule comes from (research or our own heuristic), in the message's language.
    source: str = ""


# Floating-point shares exactly at a threshold must pass, whatever the rounding.
EPSILON = 1e-9

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


def stems(texts: Iterable[str]) -> set[str]:
    """Word stems that carry meaning: lowercase, no punctuation or stop words, cut short."""
    stems = set()
    for item in texts:
        for word in _WORD.findall(item.lower()):
            if len(word) > 1 and word not in _STOP_WORDS:
                stems.add(word[: rules.MOTIVATION_STEM_LETTERS])
    return stems


def filled(items: list[str]) -> bool:
    return any(item.strip() for item in items)


def first_of(blocks: list[AgendaBlock], kind: BlockKind) -> AgendaBlock | None:
    return next((blk for blk in blocks if blk.kind == kind), None)


def block_target(block: AgendaBlock) -> str:
    return f"block:{block.id}"


def block_name(block: AgendaBlock, lg: str) -> str:
    title = block.title.strip()
    if title:
        return f"“{title}”"
    return text(lg, _UNTITLED_BLOCK[block.kind])


# How a block without a title is named in a message, by its kind.
_UNTITLED_BLOCK: dict[BlockKind, str] = {
    BlockKind.WELCOME: mark("the welcome block"),
    BlockKind.PITCH: mark("the pitch block"),
    BlockKind.TEAM: mark("the team block"),
    BlockKind.CASE: mark("the case block"),
    BlockKind.DIALOGUE: mark("the dialogue block"),
    BlockKind.CANDIDATE_QUESTIONS: mark("the candidate questions block"),
    BlockKind.NEXT_STEPS: mark("the next steps block"),
    BlockKind.BREAK: mark("the break block"),
}


def pct(share: float) -> str:
    return f"{round(share * 100)} %"


# Shown figures round away from the threshold, so a share just under 35 % never
# reads "35 %; aim for at least 35 %".
def pct_down(share: float) -> str:
    return f"{math.floor(share * 100 + EPSILON)} %"


def pct_up(share: float) -> str:
    return f"{math.ceil(share * 100 - EPSILON)} %"
