"""What one file of the team folder is, next to the store: a new meeting, a change to
one, something already imported, older than the store's copy, or not ours at all.

Files are matched by their content (the meeting id inside), never by their name, so a
sync engine's conflict copy ("plan (1).meeting.json") is read like any other file.
"""

from __future__ import annotations

import hashlib
from dataclasses import field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.phrases import Phrase, mark
from ..domain.plain import record

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..exchange import Incoming
    from ..store import Store


class State(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    IMPORTED = "imported"
    OLDER = "older"
    # A form written before the debrief's last change: applying it would undo that.
    STALE = "stale"
    ERASED = "erased"
    # A meeting deleted from this store: nothing may bring it back (see store/traces.py).
    DELETED = "deleted"
    # Your own file of a meeting deleted or erased, removed from the folder by this look.
    WITHDRAWN = "withdrawn"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    SYNCING = "syncing"
    OWN = "own"


# What a file brings once judged: nothing more to do for these.
# A deleted meeting's files are read again at each look, so the seen files never keep
# the names (which may carry the candidate's) of a meeting that is gone.
SETTLED = frozenset({State.IMPORTED, State.OLDER, State.STALE, State.ERASED, State.OWN})
# Judged from the bytes alone, whatever the store holds.
CONTENT_ONLY = frozenset({State.FOREIGN, State.DAMAGED})
_DELETED = mark("belongs to a meeting you deleted")
# PDF files end with this marker; one without it was cut short (still being synced).
_PDF_END = b"%%EOF"


@record
class Judged:
    """One file as the inbox sees it."""

    name: str
    state: State
    meeting_id: str = ""
    # Whose meeting (the candidate, or the title), for people reading the list.
    who: str = ""
    # Why a file is foreign or damaged, or what it is: a Phrase where the app says it
    # (told in the reader's language), else the system's words.
    detail: str = ""
    # What applying it would change, line by line.
    lines: list[str] = field(default_factory=list)
    kind: str = "meeting"
    revision: int = 0
    incoming: Incoming | None = None
    form_data: bytes | None = None
    # The file as read: size, modification time and SHA-256 (0 and "" when not read).
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""


def judge(
    store: Store, name: str, data: bytes, language: str = "en", *, mtime_ns: int = 0
) -> Judged:
    """Classify one file's bytes (``mtime_ns``: when the file was last written, which
    dates a form); the store is only read."""
    if name.lower().endswith(".pdf"):
        return _judge_form(store, name, data, mtime_ns)
    return _judge_meeting_file(store, name, data, language)


def _judge_meeting_file(store: Store, name: str, data: bytes, language: str) -> Judged:
    from ..domain.templates import Template
    from ..exchange import MeetingFileError, parse_incoming
    from ..exchange.importing import Effect, prepare

    looks_ours = name.lower().endswith(".meeting.json") or b'"meeting-planner/' in data[:4096]
    try:
        # Without the file's name: the list names the file already.
        incoming = parse_incoming(data)
    except MeetingFileError as error:
        state = State.DAMAGED if looks_ours else State.FOREIGN
        return Judged(name, state, detail=error.phrase)
    if isinstance(incoming.item, Template):
        return Judged(name, State.FOREIGN, detail=Phrase(mark("template")), kind="template")
    meeting = incoming.item
    if store.meetings.deleted_on(meeting.id) is not None:
        return Judged(name, State.DELETED, meeting_id=meeting.id, detail=Phrase(_DELETED))
    (planned,) = prepare(store, [replace(incoming, source=name)], language=language).items
    state = {
        Effect.NEW: State.NEW,
        Effect.UPDATE: State.CHANGED,
        Effect.SAME: State.IMPORTED,
        Effect.OLDER: State.OLDER,
        Effect.ERASED: State.ERASED,
    }[planned.effect]
    return Judged(
        name,
        state,
        meeting_id=meeting.id,
        who=_who(planned.before or meeting),
        lines=planned.lines,
        revision=meeting.revision,
        incoming=replace(incoming, source=name),
    )


def _judge_form(store: Store, name: str, data: bytes, mtime_ns: int) -> Judged:
    from ..domain.serialize import copy_meeting
    from ..export.debrief_import import DebriefFormError, apply_debrief_form, read_debrief_form

    if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
        too_large = Phrase(mark("far too large to be a debrief form"))
        return Judged(name, State.FOREIGN, detail=too_large, kind="form")
    try:
        answers = read_debrief_form(data)
    except DebriefFormError as error:
        if data.startswith(b"%PDF") and _PDF_END not in data[-1024:]:
            return Judged(name, State.DAMAGED, detail=Phrase(mark("cut short")), kind="form")
        # A PDF that cannot be opened (damaged, password-protected) may well be a form.
        state = State.DAMAGED if error.unreadable else State.FOREIGN
        return Judged(name, state, detail=error.phrase, kind="form")
    if store.meetings.deleted_on(answers.meeting_id) is not None:
        return Judged(
            name, State.DELETED, meeting_id=answers.meeting_id, detail=Phrase(_DELETED), kind="form"
        )
    if not store.meetings.exists(answers.meeting_id):
        return Judged(
            name,
            State.FOREIGN,
            meeting_id="",
            detail=Phrase(mark("a debrief form of a meeting that is not in this store")),
            kind="form",
        )
    stored = store.meetings.get(answers.meeting_id)
    who = _who(stored)
    if stored.erased_at is not None:
        return Judged(name, State.ERASED, meeting_id=stored.id, who=who, kind="form")
    trace = store.meetings.form_trace(stored.id)
    if hashlib.sha256(data).hexdigest() in trace.applied:
        # Already applied (by the inbox, the app or debrief-import): the debrief may
        # have changed since, and the form must not undo that.
        return Judged(name, State.IMPORTED, meeting_id=stored.id, who=who, kind="form")
    try:
        changes = apply_debrief_form(copy_meeting(stored), data)
    except DebriefFormError as error:
        return Judged(name, State.FOREIGN, meeting_id="", detail=error.phrase, kind="form")
    state = State.CHANGED if changes else State.IMPORTED
    # An interviewer's own form fills their scorecard, not the debrief.
    is_debrief = answers.interviewer_id is None
    if changes and is_debrief and 0 < mtime_ns < trace.debrief_changed_ns:
        stale = Phrase(mark("written before the last change to the debrief"))
        return Judged(
            name,
            State.STALE,
            meeting_id=stored.id,
            who=who,
            detail=stale,
            lines=changes,
            kind="form",
        )
    return Judged(
        name, state, meeting_id=stored.id, who=who, lines=changes, kind="form", form_data=data
    )


def _who(meeting: Meeting) -> str:
    return meeting.candidate.name or meeting.title or meeting.id
