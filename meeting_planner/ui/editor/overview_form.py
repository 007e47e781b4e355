"""The Overview tab: when and where the meeting is, its language and status, follow-up times."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...domain import rules
from ...domain.rules import COUNTRY_ZONES
from ...domain.zones import system_zone_name
from ..core.document import MeetingDocument, concerns
from ..shared.countries import country_items
from ..shared.formatting import format_moment
from .form_base import FormPage
from .labels import language_items, status_items


class OverviewForm(FormPage):
    """Title, time, place, language, status, and when the answers are due."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.title_edit = self.add_line(
            self.tr("&Title:"),
            "title",
            placeholder=self.tr("e.g. Backend developer, first meeting"),
        )
        self.start_edit = self.add_datetime(self.tr("&Starts:"), "start")
        self.minutes_spin = self.add_spin(
            self.tr("&Planned length:"),
            "planned_minutes",
            rules.PLANNED_MINUTES_MIN,
            rules.PLANNED_MINUTES_MAX,
            suffix=self.tr(" min"),
            step=5,
        )
        self.location_edit = self.add_line(
            self.tr("&Location:"), "location", placeholder=self.tr("Room, address or video link")
        )
        self.zone_edit = self.add_line(self.tr("Time &zone:"), "time_zone")
        self.zone_edit.setToolTip(
            self.tr(
                "The time zone the start time is in, for calendar invites, as in"
                " Europe/Stockholm. Leave it empty for the zone of the employer's country"
                " (this computer's where the country has several)."
            )
        )
        self._show_default_zone()
        self.language_combo = self.add_combo(self.tr("Lan&guage:"), "language", language_items())
        self.country_combo = self.add_combo(
            self.tr("Public &holidays of:"),
            "country",
            country_items(doc.meeting.country),  # type: ignore[arg-type]
        )
        self.country_combo.setToolTip(
            self.tr("The employer's country: deadlines skip its public holidays")
        )
        self.status_combo = self.add_combo(self.tr("Stat&us:"), "status", status_items())
        self.feedback_spin = self.add_spin(
            self.tr("&Answer within:"),
            "follow_up.feedback_hours",
            0,
            rules.FOLLOW_UP_HOURS_MAX,
            suffix=self.tr(" hours"),
        )
        self.feedback_due = QLabel()
        self.form.addRow(self.tr("Answer due:"), self.feedback_due)
        self.decision_spin = self.add_spin(
            self.tr("&Decide within:"),
            "follow_up.decision_days",
            0,
            rules.FOLLOW_UP_DAYS_MAX,
            suffix=self.tr(" days"),
        )
        self.decision_due = QLabel()
        self.form.addRow(self.tr("Decision due:"), self.decision_due)
        hint = QLabel(
            self.tr(
                "Candidates expect an answer within {0} hours of the meeting, with one line"
                " of why. The due times count working days from the meeting's end: weekends"
                " and the public holidays above do not count."
            ).format(rules.FEEDBACK_DUE_HOURS)
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.finish()
        doc.changed.connect(self._on_changed)
        self._show_due()

    def _on_changed(self, topic: str) -> None:
        watched = ("start", "planned_minutes", "ended_at", "follow_up", "country")
        if any(concerns(topic, p) for p in watched):
            self._show_due()
        if concerns(topic, "country"):
            self._show_default_zone()

    def _show_default_zone(self) -> None:
        """The zone an empty field means, as its placeholder."""
        country = self.doc.meeting.country
        if country in COUNTRY_ZONES:
            text = self.tr("The employer's country's: {0}").format(COUNTRY_ZONES[country])
        else:
            text = self.tr("This computer's: {0}").format(
                system_zone_name() or self.tr("unknown, so invites use UTC")
            )
        self.zone_edit.setPlaceholderText(text)

    def _show_due(self) -> None:
        m = self.doc.meeting
        self.feedback_due.setText(format_moment(m.feedback_due))
        self.decision_due.setText(format_moment(m.decision_due))
