"""Undo commands for review comments: adding one, resolving or reopening one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.team import Comment
from ..core.document import MeetingDocument
from ..shared.comment_marks import COMMENTS_TOPIC

TOPIC = COMMENTS_TOPIC


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class AddCommentCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, comment: Comment) -> None:
        super().__init__(_tr("Add comment"))
        self.doc = doc
        self.comment = replace(comment)

    def redo(self) -> None:
        self.doc.meeting.comments.append(replace(self.comment))
        self.doc.notify(TOPIC)

    def undo(self) -> None:
        comments = self.doc.meeting.comments
        self.doc.meeting.comments = [c for c in comments if c.id != self.comment.id]
        self.doc.notify(TOPIC)


class ResolveCommentCommand(QUndoCommand):
    """Mark a comment resolved (or open again)."""

    def __init__(self, doc: MeetingDocument, comment_id: str, resolved: bool) -> None:
        super().__init__(_tr("Resolve comment") if resolved else _tr("Reopen comment"))
        self.doc = doc
        self.comment_id = comment_id
        self.resolved = resolved

    def redo(self) -> None:
        self._set(self.resolved)

    def undo(self) -> None:
        self._set(not self.resolved)

    def _set(self, resolved: bool) -> None:
        for comment in self.doc.meeting.comments:
            if comment.id == self.comment_id:
                comment.resolved = resolved
        self.doc.notify(TOPIC)
