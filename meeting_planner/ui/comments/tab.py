"""The Comments tab: the plan's review comments grouped by what they are about, a way to
add one on the whole plan, a block, a criterion or a field, and to resolve them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.comments import (
    BLOCK,
    CRITERION,
    FIELD,
    FIELD_LABELS,
    PLAN,
    block_target,
    criterion_target,
    field_target,
    target_label,
)
from ...domain.team import Comment
from ..core.document import MeetingDocument, concerns
from ..shared.comment_marks import COMMENT_TARGET, comment_line
from ..shared.i18n import installed_language
from .commands import TOPIC, AddCommentCommand, ResolveCommentCommand

# The role on each comment's row that holds its id.
COMMENT_ID = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentsTab", text)


class CommentsTab(QWidget):
    """Every review comment of one meeting; the editor shows what one is about on demand."""

    # A comment's target in the coach's terms (``block:ID``, a field path), to show it.
    go_to = Signal(str)

    def __init__(self, doc: MeetingDocument, author: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commentsTab")
        self.doc = doc
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("commentsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(_tr("Review comments"))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.resolve = QPushButton(_tr("&Resolve"), self)
        self.resolve.setObjectName("resolveComment")
        self.resolve.clicked.connect(self._toggle_resolved)
        self.target = QComboBox(self)
        self.target.setObjectName("commentTarget")
        self.target.setAccessibleName(_tr("What the comment is about"))
        self.author = QLineEdit(author, self)
        self.author.setObjectName("commentAuthor")
        self.author.setMaxLength(rules.SHORT_TEXT_MAX)
        self.author.setPlaceholderText(_tr("Your name"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("commentText")
        self.text.setPlaceholderText(_tr("What should change, or what you want to ask"))
        self.text.setMaximumHeight(90)
        self.add = QPushButton(_tr("&Add comment"), self)
        self.add.setObjectName("addComment")
        self.add.clicked.connect(self.add_comment)
        form = QFormLayout()
        form.addRow(_tr("About:"), self.target)
        form.addRow(_tr("From:"), self.author)
        form.addRow(_tr("Comment:"), self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for widget in (self.resolve, self.add, self.text, self.author, self.target):
            widget.setEnabled(not doc.read_only)
        doc.changed.connect(self._changed)
        self.refresh()

    # -- the editor's protocol for feature tabs ---------------------------------
    def handles(self, target: str) -> bool:
        """The tab as a whole, or one comment (``comment:ID``, from a marker)."""
        return target == TOPIC or target.startswith(COMMENT_TARGET)

    def focus_path(self, target: str) -> None:
        if target.startswith(COMMENT_TARGET):
            self.select_comment(target[len(COMMENT_TARGET) :])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_comment(self, comment_id: str) -> bool:
        """Make the comment with this id the current row, scrolled into view."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                row = group.child(j)
                if row.data(0, COMMENT_ID) == comment_id:
                    self.tree.setCurrentItem(row)
                    self.tree.scrollToItem(row)
                    return True
        return False

    # -- showing -------------------------------------------------------------------
    def _changed(self, topic: str) -> None:
        if concerns(topic, TOPIC) or concerns(topic, "agenda") or concerns(topic, "criteria"):
            self.refresh()

    def refresh(self) -> None:
        meeting, lg = self.doc.meeting, installed_language()
        current = self.current_comment_id()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for comment in sorted(meeting.comments, key=lambda c: c.resolved):
            group = groups.get(comment.target)
            if group is None:
                label = target_label(meeting, comment.target, lg)
                group = QTreeWidgetItem([label[:1].upper() + label[1:]])
                group.setData(0, Qt.ItemDataRole.UserRole, comment.target)
                heading = group.font(0)
                heading.setBold(True)
                group.setFont(0, heading)
                groups[comment.target] = group
                self.tree.addTopLevelItem(group)
            row = QTreeWidgetItem([_comment_text(comment)])
            row.setData(0, COMMENT_ID, comment.id)
            row.setData(0, Qt.ItemDataRole.UserRole, comment.target)
            font = row.font(0)
            font.setStrikeOut(comment.resolved)
            row.setFont(0, font)
            group.addChild(row)
            if comment.id == current:
                self.tree.setCurrentItem(row)
        self.tree.expandAll()
        self._fill_targets()
        self._update_buttons()

    def _fill_targets(self) -> None:
        meeting, lg = self.doc.meeting, installed_language()
        chosen = self.target.currentData()
        self.target.clear()
        self.target.addItem(target_label(meeting, PLAN, lg), PLAN)
        for block in meeting.agenda:
            self.target.addItem(target_label(meeting, block_target(block.id), lg), BLOCK + block.id)
        for criterion in meeting.criteria:
            target = criterion_target(criterion.id)
            self.target.addItem(target_label(meeting, target, lg), target)
        for path in FIELD_LABELS:
            self.target.addItem(target_label(meeting, field_target(path), lg), FIELD + path)
        index = self.target.findData(chosen)
        self.target.setCurrentIndex(max(index, 0))

    def current_comment_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, COMMENT_ID) if item is not None else None

    def _update_buttons(self) -> None:
        comment = self._current_comment()
        self.resolve.setEnabled(comment is not None and not self.doc.read_only)
        self.resolve.setText(
            _tr("Re&open") if comment is not None and comment.resolved else _tr("&Resolve")
        )

    def _current_comment(self) -> Comment | None:
        wanted = self.current_comment_id()
        return next((c for c in self.doc.meeting.comments if c.id == wanted), None)

    # -- editing ---------------------------------------------------------------------
    def add_comment(self) -> bool:
        text, author = self.text.toPlainText().strip(), self.author.text().strip()
        if not text:
            self.text.setFocus()
            return False
        comment = Comment(
            target=self.target.currentData() or PLAN,
            text=text[: rules.LONG_TEXT_MAX],
            author=author,
            at=datetime.now().replace(second=0, microsecond=0),
        )
        if not self.doc.push(AddCommentCommand(self.doc, comment)):
            return False
        self.text.clear()
        return True

    def _toggle_resolved(self) -> None:
        comment = self._current_comment()
        if comment is not None:
            self.doc.push(ResolveCommentCommand(self.doc, comment.id, not comment.resolved))

    def _double_clicked(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole) or PLAN
        if target.startswith(BLOCK):
            self.go_to.emit(target)
        elif target.startswith(CRITERION):
            self.go_to.emit("criteria")
        elif target.startswith(FIELD):
            self.go_to.emit(target[len(FIELD) :])


def _comment_text(comment: Comment) -> str:
    state = _tr(" (resolved)") if comment.resolved else ""
    return comment_line(comment) + state
