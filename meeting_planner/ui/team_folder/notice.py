"""The notice that the team folder holds something new or changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..shared.notice_bar import NoticeBar

if TYPE_CHECKING:
    from ...teamfolder import Inbox


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("TeamFolderNotice", text, None, count)


class TeamFolderNotice(NoticeBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            object_name="TeamFolderNotice",
            colours=("#e3effb", "#1f3b5c"),
            action_text=_tr("Review…"),
            action_name=_tr("Review what the team folder brings"),
            dismiss_text=_tr("Dismiss"),
        )
        self.review_button = self.action_button
        self.review_requested = self.action_requested

    def show_inbox(self, inbox: Inbox) -> None:
        """Say what is waiting, or hide when nothing is."""
        new = len([f for f in inbox.pending if f.state.value == "new"])
        changed = len(inbox.pending) - new
        if not inbox.pending:
            self.hide()
            return
        if new and changed:
            text = _tr("The team folder has {0} new and {1} changed files.").format(new, changed)
        elif new:
            text = _tr("The team folder has %n new files.", new)
        else:
            text = _tr("The team folder has %n changed files.", changed)
        self.text.setText(text)
        self.show()
