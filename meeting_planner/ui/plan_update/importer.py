"""Importing meeting files in the app: new meetings come in, files of meetings already
stored update them after the user has seen what changes. Everything is saved in one
commit; a meeting open in the window takes its new state as an undoable edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..shared import messages
from . import dialog

if TYPE_CHECKING:
    from ...exchange import Incoming
    from ...exchange.importing import ImportPlan, Planned
    from ...store import Store
    from ..core.document import MeetingDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def import_with_preview(
    parent: QWidget | None,
    store: Store,
    incoming: Sequence[Incoming],
    *,
    open_doc: Callable[[str], MeetingDocument | None] = lambda _id: None,
    title: str = "",
) -> list[str]:
    """Import the files, asking first when they change stored meetings; returns the ids
    of the meetings that came in or changed (none when cancelled or refused)."""
    from ...exchange.importing import apply, prepare
    from ...store import StoreError
    from ..shared.i18n import installed_language, told

    title = title or _tr("Import meetings")
    language = installed_language()
    plan = prepare(store, incoming, language=language)
    if plan.updates or plan.refused:
        lines = preview_lines(plan)
        older = sum(1 for item in plan.refused if item.before is not None)
        accepted, force = dialog.confirm_import(parent, lines, older=older, title=title)
        if not accepted:
            return []
        if force and older:
            plan = prepare(store, incoming, force=True, language=language)
    try:
        saved = apply(store, plan, skip_refused=True)
    except StoreError as exc:
        messages.show_error(parent, title, _tr("Nothing was imported: {0}").format(told(exc)))
        return []
    refresh_open(saved, open_doc)
    return [item.meeting.id for item in saved if item.meeting is not None]


def preview_lines(plan: ImportPlan) -> list[str]:
    from ...exchange.importing import Effect

    lines: list[str] = []
    for item in plan.items:
        name = _who(item)
        if item.effect is Effect.NEW:
            lines.append(_tr("{0}: a new meeting with {1}").format(item.source, name))
        elif item.effect is Effect.TEMPLATE and item.template is not None:
            lines.append(_tr("{0}: the template {1}").format(item.source, item.template.name))
        elif item.effect is Effect.SAME:
            lines.append(_tr("{0}: {1} is already up to date").format(item.source, name))
        elif item.effect is Effect.UPDATE:
            lines.append(_tr("{0}: changes the meeting with {1}:").format(item.source, name))
            lines += [f"    {line}" for line in item.lines]
        elif item.effect is Effect.ERASED:
            lines.append(
                _tr("{0}: not imported, the data of {1} was erased").format(item.source, name)
            )
        else:
            lines.append(
                _tr(
                    "{0}: not imported, it is older than your copy of {1} "
                    "(it would undo changes made since):"
                ).format(item.source, name)
            )
            lines += [f"    {line}" for line in item.lines]
    return lines


def _who(item: Planned) -> str:
    meeting = item.before or item.meeting
    if meeting is None:
        return ""
    return meeting.candidate.name or meeting.title or meeting.id


def refresh_open(saved: list[Planned], open_doc: Callable[[str], MeetingDocument | None]) -> None:
    """An open meeting shows its new state; Undo takes it back (and saves that)."""
    from ...domain.serialize import meeting_to_dict
    from ..core.commands import ReplaceMeetingCommand

    for item in saved:
        if item.meeting is None or item.before is None:
            continue
        doc = open_doc(item.meeting.id)
        if doc is None or doc.read_only:
            continue
        doc.push(ReplaceMeetingCommand(doc, meeting_to_dict(item.meeting), _tr("Import")))
        doc.mark_saved()
