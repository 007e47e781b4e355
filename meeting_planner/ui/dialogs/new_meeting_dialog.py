"""The New meeting dialog: pick a template, name the candidate and the role, set the time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.country_defaults import language_of
from ...domain.library import builtin_templates
from ...domain.model import Language, Meeting
from ...domain.sample import next_working_morning
from ...domain.templates import EmployerProfile, Template, meeting_from_template
from ..shared.date_field import DateTimeField
from ..shared.i18n import installed_language
from ..shared.wrapped_label import WrappedLabel


def language_name(language: Language) -> str:
    """A language's own name, as its speakers would pick it from a list."""
    return {Language.EN: "English", Language.SV: "Svenska", Language.DA: "Dansk"}[language]


class NewMeetingDialog(QDialog):
    """Asks what a new meeting needs and builds it from a template and the employer profile.

    The built-in templates come first (in the chosen language where one exists),
    then the user's own templates of that language.
    """

    def __init__(
        self,
        user_templates: list[Template],
        profile: EmployerProfile,
        *,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.user_templates = user_templates
        self.profile = profile
        self._templates: list[Template] = []

        self.language = QComboBox(self)
        for language in Language:
            self.language.addItem(language_name(language), language)
        # A new meeting, and its templates' names, start in the language of the company's
        # country (a Danish company writes to candidates in Danish), else the app's own.
        preferred = language_of(profile.country) or installed_language()
        if preferred in {lang.value for lang in Language}:
            self.language.setCurrentIndex(self.language.findData(Language(preferred)))
        self.template = QComboBox(self)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.description = WrappedLabel("", self)
        self.candidate = QLineEdit(self)
        self.candidate.setMaxLength(rules.SHORT_TEXT_MAX)
        self.candidate.setPlaceholderText(self.tr("e.g. Sam Lee"))
        self.role = QLineEdit(self)
        self.role.setMaxLength(rules.SHORT_TEXT_MAX)
        self.role.setPlaceholderText(self.tr("e.g. Backend developer"))
        self.start = DateTimeField(self, saved=False)
        self.start.set_value(next_working_morning(now or datetime.now()))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self._row(form, self.tr("&Template:"), self.template)
        form.addRow("", self.description)
        self._row(form, self.tr("&Candidate:"), self.candidate)
        self._row(form, self.tr("&Role:"), self.role)
        self._row(form, self.tr("&Starts:"), self.start)
        self._row(form, self.tr("&Language:"), self.language)
        note = WrappedLabel(
            self.tr(
                "The offer, tech stack, team and location come from your employer "
                "profile (Edit > Employer profile); you can change them in the meeting."
            ),
            self,
        )
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

        self.language.currentIndexChanged.connect(self._fill_templates)
        self.template.currentIndexChanged.connect(self._show_description)
        self.candidate.textChanged.connect(self._update_ok)
        self.role.textChanged.connect(self._update_ok)
        self.start.refused_changed.connect(self._update_ok)
        self._fill_templates()
        self._update_ok()
        self.candidate.setFocus()

    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, widget)

    def _fill_templates(self) -> None:
        language = self.language.currentData()
        chosen = self.template.currentData()
        self._templates = builtin_templates(language) + [
            t for t in self.user_templates if t.language == language
        ]
        self.template.blockSignals(True)
        self.template.clear()
        for n, template in enumerate(self._templates):
            title = template.title or template.name
            if not template.builtin:
                title = self.tr("{0} (your template)").format(title)
            self.template.addItem(title, n)
        names = [t.name for t in self._templates]
        self.template.setCurrentIndex(names.index(chosen) if chosen in names else 0)
        self.template.blockSignals(False)
        self._show_description()

    def _show_description(self) -> None:
        template = self.selected_template()
        if template is None:
            self.description.setText("")
            return
        minutes = self.tr("%n minutes planned.", "", template.meeting.planned_minutes)
        self.description.setText(f"{template.description} {minutes}".strip())

    def _update_ok(self) -> None:
        ready = bool(self.candidate.text().strip() and self.role.text().strip())
        ready = ready and not self.start.refused()
        self.ok_button.setEnabled(ready and self.selected_template() is not None)

    def accept(self) -> None:
        """Creates nothing on a date the field could not read: the meeting would start
        on the day shown before, not the one typed. The field says why."""
        if not self.start.commit():
            self._update_ok()
            self.start.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def selected_template(self) -> Template | None:
        index = self.template.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def select_template(self, name: str) -> bool:
        names = [t.name for t in self._templates]
        if name not in names:
            return False
        self.template.setCurrentIndex(names.index(name))
        return True

    def meeting(self) -> Meeting:
        """The new meeting from what was entered (call after the dialog was accepted)."""
        template = self.selected_template()
        assert template is not None
        return meeting_from_template(
            template,
            candidate_name=self.candidate.text().strip(),
            role_title=self.role.text().strip(),
            start=self.start.value().replace(second=0, microsecond=0),
            language=self.language.currentData(),
            profile=self.profile,
        )
