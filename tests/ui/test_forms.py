"""The editor's form tabs: edits through real widgets land in the meeting and undo exactly."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from meeting_planner.domain.library import library
from meeting_planner.domain.model import Part, SalaryPeriod, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.editor.candidate_form import CandidateForm
from meeting_planner.ui.editor.case_form import CaseForm
from meeting_planner.ui.editor.criteria_form import CriteriaForm, CriteriaModel, questions_for
from meeting_planner.ui.editor.offer_form import OfferForm
from meeting_planner.ui.editor.overview_form import OverviewForm
from meeting_planner.ui.editor.people_form import ParticipantsModel, PeopleForm
from meeting_planner.ui.editor.role_form import RoleForm

NOW = datetime(2026, 11, 20, 9, 0)


def _doc() -> MeetingDocument:
    return MeetingDocument(sample_meeting(NOW))


def _undo_all(doc: MeetingDocument) -> None:
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _set_spin(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_candidate_form_edits_and_undo_restores_exactly(qtbot) -> None:
    doc = _doc()
    before = meeting_to_dict(doc.meeting)
    form = CandidateForm(doc)
    qtbot.addWidget(form)
    _retype(qtbot, form.name_edit, "Ana Lima")
    _retype(qtbot, form.email_edit, "ana@example.org")
    form.motivations_edit.setPlainText("learning\n\nshort commute\n")
    form.notes_edit.setPlainText("Łukasz referred her")
    c = doc.meeting.candidate
    assert (c.name, c.email) == ("Ana Lima", "ana@example.org")
    assert c.motivations == ["learning", "short commute"]
    assert c.notes == "Łukasz referred her"
    _undo_all(doc)
    assert meeting_to_dict(doc.meeting) == before
    assert form.name_edit.text() == before["candidate"]["name"]


def test_internal_fields_are_visibly_marked(qtbot) -> None:
    doc = _doc()
    candidate, case = CandidateForm(doc), CaseForm(doc)
    for form in (candidate, case):
        qtbot.addWidget(form)
    badges = [w.text() for w in candidate.findChildren(QLabel) if w.objectName() == "internalBadge"]
    assert badges == ["Internal"]
    assert candidate.notes_edit.property("internal") is True
    assert candidate.name_edit.property("internal") is None
    assert case.observe_edit.property("internal") is True
    assert "not shared" in candidate.notes_edit.accessibleDescription()


def test_every_field_has_a_label_with_a_buddy_and_an_accessible_name(qtbot) -> None:
    doc = _doc()
    for cls in (OverviewForm, CandidateForm, RoleForm, OfferForm, CaseForm):
        form = cls(doc)
        qtbot.addWidget(form)
        buddies = {label.buddy() for label in form.findChildren(QLabel)}
        for path, widget in form.fields.items():
            assert widget in buddies, (cls.__name__, path)
            assert widget.accessibleName(), (cls.__name__, path)


def test_overview_shows_due_dates_that_follow_the_follow_up_hours(qtbot) -> None:
    doc = _doc()
    form = OverviewForm(doc)
    qtbot.addWidget(form)
    due_before = form.feedback_due.text()
    assert str(doc.meeting.feedback_due.day) in due_before
    _set_spin(qtbot, form.feedback_spin, 24)
    assert doc.meeting.follow_up.feedback_hours == 24
    assert form.feedback_due.text() != due_before
    assert str(doc.meeting.feedback_due.day) in form.feedback_due.text()
    form.status_combo.setCurrentIndex(form.status_combo.findData(Status.HELD))
    assert doc.meeting.status is Status.HELD
    _set_spin(qtbot, form.minutes_spin, 75)
    assert doc.meeting.planned_minutes == 75
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert form.feedback_due.text() == due_before
    assert form.feedback_spin.value() == 48


def test_role_form_lists_one_item_per_line(qtbot) -> None:
    doc = _doc()
    form = RoleForm(doc)
    qtbot.addWidget(form)
    form.stack_edit.setPlainText("Go\nPostgreSQL\nKubernetes")
    assert doc.meeting.role.tech_stack == ["Go", "PostgreSQL", "Kubernetes"]
    _retype(qtbot, form.team_edit, "Payments")
    assert doc.meeting.role.team == "Payments"
    doc.undo_stack.undo()
    assert form.team_edit.text() == doc.meeting.role.team != "Payments"


def test_the_company_is_edited_beside_the_team_and_undone_in_one_step(qtbot) -> None:
    doc = _doc()
    form = RoleForm(doc)
    qtbot.addWidget(form)
    assert form.company_edit.text() == "Nordvik Logistics"
    _retype(qtbot, form.company_edit, "Nordvik Group")
    assert doc.meeting.role.company == "Nordvik Group"
    doc.undo_stack.undo()
    assert doc.meeting.role.company == form.company_edit.text() == "Nordvik Logistics"
    doc.undo_stack.redo()
    assert form.company_edit.text() == "Nordvik Group"
    assert form.widget_for("role.company") is form.company_edit


def test_offer_salary_and_remote_days_can_be_unset(qtbot) -> None:
    doc = _doc()
    before = meeting_to_dict(doc.meeting)
    form = OfferForm(doc)
    qtbot.addWidget(form)
    _set_spin(qtbot, form.salary_min, 48000)
    assert doc.meeting.offer.salary.minimum == 48000
    form.salary_max.setValue(form.salary_max.minimum())
    assert doc.meeting.offer.salary.maximum is None
    assert form.salary_max.text() == "not set"
    form.remote_spin.setValue(0)
    assert doc.meeting.offer.remote_days_per_week == 0
    form.remote_spin.setValue(-1)
    assert doc.meeting.offer.remote_days_per_week is None
    form.period_combo.setCurrentIndex(form.period_combo.findData(SalaryPeriod.YEAR))
    assert doc.meeting.offer.salary.period is SalaryPeriod.YEAR
    form.benefits_edit.setPlainText("Gym\nLunch")
    assert doc.meeting.offer.benefits == ["Gym", "Lunch"]
    _undo_all(doc)
    assert meeting_to_dict(doc.meeting) == before
    assert form.remote_spin.value() == before["offer"]["remote_days_per_week"]


def test_case_fills_from_an_idea_in_one_undoable_step(qtbot) -> None:
    doc = _doc()
    before = meeting_to_dict(doc.meeting)
    form = CaseForm(doc)
    qtbot.addWidget(form)
    idea = library().case_ideas_for("frontend")[0]
    form.idea_combo.setCurrentIndex(form.idea_combo.findData(idea.id))
    qtbot.mouseClick(form.fill_button, Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == 1
    assert doc.meeting.case.title == idea.title == form.title_edit.text()
    assert doc.meeting.case.observe == list(idea.observe)
    _retype(qtbot, form.title_edit, "Our own variant")
    assert doc.meeting.case.title == "Our own variant"
    doc.undo_stack.undo()
    assert doc.meeting.case.title == idea.title
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == before
    assert form.title_edit.text() == before["case"]["title"]
    doc.undo_stack.redo()
    assert doc.meeting.case.title == idea.title


def test_participants_table_edits_add_and_remove_are_undoable(qtbot, qtmodeltester) -> None:
    doc = _doc()
    before = meeting_to_dict(doc.meeting)
    form = PeopleForm(doc)
    qtbot.addWidget(form)
    model = form.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(doc.meeting.participants)
    name = model.index(0, ParticipantsModel.COL_NAME)
    assert model.setData(name, "Σοφία Παπαδοπούλου")
    assert doc.meeting.participants[0].name == "Σοφία Παπαδοπούλου"
    part = model.index(0, ParticipantsModel.COL_PART)
    assert model.setData(part, Part.RECRUITER.value)
    assert doc.meeting.participants[0].part is Part.RECRUITER
    assert model.data(part) == "Recruiter"
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == len(before["participants"]) + 1
    form.table.selectRow(0)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert len(doc.meeting.participants) == len(before["participants"])
    assert doc.meeting.participants[0].id != before["participants"][0]["id"]
    qtmodeltester.check(model)
    _undo_all(doc)
    assert meeting_to_dict(doc.meeting) == before
    assert model.data(model.index(0, 0)) == before["participants"][0]["name"]


def test_criteria_move_up_ranks_and_hints_follow_the_selection(qtbot, qtmodeltester) -> None:
    doc = _doc()
    before = meeting_to_dict(doc.meeting)
    form = CriteriaForm(doc)
    qtbot.addWidget(form)
    qtmodeltester.check(form.model)
    names = [c.name for c in doc.meeting.criteria]
    form.table.selectRow(1)
    assert form.hints.count() > 0
    hints = [form.hints.item(i).text() for i in range(form.hints.count())]
    expected = [q.text for q in library().dialogue_questions["system_design"]]
    assert hints == expected
    qtbot.mouseClick(form.up_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in doc.meeting.criteria][:2] == [names[1], names[0]]
    assert doc.meeting.criteria[0].rank == 1
    assert form.model.data(form.model.index(0, CriteriaModel.COL_RANK)) == "1"
    assert form.current_row() == 0 and not form.up_button.isEnabled()
    qtbot.mouseClick(form.down_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in doc.meeting.criteria] == names
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert doc.meeting.criteria[-1].rank == len(names) + 1
    last = form.model.index(len(names), CriteriaModel.COL_EVIDENCE)
    assert form.model.setData(last, "Shows a pull request")
    assert doc.meeting.criteria[-1].good_evidence == "Shows a pull request"
    qtmodeltester.check(form.model)
    _undo_all(doc)
    assert meeting_to_dict(doc.meeting) == before


def test_rank_column_is_not_editable_and_removal_is_undoable(qtbot) -> None:
    doc = _doc()
    form = CriteriaForm(doc)
    qtbot.addWidget(form)
    rank = form.model.index(0, CriteriaModel.COL_RANK)
    assert not form.model.flags(rank) & Qt.ItemFlag.ItemIsEditable
    assert not form.model.setData(rank, "9")
    count = len(doc.meeting.criteria)
    form.table.selectRow(0)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert len(doc.meeting.criteria) == count - 1
    doc.undo_stack.undo()
    assert len(doc.meeting.criteria) == count


def test_questions_match_criteria_named_in_the_users_words() -> None:
    questions = library().dialogue_questions
    assert questions_for("Problem solving", questions) == [
        q.text for q in questions["problem_solving"]
    ]
    assert questions_for("Problem-solving skills", questions)
    assert questions_for("Security", questions) == [q.text for q in questions["security_mindset"]]
    assert questions_for("Punctuality", questions) == []


def test_read_only_document_shows_fields_but_takes_no_edits(qtbot) -> None:
    doc = _doc()
    doc.read_only = True
    form = CandidateForm(doc)
    people = PeopleForm(doc)
    for w in (form, people):
        qtbot.addWidget(w)
    assert form.name_edit.isReadOnly()
    assert not people.add_button.isEnabled()
    assert not people.model.flags(people.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_typed_date_in_words_is_read_and_a_wrong_one_says_why(qtbot) -> None:
    from datetime import datetime as _dt

    from meeting_planner.domain.sample import sample_meeting as _sample
    from meeting_planner.ui.core.document import MeetingDocument as _Doc
    from meeting_planner.ui.editor.overview_form import OverviewForm

    doc = _Doc(_sample(_dt(2026, 12, 7, 9, 0)))
    form = OverviewForm(doc)
    qtbot.addWidget(form)
    form.show()
    field = form.widget_for("start")
    before = doc.meeting.start
    field.edit.setText("9 Dec 2026 13:00")
    field.edit.editingFinished.emit()
    assert doc.meeting.start == _dt(2026, 12, 9, 13, 0)
    assert field.edit.text() == "Wed 9 Dec 2026, 13:00"
    field.edit.setText("Wed 9 Dec 2026, 25:00")
    field.edit.editingFinished.emit()
    assert doc.meeting.start == _dt(2026, 12, 9, 13, 0)
    assert field.error_text == "Not changed: there is no such time of day."
    field.edit.setText("30 Feb 2026 10:00")
    field.edit.editingFinished.emit()
    assert field.error_text == "Not changed: there is no such day."
    doc.undo_stack.undo()
    assert doc.meeting.start == before
    assert field.edit.text() == "Tue 8 Dec 2026, 10:00" and field.error_text == ""


def test_a_multi_line_address_pasted_into_the_email_field_is_kept_on_one_line(qtbot) -> None:
    """A pasted header line or control character never reaches the meeting: the field
    shows and keeps the text on one line, and the preflight then names it."""
    from PySide6.QtWidgets import QApplication

    doc = _doc()
    form = CandidateForm(doc)
    qtbot.addWidget(form)
    form.email_edit.setFocus()
    form.email_edit.selectAll()
    QApplication.clipboard().setText("a@b.c\r\nBcc: victim@x.y\x00\u202e")
    form.email_edit.paste()
    assert doc.meeting.candidate.email == "a@b.c Bcc: victim@x.y"
    assert form.email_edit.text() == "a@b.c Bcc: victim@x.y"
    _retype(qtbot, form.name_edit, "Ana ")
    assert doc.meeting.candidate.name == "Ana "  # text being typed keeps its space


def test_a_pasted_line_break_in_the_people_table_becomes_a_space(qtbot) -> None:
    doc = _doc()
    form = PeopleForm(doc)
    qtbot.addWidget(form)
    model = form.model
    assert model.setData(model.index(0, ParticipantsModel.COL_EMAIL), "erik@x.se\nBcc: y@z.se")
    assert doc.meeting.participants[0].email == "erik@x.se Bcc: y@z.se"
    assert model.setData(model.index(0, ParticipantsModel.COL_NAME), "Erik\x1b[31m\u2066")
    assert doc.meeting.participants[0].name == "Erik[31m"


def test_an_empty_time_zone_says_which_zone_it_means(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    doc = _doc()
    doc.meeting.country = "SE"
    form = OverviewForm(doc)
    qtbot.addWidget(form)
    assert form.zone_edit.placeholderText() == "The employer's country's: Europe/Stockholm"
    form.country_combo.setCurrentIndex(form.country_combo.findData("US"))
    assert doc.meeting.country == "US"
    assert form.zone_edit.placeholderText() == "This computer's: America/Chicago"
    doc.undo_stack.undo()
    assert form.zone_edit.placeholderText() == "The employer's country's: Europe/Stockholm"
