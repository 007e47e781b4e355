"""Exporting everything stored about the current meeting's candidate, as JSON or PDF."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import StoreError
from ..shared import messages
from ..shared.i18n import told

if TYPE_CHECKING:
    from ..window.frame import WindowFrame

PDF_FILTER = "PDF document (*.pdf);;JSON data (*.json)"


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("AccessExport", text, None, count)


def suggested_name(candidate: str) -> str:
    """A file name for the export that says whose data it is."""
    cleaned = "".join(ch for ch in candidate if ch.isalnum() or ch in " -_").strip()
    return f"{cleaned or _tr('candidate')} - personal data.pdf"


def _with_suffix(path: Path) -> Path:
    """``path``, ending in .json or .pdf (.pdf added when it ends in neither)."""
    if path.suffix.lower() in (".json", ".pdf"):
        return path
    return path.with_name(path.name + ".pdf")


def export_candidate_data(
    window: WindowFrame, clock: Callable[[], datetime], path: Path | None = None
) -> Path | None:
    """Ask where to save (unless ``path`` is given) and write the export; the path written."""
    from ...domain.access import access_report
    from ...fileio import write_atomically
    from ...store.privacy import candidate_meetings

    doc = window.current_doc
    if doc is None:
        messages.show_info(
            window,
            _tr("Export personal data"),
            _tr("Select a meeting first: the export covers its candidate."),
        )
        return None
    # Every open meeting as it is on screen, so the export misses no recent edit.
    window.autosaver.flush()
    if path is None:
        path = messages.ask_save_path(
            window,
            _tr("Export everything about this candidate"),
            suggested_name(doc.meeting.candidate.name),
            _tr(PDF_FILTER),
            _with_suffix,
        )
        if path is None:
            return None
    path = _with_suffix(path)
    try:
        meetings = candidate_meetings(window.store, doc.meeting_id)
        report = access_report(meetings, clock())
        if path.suffix.lower() == ".json":
            data = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        else:
            from ...export.access_pdf import build_access_pdf

            data = build_access_pdf(report)
        write_atomically(path, data)
    except (StoreError, OSError) as error:
        detail = told(error)
        messages.show_error(window, _tr("Export not written"), detail)
        return None
    window.statusBar().showMessage(
        _tr("Wrote everything stored about {0} (%n meetings) to {1}", len(meetings)).format(
            doc.meeting.candidate.name or doc.meeting.title, path.name
        )
    )
    messages.saved(window, path)
    return path
