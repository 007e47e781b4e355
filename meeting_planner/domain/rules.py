"""Every threshold, duration and limit the domain relies on, in one place."""

from __future__ import annotations

from dataclasses import fields

from .phrases import mark
from .plain import record

# Follow-up (domain notes: candidates expect an answer within 48 hours; a recruiting
# firm's rule is personal feedback within 14 days). Both count working days only, so a
# promise never falls on a weekend or a public holiday of the employer's country: the
# 48 hours are two working days after the meeting's end, the 14 days ten working days.
FEEDBACK_DUE_HOURS = 48
DECISION_DUE_DAYS = 14
HOURS_PER_DAY = 24
DAYS_PER_WEEK = 7
WORKING_DAYS_PER_WEEK = 5
FEEDBACK_DUE_WORKING_DAYS = FEEDBACK_DUE_HOURS // HOURS_PER_DAY
DECISION_DUE_WORKING_DAYS = round(DECISION_DUE_DAYS * WORKING_DAYS_PER_WEEK / DAYS_PER_WEEK)
# Days off besides weekends, as the holidays package sorts them by country: Swedes
# are off on Midsummer Eve, Christmas Eve and New Year's Eve though the law does
# not name them ("de facto"); Danes on Constitution Day, Christmas Eve and New
# Year's Eve ("optional"). Half days ("from 2 pm") are working days.
HOLIDAY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "SE": ("public", "de_facto"),
    "DK": ("public", "optional"),
}
HOLIDAY_CATEGORIES_DEFAULT: tuple[str, ...] = ("public",)
# Counting how many working days an answer took stops here (a month and a half).
WORKING_DAYS_COUNTED_MAX = 30

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
# Ids of meetings, blocks, people and criteria: letters, digits, "-" and "_", starting with
# a letter or digit, so an id is never a path or a name a file system cannot take.
ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*"
ID_MAX = 64
# Years a meeting's dates may fall in: far beyond any real plan, and far enough from the
# calendar's ends that adding a deadline never overflows.
YEAR_MIN = 1970
YEAR_MAX = 2200


# Where each of the coach's rules comes from, so a recruiter can see why it is there:
# a figure or advice from our domain notes (the articles and the candidate survey
# they summarise, shown as "Research: ..."), or our own heuristic. Shown with every
# finding, translated.
NOTES_SELL = mark(
    "Research: the candidate is the customer; spend the meeting on what the company offers."
)
NOTES_VAGUE_ROLE = mark(
    "Research: a vague role (unclear stack, responsibilities or team) is the first "
    "reason tech candidates give for saying no."
)
NOTES_OFFER = mark(
    "Research: candidates weigh the whole package, not only the salary: flexibility, "
    "balance and learning."
)
NOTES_CASE = mark("Research: a small case gives the candidate a taste of the real work.")
NOTES_DIALOGUE = mark(
    "Research: competence is assessed in a two-way dialogue about working together, "
    "not an interrogation."
)
NOTES_COLLEAGUES = mark(
    "Research: culture is judged by the people; let the candidate meet future colleagues."
)
NOTES_PANEL = mark(
    "Research: two or three company representatives on one side of the table, "
    "questioning the candidate, is the interview that makes candidates lose interest."
)
NOTES_DECISION_MAKER = mark(
    "Research: involve decision makers early; a slow process loses candidates to "
    "offers that come first."
)
NOTES_TIMELINE = mark(
    "Research: give a timeline from the start; many candidates say no because "
    "another offer came first."
)
NOTES_ANSWER_48H = mark(
    "Research: candidates expect an answer within 48 hours (survey of 7,689 tech candidates)."
)
NOTES_DECISION_14D = mark(
    "Research: personal feedback to every candidate within 14 days (a recruiting firm's own rule)."
)
NOTES_CRITERIA = mark(
    "Research: rank the selection criteria, most important first, and let the "
    "ranking drive the assessment and the feedback."
)
NOTES_QUESTIONS = mark(
    "Research: leave room for the candidate's questions; unanswered worries are "
    "what make candidates decline."
)
OUR_HEURISTIC = mark("Our own rule of thumb, not a research figure.")


@record(frozen=True)
class CoachThresholds:
    """What the coach flags. Defaults here; a template may override any of them.

    Shares are fractions of the agenda's total minutes. Each threshold's source is in
    the comment above it and, for the findings it drives, in FINDING_SOURCES below.
    """

    # Domain notes (NOTES_SELL): the meeting sells the job. Under this share of selling
    # (pitch, and team blocks a future colleague leads) the candidate leaves knowing
    # too little about the role and the offer. The figure is our own heuristic.
    min_sell_share: float = 0.35
    # Our own heuristic: the pitch itself (role and offer presented) below this share is
    # far below the target, whatever the team blocks add.
    min_pitch_share: float = 0.15
    # Domain notes (NOTES_DIALOGUE): over this share of questioning, the meeting turns
    # into an interrogation. The figure is our own heuristic.
    max_assess_share: float = 0.35
    # Domain notes (NOTES_CASE): a small case. Longer than this (share or minutes), it
    # crowds out the dialogue; the figures are our own heuristic.
    max_case_share: float = 0.40
    max_case_minutes: int = 45
    # Our own heuristic: meetings at least this long have room for a case.
    case_expected_from_minutes: int = 60
    # Domain notes (NOTES_QUESTIONS): the candidate's own questions deserve at least
    # this share; the figure is our own heuristic.
    min_questions_share: float = 0.10
    # Our own heuristic: agenda against planned time. Any overrun is a finding (the
    # candidate is told the end time); beyond this many minutes it is a problem.
    max_over_minutes: int = 5
    max_under_minutes: int = 15
    # Domain notes (NOTES_CRITERIA): rank a few criteria. More than this dilutes the
    # assessment and the feedback (our own heuristic).
    max_criteria: int = 6
    # Domain notes (NOTES_ANSWER_48H): the answer is due within 48 hours.
    max_feedback_hours: int = FEEDBACK_DUE_HOURS
    # Domain notes (NOTES_DECISION_14D): the decision within 14 days.
    max_decision_days: int = DECISION_DUE_DAYS
    # Domain notes (NOTES_DIALOGUE): the meeting is a dialogue, not a presentation. One
    # block presenting to the candidate for longer than this, with nothing in it that
    # invites them in, is a monologue (the figure is our own heuristic).
    max_monologue_minutes: int = 15
    # ...and one this long is a lecture, not a meeting: a problem (our own heuristic).
    monologue_problem_minutes: int = 30
    # Our own heuristic: selling past the top of the target band leaves too little room
    # for the case and the dialogue, where the candidate does the talking.
    max_sell_share: float = 0.55
    # Domain notes (NOTES_PANEL): more than this many people on the company's side.
    max_company_people: int = 3

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

# The source of every finding the coach can raise, by finding id.
FINDING_SOURCES: dict[str, str] = {
    "agenda-empty": NOTES_SELL,
    "sell-share-low": NOTES_SELL,
    "sell-share-high": NOTES_DIALOGUE,
    "pitch-missing": NOTES_SELL,
    "pitch-share-low": OUR_HEURISTIC,
    "assess-share-high": NOTES_DIALOGUE,
    "monologue": NOTES_DIALOGUE,
    "case-share-high": NOTES_CASE,
    "case-too-long": NOTES_CASE,
    "case-missing": NOTES_CASE,
    "case-undescribed": NOTES_CASE,
    "questions-missing": NOTES_QUESTIONS,
    "questions-share-low": NOTES_QUESTIONS,
    "next-steps-missing": NOTES_TIMELINE,
    "opens-with-assessment": OUR_HEURISTIC,
    "agenda-over-time": OUR_HEURISTIC,
    "agenda-under-time": OUR_HEURISTIC,
    "motivation-unaddressed": NOTES_OFFER,
    "role-no-stack": NOTES_VAGUE_ROLE,
    "role-no-responsibilities": NOTES_VAGUE_ROLE,
    "role-no-problems": NOTES_VAGUE_ROLE,
    "vague-wording": NOTES_VAGUE_ROLE,
    "placeholder": OUR_HEURISTIC,
    "pitch-facts-unused": NOTES_VAGUE_ROLE,
    "pitch-facts-missing": NOTES_OFFER,
    "offer-no-salary": NOTES_OFFER,
    "offer-no-flexibility": NOTES_OFFER,
    "offer-no-development": NOTES_OFFER,
    "decision-maker-missing": NOTES_DECISION_MAKER,
    "colleague-missing": NOTES_COLLEAGUES,
    "colleague-leads-nothing": NOTES_COLLEAGUES,
    "team-not-led-by-colleague": NOTES_COLLEAGUES,
    "panel-too-large": NOTES_PANEL,
    "block-no-owner": OUR_HEURISTIC,
    "block-owner-absent": OUR_HEURISTIC,
    "meeting-on-day-off": OUR_HEURISTIC,
    "feedback-slow": NOTES_ANSWER_48H,
    "decision-slow": NOTES_DECISION_14D,
    "criteria-missing": NOTES_CRITERIA,
    "criteria-unranked": NOTES_CRITERIA,
    "criteria-too-many": NOTES_CRITERIA,
    "pitch-no-talking-points": NOTES_VAGUE_ROLE,
    "comments-open": OUR_HEURISTIC,
}

# The band of selling share the coach aims for, shown next to the balance bar.
TARGET_SELL_BAND = (DEFAULT_THRESHOLDS.min_sell_share, DEFAULT_THRESHOLDS.max_sell_share)

# The coach's score starts at 100 and loses this much per finding, by severity.
# Hints (info) polish a plan; their total is capped so that a handful of them never
# outweighs one real problem. A plan with any problem scores at most
# SCORE_CAP_WITH_PROBLEM, below SCORE_READY_FROM, so it never reads as ready; one with
# only hints stays at or above it. All our own heuristic.
SCORE_MAX = 100
SCORE_PENALTY_PROBLEM = 15
SCORE_PENALTY_WARNING = 7
SCORE_PENALTY_INFO = 2
SCORE_INFO_PENALTY_CAP = 6
SCORE_CAP_WITH_PROBLEM = 55
# Score bands as the app and the brief colour them: ready (green), needs work (amber),
# not ready (red).
SCORE_READY_FROM = 85
SCORE_NEEDS_WORK_FROM = 60

# The coach matches a candidate's motivations, and the offer's facts, to pitch texts by
# word stems of this many letters, so "flexible" and "flexibility" count as the same word.
MOTIVATION_STEM_LETTERS = 5
# A pitch "names" the offer's facts when it says one of its figures or names: product
# names and proper names, and ordinary words at least this long ("insurance"). Numbers
# longer than this many digits are not figures a pitch would say.
FACT_WORD_MIN_LETTERS = 6
FACT_NUMBER_MAX_DIGITS = 12

# Meeting files (.meeting.json) from other people: the largest file and the
# deepest nesting read, far above any real plan, so that a broken or hostile
# file is refused before it costs memory or recursion.
MEETING_FILE_MAX_BYTES = 5 * 1024 * 1024
MEETING_FILE_MAX_DEPTH = 32
# Meeting files checked in one run before the schema is compiled to Python for speed:
# compiling costs about 0.3 s, checking one file the slow way about 7 ms, so a batch
# (an import of many files, a team folder) gains and a single file does not wait.
FAST_SCHEMA_AFTER_FILES = 20
# The team folder: a change is looked at once the sync engine has been quiet this long
# (it writes a file in pieces), and the folder is looked at this often regardless,
# since network shares and some engines send no change notifications.
TEAM_FOLDER_SETTLE_MS = 1500
TEAM_FOLDER_RESCAN_SECONDS = 120
# Two interviewers' ratings of one criterion this far apart (on the 1-4 scale) are a
# disagreement to talk about in the debrief meeting: one step is a matter of degree,
# two is seeing different things. Our own heuristic.
SCORECARD_DISAGREEMENT = 2
# Review comments one plan may carry: a long review runs to a few dozen; the cap
# only keeps a hostile file small.
COMMENTS_MAX = 500
# A plan's revision counter: one per saved change, so a billion is never reached.
REVISION_MAX = 1_000_000_000
REMOTE_DAYS_MAX = 7

# Local store: how many earlier states of each store file are kept as backups,
# how many files the meetings are spread over (a save rewrites only one of them),
# and how many of those files stay parsed in memory at once.
STORE_BACKUPS_KEPT = 5
STORE_SHARDS = 64
STORE_SHARDS_CACHED = 8

# The time zone of a meeting that names none, by the employer's country, for the
# countries with one zone (the IANA names); a country with several (US) leaves it to
# the computer's zone.
COUNTRY_ZONES = {
    "SE": "Europe/Stockholm",
    "DK": "Europe/Copenhagen",
    "NO": "Europe/Oslo",
    "FI": "Europe/Helsinki",
    "IS": "Atlantic/Reykjavik",
    "DE": "Europe/Berlin",
    "NL": "Europe/Amsterdam",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
}

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
# and the bounds in working days of the time-to-feedback bars (the two-working-day
# target among them, then a working week).
INSIGHTS_PRESET_DAYS = (30, 90, 365)
INSIGHTS_DEFAULT_DAYS = 90
INSIGHTS_FEEDBACK_BUCKET_DAYS = (1, FEEDBACK_DUE_WORKING_DAYS, WORKING_DAYS_PER_WEEK)

# Retention: personal data of a closed recruitment is kept this many months after
# it closed (the Danish authority accepts up to three years for applicants not
# hired; Swedish employers commonly keep two), then erased on review.
RETENTION_MONTHS_DEFAULT = 24
RETENTION_MONTHS_MIN = 1
RETENTION_MONTHS_MAX = 36
# Filled debrief and scorecard forms remembered per meeting (by hash) as applied, so
# the team folder's inbox never applies one twice: a debrief form, one per
# interviewer and a few rounds of each fit well within it.
DEBRIEF_FORMS_REMEMBERED = 50

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
# many reasons and strengths, so one clear reason is not drowned by a list.
FEEDBACK_MET_RATING = 3
FEEDBACK_REASONS_MAX = 2
FEEDBACK_STRENGTHS_MAX = 3
# A criterion's name inside a "[to fill in: ...]" gap is cut to this many letters, so
# the gap stays a placeholder (see PLACEHOLDER_MAX_LETTERS) whatever the name.
FEEDBACK_GAP_NAME_MAX = 60
# A reason names a criterion when it holds the criterion's name or one of its words of
# at least this many letters ("design", not "and"), matched by its stem.
REASON_WORD_MIN_LETTERS = 4

# Follow-up: the start-up notice names this many overdue items (then "and N more"),
# and the Due view rewords "overdue by..." this often while it is open.
DUE_NOTICE_NAMES_SHOWN = 3
DUE_REFRESH_SECONDS = 60
# The feedback composer re-reads the clock this often, so "due in" and "overdue"
# stay true while it is open.
FEEDBACK_CLOCK_REFRESH_MS = 60_000

# Reaching people. Longer mailto: links are cut by Windows' shell and some mail
# programs (about 2,000 characters); past it the message goes as an .eml file.
MAILTO_MAX_CHARS = 2000
# Reminders while the app runs: how often the deadlines are looked at. Five minutes
# is soon enough for a deadline counted in hours, and costs nothing noticeable.
REMINDER_CHECK_SECONDS = 5 * 60

# Reading a filled form (debrief, declined-offer survey) that came back from outside.
# A real one reads in well under a second with a few megabytes; a hostile PDF can
# unpack gigabytes from kilobytes, or make the reader crawl through padding. Whatever
# the file holds, its reading stops at these bounds and the form is refused:
# the time the whole read may take (stopping it takes a moment more: no read
# reaches 10 s), and the memory of the process that reads it;
FORM_READ_SECONDS = 9
FORM_READ_MEMORY_BYTES = 256 * 1024 * 1024
# what one unpacked stream, and all of them together, may hold (a form's fields live
# in a few small object streams; its fonts and pages are never unpacked to read it);
FORM_STREAM_MAX_BYTES = 8 * 1024 * 1024
FORM_UNPACKED_MAX_BYTES = 24 * 1024 * 1024
# how much of a damaged stream the reader retries byte by byte (a slow path);
FORM_STREAM_RECOVERY_MAX_BYTES = 64 * 1024
# how many objects, fields, levels of fields and entries of one array or dictionary
# a form may have (the app's forms have a few hundred objects, two levels of fields).
FORM_OBJECTS_MAX = 200_000
FORM_FIELDS_MAX = 2_000
FORM_FIELD_DEPTH_MAX = 10
FORM_ELEMENTS_MAX = 10_000

# Local store: the most meeting files a store's meta file may name, and the largest
# store file read. The app makes STORE_SHARDS files; a count far beyond it is damage,
# and reading it would cost time and memory for every file named. One file holds a
# 64th of the meetings: a few megabytes even for tens of thousands of them.
STORE_SHARDS_MAX = 1024
STORE_FILE_MAX_BYTES = 256 * 1024 * 1024
