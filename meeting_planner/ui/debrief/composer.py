"""The feedback composer: the reasoned answer to the candidate, drafted, edited and sent on time."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.feedback import NoDecisionError, SendProblem, draft_feedback, send_problems
from ...domain.followup import local_time, zone_name_of
from ...domain.model import Meeting
from ...domain.reasons import ReasonProblem, check, check_meeting
from ...domain.scorecards import consolidated
from ...fileio import write_atomically
from ..core.commands import SetFieldCommand
from ..core.document import MeetingDocument
from ..shared import messages
from ..shared.i18n import told
from .commands import MarkFeedbackSentCommand
from .debrief_form import decision_labels

FEEDBACK = "debrief.feedback"
_OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
_DONE_STYLE = "color: #1b6e3a; font-weight: bold;"
_WARNING_STYLE = "color: #8a5300;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackComposer", text)


class FeedbackComposer(QWidget):
    """Shows the answer to the candidate: the stored text, or while none is stored the
    draft built from the debrief (it follows every rating and decision change).

    The first edit keeps the text; every edit is an undoable command, and so are
    "Regenerate draft" and "Mark as sent". ``clock`` gives the time (tests fix it).
    """

    debrief_requested = Signal()

    def __init__(
        self,
        doc: MeetingDocument,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ):
        super().__init__(parent)
        self.setObjectName("FeedbackComposer")
        self.doc = doc
        self.clock = clock
        self.due_label = QLabel()
        self.due_label.setObjectName("feedbackDue")
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.to_debrief = QPushButton(self.tr("Go to the &debrief"))
        self.to_debrief.clicked.connect(self.debrief_requested)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Feedback to the candidate"))
        self.editor.setPlaceholderText(
            self.tr("Record a decision on the Debrief tab: the draft is written from it.")
        )
        self.editor.textChanged.connect(self._edited)
        self.regenerate_button = QPushButton(self.tr("&Regenerate draft"))
        self.regenerate_button.setToolTip(self.tr("Write the draft again from the debrief"))
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.save_button = QPushButton(self.tr("&Save as text…"))
        self.email_button = QPushButton(self.tr("&Email to candidate…"))
        self.email_button.setToolTip(
            self.tr("Open the letter in your mail program; marked as sent once you say it went")
        )
        self.sent_button = QPushButton(self.tr("&Mark as sent"))
        self.sent_button.setToolTip(self.tr("Record that the candidate has had this answer"))
        self.note_label = QLabel()
        # What stands between the text and sending it, and what it fails to tell the
        # candidate: a stock phrase, or no criterion named.
        self.send_label = QLabel()
        self.send_label.setObjectName("feedbackSendProblems")
        self.send_label.setWordWrap(True)
        self.send_label.setStyleSheet(_WARNING_STYLE)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("feedbackReasonProblems")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(_WARNING_STYLE)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(lambda: self.save_as_text())
        self.email_button.clicked.connect(self.email_to_candidate)
        self.sent_button.clicked.connect(self.mark_sent)

        top = QHBoxLayout()
        top.addWidget(self.due_label, 1)
        top.addWidget(self.to_debrief)
        buttons = QHBoxLayout()
        for button in (
            self.regenerate_button,
            self.copy_button,
            self.save_button,
            self.email_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.note_label, 1)
        buttons.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.send_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(rules.FEEDBACK_CLOCK_REFRESH_MS)
        # "Due in", "overdue" and "the meeting has not ended" follow the clock.
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        doc.changed.connect(lambda _topic: self.refresh())
        self.refresh()

    def handles(self, path: str) -> bool:
        """Whether a coach or preflight target is the letter this composer edits."""
        return path == FEEDBACK

    def focus_path(self, path: str) -> bool:
        self.editor.setFocus()
        return True

    # -- what is shown ----------------------------------------------------------------
    def text(self) -> str:
        """The answer as it stands: the stored text, else the current draft."""
        return self.editor.toPlainText()

    def draft(self) -> str:
        """The draft from the debrief; empty without a decision."""
        try:
            # The panel's scorecards stand in where the manager has not rated.
            return draft_feedback(consolidated(self.doc.meeting))
        except NoDecisionError:
            return ""

    def refresh(self) -> None:
        meeting = self.doc.meeting
        stored = meeting.debrief.feedback
        shown = stored or self.draft()
        if self.editor.toPlainText() != shown:
            with QSignalBlocker(self.editor):
                self.editor.setPlainText(shown)
        decided = meeting.debrief.decision is not None
        sent = meeting.debrief.feedback_sent_at is not None
        writable = not self.doc.read_only
        self.editor.setReadOnly(not writable or not shown)
        self.regenerate_button.setEnabled(writable and decided and bool(stored))
        self.copy_button.setEnabled(bool(shown))
        self.save_button.setEnabled(bool(shown))
        self.email_button.setEnabled(bool(shown))
        problems = [] if sent else self.send_problems()
        self.sent_button.setEnabled(writable and bool(shown) and not sent and not problems)
        self.sent_button.setText(self.tr("Marked as sent") if sent else self.tr("&Mark as sent"))
        self.to_debrief.setVisible(not decided)
        if not decided and not stored:
            source = self.tr("No decision yet, so there is nothing to tell the candidate.")
        elif not stored:
            source = self.tr(
                "A draft from the debrief: the lines written for the candidate, the reason "
                "you chose and the ranked criteria. It follows the debrief until you edit "
                "it. Check it and make it yours before you send it."
            )
        else:
            source = self.tr("Your text. Regenerate draft starts again from the debrief.")
        if decided:
            decision = dict((v, t) for t, v in decision_labels(self))[meeting.debrief.decision]
            source = self.tr("Decision: {0}.").format(decision) + " " + source
        self.source_label.setText(source)
        self.send_label.setText(
            " ".join(self._send_problem_text(p) for p in problems if p is not SendProblem.EMPTY)
        )
        self.send_label.setVisible(self.send_label.text() != "")
        self.reason_label.setText(self._reason_problems(shown) if shown and not sent else "")
        self.reason_label.setVisible(self.reason_label.text() != "")
        self._show_due()

    def send_problems(self) -> list[SendProblem]:
        """Why the text on screen cannot be marked as sent now; empty when it can."""
        return send_problems(self.doc.meeting, self.text(), _local(self.clock()))

    def _send_problem_text(self, problem: SendProblem) -> str:
        if problem is SendProblem.NOT_ENDED:
            return self.tr(
                "It cannot be marked as sent before the meeting has ended ({0})."
            ).format(_when(_local(self.doc.meeting.end)))
        if problem is SendProblem.PLACEHOLDERS:
            return self.tr(
                "It cannot be marked as sent while it holds parts in square brackets to fill "
                "in, such as {0}."
            ).format(_first_gap(self.text()))
        return self.tr("There is no text to send.")

    def _reason_problems(self, text: str) -> str:
        """What the letter and the chosen reason fail to tell the candidate."""
        meeting = self.doc.meeting
        found = check_meeting(meeting, text)
        lines = []
        if found.generic:
            lines.append(
                self.tr(
                    "“{0}” tells the candidate nothing: name what was missing, tied to a criterion."
                ).format(found.generic[0].replace("*", "…"))
            )
        chosen = meeting.debrief.shared_reason.strip()
        if chosen and not check(chosen, meeting.criteria, meeting.language).named:
            lines.append(
                self.tr(
                    "The reason you chose on the Debrief tab names no criterion: say which "
                    "one, so the candidate knows what to work on."
                )
            )
        elif ReasonProblem.NO_CRITERION in found.problems:
            lines.append(
                self.tr(
                    "The text names no criterion of this meeting: one concrete reason, tied "
                    "to a criterion, goes a long way."
                )
            )
        if lines:
            lines.append(self.tr("It does not count as feedback with a reason in Insights."))
        return " ".join(lines)

    def _show_due(self) -> None:
        meeting = self.doc.meeting
        sent_at = meeting.debrief.feedback_sent_at
        # The deadline is shown as the candidate was told it, where the meeting is;
        # spans are counted on this computer's clock, which may be elsewhere.
        where = zone_name_of(meeting)
        told = meeting.feedback_due
        due = local_time(told, where)
        if sent_at is not None:
            sent_at = _local(sent_at)
            late = sent_at > due
            text = self.tr("Sent {0}, {1} after the meeting.").format(
                _when(sent_at), _span(sent_at - local_time(meeting.end, where), self)
            )
            if late:
                text += " " + self.tr("That is after the deadline of {0}.").format(_when(told))
            self._set_due(text, "" if late else _DONE_STYLE)
            return
        now = _local(self.clock())
        if now > due:
            text = self.tr("Feedback was due {0}: overdue by {1}.").format(
                _when(told), _span(now - due, self)
            )
            self._set_due(text, _OVERDUE_STYLE)
        else:
            text = self.tr("Feedback due {0}, in {1}.").format(_when(told), _span(due - now, self))
            self._set_due(text, "")

    def _set_due(self, text: str, style: str) -> None:
        self.due_label.setText(text)
        self.due_label.setStyleSheet(style)
        self.due_label.setProperty("overdue", style == _OVERDUE_STYLE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._show_due()
        super().showEvent(event)

    # -- actions ------------------------------------------------------------------------
    def regenerate(self) -> bool:
        """Replace the text with a fresh draft, as one undo step; asks first if edited."""
        draft = self.draft()
        stored = self.doc.meeting.debrief.feedback
        if not draft or not stored or stored == draft:
            return False
        if not messages.ask_yes_no(
            self,
            self.tr("Regenerate draft"),
            self.tr("Replace your text with a new draft from the debrief? Undo brings it back."),
        ):
            return False
        return self.doc.push(
            SetFieldCommand(self.doc, FEEDBACK, draft, label=self.tr("Feedback"), merge=False)
        )

    def copy_to_clipboard(self) -> None:
        if not self._passes_preflight():
            return
        QGuiApplication.clipboard().setText(self.text())
        self.note_label.setText(self.tr("Copied to the clipboard."))

    def save_as_text(self, path: Path | None = None) -> Path | None:
        """Save the answer as a UTF-8 text file; asks where unless ``path`` is given."""
        title = self.tr("Save feedback as text")
        if not self._passes_preflight():
            return None
        if path is None:
            path = messages.ask_save_path(
                self,
                title,
                suggested_text_name(self.doc.meeting),
                self.tr("Text files (*.txt);;All files (*)"),
                _with_txt_suffix,
            )
            if path is None:
                return None
        path = _with_txt_suffix(Path(path))
        try:
            write_atomically(path, self.text().encode("utf-8"))
        except OSError as exc:
            messages.show_error(
                self,
                title,
                self.tr("The feedback could not be saved to {0}: {1}").format(str(path), told(exc)),
            )
            return None
        self.note_label.setText(self.tr("Saved to {0}.").format(path.name))
        messages.saved(self, path)
        return path

    def _passes_preflight(self) -> bool:
        """The letter's preflight before it leaves the app (copied or saved): what the
        candidate would otherwise get wrong, with Fix, or going on anyway."""
        from ..reach.sending import window_go_to
        from ..shared.preflight_dialog import preflight_passes

        return preflight_passes(
            self,
            "letter",
            self.doc.meeting,
            window_go_to(self),
            letter=self.text(),
            now=_local(self.clock()),
        )

    def email_to_candidate(self) -> bool:
        """Hand the letter to the mail program (see ui.reach.sending)."""
        from ..reach.sending import email_feedback

        return email_feedback(self)

    def mark_sent(self) -> bool:
        """Keep the text as sent, stamp the time and set the meeting to feedback sent.

        Refused, saying why, before the meeting has ended or while the text holds a
        part to fill in."""
        text = self.text()
        if not text.strip() or self.doc.meeting.debrief.feedback_sent_at is not None:
            return False
        problems = [p for p in self.send_problems() if p is not SendProblem.EMPTY]
        if problems:
            messages.show_error(
                self,
                self.tr("Mark as sent"),
                " ".join(self._send_problem_text(p) for p in problems),
            )
            return False
        at = self.clock().replace(microsecond=0)
        return self.doc.push(MarkFeedbackSentCommand(self.doc, text, at))

    def _edited(self) -> None:
        text = self.editor.toPlainText()
        if text != self.doc.meeting.debrief.feedback and len(text) <= rules.LONG_TEXT_MAX:
            self.doc.push(
                SetFieldCommand(self.doc, FEEDBACK, text, label=self.tr("Feedback"), merge=True)
            )


def _with_txt_suffix(path: Path) -> Path:
    """``path``, ending in .txt when the user typed a name without any suffix."""
    return path if path.suffix else path.with_suffix(".txt")


def suggested_text_name(meeting: Meeting) -> str:
    """A file name such as "feedback-sanna-jarvinen.txt", safe on every file system."""
    name = meeting.candidate.name.strip() or meeting.title.strip() or "candidate"
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-_")[:60] or "candidate"
    return f"feedback-{slug}.txt"


def _first_gap(text: str) -> str:
    from ...domain.placeholders import placeholders_in

    found = placeholders_in(text)
    return found[0] if found else "[…]"


def _local(moment: datetime) -> datetime:
    """Naive local wall-clock time, so stored and current times always compare."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _when(moment: datetime) -> str:
    return QLocale().toString(QDateTime(moment), "ddd d MMM HH:mm")


def _span(length: timedelta, widget: QWidget) -> str:
    """A duration as people say it: "3 h 20 min", "2 days 5 h"."""
    minutes = max(0, int(length.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = _tr("1 day") if days == 1 else _tr("{0} days").format(days)
        return f"{text} {_tr('{0} h').format(hours)}" if hours else text
    if hours:
        return (
            _tr("{0} h {1} min").format(hours, minutes) if minutes else (_tr("{0} h").format(hours))
        )
    return _tr("{0} min").format(minutes)
