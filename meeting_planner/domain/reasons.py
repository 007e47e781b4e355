"""Whether the candidate is told a real reason: one that names a criterion, not a stock phrase.

Domain notes: the second biggest frustration after no answer is no reason, and
"another candidate matched better" is no reason. A reason counts when it names a
criterion of the meeting (by its name, or a word of it) and holds none of the
generic phrases listed per language in ``resources/coach/<lang>.json``. The
composer flags what falls short, and insights count only what does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from . import rules
from .model import Criterion, Meeting
from .plain import record
from .wording import find, phrases

_WORD = re.compile(r"[^\W\d_]+")


class ReasonProblem(StrEnum):
    """Why a reason tells the candidate nothing they can act on."""

    GENERIC = "generic"
    NO_CRITERION = "no_criterion"


@record(frozen=True)
class ReasonCheck:
    """What a text says as a reason: the criteria it names and the stock phrases in it."""

    named: tuple[str, ...]
    generic: tuple[str, ...]

    @property
    def problems(self) -> list[ReasonProblem]:
        found = []
        if self.generic:
            found.append(ReasonProblem.GENERIC)
        if not self.named:
            found.append(ReasonProblem.NO_CRITERION)
        return found

    @property
    def specific(self) -> bool:
        return not self.problems


def _stems(name: str) -> set[str]:
    """The words of a criterion's name a reason may use for it, cut to a stem so that
    "design" matches "designed" and "problemlösning" matches "problemlösningen"."""
    words = [w.casefold() for w in _WORD.findall(name)]
    return {
        w[: rules.MOTIVATION_STEM_LETTERS] for w in words if len(w) >= rules.REASON_WORD_MIN_LETTERS
    }


def names_criterion(text: str, criterion: Criterion) -> bool:
    """Whether ``text`` names ``criterion``: its whole name, or a telling word of it."""
    name = " ".join(criterion.name.split()).casefold()
    if not name or not text.strip():
        return False
    folded = " ".join(text.split()).casefold()
    if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded):
        return True
    stems = _stems(name)
    return any(word.startswith(stem) for word in _WORD.findall(folded) for stem in stems)


def check(text: str, criteria: Iterable[Criterion], language: str) -> ReasonCheck:
    """Which criteria ``text`` names and which generic phrases of ``language`` it uses."""
    named = tuple(c.id for c in criteria if names_criterion(text, c))
    generic = tuple(p.pattern for p in find(text, phrases(str(language), "generic_reasons")))
    return ReasonCheck(named=named, generic=generic)


def reason_text(meeting: Meeting) -> str:
    """What the candidate was (or will be) told as the reason: the letter as it stands,
    else the manager's chosen reason."""
    return meeting.debrief.feedback.strip() or meeting.debrief.shared_reason.strip()


def check_meeting(meeting: Meeting, text: str | None = None) -> ReasonCheck:
    """The check of ``text`` (default: the letter, else the chosen reason) for ``meeting``."""
    shown = reason_text(meeting) if text is None else text
    return check(shown, meeting.criteria, meeting.language)


def gives_reason(meeting: Meeting) -> bool:
    """Whether the candidate heard a specific reason: a criterion named, no stock phrase."""
    text = reason_text(meeting)
    return bool(text) and check_meeting(meeting, text).specific
