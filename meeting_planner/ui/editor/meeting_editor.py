"""The editor for one meeting: a summary header above one tab per part of the meeting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.document import MeetingDocument
from .header import MeetingHeader
from .page_tabs import PageTabs

if TYPE_CHECKING:
    from ..agenda.editor import AgendaEditor
    from .candidate_form import CandidateForm
    from .case_form import CaseForm
    from .criteria_form import CriteriaForm
    from .form_base import FormPage
    from .offer_form import OfferForm
    from .overview_form import OverviewForm
    from .people_form import PeopleForm
    from .role_form import RoleForm

# The built-in tabs' places, in the order a manager prepares.
OVERVIEW, CANDIDATE, ROLE, OFFER, PEOPLE, AGENDA, CASE, CRITERIA = range(8)

Page = TypeVar("Page", bound=QWidget)
# A built-in page: each has review comments' markers (comment_activated).
Linked = TypeVar("Linked", "FormPage", "PeopleForm", "AgendaEditor", "CriteriaForm")


class MeetingEditor(QWidget):
    """All of a meeting's parts in tabs; every edit goes through the document's undo stack.

    Only the tab on screen is built: each other tab is made the first time it is
    shown or its page (``overview``, ``agenda_editor``...) is asked for, so opening a
    meeting costs one page, not all of them.
    """

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.header = MeetingHeader(doc, self)
        self.tabs = PageTabs(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        pages: tuple[tuple[Callable[[], QWidget], str], ...] = (
            (self._make_overview, self.tr("Overview")),
            (self._make_candidate, self.tr("Candidate")),
            (self._make_role, self.tr("Role")),
            (self._make_offer, self.tr("Offer")),
            (self._make_people, self.tr("People")),
            (self._make_agenda, self.tr("Agenda")),
            (self._make_case, self.tr("Case")),
            (self._make_criteria, self.tr("Criteria")),
        )
        for build, title in pages:
            self.tabs.add_page(build, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def add_tab(self, page: QWidget | Callable[[], QWidget], title: str) -> int:
        """Add a tab after the built-in ones (features such as the debrief use this):
        a page, or what makes it when the tab is first shown or its page asked for."""
        if isinstance(page, QWidget):
            return self.tabs.addTab(page, title)
        return self.tabs.add_page(page, title)

    def find_page(self, kind: type[Page]) -> Page | None:
        """The page of type ``kind`` among the tabs features added (built if need be)."""
        for page in self.tabs.built_pages():
            if isinstance(page, kind):
                return page
        for index in range(CRITERIA + 1, self.tabs.count()):
            if not self.tabs.is_built(index):
                page = self.tabs.widget(index)
                if isinstance(page, kind):
                    return page
        return None

    # -- the built-in pages, each made when first needed --------------------------------
    @property
    def overview(self) -> OverviewForm:
        return self.tabs.widget(OVERVIEW)  # type: ignore[return-value]

    @property
    def candidate(self) -> CandidateForm:
        return self.tabs.widget(CANDIDATE)  # type: ignore[return-value]

    @property
    def role(self) -> RoleForm:
        return self.tabs.widget(ROLE)  # type: ignore[return-value]

    @property
    def offer(self) -> OfferForm:
        return self.tabs.widget(OFFER)  # type: ignore[return-value]

    @property
    def people(self) -> PeopleForm:
        return self.tabs.widget(PEOPLE)  # type: ignore[return-value]

    @property
    def agenda_editor(self) -> AgendaEditor:
        return self.tabs.widget(AGENDA)  # type: ignore[return-value]

    @property
    def case(self) -> CaseForm:
        return self.tabs.widget(CASE)  # type: ignore[return-value]

    @property
    def criteria(self) -> CriteriaForm:
        return self.tabs.widget(CRITERIA)  # type: ignore[return-value]

    def _linked(self, page: Linked) -> Linked:
        """``page``, whose review comments' markers open the comment where the Comments
        tab shows it."""
        page.comment_activated.connect(self.focus_target)
        return page

    def _make_overview(self) -> QWidget:
        from .overview_form import OverviewForm

        return self._linked(OverviewForm(self.doc))

    def _make_candidate(self) -> QWidget:
        from .candidate_form import CandidateForm

        return self._linked(CandidateForm(self.doc))

    def _make_role(self) -> QWidget:
        from .role_form import RoleForm

        return self._linked(RoleForm(self.doc))

    def _make_offer(self) -> QWidget:
        from .offer_form import OfferForm

        return self._linked(OfferForm(self.doc))

    def _make_people(self) -> QWidget:
        from .people_form import PeopleForm

        return self._linked(PeopleForm(self.doc))

    def _make_agenda(self) -> QWidget:
        from ..agenda.editor import AgendaEditor

        agenda = AgendaEditor(self.doc)
        agenda.finding_activated.connect(self.focus_target)
        return self._linked(agenda)

    def _make_case(self) -> QWidget:
        from .case_form import CaseForm

        return self._linked(CaseForm(self.doc))

    def _make_criteria(self) -> QWidget:
        from .criteria_form import CriteriaForm

        return self._linked(CriteriaForm(self.doc))

    @property
    def forms(self) -> list[FormPage]:
        return [self.overview, self.candidate, self.role, self.offer, self.case]

    def focus_target(self, target: str) -> None:
        """Show and focus what a coach finding points at: a field path or ``block:<id>``;
        ``comment:<id>`` goes to the tab that handles it (the Comments tab)."""
        if target.startswith("block:") or target == "agenda":
            self.tabs.setCurrentIndex(AGENDA)
            if target.startswith("block:"):
                self.agenda_editor.select_block(target.removeprefix("block:"))
            else:
                self.agenda_editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if target == "participants" or target.startswith("participants."):
            self.tabs.setCurrentIndex(PEOPLE)
            self.people.focus_people()
            return
        if target == "criteria" or target.startswith("criteria."):
            self.tabs.setCurrentIndex(CRITERIA)
            self.criteria.focus_criteria()
            return
        forms = self.forms
        for form in forms:
            if form.handles(target):
                self.tabs.setCurrentWidget(form)
                form.focus_path(target)
                return
        # Tabs that features add (the feedback composer...) say themselves what they show.
        for index in range(CRITERIA + 1, self.tabs.count()):
            page = self.tabs.widget(index)
            handles = getattr(page, "handles", None)
            if handles is not None and handles(target):
                self.tabs.setCurrentWidget(page)
                page.focus_path(target)
                return
        # Anything else about the meeting as a whole (its time, its plan) lives on Overview.
        self.tabs.setCurrentIndex(OVERVIEW)
        self.overview.focus_path("title")
