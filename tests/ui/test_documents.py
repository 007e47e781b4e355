"""The three PDFs in the app: rendered, previewed, saved and printed."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.ui.shared import documents, messages
from meeting_planner.ui.shared.documents import (
    PdfPreviewDialog,
    preview_document,
    render_document,
    suggested_file_name,
)

NOW = datetime(2026, 11, 20, 9, 0)


def _text(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    meeting = sample_meeting(NOW)
    return {kind: render_document(kind, meeting) for kind in documents.KINDS}


@pytest.mark.parametrize("kind", documents.KINDS)
def test_each_document_renders_and_previews(qtbot, rendered, kind: str) -> None:
    data = rendered[kind]
    assert data.startswith(b"%PDF")
    assert "Järvinen" in _text(data)
    dialog = PdfPreviewDialog(data, title=kind)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count > 0
    assert dialog.pages_label.text().endswith(("pages", "page"))
    assert dialog.print_button.isEnabled()


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown document kind"):
        render_document("invoice", sample_meeting(NOW))


def test_save_as_writes_the_pdf_where_the_user_chose(qtbot, rendered, tmp_path, monkeypatch):
    asked = []

    def ask(parent, title, suggested, file_filter):
        asked.append(suggested)
        return tmp_path / "brief"

    monkeypatch.setattr(messages, "ask_save_file", ask)
    dialog = PdfPreviewDialog(rendered["brief"], title="Brief", suggested_name="sanna-brief.pdf")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["sanna-brief.pdf"]
    saved = tmp_path / "brief.pdf"
    assert saved.read_bytes() == rendered["brief"]
    assert dialog.saved_path == saved


def test_save_as_cancelled_writes_nothing(qtbot, rendered, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: None)
    dialog = PdfPreviewDialog(rendered["agenda"], title="Agenda")
    qtbot.addWidget(dialog)
    assert dialog.save_as() is None
    assert list(tmp_path.iterdir()) == []


def test_a_save_that_fails_tells_the_user(qtbot, rendered, tmp_path, monkeypatch) -> None:
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda p, t, text: errors.append(text))
    dialog = PdfPreviewDialog(rendered["agenda"], title="Agenda")
    qtbot.addWidget(dialog)
    assert dialog.save_as(tmp_path / "missing-folder" / "agenda.pdf") is None
    assert errors and "missing-folder" in errors[0]


def test_print_renders_every_page_to_the_printer(qtbot, rendered, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"

    def printer_to_file(parent):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(documents, "ask_printer", printer_to_file)
    dialog = PdfPreviewDialog(rendered["debrief"], title="Debrief")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    printed = out.read_bytes()
    assert printed.startswith(b"%PDF")
    assert len(pypdf.PdfReader(io.BytesIO(printed)).pages) == dialog.page_count


def test_print_cancelled_prints_nothing(qtbot, rendered, monkeypatch) -> None:
    monkeypatch.setattr(documents, "ask_printer", lambda parent: None)
    dialog = PdfPreviewDialog(rendered["brief"], title="Brief")
    qtbot.addWidget(dialog)
    assert dialog.print_document() is False


def test_preview_warns_about_characters_the_pdf_cannot_show(qtbot) -> None:
    meeting = sample_meeting(NOW)
    meeting.candidate.name = "王芳"
    dialog = preview_document(None, "agenda", meeting)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert not dialog.warnings_label.isHidden()
    assert "王" in dialog.warnings_label.text()
    assert dialog.suggested_name.endswith("-agenda-2026-11-23.pdf")


def test_preview_without_warnings_hides_the_warning(qtbot) -> None:
    dialog = preview_document(None, "brief", sample_meeting(NOW))
    qtbot.addWidget(dialog)
    assert dialog.warnings_label.isHidden()
    assert dialog.page_count > 0


def test_a_failed_export_is_shown_not_raised(qtbot, monkeypatch) -> None:
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda p, t, text: errors.append(text))

    def broken(kind, meeting, paper="a4"):
        raise OSError("font file missing")

    monkeypatch.setattr(documents, "render_document", broken)
    assert preview_document(None, "brief", sample_meeting(NOW)) is None
    assert "font file missing" in errors[0]


def test_file_names_are_safe() -> None:
    meeting = sample_meeting(NOW)
    meeting.candidate.name = "../Ana / Lima"
    name = suggested_file_name("brief", meeting)
    assert "/" not in name and not name.startswith(".")
    assert name == "ana-lima-brief-2026-11-23.pdf"


def test_importing_the_module_loads_neither_qtpdf_nor_reportlab() -> None:
    code = (
        "import sys, meeting_planner.ui.shared.documents, meeting_planner.ui.shared.file_actions;"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'PySide6.QtPdf',"
        " 'PySide6.QtPrintSupport'))))"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_name_completed_onto_an_existing_file_is_asked_about_first(
    qtbot, rendered, tmp_path, monkeypatch
) -> None:
    """The file dialog asks about "brief"; the app saves "brief.pdf", so it asks too."""
    existing = tmp_path / "brief.pdf"
    existing.write_bytes(b"keep")
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: tmp_path / "brief")
    monkeypatch.setattr(
        messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or next(answers)
    )
    dialog = PdfPreviewDialog(rendered["brief"], title="Brief", suggested_name="brief.pdf")
    qtbot.addWidget(dialog)
    assert dialog.save_as() is None
    assert existing.read_bytes() == b"keep"
    assert asked == ["brief.pdf already exists. Replace it?"]
    assert dialog.save_as() == existing
    assert existing.read_bytes() == rendered["brief"]
