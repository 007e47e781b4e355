"""Anonymous declined-offer surveys: answers that come back with nothing tying them to a person.

Domain notes: an anonymous survey (or an outside party) gets more honest answers
from candidates who declined an offer. Such a survey carries no name, no meeting
id and no date finer than the month; what comes back is kept apart from every
meeting, as a response for a role and a month, and counts in the insights of the
period that month falls in.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import field
from datetime import date, datetime

from .enums import Language
from .model import DeclineReason, new_id
from .plain import record

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@record
class AnonymousResponse:
    """One returned anonymous survey: the role and month it was made for, the reasons
    ticked (with what the candidate added) and the answers to the questions."""

    role: str = ""
    # The month of the meeting the survey was made for, "2026-12"; no finer.
    month: str = ""
    language: Language = Language.EN
    reasons: list[DeclineReason] = field(default_factory=list)
    # Declined-offer question id -> the answer.
    answers: dict[str, str] = field(default_factory=dict)
    imported_at: datetime | None = None
    id: str = field(default_factory=new_id)

    @property
    def first_day(self) -> date | None:
        """The month's first day; None for a month that does not read."""
        found = _MONTH.fullmatch(self.month.strip())
        return date(int(found[1]), int(found[2]), 1) if found else None

    def fingerprint(self) -> str:
        """The same for the same filled survey, so that one imported twice counts once."""
        content = {
            "role": self.role,
            "month": self.month,
            "reasons": sorted([str(r.category), r.text] for r in self.reasons),
            "answers": sorted(self.answers.items()),
        }
        text = json.dumps(content, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def month_of(moment: datetime | date) -> str:
    """The month a survey names: "2026-12"."""
    return f"{moment.year:04d}-{moment.month:02d}"


def month_last_day(first: date) -> date:
    """The last day of the month starting on ``first``."""
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)
