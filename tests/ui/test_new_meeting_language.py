"""A new meeting starts in the app's language, with the templates' names in it."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.model import Language
from meeting_planner.domain.templates import EmployerProfile
from meeting_planner.ui.dialogs import new_meeting_dialog
from meeting_planner.ui.dialogs.new_meeting_dialog import NewMeetingDialog


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


def test_a_company_in_denmark_writes_its_meetings_in_danish(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(new_meeting_dialog, "installed_language", lambda: "en")
    dialog = NewMeetingDialog([], EmployerProfile(country="DK"), now=datetime(2026, 12, 7, 9))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == Language.DA


def test_first_run_asks_the_company_basics_and_the_country_brings_its_currency(qtbot) -> None:
    from meeting_planner.ui.window.welcome import WelcomeChoice, WelcomeDialog

    dialog = WelcomeDialog(None, EmployerProfile())
    qtbot.addWidget(dialog)
    assert dialog.profile() is None, "skipped: nothing to save"
    dialog.company.setText("Nordvik Logistics")
    dialog.country.setCurrentIndex(dialog.country.findData("SE"))
    assert dialog.currency.text() == "SEK"
    dialog.location.setText("Göteborg")
    dialog.template_button.click()
    assert dialog.choice is WelcomeChoice.TEMPLATE
    profile = dialog.profile()
    assert (profile.company, profile.country, profile.location) == (
        "Nordvik Logistics",
        "SE",
        "Göteborg",
    )
    assert profile.offer.salary.currency == "SEK"
    # A currency typed by hand stays when the country changes.
    dialog.currency.setText("EUR")
    dialog.currency.textEdited.emit("EUR")
    dialog.country.setCurrentIndex(dialog.country.findData("DK"))
    assert dialog.currency.text() == "EUR"
