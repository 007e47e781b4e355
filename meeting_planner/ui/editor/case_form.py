"""The Case tab: a small taste of the real work, optionally started from a library idea."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from ...domain import rules
from ...domain.library import CASE_FIELDS, Library, case_task_from_idea, library
from ..core.document import MeetingDocument, concerns
from .commands import SetCaseCommand
from .form_base import FormPage


def field_names() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("CaseForm", text)

    return {
        "backend": tr("Backend"),
        "frontend": tr("Frontend"),
        "data_science": tr("Data science"),
        "ux_design": tr("UX design"),
        "it_security": tr("IT security"),
    }


class CaseForm(FormPage):
    """Title, brief, preparation, materials, minutes, what to observe (internal), real work."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.idea_combo = QComboBox()
        self.idea_combo.setAccessibleName(self.tr("Case idea from the library"))
        self.fill_button = QPushButton(self.tr("&Fill from idea"))
        self.fill_button.setAccessibleName(self.tr("Fill the case from the chosen idea"))
        self.fill_button.setToolTip(
            self.tr("Replaces the case below with the idea; Undo brings your case back.")
        )
        self.fill_button.clicked.connect(self.fill_from_idea)
        idea_label = QLabel(self.tr("&Idea:"))
        idea_label.setBuddy(self.idea_combo)
        note = QLabel(
            self.tr(
                "A small taste of the real work raises the candidate's interest. Start from"
                " an idea in the library and adapt it, or write your own below."
            )
        )
        note.setWordWrap(True)
        box = QGroupBox(self.tr("Start from a library idea"))
        grid = QGridLayout(box)
        grid.addWidget(note, 0, 0, 1, 3)
        grid.addWidget(idea_label, 1, 0)
        grid.addWidget(self.idea_combo, 1, 1)
        grid.addWidget(self.fill_button, 1, 2)
        grid.setColumnStretch(1, 1)
        self.page_layout.insertWidget(0, box)

        self.title_edit = self.add_line(self.tr("&Title:"), "case.title")
        self.brief_edit = self.add_text(
            self.tr("&Brief:"),
            "case.brief",
            placeholder=self.tr("The task as the candidate hears it"),
        )
        self.prepare_edit = self.add_text(
            self.tr("&Prepare:"),
            "case.prepare",
            placeholder=self.tr("What the panel gets ready before the meeting"),
        )
        self.materials_edit = self.add_lines(
            self.tr("&Materials:"), "case.materials", placeholder=self.tr("One per line")
        )
        self.minutes_spin = self.add_spin(
            self.tr("Mi&nutes:"),
            "case.minutes",
            rules.CASE_MINUTES_MIN,
            rules.CASE_MINUTES_MAX,
            suffix=self.tr(" min"),
            step=5,
        )
        self.observe_edit = self.add_lines(
            self.tr("&Observe:"),
            "case.observe",
            internal=True,
            placeholder=self.tr("What the panel watches for, one per line"),
        )
        self.real_work_edit = self.add_text(
            self.tr("&Real work:"),
            "case.real_work",
            placeholder=self.tr("How the case connects to the work the person would really do"),
        )
        # A finding about "case" as a whole lands on its title.
        self.fields = {"case": self.title_edit, **self.fields}
        self.finish()
        QWidget.setTabOrder(self.idea_combo, self.fill_button)
        QWidget.setTabOrder(self.fill_button, self.title_edit)
        self._fill_ideas()
        doc.changed.connect(self._on_changed)

    def fill_from_idea(self) -> None:
        idea_id = self.idea_combo.currentData()
        idea = next((i for i in self._library().case_ideas if i.id == idea_id), None)
        if idea is None:
            return
        label = self.tr("Fill the case from “{0}”").format(idea.title)
        self.doc.push(SetCaseCommand(self.doc, case_task_from_idea(idea), label))

    def _library(self) -> Library:
        return library(self.doc.meeting.language)

    def _fill_ideas(self) -> None:
        names = field_names()
        self.idea_combo.clear()
        for field in CASE_FIELDS:
            for idea in self._library().case_ideas_for(field):
                text = self.tr("{0}: {1} ({2} min)").format(
                    names.get(field, field), idea.title, idea.minutes
                )
                self.idea_combo.addItem(text, idea.id)
        self.fill_button.setEnabled(self.idea_combo.count() > 0 and not self.doc.read_only)

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "language"):
            self._fill_ideas()
