"""The review-comment markers beside a form's fields: a field with open comments (a comment on
``field:role.tech_stack``...) gets the bubble with their count to its right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.comments import FIELD, open_by_target
from ...domain.team import Comment
from ..core.document import MeetingDocument
from ..shared.comment_marks import COMMENTS_TOPIC, CommentMarker


class FieldMarkers(QObject):
    """Keeps one form's markers in step with the meeting's open comments.

    ``widget_for`` finds the field a comment's path names (the form's own lookup, so a
    comment on "offer.salary" marks the salary's first field). Markers are made the first
    time a field has a comment, placed in the field's row, and hidden when none is open.
    """

    activated = Signal(str)

    def __init__(
        self,
        doc: MeetingDocument,
        widget_for: Callable[[str], QWidget | None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.doc = doc
        self.widget_for = widget_for
        self._rows: dict[QWidget, tuple[QHBoxLayout, str]] = {}
        self.markers: dict[QWidget, CommentMarker] = {}
        doc.changed.connect(self._changed)

    def add_field(self, widget: QWidget, row: QHBoxLayout, about: str) -> None:
        """``widget``'s marker, when it needs one, goes at the end of ``row``."""
        self._rows[widget] = (row, about)

    def marker_for(self, path: str) -> CommentMarker | None:
        """The marker beside the field at ``path``, if one was ever needed."""
        widget = self.widget_for(path)
        return self.markers.get(widget) if widget is not None else None

    def refresh(self) -> None:
        found: dict[QWidget, list[Comment]] = {}
        for target, comments in open_by_target(self.doc.meeting).items():
            if not target.startswith(FIELD):
                continue
            widget = self.widget_for(target[len(FIELD) :])
            if widget is not None and widget in self._rows:
                found.setdefault(widget, []).extend(comments)
        for widget in found:
            if widget not in self.markers:
                self.markers[widget] = self._make_marker(widget)
        for widget, marker in self.markers.items():
            marker.set_comments(found.get(widget, []))

    def _make_marker(self, widget: QWidget) -> CommentMarker:
        row, about = self._rows[widget]
        marker = CommentMarker(about)
        # After the field (and its tag), before the stretch that keeps a fixed field small.
        row.insertWidget(row.count() - 1, marker, 0, Qt.AlignmentFlag.AlignTop)
        marker.activated.connect(self.activated)
        # Tab goes from the field to its marker, then on to the next field.
        QWidget.setTabOrder(widget, marker)
        return marker

    def _changed(self, topic: str) -> None:
        if not topic or topic == COMMENTS_TOPIC:
            self.refresh()
