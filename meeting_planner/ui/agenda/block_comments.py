"""The strip above a block's talking points that lists its open review comments, one line
each with a link that opens it in the Comments tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...domain.team import Comment
from ..shared.comment_marks import (
    COMMENT_TARGET,
    as_tooltip,
    comment_line,
    comment_target,
    comments_html,
    count_text,
    escaped,
    plain_list,
)

# At most this many comments are listed, one line each, so the talking points below keep
# their room on a laptop screen; the tooltip and the Comments tab have them all, whole.
COMMENTS_SHOWN_MAX = 2
_LINK_STYLE = "color: #1f4f86;"
# Room kept for the bullet, the gap before the link and the strip's own padding.
_SPARE_PIXELS = 32


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("BlockComments", text, None, count)


class BlockComments(QLabel):
    """A block's open comments (:meth:`set_comments`), hidden while there are none. Each
    line is cut to the strip's width; a link emits ``comment_activated`` with its target."""

    comment_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comments: list[Comment] = []
        self.setObjectName("blockComments")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setStyleSheet(
            "QLabel#blockComments { background: #eef3fa; color: #1d2b3a;"
            " border: 1px solid #9bb5d6; border-radius: 3px; padding: 3px 6px; }"
        )
        # As tall as its lines, never wider than the panel: the lines are cut instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self.setAccessibleName(_tr("Review comments on this block"))
        self.linkActivated.connect(self._link_activated)
        self.hide()

    def set_comments(self, comments: Sequence[Comment]) -> None:
        self.comments = list(comments)
        self.setVisible(bool(self.comments))
        if not self.comments:
            self.clear()
            self.setToolTip("")
            return
        self._show()
        self.setToolTip(as_tooltip(comments_html(self.comments)))
        self.setAccessibleDescription(plain_list(self.comments))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.comments and event.size().width() != event.oldSize().width():
            self._show()

    def _show(self) -> None:
        comments, metrics = self.comments, self.fontMetrics()
        shown = comments[:COMMENTS_SHOWN_MAX]
        heading = f"<b>{escaped(count_text(len(comments)))}</b>"
        rest = len(comments) - len(shown)
        if rest:
            more = _tr("and %n more in the Comments tab", rest)
            heading += " · " + _link(comment_target(comments[len(shown)].id), more)
        lines = [heading]
        open_text = _tr("Open")
        room = self.contentsRect().width() - metrics.horizontalAdvance(open_text) - _SPARE_PIXELS
        for comment in shown:
            text = " ".join(comment_line(comment).split())
            cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 40))
            link = _link(comment_target(comment.id), open_text)
            lines.append(f"• {escaped(cut)} {link}")
        self.setText("<br>".join(lines))

    def _link_activated(self, link: str) -> None:
        if link.startswith(COMMENT_TARGET):
            self.comment_activated.emit(link)


def _link(href: str, text: str) -> str:
    return f'<a href="{escaped(href)}" style="{_LINK_STYLE}">{escaped(text)}</a>'
