"""Review comments beside what they are about: the marker (a speech bubble with the number of
open comments), the tooltip that lists them, the marker button beside a form's field, and
the table delegate that opens a comment when the marker in a row is clicked.

Comment texts are the reviewers' words: every tooltip here is rich text (so long comments
wrap) with each user text escaped, so ``<b>x</b>`` shows as typed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QToolButton,
    QWidget,
)

from ...assets import resource
from ...domain.team import Comment

if TYPE_CHECKING:
    # QStyle's types are loaded where they are used: naming one builds QStyle's Python
    # enums (a few milliseconds), and the agenda left open at start needs none.
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

# The topic the comment commands notify; views with markers refresh on it.
COMMENTS_TOPIC = "comments"
# A target for the meeting editor's focus_target: the Comments tab selects this comment.
COMMENT_TARGET = "comment:"
# The key that opens the selected row's review comments, in the agenda and criteria tables.
COMMENTS_KEY = "Ctrl+Shift+C"
# The item role that gives the open comments (a list of Comment) of what a row is.
OPEN_COMMENTS_ROLE = Qt.ItemDataRole.UserRole + 40
# The roles through which a marked cell shows its row's open comments (marker_data).
MARK_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        OPEN_COMMENTS_ROLE,
    )
)
# The largest count drawn in the bubble; more show as "9+" (the tooltip says how many).
MARKED_COUNT_MAX = 9
# The sizes, in pixels, the marker is drawn at, so it stays crisp in any view.
_ICON_SIZES = (16, 20, 24, 32, 48)
# Where the bubble's body is in the 24-pixel drawing (the tail hangs below it).
_BODY = (2.5 / 24, 16 / 24)
# The bubble's blue, as in comment.svg.
_BLUE = "#3d6fa8"


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("CommentMarks", text, None, count)


def comment_target(comment_id: str) -> str:
    return COMMENT_TARGET + comment_id


def comment_line(comment: Comment) -> str:
    """ "Rita Recruiter, 2026-11-20 09:00: Shorter welcome" as plain text."""
    who = comment.author or _tr("someone")
    when = f", {comment.at:%Y-%m-%d %H:%M}" if comment.at else ""
    return f"{who}{when}: {comment.text}"


def escaped(text: str) -> str:
    """Plain text as rich text that shows it exactly, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def count_text(count: int) -> str:
    return _tr("%n open review comments", count)


def comments_html(comments: Sequence[Comment], hint: str = "") -> str:
    """A heading with the count, then one line per comment; ``hint`` says how to open them."""
    lines = [f"<b>{escaped(count_text(len(comments)))}</b>"]
    lines += [f"• {escaped(comment_line(comment))}" for comment in comments]
    if hint:
        lines.append(f"<i>{escaped(hint)}</i>")
    return "<br>".join(lines)


def as_tooltip(*parts: str) -> str:
    """Rich-text parts (already escaped) as one tooltip, a blank line between them."""
    return "<qt>" + "<br><br>".join(p for p in parts if p) + "</qt>"


def plain_list(comments: Sequence[Comment]) -> str:
    """The comments for a screen reader: the count, then each on its own line."""
    return "\n".join([count_text(len(comments)), *(comment_line(c) for c in comments)])


_icons: dict[int, QIcon] = {}


def marker_data(role: int, comments: Sequence[Comment], below: str, hint: str) -> object:
    """What a marked cell gives for ``role`` (one of MARK_ROLES): the open comments
    themselves, the numbered bubble, a plain list for a screen reader, or the tooltip
    with the comments and ``hint`` above ``below`` (rich text: the cell's own tooltip)."""
    if role == OPEN_COMMENTS_ROLE:
        return list(comments)
    if role == Qt.ItemDataRole.DecorationRole:
        return marker_icon(len(comments)) if comments else None
    if role == Qt.ItemDataRole.AccessibleDescriptionRole:
        return plain_list(comments) if comments else None
    if not comments:
        return as_tooltip(below) if below else None
    return as_tooltip(comments_html(comments, hint), below)


def marker_icon(count: int) -> QIcon:
    """The blue speech bubble with ``count`` in it, drawn once per count."""
    key = max(1, min(count, MARKED_COUNT_MAX + 1))
    icon = _icons.get(key)
    if icon is None:
        text = str(key) if key <= MARKED_COUNT_MAX else f"{MARKED_COUNT_MAX}+"
        bubble = QIcon(str(resource("icons", "actions", "comment.svg")))
        icon = QIcon()
        for size in _ICON_SIZES:
            icon.addPixmap(_numbered(bubble, size, text, selected=False))
            # On a selected row's highlight a blue bubble would fade: it turns white there.
            icon.addPixmap(_numbered(bubble, size, text, selected=True), QIcon.Mode.Selected)
        _icons[key] = icon
    return icon


def _numbered(bubble: QIcon, size: int, text: str, *, selected: bool) -> QPixmap:
    pixmap = bubble.pixmap(QSize(size, size), 1.0)
    if pixmap.isNull() or pixmap.width() != size:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_BLUE))
        top, height = _BODY
        painter.drawRoundedRect(QRectF(1, top * size, size - 2, height * size), 3, 3)
        painter.end()
    painter = QPainter(pixmap)
    if selected:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor("white"))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont(QApplication.font())
    font.setBold(True)
    font.setPixelSize(max(7, round(size * (0.55 if len(text) == 1 else 0.42))))
    painter.setFont(font)
    painter.setPen(QColor(_BLUE if selected else "white"))
    top, height = _BODY
    area = QRectF(0, top * size, size, height * size)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class CommentMarker(QToolButton):
    """The open review comments on one field: hidden while there are none, else the bubble
    with their count and the comments in its tooltip. Clicking it (or Space while it has
    focus) emits ``activated`` with the first comment's target, to show it."""

    activated = Signal(str)

    def __init__(self, about: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.about = about
        self.comments: list[Comment] = []
        self.setObjectName("commentMarker")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        from PySide6.QtWidgets import QStyle

        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setIconSize(QSize(extent + 4, extent + 4))
        self.clicked.connect(self._clicked)
        self.hide()

    def set_comments(self, comments: Sequence[Comment]) -> None:
        self.comments = list(comments)
        self.setVisible(bool(self.comments))
        if not self.comments:
            return
        count = len(self.comments)
        self.setIcon(marker_icon(count))
        self.setText(str(count))
        self.setToolTip(
            as_tooltip(comments_html(self.comments, _tr("Click to open the Comments tab.")))
        )
        self.setAccessibleName(_tr("{0}: %n open review comments", count).format(self.about))
        self.setAccessibleDescription(plain_list(self.comments))

    def _clicked(self) -> None:
        if self.comments:
            self.activated.emit(comment_target(self.comments[0].id))


def marker_rect(view: QAbstractItemView, index: Index) -> QRect:
    """Where the marker (the item's decoration) of ``index`` is drawn in the view's viewport;
    empty when the item shows none."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return _decoration_rect(view.itemDelegateForIndex(index), option, index)


def _decoration_rect(delegate: object, option: QStyleOptionViewItem, index: Index) -> QRect:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    if not isinstance(delegate, QStyledItemDelegate):
        return QRect()
    option = QStyleOptionViewItem(option)
    delegate.initStyleOption(option, index)
    if not option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
        return QRect()
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, option, widget)


class CommentMarkDelegate(QStyledItemDelegate):
    """Draws items as usual; a click on an item's comment marker emits ``comment_clicked``
    with the first open comment's target instead of selecting the text for editing."""

    comment_clicked = Signal(str)

    def editorEvent(  # noqa: N802 (Qt override)
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        kinds = (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        if (
            isinstance(event, QMouseEvent)
            and event.type() in kinds
            and event.button() == Qt.MouseButton.LeftButton
        ):
            comments = index.data(OPEN_COMMENTS_ROLE)
            if comments and _decoration_rect(self, option, index).contains(
                event.position().toPoint()
            ):
                if event.type() == QEvent.Type.MouseButtonRelease:
                    self.comment_clicked.emit(comment_target(comments[0].id))
                return True
        return super().editorEvent(event, model, option, index)
