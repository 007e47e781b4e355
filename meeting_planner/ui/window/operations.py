"""What the main window's menu commands do: create, copy, delete, import, export, preview."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from ... import __version__
from ...store.errors import StoreError
from ..shared import messages
from ..shared.formatting import format_moment
from ..shared.i18n import told

if TYPE_CHECKING:
    from .frame import WindowFrame
    from .welcome import WelcomeDialog

MEETING_FILTER = "Meeting files (*.meeting.json);;All files (*)"
PDF_FILTER = "PDF files (*.pdf)"
# Set once the app has asked which country's public holidays count (see new_meeting).
COUNTRY_ASKED_SETTING = "country_asked"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MeetingOps(QObject):
    """The main window's commands on meetings and files; dialogs go through ui.messages."""

    def __init__(self, window: WindowFrame):
        super().__init__(window)
        self.window = window

    @property
    def store(self):
        return self.window.store

    # -- creating ------------------------------------------------------------------
    def new_meeting(self) -> bool:
        from ..dialogs.new_meeting_dialog import NewMeetingDialog

        dialog = NewMeetingDialog(
            self.store.templates.list(), self.store.profile.get(), parent=self.window
        )
        if messages.run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        meeting = dialog.meeting()
        if self._needs_country(meeting.language):
            meeting.country = self._ask_country_once()
        return self.window.add_meeting(meeting)

    def _needs_country(self, language: str) -> bool:
        from ...domain.workdays import needs_country

        asked = self.store.settings.get(COUNTRY_ASKED_SETTING, False)
        return not asked and needs_country(language, self.store.profile.get().country)

    def _ask_country_once(self) -> str:
        """Which country's holidays count, asked the first time an English meeting is made
        without one in the profile; the answer is kept in the profile."""
        from ..shared.countries import ask_country

        country = ask_country(self.window)
        if country is None:
            return ""
        try:
            if country:
                profile = self.store.profile.get()
                profile.country = country
                self.store.profile.save(profile)
            self.store.settings.set(COUNTRY_ASKED_SETTING, True)
        except StoreError as error:
            messages.show_error(self.window, _tr("Employer profile"), told(error))
        return country

    def new_from_sample(self) -> bool:
        from ...domain.sample import sample_meeting

        return self.window.add_meeting(sample_meeting(datetime.now()))

    def duplicate(self) -> bool:
        from ...domain.model import Status, new_id
        from ...domain.serialize import copy_meeting

        doc = self.window.current_doc
        if doc is None:
            return False
        copy = copy_meeting(doc.meeting)
        copy.id = new_id()
        copy.title = _tr("{0} (copy)").format(doc.meeting.title or doc.meeting.role.title)
        copy.status = Status.PLANNED if copy.ended_at is None else copy.status
        return self.window.add_meeting(copy)

    def save_as_template(self) -> bool:
        from ...domain.templates import template_from_meeting

        doc = self.window.current_doc
        if doc is None:
            return False
        suggested = doc.meeting.title or doc.meeting.role.title
        name = messages.ask_text(
            self.window,
            _tr("Save as template"),
            _tr("Template name (the candidate, debrief and notes are left out):"),
            suggested,
        )
        if not name:
            return False
        if self.store.templates.get(name, doc.meeting.language) is not None and not (
            messages.ask_yes_no(
                self.window,
                _tr("Replace template"),
                _tr("You already have a template named {0}. Replace it?").format(name),
            )
        ):
            return False
        template = template_from_meeting(doc.meeting, name=name, title=name)
        try:
            self.store.templates.save(template)
        except StoreError as error:
            messages.show_error(self.window, _tr("Template not saved"), told(error))
            return False
        self.window.statusBar().showMessage(
            _tr("Saved the template {0}; it is offered under File > New meeting.").format(name)
        )
        return True

    def delete(self) -> bool:
        doc = self.window.current_doc
        if doc is None:
            return False
        meeting = doc.meeting
        who = meeting.candidate.name or meeting.title or _tr("this meeting")
        if not messages.ask_yes_no(
            self.window,
            _tr("Delete meeting"),
            _tr(
                "Delete the meeting with {0} on {1}? Its plan, debrief and notes are removed "
                "and this cannot be undone."
            ).format(who, format_moment(meeting.start)),
        ):
            return False
        from ..reach.sending import offer_cancellation

        if not offer_cancellation(self.window, doc):
            return False
        from ...teamfolder.withdraw import shared_copies, withdraw

        shared = shared_copies(self.store, [meeting])
        try:
            report = self.store.meetings.delete(meeting.id)
        except StoreError as error:
            messages.show_error(self.window, _tr("Meeting not deleted"), told(error))
            return False
        self.window.forget(meeting.id)
        self.window.list_panel.model.remove(meeting.id)
        # The store's own file in the team folder holds the candidate too.
        notes = [*report.notes, *withdraw(shared)]
        if notes:
            messages.show_info(
                self.window,
                _tr("Meeting deleted"),
                "\n\n".join(told(note) for note in notes),
            )
        return True

    # -- files ---------------------------------------------------------------------
    def import_files(self, paths: list[Path] | None = None) -> list[str]:
        from ..shared.file_actions import import_meeting_files

        if paths is None:
            paths = messages.ask_open_files(
                self.window, _tr("Import meeting files"), _tr(MEETING_FILTER)
            )
        if not paths:
            return []
        # What is open is saved first, so a file's changes are shown against it.
        self.window.save_now()
        new_ids = import_meeting_files(
            self.window, self.store, paths, open_doc=self.window.docs.get
        )
        if new_ids:
            self.window.reload_list()
            self.window.select_meeting(new_ids[0])
        return new_ids

    def export_file(self, plan_only: bool) -> None:
        from ..shared.file_actions import export_meeting_file

        doc = self.window.current_doc
        if doc is not None:
            self.window.autosaver.flush(doc)
            export_meeting_file(self.window, doc.meeting, plan_only=plan_only)

    def import_debrief(self, path: Path | None = None) -> bool:
        from ..shared.file_actions import import_debrief_form

        doc = self.window.current_doc
        if doc is None:
            messages.show_error(
                self.window,
                _tr("No meeting selected"),
                _tr("Select the meeting the debrief form belongs to, then import it again."),
            )
            return False
        if path is None:
            path = messages.ask_open_file(
                self.window, _tr("Import filled debrief form"), _tr(PDF_FILTER)
            )
        return path is not None and import_debrief_form(self.window, doc, path, store=self.store)

    def open_dropped(self, paths: list[Path]) -> None:
        """Meeting files dropped on the window are imported, PDFs read as debrief forms."""
        if self.window.read_only:
            messages.show_error(
                self.window,
                _tr("Read-only"),
                _tr("These meetings are open read-only, so nothing can be imported."),
            )
            return
        pdfs = [p for p in paths if p.suffix.lower() == ".pdf"]
        meeting_files = [p for p in paths if p not in pdfs]
        if meeting_files:
            self.import_files(meeting_files)
        for pdf in pdfs:
            self.import_debrief(pdf)

    def show_document(self, kind: str) -> None:
        from ..shared.documents import preview_document

        doc = self.window.current_doc
        if doc is None:
            return
        if kind == "agenda":
            from ..shared.preflight_dialog import preflight_passes

            if not preflight_passes(self.window, "agenda", doc.meeting, self.go_to):
                return
        dialog = preview_document(self.window, kind, doc.meeting)
        if dialog is not None and kind == "agenda":
            from ..reach.sending import invite_beside

            dialog.saved.connect(lambda path: invite_beside(dialog, doc, path))

    def go_to(self, target: str) -> None:
        """Show what a coach finding or a preflight issue points at in the open meeting."""
        doc = self.window.current_doc
        editor = self.window.editors.get(doc.meeting.id) if doc is not None else None
        if editor is not None:
            editor.focus_target(target)

    # -- other dialogs -------------------------------------------------------------
    def edit_profile(self) -> bool:
        from ..dialogs.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.store.profile.get(), self.window)
        if messages.run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        try:
            self.store.profile.save(dialog.profile())
        except StoreError as error:
            messages.show_error(self.window, _tr("Profile not saved"), told(error))
            return False
        self.window.statusBar().showMessage(_tr("Employer profile saved."))
        return True

    def show_about(self) -> None:
        messages.show_info(
            self.window,
            _tr("About Meeting Planner"),
            _tr(
                "Meeting Planner {0}\n\nPlans job interviews as candidate meetings: "
                "an agenda that sells the role, a short case and a two-way dialogue, "
                "a coach that checks the balance, and an answer to every candidate "
                "within 48 hours.\n\nYour meetings are stored in {1}. "
                "The app works offline and sends nothing anywhere."
            ).format(__version__, self.store.data_dir),
        )

    def offer_welcome(self) -> WelcomeDialog:
        from .welcome import WelcomeDialog

        dialog = WelcomeDialog(self.window, self.store.profile.get())
        dialog.finished.connect(lambda _result: self._welcome_chosen(dialog))
        self.window.welcome = dialog
        dialog.open()
        return dialog

    def _welcome_chosen(self, dialog: WelcomeDialog) -> None:
        from .welcome import WelcomeChoice

        self.window.welcome = None
        profile = dialog.profile()
        if profile is not None:
            try:
                self.store.profile.save(profile)
            except StoreError as error:
                messages.show_error(self.window, _tr("Profile not saved"), told(error))
        choice = dialog.choice
        if choice is WelcomeChoice.SAMPLE:
            self.new_from_sample()
        elif choice is WelcomeChoice.TEMPLATE:
            self.new_meeting()
