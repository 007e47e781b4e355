"""The Outcome tab: the offer, decline reasons and survey answers as undoable edits, the
survey PDF preview and the import of a filled survey."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import Qt

from meeting_planner.domain.enums import DeclineCategory, OfferResult
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export.decline_survey import export_decline_survey
from meeting_planner.store import Store
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.outcome import OutcomeTab
from meeting_planner.ui.shared import i18n, messages
from meeting_planner.ui.window import features
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def doc(qtbot) -> MeetingDocument:
    return MeetingDocument(sample_meeting(NOW))


@pytest.fixture
def tab(qtbot, doc) -> OutcomeTab:
    widget = OutcomeTab(doc)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, title, text: said.append(("info", text)))
    monkeypatch.setattr(
        messages, "show_error", lambda _p, title, text: said.append(("error", text))
    )
    return said


def test_the_main_window_gives_every_meeting_an_outcome_tab(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(features, "FEATURE_MODULES", ("outcome",))
    with Store(tmp_path / "store") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        meeting = sample_meeting(NOW)
        assert window.add_meeting(meeting)
        window.select_meeting(meeting.id)
        editor = window.editors[meeting.id]
        titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert titles[-1] == "Outcome"
        assert isinstance(editor.tabs.widget(editor.tabs.count() - 1), OutcomeTab)


def test_offer_and_answer_are_undoable_and_the_answer_waits_for_an_offer(tab, doc):
    assert not tab.result.isEnabled()
    tab.offer_made.click()
    assert doc.meeting.outcome.offer_made
    assert tab.result.isEnabled()
    tab.result.setCurrentIndex(tab.result.findData(OfferResult.DECLINED))
    assert doc.meeting.outcome.result == OfferResult.DECLINED
    doc.undo_stack.undo()
    assert doc.meeting.outcome.result == OfferResult.PENDING
    assert tab.result.currentData() == OfferResult.PENDING
    doc.undo_stack.undo()
    assert not doc.meeting.outcome.offer_made
    assert not tab.offer_made.isChecked()


def test_naming_a_reason_defaults_whether_we_can_act_on_it(qtbot, tab, doc):
    pay, other = (
        tab.reason_rows[DeclineCategory.COMPENSATION],
        tab.reason_rows[DeclineCategory.OTHER],
    )
    assert not pay.text.isEnabled()
    pay.named.click()
    other.named.click()
    reasons = {r.category: r for r in doc.meeting.outcome.decline_reasons}
    assert reasons[DeclineCategory.COMPENSATION].can_act
    assert not reasons[DeclineCategory.OTHER].can_act
    assert pay.controllable.isChecked() and not other.controllable.isChecked()
    qtbot.keyClicks(other.text, "Moving to Oslo")
    other.controllable.click()
    reasons = {r.category: r for r in doc.meeting.outcome.decline_reasons}
    assert reasons[DeclineCategory.OTHER].text == "Moving to Oslo"
    assert reasons[DeclineCategory.OTHER].controllable is True
    # The typing is one step, the tick another.
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert next(r for r in doc.meeting.outcome.decline_reasons if r.category == "other").text == ""
    assert other.text.text() == ""
    pay.named.click()
    assert [r.category for r in doc.meeting.outcome.decline_reasons] == [DeclineCategory.OTHER]
    doc.undo_stack.undo()
    assert len(doc.meeting.outcome.decline_reasons) == 2
    assert pay.named.isChecked()


def test_survey_answers_are_typed_and_undone_as_one_step(qtbot, tab, doc):
    edit = tab.answers["deciding_factors"]
    qtbot.keyClicks(edit, "The other offer came first")
    assert doc.meeting.outcome.survey_answers == {"deciding_factors": "The other offer came first"}
    doc.undo_stack.undo()
    assert doc.meeting.outcome.survey_answers == {}
    assert edit.toPlainText() == ""


def test_the_survey_pdf_is_previewed_ready_to_save(qtbot, tab, tmp_path, monkeypatch):
    # Anonymous first: no name, not even in the file name; only the role and month.
    qtbot.mouseClick(tab.survey_button, Qt.MouseButton.LeftButton)
    dialog = tab.survey.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.suggested_name == "decline-survey-backend-developer.pdf"
    saved = dialog.save_as(tmp_path / "anonymous.pdf")
    fields = PdfReader(saved).get_fields()
    assert "mp_meeting_id" not in fields
    assert fields["mp_role"]["/V"] == "Backend developer"
    dialog.close()
    qtbot.mouseClick(tab.named_survey_button, Qt.MouseButton.LeftButton)
    dialog = tab.survey.dialog
    assert dialog.suggested_name == "decline-survey-sanna-jarvinen.pdf"
    saved = dialog.save_as(tmp_path / "survey.pdf")
    fields = PdfReader(saved).get_fields()
    assert fields["mp_meeting_id"]["/V"] == tab.doc.meeting.id
    dialog.close()


def test_a_manual_click_on_we_can_act_is_never_inverted(qtbot, tab, doc):
    location = tab.reason_rows[DeclineCategory.LOCATION]
    chemistry = tab.reason_rows[DeclineCategory.CHEMISTRY]
    location.named.click()
    chemistry.named.click()
    # By the category: the chemistry in the room is ours to act on, the location is not.
    assert chemistry.controllable.isChecked() and not location.controllable.isChecked()
    location.controllable.click()
    chemistry.controllable.click()
    reasons = {r.category: r for r in doc.meeting.outcome.decline_reasons}
    assert reasons[DeclineCategory.LOCATION].can_act is True
    assert reasons[DeclineCategory.CHEMISTRY].can_act is False
    assert location.controllable.isChecked() and not chemistry.controllable.isChecked()
    qtbot.keyClicks(location.text, "Two hours away")
    assert doc.meeting.outcome.decline_reasons[0].can_act is True, "typing keeps the click"


def test_importing_a_filled_survey_is_one_undoable_step(tab, doc, tmp_path, told, monkeypatch):
    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(export_decline_survey(doc.meeting, anonymous=False)))
    )
    writer.update_page_form_field_values(
        None,
        {"answer_positives": "The case felt real", "reason_flexibility": "/Yes"},
        auto_regenerate=False,
    )
    path = tmp_path / "filled.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    monkeypatch.setattr(messages, "ask_open_file", lambda *_: path)
    assert tab.survey.import_survey()
    assert told[-1][0] == "info" and "Reason added: Flexibility" in told[-1][1]
    assert tab.answers["positives"].toPlainText() == "The case felt real"
    assert tab.reason_rows[DeclineCategory.FLEXIBILITY].named.isChecked()
    assert doc.meeting.outcome.result == OfferResult.DECLINED
    doc.undo_stack.undo()
    assert doc.meeting.outcome.is_empty
    assert not tab.reason_rows[DeclineCategory.FLEXIBILITY].named.isChecked()


def test_what_a_survey_brings_and_why_a_file_is_refused_read_in_the_apps_language(
    tab, doc, tmp_path, told, monkeypatch, qapp
):
    path = tmp_path / "filled.pdf"
    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(export_decline_survey(doc.meeting, anonymous=False)))
    )
    writer.update_page_form_field_values(
        None, {"reason_flexibility": "/Yes"}, auto_regenerate=False
    )
    with path.open("wb") as handle:
        writer.write(handle)
    junk = tmp_path / "junk.pdf"
    junk.write_text("not a pdf")
    i18n.install("sv", qapp)
    try:
        assert not tab.survey.import_survey(junk)
        refused = told[-1][1]
        assert not tab.survey.import_survey(tmp_path / "missing.pdf")
        missing = told[-1][1]
        assert tab.survey.import_survey(path)
        brought = told[-1][1]
    finally:
        i18n.install(i18n.ENGLISH, qapp)
    assert refused.endswith("kan inte läsa PDF-filen: filen är ingen PDF")
    assert missing.endswith("Filen eller mappen finns inte")
    # The reason's name is the survey's, in the meeting's language (English here).
    assert "Skäl tillagt: Flexibility" in brought
    assert "Resultat: tackade nej (var: väntar på svar)" in brought


def test_a_wrong_file_is_refused_with_a_reason_and_changes_nothing(tab, doc, tmp_path, told):
    other = sample_meeting(NOW)
    other.candidate.name = "Jonas Berg"
    wrong = tmp_path / "other.pdf"
    wrong.write_bytes(export_decline_survey(other, anonymous=False))
    assert not tab.survey.import_survey(wrong)
    assert told[-1][0] == "error" and "Jonas Berg" in told[-1][1]
    junk = tmp_path / "junk.pdf"
    junk.write_text("not a pdf")
    assert not tab.survey.import_survey(junk)
    assert "not a PDF" in told[-1][1]
    assert not tab.survey.import_survey(Path(tmp_path / "missing.pdf"))
    assert doc.undo_stack.count() == 0


def test_a_read_only_meeting_cannot_be_changed_here(qtbot, told):
    doc = MeetingDocument(sample_meeting(NOW), read_only=True)
    widget = OutcomeTab(doc)
    qtbot.addWidget(widget)
    assert not widget.offer_made.isEnabled()
    assert not widget.import_button.isEnabled()
    assert widget.answers["positives"].isReadOnly()
    assert not widget.reason_rows[DeclineCategory.OTHER].named.isEnabled()
    assert widget.survey_button.isEnabled()


@pytest.mark.parametrize(
    "meeting_id, expected",
    [
        ("../../.ssh/authorized_keys", "decline-survey-ssh-authorized-keys.pdf"),
        ("C:\\Users\\x\\..\\evil", "decline-survey-c-users-x-evil.pdf"),
        ("/", "decline-survey-meeting.pdf"),
        ("3f9c0a1b2c3d", "decline-survey-3f9c0a1b2c3d.pdf"),
    ],
)
def test_a_suggested_name_carries_no_path_from_an_imported_id(meeting_id, expected) -> None:
    from meeting_planner.ui.outcome.survey_actions import suggested_name

    assert suggested_name("", meeting_id) == expected
