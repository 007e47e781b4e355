"""The panel's scorecards: one per interviewer, side by side per criterion, with the
spread and the disagreements worth talking about in the debrief meeting.

Structured interviewing collects each interviewer's scorecard before anyone sees the
others'; the hiring manager's debrief (decision, reason, letter) then draws on all
of them. :func:`consolidated` is that view: the manager's own ratings where given, the
panel's median elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import fmean, median

from . import rules
from .model import DomainError, Meeting, Participant, Rating, Scorecard
from .phrases import Phrase, mark
from .plain import record
from .serialize import copy_meeting


def interviewer(meeting: Meeting, wanted: str) -> Participant:
    """The participant named by id or by name (ignoring case); DomainError otherwise."""
    text = wanted.strip()
    by_id = [p for p in meeting.participants if p.id == text]
    by_name = [p for p in meeting.participants if p.name.strip().casefold() == text.casefold()]
    for found in (by_id, by_name):
        if len(found) == 1:
            return found[0]
    if len(by_name) > 1:
        # Always two or more: the text needs no singular.
        raise DomainError(
            mark("{count} people on the panel are called {name!r}; use an id"),
            count=len(by_name),
            name=text,
        )
    names = ", ".join(p.name for p in meeting.participants if p.name.strip())
    raise DomainError(
        mark("{name!r} is not on this meeting's panel ({names})"),
        name=text,
        names=names or Phrase(mark("nobody")),
    )


def scorecard_of(meeting: Meeting, participant_id: str) -> Scorecard | None:
    return next((c for c in meeting.scorecards if c.participant_id == participant_id), None)


def put_scorecard(meeting: Meeting, card: Scorecard) -> Scorecard | None:
    """Store ``card`` as its interviewer's scorecard, replacing theirs only; returns the
    one it replaced."""
    for i, old in enumerate(meeting.scorecards):
        if old.participant_id == card.participant_id:
            meeting.scorecards[i] = card
            return old
    meeting.scorecards.append(card)
    return None


def merge_scorecards(mine: list[Scorecard], theirs: list[Scorecard]) -> list[Scorecard]:
    """Both lists, one card per interviewer: a card in ``theirs`` replaces that
    interviewer's in ``mine``; everyone else's stays."""
    merged = {c.participant_id: replace(c) for c in mine}
    for card in theirs:
        merged[card.participant_id] = replace(card)
    return list(merged.values())


@record(frozen=True)
class CriterionSpread:
    """One criterion across the panel."""

    criterion_id: str
    name: str
    # Participant id -> that interviewer's rating (only those who rated it).
    ratings: dict[str, int]

    @property
    def spread(self) -> int:
        return max(self.ratings.values()) - min(self.ratings.values()) if self.ratings else 0

    @property
    def mean(self) -> float | None:
        return round(fmean(self.ratings.values()), 1) if self.ratings else None

    @property
    def disagreement(self) -> bool:
        """Ratings this far apart are to be talked about before anything is decided."""
        return self.spread >= rules.SCORECARD_DISAGREEMENT


def spreads(meeting: Meeting) -> list[CriterionSpread]:
    """Every criterion, most important first, with each interviewer's rating."""
    rows = []
    for criterion in meeting.ranked_criteria:
        given = {}
        for card in meeting.scorecards:
            rating = card.rating_for(criterion.id)
            if rating is not None and rating.rating is not None:
                given[card.participant_id] = rating.rating
        rows.append(CriterionSpread(criterion.id, criterion.name, given))
    return rows


def disagreements(meeting: Meeting) -> list[CriterionSpread]:
    return [row for row in spreads(meeting) if row.disagreement]


def consolidated(meeting: Meeting) -> Meeting:
    """A copy whose debrief rates every criterion the panel rated: the manager's own
    rating where given, else the panel's median (rounded half up). The evidence of a
    filled-in rating is the manager's, or the panel's evidence joined."""
    result = copy_meeting(meeting)
    for row in spreads(meeting):
        if not row.ratings:
            continue
        own = result.debrief.rating_for(row.criterion_id)
        if own is not None and own.rating is not None:
            continue
        value = int(median(row.ratings.values()) + 0.5)
        evidence = "\n".join(
            r.evidence.strip()
            for card in meeting.scorecards
            if (r := card.rating_for(row.criterion_id)) is not None and r.evidence.strip()
        )
        if own is None:
            result.debrief.ratings.append(Rating(row.criterion_id, value, evidence))
        else:
            own.rating = value
            own.evidence = own.evidence or evidence
    return result


def panel_names(meeting: Meeting) -> dict[str, str]:
    """Participant id -> the name to show for each scorecard's interviewer."""
    people = {p.id: p.name for p in meeting.participants}
    return {
        c.participant_id: people.get(c.participant_id) or c.interviewer for c in meeting.scorecards
    }
