"""How a meeting's time is accounted: minutes per group, and how much of it sells the job.

One accounting for every place that shows it: the balance bar, the brief, ``check`` and
insights. Selling is the pitch plus the team blocks a future colleague leads; a team
block led by anyone else is still shown, but it does not count as selling.
"""

from __future__ import annotations

from .model import BlockKind, Group, Meeting
from .panel import led_by_colleague
from .plain import record


@record(frozen=True)
class Balance:
    """Minutes of the agenda per group, their total, and the minutes that sell the job.

    ``team_counted`` is the part of the team minutes that a future colleague leads.
    """

    minutes: dict[Group, int]
    total: int
    team_counted: int = 0

    def share(self, group: Group) -> float:
        return self.minutes[group] / self.total if self.total else 0.0

    @property
    def selling(self) -> int:
        return self.minutes[Group.PITCH] + self.team_counted

    @property
    def selling_share(self) -> float:
        return self.selling / self.total if self.total else 0.0

    @property
    def team_uncounted(self) -> int:
        return self.minutes[Group.TEAM] - self.team_counted


def balance(meeting: Meeting) -> Balance:
    """The accounting of ``meeting``'s agenda."""
    minutes = {group: 0 for group in Group}
    counted = 0
    for block in meeting.agenda:
        minutes[block.group] += block.minutes
        if block.kind is BlockKind.TEAM and led_by_colleague(meeting, block):
            counted += block.minutes
    return Balance(minutes, sum(minutes.values()), counted)


@record(frozen=True)
class Segment:
    """One stretch of a balance bar: a group's minutes, and whether they count as selling."""

    group: Group
    minutes: int
    selling: bool


# Groups in bar order: selling first from the left, so its end shows against the target.
BAR_ORDER: tuple[Group, ...] = (
    Group.PITCH,
    Group.TEAM,
    Group.CASE,
    Group.ASSESS,
    Group.QUESTIONS,
    Group.FRAME,
)


def bar_segments(minutes: dict[Group, int], team_uncounted: int = 0) -> list[Segment]:
    """The non-empty segments of a balance bar, left to right: the pitch, the team time a
    colleague leads, then the team time nobody counts as selling, then the rest."""
    segments: list[Segment] = []
    for group in BAR_ORDER:
        if group is Group.TEAM:
            counted = minutes[group] - team_uncounted
            segments.append(Segment(group, counted, True))
            segments.append(Segment(group, team_uncounted, False))
        else:
            segments.append(Segment(group, minutes[group], group is Group.PITCH))
    return [s for s in segments if s.minutes > 0]
