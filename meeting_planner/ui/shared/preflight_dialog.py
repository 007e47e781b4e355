"""The preflight in the app: before a candidate document is previewed, saved or marked as
sent, what would reach the candidate wrongly is listed, with "Fix" to go to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import messages

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ...domain.preflight import PreflightIssue

_TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreflightDialog", text)


def document_name(document: str) -> str:
    return {
        "agenda": _tr("the candidate's agenda"),
        "invite": _tr("the candidate's invite"),
        "letter": _tr("the letter to the candidate"),
    }[document]


class PreflightDialog(QDialog):
    """The issues, one per line; "Fix" goes to the selected one (or the first), "Continue
    anyway" lets the document go as it is, Cancel (Esc) does neither. With nothing but
    warnings, "Continue" is the default: the document may go as it is."""

    FIX, ANYWAY = 2, 3

    def __init__(self, document: str, issues: list[PreflightIssue], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before it reaches the candidate"))
        self.chosen_target = ""
        warnings_only = not any(issue.blocking for issue in issues)
        if warnings_only:
            wording = self.tr("Before {0} reaches the candidate, this is worth a look:")
        else:
            wording = self.tr(
                "Before {0} reaches the candidate, fix what they would otherwise see:"
            )
        intro = QLabel(wording.format(document_name(document)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("What to fix"))
        for issue in issues:
            item = QListWidgetItem(issue.message)
            item.setData(_TARGET_ROLE, issue.target)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._fix())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fix_button = QPushButton(self.tr("&Fix"))
        self.fix_button.setToolTip(self.tr("Go to what the selected line points at"))
        self.anyway_button = QPushButton(
            self.tr("&Continue") if warnings_only else self.tr("Continue &anyway")
        )
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        (self.anyway_button if warnings_only else self.fix_button).setDefault(True)
        self.fix_button.clicked.connect(self._fix)
        self.anyway_button.clicked.connect(lambda: self.done(self.ANYWAY))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _fix(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        self.chosen_target = str(item.data(_TARGET_ROLE)) if item is not None else ""
        self.done(self.FIX)


def preflight_passes(
    parent: QWidget | None,
    document: str,
    meeting: Meeting,
    go_to: Callable[[str], None] | None,
    *,
    letter: str = "",
    now: datetime | None = None,
) -> bool:
    """True when ``document`` may leave: nothing to fix, or the user chose to continue
    anyway. "Fix" calls ``go_to`` with the issue's target and returns False."""
    from ...domain.preflight import check
    from .i18n import installed_language

    # Said to the manager in the app's language; what they fix is in the meeting's.
    issues = check(document, meeting, letter=letter, now=now, language=installed_language())
    if not issues:
        return True
    dialog = PreflightDialog(document, issues, parent)
    result = messages.run_modal(dialog)
    if result == PreflightDialog.ANYWAY:
        return True
    if result == PreflightDialog.FIX and go_to is not None and dialog.chosen_target:
        go_to(dialog.chosen_target)
    return False
