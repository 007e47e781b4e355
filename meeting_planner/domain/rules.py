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

# The coach's score starts at 100 and loses this much per finding, by severity.
# Hints (info) polish a plan; their total is capped so that a handful of them
# never outweighs one real problem.
SCORE_MAX = 100
SCORE_PENALTY_PROBLEM = 15
SCORE_PENALTY_WARNING = 7
SCORE_PENALTY_INFO = 2
SCORE_INFO_PENALTY_CAP = 6

# The coach matches a candidate's motivations to pitch texts by word stems of
# this many letters, so "flexible" and "flexibility" count as the same word.
MOTIVATION_STEM_LETTERS = 5

# Meeting files (.meeting.json) from other people: the largest file and the
# deepest nesting read, far above any real plan, so that a broken or hostile
# file is refused before it costs memory or recursion.
MEETING_FILE_MAX_BYTES = 5 * 1024 * 1024
MEETING_FILE_MAX_DEPTH = 32
REMOTE_DAYS_MAX = 7

# Local store: how many earlier states of each store file are kept as backups,
# how many files the meetings are spread over (a save rewrites only one of them),
# and how many of those files stay parsed in memory at once.
STORE_BACKUPS_KEPT = 5
STORE_SHARDS = 64
STORE_SHARDS_CACHED = 8

# Template placeholders ("[Hiring manager's name]") are at most this long; longer
# bracketed text is the manager's own writing, not a placeholder.
PLACEHOLDER_MAX_LETTERS = 120

# The manager's brief lists this many of the coach's findings, most serious first;
# the app shows them all.
BRIEF_FINDINGS_SHOWN = 4

# The app saves this long after the last edit, and never later than the upper
# bound after the first unsaved edit, so a crash loses at most that much work.
AUTOSAVE_DEBOUNCE_MS = 800
AUTOSAVE_MAX_DELAY_MS = 2000

# A filled debrief form is a few hundred kilobytes; a file far larger is not one,
# and is refused before it is read into memory.
DEBRIEF_FORM_MAX_BYTES = 20 * 1024 * 1024

# Meeting mode: how many markers one meeting keeps, and the longest a meeting's
# timer runs (a day), beyond which an elapsed time is a mistake.
MARKERS_MAX = 1000
MEETING_SECONDS_MAX = 24 * 60 * 60

# Insights: the period presets offered (days back from today), the one shown first,
# and the bounds in hours of the time-to-feedback bars (the 48-hour target among them).
INSIGHTS_PRESET_DAYS = (30, 90, 365)
INSIGHTS_DEFAULT_DAYS = 90
INSIGHTS_FEEDBACK_BUCKET_HOURS = (24, FEEDBACK_DUE_HOURS, 7 * 24)

# Retention: personal data of a closed recruitment is kept this many months after
# it closed (the Danish authority accepts up to three years for applicants not
# hired; Swedish employers commonly keep two), then erased on review.
RETENTION_MONTHS_DEFAULT = 24
RETENTION_MONTHS_MIN = 1
RETENTION_MONTHS_MAX = 36

# Meeting mode: a block this close to its planned end shows a quiet "ending soon";
# the screen redraws this often, though every figure comes from the clock.
RUN_ENDING_SOON_SECONDS = 60
RUN_TICK_MS = 250
# Block visits a kept meeting clock may hold (moving between blocks adds one each time).
RUN_VISITS_MAX = 10_000
# Behind or ahead of plan by less than this counts as on schedule.
RUN_ON_SCHEDULE_SECONDS = 60

# Feedback composer: a rating from this up counts as a criterion met (a strength
# to name), below it as not met (a reason to name). The draft names at most this
# many reasons and strengths, so one clear reason is not drowned by a list, and
# quotes at most this much of a panel member's evidence line.
FEEDBACK_MET_RATING = 3
FEEDBACK_REASONS_MAX = 2
FEEDBACK_STRENGTHS_MAX = 3
FEEDBACK_QUOTE_MAX = 160

# Follow-up: the start-up notice names this many overdue items (then "and N more"),
# and the Due view rewords "overdue by..." this often while it is open.
DUE_NOTICE_NAMES_SHOWN = 3
DUE_REFRESH_SECONDS = 60
# The feedback composer re-reads the clock this often, so "due in" and "overdue"
# stay true while it is open.
FEEDBACK_CLOCK_REFRESH_MS = 60_000
