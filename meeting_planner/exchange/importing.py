"""Importing meeting files into a store: what each file would do, then all of it at once.

A file whose meeting is already stored updates that meeting (see domain.plan); any
other meeting comes in as new. :func:`prepare` works out every file's effect without
touching the store, with a readable list of the changes; :func:`apply` then saves
everything in one commit, so a failure saves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from ..domain.model import Meeting
from ..domain.plain import record
from ..domain.plan import Update, update_from
from ..domain.plan_diff import describe_update
from ..domain.templates import Template
from .reader import Incoming
from .writer import with_new_id

if TYPE_CHECKING:
    from ..store import Store


class Effect(Enum):
    NEW = "new"
    UPDATE = "update"
    # The stored meeting already says everything the file says.
    SAME = "same"
    # The file is older than the stored meeting and would undo changes made since.
    OLDER = "older"
    # The stored meeting's personal data was erased; nothing may bring it back.
    ERASED = "erased"
    TEMPLATE = "template"


# Effects that leave the file out of the import.
REFUSED = frozenset({Effect.OLDER, Effect.ERASED})


@record
class Planned:
    """One file's effect on the store."""

    source: str
    effect: Effect
    meeting: Meeting | None = None
    template: Template | None = None
    # For an update: what the meeting was, and the change, line by line.
    before: Meeting | None = None
    lines: list[str] = field(default_factory=list)
    plan_only: bool = False
    # The revision the file itself carries.
    file_revision: int = 0
    # For a filled form: its SHA-256, remembered with the meeting once applied.
    form_sha256: str = ""


@record
class ImportPlan:
    items: list[Planned]

    @property
    def refused(self) -> list[Planned]:
        return [i for i in self.items if i.effect in REFUSED]

    @property
    def updates(self) -> list[Planned]:
        return [i for i in self.items if i.effect is Effect.UPDATE]

    @property
    def changes_anything(self) -> bool:
        return any(i.effect in {Effect.NEW, Effect.UPDATE, Effect.TEMPLATE} for i in self.items)


def prepare(
    store: Store,
    incoming: Iterable[Incoming],
    *,
    force: bool = False,
    as_copies: bool = False,
    language: str = "en",
) -> ImportPlan:
    """What importing the files would do, in their order; the store is not changed.

    Two files of one meeting act in turn: the second updates what the first brought.
    ``force`` applies a file older than the stored meeting; ``as_copies`` brings a
    meeting that is already stored in as a new meeting under a new id.
    """
    current: dict[str, Meeting] = {}
    items: list[Planned] = []
    for one in incoming:
        item = one.item
        if isinstance(item, Template):
            items.append(Planned(one.source, Effect.TEMPLATE, template=item))
            continue
        stored = current.get(item.id)
        if stored is None and store.meetings.exists(item.id):
            stored = store.meetings.get(item.id)
        if stored is not None and as_copies:
            item, stored = with_new_id(item), None
        if stored is None:
            current[item.id] = item
            items.append(Planned(one.source, Effect.NEW, meeting=item, plan_only=one.plan_only))
            continue
        items.append(_update(one, stored, force=force, language=language))
        if items[-1].effect is Effect.UPDATE:
            current[item.id] = items[-1].meeting  # type: ignore[assignment]
    return ImportPlan(items)


def _update(one: Incoming, stored: Meeting, *, force: bool, language: str) -> Planned:
    incoming = one.item
    assert isinstance(incoming, Meeting)
    planned = Planned(
        one.source,
        Effect.UPDATE,
        before=stored,
        plan_only=one.plan_only,
        file_revision=incoming.revision,
    )
    if stored.erased_at is not None:
        planned.effect = Effect.ERASED
        return planned
    update: Update = update_from(stored, incoming, plan_only=one.plan_only)
    planned.meeting = update.result
    if not update.changes_anything:
        planned.effect = Effect.SAME
        return planned
    if update.older and not force:
        planned.effect = Effect.OLDER
    planned.lines = describe_update(stored, update.result, language)
    return planned


def apply(store: Store, plan: ImportPlan, *, skip_refused: bool = False) -> list[Planned]:
    """Save everything the plan brings in one commit; returns what was saved.

    Refused files stop the whole import unless ``skip_refused`` leaves them out.
    """
    if plan.refused and not skip_refused:
        raise ValueError("the import holds files that were refused")
    from .templates import free_template_name

    saved = [i for i in plan.items if i.effect in {Effect.NEW, Effect.UPDATE, Effect.TEMPLATE}]
    # Of two files of one meeting, the later one's result is what is saved.
    latest: dict[str, Meeting] = {}
    forms: dict[str, list[str]] = {}
    for item in saved:
        if item.meeting is not None:
            latest[item.meeting.id] = item.meeting
            if item.form_sha256:
                forms.setdefault(item.meeting.id, []).append(item.form_sha256)
    with store.transaction():
        for item in saved:
            if item.template is not None:
                item.template.name = free_template_name(store, item.template)
                item.template.builtin = False
                store.templates.save(item.template)
        if latest:
            store.openings.assign_all(latest.values(), datetime.now().replace(microsecond=0))
            store.meetings.save_many(list(latest.values()), forms=forms)
    return saved
