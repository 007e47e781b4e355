"""Dates as the app writes them read back, and the New meeting dialog creates nothing
on a date it could not read."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog

from meeting_planner.domain.templates import EmployerProfile
from meeting_planner.domain.when import format_when_field, parse_when
from meeting_planner.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from meeting_planner.ui.shared import i18n
from meeting_planner.ui.shared.formatting import format_moment


@pytest.fixture
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


def _moments() -> list[datetime]:
    """Every weekday in every month, at many times of day, over two years."""
    start = datetime(2026, 1, 1, 7, 0)
    return [start + timedelta(days=day, minutes=day * 47 % 600) for day in range(0, 730, 3)]


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_every_date_the_app_shows_reads_back_in_its_language(qapp, language: str) -> None:
    i18n.install(language)
    long = QLocale.FormatType.LongFormat
    for moment in _moments():
        shown = format_moment(moment)
        assert parse_when(shown, None, language) == moment, shown
        field = format_when_field(moment, language)
        assert parse_when(field, None, language) == moment, field
        # Written out in full, as the locale's long date: "torsdag den 24. juni 2027".
        day = QLocale().toString(QDate(moment.year, moment.month, moment.day), long)
        typed = f"{day} {moment:%H:%M}"
        assert parse_when(typed, None, language) == moment, typed


@pytest.mark.parametrize("name", ["en_US", "en_GB", "en_AU", "en_IE", "sv_SE", "sv_FI", "da_DK"])
def test_every_weekday_and_month_name_qt_writes_is_read(qapp, name: str) -> None:
    locale = QLocale(name)
    moment = datetime(2027, 6, 24, 15, 0)
    for offset in range(0, 366, 1):
        day = moment + timedelta(days=offset)
        for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
            weekday = locale.dayName(day.isoweekday(), form)
            month = locale.monthName(day.month, form)
            typed = f"{weekday} {day.day} {month} {day.year} 15:00"
            assert parse_when(typed) == day, typed


def test_a_weekday_that_does_not_match_is_still_refused() -> None:
    with pytest.raises(ValueError, match="weekday does not match"):
        parse_when("tors 25 juni 2027 15:00")
    # "on" joins a date as a word, not as a short Wednesday ("ons").
    assert parse_when("on 24 June 2027 at 15:00") == datetime(2027, 6, 24, 15, 0)


def _dialog(qtbot, language: str) -> NewMeetingDialog:
    i18n.install(language)
    dialog = NewMeetingDialog([], EmployerProfile(), now=datetime(2026, 12, 7, 9, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.candidate.setText("Kim Berg")
    dialog.role.setText("Backend")
    return dialog


def _type_date(qtbot, dialog: NewMeetingDialog, text: str) -> None:
    edit = dialog.start.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    # Non-ASCII key clicks abort offscreen: the text is set, as a paste would.
    edit.setText(text)


@pytest.mark.usefixtures("_english_afterwards")
def test_swedish_thursday_typed_then_create_makes_the_meeting_on_that_day(qtbot) -> None:
    dialog = _dialog(qtbot, "sv")
    assert dialog.ok_button.text().replace("&", "") == "Skapa möte"
    _type_date(qtbot, dialog, "tors 24 juni 2027 15:00")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.meeting().start == datetime(2027, 6, 24, 15, 0)


@pytest.mark.usefixtures("_english_afterwards")
def test_a_date_it_cannot_read_keeps_create_disabled_with_the_reason(qtbot) -> None:
    dialog = _dialog(qtbot, "sv")
    _type_date(qtbot, dialog, "tors 25 juni 2027 15:00")  # 25 June 2027 is a Friday
    # Not created on the old date: neither Enter nor a click nor accept() gets through.
    qtbot.keyClick(dialog.start.edit, Qt.Key.Key_Return)
    assert not dialog.ok_button.isEnabled()
    assert "veckodagen" in dialog.start.error_text
    assert dialog.start.error.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    # Put right, the button is back at once and the meeting gets the typed day.
    dialog.start.edit.setText("fre 25 juni 2027 15:00")
    assert dialog.ok_button.isEnabled() and not dialog.start.error_text
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.meeting().start == datetime(2027, 6, 25, 15, 0)


@pytest.mark.usefixtures("_english_afterwards")
def test_create_clicked_straight_after_typing_a_bad_date_does_not_create(qtbot) -> None:
    dialog = _dialog(qtbot, "en")
    _type_date(qtbot, dialog, "31 June 2027 15:00")
    # Half typed, the button stays: a click reads the text before anything is made.
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.start.error_text == "Not read: there is no such day."
    assert not dialog.ok_button.isEnabled()
    # The same where the click does not take the focus (a shortcut, a screen reader).
    dialog = _dialog(qtbot, "en")
    _type_date(qtbot, dialog, "30 June 2027 25:00")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.start.error_text == "Not read: there is no such time of day."
    assert dialog.start.edit.hasFocus() and not dialog.ok_button.isEnabled()
