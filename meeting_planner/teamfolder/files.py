"""The team folder's files: which are worth reading, and writing our own.

A sync engine shows files while it still writes them, and keeps its own working files
beside them; those are left alone until they are whole. Every file this app writes is
named after its writer (``sanna-jarvinen-3f9c12ab.maja-1a2b3c.meeting.json``), so two
people never write the same file and the engine never has to merge.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.phrases import mark
from ..fileio import write_atomically

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..store import Store

# Where the store keeps the team folder, this writer's tag (a name and a random part)
# and the name review comments are signed with.
FOLDER_SETTING = "team.folder"
WRITER_SETTING = "team.writer"
NAME_SETTING = "team.your_name"
# Working files of sync engines and editors: Syncthing's ".syncthing.*.tmp", OneDrive's
# and browsers' partial downloads, Office lock files ("~$", ".~lock"), our own temporary
# files (".name.XXXX.tmp"), Dropbox's and Resilio's. Also folders an engine keeps.
_TRANSIENT = re.compile(
    r"(^[.~])|(\.(tmp|temp|part|partial|crdownload|download|!sync|bts)$)", re.IGNORECASE
)
_ENGINE_FOLDERS = frozenset({".stfolder", ".stversions", ".sync", ".dropbox.cache", "@eaDir"})
# The files the inbox reads at all; anything else is listed as foreign, unread.
READ_SUFFIXES = (".json", ".pdf")
FORM_SUFFIX = ".pdf"
NOT_OURS = mark("not a Meeting Planner file")


def readable_kind(name: str) -> bool:
    """Whether the file may be a meeting file or a filled form (by its name's ending)."""
    return name.lower().endswith(READ_SUFFIXES)


def is_transient(name: str) -> bool:
    """A sync engine's or editor's working file: not whole yet, or not ours to read."""
    return bool(_TRANSIENT.search(Path(name).name))


def folder_files(folder: Path) -> Iterator[tuple[str, os.stat_result]]:
    """Each file under ``folder`` with its name (relative, with /) and its stat, by name;
    engines' own folders are skipped."""
    found: list[tuple[str, os.stat_result]] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _ENGINE_FOLDERS and not d.startswith("."))
        for name in names:
            path = Path(root) / name
            try:
                stat = path.stat()
            except OSError:
                continue  # gone or unreadable since listed: the next scan sees it
            found.append((path.relative_to(folder).as_posix(), stat))
    yield from sorted(found)


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, at most one past ``limit`` (a larger file is not read whole)."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def read_limit(name: str) -> int:
    return (
        rules.DEBRIEF_FORM_MAX_BYTES
        if name.lower().endswith(FORM_SUFFIX)
        else (rules.MEETING_FILE_MAX_BYTES)
    )


def writer_tag(store: Store, name: str = "") -> str:
    """This store's tag in file names: the person's name and a random part, made on the
    first share (and again when the name given changes); "" before any share."""
    tag = store.settings.get(WRITER_SETTING, "")
    tag = tag if isinstance(tag, str) else ""
    wanted = _slug(name)
    if tag and (not wanted or tag.rpartition("-")[0] == wanted):
        return tag
    if not wanted:
        return ""
    tag = f"{wanted}-{os.urandom(3).hex()}"
    if not store.read_only:
        store.settings.set(WRITER_SETTING, tag)
    return tag


def own_file(name: str, tag: str) -> bool:
    """Whether ``name`` is a file this writer wrote (conflict copies included)."""
    return bool(tag) and f".{tag}." in Path(name).name


def shared_name(meeting: Meeting, tag: str) -> str:
    """The meeting's file of this writer: the same name each time, so it is replaced."""
    who = _slug(meeting.candidate.name) or _slug(meeting.title) or "meeting"
    return f"{who}-{meeting.id}.{tag}.meeting.json"


def share_meeting(folder: Path, meeting: Meeting, tag: str, *, plan_only: bool = True) -> Path:
    """Write the meeting (its plan, unless ``plan_only`` is off) into the team folder as
    this writer's file; raises OSError when the folder cannot take it."""
    from ..exchange import export_meeting

    path = folder / shared_name(meeting, tag)
    write_atomically(path, export_meeting(meeting, plan_only=plan_only))
    _share_like_the_folder(path, folder)
    return path


def _share_like_the_folder(path: Path, folder: Path) -> None:
    """Output files are private by default; a file put in the team folder is meant for
    the team, so it may be read by whoever may read the folder (its r/w bits, never
    more), as the team set the folder up."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, (folder.stat().st_mode & 0o666) | 0o600)
    except OSError:
        pass  # the file is written; readable by its owner, as every output file is


# Letters that decompose into no plain letter.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ð": "d", "þ": "th"})


def _slug(text: str) -> str:
    """Plain ASCII letters, digits and hyphens: file systems and sync engines write
    accented names in different normal forms (macOS decomposes them), which would make
    one person's file look like two."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.strip().casefold().translate(_LETTERS))
    plain = "".join(c for c in folded if c.isascii())
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40]
