"""Taking your own files of a meeting out of the team folder when it is deleted or its
personal data erased: the file holds the candidate (and its name carries the name).

Only your own files are removed (each person writes only files of their own); files
of the meeting written by others are named, for the user to ask them. A folder that
cannot be reached is said, with what is left there; the inbox removes your file of a
meeting that is gone the next time it reads the folder.
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.phrases import Phrase, mark
from ..domain.plain import record
from ..fileio import os_reason
from .files import FOLDER_SETTING, WRITER_SETTING, folder_files, is_transient, own_file

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..store import Store


@record
class Shared:
    """What the team folder may hold of some meetings, known before they go."""

    folder: Path | None
    tag: str
    # Meeting id -> the name this writer's file of it has (for the user to look for).
    names: dict[str, str] = field(default_factory=dict)


def shared_copies(store: Store, meetings: list[Meeting]) -> Shared:
    """Before deleting or erasing ``meetings``: the folder, this writer's tag and the
    names its files of them have (worked out while the candidates' names are known)."""
    from .files import shared_name

    folder = store.settings.get(FOLDER_SETTING, "")
    tag = store.settings.get(WRITER_SETTING, "")
    tag = tag if isinstance(tag, str) else ""
    chosen = Path(folder).expanduser() if isinstance(folder, str) and folder else None
    return Shared(chosen, tag, {m.id: shared_name(m, tag) for m in meetings} if tag else {})


def withdraw(shared: Shared) -> list[Phrase]:
    """Remove this writer's files of the meetings from the team folder (once they are
    deleted or erased in the store); lines for the user, none when nothing was shared."""
    folder = shared.folder
    if folder is None or not shared.names:
        return []
    try:
        if not folder.is_dir():
            raise FileNotFoundError(2, "no such folder", str(folder))
        names = [name for name, _stat in folder_files(folder) if not is_transient(name)]
    except OSError as error:
        return [_unreachable(folder, os_reason(error), list(shared.names.values()))]
    removed: list[str] = []
    lines: list[Phrase] = []
    for meeting_id in shared.names:
        for name in names:
            if not _about(name, meeting_id):
                continue
            if not own_file(name, shared.tag):
                lines.append(
                    Phrase(
                        mark(
                            "{name} in the team folder is someone else's copy of this "
                            "meeting and stays there: ask them to delete it."
                        ),
                        name=name,
                    )
                )
                continue
            try:
                (folder / name).unlink(missing_ok=True)
            except OSError as error:
                lines.append(_unreachable(folder, os_reason(error), [name]))
                continue
            removed.append(name)
    if removed:
        lines.insert(
            0,
            Phrase.counted(
                len(removed),
                "Removed your shared file from the team folder.",
                "Removed your {count} shared files from the team folder.",
            ),
        )
    return lines


def gone_meeting(store: Store, name: str, tag: str) -> str:
    """The id of the meeting your file ``name`` belongs to when that meeting was
    deleted, or its personal data erased; "" otherwise."""
    stem = Path(name).name.split(f".{tag}.")[0]
    for at, char in enumerate(stem):
        if char != "-":
            continue
        meeting_id = stem[at + 1 :]
        if store.meetings.deleted_on(meeting_id) is not None:
            return meeting_id
        summary = store.meetings.summary(meeting_id)
        # An erased meeting has no candidate: only then is it read to be sure.
        if summary is not None and not summary.candidate:
            if store.meetings.get(meeting_id).erased_at is not None:
                return meeting_id
    return ""


def _about(name: str, meeting_id: str) -> bool:
    """Whether a file's name says it is a meeting file of the meeting (every writer
    names their file "who-ID.writer.meeting.json")."""
    return f"-{meeting_id}." in Path(name).name


def _unreachable(folder: Path, reason: str, names: list[str]) -> Phrase:
    return Phrase.counted(
        len(names),
        "The team folder {folder} cannot be reached ({reason}), so your shared file may "
        "still be in it: {names}. The next look in the team folder removes it, or "
        "delete it yourself.",
        "The team folder {folder} cannot be reached ({reason}), so your {count} shared "
        "files may still be in it: {names}. The next look in the team folder removes "
        "them, or delete them yourself.",
        folder=str(folder),
        reason=reason,
        names=", ".join(names),
    )
