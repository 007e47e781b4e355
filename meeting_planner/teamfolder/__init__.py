"""The team folder: a folder the team's sync engine already shares (OneDrive, Google
Drive, Syncthing, a network share). Each person writes only files of their own, so the
engine never has to merge; the inbox reads everyone else's and offers what is new."""

from __future__ import annotations

from .files import FOLDER_SETTING, WRITER_SETTING, share_meeting, writer_tag
from .inbox import Inbox, InboxFile, State, apply_inbox, import_plan, read_inbox, remember

__all__ = [
    "FOLDER_SETTING",
    "WRITER_SETTING",
    "Inbox",
    "InboxFile",
    "State",
    "apply_inbox",
    "import_plan",
    "read_inbox",
    "remember",
    "share_meeting",
    "writer_tag",
]
