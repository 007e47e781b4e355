"""Reuse a plan for the opening's next candidate: the name and the time asked, the rest
of the plan kept (see domain.openings.reuse_plan)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ...domain import rules
from ..shared import messages
from ..shared.i18n import told

if TYPE_CHECKING:
    from ..window.frame import WindowFrame


def _tr(text: str) -> str:
    return QCoreApplication.translate("Openings", text)


def ask_next_candidate(parent: QWidget | None, start: datetime) -> tuple[str, datetime] | None:
    """The next candidate's name and meeting time; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Plan for the next candidate"))
    name = QLineEdit(dialog)
    name.setMaxLength(rules.SHORT_TEXT_MAX)
    when = QDateTimeEdit(QDateTime(start), dialog)
    when.setCalendarPopup(True)
    when.setDisplayFormat("yyyy-MM-dd HH:mm")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(_tr("Candidate:"), name)
    form.addRow(_tr("Meeting starts:"), when)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted or not name.text().strip():
        return None
    return name.text().strip(), when.dateTime().toPython()


def reuse_current(window: WindowFrame) -> str | None:
    """Make the next candidate's meeting from the plan on screen; returns its id."""
    from ...domain.openings import names_left, reuse_plan
    from ...store import StoreError

    doc = window.current_doc
    store = window.store
    if doc is None or store is None or store.read_only:
        return None
    window.save_now()
    source = doc.meeting
    answer = ask_next_candidate(window, source.start + timedelta(days=1))
    if answer is None:
        return None
    name, start = answer
    plan = reuse_plan(source, name, start.replace(second=0, microsecond=0))
    try:
        with store.transaction():
            opening = store.openings.assign(plan, datetime.now().replace(microsecond=0))
            if not source.opening_id:
                # Which opening a meeting is in is filing, not an edit to undo.
                source.opening_id = opening.id
                store.meetings.save(source)
            store.meetings.save(plan)
    except StoreError as error:
        messages.show_error(window, _tr("Plan not reused"), told(error))
        return None
    window.reload_list()
    window.select_meeting(plan.id)
    left = names_left(plan, source.candidate.name, str(plan.language))
    if left:
        messages.show_info(
            window,
            _tr("Check the new plan"),
            _tr(
                "The plan still names {0} in {1}: someone in the meeting has the same first "
                "name, so it was left as it was. Change it before anything reaches {2}."
            ).format(source.candidate.name.strip(), ", ".join(left), name),
        )
    return plan.id
