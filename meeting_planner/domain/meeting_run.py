"""Running a meeting from its plan: the timer, quick notes, markers, the hand-over to the debrief.

Time comes in from outside. The timer counts in seconds of a monotonic clock
(``now`` floats), so pauses and moving between blocks are exact and a changed
wall clock cannot skew them; notes, markers and the end carry wall-clock
datetimes for the record.

What ending the meeting carries into the debrief (appended, never replacing
what is there, and never a line that is already there):

- "strong signal" markers -> ``debrief.resonated``, one line each;
- "concern raised" markers -> ``debrief.concerns``, in the category the block
  suggests (see ``concern_category``: a pitch topic names it, else the block
  kind; ``other`` when neither says), added to that category's concern;
- quick notes -> ``debrief.reasons``, under one heading, one entry per block in
  agenda order: they are the raw material for the panel's reasons.

Each line starts with "[block title, mm:ss]": the block and the meeting time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import field
from datetime import datetime
from typing import Any

from . import rules
from .enums import BlockKind, ConcernCategory, Language, MarkerKind, PitchTopic, Status
from .model import AgendaBlock, BlockNote, Concern, Debrief, DomainError, Marker, Meeting
from .plain import record

# Domain-made text, by language; languages without their own entry use English.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "notes_heading": "Notes from the meeting:",
        MarkerKind.SIGNAL: "strong signal",
        MarkerKind.CONCERN: "concern raised",
        "no_block": "no block",
    },
}

_TOPIC_CONCERN = {
    PitchTopic.STACK: ConcernCategory.ROLE_CLARITY,
    PitchTopic.PROJECTS: ConcernCategory.ROLE_CLARITY,
    PitchTopic.TEAM: ConcernCategory.CULTURE_VALUES,
    PitchTopic.CULTURE: ConcernCategory.CULTURE_VALUES,
    PitchTopic.DEVELOPMENT: ConcernCategory.DEVELOPMENT,
    PitchTopic.BENEFITS: ConcernCategory.COMPENSATION,
    PitchTopic.FLEXIBILITY: ConcernCategory.FLEXIBILITY,
    PitchTopic.BALANCE: ConcernCategory.FLEXIBILITY,
}
_KIND_CONCERN = {
    BlockKind.TEAM: ConcernCategory.CULTURE_VALUES,
    BlockKind.NEXT_STEPS: ConcernCategory.PROCESS_TEMPO,
}


def phrases(language: Language | str) -> dict[str, str]:
    return PHRASES.get(str(language), PHRASES["en"])


def mmss(seconds: float) -> str:
    """Whole seconds as "mm:ss" (minutes keep counting past 59: "75:02")."""
    whole = int(abs(seconds))
    return f"{'-' if seconds < 0 and whole else ''}{whole // 60:02d}:{whole % 60:02d}"


# The shape of RunTimer.to_record; a record of another version is not read back.
RUN_RECORD_VERSION = 1


# -- the timer -------------------------------------------------------------------------
@record(frozen=True)
class RunStatus:
    """Where the meeting stands at one moment; every figure in whole seconds."""

    index: int
    block: AgendaBlock | None
    next_block: AgendaBlock | None
    block_elapsed: int
    block_planned: int
    meeting_elapsed: int
    meeting_planned: int
    # When the agenda would finish if the current block ends on time and the rest run to plan.
    projected_end: int
    paused: bool

    @property
    def block_remaining(self) -> int:
        """Negative once the block runs over."""
        return self.block_planned - self.block_elapsed

    @property
    def meeting_remaining(self) -> int:
        return self.meeting_planned - self.meeting_elapsed

    @property
    def block_overrun(self) -> bool:
        return self.block is not None and self.block_elapsed > self.block_planned

    @property
    def block_ending_soon(self) -> bool:
        return self.block is not None and 0 <= self.block_remaining <= rules.RUN_ENDING_SOON_SECONDS

    @property
    def meeting_overrun(self) -> bool:
        return self.meeting_elapsed > self.meeting_planned

    @property
    def behind_seconds(self) -> int:
        """How far past the booked end the agenda is heading (negative: time to spare)."""
        return self.projected_end - self.meeting_planned


@record
class RunTimer:
    """The meeting's clock: running time without pauses, and time spent in each block.

    ``started`` and every ``now`` are seconds of one monotonic clock. The
    current block is the one the manager moved to; it is followed by id, so the
    timer survives blocks being edited or moved while the meeting runs.
    """

    started: float
    paused_since: float | None = None
    paused_total: float = 0.0
    # (block id, running seconds when it became current), oldest first.
    visits: list[tuple[str, float]] = field(default_factory=list)

    @classmethod
    def start(cls, agenda: Sequence[AgendaBlock], now: float) -> RunTimer:
        timer = cls(started=now)
        if agenda:
            timer.visits.append((agenda[0].id, 0.0))
        return timer

    @property
    def paused(self) -> bool:
        return self.paused_since is not None

    def elapsed(self, now: float) -> float:
        """Running seconds since the start, pauses left out."""
        stop = self.paused_since if self.paused_since is not None else now
        return max(0.0, min(stop - self.started - self.paused_total, rules.MEETING_SECONDS_MAX))

    def pause(self, now: float) -> None:
        if self.paused_since is None:
            self.paused_since = now

    def resume(self, now: float) -> None:
        if self.paused_since is not None:
            self.paused_total += max(0.0, now - self.paused_since)
            self.paused_since = None

    def toggle_pause(self, now: float) -> bool:
        """Pause or resume; True when the timer is paused afterwards."""
        self.resume(now) if self.paused else self.pause(now)
        return self.paused

    def current_index(self, agenda: Sequence[AgendaBlock]) -> int:
        """The current block's place in ``agenda``; -1 when the agenda is empty."""
        if not agenda:
            return -1
        if self.visits:
            for i, block in enumerate(agenda):
                if block.id == self.visits[-1][0]:
                    return i
        # The current block was removed from the plan: carry on with the first.
        return 0

    def go_to(self, agenda: Sequence[AgendaBlock], index: int, now: float) -> bool:
        """Make block ``index`` current; False (nothing changes) outside the agenda."""
        if not 0 <= index < len(agenda) or index == self._index_if_known(agenda):
            return False
        self.visits.append((agenda[index].id, self.elapsed(now)))
        return True

    def next_block(self, agenda: Sequence[AgendaBlock], now: float) -> bool:
        return self.go_to(agenda, self.current_index(agenda) + 1, now)

    def previous_block(self, agenda: Sequence[AgendaBlock], now: float) -> bool:
        return self.go_to(agenda, self.current_index(agenda) - 1, now)

    def block_seconds(self, block_id: str, now: float) -> float:
        """Running seconds spent in a block, over every visit to it."""
        total = 0.0
        ends = [entered for _, entered in self.visits[1:]] + [self.elapsed(now)]
        for (visited, entered), left in zip(self.visits, ends, strict=True):
            if visited == block_id:
                total += left - entered
        return total

    def status(self, meeting: Meeting, now: float) -> RunStatus:
        agenda = meeting.agenda
        index = self.current_index(agenda)
        if index >= 0 and not self.visits:
            self.visits.append((agenda[index].id, self.elapsed(now)))
        block = agenda[index] if index >= 0 else None
        elapsed = _whole(self.elapsed(now))
        block_elapsed = _whole(self.block_seconds(block.id, now)) if block else 0
        block_planned = block.minutes * 60 if block else 0
        later = sum(b.minutes for b in agenda[index + 1 :]) * 60 if index >= 0 else 0
        return RunStatus(
            index=index,
            block=block,
            next_block=agenda[index + 1] if 0 <= index < len(agenda) - 1 else None,
            block_elapsed=block_elapsed,
            block_planned=block_planned,
            meeting_elapsed=elapsed,
            meeting_planned=meeting.planned_minutes * 60,
            projected_end=elapsed + max(0, block_planned - block_elapsed) + later,
            paused=self.paused,
        )

    def _index_if_known(self, agenda: Sequence[AgendaBlock]) -> int:
        return self.current_index(agenda) if self.visits else -1

    # -- keeping the clock across a restart of the app ----------------------------------
    def to_record(self, now: float, wall: datetime, started_at: datetime) -> dict[str, Any]:
        """The timer as plain data: running seconds and the block visits at ``wall``
        (the wall-clock time matching the monotonic ``now``), and when the meeting began."""
        return {
            "version": RUN_RECORD_VERSION,
            "saved_at": wall.isoformat(),
            "started_at": started_at.isoformat(),
            "elapsed": round(self.elapsed(now), 3),
            "paused": self.paused,
            "visits": [[block_id, round(entered, 3)] for block_id, entered in self.visits],
        }

    @classmethod
    def from_record(cls, record: object, now: float, wall: datetime) -> tuple[RunTimer, datetime]:
        """The timer kept by ``to_record``, carried on at ``now`` (monotonic) and ``wall``:
        a running meeting went on while the app was closed, a paused one stays paused.
        Also returns when the meeting began. DomainError when the record is not one."""
        try:
            if not isinstance(record, dict) or record.get("version") != RUN_RECORD_VERSION:
                raise ValueError("not a meeting clock")
            saved_at = datetime.fromisoformat(record["saved_at"])
            started_at = datetime.fromisoformat(record["started_at"])
            elapsed = float(record["elapsed"])
            paused = record["paused"]
            visits = [(str(v[0]), float(v[1])) for v in record["visits"]]
            if not isinstance(paused, bool) or len(visits) > rules.RUN_VISITS_MAX:
                raise ValueError("not a meeting clock")
            if any(len(v) != 2 for v in record["visits"]):
                raise ValueError("a block visit is a block and a time")
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise DomainError(f"the meeting clock cannot be read back ({error})") from error
        if not all(math.isfinite(x) for x in [elapsed, *(t for _, t in visits)]):
            raise DomainError("the meeting clock cannot be read back (not a number)")
        gap = 0.0 if paused else _seconds_between(saved_at, wall)
        elapsed = min(max(0.0, elapsed + gap), rules.MEETING_SECONDS_MAX)
        timer = cls(started=now - elapsed, paused_since=now if paused else None, visits=visits)
        return timer, started_at


def _whole(seconds: float) -> int:
    return int(math.floor(seconds))


def _seconds_between(earlier: datetime, later: datetime) -> float:
    """Seconds from ``earlier`` to ``later``; 0 when they cannot be compared (one has a
    time zone, the other not) or the wall clock was set back."""
    try:
        return max(0.0, (later - earlier).total_seconds())
    except TypeError:
        return 0.0


# -- notes and markers --------------------------------------------------------------------
def start_run(meeting: Meeting, at: datetime) -> datetime | None:
    """Record when the meeting started, unless it already has a start; returns the old value."""
    previous = meeting.run.started_at
    if previous is None:
        meeting.run.started_at = at
    return previous


def stamp_marker(
    meeting: Meeting,
    kind: MarkerKind | str,
    block_id: str,
    at: datetime,
    elapsed_seconds: float,
    text: str = "",
) -> Marker:
    """Add a marker stamped with the block and the meeting time; returns it."""
    if len(meeting.run.markers) >= rules.MARKERS_MAX:
        raise DomainError(f"a meeting keeps at most {rules.MARKERS_MAX} markers")
    if block_id:
        meeting.block(block_id)
    if len(text) > rules.SHORT_TEXT_MAX:
        raise DomainError(f"a marker's text is at most {rules.SHORT_TEXT_MAX} characters")
    seconds = min(max(0, _whole(elapsed_seconds)), rules.MEETING_SECONDS_MAX)
    marker = Marker(MarkerKind(kind), block_id, at, seconds, text)
    meeting.run.markers.append(marker)
    return marker


def remove_marker(meeting: Meeting, marker: Marker) -> int:
    """Take a marker out again (undo); returns where it was."""
    for i, candidate in enumerate(meeting.run.markers):
        if candidate is marker:
            del meeting.run.markers[i]
            return i
    raise DomainError("that marker is not in the meeting")


def set_block_note(meeting: Meeting, block_id: str, text: str) -> str:
    """Set the quick notes of a block (empty text removes them); returns the old text."""
    meeting.block(block_id)
    if len(text) > rules.LONG_TEXT_MAX:
        raise DomainError(f"a block's notes are at most {rules.LONG_TEXT_MAX} characters")
    note = meeting.run.note_for(block_id)
    old = note.text if note else ""
    if note is None and text:
        if len(meeting.run.notes) >= rules.LIST_MAX:
            raise DomainError(f"a meeting keeps notes for at most {rules.LIST_MAX} blocks")
        meeting.run.notes.append(BlockNote(block_id, text))
    elif note is not None and text:
        note.text = text
    elif note is not None:
        meeting.run.notes.remove(note)
    return old


# -- the end of the meeting ------------------------------------------------------------------
def concern_category(block: AgendaBlock | None) -> ConcernCategory:
    """The concern category a block suggests: by its pitch topic, else its kind, else other."""
    if block is None:
        return ConcernCategory.OTHER
    if block.topic is not None and block.topic in _TOPIC_CONCERN:
        return _TOPIC_CONCERN[block.topic]
    return _KIND_CONCERN.get(block.kind, ConcernCategory.OTHER)


def end_meeting(meeting: Meeting, ended_at: datetime) -> None:
    """End the meeting: held at ``ended_at``, with the notes and markers in the debrief.

    A meeting further along (debriefed, feedback sent, closed) keeps its status
    and end: running it again only adds what is new to the debrief.
    """
    if meeting.status in (Status.PLANNED, Status.HELD):
        meeting.mark_held(ended_at)
    meeting.debrief = debrief_prefill(meeting)


def debrief_prefill(meeting: Meeting) -> Debrief:
    """A copy of the meeting's debrief with its notes and markers appended (see module doc)."""
    words = phrases(meeting.language)
    debrief = deepcopy(meeting.debrief)
    titles = {b.id: b.title for b in meeting.agenda}
    order = {b.id: i for i, b in enumerate(meeting.agenda)}
    markers = sorted(meeting.run.markers, key=lambda m: m.elapsed_seconds)

    def label(block_id: str, seconds: int | None) -> str:
        title = titles.get(block_id) or words["no_block"]
        return f"[{title}, {mmss(seconds)}]" if seconds is not None else f"[{title}]"

    def line(marker: Marker) -> str:
        return (
            f"{label(marker.block_id, marker.elapsed_seconds)} {marker.text or words[marker.kind]}"
        )

    signals = [line(m) for m in markers if m.kind == MarkerKind.SIGNAL]
    debrief.resonated = _append(debrief.resonated, signals)
    for marker in (m for m in markers if m.kind == MarkerKind.CONCERN):
        category = concern_category(_block_or_none(meeting, marker.block_id))
        concern = next((c for c in debrief.concerns if c.category == category), None)
        if concern is None:
            concern = Concern(category, "")
            debrief.concerns.append(concern)
        concern.text = _append(concern.text, [line(marker)])
    notes = sorted(
        (n for n in meeting.run.notes if n.text.strip()),
        key=lambda n: order.get(n.block_id, len(order)),
    )
    entries = [f"{label(n.block_id, None)} {n.text.strip()}" for n in notes]
    debrief.reasons = _append(debrief.reasons, entries, words["notes_heading"])
    return debrief


def _block_or_none(meeting: Meeting, block_id: str) -> AgendaBlock | None:
    return next((b for b in meeting.agenda if b.id == block_id), None)


def _append(text: str, lines: list[str], heading: str = "") -> str:
    """``text`` with the lines it does not hold yet added at the end, within the size limit.

    ``heading`` goes before the new lines unless ``text`` already has it."""
    new = [entry for entry in lines if entry not in text]
    if not new:
        return text
    if heading and heading not in text:
        new.insert(0, heading)
    combined = "\n".join([text.rstrip("\n"), *new]) if text.strip() else "\n".join(new)
    if len(combined) > rules.LONG_TEXT_MAX:
        combined = combined[: rules.LONG_TEXT_MAX - 1] + "…"
    return combined
