"""One debrief form per interviewer, from the Documents menu: each names its person, and
comes back as their own scorecard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..shared import messages
from ..shared.i18n import told

if TYPE_CHECKING:
    from ...domain.model import Meeting, Participant
    from ..window.frame import WindowFrame


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scorecards", text)


def suggested_name(meeting: Meeting, person: Participant) -> str:
    """ "sanna-jarvinen-debrief-aino-bjork.pdf": the candidate's and the person's names."""

    def slug(text: str) -> str:
        import unicodedata

        plain = unicodedata.normalize("NFKD", text.casefold())
        plain = "".join(c for c in plain if c.isascii())
        return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40]

    who = slug(meeting.candidate.name) or "meeting"
    return f"{who}-debrief-{slug(person.name) or person.id}.pdf"


def save_form(window: WindowFrame, person_id: str, path: Path | None = None) -> Path | None:
    """Save the interviewer's own form for the meeting on screen; returns where it went."""
    from ...export.debrief_form import export_debrief_form
    from ...fileio import write_atomically
    from ..shared.documents import with_pdf_suffix

    doc = window.current_doc
    if doc is None:
        return None
    person = next((p for p in doc.meeting.participants if p.id == person_id), None)
    if person is None:
        return None
    title = _tr("Debrief form for {0}").format(person.name or "?")
    if path is None:
        path = messages.ask_save_path(
            window,
            title,
            suggested_name(doc.meeting, person),
            _tr("PDF files (*.pdf)"),
            with_pdf_suffix,
        )
        if path is None:
            return None
    try:
        write_atomically(path, export_debrief_form(doc.meeting, interviewer=person))
    except OSError as exc:
        messages.show_error(
            window,
            title,
            _tr("The form could not be saved to {0}: {1}").format(str(path), told(exc)),
        )
        return None
    messages.saved(window, path)
    return path
