"""The declined-offer survey from the Outcome tab: preview the PDF, import a filled one."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ...domain import rules
from ...fileio import read_sent_file
from ..shared import messages
from ..shared.i18n import told

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..core.document import MeetingDocument
    from ..shared.documents import PdfPreviewDialog

PDF_FILTER = "PDF files (*.pdf)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyActions", text)


def suggested_name(candidate: str, meeting_id: str) -> str:
    """ "decline-survey-sanna-jarvinen.pdf", or the meeting id where there is no name.

    Both are made plain: an id comes from whoever wrote an imported file, so it
    may hold anything, "../" or a folder's name included.
    """
    return f"decline-survey-{_slug(candidate) or _slug(meeting_id) or 'meeting'}.pdf"


def _slug(text: str) -> str:
    # Accents go (ä to a) so the name survives any file system and mail attachment.
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")[:60]


def anonymous_name(role: str) -> str:
    """ "decline-survey-backend-developer.pdf": the role only, never the candidate."""
    plain = unicodedata.normalize("NFKD", role).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")
    return f"decline-survey-{slug or 'anonymous'}.pdf"


class OutcomeView(Protocol):
    """What the survey's actions need of the Outcome tab: the meeting, and a widget to
    parent their dialogs."""

    doc: MeetingDocument

    def window(self) -> QWidget: ...


class SurveyActions(QObject):
    """Acts for one Outcome tab on its document."""

    def __init__(self, tab: OutcomeView):
        super().__init__(tab)
        self.tab = tab
        self.dialog: PdfPreviewDialog | None = None

    def preview(self, anonymous: bool = True) -> PdfPreviewDialog | None:
        """Make the survey PDF and show it, ready to save or print; None if it failed.
        The anonymous one names neither the candidate nor the meeting, its file name
        included."""
        from ...export.decline_survey import export_decline_survey
        from ..shared.documents import PdfPreviewDialog, busy_cursor

        meeting = self.tab.doc.meeting
        try:
            with busy_cursor():
                data = export_decline_survey(meeting, anonymous=anonymous)
        except Exception as exc:  # noqa: BLE001 (any failure of the PDF export reaches the user)
            messages.show_error(
                self.tab,
                _tr("Could not make the PDF"),
                _tr("The survey could not be made: {0}").format(str(exc)),
            )
            return None
        name = meeting.candidate.name.strip()
        if anonymous:
            title = _tr("Anonymous declined offer survey: {0}").format(meeting.role.title)
            suggested = anonymous_name(meeting.role.title)
        else:
            title = _tr("Declined offer survey: {0}").format(name or meeting.title)
            suggested = suggested_name(name, meeting.id)
        dialog = PdfPreviewDialog(data, title=title, suggested_name=suggested, parent=self.tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def import_survey(self, path: Path | None = None) -> bool:
        """Read a filled survey into the outcome as one undoable edit; False if nothing
        changed (the user has been told why)."""
        from ...domain.serialize import copy_meeting, meeting_to_dict
        from ...export.survey_import import SurveyFormError, apply_decline_survey
        from ..core.commands import ReplaceMeetingCommand

        doc, title = self.tab.doc, _tr("Import filled survey")
        if doc.read_only:
            messages.show_error(
                self.tab, title, _tr("This meeting is open read-only: nothing can be imported.")
            )
            return False
        if path is None:
            path = messages.ask_open_file(self.tab, title, _tr(PDF_FILTER))
            if path is None:
                return False
        path = Path(path)
        try:
            data = read_sent_file(path, rules.DEBRIEF_FORM_MAX_BYTES)
        except OSError as exc:
            messages.show_error(
                self.tab,
                title,
                _tr("{0} cannot be read: {1}").format(path.name, told(exc)),
            )
            return False
        if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
            messages.show_error(
                self.tab, title, _tr("{0} is far too large to be a survey.").format(path.name)
            )
            return False
        updated = copy_meeting(doc.meeting)
        try:
            changes = apply_decline_survey(updated, data)
        except SurveyFormError as exc:
            reason = told(exc)
            messages.show_error(
                self.tab, title, _tr("Nothing was imported from {0}: {1}").format(path.name, reason)
            )
            return False
        if not changes:
            messages.show_info(
                self.tab, title, _tr("{0} holds nothing new for this outcome.").format(path.name)
            )
            return False
        doc.push(ReplaceMeetingCommand(doc, meeting_to_dict(updated), title))
        messages.show_info(
            self.tab,
            title,
            _tr("The outcome now has the survey's answers (Undo takes them back):\n\n{0}").format(
                "\n".join(told(line) for line in changes)
            ),
        )
        return True
