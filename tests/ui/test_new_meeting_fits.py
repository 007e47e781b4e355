"""Every template's description fits in the New meeting dialog, in every language."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.templates import EmployerProfile
from meeting_planner.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from meeting_planner.ui.shared import i18n


@pytest.fixture
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


def _fits(qtbot, dialog: NewMeetingDialog) -> None:
    # As short as the window manager or the user can make it (a restored size, a
    # small screen): the dialog's own minimum must keep every line.
    dialog.resize(dialog.width(), 0)
    qtbot.wait(10)
    label = dialog.description
    # What QLabel itself would need: its height for its width, less any minimum set.
    label.setMinimumHeight(0)
    needed = label.heightForWidth(label.width())
    label.setText(label.text())
    assert needed >= label.fontMetrics().lineSpacing()
    # Every line shows: the label is as tall as its wrapped text needs, and the
    # template box above and the candidate's field below do not cover it.
    assert label.height() >= needed, dialog.template.currentText()
    assert label.geometry().top() >= dialog.template.geometry().bottom()
    assert label.geometry().bottom() <= dialog.candidate.geometry().top()
    assert dialog.rect().contains(label.geometry())


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_every_template_description_fits_when_picked_after_opening(qtbot, language: str) -> None:
    i18n.install(language)
    dialog = NewMeetingDialog([], EmployerProfile(), now=datetime(2026, 12, 7, 9, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for index in [*range(dialog.template.count()), 0]:
        dialog.template.setCurrentIndex(index)
        _fits(qtbot, dialog)
    # Wider by the user's hand, the text takes fewer lines and still fits.
    dialog.resize(dialog.width() + 300, dialog.height())
    _fits(qtbot, dialog)


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_longest_description_fits_when_chosen_before_opening(qtbot, language: str) -> None:
    i18n.install(language)
    dialog = NewMeetingDialog([], EmployerProfile(), now=datetime(2026, 12, 7, 9, 0))
    qtbot.addWidget(dialog)
    lengths = []
    for index in range(dialog.template.count()):
        dialog.template.setCurrentIndex(index)
        lengths.append(len(dialog.description.text()))
    dialog.template.setCurrentIndex(lengths.index(max(lengths)))
    dialog.show()
    qtbot.waitExposed(dialog)
    _fits(qtbot, dialog)
