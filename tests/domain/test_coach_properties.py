"""Properties of the coach's review that hold for any agenda, checked with hypothesis."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from meeting_planner.domain import rules
from meeting_planner.domain.coach import review
from meeting_planner.domain.model import AgendaBlock, BlockKind, Group, Meeting

blocks = st.builds(
    AgendaBlock,
    title=st.text(max_size=20),
    kind=st.sampled_from(BlockKind),
    minutes=st.integers(rules.BLOCK_MINUTES_MIN, rules.BLOCK_MINUTES_MAX),
    owner=st.sampled_from(["", "Maja"]),
    talking_points=st.lists(st.text(max_size=30), max_size=3),
)
agendas = st.lists(blocks, min_size=1, max_size=30)
starts = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))


def meeting_with(agenda: list[AgendaBlock], start: datetime = datetime(2025, 3, 4, 9)) -> Meeting:
    return Meeting(start=start, planned_minutes=60, agenda=agenda)


@given(agendas)
def test_shares_sum_to_one_for_any_non_empty_agenda(agenda: list[AgendaBlock]) -> None:
    result = review(meeting_with(agenda))
    assert set(result.shares) == set(Group)
    assert math.isclose(sum(result.shares.values()), 1.0)
    assert all(0.0 <= share <= 1.0 for share in result.shares.values())
    assert sum(result.minutes.values()) == result.total_minutes == sum(b.minutes for b in agenda)


@given(agendas, starts)
def test_each_block_starts_where_the_previous_one_ended(
    agenda: list[AgendaBlock], start: datetime
) -> None:
    times = review(meeting_with(agenda, start)).times
    assert [t.block_id for t in times] == [b.id for b in agenda]
    assert times[0].start == start
    for before, after in pairwise(times):
        assert after.start == before.end
    for t, b in zip(times, agenda, strict=True):
        assert t.end - t.start == timedelta(minutes=b.minutes) > timedelta(0)
    assert times[-1].end == start + timedelta(minutes=sum(b.minutes for b in agenda))


@given(st.data())
def test_reordering_blocks_changes_neither_shares_nor_minutes(data: st.DataObject) -> None:
    agenda = data.draw(agendas)
    shuffled = data.draw(st.permutations(agenda))
    original, reordered = review(meeting_with(agenda)), review(meeting_with(list(shuffled)))
    assert reordered.minutes == original.minutes
    assert reordered.shares == original.shares
    assert reordered.total_minutes == original.total_minutes


@given(agendas, st.lists(st.text(max_size=40), max_size=5))
def test_the_score_stays_in_bounds_and_the_review_repeats_itself(
    agenda: list[AgendaBlock], motivations: list[str]
) -> None:
    meeting = meeting_with(agenda)
    meeting.candidate.motivations = motivations
    result = review(meeting)
    assert 0 <= result.score <= rules.SCORE_MAX
    assert review(meeting) == result
