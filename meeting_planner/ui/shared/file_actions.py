"""Meeting files and filled debrief forms in and out of the app, all-or-nothing.

Every problem reaches the user through :mod:`messages`; nothing changes when a file is bad.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain import rules
from ...fileio import read_sent_file
from . import messages
from .i18n import told

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ...store import Store
    from ..core.document import MeetingDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def meeting_file_filter() -> str:
    return _tr("Meeting files (*.meeting.json *.json);;All files (*)")


def import_meeting_files(
    parent: QWidget | None,
    store: Store,
    paths: Iterable[str | Path],
    *,
    open_doc: Callable[[str], MeetingDocument | None] = lambda _id: None,
) -> list[str]:
    """Import meeting (and template) files into the store; returns the ids of the
    meetings that came in or changed.

    Every file is read and checked before anything is saved: one bad file shows
    its message and nothing is imported. A file of a meeting already stored
    updates it, once the user has seen what would change; ``open_doc`` gives the
    document of a meeting open in the window, which then shows the new state.
    """
    from dataclasses import replace

    from ...batch import collector_paused
    from ...exchange import MeetingFileError, read_incoming
    from ..plan_update import import_with_preview

    paths = [Path(p) for p in paths]
    if not paths:
        return []
    title = _tr("Import meetings")
    try:
        with collector_paused():
            incoming = [replace(read_incoming(path), source=path.name) for path in paths]
    except MeetingFileError as exc:
        why = told(exc)
        messages.show_error(
            parent, title, _tr("Nothing was imported. This file is not valid:\n\n{0}").format(why)
        )
        return []
    return import_with_preview(parent, store, incoming, open_doc=open_doc, title=title)


def export_meeting_file(
    parent: QWidget | None, meeting: Meeting, *, plan_only: bool, path: Path | None = None
) -> Path | None:
    """Save the meeting as a meeting file; ``plan_only`` leaves out everything internal.

    Asks where to save when no ``path`` is given; returns where it went, or None.
    """
    from ...exchange import write_meeting_file

    if path is None:
        title = _tr("Export plan") if plan_only else _tr("Export meeting")
        path = messages.ask_save_path(
            parent,
            title,
            suggested_meeting_file_name(meeting, plan_only),
            meeting_file_filter(),
            _with_meeting_suffix,
        )
        if path is None:
            return None
    path = _with_meeting_suffix(Path(path))
    try:
        write_meeting_file(meeting, path, plan_only=plan_only)
    except OSError as exc:
        messages.show_error(
            parent,
            _tr("Could not export"),
            _tr("The meeting could not be saved to {0}: {1}").format(str(path), told(exc)),
        )
        return None
    messages.saved(parent, path)
    return path


def _with_meeting_suffix(path: Path) -> Path:
    """``path``, ending in .meeting.json (a bare .json becomes one)."""
    from ...exchange import FILE_SUFFIX

    if path.name.endswith(FILE_SUFFIX):
        return path
    return path.with_name(path.name.removesuffix(".json") + FILE_SUFFIX)


def suggested_meeting_file_name(meeting: Meeting, plan_only: bool) -> str:
    """A file name safe on every file system: "sanna-jarvinen-plan-2026-11-23.meeting.json"."""
    from ...exchange import FILE_SUFFIX

    name = meeting.candidate.name.strip() or meeting.title.strip() or "meeting"
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-_")[:60] or "meeting"
    kind = "plan" if plan_only else "meeting"
    return f"{slug}-{kind}-{meeting.start.date().isoformat()}{FILE_SUFFIX}"


def import_debrief_form(
    parent: QWidget | None, doc: MeetingDocument, path: Path, *, store: Store | None = None
) -> bool:
    """Read a filled debrief form into the open meeting, as one undoable edit.

    A form from another meeting, or any unreadable file, shows why and changes nothing.
    The form is remembered in ``store`` as applied, so the team folder's inbox never
    applies it again over later changes (an import taken back with Undo included: the
    user has seen that form).
    """
    from ...domain.serialize import copy_meeting, meeting_to_dict
    from ...export.debrief_import import DebriefFormError, apply_debrief_form
    from ..core.commands import ReplaceMeetingCommand

    title = _tr("Import debrief form")
    path = Path(path)
    if doc.read_only:
        messages.show_error(
            parent, title, _tr("This meeting is open read-only, so the form cannot be imported.")
        )
        return False
    try:
        data = read_sent_file(path, rules.DEBRIEF_FORM_MAX_BYTES)
    except OSError as exc:
        messages.show_error(
            parent,
            title,
            _tr("{0} cannot be read: {1}").format(path.name, told(exc)),
        )
        return False
    if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
        messages.show_error(
            parent, title, _tr("{0} is far too large to be a debrief form.").format(path.name)
        )
        return False
    updated = copy_meeting(doc.meeting)
    try:
        changes = apply_debrief_form(updated, data)
    except DebriefFormError as exc:
        messages.show_error(
            parent, title, _tr("Nothing was imported from {0}: {1}").format(path.name, told(exc))
        )
        return False
    if store is not None:
        _remember_form(store, doc.meeting.id, data)
    if not changes:
        messages.show_info(
            parent, title, _tr("{0} holds nothing new for this debrief.").format(path.name)
        )
        return False
    doc.push(ReplaceMeetingCommand(doc, meeting_to_dict(updated), title))
    messages.show_info(
        parent,
        title,
        _tr("The debrief now has the form's answers (Undo takes them back):\n\n{0}").format(
            "\n".join(told(line) for line in changes)
        ),
    )
    return True


def _remember_form(store: Store, meeting_id: str, data: bytes) -> None:
    import hashlib

    from ...store import StoreError

    try:
        store.meetings.note_forms(meeting_id, [hashlib.sha256(data).hexdigest()])
    except StoreError:
        # Only the inbox's memory of it: the import itself goes on, and the form's
        # date still keeps it from undoing a later change to the debrief.
        pass
