"""What a shard keeps beside its meetings: the debrief forms applied to each meeting,
and the ids of meetings deleted.

Forms (a table in the meetings file): per meeting, the SHA-256 of every filled form
applied to it, and when its debrief last changed (nanoseconds since the epoch, like a
file's modification time). A form already applied is never applied again, and a form
written before the debrief's last change is stale; a meeting file has its revision
for this, a form has nothing inside it that says how old it is. Hashes of forms are
tied to the candidate, so the record goes with the meeting when it is deleted or
erased.

Deleted meetings (a table in the index file, which is read when the store opens):
the id and the day only, nothing about the person, so that a copy of the meeting
still lying in the team folder is not brought back. Each is kept for the retention
period from the day of deletion and no longer: by then every copy elsewhere is itself
past retention (every store counts from the meeting's end, which came before the
deletion), so there is nothing left that the id must keep out.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.plain import record

if TYPE_CHECKING:
    from tinydb.table import Document

    from ..domain.model import Meeting

FORMS_TABLE = "forms"
DELETED_TABLE = "deleted"


@record(frozen=True)
class FormTrace:
    """The forms applied to one meeting, and when its debrief last changed (0: not known)."""

    applied: tuple[str, ...] = ()
    debrief_changed_ns: int = 0


def read_form_trace(row: dict[str, Any] | None) -> FormTrace:
    """A stored row as a FormTrace; anything that does not read is taken as nothing known."""
    if not isinstance(row, dict):
        return FormTrace()
    applied = row.get("applied")
    changed = row.get("debrief_changed_ns")
    return FormTrace(
        tuple(h for h in applied if isinstance(h, str)) if isinstance(applied, list) else (),
        changed if isinstance(changed, int) and not isinstance(changed, bool) else 0,
    )


def form_row(meeting_id: str, trace: FormTrace, added: list[str]) -> dict[str, Any]:
    """The row for a meeting: its applied forms with ``added`` (newest kept last)."""
    applied = [h for h in trace.applied if h not in added] + list(dict.fromkeys(added))
    return {
        "id": meeting_id,
        # Beyond the limit the oldest go: a form that old is older than the debrief.
        "applied": applied[-rules.DEBRIEF_FORMS_REMEMBERED :],
        "debrief_changed_ns": trace.debrief_changed_ns,
    }


def read_deleted(rows: list[dict[str, Any]]) -> dict[str, date]:
    """The deleted meetings' ids and days; a row that does not read is left out."""
    found: dict[str, date] = {}
    for row in rows:
        meeting_id, day = row.get("id"), row.get("on")
        if not isinstance(meeting_id, str) or not meeting_id or not isinstance(day, str):
            continue
        try:
            found[meeting_id] = date.fromisoformat(day)
        except ValueError:
            continue
    return found


def deleted_row(meeting_id: str, day: date) -> dict[str, Any]:
    return {"id": meeting_id, "on": day.isoformat()}


def keep_traces(
    *,
    meetings: Any,
    forms_table: Any,
    deleted_table: Any,
    deleted: Mapping[str, date],
    ids: dict[str, int],
    batch: dict[str, Meeting],
    docs: dict[str, dict[str, Any]],
    forms: Mapping[str, list[str]],
    erasing: bool,
) -> None:
    """Before ``docs`` replace their meetings in a shard (``meetings``, whose document ids
    are ``ids``): note in ``forms_table`` when each debrief changes and which forms were
    applied (``forms``); an erased meeting keeps nothing, and a meeting stored again
    leaves ``deleted_table``."""
    now = time.time_ns()
    for meeting_id, doc in docs.items():
        if meeting_id in deleted:
            drop_row(deleted_table, meeting_id)
        row = row_of(forms_table, meeting_id)
        if erasing:
            if row is not None:
                forms_table.remove(doc_ids=[row.doc_id])
            continue
        old = meetings.get(doc_id=ids[meeting_id]) if meeting_id in ids else None
        if old is not None:
            changed = old.get("debrief") != doc.get("debrief")
        else:
            changed = not batch[meeting_id].debrief.is_empty
        added = list(forms.get(meeting_id, []))
        if not changed and not added:
            continue
        trace = read_form_trace(row)
        if changed:
            trace = replace(trace, debrief_changed_ns=now)
        if row is not None:
            forms_table.remove(doc_ids=[row.doc_id])
        forms_table.insert(form_row(meeting_id, trace, added))


def row_of(table: Any, meeting_id: str) -> Document | None:
    return next((row for row in table.all() if row.get("id") == meeting_id), None)


def drop_row(table: Any, meeting_id: str) -> None:
    rows = [row.doc_id for row in table.all() if row.get("id") == meeting_id]
    if rows:
        table.remove(doc_ids=rows)
