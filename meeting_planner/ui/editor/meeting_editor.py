"""The editor for one meeting: a summary header above one tab per part of the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..agenda.editor import AgendaEditor
from ..core.document import MeetingDocument
from .candidate_form import CandidateForm
from .case_form import CaseForm
from .criteria_form import CriteriaForm
from .form_base import FormPage
from .header import MeetingHeader
from .offer_form import OfferForm
from .overview_form import OverviewForm
from .people_form import PeopleForm
from .role_form import RoleForm


class MeetingEditor(QWidget):
    """All of a meeting's parts in tabs; every edit goes through the document's undo stack."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.header = MeetingHeader(doc, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        self.overview = OverviewForm(doc)
        self.candidate = CandidateForm(doc)
        self.role = RoleForm(doc)
        self.offer = OfferForm(doc)
        self.people = PeopleForm(doc)
        self.agenda_editor = AgendaEditor(doc)
        self.case = CaseForm(doc)
        self.criteria = CriteriaForm(doc)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.candidate, self.tr("Candidate"))
        self.tabs.addTab(self.role, self.tr("Role"))
        self.tabs.addTab(self.offer, self.tr("Offer"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.agenda_editor, self.tr("Agenda"))
        self.tabs.addTab(self.case, self.tr("Case"))
        self.tabs.addTab(self.criteria, self.tr("Criteria"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.agenda_editor.finding_activated.connect(self.focus_target)
        # A review comment's marker opens the comment where the Comments tab shows it.
        for page in (*self.forms, self.people, self.agenda_editor, self.criteria):
            page.comment_activated.connect(self.focus_target)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab after the built-in ones (features such as the debrief use this)."""
        return self.tabs.addTab(widget, title)

    @property
    def forms(self) -> list[FormPage]:
        return [self.overview, self.candidate, self.role, self.offer, self.case]

    def focus_target(self, target: str) -> None:
        """Show and focus what a coach finding points at: a field path or ``block:<id>``;
        ``comment:<id>`` goes to the tab that handles it (the Comments tab)."""
        if target.startswith("block:") or target == "agenda":
            self.tabs.setCurrentWidget(self.agenda_editor)
            if target.startswith("block:"):
                self.agenda_editor.select_block(target.removeprefix("block:"))
            else:
                self.agenda_editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if target == "participants" or target.startswith("participants."):
            self.tabs.setCurrentWidget(self.people)
            self.people.focus_people()
            return
        if target == "criteria" or target.startswith("criteria."):
            self.tabs.setCurrentWidget(self.criteria)
            self.criteria.focus_criteria()
            return
        for form in self.forms:
            if form.handles(target):
                self.tabs.setCurrentWidget(form)
                form.focus_path(target)
                return
        # Tabs that features add (the feedback composer...) say themselves what they show.
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            handles = getattr(page, "handles", None)
            if page not in self.forms and handles is not None and handles(target):
                self.tabs.setCurrentWidget(page)
                page.focus_path(target)
                return
        # Anything else about the meeting as a whole (its time, its plan) lives on Overview.
        self.tabs.setCurrentWidget(self.overview)
        self.overview.focus_path("title")
