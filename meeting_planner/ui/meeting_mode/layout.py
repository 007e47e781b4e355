"""The widgets of the meeting-mode screen and how a moment of the meeting is shown in them."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.facts import fill_facts
from ...domain.meeting_run import RunStatus, mmss
from ...domain.model import Meeting
from .style import apply_font, set_state


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingModeLayout", text)


class MeetingModeLayout:
    """Builds the screen inside ``host``: the meeting's time across the top, the block
    on the left, notes on the right, the next block and the buttons at the bottom."""

    def __init__(self, host: QWidget, *, read_only: bool):
        tr = _tr
        self.host = host

        def label(role: str = "", *, wrap: bool = False) -> QLabel:
            widget = QLabel(host)
            # Titles and talking points are user text: shown as typed, never as markup.
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(wrap)
            if role:
                widget.setProperty("role", role)
            return widget

        # Top: whose meeting, the meeting's time, the schedule and the time of day.
        self.who = label("muted")
        self.meeting_clock = label()
        self.meeting_clock.setAccessibleName(tr("Meeting time"))
        self.meeting_detail = label("muted")
        self.schedule = label("accent")
        self.clock_of_day = label("muted")
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.schedule)
        top.addSpacing(24)
        meeting_box = QVBoxLayout()
        meeting_box.setSpacing(0)
        meeting_box.addWidget(self.meeting_clock, 0, Qt.AlignmentFlag.AlignRight)
        meeting_box.addWidget(self.meeting_detail, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(meeting_box)
        top.addSpacing(24)
        top.addWidget(self.clock_of_day, 0, Qt.AlignmentFlag.AlignTop)

        # Left: the block now.
        self.position = label("muted")
        self.block_title = label(wrap=True)
        self.block_clock = label()
        self.block_clock.setAccessibleName(tr("Time left in this block"))
        self.block_detail = label("muted")
        self.warning = label(wrap=True)
        self.warning.setObjectName("OverrunWarning")
        self.points = QWidget(host)
        self.points.setObjectName("TalkingPoints")
        self.points.setAccessibleName(tr("Talking points"))
        self.points_box = QGridLayout(self.points)
        self.points_box.setContentsMargins(0, 0, 0, 0)
        self.points_box.setColumnStretch(1, 1)
        self.point_labels: list[QLabel] = []
        self._scale = 1.0
        self._label = label
        points_scroll = QScrollArea(host)
        self.points_scroll = points_scroll
        points_scroll.setWidgetResizable(True)
        points_scroll.setWidget(self.points)
        points_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        points_scroll.viewport().setAutoFillBackground(False)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.block_clock)
        clock_row.addSpacing(16)
        clock_row.addWidget(self.block_detail, 1, Qt.AlignmentFlag.AlignBottom)
        self.block_detail.setWordWrap(True)
        block_panel = QFrame(host)
        block_panel.setObjectName("Panel")
        # The panels share the width by their stretch alone, so long text never shifts them.
        block_panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        block_box = QVBoxLayout(block_panel)
        block_box.setContentsMargins(28, 20, 28, 20)
        block_box.addWidget(self.position)
        block_box.addWidget(self.block_title)
        block_box.addLayout(clock_row)
        block_box.addWidget(self.warning)
        block_box.addSpacing(8)
        block_box.addWidget(points_scroll, 1)

        # Right: quick notes for the block and the markers so far.
        self.note_label = label("muted")
        self.note_label.setText(tr("Notes on this block (N; Esc to leave)"))
        self.note_edit = QPlainTextEdit(host)
        self.note_edit.setAccessibleName(tr("Notes on this block"))
        self.note_edit.setPlaceholderText(tr("What you saw and heard; only the panel sees this."))
        self.note_edit.setReadOnly(read_only)
        self.note_label.setBuddy(self.note_edit)
        self.marker_counts = label("muted", wrap=True)
        self.marked = label("accent", wrap=True)
        notes_panel = QFrame(host)
        notes_panel.setObjectName("Panel")
        notes_panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        notes_box = QVBoxLayout(notes_panel)
        notes_box.setContentsMargins(18, 16, 18, 16)
        notes_box.addWidget(self.note_label)
        notes_box.addWidget(self.note_edit, 1)
        notes_box.addWidget(self.marker_counts)
        notes_box.addWidget(self.marked)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(block_panel, 13)
        middle.addWidget(notes_panel, 7)

        # Bottom: the next block, the buttons and a reminder of the keys.
        self.next_label = label(wrap=True)

        def button(text: str, tip: str, *, checkable: bool = False) -> QPushButton:
            widget = QPushButton(text, host)
            # Buttons never take the keys: Space must move on, not press a button.
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.setToolTip(tip)
            widget.setCheckable(checkable)
            return widget

        self.back_button = button(tr("← Back"), tr("The previous block (Left or Page Up)"))
        self.pause_button = button(tr("Pause"), tr("Pause or resume the clocks (P)"))
        self.next_button = button(tr("Next →"), tr("The next block (Right, Space or Page Down)"))
        self.concern_button = button(tr("Concern raised"), tr("Mark a concern here (C)"))
        self.signal_button = button(tr("Strong signal"), tr("Mark a strong signal here (S)"))
        self.mini_button = button(
            tr("Mini timer"), tr("A small timer that stays on top (M)"), checkable=True
        )
        self.full_button = button(tr("Full screen"), tr("Full screen on or off (F11; Esc leaves)"))
        self.end_button = button(tr("End meeting…"), tr("End the meeting (Ctrl+E)"))
        self.leave_button = button(
            tr("Leave"), tr("Close meeting mode; a started meeting's clock runs on (Ctrl+W)")
        )
        self.start_button = button(
            tr("Start the meeting"), tr("Start the clock when the candidate is in the room (Enter)")
        )
        self.start_button.setObjectName("StartButton")
        self.rehearse_button = button(
            tr("Rehearse"), tr("Run through the plan on a clock that records nothing (R)")
        )
        for widget in (self.concern_button, self.signal_button, self.end_button):
            widget.setEnabled(not read_only)
        self.run_buttons = [
            self.back_button,
            self.pause_button,
            self.next_button,
            self.concern_button,
            self.signal_button,
            self.mini_button,
            self.end_button,
        ]
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.rehearse_button)
        for widget in (self.back_button, self.pause_button, self.next_button):
            buttons.addWidget(widget)
        buttons.addSpacing(24)
        buttons.addWidget(self.concern_button)
        buttons.addWidget(self.signal_button)
        buttons.addStretch(1)
        for widget in (self.mini_button, self.full_button, self.leave_button, self.end_button):
            buttons.addWidget(widget)
        # Says when nothing is being recorded: before the start and during a rehearsal.
        self.banner = label("accent", wrap=True)
        self.banner.setObjectName("PhaseBanner")
        self.keys = label("muted", wrap=True)

        root = QVBoxLayout(host)
        root.setContentsMargins(24, 16, 24, 12)
        root.setSpacing(12)
        root.addLayout(top)
        root.addWidget(self.banner)
        root.addLayout(middle, 1)
        root.addWidget(self.next_label)
        root.addLayout(buttons)
        root.addWidget(self.keys)
        self.apply_scale(1.0)

    def show_phase(
        self, *, running: bool, rehearsal: bool, read_only: bool, planned_for: str = ""
    ) -> None:
        """Ready (Start and Rehearse), running the meeting, or rehearsing. ``planned_for``:
        the planned day when it is not today, which the ready banner says first."""
        tr = _tr
        self.start_button.setVisible(not running)
        self.rehearse_button.setVisible(not running)
        self.start_button.setEnabled(not read_only)
        for widget in self.run_buttons:
            widget.setVisible(running)
        recording = running and not rehearsal and not read_only
        for widget in (self.concern_button, self.signal_button):
            widget.setEnabled(recording)
        self.end_button.setEnabled(rehearsal or recording)
        self.end_button.setText(tr("End rehearsal") if rehearsal else tr("End meeting…"))
        if not running:
            ready = tr(
                "Ready. The clock starts when you press Start the meeting (Enter); "
                "Rehearse (R) runs through the plan and records nothing."
            )
            if planned_for:
                ready = (
                    tr("This meeting is planned for {0}, not today.").format(planned_for)
                    + " "
                    + ready
                )
            self.banner.setText(ready)
            self.keys.setText(tr("Keys: Enter start · R rehearse · F11 full screen · Ctrl+W leave"))
        elif rehearsal:
            self.banner.setText(
                tr("Rehearsal: the clock runs, but no note, marker or end is recorded.")
            )
            self.keys.setText(
                tr(
                    "Keys: → Space next · ← back · P pause · M mini timer · F11 full screen · "
                    "Ctrl+E end the rehearsal · Ctrl+W leave"
                )
            )
        else:
            self.banner.setText("")
            self.keys.setText(
                tr(
                    "Keys: → Space next · ← back · P pause · C concern · S strong signal · "
                    "N notes · M mini timer · F11 full screen · Ctrl+E end · Ctrl+W leave · "
                    "Ctrl+Z undo"
                )
            )
        self.banner.setVisible(bool(self.banner.text()))

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        apply_font(self.block_clock, "clock", scale, bold=True)
        # Room for the widest reading, "+00:00", so the clock never clips or jumps.
        self.block_clock.setMinimumWidth(
            self.block_clock.fontMetrics().horizontalAdvance("+00:00") + 8
        )
        for point in self.point_labels:
            apply_font(point, "points", scale)
        apply_font(self.block_title, "title", scale, bold=True)
        apply_font(self.meeting_clock, "meeting_clock", scale, bold=True)
        apply_font(self.next_label, "points", scale)
        apply_font(self.warning, "points", scale, bold=True)
        for widget in (self.who, self.schedule, self.position, self.block_detail):
            apply_font(widget, "body", scale)
        apply_font(self.meeting_detail, "body", scale)
        apply_font(self.clock_of_day, "body", scale)
        apply_font(self.note_edit, "body", scale)
        for widget in (self.note_label, self.marker_counts, self.marked, self.keys):
            apply_font(widget, "small", scale)
        apply_font(self.banner, "body", scale, bold=True)

    def show_status(self, status: RunStatus, meeting: Meeting) -> None:
        tr = _tr
        who = [meeting.candidate.name, meeting.role.title or meeting.title]
        self.who.setText(" · ".join(part for part in who if part))
        self.meeting_clock.setText(mmss(status.meeting_elapsed))
        if status.meeting_overrun:
            detail = tr("of {0} · over by {1}").format(
                mmss(status.meeting_planned), mmss(-status.meeting_remaining)
            )
        else:
            detail = tr("of {0} · {1} left").format(
                mmss(status.meeting_planned), mmss(status.meeting_remaining)
            )
        self.meeting_detail.setText(detail)
        self.schedule.setText(_schedule_text(self.host, status))
        behind = status.behind_seconds > rules.RUN_ON_SCHEDULE_SECONDS
        set_state(self.schedule, "overrun" if behind else "")
        self.pause_button.setText(tr("Resume") if status.paused else tr("Pause"))
        self.back_button.setEnabled(status.index > 0)
        self.next_button.setEnabled(status.next_block is not None)
        block = status.block
        if block is None:
            self.position.setText(tr("No agenda"))
            self.block_title.setText(tr("This meeting has no agenda blocks yet."))
            self.block_clock.setText("")
            self.block_detail.setText("")
            self.warning.setText("")
            self._show_points([])
            self.next_label.setText("")
            return
        self.position.setText(
            tr("Block {0} of {1} · {2}").format(
                status.index + 1, len(meeting.agenda), block.owner or tr("no owner")
            )
        )
        self.block_title.setText(block.title or tr("Untitled block"))
        if status.block_overrun:
            self.block_clock.setText("+" + mmss(-status.block_remaining))
            self.block_detail.setText(
                tr("over its {0} min · {1} in this block").format(
                    block.minutes, mmss(status.block_elapsed)
                )
            )
        else:
            self.block_clock.setText(mmss(status.block_remaining))
            self.block_detail.setText(
                tr("left of {0} min · {1} gone").format(block.minutes, mmss(status.block_elapsed))
            )
        self.warning.setText(_warning_text(self.host, status))
        self._show_points([fill_facts(p, meeting) for p in block.talking_points])
        following = status.next_block
        if following is None:
            self.next_label.setText(tr("Last block. Ctrl+E ends the meeting."))
        else:
            self.next_label.setText(
                tr("Next: {0} · {1} min").format(following.title, following.minutes)
            )

    def _show_points(self, points: list[str]) -> None:
        """One row per talking point: a bullet, and the text wrapping beside it."""
        shown = [label.text() for label in self.point_labels[1::2]]
        if shown == points:
            return
        for widget in self.point_labels:
            self.points_box.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.point_labels = []
        for row in range(self.points_box.rowCount()):
            self.points_box.setRowStretch(row, 0)
        for row, point in enumerate(points):
            bullet, text = self._label(), self._label(wrap=True)
            bullet.setText("•")
            text.setText(point)
            self.points_box.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            self.points_box.addWidget(text, row, 1)
            self.point_labels += [bullet, text]
        self.points_box.setRowStretch(len(points), 1)
        for widget in self.point_labels:
            apply_font(widget, "points", self._scale)

    @property
    def talking_points(self) -> list[str]:
        return [label.text() for label in self.point_labels[1::2]]


def _warning_text(host: QWidget, status: RunStatus) -> str:
    if status.paused:
        return _tr("Paused: the clocks are stopped. P resumes.")
    if status.block_overrun:
        return _tr("Over time by {0}. Wrap up when it suits, then move on.").format(
            mmss(-status.block_remaining)
        )
    if status.block_ending_soon:
        return _tr("About a minute left in this block.")
    return ""


def _schedule_text(host: QWidget, status: RunStatus) -> str:
    behind = status.behind_seconds
    minutes = math.ceil(abs(behind) / 60)
    if behind > rules.RUN_ON_SCHEDULE_SECONDS:
        return _tr("About {0} min behind plan").format(minutes)
    if behind < -rules.RUN_ON_SCHEDULE_SECONDS:
        return _tr("{0} min to spare").format(minutes)
    return _tr("On schedule")
