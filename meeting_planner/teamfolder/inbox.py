"""The team folder's inbox: every file judged against the store, and what is new or
changed applied in one commit.

What was seen is kept per file (size, time, hash and the verdict, with a mark of the
stored meeting it was judged against), so a file that has not changed, next to a
meeting that has not changed, is not read again. A file whose bytes were seen under
another name (a conflict copy) is judged by the hash alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.phrases import Phrase
from ..domain.plain import record
from ..fileio import os_reason
from .files import (
    NOT_OURS,
    folder_files,
    is_transient,
    own_file,
    read_bounded,
    read_limit,
    readable_kind,
)
from .judge import CONTENT_ONLY, SETTLED, Judged, State, judge

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..exchange.importing import ImportPlan, Planned
    from ..store import Store

__all__ = ["Inbox", "InboxFile", "State", "apply_inbox", "read_inbox"]

InboxFile = Judged


@record
class Inbox:
    folder: Path
    files: list[Judged]
    # What was seen, to keep for the next look (file name -> entry).
    seen: dict[str, dict[str, Any]] = field(default_factory=dict)

    def of(self, *states: State) -> list[Judged]:
        return [f for f in self.files if f.state in states]

    @property
    def pending(self) -> list[Judged]:
        """New and changed files: what applying the inbox brings in."""
        return self.of(State.NEW, State.CHANGED)

    def counts(self) -> dict[State, int]:
        counts = {state: 0 for state in State}
        for item in self.files:
            counts[item.state] += 1
        return counts


def read_inbox(store: Store, folder: Path, *, tag: str = "", language: str = "en") -> Inbox:
    """Every file of ``folder`` judged against the store; the store is not changed
    (what was seen is kept in ``Inbox.seen`` for :func:`remember`)."""
    known = store.seen_files.get(_key(folder))
    by_hash = {e["sha256"]: e for e in known.values() if _still_true(store, e)}
    files: list[Judged] = []
    seen: dict[str, dict[str, Any]] = {}
    for name, stat in folder_files(folder):
        if is_transient(name):
            files.append(Judged(name, State.SYNCING))
            continue
        if own_file(name, tag):
            files.append(_own(store, folder, name, tag))
            continue
        if not readable_kind(name):
            files.append(Judged(name, State.FOREIGN, detail=Phrase(NOT_OURS)))
            continue
        entry = known.get(name)
        if (
            entry is not None
            and entry.get("size") == stat.st_size
            and entry.get("mtime_ns") == stat.st_mtime_ns
            and _still_true(store, entry)
        ):
            files.append(_from_entry(name, entry))
            seen[name] = entry
            continue
        try:
            data = read_bounded(folder / name, read_limit(name))
        except OSError as error:
            files.append(Judged(name, State.DAMAGED, detail=os_reason(error)))
            continue
        digest = hashlib.sha256(data).hexdigest()
        twin = by_hash.get(digest)
        if twin is not None:
            judged = _from_entry(name, twin)
        else:
            judged = judge(store, name, data, language, mtime_ns=stat.st_mtime_ns)
        judged.size, judged.mtime_ns, judged.sha256 = stat.st_size, stat.st_mtime_ns, digest
        files.append(judged)
        entry = _entry(store, judged, stat.st_size, stat.st_mtime_ns, digest)
        if entry is not None:
            seen[name] = entry
            by_hash.setdefault(digest, entry)
    return Inbox(folder, files, seen)


def _own(store: Store, folder: Path, name: str, tag: str) -> Judged:
    """Your own file; one of a meeting deleted or erased since is removed (the deletion
    or erasure could not reach the folder then)."""
    from .withdraw import gone_meeting

    meeting_id = gone_meeting(store, name, tag)
    if not meeting_id:
        return Judged(name, State.OWN)
    try:
        (folder / name).unlink(missing_ok=True)
    except OSError as error:
        return Judged(name, State.DAMAGED, meeting_id=meeting_id, detail=os_reason(error))
    return Judged(name, State.WITHDRAWN, meeting_id=meeting_id)


def remember(store: Store, inbox: Inbox) -> None:
    """Keep what the inbox saw for the next look (not possible read-only: then the next
    look reads the files again)."""
    if store.read_only or store.seen_files.get(_key(inbox.folder)) == inbox.seen:
        return
    store.seen_files.save(_key(inbox.folder), inbox.seen)


def import_plan(store: Store, inbox: Inbox, language: str = "en") -> ImportPlan:
    """The new and changed files as one import: meeting files first, in the order of
    their revisions (so of two versions the newer applies last), then filled forms on top."""
    from ..exchange.importing import Effect, Planned, prepare
    from ..export.debrief_import import apply_debrief_form

    files = sorted(
        (f for f in inbox.pending if f.incoming is not None), key=lambda f: (f.revision, f.name)
    )
    plan = prepare(store, [f.incoming for f in files if f.incoming], language=language)
    latest: dict[str, Meeting] = {i.meeting.id: i.meeting for i in plan.items if i.meeting}
    for form in (f for f in inbox.pending if f.form_data is not None):
        base = latest.get(form.meeting_id) or store.meetings.get(form.meeting_id)
        updated = _copy(base)
        lines = apply_debrief_form(updated, form.form_data or b"")
        if lines:
            latest[updated.id] = updated
            plan.items.append(
                Planned(
                    form.name,
                    Effect.UPDATE,
                    meeting=updated,
                    before=base,
                    lines=lines,
                    form_sha256=form.sha256,
                )
            )
    return plan


def apply_inbox(store: Store, inbox: Inbox, *, language: str = "en") -> list[Planned]:
    """Import what is new and apply what changed, in one commit; then remember the
    folder as seen. Refused, foreign and damaged files change nothing."""
    from ..exchange.importing import apply

    saved = apply(store, import_plan(store, inbox, language), skip_refused=True)
    # The file applied last for each meeting is now what the store holds; the others
    # are judged again on the next look (an older version of the same meeting is older now).
    last = {item.meeting.id: item.source for item in saved if item.meeting is not None}
    seen = dict(inbox.seen)
    for item in inbox.pending:
        if last.get(item.meeting_id) == item.name and item.sha256:
            item.state = State.IMPORTED
            entry = _entry(store, item, item.size, item.mtime_ns, item.sha256)
            if entry is not None:
                seen[item.name] = entry
    inbox.seen = seen
    remember(store, inbox)
    return saved


def _still_true(store: Store, entry: dict[str, Any]) -> bool:
    """Whether a kept verdict still holds: for a file about a meeting, only while the
    stored meeting is as it was; new and changed files are always read again, since
    applying them needs their content."""
    try:
        state = State(entry.get("state"))
    except ValueError:
        return False
    if state in CONTENT_ONLY:
        return True
    if state not in SETTLED:
        return False
    return entry.get("stamp") == store.meetings.stamp(str(entry.get("meeting_id", "")))


def _entry(
    store: Store, judged: Judged, size: int, mtime_ns: int, digest: str
) -> dict[str, Any] | None:
    if judged.state not in SETTLED | CONTENT_ONLY:
        return None
    return {
        "size": size,
        "mtime_ns": mtime_ns,
        "sha256": digest,
        "state": judged.state.value,
        "meeting_id": judged.meeting_id,
        "who": judged.who,
        "detail": judged.detail,
        # The detail as its catalog text and values, to be told in any language later.
        "detail_phrase": judged.detail.as_data() if isinstance(judged.detail, Phrase) else None,
        "kind": judged.kind,
        "stamp": store.meetings.stamp(judged.meeting_id) if judged.meeting_id else "",
    }


def _from_entry(name: str, entry: dict[str, Any]) -> Judged:
    return Judged(
        name,
        State(entry["state"]),
        meeting_id=str(entry.get("meeting_id", "")),
        who=str(entry.get("who", "")),
        detail=Phrase.from_data(entry.get("detail_phrase"), str(entry.get("detail", ""))),
        kind=str(entry.get("kind", "meeting")),
    )


def _key(folder: Path) -> str:
    return str(folder.resolve())


def _copy(meeting: Meeting) -> Meeting:
    from ..domain.serialize import copy_meeting

    return copy_meeting(meeting)
