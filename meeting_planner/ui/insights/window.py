"""The Insights window: pick a period, see the figures and charts, export them as a PDF page."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.enums import ConcernCategory
from ...domain.insights import Insights, Period, insights
from ...domain.phrases import mark
from ..outcome.labels import category_label, decline_label
from ..shared import messages
from ..shared.i18n import told
from .charts import Bar, BarChart

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ..window.frame import WindowFrame

# Chart colours: the same meaning as on the PDF page, each named in a legend.
CONTROLLABLE = "#1f5f8b"
NOT_CONTROLLABLE = "#9aa5b1"
CONCERN = "#7b4f9e"
ON_TIME = "#2e7d4f"
LATE = "#c0563b"


class InsightsWindow(QDialog):
    """Figures across the meetings of a period; open documents count with their edits."""

    def __init__(self, window: WindowFrame, now: datetime | None = None):
        super().__init__(window)
        self.main_window = window
        self.now = now
        self.figures: Insights | None = None
        self.setWindowTitle(self.tr("Insights"))
        self.setSizeGripEnabled(True)

        self.preset = QComboBox(self)
        for days in rules.INSIGHTS_PRESET_DAYS:
            self.preset.addItem(self.tr("Last {0} days").format(days), days)
        self.preset.addItem(self.tr("Chosen dates"), None)
        self.preset.setAccessibleName(self.tr("Period"))
        self.first = self._date_edit(self.tr("From"))
        self.last = self._date_edit(self.tr("To"))
        self.export_button = QPushButton(self.tr("&Export as PDF…"), self)
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.survey_button = QPushButton(self.tr("Import &anonymous survey…"), self)
        self.survey_button.setToolTip(
            self.tr(
                "A filled anonymous declined-offer survey: it counts for its role and "
                "month, never in one meeting"
            )
        )
        self.survey_button.clicked.connect(lambda: self.import_anonymous_survey())
        period = QHBoxLayout()
        for text, widget in (
            (self.tr("&Period:"), self.preset),
            (self.tr("&From:"), self.first),
            (self.tr("&To:"), self.last),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            period.addWidget(caption)
            period.addWidget(widget)
        period.addStretch(1)
        period.addWidget(self.survey_button)
        period.addWidget(self.export_button)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.figure_labels: dict[str, QLabel] = {}
        figures = QFormLayout()
        for key, caption in self._figure_captions().items():
            value = QLabel(self)
            value.setWordWrap(True)
            value.setAccessibleName(caption)
            figures.addRow(QLabel(f"<b>{caption}</b>", self), value)
            self.figure_labels[key] = value
        self.declines_chart = BarChart(self.tr("Why candidates declined"), self)
        self.concerns_chart = BarChart(self.tr("Concerns candidates raised in meetings"), self)
        self.feedback_chart = BarChart(self.tr("Time from meeting to feedback"), self)

        body = QWidget(self)
        content = QVBoxLayout(body)
        content.addWidget(self.summary)
        content.addLayout(figures)
        for chart in (self.declines_chart, self.concerns_chart, self.feedback_chart):
            content.addSpacing(14)
            content.addWidget(chart)
        content.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(scroll, 1)

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)
        self.preset.setCurrentIndex(max(0, self.preset.findData(rules.INSIGHTS_DEFAULT_DAYS)))
        self._preset_chosen()
        line = self.fontMetrics().height()
        self.resize(line * 60, line * 52)

    # -- period ---------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _today(self) -> date:
        return (self.now or datetime.now()).date()

    def period(self) -> Period:
        return Period(self.first.date().toPython(), self.last.date().toPython())

    def set_period(self, first: date, last: date) -> None:
        """Show the figures of the days from ``first`` to ``last`` (chosen dates)."""
        with QSignalBlocker(self.first), QSignalBlocker(self.last):
            self.first.setDate(QDate(first))
            self.last.setDate(QDate(last))
        self._dates_edited()

    def _preset_chosen(self, *_: object) -> None:
        days = self.preset.currentData()
        if days is None:
            return
        period = Period.last_days(int(days), self._today())
        with QSignalBlocker(self.first), QSignalBlocker(self.last):
            self.first.setDate(QDate(period.first))
            self.last.setDate(QDate(period.last))
        self.refresh()

    def _dates_edited(self, *_: object) -> None:
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(self.preset.count() - 1)
        self.refresh()

    # -- figures --------------------------------------------------------------------
    def meetings(self, period: Period) -> list[Meeting]:
        """The meetings of the period as they are now: open ones with their unsaved edits."""
        window = self.main_window
        found = []
        for summary in window.store.meetings.list():
            if not period.contains(summary.start):
                continue
            doc = window.docs.get(summary.id)
            found.append(doc.meeting if doc else window.store.meetings.get(summary.id))
        return found

    def refresh(self) -> None:
        period = self.period()
        if period.first and period.last and period.first > period.last:
            self.figures = insights([], period)
            self.summary.setText(self.tr("The period ends before it starts: pick other dates."))
        else:
            now = self.now or datetime.now().astimezone()
            responses = self.main_window.store.surveys.list()
            self.figures = insights(self.meetings(period), period, now, responses)
            self.summary.setText(self._summary(self.figures))
        self._show(self.figures)

    def _figure_captions(self) -> dict[str, str]:
        return {
            "sell": self.tr("Average sell share"),
            "within": self.tr("Feedback within {0} working days").format(
                rules.FEEDBACK_DUE_WORKING_DAYS
            ),
            "median": self.tr("Median time to feedback"),
            "waiting": self.tr("Still waiting"),
            "reason": self.tr("Feedback with a reason"),
        }

    def _summary(self, f: Insights) -> str:
        text = self.tr(
            "%n meetings, {0} held. Offers made: {1}; accepted {2}, declined {3}.", "", f.meetings
        ).format(f.held, f.offers_made, f.accepted, f.declined)
        if f.reasons_total:
            text += " " + self.tr(
                "{0} of the %n reasons for saying no are ones we can act on.", "", f.reasons_total
            ).format(f.controllable_reasons)
        if f.anonymous_responses:
            text += " " + self.tr("Anonymous survey answers counted: {0}.").format(
                f.anonymous_responses
            )
        return text

    def _show(self, f: Insights) -> None:
        none = self.tr("No data yet")
        low, high = rules.TARGET_SELL_BAND
        values = {
            "sell": self.tr(
                "{0} of the agenda over %n held meetings (the coach aims for {1}–{2})",
                "",
                f.sell_measured,
            ).format(_percent(f.sell_share), _percent(low), _percent(high))
            if f.sell_share is not None
            else none,
            "within": self.tr(
                "{0} ({1} of %n candidates who heard back)", "", f.feedback_sent
            ).format(_percent(f.share_within_target), f.feedback_within_target)
            if f.feedback_sent
            else none,
            "median": self.tr("%n hours", "", round(f.median_feedback_hours))
            if f.median_feedback_hours is not None
            else none,
            "waiting": self.tr(
                "%n candidates, {0} of them past the deadline", "", f.feedback_waiting
            ).format(f.feedback_overdue)
            if f.feedback_waiting
            else self.tr("Nobody: every candidate met has heard back"),
            "reason": self.tr("{0} of the %n candidates met", "", f.held).format(
                _percent(f.share_with_reason)
            )
            if f.held
            else none,
        }
        for key, text in values.items():
            self.figure_labels[key].setText(text)
        nothing = self.tr("Nothing recorded in this period.")
        self.declines_chart.set_data(
            [
                Bar(
                    decline_label(c),
                    ((r.controllable, CONTROLLABLE), (r.not_controllable, NOT_CONTROLLABLE)),
                )
                for c, r in f.decline_reasons.items()
            ],
            [
                (self.tr("We can act on it"), CONTROLLABLE),
                (self.tr("Outside our control"), NOT_CONTROLLABLE),
            ],
            nothing,
        )
        self.concerns_chart.set_data(
            [Bar(category_label(c), ((f.concerns.get(c, 0), CONCERN),)) for c in ConcernCategory],
            [],
            nothing,
        )
        bars = []
        lower = 0
        for upper, count in f.feedback_buckets:
            on_time = upper is not None and upper <= rules.FEEDBACK_DUE_WORKING_DAYS
            bars.append(Bar(self._bucket(lower, upper), ((count, ON_TIME if on_time else LATE),)))
            lower = upper or lower
        self.feedback_chart.set_data(
            bars,
            [
                (
                    self.tr("Within {0} working days").format(rules.FEEDBACK_DUE_WORKING_DAYS),
                    ON_TIME,
                ),
                (self.tr("Late"), LATE),
            ],
            nothing,
        )

        charts = (self.declines_chart, self.concerns_chart, self.feedback_chart)
        shared = max(chart.natural_label_width() for chart in charts)
        for chart in charts:
            chart.label_width = shared

    def _bucket(self, lower: int, upper: int | None) -> str:
        """A time-to-feedback bar, in working days after the meeting as the deadline counts."""
        if upper is None:
            return self.tr("Over {0} working days").format(lower)
        if not lower:
            return (
                self.tr("Within 1 working day")
                if upper == 1
                else self.tr("Within {0} working days").format(upper)
            )
        return self.tr("{0}–{1} working days").format(lower, upper)

    # -- anonymous surveys -------------------------------------------------------------
    def import_anonymous_survey(self, path: Path | None = None) -> bool:
        """Keep a filled anonymous survey as a response for its role and month; False when
        nothing was kept (the user has been told why)."""
        from ...export.survey_import import SurveyFormError, read_anonymous_survey
        from ...store.errors import StoreError

        title = self.tr("Import anonymous survey")
        if path is None:
            path = messages.ask_open_file(self, title, self.tr("PDF files (*.pdf)"))
            if path is None:
                return False
        try:
            with Path(path).open("rb") as handle:
                data = handle.read(rules.DEBRIEF_FORM_MAX_BYTES + 1)
            if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
                raise SurveyFormError(mark("far too large to be a survey"))
            response = read_anonymous_survey(data)
            response.imported_at = datetime.now().replace(microsecond=0)
            added = self.main_window.store.surveys.add(response)
        except (OSError, SurveyFormError, StoreError) as error:
            reason = told(error)
            messages.show_error(
                self,
                title,
                self.tr("Nothing was imported from {0}: {1}").format(Path(path).name, reason),
            )
            return False
        if not added:
            messages.show_info(
                self,
                title,
                self.tr("{0} was imported before: it counts once.").format(Path(path).name),
            )
            return False
        self.refresh()
        return True

    # -- export ---------------------------------------------------------------------
    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Write the figures as a PDF page where the user chooses; None when cancelled."""
        from ...export.insights_pdf import export_insights
        from ...fileio import write_atomically
        from ..shared.documents import with_pdf_suffix
        from ..shared.i18n import installed_language

        if self.figures is None:
            return None
        if path is None:
            period = self.period()
            suggested = f"insights-{period.first}-{period.last}.pdf"
            path = messages.ask_save_path(
                self,
                self.tr("Export insights"),
                suggested,
                self.tr("PDF files (*.pdf)"),
                with_pdf_suffix,
            )
            if path is None:
                return None
        path = with_pdf_suffix(path)
        try:
            write_atomically(path, export_insights(self.figures, language=installed_language()))
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("Could not save"),
                self.tr("The PDF could not be saved to {0}: {1}").format(str(path), told(exc)),
            )
            return None
        messages.saved(self, path)
        return path


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"
