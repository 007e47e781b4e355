"""The bar that says, on start and without blocking, that some meetings are past retention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..shared.notice_bar import NoticeBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("RetentionNotice", text)


class RetentionNotice(NoticeBar):
    """Says how many meetings are past retention, with a button to review them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            parent,
            object_name="RetentionNotice",
            colours=("#fdf3d7", "#4a4120"),
            action_text=_tr("Review…"),
            action_name=_tr("Review meetings past retention"),
            dismiss_text=_tr("Dismiss"),
        )
        self.review_button = self.action_button
        self.review_requested = self.action_requested

    def set_count(self, count: int, months: int) -> None:
        """Show the notice for ``count`` meetings, or hide it when there are none."""
        if count == 1:
            text = self.tr(
                "One closed meeting has been kept longer than {0} months. Its candidate's "
                "personal data is due for erasure."
            )
        else:
            text = self.tr(
                "{1} closed meetings have been kept longer than {0} months. Their candidates' "
                "personal data is due for erasure."
            )
        self.text.setText(text.format(months, count))
        self.setVisible(count > 0)
