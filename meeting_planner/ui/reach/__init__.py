"""Reaching people from the app: calendar invites, email drafts to the candidate, and
reminders of what is due. The Documents menu gets the invites and emails; the files
are made, and their libraries loaded, only when one is asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..window.frame import WindowFrame

__all__ = ["install"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reach", text)


def install(window: WindowFrame) -> None:
    menu = window.menu("documents")
    menu.addSeparator()

    def action(text: str, tip: str, run: Callable[..., object], name: str) -> QAction:
        made = QAction(text, window)
        made.setObjectName(name)
        made.setStatusTip(tip)
        made.triggered.connect(lambda _checked=False: _on_current(window, run))
        menu.addAction(made)
        window.actions.meeting_actions.append(made)
        return made

    action(
        _tr("Calendar &invite for the candidate…"),
        _tr("Save the invite (.ics) to send the candidate: the agenda, nothing internal"),
        lambda doc, go_to: _sending().save_invite(window, doc, "candidate", go_to),
        "candidateInviteAction",
    )
    action(
        _tr("Calendar invite for the &panel…"),
        _tr("Save the panel's invite (.ics): who leads what, and the brief's essentials"),
        lambda doc, go_to: _sending().save_invite(window, doc, "panel", go_to),
        "panelInviteAction",
    )
    action(
        _tr("Cancel the calendar invites…"),
        _tr("Save the cancellation of the invites that went out, so calendars drop the event"),
        lambda doc, go_to: _sending().offer_cancellation(window, doc),
        "cancelInviteAction",
    )
    menu.addSeparator()
    action(
        _tr("&Email the agenda to the candidate…"),
        _tr("An email with the agenda PDF and the invite, opened in your mail program"),
        lambda doc, go_to: _sending().email_agenda(window, doc, go_to),
        "emailAgendaAction",
    )
    action(
        _tr("Email the declined-offer &survey…"),
        _tr("An email with the fillable survey, opened in your mail program"),
        lambda doc, go_to: _sending().email_survey(window, doc, go_to),
        "emailSurveyAction",
    )
    # The tray icon and the reminders' notifier (and their modules) come once the
    # first meeting is on screen: the first look at what is due waits for that anyway.
    window.settled.connect(
        lambda: _install_reminders(window), Qt.ConnectionType.SingleShotConnection
    )


def _install_reminders(window: WindowFrame) -> None:
    from .reminders import install_reminders

    install_reminders(window)


def _sending():  # noqa: ANN202 (the module)
    # The files' libraries (icalendar, email, reportlab) load with the first use.
    from . import sending

    return sending


def _on_current(window: WindowFrame, run: Callable[..., object]) -> None:
    doc = window.current_doc
    if doc is None:
        return
    window.autosaver.flush(doc)
    run(doc, window.ops.go_to)
