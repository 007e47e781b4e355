"""The Role tab: the job described precisely enough that it does not feel vague."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..core.document import MeetingDocument
from .form_base import FormPage


class RoleForm(FormPage):
    """Title, team, company, tech stack, responsibilities, problems to solve, ways of
    working, projects."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.title_edit = self.add_line(self.tr("&Title:"), "role.title")
        self.team_edit = self.add_line(self.tr("T&eam:"), "role.team")
        self.company_edit = self.add_line(
            self.tr("&Company:"),
            "role.company",
            placeholder=self.tr("The employer's name, as the candidate will see it"),
        )
        self.stack_edit = self.add_lines(
            self.tr("Tech &stack:"),
            "role.tech_stack",
            placeholder=self.tr("Languages, platforms and tools, one per line"),
        )
        self.responsibilities_edit = self.add_lines(
            self.tr("&Responsibilities:"), "role.responsibilities"
        )
        self.problems_edit = self.add_lines(
            self.tr("&Problems to solve:"),
            "role.problems",
            placeholder=self.tr("What the new person will work on first, one per line"),
        )
        self.ways_edit = self.add_text(self.tr("&Ways of working:"), "role.ways_of_working")
        self.projects_edit = self.add_lines(
            self.tr("Pro&jects:"),
            "role.projects",
            placeholder=self.tr("Real projects to show, one per line"),
        )
        self.finish()
