"""The Candidate tab: who is coming, and what they care about."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..core.document import MeetingDocument
from .form_base import FormPage


class CandidateForm(FormPage):
    """Name and contact, current title, motivations one per line, internal notes."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.name_edit = self.add_line(self.tr("&Name:"), "candidate.name")
        self.email_edit = self.add_line(self.tr("&Email:"), "candidate.email")
        self.phone_edit = self.add_line(self.tr("&Phone:"), "candidate.phone")
        self.title_edit = self.add_line(
            self.tr("Current &title:"),
            "candidate.current_title",
            placeholder=self.tr("e.g. Senior developer at a bank"),
        )
        self.motivations_edit = self.add_lines(
            self.tr("&Motivations:"),
            "candidate.motivations",
            placeholder=self.tr(
                "What they look for in their next job, one per line.\n"
                "The coach checks that the pitch answers each one."
            ),
        )
        self.notes_edit = self.add_text(
            self.tr("N&otes:"),
            "candidate.notes",
            internal=True,
            placeholder=self.tr("For the panel only"),
        )
        self.finish()
