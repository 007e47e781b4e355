"""Every threshold, duration and limit the domain relies on, in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import timedelta

# Follow-up: candidates expect an answer within 48 hours; a decision within 14 days.
FEEDBACK_DUE_HOURS = 48
DECISION_DUE_DAYS = 14
FEEDBACK_DUE = timedelta(hours=FEEDBACK_DUE_HOURS)
DECISION_DUE = timedelta(days=DECISION_DUE_DAYS)

# Sizes and ranges accepted for user data (the file format validates against these).
BLOCK_MINUTES_MIN = 1
BLOCK_MINUTES_MAX = 240
PLANNED_MINUTES_MIN = 5
PLANNED_MINUTES_MAX = 600
CASE_MINUTES_MIN = 0
CASE_MINUTES_MAX = 240
SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 20_000
LIST_MAX = 200
AGENDA_MAX = 100
CRITERIA_MAX = 50
RATING_MIN, RATING_MAX = 1, 4
INTEREST_MIN, INTEREST_MAX = 1, 5
FOLLOW_UP_HOURS_MAX = 24 * 60
FOLLOW_UP_DAYS_MAX = 365
SALARY_MAX = 1_000_000_000


@dataclass(frozen=True)
class CoachThresholds:
    """What the coach flags. Defaults here; a template may override any of them.

    Shares are fractions of the agenda's total minutes.
    """

    # The meeting sells the job: under this share of selling, the candidate
    # leaves knowing too little about the role and the offer.
    min_sell_share: float = 0.35
    # Over this share of questioning, the meeting turns into an interrogation.
    max_assess_share: float = 0.35
    # A case longer than this (share or minutes) crowds out the dialogue.
    max_case_share: float = 0.40
    max_case_minutes: int = 45
    # Meetings at least this long have room for a case.
    case_expected_from_minutes: int = 60
    # The candidate's own questions deserve at least this share.
    min_questions_share: float = 0.10
    # Agenda against planned time: tolerated overrun and underrun, in minutes.
    max_over_minutes: int = 5
    max_under_minutes: int = 15
    # Ranking more criteria than this dilutes the assessment and the feedback.
    max_criteria: int = 6
    # The answer to the candidate is due within this many hours.
    max_feedback_hours: int = FEEDBACK_DUE_HOURS

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def with_overrides(self, overrides: dict[str, float] | None) -> CoachThresholds:
        """A copy with the known keys of ``overrides`` applied; unknown keys are ignored."""
        if not overrides:
            return self
        known = {k: v for k, v in overrides.items() if k in self.names()}
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, value in known.items():
            values[key] = type(values[key])(value)
        return CoachThresholds(**values)


DEFAULT_THRESHOLDS = CoachThresholds()

# The band of sell share the coach aims for, shown next to the balance bar.
TARGET_SELL_BAND = (0.35, 0.55)
