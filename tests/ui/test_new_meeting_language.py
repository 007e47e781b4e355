"""A new meeting starts in the app's language, with the templates' names in it."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.model import Language
from meeting_planner.domain.templates import EmployerProfile
from meeting_planner.ui import new_meeting_dialog
from meeting_planner.ui.new_meeting_dialog import NewMeetingDialog


@pytest.mark.parametrize(
    ("app", "language", "title"),
    [
        ("sv", Language.SV, "Kandidatmöte, 60 minuter"),
        ("da", Language.DA, "Kandidatmøde, 60 minutter"),
        ("en", Language.EN, "Candidate meeting, 60 minutes"),
    ],
)
def test_the_meeting_language_and_template_names_follow_the_app(
    qtbot, monkeypatch, app: str, language: Language, title: str
) -> None:
    monkeypatch.setattr(new_meeting_dialog, "installed_language", lambda: app)
    dialog = NewMeetingDialog([], EmployerProfile(), now=datetime(2026, 12, 7, 9, 0))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == language
    titles = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert title in titles
    dialog.candidate.setText("Kim Berg")
    dialog.role.setText("Backend")
    assert dialog.meeting().language == language
