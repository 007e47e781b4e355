"""The one-line summary of a meeting kept in the index, enough to list and find meetings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.enums import Status
from ..domain.phrases import mark
from ..domain.plain import record
from .errors import StoreCorrupt

if TYPE_CHECKING:
    from ..domain.model import Meeting


@record(frozen=True)
class MeetingSummary:
    id: str
    title: str
    candidate: str
    role: str
    start: datetime
    status: Status
    feedback_due: datetime
    decision_due: datetime
    feedback_sent: bool
    # The opening the meeting belongs to ("" for none); older indexes do not say.
    opening_id: str = ""
    # The zone its times are in, by name (its own, else its country's; "" for the
    # computer's); older indexes do not say.
    zone: str = ""

    @classmethod
    def of(cls, meeting: Meeting) -> MeetingSummary:
        return cls(
            id=meeting.id,
            title=meeting.title,
            candidate=meeting.candidate.name,
            role=meeting.role.title,
            start=meeting.start,
            status=meeting.status,
            feedback_due=meeting.feedback_due,
            decision_due=meeting.decision_due,
            feedback_sent=meeting.debrief.feedback_sent_at is not None,
            opening_id=meeting.opening_id,
            zone=meeting.time_zone.strip() or rules.COUNTRY_ZONES.get(meeting.country, ""),
        )

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "candidate": self.candidate,
            "role": self.role,
            "start": self.start.isoformat(),
            "status": self.status.value,
            "feedback_due": self.feedback_due.isoformat(),
            "decision_due": self.decision_due.isoformat(),
            "feedback_sent": self.feedback_sent,
            "opening_id": self.opening_id,
            "zone": self.zone,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any], path: Path) -> MeetingSummary:
        try:
            return cls(
                id=str(row["id"]),
                title=str(row["title"]),
                candidate=str(row["candidate"]),
                role=str(row["role"]),
                start=datetime.fromisoformat(row["start"]),
                status=Status(row["status"]),
                feedback_due=datetime.fromisoformat(row["feedback_due"]),
                decision_due=datetime.fromisoformat(row["decision_due"]),
                feedback_sent=bool(row["feedback_sent"]),
                opening_id=str(row.get("opening_id", "")),
                zone=str(row.get("zone", "")),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise StoreCorrupt(
                path, mark("an index entry does not read back ({reason})"), reason=error
            ) from error
