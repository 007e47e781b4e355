"""PDF exports of a meeting: the manager's brief and the candidate's agenda, as bytes.

Importing this package is cheap: reportlab loads only when an export runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.coach import Review
    from ..domain.model import Meeting

__all__ = ["PAPERS", "export_agenda", "export_brief", "export_warnings"]

PAPERS = ("a4", "letter")


def export_brief(meeting: Meeting, *, paper: str = "a4", review: Review | None = None) -> bytes:
    """The manager's brief for ``meeting``: internal, marked confidential."""
    from .brief import build_brief

    return build_brief(meeting, paper=paper, review=review)


def export_agenda(meeting: Meeting, *, paper: str = "a4") -> bytes:
    """The agenda to send the candidate: nothing internal in it."""
    from .agenda import build_agenda

    return build_agenda(meeting, paper=paper)


def export_warnings(meeting: Meeting, language: str = "en", document: str = "") -> list[str]:
    """What a person should know before sending the PDFs, in plain words (empty if
    nothing), in ``language``: about ``document`` ("agenda": only what the candidate's
    agenda shows), else about every text of the meeting."""
    from ..domain.phrases import text
    from .text import collect_missing, missing_glyphs

    if document == "agenda":
        from ..domain.candidate_view import candidate_view, plain_text

        missing = missing_glyphs(plain_text(candidate_view(meeting)))
    else:
        missing = collect_missing(meeting)
    if not missing:
        return []
    shown = " ".join(sorted(missing))
    return [
        text(
            language,
            "These characters are not in the PDF font and will not show: {characters}",
            characters=shown,
        )
    ]
