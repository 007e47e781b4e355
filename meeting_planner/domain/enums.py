"""The closed vocabularies of a meeting: languages, statuses, block kinds, topics..."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    SV = "sv"
    DA = "da"


class Status(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    DEBRIEFED = "debriefed"
    FEEDBACK_SENT = "feedback_sent"
    CLOSED = "closed"


class BlockKind(StrEnum):
    WELCOME = "welcome"
    PITCH = "pitch"
    CASE = "case"
    DIALOGUE = "dialogue"
    CANDIDATE_QUESTIONS = "candidate_questions"
    TEAM = "team"
    NEXT_STEPS = "next_steps"
    BREAK = "break"


class PitchTopic(StrEnum):
    STACK = "stack"
    PROJECTS = "projects"
    TEAM = "team"
    DEVELOPMENT = "development"
    BENEFITS = "benefits"
    FLEXIBILITY = "flexibility"
    BALANCE = "balance"
    CULTURE = "culture"


class Part(StrEnum):
    MANAGER = "manager"
    COLLEAGUE = "colleague"
    RECRUITER = "recruiter"
    OTHER = "other"


class ConcernCategory(StrEnum):
    ROLE_CLARITY = "role_clarity"
    PROCESS_TEMPO = "process_tempo"
    CULTURE_VALUES = "culture_values"
    COMPENSATION = "compensation"
    FLEXIBILITY = "flexibility"
    DEVELOPMENT = "development"
    OTHER = "other"


class Decision(StrEnum):
    ADVANCE = "advance"
    OFFER = "offer"
    REJECT = "reject"
    HOLD = "hold"


class OfferResult(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class SalaryPeriod(StrEnum):
    HOUR = "hour"
    MONTH = "month"
    YEAR = "year"


class MarkerKind(StrEnum):
    """One-key markers the panel stamps during the meeting."""

    CONCERN = "concern"
    SIGNAL = "signal"


class Group(StrEnum):
    """How the coach accounts for the agenda's time, one group per block kind.

    Selling is presenting the role and offer (pitch) plus meeting future colleagues
    (team), the latter only when a future colleague leads the block. The candidate's
    own questions are a two-way part of the meeting, not selling.
    """

    PITCH = "pitch"
    TEAM = "team"
    CASE = "case"
    ASSESS = "assess"
    QUESTIONS = "questions"
    FRAME = "frame"


KIND_GROUP: dict[BlockKind, Group] = {
    BlockKind.PITCH: Group.PITCH,
    BlockKind.TEAM: Group.TEAM,
    BlockKind.CANDIDATE_QUESTIONS: Group.QUESTIONS,
    BlockKind.CASE: Group.CASE,
    BlockKind.DIALOGUE: Group.ASSESS,
    BlockKind.WELCOME: Group.FRAME,
    BlockKind.NEXT_STEPS: Group.FRAME,
    BlockKind.BREAK: Group.FRAME,
}


class DeclineCategory(StrEnum):
    """Why a candidate declined an offer, as the domain notes list the reasons: the role,
    the process, the interview's chemistry, the offer (pay), flexibility, learning,
    culture, location, industry, or something else."""

    ROLE_CLARITY = "role_clarity"
    PROCESS_TEMPO = "process_tempo"
    CHEMISTRY = "chemistry"
    COMPENSATION = "compensation"
    FLEXIBILITY = "flexibility"
    DEVELOPMENT = "development"
    CULTURE_VALUES = "culture_values"
    LOCATION = "location"
    INDUSTRY = "industry"
    OTHER = "other"

    @property
    def controllable(self) -> bool:
        """Whether the company can act on it (domain notes: the role, the process, the
        interview's chemistry and the offer it controls; the preferred industry and the
        location it does not). "Other" is not known to be, until the manager says so."""
        return self in CONTROLLABLE_CATEGORIES


# Reasons a candidate declines that the company can act on; the rest cannot be, or are
# not known to be. A manager may say otherwise for one answer (DeclineReason.controllable).
CONTROLLABLE_CATEGORIES = frozenset(
    {
        DeclineCategory.ROLE_CLARITY,
        DeclineCategory.PROCESS_TEMPO,
        DeclineCategory.CHEMISTRY,
        DeclineCategory.COMPENSATION,
        DeclineCategory.FLEXIBILITY,
        DeclineCategory.DEVELOPMENT,
        DeclineCategory.CULTURE_VALUES,
    }
)
